// The Playground page on tiny models of each kind: generation streams and stops, a click on a
// generated token shows the engine's own next-token distribution, several masks are filled at
// once, BART's corruption is marked token by token, classification sums to one, the modes
// follow the model, and a bad path ends in one clear message.
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtTest>
#include <cmath>

#include "api/error.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "playground/playground_page.h"
#include "playground/token_view.h"
#include "widget_test_util.h"
#include "widgets/masking_controls.h"

using lmw::ModelFamily;
using lmw::TextGenerator;
using lmw::ui::PlaygroundPage;
using lmw::ui::ProbabilityBars;

namespace {

/// Trains a tiny model of `family` for `steps` (or, with `classes`, saves an untrained
/// classifier) in `dir`/`name`; returns the run folder.
QString makeRun(const QTemporaryDir& dir, const QString& name, ModelFamily family, int steps,
                int classes = 0) {
    lmw::ModelConfig m = lmw::familyDefaults(family, lmw::test::tinyModel());
    m.block = 32;
    m.numClasses = classes;
    lmw::TrainConfig t = lmw::test::tinyTraining(std::max(1, steps));
    t.objective.objective = lmw::defaultObjective(family);
    const QString run = dir.filePath(name);
    if (classes > 0) {
        // An untrained classifier, saved as a single checkpoint file.
        auto s = lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus());
        s.saveCheckpoint(run.toStdString());
        return run;
    }
    auto s = lmw::TrainingSession::create(m, t, lmw::test::tinyCorpus(), run.toStdString());
    s.train();
    return run;
}

bool load(PlaygroundPage& page, const QString& run) {
    QSignalSpy loaded(&page, &PlaygroundPage::modelLoaded);
    page.openCheckpoint(run);
    return loaded.wait(30000) && page.hasModel() && !page.isBusy();
}

bool finish(PlaygroundPage& page, int ms = 30000) {
    if (!page.isBusy()) return true;
    QSignalSpy done(&page, &PlaygroundPage::actionFinished);
    return done.wait(ms) && !page.isBusy();
}

QTabWidget* tabsOf(PlaygroundPage& page) {
    return page.findChild<QTabWidget*>();
}
QSpinBox* maxTokens(PlaygroundPage& page) {
    return page.findChild<QSpinBox*>("maxTokens");
}

}  // namespace

class TestPlaygroundPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void generationStreams();
    void stopEndsAGenerationEarly();
    void clickShowsNextTokens();
    void clickWhileGenerating();
    void fillsSeveralMasks();
    void denoiseMarksTheChangedTokens();
    void classifies();
    void modesFollowTheModel();
    void badPathIsExplained();
    void exportsWhatIsShown();
    void remembersSettingsAndRecent();
    void huggingFaceGpt2();

private:
    QTemporaryDir dir_;
    QString gpt_, bert_, bart_, classifier_;
};

void TestPlaygroundPage::initTestCase() {
    QVERIFY(dir_.isValid());
    lmw::test::isolateSettings(dir_);
    gpt_ = makeRun(dir_, "gpt", ModelFamily::Gpt, 30);
    bert_ = makeRun(dir_, "bert", ModelFamily::Bert, 20);
    bart_ = makeRun(dir_, "bart", ModelFamily::Bart, 20);
    classifier_ = makeRun(dir_, "classifier", ModelFamily::Gpt, 0, 3);
}

void TestPlaygroundPage::generationStreams() {
    PlaygroundPage page;
    QVERIFY(load(page, gpt_));
    page.promptEdit()->setPlainText("Once upon");
    maxTokens(page)->setValue(60);  // max tokens
    page.runGenerate();
    QVERIFY(page.isBusy());
    QVERIFY(finish(page));
    auto* view = page.generatedView();
    QCOMPARE(view->tokenCount(), 60);
    QCOMPARE(view->prefix(), QStringLiteral("Once upon"));
    // The same text as the engine writes with the same options and seed.
    const TextGenerator reference = TextGenerator::load(gpt_.toStdString());
    const std::string expected = reference.generate(page.generateOptions());
    QCOMPARE(view->tokens().join(QString()), QString::fromStdString(expected));
    QCOMPARE(view->toPlainText(), QStringLiteral("Once upon") + QString::fromStdString(expected));
    QVERIFY(page.errorMessage().isEmpty());
}

void TestPlaygroundPage::stopEndsAGenerationEarly() {
    PlaygroundPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(load(page, gpt_));
    maxTokens(page)->setValue(100000);
    page.promptEdit()->setFocus();
    QTest::keyClick(page.promptEdit(), Qt::Key_Return, Qt::ControlModifier);  // Ctrl+Return runs
    QVERIFY(page.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(page.generatedView()->tokenCount() > 30, 30000);
    QSignalSpy done(&page, &PlaygroundPage::actionFinished);
    QElapsedTimer clock;
    clock.start();
    QTest::keyClick(page.promptEdit(), Qt::Key_Escape);  // Esc stops
    QVERIFY(done.wait(5000));
    qInfo("stopped %lld ms after Esc, at %d of 100000 tokens", qint64(clock.elapsed()),
          page.generatedView()->tokenCount());
    QVERIFY(!page.isBusy());
    const int stoppedAt = page.generatedView()->tokenCount();
    QVERIFY2(stoppedAt < 100000, qPrintable(QString::number(stoppedAt)));
    QVERIFY(page.findChild<QLabel*>("status")->text().contains("Stopped"));
    QTest::qWait(200);
    QCOMPARE(page.generatedView()->tokenCount(), stoppedAt);  // nothing arrives after the stop
    // Still usable: a short generation runs to its end.
    maxTokens(page)->setValue(12);
    page.runGenerate();
    QVERIFY(finish(page));
    QCOMPARE(page.generatedView()->tokenCount(), 12);
}

void TestPlaygroundPage::clickShowsNextTokens() {
    PlaygroundPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(load(page, gpt_));
    page.promptEdit()->setPlainText("The cat");
    maxTokens(page)->setValue(40);
    page.runGenerate();
    QVERIFY(finish(page));
    auto* view = page.generatedView();
    const TextGenerator reference = TextGenerator::load(gpt_.toStdString());
    for (int index : {0, 7, 25}) {
        QSignalSpy shown(&page, &PlaygroundPage::nextTokensShown);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->tokenCenter(index));
        QVERIFY(shown.wait(5000));
        QCOMPARE(shown.last().at(0).toInt(), index);
        QCOMPARE(view->highlightedToken(), index);
        const QString prefix =
            QStringLiteral("The cat") + view->tokens().mid(0, index).join(QString());
        const auto expected = reference.nextTokens(prefix.toStdString(), 10);
        const auto& bars = page.nextTokenBars()->entries();
        QCOMPARE(bars.size(), qsizetype(10));
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(bars[i].label, QString::fromStdString(expected[std::size_t(i)].first));
            QVERIFY(std::abs(bars[i].probability - expected[std::size_t(i)].second) < 1e-6);
        }
        const int chosen = page.nextTokenBars()->highlighted();
        if (chosen >= 0) QCOMPARE(bars[chosen].label, view->token(index));
    }
}

void TestPlaygroundPage::clickWhileGenerating() {
    PlaygroundPage page;
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(load(page, gpt_));
    page.promptEdit()->setPlainText("Once");
    maxTokens(page)->setValue(100000);
    page.runGenerate();
    QTRY_VERIFY_WITH_TIMEOUT(page.generatedView()->tokenCount() > 10, 30000);
    QSignalSpy shown(&page, &PlaygroundPage::nextTokensShown);
    page.showNextTokens(3);
    QVERIFY(shown.wait(5000));
    QVERIFY(page.isBusy());  // answered between two tokens, not after the generation
    const TextGenerator reference = TextGenerator::load(gpt_.toStdString());
    const auto expected = reference.nextTokens(
        ("Once" + page.generatedView()->tokens().mid(0, 3).join(QString())).toStdString(), 10);
    QVERIFY(std::abs(page.nextTokenBars()->entries().first().probability -
                     expected.front().second) < 1e-6);
    page.stop();
    QVERIFY(finish(page, 5000));
}

void TestPlaygroundPage::fillsSeveralMasks() {
    PlaygroundPage page;
    QVERIFY(load(page, bert_));
    QCOMPARE(page.currentMode(), PlaygroundPage::FillMask);  // the only mode of an encoder
    const QString text = QStringLiteral("On[MASK]e upon a [MASK]ime there [MASK]as");
    page.fillEdit()->setPlainText(text);
    page.findChild<QSpinBox*>("fillTopK")->setValue(5);
    page.runFillMask();
    QVERIFY(finish(page));
    const TextGenerator reference = TextGenerator::load(bert_.toStdString());
    const auto expected = reference.fillMask(text.toStdString(), 5);
    QCOMPARE(expected.size(), std::size_t(3));
    const auto bars = page.maskBars();
    QCOMPARE(bars.size(), qsizetype(3));
    QString filled = text;
    for (int m = 0; m < 3; ++m) {
        const auto& top = expected[std::size_t(m)].top;
        QCOMPARE(bars[m]->entries().size(), qsizetype(top.size()));
        for (std::size_t i = 0; i < top.size(); ++i) {
            QCOMPARE(bars[m]->entries()[int(i)].label, QString::fromStdString(top[i].first));
            QVERIFY(std::abs(bars[m]->entries()[int(i)].probability - top[i].second) < 1e-6);
        }
        QVERIFY(bars[m]->title().contains(QString::number(expected[std::size_t(m)].position)));
        filled.replace(filled.indexOf("[MASK]"), 6, QString::fromStdString(top.front().first));
    }
    QCOMPARE(page.filledText(), filled);
    QVERIFY(page.errorMessage().isEmpty());
    // An engine error (no mask to fill) becomes the page's message; the last results stay.
    page.fillEdit()->setPlainText("no masks here");
    page.runFillMask();
    QVERIFY(finish(page));
    QVERIFY2(page.errorMessage().contains("[MASK]"), qPrintable(page.errorMessage()));
    QCOMPARE(page.maskBars().size(), qsizetype(3));

    // The masking preview: one sentence in the model's own tokens, as training masks it.
    page.maskingBox()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(page.masking()->previewHtml().contains("this model's own tokens"),
                             10000);
    lmw::ObjectiveConfig o;
    o.maskProb = 0.15;
    const auto tokens = reference.previewMasking(
        "The little cat sat on the warm mat and looked at the moon.", o, 1);
    int hidden = 0;
    for (const auto& t : tokens) hidden += t.kind != lmw::MaskedToken::Plain;
    QCOMPARE(page.masking()->previewSelected(), hidden);
}

void TestPlaygroundPage::denoiseMarksTheChangedTokens() {
    PlaygroundPage page;
    QVERIFY(load(page, bart_));
    page.setCurrentMode(PlaygroundPage::Denoise);
    const QString text = QStringLiteral("The cat sat on the mat. The dog ran away.");
    page.denoiseEdit()->setPlainText(text);
    page.runDenoise();
    QVERIFY(finish(page));
    const lmw::ObjectiveConfig noise = page.noiseOptions();
    QVERIFY(noise.textInfilling);
    std::vector<std::string> corrupted;
    std::vector<bool> changed;
    const TextGenerator reference = TextGenerator::load(bart_.toStdString());
    const std::string rebuilt =
        reference.denoise(text.toStdString(), noise, 1, &corrupted, &changed, 1);
    QStringList tokens;
    QVector<bool> marks;
    for (const auto& t : corrupted) tokens.append(QString::fromStdString(t));
    for (bool c : changed) marks.append(c);
    QCOMPARE(page.corruptedView()->tokens(), tokens);
    QCOMPARE(page.corruptedView()->markedTokens(), marks);  // read back from the document
    QVERIFY(marks.contains(true) && marks.contains(false));
    QCOMPARE(page.reconstructionView()->toPlainText(), QString::fromStdString(rebuilt));
    QVERIFY(page.shownText().contains(QString::fromStdString(rebuilt)));
}

void TestPlaygroundPage::classifies() {
    PlaygroundPage page;
    QVERIFY(load(page, classifier_));
    QVERIFY(page.isModeAvailable(PlaygroundPage::Classify));
    page.setCurrentMode(PlaygroundPage::Classify);
    page.classifyEdit()->setPlainText("Once upon a time");
    page.run();
    QVERIFY(finish(page));
    const auto& bars = page.classBars()->entries();
    QCOMPARE(bars.size(), qsizetype(3));
    const auto expected =
        TextGenerator::load(classifier_.toStdString()).classify("Once upon a time");
    double total = 0;
    for (int i = 0; i < 3; ++i) {
        total += bars[i].probability;
        QCOMPARE(bars[i].label, QString::fromStdString(expected[std::size_t(i)].first));
        QVERIFY(std::abs(bars[i].probability - expected[std::size_t(i)].second) < 1e-6);
    }
    QVERIFY(std::abs(total - 1.0) < 1e-6);
}

void TestPlaygroundPage::modesFollowTheModel() {
    PlaygroundPage page;
    QTabWidget* tabs = tabsOf(page);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(!tabs->isTabEnabled(i));  // nothing loaded yet
        QVERIFY(tabs->tabToolTip(i).contains("Open a model"));
    }
    struct Case {
        QString run;
        bool generate, fill, denoise, classify;
    };
    for (const Case& c :
         {Case{gpt_, true, false, false, false}, Case{bert_, false, true, false, false},
          Case{bart_, true, false, true, false}, Case{classifier_, true, false, false, true}}) {
        QVERIFY(load(page, c.run));
        const bool expected[] = {c.generate, c.fill, c.denoise, c.classify};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(tabs->isTabEnabled(i), expected[i]);
            QCOMPARE(page.isModeAvailable(PlaygroundPage::Mode(i)), expected[i]);
            if (!expected[i])
                QVERIFY(tabs->tabToolTip(i).contains(
                    lmw::ui::familyDisplayName(page.modelInfo().config.family)));
        }
        QVERIFY(tabs->isTabEnabled(tabs->currentIndex()));
    }
    // Asking for a mode the model lacks explains instead of running.
    QVERIFY(load(page, gpt_));
    page.runFillMask();
    QVERIFY(!page.isBusy());
    QVERIFY(page.errorMessage().contains("encoder"));
    // The summary names family, size and step.
    const QString summary = page.modelSummary();
    QVERIFY2(summary.contains("GPT") && summary.contains("30") && summary.contains("parameters"),
             qPrintable(summary));
}

void TestPlaygroundPage::badPathIsExplained() {
    PlaygroundPage page;
    QSignalSpy failed(&page, &PlaygroundPage::loadFailed);
    page.openCheckpoint(dir_.filePath("no-such-run"));
    QVERIFY(failed.wait(10000));
    QVERIFY(!page.hasModel());
    QVERIFY(!page.isBusy());
    const QString message = page.errorMessage();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains("no-such-run"), qPrintable(message));
    QVERIFY(!message.contains('\n'));
    for (int i = 0; i < 4; ++i) QVERIFY(!tabsOf(page)->isTabEnabled(i));
    // A factory that throws is explained the same way, and a good model loads afterwards.
    QSignalSpy failed2(&page, &PlaygroundPage::loadFailed);
    page.setGeneratorSource(
        []() -> TextGenerator { throw lmw::Error("Checkpoint 'x' is truncated."); }, "broken");
    QVERIFY(failed2.wait(10000));
    QCOMPARE(page.errorMessage(), QStringLiteral("Checkpoint 'x' is truncated."));
    QVERIFY(load(page, gpt_));
    QVERIFY(page.errorMessage().isEmpty());
}

void TestPlaygroundPage::exportsWhatIsShown() {
    PlaygroundPage page;
    page.resize(900, 600);
    QVERIFY(load(page, gpt_));
    maxTokens(page)->setValue(20);
    page.runGenerate();
    QVERIFY(finish(page));
    QSignalSpy shown(&page, &PlaygroundPage::nextTokensShown);
    page.showNextTokens(5);
    QVERIFY(shown.wait(5000));
    const QString text = dir_.filePath("shown.txt"), png = dir_.filePath("bars.png");
    QVERIFY(page.exportText(text));
    QFile f(text);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString saved = QString::fromUtf8(f.readAll());
    QCOMPARE(saved, page.shownText());
    QVERIFY(saved.startsWith(page.generatedView()->toPlainText()));
    QVERIFY(saved.contains(page.nextTokenBars()->entries().first().label));
    QVERIFY(page.exportPicture(png));
    QImage image(png);
    QVERIFY(!image.isNull() && image.width() > 100);
    QVERIFY(!page.exportText(dir_.filePath("missing/dir/x.txt")));
    QVERIFY(page.errorMessage().contains("Cannot write"));
}

void TestPlaygroundPage::remembersSettingsAndRecent() {
    {
        PlaygroundPage page;
        QVERIFY(load(page, bert_));
        page.findChild<QDoubleSpinBox*>("temperature")->setValue(1.7);  // temperature
        page.fillEdit()->setPlainText("a [MASK] b");
    }
    PlaygroundPage again;
    QCOMPARE(again.findChild<QDoubleSpinBox*>("temperature")->value(), 1.7);
    QCOMPARE(again.fillEdit()->toPlainText(), QStringLiteral("a [MASK] b"));
    QCOMPARE(again.recentSources().first(), QDir::cleanPath(bert_));
    QVERIFY(again.recentSources().contains(QDir::cleanPath(gpt_)));
}

void TestPlaygroundPage::huggingFaceGpt2() {
    // A Hugging Face GPT-2 folder opens like a run: its summary says where it came from, and
    // streamed generation equals the engine's.
    const QString folder = lmw::test::makeHfGpt2Folder(dir_, "hf-gpt2");
    QVERIFY(!folder.isEmpty());
    PlaygroundPage page;
    QVERIFY(load(page, folder));
    const QString summary = page.findChild<QLabel*>("summary")->text();
    QVERIFY2(summary.contains("imported from Hugging Face") && summary.contains("vocabulary 97"),
             qPrintable(summary));
    page.promptEdit()->setPlainText("a tale");
    maxTokens(page)->setValue(12);
    page.runGenerate();
    QVERIFY(finish(page));
    const TextGenerator reference = TextGenerator::load(folder.toStdString());
    QCOMPARE(page.generatedView()->tokens().join(QString()),
             QString::fromStdString(reference.generate(page.generateOptions())));
}

QTEST_MAIN(TestPlaygroundPage)
#include "test_playground_page.moc"
