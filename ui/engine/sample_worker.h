// Generates text on a background thread from a model supplied by a factory (a snapshot of
// the run being trained, or a checkpoint read from disk), streaming the text as it comes.
// Pieces are coalesced to at most one signal per 30 ms; stop is an atomic, not a slot.
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

#include "api/text_generator.h"

namespace lmw::ui {

using GeneratorFactory = std::function<TextGenerator()>;  // may throw lmw::Error

class SampleWorker : public QObject {
    Q_OBJECT
public:
    SampleWorker(GeneratorFactory factory, GenerateOptions options, QObject* parent = nullptr);
    void requestStop() { stop_.store(true); }

    /// Called on the sampling thread after every generated token, before the stop flag is read
    /// (e.g. to answer questions about the same model between two tokens, or to forward a stop).
    void setBetweenTokens(std::function<void()> hook) { betweenTokens_ = std::move(hook); }

    /// The body of run() for a model that is already loaded: streams on the calling thread and
    /// ends with finished() or failed(). Does not emit ready().
    void runWith(const TextGenerator& generator);

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void ready(qint64 step);                 // the model is loaded; `step` it was trained for
    void piece(const QString& text);         // newly generated text
    void tokens(const QStringList& pieces);  // the same text as piece(), one entry per token
    void finished(bool stopped);
    void failed(const QString& message);

private:
    GeneratorFactory factory_;
    GenerateOptions options_;
    std::function<void()> betweenTokens_;
    std::atomic<bool> stop_{false};
};

}  // namespace lmw::ui
