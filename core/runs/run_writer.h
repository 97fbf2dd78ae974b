// Records a run in its folder while it trains: config.json at the start, one metrics.csv row
// per step (flushed at every evaluation), summary.json at the end, and schedule_changes.csv
// when the learning rate was changed during the run.
#pragma once

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "api/events.h"
#include "api/run_store.h"

namespace lmw {

class RunWriter {
public:
    /// Starts a fresh metrics.csv, or (resume) keeps the rows up to `keepUpToStep`. Takes the
    /// folder's lock first: a folder another writer holds is refused with lmw::Error naming
    /// that process, before anything in it changes.
    RunWriter(const std::string& dir, bool resume, std::int64_t keepUpToStep);
    ~RunWriter();

    /// The folder's lock (an flock on DIR/.lock holding the writer's process id): taken by the
    /// constructor and again by lock() after unlock(); released by unlock() and on destruction.
    void lock();
    void unlock();

    void writeConfig(const nlohmann::json& config);
    void step(const StepMetrics& m);
    void eval(const EvalMetrics& m, double lr);
    void flush();
    void writeSummary(const RunSummary& s);
    /// Appends a schedule change to schedule_changes.csv (step,lr,min_lr): from the 1-based
    /// `step` on, the schedule's peak is `lr` and its floor `minLr`.
    void scheduleChange(std::int64_t step, double lr, double minLr);
    const std::string& dir() const { return dir_; }
    std::string checkpointPath() const;

private:
    void writeRow(const MetricRow& r);
    std::string dir_;
    std::ofstream csv_;
    std::optional<MetricRow> pending_;  // the last step, waiting for a possible evaluation
    int lockFd_ = -1;
};

}  // namespace lmw
