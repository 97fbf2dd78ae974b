// The Playground page: the model on its engine thread, what runs, the modes, and the wiring.
#include "playground/playground_page.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "engine/playground_engine.h"
#include "playground/playground_source_bar.h"
#include "playground/token_view.h"
#include "widgets/masking_controls.h"

namespace lmw::ui {

PlaygroundPage::PlaygroundPage(QWidget* parent)
    : QWidget(parent), engine_(std::make_unique<PlaygroundEngine>()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // --- where the model comes from -----------------------------------------------------------
    source_ = new PlaygroundSourceBar(this);
    connect(source_, &PlaygroundSourceBar::openRequested, this, &PlaygroundPage::openCheckpoint);
    connect(source_, &PlaygroundSourceBar::reloadRequested, this, &PlaygroundPage::reload);
    connect(source_, &PlaygroundSourceBar::copyRequested, this, &PlaygroundPage::copyShown);
    connect(source_, &PlaygroundSourceBar::saveTextRequested, this, [this](const QString& path) {
        if (exportText(path))
            Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    connect(source_, &PlaygroundSourceBar::savePictureRequested, this, [this](const QString& path) {
        if (exportPicture(path))
            Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    });
    layout->addWidget(source_);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("summary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    layout->addWidget(summary_);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error_->setStyleSheet(
        QStringLiteral("QLabel { color: #922b21; background: #fdedec; border: 1px solid #e6b0aa; "
                       "border-radius: 3px; padding: 4px; }"));
    error_->hide();
    layout->addWidget(error_);

    // --- the modes ------------------------------------------------------------------------------
    tabs_ = new QTabWidget(this);
    generate_ = new GenerateTab(this);
    fill_ = new FillMaskTab(this);
    denoise_ = new DenoiseTab(this);
    classify_ = new ClassifyTab(this);
    tabs_->addTab(generate_, tr("&Generate"));
    tabs_->addTab(fill_, tr("&Fill mask"));
    tabs_->addTab(denoise_, tr("&Denoise"));
    tabs_->addTab(classify_, tr("C&lassify"));
    modeTabs_ = {generate_, fill_, denoise_, classify_};  // in Mode order
    layout->addWidget(tabs_, 1);
    connect(generate_, &PlaygroundModeTab::runRequested, this, &PlaygroundPage::runGenerate);
    connect(fill_, &PlaygroundModeTab::runRequested, this, &PlaygroundPage::runFillMask);
    connect(denoise_, &PlaygroundModeTab::runRequested, this, &PlaygroundPage::runDenoise);
    connect(classify_, &PlaygroundModeTab::runRequested, this, &PlaygroundPage::runClassify);
    for (int i = 0; i < tabs_->count(); ++i)
        connect(modeTab(Mode(i)), &PlaygroundModeTab::stopRequested, this, &PlaygroundPage::stop);
    connect(generate_, &GenerateTab::nextTokensRequested, this, &PlaygroundPage::showNextTokens);
    // The model lives on the engine thread: the masking preview is one more job there.
    fill_->masking()->setPreviewRequester(
        [this](const std::string& text, const ObjectiveConfig& o, std::uint64_t seed) {
            requestMaskingPreview(text, o, seed);
        });
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("status"));
    status_->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(status_);

    // --- keys -----------------------------------------------------------------------------------
    const auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &PlaygroundPage::run);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &PlaygroundPage::run);
    shortcut(QKeySequence(Qt::Key_Escape), &PlaygroundPage::stop);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_O), &PlaygroundPage::openFolderDialog);
    shortcut(QKeySequence(Qt::Key_F5), &PlaygroundPage::reload);

    restoreSettings();
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (loaded_ && index >= 0) chosenMode_ = index;
    });
    summary_->setText(
        tr("No model yet: open a checkpoint or run folder (Ctrl+O), or pick a recent one."));
    updateModes();
    updateButtons();
}

PlaygroundPage::~PlaygroundPage() {
    saveSettings();
    engine_.reset();  // cancels and waits before the widgets the results go to disappear
}

PlaygroundModeTab* PlaygroundPage::modeTab(Mode mode) const {
    return modeTabs_[std::size_t(mode)];
}

// --- the model ----------------------------------------------------------------------------------

void PlaygroundPage::setGeneratorSource(GeneratorFactory factory, const QString& description) {
    if (isBusy()) stop();
    engine_->cancelAll();
    factory_ = std::move(factory);
    description_ = description;
    reload();
}

void PlaygroundPage::openCheckpoint(const QString& path) {
    const std::string file = QDir::cleanPath(path).toStdString();
    source_->rememberRecent(QDir::cleanPath(path));
    setGeneratorSource([file] { return TextGenerator::load(file); },
                       QDir::toNativeSeparators(QDir::cleanPath(path)));
}

void PlaygroundPage::reload() {
    if (!factory_) return;
    if (isBusy()) stop();
    loaded_ = false;
    showError(QString());
    clearResults();
    summary_->setText(tr("Loading %1 ...").arg(description_.toHtmlEscaped()));
    const std::int64_t ticket = engine_->post(loadModelJob(
        this, engine_.get(), factory_,
        [this](std::int64_t t, const ModelInfo& info) { onLoaded(t, info); },
        [this](std::int64_t t, const QString& message) { onLoadFailed(t, message); }));
    loadTicket_ = ticket;
    updateModes();
    beginAction(currentMode(), ticket, tr("Loading the model..."));
}

void PlaygroundPage::onLoaded(std::int64_t ticket, const ModelInfo& info) {
    if (ticket != loadTicket_) return;
    info_ = info;
    loaded_ = true;
    summary_->setText(modelSummary());
    updateModes();
    fill_->refreshMaskingPreview();  // in the new tokens
    endAction(ticket, info.imported ? tr("Model loaded: imported from Hugging Face.")
                                    : tr("Model loaded: step %1.").arg(info.step));
    Q_EMIT modelLoaded();
}

void PlaygroundPage::onLoadFailed(std::int64_t ticket, const QString& message) {
    if (ticket != loadTicket_) return;
    loaded_ = false;
    summary_->setText(tr("No model loaded from %1.").arg(description_.toHtmlEscaped()));
    showError(message);
    updateModes();
    endAction(ticket, tr("Loading failed."));
    Q_EMIT loadFailed(message);
}

QString PlaygroundPage::modelSummary() const {
    return loaded_ ? info_.summary(description_) : QString();
}

// --- modes ---------------------------------------------------------------------------------------

QString PlaygroundPage::modeUnavailableReason(Mode mode) const {
    if (!loaded_) return tr("Open a model first (Ctrl+O).");
    return modeTab(mode)->unavailableReason(info_);
}

bool PlaygroundPage::isModeAvailable(Mode mode) const {
    return modeUnavailableReason(mode).isEmpty();
}

PlaygroundPage::Mode PlaygroundPage::currentMode() const {
    return Mode(tabs_->currentIndex());
}

void PlaygroundPage::setCurrentMode(Mode mode) {
    if (tabs_->isTabEnabled(int(mode))) tabs_->setCurrentIndex(int(mode));
}

void PlaygroundPage::updateModes() {
    for (int i = 0; i < tabs_->count(); ++i) {
        const QString why = modeUnavailableReason(Mode(i));
        tabs_->setTabEnabled(i, why.isEmpty());
        tabs_->setTabToolTip(i, why.isEmpty() ? modeTab(Mode(i))->purpose() : why);
    }
    // With no model every mode is off; the tab shown is the one last chosen, not whichever
    // one the tab bar fell back to while the tabs were being disabled.
    if (!loaded_) tabs_->setCurrentIndex(chosenMode_);
    if (loaded_ && !tabs_->isTabEnabled(tabs_->currentIndex())) {
        for (int i = 0; i < tabs_->count(); ++i)
            if (tabs_->isTabEnabled(i)) {
                tabs_->setCurrentIndex(i);
                break;
            }
    }
    generate_->setModelKind(loaded_ && !info_.encoder,
                            loaded_ && info_.config.family == ModelFamily::Bart);
    if (loaded_ && info_.encoder) fill_->setMaskToken(maskTokenOf(info_.config.family));
}

void PlaygroundPage::updateButtons() {
    const bool busy = isBusy();
    for (int i = 0; i < tabs_->count(); ++i)
        modeTab(Mode(i))->setRunState(busy, isModeAvailable(Mode(i)));
    source_->setReloadEnabled(factory_ != nullptr);
}

void PlaygroundPage::beginAction(Mode mode, std::int64_t ticket, const QString& status) {
    busyMode_ = mode;
    busyTicket_ = ticket;
    status_->setText(status);
    updateButtons();
}

void PlaygroundPage::endAction(std::int64_t ticket, const QString& status) {
    if (ticket != busyTicket_) return;
    busyTicket_ = 0;
    status_->setText(status);
    updateButtons();
    Q_EMIT statusMessage(status);
    Q_EMIT actionFinished();
}

bool PlaygroundPage::startable(Mode mode) {
    if (isBusy()) return false;
    const QString why = modeUnavailableReason(mode);
    if (!why.isEmpty()) {
        showError(why);
        return false;
    }
    showError(QString());
    return true;
}

void PlaygroundPage::run() {
    switch (currentMode()) {
        case Generate:
            runGenerate();
            break;
        case FillMask:
            runFillMask();
            break;
        case Denoise:
            runDenoise();
            break;
        case Classify:
            runClassify();
            break;
    }
}

void PlaygroundPage::stop() {
    if (!isBusy()) return;
    engine_->cancelAll();
    const std::int64_t ticket = busyTicket_;
    if (ticket == loadTicket_) {
        loadTicket_ = 0;
        loaded_ = false;
        summary_->setText(tr("Loading cancelled: no model."));
        updateModes();
        endAction(ticket, tr("Loading cancelled."));
    } else if (busyMode_ != Generate) {
        endAction(ticket, tr("Cancelled."));
    } else {
        status_->setText(tr("Stopping..."));  // the generation ends after its current token
    }
}

void PlaygroundPage::showError(const QString& message) {
    error_->setText(message);
    error_->setVisible(!message.isEmpty());
    if (!message.isEmpty()) Q_EMIT statusMessage(message);
}

QString PlaygroundPage::errorMessage() const {
    return error_->isVisible() || !error_->text().isEmpty() ? error_->text() : QString();
}

void PlaygroundPage::onFailed(std::int64_t ticket, const QString& message) {
    if (ticket != busyTicket_) return;
    showError(message);
    endAction(ticket, tr("Failed."));
}

void PlaygroundPage::clearResults() {
    shownGeneration_ = 0;
    ++probeSerial_;
    for (int i = 0; i < tabs_->count(); ++i) modeTab(Mode(i))->clearResults();
}

// --- the actions --------------------------------------------------------------------------------

void PlaygroundPage::runGenerate() {
    if (!startable(Generate)) return;
    saveSettings();
    const GenerateOptions options = generate_->options();
    generate_->startOutput(info_.config.family == ModelFamily::Bart);
    generatedCount_ = 0;
    GenerationHandlers handlers;
    handlers.tokens = [this](std::int64_t t, const QStringList& tokens) { onGenerated(t, tokens); };
    handlers.finished = [this](std::int64_t t, bool stopped) { onGenerationFinished(t, stopped); };
    handlers.failed = [this](std::int64_t t, const QString& message) { onFailed(t, message); };
    const std::int64_t ticket = engine_->post(generateJob(this, engine_.get(), options, handlers));
    shownGeneration_ = ticket;
    beginAction(Generate, ticket, tr("Generating..."));
}

void PlaygroundPage::onGenerated(std::int64_t ticket, const QStringList& tokens) {
    if (ticket != shownGeneration_) return;
    generate_->appendTokens(tokens);
    generatedCount_ += int(tokens.size());
    if (ticket == busyTicket_)
        status_->setText((generatedCount_ == 1
                              ? tr("Generating... 1 token")
                              : tr("Generating... %1 tokens").arg(generatedCount_)));
}

void PlaygroundPage::onGenerationFinished(std::int64_t ticket, bool stopped) {
    endAction(ticket,
              stopped ? (generatedCount_ == 1 ? tr("Stopped after 1 token.")
                                              : tr("Stopped after %1 tokens.").arg(generatedCount_))
                      : (generatedCount_ == 1 ? tr("Done: 1 token.")
                                              : tr("Done: %1 tokens.").arg(generatedCount_)));
}

void PlaygroundPage::showNextTokens(int index) {
    TokenView* view = generate_->output();
    if (index < 0 || index >= view->tokenCount()) return;
    view->highlightToken(index);
    if (!loaded_ || !info_.continuesText) {
        generate_->showNextTokensMessage(
            tr("Next-token distributions are shown for decoders (GPT, LSTM)."));
        return;
    }
    const std::string text = generate_->contextOf(index).toStdString();
    const QString chosen = view->token(index);
    const int serial = ++probeSerial_;
    engine_->probe(nextTokensJob(
        this, text, 10,
        [this, chosen, index, serial](std::int64_t, const PieceProbabilities& next) {
            if (serial != probeSerial_) return;  // a newer click wins
            generate_->showNextTokenChoices(index, chosen, next);
            Q_EMIT nextTokensShown(index);
        },
        [this, serial](std::int64_t, const QString& message) {
            if (serial == probeSerial_) generate_->showNextTokensMessage(message);
        }));
}

void PlaygroundPage::runFillMask() {
    if (!startable(FillMask)) return;
    saveSettings();
    const QString text = fill_->text();
    const std::int64_t ticket = engine_->post(fillMaskJob(
        this, text.toStdString(), fill_->topK(),
        [this, text](std::int64_t t, const std::vector<MaskPrediction>& p) {
            onFilled(t, text, p);
        },
        [this](std::int64_t t, const QString& m) { onFailed(t, m); }));
    beginAction(FillMask, ticket, tr("Filling the masks..."));
}

void PlaygroundPage::onFilled(std::int64_t ticket, const QString& text,
                              const std::vector<MaskPrediction>& predictions) {
    if (ticket != busyTicket_) return;
    fill_->showFilled(text, predictions);
    const int n = int(predictions.size());
    endAction(ticket, (n == 1 ? tr("Filled 1 mask.") : tr("Filled %1 masks.").arg(n)));
}

void PlaygroundPage::requestMaskingPreview(const std::string& text, const ObjectiveConfig& masking,
                                           std::uint64_t seed) {
    const std::int64_t generation = ++previewGeneration_;
    if (!loaded_ || !info_.encoder) {
        fill_->masking()->showPreviewError(
            tr("Load a BERT or RoBERTa model to see a sentence in its own tokens."));
        return;
    }
    engine_->post(maskingPreviewJob(
        this, text, masking, seed,
        [this, generation](std::int64_t, const std::vector<MaskedToken>& tokens) {
            if (generation == previewGeneration_)
                fill_->masking()->showPreview(tokens, tr("in this model's own tokens"));
        },
        [this, generation](std::int64_t, const QString& message) {
            if (generation == previewGeneration_) fill_->masking()->showPreviewError(message);
        }));
}

void PlaygroundPage::runDenoise() {
    if (!startable(Denoise)) return;
    saveSettings();
    const std::int64_t ticket = engine_->post(denoiseJob(
        this, denoise_->text().toStdString(), denoise_->noiseOptions(), denoise_->noiseSeed(),
        denoise_->beams(), [this](std::int64_t t, const DenoiseResult& r) { onDenoised(t, r); },
        [this](std::int64_t t, const QString& m) { onFailed(t, m); }));
    beginAction(Denoise, ticket, tr("Corrupting and rebuilding..."));
}

void PlaygroundPage::onDenoised(std::int64_t ticket, const DenoiseResult& result) {
    if (ticket != busyTicket_) return;
    denoise_->showDenoised(result.corrupted, result.changed, result.reconstruction);
    endAction(ticket, tr("Rebuilt %1 characters.").arg(result.reconstruction.size()));
}

void PlaygroundPage::runClassify() {
    if (!startable(Classify)) return;
    saveSettings();
    const std::int64_t ticket = engine_->post(classifyJob(
        this, classify_->text().toStdString(),
        [this](std::int64_t t, const PieceProbabilities& labels) { onClassified(t, labels); },
        [this](std::int64_t t, const QString& m) { onFailed(t, m); }));
    beginAction(Classify, ticket, tr("Classifying..."));
}

void PlaygroundPage::onClassified(std::int64_t ticket, const PieceProbabilities& labels) {
    if (ticket != busyTicket_) return;
    const QString best = classify_->showClassified(labels);
    endAction(ticket, tr("Classified: %1.").arg(best));
}

// --- recent models, settings and export ---------------------------------------------------------

QStringList PlaygroundPage::recentSources() const {
    return PlaygroundSourceBar::recentSources();
}

void PlaygroundPage::restoreSettings() {
    QSettings s;
    s.beginGroup(QStringLiteral("playground"));
    for (int i = 0; i < tabs_->count(); ++i) modeTab(Mode(i))->restoreSettings(s);
    chosenMode_ = std::clamp(s.value(QStringLiteral("mode"), 0).toInt(), 0, tabs_->count() - 1);
    tabs_->setCurrentIndex(chosenMode_);
}

void PlaygroundPage::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("playground"));
    for (int i = 0; i < tabs_->count(); ++i) modeTab(Mode(i))->saveSettings(s);
    s.setValue(QStringLiteral("mode"), loaded_ ? tabs_->currentIndex() : chosenMode_);
}

void PlaygroundPage::openFolderDialog() {
    source_->openFolderDialog();
}

void PlaygroundPage::openFileDialog() {
    source_->openFileDialog();
}

QString PlaygroundPage::shownText() const {
    return modeTab(currentMode())->shownText();
}

bool PlaygroundPage::exportText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        showError(tr("Cannot write '%1': %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    f.write(shownText().toUtf8());
    return true;
}

bool PlaygroundPage::exportPicture(const QString& path) {
    if (!modeTab(currentMode())->pictureWidget()->grab().save(path, "PNG")) {
        showError(tr("Cannot write the picture '%1'.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void PlaygroundPage::copyShown() {
    QApplication::clipboard()->setText(shownText());
}

void PlaygroundPage::saveTextDialog() {
    source_->saveTextDialog();
}

void PlaygroundPage::savePictureDialog() {
    source_->savePictureDialog();
}

}  // namespace lmw::ui
