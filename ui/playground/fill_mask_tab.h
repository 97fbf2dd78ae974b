// The Fill mask tab of the Playground, for encoders (BERT, RoBERTa): a text with mask tokens,
// how many candidates to show, a button that inserts the model's mask token, the text with
// each mask replaced by its most likely filler, and one bar chart of candidates per mask. A
// checkable box shows how masked-LM training reads a sentence (MaskingControls); the page
// gives the controls a preview requester, as the preview runs on the model's thread.
#pragma once

#include <QString>
#include <QVector>
#include <vector>

#include "api/text_generator.h"
#include "playground/playground_mode_tab.h"

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace lmw::ui {

class MaskingControls;
class ProbabilityBars;

class FillMaskTab : public PlaygroundModeTab {
    Q_OBJECT
public:
    explicit FillMaskTab(QWidget* parent = nullptr);

    /// The loaded model's mask token ("[MASK]" or "<mask>"): what Insert puts in the text,
    /// what showFilled() replaces, and what the button and the placeholder name.
    void setMaskToken(const QString& token);
    QString maskToken() const { return maskToken_; }

    QString text() const;
    /// How many candidates to ask for per mask.
    int topK() const;
    /// Shows the result of filling the masks of `text`: the text with each mask replaced by
    /// its best candidate, and one chart per mask (candidates best first, the best highlighted).
    void showFilled(const QString& text, const std::vector<MaskPrediction>& predictions);
    /// Masks the box's sentence again (its model's tokens may have changed); no-op when closed.
    void refreshMaskingPreview();

    QString purpose() const override;
    QString unavailableReason(const PlaygroundModelInfo& info) const override;
    void restoreSettings(QSettings& settings) override;
    void saveSettings(QSettings& settings) const override;
    QString shownText() const override;
    QWidget* pictureWidget() const override;
    void clearResults() override;

    QPlainTextEdit* textEdit() const { return text_; }
    QSpinBox* topKBox() const { return topK_; }
    QPushButton* insertMaskButton() const { return insertMask_; }
    QLabel* filledLabel() const { return filled_; }
    QGroupBox* maskingBox() const { return maskingBox_; }
    QLineEdit* maskingSentence() const { return maskingSentence_; }
    MaskingControls* masking() const { return masking_; }
    QVector<ProbabilityBars*> maskBars() const { return maskBars_; }
    /// The most likely text, as plain text (empty until something was filled).
    QString filledText() const { return filledPlain_; }

private:
    void clearBars();

    QString maskToken_;
    QPlainTextEdit* text_ = nullptr;
    QSpinBox* topK_ = nullptr;
    QPushButton* insertMask_ = nullptr;
    QLabel* filled_ = nullptr;
    QGroupBox* maskingBox_ = nullptr;
    QLineEdit* maskingSentence_ = nullptr;
    MaskingControls* masking_ = nullptr;
    QWidget* maskArea_ = nullptr;
    QGridLayout* maskGrid_ = nullptr;
    QVector<ProbabilityBars*> maskBars_;
    QString filledPlain_;
};

}  // namespace lmw::ui
