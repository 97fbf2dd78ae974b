// Horizontal stacked bar chart of open (filled) and closed (hollow) models per organisation,
// like the bar chart of the survey's figure. Follows the version and filters; a click on a
// bar asks to filter the tree by that organisation.
#pragma once

#include "evotree/evotree_model.h"

#include <QList>
#include <QWidget>

namespace lmw::ui {

class EvoTreeOrgChart : public QWidget {
    Q_OBJECT

public:
    explicit EvoTreeOrgChart(QWidget* parent = nullptr);

    void setCounts(const QList<OrgCount>& counts);
    const QList<OrgCount>& counts() const { return counts_; }
    /// Organisation drawn as selected (the organisation filter); empty for none.
    void setCurrentOrganization(const QString& org);
    /// Organisation whose bar is at `pos`, or an empty string.
    QString organizationAt(const QPoint& pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void organizationClicked(const QString& organization);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF rowRect(int index) const;

    QList<OrgCount> counts_;
    QString current_;
    int hover_ = -1;
};

}  // namespace lmw::ui
