// Generates text on a background thread from a model supplied by a factory (a snapshot of
// the run being trained, or a checkpoint read from disk), streaming the text as it comes.
// Pieces are coalesced to at most one signal per 30 ms; stop is an atomic, not a slot.
#pragma once

#include <QObject>
#include <QString>
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

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void ready(qint64 step);                // the model is loaded; `step` it was trained for
    void piece(const QString& text);        // newly generated text
    void finished(bool stopped);
    void failed(const QString& message);

private:
    GeneratorFactory factory_;
    GenerateOptions options_;
    std::atomic<bool> stop_{false};
};

}  // namespace lmw::ui
