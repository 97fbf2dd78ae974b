// Trains the Prompt lab's ICL preset with the training controller (ui/engine): a small decoder
// on the synthetic in-context-learning corpus, measuring accuracy for every k on held-out
// mappings at each evaluation through the request's evaluation hook. Reports the step and the time
// left (coalesced), each curve point as it is measured, the engine's messages, and the run's
// summary (or why it failed) at the end.
#pragma once

#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "api/events.h"
#include "api/prompting.h"
#include "engine/seam_types.h"
#include "engine/training_controller.h"

namespace lmw::ui {

class IclPresetTrainer : public QObject {
    Q_OBJECT
public:
    explicit IclPresetTrainer(QObject* parent = nullptr);
    ~IclPresetTrainer() override;  // stops the run and waits for it

    /// The corpus and the curve's tasks are drawn with this seed (as the CLI's icl-train).
    static constexpr std::uint64_t kDataSeed = 1;
    /// The held-out tasks the curve is measured on: the preset's mappings and copies.
    static std::vector<PromptTask> curveTasks(const IclPreset& preset);

    /// What training the preset does, for the button's tooltip (rich text).
    static QString describe(const IclPreset& preset);

    /// Trains `preset` into the run folder `dir` (which must exist).
    void start(const IclPreset& preset, const std::string& dir);
    /// Stops after the current step; the run is kept and finished() still comes.
    void stop() { controller_.stop(); }
    bool isRunning() const { return controller_.isActive(); }

Q_SIGNALS:
    /// `fraction` of the steps done; `text` "step 120 / 3000  (about 2 min 10 s left)".
    void progress(double fraction, const QString& text);
    void curvePoint(const lmw::IclCurvePoint& point);
    void message(const QString& text);
    /// The run ended: its summary, or an empty one and why it failed.
    void finished(const lmw::RunSummary& summary, const QString& error);

private:
    void onProgress(const QVector<StepMetrics>& steps);

    TrainingController controller_;
    IclPreset preset_;
    std::int64_t firstStep_ = -1;
    int curves_ = 0;
    std::atomic<double> curveSecondsOnThread_{0};  // written on the training thread
};

}  // namespace lmw::ui
