// The main window only assembles pages (tabs) and menus; each page owns its own widgets and
// controllers. The home tab is the evolutionary tree of LLMs; its "Train a tiny one" opens the
// Train tab with a preset. Closing the window stops a running training cleanly before it goes.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QMainWindow>
#include <QPair>

#include "experiment/experiment_file.h"
#include "i18n/language.h"
#include "widgets/presenter_mode.h"

class QAction;
class QMenu;

class QTabWidget;
class QLabel;

namespace lmw::ui {

class AttentionPage;
class ComparePage;
class EvoTreePage;
class PlaygroundPage;
class PromptLabPage;
class TrainPage;
class TransferPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    TrainPage* trainPage() const { return train_; }
    EvoTreePage* treePage() const { return tree_; }
    AttentionPage* attentionPage() const { return attention_; }
    ComparePage* comparePage() const { return compare_; }
    PlaygroundPage* playgroundPage() const { return playground_; }
    PromptLabPage* promptLabPage() const { return promptLab_; }
    TransferPage* transferPage() const { return transfer_; }
    QTabWidget* tabs() const { return tabs_; }
    PresenterMode* presenter() const { return presenter_; }

    /// What the pages show as an experiment (reads the corpus files for their SHA-256); false
    /// with `error` when a corpus cannot be read.
    bool currentExperiment(Experiment& out, QString& error) const;
    /// Applies an experiment to the pages after checking its corpora: all of it, or nothing
    /// with the sentence that says why.
    QString applyExperiment(const Experiment& e);
    /// File ▸ Save experiment / Open experiment without their dialogs; problems are shown in a
    /// message box.
    bool saveExperimentFile(const QString& path);
    bool openExperimentFile(const QString& path);
    static constexpr qint64 kMaxExperimentBytes = 1 << 20;

    /// View ▸ Presenter mode (F11): enters it with the remembered text size and contrast, or
    /// leaves it.
    void setPresenting(bool on);

    /// True while any page runs work in the background (training, a comparison, a scoring or
    /// ULMFiT run, a Playground job, an attention computation).
    bool isBusy() const;
    /// Stops the training and comparison workers and writes every remembered setting (the
    /// pages', the geometry, the tab): what closing does, also before a rebuild in a new language.
    void saveSettings();

Q_SIGNALS:
    /// View ▸ Language: the user picked an interface language (AppShell applies it).
    void languageChosen(lmw::ui::InterfaceLanguage language);

public Q_SLOTS:
    /// Opens the Train page preset to a model family and objective (from the tree's
    /// "Train a tiny one"). Families this build cannot train yet are explained, not ignored.
    void trainPreset(const QString& family, const QString& objective);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void wirePages();
    void tryCurrentModel();
    void showShortcuts();
    void showAbout();
    void buildLanguageMenu(QMenu* view);
    void buildPresenterMenu(QMenu* view);
    void saveExperiment();
    void openExperiment();
    PresenterOptions presenterOptions() const;

    QTabWidget* tabs_ = nullptr;
    TrainPage* train_ = nullptr;
    EvoTreePage* tree_ = nullptr;
    AttentionPage* attention_ = nullptr;
    ComparePage* compare_ = nullptr;
    PlaygroundPage* playground_ = nullptr;
    PromptLabPage* promptLab_ = nullptr;
    TransferPage* transfer_ = nullptr;
    QList<QPair<QAction*, QKeySequence>> trainShortcuts_;
    PresenterMode* presenter_ = nullptr;
    QAction* presenterAction_ = nullptr;  // page keys the Playground reuses
};

}  // namespace lmw::ui
