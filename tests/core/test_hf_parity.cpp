// Parity with Hugging Face transformers: the four tiny reference checkpoints (tests/data/hf)
// run through hfForward must reproduce the reference outputs: logits and loss within 1e-4,
// attentions within 1e-5, greedy generations identical.
#include <QDir>

#include "api/error.h"
#include "api/hf.h"
#include "hf/safetensors.h"
#include "test_util.h"

using lmw::hf::SafetensorsFile;

class TestHfParity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void parity_data();
    void parity();
    void hostileInputs_data();
    void hostileInputs();

private:
    QTemporaryDir dir_;
};

void TestHfParity::parity_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("expectedOutputs");  // reference outputs that must be reproduced
    QTest::newRow("gpt2") << "gpt2-tiny" << 8;
    QTest::newRow("bert") << "bert-tiny" << 7;
    QTest::newRow("roberta") << "roberta-tiny" << 3;
    QTest::newRow("bart") << "bart-tiny" << 9;
}

void TestHfParity::parity() {
    QFETCH(QString, model);
    QFETCH(int, expectedOutputs);
    const std::string dir = lmw::test::dataPath(("hf/" + model).toUtf8().constData());
    const std::string reference = dir + "/reference.safetensors";
    const std::string out = dir_.filePath(model + ".safetensors").toStdString();
    lmw::hfForward(dir, reference, out);
    const SafetensorsFile ref = SafetensorsFile::open(reference);
    const SafetensorsFile got = SafetensorsFile::open(out);
    int compared = 0;
    for (const auto& t : ref.tensors()) {
        const QString name = QString::fromStdString(t.name);
        if (name == "input_ids" || name == "token_type_ids" || name == "attention_mask" ||
            name == "labels")
            continue;
        const auto* mine = got.find(t.name);
        QVERIFY2(mine, qPrintable("missing output " + name));
        QCOMPARE(mine->shape, t.shape);
        ++compared;
        if (name.startsWith("greedy")) {
            QCOMPARE(got.toInt64(t.name), ref.toInt64(t.name));  // identical token ids
            continue;
        }
        const double tolerance = name.contains("attentions") ? 1e-5 : 1e-4;
        const auto a = ref.toFloat32(t.name), b = got.toFloat32(t.name);
        double worst = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            worst = std::max(worst, double(std::abs(a[i] - b[i])));
        QVERIFY2(worst <= tolerance,
                 qPrintable(QString("%1: max |diff| %2 > %3").arg(name).arg(worst).arg(tolerance)));
    }
    QCOMPARE(compared, expectedOutputs);
}

void TestHfParity::hostileInputs_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<int>("rank");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gpt2 id past the vocabulary")
        << "gpt2-tiny"
        << "input_ids" << 2 << qint64(1000000) << "outside the vocabulary";
    QTest::newRow("gpt2 negative id") << "gpt2-tiny"
                                      << "input_ids" << 2 << qint64(-5) << "outside the vocabulary";
    QTest::newRow("gpt2 ids of rank 1")
        << "gpt2-tiny"
        << "input_ids" << 1 << qint64(3) << "(batch, length) matrix";
    QTest::newRow("bert token type 7") << "bert-tiny"
                                       << "token_type_ids" << 2 << qint64(7) << "token_type_ids";
    QTest::newRow("bert mask of 2") << "bert-tiny"
                                    << "attention_mask" << 2 << qint64(2) << "only 0 and 1";
    QTest::newRow("bart label past the vocabulary") << "bart-tiny"
                                                    << "labels" << 2 << qint64(99999) << "labels";
}

void TestHfParity::hostileInputs() {
    // Inputs a model cannot read get one sentence naming the tensor, not a LibTorch backtrace.
    QFETCH(QString, model);
    QFETCH(QString, tensor);
    QFETCH(int, rank);
    QFETCH(qint64, value);
    QFETCH(QString, expected);
    const std::string dir = lmw::test::dataPath(("hf/" + model).toUtf8().constData());
    const SafetensorsFile ref = SafetensorsFile::open(dir + "/reference.safetensors");
    lmw::hf::SafetensorsWriter w;
    for (const char* name : {"input_ids", "token_type_ids", "attention_mask", "labels"}) {
        const auto* info = ref.find(name);
        if (!info) continue;
        std::vector<std::int64_t> values = ref.toInt64(name);
        std::vector<std::int64_t> shape = info->shape;
        if (tensor == name) {
            values.back() = value;
            if (rank == 1) shape = {std::int64_t(values.size())};
        }
        w.addInt64(name, shape, values);
    }
    const std::string inputs = dir_.filePath(model + "-hostile.safetensors").toStdString();
    w.write(inputs);
    try {
        lmw::hfForward(dir, inputs, dir_.filePath("out.safetensors").toStdString());
        QFAIL("ran on hostile inputs");
    } catch (const lmw::Error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.contains(expected) && !message.contains('\n'), e.what());
    }
}

QTEST_APPLESS_MAIN(TestHfParity)
#include "test_hf_parity.moc"
