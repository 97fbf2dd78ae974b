// What travels with an exported model besides weights and tokenizer: SHA-256 against the
// standard's test vectors (and across block boundaries), generation_config.json for the families
// that generate, and the README.md model card's facts.
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <fstream>

#include "hf/model_card.h"
#include "util/sha256.h"

using lmw::ModelFamily;

class TestModelCard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sha256MatchesTheStandard() {
        QCOMPARE(lmw::sha256Hex(""),
                 std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(lmw::sha256Hex("abc"),
                 std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(lmw::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                 std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        // A million 'a's, added in uneven pieces.
        lmw::Sha256 s;
        const std::string chunk(999, 'a');
        std::size_t left = 1000000;
        while (left > 0) {
            const std::size_t n = std::min(left, chunk.size());
            s.add(std::string_view(chunk.data(), n));
            left -= n;
        }
        QCOMPARE(s.hex(),
                 std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void fileHash() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("c.txt").toStdString();
        std::ofstream(path) << "abc";
        QCOMPARE(lmw::hf::fileSha256(path), lmw::sha256Hex("abc"));
        QVERIFY(lmw::hf::fileSha256(dir.filePath("missing").toStdString()).empty());
    }

    void generationConfigForGeneratingFamilies() {
        lmw::ModelConfig m;
        m.family = ModelFamily::Bart;
        m.block = 48;
        lmw::SpecialIds s;
        s.bos = 0, s.pad = 1, s.eos = 2;
        const auto bart = lmw::hf::generationConfigFor(m, s);
        QCOMPARE(bart["decoder_start_token_id"], 2);
        QCOMPARE(bart["forced_eos_token_id"], 2);
        QCOMPARE(bart["max_length"], 48);
        m.family = ModelFamily::Gpt;
        const auto gpt = lmw::hf::generationConfigFor(m, lmw::SpecialIds{});
        QVERIFY(!gpt.contains("eos_token_id"));
        QCOMPARE(gpt["do_sample"], true);
        m.family = ModelFamily::Bert;
        QVERIFY(lmw::hf::generationConfigFor(m, s).is_null());
    }

    void cardStatesTheFacts() {
        lmw::hf::ModelCardFacts f;
        f.model.family = ModelFamily::Roberta;
        f.model.layers = 3;
        f.model.embed = 96;
        f.model.heads = 4;
        f.model.block = 64;
        f.train.objective.objective = lmw::Objective::Mlm;
        f.train.iters = 500;
        f.tokenizerKind = "bpe";
        f.vocabSize = 900;
        f.parameters = 123456;
        f.step = 500;
        f.corpusName = "stories.txt";
        f.corpusSha256 = std::string(64, 'f');
        f.finalTrainLoss = 2.34567;
        f.finalValLoss = std::nan("");
        const QString card = QString::fromStdString(lmw::hf::modelCard(f));
        QVERIFY(card.startsWith("---\nlibrary_name: transformers\npipeline_tag: fill-mask\n"));
        for (const char* fact :
             {"RoBERTa", "| Parameters | 123456 |", "| Layers | 3 |",
              "masked language modelling (dynamic masks, 15% of tokens)", "stories.txt", "ffffffff",
              "| Steps | 500 of 500 |", "| Final training loss | 2.3457 |",
              "| Final validation loss | not recorded |", "bpe, 900 tokens",
              "AutoModelForMaskedLM"})
            QVERIFY2(card.contains(QString::fromUtf8(fact)), fact);
        QVERIFY(!card.contains("generation_config.json"));
        f.model.family = ModelFamily::Gpt;
        QVERIFY(QString::fromStdString(lmw::hf::modelCard(f)).contains("generation_config.json"));
    }
};

QTEST_APPLESS_MAIN(TestModelCard)
#include "test_model_card.moc"
