// The workbench's home screen: the survey's evolutionary tree of LLMs, explorable (zoom, pan,
// search, filters, figure versions), with a details pane that links each trainable family to
// the training panel, an organisation chart and the survey's decision guide.
#pragma once

#include "evotree/evotree_model.h"

#include <QString>
#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace lmw::ui {

class DecisionGuideWidget;
class EvoTreeDetails;
class EvoTreeFilterBar;
class EvoTreeOrgChart;
class EvoTreeScene;
class EvoTreeView;

class EvoTreePage : public QWidget {
    Q_OBJECT

public:
    /// QSettings group holding the page's state.
    static const char* const kSettingsGroup;  // "evotree"

    explicit EvoTreePage(QWidget* parent = nullptr);
    ~EvoTreePage() override;

    // Actions for the main window's menus. They are also added to the page itself, so
    // QWidget::actions() lists them too (their shortcuts work while the page has focus).
    QAction* fitToViewAction() const { return fitAction_; }
    QAction* zoomInAction() const { return zoomInAction_; }
    QAction* zoomOutAction() const { return zoomOutAction_; }
    QAction* loadUserNodesAction() const { return loadAction_; }
    QAction* clearUserNodesAction() const { return clearUserAction_; }
    QAction* exportPngAction() const { return exportPngAction_; }
    QAction* exportSvgAction() const { return exportSvgAction_; }

    /// Adds the nodes of a user JSON file (replacing earlier ones). Problems are reported in
    /// the page's message bar; the built-in tree always stays. Returns the nodes added.
    int loadUserNodes(const QString& path);
    bool exportPng(const QString& path, double scale = 2.0);
    bool exportSvg(const QString& path);
    /// Selects a node (shows its details and lineage) and scrolls it into view.
    void selectNode(const QString& id);
    /// The message bar's current text (empty when hidden).
    QString message() const;

    const EvoTreeModel& model() const { return model_; }
    EvoTreeScene* scene() const { return scene_; }
    EvoTreeView* view() const { return view_; }
    EvoTreeDetails* details() const { return details_; }
    EvoTreeOrgChart* orgChart() const { return chart_; }
    DecisionGuideWidget* decisionGuide() const { return guide_; }
    EvoTreeFilterBar* filterBar() const { return filterBar_; }
    QSplitter* splitter() const { return splitter_; }
    QTabWidget* sideTabs() const { return tabs_; }

public Q_SLOTS:
    /// Asks for a file, then loadUserNodes().
    void loadUserNodesInteractive();
    void clearUserNodes();
    void exportPngInteractive();
    void exportSvgInteractive();
    void fitToView();
    /// Writes filters, version, splitter sizes and the user file to QSettings.
    void saveState() const;

Q_SIGNALS:
    /// "Train a tiny one": family is one of lstm, bert, roberta, gpt, bart; objective one of
    /// clm, mlm+nsp, mlm, denoise.
    void trainPresetRequested(const QString& family, const QString& objective);
    void nodeSelected(const QString& id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void createActions();
    void restoreState();
    void onSearch(const QString& text);
    void onSearchNext();
    void onVersion(const QString& version);
    void onOrganizationClicked(const QString& org);
    void updateChart();
    void updateVersionInfo();
    void showMessage(const QString& text, bool error);
    QString askSavePath(const QString& title, const QString& filter, const QString& suffix);

    EvoTreeModel model_;
    EvoTreeScene* scene_ = nullptr;
    EvoTreeView* view_ = nullptr;
    EvoTreeFilterBar* filterBar_ = nullptr;
    EvoTreeDetails* details_ = nullptr;
    EvoTreeOrgChart* chart_ = nullptr;
    DecisionGuideWidget* guide_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QSplitter* sideSplitter_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QWidget* messageBar_ = nullptr;
    QLabel* messageText_ = nullptr;
    QLabel* versionInfo_ = nullptr;
    QAction* fitAction_ = nullptr;
    QAction* zoomInAction_ = nullptr;
    QAction* zoomOutAction_ = nullptr;
    QAction* loadAction_ = nullptr;
    QAction* clearUserAction_ = nullptr;
    QAction* exportPngAction_ = nullptr;
    QAction* exportSvgAction_ = nullptr;
    QString userFile_;
    int searchIndex_ = 0;
    bool fitted_ = false;
    bool restoring_ = false;
};

}  // namespace lmw::ui
