#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "api/error.h"
#include "attention/attention_explorer.h"
#include "attention/attention_page.h"
#include "compare/compare_page.h"
#include "engine/user_message.h"
#include "evotree/evotree_page.h"
#include "playground/playground_page.h"
#include "promptlab/prompt_lab_page.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/loss_chart.h"
#include "train/runs_panel.h"
#include "train/sample_panel.h"
#include "train/train_page.h"
#include "train/training_panel.h"
#include "transfer/transfer_page.h"
#include "widgets/presenter_mode.h"

namespace lmw::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setWindowTitle(tr("LLM Workbench"));
    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    tree_ = new EvoTreePage(tabs_);
    train_ = new TrainPage(tabs_);
    attention_ = new AttentionPage(tabs_);
    compare_ = new ComparePage(tabs_);
    playground_ = new PlaygroundPage(tabs_);
    tabs_->addTab(tree_, tr("&Evolutionary tree"));
    tabs_->addTab(train_, tr("&Train"));
    tabs_->addTab(attention_, tr("&Attention"));
    tabs_->addTab(compare_, tr("Encoder vs &decoder"));
    tabs_->addTab(playground_, tr("&Playground"));
    promptLab_ = new PromptLabPage(tabs_);
    tabs_->addTab(promptLab_, tr("Prompt &lab"));
    transfer_ = new TransferPage(tabs_);
    tabs_->addTab(transfer_, tr("&ULMFiT"));
    tabs_->setTabToolTip(
        2, tr("Attention maps of a model on any text, and how they changed while it trained"));
    tabs_->setTabToolTip(
        3, tr("An encoder and a decoder of the same size on the same text, side by side"));
    tabs_->setTabToolTip(4, tr("Try a model by hand: generate, fill masks, denoise, classify"));
    tabs_->setTabToolTip(5, tr("Zero- and few-shot classification by prompting a decoder: accuracy "
                               "and calibration against k"));
    tabs_->setTabToolTip(6, tr("ULMFiT transfer learning: pretrain an LSTM LM, fine-tune it on the "
                               "task, then a classifier "
                               "with gradual unfreezing; compare with baselines"));
    connect(tree_, &EvoTreePage::trainPresetRequested, this, &MainWindow::trainPreset);
    setCentralWidget(tabs_);
    presenter_ = new PresenterMode(this);
    wirePages();
    buildMenus();
    connect(train_, &TrainPage::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    statusBar()->showMessage(
        tr("Ready. Choose a corpus and a model size, then press Start (Ctrl+Enter)."));

    QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 860);
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    tabs_->setCurrentIndex(s.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::wirePages() {
    auto toStatus = [this](const QString& text) { statusBar()->showMessage(text, 8000); };
    connect(attention_, &AttentionPage::statusMessage, this, toStatus);
    connect(compare_, &ComparePage::statusMessage, this, toStatus);
    connect(playground_, &PlaygroundPage::statusMessage, this, toStatus);
    connect(promptLab_, &PromptLabPage::statusMessage, this, toStatus);
    connect(transfer_, &TransferPage::statusMessage, this, toStatus);

    // The attention timeline: the Train tab captures what the Attention tab asks for.
    train_->setAttentionTimeline(attention_->probeText(), attention_->timelineEvery());
    connect(attention_, &AttentionPage::timelineChanged, train_, &TrainPage::setAttentionTimeline);
    TrainingController* controller = train_->controller();
    connect(controller, &TrainingController::started, this,
            [this, controller](const TrainingStartInfo& info) {
                const QString name = QFileInfo(info.runDir).fileName();
                attention_->startTimeline(name);
                attention_->setLiveSource([controller] { return controller->snapshot(); },
                                          tr("%1 (the model on the Train tab)").arg(name));
            });
    connect(controller, &TrainingController::attentionCaptured, attention_,
            &AttentionPage::addSnapshot);
    // A click on the loss curve shows the attention nearest that step.
    connect(train_->chart(), &LossChart::stepClicked, this, [this](qint64 step) {
        if (attention_->explorer()->snapshotCount() == 0) return;
        attention_->selectStep(step);
        tabs_->setCurrentWidget(attention_);
        statusBar()->showMessage(tr("Attention at step %1, the snapshot nearest step %2.")
                                     .arg(attention_->explorer()->currentStep())
                                     .arg(step),
                                 8000);
    });
    connect(compare_, &ComparePage::openAttention, this, [this](const AttentionSnapshot& snapshot) {
        attention_->showSnapshot(snapshot);
        tabs_->setCurrentWidget(attention_);
    });
    // A scored prompt of the Prompt lab: its attention, on the same model, in the explorer.
    connect(promptLab_, &PromptLabPage::attentionRequested, this,
            [this](const QString& path, const QString& text) {
                attention_->openRunOnText(path, text);
                tabs_->setCurrentWidget(attention_);
                statusBar()->showMessage(
                    tr("Attention on the selected prompt; the last row is the query."), 8000);
            });
    compare_->setWorkspace(train_->runs()->workspace());
    connect(tabs_, &QTabWidget::currentChanged, this,
            [this] { compare_->setWorkspace(train_->runs()->workspace()); });
}

void MainWindow::tryCurrentModel() {
    TrainingController* controller = train_->controller();
    if (!controller->snapshot()) {
        statusBar()->showMessage(tr("No model yet: train one on the Train tab first."), 8000);
        return;
    }
    playground_->setGeneratorSource(
        [controller]() -> TextGenerator {
            std::optional<TextGenerator> g = controller->snapshot();
            if (!g) throw lmw::Error("The model is not ready yet.");
            return std::move(*g);
        },
        tr("the model on the Train tab"));
    tabs_->setCurrentWidget(playground_);
}

void MainWindow::buildMenus() {
    TrainingPanel* panel = train_->panel();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* openCorpus =
        file->addAction(tr("Open &corpus…"), panel->corpusPicker(), &CorpusPicker::chooseFile);
    openCorpus->setShortcut(QKeySequence::Open);
    trainShortcuts_.append({openCorpus, openCorpus->shortcut()});
    trainShortcuts_.append({panel->startAction(), panel->startAction()->shortcut()});
    file->addAction(tr("Open &run folder…"), train_, &TrainPage::openRunFolder);
    file->addSeparator();
    QAction* openExp = file->addAction(tr("Open e&xperiment…"), this, &MainWindow::openExperiment);
    openExp->setToolTip(
        tr("Open an experiment file: the tab, corpora and every setting as they "
           "were saved."));
    QAction* saveExp = file->addAction(tr("&Save experiment…"), this, &MainWindow::saveExperiment);
    saveExp->setShortcut(QKeySequence::Save);
    saveExp->setToolTip(
        tr("Save the tab, the corpora and every setting of the Train and Encoder "
           "vs decoder tabs as one file to share; opening it reproduces the "
           "run."));
    file->addSeparator();
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
    training->addAction(panel->scheduleAction());
    training->addSeparator();
    training->addAction(tr("&Generate sample"), train_->samples(), &SamplePanel::generate);
    QAction* tryIt = training->addAction(tr("&Try the model in the Playground"), this,
                                         &MainWindow::tryCurrentModel);
    tryIt->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    training->addSeparator();
    QAction* trainBoth =
        training->addAction(tr("Train encoder and &decoder"), compare_, &ComparePage::trainBoth);
    trainBoth->setToolTip(tr("On the Encoder vs decoder tab"));

    QMenu* attentionMenu = menuBar()->addMenu(tr("&Attention"));
    QAction* showAttention = attentionMenu->addAction(tr("&Show attention on the text"), attention_,
                                                      &AttentionPage::showText);
    showAttention->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    attentionMenu->addAction(tr("&Open run…"), attention_, &AttentionPage::chooseRun);
    attentionMenu->addSeparator();
    for (QAction* a : attention_->explorer()->exportActions()) attentionMenu->addAction(a);
    attentionMenu->addSeparator();
    attentionMenu->addAction(tr("Export the &comparison chart…"), compare_,
                             &ComparePage::exportChart);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* logScale = view->addAction(tr("&Logarithmic loss axis"));
    logScale->setCheckable(true);
    logScale->setChecked(train_->chart()->logScale());
    logScale->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(logScale, &QAction::toggled, train_->chart(), &LossChart::setLogScale);
    QAction* refresh = view->addAction(tr("&Refresh runs"), train_->runs(), &RunsPanel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    trainShortcuts_.append({refresh, refresh->shortcut()});
    view->addSeparator();
    buildPresenterMenu(view);
    view->addSeparator();
    buildLanguageMenu(view);
    // The Playground (Ctrl+O, Ctrl+Return, F5), the Prompt lab and the ULMFiT page (Ctrl+Return)
    // have their own keys: while one is shown, the window-wide ones step aside instead of making
    // the keys ambiguous.
    connect(tabs_, &QTabWidget::currentChanged, this, [this] {
        const QWidget* current = tabs_->currentWidget();
        const bool playground =
            current == playground_ || current == promptLab_ || current == transfer_;
        for (const auto& [action, keys] : trainShortcuts_)
            action->setShortcut(playground ? QKeySequence() : keys);
    });

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
        train_->showError(messageOf(e));
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
    QMessageBox::information(
        this, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>Ctrl+Enter</b></td><td>Start training</td></tr>"
           "<tr><td><b>Ctrl+P</b></td><td>Pause / resume</td></tr>"
           "<tr><td><b>Ctrl+.</b></td><td>Stop (keeps a checkpoint)</td></tr>"
           "<tr><td><b>Ctrl+Shift+R</b></td><td>While paused: change the learning rate</td></tr>"
           "<tr><td><b>Ctrl+G</b></td><td>Generate a sample / stop it</td></tr>"
           "<tr><td><b>Ctrl+O</b></td><td>Open a corpus file</td></tr>"
           "<tr><td><b>Ctrl+S</b></td><td>Save an experiment file</td></tr>"
           "<tr><td><b>F11</b></td><td>Presenter mode on / off</td></tr>"
           "<tr><td><b>Ctrl+E</b></td><td>Export the chart</td></tr>"
           "<tr><td><b>Ctrl+L</b></td><td>Logarithmic loss axis</td></tr>"
           "<tr><td><b>F5</b></td><td>Refresh the runs list</td></tr>"
           "<tr><td><b>Ctrl+Shift+P</b></td><td>Try the training model in the Playground</td></tr>"
           "<tr><td><b>Ctrl+Shift+A</b></td><td>Show attention on the text</td></tr>"
           "<tr><td><b>Ctrl+Shift+B</b></td><td>Train encoder and decoder (comparison)</td></tr>"
           "<tr><td><b>Ctrl+Shift+G</b></td><td>Score the fill-in vs continue task</td></tr>"
           "<tr><td><b>Ctrl+Return / Esc</b></td><td>Run / stop in the Playground, the Prompt lab "
           "and ULMFiT</td></tr>"
           "<tr><td><b>Click the loss curve</b></td><td>Attention at that step</td></tr>"
           "<tr><td><b>Double-click chart</b></td><td>Fit all data</td></tr>"
           "</table>"));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About LLM Workbench"),
                       tr("<h3>LLM Workbench</h3><p>Train small language models of each family "
                          "in the history of LLMs and watch them learn.</p>"
                          "<p>Qt %1 · LibTorch (CPU) · QCustomPlot</p>")
                           .arg(QString::fromLatin1(qVersion())));
}

void MainWindow::buildPresenterMenu(QMenu* view) {
    QSettings s;
    presenterAction_ = view->addAction(tr("&Presenter mode"));
    presenterAction_->setCheckable(true);
    presenterAction_->setShortcut(QKeySequence(Qt::Key_F11));
    presenterAction_->setToolTip(
        tr("Full screen, larger text and lines on every page, advanced controls hidden: for a "
           "projector. F11 again to leave."));
    connect(presenterAction_, &QAction::toggled, this, &MainWindow::setPresenting);
    connect(presenter_, &PresenterMode::activeChanged, presenterAction_, &QAction::setChecked);

    QMenu* size = view->addMenu(tr("Presenter &text size"));
    auto* sizes = new QActionGroup(size);
    const double current =
        PresenterMode::clampScale(s.value(QStringLiteral("presenter/scale"), 1.5).toDouble());
    for (double factor : {1.25, 1.5, 1.75, 2.0}) {
        QAction* a = size->addAction(tr("%1 %").arg(int(factor * 100)));
        a->setCheckable(true);
        a->setChecked(qFuzzyCompare(factor, current));
        sizes->addAction(a);
        connect(a, &QAction::triggered, this, [this, factor] {
            QSettings().setValue(QStringLiteral("presenter/scale"), factor);
            if (presenter_->isActive()) presenter_->enter(presenterOptions());
        });
    }
    QAction* contrast = view->addAction(tr("&High contrast when presenting"));
    contrast->setCheckable(true);
    contrast->setChecked(s.value(QStringLiteral("presenter/highContrast"), false).toBool());
    contrast->setToolTip(tr("Black on white with colour-blind-safe accents while presenting."));
    connect(contrast, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("presenter/highContrast"), on);
        if (presenter_->isActive()) presenter_->enter(presenterOptions());
    });
}

PresenterOptions MainWindow::presenterOptions() const {
    QSettings s;
    PresenterOptions o;
    o.scale = PresenterMode::clampScale(s.value(QStringLiteral("presenter/scale"), 1.5).toDouble());
    o.highContrast = s.value(QStringLiteral("presenter/highContrast"), false).toBool();
    return o;
}

void MainWindow::setPresenting(bool on) {
    if (on == presenter_->isActive()) return;
    if (on)
        presenter_->enter(presenterOptions());
    else
        presenter_->leave();
}

void MainWindow::buildLanguageMenu(QMenu* view) {
    QMenu* menu = view->addMenu(tr("&Language"));
    menu->setToolTip(tr("The language of the interface; remembered for the next start."));
    auto* group = new QActionGroup(menu);
    const InterfaceLanguage current = savedLanguage();
    for (InterfaceLanguage language :
         {InterfaceLanguage::System, InterfaceLanguage::English, InterfaceLanguage::Chinese}) {
        QAction* a = menu->addAction(languageName(language));
        a->setCheckable(true);
        a->setChecked(language == current);
        a->setData(languageKey(language));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, language] {
            if (language != savedLanguage()) Q_EMIT languageChosen(language);
        });
    }
}

bool MainWindow::isBusy() const {
    return train_->controller()->isActive() || compare_->isBusy() || attention_->isBusy() ||
           playground_->isBusy() || promptLab_->isBusy() || transfer_->isBusy();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (train_->controller()->isActive()) {
        statusBar()->showMessage(tr("Stopping training and saving its checkpoint…"));
        QApplication::processEvents();
    }
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings() {
    presenter_->leave();  // the window's own geometry, not the full screen's
    train_->shutdown();
    compare_->shutdown();
    train_->saveState();
    tree_->saveState();
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/tab"), tabs_->currentIndex());
}

}  // namespace lmw::ui
