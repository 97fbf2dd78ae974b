// The Generate tab of the Playground: the prompt, the output the tokens stream into (a
// TokenView), the sampling options and, on the right, the model's next-token distribution at a
// clicked token. The tab shows; the page runs: a click on a generated token emits
// nextTokensRequested(index), and the answer comes back through showNextTokenChoices().
// Decoders show the prompt before their tokens; BART's output stands alone, and BART decodes
// greedily or with beams, so the sampling options are off for it (setModelKind).
#pragma once

#include <QStringList>
#include <string>
#include <utility>
#include <vector>

#include "api/text_generator.h"
#include "playground/playground_mode_tab.h"

class QLabel;
class QPlainTextEdit;

namespace lmw::ui {

class ProbabilityBars;
class SamplingOptionsForm;
class TokenView;

class GenerateTab : public PlaygroundModeTab {
    Q_OBJECT
public:
    explicit GenerateTab(QWidget* parent = nullptr);

    /// The prompt and the sampling options as the engine takes them.
    GenerateOptions options() const;
    /// Adapts the options and the hint to the loaded model: `writesText` when a model that
    /// writes text (a decoder or BART) is loaded, `bart` when that model is BART.
    void setModelKind(bool writesText, bool bart);

    /// A new generation: the output shows the prompt (none for BART) and no tokens yet.
    void startOutput(bool bart);
    /// Tokens streamed in from the running generation.
    void appendTokens(const QStringList& tokens);
    /// What the model had read when it wrote generated token `index`: the prompt (a line
    /// break when there was none, as generation starts from one) and the tokens before it.
    QString contextOf(int index) const;
    /// The model's most likely tokens after contextOf(index), best first; `chosen` (the token
    /// it wrote there) is highlighted when it is among them.
    void showNextTokenChoices(int index, const QString& chosen,
                              const std::vector<std::pair<std::string, double>>& next);
    /// No distribution, only `message` (e.g. why none can be shown).
    void showNextTokensMessage(const QString& message);

    QString purpose() const override;
    QString unavailableReason(const PlaygroundModelInfo& info) const override;
    void restoreSettings(QSettings& settings) override;
    void saveSettings(QSettings& settings) const override;
    QString shownText() const override;
    QWidget* pictureWidget() const override;
    void clearResults() override;

    QPlainTextEdit* promptEdit() const { return prompt_; }
    TokenView* output() const { return output_; }
    ProbabilityBars* nextTokenBars() const { return nextBars_; }
    QLabel* hint() const { return hint_; }
    SamplingOptionsForm* samplingOptions() const { return options_; }

Q_SIGNALS:
    /// A generated token was clicked (or stepped to with Alt+Left/Right).
    void nextTokensRequested(int index);

private:
    QPlainTextEdit* prompt_ = nullptr;
    TokenView* output_ = nullptr;
    ProbabilityBars* nextBars_ = nullptr;
    QLabel* hint_ = nullptr;
    SamplingOptionsForm* options_ = nullptr;
};

}  // namespace lmw::ui
