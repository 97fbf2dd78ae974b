// The attention explorer: a tab per kind of attention in the model (for BART: encoder
// self-attention, decoder self-attention and cross-attention), a caption explaining it, the
// model view (all layers x heads) beside the head view (one large heatmap), controls for the
// head, threshold and colours, a timeline over training steps, and export actions.
#pragma once

#include "api/inspect.h"
#include "attention/attention_color_scale.h"
#include "attention/attention_matrix.h"

#include <QList>
#include <QWidget>

#include <cstdint>
#include <vector>

class QAction;
class QCheckBox;
class QLabel;
class QSplitter;
class QTabBar;

namespace lmw::ui {

class AttentionControls;
class AttentionGrid;
class AttentionHeatmap;
class AttentionTimeline;

class AttentionExplorer : public QWidget {
    Q_OBJECT

public:
    /// One tab: a kind of attention in the current snapshot and its shape.
    struct Pane {
        QString kind;
        QString title;
        int layers = 0;
        int heads = 0;
        int queries = 0;  // rows (for cross-attention: decoder tokens)
        int keys = 0;     // columns (for cross-attention: encoder tokens)
    };

    explicit AttentionExplorer(QWidget* parent = nullptr);
    ~AttentionExplorer() override;

    /// Shows a single snapshot (replaces any timeline).
    void setSnapshot(const AttentionSnapshot& snapshot);
    /// Replaces the timeline; snapshots are ordered by step and the last one is shown.
    void setSnapshots(std::vector<AttentionSnapshot> snapshots);
    /// Adds a snapshot taken while training, in step order. If the newest snapshot was shown,
    /// the new one is shown; if the user had scrolled back, the view stays where it is.
    void addSnapshot(const AttentionSnapshot& snapshot);
    void clear();
    int snapshotCount() const { return int(snapshots_.size()); }
    int currentSnapshotIndex() const { return current_; }
    std::int64_t currentStep() const;
    const AttentionSnapshot* currentSnapshot() const;

    /// The panes (tabs) of the current snapshot, in display order.
    QList<Pane> panes() const;
    QString currentKind() const { return kind_; }
    /// Switches to the tab of `kind`; false if the snapshot has none.
    bool setCurrentKind(const QString& kind);
    int currentLayer() const { return layer_; }
    int currentHead() const { return head_; }

    float threshold() const;
    void setThreshold(float threshold);
    AttentionColorScale colorScale() const;
    void setColorScale(const AttentionColorScale& scale);

    /// How head-view cell (query, key) is drawn and its weight.
    CellState cellState(int query, int key) const;

    AttentionHeatmap* heatmap() const { return heatmap_; }
    AttentionGrid* grid() const { return grid_; }
    AttentionControls* controls() const { return controls_; }
    AttentionTimeline* timeline() const { return timeline_; }
    QTabBar* kindTabs() const { return tabs_; }
    QString caption() const;

    /// The head view as exported (at least kMinExportSize, `scale` pixels per unit).
    QImage renderImage(double scale = 2.0) const;
    bool exportPng(const QString& path);
    bool exportSvg(const QString& path);
    /// Every layer, head, query and key of the current kind (see AttentionExporter).
    bool exportCsv(const QString& path);
    void copyImageToClipboard();
    /// Export PNG / SVG / CSV and Copy Image, for the main window's menus.
    QList<QAction*> exportActions() const;

public Q_SLOTS:
    /// Shows the snapshot nearest to `step` (e.g. where the loss curve was clicked).
    void selectStep(std::int64_t step);
    void selectSnapshot(int index);
    /// Shows (layer, head) in the head view; either may be kAverage.
    void selectHead(int layer, int head);

Q_SIGNALS:
    void currentStepChanged(std::int64_t step);
    void currentKindChanged(const QString& kind);
    void headChanged(int layer, int head);
    /// A short message for the status bar (e.g. after an export).
    void statusMessage(const QString& text);

private:
    void buildUi();
    void createActions();
    void showSnapshot(int index);
    void rebuildTabs();
    void showKind();
    void showHead();
    void applyOptions();
    void loadSettings();
    void saveSettings() const;
    QSize exportSize() const;
    QString askSavePath(const QString& title, const QString& filter, const QString& suffix);
    void report(bool ok, const QString& path, const QString& error);

    std::vector<AttentionSnapshot> snapshots_;  // ascending steps
    int current_ = -1;
    QString kind_;
    QString preferredKind_;  // the last kind the user chose, kept across snapshots
    int layer_ = 0;
    int head_ = 0;
    std::vector<const AttentionMap*> layers_;  // maps of kind_ in the current snapshot

    QTabBar* tabs_ = nullptr;
    QLabel* caption_ = nullptr;
    AttentionControls* controls_ = nullptr;
    QCheckBox* headAverage_ = nullptr;
    QCheckBox* layerAverage_ = nullptr;
    AttentionGrid* grid_ = nullptr;
    AttentionHeatmap* heatmap_ = nullptr;
    QSplitter* splitter_ = nullptr;
    AttentionTimeline* timeline_ = nullptr;
    QAction* exportPngAction_ = nullptr;
    QAction* exportSvgAction_ = nullptr;
    QAction* exportCsvAction_ = nullptr;
    QAction* copyImageAction_ = nullptr;
};

}  // namespace lmw::ui
