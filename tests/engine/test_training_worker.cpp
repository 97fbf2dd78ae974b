// The training worker on its thread: progress arrives, at most ~25 signals per second, every
// step reaches the GUI before `finished`, stop takes effect within 2 s, errors become `failed`.
#include <QPair>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <functional>

#include "api/corpus.h"
#include "api/training_session.h"
#include "engine/seam_types.h"
#include "engine/training_worker.h"
#include "widget_test_util.h"

using lmw::ui::TrainingRequest;
using lmw::ui::TrainingWorker;

namespace {

TrainingRequest tinyRequest(int iters) {
    TrainingRequest r;
    r.model.layers = 1;
    r.model.heads = 2;
    r.model.embed = 16;
    r.model.block = 16;
    r.train.batch = 4;
    r.train.iters = iters;
    r.train.warmup = 2;
    r.train.evalEvery = 50;
    r.train.evalIters = 1;
    r.train.threads = 1;
    r.corpus = lmw::CorpusSource::fromText("stories", lmw::generateStories(1, 20000));
    return r;
}

/// A worker running on its own thread, torn down at the end of the test.
struct Running {
    QThread thread;
    TrainingWorker* worker;
    explicit Running(TrainingRequest r) : worker(new TrainingWorker(std::move(r))) {
        worker->moveToThread(&thread);
        QObject::connect(&thread, &QThread::started, worker, &TrainingWorker::run);
        QObject::connect(worker, &TrainingWorker::finished, &thread, &QThread::quit,
                         Qt::DirectConnection);
        QObject::connect(worker, &TrainingWorker::failed, &thread, &QThread::quit,
                         Qt::DirectConnection);
    }
    ~Running() {
        worker->requestStop();
        thread.quit();
        thread.wait();
        delete worker;  // its thread has ended
    }
};

}  // namespace

/// Collects the worker's signals in the test's (GUI) thread through queued connections, as
/// the application does; QSignalSpy would record them in the worker's thread instead.
class Recorder : public QObject {
    Q_OBJECT
public:
    explicit Recorder(TrainingWorker* w) {
        connect(
            w, &TrainingWorker::started, this, [this] { ++started; }, Qt::QueuedConnection);
        connect(
            w, &TrainingWorker::progress, this,
            [this](const QVector<lmw::StepMetrics>& s) {
                ++progressSignals;
                steps += s.size();
            },
            Qt::QueuedConnection);
        connect(
            w, &TrainingWorker::evaluated, this, [this] { ++evals; }, Qt::QueuedConnection);
        connect(
            w, &TrainingWorker::finished, this,
            [this](const lmw::RunSummary& s) {
                ++finished;
                summary = s;
            },
            Qt::QueuedConnection);
        connect(
            w, &TrainingWorker::failed, this,
            [this](const QString& m) {
                ++failed;
                message = m;
            },
            Qt::QueuedConnection);
    }
    int started = 0, progressSignals = 0, evals = 0, finished = 0, failed = 0;
    qint64 steps = 0;
    lmw::RunSummary summary;
    QString message;
};

class TestTrainingWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { lmw::ui::registerSeamTypes(); }
    void everyStepArrivesBeforeFinished();
    void progressIsThrottled();
    void stopIsQuick();
    void errorsBecomeFailed();
    void snapshotWhileRunning();
    void evaluationHookPublishesInOrder();
};

void TestTrainingWorker::everyStepArrivesBeforeFinished() {
    Running r(tinyRequest(120));
    Recorder rec(r.worker);
    r.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.finished == 1, 60000);
    QCOMPARE(rec.started, 1);
    QCOMPARE(rec.steps, qint64(120));  // the tail is flushed before `finished`: nothing is lost
    QCOMPARE(rec.evals, 4);            // steps 0, 50, 100, 120
    QCOMPARE(rec.summary.steps, qint64(120));
    QVERIFY(!rec.summary.stopped);
}

void TestTrainingWorker::progressIsThrottled() {
    Running r(tinyRequest(100000000));
    Recorder rec(r.worker);
    r.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.progressSignals > 0, 30000);
    const int before = rec.progressSignals;
    const qint64 stepsBefore = rec.steps;
    QElapsedTimer t;
    t.start();
    QTest::qWait(1500);
    const double rate = (rec.progressSignals - before) / (t.elapsed() / 1000.0);
    QVERIFY2(rate <= 25.0, qPrintable(QString("%1 signals per second").arg(rate)));
    QVERIFY2(rate >= 5.0, qPrintable(QString("%1 signals per second").arg(rate)));
    QVERIFY2(rec.steps - stepsBefore > rec.progressSignals - before, "several steps per signal");
    r.worker->requestStop();
    QTRY_VERIFY_WITH_TIMEOUT(rec.finished == 1, 5000);
}

void TestTrainingWorker::stopIsQuick() {
    Running r(tinyRequest(100000000));
    Recorder rec(r.worker);
    r.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.progressSignals > 2, 30000);
    QElapsedTimer t;
    t.start();
    r.worker->requestStop();
    QTRY_VERIFY_WITH_TIMEOUT(rec.finished == 1, 2000);
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString("%1 ms").arg(t.elapsed())));
    QVERIFY(rec.summary.stopped);
}

void TestTrainingWorker::errorsBecomeFailed() {
    TrainingRequest req = tinyRequest(10);
    req.corpus = lmw::CorpusSource::fromFile("/nonexistent/corpus.txt");
    Running r(req);
    Recorder rec(r.worker);
    r.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.failed == 1, 10000);
    QVERIFY2(rec.message.contains("does not exist"), qPrintable(rec.message));
    QCOMPARE(rec.finished, 0);

    TrainingRequest bad = tinyRequest(10);
    bad.model.heads = 3;  // 16 is not divisible by 3
    Running r2(bad);
    Recorder rec2(r2.worker);
    r2.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec2.failed == 1, 10000);
    QVERIFY2(rec2.message.contains("divisible"), qPrintable(rec2.message));
}

void TestTrainingWorker::snapshotWhileRunning() {
    Running r(tinyRequest(100000000));
    QVERIFY(!r.worker->snapshot().has_value());  // no session yet
    Recorder rec(r.worker);
    r.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.progressSignals > 0, 30000);
    auto gen = r.worker->snapshot();
    QVERIFY(gen.has_value());
    lmw::GenerateOptions o;
    o.maxTokens = 10;
    QCOMPARE(gen->generate(o).size(), std::size_t(10));
}

void TestTrainingWorker::evaluationHookPublishesInOrder() {
    // The hook runs on the training thread after every evaluation, sees the session, and what it
    // publishes arrives after the evaluation it follows.
    TrainingRequest request = tinyRequest(100);
    request.train.evalEvery = 25;
    std::atomic<int> made{0};
    std::atomic<bool> sawStopFlag{false};
    request.evaluationHook = [&](const lmw::TrainingSession& session,
                                 const std::function<void(const QVariant&)>& publish,
                                 const std::atomic<bool>* stop) {
        ++made;
        sawStopFlag = stop != nullptr;
        const std::int64_t parameters = session.parameterCount();
        return [publish, parameters](const lmw::EvalMetrics& e) {
            publish(QVariant::fromValue(QPair<qint64, qint64>(e.step, parameters)));
        };
    };
    Running r(request);
    Recorder rec(r.worker);
    QList<qint64> steps;
    int evalsBeforeFirstResult = -1;
    bool sizesSeen = true;
    QObject::connect(
        r.worker, &TrainingWorker::evaluationResult, &rec,
        [&](const QVariant& v) {
            const auto pair = v.value<QPair<qint64, qint64>>();
            sizesSeen = sizesSeen && pair.second > 0;
            if (evalsBeforeFirstResult < 0) evalsBeforeFirstResult = rec.evals;
            steps << pair.first;
        },
        Qt::QueuedConnection);
    r.thread.start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.finished == 1, 60000);
    QCOMPARE(made.load(), 1);
    QVERIFY(sawStopFlag.load());
    QVERIFY(sizesSeen);
    QCOMPARE(steps, (QList<qint64>{0, 25, 50, 75, 100}));
    QCOMPARE(evalsBeforeFirstResult, 1);  // the evaluation itself came first
}

QTEST_GUILESS_MAIN(TestTrainingWorker)
#include "test_training_worker.moc"
