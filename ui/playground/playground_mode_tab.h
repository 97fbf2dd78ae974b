// One mode tab of the Playground (Generate, Fill mask, Denoise, Classify): the common part.
// A tab holds its inputs, its options and its results; it never talks to the engine. Its run
// and stop buttons only ask (runRequested, stopRequested): the page decides, and it tells the
// tab which buttons apply (setRunState). Each tab saves and restores its own settings keys in
// the group the page has opened, says which models it suits, and what it shows as text and
// as a picture for Export.
#pragma once

#include <QString>
#include <QWidget>

#include "playground/playground_model_info.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace lmw::ui {

class PlaygroundModeTab : public QWidget {
    Q_OBJECT
public:
    explicit PlaygroundModeTab(QWidget* parent = nullptr);

    /// Run is enabled when nothing runs (`busy` false) and the mode suits the loaded model;
    /// Stop while something runs.
    void setRunState(bool busy, bool available);

    /// What the mode does (the tab's tooltip while the mode is available).
    virtual QString purpose() const = 0;
    /// Why the loaded model `info` cannot be used in this mode (empty when it can).
    virtual QString unavailableReason(const PlaygroundModelInfo& info) const = 0;
    /// Reads and writes this tab's keys in the group `settings` has open.
    virtual void restoreSettings(QSettings& settings) = 0;
    virtual void saveSettings(QSettings& settings) const = 0;
    /// What the tab shows, as text (Export: copy or save the text).
    virtual QString shownText() const = 0;
    /// The widget whose picture Export saves.
    virtual QWidget* pictureWidget() const = 0;
    /// Forgets the results (a model is being loaded).
    virtual void clearResults() = 0;

    QPushButton* runButton() const { return run_; }
    QPushButton* stopButton() const { return stop_; }

Q_SIGNALS:
    void runRequested();
    void stopRequested();

protected:
    /// The tab's run button (`text`, `toolTip`); a click emits runRequested. Once per tab.
    QPushButton* makeRunButton(const QString& text, const QString& toolTip, QWidget* parent);
    /// The tab's stop button; a click emits stopRequested. Once per tab.
    QPushButton* makeStopButton(QWidget* parent);
    /// A text input at most `height` pixels high, where Tab moves the focus on.
    static QPlainTextEdit* inputEdit(QWidget* parent, const QString& placeholder, int height);
    /// A wrapped note in the palette's muted colour.
    static QLabel* hintLabel(QWidget* parent, const QString& text = QString());

private:
    QPushButton* run_ = nullptr;
    QPushButton* stop_ = nullptr;
};

}  // namespace lmw::ui
