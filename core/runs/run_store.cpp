#include "api/run_store.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api/error.h"
#include "runs/schedule_changes.h"
#include "session/config_json.h"
#include "util/system.h"

namespace fs = std::filesystem;

namespace lmw {

namespace {

nlohmann::json readJson(const fs::path& path) {
    const std::string text = sys::readFile(path.string(), 16 << 20);
    sys::requireNoNulBytes(text, "'" + path.string() + "'");
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        throw Error(LMW_MESSAGE("json.invalid_detail", "'%1' is not valid JSON (%2)."),
                    {path.string(), e.what()});
    }
}

bool parseDouble(const std::string& s, double& out) {
    if (s.empty()) {
        out = std::nan("");
        return true;
    }
    char* end = nullptr;
    out = std::strtod(s.c_str(), &end);
    return end && *end == '\0';
}

RunRecord readRunHeader(const fs::path& dir) {
    RunRecord r;
    r.dir = dir.string();
    r.name = dir.filename().string();
    const nlohmann::json cfg = readJson(dir / "config.json");
    try {
        r.model = modelConfigFromJson(cfg.at("model"));
        r.train = trainConfigFromJson(cfg.at("train"));
        r.created = cfg.value("created", "");
        r.parameters = cfg.value("parameters", std::int64_t{0});
        if (cfg.contains("corpus")) {
            r.corpusName = cfg["corpus"].value("name", "");
            r.corpusPath = cfg["corpus"].value("path", "");
        }
    } catch (const nlohmann::json::exception& e) {
        throw Error(LMW_MESSAGE("run.config_invalid", "'%1' is not a run configuration (%2)."),
                    {(dir / "config.json").string(), e.what()});
    }
    std::error_code ec;
    r.hasCheckpoint = fs::exists(dir / "checkpoint", ec);
    if (fs::exists(dir / "summary.json", ec)) {
        try {
            r.summary = runSummaryFromJson(readJson(dir / "summary.json"));
            r.hasSummary = true;
        } catch (const Error&) {
            r.hasSummary = false;  // a damaged summary does not hide the run
        }
    }
    return r;
}

}  // namespace

std::vector<MetricRow> readMetricsCsv(const std::string& path) {
    constexpr double kMaxStep = 9007199254740992.0;  // 2^53: every whole number up to it is exact
    std::ifstream in(path);
    if (!in) throw Error(LMW_MESSAGE("file.unreadable", "Cannot read '%1'."), {path});
    std::vector<MetricRow> rows;
    std::string line;
    int lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (lineNo == 1 || line.empty()) continue;  // header
        std::vector<std::string> f;
        std::stringstream ss(line);
        std::string cell;
        while (std::getline(ss, cell, ',')) f.push_back(cell);
        if (line.back() == ',') f.emplace_back();
        MetricRow r;
        double step = 0;
        const bool ok = f.size() == 6 && parseDouble(f[0], step) &&
                        parseDouble(f[1], r.trainLoss) && parseDouble(f[2], r.valLoss) &&
                        parseDouble(f[3], r.lr) && parseDouble(f[4], r.tokensPerSec) &&
                        parseDouble(f[5], r.elapsedS) && step >= 0 && step <= kMaxStep &&
                        step == std::floor(step);
        if (!ok) {
            // A run killed mid-write can leave a partial last line: keep what came before.
            if (in.peek() == EOF) break;
            throw Error(LMW_MESSAGE("run.metrics_row_invalid",
                                    "'%1' line %2 is not a metrics row (expected 6 numbers)."),
                        {path, std::to_string(lineNo)});
        }
        r.step = static_cast<std::int64_t>(step);
        rows.push_back(r);
    }
    return rows;
}

std::vector<RunRecord> listRuns(const std::string& workspace) {
    std::vector<RunRecord> runs;
    std::error_code ec;
    if (!fs::is_directory(workspace, ec)) return runs;
    // Error-code forms throughout: a symlink loop, a folder the user cannot read or an entry
    // that vanishes while listing is skipped, never thrown at the caller.
    fs::directory_iterator it(workspace, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code entryError;
        const fs::path dir = it->path();
        if (!it->is_directory(entryError) || entryError ||
            !fs::exists(dir / "config.json", entryError) || entryError)
            continue;
        try {
            runs.push_back(readRunHeader(dir));
        } catch (const std::exception&) {
            // Not a run (or a damaged one): skipped in the list; loadRun explains why.
        }
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord& a, const RunRecord& b) {
        return a.created != b.created ? a.created > b.created : a.name > b.name;
    });
    return runs;
}

RunRecord loadRun(const std::string& dir) {
    const fs::path p(dir);
    std::error_code ec;
    const bool hasConfig = fs::exists(p / "config.json", ec);
    if (ec)
        throw Error(LMW_MESSAGE("run.folder_unreadable", "Cannot read the run folder '%1': %2."),
                    {dir, ec.message()});
    if (!hasConfig)
        throw Error(LMW_MESSAGE("run.not_a_run_folder",
                                "'%1' is not a run folder (it has no config.json)."),
                    {dir});
    RunRecord r = readRunHeader(p);
    if (fs::exists(p / "metrics.csv", ec)) r.metrics = readMetricsCsv((p / "metrics.csv").string());
    r.scheduleChanges = readScheduleChanges((p / kScheduleChangesFile).string());
    return r;
}

std::string makeRunDir(const std::string& workspace, const std::string& label) {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y-%m-%d_%H%M%S", &local);
    std::string safe;
    for (char c : label)
        safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-') ? c : '-';
    const fs::path base =
        fs::path(workspace) / (std::string(stamp) + (safe.empty() ? "" : "_" + safe));
    fs::path dir = base;
    std::error_code ec;
    for (int i = 2; fs::exists(dir, ec) && i < 10000; ++i)
        dir = base.string() + "-" + std::to_string(i);
    if (ec)
        throw Error(LMW_MESSAGE("run.workspace_unusable", "Cannot use the workspace '%1': %2."),
                    {workspace, ec.message()});
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(
            LMW_MESSAGE("run.folder_create_failed", "Cannot create the run folder '%1': %2."),
            {dir.string(), ec.message()});
    return dir.string();
}

}  // namespace lmw
