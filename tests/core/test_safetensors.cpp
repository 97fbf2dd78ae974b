// Safetensors reading and writing: the real Hugging Face fixtures, writer round trips, exact
// half/bfloat16 conversion, one clear error per kind of malformed file, and a mutation fuzz loop.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "api/error.h"
#include "hf/safetensors.h"
#include "test_util.h"
#include "util/system.h"

using lmw::hf::DType;
using lmw::hf::SafetensorsFile;
using lmw::hf::SafetensorsWriter;
using lmw::hf::TensorInfo;
using Shape = std::vector<std::int64_t>;

namespace {

std::string hfPath(const QString& model, const char* file) {
    return QDir(lmw::test::dataDir())
        .filePath(QStringLiteral("hf/") + model + "/" + file)
        .toStdString();
}

std::uint64_t readLength(const std::string& file) {
    std::uint64_t n = 0;
    for (int i = 7; i >= 0; --i) n = (n << 8) | static_cast<unsigned char>(file[i]);
    return n;
}

std::string lengthPrefix(std::uint64_t n) {
    std::string out;
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((n >> (8 * i)) & 0xFF));
    return out;
}

/// A file from header text and data bytes, with the length prefix computed.
std::string makeFile(const std::string& header, const std::string& data) {
    return lengthPrefix(header.size()) + header + data;
}

std::string headerOf(const std::string& file) {
    return file.substr(8, readLength(file));
}
std::string dataOf(const std::string& file) {
    return file.substr(8 + readLength(file));
}

/// `file` with the first `from` in its header replaced by `to` (length prefix fixed up), or an
/// empty string when the header has no `from`.
std::string editHeader(const std::string& file, const std::string& from, const std::string& to) {
    std::string header = headerOf(file);
    const std::size_t at = header.find(from);
    if (at == std::string::npos) return {};
    header.replace(at, from.size(), to);
    return makeFile(header, dataOf(file));
}

QByteArray toQ(const std::string& s) {
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}
std::string toStd(const QByteArray& b) {
    return std::string(b.constData(), static_cast<std::size_t>(b.size()));
}

std::uint32_t bitsOf(float f) {
    std::uint32_t b;
    std::memcpy(&b, &f, sizeof b);
    return b;
}

/// Two tensors and metadata, as the writer lays them out: the base of the malformed files.
std::string smallValidFile() {
    SafetensorsWriter w;
    w.setMetadata({{"format", "pt"}});
    w.addFloat32("a", {2, 3}, {1, 2, 3, 4, 5, 6});
    w.addInt64("b", {2}, {7, -8});
    return w.toBytes();
}

/// One tensor of every supported dtype, written by hand, with known values.
std::string allDTypesFile() {
    struct T {
        const char* name;
        const char* dtype;
        const char* shape;
        std::string bytes;
    };
    auto le = [](std::uint64_t v, int n) {
        std::string s;
        for (int i = 0; i < n; ++i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
        return s;
    };
    double d[2] = {-1.5, 1e300};
    std::uint64_t db[2];
    std::memcpy(db, d, sizeof d);
    const std::vector<T> tensors = {
        {"f64", "F64", "[2]", le(db[0], 8) + le(db[1], 8)},
        {"f32", "F32", "[1]", le(bitsOf(0.25f), 4)},
        {"f16", "F16", "[3]", le(0x3C00, 2) + le(0xC100, 2) + le(0x0001, 2)},
        {"bf16", "BF16", "[2]", le(0x3F80, 2) + le(0xC020, 2)},
        {"i64", "I64", "[1]", le(std::uint64_t(-5), 8)},
        {"i32", "I32", "[2]", le(std::uint32_t(-70000), 4) + le(70000, 4)},
        {"i16", "I16", "[2]", le(std::uint16_t(-300), 2) + le(300, 2)},
        {"i8", "I8", "[2]", le(std::uint8_t(-128), 1) + le(127, 1)},
        {"u8", "U8", "[2]", le(0, 1) + le(255, 1)},
        {"bool", "BOOL", "[3]", le(1, 1) + le(0, 1) + le(1, 1)},
    };
    std::string header = "{";
    std::string data;
    for (const T& t : tensors) {
        if (header.size() > 1) header += ",";
        header += std::string("\"") + t.name + "\":{\"dtype\":\"" + t.dtype +
                  "\",\"shape\":" + t.shape + ",\"data_offsets\":[" + std::to_string(data.size()) +
                  "," + std::to_string(data.size() + t.bytes.size()) + "]}";
        data += t.bytes;
    }
    return makeFile(header + "}", data);
}

/// Reads back every tensor of a file that opened, as the importers would.
void touchAllTensors(const SafetensorsFile& f) {
    for (const TensorInfo& t : f.tensors()) {
        if (t.end > f.dataSection().size()) throw std::logic_error("tensor past the data section");
        switch (t.dtype) {
            case DType::F64:
            case DType::F32:
            case DType::F16:
            case DType::BF16:
                if (f.toFloat32(t.name).size() != std::size_t(t.numel()))
                    throw std::logic_error("size");
                break;
            default:
                if (f.toInt64(t.name).size() != std::size_t(t.numel()))
                    throw std::logic_error("size");
        }
    }
}

}  // namespace

class TestSafetensors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void dtypeSizesAndNames();
    void readsRealFixtures_data();
    void readsRealFixtures();
    void knownShapesInFixtures_data();
    void knownShapesInFixtures();
    void fixtureValuesAreConsistent();
    void rewritingFixturesIsByteIdentical_data();
    void rewritingFixturesIsByteIdentical();
    void roundTripFloat32AndInt64();
    void roundTripScalarsAndEmptyTensors();
    void metadataRoundTrip();
    void writerHeaderIsCompactAndPadded();
    void writeAndOpenFromDisk();
    void writerRejectsBadInput();
    void lookups();
    void halfConversion_data();
    void halfConversion();
    void halfConversionAllPatterns();
    void bfloat16Conversion_data();
    void bfloat16Conversion();
    void convertsEveryDType();
    void malformed_data();
    void malformed();
    void malformedFileOnDiskNamesThePath();
    void manyTensorsParseQuickly();
    void fuzzedFilesFailCleanly();

private:
    QTemporaryDir dir_;
};

void TestSafetensors::dtypeSizesAndNames() {
    const std::vector<std::pair<DType, std::pair<std::size_t, const char*>>> expected = {
        {DType::F64, {8, "F64"}},   {DType::F32, {4, "F32"}}, {DType::F16, {2, "F16"}},
        {DType::BF16, {2, "BF16"}}, {DType::I64, {8, "I64"}}, {DType::I32, {4, "I32"}},
        {DType::I16, {2, "I16"}},   {DType::I8, {1, "I8"}},   {DType::U8, {1, "U8"}},
        {DType::Bool, {1, "BOOL"}},
    };
    for (const auto& [dtype, sizeAndName] : expected) {
        QCOMPARE(lmw::hf::dtypeSize(dtype), sizeAndName.first);
        QCOMPARE(QString::fromStdString(lmw::hf::dtypeName(dtype)), QString(sizeAndName.second));
    }
    TensorInfo t;
    QCOMPARE(t.numel(), std::int64_t(1));  // scalar
    t.shape = {3, 0, 5};
    QCOMPARE(t.numel(), std::int64_t(0));
    t.shape = {2, 3, 4};
    QCOMPARE(t.numel(), std::int64_t(24));
}

void TestSafetensors::readsRealFixtures_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    const std::vector<std::pair<QString, std::pair<int, int>>> models = {{"gpt2-tiny", {28, 9}},
                                                                         {"bert-tiny", {46, 10}},
                                                                         {"roberta-tiny", {42, 5}},
                                                                         {"bart-tiny", {92, 11}}};
    for (const auto& [model, counts] : models) {
        QTest::newRow(qPrintable(model + "/model")) << model << "model.safetensors" << counts.first;
        QTest::newRow(qPrintable(model + "/reference"))
            << model << "reference.safetensors" << counts.second;
    }
}

void TestSafetensors::readsRealFixtures() {
    QFETCH(QString, model);
    QFETCH(QString, file);
    QFETCH(int, count);
    const SafetensorsFile f = SafetensorsFile::open(hfPath(model, qPrintable(file)));
    QCOMPARE(int(f.tensors().size()), count);
    const bool isModel = file == "model.safetensors";
    if (isModel) {
        QCOMPARE(f.metadata().size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(f.metadata().at("format")), QStringLiteral("pt"));
    } else {
        QVERIFY(f.metadata().empty());
    }
    std::uint64_t total = 0;
    for (const TensorInfo& t : f.tensors()) {
        QVERIFY2(!t.name.empty(), t.name.c_str());
        QVERIFY(f.find(t.name) == &t);
        QVERIFY2(t.dtype == DType::F32 || (!isModel && t.dtype == DType::I64), t.name.c_str());
        QVERIFY2(t.shape.size() >= 1 && t.shape.size() <= 4, t.name.c_str());
        for (std::int64_t d : t.shape) QVERIFY2(d >= 1 && d <= 200, t.name.c_str());
        QCOMPARE(t.end - t.begin, std::uint64_t(t.numel()) * lmw::hf::dtypeSize(t.dtype));
        total += t.end - t.begin;
        if (t.dtype == DType::F32) {
            const std::vector<float> v = f.toFloat32(t.name);
            QCOMPARE(v.size(), std::size_t(t.numel()));
            for (float x : v) QVERIFY2(std::isfinite(x) && std::fabs(x) < 1000, t.name.c_str());
        } else {
            const std::vector<std::int64_t> v = f.toInt64(t.name);
            for (std::int64_t x : v) QVERIFY2(x >= 0 && x < 200, t.name.c_str());  // ids, masks
        }
    }
    QCOMPARE(total, std::uint64_t(f.dataSection().size()));
}

void TestSafetensors::knownShapesInFixtures_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tensor");
    QTest::addColumn<int>("dtype");
    QTest::addColumn<QList<qint64>>("shape");
    auto row = [](const char* path, const char* tensor, DType dtype, QList<qint64> shape) {
        QTest::newRow(qPrintable(QString("%1 %2").arg(path, tensor)))
            << QString(path) << QString(tensor) << int(dtype) << shape;
    };
    row("gpt2-tiny/model.safetensors", "transformer.wte.weight", DType::F32, {97, 48});
    row("gpt2-tiny/model.safetensors", "transformer.wpe.weight", DType::F32, {40, 48});
    row("gpt2-tiny/model.safetensors", "transformer.h.0.attn.c_attn.weight", DType::F32, {48, 144});
    row("gpt2-tiny/model.safetensors", "transformer.h.1.mlp.c_fc.bias", DType::F32, {192});
    row("gpt2-tiny/reference.safetensors", "input_ids", DType::I64, {2, 17});
    row("gpt2-tiny/reference.safetensors", "logits", DType::F32, {2, 17, 97});
    row("gpt2-tiny/reference.safetensors", "loss", DType::F32, {1});
    row("gpt2-tiny/reference.safetensors", "attentions.1", DType::F32, {2, 4, 17, 17});
    row("gpt2-tiny/reference.safetensors", "greedy_continuation", DType::I64, {1, 15});
    row("bert-tiny/model.safetensors", "bert.embeddings.word_embeddings.weight", DType::F32,
        {101, 48});
    row("bert-tiny/reference.safetensors", "prediction_logits", DType::F32, {2, 19, 101});
    row("bert-tiny/reference.safetensors", "seq_relationship_logits", DType::F32, {2, 2});
    row("roberta-tiny/model.safetensors", "roberta.embeddings.position_embeddings.weight",
        DType::F32, {44, 48});
    row("roberta-tiny/reference.safetensors", "logits", DType::F32, {2, 21, 103});
    row("bart-tiny/model.safetensors", "model.shared.weight", DType::F32, {99, 48});
    row("bart-tiny/model.safetensors", "final_logits_bias", DType::F32, {1, 99});
    row("bart-tiny/reference.safetensors", "labels", DType::I64, {2, 12});
    row("bart-tiny/reference.safetensors", "greedy_generation", DType::I64, {1, 11});
}

void TestSafetensors::knownShapesInFixtures() {
    QFETCH(QString, path);
    QFETCH(QString, tensor);
    QFETCH(int, dtype);
    QFETCH(QList<qint64>, shape);
    const SafetensorsFile f =
        SafetensorsFile::open(QDir(lmw::test::dataDir()).filePath("hf/" + path).toStdString());
    const TensorInfo* t = f.find(tensor.toStdString());
    QVERIFY2(t != nullptr, qPrintable(tensor));
    QCOMPARE(int(t->dtype), dtype);
    QCOMPARE(QList<qint64>(t->shape.begin(), t->shape.end()), shape);
}

void TestSafetensors::fixtureValuesAreConsistent() {
    // The loss stored as float32 equals the loss written as a number in reference.json.
    for (const char* model : {"gpt2-tiny", "bart-tiny"}) {
        const SafetensorsFile f = SafetensorsFile::open(hfPath(model, "reference.safetensors"));
        QFile json(QString::fromStdString(hfPath(model, "reference.json")));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const double loss =
            QJsonDocument::fromJson(json.readAll()).object().value("loss").toDouble();
        QVERIFY(loss > 1.0);
        QCOMPARE(f.toFloat32("loss"), std::vector<float>{float(loss)});
    }
    // Tensors come in header order; GPT-2's greedy continuation starts with the first five
    // input ids of row 0.
    const SafetensorsFile gpt2 =
        SafetensorsFile::open(hfPath("gpt2-tiny", "reference.safetensors"));
    QCOMPARE(QString::fromStdString(gpt2.tensors()[0].name), QStringLiteral("greedy_continuation"));
    QCOMPARE(QString::fromStdString(gpt2.tensors()[2].name), QStringLiteral("attentions.0"));
    const std::vector<std::int64_t> ids = gpt2.toInt64("input_ids");
    const std::vector<std::int64_t> greedy = gpt2.toInt64("greedy_continuation");
    QCOMPARE(std::vector<std::int64_t>(greedy.begin(), greedy.begin() + 5),
             std::vector<std::int64_t>(ids.begin(), ids.begin() + 5));
    // Attention rows are probabilities: each row sums to 1.
    const std::vector<float> att = gpt2.toFloat32("attentions.0");
    for (std::size_t row = 0; row < att.size() / 17; ++row) {
        double sum = 0;
        for (std::size_t k = 0; k < 17; ++k) sum += att[row * 17 + k];
        QVERIFY(std::fabs(sum - 1.0) < 1e-5);
    }
}

void TestSafetensors::rewritingFixturesIsByteIdentical_data() {
    QTest::addColumn<QString>("path");
    for (const char* model : {"gpt2-tiny", "bert-tiny", "roberta-tiny", "bart-tiny"}) {
        for (const char* file : {"model.safetensors", "reference.safetensors"}) {
            const QString path = QString("%1/%2").arg(model, file);
            QTest::newRow(qPrintable(path)) << path;
        }
    }
}

void TestSafetensors::rewritingFixturesIsByteIdentical() {
    QFETCH(QString, path);
    const SafetensorsFile original =
        SafetensorsFile::open(QDir(lmw::test::dataDir()).filePath("hf/" + path).toStdString());
    // Add the tensors in data order, so that the data sections can be compared byte for byte.
    std::vector<const TensorInfo*> byOffset;
    for (const TensorInfo& t : original.tensors()) byOffset.push_back(&t);
    std::sort(byOffset.begin(), byOffset.end(),
              [](const TensorInfo* a, const TensorInfo* b) { return a->begin < b->begin; });
    SafetensorsWriter w;
    w.setMetadata(original.metadata());
    for (const TensorInfo* t : byOffset) {
        if (t->dtype == DType::F32)
            w.addFloat32(t->name, t->shape, original.toFloat32(t->name));
        else
            w.addInt64(t->name, t->shape, original.toInt64(t->name));
    }
    const SafetensorsFile copy = SafetensorsFile::fromBytes(w.toBytes(), "copy");
    QVERIFY(copy.dataSection() == original.dataSection());
    QCOMPARE(copy.metadata(), original.metadata());
    QCOMPARE(copy.tensors().size(), original.tensors().size());
    for (const TensorInfo* t : byOffset) {
        const TensorInfo& c = copy.at(t->name);
        QCOMPARE(int(c.dtype), int(t->dtype));
        QCOMPARE(c.shape, t->shape);
        QCOMPARE(c.begin, t->begin);
        QCOMPARE(c.end, t->end);
        QVERIFY(copy.rawData(t->name) == original.rawData(t->name));
    }
}

void TestSafetensors::roundTripFloat32AndInt64() {
    const float inf = std::numeric_limits<float>::infinity();
    const std::vector<float> floats = {
        0.0f,        -0.0f,         1.0f,
        -2.5f,       3.4028235e38f, 1.4e-45f,
        inf,         -inf,          std::numeric_limits<float>::quiet_NaN(),
        1.0f / 3.0f, -1e-20f,       42.0f};
    const std::vector<std::int64_t> ints = {0,
                                            1,
                                            -1,
                                            std::numeric_limits<std::int64_t>::min(),
                                            std::numeric_limits<std::int64_t>::max(),
                                            1234567890123};
    SafetensorsWriter w;
    w.addFloat32("floats", {3, 2, 2}, floats);
    w.addInt64("ints", {2, 3}, ints);
    const SafetensorsFile f = SafetensorsFile::fromBytes(w.toBytes(), "mem");
    QCOMPARE(f.tensors().size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(f.tensors()[0].name), QStringLiteral("floats"));
    QCOMPARE(f.tensors()[0].shape, (Shape{3, 2, 2}));
    QCOMPARE(int(f.tensors()[1].dtype), int(DType::I64));
    const std::vector<float> back = f.toFloat32("floats");
    QCOMPARE(back.size(), floats.size());
    for (std::size_t i = 0; i < floats.size(); ++i) QCOMPARE(bitsOf(back[i]), bitsOf(floats[i]));
    QCOMPARE(f.toInt64("ints"), ints);
}

void TestSafetensors::roundTripScalarsAndEmptyTensors() {
    SafetensorsWriter w;
    w.addFloat32("scalar", {}, {7.5f});
    w.addFloat32("empty", {0}, {});
    w.addInt64("empty_2d", {3, 0}, {});
    w.addInt64("int_scalar", {}, {-9});
    w.addFloat32("after", {2}, {1.0f, 2.0f});
    const SafetensorsFile f = SafetensorsFile::fromBytes(w.toBytes(), "mem");
    QCOMPARE(f.tensors().size(), std::size_t(5));
    const TensorInfo& scalar = f.at("scalar");
    QVERIFY(scalar.shape.empty());
    QCOMPARE(scalar.numel(), std::int64_t(1));
    QCOMPARE(f.toFloat32("scalar"), std::vector<float>{7.5f});
    QCOMPARE(f.at("empty").shape, Shape{0});
    QCOMPARE(f.at("empty").begin, f.at("empty").end);
    QVERIFY(f.toFloat32("empty").empty());
    QCOMPARE(f.at("empty_2d").shape, (Shape{3, 0}));
    QVERIFY(f.toInt64("empty_2d").empty());
    QCOMPARE(f.toInt64("int_scalar"), std::vector<std::int64_t>{-9});
    QCOMPARE(f.toFloat32("after"), (std::vector<float>{1.0f, 2.0f}));
    QCOMPARE(f.dataSection().size(), std::size_t(4 + 8 + 8));
    QStringList order;  // insertion order, not alphabetical
    for (const TensorInfo& t : f.tensors()) order << QString::fromStdString(t.name);
    QCOMPARE(order, QStringList({"scalar", "empty", "empty_2d", "int_scalar", "after"}));

    // No tensors at all is a valid (if useless) file.
    const SafetensorsFile none = SafetensorsFile::fromBytes(SafetensorsWriter().toBytes(), "none");
    QVERIFY(none.tensors().empty());
    QVERIFY(none.metadata().empty());
}

void TestSafetensors::metadataRoundTrip() {
    const std::map<std::string, std::string> meta = {
        {"format", "pt"},
        {"note", "quotes \" backslash \\ newline \n tab \t"},
        {"unicode", "\xE6\x98\xA5 caf\xC3\xA9"},
        {"", "empty key"}};
    SafetensorsWriter w;
    w.setMetadata(meta);
    w.addFloat32("x", {1}, {1.0f});
    const SafetensorsFile f = SafetensorsFile::fromBytes(w.toBytes(), "mem");
    QCOMPARE(f.metadata(), meta);
    QVERIFY(f.find("__metadata__") == nullptr);
    QCOMPARE(f.tensors().size(), std::size_t(1));

    QVERIFY(lmw::test::errorOf([&] { w.setMetadata({{"bad", "\xFF"}}); }).contains("UTF-8"));
}

void TestSafetensors::writerHeaderIsCompactAndPadded() {
    const std::string file = smallValidFile();
    const std::string header = headerOf(file);
    QCOMPARE(QString::fromStdString(header).trimmed(),
             QStringLiteral("{\"__metadata__\":{\"format\":\"pt\"},"
                            "\"a\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]},"
                            "\"b\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[24,40]}}"));
    // Every name length gives a header padded with spaces to a multiple of 8.
    for (int len = 1; len <= 17; ++len) {
        SafetensorsWriter w;
        w.addFloat32(std::string(std::size_t(len), 'n'), {1}, {1.0f});
        const std::string bytes = w.toBytes();
        const std::uint64_t n = readLength(bytes);
        QCOMPARE(n % 8, std::uint64_t(0));
        QCOMPARE(bytes.size(), std::size_t(8 + n + 4));
        const std::string h = headerOf(bytes);
        const std::size_t close = h.rfind('}');
        QVERIFY(n - close - 1 < 8);
        QCOMPARE(h.find_first_not_of(' ', close + 1), std::string::npos);
    }
}

void TestSafetensors::writeAndOpenFromDisk() {
    SafetensorsWriter w;
    w.addFloat32("w", {2, 2}, {1, 2, 3, 4});
    const std::string path = dir_.filePath("sub/out.safetensors").toStdString();
    w.write(path);
    const SafetensorsFile f = SafetensorsFile::open(path);
    QCOMPARE(f.toFloat32("w"), (std::vector<float>{1, 2, 3, 4}));
    QCOMPARE(QString::fromStdString(f.name()), QString::fromStdString(path));

    // A failed write leaves the previous file as it was.
    SafetensorsWriter bigger;
    bigger.addFloat32("w", {4}, {5, 6, 7, 8});
    lmw::sys::setWriteFailureAfterBytesForTesting(10);
    const QString error = lmw::test::errorOf([&] { bigger.write(path); });
    lmw::sys::setWriteFailureAfterBytesForTesting(-1);
    QVERIFY2(error.contains("Cannot write"), qPrintable(error));
    QCOMPARE(SafetensorsFile::open(path).toFloat32("w"), (std::vector<float>{1, 2, 3, 4}));

    QVERIFY(lmw::test::errorOf([&] {
                SafetensorsFile::open(dir_.filePath("missing.safetensors").toStdString());
            }).contains("does not exist"));
}

void TestSafetensors::writerRejectsBadInput() {
    SafetensorsWriter w;
    w.addFloat32("x", {2}, {1, 2});
    QVERIFY(lmw::test::errorOf([&] {
                w.addFloat32("y", {2, 2}, {1, 2, 3});
            }).contains("3 were given"));
    QVERIFY(lmw::test::errorOf([&] { w.addInt64("y", {}, {}); }).contains("0 were given"));
    QVERIFY(lmw::test::errorOf([&] { w.addInt64("y", {-1}, {}); }).contains("negative"));
    QVERIFY(lmw::test::errorOf([&] { w.addInt64("x", {1}, {1}); }).contains("already added"));
    QVERIFY(lmw::test::errorOf([&] { w.addInt64("__metadata__", {1}, {1}); }).contains("reserved"));
    QVERIFY(lmw::test::errorOf([&] { w.addInt64("bad\xC3", {1}, {1}); }).contains("UTF-8"));
    QVERIFY(lmw::test::errorOf([&] {
                w.addInt64("huge", {std::int64_t(1) << 40, std::int64_t(1) << 40}, {1});
            }).contains("is too large"));
    // The rejected additions left the writer as it was.
    const SafetensorsFile f = SafetensorsFile::fromBytes(w.toBytes(), "mem");
    QCOMPARE(f.tensors().size(), std::size_t(1));
}

void TestSafetensors::lookups() {
    const SafetensorsFile f = SafetensorsFile::fromBytes(smallValidFile(), "small.safetensors");
    QVERIFY(f.find("a") != nullptr);
    QVERIFY(f.find("zzz") == nullptr);
    QCOMPARE(f.at("b").shape, Shape{2});
    const QString missing = lmw::test::errorOf([&] { f.at("zzz"); });
    QVERIFY2(missing.contains("tensor 'zzz' is missing", Qt::CaseInsensitive), qPrintable(missing));
    QVERIFY(missing.contains("small.safetensors"));
    QVERIFY(lmw::test::errorOf([&] { f.toFloat32("zzz"); }).contains("'zzz' is missing"));
    QVERIFY(lmw::test::errorOf([&] { f.toFloat32("b"); }).contains("not a floating-point type"));
    QVERIFY(lmw::test::errorOf([&] { f.toInt64("a"); }).contains("not an integer type"));
    QCOMPARE(f.rawData("a").size(), std::size_t(24));
    QCOMPARE(f.toInt64("b"), (std::vector<std::int64_t>{7, -8}));
}

void TestSafetensors::halfConversion_data() {
    QTest::addColumn<uint>("bits");
    QTest::addColumn<float>("expected");
    const float inf = std::numeric_limits<float>::infinity();
    QTest::newRow("1.0") << 0x3C00u << 1.0f;
    QTest::newRow("-2.5") << 0xC100u << -2.5f;
    QTest::newRow("65504 (largest)") << 0x7BFFu << 65504.0f;
    QTest::newRow("smallest subnormal") << 0x0001u << std::ldexp(1.0f, -24);
    QTest::newRow("largest subnormal") << 0x03FFu << std::ldexp(1023.0f, -24);
    QTest::newRow("negative subnormal") << 0x8200u << -std::ldexp(1.0f, -15);
    QTest::newRow("smallest normal") << 0x0400u << std::ldexp(1.0f, -14);
    QTest::newRow("1/3 rounded") << 0x3555u << 0.333251953125f;
    QTest::newRow("+0") << 0x0000u << 0.0f;
    QTest::newRow("-0") << 0x8000u << -0.0f;
    QTest::newRow("+inf") << 0x7C00u << inf;
    QTest::newRow("-inf") << 0xFC00u << -inf;
    QTest::newRow("quiet NaN") << 0x7E00u << std::numeric_limits<float>::quiet_NaN();
    QTest::newRow("signalling NaN") << 0x7C01u << std::numeric_limits<float>::quiet_NaN();
}

void TestSafetensors::halfConversion() {
    QFETCH(uint, bits);
    QFETCH(float, expected);
    const float got = lmw::hf::halfToFloat(std::uint16_t(bits));
    if (std::isnan(expected)) {
        QVERIFY(std::isnan(got));
        QCOMPARE(bitsOf(got) >> 31, std::uint32_t(bits >> 15));                // sign kept
        QCOMPARE(bitsOf(got) & 0x7FFFFFu, std::uint32_t(bits & 0x3FF) << 13);  // payload kept
    } else {
        QCOMPARE(bitsOf(got), bitsOf(expected));
    }
}

void TestSafetensors::halfConversionAllPatterns() {
    // Every finite half is (-1)^s x m x 2^e exactly; compare against that definition.
    for (std::uint32_t bits = 0; bits <= 0xFFFF; ++bits) {
        const float got = lmw::hf::halfToFloat(std::uint16_t(bits));
        const int exponent = int((bits >> 10) & 0x1F);
        const int mantissa = int(bits & 0x3FF);
        const float sign = (bits & 0x8000) ? -1.0f : 1.0f;
        if (exponent == 0x1F) {
            QCOMPARE(std::isnan(got), mantissa != 0);
            if (mantissa == 0) QCOMPARE(got, sign * std::numeric_limits<float>::infinity());
            continue;
        }
        const float expected = exponent == 0
                                   ? sign * std::ldexp(float(mantissa), -24)
                                   : sign * std::ldexp(float(1024 + mantissa), exponent - 25);
        if (bitsOf(got) != bitsOf(expected)) QFAIL(qPrintable(QString::number(bits, 16)));
    }
}

void TestSafetensors::bfloat16Conversion_data() {
    QTest::addColumn<uint>("bits");
    QTest::addColumn<float>("expected");
    const float inf = std::numeric_limits<float>::infinity();
    QTest::newRow("1.0") << 0x3F80u << 1.0f;
    QTest::newRow("-2.5") << 0xC020u << -2.5f;
    QTest::newRow("65280 (near 65504)") << 0x477Fu << 65280.0f;
    QTest::newRow("largest") << 0x7F7Fu << std::ldexp(255.0f, 120);
    QTest::newRow("smallest subnormal") << 0x0001u << std::ldexp(1.0f, -133);
    QTest::newRow("smallest normal") << 0x0080u << std::ldexp(1.0f, -126);
    QTest::newRow("-0") << 0x8000u << -0.0f;
    QTest::newRow("+inf") << 0x7F80u << inf;
    QTest::newRow("-inf") << 0xFF80u << -inf;
    QTest::newRow("NaN") << 0x7FC0u << std::numeric_limits<float>::quiet_NaN();
}

void TestSafetensors::bfloat16Conversion() {
    QFETCH(uint, bits);
    QFETCH(float, expected);
    const float got = lmw::hf::bfloat16ToFloat(std::uint16_t(bits));
    if (std::isnan(expected))
        QVERIFY(std::isnan(got));
    else
        QCOMPARE(bitsOf(got), bitsOf(expected));
    QCOMPARE(bitsOf(got), std::uint32_t(bits) << 16);
}

void TestSafetensors::convertsEveryDType() {
    const SafetensorsFile f = SafetensorsFile::fromBytes(allDTypesFile(), "all");
    QCOMPARE(f.tensors().size(), std::size_t(10));
    QCOMPARE(f.toFloat32("f64"),
             (std::vector<float>{-1.5f, std::numeric_limits<float>::infinity()}));
    QCOMPARE(f.toFloat32("f32"), std::vector<float>{0.25f});
    QCOMPARE(f.toFloat32("f16"), (std::vector<float>{1.0f, -2.5f, std::ldexp(1.0f, -24)}));
    QCOMPARE(f.toFloat32("bf16"), (std::vector<float>{1.0f, -2.5f}));
    QCOMPARE(f.toInt64("i64"), std::vector<std::int64_t>{-5});
    QCOMPARE(f.toInt64("i32"), (std::vector<std::int64_t>{-70000, 70000}));
    QCOMPARE(f.toInt64("i16"), (std::vector<std::int64_t>{-300, 300}));
    QCOMPARE(f.toInt64("i8"), (std::vector<std::int64_t>{-128, 127}));
    QCOMPARE(f.toInt64("u8"), (std::vector<std::int64_t>{0, 255}));
    QCOMPARE(f.toInt64("bool"), (std::vector<std::int64_t>{1, 0, 1}));
    QVERIFY(lmw::test::errorOf([&] { f.toInt64("f16"); }).contains("F16, not an integer type"));
    QVERIFY(lmw::test::errorOf([&] { f.toFloat32("bool"); }).contains("BOOL, not a floating"));

    // A BOOL byte other than 0 or 1 is refused when the values are read.
    std::string bytes = allDTypesFile();
    bytes[bytes.size() - 2] = 2;
    const SafetensorsFile badBool = SafetensorsFile::fromBytes(bytes, "all");
    QVERIFY(lmw::test::errorOf([&] { badBool.toInt64("bool"); }).contains("not a BOOL"));
}

void TestSafetensors::malformed_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("tensors");  // comma-separated; empty when no tensor is at fault
    const std::string valid = smallValidFile();
    const std::string header = headerOf(valid);
    auto row = [](const char* name, const std::string& bytes, const char* problem,
                  const char* tensor = "") {
        QTest::newRow(name) << toQ(bytes) << QString(problem) << QString(tensor);
    };
    auto edit = [&](const std::string& from, const std::string& to) {
        return editHeader(valid, from, to);
    };
    std::string longLength = valid;
    longLength[0] = char(0xF0);  // header length 240 + ..., past the end of this small file
    std::string absurd = valid;
    absurd[4] = 1;  // 2^32 + ...

    row("empty file", "", "the file is empty");
    row("shorter than the length", valid.substr(0, 5), "only 5 bytes long");
    row("truncated header", valid.substr(0, 8 + header.size() / 2), "runs past the end");
    row("header length past EOF", lengthPrefix(100) + "{}", "runs past the end");
    row("header length past EOF (edited)", longLength, "runs past the end");
    row("absurd header length", absurd, "more than 100 MB");
    row("truncated data", valid.substr(0, valid.size() - 4), "past the end of the data section",
        "b");
    row("not JSON", edit("{\"__metadata__\"", "{__metadata__"), "not valid JSON");
    row("JSON with trailing garbage", edit("}}", "}}x"), "not valid JSON");
    row("JSON with a comment", edit("{", "/*c*/{"), "not valid JSON");
    row("number out of range", edit("[2,3]", "[2,1e999]"), "not valid JSON");
    row("not UTF-8", edit("\"pt\"", "\"p\xFF\""), "not valid UTF-8");
    row("not an object", makeFile("[1,2]   ", ""), "not a JSON object");
    row("entry not an object",
        edit("{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[24,40]}", "5"),
        "not described by a JSON object", "b");
    row("missing dtype", edit("\"dtype\":\"F32\",", ""), "has no dtype", "a");
    row("dtype not a string", edit("\"F32\"", "32"), "dtype that is not a string", "a");
    row("unknown dtype", edit("\"F32\"", "\"F31\""), "unknown dtype 'F31'", "a");
    row("unsupported dtype", edit("\"I64\"", "\"U64\""), "dtype 'U64', which is not supported",
        "b");
    row("missing shape", edit("\"shape\":[2,3],", ""), "has no shape", "a");
    row("shape not a list", edit("[2,3]", "6"), "shape that is not a list", "a");
    row("negative dimension", edit("[2,3]", "[-2,-3]"), "negative dimension (-2)", "a");
    row("fractional dimension", edit("[2,3]", "[2.0,3]"), "not an integer", "a");
    row("element count overflow", edit("[2,3]", "[4294967296,4294967296]"),
        "element count overflows", "a");
    row("byte size overflow", edit("[2,3]", "[4611686018427387904]"), "byte size overflows", "a");
    row("dimension beyond int64", edit("[2,3]", "[18446744073709551615]"), "too large", "a");
    row("missing data_offsets", edit(",\"data_offsets\":[0,24]", ""), "has no data_offsets", "a");
    row("one offset", edit("[0,24]", "[0]"), "not two non-negative integers", "a");
    row("three offsets", edit("[0,24]", "[0,24,40]"), "not two non-negative integers", "a");
    row("offset as string", edit("[0,24]", "[0,\"24\"]"), "not two non-negative integers", "a");
    row("negative offset", edit("[0,24]", "[-8,16]"), "not two non-negative integers", "a");
    row("begin after end", edit("[24,40]", "[40,24]"), "begin is after its end", "b");
    row("offsets out of range", edit("[24,40]", "[24,48]"), "past the end of the data section",
        "b");
    row("huge offsets", edit("[24,40]", "[24,9223372036854775807]"),
        "past the end of the data section", "b");
    row("shape/size mismatch", edit("[2,3]", "[2,2]"), "shape/size mismatch", "a");
    row("dtype/size mismatch", edit("\"I64\"", "\"I32\""), "shape/size mismatch", "b");
    row("overlapping tensors", edit("[24,40]", "[16,32]"), "overlap", "a,b");
    row("gap between tensors", editHeader(edit("[2,3]", "[4]"), "[0,24]", "[8,24]"), "gap", "a");
    row("trailing bytes", valid + std::string(8, '\0'), "8 bytes at the end of the data section");
    row("duplicate tensor", edit("\"b\":", "\"a\":"), "tensor 'a' appears twice", "a");
    row("duplicate key in entry", edit("\"shape\":[2,3],", "\"shape\":[2,3],\"shape\":[2,3],"),
        "key 'shape' appears twice", "a");
    row("duplicate metadata",
        edit("{\"__metadata__\":{\"format\":\"pt\"},", "{\"__metadata__\":{},\"__metadata__\":{},"),
        "__metadata__ appears twice");
    row("duplicate metadata key",
        edit("{\"format\":\"pt\"}", "{\"format\":\"pt\",\"format\":\"np\"}"),
        "key 'format' appears twice in __metadata__");
    row("metadata value not a string", edit("\"pt\"", "5"), "__metadata__ is not a map of strings");
    row("metadata not a map", edit("{\"format\":\"pt\"}", "[\"pt\"]"), "__metadata__ is not a map");
    row("metadata null", edit("{\"format\":\"pt\"}", "null"), "__metadata__ is not a map");
    row("nested too deeply",
        makeFile("{\"a\":{\"x\":" + std::string(100000, '[') + std::string(100000, ']') + "}}", ""),
        "nested too deeply");
}

void TestSafetensors::malformed() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QFETCH(QString, tensors);
    QString error;
    try {
        SafetensorsFile::fromBytes(toStd(bytes), "bad.safetensors");
    } catch (const lmw::Error& e) {
        error = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        QFAIL(qPrintable(QStringLiteral("not an lmw::Error: ") + e.what()));
    }
    QVERIFY2(!error.isEmpty(), "the file was accepted");
    QVERIFY2(error.startsWith("'bad.safetensors' is not a valid safetensors file: "),
             qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    for (const QString& tensor : tensors.split(',', Qt::SkipEmptyParts))
        QVERIFY2(error.contains("tensor '" + tensor + "'") || error.contains("'" + tensor + "' ["),
                 qPrintable(error));
    QVERIFY2(!error.contains('\n'), qPrintable(error));
    QVERIFY2(error.size() < 300, qPrintable(error));
}

void TestSafetensors::malformedFileOnDiskNamesThePath() {
    const std::string valid = smallValidFile();
    const std::string path =
        lmw::test::writeFile(dir_, "broken.safetensors", toQ(editHeader(valid, "[2,3]", "[2,2]")));
    const QString error = lmw::test::errorOf([&] { SafetensorsFile::open(path); });
    QVERIFY2(error.contains(QString::fromStdString(path)), qPrintable(error));
    QVERIFY2(error.contains("tensor 'a'") && error.contains("shape/size mismatch"),
             qPrintable(error));
    const std::string empty = lmw::test::writeFile(dir_, "empty.safetensors", QByteArray());
    QVERIFY(lmw::test::errorOf([&] { SafetensorsFile::open(empty); }).contains("is empty"));
}

void TestSafetensors::manyTensorsParseQuickly() {
    // A header with 50,000 one-byte tensors: linear parsing takes milliseconds, quadratic
    // parsing (re-scanning the header object per entry) would take minutes.
    const int count = 50000;
    std::string header = "{";
    for (int i = 0; i < count; ++i) {
        if (i > 0) header += ",";
        header += "\"t" + std::to_string(i) +
                  "\":{\"dtype\":\"U8\",\"shape\":[],\"data_offsets\":[" + std::to_string(i) + "," +
                  std::to_string(i + 1) + "]}";
    }
    header += "}";
    QElapsedTimer timer;
    timer.start();
    const SafetensorsFile f =
        SafetensorsFile::fromBytes(makeFile(header, std::string(count, '\x07')), "many");
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(int(f.tensors().size()), count);
    QCOMPARE(QString::fromStdString(f.tensors()[12345].name), QStringLiteral("t12345"));
    QCOMPARE(f.toInt64("t49999"), std::vector<std::int64_t>{7});
}

void TestSafetensors::fuzzedFilesFailCleanly() {
    // Single-byte changes (mostly in the header, where the structure is) and truncations of
    // valid files: each must either open, with every tensor readable, or throw lmw::Error.
    const std::vector<std::string> bases = {
        smallValidFile(), allDTypesFile(),
        lmw::sys::readFile(hfPath("gpt2-tiny", "reference.safetensors"), 0)};
    std::mt19937 rng(20241128);
    int accepted = 0, rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string bytes = bases[std::size_t(i) % bases.size()];
        const std::size_t headerEnd = 8 + readLength(bytes);
        const int kind = int(rng() % 10);
        if (kind == 0) {
            bytes.resize(rng() % bytes.size());
        } else {
            const std::size_t at = kind <= 7 ? rng() % headerEnd : rng() % bytes.size();
            const char interesting[] = {'0', '9', '-', '[', ']',  '{',
                                        '}', '"', ',', ' ', '\0', '\xFF'};
            bytes[at] = rng() % 2 ? interesting[rng() % sizeof interesting] : char(rng() % 256);
        }
        try {
            const SafetensorsFile f = SafetensorsFile::fromBytes(bytes, "fuzz");
            try {
                touchAllTensors(f);
            } catch (const lmw::Error&) {  // a BOOL byte other than 0 or 1
            }
            ++accepted;
        } catch (const lmw::Error& e) {
            if (QString::fromUtf8(e.what()).contains('\n')) QFAIL(e.what());
            ++rejected;
        } catch (const std::exception& e) {
            QFAIL(qPrintable(QString("iteration %1: not an lmw::Error: %2").arg(i).arg(e.what())));
        }
    }
    qInfo("fuzz: %d accepted, %d rejected", accepted, rejected);
    QVERIFY(accepted > 100);
    QVERIFY(rejected > 1000);
}

QTEST_APPLESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
