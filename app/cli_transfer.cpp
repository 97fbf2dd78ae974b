// llm-workbench-cli ulmfit / classify: ULMFiT's transfer learning from the command line.
#include "cli_transfer.h"
#include "cli_interrupt.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "api/configs.h"
#include "api/datasets.h"
#include "api/error.h"
#include "api/text_generator.h"
#include "api/transfer.h"
#include "cli_args.h"

namespace lmw::cli {

namespace {

std::vector<std::string> splitList(const std::string& s) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from <= s.size()) {
        const std::size_t comma = s.find(',', from);
        std::string item =
            s.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        if (!item.empty()) out.push_back(item);
        if (comma == std::string::npos) break;
        from = comma + 1;
    }
    return out;
}

std::vector<std::string> readLines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw lmw::Error("Cannot read '" + path + "'.");
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

std::string pct(double x) {
    if (!std::isfinite(x)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", 100.0 * x);
    return buf;
}

std::string num(double x, const char* fmt = "%.3f") {
    if (!std::isfinite(x)) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, fmt, x);
    return buf;
}

void printTable(const lmw::UlmfitReport& r) {
    std::printf("\n%-12s %-6s %-10s %-12s %8s %8s %9s %9s %11s %8s\n", "run", "family", "init",
                "unfreezing", "test acc", "best val", "macro F1", "LM loss", "params", "time s");
    for (const auto& c : r.classifiers) {
        double best = std::nan("");
        for (double v : c.valAccuracy)
            if (std::isfinite(v) && !(v <= best)) best = v;
        const std::string init = !c.pretrained        ? "random"
                                 : c.family == "lstm" ? "stage 2"
                                                      : "pretrained";
        std::printf("%-12s %-6s %-10s %-12s %8s %8s %9s %9s %11s %8.0f\n", c.run.c_str(),
                    c.family.c_str(), init.c_str(), lmw::unfreezingName(c.unfreezing).c_str(),
                    pct(c.test.accuracy).c_str(), pct(best).c_str(), num(c.test.macroF1).c_str(),
                    num(c.forgettingLoss).c_str(), lmw::formatCount(c.parameters).c_str(),
                    c.elapsedS);
    }
    std::printf(
        "(accuracies in %%; LM loss: held-out general text through the stage-2 decoder, "
        "stage-2 LM itself %s nats)\n",
        num(r.targetLmForgettingLoss).c_str());
    if (r.classifiers.empty() || r.classifiers.front().test.total == 0) return;
    const auto& m = r.classifiers.front().test;
    std::printf("\n%s test set: confusion matrix (rows: true label, columns: predicted)\n",
                r.classifiers.front().run.c_str());
    std::printf("%-8s", "");
    for (const auto& l : m.labels) std::printf(" %6.6s", l.c_str());
    std::printf(" %9s %9s\n", "precision", "recall");
    for (std::size_t i = 0; i < m.labels.size(); ++i) {
        std::printf("%-8.8s", m.labels[i].c_str());
        for (int v : m.confusion[i]) std::printf(" %6d", v);
        std::printf(" %9s %9s\n", num(m.precision[i]).c_str(), num(m.recall[i]).c_str());
    }
}

/// The ulmfit command's options, with their defaults.
Args ulmfitArgs() {
    Args a("ulmfit",
           "ULMFiT (Howard & Ruder 2018): 1) pretrain an AWD-LSTM language model on general text,\n"
           "2) fine-tune it on the task's texts (discriminative + slanted triangular learning "
           "rates),\n"
           "3) fine-tune a classifier on it with gradual unfreezing; compare with baselines.\n"
           "Writes DIR/{general-lm,target-lm,ulmfit,<baseline>}/checkpoint and DIR/results.json.\n"
           "Ctrl+C stops after the current step.");
    a.option("general", "FILE", "general-domain text for stage 1 (and the transformer baselines)")
        .option("lm", "RUN",
                "an LSTM language model run or checkpoint to start from (skips stage 1)")
        .option("train", "FILE", "labelled training set (CSV, TSV, JSONL or TREC)")
        .option("test", "FILE", "labelled test set")
        .option("format", "NAME", "auto, csv, tsv, jsonl or trec", "auto")
        .option("text-column", "NAME", "column (or key, or 0-based index) of the text")
        .option("label-column", "NAME", "column (or key, or 0-based index) of the label")
        .option("bad-rows", "MODE", "malformed rows: skip (listed) or refuse (stop at the first)",
                "skip")
        .flag("fine-labels", "TREC: use the fine labels (LOC:city) instead of the coarse ones")
        .option("unlabelled", "FILE", "more task texts for stage 2, one per line")
        .option("out", "DIR", "output folder")
        // stage 1
        .option("layers", "N", "LSTM layers", "3")
        .option("embed", "N", "LSTM embedding size", "128")
        .option("hidden", "N", "LSTM hidden size (0 = 3 x embed)", "0")
        .option("drop-mult", "X",
                "scales every AWD-LSTM dropout (fastai's drop_mult; kept by stages 2 and 3)", "1")
        .option("tokenizer", "KIND", "char, bpe or unigram", "bpe")
        .option("vocab-size", "N", "subword vocabulary size (0 = suited to the corpus)", "0")
        .option("pretrain-iters", "N", "stage-1 optimizer steps", "1000")
        .option("pretrain-batch", "N", "stage-1 sequences per step", "32")
        .option("pretrain-block", "N", "stage-1 context length", "64")
        .option("pretrain-lr", "X", "stage-1 peak learning rate", "3e-3")
        .option("pretrain-seed", "N", "stage-1 seed", "1")
        // stage 2
        .option("lm-epochs", "N", "stage-2 epochs", "2")
        .option("lm-batch", "N", "stage-2 windows per step", "32")
        .option("bptt", "N", "stage-2 window length in tokens", "64")
        .option("lm-lr", "X", "stage-2 peak learning rate of the last group", "4e-3")
        // stage 3
        .option("epochs", "N", "classifier epochs (0 = one per layer group + 1)", "0")
        .option("batch", "N", "classifier batch size", "32")
        .option("lr", "X", "classifier peak learning rate of the head", "0.01")
        .option("lr-decay", "X", "discriminative factor between layer groups", "2.6")
        .option("cut-frac", "X", "STLR: share of steps spent rising", "0.1")
        .option("ratio", "X", "STLR: peak rate / lowest rate", "32")
        .option("max-tokens", "N", "longest text the LSTM classifier reads", "96")
        .option("val-fraction", "X", "share of the training set held out for validation", "0.1")
        // baselines
        .option("baselines", "LIST", "comma-separated: scratch, all-at-once, bert, gpt")
        .option("bert-lm", "RUN", "pretrained BERT-style run for the bert baseline")
        .option("gpt-lm", "RUN", "pretrained GPT-style run for the gpt baseline")
        .option("transformer-layers", "N", "transformer baselines: blocks", "4")
        .option("transformer-heads", "N", "transformer baselines: heads", "4")
        .option("transformer-embed", "N", "transformer baselines: width", "128")
        .option("transformer-lr", "X", "transformer baselines: fine-tuning peak rate", "5e-4")
        .option("transformer-positions", "KIND", "transformer baselines: absolute, rope or alibi",
                "absolute")
        .option("transformer-layout", "NAME",
                "transformer baselines: family (BERT's post-LN) or gpt (GPT blocks)", "family")
        .option("transformer-pretrain-lr", "X", "transformer baselines: pretraining peak rate",
                "1e-3")
        // forgetting, general
        .option("heldout", "FILE", "general text not trained on, for the forgetting measure")
        .option("forgetting-windows", "N", "windows of held-out text scored", "64")
        .option("seed", "N", "seed of stages 2 and 3", "1")
        .option("threads", "N", "CPU threads (0 = all cores)", "0")
        .option("log-every", "N", "print a progress line every N steps (0 = per epoch only)", "0");
    return a;
}

/// The run the options describe; throws UsageError for values out of range.
lmw::UlmfitConfig ulmfitConfigFrom(const Args& a) {
    if (!a.isSet("general") && !a.isSet("lm"))
        throw UsageError("ulmfit needs --general FILE or --lm RUN");
    for (const char* required : {"train", "test", "out"})
        if (!a.isSet(required)) throw UsageError(std::string("ulmfit needs --") + required);
    auto nonNegative = [&](const char* name) {
        const int v = a.integer(name);
        if (v < 0) throw UsageError(std::string("--") + name + " must not be negative");
        return v;
    };

    lmw::UlmfitConfig c;
    c.generalCorpus = a.str("general");
    c.pretrainedLm = a.str("lm");
    c.outDir = a.str("out");
    c.lm.family = lmw::ModelFamily::Lstm;
    c.lm.layers = a.integer("layers");
    c.lm.embed = a.integer("embed");
    c.lm.hidden = a.integer("hidden");
    c.lm.block = a.integer("pretrain-block");
    const double dropMult = a.real("drop-mult");
    if (dropMult < 0 || dropMult > 3) throw UsageError("--drop-mult must be between 0 and 3");
    for (double* d : {&c.lm.embedDropout, &c.lm.inputDropout, &c.lm.hiddenDropout,
                      &c.lm.weightDropout, &c.lm.outputDropout})
        *d = std::min(0.9, *d * dropMult);
    c.pretrain.iters = a.integer("pretrain-iters");
    c.pretrain.batch = a.integer("pretrain-batch");
    c.pretrain.lr = a.real("pretrain-lr");
    c.pretrain.minLr = c.pretrain.lr / 10;
    c.pretrain.warmup = std::min(100, std::max(0, c.pretrain.iters / 10));
    c.pretrain.weightDecay = 0.01;
    c.pretrain.evalEvery = std::max(1, c.pretrain.iters / 4);
    c.pretrain.evalIters = 10;
    c.pretrain.seed = std::uint64_t(nonNegative("pretrain-seed"));
    c.pretrain.threads = nonNegative("threads");
    c.pretrain.tokenizer.kind = a.str("tokenizer");
    c.pretrain.tokenizer.vocabSize = nonNegative("vocab-size");
    c.lmFineTune.epochs = a.integer("lm-epochs");
    c.lmFineTune.batch = a.integer("lm-batch");
    c.lmFineTune.bptt = a.integer("bptt");
    c.lmFineTune.lr = a.real("lm-lr");
    c.lmFineTune.lrDecay = a.real("lr-decay");
    c.lmFineTune.cutFrac = a.real("cut-frac");
    c.lmFineTune.ratio = a.real("ratio");
    c.classifier.epochs = a.integer("epochs");
    c.classifier.batch = a.integer("batch");
    c.classifier.lr = a.real("lr");
    c.classifier.lrDecay = a.real("lr-decay");
    c.classifier.cutFrac = a.real("cut-frac");
    c.classifier.ratio = a.real("ratio");
    c.classifier.maxTokens = a.integer("max-tokens");
    c.valFraction = a.real("val-fraction");
    for (const auto& name : splitList(a.str("baselines")))
        c.baselines.push_back(lmw::baselineFromName(name));
    c.bertLm = a.str("bert-lm");
    c.gptLm = a.str("gpt-lm");
    c.transformer.layers = a.integer("transformer-layers");
    c.transformer.heads = a.integer("transformer-heads");
    c.transformer.embed = a.integer("transformer-embed");
    c.transformer.block = c.lm.block;
    c.transformer.positionEncoding = lmw::positionEncodingFromName(a.str("transformer-positions"));
    c.transformer.layout = lmw::blockLayoutFromName(a.str("transformer-layout"));
    c.transformerLr = a.real("transformer-lr");
    c.transformerPretrain = c.pretrain;
    c.transformerPretrain.lr = a.real("transformer-pretrain-lr");
    c.transformerPretrain.minLr = c.transformerPretrain.lr / 10;
    c.heldOutFile = a.str("heldout");
    c.forgettingWindows = a.integer("forgetting-windows");
    c.seed = std::uint64_t(nonNegative("seed"));
    c.threads = nonNegative("threads");
    if (c.forgettingWindows < 1) throw UsageError("--forgetting-windows must be at least 1");
    if (!c.generalCorpus.empty() || !c.pretrainedLm.empty()) lmw::validateConfig(c.lm, c.pretrain);
    if (c.unlabelledTexts.empty() && a.isSet("unlabelled"))
        c.unlabelledTexts = readLines(a.str("unlabelled"));

    return c;
}

/// How the labelled sets are read: format, columns, bad rows, TREC's fine labels.
lmw::DatasetOptions datasetOptionsFrom(const Args& a) {
    lmw::DatasetOptions o;
    o.format = lmw::datasetFormatFromName(a.str("format"));
    o.textColumn = a.str("text-column");
    o.labelColumn = a.str("label-column");
    o.badRows = badRowPolicyFrom(a.str("bad-rows"));
    o.trecFineLabels = a.isSet("fine-labels");
    return o;
}

/// Progress on stdout: stages, pretraining steps, every `logEvery` steps (0: per epoch only),
/// epochs.
lmw::TransferCallbacks printingCallbacks(int logEvery) {
    lmw::TransferCallbacks cb;
    cb.onMessage = [](const lmw::Message& m) {
        std::printf("%s\n", m.text.c_str());
        std::fflush(stdout);
    };
    cb.onStageStart = [](const lmw::TransferStageInfo& s) {
        std::printf("[%s] %s: %lld steps, %s parameters", s.run.c_str(),
                    lmw::transferStageName(s.stage).c_str(), static_cast<long long>(s.totalSteps),
                    lmw::formatCount(s.parameters).c_str());
        if (!s.groupNames.empty()) {
            std::printf(", groups:");
            for (const auto& g : s.groupNames) std::printf(" [%s]", g.c_str());
        }
        std::printf("\n");
        std::fflush(stdout);
    };
    cb.onPretrainStep = [logEvery](const std::string& run, const lmw::StepMetrics& m) {
        const long long every = logEvery > 0 ? logEvery : 100;
        if (m.step % every == 0 || m.step == m.totalSteps) {
            std::printf("[%s] pretraining step %lld/%lld  loss %.4f  %6.0f tok/s  %6.1f s\n",
                        run.c_str(), static_cast<long long>(m.step),
                        static_cast<long long>(m.totalSteps), m.trainLoss, m.tokensPerSec,
                        m.elapsedS);
            std::fflush(stdout);
        }
    };
    cb.onStep = [logEvery](const lmw::TransferStep& s) {
        if (logEvery <= 0 || s.step % logEvery != 0) return;
        std::printf("[%s] step %lld/%lld  epoch %d/%d  loss %.4f  lr", s.run.c_str(),
                    static_cast<long long>(s.step), static_cast<long long>(s.totalSteps), s.epoch,
                    s.epochs, s.loss);
        for (std::size_t g = 0; g < s.groupRates.size(); ++g)
            std::printf(" %s%.1e", s.groupTrainable[g] ? "" : "*", s.groupRates[g]);
        std::printf("\n");
        std::fflush(stdout);
    };
    cb.onEpoch = [](const lmw::TransferEpoch& e) {
        int trainable = 0;
        for (bool t : e.groupTrainable) trainable += t;
        std::printf("[%s] epoch %d/%d  train loss %.4f  val loss %s", e.run.c_str(), e.epoch,
                    e.epochs, e.trainLoss, num(e.valLoss, "%.4f").c_str());
        if (std::isfinite(e.valAccuracy)) std::printf("  val acc %s%%", pct(e.valAccuracy).c_str());
        std::printf("  trainable groups %d/%zu  %.1f s\n", trainable, e.groupTrainable.size(),
                    e.elapsedS);
        std::fflush(stdout);
    };
    return cb;
}

}  // namespace

int ulmfitCommand(int argc, char** argv) {
    Args a = ulmfitArgs();
    if (!a.parse(argc, argv, 2)) return 0;
    const lmw::UlmfitConfig c = ulmfitConfigFrom(a);
    const int logEvery = a.integer("log-every");
    if (logEvery < 0) throw UsageError("--log-every must not be negative");
    const lmw::DatasetOptions o = datasetOptionsFrom(a);
    const lmw::LabelledDataset train = lmw::loadLabelledDataset(a.str("train"), o);
    const lmw::LabelledDataset test = lmw::loadLabelledDataset(a.str("test"), o);
    std::printf(
        "train: %zu examples, %zu labels (%zu rows left out); test: %zu examples (%zu left out)\n",
        train.examples.size(), train.labels.size(), train.skipped.size(), test.examples.size(),
        test.skipped.size());
    std::fflush(stdout);

    InterruptScope interrupt;
    lmw::TransferCallbacks cb = printingCallbacks(logEvery);
    cb.cancel = &interrupted();
    const lmw::UlmfitReport r = lmw::runUlmfit(c, train, test, cb);
    printTable(r);
    std::printf("\nresults: %s\nwall time: %.1f s\n", r.resultsPath.c_str(), r.elapsedS);
    if (r.cancelled) {
        std::printf("stopped before the end\n");
        return 130;
    }
    return 0;
}

int classifyCommand(int argc, char** argv) {
    Args a(
        "classify",
        "Prints the class probabilities a classifier checkpoint gives a text, most likely first.");
    a.option("checkpoint", "DIR", "classifier run folder or checkpoint file")
        .option("text", "TEXT", "text to classify");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("checkpoint") || !a.isSet("text"))
        throw UsageError("classify needs --checkpoint and --text");
    const lmw::TextGenerator gen = lmw::TextGenerator::load(a.str("checkpoint"));
    auto probs = gen.classify(a.str("text"));
    std::stable_sort(probs.begin(), probs.end(),
                     [](const auto& x, const auto& y) { return x.second > y.second; });
    for (const auto& [label, p] : probs) std::printf("%-16s %.4f\n", label.c_str(), p);
    return 0;
}

}  // namespace lmw::cli
