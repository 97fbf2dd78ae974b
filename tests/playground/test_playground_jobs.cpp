// The Playground's engine jobs on a real PlaygroundEngine: without a model every job says so,
// a failing or cancelled load, and a small Hugging Face GPT-2 folder (no training needed)
// loaded, probed, classified (it has no head) and generating until done or cancelled. Results
// arrive on the context's thread with their job's ticket.
#include <QSignalSpy>
#include <QtTest>
#include <atomic>
#include <optional>

#include "api/error.h"
#include "api/text_generator.h"
#include "engine/playground_engine.h"
#include "playground/playground_jobs.h"
#include "widget_test_util.h"

using lmw::TextGenerator;
using lmw::ui::DenoiseResult;
using lmw::ui::GenerationHandlers;
using lmw::ui::PieceProbabilities;
using lmw::ui::PlaygroundEngine;
using lmw::ui::PlaygroundModelInfo;

namespace {

/// What the callbacks of one job received.
struct Outcome {
    std::int64_t ticket = -1;
    QString message;
    bool done = false;
    bool failed = false;
};

template <typename T>
lmw::ui::PlaygroundJobResult<T> doneInto(Outcome& o) {
    return [&o](std::int64_t t, const T&) {
        o.ticket = t;
        o.done = true;
    };
}

lmw::ui::PlaygroundJobFailure failedInto(Outcome& o) {
    return [&o](std::int64_t t, const QString& m) {
        o.ticket = t;
        o.message = m;
        o.failed = true;
    };
}

}  // namespace

class TestPlaygroundJobs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutAModelEveryJobSaysSo();
    void aFailingLoadIsExplained();
    void aCancelledLoadReportsNothing();
    void loadsProbesAndGenerates();
    void cancellingStopsAGeneration();

private:
    /// Loads the Hugging Face folder into `engine`; the info it reports.
    std::optional<PlaygroundModelInfo> load(PlaygroundEngine& engine, QObject* context);

    QTemporaryDir dir_;
    QString folder_;
};

void TestPlaygroundJobs::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    folder_ = lmw::test::makeHfGpt2Folder(dir_, QStringLiteral("hf-gpt2"));
    QVERIFY(!folder_.isEmpty());
}

std::optional<PlaygroundModelInfo> TestPlaygroundJobs::load(PlaygroundEngine& engine,
                                                            QObject* context) {
    std::optional<PlaygroundModelInfo> info;
    Outcome o;
    const std::string folder = folder_.toStdString();
    engine.post(lmw::ui::loadModelJob(
        context, &engine, [folder] { return TextGenerator::load(folder); },
        [&](std::int64_t, const PlaygroundModelInfo& i) { info = i; }, failedInto(o)));
    if (!QTest::qWaitFor([&] { return info || o.failed; }, 20000)) return std::nullopt;
    return info;
}

void TestPlaygroundJobs::withoutAModelEveryJobSaysSo() {
    QObject context;
    PlaygroundEngine engine;
    Outcome fill, denoise, classify, next, preview, generate;
    std::vector<std::int64_t> tickets;
    tickets.push_back(engine.post(
        lmw::ui::fillMaskJob(&context, "a <mask>", 5,
                             doneInto<std::vector<lmw::MaskPrediction>>(fill), failedInto(fill))));
    tickets.push_back(
        engine.post(lmw::ui::denoiseJob(&context, "A text.", lmw::ObjectiveConfig(), 1, 1,
                                        doneInto<DenoiseResult>(denoise), failedInto(denoise))));
    tickets.push_back(engine.post(lmw::ui::classifyJob(
        &context, "A text.", doneInto<PieceProbabilities>(classify), failedInto(classify))));
    tickets.push_back(engine.post(lmw::ui::maskingPreviewJob(
        &context, "A text.", lmw::ObjectiveConfig(), 1,
        doneInto<std::vector<lmw::MaskedToken>>(preview), failedInto(preview))));
    engine.probe(lmw::ui::nextTokensJob(&context, "A", 10, doneInto<PieceProbabilities>(next),
                                        failedInto(next)));
    bool streamed = false, finished = false;
    GenerationHandlers handlers;
    handlers.tokens = [&](std::int64_t, const QStringList&) { streamed = true; };
    handlers.finished = [&](std::int64_t, bool) { finished = true; };
    handlers.failed = failedInto(generate);
    tickets.push_back(
        engine.post(lmw::ui::generateJob(&context, &engine, lmw::GenerateOptions(), handlers)));
    const Outcome* outcomes[] = {&fill, &denoise, &classify, &preview, &generate};
    QTRY_VERIFY_WITH_TIMEOUT(next.failed && generate.failed, 10000);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(outcomes[i]->failed);
        QVERIFY(!outcomes[i]->done);
        QCOMPARE(outcomes[i]->message, QStringLiteral("No model is loaded."));
        QCOMPARE(outcomes[i]->ticket, tickets[std::size_t(i)]);  // each with its own ticket
    }
    QCOMPARE(next.message, QStringLiteral("No model is loaded."));
    QCOMPARE(next.ticket, std::int64_t(0));  // probes have none
    QVERIFY(!streamed && !finished);
}

void TestPlaygroundJobs::aFailingLoadIsExplained() {
    QObject context;
    PlaygroundEngine engine;
    Outcome o;
    bool loaded = false;
    const std::int64_t ticket = engine.post(lmw::ui::loadModelJob(
        &context, &engine,
        []() -> TextGenerator { throw lmw::Error("Checkpoint 'x' is truncated."); },
        [&](std::int64_t, const PlaygroundModelInfo&) { loaded = true; }, failedInto(o)));
    QTRY_VERIFY_WITH_TIMEOUT(o.failed, 10000);
    QCOMPARE(o.ticket, ticket);
    QCOMPARE(o.message, QStringLiteral("Checkpoint 'x' is truncated."));
    QVERIFY(!loaded);
}

void TestPlaygroundJobs::aCancelledLoadReportsNothing() {
    QObject context;
    PlaygroundEngine engine;
    std::atomic<bool> started{false}, release{false}, made{false};
    engine.post([&](PlaygroundEngine::State&, std::int64_t) {
        started = true;
        while (!release) QThread::msleep(1);
    });
    QTRY_VERIFY(started.load());
    Outcome o;
    bool loaded = false;
    const std::string folder = folder_.toStdString();
    engine.post(lmw::ui::loadModelJob(
        &context, &engine,
        [&made, folder] {
            made = true;
            return TextGenerator::load(folder);
        },
        [&](std::int64_t, const PlaygroundModelInfo&) { loaded = true; }, failedInto(o)));
    engine.cancelAll();
    release = true;
    QTRY_VERIFY_WITH_TIMEOUT(engine.isIdle(), 10000);
    QTest::qWait(50);  // anything queued for the context would have arrived
    QVERIFY(!made.load());
    QVERIFY(!loaded && !o.failed);
}

void TestPlaygroundJobs::loadsProbesAndGenerates() {
    QObject context;
    PlaygroundEngine engine;
    const auto info = load(engine, &context);
    QVERIFY(info.has_value());
    QVERIFY(info->imported);
    QVERIFY(info->continuesText);
    QVERIFY(!info->encoder);
    QCOMPARE(info->config.vocabSize, 97);
    const TextGenerator reference = TextGenerator::load(folder_.toStdString());

    // The next-token distribution is the engine's own.
    std::optional<PieceProbabilities> next;
    engine.probe(lmw::ui::nextTokensJob(
        &context, "a t", 10, [&](std::int64_t, const PieceProbabilities& p) { next = p; },
        [](std::int64_t, const QString&) {}));
    QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), 10000);
    const auto expected = reference.nextTokens("a t", 10);
    QCOMPARE(next->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE((*next)[i].first, expected[i].first);
        QVERIFY(std::abs((*next)[i].second - expected[i].second) < 1e-6);
    }

    // No classification head: an explanation, not a result.
    Outcome classify;
    engine.post(lmw::ui::classifyJob(&context, "a tale", doneInto<PieceProbabilities>(classify),
                                     failedInto(classify)));
    QTRY_VERIFY_WITH_TIMEOUT(classify.failed, 10000);
    QCOMPARE(classify.message, QStringLiteral("This model has no classification head."));
    QVERIFY(!classify.done);

    // A generation streams its tokens, then finishes unstopped.
    lmw::GenerateOptions options;
    options.prompt = "a tale";
    options.maxTokens = 12;
    QStringList tokens;
    std::optional<bool> stopped;
    std::int64_t streamedTicket = -1;
    GenerationHandlers handlers;
    handlers.tokens = [&](std::int64_t t, const QStringList& pieces) {
        streamedTicket = t;
        tokens += pieces;
    };
    handlers.finished = [&](std::int64_t, bool s) { stopped = s; };
    QString failure;
    handlers.failed = [&](std::int64_t, const QString& m) { failure = m; };
    const std::int64_t ticket =
        engine.post(lmw::ui::generateJob(&context, &engine, options, handlers));
    QTRY_VERIFY_WITH_TIMEOUT(stopped.has_value() || !failure.isEmpty(), 20000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(!*stopped);
    QCOMPARE(streamedTicket, ticket);
    QCOMPARE(tokens.size(), qsizetype(12));
    QCOMPARE(tokens.join(QString()), QString::fromStdString(reference.generate(options)));
}

void TestPlaygroundJobs::cancellingStopsAGeneration() {
    QObject context;
    PlaygroundEngine engine;
    QVERIFY(load(engine, &context).has_value());
    lmw::GenerateOptions options;
    options.maxTokens = 100000;
    int count = 0;
    std::optional<bool> stopped;
    GenerationHandlers handlers;
    handlers.tokens = [&](std::int64_t, const QStringList& pieces) { count += int(pieces.size()); };
    handlers.finished = [&](std::int64_t, bool s) { stopped = s; };
    QString failure;
    handlers.failed = [&](std::int64_t, const QString& m) { failure = m; };
    engine.post(lmw::ui::generateJob(&context, &engine, options, handlers));
    QTRY_VERIFY_WITH_TIMEOUT(count > 5 || !failure.isEmpty(), 20000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    engine.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(stopped.has_value(), 10000);
    QVERIFY(*stopped);
    QVERIFY(count < 100000);
}

QTEST_MAIN(TestPlaygroundJobs)
#include "test_playground_jobs.moc"
