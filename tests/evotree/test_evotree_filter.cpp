// Tests of EvoTreeFilter: branch, open/closed, organisation and year filters, and search.
#include "evotree/evotree_filter.h"
#include "evotree/evotree_model.h"

#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeFilter : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;
    const QString all_ = EvoTreeModel::kAllVersions;

    QStringList names(const QStringList& ids) const {
        QStringList out;
        for (const QString& id : ids) out << model_.node(id)->name;
        out.sort();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(model_.loadBuiltIn().ok()); }

    void defaultFilterSelectsEverything() {
        const EvoTreeFilter f;
        QVERIFY(!f.isActive());
        QCOMPARE(f.select(model_, all_).size(), 64);
        QCOMPARE(f.select(model_, QStringLiteral("v1")).size(), 57);
    }

    void byBranch() {
        EvoTreeFilter f;
        f.branches = branchBit(Branch::EncoderOnly);
        QVERIFY(f.isActive());
        QCOMPARE(names(f.select(model_, all_)),
                 (QStringList{"ALBERT", "BERT", "DeBERTa", "DistilBERT", "ELECTRA", "ERNIE",
                              "RoBERTa"}));
        f.branches = branchBit(Branch::NonTransformer);
        QCOMPARE(names(f.select(model_, all_)),
                 (QStringList{"ELMo", "FastText", "GloVe", "ULMFiT", "Word2Vec"}));
        f.branches = branchBit(Branch::EncoderDecoder) | branchBit(Branch::DecoderOnly);
        QCOMPARE(f.select(model_, all_).size(), 15 + 37);
        f.branches = 0;
        QVERIFY(f.select(model_, all_).isEmpty());
    }

    void branchFollowsTheVersion() {
        // GLM is decoder-only in the first README figure only.
        EvoTreeFilter f;
        f.branches = branchBit(Branch::DecoderOnly);
        QVERIFY(f.select(model_, QStringLiteral("v1")).contains(QStringLiteral("glm")));
        QVERIFY(!f.select(model_, QStringLiteral("paper")).contains(QStringLiteral("glm")));
    }

    void bySource() {
        EvoTreeFilter f;
        f.source = EvoTreeFilter::Source::Closed;
        const QStringList closed = f.select(model_, all_);
        QCOMPARE(closed.size(), 24);
        QVERIFY(closed.contains(QStringLiteral("gpt-3")));
        QVERIFY(closed.contains(QStringLiteral("st-moe")));
        QVERIFY(!closed.contains(QStringLiteral("gpt-2")));
        f.source = EvoTreeFilter::Source::Open;
        QCOMPARE(f.select(model_, all_).size(), 40);
    }

    void byOrganisation() {
        EvoTreeFilter f;
        f.organization = QStringLiteral("OpenAI");
        QCOMPARE(names(f.select(model_, all_)), (QStringList{"ChatGPT", "Codex", "GPT-1", "GPT-2",
                                                             "GPT-3", "GPT-4", "InstructGPT"}));
        f.organization = QStringLiteral("NVIDIA");  // a partner
        QCOMPARE(names(f.select(model_, all_)), QStringList{"MT-NLG"});
        // Per-version logos: Tk shows Hugging Face except in the v2 still.
        f.organization = QStringLiteral("Hugging Face");
        QVERIFY(f.select(model_, QStringLiteral("paper")).contains(QStringLiteral("tk")));
        QVERIFY(!f.select(model_, QStringLiteral("v2")).contains(QStringLiteral("tk")));
    }

    void byYears() {
        EvoTreeFilter f;
        f.yearFrom = 2019;
        f.yearTo = 2020;
        const QStringList ids = f.select(model_, all_);
        QCOMPARE(ids.size(), 15);
        // T0 is drawn in the 2020 row although it came out in 2021: the row counts.
        QVERIFY(ids.contains(QStringLiteral("t0")));
        QVERIFY(!ids.contains(QStringLiteral("bert")));
        // Roots use their release year.
        f.yearFrom = 2013;
        f.yearTo = 2016;
        QCOMPARE(names(f.select(model_, all_)), (QStringList{"FastText", "GloVe", "Word2Vec"}));
    }

    void combined() {
        EvoTreeFilter f;
        f.branches = branchBit(Branch::DecoderOnly);
        f.source = EvoTreeFilter::Source::Open;
        f.organization = QStringLiteral("Meta");
        f.yearFrom = 2022;
        QCOMPARE(names(f.select(model_, all_)),
                 (QStringList{"Galactica", "LLaMA", "LLaMA-2-Chat", "OPT", "OPT-IML"}));
        QCOMPARE(names(f.select(model_, QStringLiteral("paper"))),
                 (QStringList{"Galactica", "LLaMA", "OPT", "OPT-IML"}));
    }

    void search() {
        QCOMPARE(names(EvoTreeFilter::search(model_, all_, QStringLiteral("bert"))),
                 (QStringList{"ALBERT", "BERT", "DeBERTa", "DistilBERT", "RoBERTa"}));
        // Sub-branch names count: the T5 family.
        const QStringList t5 = EvoTreeFilter::search(model_, all_, QStringLiteral("t5 family"));
        QCOMPARE(names(t5), (QStringList{"Flan-T5", "T0", "T5", "Tk", "mT5"}));
        // Several words must all match; organisations match too.
        QCOMPARE(names(EvoTreeFilter::search(model_, all_, QStringLiteral("meta opt"))),
                 (QStringList{"OPT", "OPT-IML"}));
        QCOMPARE(EvoTreeFilter::search(model_, all_, QStringLiteral("DeepMind")).size(), 3);
        QVERIFY(EvoTreeFilter::search(model_, all_, QStringLiteral("   ")).isEmpty());
        QVERIFY(EvoTreeFilter::search(model_, all_, QStringLiteral("zzz")).isEmpty());
        // Only what the version draws.
        QCOMPARE(EvoTreeFilter::search(model_, all_, QStringLiteral("unilm")).size(), 2);
        QVERIFY(
            EvoTreeFilter::search(model_, QStringLiteral("v3"), QStringLiteral("unilm")).isEmpty());
    }
};

QTEST_MAIN(TestEvoTreeFilter)
#include "test_evotree_filter.moc"
