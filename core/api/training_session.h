// The engine's front door for training (no torch, no Qt): a pimpl'd session that owns the
// model, optimizer, data and run folder. `train()` blocks and is meant for a worker thread;
// `requestStop()`, `setPaused()`, `changeSchedule()`, `snapshot()` and `saveCheckpoint()` may
// be called from any other thread while it runs. Stop and pause are atomics polled between
// optimizer steps.
//
// Example:
//   lmw::TrainConfig train;  train.iters = 500;
//   auto session = lmw::TrainingSession::create(lmw::ModelConfig{}, train,
//                                               lmw::CorpusSource::fromFile("input.txt"),
//                                               "runs/a");
//   lmw::TrainingCallbacks cb;
//   cb.onStep = [](const lmw::StepMetrics& m) { std::printf("%lld %.3f\n", m.step, m.trainLoss); };
//   lmw::RunSummary s = session.train(cb);
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "api/configs.h"
#include "api/corpus.h"
#include "api/events.h"
#include "api/inspect.h"
#include "api/message.h"
#include "api/text_generator.h"

namespace lmw {

struct TrainingCallbacks {
    std::function<void(const StepMetrics&)> onStep;  // after every optimizer step
    std::function<void(const EvalMetrics&)> onEval;  // after every evaluation (also step 0)
    std::function<void(const Message&)> onMessage;   // e.g. "Checkpoint saved at step 250."
    /// The attention timeline: the model's attention on a probe text, before training and every
    /// `attentionEvery` steps (see setAttentionProbe). Runs on the training thread.
    std::function<void(const AttentionSnapshot&)> onAttention;
};

class TrainingSession {
public:
    /// A new model for `corpus`. `model.vocabSize` is taken from the corpus. With `runDir`
    /// given, the run is recorded there: config.json, metrics.csv, checkpoint, summary.json.
    /// Throws lmw::Error for a bad corpus, a bad configuration, or one that would not fit in
    /// the machine's free memory (checked before anything large is allocated).
    static TrainingSession create(ModelConfig model, const TrainConfig& train,
                                  const CorpusSource& corpus, const std::string& runDir = {});

    /// Continues the run whose checkpoint is `checkpoint` (a file or a run folder) on `corpus`,
    /// which must use the checkpoint's characters. `iters` > 0 sets a new total step count.
    /// The run is recorded in `runDir` (default: the checkpoint's folder), whose metrics.csv
    /// is cut back to the checkpoint's step so the loss curve continues without a seam.
    static TrainingSession resume(const std::string& checkpoint, const CorpusSource& corpus,
                                  int iters = 0, const std::string& runDir = {});

    TrainingSession(TrainingSession&&) noexcept;
    TrainingSession& operator=(TrainingSession&&) noexcept;
    ~TrainingSession();

    /// Trains until `iters` steps are done or a stop is requested. Blocks.
    RunSummary train(const TrainingCallbacks& callbacks = {});

    /// Captures attention on `probe` every `every` steps (0 turns it off). Set before train().
    void setAttentionProbe(const std::string& probe, int every);

    void requestStop();
    void setPaused(bool paused);
    bool isPaused() const;
    /// While paused: from the next step on, the schedule's peak learning rate is `lr` and its
    /// floor `minLr` (warmup and cosine shape as before, so the rest of the run follows the new
    /// curve). The change is recorded in the run folder's schedule_changes.csv and kept by the
    /// checkpoints. Returns the 1-based step it applies from, or -1 when the loop is not yet
    /// waiting in a pause (ask again once it is). Throws lmw::Error for rates out of range.
    std::int64_t changeSchedule(double lr, double minLr);

    /// A copy of the current weights for sampling, taken between two optimizer steps.
    TextGenerator snapshot() const;
    void saveCheckpoint(const std::string& path) const;

    const ModelConfig& modelConfig() const;
    const TrainConfig& trainConfig() const;
    const CorpusInfo& corpusInfo() const;
    const std::string& runDir() const;
    std::int64_t step() const;
    std::int64_t parameterCount() const;

private:
    struct Impl;
    explicit TrainingSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace lmw
