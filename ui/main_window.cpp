#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "evotree/evotree_page.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/loss_chart.h"
#include "train/runs_panel.h"
#include "train/sample_panel.h"
#include "train/train_page.h"
#include "train/training_panel.h"

namespace lmw::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("LLM Workbench"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tree_ = new EvoTreePage(tabs_);
    train_ = new TrainPage(tabs_);
    tabs_->addTab(tree_, tr("&Evolutionary tree"));
    tabs_->addTab(train_, tr("&Train"));
    connect(tree_, &EvoTreePage::trainPresetRequested, this, &MainWindow::trainPreset);
    setCentralWidget(tabs_);
    buildMenus();
    connect(train_, &TrainPage::statusMessage, this, [this](const QString& text) {
        statusBar()->showMessage(text, 8000);
    });
    statusBar()->showMessage(tr("Ready. Choose a corpus and a model size, then press Start (Ctrl+Enter)."));

    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) resize(1400, 860);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    tabs_->setCurrentIndex(s.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::buildMenus() {
    TrainingPanel* panel = train_->panel();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openCorpus = file->addAction(tr("Open &corpus…"), panel->corpusPicker(), &CorpusPicker::chooseFile);
    openCorpus->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &run folder…"), train_, &TrainPage::openRunFolder);
    file->addAction(tr("Choose &workspace…"), train_->runs(), &RunsPanel::chooseWorkspace);
    file->addSeparator();
    QAction* exportChart = file->addAction(tr("&Export chart…"), train_, &TrainPage::exportChart);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportChart->setToolTip(tr("Save the loss chart as PNG, PDF or SVG, or its numbers as CSV."));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* tree = menuBar()->addMenu(tr("Tr&ee"));
    tree->addAction(tree_->fitToViewAction());
    tree->addAction(tree_->zoomInAction());
    tree->addAction(tree_->zoomOutAction());
    tree->addSeparator();
    tree->addAction(tree_->loadUserNodesAction());
    tree->addAction(tree_->clearUserNodesAction());
    tree->addSeparator();
    tree->addAction(tree_->exportPngAction());
    tree->addAction(tree_->exportSvgAction());

    QMenu* training = menuBar()->addMenu(tr("T&raining"));
    training->addAction(panel->startAction());
    training->addAction(panel->pauseAction());
    training->addAction(panel->stopAction());
    training->addSeparator();
    training->addAction(tr("&Generate sample"), train_->samples(), &SamplePanel::generate);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* logScale = view->addAction(tr("&Logarithmic loss axis"));
    logScale->setCheckable(true);
    logScale->setChecked(train_->chart()->logScale());
    logScale->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logScale, &QAction::toggled, train_->chart(), &LossChart::setLogScale);
    QAction* refresh = view->addAction(tr("&Refresh runs"), train_->runs(), &RunsPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About LLM Workbench"), this, &MainWindow::showAbout);
}

void MainWindow::trainPreset(const QString& family, const QString& objective) {
    ModelFamily f;
    Objective o;
    try {
        f = familyFromName(family.toStdString());
        o = objectiveFromName(objective.toStdString());
    } catch (const std::exception& e) {
        train_->showError(QString::fromUtf8(e.what()));
        return;
    }
    if (!supportsObjective(f, o)) o = defaultObjective(f);
    const SizePreset tiny = sizePresets().front();
    ModelConfig m = familyDefaults(f, tiny.model);
    if (f == ModelFamily::Lstm) m.layers = 3;
    TrainConfig t;
    t.batch = tiny.batch;
    t.iters = 1000;
    t.evalEvery = 100;
    t.objective.objective = o;
    t.objective.dynamicMasking = f != ModelFamily::Bert;  // BERT fixed its masks; RoBERTa did not
    train_->panel()->form()->setConfigs(m, t);
    tabs_->setCurrentWidget(train_);
    statusBar()->showMessage(tr("Preset: a tiny %1 model learning '%2'. Press Start (Ctrl+Enter).")
                                 .arg(family, objective));
}

void MainWindow::showShortcuts() {
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             tr("<table>"
                                "<tr><td><b>Ctrl+Enter</b></td><td>Start training</td></tr>"
                                "<tr><td><b>Ctrl+P</b></td><td>Pause / resume</td></tr>"
                                "<tr><td><b>Ctrl+.</b></td><td>Stop (keeps a checkpoint)</td></tr>"
                                "<tr><td><b>Ctrl+G</b></td><td>Generate a sample / stop it</td></tr>"
                                "<tr><td><b>Ctrl+O</b></td><td>Open a corpus file</td></tr>"
                                "<tr><td><b>Ctrl+E</b></td><td>Export the chart</td></tr>"
                                "<tr><td><b>Ctrl+L</b></td><td>Logarithmic loss axis</td></tr>"
                                "<tr><td><b>F5</b></td><td>Refresh the runs list</td></tr>"
                                "<tr><td><b>Double-click chart</b></td><td>Fit all data</td></tr>"
                                "</table>"));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About LLM Workbench"),
                       tr("<h3>LLM Workbench</h3><p>Train small language models of each family "
                          "in the history of LLMs and watch them learn.</p>"
                          "<p>Qt %1 · LibTorch (CPU) · QCustomPlot</p>").arg(QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (train_->controller()->isActive()) {
        statusBar()->showMessage(tr("Stopping training and saving its checkpoint…"));
        QApplication::processEvents();
    }
    train_->shutdown();
    train_->saveState();
    tree_->saveState();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/tab"), tabs_->currentIndex());
    event->accept();
}

}  // namespace lmw::ui
