// The prompt lab on the command line:
//   prompt-eval  accuracy and calibration against the number of demonstrations (k)
//   icl-task     the synthetic in-context-learning corpus and its query sets
//   icl-train    train the preset model on that corpus and measure accuracy against k while it
//   learns
#include "cli_prompt.h"
#include "cli_interrupt.h"

#include <unistd.h>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/datasets.h"
#include "api/error.h"
#include "api/prompting.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "cli_args.h"

namespace lmw::cli {

namespace {

namespace fs = std::filesystem;

std::vector<int> parseShots(const std::string& spec) {
    std::vector<int> out;
    std::size_t from = 0;
    while (from <= spec.size()) {
        const std::size_t comma = spec.find(',', from);
        const std::string item =
            spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        from = comma == std::string::npos ? spec.size() + 1 : comma + 1;
        char* end = nullptr;
        const long v = std::strtol(item.c_str(), &end, 10);
        if (item.empty() || *end != '\0' || v < 0 || v > 1000)
            throw UsageError("--shots expects numbers from 0 to 1000 separated by commas, got '" +
                             spec + "'");
        out.push_back(int(v));
    }
    return out;
}

std::vector<std::string> splitList(const std::string& spec) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from <= spec.size()) {
        const std::size_t comma = spec.find(',', from);
        out.push_back(
            spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from));
        from = comma == std::string::npos ? spec.size() + 1 : comma + 1;
    }
    return out;
}

int nonNegative(const Args& a, const std::string& name) {
    const int v = a.integer(name);
    if (v < 0) throw UsageError("--" + name + " must not be negative");
    return v;
}

void writeText(const std::string& path, const std::string& text) {
    std::ofstream f(path, std::ios::binary);
    if (!f) throw Error("Cannot write '" + path + "'.");
    f.write(text.data(), std::streamsize(text.size()));
    f.close();
    if (!f) throw Error("Cannot write '" + path + "'.");
}

std::string shown(const std::string& s) {
    std::string out;
    for (char ch : s) {
        if (ch == '\n')
            out += "\\n";
        else if (ch == '\t')
            out += "\\t";
        else
            out += ch;
    }
    return out;
}

void printTable(const std::vector<ShotsResult>& rows) {
    std::printf("%5s  %8s  %7s  %6s  %10s  %7s\n", "k", "accuracy", "±seeds", "ECE", "confidence",
                "dropped");
    for (const ShotsResult& s : rows)
        std::printf("%5d  %8.3f  %7.3f  %6.3f  %10.3f  %7d\n", s.shots, s.calibration.accuracy,
                    s.accuracyStd, s.calibration.ece, s.calibration.meanConfidence,
                    s.promptsWithDroppedDemos);
}

void printReliability(const ShotsResult& s) {
    std::printf("\nreliability, k = %d:\n%13s  %6s  %10s  %8s\n", s.shots, "confidence", "count",
                "mean conf", "accuracy");
    for (const ReliabilityBin& b : s.calibration.bins) {
        if (b.count == 0) continue;
        std::printf("  (%.2f, %.2f]  %6d  %10.3f  %8.3f\n", b.lower, b.upper, b.count, b.confidence,
                    b.accuracy);
    }
}

/// Every dataset file of a folder (sorted), or the file itself.
std::vector<std::string> datasetFiles(const std::string& path) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) return {path};
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
        const std::string ext = entry.path().extension().string();
        if (entry.is_regular_file() &&
            (ext == ".tsv" || ext == ".csv" || ext == ".jsonl" || ext == ".txt"))
            files.push_back(entry.path().string());
    }
    if (ec) throw Error("Cannot read the folder '" + path + "'.");
    std::sort(files.begin(), files.end());
    if (files.empty())
        throw Error("The folder '" + path + "' holds no .tsv, .csv, .jsonl or .txt datasets.");
    return files;
}

void writeRecords(const std::string& path, const PromptEvalReport& r,
                  const std::vector<PromptTask>& tasks) {
    std::ofstream f(path, std::ios::binary);
    if (!f) throw Error("Cannot write '" + path + "'.");
    for (const PromptRecord& rec : r.records) {
        nlohmann::json j;
        j["shots"] = rec.shots;
        j["seed"] = rec.seedIndex;
        j["task"] = tasks[std::size_t(rec.task)].name;
        j["query"] = rec.query;
        j["text"] = rec.text;
        j["true"] = r.labels[std::size_t(rec.trueLabel)];
        j["predicted"] = r.labels[std::size_t(rec.predicted)];
        nlohmann::json probs = nlohmann::json::object();
        for (std::size_t l = 0; l < r.labels.size(); ++l) probs[r.labels[l]] = rec.probabilities[l];
        j["probabilities"] = probs;
        j["demonstrations"] = rec.demonstrations;
        j["dropped"] = rec.droppedDemonstrations;
        j["prompt"] = rec.prompt;
        f << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    f.close();
    if (!f) throw Error("Cannot write '" + path + "'.");
}

// --- prompt-eval --------------------------------------------------------------------------------

int promptEval(int argc, char** argv) {
    Args a("prompt-eval",
           "Classifies a labelled dataset by prompting a decoder (GPT or LSTM) with k labelled\n"
           "demonstrations, scoring each label by the log-probability of its verbalizer after the\n"
           "prompt. Prints accuracy, expected calibration error and mean confidence for every k.\n"
           "Escapes \\n and \\t are understood in --template, --separator, --instruction and\n"
           "--verbalizers. Placeholders: {text} and {label} in --template, {labels} in "
           "--instruction.\n"
           "Ctrl+C stops and prints what was measured so far.");
    a.option("checkpoint", "DIR",
             "run folder or checkpoint file of a GPT or LSTM model, or a Hugging Face GPT-2 folder")
        .option("dataset", "FILE",
                "labelled queries (CSV, TSV, JSONL, TREC), or a folder of such files, "
                "each its own task")
        .option("pool", "FILE",
                "labelled demonstrations (default: the dataset; a query is never its own)")
        .option("text-column", "NAME", "column of the text (default: guessed)")
        .option("label-column", "NAME", "column of the label (default: guessed)")
        .option("bad-rows", "MODE", "malformed rows: skip (listed) or refuse (stop at the first)",
                "skip")
        .option("labels", "LIST",
                "label order, comma-separated; rows with other labels are left out "
                "(default: every label found, sorted)")
        .option("template", "TEXT", "one demonstration", "{text}\\n{label}")
        .option("separator", "TEXT", "between demonstrations and before the query", "\\n\\n")
        .option("instruction", "TEXT", "text before the demonstrations")
        .option("verbalizers", "SPEC", "label=word|word,... (default: the label names)")
        .option("shots", "LIST", "numbers of demonstrations", "0,1,2,4,8")
        .option("seeds", "N", "demonstration draws per k", "3")
        .option("seed", "N", "first seed", "1")
        .option("limit", "N", "queries per task, a seeded sample (0 = all)", "0")
        .flag("balanced", "draw demonstrations evenly over the labels")
        .option("score", "NAME", "sum (log-probability) or mean (per token)", "sum")
        .option("bins", "N", "bins of the reliability table", "10")
        .flag("reliability", "print the reliability table of every k")
        .flag("show-prompt", "print the first prompt of the largest k")
        .option("records", "FILE", "write every scored prompt as JSON Lines");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("checkpoint")) throw UsageError("prompt-eval needs --checkpoint DIR");
    if (!a.isSet("dataset")) throw UsageError("prompt-eval needs --dataset FILE");

    PromptEvalOptions o;
    o.prompt.example = unescapePromptText(a.str("template"));
    o.prompt.separator = unescapePromptText(a.str("separator"));
    o.prompt.instruction = unescapePromptText(a.str("instruction"));
    o.shots = parseShots(a.str("shots"));
    o.seeds = a.integer("seeds");
    if (o.seeds < 1) throw UsageError("--seeds must be at least 1");
    o.seed = std::uint64_t(nonNegative(a, "seed"));
    o.limit = nonNegative(a, "limit");
    o.balanced = a.isSet("balanced");
    o.normalization = scoreNormalizationFromName(a.str("score"));
    o.bins = a.integer("bins");
    o.keepPrompts = a.isSet("records") || a.isSet("show-prompt");
    validatePromptTemplate(o.prompt);

    DatasetOptions d;
    d.textColumn = a.str("text-column");
    d.labelColumn = a.str("label-column");
    d.badRows = badRowPolicyFrom(a.str("bad-rows"));
    if (a.isSet("labels")) {
        d.labelNames = splitList(a.str("labels"));
        for (const auto& l : d.labelNames)
            if (l.empty()) throw UsageError("--labels has an empty label");
    }
    std::vector<PromptTask> tasks;
    const auto files = datasetFiles(a.str("dataset"));
    if (a.isSet("pool") && files.size() > 1)
        throw UsageError("--pool goes with a single --dataset file");
    for (const std::string& file : files) {
        PromptTask t;
        t.name = fs::path(file).filename().string();
        if (a.isSet("pool")) {
            t.pool = loadLabelledDataset(a.str("pool"), d);
            t.queries = loadLabelledDataset(file, d);
            if (t.queries.examples.empty()) throw Error("'" + file + "' has no examples.");
        } else {
            t.pool = loadLabelledDataset(file, d);
        }
        tasks.push_back(std::move(t));
    }
    // One label order for every file: --labels, or all labels found sorted by name.
    LabelledDataset order;
    order.labels = d.labelNames.empty() ? unionLabels(tasks) : d.labelNames;
    if (d.labelNames.empty()) std::sort(order.labels.begin(), order.labels.end());
    for (PromptTask& t : tasks) {
        alignLabels(order, t.pool);
        if (!t.queries.examples.empty()) alignLabels(order, t.queries);
    }
    const std::vector<std::string>& labels = order.labels;
    if (a.isSet("verbalizers"))
        o.verbalizers = parseVerbalizers(unescapePromptText(a.str("verbalizers")), labels);
    validatePromptEvalOptions(o, int(labels.size()));

    const TextGenerator gen = TextGenerator::load(a.str("checkpoint"));
    const ModelConfig& mc = gen.modelConfig();
    std::printf("model: %s, step %lld, %s\n", familyName(mc.family).c_str(),
                static_cast<long long>(gen.step()),
                gen.contextLimit() > 0
                    ? ("context " + std::to_string(gen.contextLimit()) + " tokens").c_str()
                    : "no context limit");
    std::string names;
    for (const auto& l : labels) names += (names.empty() ? "" : ", ") + l;
    std::printf("dataset: %zu task%s, labels %s\n", tasks.size(), tasks.size() == 1 ? "" : "s",
                names.c_str());
    std::printf("template: \"%s\"  separator: \"%s\"%s\n", shown(o.prompt.example).c_str(),
                shown(o.prompt.separator).c_str(),
                o.prompt.instruction.empty()
                    ? ""
                    : ("  instruction: \"" + shown(o.prompt.instruction) + "\"").c_str());
    std::printf(
        "verbalizers: %s  (score: %s)\n",
        shown(formatVerbalizers(o.verbalizers.empty() ? defaultVerbalizers(labels) : o.verbalizers,
                                labels))
            .c_str(),
        o.normalization == ScoreNormalization::Sum ? "sum of token log-probabilities"
                                                   : "mean token log-probability");
    std::fflush(stdout);

    InterruptScope interrupt;
    const bool tty = isatty(STDERR_FILENO) != 0;
    int lastPercent = -1;
    const PromptEvalReport r = evaluatePrompts(
        gen, tasks, o,
        [&](const PromptEvalProgress& p) {
            const int percent = p.total > 0 ? p.done * 100 / p.total : 100;
            if (tty && percent != lastPercent) {
                std::fprintf(stderr, "\rscoring: %3d%% (k = %d)", percent, p.shots);
                if (p.done == p.total) std::fputs("\r                          \r", stderr);
                lastPercent = percent;
            }
        },
        &interrupted());
    interrupt.end();

    std::printf("queries: %d per k and seed; majority baseline %.3f, chance %.3f\n\n", r.queries,
                r.majorityAccuracy, 1.0 / double(r.labels.size()));
    printTable(r.byShots);
    if (a.isSet("reliability"))
        for (const ShotsResult& s : r.byShots) printReliability(s);
    if (a.isSet("show-prompt") && !r.records.empty()) {
        const int k = *std::max_element(o.shots.begin(), o.shots.end());
        for (const PromptRecord& rec : r.records)
            if (rec.shots == k) {
                std::printf("\nfirst prompt with k = %d (true label %s):\n%s\n", k,
                            r.labels[std::size_t(rec.trueLabel)].c_str(), rec.prompt.c_str());
                break;
            }
    }
    if (a.isSet("records")) {
        writeRecords(a.str("records"), r, tasks);
        std::printf("\nwrote %zu records to %s\n", r.records.size(), a.str("records").c_str());
    }
    if (r.cancelled) {
        std::printf("stopped early: the table covers the prompts scored before the stop\n");
        return 130;
    }
    return 0;
}

// --- icl-task ----------------------------------------------------------------------------------

IclTaskConfig taskFrom(const Args& a) {
    IclTaskConfig c = defaultIclTaskConfig();
    if (a.isSet("symbols")) c.symbols = a.str("symbols");
    if (a.isSet("labels")) c.labels = splitList(a.str("labels"));
    c.symbolsPerMapping = a.integer("per-mapping");
    c.minPairs = a.integer("min-pairs");
    c.maxPairs = a.integer("max-pairs");
    return c;
}

void addTaskOptions(Args& a, const IclPreset& p) {
    a.option("symbols", "TEXT", "input symbols", p.task.symbols)
        .option("labels", "LIST", "output labels, comma-separated", "0,1,2")
        .option("per-mapping", "N", "input symbols one mapping covers",
                std::to_string(p.task.symbolsPerMapping))
        .option("min-pairs", "N", "fewest pairs per corpus line", std::to_string(p.task.minPairs))
        .option("max-pairs", "N", "most pairs per corpus line", std::to_string(p.task.maxPairs))
        .option("mappings", "N", "evaluation tasks (one mapping each)", std::to_string(p.mappings))
        .option("copies", "N", "copies of each input in a task's examples",
                std::to_string(p.copies));
}

int iclTask(int argc, char** argv) {
    const IclPreset p = iclPreset();
    Args a(
        "icl-task",
        "Writes the synthetic in-context-learning task: a training corpus whose every line uses a\n"
        "new random symbol -> label mapping (\"d1 b0 d1 g2 ...\"), and query sets with\n"
        "mappings of their own, one TSV file per mapping, for prompt-eval --dataset DIR\n"
        "--template \"{text}{label}\" --separator \" \".");
    a.option("out", "FILE", "corpus to write")
        .option("queries", "DIR", "folder for the query sets (mapping-01.tsv, ...)")
        .option("seed", "N", "generator seed", "1")
        .option("bytes", "N", "corpus size", std::to_string(p.corpusBytes));
    addTaskOptions(a, p);
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("out") && !a.isSet("queries"))
        throw UsageError("icl-task needs --out FILE (and/or --queries DIR)");
    const IclTaskConfig c = taskFrom(a);
    const std::uint64_t seed = std::uint64_t(nonNegative(a, "seed"));
    const int bytes = a.integer("bytes");
    if (bytes < 1) throw UsageError("--bytes must be positive");
    const std::vector<PromptTask> tasks =
        iclTasks(c, seed, a.integer("mappings"), a.integer("copies"));
    if (a.isSet("out")) {
        const std::string text = iclCorpus(c, seed, std::size_t(bytes));
        writeText(a.str("out"), text);
        std::printf("wrote %zu bytes of episodes to %s\n", text.size(), a.str("out").c_str());
    }
    if (a.isSet("queries")) {
        const std::string dir = a.str("queries");
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec) throw Error("Cannot create the folder '" + dir + "'.");
        for (std::size_t i = 0; i < tasks.size(); ++i) {
            char name[48];
            std::snprintf(name, sizeof name, "mapping-%02zu.tsv", i + 1);
            writeText((fs::path(dir) / name).string(), labelledDatasetTsv(tasks[i].pool));
        }
        std::printf("wrote %zu query sets of %zu examples to %s\n", tasks.size(),
                    tasks.front().pool.examples.size(), dir.c_str());
    }
    return 0;
}

// --- icl-train ---------------------------------------------------------------------------------

int iclTrain(int argc, char** argv) {
    const IclPreset p = iclPreset();
    Args a("icl-train",
           "Trains the preset model (a small character-level GPT) on the synthetic in-context-\n"
           "learning corpus and measures accuracy against k on held-out mappings at every\n"
           "evaluation, so the curve shows few-shot learning emerge. With --out, the run is\n"
           "recorded there and the curve written to DIR/icl_curve.csv. Ctrl+C stops after the\n"
           "current step.");
    a.option("out", "DIR", "run folder to write")
        .option("iters", "N", "optimizer steps", std::to_string(p.train.iters))
        .option("eval-every", "N", "evaluate every N steps", std::to_string(p.train.evalEvery))
        .option("batch", "N", "sequences per step", std::to_string(p.train.batch))
        .option("lr", "X", "peak learning rate", "2e-3")
        .option("layers", "N", "transformer blocks", std::to_string(p.model.layers))
        .option("heads", "N", "attention heads", std::to_string(p.model.heads))
        .option("embed", "N", "embedding width", std::to_string(p.model.embed))
        .option("block", "N", "context length", std::to_string(p.model.block))
        .option("threads", "N", "CPU threads (0 = all cores)", "0")
        .option("seed", "N", "training seed", std::to_string(p.train.seed))
        .option("data-seed", "N", "corpus and query seed", "1")
        .option("bytes", "N", "corpus size", std::to_string(p.corpusBytes))
        .option("shots", "LIST", "numbers of demonstrations", "0,1,2,4,8")
        .option("seeds", "N", "demonstration draws per k", std::to_string(p.eval.seeds));
    addTaskOptions(a, p);
    if (!a.parse(argc, argv, 2)) return 0;
    ModelConfig model = p.model;
    model.layers = a.integer("layers");
    model.heads = a.integer("heads");
    model.embed = a.integer("embed");
    model.block = a.integer("block");
    TrainConfig train = p.train;
    train.iters = a.integer("iters");
    train.evalEvery = a.integer("eval-every");
    train.batch = a.integer("batch");
    train.lr = a.real("lr");
    train.minLr = std::min(train.minLr, train.lr);
    train.threads = a.integer("threads");
    train.seed = std::uint64_t(nonNegative(a, "seed"));
    const std::uint64_t dataSeed = std::uint64_t(nonNegative(a, "data-seed"));
    const int bytes = a.integer("bytes");
    if (bytes < 1) throw UsageError("--bytes must be positive");
    PromptEvalOptions eval = p.eval;
    eval.shots = parseShots(a.str("shots"));
    eval.seeds = a.integer("seeds");
    if (eval.seeds < 1) throw UsageError("--seeds must be at least 1");
    const IclTaskConfig c = taskFrom(a);
    const std::vector<PromptTask> tasks =
        iclTasks(c, dataSeed, a.integer("mappings"), a.integer("copies"));
    validatePromptEvalOptions(eval, int(c.labels.size()));

    TrainingSession session = TrainingSession::create(
        model, train, CorpusSource::fromText("icl", iclCorpus(c, dataSeed, std::size_t(bytes))),
        a.str("out"));
    std::printf(
        "model: gpt, %d layers, %d heads, width %d, context %d, %s parameters; %d steps, batch "
        "%d\n",
        model.layers, model.heads, model.embed, model.block,
        formatCount(session.parameterCount()).c_str(), train.iters, train.batch);
    std::printf("curve: %zu mappings x %zu examples, %d seeds; chance %.3f\n", tasks.size(),
                tasks.front().pool.examples.size(), eval.seeds, 1.0 / double(c.labels.size()));
    std::string header = "   step  val loss";
    for (int k : eval.shots) {
        char col[16];
        std::snprintf(col, sizeof col, "  k=%-4d", k);
        header += col;
    }
    std::printf("%s   time\n", header.c_str());
    std::fflush(stdout);

    std::vector<IclCurvePoint> curve;
    InterruptScope interrupt;
    double lastElapsed = 0;
    TrainingCallbacks cb;
    cb.onStep = [&](const StepMetrics& m) {
        lastElapsed = m.elapsedS;
        if (interrupted().load()) session.requestStop();
    };
    cb.onEval = promptEvalAtEvaluations(
        session, tasks, eval,
        [&](const IclCurvePoint& pt) {
            std::printf("%7lld  %8.4f", static_cast<long long>(pt.step), pt.valLoss);
            for (const ShotsResult& s : pt.byShots) std::printf("  %6.3f", s.calibration.accuracy);
            curve.push_back(pt);
            std::printf("  %6.1f s\n", lastElapsed);
            std::fflush(stdout);
        },
        &interrupted());
    const RunSummary s = session.train(cb);
    interrupt.end();
    std::printf("%s after %lld of %lld steps, %.1f s of training\n", s.stopped ? "stopped" : "done",
                static_cast<long long>(s.steps), static_cast<long long>(s.totalSteps), s.elapsedS);
    if (!session.runDir().empty()) {
        const std::string path = (fs::path(session.runDir()) / "icl_curve.csv").string();
        writeText(path, iclCurveCsv(curve));
        std::printf("curve: %s\ncheckpoint: %s\n", path.c_str(), s.checkpointPath.c_str());
    }
    return s.stopped && interrupted().load() ? 130 : 0;
}

}  // namespace

int promptEvalCommand(int argc, char** argv) {
    return promptEval(argc, argv);
}
int iclTaskCommand(int argc, char** argv) {
    return iclTask(argc, argv);
}
int iclTrainCommand(int argc, char** argv) {
    return iclTrain(argc, argv);
}

}  // namespace lmw::cli
