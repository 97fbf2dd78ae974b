// Export to and import from Hugging Face's format: importing a reference checkpoint and
// exporting it again gives the same tensor names, shapes and configuration fields; a model
// trained here survives export -> import with identical outputs; bad checkpoints are refused
// with clear messages.
#include <QDir>
#include <QFile>
#include <nlohmann/json.hpp>

#include "api/hf.h"
#include "api/text_generator.h"
#include "engine_fixtures.h"
#include "hf/hf_models.h"
#include "hf/safetensors.h"
#include "models/common.h"
#include "test_util.h"

using lmw::hf::SafetensorsFile;

namespace {

nlohmann::json readJson(const std::string& path) {
    QFile f(QString::fromStdString(path));
    f.open(QIODevice::ReadOnly);
    return nlohmann::json::parse(f.readAll().toStdString());
}

lmw::Batch sampleBatch(const lmw::ModelConfig& m) {
    lmw::Batch b;
    b.input = torch::randint(5, m.vocabSize, {2, 9}, torch::kLong);
    if (m.family == lmw::ModelFamily::Bart)
        b.decoderInput = torch::randint(5, m.vocabSize, {2, 7}, torch::kLong);
    return b;
}

}  // namespace

class TestHfExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fixtureRoundTrip_data();
    void fixtureRoundTrip();
    void trainedLayoutsRoundTrip_data();
    void trainedLayoutsRoundTrip();
    void exportedGptComesBack_data();
    void exportedGptComesBack();
    void refusesWhatItCannotExport();
    void badCheckpoints_data();
    void badCheckpoints();

private:
    QTemporaryDir dir_;
};

void TestHfExport::initTestCase() {
    QVERIFY(dir_.isValid());
    torch::manual_seed(4);
}

void TestHfExport::fixtureRoundTrip_data() {
    QTest::addColumn<QString>("model");
    QTest::newRow("gpt2") << "gpt2-tiny";
    QTest::newRow("bert") << "bert-tiny";
    QTest::newRow("roberta") << "roberta-tiny";
    QTest::newRow("bart") << "bart-tiny";
}

void TestHfExport::fixtureRoundTrip() {
    QFETCH(QString, model);
    const std::string source = lmw::test::dataPath(("hf/" + model).toUtf8().constData());
    const std::string target = dir_.filePath("export-" + model).toStdString();
    auto imported = lmw::hf::loadModel(source);
    lmw::SpecialIds specials;
    const auto& c = imported.config;
    specials.pad =
        c.value("pad_token_id", nlohmann::json()).is_number() ? c["pad_token_id"].get<int>() : -1;
    specials.bos =
        c.value("bos_token_id", nlohmann::json()).is_number() ? c["bos_token_id"].get<int>() : -1;
    specials.eos =
        c.value("eos_token_id", nlohmann::json()).is_number() ? c["eos_token_id"].get<int>() : -1;
    lmw::hf::saveModel(*imported.model, specials, target);

    // The same tensors under the same names and shapes as the reference checkpoint.
    const SafetensorsFile original = SafetensorsFile::open(source + "/model.safetensors");
    const SafetensorsFile exported = SafetensorsFile::open(target + "/model.safetensors");
    QCOMPARE(exported.tensors().size(), original.tensors().size());
    for (const auto& t : original.tensors()) {
        const auto* e = exported.find(t.name);
        QVERIFY2(e, qPrintable(QString::fromStdString("missing " + t.name)));
        QCOMPARE(e->shape, t.shape);
        QCOMPARE(exported.toFloat32(t.name), original.toFloat32(t.name));
    }
    // The configuration fields that define the architecture are the reference's.
    const auto a = readJson(source + "/config.json"), b = readJson(target + "/config.json");
    for (const char* key : {"model_type",
                            "architectures",
                            "vocab_size",
                            "n_embd",
                            "n_layer",
                            "n_head",
                            "n_positions",
                            "hidden_size",
                            "num_hidden_layers",
                            "num_attention_heads",
                            "intermediate_size",
                            "max_position_embeddings",
                            "type_vocab_size",
                            "d_model",
                            "encoder_layers",
                            "decoder_layers",
                            "encoder_ffn_dim",
                            "activation_function",
                            "hidden_act",
                            "pad_token_id",
                            "decoder_start_token_id",
                            "layer_norm_eps",
                            "layer_norm_epsilon"}) {
        if (!a.contains(key)) continue;
        QVERIFY2(b.contains(key) && a[key] == b[key], key);
    }
    // And it imports again to the same outputs.
    auto again = lmw::hf::loadModel(target);
    torch::NoGradGuard noGrad;
    const auto batch = sampleBatch(imported.model->config());
    QVERIFY(
        torch::equal(imported.model->forward(batch).logits, again.model->forward(batch).logits));
}

void TestHfExport::trainedLayoutsRoundTrip_data() {
    QTest::addColumn<int>("family");
    QTest::newRow("gpt (GPT-2 layout)") << int(lmw::ModelFamily::Gpt);
    QTest::newRow("bert") << int(lmw::ModelFamily::Bert);
    QTest::newRow("roberta") << int(lmw::ModelFamily::Roberta);
    QTest::newRow("bart") << int(lmw::ModelFamily::Bart);
}

void TestHfExport::trainedLayoutsRoundTrip() {
    QFETCH(int, family);
    lmw::ModelConfig m;
    m.family = lmw::ModelFamily(family);
    m.vocabSize = 40;
    m.layers = 2;
    m.heads = 2;
    m.embed = 16;
    m.block = 20;
    m.padId = 1;
    m.activation =
        m.family == lmw::ModelFamily::Gpt ? lmw::Activation::GeluTanh : lmw::Activation::Gelu;
    if (m.family == lmw::ModelFamily::Bert || m.family == lmw::ModelFamily::Roberta)
        m.layerNormEps = 1e-12;
    auto model = lmw::makeModel(m);
    {
        // Move every weight away from its initial value, as training would.
        torch::NoGradGuard noGrad;
        for (auto& p : model->module().parameters()) p.add_(torch::randn_like(p) * 0.05);
    }
    model->module().eval();
    const std::string target = dir_.filePath("trained-" + QString::number(family)).toStdString();
    lmw::SpecialIds s;
    s.pad = 1, s.bos = 0, s.eos = 2;
    lmw::hf::saveModel(*model, s, target);
    auto back = lmw::hf::loadModel(target);
    torch::NoGradGuard noGrad;
    const auto batch = sampleBatch(m);
    QVERIFY(torch::equal(model->forward(batch).logits, back.model->forward(batch).logits));
}

void TestHfExport::exportedGptComesBack_data() {
    QTest::addColumn<QString>("tokenizer");
    QTest::newRow("characters") << "char";
    QTest::newRow("SentencePiece BPE") << "bpe";
    QTest::newRow("SentencePiece unigram") << "unigram";
}

void TestHfExport::exportedGptComesBack() {
    // A GPT trained here, exported with its tokenizer, opens as a model again: the same ids,
    // the same next-token probabilities, the same greedy text.
    QFETCH(QString, tokenizer);
    const std::string run = dir_.filePath("gpt-" + tokenizer).toStdString();
    const std::string out = run + "-hf";
    lmw::ModelConfig m = lmw::test::tinyModel();
    m.activation = lmw::Activation::GeluTanh;
    lmw::TrainConfig t = lmw::test::tinyTraining(5);
    t.tokenizer.kind = tokenizer.toStdString();
    lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), run).train();
    lmw::exportHuggingFace(run, out);
    const auto original = lmw::TextGenerator::load(run);
    const auto back = lmw::TextGenerator::load(out);
    QVERIFY(back.importedFromHuggingFace());
    const std::string prompt = "Once upon a time, the little";
    QCOMPARE(back.tokens(prompt), original.tokens(prompt));
    const auto a = original.nextTokens(prompt, 5), b = back.nextTokens(prompt, 5);
    QCOMPARE(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].first, a[i].first);
        QVERIFY(std::abs(b[i].second - a[i].second) < 1e-5);
    }
    lmw::GenerateOptions g;
    g.prompt = prompt;
    g.maxTokens = 12;
    g.temperature = 0;
    QCOMPARE(back.generate(g), original.generate(g));
}

void TestHfExport::refusesWhatItCannotExport() {
    lmw::ModelConfig m;
    m.family = lmw::ModelFamily::Lstm;
    m.vocabSize = 10;
    auto lstm = lmw::makeModel(m);
    const QString a = lmw::test::errorOf(
        [&] { lmw::hf::saveModel(*lstm, {}, dir_.filePath("lstm").toStdString()); });
    QVERIFY2(a.contains("LSTM"), qPrintable(a));
    m.family = lmw::ModelFamily::Gpt;
    m.bias = false;
    auto noBias = lmw::makeModel(m);
    const QString b = lmw::test::errorOf(
        [&] { lmw::hf::saveModel(*noBias, {}, dir_.filePath("nobias").toStdString()); });
    QVERIFY2(b.contains("biases"), qPrintable(b));
}

void TestHfExport::badCheckpoints_data() {
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown model type") << "type"
                                        << "supported: gpt2, bert, roberta, bart";
    QTest::newRow("config not json") << "json"
                                     << "not valid JSON";
    QTest::newRow("missing tensor") << "missing"
                                    << "missing the tensor 'transformer.ln_f.weight'";
    QTest::newRow("wrong shape") << "shape"
                                 << "wrong shape";
    QTest::newRow("no weights") << "noweights"
                                << "does not exist";
}

void TestHfExport::badCheckpoints() {
    QFETCH(QString, change);
    QFETCH(QString, expected);
    const QString src = QString::fromStdString(lmw::test::dataPath("hf/gpt2-tiny"));
    const QString dst = dir_.filePath("bad-" + change);
    QDir().mkpath(dst);
    auto config = readJson((src + "/config.json").toStdString());
    const SafetensorsFile weights =
        SafetensorsFile::open((src + "/model.safetensors").toStdString());
    lmw::hf::SafetensorsWriter writer;
    for (const auto& t : weights.tensors()) {
        if (change == "missing" && t.name == "transformer.ln_f.weight") continue;
        auto shape = t.shape;
        auto values = weights.toFloat32(t.name);
        if (change == "shape" && t.name == "transformer.wpe.weight") {
            shape[0] -= 1;
            values.resize(std::size_t(shape[0] * shape[1]));
        }
        writer.addFloat32(t.name, shape, values);
    }
    if (change != "noweights") writer.write((dst + "/model.safetensors").toStdString());
    if (change == "type") config["model_type"] = "t5";
    QByteArray text = QByteArray::fromStdString(config.dump());
    if (change == "json") text = "{ \"model_type\": ";
    lmw::test::writeFile(dir_, "bad-" + change + "/config.json", text);
    const QString message = lmw::test::errorOf([&] { lmw::hf::loadModel(dst.toStdString()); });
    QVERIFY2(message.contains(expected), qPrintable(message));
}

QTEST_APPLESS_MAIN(TestHfExport)
#include "test_hf_export.moc"
