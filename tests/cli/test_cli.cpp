// llm-workbench-cli as a user runs it: help, a short training run, sampling, resuming,
// Chinese text, and one clear line with a non-zero exit status for every kind of bad input.
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

int lineCount(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return -1;
    return f.readAll().count('\n');
}

const QStringList kTiny = {"--layers",     "1",  "--heads",   "2", "--embed",      "32",
                           "--block",      "32", "--batch",   "8", "--eval-every", "20",
                           "--eval-iters", "2",  "--threads", "1"};

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void help();
    void trainSampleResume();
    void chinese();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir dir_;
};

void TestCli::help() {
    const Result top = runCli({"--help"});
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains("train") && top.out.contains("sample"));
    for (const char* command : {"train", "sample", "stories"}) {
        const Result r = runCli({command, "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("usage: llm-workbench-cli"), qPrintable(r.out));
    }
    QVERIFY(runCli({"train", "--help"}).out.contains("--corpus"));
    QCOMPARE(runCli({}).code, 2);
}

void TestCli::trainSampleResume() {
    const QString out = dir_.filePath("run");
    Result r = runCli(
        QStringList{"train", "--corpus", "builtin:stories", "--iters", "60", "--out", out} + kTiny);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("final val loss"));
    QVERIFY(r.out.contains("peak RSS"));
    QCOMPARE(lineCount(out + "/metrics.csv"), 1 + 61);  // header, step 0 evaluation, 60 steps
    QVERIFY(QFile::exists(out + "/checkpoint"));
    QVERIFY(QFile::exists(out + "/config.json"));
    QVERIFY(QFile::exists(out + "/summary.json"));

    r = runCli(
        {"sample", "--checkpoint", out, "--prompt", "Once upon", "--tokens", "40", "--seed", "3"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("Once upon"));
    QCOMPARE(r.out.trimmed().size(), 9 + 40);  // the prompt and 40 characters (ASCII corpus)
    const Result again = runCli(
        {"sample", "--checkpoint", out, "--prompt", "Once upon", "--tokens", "40", "--seed", "3"});
    QCOMPARE(again.out, r.out);  // seeded

    r = runCli({"train", "--corpus", "builtin:stories", "--resume", out, "--iters", "80",
                "--threads", "1"});
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains("resuming at step 60"));
    QCOMPARE(lineCount(out + "/metrics.csv"), 1 + 81);  // the same curve, continued

    // A new run into that folder is refused: it would replace the run's checkpoint.
    QFile checkpoint(out + "/checkpoint");
    QVERIFY(checkpoint.open(QIODevice::ReadOnly));
    const QByteArray before = checkpoint.readAll();
    checkpoint.close();
    r = runCli(QStringList{"train", "--corpus", "builtin:stories", "--iters", "5", "--out", out} +
               kTiny);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("already holds a run") && r.err.contains("--overwrite"),
             qPrintable(r.err));
    QVERIFY(checkpoint.open(QIODevice::ReadOnly));
    QCOMPARE(checkpoint.readAll(), before);
    checkpoint.close();
    // --overwrite replaces it, leaving nothing of the old run (its summary included).
    r = runCli(QStringList{"train", "--corpus", "builtin:stories", "--iters", "5", "--out", out,
                           "--overwrite"} +
               kTiny);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(lineCount(out + "/metrics.csv"), 1 + 6);
}

void TestCli::chinese() {
    const QString out = dir_.filePath("zh");
    Result r = runCli({"train",
                       "--corpus",
                       QString::fromStdString(lmw::test::dataPath("chinese.txt")),
                       "--iters",
                       "30",
                       "--out",
                       out,
                       "--layers",
                       "1",
                       "--heads",
                       "2",
                       "--embed",
                       "32",
                       "--block",
                       "16",
                       "--batch",
                       "8",
                       "--eval-every",
                       "30",
                       "--eval-iters",
                       "1",
                       "--threads",
                       "1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runCli(
        {"sample", "--checkpoint", out, "--prompt", QStringLiteral("春天"), "--tokens", "10"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("春天")));
    QCOMPARE(r.out.trimmed().size(), 2 + 10);  // characters, not bytes
}

void TestCli::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("expected");
    const auto file = [this](const char* name, const QByteArray& bytes) {
        return QString::fromStdString(lmw::test::writeFile(dir_, QString::fromLatin1(name), bytes));
    };
    const QString text = file("ok.txt", QByteArray("hello world, ").repeated(400));
    const QString trunc = dir_.filePath("trunc");
    QDir().mkpath(trunc);
    QFile t(trunc + "/checkpoint");
    t.open(QIODevice::WriteOnly);
    t.write("LMWBCKPT\x01\x00\x00\x00\xff\xff", 14);
    t.close();
    const QStringList train = {"train", "--iters", "5", "--threads", "1", "--corpus"};
    QTest::newRow("missing corpus")
        << (train + QStringList{dir_.filePath("nope.txt")}) << 1 << "does not exist";
    QTest::newRow("empty corpus") << (train + QStringList{file("empty.txt", "")}) << 1
                                  << "is empty";
    QTest::newRow("binary corpus")
        << (train + QStringList{file("bin.dat", QByteArray("\x7f"
                                                           "ELF\x02\x01\x01\x00",
                                                           8))})
        << 1 << "binary";
    QTest::newRow("latin-1 corpus")
        << (train + QStringList{file("latin1.txt", QByteArray("na\xefve ").repeated(50))}) << 1
        << "not valid UTF-8";
    QTest::newRow("one character") << (train + QStringList{file("one.txt", QByteArray(5000, 'x'))})
                                   << 1 << "one distinct character";
    QTest::newRow("shorter than a block")
        << (train + QStringList{file("short.txt", "abcdefghijklmnop"), "--block", "64"}) << 1
        << "too short";
    QTest::newRow("too many parameters")
        << (train + QStringList{text, "--embed", "32768", "--layers", "64", "--heads", "8"}) << 1
        << "at most 2 billion";
    QTest::newRow("too big to fit")
        << (train + QStringList{text, "--batch", "1000000"}) << 1 << "of memory is free";
    QTest::newRow("heads do not divide")
        << (train + QStringList{text, "--heads", "3"}) << 1 << "divisible";
    QTest::newRow("no corpus") << QStringList{"train", "--iters", "5"} << 2 << "--corpus";
    QTest::newRow("unknown option") << QStringList{"train", "--corpus", text, "--layerz", "2"} << 2
                                    << "unknown option --layerz";
    QTest::newRow("not a number") << QStringList{"train", "--corpus", text, "--lr", "fast"} << 2
                                  << "expects a number";
    QTest::newRow("unknown command") << QStringList{"fly"} << 2 << "unknown command";
    QTest::newRow("truncated checkpoint")
        << QStringList{"sample", "--checkpoint", trunc} << 1 << "truncated";
    QTest::newRow("foreign checkpoint")
        << QStringList{"sample", "--checkpoint", text} << 1 << "not an LLM Workbench checkpoint";
    QTest::newRow("missing checkpoint")
        << QStringList{"sample", "--checkpoint", dir_.filePath("nothing")} << 1 << "does not exist";
    QTest::newRow("bad top-p") << QStringList{"sample", "--checkpoint", trunc, "--top-p", "2"} << 1
                               << "Top-p";
}

void TestCli::badInput() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, expected);
    const Result r = runCli(args);
    QCOMPARE(r.code, code);  // never a crash (-2)
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.startsWith("error: "), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'),
             code == 2 && args.first() == "fly" ? r.err.trimmed().count('\n') : 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
