// "Encoder vs decoder": one screen that trains (or loads) a BERT-style encoder and a GPT-style
// decoder of the same size on the same corpus and tokenizer, draws both loss curves on one
// chart, and shows the two models on the same input: their attention side by side
// (bidirectional vs causal), their per-position predictions (the encoder predicts each token
// from both sides, the decoder from the left only), and a fill-in vs continue task scored on
// both. Every engine call runs off the GUI thread; long ones can be stopped.
#pragma once

#include "engine/seam_types.h"  // first: the meta-types of the seam structs

#include <QWidget>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "api/compare.h"
#include "api/gap_tasks.h"
#include "api/inspect.h"
#include "api/text_generator.h"
#include "compare/compare_pane.h"
#include "compare/compare_settings_form.h"
#include "compare/gap_task_panel.h"
#include "engine/task_runner.h"
#include "engine/training_controller.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QCustomPlot;

namespace lmw::ui {

class AttentionGrid;
class CompareChart;
class ComparePane;
class CompareSettingsForm;
class CorpusPicker;
class MaskingControls;
class PredictionStrip;

/// What the background inspection of one model found on the probe text.
struct CompareInspection {
    bool ok = false;
    QString error;
    QString title;  // "BERT encoder, step 1500"
    std::optional<AttentionSnapshot> attention;
    std::vector<TokenPrediction> predictions;
    std::shared_ptr<const TextGenerator> generator;  // the encoder, for the masking preview
};

class ComparePage : public QWidget {
    Q_OBJECT
public:
    enum Side { Encoder = 0, Decoder = 1 };
    using GeneratorFactory = std::function<std::optional<TextGenerator>()>;

    explicit ComparePage(QWidget* parent = nullptr);
    ~ComparePage() override;

    /// Where new runs are recorded (the Runs panel's workspace).
    void setWorkspace(const QString& dir);
    QString workspace() const { return workspace_; }

    /// Uses an existing model for one side (a run folder or checkpoint): loads it off the GUI
    /// thread, draws its recorded curve, and refreshes the views. Wrong families are refused.
    void loadRun(Side side, const QString& dir);
    /// Uses a model given by a factory (tests, or the model being trained elsewhere).
    void setGenerator(Side side, GeneratorFactory factory, const QString& title);
    bool hasModel(Side side) const;

    /// Stops both trainings and any inspection, and waits (window closing).
    bool shutdown(int timeoutMs = 15000);

    // Parts, for the main window and tests.
    CompareChart* chart() const { return chart_; }
    PredictionStrip* strip(Side side) const { return panes_[side]->strip(); }
    AttentionGrid* grid(Side side) const { return panes_[side]->grid(); }
    QLineEdit* probe() const { return probe_; }
    QTableWidget* gapTable() const { return gaps_->table(); }
    TrainingController* controller(Side side) const { return controllers_[side]; }
    CorpusPicker* corpus() const { return corpus_; }
    CompareSettingsForm* settingsForm() const { return form_; }
    QSpinBox* stepsBox() const { return form_->stepsBox(); }
    QComboBox* sizeBox() const { return form_->sizeBox(); }
    QComboBox* encoderBox() const { return form_->encoderBox(); }
    MaskingControls* masking() const { return form_->masking(); }
    /// The settings the controls describe (what Train both will use).
    CompareSettings settings() const { return form_->settings(); }
    bool isBusy() const;
    const std::optional<AttentionSnapshot>& snapshot(Side side) const { return snapshots_[side]; }
    std::vector<CompareGapResult> gapResults() const { return gaps_->results(); }
    GapTaskPanel* gapPanel() const { return gaps_; }

public Q_SLOTS:
    void trainBoth();
    void stopAll();
    /// Recomputes attention and predictions of both models on the probe text.
    void refreshViews();
    /// Scores the fill-in vs continue task on both models (held-out part of the corpus).
    void scoreGaps();
    void chooseRun(int side);
    void exportChart();

Q_SIGNALS:
    void statusMessage(const QString& text);
    /// An attention snapshot to open in the attention explorer.
    void openAttention(const lmw::AttentionSnapshot& snapshot);
    /// The views were refreshed / the gap task was scored (tests wait for these).
    void viewsRefreshed();
    void gapsScored();

private:
    void buildUi();
    void wireController(Side side);
    void updateButtons();
    void showInspection(Side side, const CompareInspection& result);
    void loadSettings();
    void saveSettings() const;
    GeneratorFactory factoryFor(Side side) const;

    QString workspace_;
    std::array<TrainingController*, 2> controllers_{};
    std::array<GeneratorFactory, 2> loaded_{};  // a loaded run's weights, when not training
    std::array<QString, 2> titles_;
    std::array<std::optional<AttentionSnapshot>, 2> snapshots_;

    CorpusPicker* corpus_ = nullptr;
    CompareSettingsForm* form_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QPushButton* stopButton_ = nullptr;
    std::array<QPushButton*, 2> loadButtons_{};
    std::array<QProgressBar*, 2> progress_{};
    QLabel* status_ = nullptr;
    CompareChart* chart_ = nullptr;
    QLineEdit* probe_ = nullptr;
    QPushButton* showButton_ = nullptr;
    QCheckBox* autoRefresh_ = nullptr;
    GapTaskPanel* gaps_ = nullptr;
    std::array<ComparePane*, 2> panes_{};

    using InspectionPair = std::array<CompareInspection, 2>;
    TaskRunner inspector_;
};

}  // namespace lmw::ui
