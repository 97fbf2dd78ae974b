#include "promptlab/icl_preset_trainer.h"

#include <QObject>
#include <QStringList>
#include <algorithm>
#include <chrono>

#include "api/configs.h"
#include "api/corpus.h"
#include "api/training_session.h"
#include "widgets/family_text.h"
#include "widgets/formatting.h"

namespace lmw::ui {

IclPresetTrainer::IclPresetTrainer(QObject* parent) : QObject(parent), controller_(this) {
    connect(&controller_, &TrainingController::progress, this, &IclPresetTrainer::onProgress);
    connect(&controller_, &TrainingController::evaluationResult, this,
            [this](const QVariant& value) {
                ++curves_;
                Q_EMIT curvePoint(value.value<IclCurvePoint>());
            });
    connect(&controller_, &TrainingController::message, this, &IclPresetTrainer::message);
    connect(&controller_, &TrainingController::finished, this,
            [this](const RunSummary& summary) { Q_EMIT finished(summary, QString()); });
    connect(&controller_, &TrainingController::failed, this,
            [this](const QString& error) { Q_EMIT finished(RunSummary{}, error); });
}

IclPresetTrainer::~IclPresetTrainer() {
    controller_.stopAndWait();
}

std::vector<PromptTask> IclPresetTrainer::curveTasks(const IclPreset& preset) {
    return iclTasks(preset.task, kDataSeed, preset.mappings, preset.copies);
}

QString IclPresetTrainer::describe(const IclPreset& preset) {
    const ModelConfig& m = preset.model;
    const TrainConfig& t = preset.train;
    QStringList ks;
    for (int k : preset.eval.shots) ks << QString::number(k);
    return tr("<p>Trains a small character-level %1 (%2 layers, %3 heads, width "
              "%4, context %5) for %6 steps of %7 "
              "sequences on the synthetic in-context-learning corpus, a few "
              "minutes on 2 CPU cores.</p>"
              "<p>Every %8 steps it measures accuracy for k = %9 on %10 held-out "
              "mappings; the <b>During training</b> "
              "chart shows few-shot accuracy leave chance while zero-shot stays "
              "there. The run goes into a new folder "
              "(icl-preset, icl-preset-2, …) of the folder you choose; when it "
              "ends it becomes this lab's model.</p>")
        .arg(familyDisplayName(m.family))
        .arg(m.layers)
        .arg(m.heads)
        .arg(m.embed)
        .arg(m.block)
        .arg(t.iters)
        .arg(t.batch)
        .arg(t.evalEvery)
        .arg(ks.join(QStringLiteral(", ")))
        .arg(preset.mappings);
}

void IclPresetTrainer::start(const IclPreset& preset, const std::string& dir) {
    preset_ = preset;
    firstStep_ = -1;
    curveSecondsOnThread_.store(0);
    curves_ = 0;
    TrainingRequest request;
    request.model = preset.model;
    request.train = preset.train;
    request.corpus =
        CorpusSource::fromText("icl", iclCorpus(preset.task, kDataSeed, preset.corpusBytes));
    request.runDir = dir;
    // The curve is measured on the training thread at every evaluation, with that step's weights.
    request.evaluationHook = [preset, this](const TrainingSession& session,
                                            const std::function<void(const QVariant&)>& publish,
                                            const std::atomic<bool>* stop) {
        auto measure = promptEvalAtEvaluations(
            session, curveTasks(preset), preset.eval,
            [publish](const IclCurvePoint& point) { publish(QVariant::fromValue(point)); }, stop);
        return [measure, this](const EvalMetrics& e) {
            const auto t0 = std::chrono::steady_clock::now();
            measure(e);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            curveSecondsOnThread_.store(curveSecondsOnThread_.load() + seconds);
        };
    };
    controller_.start(request);
}

void IclPresetTrainer::onProgress(const QVector<StepMetrics>& steps) {
    if (steps.isEmpty()) return;
    const StepMetrics& m = steps.back();
    if (firstStep_ < 0) firstStep_ = steps.front().step - 1;
    // The time left: the mean step time without the curve's evaluations for the steps to go,
    // plus the mean time of one curve point for the evaluations to come.
    const double curveS = curveSecondsOnThread_.load();
    const double done = double(m.step - firstStep_);
    const std::int64_t every = std::max(1, preset_.train.evalEvery);
    const std::int64_t total = m.totalSteps;
    const std::int64_t evalsLeft = total / every - m.step / every;
    const double eta = done > 0
                           ? std::max(0.0, m.elapsedS - curveS) / done * double(total - m.step) +
                                 (curves_ > 0 ? curveS / curves_ : 0.0) * double(evalsLeft)
                           : -1.0;
    const QString counts = tr("step %1 / %2").arg(m.step).arg(total);
    Q_EMIT progress(total > 0 ? double(m.step) / double(total) : 0.0,
                    eta < 0 ? counts : tr("%1  (about %2 left)").arg(counts, formatDuration(eta)));
}

}  // namespace lmw::ui
