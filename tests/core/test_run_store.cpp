// Run folders: listing, loading, metrics.csv parsing (incl. damaged files), unique names.
#include <QDir>
#include <QtTest>

#include "api/error.h"
#include "api/run_store.h"
#include "test_util.h"

#include <unistd.h>

class TestRunStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void metricsCsv();
    void partialLastLineIsTolerated();
    void malformedLineIsNamed();
    void listSkipsFoldersThatAreNotRuns();
    void makeRunDirIsUnique();
    void hostileWorkspaceEntries();

private:
    QTemporaryDir dir_;
};

void TestRunStore::metricsCsv() {
    const std::string path = lmw::test::writeFile(
        dir_, "m.csv",
        "step,train_loss,val_loss,lr,tokens_per_s,elapsed_s\n"
        "0,4.17,4.18,1e-05,0,0\n1,4.1,,2e-05,1000.5,0.5\r\n2,4.0,,3e-05,1100,1.0\n");
    const auto rows = lmw::readMetricsCsv(path);
    QCOMPARE(rows.size(), std::size_t(3));
    QCOMPARE(rows[0].valLoss, 4.18);
    QVERIFY(std::isnan(rows[1].valLoss));
    QCOMPARE(rows[1].tokensPerSec, 1000.5);
    QCOMPARE(rows[2].step, qint64(2));
}

void TestRunStore::partialLastLineIsTolerated() {
    const std::string path = lmw::test::writeFile(
        dir_, "p.csv",
        "step,train_loss,val_loss,lr,tokens_per_s,elapsed_s\n1,4.1,,2e-05,1000,0.5\n2,4.0");
    QCOMPARE(lmw::readMetricsCsv(path).size(), std::size_t(1));
}

void TestRunStore::malformedLineIsNamed() {
    const std::string path =
        lmw::test::writeFile(dir_, "bad.csv",
                             "step,train_loss,val_loss,lr,tokens_per_s,elapsed_s\n1,4.1,,2e-05,"
                             "1000,0.5\nhello,world\n3,4,,1,1,1\n");
    try {
        lmw::readMetricsCsv(path);
        QFAIL("expected an error");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString(e.what()).contains("line 3"), e.what());
    }
    // Steps are whole numbers from 0 to 2^53: a huge, negative or fractional step is a bad row
    // (found by tests/fuzz: 2e51 used to be cast to an integer, undefined behaviour).
    for (const char* step : {"2.2e51", "-1", "1.5", "nan"}) {
        const std::string bad = lmw::test::writeFile(
            dir_, "step.csv",
            QByteArray("step,train_loss,val_loss,lr,tokens_per_s,elapsed_s\n") + step +
                ",4,,1,1,1\n3,4,,1,1,1\n");
        QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::readMetricsCsv(bad));
    }
}

void TestRunStore::listSkipsFoldersThatAreNotRuns() {
    const QString ws = dir_.filePath("ws");
    QDir().mkpath(ws + "/empty");
    QDir().mkpath(ws + "/broken");
    lmw::test::writeFile(dir_, "ws/broken/config.json", "{ not json");
    QDir().mkpath(ws + "/run-a");
    lmw::test::writeFile(dir_, "ws/run-a/config.json",
                         R"({"model":{"family":"gpt","layers":2,"heads":2,"embed":8,"block":8},
                             "train":{"iters":10},"created":"2026-01-02T03:04:05",
                             "corpus":{"name":"x"},"parameters":123})");
    const auto runs = lmw::listRuns(ws.toStdString());
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].parameters, qint64(123));
    QVERIFY(!runs[0].hasCheckpoint);
    QVERIFY(!runs[0].hasSummary);
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::loadRun((ws + "/broken").toStdString()));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::loadRun((ws + "/empty").toStdString()));
    QVERIFY(lmw::listRuns((ws + "/missing").toStdString()).empty());
}

void TestRunStore::makeRunDirIsUnique() {
    const std::string ws = dir_.filePath("unique").toStdString();
    const std::string a = lmw::makeRunDir(ws, "gpt tiny");
    const std::string b = lmw::makeRunDir(ws, "gpt tiny");
    QVERIFY(a != b);
    QVERIFY(QDir(QString::fromStdString(a)).exists());
    QVERIFY(QString::fromStdString(a).endsWith("_gpt-tiny"));
}

void TestRunStore::hostileWorkspaceEntries() {
    // A symlink loop, a link to nowhere and a folder whose config.json is a loop: listed
    // around, never thrown (the GUI lists the workspace at every start).
    const QString ws = dir_.filePath("hostile");
    QDir().mkpath(ws + "/run-a");
    lmw::test::writeFile(
        dir_, "hostile/run-a/config.json",
        R"({"model":{"family":"gpt","layers":2,"heads":2,"embed":8,"block":8},"train":{"iters":10}})");
    QVERIFY(::symlink("loop", (ws + "/loop").toLocal8Bit().constData()) == 0);
    QVERIFY(::symlink("nowhere", (ws + "/dangling").toLocal8Bit().constData()) == 0);
    QDir().mkpath(ws + "/looped-config");
    QVERIFY(::symlink("config.json",
                      (ws + "/looped-config/config.json").toLocal8Bit().constData()) == 0);
    std::vector<lmw::RunRecord> runs;
    try {
        runs = lmw::listRuns(ws.toStdString());
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    QCOMPARE(runs.size(), std::size_t(1));
    QCOMPARE(runs[0].name, std::string("run-a"));
    // Loading one of them is one clear lmw::Error.
    for (const char* name : {"loop", "looped-config"}) {
        try {
            lmw::loadRun((ws + "/" + name).toStdString());
            QFAIL("loaded a hostile folder");
        } catch (const lmw::Error& e) {
            QVERIFY(std::string(e.what()).size() > 10);
        } catch (const std::exception& e) {
            QFAIL(e.what());
        }
    }
    // A run folder can still be made next to them.
    QVERIFY(!lmw::makeRunDir(ws.toStdString(), "x").empty());
}

QTEST_APPLESS_MAIN(TestRunStore)
#include "test_run_store.moc"
