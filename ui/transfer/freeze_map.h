// The freeze map of one classifier run: a grid of layer groups (rows, the output side on top)
// by epochs (columns), each cell blue when the group was trainable in that epoch and grey when
// it was frozen; epochs not reached yet stay empty. Gradual unfreezing draws a staircase, the
// all-at-once baseline a full blue block. Painted to fit its size (also when saved as PNG).
#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

namespace lmw::ui {

class FreezeMap : public QWidget {
    Q_OBJECT
public:
    explicit FreezeMap(QWidget* parent = nullptr);

    /// Starts a new map: `groups` input side first, `epochs` empty columns.
    void reset(const QStringList& groups, int epochs);
    /// Fills column `epoch` (1-based; the map grows when it is beyond the last): one entry per
    /// group, input side first, true when trainable.
    void setEpoch(int epoch, const std::vector<bool>& trainable);
    /// [epoch][group], group input side first; epochs not reached yet are empty.
    const std::vector<std::vector<bool>>& trainable() const { return trainable_; }
    QStringList groups() const { return groups_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList groups_;
    std::vector<std::vector<bool>> trainable_;
};

}  // namespace lmw::ui
