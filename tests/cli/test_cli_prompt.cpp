// The prompt lab's commands as a user runs them: icl-task writes the synthetic corpus and query
// sets, prompt-eval prints its table (and records) for a model trained on that corpus, icl-train
// prints a curve and writes it, and every kind of bad input gets one line and a non-zero exit.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include "cli_test_util.h"
#include "test_util.h"

namespace {

using Result = lmw::test::CliResult;

Result runCli(const QStringList& args, int timeoutMs = 60000) {
    return lmw::test::runCli(args, timeoutMs);
}

QStringList fileLines(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
}

}  // namespace

class TestCliPrompt : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void help();
    void promptEvalTable();
    void promptEvalOneFileWithOptions();
    void iclTrainCurve();
    void huggingFaceFolder();
    void badInput_data();
    void badInput();

private:
    QTemporaryDir dir_;
    QString queries_, run_;
};

void TestCliPrompt::initTestCase() {
    QVERIFY(dir_.isValid());
    queries_ = dir_.filePath("queries");
    run_ = dir_.filePath("run");
    const QString corpus = dir_.filePath("icl.txt");
    Result r = runCli({"icl-task", "--out", corpus, "--queries", queries_, "--bytes", "30000",
                       "--mappings", "2", "--copies", "3", "--seed", "4"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("wrote 2 query sets of 12 examples"));
    QVERIFY(QFile::exists(queries_ + "/mapping-01.tsv") &&
            QFile::exists(queries_ + "/mapping-02.tsv"));
    QCOMPARE(fileLines(queries_ + "/mapping-01.tsv").size(), 1 + 12);
    QCOMPARE(fileLines(queries_ + "/mapping-01.tsv").front(), QStringLiteral("text\tlabel"));
    // Same seed, same files.
    const QString again = dir_.filePath("again.txt");
    QCOMPARE(runCli({"icl-task", "--out", again, "--bytes", "30000", "--seed", "4"}).code, 0);
    QCOMPARE(fileLines(again), fileLines(corpus));
    r = runCli({"train", "--corpus",     corpus, "--layers",  "1", "--heads", "2",  "--embed",
                "32",    "--block",      "32",   "--batch",   "8", "--iters", "30", "--eval-every",
                "30",    "--eval-iters", "2",    "--threads", "1", "--out",   run_});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCliPrompt::help() {
    const Result top = runCli({"--help"});
    QVERIFY(top.out.contains("prompt-eval"));
    for (const char* command : {"prompt-eval", "icl-task", "icl-train"}) {
        const Result r = runCli({command, "--help"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("usage: llm-workbench-cli ") + command),
                 qPrintable(r.out));
    }
    QVERIFY(runCli({"prompt-eval", "--help"}).out.contains("--verbalizers"));
}

void TestCliPrompt::promptEvalTable() {
    const QString records = dir_.filePath("records.jsonl");
    // Without --labels: the labels found in the files, sorted (these two mappings use 1 and 2).
    const Result found =
        runCli({"prompt-eval", "--checkpoint", run_, "--dataset", queries_, "--template",
                "{text}{label}", "--separator", " ", "--shots", "1", "--seeds", "1"});
    QVERIFY2(found.code == 0, qPrintable(found.err));
    QVERIFY2(found.out.contains("dataset: 2 tasks, labels 1, 2\n"), qPrintable(found.out));
    const Result r = runCli({"prompt-eval", "--checkpoint", run_, "--dataset", queries_, "--labels",
                             "0,1,2", "--template", "{text}{label}", "--separator", " ", "--shots",
                             "0,2", "--seeds", "2", "--records", records});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("dataset: 2 tasks, labels 0, 1, 2"), qPrintable(r.out));
    QVERIFY(r.out.contains("queries: 24 per k and seed"));
    QVERIFY(r.out.contains(
        QRegularExpression("k\\s+accuracy\\s+±seeds\\s+ECE\\s+confidence\\s+dropped")));
    // One row per k: k, accuracy, spread, ECE, confidence, dropped prompts.
    const QRegularExpression row(
        "^\\s*(\\d+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+([0-9.]+)\\s+(\\d+)$",
        QRegularExpression::MultilineOption);
    QList<int> ks;
    auto it = row.globalMatch(r.out);
    while (it.hasNext()) {
        const auto m = it.next();
        ks << m.captured(1).toInt();
        const double accuracy = m.captured(2).toDouble(), confidence = m.captured(5).toDouble();
        QVERIFY(accuracy >= 0 && accuracy <= 1);
        QVERIFY(confidence >= 1.0 / 3 - 1e-3 && confidence <= 1);
        QCOMPARE(m.captured(6).toInt(), 0);
    }
    QCOMPARE(ks, (QList<int>{0, 2}));
    // Every scored prompt: 24 queries at k = 0, twice 24 at k = 2.
    const QStringList lines = fileLines(records);
    QCOMPARE(lines.size(), 24 * 3);
    const QJsonObject last = QJsonDocument::fromJson(lines.back().toUtf8()).object();
    QCOMPARE(last.value("shots").toInt(), 2);
    const QString prompt = last.value("prompt").toString();
    QVERIFY2(QRegularExpression("^[a-z][012] [a-z][012] [a-z]$").match(prompt).hasMatch(),
             qPrintable(prompt));
    QVERIFY(prompt.endsWith(" " + last.value("text").toString()));
    const QJsonObject probs = last.value("probabilities").toObject();
    QCOMPARE(probs.size(), 3);
    QVERIFY(std::fabs(probs.value("0").toDouble() + probs.value("1").toDouble() +
                      probs.value("2").toDouble() - 1) < 1e-9);
}

void TestCliPrompt::promptEvalOneFileWithOptions() {
    const Result r = runCli({"prompt-eval",
                             "--checkpoint",
                             run_,
                             "--dataset",
                             queries_ + "/mapping-01.tsv",
                             "--template",
                             "{text}{label}",
                             "--separator",
                             " ",
                             "--shots",
                             "4",
                             "--seeds",
                             "1",
                             "--limit",
                             "5",
                             "--labels",
                             "0,1,2",
                             "--verbalizers",
                             "0=0,2=2|2 ",
                             "--balanced",
                             "--score",
                             "mean",
                             "--reliability",
                             "--show-prompt"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("dataset: 1 task, labels 0, 1, 2"));
    QVERIFY(r.out.contains("verbalizers: 0=0,1=1,2=2|2 "));
    QVERIFY(r.out.contains("queries: 5 per k and seed"));
    QVERIFY(r.out.contains("reliability, k = 4:"));
    QVERIFY(r.out.contains("first prompt with k = 4"));
    QVERIFY(r.out.contains("mean token log-probability"));
}

void TestCliPrompt::iclTrainCurve() {
    const QString out = dir_.filePath("iclrun");
    const Result r =
        runCli({"icl-train", "--out",    out, "--iters",    "10", "--eval-every", "5",  "--bytes",
                "20000",     "--layers", "1", "--heads",    "2",  "--embed",      "32", "--block",
                "32",        "--batch",  "4", "--mappings", "2",  "--copies",     "2",  "--shots",
                "0,1",       "--seeds",  "1", "--threads",  "1"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QRegularExpression("step\\s+val loss\\s+k=0\\s+k=1")));
    for (const char* step : {"\n      0 ", "\n      5 ", "\n     10 "})
        QVERIFY2(r.out.contains(step), qPrintable(r.out));
    const QStringList csv = fileLines(out + "/icl_curve.csv");
    QCOMPARE(csv.size(), 1 + 3 * 2);
    QCOMPARE(csv.front(),
             QStringLiteral("step,val_loss,shots,accuracy,accuracy_std,ece,mean_confidence"));
    QVERIFY(csv.back().startsWith("10,"));
    QVERIFY(QFile::exists(out + "/checkpoint"));
}

void TestCliPrompt::huggingFaceFolder() {
    // A Hugging Face GPT-2 folder is prompted like a run (its byte-level BPE read beside it).
    const QString folder = lmw::test::makeHfGpt2Folder(dir_, "hf-gpt2");
    QVERIFY(!folder.isEmpty());
    const Result r =
        runCli({"prompt-eval", "--checkpoint", folder, "--dataset", queries_ + "/mapping-01.tsv",
                "--template", "{text}{label}", "--separator", " ", "--shots", "0,1", "--seeds", "1",
                "--labels", "0,1,2"});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("queries: 12 per k and seed"));
    QVERIFY(r.out.contains(QRegularExpression("k\\s+accuracy")));
    // Without its tokenizer files the folder is refused with what is missing.
    QFile::remove(folder + "/merges.txt");
    const Result bad =
        runCli({"prompt-eval", "--checkpoint", folder, "--dataset", queries_ + "/mapping-01.tsv",
                "--template", "{text}{label}", "--labels", "0,1,2"});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains("without its tokenizer"), qPrintable(bad.err));
}

void TestCliPrompt::badInput_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString missing = QDir::temp().filePath("lmw-no-such-file.tsv");
    QTest::newRow("no checkpoint")
        << QStringList{"prompt-eval", "--dataset", "x.tsv"} << 2 << "needs --checkpoint";
    QTest::newRow("no dataset") << QStringList{"prompt-eval", "--checkpoint", "run"} << 2
                                << "needs --dataset";
    QTest::newRow("missing dataset")
        << QStringList{"prompt-eval", "--checkpoint", "run", "--dataset", missing} << 1
        << "lmw-no-such-file.tsv";
    QTest::newRow("template") << QStringList{"prompt-eval", "--checkpoint", "run",   "--dataset",
                                             "q",           "--template",   "{text}"}
                              << 1 << "{label} exactly once";
    QTest::newRow("shots") << QStringList{"prompt-eval", "--checkpoint", "run", "--dataset",
                                          "q",           "--shots",      "0,x"}
                           << 2 << "--shots expects numbers";
    QTest::newRow("verbalizer") << QStringList{"prompt-eval", "--checkpoint",  "run",   "--dataset",
                                               "q",           "--verbalizers", "9=nine"}
                                << 1 << "unknown label '9'";
    QTest::newRow("too many shots")
        << QStringList{"prompt-eval", "--checkpoint", "run", "--dataset", "q", "--shots", "0,12"}
        << 1 << "offers 11 demonstrations";
    QTest::newRow("score") << QStringList{"prompt-eval", "--checkpoint", "run", "--dataset",
                                          "q",           "--score",      "max"}
                           << 1 << "sum or mean";
    QTest::newRow("bad checkpoint")
        << QStringList{"prompt-eval", "--checkpoint", "q/mapping-01.tsv", "--dataset", "q"} << 1
        << "error:";
    QTest::newRow("icl-task no out")
        << QStringList{"icl-task", "--seed", "1"} << 2 << "needs --out";
    QTest::newRow("icl-task per-mapping")
        << QStringList{"icl-task", "--out", "x.txt", "--per-mapping", "0"} << 1
        << "Symbols per mapping";
    QTest::newRow("icl-task labels")
        << QStringList{"icl-task", "--out", "x.txt", "--labels", "a,a"} << 1 << "appears twice";
    QTest::newRow("icl-train shots")
        << QStringList{"icl-train", "--shots", "-1"} << 2 << "--shots expects numbers";
    QTest::newRow("bad-rows mode")
        << QStringList{"prompt-eval", "--checkpoint", "run",  "--dataset",
                       "q",           "--bad-rows",   "maybe"}
        << 2 << "skip or refuse";
    QTest::newRow("refused row") << QStringList{"prompt-eval", "--checkpoint", "run",   "--dataset",
                                                "bad.csv",     "--bad-rows",   "refuse"}
                                 << 1 << "line 3: 3 columns instead of 2";
    QTest::newRow("unknown option")
        << QStringList{"prompt-eval", "--shot", "1"} << 2 << "unknown option --shot";
}

void TestCliPrompt::badInput() {
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    // "run" and "q" stand for the trained run and the query folder.
    for (QString& a : args) {
        if (a == "run")
            a = run_;
        else if (a == "q")
            a = queries_;
        else if (a == "q/mapping-01.tsv")
            a = queries_ + "/mapping-01.tsv";
        else if (a == "x.txt")
            a = dir_.filePath("x.txt");
        else if (a == "bad.csv")
            a = QString::fromStdString(lmw::test::writeFile(
                dir_, "bad.csv", "text,label\nfine row,0\nx,y,z\nother row,1\n"));
    }
    const Result r = runCli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.startsWith("error: "), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.trimmed().count('\n'), 0);  // one line
    QVERIFY(r.out.isEmpty() || !r.out.contains("accuracy"));
}

QTEST_GUILESS_MAIN(TestCliPrompt)
#include "test_cli_prompt.moc"
