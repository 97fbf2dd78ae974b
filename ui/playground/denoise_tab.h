// The Denoise tab of the Playground, for BART: a text, the noise that corrupts it (text
// infilling, token masking and deletion, sentence permutation, document rotation, each with
// its rate), the noise seed and the beam width; then the corrupted input, its changed tokens
// marked, beside the model's reconstruction.
#pragma once

#include <QStringList>
#include <QVector>
#include <cstdint>

#include "api/configs.h"
#include "playground/playground_mode_tab.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace lmw::ui {

class TokenView;

class DenoiseTab : public PlaygroundModeTab {
    Q_OBJECT
public:
    explicit DenoiseTab(QWidget* parent = nullptr);

    QString text() const;
    /// The chosen noise as a denoising objective.
    ObjectiveConfig noiseOptions() const;
    std::uint64_t noiseSeed() const;
    /// Beam-search width of the reconstruction (1 = greedy).
    int beams() const;
    /// Shows one result: the corrupted tokens (`changed[i]`: token i was introduced or moved
    /// by the noise) and the reconstruction.
    void showDenoised(const QStringList& corrupted, const QVector<bool>& changed,
                      const QString& reconstruction);

    QString purpose() const override;
    QString unavailableReason(const PlaygroundModelInfo& info) const override;
    void restoreSettings(QSettings& settings) override;
    void saveSettings(QSettings& settings) const override;
    QString shownText() const override;
    QWidget* pictureWidget() const override;
    void clearResults() override;

    QPlainTextEdit* textEdit() const { return text_; }
    TokenView* corruptedView() const { return corrupted_; }
    QPlainTextEdit* reconstructionView() const { return reconstruction_; }
    QLabel* changedNote() const { return changedNote_; }
    QCheckBox* infillingBox() const { return infill_; }
    QDoubleSpinBox* infillRateBox() const { return infillRate_; }
    QDoubleSpinBox* lambdaBox() const { return lambda_; }
    QCheckBox* tokenMaskingBox() const { return tokenMask_; }
    QDoubleSpinBox* maskRateBox() const { return maskRate_; }
    QCheckBox* tokenDeletionBox() const { return tokenDelete_; }
    QDoubleSpinBox* deleteRateBox() const { return deleteRate_; }
    QCheckBox* permutationBox() const { return permute_; }
    QCheckBox* rotationBox() const { return rotate_; }
    QSpinBox* noiseSeedBox() const { return noiseSeed_; }
    QSpinBox* beamsBox() const { return beams_; }

private:
    QPlainTextEdit* text_ = nullptr;
    QCheckBox* infill_ = nullptr;
    QDoubleSpinBox* infillRate_ = nullptr;
    QDoubleSpinBox* lambda_ = nullptr;
    QCheckBox* tokenMask_ = nullptr;
    QDoubleSpinBox* maskRate_ = nullptr;
    QCheckBox* tokenDelete_ = nullptr;
    QDoubleSpinBox* deleteRate_ = nullptr;
    QCheckBox* permute_ = nullptr;
    QCheckBox* rotate_ = nullptr;
    QSpinBox* noiseSeed_ = nullptr;
    QSpinBox* beams_ = nullptr;
    QWidget* sideBySide_ = nullptr;
    TokenView* corrupted_ = nullptr;
    QPlainTextEdit* reconstruction_ = nullptr;
    QLabel* changedNote_ = nullptr;
};

}  // namespace lmw::ui
