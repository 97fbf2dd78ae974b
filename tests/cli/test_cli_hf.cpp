// export-hf and tokenize as a user runs them: a trained model exports as a complete Hugging
// Face folder (weights, tokenizer files, generation config where the family generates, a model
// card naming the corpus by its SHA-256), tokenize prints the ids the exported tokenizer gives,
// and a model no Hugging Face class can hold is refused before anything is written.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "cli_test_util.h"
#include "test_util.h"

namespace {

using Result = lmw::test::CliResult;

const QStringList kTiny = {"--layers",     "1",  "--heads",      "2", "--embed",   "32",
                           "--block",      "32", "--batch",      "4", "--iters",   "4",
                           "--eval-every", "4",  "--eval-iters", "1", "--threads", "1"};

QJsonObject readObject(const QString& path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray corpusText() {
    return QByteArray("the cat sat on the mat. the dog sat on the log. a [MASK] word.\n")
        .repeated(60);
}

}  // namespace

class TestCliHf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        corpus_ = QString::fromStdString(lmw::test::writeFile(dir_, "corpus.txt", corpusText()));
    }

    void exportsAFolderTransformersLoads() {
        const QString run = dir_.filePath("bert"), out = dir_.filePath("bert-hf");
        Result r = lmw::test::runCli(QStringList{"train", "--corpus", corpus_, "--family", "bert",
                                                 "--objective", "mlm", "--tokenizer", "bpe",
                                                 "--out", run} +
                                     kTiny);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = lmw::test::runCli({"export-hf", "--checkpoint", run, "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const char* file : {"config.json", "model.safetensors", "tokenizer.json",
                                 "tokenizer_config.json", "special_tokens_map.json", "README.md"})
            QVERIFY2(QFile::exists(out + "/" + file), file);
        QVERIFY(!QFile::exists(out + "/generation_config.json"));  // BERT does not generate
        const QJsonObject config = readObject(out + "/tokenizer_config.json");
        QCOMPARE(config["mask_token"].toString(), QStringLiteral("[MASK]"));
        QCOMPARE(config["model_max_length"].toInt(), 32);
        QCOMPARE(readObject(out + "/tokenizer.json")["model"].toObject()["type"].toString(),
                 QStringLiteral("BPE"));
        QFile card(out + "/README.md");
        QVERIFY(card.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(card.readAll());
        const QByteArray sha = QCryptographicHash::hash(corpusText(), QCryptographicHash::Sha256);
        QVERIFY2(text.contains(QString::fromLatin1(sha.toHex())), qPrintable(text));
        QVERIFY(text.contains("| Steps | 4 of 4 |"));
        QVERIFY(text.contains("fill-mask"));

        // tokenize: the [MASK] text is the mask token; --special adds [CLS] ... [SEP].
        r = lmw::test::runCli({"tokenize", "--model", run, "--text", "a [MASK] word"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray plain = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(plain.contains(4));  // [MASK] is id 4 in BERT's specials
        r = lmw::test::runCli({"tokenize", "--model", run, "--text", "a [MASK] word", "--special"});
        const QJsonArray wrapped = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(wrapped.size(), plain.size() + 2);
        QCOMPARE(wrapped.first().toInt(), 2);  // [CLS]
        QCOMPARE(wrapped.last().toInt(), 3);   // [SEP]
        const QString texts = QString::fromStdString(
            lmw::test::writeFile(dir_, "texts.json", R"(["a [MASK] word", ""])"));
        r = lmw::test::runCli({"tokenize", "--model", run, "--texts", texts});
        const QJsonArray both = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(both.size(), 2);
        QCOMPARE(both[0].toArray(), plain);
        QVERIFY(both[1].toArray().isEmpty());
    }

    void generatingFamiliesGetAGenerationConfig() {
        const QString run = dir_.filePath("gpt"), out = dir_.filePath("gpt-hf");
        Result r = lmw::test::runCli(
            QStringList{"train", "--corpus", corpus_, "--family", "gpt", "--out", run} + kTiny);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = lmw::test::runCli({"export-hf", "--checkpoint", run, "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(readObject(out + "/generation_config.json")["max_length"].toInt(), 32);
        QCOMPARE(readObject(out + "/tokenizer.json")["model"].toObject()["type"].toString(),
                 QStringLiteral("WordLevel"));
    }

    void refusals() {
        const QString run = dir_.filePath("lstm"), out = dir_.filePath("lstm-hf");
        Result r = lmw::test::runCli(
            QStringList{"train", "--corpus", corpus_, "--family", "lstm", "--out", run} + kTiny);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = lmw::test::runCli({"export-hf", "--checkpoint", run, "--out", out});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no Hugging Face counterpart"), qPrintable(r.err));
        QVERIFY(!QDir(out).exists());  // refused before anything was written
        r = lmw::test::runCli({"tokenize", "--model", dir_.filePath("none"), "--text", "a"});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("does not exist"));
        const QString bad =
            QString::fromStdString(lmw::test::writeFile(dir_, "bad.json", R"({"a": 1})"));
        r = lmw::test::runCli({"tokenize", "--model", run, "--texts", bad});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("not a JSON array of texts"));
        r = lmw::test::runCli({"tokenize", "--model", run});
        QCOMPARE(r.code, 2);
    }

private:
    QTemporaryDir dir_;
    QString corpus_;
};

QTEST_GUILESS_MAIN(TestCliHf)
#include "test_cli_hf.moc"
