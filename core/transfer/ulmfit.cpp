// ULMFiT end to end: general-domain pretraining (a TrainingSession), target-task LM fine-tuning,
// classifier fine-tuning with gradual unfreezing, the baselines it is compared with, forgetting,
// and a results.json that records all of it.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <tuple>

#include "api/error.h"
#include "api/training_session.h"
#include "api/transfer.h"
#include "checkpoint/checkpoint.h"
#include "data/corpus.h"
#include "session/config_json.h"
#include "transfer/transfer_parts.h"

namespace lmw {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string join(const std::string& dir, const std::string& name) {
    return (fs::path(dir) / name).string();
}

void makeDir(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw Error(LMW_MESSAGE("folder.create_failed", "Cannot create the folder '%1': %2."),
                    {dir, ec.message()});
}

/// The last `fraction` of a text file, starting at a line boundary.
std::string tailOf(const std::string& path, double fraction) {
    const std::string text = readCorpusText(CorpusSource::fromFile(path));
    std::size_t from = std::size_t(double(text.size()) * (1.0 - std::clamp(fraction, 0.0, 1.0)));
    const std::size_t nl = text.find('\n', from);
    from = nl == std::string::npos ? from : nl + 1;
    return text.substr(std::min(from, text.size()));
}

nlohmann::json nanToNull(double x) {
    return std::isfinite(x) ? nlohmann::json(x) : nlohmann::json(nullptr);
}

nlohmann::json numbers(const std::vector<double>& v) {
    auto a = nlohmann::json::array();
    for (double x : v) a.push_back(nanToNull(x));
    return a;
}

nlohmann::json toJson(const ClassificationMetrics& m) {
    return {{"labels", m.labels},
            {"confusion", m.confusion},
            {"total", m.total},
            {"accuracy", nanToNull(m.accuracy)},
            {"precision", numbers(m.precision)},
            {"recall", numbers(m.recall)},
            {"f1", numbers(m.f1)},
            {"macro_f1", nanToNull(m.macroF1)}};
}

nlohmann::json toJson(const ClassifierResult& r) {
    return {{"run", r.run},
            {"family", r.family},
            {"unfreezing", unfreezingName(r.unfreezing)},
            {"pretrained", r.pretrained},
            {"train_loss", numbers(r.trainLoss)},
            {"val_loss", numbers(r.valLoss)},
            {"val_accuracy", numbers(r.valAccuracy)},
            {"test", toJson(r.test)},
            {"forgetting_loss", nanToNull(r.forgettingLoss)},
            {"steps", r.steps},
            {"parameters", r.parameters},
            {"elapsed_s", r.elapsedS},
            {"cancelled", r.cancelled},
            {"checkpoint", r.checkpointPath}};
}

nlohmann::json toJson(const UlmfitReport& r, const UlmfitConfig& c) {
    nlohmann::json runs = nlohmann::json::array();
    for (const auto& cr : r.classifiers) runs.push_back(toJson(cr));
    return {
        {"labels", r.labels},
        {"examples",
         {{"train", r.trainExamples}, {"val", r.valExamples}, {"test", r.testExamples}}},
        {"seed", c.seed},
        {"general_lm",
         {{"checkpoint", r.generalLm},
          {"pretrained_here", r.pretrain.steps > 0},
          {"summary", r.pretrain.steps > 0 ? lmw::toJson(r.pretrain) : nlohmann::json(nullptr)}}},
        {"target_lm",
         {{"checkpoint", r.targetLm},
          {"initial_val_loss", nanToNull(r.lmFineTune.initialValLoss)},
          {"train_loss", numbers(r.lmFineTune.trainLoss)},
          {"val_loss", numbers(r.lmFineTune.valLoss)},
          {"tokens", r.lmFineTune.tokens},
          {"steps", r.lmFineTune.steps},
          {"elapsed_s", r.lmFineTune.elapsedS},
          {"held_out_general_loss", nanToNull(r.targetLmForgettingLoss)}}},
        {"classifiers", runs},
        {"elapsed_s", r.elapsedS},
        {"cancelled", r.cancelled}};
}

/// Pretrains a model on the general corpus with a TrainingSession; returns its checkpoint.
std::string pretrain(const std::string& run, ModelConfig model, const TrainConfig& train,
                     const std::string& corpus, const std::string& dir, const TransferCallbacks& cb,
                     RunSummary* summary, bool* stopped) {
    auto session = TrainingSession::create(model, train, CorpusSource::fromFile(corpus), dir);
    if (cb.onStageStart) {
        TransferStageInfo info;
        info.run = run;
        info.stage = TransferStage::GeneralLm;
        info.epochs = 1;
        info.totalSteps = train.iters;
        info.parameters = session.parameterCount();
        cb.onStageStart(info);
    }
    if (cb.onMessage)
        cb.onMessage(Message(
            LMW_MESSAGE("ulmfit.pretraining",
                        "%1: pretraining a %2 model of %3 parameters on '%4'."),
            {run, familyName(model.family), formatCount(session.parameterCount()), corpus}));
    TrainingCallbacks tc;
    tc.onStep = [&](const StepMetrics& m) {
        if (cb.cancel && cb.cancel->load()) session.requestStop();
        if (cb.onPretrainStep) cb.onPretrainStep(run, m);
    };
    const RunSummary s = session.train(tc);
    if (summary) *summary = s;
    if (stopped) *stopped = s.stopped;
    return s.checkpointPath;
}

}  // namespace

UlmfitReport runUlmfit(const UlmfitConfig& c, const LabelledDataset& trainIn,
                       const LabelledDataset& testIn, const TransferCallbacks& cb) {
    const auto t0 = Clock::now();
    if (c.outDir.empty())
        throw Error(LMW_MESSAGE("ulmfit.no_output_folder", "ULMFiT needs an output folder."));
    if (c.pretrainedLm.empty() && c.generalCorpus.empty())
        throw Error(LMW_MESSAGE(
            "ulmfit.no_general_corpus",
            "ULMFiT needs a general corpus for stage 1 or an existing LSTM language model."));
    if (trainIn.examples.empty())
        throw Error(
            LMW_MESSAGE("fine_tune.training_set_empty", "The training set '%1' has no examples."),
            {trainIn.source});
    if (!(c.valFraction >= 0 && c.valFraction <= 0.5))
        throw Error(LMW_MESSAGE("ulmfit.val_share_range",
                                "The validation share must be between 0 and 0.5."));
    for (Baseline b : c.baselines)
        if ((b == Baseline::Bert && c.bertLm.empty()) || (b == Baseline::Gpt && c.gptLm.empty()))
            if (c.generalCorpus.empty())
                throw Error(LMW_MESSAGE("ulmfit.baseline_needs_corpus",
                                        "The %1 baseline needs a general corpus to pretrain on, or "
                                        "a pretrained %1 model."),
                            {baselineName(b)});
    {
        std::vector<int> seen(trainIn.labels.size(), 0);
        int present = 0;
        for (const auto& e : trainIn.examples)
            if (e.label >= 0 && e.label < int(seen.size()) && seen[std::size_t(e.label)]++ == 0)
                ++present;
        if (present < 2)
            throw Error(
                LMW_MESSAGE(
                    "fine_tune.too_few_labels",
                    "A classifier needs examples of at least two labels; the training set has %1."),
                {std::to_string(present)});
    }
    validateLmFineTuneConfig(c.lmFineTune);
    validateClassifierConfig(c.classifier);
    auto message = [&](const Message& m) {
        if (cb.onMessage) cb.onMessage(m);
    };
    auto isCancelled = [&] { return cb.cancel && cb.cancel->load(); };

    LabelledDataset test = testIn;
    if (!test.examples.empty()) alignLabels(trainIn, test);
    LabelledDataset train = trainIn, val;
    if (c.valFraction > 0)
        std::tie(train, val) = splitLabelledDataset(trainIn, c.valFraction, c.seed);
    makeDir(c.outDir);

    UlmfitReport r;
    r.labels = trainIn.labels;
    r.trainExamples = int(train.examples.size());
    r.valExamples = int(val.examples.size());
    r.testExamples = int(test.examples.size());
    auto finish = [&]() -> UlmfitReport {
        r.elapsedS = std::chrono::duration<double>(Clock::now() - t0).count();
        r.resultsPath = join(c.outDir, "results.json");
        std::ofstream out(r.resultsPath);
        out << toJson(r, c).dump(2) << "\n";
        if (!out)
            throw Error(LMW_MESSAGE("file.unwritable", "Cannot write '%1'."), {r.resultsPath});
        return r;
    };

    // Stage 1.
    if (!c.pretrainedLm.empty()) {
        r.generalLm = resolveCheckpointPath(c.pretrainedLm);
        const ModelConfig m = LoadedCheckpoint::read(r.generalLm).meta().model;
        if (m.family != ModelFamily::Lstm || m.numClasses > 0)
            throw Error(
                LMW_MESSAGE("ulmfit.pretrained_not_lstm", "'%1' is not an LSTM language model."),
                {c.pretrainedLm});
        message(Message(
            LMW_MESSAGE("ulmfit.reusing_lm", "Stage 1: reusing the language model in '%1'."),
            {c.pretrainedLm}));
    } else {
        ModelConfig lm = c.lm;
        lm.family = ModelFamily::Lstm;
        lm.numClasses = 0;
        TrainConfig t = c.pretrain;
        t.objective.objective = Objective::Clm;
        bool stopped = false;
        r.generalLm = pretrain("lm", lm, t, c.generalCorpus, join(c.outDir, "general-lm"), cb,
                               &r.pretrain, &stopped);
        if (stopped || isCancelled()) {
            r.cancelled = true;
            return finish();
        }
    }

    // Stage 2.
    std::vector<std::string> texts;
    for (const auto& e : train.examples) texts.push_back(e.text);
    texts.insert(texts.end(), c.unlabelledTexts.begin(), c.unlabelledTexts.end());
    makeDir(join(c.outDir, "target-lm"));
    LmFineTuneConfig lmCfg = c.lmFineTune;
    lmCfg.seed = c.seed;
    lmCfg.threads = c.threads;
    message(Message(
        LMW_MESSAGE("ulmfit.stage2", "Stage 2: fine-tuning the language model on %1 task texts."),
        {std::to_string(texts.size())}));
    r.lmFineTune = fineTuneLanguageModel(r.generalLm, texts, lmCfg,
                                         join(c.outDir, "target-lm/checkpoint"), cb);
    if (r.lmFineTune.cancelled) {
        r.cancelled = true;
        return finish();
    }
    r.targetLm = r.lmFineTune.checkpointPath;

    // Stage 3 and the baselines.
    ClassifierConfig base = c.classifier;
    base.seed = c.seed;
    base.threads = c.threads;
    const int epochs =
        base.epochs > 0 ? base.epochs : LoadedCheckpoint::read(r.targetLm).meta().model.layers + 3;
    base.epochs = epochs;
    auto classifier = [&](const std::string& run, const std::string& from, ClassifierConfig cfg) {
        makeDir(join(c.outDir, run));
        {
            // Four sentences rather than English words as arguments.
            const bool gradual = cfg.unfreezing == Unfreezing::Gradual;
            const std::vector<std::string> args{run, std::to_string(cfg.epochs)};
            if (gradual && !cfg.randomInit)
                message(Message(
                    LMW_MESSAGE("ulmfit.stage3_gradual", "Stage 3 (%1): gradual, %2 epochs."),
                    args));
            else if (gradual)
                message(Message(LMW_MESSAGE("ulmfit.stage3_gradual_random",
                                            "Stage 3 (%1): gradual, random weights, %2 epochs."),
                                args));
            else if (!cfg.randomInit)
                message(Message(
                    LMW_MESSAGE("ulmfit.stage3_all", "Stage 3 (%1): all-at-once, %2 epochs."),
                    args));
            else
                message(Message(LMW_MESSAGE("ulmfit.stage3_all_random",
                                            "Stage 3 (%1): all-at-once, random weights, %2 "
                                            "epochs."),
                                args));
        }
        r.classifiers.push_back(fineTuneClassifier(from, train, val, test, cfg,
                                                   join(c.outDir, run + "/checkpoint"), cb, run));
        return !r.classifiers.back().cancelled;
    };
    ClassifierConfig gradual = base;
    gradual.unfreezing = Unfreezing::Gradual;
    gradual.randomInit = false;
    if (!classifier("ulmfit", r.targetLm, gradual)) {
        r.cancelled = true;
        return finish();
    }
    for (Baseline b : c.baselines) {
        ClassifierConfig cfg = base;
        cfg.unfreezing = Unfreezing::AllAtOnce;
        cfg.randomInit = b == Baseline::Scratch;
        // Random layers have nothing to protect: the scratch baseline gets one rate everywhere.
        if (cfg.randomInit) cfg.lrDecay = 1.0;
        std::string from = r.targetLm;
        if (b == Baseline::Bert || b == Baseline::Gpt) {
            const bool bert = b == Baseline::Bert;
            from = bert ? c.bertLm : c.gptLm;
            if (from.empty()) {
                const ModelFamily family = bert ? ModelFamily::Bert : ModelFamily::Gpt;
                ModelConfig m = familyDefaults(family, c.transformer);
                m.numClasses = 0;
                TrainConfig t = c.transformerPretrain;
                t.objective.objective = bert ? Objective::Mlm : Objective::Clm;
                bool stopped = false;
                from = pretrain(baselineName(b), m, t, c.generalCorpus,
                                join(c.outDir, baselineName(b) + "-lm"), cb, nullptr, &stopped);
                if (stopped || isCancelled()) {
                    r.cancelled = true;
                    return finish();
                }
            }
            cfg.lr = c.transformerLr;
            cfg.lrDecay = 1.0;
        }
        if (!classifier(baselineName(b), from, cfg)) {
            r.cancelled = true;
            return finish();
        }
    }

    // Forgetting: the general held-out text through the stage-2 decoder.
    std::string heldOut;
    try {
        if (!c.heldOutFile.empty()) {
            heldOut = readCorpusText(CorpusSource::fromFile(c.heldOutFile));
        } else {
            const CheckpointMeta meta = LoadedCheckpoint::read(r.generalLm).meta();
            const std::string corpus = !c.generalCorpus.empty() && c.pretrainedLm.empty()
                                           ? c.generalCorpus
                                           : meta.corpusPath;
            if (!corpus.empty()) heldOut = tailOf(corpus, meta.train.valFraction);
        }
    } catch (const Error& e) {
        message(std::string("Forgetting is not measured: ") + e.what());
    }
    if (!heldOut.empty()) {
        const int bptt = c.lmFineTune.bptt;
        try {
            r.targetLmForgettingLoss = encoderLmLoss(r.targetLm, r.targetLm, heldOut, bptt,
                                                     c.forgettingWindows, c.threads);
            for (auto& cr : r.classifiers)
                if (cr.family == familyName(ModelFamily::Lstm) && cr.pretrained &&
                    !cr.checkpointPath.empty())
                    cr.forgettingLoss = encoderLmLoss(cr.checkpointPath, r.targetLm, heldOut, bptt,
                                                      c.forgettingWindows, c.threads);
        } catch (const Error& e) {
            message(
                Message(LMW_MESSAGE("ulmfit.forgetting_failed", "Forgetting is not measured: %1"),
                        {e.what()}));
        }
    } else {
        message(Message(LMW_MESSAGE("ulmfit.forgetting_no_text",
                                    "Forgetting is not measured: no held-out general text was "
                                    "found.")));
    }
    return finish();
}

}  // namespace lmw
