// The Playground's jobs on its engine thread: load, generate, fill, denoise, classify, probe.
#include "playground/playground_jobs.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <memory>

#include "api/error.h"
#include "engine/user_message.h"

namespace lmw::ui {

namespace {

/// Runs `work` on the engine's model and hands its result to `done` on the thread of
/// `context`; lmw::Error (and any other exception) goes to `failed` as the user's message.
template <typename Work, typename Result>
PlaygroundEngine::Job engineJob(QObject* context, Work work, PlaygroundJobResult<Result> done,
                                PlaygroundJobFailure failed) {
    return [context, work, done, failed](PlaygroundEngine::State& state, std::int64_t ticket) {
        QString message;
        try {
            if (!state.model) throw lmw::Error("No model is loaded.");
            const Result result = work(*state.model);
            QMetaObject::invokeMethod(
                context, [done, ticket, result] { done(ticket, result); }, Qt::QueuedConnection);
            return;
        } catch (...) {
            message = userMessage(std::current_exception());
        }
        QMetaObject::invokeMethod(
            context, [failed, ticket, message] { failed(ticket, message); }, Qt::QueuedConnection);
    };
}

}  // namespace

PlaygroundEngine::Job loadModelJob(QObject* context, const PlaygroundEngine* engine,
                                   GeneratorFactory factory,
                                   PlaygroundJobResult<PlaygroundModelInfo> loaded,
                                   PlaygroundJobFailure failed) {
    return
        [context, engine, factory, loaded, failed](PlaygroundEngine::State& state, std::int64_t t) {
            if (engine->isCancelled(t)) return;
            state.model.reset();
            try {
                auto model = std::make_unique<TextGenerator>(factory());
                PlaygroundModelInfo info;
                info.config = model->modelConfig();
                info.step = model->step();
                info.continuesText = model->continuesText();
                info.encoder = model->isEncoder();
                info.imported = model->importedFromHuggingFace();
                if (engine->isCancelled(t)) return;
                state.model = std::move(model);
                QMetaObject::invokeMethod(
                    context, [loaded, t, info] { loaded(t, info); }, Qt::QueuedConnection);
            } catch (...) {
                const QString message = userMessage(std::current_exception());
                QMetaObject::invokeMethod(
                    context, [failed, t, message] { failed(t, message); }, Qt::QueuedConnection);
            }
        };
}

PlaygroundEngine::Job fillMaskJob(QObject* context, std::string text, int topK,
                                  PlaygroundJobResult<std::vector<MaskPrediction>> done,
                                  PlaygroundJobFailure failed) {
    return engineJob(
        context, [text, topK](const TextGenerator& g) { return g.fillMask(text, topK); },
        std::move(done), std::move(failed));
}

PlaygroundEngine::Job denoiseJob(QObject* context, std::string text, ObjectiveConfig noise,
                                 std::uint64_t seed, int beams,
                                 PlaygroundJobResult<DenoiseResult> done,
                                 PlaygroundJobFailure failed) {
    return engineJob(
        context,
        [text, noise, seed, beams](const TextGenerator& g) {
            std::vector<std::string> corrupted;
            std::vector<bool> changed;
            DenoiseResult r;
            r.reconstruction =
                QString::fromStdString(g.denoise(text, noise, seed, &corrupted, &changed, beams));
            for (const auto& t : corrupted) r.corrupted.append(QString::fromStdString(t));
            for (bool c : changed) r.changed.append(c);
            return r;
        },
        std::move(done), std::move(failed));
}

PlaygroundEngine::Job classifyJob(QObject* context, std::string text,
                                  PlaygroundJobResult<PieceProbabilities> done,
                                  PlaygroundJobFailure failed) {
    return engineJob(
        context, [text](const TextGenerator& g) { return g.classify(text); }, std::move(done),
        std::move(failed));
}

PlaygroundEngine::Job nextTokensJob(QObject* context, std::string text, int count,
                                    PlaygroundJobResult<PieceProbabilities> done,
                                    PlaygroundJobFailure failed) {
    return engineJob(
        context, [text, count](const TextGenerator& g) { return g.nextTokens(text, count); },
        std::move(done), std::move(failed));
}

PlaygroundEngine::Job maskingPreviewJob(QObject* context, std::string text, ObjectiveConfig masking,
                                        std::uint64_t seed,
                                        PlaygroundJobResult<std::vector<MaskedToken>> done,
                                        PlaygroundJobFailure failed) {
    return engineJob(
        context,
        [text, masking, seed](const TextGenerator& g) {
            return g.previewMasking(text, masking, seed);
        },
        std::move(done), std::move(failed));
}

PlaygroundEngine::Job generateJob(QObject* context, PlaygroundEngine* engine,
                                  GenerateOptions options, GenerationHandlers handlers) {
    return [context, engine, options, handlers](PlaygroundEngine::State& state, std::int64_t t) {
        SampleWorker worker(nullptr, options);
        QObject::connect(&worker, &SampleWorker::tokens, context,
                         [handlers, t](const QStringList& pieces) { handlers.tokens(t, pieces); });
        QObject::connect(&worker, &SampleWorker::finished, context,
                         [handlers, t](bool stopped) { handlers.finished(t, stopped); });
        QObject::connect(&worker, &SampleWorker::failed, context,
                         [handlers, t](const QString& message) { handlers.failed(t, message); });
        if (engine->isCancelled(t) || !state.model) {
            if (!state.model)
                Q_EMIT worker.failed(
                    QCoreApplication::translate("lmw::ui::PlaygroundPage", "No model is loaded."));
            else
                Q_EMIT worker.finished(true);
            return;
        }
        worker.setBetweenTokens([&worker, &state, engine, t] {
            engine->serveProbes(state);  // clicks on tokens made while generating
            if (engine->isCancelled(t)) worker.requestStop();
        });
        worker.runWith(*state.model);
    };
}

}  // namespace lmw::ui
