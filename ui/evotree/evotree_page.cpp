// Assembly of the evolutionary tree page: filter bar, view, details, chart, decision guide,
// user files, export and the remembered state.
#include "evotree/evotree_page.h"

#include "evotree/decision_guide_widget.h"
#include "evotree/evotree_details.h"
#include "evotree/evotree_exporter.h"
#include "evotree/evotree_filter_bar.h"
#include "evotree/evotree_org_chart.h"
#include "evotree/evotree_scene.h"
#include "evotree/evotree_view.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace lmw::ui {

const char* const EvoTreePage::kSettingsGroup = "evotree";

EvoTreePage::EvoTreePage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evoTreePage"));
    const LoadResult builtIn = model_.loadBuiltIn();

    scene_ = new EvoTreeScene(&model_, this);
    view_ = new EvoTreeView(this);
    view_->setScene(scene_);
    filterBar_ = new EvoTreeFilterBar(this);
    filterBar_->setModel(&model_);
    details_ = new EvoTreeDetails(this);
    guide_ = new DecisionGuideWidget(this);
    chart_ = new EvoTreeOrgChart(this);

    createActions();
    auto* tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(zoomOutAction_);
    tools->addAction(zoomInAction_);
    tools->addAction(fitAction_);
    tools->addSeparator();
    tools->addAction(loadAction_);
    tools->addSeparator();
    tools->addAction(exportPngAction_);
    tools->addAction(exportSvgAction_);
    filterBar_->addTrailingWidget(tools);

    // Message bar for user files and exports (never a modal dialog).
    messageBar_ = new QWidget(this);
    auto* mb = new QHBoxLayout(messageBar_);
    mb->setContentsMargins(10, 6, 6, 6);
    messageText_ = new QLabel(messageBar_);
    messageText_->setWordWrap(true);
    messageText_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(messageBar_);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide this message"));
    mb->addWidget(messageText_, 1);
    mb->addWidget(close, 0, Qt::AlignTop);
    messageBar_->hide();
    connect(close, &QToolButton::clicked, messageBar_, &QWidget::hide);

    versionInfo_ = new QLabel(this);
    versionInfo_->setStyleSheet(QStringLiteral("color: #4b5563; padding: 0 10px 4px 10px;"));
    versionInfo_->setWordWrap(true);

    tabs_ = new QTabWidget(this);
    tabs_->addTab(details_, tr("Details"));
    tabs_->addTab(guide_, tr("Which model?"));
    auto* chartScroll = new QScrollArea(this);
    chartScroll->setWidget(chart_);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    sideSplitter_ = new QSplitter(Qt::Vertical, this);
    sideSplitter_->addWidget(tabs_);
    sideSplitter_->addWidget(chartScroll);
    sideSplitter_->setStretchFactor(0, 1);
    sideSplitter_->setStretchFactor(1, 0);
    sideSplitter_->setSizes({540, 290});
    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->addWidget(view_);
    splitter_->addWidget(sideSplitter_);
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 0);
    splitter_->setChildrenCollapsible(false);
    splitter_->setSizes({1000, 380});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(filterBar_);
    layout->addWidget(versionInfo_);
    layout->addWidget(messageBar_);
    layout->addWidget(splitter_, 1);

    connect(scene_, &EvoTreeScene::nodeClicked, this, &EvoTreePage::selectNode);
    connect(scene_, &EvoTreeScene::contentChanged, this, &EvoTreePage::updateChart);
    connect(view_, &EvoTreeView::backgroundClicked, this, [this] {
        scene_->setSelectedId(QString());
        details_->clear();
    });
    connect(details_, &EvoTreeDetails::trainRequested, this, &EvoTreePage::trainPresetRequested);
    connect(details_, &EvoTreeDetails::nodeActivated, this, &EvoTreePage::selectNode);
    connect(chart_, &EvoTreeOrgChart::organizationClicked, this,
            &EvoTreePage::onOrganizationClicked);
    connect(filterBar_, &EvoTreeFilterBar::filterChanged, this, [this](const EvoTreeFilter& f) {
        scene_->setFilter(f);
        chart_->setCurrentOrganization(f.organization);
        saveState();
    });
    connect(filterBar_, &EvoTreeFilterBar::versionChanged, this, &EvoTreePage::onVersion);
    connect(filterBar_, &EvoTreeFilterBar::searchChanged, this, &EvoTreePage::onSearch);
    connect(filterBar_, &EvoTreeFilterBar::searchNext, this, &EvoTreePage::onSearchNext);
    connect(splitter_, &QSplitter::splitterMoved, this, &EvoTreePage::saveState);
    connect(sideSplitter_, &QSplitter::splitterMoved, this, &EvoTreePage::saveState);
    connect(tabs_, &QTabWidget::currentChanged, this, &EvoTreePage::saveState);

    restoreState();
    updateChart();
    updateVersionInfo();
    if (!builtIn.ok()) showMessage(builtIn.summary(), true);
}

EvoTreePage::~EvoTreePage() {
    saveState();
}

void EvoTreePage::createActions() {
    auto make = [this](const QString& text, const QString& iconText, const QString& tip) {
        auto* a = new QAction(text, this);
        a->setIconText(iconText);
        a->setToolTip(tip);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    zoomInAction_ = make(tr("Zoom In"), tr("+"), tr("Zoom in (wheel, pinch or +)"));
    zoomInAction_->setShortcut(QKeySequence::ZoomIn);
    zoomOutAction_ = make(tr("Zoom Out"), tr("−"), tr("Zoom out (wheel, pinch or −)"));
    zoomOutAction_->setShortcut(QKeySequence::ZoomOut);
    fitAction_ = make(tr("Fit Tree to View"), tr("Fit"), tr("Show the whole tree (F)"));
    fitAction_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    loadAction_ = make(tr("Add Models from File…"), tr("Add models…"),
                       tr("Add your own models (e.g. after 2023) from a JSON file"));
    clearUserAction_ = make(tr("Remove Added Models"), tr("Remove added"),
                            tr("Remove the models added from your file"));
    clearUserAction_->setEnabled(false);
    exportPngAction_ = make(tr("Export Tree as PNG…"), tr("PNG…"),
                            tr("Save the tree as it is shown as a PNG image"));
    exportSvgAction_ = make(tr("Export Tree as SVG…"), tr("SVG…"),
                            tr("Save the tree as it is shown as an SVG drawing"));
    connect(zoomInAction_, &QAction::triggered, view_, &EvoTreeView::zoomIn);
    connect(zoomOutAction_, &QAction::triggered, view_, &EvoTreeView::zoomOut);
    connect(fitAction_, &QAction::triggered, this, &EvoTreePage::fitToView);
    connect(loadAction_, &QAction::triggered, this, &EvoTreePage::loadUserNodesInteractive);
    connect(clearUserAction_, &QAction::triggered, this, &EvoTreePage::clearUserNodes);
    connect(exportPngAction_, &QAction::triggered, this, &EvoTreePage::exportPngInteractive);
    connect(exportSvgAction_, &QAction::triggered, this, &EvoTreePage::exportSvgInteractive);
}

void EvoTreePage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!fitted_) {
        fitted_ = true;
        QTimer::singleShot(0, this, &EvoTreePage::fitToView);
    }
}

void EvoTreePage::fitToView() {
    view_->fitAll();
}

void EvoTreePage::selectNode(const QString& id) {
    if (!model_.node(id)) return;
    scene_->setSelectedId(id);
    details_->showNode(&model_, id, scene_->version());
    tabs_->setCurrentWidget(details_);
    if (!view_->mapToScene(view_->viewport()->rect())
             .boundingRect()
             .contains(scene_->boundsOf({id})))
        view_->reveal(scene_->boundsOf({id}));
    Q_EMIT nodeSelected(id);
}

QString EvoTreePage::message() const {
    return messageBar_->isHidden() ? QString() : messageText_->text();
}

void EvoTreePage::showMessage(const QString& text, bool error) {
    messageText_->setText(text);
    messageBar_->setStyleSheet(
        error ? QStringLiteral("QWidget { background: #fdecea; color: #7f1d1d; }")
              : QStringLiteral("QWidget { background: #eaf3ec; color: #14532d; }"));
    messageBar_->setVisible(true);
}

int EvoTreePage::loadUserNodes(const QString& path) {
    LoadResult r = EvoTreeLoader::loadFile(path, EvoTreeLoader::Mode::User);
    if (!r.ok()) {
        // The built-in tree (and any earlier user nodes) stay as they are.
        showMessage(r.summary(), true);
        return 0;
    }
    const QString selected = scene_->selectedId();
    const int added = model_.setUserNodes(r);
    userFile_ = added > 0 ? QFileInfo(path).absoluteFilePath() : QString();
    scene_->rebuild();
    filterBar_->setModel(&model_);
    scene_->setFilter(filterBar_->filter());
    if (model_.node(selected))
        selectNode(selected);
    else
        details_->clear();
    clearUserAction_->setEnabled(model_.userCount() > 0);
    updateChart();
    updateVersionInfo();
    QString text = tr("Models added from %1: %2.").arg(r.source).arg(added);
    if (!r.issues.isEmpty()) text += QLatin1Char('\n') + r.issueList();
    showMessage(text, added == 0 || r.errorCount() > 0);
    saveState();
    return added;
}

void EvoTreePage::clearUserNodes() {
    model_.clearUserNodes();
    userFile_.clear();
    scene_->rebuild();
    filterBar_->setModel(&model_);
    scene_->setFilter(filterBar_->filter());
    details_->clear();
    clearUserAction_->setEnabled(false);
    updateChart();
    updateVersionInfo();
    messageBar_->hide();
    saveState();
}

void EvoTreePage::loadUserNodesInteractive() {
    QSettings s;
    const QString dir = s.value(QStringLiteral("%1/lastDir").arg(kSettingsGroup),
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Models from File"), dir,
                                                      tr("Tree nodes (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    s.setValue(QStringLiteral("%1/lastDir").arg(kSettingsGroup), QFileInfo(path).absolutePath());
    loadUserNodes(path);
}

bool EvoTreePage::exportPng(const QString& path, double scale) {
    QString error;
    const bool ok = EvoTreeExporter::exportPng(scene_, path, scale, &error);
    showMessage(ok ? tr("Saved the tree to %1.").arg(QDir::toNativeSeparators(path)) : error, !ok);
    return ok;
}

bool EvoTreePage::exportSvg(const QString& path) {
    QString error;
    const bool ok = EvoTreeExporter::exportSvg(scene_, path, &error);
    showMessage(ok ? tr("Saved the tree to %1.").arg(QDir::toNativeSeparators(path)) : error, !ok);
    return ok;
}

QString EvoTreePage::askSavePath(const QString& title, const QString& filter,
                                 const QString& suffix) {
    QSettings s;
    const QString dir = s.value(QStringLiteral("%1/lastDir").arg(kSettingsGroup),
                                QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, title, QDir(dir).filePath(QStringLiteral("llm-evolutionary-tree.") + suffix), filter);
    if (path.isEmpty()) return {};
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    s.setValue(QStringLiteral("%1/lastDir").arg(kSettingsGroup), QFileInfo(path).absolutePath());
    return path;
}

void EvoTreePage::exportPngInteractive() {
    const QString path =
        askSavePath(tr("Export Tree as PNG"), tr("PNG images (*.png)"), QStringLiteral("png"));
    if (!path.isEmpty()) exportPng(path);
}

void EvoTreePage::exportSvgInteractive() {
    const QString path =
        askSavePath(tr("Export Tree as SVG"), tr("SVG drawings (*.svg)"), QStringLiteral("svg"));
    if (!path.isEmpty()) exportSvg(path);
}

void EvoTreePage::onSearch(const QString& text) {
    const QStringList matches = scene_->setSearchText(text);
    searchIndex_ = 0;
    filterBar_->setMatchCount(static_cast<int>(matches.size()), !text.trimmed().isEmpty());
    if (!matches.isEmpty()) view_->reveal(scene_->boundsOf(matches));
}

void EvoTreePage::onSearchNext() {
    const QStringList matches = scene_->searchMatches();
    if (matches.isEmpty()) return;
    searchIndex_ = searchIndex_ % matches.size();
    view_->reveal(scene_->boundsOf({matches.at(searchIndex_)}));
    ++searchIndex_;
}

void EvoTreePage::onVersion(const QString& version) {
    scene_->setVersion(version);
    if (!scene_->selectedId().isEmpty())
        details_->showNode(&model_, scene_->selectedId(), scene_->version());
    else
        details_->clear();
    updateVersionInfo();
    saveState();
}

void EvoTreePage::onOrganizationClicked(const QString& org) {
    EvoTreeFilter f = filterBar_->filter();
    f.organization = (f.organization == org) ? QString() : org;
    filterBar_->setFilter(f);
    scene_->setFilter(f);
    chart_->setCurrentOrganization(f.organization);
    saveState();
}

void EvoTreePage::updateChart() {
    chart_->setCounts(model_.organizationCounts(scene_->matchingIds(), scene_->version()));
    chart_->setCurrentOrganization(scene_->filter().organization);
}

void EvoTreePage::updateVersionInfo() {
    const QString v = scene_->version();
    const VersionDiff d = model_.diff(v);
    QString text;
    if (v == EvoTreeModel::kAllVersions) {
        text =
            tr("Showing every model from the four versions of the figure, as last drawn. "
               "Pick a version to see what it changed.");
    } else if (d.base.isEmpty()) {
        text = tr("The first version of the figure.");
    } else {
        auto names = [this](const QStringList& ids) {
            QStringList out;
            for (const QString& id : ids) out << model_.node(id)->name;
            return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
        };
        text = tr("Compared with %1 — added: %2; changed: %3; removed: %4.")
                   .arg(model_.versionLabel(d.base), names(d.added), names(d.changed),
                        names(d.removed));
    }
    if (model_.userCount() > 0)
        text += QLatin1Char(' ') + tr("Models added from your file: %1.").arg(model_.userCount());
    versionInfo_->setText(text);
}

void EvoTreePage::saveState() const {
    if (restoring_) return;
    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    const EvoTreeFilter f = filterBar_->filter();
    s.setValue(QStringLiteral("version"), scene_->version());
    s.setValue(QStringLiteral("branches"), f.branches);
    s.setValue(QStringLiteral("source"), static_cast<int>(f.source));
    s.setValue(QStringLiteral("organization"), f.organization);
    s.setValue(QStringLiteral("yearFrom"), f.yearFrom);
    s.setValue(QStringLiteral("yearTo"), f.yearTo);
    s.setValue(QStringLiteral("splitter"), splitter_->saveState());
    s.setValue(QStringLiteral("sideSplitter"), sideSplitter_->saveState());
    s.setValue(QStringLiteral("sideTab"), tabs_->currentIndex());
    s.setValue(QStringLiteral("userFile"), userFile_);
    s.endGroup();
}

void EvoTreePage::restoreState() {
    restoring_ = true;
    QSettings s;
    s.beginGroup(QLatin1String(kSettingsGroup));
    const QString userFile = s.value(QStringLiteral("userFile")).toString();
    const QString version = s.value(QStringLiteral("version"), model_.defaultVersion()).toString();
    EvoTreeFilter f;
    f.branches = s.value(QStringLiteral("branches"), kAllBranchBits).toInt() & kAllBranchBits;
    f.source = static_cast<EvoTreeFilter::Source>(
        qBound(0, s.value(QStringLiteral("source"), 0).toInt(), 2));
    f.organization = s.value(QStringLiteral("organization")).toString();
    f.yearFrom = s.value(QStringLiteral("yearFrom"), 0).toInt();
    f.yearTo = s.value(QStringLiteral("yearTo"), 0).toInt();
    if (s.contains(QStringLiteral("splitter")))
        splitter_->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    if (s.contains(QStringLiteral("sideSplitter")))
        sideSplitter_->restoreState(s.value(QStringLiteral("sideSplitter")).toByteArray());
    tabs_->setCurrentIndex(qBound(0, s.value(QStringLiteral("sideTab"), 0).toInt(), 1));
    s.endGroup();

    if (!userFile.isEmpty() && QFileInfo::exists(userFile)) loadUserNodes(userFile);
    scene_->setVersion(version);
    filterBar_->setVersion(scene_->version());
    if (!f.organization.isEmpty() && !model_.organizations().contains(f.organization))
        f.organization.clear();
    filterBar_->setFilter(f);
    scene_->setFilter(filterBar_->filter());
    restoring_ = false;
}

}  // namespace lmw::ui
