// The Playground's work on its engine thread (PlaygroundEngine). Each function makes one job
// that uses the engine's model and hands its result, or the user's message for what went
// wrong, to a callback on the thread of `context` (the page), with the job's ticket. A job
// that finds no model reports "No model is loaded.". The jobs only run the model: whether a
// result still matters (its ticket is current) is for the callbacks to decide. `context` must
// outlive the engine's work (the page destroys its engine first); results still queued when
// it goes are dropped.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "api/compare.h"
#include "api/configs.h"
#include "api/text_generator.h"
#include "engine/playground_engine.h"
#include "engine/sample_worker.h"
#include "playground/playground_model_info.h"

class QObject;

namespace lmw::ui {

/// One corruption and its reconstruction; `changed[i]`: corrupted token i was introduced or
/// moved by the noise.
struct DenoiseResult {
    QStringList corrupted;
    QVector<bool> changed;
    QString reconstruction;
};

/// (token or label, probability) pairs, in the model's order.
using PieceProbabilities = std::vector<std::pair<std::string, double>>;

template <typename T>
using PlaygroundJobResult = std::function<void(std::int64_t ticket, const T& result)>;
using PlaygroundJobFailure = std::function<void(std::int64_t ticket, const QString& message)>;

/// Replaces the engine's model by the one `factory` makes (none when it throws); `loaded`
/// gets what the page shows of it. A job cancelled before it starts, or while the model is
/// made, reports nothing.
PlaygroundEngine::Job loadModelJob(QObject* context, const PlaygroundEngine* engine,
                                   GeneratorFactory factory,
                                   PlaygroundJobResult<PlaygroundModelInfo> loaded,
                                   PlaygroundJobFailure failed);
/// The `topK` most likely fillers of every mask token of `text`.
PlaygroundEngine::Job fillMaskJob(QObject* context, std::string text, int topK,
                                  PlaygroundJobResult<std::vector<MaskPrediction>> done,
                                  PlaygroundJobFailure failed);
/// Corrupts `text` with `noise` (seeded) and lets the model rebuild it with `beams` beams.
PlaygroundEngine::Job denoiseJob(QObject* context, std::string text, ObjectiveConfig noise,
                                 std::uint64_t seed, int beams,
                                 PlaygroundJobResult<DenoiseResult> done,
                                 PlaygroundJobFailure failed);
/// The probability of each label of the model's classification head for `text`.
PlaygroundEngine::Job classifyJob(QObject* context, std::string text,
                                  PlaygroundJobResult<PieceProbabilities> done,
                                  PlaygroundJobFailure failed);
/// The `count` most likely next tokens after `text` (for PlaygroundEngine::probe).
PlaygroundEngine::Job nextTokensJob(QObject* context, std::string text, int count,
                                    PlaygroundJobResult<PieceProbabilities> done,
                                    PlaygroundJobFailure failed);
/// `text` in the model's own tokens, masked with `masking` (seeded) as training masks it.
PlaygroundEngine::Job maskingPreviewJob(QObject* context, std::string text, ObjectiveConfig masking,
                                        std::uint64_t seed,
                                        PlaygroundJobResult<std::vector<MaskedToken>> done,
                                        PlaygroundJobFailure failed);

/// Where a generation's stream goes (on the thread of `context`, with the job's ticket).
struct GenerationHandlers {
    std::function<void(std::int64_t ticket, const QStringList& tokens)> tokens;
    /// The end: `stopped` when cancelled before its last token.
    std::function<void(std::int64_t ticket, bool stopped)> finished;
    PlaygroundJobFailure failed;
};
/// Streams a generation with `options`; between two tokens it answers the engine's probes
/// and stops once its ticket is cancelled. A job cancelled before it starts finishes stopped.
PlaygroundEngine::Job generateJob(QObject* context, PlaygroundEngine* engine,
                                  GenerateOptions options, GenerationHandlers handlers);

}  // namespace lmw::ui
