// Trains the Prompt lab's ICL preset off the GUI thread: a small decoder on the synthetic
// in-context-learning corpus, measuring accuracy for every k on held-out mappings at each
// evaluation. Reports the step and the time left (coalesced), each curve point as it is
// measured, the engine's messages, and the run's summary (or why it failed) at the end.
#pragma once

#include <QObject>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

#include "api/events.h"
#include "api/prompting.h"
#include "engine/seam_types.h"
#include "engine/task_runner.h"

namespace lmw::ui {

class IclPresetTrainer : public QObject {
    Q_OBJECT
public:
    explicit IclPresetTrainer(QObject* parent = nullptr);

    /// The corpus and the curve's tasks are drawn with this seed (as the CLI's icl-train).
    static constexpr std::uint64_t kDataSeed = 1;
    /// The held-out tasks the curve is measured on: the preset's mappings and copies.
    static std::vector<PromptTask> curveTasks(const IclPreset& preset);

    /// What training the preset does, for the button's tooltip (rich text).
    static QString describe(const IclPreset& preset);

    /// Trains `preset` into the run folder `dir` (which must exist).
    void start(const IclPreset& preset, const std::string& dir);
    /// Stops after the current step; the run is kept and finished() still comes.
    void stop() { runner_.stop(); }
    bool isRunning() const { return runner_.isBusy(); }

Q_SIGNALS:
    /// `fraction` of the steps done; `text` "step 120 / 3000  (about 2 min 10 s left)".
    void progress(double fraction, const QString& text);
    void curvePoint(const lmw::IclCurvePoint& point);
    void message(const QString& text);
    /// The run ended: its summary, or an empty one and why it failed.
    void finished(const lmw::RunSummary& summary, const QString& error);

private:
    TaskRunner runner_;
};

}  // namespace lmw::ui
