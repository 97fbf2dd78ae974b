// Run folders (no torch, no Qt). Each training run lives in its own folder of a workspace:
//   config.json   model, training and corpus settings, parameter count, creation time
//   metrics.csv   step,train_loss,val_loss,lr,tokens_per_s,elapsed_s (val_loss empty between
//                 evaluations)
//   checkpoint    weights, optimizer, tokenizer, step and RNG (see core/checkpoint)
//   summary.json  how the run ended: steps, final losses, time, throughput, peak memory
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "api/configs.h"
#include "api/events.h"

namespace lmw {

struct MetricRow {
    std::int64_t step = 0;
    double trainLoss = 0;
    double valLoss = 0;  // NaN when this step was not evaluated
    double lr = 0;
    double tokensPerSec = 0;
    double elapsedS = 0;
};

/// A learning-rate change made while the run was paused (schedule_changes.csv): from the
/// 1-based `step` on, the schedule's peak is `lr` and its floor `minLr`.
struct ScheduleChange {
    std::int64_t step = 0;
    double lr = 0, minLr = 0;
};

struct RunRecord {
    std::string dir;
    std::string name;     // folder name
    std::string created;  // ISO-8601
    ModelConfig model;
    TrainConfig train;
    std::string corpusName;
    std::string corpusPath;  // empty for the bundled corpus
    std::int64_t parameters = 0;
    bool hasCheckpoint = false;
    bool hasSummary = false;  // false while running or after a crash
    RunSummary summary;
    std::vector<MetricRow> metrics;               // filled by loadRun only
    std::vector<ScheduleChange> scheduleChanges;  // filled by loadRun only
};

/// Runs in `workspace`, newest first. Folders that are not runs are skipped.
std::vector<RunRecord> listRuns(const std::string& workspace);

/// One run with its metrics. Throws lmw::Error when the folder is not a readable run.
RunRecord loadRun(const std::string& dir);

/// Parses metrics.csv; throws lmw::Error naming the bad line.
std::vector<MetricRow> readMetricsCsv(const std::string& path);

/// Creates a new, empty run folder "<workspace>/<YYYY-mm-dd_HHMMSS>_<label>" (made unique).
std::string makeRunDir(const std::string& workspace, const std::string& label);

}  // namespace lmw
