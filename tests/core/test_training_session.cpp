// The training session behind the seam: reproducible runs, resume that continues the same
// curve, run-folder records, stop/pause from another thread, memory refusal, snapshots.
#include <QFile>
#include <atomic>
#include <thread>

#include "api/error.h"
#include "api/run_store.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "test_util.h"
#include "training/lr_schedule.h"
#include "util/rng.h"

using lmw::CorpusSource;
using lmw::TrainingSession;

namespace {

using lmw::test::tinyModel;

lmw::TrainConfig shortRun(int iters) {
    return lmw::test::tinyTraining(iters);
}

CorpusSource corpus() {
    return lmw::test::tinyCorpus();
}

std::vector<double> losses(TrainingSession& s) {
    std::vector<double> out;
    lmw::TrainingCallbacks cb;
    cb.onStep = [&](const lmw::StepMetrics& m) { out.push_back(m.trainLoss); };
    s.train(cb);
    return out;
}

}  // namespace

class TestTrainingSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void reproducibleWithTheSameSeed();
    void lossFalls();
    void resumeContinuesTheSameCurve();
    void runFolderIsRecorded();
    void stopFromAnotherThread();
    void pauseHoldsTraining();
    void scheduleChangesWhilePaused();
    void chineseCorpusWorksEverywhere();
    void snapshotWhileTraining();
    void refusesWhatDoesNotFitInMemory();
    void oneWriterPerRunFolder();
    void rejectsBadConfiguration();
    void resumeRejectsAForeignCorpus();
    void everyFamilyLearns_data();
    void everyFamilyLearns();
    void staticMaskingResumesExactly();
    void subwordTokenizersInsideTorchProcesses();

private:
    QTemporaryDir dir_;
};

void TestTrainingSession::reproducibleWithTheSameSeed() {
    auto a = TrainingSession::create(tinyModel(), shortRun(8), corpus());
    auto b = TrainingSession::create(tinyModel(), shortRun(8), corpus());
    const auto la = losses(a);
    QCOMPARE(la.size(), std::size_t(8));
    QCOMPARE(la, losses(b));
}

void TestTrainingSession::lossFalls() {
    lmw::TrainConfig t = shortRun(150);
    t.lr = 3e-3;
    t.batch = 8;
    t.evalEvery = 150;
    t.evalIters = 4;
    auto s = TrainingSession::create(tinyModel(), t, corpus());
    std::vector<lmw::EvalMetrics> evals;
    lmw::TrainingCallbacks cb;
    cb.onEval = [&](const lmw::EvalMetrics& e) { evals.push_back(e); };
    const lmw::RunSummary sum = s.train(cb);
    QCOMPARE(evals.size(), std::size_t(2));  // before training and at the end
    QCOMPARE(evals.front().step, qint64(0));
    QVERIFY2(evals.back().valLoss < evals.front().valLoss - 0.8,
             qPrintable(QString("%1 -> %2").arg(evals.front().valLoss).arg(evals.back().valLoss)));
    QCOMPARE(sum.finalValLoss, evals.back().valLoss);
    QVERIFY(!sum.stopped);
}

void TestTrainingSession::resumeContinuesTheSameCurve() {
    const std::string full = dir_.filePath("full").toStdString();
    const std::string part = dir_.filePath("part").toStdString();
    auto whole = TrainingSession::create(tinyModel(), shortRun(12), corpus(), full);
    const auto expected = losses(whole);
    auto first = TrainingSession::create(tinyModel(), shortRun(12), corpus(), part);
    lmw::TrainingCallbacks stopAt7;
    stopAt7.onStep = [&](const lmw::StepMetrics& m) {
        if (m.step == 7) first.requestStop();
    };
    const lmw::RunSummary s1 = first.train(stopAt7);
    QCOMPARE(s1.steps, qint64(7));
    QVERIFY(s1.stopped);

    auto second = TrainingSession::resume(part, corpus());
    QCOMPARE(second.step(), qint64(7));
    const auto rest = losses(second);
    QCOMPARE(rest.size(), std::size_t(5));
    // Same weights, optimizer moments, data order and dropout RNG: the very same losses.
    QCOMPARE(rest, std::vector<double>(expected.begin() + 7, expected.end()));

    const auto a = lmw::loadRun(full).metrics;
    const auto b = lmw::loadRun(part).metrics;
    QCOMPARE(a.size(), b.size());  // one row per step plus the step-0 evaluation
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].step, b[i].step);
        QCOMPARE(QString::number(a[i].trainLoss, 'f', 6), QString::number(b[i].trainLoss, 'f', 6));
    }
}

void TestTrainingSession::runFolderIsRecorded() {
    const std::string dir = dir_.filePath("recorded").toStdString();
    auto s = TrainingSession::create(tinyModel(), shortRun(10), corpus(), dir);
    s.train();
    const lmw::RunRecord r = lmw::loadRun(dir);
    QVERIFY(r.hasCheckpoint);
    QVERIFY(r.hasSummary);
    QCOMPARE(r.summary.steps, qint64(10));
    QCOMPARE(r.model.embed, 16);
    QCOMPARE(r.parameters, s.parameterCount());
    QCOMPARE(QString::fromStdString(r.corpusName), QStringLiteral("stories"));
    QCOMPARE(r.metrics.size(), std::size_t(11));  // steps 0..10
    QCOMPARE(r.metrics.back().step, qint64(10));
    int evaluated = 0;
    for (const auto& row : r.metrics) evaluated += std::isfinite(row.valLoss) ? 1 : 0;
    QCOMPARE(evaluated, 3);  // steps 0, 5 and 10
    QFile csv(QString::fromStdString(dir + "/metrics.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readLine().trimmed(),
             QByteArray("step,train_loss,val_loss,lr,tokens_per_s,elapsed_s"));
}

void TestTrainingSession::stopFromAnotherThread() {
    auto s = TrainingSession::create(tinyModel(), shortRun(1000000), corpus());
    std::atomic<qint64> lastStep{0};
    std::thread stopper([&] {
        while (lastStep.load() < 3) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        s.requestStop();
    });
    lmw::TrainingCallbacks cb;
    cb.onStep = [&](const lmw::StepMetrics& m) { lastStep.store(m.step); };
    QElapsedTimer timer;
    timer.start();
    const auto sum = s.train(cb);
    stopper.join();
    QVERIFY(sum.stopped);
    QVERIFY(sum.steps >= 3 && sum.steps < 1000000);
    QVERIFY(timer.elapsed() < 10000);
}

void TestTrainingSession::pauseHoldsTraining() {
    auto s = TrainingSession::create(tinyModel(), shortRun(1000000), corpus());
    std::atomic<qint64> lastStep{0};
    std::thread runner([&] {
        lmw::TrainingCallbacks cb;
        cb.onStep = [&](const lmw::StepMetrics& m) { lastStep.store(m.step); };
        s.train(cb);
    });
    while (lastStep.load() < 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    s.setPaused(true);
    QVERIFY(s.isPaused());
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // let the current step end
    const qint64 held = lastStep.load();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    QCOMPARE(lastStep.load(), held);
    s.setPaused(false);
    while (lastStep.load() < held + 2) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    s.setPaused(true);
    s.requestStop();  // a stop also ends a pause
    runner.join();
    QVERIFY(lastStep.load() >= held + 2);
}

void TestTrainingSession::scheduleChangesWhilePaused() {
    const std::string dir = dir_.filePath(QStringLiteral("schedule")).toStdString();
    lmw::TrainConfig t = shortRun(40);
    t.warmup = 0;
    t.lr = 1e-3;
    t.minLr = 1e-4;
    t.evalEvery = 20;
    auto s = TrainingSession::create(tinyModel(), t, corpus(), dir);
    QCOMPARE(s.changeSchedule(5e-4, 5e-5), std::int64_t(-1));  // not paused: refused
    std::vector<lmw::StepMetrics> steps;
    std::atomic<bool> pausedNow{false};
    std::thread runner([&] {
        lmw::TrainingCallbacks cb;
        cb.onStep = [&](const lmw::StepMetrics& m) {
            steps.push_back(m);
            if (m.step == 10) {
                s.setPaused(true);  // takes effect before step 11
                pausedNow.store(true);
            }
        };
        s.train(cb);
    });
    while (!pausedNow.load()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::int64_t from = -1;
    for (int i = 0; i < 5000 && from < 0; ++i) {
        from = s.changeSchedule(5e-4, 5e-5);
        if (from < 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    QCOMPARE(from, std::int64_t(11));
    QVERIFY_EXCEPTION_THROWN(s.changeSchedule(2e-3, 5e-3), lmw::Error);  // floor above peak
    s.setPaused(false);
    runner.join();
    QCOMPARE(int(steps.size()), 40);
    lmw::TrainConfig changed = t;
    changed.lr = 5e-4;
    changed.minLr = 5e-5;
    for (const auto& m : steps) {
        const double want = lmw::learningRateAt(long(m.step - 1), m.step <= 10 ? t : changed);
        QVERIFY2(std::abs(m.lr - want) < 1e-12, qPrintable(QString::number(m.step)));
    }
    QFile csv(QString::fromStdString(dir + "/schedule_changes.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(csv.readAll()), QStringLiteral("step,lr,min_lr\n11,0.0005,5e-05\n"));
    const lmw::RunRecord record = lmw::loadRun(dir);
    QCOMPARE(int(record.scheduleChanges.size()), 1);
    QCOMPARE(record.scheduleChanges[0].step, std::int64_t(11));
    QCOMPARE(record.scheduleChanges[0].lr, 5e-4);
    QCOMPARE(record.scheduleChanges[0].minLr, 5e-5);
    // The checkpoint keeps the new schedule: a continued run goes on with it.
    auto resumed = TrainingSession::resume(dir, corpus(), 60);
    QCOMPARE(resumed.trainConfig().lr, 5e-4);
    QCOMPARE(resumed.trainConfig().minLr, 5e-5);
}

void TestTrainingSession::chineseCorpusWorksEverywhere() {
    // A Chinese corpus of short made-up lines (no spaces): the characters are the tokens, and
    // samples, attention labels and predictions come back as whole characters.
    const std::vector<std::string> subjects{"小猫", "小狗", "春风", "明月", "老师", "孩子"};
    const std::vector<std::string> verbs{"看见", "喜欢", "想起", "走过"};
    const std::vector<std::string> objects{"山上的花", "河边的树", "天上的云", "门前的路"};
    std::string text;
    lmw::Rng rng(7);
    for (int i = 0; i < 3000; ++i)
        text += subjects[rng.below(subjects.size())] + verbs[rng.below(verbs.size())] +
                objects[rng.below(objects.size())] + "。\n";
    const auto corpus = lmw::CorpusSource::fromText("中文", text);
    for (const char* tokenizer : {"char", "bpe"}) {
        lmw::TrainConfig t = shortRun(60);
        t.tokenizer.kind = tokenizer;
        if (std::string(tokenizer) == "bpe") t.tokenizer.vocabSize = 120;
        auto s = TrainingSession::create(tinyModel(), t, corpus);
        s.train();
        const lmw::TextGenerator gen = s.snapshot();
        lmw::GenerateOptions o;
        o.prompt = "小猫";
        o.maxTokens = 30;
        o.seed = 3;
        const QString sample = QString::fromStdString(gen.generate(o));
        QVERIFY2(!sample.isEmpty() && !sample.contains(QChar::ReplacementCharacter),
                 qPrintable(sample));
        // Only characters of the corpus, never half of one (SentencePiece may add the spaces
        // of its word-start marker, and its tab symbol is in every vocabulary).
        for (const QChar c : sample)
            QVERIFY2(c.isSpace() || QString::fromStdString(text).contains(c), qPrintable(sample));
        const lmw::AttentionSnapshot snap = gen.attention("春风想起天上的云。");
        QVERIFY(!snap.maps.empty());
        QString labels;
        for (const std::string& k : snap.maps.front().keyTokens)
            labels += QString::fromStdString(k);
        labels.remove(QChar(0x2581)).remove(u' ');  // SentencePiece's word-start marker
        QCOMPARE(labels, QStringLiteral("春风想起天上的云。"));
    }
}

void TestTrainingSession::snapshotWhileTraining() {
    auto s = TrainingSession::create(tinyModel(), shortRun(1000000), corpus());
    std::atomic<qint64> lastStep{0};
    std::thread runner([&] {
        lmw::TrainingCallbacks cb;
        cb.onStep = [&](const lmw::StepMetrics& m) { lastStep.store(m.step); };
        s.train(cb);
    });
    while (lastStep.load() < 5) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const lmw::TextGenerator gen = s.snapshot();
    lmw::GenerateOptions o;
    o.prompt = "Once";
    o.maxTokens = 20;
    const std::string text = gen.generate(o);  // while the session keeps training
    s.requestStop();
    runner.join();
    QVERIFY(gen.step() >= 5);
    QCOMPARE(QString::fromStdString(text).size(), 20);
}

void TestTrainingSession::refusesWhatDoesNotFitInMemory() {
    lmw::ModelConfig huge = tinyModel();
    huge.layers = 200;
    huge.embed = 16384;
    huge.heads = 16;
    try {
        TrainingSession::create(huge, shortRun(10), corpus());
        QFAIL("expected a refusal");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString(e.what()).contains("at most 2 billion"), e.what());  // 644 B parameters
    }
    // Few parameters, but a batch whose activations alone need terabytes.
    lmw::TrainConfig wide = shortRun(10);
    wide.batch = 1000000;
    try {
        TrainingSession::create(tinyModel(), wide, corpus());
        QFAIL("expected a refusal");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString(e.what()).contains("of memory is free"), e.what());
    }
}

void TestTrainingSession::oneWriterPerRunFolder() {
    // A second writer on a folder that is being written is refused, naming the process; the
    // folder is unchanged. Once the first run has trained, the folder can be continued.
    QTemporaryDir dir;
    const std::string run = dir.filePath("run").toStdString();
    auto first = TrainingSession::create(tinyModel(), shortRun(3), corpus(), run);
    QFile config(QString::fromStdString(run + "/config.json"));
    QVERIFY(config.open(QIODevice::ReadOnly));
    const QByteArray before = config.readAll();
    config.close();
    try {
        TrainingSession::create(tinyModel(), shortRun(5), corpus(), run);
        QFAIL("two writers on one run folder");
    } catch (const lmw::Error& e) {
        QVERIFY2(
            QString(e.what()).contains("being written by another run") &&
                QString(e.what()).contains(QString::number(QCoreApplication::applicationPid())),
            e.what());
    }
    QVERIFY(config.open(QIODevice::ReadOnly));
    QCOMPARE(config.readAll(), before);
    config.close();
    first.train();
    auto resumed = TrainingSession::resume(run, corpus(), 4);
    resumed.train();
    QCOMPARE(resumed.step(), std::int64_t(4));
}

void TestTrainingSession::rejectsBadConfiguration() {
    lmw::ModelConfig m = tinyModel();
    m.heads = 3;  // 16 is not divisible by 3
    QVERIFY_THROWS_EXCEPTION(lmw::Error, TrainingSession::create(m, shortRun(10), corpus()));
    lmw::TrainConfig t = shortRun(10);
    t.lr = -1;
    QVERIFY_THROWS_EXCEPTION(lmw::Error, TrainingSession::create(tinyModel(), t, corpus()));
}

void TestTrainingSession::resumeRejectsAForeignCorpus() {
    const std::string dir = dir_.filePath("foreign").toStdString();
    auto s = TrainingSession::create(tinyModel(), shortRun(5), corpus(), dir);
    s.train();
    try {
        TrainingSession::resume(
            dir, CorpusSource::fromText("zh", std::string(200, 'a') + "春天来了"), 10);
        QFAIL("expected an error");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString(e.what()).contains("vocabulary"), e.what());
    }
    // Already finished: asking to continue without more steps is explained.
    QVERIFY_THROWS_EXCEPTION(lmw::Error, TrainingSession::resume(dir, corpus()));
}

void TestTrainingSession::everyFamilyLearns_data() {
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("objective");
    QTest::newRow("lstm clm") << "lstm"
                              << "clm";
    QTest::newRow("bert mlm+nsp") << "bert"
                                  << "mlm+nsp";
    QTest::newRow("bert mlm") << "bert"
                              << "mlm";
    QTest::newRow("roberta mlm") << "roberta"
                                 << "mlm";
    QTest::newRow("bart denoise") << "bart"
                                  << "denoise";
}

void TestTrainingSession::everyFamilyLearns() {
    QFETCH(QString, family);
    QFETCH(QString, objective);
    lmw::ModelConfig m =
        lmw::familyDefaults(lmw::familyFromName(family.toStdString()), tinyModel());
    m.block = 32;
    lmw::TrainConfig t = shortRun(120);
    t.batch = 8;
    t.lr = 3e-3;
    t.evalEvery = 120;
    t.evalIters = 3;
    t.objective.objective = lmw::objectiveFromName(objective.toStdString());
    auto s = TrainingSession::create(
        m, t, CorpusSource::fromText("stories", lmw::generateStories(3, 40000)));
    std::vector<lmw::EvalMetrics> evals;
    lmw::TrainingCallbacks cb;
    cb.onEval = [&](const lmw::EvalMetrics& e) { evals.push_back(e); };
    s.train(cb);
    QCOMPARE(evals.size(), std::size_t(2));
    QVERIFY2(evals.back().valLoss < evals.front().valLoss - 0.3,
             qPrintable(QString("%1 -> %2").arg(evals.front().valLoss).arg(evals.back().valLoss)));
}

void TestTrainingSession::staticMaskingResumesExactly() {
    lmw::ModelConfig m = lmw::familyDefaults(lmw::ModelFamily::Bert, tinyModel());
    m.block = 32;
    lmw::TrainConfig t = shortRun(12);
    t.objective.objective = lmw::Objective::MlmNsp;
    t.objective.dynamicMasking = false;
    t.objective.dupeFactor = 2;
    const auto text = CorpusSource::fromText("stories", lmw::generateStories(3, 40000));
    auto whole = TrainingSession::create(m, t, text);
    const auto expected = losses(whole);
    const std::string dir = dir_.filePath("static").toStdString();
    auto first = TrainingSession::create(m, t, text, dir);
    lmw::TrainingCallbacks stopAt7;
    stopAt7.onStep = [&](const lmw::StepMetrics& s) {
        if (s.step == 7) first.requestStop();
    };
    first.train(stopAt7);
    auto second = TrainingSession::resume(dir, text);
    QCOMPARE(losses(second), std::vector<double>(expected.begin() + 7, expected.end()));
}

void TestTrainingSession::subwordTokenizersInsideTorchProcesses() {
    // SentencePiece and LibTorch carry different protobuf versions; loading both in one process
    // must work (SentencePiece is loaded privately) for training, checkpoints and sampling.
    for (const char* kind : {"bpe", "unigram"}) {
        lmw::TrainConfig t = shortRun(6);
        t.tokenizer.kind = kind;
        t.tokenizer.vocabSize = 200;
        const std::string dir = dir_.filePath(QString("subword-") + kind).toStdString();
        auto s = TrainingSession::create(tinyModel(), t, corpus(), dir);
        QCOMPARE(s.corpusInfo().vocabSize, 200);
        QVERIFY(s.corpusInfo().trainTokens <
                s.corpusInfo().characters * 0.9);  // fewer tokens than characters
        s.train();
        lmw::GenerateOptions o;
        o.prompt = "Once upon a time";
        o.maxTokens = 8;
        const std::string text = lmw::TextGenerator::load(dir).generate(o);
        QVERIFY(!text.empty());
    }
}

QTEST_APPLESS_MAIN(TestTrainingSession)
#include "test_training_session.moc"
