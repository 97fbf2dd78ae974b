// The Playground: try a trained model by hand. The page loads one model (a checkpoint file, a
// run folder, or whatever setGeneratorSource hands it, such as the model being trained) and
// offers the modes that model supports:
//   Generate   decoders (GPT, LSTM) continue a prompt, BART rewrites it; tokens stream in, a
//              click on one shows the model's top-10 next-token distribution at that place
//   Fill mask  encoders (BERT, RoBERTa): every mask of a text at once, top-k per mask
//   Denoise    BART: corrupt a text with the chosen noise, show it beside the reconstruction
//   Classify   models with a classification head: the probability of each label
// Every engine call runs on the page's engine thread (PlaygroundEngine); Esc cancels.
#pragma once

#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <memory>

#include "api/configs.h"
#include "api/text_generator.h"
#include "engine/sample_worker.h"
#include "playground/probability_bars.h"
#include "widgets/family_text.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace lmw::ui {

class MaskingControls;
class PlaygroundEngine;
class TokenView;

class PlaygroundPage : public QWidget {
    Q_OBJECT
public:
    enum Mode { Generate = 0, FillMask = 1, Denoise = 2, Classify = 3 };

    /// What the page knows about the loaded model (read on the engine thread when it loads).
    struct ModelInfo {
        ModelConfig config;
        std::int64_t step = 0;
        bool continuesText = false;
        bool encoder = false;
        bool imported = false;  // a Hugging Face folder (no training step of ours)
    };

    explicit PlaygroundPage(QWidget* parent = nullptr);
    ~PlaygroundPage() override;

    /// Loads the model `factory` makes (on the engine thread); `description` says where it
    /// comes from ("live run, step 500"). The factory may throw lmw::Error.
    void setGeneratorSource(GeneratorFactory factory, const QString& description);
    /// Loads a checkpoint file or run folder and remembers it in the recent list.
    void openCheckpoint(const QString& path);

    bool hasModel() const { return loaded_; }
    const ModelInfo& modelInfo() const { return info_; }
    QString modelSummary() const;
    bool isBusy() const { return busyTicket_ != 0; }
    bool isModeAvailable(Mode mode) const;
    /// Why a mode is off (empty when it is available).
    QString modeUnavailableReason(Mode mode) const;
    Mode currentMode() const;
    void setCurrentMode(Mode mode);
    /// The error shown on the page (empty when none).
    QString errorMessage() const;
    QStringList recentSources() const;

    /// What the current mode shows, as text (copied or saved by Export).
    QString shownText() const;
    /// Writes shownText() / a PNG of the current mode's results; false with a message on error.
    bool exportText(const QString& path);
    bool exportPicture(const QString& path);

    // Parts the tests and the main window look at.
    TokenView* generatedView() const { return generated_; }
    ProbabilityBars* nextTokenBars() const { return nextBars_; }
    QPlainTextEdit* promptEdit() const { return prompt_; }
    QPlainTextEdit* fillEdit() const { return fillText_; }
    QGroupBox* maskingBox() const { return maskingBox_; }
    MaskingControls* masking() const { return masking_; }
    QPlainTextEdit* denoiseEdit() const { return denoiseText_; }
    QPlainTextEdit* classifyEdit() const { return classifyText_; }
    TokenView* corruptedView() const { return corrupted_; }
    QPlainTextEdit* reconstructionView() const { return reconstruction_; }
    ProbabilityBars* classBars() const { return classBars_; }
    QVector<ProbabilityBars*> maskBars() const { return maskBars_; }
    QString filledText() const { return filledPlain_; }
    GenerateOptions generateOptions() const;
    ObjectiveConfig noiseOptions() const;

public Q_SLOTS:
    void run();   // the current mode's action (Ctrl+Return)
    void stop();  // cancels what runs (Esc)
    void runGenerate();
    void runFillMask();
    void runDenoise();
    void runClassify();
    /// Shows the next-token distribution at generated token `index` (decoders).
    void showNextTokens(int index);
    void openFolderDialog();
    void openFileDialog();
    void reload();
    void copyShown();
    void saveTextDialog();
    void savePictureDialog();

Q_SIGNALS:
    void modelLoaded();
    void loadFailed(const QString& message);
    /// Any action ended: finished, stopped or failed.
    void actionFinished();
    void nextTokensShown(int index);
    void statusMessage(const QString& message);

private:
    QWidget* buildGenerateTab();
    QWidget* buildFillTab();
    QWidget* buildDenoiseTab();
    QWidget* buildClassifyTab();
    QPushButton* makeStopButton(QWidget* parent);
    void restoreSettings();
    void saveSettings() const;
    void rememberRecent(const QString& path);
    void refreshRecent();
    void updateModes();
    void updateButtons();
    void beginAction(Mode mode, std::int64_t ticket, const QString& status);
    void endAction(std::int64_t ticket, const QString& status);
    bool startable(Mode mode);
    void showError(const QString& message);
    void clearResults();

    // Results arriving from the engine thread (ignored when `ticket` is no longer current).
    void onLoaded(std::int64_t ticket, const ModelInfo& info);
    void onLoadFailed(std::int64_t ticket, const QString& message);
    void onFilled(std::int64_t ticket, const QString& text,
                  const std::vector<MaskPrediction>& predictions);
    void onDenoised(std::int64_t ticket, const QStringList& corrupted, const QVector<bool>& changed,
                    const QString& reconstruction);
    void onClassified(std::int64_t ticket,
                      const std::vector<std::pair<std::string, double>>& labels);
    void onFailed(std::int64_t ticket, const QString& message);

    std::unique_ptr<PlaygroundEngine> engine_;
    GeneratorFactory factory_;
    QString description_;
    ModelInfo info_;
    bool loaded_ = false;
    std::int64_t loadTicket_ = 0;
    std::int64_t busyTicket_ = 0;
    Mode busyMode_ = Generate;
    std::int64_t shownGeneration_ = 0;  // ticket whose tokens the output shows
    int probeSerial_ = 0;
    int generatedCount_ = 0;

    // Source row.
    QToolButton* open_ = nullptr;
    QComboBox* recent_ = nullptr;
    QPushButton* reload_ = nullptr;
    QToolButton* export_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* status_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QVector<QPushButton*> runButtons_;
    QVector<QPushButton*> stopButtons_;

    // Generate.
    QPlainTextEdit* prompt_ = nullptr;
    TokenView* generated_ = nullptr;
    ProbabilityBars* nextBars_ = nullptr;
    QLabel* generateHint_ = nullptr;
    QSpinBox *tokens_ = nullptr, *topK_ = nullptr, *seed_ = nullptr, *beams_ = nullptr;
    QDoubleSpinBox *temperature_ = nullptr, *topP_ = nullptr;

    // Fill mask.
    QPlainTextEdit* fillText_ = nullptr;
    QSpinBox* fillTopK_ = nullptr;
    QPushButton* insertMask_ = nullptr;
    QLabel* filled_ = nullptr;
    QGroupBox* maskingBox_ = nullptr;  // how masked LM training reads a sentence
    QLineEdit* maskingSentence_ = nullptr;
    MaskingControls* masking_ = nullptr;
    std::int64_t previewGeneration_ = 0;
    QWidget* maskArea_ = nullptr;
    QGridLayout* maskGrid_ = nullptr;
    QVector<ProbabilityBars*> maskBars_;
    QString filledPlain_;

    // Denoise.
    QPlainTextEdit* denoiseText_ = nullptr;
    QCheckBox *infill_ = nullptr, *tokenMask_ = nullptr, *tokenDelete_ = nullptr,
              *permute_ = nullptr, *rotate_ = nullptr;
    QDoubleSpinBox *infillRate_ = nullptr, *lambda_ = nullptr, *maskRate_ = nullptr,
                   *deleteRate_ = nullptr;
    QSpinBox *noiseSeed_ = nullptr, *denoiseBeams_ = nullptr;
    QWidget* sideBySide_ = nullptr;
    TokenView* corrupted_ = nullptr;
    QPlainTextEdit* reconstruction_ = nullptr;
    QLabel* changedNote_ = nullptr;

    // Classify.
    QPlainTextEdit* classifyText_ = nullptr;
    ProbabilityBars* classBars_ = nullptr;
};

/// The mask token a family's tokenizer uses in text ("[MASK]" or "<mask>").
QString maskTokenOf(ModelFamily family);

}  // namespace lmw::ui
