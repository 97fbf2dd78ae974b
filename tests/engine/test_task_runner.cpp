// The task runner (ui/engine): results arrive on the runner's thread for the newest job only;
// a superseded or cancelled job's answer is dropped, a stopped one's is delivered; exceptions
// become one line of text; progress is coalesced; posts arrive in order; destruction waits;
// its threads are its own, so a saturated global pool does not hold a job back.
#include <QSignalSpy>
#include <QThread>
#include <QThreadPool>
#include <QtTest>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "api/error.h"
#include "engine/task_runner.h"

using lmw::ui::TaskContext;
using lmw::ui::TaskRunner;

namespace {

/// Spins until `flag` is set or `ms` pass; true when the flag was set.
bool waitFor(const std::atomic<bool>& flag, int ms = 10000) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (!flag.load()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

}  // namespace

class TestTaskRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversOnTheRunnersThread();
    void voidJobs();
    void errorsBecomeOneLine();
    void newerJobSupersedesOlder();
    void cancelDropsTheResult();
    void stopStillDelivers();
    void progressIsCoalesced();
    void postsArriveInOrder();
    void destructionWaitsForTheJob();
    void ownPoolIsNotStarvedByTheGlobalOne();
};

void TestTaskRunner::deliversOnTheRunnersThread() {
    TaskRunner runner;
    QSignalSpy busy(&runner, &TaskRunner::busyChanged);
    QThread* jobThread = nullptr;
    QThread* doneThread = nullptr;
    int result = 0;
    const quint64 generation = runner.start(
        [&](TaskContext&) {
            jobThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            doneThread = QThread::currentThread();
            result = value;
        });
    QCOMPARE(generation, quint64(1));
    QVERIFY(runner.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(result, 42, 10000);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(doneThread, QThread::currentThread());
    QVERIFY(!runner.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
}

void TestTaskRunner::voidJobs() {
    TaskRunner runner;
    std::atomic<bool> ran{false};
    bool done = false;
    runner.start([&](TaskContext&) { ran = true; }, [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(ran.load());
}

void TestTaskRunner::errorsBecomeOneLine() {
    TaskRunner runner;
    QString message;
    bool delivered = false;
    runner.start([](TaskContext&) -> int { throw lmw::Error("Corpus 'x.txt' is empty."); },
                 [&](int) { delivered = true; }, [&](const QString& m) { message = m; });
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
    QCOMPARE(message, QStringLiteral("Corpus 'x.txt' is empty."));  // passes through unchanged

    message.clear();
    runner.start(
        [](TaskContext&) -> int {
            throw std::runtime_error("shape '[2, 3]' is invalid\nException raised from ...");
        },
        [&](int) { delivered = true; }, [&](const QString& m) { message = m; });
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
    QVERIFY2(message.startsWith(QStringLiteral("Unexpected error: shape")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));  // no backtrace

    message.clear();
    runner.start([](TaskContext&) -> int { throw 7; }, [&](int) { delivered = true; },
                 [&](const QString& m) { message = m; });
    QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 10000);
    QVERIFY(!delivered);
}

void TestTaskRunner::newerJobSupersedesOlder() {
    TaskRunner runner;
    std::atomic<bool> firstStarted{false}, firstSawCancel{false}, secondStarted{false};
    std::atomic<bool> overlapped{false}, inFirst{false};
    QStringList delivered;
    runner.start(
        [&](TaskContext& c) {
            inFirst = true;
            firstStarted = true;
            while (!c.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            firstSawCancel = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            inFirst = false;
            return QStringLiteral("first");
        },
        [&](const QString& s) { delivered << s; });
    QVERIFY(waitFor(firstStarted));
    // Two more questions while the first runs: the middle one is never started.
    std::atomic<bool> middleRan{false};
    runner.start(
        [&](TaskContext&) {
            middleRan = true;
            return QStringLiteral("middle");
        },
        [&](const QString& s) { delivered << s; });
    const quint64 last = runner.start(
        [&](TaskContext&) {
            if (inFirst) overlapped = true;  // one job at a time per runner
            secondStarted = true;
            return QStringLiteral("last");
        },
        [&](const QString& s) { delivered << s; });
    QCOMPARE(last, quint64(3));
    QCOMPARE(runner.generation(), quint64(3));
    QTRY_COMPARE_WITH_TIMEOUT(delivered, QStringList{QStringLiteral("last")}, 10000);
    QVERIFY(firstSawCancel.load());
    QVERIFY(!middleRan.load());
    QVERIFY(!overlapped.load());
    QVERIFY(!runner.isBusy());
}

void TestTaskRunner::cancelDropsTheResult() {
    TaskRunner runner;
    QSignalSpy busy(&runner, &TaskRunner::busyChanged);
    std::atomic<bool> started{false};
    bool done = false, failed = false;
    runner.start(
        [&](TaskContext& c) {
            started = true;
            while (!c.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
            return 1;
        },
        [&](int) { done = true; }, [&](const QString&) { failed = true; });
    QVERIFY(waitFor(started));
    runner.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
    QCoreApplication::processEvents();
    QVERIFY(!done);
    QVERIFY(!failed);
    QCOMPARE(busy.count(), 2);  // busy, then idle: a cancelled job still ends the busy state
}

void TestTaskRunner::stopStillDelivers() {
    TaskRunner runner;
    std::atomic<bool> started{false};
    int steps = -1;
    runner.start(
        [&](TaskContext& c) {
            started = true;
            int n = 0;
            while (!c.cancelled()) {
                ++n;
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            return n;
        },
        [&](int n) { steps = n; });
    QVERIFY(waitFor(started));
    runner.stop();
    QTRY_VERIFY_WITH_TIMEOUT(steps >= 1, 10000);  // the partial answer arrives
}

void TestTaskRunner::progressIsCoalesced() {
    TaskRunner runner;
    QSignalSpy progress(&runner, &TaskRunner::progress);
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    runner.start(
        [](TaskContext& c) {
            // 600 reports over about 0.6 s.
            for (int i = 1; i <= 600; ++i) {
                c.report(i / 600.0, QStringLiteral("%1 / 600").arg(i));
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
        },
        [&] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    const double seconds = clock.elapsed() / 1000.0;
    QVERIFY(progress.count() >= 2);
    // At most one signal per 50 ms, plus the final one delivered with the result.
    QVERIFY2(progress.count() <= int(seconds * 1000 / TaskRunner::kProgressIntervalMs) + 2,
             qPrintable(QStringLiteral("%1 signals in %2 s").arg(progress.count()).arg(seconds)));
    // The newest report is the one that arrives last: a bar reaches its end.
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    QCOMPARE(progress.last().at(1).toString(), QStringLiteral("600 / 600"));
}

void TestTaskRunner::postsArriveInOrder() {
    TaskRunner runner;
    QList<int> received;
    QThread* postThread = nullptr;
    int receivedWhenDone = -1;
    runner.start(
        [&received, &postThread](TaskContext& c) {
            // The closures run on the runner's thread, so they may touch its data.
            for (int i = 0; i < 500; ++i)
                c.post([&received, &postThread, i] {
                    postThread = QThread::currentThread();
                    received << i;
                });
        },
        [&] { receivedWhenDone = int(received.size()); });
    QTRY_VERIFY_WITH_TIMEOUT(receivedWhenDone >= 0, 10000);
    QCOMPARE(receivedWhenDone, 500);  // every post arrives before the result
    for (int i = 0; i < 500; ++i) QCOMPARE(received[i], i);
    QCOMPARE(postThread, QThread::currentThread());

    // A superseded job's posts are dropped.
    std::atomic<bool> posted{false};
    QList<int> stale;
    bool secondDone = false;
    runner.start(
        [&stale, &posted](TaskContext& c) {
            c.post([&stale] { stale << 1; });
            posted = true;
            while (!c.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        },
        [] {});
    QVERIFY(waitFor(posted));
    runner.start([](TaskContext&) {}, [&] { secondDone = true; });  // before the event loop runs
    QTRY_VERIFY_WITH_TIMEOUT(secondDone, 10000);
    QVERIFY(stale.isEmpty());
}

void TestTaskRunner::destructionWaitsForTheJob() {
    std::atomic<bool> started{false}, finished{false}, sawCancel{false};
    bool delivered = false;
    {
        TaskRunner runner;
        runner.start(
            [&](TaskContext& c) {
                started = true;
                while (!c.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
                sawCancel = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                finished = true;
            },
            [&] { delivered = true; });
        QVERIFY(waitFor(started));
    }
    QVERIFY(sawCancel.load());
    QVERIFY(finished.load());  // the destructor returned only after the job did
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
}

void TestTaskRunner::ownPoolIsNotStarvedByTheGlobalOne() {
    // Fill Qt's global pool with blocked work; a runner's job must still run at once.
    std::atomic<bool> release{false};
    const int n = QThreadPool::globalInstance()->maxThreadCount();
    for (int i = 0; i < n + 2; ++i)
        QThreadPool::globalInstance()->start([&release] { waitFor(release, 20000); });
    TaskRunner runner;
    bool done = false;
    QElapsedTimer clock;
    clock.start();
    runner.start([](TaskContext&) { return 1; }, [&](int) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QVERIFY(clock.elapsed() < 5000);
    release = true;
    QThreadPool::globalInstance()->waitForDone();
}

QTEST_GUILESS_MAIN(TestTaskRunner)
#include "test_task_runner.moc"
