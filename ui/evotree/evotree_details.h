// The details pane: everything known about the clicked model (paper, date, organisation,
// open/closed, architecture, objective, published sizes, lineage) and, for the families the
// workbench can train, a "Train a tiny one" button.
#pragma once

#include "evotree/evotree_node.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace lmw::ui {

class EvoTreeModel;

class EvoTreeDetails : public QWidget {
    Q_OBJECT

public:
    explicit EvoTreeDetails(QWidget* parent = nullptr);

    /// Shows `id` as drawn in `version`; an unknown id shows the empty state.
    void showNode(const EvoTreeModel* model, const QString& id, const QString& version);
    void clear();

    const QString& currentId() const { return id_; }
    QPushButton* trainButton() const { return train_; }
    /// The HTML shown (for tests).
    QString html() const;

Q_SIGNALS:
    void trainRequested(const QString& family, const QString& objective);
    /// A model named in the lineage was clicked.
    void nodeActivated(const QString& id);

private:
    void onLink(const QUrl& url);
    static QString nodeHtml(const EvoTreeModel* model, const EvoNode& n, const QString& version);
    /// A "Train a tiny one" preset's family and objective ids ("bert", "mlm+nsp") as shown.
    static QString presetFamilyName(const QString& id);
    static QString presetObjectiveName(const QString& id);

    QLabel* title_ = nullptr;
    QLabel* chips_ = nullptr;
    QTextBrowser* body_ = nullptr;
    QPushButton* train_ = nullptr;
    QLabel* trainHint_ = nullptr;
    QString id_;
    TrainPreset preset_;
};

}  // namespace lmw::ui
