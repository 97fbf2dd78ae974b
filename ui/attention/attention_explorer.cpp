// The attention explorer: snapshots and timeline, kind tabs, selection, options and export.
#include "attention/attention_explorer.h"

#include "attention/attention_controls.h"
#include "attention/attention_exporter.h"
#include "attention/attention_grid.h"
#include "attention/attention_heatmap.h"
#include "attention/attention_timeline.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace lmw::ui {

namespace {

const QString kSettingsGroup = QStringLiteral("attention");
const QSize kMinExportSize(900, 760);

QString key(const char* name) {
    return kSettingsGroup + QLatin1Char('/') + QLatin1String(name);
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

}  // namespace

AttentionExplorer::AttentionExplorer(QWidget* parent) : QWidget(parent) {
    buildUi();
    createActions();
    loadSettings();
    applyOptions();
    showSnapshot(-1);
}

AttentionExplorer::~AttentionExplorer() = default;

void AttentionExplorer::buildUi() {
    tabs_ = new QTabBar(this);
    tabs_->setObjectName(QStringLiteral("attentionKindTabs"));
    tabs_->setDocumentMode(true);
    tabs_->setExpanding(false);
    tabs_->setDrawBase(false);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("attentionCaption"));
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    caption_->setStyleSheet(
        QStringLiteral("QLabel#attentionCaption { background: #F4F6F9; border: 1px solid #DDE2E8;"
                       " border-radius: 6px; padding: 7px 10px; color: #333842; }"));
    controls_ = new AttentionControls(this);

    auto* model = new QWidget(this);
    auto* modelLayout = new QVBoxLayout(model);
    modelLayout->setContentsMargins(0, 0, 6, 0);
    auto* modelHeader = new QHBoxLayout;
    modelHeader->addWidget(heading(tr("Model view: every layer and head"), model));
    modelHeader->addStretch(1);
    headAverage_ = new QCheckBox(tr("Mean of heads"), model);
    headAverage_->setToolTip(tr("Add a column with each layer's average over its heads"));
    layerAverage_ = new QCheckBox(tr("Mean of layers"), model);
    layerAverage_->setToolTip(tr("Add a row with each head's average over the layers"));
    modelHeader->addWidget(headAverage_);
    modelHeader->addWidget(layerAverage_);
    modelLayout->addLayout(modelHeader);
    grid_ = new AttentionGrid(model);
    grid_->setToolTip(tr("Click a map to see it large in the head view"));
    modelLayout->addWidget(grid_, 1);

    auto* head = new QWidget(this);
    auto* headLayout = new QVBoxLayout(head);
    headLayout->setContentsMargins(6, 0, 0, 0);
    headLayout->addWidget(heading(tr("Head view: one map up close"), head));
    heatmap_ = new AttentionHeatmap(head);
    headLayout->addWidget(heatmap_, 1);

    splitter_ = new QSplitter(Qt::Horizontal, this);
    splitter_->addWidget(model);
    splitter_->addWidget(head);
    splitter_->setStretchFactor(0, 2);
    splitter_->setStretchFactor(1, 3);
    splitter_->setChildrenCollapsible(false);

    timeline_ = new AttentionTimeline(this);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(tabs_);
    layout->addWidget(caption_);
    layout->addWidget(controls_);
    layout->addWidget(splitter_, 1);
    layout->addWidget(timeline_);

    connect(tabs_, &QTabBar::currentChanged, this, [this](int index) {
        if (index < 0) return;
        kind_ = tabs_->tabData(index).toString();
        preferredKind_ = kind_;
        saveSettings();
        showKind();
        Q_EMIT currentKindChanged(kind_);
    });
    connect(controls_, &AttentionControls::selectionChanged, this, &AttentionExplorer::selectHead);
    connect(controls_, &AttentionControls::thresholdChanged, this, [this] {
        applyOptions();
        saveSettings();
    });
    connect(controls_, &AttentionControls::colorScaleChanged, this, [this] {
        applyOptions();
        saveSettings();
    });
    connect(grid_, &AttentionGrid::headSelected, this, &AttentionExplorer::selectHead);
    connect(headAverage_, &QCheckBox::toggled, this, [this](bool on) {
        grid_->setShowHeadAverage(on);
        saveSettings();
    });
    connect(layerAverage_, &QCheckBox::toggled, this, [this](bool on) {
        grid_->setShowLayerAverage(on);
        saveSettings();
    });
    connect(timeline_, &AttentionTimeline::currentIndexChanged, this,
            &AttentionExplorer::showSnapshot);
}

void AttentionExplorer::createActions() {
    auto make = [this](const QString& text, const QString& tip, const QKeySequence& keys) {
        auto* a = new QAction(text, this);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    exportPngAction_ = make(tr("Export Attention as PNG…"),
                            tr("Save the head view (map, labels and legend) as a PNG image"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    exportSvgAction_ = make(tr("Export Attention as SVG…"),
                            tr("Save the head view as an SVG drawing that stays sharp at any size"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    exportCsvAction_ = make(tr("Export Attention Weights as CSV…"),
                            tr("Save every weight of this kind of attention (all layers and "
                               "heads) as a table"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    copyImageAction_ =
        make(tr("Copy Attention Image"), tr("Copy the head view to the clipboard as an image"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(exportPngAction_, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export Attention as PNG"), tr("PNG image (*.png)"),
                                         QStringLiteral("png"));
        if (!path.isEmpty()) exportPng(path);
    });
    connect(exportSvgAction_, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export Attention as SVG"), tr("SVG drawing (*.svg)"),
                                         QStringLiteral("svg"));
        if (!path.isEmpty()) exportSvg(path);
    });
    connect(exportCsvAction_, &QAction::triggered, this, [this] {
        const QString path = askSavePath(tr("Export Attention Weights as CSV"),
                                         tr("CSV table (*.csv)"), QStringLiteral("csv"));
        if (!path.isEmpty()) exportCsv(path);
    });
    connect(copyImageAction_, &QAction::triggered, this, &AttentionExplorer::copyImageToClipboard);
}

QList<QAction*> AttentionExplorer::exportActions() const {
    return {exportPngAction_, exportSvgAction_, exportCsvAction_, copyImageAction_};
}

// --- snapshots --------------------------------------------------------------------------------

void AttentionExplorer::setSnapshot(const AttentionSnapshot& snapshot) {
    setSnapshots({snapshot});
}

void AttentionExplorer::setSnapshots(std::vector<AttentionSnapshot> snapshots) {
    std::stable_sort(
        snapshots.begin(), snapshots.end(),
        [](const AttentionSnapshot& a, const AttentionSnapshot& b) { return a.step < b.step; });
    snapshots_ = std::move(snapshots);
    std::vector<std::int64_t> steps;
    for (const AttentionSnapshot& s : snapshots_) steps.push_back(s.step);
    timeline_->setSteps(steps, int(steps.size()) - 1);
    showSnapshot(timeline_->currentIndex());
}

void AttentionExplorer::addSnapshot(const AttentionSnapshot& snapshot) {
    const bool follow = current_ < 0 || current_ == snapshotCount() - 1;
    const auto at = std::upper_bound(
        snapshots_.begin(), snapshots_.end(), snapshot.step,
        [](std::int64_t step, const AttentionSnapshot& s) { return step < s.step; });
    const int index = int(at - snapshots_.begin());
    snapshots_.insert(at, snapshot);
    int keep = current_;
    if (!follow && index <= current_) ++keep;  // the shown snapshot moved one along
    std::vector<std::int64_t> steps;
    for (const AttentionSnapshot& s : snapshots_) steps.push_back(s.step);
    timeline_->setSteps(steps, follow ? snapshotCount() - 1 : keep);
    showSnapshot(timeline_->currentIndex());  // pointers into snapshots_ must be refreshed
}

void AttentionExplorer::clear() {
    setSnapshots({});
}

void AttentionExplorer::selectStep(std::int64_t step) {
    std::vector<std::int64_t> steps;
    for (const AttentionSnapshot& s : snapshots_) steps.push_back(s.step);
    selectSnapshot(AttentionTimeline::nearestIndex(steps, step));
}

void AttentionExplorer::selectSnapshot(int index) {
    if (index < 0 || index >= snapshotCount()) return;
    timeline_->setCurrentIndex(index);  // shows it through currentIndexChanged
}

std::int64_t AttentionExplorer::currentStep() const {
    const AttentionSnapshot* s = currentSnapshot();
    return s ? s->step : 0;
}

const AttentionSnapshot* AttentionExplorer::currentSnapshot() const {
    return current_ >= 0 && current_ < snapshotCount() ? &snapshots_[std::size_t(current_)]
                                                       : nullptr;
}

void AttentionExplorer::showSnapshot(int index) {
    current_ = index >= 0 && index < snapshotCount() ? index : -1;
    const AttentionSnapshot* s = currentSnapshot();
    timeline_->setText(s ? QString::fromStdString(s->text) : QString());
    rebuildTabs();
    showKind();
    if (s) Q_EMIT currentStepChanged(s->step);
}

// --- kinds, layers and heads ------------------------------------------------------------------

QList<AttentionExplorer::Pane> AttentionExplorer::panes() const {
    QList<Pane> out;
    const AttentionSnapshot* s = currentSnapshot();
    if (!s) return out;
    for (const QString& kind : AttentionMatrices::kinds(s->maps)) {
        Pane pane;
        pane.kind = kind;
        pane.title = AttentionMatrices::kindTitle(kind);
        const auto maps = AttentionMatrices::ofKind(s->maps, kind);
        pane.layers = int(maps.size());
        for (const AttentionMap* m : maps) pane.heads = std::max(pane.heads, m->heads);
        pane.queries = maps.empty() ? 0 : maps.front()->queries;
        pane.keys = maps.empty() ? 0 : maps.front()->keys;
        out << pane;
    }
    return out;
}

void AttentionExplorer::rebuildTabs() {
    const AttentionSnapshot* s = currentSnapshot();
    const QStringList kinds = s ? AttentionMatrices::kinds(s->maps) : QStringList();
    if (!kinds.contains(kind_)) {
        kind_ = kinds.contains(preferredKind_) ? preferredKind_
                                               : (kinds.isEmpty() ? QString() : kinds.front());
    }
    const QSignalBlocker block(tabs_);
    QStringList shown;
    for (int i = 0; i < tabs_->count(); ++i) shown << tabs_->tabData(i).toString();
    if (shown != kinds) {
        while (tabs_->count() > 0) tabs_->removeTab(0);
        for (const QString& kind : kinds) {
            const int i = tabs_->addTab(AttentionMatrices::kindTitle(kind));
            tabs_->setTabData(i, kind);
            tabs_->setTabToolTip(i, AttentionMatrices::kindCaption(kind));
        }
    }
    tabs_->setCurrentIndex(int(kinds.indexOf(kind_)));
    tabs_->setVisible(!kinds.isEmpty());
}

bool AttentionExplorer::setCurrentKind(const QString& kind) {
    for (int i = 0; i < tabs_->count(); ++i) {
        if (tabs_->tabData(i).toString() == kind) {
            tabs_->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void AttentionExplorer::showKind() {
    const AttentionSnapshot* s = currentSnapshot();
    layers_ = s ? AttentionMatrices::ofKind(s->maps, kind_) : std::vector<const AttentionMap*>();
    int heads = 0;
    for (const AttentionMap* m : layers_) heads = std::max(heads, m->heads);
    const int layers = int(layers_.size());
    grid_->setMaps(layers_);
    controls_->setShape(layers, heads);
    if (layer_ >= layers || (layer_ == kAverage && layers < 2)) layer_ = 0;
    if (head_ >= heads || (head_ == kAverage && heads < 2)) head_ = 0;
    controls_->setSelection(layer_, head_);
    caption_->setText(s ? AttentionMatrices::kindCaption(kind_)
                        : tr("No attention recorded yet. Train a model or inspect a text to see "
                             "where each token looks."));
    showHead();
}

void AttentionExplorer::selectHead(int layer, int head) {
    const int layers = int(layers_.size());
    int heads = 0;
    for (const AttentionMap* m : layers_) heads = std::max(heads, m->heads);
    if (layer < kAverage || layer >= layers || head < kAverage || head >= heads) return;
    if (layer == layer_ && head == head_) return;
    layer_ = layer;
    head_ = head;
    controls_->setSelection(layer_, head_);
    showHead();
    Q_EMIT headChanged(layer_, head_);
}

void AttentionExplorer::showHead() {
    heatmap_->setMatrix(AttentionMatrices::fromLayers(layers_, layer_, head_));
    grid_->setSelected(layer_, head_);
    const AttentionSnapshot* s = currentSnapshot();
    if (!s || layers_.empty()) {
        heatmap_->setTitle(QString());
        return;
    }
    heatmap_->setTitle(tr("%1 · %2 · %3 · step %4")
                           .arg(AttentionMatrices::kindTitle(kind_),
                                AttentionMatrices::layerName(layer_),
                                AttentionMatrices::headName(head_))
                           .arg(s->step));
}

CellState AttentionExplorer::cellState(int query, int key) const {
    return heatmap_->cellState(query, key);
}

QString AttentionExplorer::caption() const {
    return caption_->text();
}

// --- options ----------------------------------------------------------------------------------

float AttentionExplorer::threshold() const {
    return controls_->threshold();
}

void AttentionExplorer::setThreshold(float threshold) {
    controls_->setThreshold(threshold);
    applyOptions();
    saveSettings();
}

AttentionColorScale AttentionExplorer::colorScale() const {
    return controls_->colorScale();
}

void AttentionExplorer::setColorScale(const AttentionColorScale& scale) {
    controls_->setColorScale(scale);
    applyOptions();
    saveSettings();
}

void AttentionExplorer::applyOptions() {
    const AttentionColorScale scale = controls_->colorScale();
    const float threshold = controls_->threshold();
    heatmap_->setColorScale(scale);
    heatmap_->setThreshold(threshold);
    grid_->setColorScale(scale);
    grid_->setThreshold(threshold);
}

void AttentionExplorer::loadSettings() {
    const QSettings s;
    AttentionColorScale scale;
    scale.setPalette(AttentionColorScale::paletteFromKey(s.value(key("palette")).toString()));
    scale.setGamma(s.value(key("gamma"), 1.0).toDouble());
    scale.setAutoMaximum(s.value(key("autoMaximum"), true).toBool());
    scale.setMaximum(s.value(key("maximum"), 1.0).toDouble());
    controls_->setColorScale(scale);
    controls_->setThreshold(s.value(key("threshold"), 0.0).toFloat());
    preferredKind_ = s.value(key("kind")).toString();
    const QSignalBlocker b1(headAverage_);
    const QSignalBlocker b2(layerAverage_);
    headAverage_->setChecked(s.value(key("headAverage"), true).toBool());
    layerAverage_->setChecked(s.value(key("layerAverage"), true).toBool());
    grid_->setShowHeadAverage(headAverage_->isChecked());
    grid_->setShowLayerAverage(layerAverage_->isChecked());
}

void AttentionExplorer::saveSettings() const {
    QSettings s;
    const AttentionColorScale scale = controls_->colorScale();
    s.setValue(key("palette"), AttentionColorScale::paletteKey(scale.palette()));
    s.setValue(key("gamma"), scale.gamma());
    s.setValue(key("autoMaximum"), scale.autoMaximum());
    s.setValue(key("maximum"), scale.maximum());
    s.setValue(key("threshold"), double(controls_->threshold()));
    if (!preferredKind_.isEmpty()) s.setValue(key("kind"), preferredKind_);
    s.setValue(key("headAverage"), headAverage_->isChecked());
    s.setValue(key("layerAverage"), layerAverage_->isChecked());
}

// --- export -----------------------------------------------------------------------------------

QSize AttentionExplorer::exportSize() const {
    return heatmap_->size().expandedTo(kMinExportSize);
}

QImage AttentionExplorer::renderImage(double scale) const {
    return AttentionExporter::renderImage(*heatmap_, exportSize(), scale);
}

bool AttentionExplorer::exportPng(const QString& path) {
    QString error;
    const bool ok = AttentionExporter::writePng(*heatmap_, exportSize(), path, &error);
    report(ok, path, error);
    return ok;
}

bool AttentionExplorer::exportSvg(const QString& path) {
    QString error;
    const bool ok = AttentionExporter::writeSvg(*heatmap_, exportSize(), path, &error);
    report(ok, path, error);
    return ok;
}

bool AttentionExplorer::exportCsv(const QString& path) {
    QString error;
    const bool ok = AttentionExporter::writeCsv(layers_, path, &error);
    report(ok, path, error);
    return ok;
}

void AttentionExplorer::copyImageToClipboard() {
    QGuiApplication::clipboard()->setImage(renderImage(AttentionExporter::kPngScale));
    Q_EMIT statusMessage(tr("Copied the attention map to the clipboard."));
}

void AttentionExplorer::report(bool ok, const QString& path, const QString& error) {
    Q_EMIT statusMessage(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
}

QString AttentionExplorer::askSavePath(const QString& title, const QString& filter,
                                       const QString& suffix) {
    QSettings s;
    const QString dir =
        s.value(key("lastDir"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QString name = QStringLiteral("attention-%1-step%2.%3")
                             .arg(kind_.isEmpty() ? QStringLiteral("map") : kind_)
                             .arg(currentStep())
                             .arg(suffix);
    QString path = QFileDialog::getSaveFileName(this, title, QDir(dir).filePath(name), filter);
    if (path.isEmpty()) return {};
    if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + suffix;
    s.setValue(key("lastDir"), QFileInfo(path).absolutePath());
    return path;
}

}  // namespace lmw::ui
