// The Classify tab of the Playground, for models with a classification head: a text and the
// probability of each of the head's labels, the most likely one highlighted.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "playground/playground_mode_tab.h"

class QPlainTextEdit;

namespace lmw::ui {

class ProbabilityBars;

class ClassifyTab : public PlaygroundModeTab {
    Q_OBJECT
public:
    explicit ClassifyTab(QWidget* parent = nullptr);

    QString text() const;
    /// Shows the probability of each label (in the head's order); returns the most likely
    /// label (empty when there is none).
    QString showClassified(const std::vector<std::pair<std::string, double>>& labels);

    QString purpose() const override;
    QString unavailableReason(const PlaygroundModelInfo& info) const override;
    void restoreSettings(QSettings& settings) override;
    void saveSettings(QSettings& settings) const override;
    QString shownText() const override;
    QWidget* pictureWidget() const override;
    void clearResults() override;

    QPlainTextEdit* textEdit() const { return text_; }
    ProbabilityBars* classBars() const { return bars_; }

private:
    QPlainTextEdit* text_ = nullptr;
    ProbabilityBars* bars_ = nullptr;
};

}  // namespace lmw::ui
