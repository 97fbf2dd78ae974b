// The main window's experiment files (File ▸ Save experiment / Open experiment, and
// `llm-workbench FILE`): what the pages show gathered into an Experiment, and an Experiment
// applied to the pages. The format is ui/experiment/experiment_file.h.
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include "compare/compare_page.h"
#include "compare/compare_settings_form.h"
#include "engine/training_controller.h"
#include "main_window.h"
#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"
#include "train/train_page.h"
#include "train/training_panel.h"

namespace lmw::ui {

bool MainWindow::currentExperiment(Experiment& out, QString& error) const {
    Experiment e;
    const int tab = tabs_->currentIndex();
    e.tab = experimentTabs().value(tab, QStringLiteral("train"));
    HyperparameterForm* form = train_->panel()->form();
    e.model = form->model();
    e.train = form->train();
    if (!describeCorpus(train_->panel()->corpusPicker()->selection(), e.trainCorpus, error))
        return false;
    CompareSettingsForm* compare = compare_->settingsForm();
    e.compare = compare->settings();
    e.compareEncoderObjective = compare->encoderObjective();
    if (!describeCorpus(compare_->corpus()->selection(), e.compareCorpus, error)) return false;
    out = e;
    return true;
}

QString MainWindow::applyExperiment(const Experiment& e) {
    if (isBusy())
        return tr(
            "Work is running: stop it before opening an experiment, so that no run is left "
            "half-configured.");
    for (const ExperimentCorpus* c : {&e.trainCorpus, &e.compareCorpus}) {
        const QString problem = checkCorpus(*c);
        if (!problem.isEmpty()) return problem;
    }
    // Everything checked: now change the pages, all of them or none.
    train_->panel()->corpusPicker()->setSelection(e.trainCorpus.selection);
    train_->panel()->form()->setConfigs(e.model, e.train);
    compare_->corpus()->setSelection(e.compareCorpus.selection);
    compare_->settingsForm()->setSettings(e.compare, e.compareEncoderObjective);
    const int tab = int(experimentTabs().indexOf(e.tab));
    if (tab >= 0 && tab < tabs_->count()) tabs_->setCurrentIndex(tab);
    return {};
}

bool MainWindow::saveExperimentFile(const QString& path) {
    Experiment e;
    QString error;
    if (!currentExperiment(e, error)) {
        QMessageBox::warning(this, tr("Save experiment"), error);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(writeExperiment(e)) < 0 || !f.commit()) {
        QMessageBox::warning(
            this, tr("Save experiment"),
            tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Experiment saved to %1.").arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

bool MainWindow::openExperimentFile(const QString& path) {
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    QString error;
    Experiment e;
    if (!f.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString());
    } else if (f.size() > kMaxExperimentBytes) {
        error = tr("%1 is %2 bytes; an experiment file is at most %3.")
                    .arg(name)
                    .arg(f.size())
                    .arg(kMaxExperimentBytes);
    } else if (readExperiment(f.readAll(), e, error)) {
        error = applyExperiment(e);
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Open experiment"),
                             tr("%1 was not opened. %2").arg(name, error));
        return false;
    }
    QSettings().setValue(QStringLiteral("experiment/lastDir"), QFileInfo(path).absolutePath());
    statusBar()->showMessage(tr("Experiment %1 opened: press Start to run it.").arg(name), 8000);
    return true;
}

void MainWindow::saveExperiment() {
    const QString dir = QSettings().value(QStringLiteral("experiment/lastDir")).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save experiment"), QDir(dir).filePath(QStringLiteral("experiment.lmw.json")),
        tr("Experiments (*.lmw.json *.json)"));
    if (path.isEmpty()) return;
    if (saveExperimentFile(path))
        QSettings().setValue(QStringLiteral("experiment/lastDir"), QFileInfo(path).absolutePath());
}

void MainWindow::openExperiment() {
    const QString dir = QSettings().value(QStringLiteral("experiment/lastDir")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), dir,
                                                      tr("Experiments (*.lmw.json *.json)"));
    if (!path.isEmpty()) openExperimentFile(path);
}

}  // namespace lmw::ui
