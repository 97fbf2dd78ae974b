// The Encoder vs decoder tab's model settings: size, encoder kind, steps, position encoding,
// tokens, one architecture or BERT's own block, the encoder's masking (with its preview) and
// the sentence that says what the two models share. settings() is what Train both uses.
#pragma once

#include <QWidget>

#include "api/compare.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSettings;
class QSpinBox;

namespace lmw::ui {

class MaskingControls;

class CompareSettingsForm : public QWidget {
    Q_OBJECT
public:
    explicit CompareSettingsForm(QWidget* parent = nullptr);

    /// The comparison the controls describe (core/api/compare.h).
    CompareSettings settings() const;
    /// The encoder's objective: masked LM, or BERT's masked LM + next sentence.
    Objective encoderObjective() const;
    /// Sets the controls to `s` with the encoder trained on `encoderObjective` (an experiment
    /// file); values the controls cannot show fall back to the nearest they can.
    void setSettings(const CompareSettings& s, Objective encoderObjective);
    /// Reads and writes the controls in the current group of `s`.
    void loadSettings(QSettings& s);
    void saveSettings(QSettings& s) const;

    QComboBox* sizeBox() const { return size_; }
    QComboBox* encoderBox() const { return encoderKind_; }
    QSpinBox* stepsBox() const { return steps_; }
    QComboBox* positionsBox() const { return positions_; }
    QComboBox* tokensBox() const { return tokens_; }
    QCheckBox* sharedLayoutBox() const { return sharedLayout_; }
    MaskingControls* masking() const { return masking_; }

    /// What the two models share and where they differ, in the interface's language (the
    /// command line prints core's compareFairnessNote).
    static QString fairnessNote(const CompareSettings& s);

private:
    QComboBox* size_ = nullptr;
    QComboBox* encoderKind_ = nullptr;
    QSpinBox* steps_ = nullptr;
    QComboBox* positions_ = nullptr;
    QComboBox* tokens_ = nullptr;
    QCheckBox* sharedLayout_ = nullptr;
    MaskingControls* masking_ = nullptr;
    QLabel* fairness_ = nullptr;
};

}  // namespace lmw::ui
