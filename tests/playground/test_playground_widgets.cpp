// The Playground's parts without a model: the engine thread's order, cancellation and probes,
// the token view's click mapping and marks, and the probability bars.
#include <QSignalSpy>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <vector>

#include "engine/playground_engine.h"
#include "playground/token_view.h"
#include "widgets/probability_bars.h"

using lmw::ui::PlaygroundEngine;
using lmw::ui::ProbabilityBars;
using lmw::ui::TokenView;

class TestPlaygroundWidgets : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void engineRunsJobsInOrder();
    void engineCancelsByTicket();
    void probesAreServedBetweenTokens();
    void tokenViewMapsClicksToTokens();
    void tokenViewMarksAndHighlights();
    void barsKeepAndDrawTheirEntries();
    void barsMarkTheTruthAndAWrongPrediction();
};

void TestPlaygroundWidgets::engineRunsJobsInOrder() {
    PlaygroundEngine engine;
    std::mutex m;
    std::vector<int> order;
    std::atomic<int> done{0};
    std::atomic<bool> sawModel{false};
    std::vector<std::int64_t> tickets;
    for (int i = 0; i < 5; ++i)
        tickets.push_back(engine.post([&, i](PlaygroundEngine::State& s, std::int64_t) {
            if (s.model) sawModel = true;
            std::lock_guard<std::mutex> lock(m);
            order.push_back(i);
            ++done;
        }));
    QTRY_COMPARE_WITH_TIMEOUT(done.load(), 5, 5000);
    QCOMPARE(order, (std::vector<int>{0, 1, 2, 3, 4}));
    QVERIFY(!sawModel.load());
    QCOMPARE(tickets, (std::vector<std::int64_t>{1, 2, 3, 4, 5}));
    QTRY_VERIFY(engine.isIdle());
}

void TestPlaygroundWidgets::engineCancelsByTicket() {
    PlaygroundEngine engine;
    std::atomic<bool> started{false}, sawCancel{false}, laterSawCancel{true};
    std::atomic<int> loops{0};
    engine.post([&](PlaygroundEngine::State&, std::int64_t t) {
        started = true;
        while (!engine.isCancelled(t) && loops < 100000) {
            ++loops;
            QThread::msleep(1);
        }
        sawCancel = engine.isCancelled(t);
    });
    QTRY_VERIFY(started.load());
    engine.cancelAll();
    std::atomic<bool> ran{false};
    engine.post([&](PlaygroundEngine::State&, std::int64_t t) {  // posted after the cancel: runs
        laterSawCancel = engine.isCancelled(t);
        ran = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(ran.load(), 5000);
    QVERIFY(sawCancel.load());
    QVERIFY(!laterSawCancel.load());
    QVERIFY(loops.load() < 100000);
}

void TestPlaygroundWidgets::probesAreServedBetweenTokens() {
    PlaygroundEngine engine;
    std::atomic<bool> started{false}, finished{false}, probed{false};
    std::atomic<int> probedAtStep{-1};
    std::atomic<int> step{0};
    engine.post([&](PlaygroundEngine::State& s, std::int64_t t) {
        started = true;
        // A "generation": many small steps, serving probes between them.
        for (int i = 0; i < 5000 && !engine.isCancelled(t); ++i) {
            step = i;
            engine.serveProbes(s);
            QThread::msleep(1);
        }
        finished = true;
    });
    QTRY_VERIFY(started.load());
    engine.probe([&](PlaygroundEngine::State&, std::int64_t) {
        probedAtStep = step.load();
        probed = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(probed.load(), 2000);
    QVERIFY(!finished.load());  // answered while the long job still ran
    QVERIFY(probedAtStep.load() >= 0);
    engine.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(finished.load(), 5000);
}

void TestPlaygroundWidgets::tokenViewMapsClicksToTokens() {
    TokenView view;
    view.resize(500, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTokens(QStringLiteral("Prompt: "),
                   {QStringLiteral("ab"), QStringLiteral(" "), QStringLiteral("c"),
                    QStringLiteral("\n"), QStringLiteral("def")});
    view.appendTokens({QStringLiteral("g"), QStringLiteral("hij")});
    QCOMPARE(view.tokenCount(), 7);
    QCOMPARE(view.textBefore(4), QStringLiteral("Prompt: ab c\n"));
    QCOMPARE(view.toPlainText(), QStringLiteral("Prompt: ab c\ndefghij"));
    QSignalSpy clicked(&view, &TokenView::tokenClicked);
    for (int i : {0, 2, 4, 5, 6}) {
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.tokenCenter(i));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.takeFirst().at(0).toInt(), i);
    }
    // The prompt is not a token.
    QCOMPARE(view.tokenAt(QPoint(2, view.tokenCenter(0).y())), -1);
    view.highlightToken(5);
    QCOMPARE(view.highlightedToken(), 5);
    QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.takeFirst().at(0).toInt(), 6);
}

void TestPlaygroundWidgets::tokenViewMarksAndHighlights() {
    TokenView view;
    const QStringList tokens{QStringLiteral("T"), QStringLiteral("he"), QStringLiteral("<mask>"),
                             QStringLiteral(" cat"), QStringLiteral("<mask>")};
    const QVector<bool> marks{false, false, true, false, true};
    view.setTokens(QString(), tokens, marks);
    QCOMPARE(view.markedTokens(), marks);
    view.highlightToken(1);  // a highlight is not a mark
    QCOMPARE(view.markedTokens(), marks);
    view.highlightToken(99);
    QCOMPARE(view.highlightedToken(), -1);
    view.clearTokens();
    QCOMPARE(view.tokenCount(), 0);
    QVERIFY(view.markedTokens().isEmpty());
}

void TestPlaygroundWidgets::barsKeepAndDrawTheirEntries() {
    ProbabilityBars bars;
    bars.resize(400, 200);
    QVector<ProbabilityBars::Entry> entries{
        {QStringLiteral("e"), 0.5}, {QStringLiteral(" "), 0.25}, {QStringLiteral("\n"), 0.125}};
    bars.setEntries(QStringLiteral("Token 3"), entries, 1);
    QCOMPARE(bars.entries().size(), qsizetype(3));
    QCOMPARE(bars.highlighted(), 1);
    QCOMPARE(bars.toText(),
             QStringLiteral("Token 3\ne\t0.500000\n\u2423\t0.250000\n\u21b5\t0.125000\n"));
    QCOMPARE(ProbabilityBars::visibleToken(QStringLiteral("a b\n")),
             QStringLiteral("a\u2423b\u21b5"));
    const QImage image = bars.grab().toImage();
    // The highlighted row has an orange bar, the others blue ones.
    int orange = 0, blue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c == QColor(211, 84, 0)) ++orange;
            if (c == QColor(31, 97, 141)) ++blue;
        }
    QVERIFY(orange > 50);
    QVERIFY(blue > 2 * orange);  // 0.5 + 0.125 against 0.25 of the same scale
    bars.setEntries(QString(), entries, 7);
    QCOMPARE(bars.highlighted(), -1);
    bars.clear(QStringLiteral("nothing"));
    QVERIFY(bars.entries().isEmpty());
    QCOMPARE(bars.message(), QStringLiteral("nothing"));
}

void TestPlaygroundWidgets::barsMarkTheTruthAndAWrongPrediction() {
    // The Prompt lab's use: labels, not tokens; a fixed 0..100% scale; the true label green and
    // ticked, the wrong prediction red.
    ProbabilityBars bars;
    bars.resize(400, 120);
    bars.setShowsTokens(false);
    bars.setAbsoluteScale(true);
    using Mark = ProbabilityBars::Mark;
    bars.setEntries(QString(), {{QStringLiteral("sport"), 0.3, Mark::Truth},
                                {QStringLiteral("food"), 0.6, Mark::Wrong},
                                {QStringLiteral("music"), 0.1, Mark::None}});
    QCOMPARE(bars.probabilities(), (std::vector<double>{0.3, 0.6, 0.1}));
    QCOMPARE(bars.toText(), QStringLiteral("sport\t0.300000\nfood\t0.600000\nmusic\t0.100000\n"));
    const auto count = [](const QImage& image, const QColor& colour) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) n += image.pixelColor(x, y) == colour;
        return n;
    };
    const QImage absolute = bars.grab().toImage();
    const int green = count(absolute, QColor(46, 160, 67));
    const int red = count(absolute, QColor(207, 34, 46));
    QVERIFY(green > 50);
    QVERIFY2(red > 3 * green / 2 && red < 5 * green / 2, qPrintable(QString::number(red)));
    // Stretched to the largest value (0.6 rounds up to 0.6), the same bars get longer.
    bars.setAbsoluteScale(false);
    QVERIFY(count(bars.grab().toImage(), QColor(46, 160, 67)) > 3 * green / 2);
}

QTEST_MAIN(TestPlaygroundWidgets)
#include "test_playground_widgets.moc"
