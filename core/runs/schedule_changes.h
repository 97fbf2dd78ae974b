// schedule_changes.csv in a run folder: one row per learning-rate change made while the run
// was paused ("step,lr,min_lr"). Written by RunWriter, read by loadRun.
#pragma once

#include <string>
#include <vector>

#include "api/run_store.h"

namespace lmw {

inline constexpr const char* kScheduleChangesFile = "schedule_changes.csv";
inline constexpr const char* kScheduleChangesHeader = "step,lr,min_lr\n";

/// One row, with its newline.
std::string formatScheduleChange(const ScheduleChange& c);
/// The rows of `path` (none when it is missing). The file is a note beside the curve: a row that
/// does not read is skipped, and at most 10,000 are kept.
std::vector<ScheduleChange> readScheduleChanges(const std::string& path);

}  // namespace lmw
