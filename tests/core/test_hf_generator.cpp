// A Hugging Face GPT-2 folder (tests/data/hf/gpt2-tiny plus a byte-level BPE tokenizer written
// here) opens as a TextGenerator: greedy decoding gives the reference continuation, continuation
// scores equal log-softmax of the reference logits, and folders that cannot work are explained.
#include <QFile>

#include <cmath>
#include <nlohmann/json.hpp>

#include "api/text_generator.h"
#include "hf/safetensors.h"
#include "test_util.h"
#include "util/utf8.h"

using lmw::TextGenerator;
using lmw::hf::SafetensorsFile;
using lmw::test::errorOf;

namespace {

/// The text of token ids under the vocabulary of lmw::test::makeHfGpt2Folder().
std::string textOf(const std::vector<int64_t>& ids) {
    std::string out;
    for (int64_t id : ids) {
        if (id == 95)
            out += '\n';
        else if (id == 96)
            out += " t";
        else
            out += char(id + 32);
    }
    return out;
}

}  // namespace

class TestHfGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        folder_ = lmw::test::makeHfGpt2Folder(dir_, "gpt2");
        QVERIFY(!folder_.isEmpty());
        // Without a tokenizer the folder is refused with what to add.
        QDir().mkpath(dir_.filePath("bare"));
        for (const char* name : {"config.json", "model.safetensors"})
            QVERIFY(QFile::copy(folder_ + "/" + name, dir_.filePath(QString("bare/") + name)));
        const QString e =
            errorOf([&] { TextGenerator::load(dir_.filePath("bare").toStdString()); });
        QVERIFY2(e.contains("without its tokenizer") && e.contains("merges.txt"), qPrintable(e));
        gen_ = std::make_unique<TextGenerator>(TextGenerator::load(folder_.toStdString()));
        ref_ = std::make_unique<SafetensorsFile>(
            SafetensorsFile::open(lmw::test::dataPath("hf/gpt2-tiny/reference.safetensors")));
    }

    void describesTheModel() {
        QVERIFY(gen_->continuesText());
        QVERIFY(!gen_->isEncoder());
        QCOMPARE(gen_->modelConfig().family, lmw::ModelFamily::Gpt);
        QCOMPARE(gen_->modelConfig().vocabSize, 97);
        QCOMPARE(gen_->contextLimit(), 40);
        QVERIFY(gen_->importedFromHuggingFace());
        QCOMPARE(gen_->tokenizerKind(), std::string("byte-bpe"));
        QCOMPARE(gen_->step(), qint64(0));
        QCOMPARE(gen_->tokens("a tale"), (std::vector<std::string>{"a", " t", "a", "l", "e"}));
    }

    void greedyMatchesTheReference() {
        const auto greedy = ref_->toInt64("greedy_continuation");  // 5 prompt ids + 10 generated
        QCOMPARE(greedy.size(), std::size_t(15));
        lmw::GenerateOptions o;
        o.prompt = textOf({greedy.begin(), greedy.begin() + 5});
        o.maxTokens = 10;
        o.greedy = true;
        QCOMPARE(gen_->generate(o), textOf({greedy.begin() + 5, greedy.end()}));
    }

    void scoresEqualReferenceLogits() {
        const auto ids = ref_->toInt64("input_ids");    // [2, 17]
        const auto logits = ref_->toFloat32("logits");  // [2, 17, 97]
        const std::vector<int64_t> row(ids.begin(), ids.begin() + 17);
        const std::string prompt = textOf({row.begin(), row.begin() + 10});
        const std::string candidate = textOf({row.begin() + 10, row.begin() + 13});
        const auto scores = gen_->scoreContinuations(prompt, {candidate});
        QCOMPARE(scores.size(), std::size_t(1));
        QCOMPARE(scores[0].logProbs.size(), std::size_t(3));
        for (int k = 0; k < 3; ++k) {
            const int pos = 9 + k;  // the logits at position p predict token p + 1
            const float* l = logits.data() + std::size_t(pos) * 97;
            double maxL = l[0], sum = 0;
            for (int v = 1; v < 97; ++v) maxL = std::max(maxL, double(l[v]));
            for (int v = 0; v < 97; ++v) sum += std::exp(double(l[v]) - maxL);
            const double expected = double(l[row[std::size_t(pos + 1)]]) - maxL - std::log(sum);
            QVERIFY2(std::fabs(scores[0].logProbs[std::size_t(k)] - expected) < 1e-4,
                     qPrintable(QString("token %1: %2 vs %3")
                                    .arg(k)
                                    .arg(scores[0].logProbs[std::size_t(k)])
                                    .arg(expected)));
        }
    }

    void streamsWholeCharacters() {
        // Every streamed piece is valid UTF-8 and the pieces add up to the returned text.
        lmw::GenerateOptions o;
        o.prompt = "ab";
        o.maxTokens = 30;
        o.temperature = 1.0;
        std::string streamed;
        const std::string text = gen_->generate(o, [&](const std::string& piece) {
            streamed += piece;
            return lmw::utf8::decode(piece).ok;
        });
        QCOMPARE(streamed, text);
    }

    void foldersThatCannotWork() {
        // A tokenizer with more tokens than the model has.
        const QString bigFolder = lmw::test::makeHfGpt2Folder(dir_, "big");
        QFile vocabFile(bigFolder + "/vocab.json");
        QVERIFY(vocabFile.open(QIODevice::ReadOnly));
        nlohmann::json big = nlohmann::json::parse(vocabFile.readAll().toStdString());
        vocabFile.close();
        big["Ġa"] = 97;
        lmw::test::writeFile(dir_, "big/vocab.json", QByteArray::fromStdString(big.dump()));
        lmw::test::writeFile(dir_, "big/merges.txt", "Ġ a\n");
        QVERIFY(errorOf([&] {
                    TextGenerator::load(dir_.filePath("big").toStdString());
                }).contains("98 tokens"));
        // A BERT folder with tokenizer files: only GPT-2 opens here.
        QDir().mkpath(dir_.filePath("bert"));
        const QString bert = QString::fromStdString(lmw::test::dataPath("hf/bert-tiny"));
        for (const char* name : {"config.json", "model.safetensors"})
            QVERIFY(QFile::copy(bert + "/" + name, dir_.filePath(QString("bert/") + name)));
        QVERIFY(QFile::copy(folder_ + "/vocab.json", dir_.filePath("bert/vocab.json")));
        lmw::test::writeFile(dir_, "bert/merges.txt", "");
        QVERIFY(errorOf([&] {
                    TextGenerator::load(dir_.filePath("bert").toStdString());
                }).contains("only GPT-2"));
        // Hostile numbers in config.json: one sentence naming the field, before any allocation.
        const QString gptConfig =
            QString::fromStdString(lmw::test::dataPath("hf/gpt2-tiny")) + "/config.json";
        QFile configFile(gptConfig);
        QVERIFY(configFile.open(QIODevice::ReadOnly));
        const nlohmann::json config = nlohmann::json::parse(configFile.readAll().toStdString());
        const std::pair<const char*, nlohmann::json> hostile[] = {{"layer_norm_epsilon", -1e-5},
                                                                  {"n_layer", 6e41},
                                                                  {"n_layer", 100000},
                                                                  {"vocab_size", 5e25}};
        for (const auto& [key, value] : hostile) {
            QDir().mkpath(dir_.filePath("hostile"));
            for (const char* name : {"model.safetensors", "vocab.json", "merges.txt"}) {
                QFile::remove(dir_.filePath(QString("hostile/") + name));
                QVERIFY(
                    QFile::copy(folder_ + "/" + name, dir_.filePath(QString("hostile/") + name)));
            }
            nlohmann::json bad = config;
            bad[key] = value;
            lmw::test::writeFile(dir_, "hostile/config.json",
                                 QByteArray::fromStdString(bad.dump()));
            const QString message =
                errorOf([&] { TextGenerator::load(dir_.filePath("hostile").toStdString()); });
            QVERIFY2(message.contains("config.json") && message.size() < 300, qPrintable(message));
        }
        // A damaged model file keeps its own message.
        lmw::test::writeFile(dir_, "gpt2/model.safetensors", "garbage");
        QVERIFY(!errorOf([&] { TextGenerator::load(folder_.toStdString()); }).isEmpty());
    }

private:
    QTemporaryDir dir_;
    QString folder_;
    std::unique_ptr<TextGenerator> gen_;
    std::unique_ptr<SafetensorsFile> ref_;
};

QTEST_APPLESS_MAIN(TestHfGenerator)
#include "test_hf_generator.moc"
