// Owns the sampling thread of the sample box: starts a SampleWorker on a QThread, forwards its
// streamed text to the owner's thread, stops it by atomic (never by a queued slot, which would
// only arrive after the generation ended) and waits for it on destruction.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "engine/sample_worker.h"

class QThread;

namespace lmw::ui {

class SampleController : public QObject {
    Q_OBJECT
public:
    explicit SampleController(QObject* parent = nullptr);
    ~SampleController() override;  // stops the generation and waits for its thread

    /// Starts generating from the model `factory` builds; false while a generation runs.
    bool start(GeneratorFactory factory, GenerateOptions options);
    /// Asks the running generation to stop after its current token. Any thread.
    void stop();
    bool isRunning() const { return thread_ != nullptr; }

Q_SIGNALS:
    void piece(const QString& text);
    void tokens(const QStringList& pieces);
    void failed(const QString& message);
    /// The thread has ended (after finished or failed); a new start() is possible now.
    void ended();

private:
    void onThreadFinished();

    QThread* thread_ = nullptr;
    QPointer<SampleWorker> worker_;
};

}  // namespace lmw::ui
