// The Playground: try a trained model by hand. The page loads one model (a checkpoint file, a
// run folder, or whatever setGeneratorSource hands it, such as the model being trained) and
// offers the modes that model supports:
//   Generate   decoders (GPT, LSTM) continue a prompt, BART rewrites it; tokens stream in, a
//              click on one shows the model's top-10 next-token distribution at that place
//   Fill mask  encoders (BERT, RoBERTa): every mask of a text at once, top-k per mask
//   Denoise    BART: corrupt a text with the chosen noise, show it beside the reconstruction
//   Classify   models with a classification head: the probability of each label
// Every engine call runs on the page's engine thread (PlaygroundEngine); Esc cancels. The page
// holds the engine, the tickets of what runs, the model's info and which modes it allows, and
// wires the source bar and the four mode tabs (one class each) to the jobs.
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <array>
#include <memory>

#include "api/configs.h"
#include "api/text_generator.h"
#include "engine/sample_worker.h"
#include "playground/classify_tab.h"
#include "playground/denoise_tab.h"
#include "playground/fill_mask_tab.h"
#include "playground/generate_tab.h"
#include "playground/playground_jobs.h"
#include "playground/playground_model_info.h"
#include "widgets/probability_bars.h"

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace lmw::ui {

class MaskingControls;
class PlaygroundSourceBar;
class TokenView;

class PlaygroundPage : public QWidget {
    Q_OBJECT
public:
    enum Mode { Generate = 0, FillMask = 1, Denoise = 2, Classify = 3 };

    /// What the page knows about the loaded model (read on the engine thread when it loads).
    using ModelInfo = PlaygroundModelInfo;

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
    GenerateTab* generateTab() const { return generate_; }
    FillMaskTab* fillMaskTab() const { return fill_; }
    DenoiseTab* denoiseTab() const { return denoise_; }
    ClassifyTab* classifyTab() const { return classify_; }
    PlaygroundSourceBar* sourceBar() const { return source_; }
    TokenView* generatedView() const { return generate_->output(); }
    ProbabilityBars* nextTokenBars() const { return generate_->nextTokenBars(); }
    QPlainTextEdit* promptEdit() const { return generate_->promptEdit(); }
    QPlainTextEdit* fillEdit() const { return fill_->textEdit(); }
    QGroupBox* maskingBox() const { return fill_->maskingBox(); }
    MaskingControls* masking() const { return fill_->masking(); }
    QPlainTextEdit* denoiseEdit() const { return denoise_->textEdit(); }
    QPlainTextEdit* classifyEdit() const { return classify_->textEdit(); }
    TokenView* corruptedView() const { return denoise_->corruptedView(); }
    QPlainTextEdit* reconstructionView() const { return denoise_->reconstructionView(); }
    ProbabilityBars* classBars() const { return classify_->classBars(); }
    QVector<ProbabilityBars*> maskBars() const { return fill_->maskBars(); }
    QString filledText() const { return fill_->filledText(); }
    GenerateOptions generateOptions() const { return generate_->options(); }
    ObjectiveConfig noiseOptions() const { return denoise_->noiseOptions(); }

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
    PlaygroundModeTab* modeTab(Mode mode) const;
    void requestMaskingPreview(const std::string& text, const ObjectiveConfig& masking,
                               std::uint64_t seed);
    void restoreSettings();
    void saveSettings() const;
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
    void onGenerated(std::int64_t ticket, const QStringList& tokens);
    void onGenerationFinished(std::int64_t ticket, bool stopped);
    void onFilled(std::int64_t ticket, const QString& text,
                  const std::vector<MaskPrediction>& predictions);
    void onDenoised(std::int64_t ticket, const DenoiseResult& result);
    void onClassified(std::int64_t ticket, const PieceProbabilities& labels);
    void onFailed(std::int64_t ticket, const QString& message);

    std::unique_ptr<PlaygroundEngine> engine_;
    GeneratorFactory factory_;
    QString description_;
    ModelInfo info_;
    bool loaded_ = false;
    int chosenMode_ = 0;  // the mode the user last chose (shown again when no model is loaded)
    std::int64_t loadTicket_ = 0;
    std::int64_t busyTicket_ = 0;
    Mode busyMode_ = Generate;
    std::int64_t shownGeneration_ = 0;  // ticket whose tokens the output shows
    int probeSerial_ = 0;
    int generatedCount_ = 0;
    std::int64_t previewGeneration_ = 0;  // the masking preview asked for last

    PlaygroundSourceBar* source_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* error_ = nullptr;
    QLabel* status_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    GenerateTab* generate_ = nullptr;
    FillMaskTab* fill_ = nullptr;
    DenoiseTab* denoise_ = nullptr;
    ClassifyTab* classify_ = nullptr;
    std::array<PlaygroundModeTab*, 4> modeTabs_{};
};

}  // namespace lmw::ui
