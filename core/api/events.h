// What the engine reports while it trains: plain values, copied out of the worker thread.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace lmw {

/// One optimizer step.
struct StepMetrics {
    std::int64_t step = 0;  // 1-based: the step that just finished
    std::int64_t totalSteps = 0;
    double trainLoss = 0;               // loss of this step's batch
    double lr = 0;                      // learning rate used for this step
    double tokensPerSec = 0;            // smoothed throughput
    double elapsedS = 0;                // wall time since the run (or the resumed run) started
    std::int64_t supervisedTokens = 0;  // positions with a target trained on so far (this
                                        // session): masked tokens for an encoder, all for a decoder
};

/// One periodic evaluation: mean loss over `evalIters` random batches of each split.
struct EvalMetrics {
    std::int64_t step = 0;
    double trainLoss = 0;
    double valLoss = 0;
};

/// How a run ended.
struct RunSummary {
    std::int64_t steps = 0;  // last completed step
    std::int64_t totalSteps = 0;
    bool stopped = false;  // stopped early by the user
    double finalTrainLoss = std::numeric_limits<double>::quiet_NaN();
    double finalValLoss = std::numeric_limits<double>::quiet_NaN();
    double elapsedS = 0;
    double tokensPerSec = 0;
    std::int64_t peakRssBytes = 0;
    std::string checkpointPath;  // empty when no run folder was given
};

}  // namespace lmw
