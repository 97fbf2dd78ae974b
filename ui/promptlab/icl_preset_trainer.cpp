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

IclPresetTrainer::IclPresetTrainer(QObject* parent) : QObject(parent) {
    connect(&runner_, &TaskRunner::progress, this, &IclPresetTrainer::progress);
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
    runner_.start(
        [this, preset, dir](TaskContext& context) {
            const std::vector<PromptTask> tasks = curveTasks(preset);
            TrainingSession session = TrainingSession::create(
                preset.model, preset.train,
                CorpusSource::fromText("icl",
                                       iclCorpus(preset.task, kDataSeed, preset.corpusBytes)),
                dir);
            using Clock = std::chrono::steady_clock;
            Clock::time_point lastShown{};
            std::int64_t firstStep = -1;
            double elapsed = 0;  // training time so far, evaluations included
            double curveS = 0;   // of which measuring the curve
            int curves = 0;
            // Step / total and the time left, at most every 100 ms (and at every evaluation). The
            // time left: the mean step time (without the curve's evaluations) for the steps to
            // go, plus the mean time of one curve point for the evaluations to come.
            auto showProgress = [&](std::int64_t step, std::int64_t total, bool now) {
                const auto t = Clock::now();
                if (!now && step != total && t - lastShown < std::chrono::milliseconds(100)) return;
                lastShown = t;
                const double done = firstStep < 0 ? 0.0 : double(step - firstStep);
                const std::int64_t every = std::max(1, preset.train.evalEvery);
                const std::int64_t evalsLeft =
                    total / every - step / every + (total % every != 0 && step < total ? 1 : 0);
                const double eta =
                    done > 0 ? std::max(0.0, elapsed - curveS) / done * double(total - step) +
                                   (curves > 0 ? curveS / curves : 0.0) * double(evalsLeft)
                             : -1.0;
                const QString counts = QObject::tr("step %1 / %2").arg(step).arg(total);
                context.report(
                    total > 0 ? double(step) / double(total) : 0.0,
                    eta < 0 ? counts
                            : QObject::tr("%1  (about %2 left)").arg(counts, formatDuration(eta)));
            };
            TrainingCallbacks cb;
            cb.onStep = [&](const StepMetrics& m) {
                if (context.cancelled()) session.requestStop();
                if (firstStep < 0) firstStep = m.step - 1;
                elapsed = m.elapsedS;
                showProgress(m.step, m.totalSteps, false);
            };
            auto measure = promptEvalAtEvaluations(
                session, tasks, preset.eval,
                [this, &context](const IclCurvePoint& point) {
                    context.post([this, point] { Q_EMIT curvePoint(point); });
                },
                context.cancelFlag());
            cb.onEval = [&](const EvalMetrics& e) {
                showProgress(e.step, preset.train.iters, true);
                const auto t0 = Clock::now();
                measure(e);
                curveS += std::chrono::duration<double>(Clock::now() - t0).count();
                ++curves;
                if (context.cancelled()) session.requestStop();
            };
            cb.onMessage = [this, &context](const std::string& message) {
                const QString text = QString::fromStdString(message);
                context.post([this, text] { Q_EMIT this->message(text); });
            };
            if (context.cancelled()) session.requestStop();
            return session.train(cb);
        },
        [this](const RunSummary& summary) { Q_EMIT finished(summary, QString()); },
        [this](const QString& error) { Q_EMIT finished(RunSummary{}, error); });
}

}  // namespace lmw::ui
