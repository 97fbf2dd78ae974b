// Past runs in the workspace folder: each row is one run (model, steps, final validation loss,
// corpus). Ticking a row overlays its curves on the chart; double-clicking reopens it (curves
// and weights); runs can be continued, shown in the file manager or deleted.
#pragma once

#include <QWidget>

#include "api/run_store.h"
#include "engine/seam_types.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace lmw::ui {

class RunsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RunsPanel(QWidget* parent = nullptr);

    QString workspace() const { return workspace_; }
    void setWorkspace(const QString& dir);
    /// The default workspace: Documents/LLM Workbench/runs.
    static QString defaultWorkspace();
    /// A run folder's name as shown in the list ("11-28 22:39 gpt-2x64").
    static QString displayName(const QString& folder);
    QString selectedRunDir() const;
    int runCount() const;
    QTreeWidget* tree() const { return tree_; }

public Q_SLOTS:
    void refresh();
    void chooseWorkspace();
    void setActiveRun(const QString& dir);  // shown in bold; cannot be deleted

Q_SIGNALS:
    void runOpened(const lmw::RunRecord& run);
    void continueRequested(const lmw::RunRecord& run);
    void overlayToggled(const QString& dir, bool shown);
    void errorOccurred(const QString& message);

private:
    void openSelected();
    void continueSelected();
    void deleteSelected();
    void updateButtons();

    QString workspace_;
    QString activeRun_;
    QLabel* location_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    QPushButton *open_, *continue_, *reveal_, *delete_;
    bool filling_ = false;
};

}  // namespace lmw::ui
