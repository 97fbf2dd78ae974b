#include "runs/run_writer.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "api/error.h"
#include "runs/schedule_changes.h"
#include "session/config_json.h"
#include "util/system.h"

namespace fs = std::filesystem;

namespace lmw {

namespace {
constexpr const char* kHeader = "step,train_loss,val_loss,lr,tokens_per_s,elapsed_s\n";

std::string formatRow(const MetricRow& r) {
    char buf[256];
    char val[32] = "";
    if (std::isfinite(r.valLoss)) std::snprintf(val, sizeof val, "%.6f", r.valLoss);
    std::snprintf(buf, sizeof buf, "%lld,%.6f,%s,%.8g,%.1f,%.3f\n", static_cast<long long>(r.step),
                  r.trainLoss, val, r.lr, r.tokensPerSec, r.elapsedS);
    return buf;
}
}  // namespace

RunWriter::RunWriter(const std::string& dir, bool resume, std::int64_t keepUpToStep) : dir_(dir) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec)
        throw Error(
            LMW_MESSAGE("run.folder_create_failed", "Cannot create the run folder '%1': %2."),
            {dir_, ec.message()});
    lock();
    // A new run in a folder that held one (the command line's --overwrite) starts clean: no
    // checkpoint or summary of the old run may sit beside the new run's metrics.
    if (!resume)
        for (const char* old : {"checkpoint", "summary.json", kScheduleChangesFile}) {
            fs::remove(fs::path(dir_) / old, ec);
            if (ec)
                throw Error(
                    LMW_MESSAGE("run.replace_failed", "Cannot replace the run in '%1': %2."),
                    {dir_, ec.message()});
        }
    const std::string path = (fs::path(dir_) / "metrics.csv").string();
    std::string kept = kHeader;
    if (resume && fs::exists(path)) {
        for (const MetricRow& r : readMetricsCsv(path))
            if (r.step <= keepUpToStep) kept += formatRow(r);
    }
    sys::writeFileAtomically(path, kept);
    // A resumed run keeps the schedule changes made up to its checkpoint.
    const fs::path changes = fs::path(dir_) / kScheduleChangesFile;
    if (resume && fs::exists(changes)) {
        std::string keptChanges = kScheduleChangesHeader;
        for (const ScheduleChange& c : readScheduleChanges(changes.string()))
            if (c.step <= keepUpToStep) keptChanges += formatScheduleChange(c);
        sys::writeFileAtomically(changes.string(), keptChanges);
    }
    csv_.open(path, std::ios::app);
    if (!csv_) throw Error(LMW_MESSAGE("file.unwritable", "Cannot write '%1'."), {path});
}

void RunWriter::scheduleChange(std::int64_t step, double lr, double minLr) {
    const fs::path path = fs::path(dir_) / kScheduleChangesFile;
    const bool fresh = !fs::exists(path);
    std::ofstream out(path, std::ios::app);
    out << (fresh ? kScheduleChangesHeader : "") << formatScheduleChange({step, lr, minLr});
    out.flush();
    if (!out) throw Error(LMW_MESSAGE("file.unwritable", "Cannot write '%1'."), {path.string()});
}

RunWriter::~RunWriter() {
    try {
        flush();
    } catch (...) {
    }
    unlock();
}

void RunWriter::lock() {
    if (lockFd_ >= 0) return;
    const std::string path = (fs::path(dir_) / ".lock").string();
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        throw Error(LMW_MESSAGE("run.lock_failed", "Cannot lock the run folder '%1': %2."),
                    {dir_, std::strerror(errno)});
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char buf[32] = {0};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        ::close(fd);
        std::string pid = n > 0 ? std::string(buf, std::size_t(n)) : std::string();
        while (!pid.empty() && (pid.back() == '\n' || pid.back() == ' ')) pid.pop_back();
        if (pid.empty())
            throw Error(LMW_MESSAGE("run.folder_busy",
                                    "The run folder '%1' is being written by another run; wait for "
                                    "it to finish or choose another folder."),
                        {dir_});
        throw Error(LMW_MESSAGE("run.folder_busy_process",
                                "The run folder '%1' is being written by another run (process %2); "
                                "wait for it to finish or choose another folder."),
                    {dir_, pid});
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, pid.data(), pid.size(), 0) != ssize_t(pid.size())) {
        // The lock holds without the note of who holds it.
    }
    lockFd_ = fd;
}

void RunWriter::unlock() {
    if (lockFd_ < 0) return;
    ::flock(lockFd_, LOCK_UN);
    ::close(lockFd_);
    lockFd_ = -1;
}

std::string RunWriter::checkpointPath() const {
    return (fs::path(dir_) / "checkpoint").string();
}

void RunWriter::writeConfig(const nlohmann::json& config) {
    sys::writeFileAtomically((fs::path(dir_) / "config.json").string(), config.dump(2) + "\n");
}

void RunWriter::writeRow(const MetricRow& r) {
    csv_ << formatRow(r);
}

void RunWriter::step(const StepMetrics& m) {
    if (pending_) writeRow(*pending_);
    pending_ = MetricRow{m.step, m.trainLoss, std::nan(""), m.lr, m.tokensPerSec, m.elapsedS};
}

void RunWriter::eval(const EvalMetrics& m, double lr) {
    if (pending_ && pending_->step == m.step) {
        pending_->valLoss = m.valLoss;
    } else {
        if (pending_) writeRow(*pending_);
        // An evaluation before any step (step 0): its train loss is the evaluated one.
        pending_ = MetricRow{m.step, m.trainLoss, m.valLoss, lr, 0.0, 0.0};
    }
    flush();
}

void RunWriter::flush() {
    if (pending_) {
        writeRow(*pending_);
        pending_.reset();
    }
    csv_.flush();
}

void RunWriter::writeSummary(const RunSummary& s) {
    flush();
    nlohmann::json j = toJson(s);
    j["finished"] = sys::nowIso8601();
    sys::writeFileAtomically((fs::path(dir_) / "summary.json").string(), j.dump(2) + "\n");
}

}  // namespace lmw
