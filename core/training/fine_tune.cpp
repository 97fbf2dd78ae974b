// Stages 2 and 3 of ULMFiT (Howard & Ruder 2018) for models of every family: target-task LM
// fine-tuning and classifier fine-tuning with discriminative rates, slanted triangular rates
// and gradual unfreezing, plus the LM loss used to measure forgetting.
#include "training/fine_tune.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "api/error.h"
#include "checkpoint/checkpoint.h"
#include "data/char_tokenizer.h"
#include "models/lstm.h"
#include "session/generator_impl.h"
#include "session/inspection.h"
#include "training/optimizer_step.h"
#include "util/utf8.h"

namespace lmw {

namespace F = torch::nn::functional;
using Clock = std::chrono::steady_clock;

namespace {

void require(bool ok, MessageText text, std::vector<std::string> args = {}) {
    if (!ok) throw Error(text, std::move(args));
}

bool cancelled(const TransferCallbacks& cb) {
    return cb.cancel && cb.cancel->load();
}

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace

// --- evaluation helpers ----------------------------------------------------------------------

namespace {

struct Scored {
    double loss = std::numeric_limits<double>::quiet_NaN();
    std::vector<int> predicted;             // in data order
    std::vector<std::vector<float>> probs;  // in data order
};

Scored score(LanguageModel& model, const std::vector<EncodedText>& data, int64_t padId, int batch) {
    Scored s;
    if (data.empty()) return s;
    torch::NoGradGuard noGrad;
    model.module().eval();
    s.predicted.assign(data.size(), 0);
    s.probs.assign(data.size(), {});
    double lossSum = 0;
    for (const auto& idx : lengthBuckets(data, std::max(2, batch), nullptr)) {
        const Batch b = padBatch(data, idx, padId);
        const ModelOutput out = model.forward(b);
        lossSum += F::cross_entropy(out.classLogits, b.classLabels,
                                    F::CrossEntropyFuncOptions().reduction(torch::kSum))
                       .item<double>();
        auto p = torch::softmax(out.classLogits, -1).contiguous();
        auto arg = p.argmax(1);
        const int64_t K = p.size(1);
        for (std::size_t r = 0; r < idx.size(); ++r) {
            s.predicted[idx[r]] = int(arg[int64_t(r)].item<int64_t>());
            const float* row = p[int64_t(r)].data_ptr<float>();
            s.probs[idx[r]].assign(row, row + K);
        }
    }
    model.module().train();
    s.loss = lossSum / double(data.size());
    return s;
}

double accuracyOf(const Scored& s, const std::vector<EncodedText>& data) {
    if (data.empty()) return std::numeric_limits<double>::quiet_NaN();
    int correct = 0;
    for (std::size_t i = 0; i < data.size(); ++i) correct += s.predicted[i] == data[i].label;
    return double(correct) / double(data.size());
}

/// Mean next-token loss over consecutive windows of `bptt` tokens, read out by (weight, bias).
double windowLoss(AwdLstmImpl& encoder, const torch::Tensor& decoderWeight,
                  const torch::Tensor& decoderBias, const std::vector<int32_t>& tokens, int bptt,
                  int maxWindows) {
    torch::NoGradGuard noGrad;
    const bool wasTraining = encoder.is_training();
    encoder.eval();
    const int64_t N = int64_t(tokens.size());
    const int64_t windows = std::min<int64_t>(maxWindows, (N - 1) / bptt);
    if (windows < 1)
        throw Error(LMW_MESSAGE("fine_tune.text_too_short_for_loss",
                                "The text is too short to measure a language-model loss (%1 "
                                "tokens; at least %2 are needed)."),
                    {std::to_string(N), std::to_string(bptt + 1)});
    std::vector<int64_t> data(tokens.begin(), tokens.begin() + (windows * bptt + 1));
    auto all = torch::tensor(data, torch::kLong);
    auto input = all.narrow(0, 0, windows * bptt).view({windows, bptt});
    auto target = all.narrow(0, 1, windows * bptt).view({windows, bptt});
    double sum = 0;
    const int64_t chunk = 16;
    for (int64_t from = 0; from < windows; from += chunk) {
        const int64_t n = std::min(chunk, windows - from);
        auto h = encoder.encode(input.narrow(0, from, n));
        auto logits = F::linear(h, decoderWeight, decoderBias);
        sum += F::cross_entropy(logits.reshape({-1, logits.size(-1)}),
                                target.narrow(0, from, n).reshape({-1}),
                                F::CrossEntropyFuncOptions().reduction(torch::kSum))
                   .item<double>();
    }
    if (wasTraining) encoder.train();
    return sum / double(windows * bptt);
}

/// The training settings a fine-tuned checkpoint records: its base model's, with the fine-tuning
/// schedule (STLR from lr / ratio to lr, no warmup) and optimizer settings of `cfg` written over.
template <class FineTuneConfig>
TrainConfig recordedTraining(TrainConfig t, const FineTuneConfig& cfg, std::int64_t steps) {
    t.batch = cfg.batch;
    t.iters = int(std::max<std::int64_t>(1, steps));
    t.lr = cfg.lr;
    t.minLr = cfg.lr / cfg.ratio;
    t.warmup = 0;
    t.decayIters = 0;
    t.weightDecay = cfg.weightDecay;
    t.beta1 = cfg.beta1;
    t.beta2 = cfg.beta2;
    t.gradClip = cfg.gradClip;
    t.seed = cfg.seed;
    t.threads = cfg.threads;
    return t;
}

/// The LSTM network of `model`; `notLstm` (%1 the model's family) when it is not an LSTM.
AwdLstmImpl& lstmNet(LanguageModel& model, MessageText notLstm) {
    auto* lstm = dynamic_cast<LstmModel*>(&model);
    if (!lstm) throw Error(notLstm, {familyName(model.config().family)});
    return *lstm->net();
}

}  // namespace

// --- stage 3: the classifier loop ------------------------------------------------------------

ClassifierResult trainClassifierModel(LanguageModel& model, const std::vector<EncodedText>& train,
                                      const std::vector<EncodedText>& val,
                                      const std::vector<EncodedText>& test,
                                      const std::vector<std::string>& labels,
                                      const ClassifierConfig& cfg, const TransferCallbacks& cb,
                                      const std::string& run, const ClassifierHooks& hooks) {
    validateClassifierConfig(cfg);
    const ModelConfig& mc = model.config();
    const int K = int(labels.size());
    require(
        mc.numClasses == K,
        LMW_MESSAGE("fine_tune.class_count_mismatch", "The model has %1 classes for %2 labels."),
        {std::to_string(mc.numClasses), std::to_string(K)});
    require(train.size() >= 2, LMW_MESSAGE("fine_tune.too_few_examples",
                                           "The training set needs at least two examples."));
    for (const auto* set : {&train, &val, &test})
        for (const auto& e : *set)
            require(e.label >= 0 && e.label < K,
                    LMW_MESSAGE("fine_tune.label_id_outside",
                                "Label id %1 is outside the %2 labels of the training set."),
                    {std::to_string(e.label), std::to_string(K)});
    applyThreadSetting(cfg.threads);
    const auto t0 = Clock::now();
    const int64_t padId = std::max(0, mc.padId);

    LayerGroups groups = transferGroups(model);
    const int G = groups.size();
    const int epochs = cfg.epochs > 0 ? cfg.epochs : G + 1;
    auto optimizer = discriminativeOptimizer(groups, cfg.beta1, cfg.beta2, cfg.weightDecay);
    Rng rng(Rng::mix(cfg.seed, 0x5eed));

    ClassifierResult r;
    r.run = run;
    r.family = familyName(mc.family);
    r.unfreezing = cfg.unfreezing;
    r.pretrained = !cfg.randomInit;
    for (const auto& p : model.module().parameters()) r.parameters += p.numel();

    const std::int64_t stepsPerEpoch =
        std::int64_t(lengthBuckets(train, cfg.batch, nullptr).size());
    const std::int64_t totalSteps = stepsPerEpoch * epochs;
    if (cb.onStageStart)
        cb.onStageStart(
            {run, TransferStage::Classifier, epochs, totalSteps, groups.names, r.parameters});

    // Unfreezing stages: gradual = one per epoch until everything is trainable, then one for the
    // remaining epochs; all-at-once = one. Each stage has its own slanted triangle.
    auto stageOf = [&](int epoch) {
        return cfg.unfreezing == Unfreezing::Gradual ? std::min(epoch, G - 1) : 0;
    };
    auto stageEpochs = [&](int stage) {
        int n = 0;
        for (int e = 0; e < epochs; ++e) n += stageOf(e) == stage;
        return n;
    };
    SlantedTriangular stlr{cfg.lr, cfg.cutFrac, cfg.ratio};
    std::int64_t step = 0;
    model.module().train();
    for (int epoch = 0; epoch < epochs && !r.cancelled; ++epoch) {
        const int trainable = trainableGroupCount(cfg.unfreezing, epoch, G);
        const std::vector<bool> freeze = setTrainableGroups(groups, trainable);
        std::vector<torch::Tensor> live;
        for (int g = 0; g < G; ++g)
            if (freeze[std::size_t(g)])
                for (auto& p : groups.params[std::size_t(g)]) live.push_back(p);
        if (hooks.beforeEpoch) hooks.beforeEpoch(epoch, model, groups);
        const int stage = stageOf(epoch);
        int firstOfStage = epoch;
        while (firstOfStage > 0 && stageOf(firstOfStage - 1) == stage) --firstOfStage;
        const std::int64_t stageSteps = stepsPerEpoch * stageEpochs(stage);
        std::int64_t inStage = std::int64_t(epoch - firstOfStage) * stepsPerEpoch;

        double lossSum = 0;
        int steps = 0;
        for (const auto& idx : lengthBuckets(train, cfg.batch, &rng)) {
            if (cancelled(cb)) {
                r.cancelled = true;
                break;
            }
            const auto rates = discriminativeRates(slantedTriangularRate(inStage, stageSteps, stlr),
                                                   G, cfg.lrDecay);
            setGroupRates(*optimizer, rates);
            const Batch b = padBatch(train, idx, padId);
            const double l = optimizerStep(*optimizer, model.forward(b).loss, live, cfg.gradClip);
            if (std::isnan(l))
                throw Error(
                    LMW_MESSAGE(
                        "fine_tune.classifier_loss_nan",
                        "The classifier's loss became NaN in epoch %1. Lower the learning rate."),
                    {std::to_string(epoch + 1)});
            if (!std::isfinite(l))
                throw Error(LMW_MESSAGE("fine_tune.classifier_loss_infinite",
                                        "The classifier's loss became infinite in epoch %1. Lower "
                                        "the learning rate."),
                            {std::to_string(epoch + 1)});
            lossSum += l;
            ++steps, ++step, ++inStage;
            if (cb.onStep)
                cb.onStep({run, TransferStage::Classifier, epoch + 1, epochs, step, totalSteps, l,
                           rates, freeze, secondsSince(t0)});
        }
        if (hooks.afterEpoch) hooks.afterEpoch(epoch, model, groups);
        if (r.cancelled) break;
        const Scored v = score(model, val, padId, cfg.batch * 2);
        TransferEpoch e{run,
                        TransferStage::Classifier,
                        epoch + 1,
                        epochs,
                        steps > 0 ? lossSum / steps : 0.0,
                        v.loss,
                        accuracyOf(v, val),
                        freeze,
                        secondsSince(t0)};
        r.trainLoss.push_back(e.trainLoss);
        r.valLoss.push_back(e.valLoss);
        r.valAccuracy.push_back(e.valAccuracy);
        if (cb.onEpoch) cb.onEpoch(e);
    }
    r.steps = step;
    for (auto& g : groups.params)
        for (auto& p : g) p.requires_grad_(true);
    if (!r.cancelled && !test.empty()) {
        const Scored s = score(model, test, padId, cfg.batch * 2);
        std::vector<int> truth;
        for (const auto& e : test) truth.push_back(e.label);
        r.test = classificationMetrics(truth, s.predicted, labels);
        r.testPredictions = s.predicted;
        r.testProbabilities = s.probs;
    }
    model.module().eval();
    r.elapsedS = secondsSince(t0);
    return r;
}

// --- stage 3 from files ----------------------------------------------------------------------

namespace {

/// Every label id of `d` within the training set's K labels; `outside` (%1 the id, %2 K) names
/// the set.
void checkLabels(const LabelledDataset& d, int K, MessageText outside) {
    for (const auto& e : d.examples)
        require(e.label >= 0 && e.label < K, outside, {std::to_string(e.label), std::to_string(K)});
}

void saveModel(const std::string& path, LanguageModel& model, const LoadedCheckpoint& source,
               const TrainConfig& train, std::int64_t step, const std::string& corpusName,
               const std::vector<std::string>& labels) {
    CheckpointMeta meta;
    meta.model = model.config();
    meta.train = train;
    meta.tokenizer = source.meta().tokenizer;
    meta.step = step;
    meta.corpusName = corpusName;
    meta.labels = labels;
    CheckpointState state;
    state.globalGenerator = false;
    saveCheckpoint(path, meta, model, state);
}

}  // namespace

ClassifierResult fineTuneClassifier(const std::string& checkpoint, const LabelledDataset& train,
                                    const LabelledDataset& val, const LabelledDataset& test,
                                    const ClassifierConfig& cfg, const std::string& outCheckpoint,
                                    const TransferCallbacks& cb, const std::string& run) {
    validateClassifierConfig(cfg);
    require(!train.examples.empty(),
            LMW_MESSAGE("fine_tune.training_set_empty", "The training set '%1' has no examples."),
            {train.source});
    const int K = int(train.labels.size());
    std::vector<int> counts(std::size_t(std::max(K, 0)), 0);
    for (const auto& e : train.examples) {
        require(e.label >= 0 && e.label < K,
                LMW_MESSAGE("fine_tune.training_label_id_outside",
                            "The training set uses label id %1 but names only %2 labels."),
                {std::to_string(e.label), std::to_string(K)});
        ++counts[std::size_t(e.label)];
    }
    int present = 0;
    for (int c : counts) present += c > 0;
    require(
        present >= 2,
        LMW_MESSAGE("fine_tune.too_few_labels",
                    "A classifier needs examples of at least two labels; the training set has %1."),
        {std::to_string(present)});
    checkLabels(
        val, K,
        LMW_MESSAGE("fine_tune.validation_label_outside",
                    "The validation set uses label id %1, outside the training set's %2 labels."));
    checkLabels(
        test, K,
        LMW_MESSAGE("fine_tune.test_label_outside",
                    "The test set uses label id %1, outside the training set's %2 labels."));

    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(checkpoint);
    ModelConfig mc = ckpt.meta().model;
    mc.numClasses = K;
    if (mc.family == ModelFamily::Lstm) mc.block = cfg.maxTokens;
    applyThreadSetting(cfg.threads);
    torch::manual_seed(cfg.seed);
    ModelPtr model = makeModel(mc);
    if (!cfg.randomInit) {
        ModelPtr source = ckpt.buildModel();
        copyMatchingWeights(source->module(), model->module());
    }
    const Tokenizer& tok = *ckpt.meta().tokenizer;
    int dropped = 0, lost = 0;
    const auto trainData = encodeDataset(*model, tok, train, &dropped);
    const auto valData = encodeDataset(*model, tok, val, &lost);
    dropped += lost;
    const auto testData = encodeDataset(*model, tok, test, &lost);
    dropped += lost;
    if (dropped > 0 && cb.onMessage)
        cb.onMessage(Message(LMW_MESSAGE("ulmfit.texts_dropped",
                                         "%1 texts were left out: none of their characters is in "
                                         "the vocabulary."),
                             {std::to_string(dropped)}));

    ClassifierResult r =
        trainClassifierModel(*model, trainData, valData, testData, train.labels, cfg, cb, run);
    if (!r.cancelled && !outCheckpoint.empty()) {
        const TrainConfig t = recordedTraining(ckpt.meta().train, cfg, r.steps);
        saveModel(outCheckpoint, *model, ckpt, t, r.steps, train.source, train.labels);
        r.checkpointPath = outCheckpoint;
    }
    return r;
}

// --- stage 2: LM fine-tuning -----------------------------------------------------------------

LmFineTuneResult fineTuneLanguageModel(const std::string& lmCheckpoint,
                                       const std::vector<std::string>& texts,
                                       const LmFineTuneConfig& cfg,
                                       const std::string& outCheckpoint,
                                       const TransferCallbacks& cb) {
    validateLmFineTuneConfig(cfg);
    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(lmCheckpoint);
    const ModelConfig mc = ckpt.meta().model;
    require(mc.family == ModelFamily::Lstm && mc.numClasses == 0,
            mc.numClasses > 0 ? LMW_MESSAGE("fine_tune.lm_checkpoint_classifier",
                                            "Target-task LM fine-tuning needs an LSTM language "
                                            "model; '%1' holds a %2 classifier.")
                              : LMW_MESSAGE("fine_tune.lm_checkpoint_not_lstm",
                                            "Target-task LM fine-tuning needs an LSTM language "
                                            "model; '%1' holds a %2 model."),
            {lmCheckpoint, familyName(mc.family)});
    require(!texts.empty(), LMW_MESSAGE("fine_tune.no_texts",
                                        "There are no texts to fine-tune the language model on."));
    const Tokenizer& tok = *ckpt.meta().tokenizer;

    // The texts in a seeded order, one stream; the last share is held out.
    std::vector<std::size_t> order(texts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    Rng rng(Rng::mix(cfg.seed, 0x1a));
    rng.shuffle(order);
    const std::size_t valTexts = std::size_t(std::floor(double(texts.size()) * cfg.valFraction));
    const std::vector<int32_t> newline = encodeLenient(tok, "\n");
    std::vector<int32_t> trainTokens, valTokens;
    for (std::size_t k = 0; k < order.size(); ++k) {
        auto& dest = k < order.size() - valTexts ? trainTokens : valTokens;
        const auto ids = encodeLenient(tok, texts[order[k]]);
        dest.insert(dest.end(), ids.begin(), ids.end());
        dest.insert(dest.end(), newline.begin(), newline.end());
    }
    require(int64_t(trainTokens.size()) > int64_t(cfg.bptt) + 1,
            LMW_MESSAGE("fine_tune.too_few_tokens",
                        "The target texts have %1 tokens; LM fine-tuning needs more than %2."),
            {std::to_string(trainTokens.size()), std::to_string(cfg.bptt + 1)});
    const bool haveVal = int64_t(valTokens.size()) > int64_t(cfg.bptt) + 1;

    applyThreadSetting(cfg.threads);
    torch::manual_seed(cfg.seed);
    at::Generator gen = at::make_generator<at::CPUGeneratorImpl>(cfg.seed);
    ModelPtr model = ckpt.buildModel();
    AwdLstmImpl& net = lstmNet(*model, LMW_MESSAGE("fine_tune.checkpoint_not_lstm",
                                                   "The checkpoint is a %1 model, not an LSTM."));
    LayerGroups groups = transferGroups(*model);
    const int G = groups.size();
    setTrainableGroups(groups, G);
    auto optimizer = discriminativeOptimizer(groups, cfg.beta1, cfg.beta2, cfg.weightDecay);

    LmFineTuneResult r;
    r.tokens = int64_t(trainTokens.size());
    const auto t0 = Clock::now();
    const int64_t N = int64_t(trainTokens.size());
    const int64_t stepsPerEpoch = std::max<int64_t>(
        1, (N + int64_t(cfg.batch) * cfg.bptt - 1) / (int64_t(cfg.batch) * cfg.bptt));
    const int64_t totalSteps = stepsPerEpoch * cfg.epochs;
    std::int64_t params = 0;
    for (const auto& p : model->module().parameters()) params += p.numel();
    if (cb.onStageStart)
        cb.onStageStart(
            {"lm", TransferStage::TargetLm, cfg.epochs, totalSteps, groups.names, params});
    const int kValWindows = 64;
    auto valLoss = [&] {
        return haveVal ? windowLoss(net, net.encoder->weight, net.decoder_bias, valTokens, cfg.bptt,
                                    kValWindows)
                       : std::numeric_limits<double>::quiet_NaN();
    };
    r.initialValLoss = valLoss();

    auto data =
        torch::tensor(std::vector<int64_t>(trainTokens.begin(), trainTokens.end()), torch::kLong);
    const std::vector<bool> allTrainable(std::size_t(G), true);
    const SlantedTriangular stlr{cfg.lr, cfg.cutFrac, cfg.ratio};
    auto all = model->module().parameters();
    model->module().train();
    std::int64_t step = 0;
    for (int epoch = 0; epoch < cfg.epochs && !r.cancelled; ++epoch) {
        double lossSum = 0;
        int steps = 0;
        for (int64_t s = 0; s < stepsPerEpoch; ++s) {
            if (cancelled(cb)) {
                r.cancelled = true;
                break;
            }
            const auto rates =
                discriminativeRates(slantedTriangularRate(step, totalSteps, stlr), G, cfg.lrDecay);
            setGroupRates(*optimizer, rates);
            auto offsets = torch::randint(0, N - cfg.bptt, {cfg.batch, 1}, gen, torch::kLong);
            auto idx = offsets + torch::arange(cfg.bptt, torch::kLong).unsqueeze(0);  // (B, T)
            Batch b;
            b.input = data.index({idx});
            b.labels = data.index({idx + 1});
            const double l = optimizerStep(*optimizer, model->forward(b).loss, all, cfg.gradClip);
            if (std::isnan(l))
                throw Error(LMW_MESSAGE("fine_tune.lm_loss_nan",
                                        "The language model's loss became NaN while fine-tuning. "
                                        "Lower the learning rate."));
            if (!std::isfinite(l))
                throw Error(LMW_MESSAGE("fine_tune.lm_loss_infinite",
                                        "The language model's loss became infinite while "
                                        "fine-tuning. Lower the learning rate."));
            lossSum += l;
            ++steps, ++step;
            if (cb.onStep)
                cb.onStep({"lm", TransferStage::TargetLm, epoch + 1, cfg.epochs, step, totalSteps,
                           l, rates, allTrainable, secondsSince(t0)});
        }
        if (r.cancelled) break;
        TransferEpoch e{"lm",
                        TransferStage::TargetLm,
                        epoch + 1,
                        cfg.epochs,
                        steps > 0 ? lossSum / steps : 0.0,
                        valLoss(),
                        std::numeric_limits<double>::quiet_NaN(),
                        allTrainable,
                        secondsSince(t0)};
        r.trainLoss.push_back(e.trainLoss);
        r.valLoss.push_back(e.valLoss);
        if (cb.onEpoch) cb.onEpoch(e);
    }
    r.steps = step;
    r.elapsedS = secondsSince(t0);
    if (!r.cancelled && !outCheckpoint.empty()) {
        const TrainConfig t = recordedTraining(ckpt.meta().train, cfg, step);
        model->module().eval();
        saveModel(outCheckpoint, *model, ckpt, t, step, "target-task texts", {});
        r.checkpointPath = outCheckpoint;
    }
    return r;
}

// --- forgetting ------------------------------------------------------------------------------

double encoderLmLoss(const std::string& encoderCheckpoint, const std::string& decoderCheckpoint,
                     const std::string& text, int bptt, int maxWindows, int threads) {
    require(bptt >= 2 && bptt <= 65536,
            LMW_MESSAGE("fine_tune.bptt_range",
                        "The LM window (bptt) must be between 2 and 65536 tokens."));
    require(maxWindows >= 1,
            LMW_MESSAGE("fine_tune.no_windows",
                        "At least one window is needed to measure a language-model loss."));
    const LoadedCheckpoint enc = LoadedCheckpoint::read(encoderCheckpoint);
    const LoadedCheckpoint dec = LoadedCheckpoint::read(decoderCheckpoint);
    require(enc.meta().tokenizer->toJson() == dec.meta().tokenizer->toJson(),
            LMW_MESSAGE("fine_tune.tokenizers_differ",
                        "The encoder and the decoder use different tokenizers."));
    applyThreadSetting(threads);
    ModelPtr e = enc.buildModel();
    ModelPtr d = dec.buildModel();
    AwdLstmImpl& encoder =
        lstmNet(*e, LMW_MESSAGE("fine_tune.encoder_not_lstm",
                                "The encoder checkpoint is a %1 model, not an LSTM."));
    AwdLstmImpl& decoder =
        lstmNet(*d, LMW_MESSAGE("fine_tune.decoder_not_lstm",
                                "The decoder checkpoint is a %1 model, not an LSTM."));
    require(decoder.encoder->weight.size(1) == encoder.config().embed,
            LMW_MESSAGE("fine_tune.widths_differ",
                        "The encoder and the decoder have different widths."));
    const auto tokens = encodeLenient(*dec.meta().tokenizer, text);
    return windowLoss(encoder, decoder.encoder->weight, decoder.decoder_bias, tokens, bptt,
                      maxWindows);
}

}  // namespace lmw
