// The encoder-vs-decoder page: builds with two models (both curves on one chart, attention
// grids bidirectional vs causal, per-position predictions equal to the engine's), refuses a
// model on the wrong side, trains both side by side, and scores the fill-in vs continue task.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include "api/run_store.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "attention/attention_grid.h"
#include "compare/compare_chart.h"
#include "compare/compare_page.h"
#include "compare/prediction_strip.h"
#include "engine_fixtures.h"
#include "train/corpus_picker.h"
#include "widget_test_util.h"
#include "widgets/entropy_lines.h"
#include "widgets/masking_controls.h"

using lmw::ModelFamily;
using lmw::ui::CompareChart;
using lmw::ui::ComparePage;

namespace {

std::string trainRun(const QTemporaryDir& dir, ModelFamily family, int steps) {
    lmw::ModelConfig m = lmw::familyDefaults(family, lmw::test::tinyModel());
    m.block = 48;
    lmw::TrainConfig t = lmw::test::tinyTraining(steps);
    t.objective.objective = family == ModelFamily::Gpt ? lmw::Objective::Clm : lmw::Objective::Mlm;
    const std::string run =
        dir.filePath(QString::fromStdString("run-" + lmw::familyName(family))).toStdString();
    auto s = lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), run);
    s.train();
    return run;
}

}  // namespace

class TestComparePage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void buildsWithTwoModels();
    void wrongSideIsRefused();
    void scoresTheGapTask();
    void trainsBothSideBySide();

private:
    QTemporaryDir dir_;
    std::string bert_, gpt_, corpusFile_;
};

void TestComparePage::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    bert_ = trainRun(dir_, ModelFamily::Bert, 30);
    gpt_ = trainRun(dir_, ModelFamily::Gpt, 30);
    corpusFile_ = lmw::test::writeFile(dir_, "stories.txt",
                                       QByteArray::fromStdString(lmw::test::tinyCorpus().text));
}

void TestComparePage::buildsWithTwoModels() {
    ComparePage page;
    page.resize(1300, 1000);
    page.probe()->setText(QStringLiteral("Once upon a time a cat"));
    QSignalSpy refreshed(&page, &ComparePage::viewsRefreshed);
    page.loadRun(ComparePage::Encoder, QString::fromStdString(bert_));
    page.loadRun(ComparePage::Decoder, QString::fromStdString(gpt_));
    QTRY_VERIFY_WITH_TIMEOUT(
        !page.isBusy() && refreshed.count() >= 1 && page.strip(ComparePage::Decoder)->count() > 0,
        30000);

    // Both curves on one chart, from the runs' metrics.
    QCOMPARE(page.chart()->trainPointCount(CompareChart::Encoder),
             int(lmw::loadRun(bert_).metrics.size()));
    QCOMPARE(page.chart()->trainPointCount(CompareChart::Decoder),
             int(lmw::loadRun(gpt_).metrics.size()));
    QVERIFY(page.chart()->trainPointCount(CompareChart::Decoder) >= 30);
    QVERIFY(page.chart()->valPointCount(CompareChart::Encoder) > 0);
    QVERIFY(page.chart()->valPointCount(CompareChart::Decoder) > 0);

    // Predictions per position equal the engine's, for the same text.
    const auto bert = lmw::TextGenerator::load(bert_);
    const auto gpt = lmw::TextGenerator::load(gpt_);
    const std::string text = "Once upon a time a cat";
    const auto encPred = bert.predictions(text, 5);
    const auto decPred = gpt.predictions(text, 5);
    auto* encStrip = page.strip(ComparePage::Encoder);
    auto* decStrip = page.strip(ComparePage::Decoder);
    QCOMPARE(encStrip->count(), int(encPred.size()));
    QCOMPARE(decStrip->count(), int(decPred.size()));
    for (std::size_t i = 0; i < encPred.size(); ++i) {
        QCOMPARE(encStrip->predictions()[i].token, encPred[i].token);
        QCOMPARE(encStrip->predictions()[i].probability, encPred[i].probability);
        QCOMPARE(encStrip->cellColor(int(i)),
                 lmw::ui::PredictionStrip::colorFor(encPred[i].probability));
    }
    for (std::size_t i = 0; i < decPred.size(); ++i)
        QCOMPARE(decStrip->predictions()[i].probability, decPred[i].probability);
    // The decoder cannot predict its first token: drawn grey, not as a probability.
    QCOMPARE(decStrip->cellColor(0), lmw::ui::PredictionStrip::colorFor(-1));
    QVERIFY(decStrip->cellToolTip(0).contains("Not predicted"));
    QVERIFY(encStrip->cellToolTip(1).contains("most likely"));

    // Attention: the encoder's maps are bidirectional, the decoder's causal.
    QVERIFY(page.snapshot(ComparePage::Encoder).has_value());
    QVERIFY(page.snapshot(ComparePage::Decoder).has_value());
    for (const auto& m : page.snapshot(ComparePage::Encoder)->maps) QVERIFY(!m.causal);
    for (const auto& m : page.snapshot(ComparePage::Decoder)->maps) QVERIFY(m.causal);
    QCOMPARE(page.grid(ComparePage::Encoder)->layerCount(), 1);
    QCOMPARE(page.grid(ComparePage::Encoder)->headCount(), 2);
    QCOMPARE(page.grid(ComparePage::Decoder)->layerCount(), 1);
    lmw::test::maybeScreenshot(&page, QStringLiteral("compare"));
}

void TestComparePage::wrongSideIsRefused() {
    ComparePage page;
    page.loadRun(ComparePage::Encoder, QString::fromStdString(gpt_));
    QVERIFY(!page.hasModel(ComparePage::Encoder));
    const auto labels = page.findChildren<QLabel*>();
    bool explained = false;
    for (QLabel* l : labels) explained |= l->text().contains("needs a BERT or RoBERTa run");
    QVERIFY(explained);
    page.loadRun(ComparePage::Decoder, dir_.filePath("no-such-run"));
    QVERIFY(!page.hasModel(ComparePage::Decoder));
}

void TestComparePage::scoresTheGapTask() {
    ComparePage page;
    page.corpus()->setSelection(QString::fromStdString(corpusFile_));
    QTRY_VERIFY_WITH_TIMEOUT(page.corpus()->isReady(), 20000);
    page.loadRun(ComparePage::Encoder, QString::fromStdString(bert_));
    page.loadRun(ComparePage::Decoder, QString::fromStdString(gpt_));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy(), 30000);
    QSignalSpy scored(&page, &ComparePage::gapsScored);
    page.scoreGaps();
    QVERIFY(scored.wait(60000));
    const auto results = page.gapResults();
    QCOMPARE(results.size(), std::size_t(3));
    for (const auto& r : results) QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(page.gapTable()->rowCount(), 3);
    QCOMPARE(page.gapTable()->item(0, 0)->text(), QStringLiteral("BERT encoder (both sides)"));
    QCOMPARE(page.gapTable()->item(1, 0)->text(), QStringLiteral("GPT decoder (left only)"));
    QCOMPARE(page.gapTable()->item(2, 0)->text(),
             QStringLiteral("GPT decoder (ranks whole sentences)"));
    QCOMPARE(results[2].method, lmw::GapMethod::Rank);

    // The numbers are the engine's, computed independently here.
    const auto items =
        lmw::makeGapItems(lmw::heldOutText(lmw::CorpusSource::fromFile(corpusFile_), 0.1), {});
    const auto bert = lmw::TextGenerator::load(bert_);
    const auto fill = lmw::scoreGaps(bert.fillGaps(items, lmw::GapTask::Infill), items);
    QCOMPARE(results[0].infill.tokenAccuracy, fill.tokenAccuracy);
    const auto gpt = lmw::TextGenerator::load(gpt_);
    const auto cont = lmw::scoreGaps(gpt.fillGaps(items, lmw::GapTask::Continue), items);
    QCOMPARE(results[1].continuation.wordAccuracy, cont.wordAccuracy);
    // A decoder cannot read the right side: both tasks score the same.
    QCOMPARE(results[1].infill.tokenAccuracy, results[1].continuation.tokenAccuracy);
    // Ranking reads the whole sentence: the engine's numbers, per kind of gap.
    const auto ranked = gpt.fillGaps(items, lmw::GapTask::Infill, nullptr, lmw::GapMethod::Rank);
    QCOMPARE(results[2].infillOrdinary.wordAccuracy,
             lmw::scoreGaps(ranked, items, lmw::GapKind::Ordinary).wordAccuracy);
    QCOMPARE(page.gapTable()->item(2, 2)->text(),
             QStringLiteral("%1%").arg(100 * results[2].infillOrdinary.wordAccuracy, 0, 'f', 1));
}

void TestComparePage::trainsBothSideBySide() {
    ComparePage page;
    page.setWorkspace(dir_.filePath("workspace"));
    QDir().mkpath(dir_.filePath("workspace"));
    page.corpus()->setSelection(QString::fromStdString(corpusFile_));
    QTRY_VERIFY_WITH_TIMEOUT(page.corpus()->isReady(), 20000);
    page.sizeBox()->setCurrentIndex(0);  // tiny
    page.stepsBox()->setValue(20);
    // The fair comparison by default: one network, rotary positions, subword tokens.
    const lmw::CompareSettings settings = page.settings();
    QCOMPARE(settings.layout, lmw::BlockLayout::Gpt);
    QCOMPARE(settings.positions, lmw::PositionEncoding::Rope);
    const auto plan = lmw::comparePlan(settings);
    QCOMPARE(plan.encoderModel.positionEncoding, plan.decoderModel.positionEncoding);
    QCOMPARE(plan.encoderModel.embed, plan.decoderModel.embed);
    bool said = false;
    for (QLabel* l : page.findChildren<QLabel*>())
        said |= l->text().contains("only the attention mask");
    QVERIFY(said);
    page.trainBoth();
    QVERIFY(page.controller(ComparePage::Encoder)->isActive());
    QVERIFY(page.controller(ComparePage::Decoder)->isActive());
    QTRY_VERIFY_WITH_TIMEOUT(!page.controller(ComparePage::Encoder)->isActive() &&
                                 !page.controller(ComparePage::Decoder)->isActive(),
                             120000);
    QCOMPARE(page.chart()->trainPointCount(CompareChart::Encoder), 20);
    QCOMPARE(page.chart()->trainPointCount(CompareChart::Decoder), 20);
    QVERIFY(std::isfinite(page.chart()->lastValLoss(CompareChart::Encoder)));
    QVERIFY(std::isfinite(page.chart()->lastValLoss(CompareChart::Decoder)));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.strip(ComparePage::Encoder)->count() > 0 &&
                                 page.strip(ComparePage::Decoder)->count() > 0,
                             30000);
    // The attention timeline reached the grids while training.
    QVERIFY(page.snapshot(ComparePage::Encoder).has_value());
    QCOMPARE(page.grid(ComparePage::Decoder)->layerCount(), 2);
    QDir workspace(dir_.filePath("workspace"));
    QCOMPARE(workspace.entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    // The chart names the plateau, in the models' own tokens; the preview masks those tokens.
    QVERIFY(page.chart()->entropyLines().visible());
    QVERIFY(page.chart()->entropyLines().unigram() > page.chart()->entropyLines().bigram());
    QTRY_VERIFY_WITH_TIMEOUT(page.masking()->previewHtml().contains("encoder's own tokens"), 10000);
}

QTEST_MAIN(TestComparePage)
#include "test_compare_page.moc"
