// The "Attention" tab: the attention explorer over (a) the model being trained on the Train
// tab, whose attention on a probe sentence is captured every N steps into a timeline, and (b)
// any run folder or checkpoint, on any text. Clicking the loss curve on the Train tab selects
// the snapshot nearest that step. Engine calls run off the GUI thread.
#pragma once

#include "engine/seam_types.h"  // first: the meta-types of the seam structs

#include <QWidget>
#include <functional>
#include <optional>

#include "api/inspect.h"
#include "api/text_generator.h"
#include "engine/task_runner.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lmw::ui {

class AttentionExplorer;

class AttentionPage : public QWidget {
    Q_OBJECT
public:
    using GeneratorFactory = std::function<std::optional<TextGenerator>()>;

    explicit AttentionPage(QWidget* parent = nullptr);
    ~AttentionPage() override;

    AttentionExplorer* explorer() const { return explorer_; }
    QLineEdit* textEdit() const { return text_; }

    /// The probe sentence and interval of the training timeline (0 = off).
    QString probeText() const;
    int timelineEvery() const;
    void setTimeline(const QString& text, int every);

    /// Where "Show" takes its model from: the live training (or the last one), or a run.
    void setLiveSource(GeneratorFactory factory, const QString& description);
    void openRun(const QString& dir);
    /// Opens `dir` (run folder, checkpoint or Hugging Face folder) and shows its attention on
    /// `text`, which may hold line breaks (shown as "↵" in the one-line box).
    void openRunOnText(const QString& dir, const QString& text);
    bool isBusy() const { return inspector_.isBusy(); }

public Q_SLOTS:
    /// A new training starts: its timeline replaces the old one.
    void startTimeline(const QString& runName);
    void addSnapshot(const lmw::AttentionSnapshot& snapshot);
    /// Attention of the current source on the text in the box.
    void showText();
    void chooseRun();
    void selectStep(qint64 step);
    void showSnapshot(const lmw::AttentionSnapshot& snapshot);

Q_SIGNALS:
    void statusMessage(const QString& text);
    /// The timeline settings changed (the Train tab uses them for its next run).
    void timelineChanged(const QString& text, int every);
    void shown();

private:
    void saveSettings() const;

    AttentionExplorer* explorer_ = nullptr;
    QLineEdit* text_ = nullptr;
    QPushButton* showButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QCheckBox* record_ = nullptr;
    QSpinBox* every_ = nullptr;
    QLabel* source_ = nullptr;
    GeneratorFactory live_;
    QString liveDescription_;
    QString runDir_;
    TaskRunner inspector_;
};

}  // namespace lmw::ui
