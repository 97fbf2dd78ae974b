// The training loop behind the seam (nanoGPT's train.py, as a class): AdamW with decay on
// matrices only, warmup + cosine learning rate, gradient clipping, periodic evaluation and
// checkpoints, pause/stop between steps, and run-folder recording.
#include "api/training_session.h"

#include <ATen/CPUGeneratorImpl.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <optional>

#include "api/error.h"
#include "checkpoint/checkpoint.h"
#include "data/corpus.h"
#include "models/common.h"
#include "runs/run_writer.h"
#include "session/config_json.h"
#include "session/generator_impl.h"
#include "session/inspection.h"
#include "training/examples.h"
#include "training/lr_schedule.h"
#include "training/optimizer_step.h"
#include "util/system.h"

namespace lmw {

using Clock = std::chrono::steady_clock;

struct TrainingSession::Impl {
    ModelConfig model;
    TrainConfig train;
    Corpus corpus;
    std::string corpusPath;
    ModelPtr net;
    std::unique_ptr<torch::optim::AdamW> optimizer;
    at::Generator batchGen;
    std::unique_ptr<ExampleSource> examples;
    std::int64_t step = 0;
    std::int64_t params = 0;
    std::string runDir;
    std::unique_ptr<RunWriter> writer;
    EvalMetrics lastEval{0, std::nan(""), std::nan("")};
    std::string probe;  // attention timeline: the text, and every how many steps
    int attentionEvery = 0;
    bool evaluatedAtStep = false;  // an evaluation exists for the current step
    std::int64_t supervised = 0;   // labelled positions trained on since this train() began

    mutable std::mutex modelMutex;  // held while weights change (one optimizer step)
    std::atomic<bool> stop{false};
    std::atomic<bool> paused{false};
    std::atomic<bool> training{false};
    std::mutex pauseMutex;
    std::condition_variable pauseCv;
    // A schedule change asked for while paused (under pauseMutex), applied before the next
    // step; waitingAt is the count of finished steps while the loop waits in a pause, else -1.
    std::optional<std::pair<double, double>> pendingSchedule;  // peak, floor
    std::int64_t waitingAt = -1;

    void buildOptimizer();
    void setLearningRate(double lr);
    std::optional<std::pair<double, double>> takeScheduleChange();
    double trainStep();
    EvalMetrics evaluate();
    void checkpoint(const std::string& path);
    nlohmann::json configJson() const;
    double waitWhilePaused();
};

// --- construction ----------------------------------------------------------------------------

void TrainingSession::Impl::buildOptimizer() {
    // Weight decay on matrices (dim >= 2: linear weights, embeddings), none on biases and norms.
    std::vector<torch::Tensor> decay, noDecay;
    for (auto& p : net->module().parameters()) (p.dim() >= 2 ? decay : noDecay).push_back(p);
    auto opts = torch::optim::AdamWOptions(train.lr)
                    .betas({train.beta1, train.beta2})
                    .eps(1e-8)
                    .weight_decay(train.weightDecay);
    std::vector<torch::optim::OptimizerParamGroup> groups;
    groups.emplace_back(decay, std::make_unique<torch::optim::AdamWOptions>(opts));
    auto noDecayOpts = opts;
    noDecayOpts.weight_decay(0.0);
    groups.emplace_back(noDecay, std::make_unique<torch::optim::AdamWOptions>(noDecayOpts));
    optimizer = std::make_unique<torch::optim::AdamW>(std::move(groups), opts);
}

void TrainingSession::Impl::setLearningRate(double lr) {
    for (auto& group : optimizer->param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
}

nlohmann::json TrainingSession::Impl::configJson() const {
    return {{"model", toJson(model)},
            {"train", toJson(train)},
            {"corpus",
             {{"name", corpus.info.name},
              {"path", corpusPath},
              {"characters", corpus.info.characters},
              {"vocab_size", corpus.info.vocabSize}}},
            {"parameters", params},
            {"created", sys::nowIso8601()},
            {"workbench", "llm-workbench 0.1"}};
}

namespace {

void checkMemory(const ModelConfig& model, const TrainConfig& train, std::int64_t tokens) {
    const MemoryEstimate mem = estimateTrainingMemory(model, train, tokens);
    if (!mem.fits())
        throw Error(LMW_MESSAGE("memory.training_does_not_fit",
                                "This configuration needs about %1 to train, but only %2 of memory "
                                "is free. Reduce the width, layers, context or batch size."),
                    {formatBytes(mem.trainingBytes), formatBytes(mem.availableBytes)});
}

std::string absolutePath(const std::string& path) {
    if (path.empty()) return path;
    std::error_code ec;
    auto abs = std::filesystem::absolute(path, ec);
    return ec ? path : abs.string();
}

}  // namespace

TrainingSession::TrainingSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TrainingSession::TrainingSession(TrainingSession&&) noexcept = default;
TrainingSession& TrainingSession::operator=(TrainingSession&&) noexcept = default;
TrainingSession::~TrainingSession() = default;

TrainingSession TrainingSession::create(ModelConfig model, const TrainConfig& train,
                                        const CorpusSource& source, const std::string& runDir) {
    model.vocabSize = std::max(model.vocabSize, 2);
    validateConfig(model, train);
    auto s = std::make_unique<Impl>();
    s->corpus = loadCorpus(source, train.valFraction, model.block, nullptr,
                           specialTokensFor(model.family), train.tokenizer);
    model.vocabSize = s->corpus.tokenizer->vocabSize();
    model.padId = std::max(0, s->corpus.tokenizer->specials().pad);
    checkMemory(model, train, s->corpus.info.characters);

    s->model = model;
    s->train = train;
    s->corpusPath = absolutePath(source.path);
    applyThreadSetting(train.threads);
    torch::manual_seed(train.seed);  // weights and dropout
    s->net = makeModel(model);
    s->params = lmw::parameterCount(model);
    s->buildOptimizer();
    s->batchGen = at::make_generator<at::CPUGeneratorImpl>(train.seed);
    s->examples = makeExamples(model, train.objective, s->corpus, train.seed);
    if (!runDir.empty()) {
        s->runDir = runDir;
        s->writer = std::make_unique<RunWriter>(runDir, /*resume=*/false, 0);
        s->writer->writeConfig(s->configJson());
    }
    return TrainingSession(std::move(s));
}

TrainingSession TrainingSession::resume(const std::string& checkpoint, const CorpusSource& source,
                                        int iters, const std::string& runDirIn) {
    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(checkpoint);
    const CheckpointMeta& meta = ckpt.meta();
    auto s = std::make_unique<Impl>();
    s->model = meta.model;
    s->train = meta.train;
    if (iters > 0) s->train.iters = iters;
    validateConfig(s->model, s->train);
    if (meta.step >= s->train.iters)
        throw Error(LMW_MESSAGE("training.already_done",
                                "The checkpoint is already at step %1 of %2; give a larger number "
                                "of iterations to continue."),
                    {std::to_string(meta.step), std::to_string(s->train.iters)});
    s->corpus = loadCorpus(source, s->train.valFraction, s->model.block, meta.tokenizer);
    checkMemory(s->model, s->train, s->corpus.info.characters);
    s->corpusPath = absolutePath(source.path);

    applyThreadSetting(s->train.threads);
    s->net = ckpt.buildModel();
    s->params = lmw::parameterCount(s->model);
    s->buildOptimizer();
    ckpt.restoreOptimizer(*s->optimizer);
    s->batchGen = at::make_generator<at::CPUGeneratorImpl>(s->train.seed);
    ckpt.restoreGenerators(&s->batchGen);
    s->step = meta.step;
    s->examples = makeExamples(s->model, s->train.objective, s->corpus, s->train.seed);
    s->examples->setServedCount(meta.examplesServed);

    std::string runDir = runDirIn;
    if (runDir.empty()) {
        const std::string file = resolveCheckpointPath(checkpoint);
        runDir = std::filesystem::path(file).parent_path().string();
        if (runDir.empty()) runDir = ".";
    }
    s->runDir = runDir;
    s->writer = std::make_unique<RunWriter>(runDir, /*resume=*/true, meta.step);
    s->writer->writeConfig(s->configJson());
    return TrainingSession(std::move(s));
}

// --- one step, one evaluation ----------------------------------------------------------------

double TrainingSession::Impl::trainStep() {
    std::lock_guard<std::mutex> lock(modelMutex);
    setLearningRate(learningRateAt(static_cast<long>(step), train));
    const Batch batch = examples->next(Split::Train, train.batch, batchGen);
    if (batch.labels.defined())
        supervised += batch.labels.ne(kIgnoreIndex).sum().item<std::int64_t>();
    const double loss = optimizerStep(*optimizer, net->forward(batch).loss,
                                      net->module().parameters(), train.gradClip);
    ++step;
    return loss;
}

EvalMetrics TrainingSession::Impl::evaluate() {
    torch::NoGradGuard noGrad;
    net->module().eval();
    EvalMetrics m;
    m.step = step;
    double sums[2] = {0, 0};
    const Split splits[2] = {Split::Train, Split::Val};
    int done = 0;
    for (int k = 0; k < train.evalIters && !stop.load(); ++k, ++done) {
        for (int sp = 0; sp < 2; ++sp)
            sums[sp] +=
                net->forward(examples->next(splits[sp], train.batch, batchGen)).loss.item<double>();
    }
    net->module().train();
    // An evaluation cut short by a stop request is not reported as a full one.
    const bool complete = done == train.evalIters;
    m.trainLoss = complete ? sums[0] / done : std::nan("");
    m.valLoss = complete ? sums[1] / done : std::nan("");
    return m;
}

void TrainingSession::Impl::checkpoint(const std::string& path) {
    // Weights an update made NaN or infinite never replace the last good checkpoint.
    {
        torch::NoGradGuard noGrad;
        for (const auto& p : net->module().parameters())
            if (!torch::isfinite(p).all().item<bool>())
                throw Error(
                    LMW_MESSAGE(
                        "training.weights_not_finite",
                        "The weights stopped being finite numbers at step %1; the last good "
                        "checkpoint is kept. Lower the learning rate or enable gradient clipping."),
                    {std::to_string(step)});
    }
    CheckpointMeta meta;
    meta.model = model;
    meta.train = train;
    meta.tokenizer = corpus.tokenizer;
    meta.step = step;
    meta.examplesServed = examples->servedCount();
    meta.corpusName = corpus.info.name;
    meta.corpusPath = corpusPath;
    CheckpointState state;
    state.optimizer = optimizer.get();
    state.batchGenerator = &batchGen;
    lmw::saveCheckpoint(path, meta, *net, state);
}

double TrainingSession::Impl::waitWhilePaused() {
    if (!paused.load()) return 0.0;
    const auto t0 = Clock::now();
    std::unique_lock<std::mutex> lock(pauseMutex);
    waitingAt = step;
    pauseCv.wait(lock, [this] { return !paused.load() || stop.load(); });
    waitingAt = -1;
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::optional<std::pair<double, double>> TrainingSession::Impl::takeScheduleChange() {
    std::lock_guard<std::mutex> lock(pauseMutex);
    auto change = pendingSchedule;
    pendingSchedule.reset();
    return change;
}

// --- the loop --------------------------------------------------------------------------------

RunSummary TrainingSession::train(const TrainingCallbacks& cb) {
    Impl& s = *impl_;
    if (s.training.exchange(true))
        throw Error(LMW_MESSAGE("training.already_running", "This session is already training."));
    struct Reset {
        std::atomic<bool>& flag;
        ~Reset() { flag.store(false); }
    } reset{s.training};

    // The run folder is locked while this session trains (taken again after an earlier train()).
    if (s.writer) s.writer->lock();
    struct Unlock {
        RunWriter* writer;
        ~Unlock() {
            if (writer) writer->unlock();
        }
    } unlockAtEnd{s.writer.get()};
    applyThreadSetting(s.train.threads);
    s.net->module().train();
    const auto t0 = Clock::now();
    double pausedS = 0;
    auto elapsed = [&] {
        return std::chrono::duration<double>(Clock::now() - t0).count() - pausedS;
    };
    auto message = [&](const Message& m) {
        if (cb.onMessage) cb.onMessage(m);
    };
    auto report = [&](const EvalMetrics& e) {
        s.lastEval = e;
        s.evaluatedAtStep = true;
        if (s.writer) s.writer->eval(e, learningRateAt(static_cast<long>(e.step), s.train));
        if (cb.onEval) cb.onEval(e);
    };
    auto saveIfRecording = [&] {
        if (!s.writer) return;
        s.checkpoint(s.writer->checkpointPath());
        message(Message(LMW_MESSAGE("training.checkpoint_saved", "Checkpoint saved at step %1."),
                        {std::to_string(s.step)}));
    };

    auto capture = [&] {
        if (!cb.onAttention || s.probe.empty() || s.attentionEvery <= 0) return;
        if (s.model.family == ModelFamily::Lstm) return;  // no attention to show
        try {
            cb.onAttention(captureAttention(*s.net, *s.corpus.tokenizer, s.probe, s.step));
        } catch (const Error& e) {
            message(
                Message(LMW_MESSAGE("training.timeline_off", "The attention timeline is off: %1"),
                        {e.what()}));
            s.attentionEvery = 0;
        }
    };
    if (s.step == 0 && !s.stop.load()) report(s.evaluate());  // the loss before any training
    capture();

    const std::int64_t tokensPerStep = std::int64_t(s.train.batch) * s.model.block;
    const std::int64_t firstStep = s.step;
    double tokPerSec = 0;
    bool checkpointed = true;
    while (s.step < s.train.iters) {
        pausedS += s.waitWhilePaused();
        if (s.stop.load()) break;
        if (const auto change = s.takeScheduleChange()) {
            s.train.lr = change->first;
            s.train.minLr = change->second;
            if (s.writer) s.writer->scheduleChange(s.step + 1, s.train.lr, s.train.minLr);
            char lr[32], floor[32];
            std::snprintf(lr, sizeof lr, "%.3g", s.train.lr);
            std::snprintf(floor, sizeof floor, "%.3g", s.train.minLr);
            message(Message(LMW_MESSAGE("training.schedule_changed",
                                        "From step %1 the learning rate peaks at %2 with a floor "
                                        "of %3."),
                            {std::to_string(s.step + 1), lr, floor}));
        }
        const double lr = learningRateAt(static_cast<long>(s.step), s.train);
        const auto stepStart = Clock::now();
        const double loss = s.trainStep();
        const double dt = std::chrono::duration<double>(Clock::now() - stepStart).count();
        if (std::isnan(loss))
            throw Error(LMW_MESSAGE("training.loss_nan",
                                    "The loss became NaN at step %1. Lower the learning rate or "
                                    "enable gradient clipping."),
                        {std::to_string(s.step)});
        if (!std::isfinite(loss))
            throw Error(LMW_MESSAGE("training.loss_infinite",
                                    "The loss became infinite at step %1. Lower the learning rate "
                                    "or enable gradient clipping."),
                        {std::to_string(s.step)});
        const double instant = dt > 0 ? tokensPerStep / dt : 0.0;
        tokPerSec = tokPerSec == 0 ? instant : 0.9 * tokPerSec + 0.1 * instant;
        s.evaluatedAtStep = false;
        checkpointed = false;

        StepMetrics m{s.step, s.train.iters, loss, lr, tokPerSec, elapsed(), s.supervised};
        if (s.writer) s.writer->step(m);
        if (cb.onStep) cb.onStep(m);
        if (s.attentionEvery > 0 && s.step % s.attentionEvery == 0) capture();

        if (s.step % s.train.evalEvery == 0 || s.step == s.train.iters) {
            const EvalMetrics e = s.evaluate();
            if (s.stop.load() && !std::isfinite(e.valLoss)) break;
            report(e);
            saveIfRecording();
            checkpointed = true;
        }
    }
    if (!checkpointed) saveIfRecording();  // stopped between evaluations: keep the progress

    RunSummary sum;
    sum.steps = s.step;
    sum.totalSteps = s.train.iters;
    sum.stopped = s.step < s.train.iters;
    sum.finalTrainLoss = s.lastEval.trainLoss;
    sum.finalValLoss = s.lastEval.valLoss;
    sum.elapsedS = elapsed();
    sum.tokensPerSec = sum.elapsedS > 0 ? (s.step - firstStep) * tokensPerStep / sum.elapsedS : 0;
    sum.peakRssBytes = sys::peakRssBytes();
    if (s.writer) {
        sum.checkpointPath = s.writer->checkpointPath();
        s.writer->writeSummary(sum);
    }
    return sum;
}

// --- control from other threads --------------------------------------------------------------

void TrainingSession::setAttentionProbe(const std::string& probe, int every) {
    impl_->probe = probe;
    impl_->attentionEvery = std::max(0, every);
}

void TrainingSession::requestStop() {
    impl_->stop.store(true);
    std::lock_guard<std::mutex> lock(impl_->pauseMutex);
    impl_->pauseCv.notify_all();
}

void TrainingSession::setPaused(bool paused) {
    impl_->paused.store(paused);
    std::lock_guard<std::mutex> lock(impl_->pauseMutex);
    impl_->pauseCv.notify_all();
}

bool TrainingSession::isPaused() const {
    return impl_->paused.load();
}

std::int64_t TrainingSession::changeSchedule(double lr, double minLr) {
    if (!(lr > 0 && lr <= 1) || !(minLr >= 0 && minLr <= lr))
        throw Error(LMW_MESSAGE("training.schedule_invalid",
                                "A learning rate must be above 0 and at most 1, and the floor "
                                "between 0 and the peak (got %1 and %2)."),
                    {std::to_string(lr), std::to_string(minLr)});
    std::lock_guard<std::mutex> lock(impl_->pauseMutex);
    if (impl_->waitingAt < 0) return -1;  // not (yet) waiting in a pause
    impl_->pendingSchedule = std::make_pair(lr, minLr);
    return impl_->waitingAt + 1;
}

TextGenerator TrainingSession::snapshot() const {
    auto g = std::make_unique<TextGenerator::Impl>();
    {
        std::lock_guard<std::mutex> lock(impl_->modelMutex);
        g->model = impl_->net->clone();
        g->step = impl_->step;
    }
    g->model->module().eval();
    g->tokenizer = impl_->corpus.tokenizer;
    g->config = impl_->model;
    return TextGenerator(std::move(g));
}

void TrainingSession::saveCheckpoint(const std::string& path) const {
    std::lock_guard<std::mutex> lock(impl_->modelMutex);
    impl_->checkpoint(path);
}

const ModelConfig& TrainingSession::modelConfig() const {
    return impl_->model;
}
const TrainConfig& TrainingSession::trainConfig() const {
    return impl_->train;
}
const CorpusInfo& TrainingSession::corpusInfo() const {
    return impl_->corpus.info;
}
const std::string& TrainingSession::runDir() const {
    return impl_->runDir;
}
std::int64_t TrainingSession::step() const {
    return impl_->step;
}
std::int64_t TrainingSession::parameterCount() const {
    return impl_->params;
}

}  // namespace lmw
