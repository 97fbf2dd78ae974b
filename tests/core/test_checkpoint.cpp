// Checkpoints: a round trip restores identical logits, every kind of damaged or foreign file
// gets a clear message, and a failed save never replaces a good checkpoint.
#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>
#include "api/error.h"

#include "checkpoint/checkpoint.h"
#include "data/char_tokenizer.h"
#include "models/gpt.h"
#include "test_util.h"
#include "util/system.h"

namespace {

lmw::CheckpointMeta meta() {
    lmw::CheckpointMeta m;
    m.model.vocabSize = 5;
    m.model.layers = 1;
    m.model.heads = 2;
    m.model.embed = 8;
    m.model.block = 6;
    m.tokenizer = std::make_shared<lmw::CharTokenizer>(lmw::CharTokenizer::fromText(U"abcde"));
    m.step = 42;
    m.corpusName = "letters";
    return m;
}

QByteArray readAll(const std::string& path) {
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCheckpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripGivesIdenticalLogits();
    void runFolderResolvesToItsCheckpoint();
    void damaged_data();
    void damaged();
    void failedSaveKeepsThePreviousFile();

private:
    QTemporaryDir dir_;
    std::string good_;
    QByteArray goodBytes_;
};

void TestCheckpoint::initTestCase() {
    QVERIFY(dir_.isValid());
    torch::manual_seed(3);
    lmw::GptModel net(meta().model);
    good_ = dir_.filePath("good.ckpt").toStdString();
    lmw::saveCheckpoint(good_, meta(), net, {});
    goodBytes_ = readAll(good_);
    QVERIFY(goodBytes_.size() > 1000);
}

void TestCheckpoint::roundTripGivesIdenticalLogits() {
    torch::manual_seed(11);
    lmw::GptModel net(meta().model);
    net.module().eval();
    const std::string path = dir_.filePath("rt.ckpt").toStdString();
    lmw::saveCheckpoint(path, meta(), net, {});
    const auto loaded = lmw::LoadedCheckpoint::read(path);
    QCOMPARE(loaded.meta().step, qint64(42));
    QCOMPARE(loaded.meta().corpusName, std::string("letters"));
    QCOMPARE(loaded.meta().tokenizer->toJson().dump(), meta().tokenizer->toJson().dump());
    lmw::ModelPtr back = loaded.buildModel();
    back->module().eval();
    torch::NoGradGuard noGrad;
    lmw::Batch b;
    b.input = torch::randint(0, 5, {2, 6}, torch::kLong);
    QVERIFY(torch::equal(net.forward(b).logits, back->forward(b).logits));
}

void TestCheckpoint::runFolderResolvesToItsCheckpoint() {
    QDir(dir_.path()).mkpath("run");
    QFile::copy(QString::fromStdString(good_), dir_.filePath("run/checkpoint"));
    QCOMPARE(lmw::LoadedCheckpoint::read(dir_.filePath("run").toStdString()).meta().step,
             qint64(42));
}

void TestCheckpoint::damaged_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray g = goodBytes_;
    QByteArray newer = g;
    newer[8] = 9;  // format version 9
    QByteArray flipped = g;
    flipped[flipped.size() - 10] = char(flipped[flipped.size() - 10] ^ 0x55);
    QByteArray hugeHeader = g;
    hugeHeader[15] = char(0x7F);  // header length far past the end of the file
    QByteArray badJson = g;
    badJson[28] = 'x';  // the header's opening brace
    QTest::newRow("foreign") << QByteArray("PK\x03\x04 a zip file, not ours")
                             << "not an LLM Workbench checkpoint";
    QTest::newRow("empty") << QByteArray() << "not an LLM Workbench checkpoint";
    QTest::newRow("header cut") << g.left(20) << "truncated";
    QTest::newRow("payload cut") << g.left(g.size() / 2) << "truncated";
    QTest::newRow("newer version") << newer << "newer LLM Workbench (format 9";
    QTest::newRow("bit flip") << flipped << "checksum";
    QTest::newRow("header length past end") << hugeHeader << "truncated";
    QTest::newRow("damaged header") << badJson << "header";
    QTest::newRow("trailing bytes") << g + QByteArray("junk") << "trailing";
}

void TestCheckpoint::damaged() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const std::string path = lmw::test::writeFile(dir_, "bad.ckpt", bytes);
    const QString message =
        lmw::test::errorOf([&] { lmw::LoadedCheckpoint::read(path).buildModel(); });
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(!message.contains('\n'));
    const QString missing =
        lmw::test::errorOf([&] { lmw::LoadedCheckpoint::read(path + ".missing"); });
    QVERIFY2(missing.contains("does not exist"), qPrintable(missing));
}

void TestCheckpoint::failedSaveKeepsThePreviousFile() {
    const std::string path = dir_.filePath("keep.ckpt").toStdString();
    QVERIFY(QFile::copy(QString::fromStdString(good_), QString::fromStdString(path)));
    torch::manual_seed(99);
    lmw::GptModel other(meta().model);
    lmw::sys::setWriteFailureAfterBytesForTesting(500);  // the disk "fills up" mid-write
    const QString message =
        lmw::test::errorOf([&] { lmw::saveCheckpoint(path, meta(), other, {}); });
    lmw::sys::setWriteFailureAfterBytesForTesting(-1);
    QVERIFY2(message.contains("previous file is unchanged"), qPrintable(message));
    QCOMPARE(readAll(path), goodBytes_);
    const QStringList leftovers = QDir(dir_.path()).entryList({"keep.ckpt.tmp-*"}, QDir::Files);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(',')));
}

QTEST_APPLESS_MAIN(TestCheckpoint)
#include "test_checkpoint.moc"
