// Takes the screenshots in docs/ from the real application window: trains two tiny runs on
// the bundled stories, overlays the first, generates a sample, and grabs the window. With
// `--icl RUN` (a model from `llm-workbench-cli icl-train`) it instead evaluates the synthetic
// in-context-learning task in the Prompt lab and opens an 8-shot prompt in the Attention tab.
// With `--compare` it trains both models of the Encoder vs decoder tab with its defaults, scores
// the gap task and opens the encoder's strongest neighbour head in the Attention tab, then shows
// the tab in presenter mode.
// With `--rate-change` it trains one run and lowers its learning rate while paused at step 600.
// With LMW_SCREENSHOT_LANGUAGE=zh_CN the window speaks that language and every file name gets
// the prefix "zh-". Run it under Xvfb (make screenshots); it is a tool, not a test.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>
#include <cstdio>

#include "attention/attention_explorer.h"
#include "attention/attention_page.h"
#include "compare/compare_page.h"
#include "i18n/language.h"
#include "main_window.h"
#include "promptlab/prompt_lab_page.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/loss_chart.h"
#include "train/runs_panel.h"
#include "train/sample_panel.h"
#include "train/train_page.h"
#include "train/training_panel.h"
#include "widget_test_util.h"

using namespace lmw::ui;

namespace {

/// The language prefix of the screenshots' file names ("zh-"), empty in English.
QString& namePrefix() {
    static QString prefix;
    return prefix;
}

QString shotPath(const QString& out, const QString& name) {
    return QDir(out).filePath(namePrefix() + name);
}

/// The Train form set to the tiny model (2 layers, 4 heads, width 64, context 64, batch 16) with
/// a peak rate `lr` decaying to a tenth of it over `iters` steps.
void setTinyRun(MainWindow& w, double lr, int iters) {
    lmw::ModelConfig m;
    m.layers = 2;
    m.heads = 4;
    m.embed = 64;
    m.block = 64;
    lmw::TrainConfig t;
    t.batch = 16;
    t.iters = iters;
    t.lr = lr;
    t.minLr = lr / 10;
    t.evalEvery = 100;
    t.evalIters = 10;
    w.trainPage()->panel()->form()->setConfigs(m, t);
}

/// The Train page after a run whose learning rate was lowered while paused: rate-change.png.
int rateChangeShot(MainWindow& w, const QString& out) {
    auto* page = w.trainPage();
    w.tabs()->setCurrentWidget(page);
    setTinyRun(w, 3e-3, 1500);
    if (!QTest::qWaitFor([&] { return page->panel()->startAction()->isEnabled(); }, 30000))
        return 2;
    page->panel()->startAction()->trigger();
    if (!QTest::qWaitFor([&] { return page->chart()->trainPointCount() >= 600; }, 600000)) return 3;
    page->panel()->pauseAction()->trigger();
    bool changed = false;
    if (!QTest::qWaitFor([&] { return changed || (changed = page->changeSchedule(5e-4, 5e-5)); },
                         10000))
        return 4;
    page->panel()->pauseAction()->trigger();
    if (!QTest::qWaitFor([&] { return !page->controller()->isActive(); }, 600000)) return 5;
    QTest::qWait(500);
    w.grab().save(shotPath(out, QStringLiteral("rate-change.png")));
    return 0;
}

bool trainRun(MainWindow& w, double lr, int iters) {
    auto* page = w.trainPage();
    setTinyRun(w, lr, iters);
    if (!QTest::qWaitFor([&] { return page->panel()->startAction()->isEnabled(); }, 30000))
        return false;
    page->panel()->startAction()->trigger();
    return QTest::qWaitFor([&] { return !page->controller()->isActive(); }, 600000);
}

/// The Prompt lab on the synthetic task with an ICL-trained model, then one 8-shot prompt's
/// attention: prompt-lab-icl.png and attention-icl.png.
int iclShots(MainWindow& w, const QString& run, const QString& out) {
    PromptLabPage* lab = w.promptLabPage();
    w.tabs()->setCurrentWidget(lab);
    QSignalSpy ready(lab, &PromptLabPage::modelReady);
    lab->setModelPath(run);
    if (!ready.wait(60000)) return 3;
    lab->useSyntheticTask();
    lab->findChild<QLineEdit*>(QStringLiteral("shots"))->setText(QStringLiteral("0,1,2,4,8"));
    lab->findChild<QSpinBox*>(QStringLiteral("seeds"))->setValue(2);
    lab->findChild<QSpinBox*>(QStringLiteral("limit"))->setValue(96);
    QSignalSpy finished(lab, &PromptLabPage::evaluationFinished);
    lab->run();
    if (!finished.wait(600000)) return 4;
    // A correctly answered 8-shot prompt.
    const auto& records = lab->report().records;
    int row = -1;
    for (int i = 0; i < int(records.size()); ++i)
        if (records[std::size_t(i)].shots == 8 &&
            records[std::size_t(i)].predicted == records[std::size_t(i)].trueLabel) {
            row = i;
            break;
        }
    if (row < 0) return 5;
    lab->recordList()->setCurrentRow(row);
    QTest::qWait(300);
    w.grab().save(shotPath(out, QStringLiteral("prompt-lab-icl.png")));
    lab->attentionButton()->click();
    if (!QTest::qWaitFor(
            [&] {
                return !w.attentionPage()->isBusy() &&
                       w.attentionPage()->explorer()->snapshotCount() > 0;
            },
            60000))
        return 6;
    // Show the head whose last row (the query) looks most at the label that followed the same
    // letter earlier in the prompt: the in-context lookup.
    AttentionExplorer* explorer = w.attentionPage()->explorer();
    const lmw::AttentionSnapshot* snap = explorer->currentSnapshot();
    const auto& tokens = snap->maps.front().queryTokens;
    const int last = int(tokens.size()) - 1;
    int bestLayer = 0, bestHead = 0;
    float best = -1;
    for (const auto& map : snap->maps)
        for (int h = 0; h < map.heads; ++h) {
            float toLabels = 0;
            for (int k = 0; k + 1 < last; ++k)
                if (tokens[std::size_t(k)] == tokens[std::size_t(last)])
                    toLabels += map.weight(h, last, k + 1);
            if (toLabels > best) {
                best = toLabels;
                bestLayer = map.layer;
                bestHead = h;
            }
        }
    explorer->selectHead(bestLayer, bestHead);
    std::printf(
        "attention-icl: layer %d head %d puts %.2f of the query's attention on the labels after "
        "its letter\n",
        bestLayer + 1, bestHead + 1, double(best));
    QTest::qWait(500);
    w.grab().save(shotPath(out, QStringLiteral("attention-icl.png")));
    return 0;
}

/// The Encoder vs decoder tab after its default lesson: compare.png, and the encoder head that
/// looks most at the neighbouring tokens (i - 1 or i + 1): attention-encoder-neighbours.png.
int compareShots(MainWindow& w, const QString& workspace, const QString& out) {
    ComparePage* page = w.comparePage();
    w.tabs()->setCurrentWidget(page);
    page->setWorkspace(workspace);
    if (!QTest::qWaitFor([&] { return page->corpus()->isReady(); }, 30000)) return 7;
    page->trainBoth();
    if (!QTest::qWaitFor(
            [&] {
                return !page->controller(ComparePage::Encoder)->isActive() &&
                       !page->controller(ComparePage::Decoder)->isActive();
            },
            900000))
        return 8;
    QSignalSpy scored(page, &ComparePage::gapsScored);
    page->scoreGaps();
    if (!scored.wait(600000)) return 9;
    if (!QTest::qWaitFor([&] { return !page->isBusy(); }, 60000)) return 10;
    QTest::qWait(500);
    w.grab().save(shotPath(out, QStringLiteral("compare.png")));
    for (const auto& r : page->gapResults())
        std::printf(
            "%s: fill in (right decides) %.1f%%, fill in (ordinary) %.1f%%, continue (ordinary) "
            "%.1f%%\n",
            r.model.toUtf8().constData(), 100 * r.infillDecided.wordAccuracy,
            100 * r.infillOrdinary.wordAccuracy, 100 * r.continueOrdinary.wordAccuracy);
    if (!page->snapshot(ComparePage::Encoder)) return 11;
    const lmw::AttentionSnapshot snap = *page->snapshot(ComparePage::Encoder);
    int bestLayer = 0, bestHead = 0;
    float best = -1;
    for (const auto& map : snap.maps)
        for (int h = 0; h < map.heads; ++h) {
            float neighbours = 0;
            for (int q = 1; q + 1 < map.queries; ++q)
                neighbours += std::max(map.weight(h, q, q - 1), map.weight(h, q, q + 1));
            neighbours /= float(std::max(1, map.queries - 2));
            if (neighbours > best) {
                best = neighbours;
                bestLayer = map.layer;
                bestHead = h;
            }
        }
    w.attentionPage()->showSnapshot(snap);
    w.tabs()->setCurrentWidget(w.attentionPage());
    w.attentionPage()->explorer()->selectHead(bestLayer, bestHead);
    std::printf(
        "attention-encoder-neighbours: layer %d head %d puts %.2f of each token's attention on one "
        "neighbour\n",
        bestLayer + 1, bestHead + 1, double(best));
    QTest::qWait(500);
    w.grab().save(shotPath(out, QStringLiteral("attention-encoder-neighbours.png")));
    // The same tab as a projector shows it (View > Presenter mode at 150 %).
    w.tabs()->setCurrentWidget(page);
    w.setPresenting(true);
    QTest::qWait(1500);
    w.grab().save(shotPath(out, QStringLiteral("presenter-compare.png")));
    w.setPresenting(false);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    lmw::test::isolateSettings(dir);
    const QString language = QString::fromLocal8Bit(qgetenv("LMW_SCREENSHOT_LANGUAGE"));
    if (!language.isEmpty()) {
        lmw::ui::installLanguage(lmw::ui::languageFromKey(language));
        namePrefix() = language.left(2) + QLatin1Char('-');
    }

    MainWindow w;
    w.resize(1440, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) return 1;
    if (argc > 3 && QString::fromLocal8Bit(argv[2]) == QStringLiteral("--icl"))
        return iclShots(w, QString::fromLocal8Bit(argv[3]), out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QStringLiteral("--rate-change"))
        return rateChangeShot(w, out);
    if (argc > 2 && QString::fromLocal8Bit(argv[2]) == QStringLiteral("--compare")) {
        QDir().mkpath(dir.filePath(QStringLiteral("workspace")));
        return compareShots(w, dir.filePath(QStringLiteral("workspace")), out);
    }
    auto* page = w.trainPage();
    w.tabs()->setCurrentWidget(page);
    if (!trainRun(w, 1e-3, 1200) || !trainRun(w, 3e-3, 1200)) return 2;

    // Overlay the first run, sample from the second.
    page->runs()->refresh();
    auto* tree = page->runs()->tree();
    tree->sortItems(0, Qt::AscendingOrder);
    tree->topLevelItem(0)->setCheckState(0, Qt::Checked);
    tree->setCurrentItem(tree->topLevelItem(1));
    auto* prompt = page->samples()->findChild<QPlainTextEdit*>();
    prompt->setPlainText(QStringLiteral("Once upon a time, there was a"));
    QSignalSpy sampled(page->samples(), &SamplePanel::generationFinished);
    page->samples()->generate();
    sampled.wait(60000);
    QTest::qWait(300);
    w.grab().save(shotPath(out, QStringLiteral("train.png")));
    page->chart()->grab().save(shotPath(out, QStringLiteral("loss-chart.png")));
    return 0;
}
