// Experiment files: the format round-trips every setting, refuses newer versions, malformed
// JSON (by line), wrong fields (by name) and a corpus that changed; on the real window, an
// experiment saved from one window and opened in another reproduces the run's first 50 losses
// exactly.
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QtTest>

#include "compare/compare_page.h"
#include "compare/compare_settings_form.h"
#include "engine/training_controller.h"
#include "experiment/experiment_file.h"
#include "main_window.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/train_page.h"
#include "train/training_panel.h"
#include "widget_test_util.h"

using lmw::ui::Experiment;
using lmw::ui::ExperimentCorpus;
using lmw::ui::MainWindow;
using lmw::ui::TrainingController;

namespace {

Experiment sample() {
    Experiment e;
    e.tab = QStringLiteral("compare");
    e.trainCorpus.selection = QStringLiteral("builtin:stories");
    e.model.family = lmw::ModelFamily::Bert;
    e.model.layers = 3;
    e.model.heads = 2;
    e.model.embed = 48;
    e.model.block = 40;
    e.model.dropout = 0.125;
    e.train.objective.objective = lmw::Objective::MlmNsp;
    e.train.lr = 0.0012345678901234;
    e.train.iters = 777;
    e.train.batch = 9;
    e.train.seed = 4242;
    e.compareCorpus.selection = QStringLiteral("builtin:stories");
    e.compare.steps = 321;
    e.compare.positions = lmw::PositionEncoding::Alibi;
    e.compare.encoderFamily = lmw::ModelFamily::Bert;
    e.compare.maskRate = 0.2;
    e.compareEncoderObjective = lmw::Objective::MlmNsp;
    e.lesson = QStringLiteral("gpt");
    e.lessonStep = 3;
    return e;
}

std::vector<double> trainLosses(MainWindow& w, int steps) {
    auto* page = w.trainPage();
    std::vector<double> losses;
    QObject::connect(page->controller(), &TrainingController::progress, page,
                     [&losses](const QVector<lmw::StepMetrics>& batch) {
                         for (const auto& m : batch) losses.push_back(m.trainLoss);
                     });
    if (!QTest::qWaitFor([&] { return page->panel()->startAction()->isEnabled(); }, 20000))
        return {};
    page->panel()->startAction()->trigger();
    QTest::qWaitFor([&] { return page->controller()->state() == TrainingController::State::Idle; },
                    120000);
    if (int(losses.size()) > steps) losses.resize(std::size_t(steps));
    return losses;
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripsEverySetting();
    void badFilesAreRefusedWithAReason();
    void changedCorpusIsRefused();
    void reproducesTheRun();

private:
    QTemporaryDir dir_;
};

void TestExperiment::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
}

void TestExperiment::roundTripsEverySetting() {
    const Experiment e = sample();
    Experiment back;
    QString error;
    QVERIFY2(lmw::ui::readExperiment(lmw::ui::writeExperiment(e), back, error), qPrintable(error));
    QCOMPARE(back.tab, e.tab);
    QCOMPARE(back.trainCorpus.selection, e.trainCorpus.selection);
    QCOMPARE(back.model.family, e.model.family);
    QCOMPARE(back.model.layers, 3);
    QCOMPARE(back.model.dropout, 0.125);
    QCOMPARE(back.train.lr, e.train.lr);  // exact, not rounded
    QCOMPARE(back.train.iters, e.train.iters);
    QCOMPARE(back.train.seed, e.train.seed);
    QCOMPARE(back.train.objective.objective, lmw::Objective::MlmNsp);
    QCOMPARE(back.compare.steps, 321);
    QCOMPARE(back.compare.positions, lmw::PositionEncoding::Alibi);
    QCOMPARE(back.compare.maskRate, 0.2);
    QCOMPARE(back.compareEncoderObjective, lmw::Objective::MlmNsp);
    QCOMPARE(back.lesson, QStringLiteral("gpt"));
    QCOMPARE(back.lessonStep, 3);
}

void TestExperiment::badFilesAreRefusedWithAReason() {
    Experiment out;
    QString error;
    QByteArray text = lmw::ui::writeExperiment(sample());

    QVERIFY(!lmw::ui::readExperiment(text.left(text.size() / 2), out, error));
    QVERIFY2(error.startsWith(QStringLiteral("Line ")), qPrintable(error));

    QByteArray newer = text;
    newer.replace("\"version\": 1", "\"version\": 7");
    QVERIFY(!lmw::ui::readExperiment(newer, out, error));
    QVERIFY2(error.contains(QStringLiteral("version 7")) && error.contains(QStringLiteral("newer")),
             qPrintable(error));

    QByteArray steps = text;
    steps.replace("\"steps\": 321", "\"steps\": \"many\"");
    QVERIFY(!lmw::ui::readExperiment(steps, out, error));
    QVERIFY2(error.contains(QStringLiteral("compare.steps")), qPrintable(error));

    QByteArray family = text;
    family.replace("\"encoder\": \"bert\"", "\"encoder\": \"elmo\"");
    QVERIFY(!lmw::ui::readExperiment(family, out, error));
    QVERIFY2(error.contains(QStringLiteral("compare.encoder")), qPrintable(error));

    QVERIFY(!lmw::ui::readExperiment("[1, 2]", out, error));
    QVERIFY2(error.contains(QStringLiteral("not an LLM Workbench experiment")), qPrintable(error));
    QCOMPARE(out.tab, Experiment().tab);  // untouched by every refusal
}

void TestExperiment::changedCorpusIsRefused() {
    const std::string path = lmw::test::writeFile(
        dir_, "corpus.txt", QByteArray("the cat sat on the mat. ").repeated(40));
    ExperimentCorpus c;
    QString error;
    QVERIFY(lmw::ui::describeCorpus(QString::fromStdString(path), c, error));
    QCOMPARE(c.sha256.size(), 64);
    QVERIFY(lmw::ui::checkCorpus(c).isEmpty());
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(4);
    f.write("dog");  // same size, other content
    f.close();
    QVERIFY(lmw::ui::checkCorpus(c).contains(QStringLiteral("SHA-256")));
    QFile::remove(QString::fromStdString(path));
    QVERIFY(lmw::ui::checkCorpus(c).contains(QStringLiteral("does not exist")));
}

void TestExperiment::reproducesTheRun() {
    const QString file = dir_.filePath(QStringLiteral("run.lmw.json"));
    std::vector<double> first;
    {
        MainWindow a;
        a.show();
        QVERIFY(QTest::qWaitForWindowExposed(&a));
        lmw::ModelConfig m;
        m.layers = 2;
        m.heads = 4;
        m.embed = 32;
        m.block = 32;
        lmw::TrainConfig t;
        t.batch = 8;
        t.iters = 50;
        t.evalEvery = 50;
        t.evalIters = 2;
        t.threads = 1;
        t.seed = 99;
        a.trainPage()->panel()->form()->setConfigs(m, t);
        a.tabs()->setCurrentIndex(1);
        QVERIFY(a.saveExperimentFile(file));
        first = trainLosses(a, 50);
    }
    QCOMPARE(int(first.size()), 50);

    MainWindow b;
    b.show();
    QVERIFY(QTest::qWaitForWindowExposed(&b));
    lmw::TrainConfig other = b.trainPage()->panel()->form()->train();
    other.seed = 1;
    other.lr = 0.01;
    b.trainPage()->panel()->form()->setConfigs(b.trainPage()->panel()->form()->model(), other);
    b.tabs()->setCurrentIndex(0);
    QVERIFY(b.openExperimentFile(file));
    QCOMPARE(b.tabs()->currentIndex(), 1);
    QCOMPARE(b.trainPage()->panel()->form()->train().seed, std::uint64_t(99));
    const std::vector<double> second = trainLosses(b, 50);
    QCOMPARE(int(second.size()), 50);
    for (std::size_t i = 0; i < first.size(); ++i)
        QVERIFY2(first[i] == second[i], qPrintable(QStringLiteral("step %1: %2 vs %3")
                                                       .arg(i + 1)
                                                       .arg(first[i], 0, 'g', 17)
                                                       .arg(second[i], 0, 'g', 17)));
}

QTEST_MAIN(TestExperiment)
#include "test_experiment.moc"
