// Corpus loading: every bad input gets one clear message; good input is split 90/10.
#include <QtTest>
#include <cmath>
#include "api/corpus.h"
#include "api/error.h"
#include "data/corpus.h"
#include "test_util.h"
#include "util/system.h"

using lmw::CorpusSource;

namespace {

lmw::Corpus load(const std::string& path, int block = 8) {
    return lmw::loadCorpus(CorpusSource::fromFile(path), 0.1, block);
}

}  // namespace

class TestCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void splitsNinetyTen();
    void chineseText();
    void byteOrderMarkIsNotText();
    void inMemoryText();
    void badInput_data();
    void badInput();
    void tooShortForTheContext();
    void readFileRefusesHugeFiles();
    void tokenEntropyIsADirectCount();

private:
    QTemporaryDir dir_;
};

void TestCorpus::splitsNinetyTen() {
    const std::string path =
        lmw::test::writeFile(dir_, "abc.txt", QByteArray("abcdefghij").repeated(100));
    const lmw::Corpus c = load(path);
    QCOMPARE(c.info.characters, qint64(1000));
    QCOMPARE(c.info.trainTokens, qint64(900));
    QCOMPARE(c.info.valTokens, qint64(100));
    QCOMPARE(c.info.vocabSize, 10);
    QCOMPARE(c.train.size(), std::size_t(900));
    QCOMPARE(c.val.front(), c.tokenizer->encode(std::string("a"))[0]);  // split at position 900
    QCOMPARE(QString::fromStdString(c.info.name), QStringLiteral("abc.txt"));
}

void TestCorpus::chineseText() {
    const lmw::Corpus c = load(lmw::test::dataPath("chinese.txt"), 32);
    QVERIFY(c.info.vocabSize > 100);            // hundreds of distinct characters
    QVERIFY(c.info.characters < c.info.bytes);  // 3 bytes per character in UTF-8
    QVERIFY(!c.tokenizer->encode(std::string("春")).empty());
}

void TestCorpus::byteOrderMarkIsNotText() {
    const std::string path = lmw::test::writeFile(
        dir_, "bom.txt", QByteArray("\xEF\xBB\xBF") + QByteArray("xy").repeated(50));
    const lmw::Corpus c = load(path);
    QCOMPARE(c.info.vocabSize, 2);
    QCOMPARE(c.info.characters, qint64(100));
}

void TestCorpus::inMemoryText() {
    const auto info =
        lmw::inspectCorpus(CorpusSource::fromText("mem", std::string(500, 'a') + "b"), 0.1, 8);
    QCOMPARE(info.characters, qint64(501));
    QCOMPARE(QString::fromStdString(info.name), QStringLiteral("mem"));
}

void TestCorpus::badInput_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "is empty";
    QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00payload", 13) << "binary";
    QTest::newRow("latin-1") << QByteArray("caf\xE9 au lait ").repeated(20) << "not valid UTF-8";
    QTest::newRow("one character") << QByteArray(1000, 'z') << "one distinct character";
}

void TestCorpus::badInput() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const std::string path =
        lmw::test::writeFile(dir_, QString::fromLatin1(QTest::currentDataTag()), bytes);
    const QString message = lmw::test::errorOf([&] { load(path); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains('\n'), "one line");
    if (QByteArray(QTest::currentDataTag()) == "latin-1") QVERIFY(message.contains("offset 3"));
}

void TestCorpus::tooShortForTheContext() {
    const std::string path =
        lmw::test::writeFile(dir_, "short.txt", QByteArray("abcdefghij").repeated(30));
    const QString message = lmw::test::errorOf([&] { load(path, 64); });
    QVERIFY2(message.contains("too short") && message.contains("context 64"), qPrintable(message));
    QVERIFY(lmw::test::errorOf([&] { load(path, 8); }).isEmpty());
}

void TestCorpus::readFileRefusesHugeFiles() {
    const std::string path = lmw::test::writeFile(dir_, "big.txt", QByteArray(4096, 'a'));
    const QString message = lmw::test::errorOf([&] { lmw::sys::readFile(path, 1024); });
    QVERIFY2(message.contains("the limit is 1.0 KiB"), qPrintable(message));
    const QString missing =
        lmw::test::errorOf([&] { load(dir_.filePath("nope.txt").toStdString()); });
    QVERIFY2(missing.contains("does not exist"), qPrintable(missing));
    const QString folder = lmw::test::errorOf([&] { load(dir_.path().toStdString()); });
    QVERIFY2(folder.contains("is a folder"), qPrintable(folder));
}

QTEST_APPLESS_MAIN(TestCorpus)
void TestCorpus::tokenEntropyIsADirectCount() {
    // 0 1 0 1 0 1: two tokens, equally often (ln 2); each one's successor is certain (0).
    auto h = lmw::tokenEntropy({0, 1, 0, 1, 0, 1});
    QVERIFY(std::abs(h.unigram - std::log(2.0)) < 1e-12);
    QVERIFY(std::abs(h.bigram) < 1e-12);
    // 0 0 1: p(0) = 2/3, p(1) = 1/3; pairs (0,0), (0,1): after 0 either follows half the time.
    h = lmw::tokenEntropy({0, 0, 1});
    QVERIFY(std::abs(h.unigram - (-(2.0 / 3) * std::log(2.0 / 3) - (1.0 / 3) * std::log(1.0 / 3))) <
            1e-12);
    QVERIFY(std::abs(h.bigram - std::log(2.0)) < 1e-12);
    // The corpus carries the training part's entropies in its info, in nats per token.
    const auto c = lmw::loadCorpus(
        lmw::CorpusSource::fromText("t", std::string(300, 'a') + std::string(300, 'b')), 0.5, 8);
    QVERIFY(std::abs(c.info.unigramEntropy) < 1e-12);  // the training half is all 'a'
    QCOMPARE(c.info.unigramEntropy, lmw::tokenEntropy(c.train).unigram);
}

#include "test_corpus.moc"
