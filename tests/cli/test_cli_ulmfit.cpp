// llm-workbench-cli ulmfit / classify as a user runs them: help, a tiny end-to-end run from an
// existing LSTM run with its result table, classify with label names, and one clear error line
// with a non-zero exit status for bad input.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include "cli_test_util.h"
#include "test_util.h"

namespace {

using Result = lmw::test::CliResult;

Result runCli(const QStringList& args, int timeoutMs = 90000) {
    return lmw::test::runCli(args, timeoutMs);
}

QByteArray tinyCsv() {
    QByteArray csv = "text,label\n";
    const char* rows[] = {"the cat sat on the mat,animal",  "a dog ran to the park,animal",
                          "the bird sang in a tree,animal", "we ate bread and soup,food",
                          "she baked a sweet cake,food",    "he had rice with beans,food",
                          "it is cold and windy,weather",   "the rain fell all day,weather",
                          "snow came in the night,weather"};
    for (int rep = 0; rep < 2; ++rep)
        for (const char* r : rows) csv += QByteArray(r) + "\n";
    return csv;
}

}  // namespace

class TestCliUlmfit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void help();
    void tinyRunAndClassify();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir dir_;
};

void TestCliUlmfit::help() {
    const Result top = runCli({"--help"});
    QVERIFY(top.out.contains("ulmfit") && top.out.contains("classify"));
    Result r = runCli({"ulmfit", "--help"});
    QCOMPARE(r.code, 0);
    for (const char* option :
         {"--general", "--lm", "--train", "--test", "--baselines", "--text-column", "--epochs"})
        QVERIFY2(r.out.contains(option), option);
    r = runCli({"classify", "--help"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--checkpoint"));
}

void TestCliUlmfit::tinyRunAndClassify() {
    const QString lm = dir_.filePath("lm");
    Result r = runCli({"train",   "--family",     "lstm",    "--corpus",  "builtin:stories",
                       "--iters", "10",           "--out",   lm,          "--layers",
                       "2",       "--embed",      "16",      "--hidden",  "24",
                       "--block", "32",           "--batch", "8",         "--eval-every",
                       "20",      "--eval-iters", "1",       "--threads", "1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString data = QString::fromStdString(lmw::test::writeFile(dir_, "tiny.csv", tinyCsv()));
    const QString out = dir_.filePath("ulmfit");
    r = runCli({"ulmfit",
                "--lm",
                lm,
                "--train",
                data,
                "--test",
                data,
                "--out",
                out,
                "--lm-epochs",
                "1",
                "--bptt",
                "16",
                "--lm-batch",
                "4",
                "--epochs",
                "3",
                "--batch",
                "4",
                "--val-fraction",
                "0.34",
                "--baselines",
                "scratch,all-at-once",
                "--threads",
                "1",
                "--forgetting-windows",
                "4"});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    for (const char* expected :
         {"ulmfit ", "scratch ", "all-at-once ", "confusion matrix", "precision", "results:"})
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    QVERIFY(QFile::exists(out + "/results.json"));
    r = runCli({"classify", "--checkpoint", out + "/ulmfit", "--text", "the cat sat"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (const char* label : {"animal", "food", "weather"})
        QVERIFY2(r.out.contains(label), qPrintable(r.out));
}

void TestCliUlmfit::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    const QString data = QString::fromStdString(lmw::test::writeFile(dir_, "bad.csv", tinyCsv()));
    const QString one = QString::fromStdString(
        lmw::test::writeFile(dir_, "one.csv", "text,label\na b c,x\nd e f,x\n"));
    const QString lm = dir_.filePath("nolm");
    const QStringList base = {"ulmfit", "--train",         data, "--test", data,
                              "--out",  dir_.filePath("o")};
    QTest::newRow("no stage 1") << base << 2 << "--general FILE or --lm RUN";
    QTest::newRow("no train") << QStringList{"ulmfit", "--lm", lm, "--test", data, "--out", "x"}
                              << 2 << "--train";
    QTest::newRow("missing model") << (base + QStringList{"--lm", lm}) << 1 << "does not exist";
    QTest::newRow("missing dataset")
        << QStringList{"ulmfit", "--lm", lm,      "--train", dir_.filePath("no.csv"),
                       "--test", data,   "--out", "x"}
        << 1 << "no.csv";
    QTest::newRow("unknown baseline")
        << (base + QStringList{"--lm", lm, "--baselines", "elmo"}) << 1 << "Unknown baseline";
    QTest::newRow("bad number") << (base + QStringList{"--lm", lm, "--epochs", "many"}) << 2
                                << "expects a whole number";
    QTest::newRow("negative seed")
        << (base + QStringList{"--lm", lm, "--seed", "-3"}) << 2 << "must not be negative";
    QTest::newRow("classify without text")
        << QStringList{"classify", "--checkpoint", lm} << 2 << "--text";
    QTest::newRow("classify missing checkpoint")
        << QStringList{"classify", "--checkpoint", lm, "--text", "hi"} << 1 << "does not exist";
    QTest::newRow("one label") << QStringList{"ulmfit", "--lm", lm,      "--train", one,
                                              "--test", one,    "--out", "x"}
                               << 1 << "at least two labels";
}

void TestCliUlmfit::badInput() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    const Result r = runCli(args);
    QCOMPARE(r.code, code);  // never a crash (-2)
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.startsWith("error: "), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);
}

QTEST_GUILESS_MAIN(TestCliUlmfit)
#include "test_cli_ulmfit.moc"
