// The example sources that turn a corpus into batches for each objective: causal windows,
// masked sequences (static masks repeat, dynamic masks change), BERT sentence pairs, BART
// noised documents; and their errors for corpora that cannot feed them.
#include <ATen/CPUGeneratorImpl.h>

#include "data/corpus.h"
#include "data/tokenizer.h"
#include "models/common.h"
#include "test_util.h"
#include "training/examples.h"

using lmw::Corpus;
using lmw::ModelFamily;
using lmw::Split;

namespace {

Corpus corpusFor(ModelFamily family, const std::string& text, int block, double valFraction = 0.1) {
    return lmw::loadCorpus(lmw::CorpusSource::fromText("t", text), valFraction, block, nullptr,
                           lmw::specialTokensFor(family));
}

lmw::ModelConfig modelFor(ModelFamily family, int block) {
    lmw::ModelConfig m;
    m.family = family;
    m.block = block;
    return m;
}

at::Generator generator(uint64_t seed) {
    return at::make_generator<at::CPUGeneratorImpl>(seed);
}

}  // namespace

class TestExamples : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void causalWindows();
    void maskedSequences();
    void staticMasksRepeatDynamicMasksChange();
    void sentencePairs();
    void noisedDocuments();
    void corporaThatCannotFeedAnObjective();
};

void TestExamples::causalWindows() {
    const Corpus c = corpusFor(ModelFamily::Gpt, lmw::generateStories(1, 20000), 32);
    lmw::ClmExamples ex(c, 32);
    auto gen = generator(1);
    const lmw::Batch b = ex.next(Split::Train, 4, gen);
    QCOMPARE(b.input.sizes().vec(), (std::vector<int64_t>{4, 32}));
    QVERIFY(torch::equal(b.input.slice(1, 1), b.labels.slice(1, 0, 31)));  // shifted by one
}

void TestExamples::maskedSequences() {
    const Corpus c = corpusFor(ModelFamily::Roberta, lmw::generateStories(1, 20000), 32);
    lmw::ObjectiveConfig o;
    o.objective = lmw::Objective::Mlm;
    lmw::MlmExamples ex(c, modelFor(ModelFamily::Roberta, 32), o, 7);
    auto gen = generator(2);
    const lmw::Batch b = ex.next(Split::Train, 64, gen);
    const auto& s = c.tokenizer->specials();
    QCOMPARE(b.input.sizes().vec(), (std::vector<int64_t>{64, 32}));
    QVERIFY(b.input.select(1, 0).eq(s.bos).all().item<bool>());   // <s> ...
    QVERIFY(b.input.select(1, 31).eq(s.eos).all().item<bool>());  // ... </s>
    const auto selected = b.labels.ne(lmw::kIgnoreIndex);
    const double rate = selected.sum().item<double>() / (64.0 * 30);
    QVERIFY2(rate > 0.10 && rate < 0.20, qPrintable(QString::number(rate)));
    // Selected positions hold the mask token most of the time; the label is never special.
    const double masked = b.input.masked_select(selected).eq(s.mask).sum().item<double>() /
                          selected.sum().item<double>();
    QVERIFY2(masked > 0.7 && masked < 0.9, qPrintable(QString::number(masked)));
    QVERIFY(b.labels.masked_select(selected)
                .ge(int64_t(lmw::specialTokensFor(ModelFamily::Roberta).size()))
                .all()
                .item<bool>());
}

void TestExamples::staticMasksRepeatDynamicMasksChange() {
    // 740 training characters and a context of 500: a single window, served every time.
    std::string text;
    for (int i = 0; i < 40; ++i) text += "abcdefghijklmnopqrstuvwxyz0123456789 ";
    const Corpus c = corpusFor(ModelFamily::Bert, text, 500, 0.5);
    lmw::ObjectiveConfig o;
    o.objective = lmw::Objective::Mlm;
    const auto m = modelFor(ModelFamily::Bert, 500);
    o.dynamicMasking = false;
    o.dupeFactor = 1;
    lmw::MlmExamples fixed(c, m, o, 3);
    o.dynamicMasking = true;
    lmw::MlmExamples fresh(c, m, o, 3);
    auto gen = generator(5);
    const auto a = fixed.next(Split::Train, 1, gen).input,
               b = fixed.next(Split::Train, 1, gen).input;
    QVERIFY(torch::equal(a, b));  // BERT: the same mask every epoch
    const auto d1 = fresh.next(Split::Train, 1, gen).input,
               d2 = fresh.next(Split::Train, 1, gen).input;
    QVERIFY(!torch::equal(d1, d2));  // RoBERTa: a new mask every time
    QCOMPARE(fixed.servedCount(), qint64(2));
}

void TestExamples::sentencePairs() {
    const Corpus c = corpusFor(ModelFamily::Bert, lmw::generateStories(1, 40000), 64);
    lmw::ObjectiveConfig o;
    o.objective = lmw::Objective::MlmNsp;
    lmw::NspExamples ex(c, modelFor(ModelFamily::Bert, 64), o, 9);
    auto gen = generator(3);
    const lmw::Batch b = ex.next(Split::Train, 200, gen);
    const auto& s = c.tokenizer->specials();
    QVERIFY(b.input.select(1, 0).eq(s.bos).all().item<bool>());  // [CLS] first
    const double isNext = b.nspLabels.eq(0).sum().item<double>() / 200.0;
    QVERIFY2(isNext > 0.38 && isNext < 0.62, qPrintable(QString::number(isNext)));
    for (int64_t r = 0; r < 200; ++r) {
        // Segment ids: 0 up to the first [SEP], 1 after it; padding carries no attention.
        const auto row = b.input[r], types = b.tokenTypes[r], mask = b.attentionMask[r];
        const int64_t length = mask.sum().item<int64_t>();
        const auto seps = torch::nonzero(row.slice(0, 0, length).eq(s.eos)).flatten();
        QCOMPARE(seps.size(0), int64_t(2));
        const int64_t firstSep = seps[0].item<int64_t>();
        QCOMPARE(seps[1].item<int64_t>(), length - 1);
        QVERIFY(types.slice(0, 0, firstSep + 1).eq(0).all().item<bool>());
        QVERIFY(types.slice(0, firstSep + 1, length).eq(1).all().item<bool>());
        QVERIFY(row.slice(0, length).eq(s.pad).all().item<bool>());
    }
}

void TestExamples::noisedDocuments() {
    const Corpus c = corpusFor(ModelFamily::Bart, lmw::generateStories(1, 40000), 64);
    lmw::ObjectiveConfig o;
    o.objective = lmw::Objective::Denoise;
    lmw::DenoiseExamples ex(c, modelFor(ModelFamily::Bart, 64), o);
    auto gen = generator(4);
    const lmw::Batch b = ex.next(Split::Train, 16, gen);
    const auto& s = c.tokenizer->specials();
    QVERIFY(b.decoderInput.select(1, 0).eq(s.eos).all().item<bool>());  // decoder starts with </s>
    QVERIFY(b.labels.select(1, 0).eq(s.bos).all().item<bool>());  // the target is <s> ... </s>
    QVERIFY(b.input.eq(s.mask).any().item<bool>());               // infilling left masks
    // The decoder input is the target shifted right.
    const auto target = b.labels.masked_fill(b.labels.eq(lmw::kIgnoreIndex), s.pad);
    QVERIFY(torch::equal(b.decoderInput.slice(1, 1), target.slice(1, 0, -1)));
    // Validation noise is fixed: the same batch twice from the same generator state.
    auto g1 = generator(8), g2 = generator(8);
    QVERIFY(torch::equal(ex.next(Split::Val, 4, g1).input, ex.next(Split::Val, 4, g2).input));
}

void TestExamples::corporaThatCannotFeedAnObjective() {
    std::string oneDocument;
    for (int i = 0; i < 50; ++i) oneDocument += "The cat sat. The dog ran. ";
    const Corpus c = corpusFor(ModelFamily::Bert, oneDocument, 32);
    lmw::ObjectiveConfig o;
    o.objective = lmw::Objective::MlmNsp;
    const QString message =
        lmw::test::errorOf([&] { lmw::NspExamples(c, modelFor(ModelFamily::Bert, 32), o, 1); });
    QVERIFY2(message.contains("two documents"), qPrintable(message));
    const Corpus plain = corpusFor(ModelFamily::Gpt, oneDocument, 32);  // no special tokens
    const QString noMask =
        lmw::test::errorOf([&] { lmw::MlmExamples(plain, modelFor(ModelFamily::Gpt, 32), o, 1); });
    QVERIFY2(noMask.contains("mask"), qPrintable(noMask));
}

QTEST_APPLESS_MAIN(TestExamples)
#include "test_examples.moc"
