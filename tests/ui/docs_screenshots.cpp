// Takes the screenshots in docs/ from the real application window: trains two tiny runs on
// the bundled stories, overlays the first, generates a sample, and grabs the window.
// Run it under Xvfb (make screenshots); it is a tool, not a test.
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include "main_window.h"
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

bool trainRun(MainWindow& w, double lr, int iters) {
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
    auto* page = w.trainPage();
    page->panel()->form()->setConfigs(m, t);
    if (!QTest::qWaitFor([&] { return page->panel()->startAction()->isEnabled(); }, 30000)) return false;
    page->panel()->startAction()->trigger();
    return QTest::qWaitFor([&] { return !page->controller()->isActive(); }, 600000);
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(out);
    QTemporaryDir dir;
    lmw::test::isolateSettings(dir);

    MainWindow w;
    w.resize(1440, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w)) return 1;
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
    w.grab().save(QDir(out).filePath(QStringLiteral("train.png")));
    page->chart()->grab().save(QDir(out).filePath(QStringLiteral("loss-chart.png")));
    return 0;
}
