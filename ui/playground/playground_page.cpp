#include "playground/playground_page.h"

#include "playground/model_size_text.h"

#include <QGroupBox>
#include <QLineEdit>

#include "widgets/masking_controls.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTextStream>
#include <QToolButton>
#include <QVBoxLayout>

#include "api/error.h"
#include "engine/playground_engine.h"
#include "engine/user_message.h"
#include "playground/token_view.h"
#include "widgets/family_text.h"

namespace lmw::ui {

namespace {
constexpr int kMaxRecent = 8;
const char* const kRecentKey = "playground/recent";
}  // namespace

QString maskTokenOf(ModelFamily family) {
    const QString token = familyMaskToken(family);
    return token.isEmpty() ? QStringLiteral("<mask>") : token;
}

PlaygroundPage::PlaygroundPage(QWidget* parent)
    : QWidget(parent), engine_(std::make_unique<PlaygroundEngine>()) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    // --- where the model comes from -----------------------------------------------------------
    auto* sourceRow = new QHBoxLayout;
    open_ = new QToolButton(this);
    open_->setText(tr("&Open model"));
    open_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    open_->setPopupMode(QToolButton::MenuButtonPopup);
    open_->setToolTip(
        tr("Open a run folder (Ctrl+O); the arrow also offers a single checkpoint file."));
    auto* openMenu = new QMenu(open_);
    openMenu->addAction(tr("Run &folder..."), this, &PlaygroundPage::openFolderDialog);
    openMenu->addAction(tr("Checkpoint &file..."), this, &PlaygroundPage::openFileDialog);
    open_->setMenu(openMenu);
    connect(open_, &QToolButton::clicked, this, &PlaygroundPage::openFolderDialog);
    recent_ = new QComboBox(this);
    recent_->setObjectName(QStringLiteral("recent"));
    recent_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    recent_->setMinimumContentsLength(30);
    recent_->setToolTip(tr("Models opened before: pick one to open it again."));
    connect(recent_, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString path = recent_->itemData(index).toString();
        if (!path.isEmpty()) openCheckpoint(path);
    });
    reload_ = new QPushButton(tr("&Reload"), this);
    reload_->setToolTip(
        tr("Load the model again from its source (F5): a run being trained gives its latest "
           "weights."));
    reload_->setEnabled(false);
    connect(reload_, &QPushButton::clicked, this, &PlaygroundPage::reload);
    export_ = new QToolButton(this);
    export_->setText(tr("E&xport"));
    export_->setPopupMode(QToolButton::InstantPopup);
    export_->setToolTip(
        tr("Copy or save what the current mode shows: its text, or a PNG picture."));
    auto* exportMenu = new QMenu(export_);
    exportMenu->addAction(tr("&Copy text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                          &PlaygroundPage::copyShown);
    exportMenu->addAction(tr("Save &text..."), this, &PlaygroundPage::saveTextDialog);
    exportMenu->addAction(tr("Save &picture (PNG)..."), this, &PlaygroundPage::savePictureDialog);
    export_->setMenu(exportMenu);
    sourceRow->addWidget(open_);
    sourceRow->addWidget(recent_, 1);
    sourceRow->addWidget(reload_);
    sourceRow->addStretch();
    sourceRow->addWidget(export_);
    layout->addLayout(sourceRow);

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
    tabs_->addTab(buildGenerateTab(), tr("&Generate"));
    tabs_->addTab(buildFillTab(), tr("&Fill mask"));
    tabs_->addTab(buildDenoiseTab(), tr("&Denoise"));
    tabs_->addTab(buildClassifyTab(), tr("C&lassify"));
    layout->addWidget(tabs_, 1);
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
    refreshRecent();
    summary_->setText(
        tr("No model yet: open a checkpoint or run folder (Ctrl+O), or pick a recent one."));
    updateModes();
    updateButtons();
}

PlaygroundPage::~PlaygroundPage() {
    saveSettings();
    engine_.reset();  // cancels and waits before the widgets the results go to disappear
}

QPushButton* PlaygroundPage::makeStopButton(QWidget* parent) {
    auto* b = new QPushButton(tr("Stop"), parent);
    b->setToolTip(tr("Stop what is running (Esc)."));
    connect(b, &QPushButton::clicked, this, &PlaygroundPage::stop);
    stopButtons_.append(b);
    return b;
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
    rememberRecent(QDir::cleanPath(path));
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
    GeneratorFactory factory = factory_;
    PlaygroundEngine* engine = engine_.get();
    const std::int64_t ticket =
        engine_->post([this, engine, factory](PlaygroundEngine::State& state, std::int64_t t) {
            if (engine->isCancelled(t)) return;
            state.model.reset();
            try {
                auto model = std::make_unique<TextGenerator>(factory());
                ModelInfo info;
                info.config = model->modelConfig();
                info.step = model->step();
                info.continuesText = model->continuesText();
                info.encoder = model->isEncoder();
                info.imported = model->importedFromHuggingFace();
                if (engine->isCancelled(t)) return;
                state.model = std::move(model);
                QMetaObject::invokeMethod(
                    this, [this, t, info] { onLoaded(t, info); }, Qt::QueuedConnection);
            } catch (...) {
                const QString message = userMessage(std::current_exception());
                QMetaObject::invokeMethod(
                    this, [this, t, message] { onLoadFailed(t, message); }, Qt::QueuedConnection);
            }
        });
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
    if (maskingBox_->isChecked())
        masking_->setSentence(maskingSentence_->text());  // in the new tokens
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
    if (!loaded_) return QString();
    const ModelConfig& m = info_.config;
    const QString size = modelSizeText(m);
    QString heads;
    if (m.numClasses > 0) heads = tr(" · classification head with %1 labels").arg(m.numClasses);
    const QString trained = info_.imported ? tr("imported from Hugging Face (byte-level BPE)")
                                           : tr("trained <b>%1</b> steps").arg(info_.step);
    return tr("<b>%1</b> · %2 · context %3 · vocabulary %4 · <b>%5</b> parameters · %6%7"
              "<br><span style='color:gray'>%8</span>")
        .arg(familyDisplayName(m.family), size)
        .arg(m.block)
        .arg(m.vocabSize)
        .arg(QString::fromStdString(formatCount(parameterCount(m))))
        .arg(trained, heads, description_.toHtmlEscaped());
}

// --- modes
// ----------------------------------------------------------------------------------------

QString PlaygroundPage::modeUnavailableReason(Mode mode) const {
    if (!loaded_) return tr("Open a model first (Ctrl+O).");
    const QString family = familyDisplayName(info_.config.family);
    switch (mode) {
        case Generate:
            if (info_.encoder)
                return tr("%1 is an encoder: it does not write text, it fills masks (see Fill "
                          "mask).")
                    .arg(family);
            return QString();
        case FillMask:
            if (!info_.encoder)
                return tr("Fill-mask needs an encoder (BERT, RoBERTa); this is a %1 model.")
                    .arg(family);
            return QString();
        case Denoise:
            if (info_.config.family != ModelFamily::Bart)
                return tr("Denoising needs BART, which was trained to rebuild corrupted text; this "
                          "is a %1 model.")
                    .arg(family);
            return QString();
        case Classify:
            if (info_.config.numClasses <= 0)
                return tr("This %1 model has no classification head (it was trained without "
                          "classes).")
                    .arg(family);
            return QString();
    }
    return QString();
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
    static const char* const kWhat[] = {
        QT_TR_NOOP("Decoders continue the prompt; BART rewrites it. Click a generated token to see "
                   "the alternatives."),
        QT_TR_NOOP("Encoders predict every masked token of a text at once."),
        QT_TR_NOOP("Corrupt a text with BART's noise and watch the model rebuild it."),
        QT_TR_NOOP("The probability of each label of the model's classification head.")};
    for (int i = 0; i < tabs_->count(); ++i) {
        const QString why = modeUnavailableReason(Mode(i));
        tabs_->setTabEnabled(i, why.isEmpty());
        tabs_->setTabToolTip(i, why.isEmpty() ? tr(kWhat[i]) : why);
    }
    if (loaded_ && !tabs_->isTabEnabled(tabs_->currentIndex())) {
        for (int i = 0; i < tabs_->count(); ++i)
            if (tabs_->isTabEnabled(i)) {
                tabs_->setCurrentIndex(i);
                break;
            }
    }
    const bool bart = loaded_ && info_.config.family == ModelFamily::Bart;
    const QString samplingOff =
        tr("BART decodes greedily or with beam search: sampling settings do not apply.");
    for (QWidget* w : {static_cast<QWidget*>(temperature_), static_cast<QWidget*>(topK_),
                       static_cast<QWidget*>(topP_), static_cast<QWidget*>(seed_)}) {
        w->setEnabled(!bart);
        if (bart) w->setToolTip(samplingOff);
    }
    if (!bart) {
        temperature_->setToolTip(
            tr("Divides the logits: below 1 sharpens the distribution, above 1 flattens "
               "it; 0 always takes the most likely token."));
        topK_->setToolTip(tr("Sample only among the k most likely tokens (off = all)."));
        topP_->setToolTip(
            tr("Nucleus sampling: keep the most likely tokens until their probabilities add "
               "up to p (1 = off)."));
        seed_->setToolTip(tr("Same seed, same weights and settings: same text."));
    }
    beams_->setEnabled(bart);
    if (loaded_ && !info_.encoder) {
        generateHint_->setText(
            bart ? tr("BART reads the prompt as its source and writes its own version of it "
                      "(try <mask> where words are missing).")
                 : tr("Click any generated token to see the model's ten most likely choices "
                      "at that place (Alt+Left/Right to step)."));
    }
    if (loaded_ && info_.encoder) {
        const QString mask = maskTokenOf(info_.config.family);
        insertMask_->setText(tr("Insert %1").arg(mask));
        fillText_->setPlaceholderText(
            tr("Write a text with one or more %1 tokens, e.g. 'Once upon a %1 there was a %1.'")
                .arg(mask));
    }
}

void PlaygroundPage::updateButtons() {
    const bool busy = isBusy();
    for (int i = 0; i < runButtons_.size(); ++i)
        runButtons_[i]->setEnabled(!busy && isModeAvailable(Mode(i)));
    for (QPushButton* b : stopButtons_) b->setEnabled(busy);
    reload_->setEnabled(factory_ != nullptr);
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

// --- recent models and settings
// -------------------------------------------------------------------

QStringList PlaygroundPage::recentSources() const {
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void PlaygroundPage::rememberRecent(const QString& path) {
    QStringList list = recentSources();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
    refreshRecent();
}

void PlaygroundPage::refreshRecent() {
    recent_->clear();
    const QStringList list = recentSources();
    recent_->addItem(list.isEmpty() ? tr("No recent models") : tr("Recent models..."), QString());
    for (const QString& path : list) {
        const QFileInfo fi(path);
        const QString name =
            fi.isDir() ? fi.fileName() : fi.dir().dirName() + QLatin1Char('/') + fi.fileName();
        recent_->addItem(QStringLiteral("%1  —  %2").arg(name, QDir::toNativeSeparators(path)),
                         path);
        recent_->setItemData(recent_->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    recent_->setCurrentIndex(0);
}

void PlaygroundPage::restoreSettings() {
    QSettings s;
    s.beginGroup(QStringLiteral("playground"));
    const GenerateOptions d;
    prompt_->setPlainText(
        s.value(QStringLiteral("prompt"), QStringLiteral("Once upon a time")).toString());
    tokens_->setValue(s.value(QStringLiteral("tokens"), d.maxTokens).toInt());
    temperature_->setValue(s.value(QStringLiteral("temperature"), d.temperature).toDouble());
    topK_->setValue(s.value(QStringLiteral("topK"), d.topK).toInt());
    topP_->setValue(s.value(QStringLiteral("topP"), d.topP).toDouble());
    seed_->setValue(s.value(QStringLiteral("seed"), int(d.seed)).toInt());
    beams_->setValue(s.value(QStringLiteral("beams"), d.beams).toInt());
    fillText_->setPlainText(s.value(QStringLiteral("fillText")).toString());
    fillTopK_->setValue(s.value(QStringLiteral("fillTopK"), 5).toInt());
    const ObjectiveConfig o;
    denoiseText_->setPlainText(
        s.value(QStringLiteral("denoiseText"),
                QStringLiteral(
                    "Once upon a time there was a little cat. She liked to play in the sun."))
            .toString());
    infill_->setChecked(s.value(QStringLiteral("infill"), o.textInfilling).toBool());
    infillRate_->setValue(s.value(QStringLiteral("infillRate"), o.infillRate).toDouble());
    lambda_->setValue(s.value(QStringLiteral("lambda"), o.poissonLambda).toDouble());
    tokenMask_->setChecked(s.value(QStringLiteral("tokenMask"), o.tokenMasking).toBool());
    maskRate_->setValue(s.value(QStringLiteral("maskRate"), o.tokenMaskRate).toDouble());
    tokenDelete_->setChecked(s.value(QStringLiteral("tokenDelete"), o.tokenDeletion).toBool());
    deleteRate_->setValue(s.value(QStringLiteral("deleteRate"), o.tokenDeleteRate).toDouble());
    permute_->setChecked(s.value(QStringLiteral("permute"), o.sentencePermutation).toBool());
    rotate_->setChecked(s.value(QStringLiteral("rotate"), o.documentRotation).toBool());
    noiseSeed_->setValue(s.value(QStringLiteral("noiseSeed"), 1).toInt());
    denoiseBeams_->setValue(s.value(QStringLiteral("denoiseBeams"), 1).toInt());
    classifyText_->setPlainText(
        s.value(QStringLiteral("classifyText"), QStringLiteral("Once upon a time")).toString());
    tabs_->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("mode"), 0).toInt(), 0, tabs_->count() - 1));
}

void PlaygroundPage::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("playground"));
    s.setValue(QStringLiteral("prompt"), prompt_->toPlainText());
    s.setValue(QStringLiteral("tokens"), tokens_->value());
    s.setValue(QStringLiteral("temperature"), temperature_->value());
    s.setValue(QStringLiteral("topK"), topK_->value());
    s.setValue(QStringLiteral("topP"), topP_->value());
    s.setValue(QStringLiteral("seed"), seed_->value());
    s.setValue(QStringLiteral("beams"), beams_->value());
    s.setValue(QStringLiteral("fillText"), fillText_->toPlainText());
    s.setValue(QStringLiteral("fillTopK"), fillTopK_->value());
    s.setValue(QStringLiteral("denoiseText"), denoiseText_->toPlainText());
    s.setValue(QStringLiteral("infill"), infill_->isChecked());
    s.setValue(QStringLiteral("infillRate"), infillRate_->value());
    s.setValue(QStringLiteral("lambda"), lambda_->value());
    s.setValue(QStringLiteral("tokenMask"), tokenMask_->isChecked());
    s.setValue(QStringLiteral("maskRate"), maskRate_->value());
    s.setValue(QStringLiteral("tokenDelete"), tokenDelete_->isChecked());
    s.setValue(QStringLiteral("deleteRate"), deleteRate_->value());
    s.setValue(QStringLiteral("permute"), permute_->isChecked());
    s.setValue(QStringLiteral("rotate"), rotate_->isChecked());
    s.setValue(QStringLiteral("noiseSeed"), noiseSeed_->value());
    s.setValue(QStringLiteral("denoiseBeams"), denoiseBeams_->value());
    s.setValue(QStringLiteral("classifyText"), classifyText_->toPlainText());
    s.setValue(QStringLiteral("mode"), tabs_->currentIndex());
}

void PlaygroundPage::openFolderDialog() {
    QSettings s;
    const QString start = s.value(QStringLiteral("playground/openDir"),
                                  s.value(QStringLiteral("workspace"), QDir::homePath()))
                              .toString();
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a run folder or a Hugging Face GPT-2 folder"), start);
    if (dir.isEmpty()) return;
    s.setValue(QStringLiteral("playground/openDir"), QFileInfo(dir).absolutePath());
    openCheckpoint(dir);
}

void PlaygroundPage::openFileDialog() {
    QSettings s;
    const QString start = s.value(QStringLiteral("playground/openDir"),
                                  s.value(QStringLiteral("workspace"), QDir::homePath()))
                              .toString();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open a checkpoint"), start, tr("Checkpoints (*.pt *.ckpt *.bin);;All files (*)"));
    if (file.isEmpty()) return;
    s.setValue(QStringLiteral("playground/openDir"), QFileInfo(file).absolutePath());
    openCheckpoint(file);
}

// --- export
// ---------------------------------------------------------------------------------------

QString PlaygroundPage::shownText() const {
    QString out;
    QTextStream s(&out);
    switch (currentMode()) {
        case Generate:
            s << generated_->toPlainText();
            if (!nextBars_->entries().isEmpty()) s << "\n\n" << nextBars_->toText();
            break;
        case FillMask:
            if (!filledPlain_.isEmpty()) s << filledPlain_ << "\n\n";
            for (const ProbabilityBars* b : maskBars_) s << b->toText() << '\n';
            break;
        case Denoise:
            if (!corrupted_->tokens().isEmpty())
                s << tr("Corrupted input:") << '\n'
                  << corrupted_->toPlainText() << "\n\n"
                  << tr("Reconstruction:") << '\n'
                  << reconstruction_->toPlainText() << '\n';
            break;
        case Classify:
            s << classBars_->toText();
            break;
    }
    return out;
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
    QWidget* w = nullptr;
    switch (currentMode()) {
        case Generate:
            w = nextBars_->entries().isEmpty() ? static_cast<QWidget*>(generated_) : nextBars_;
            break;
        case FillMask:
            w = maskArea_;
            break;
        case Denoise:
            w = sideBySide_;
            break;
        case Classify:
            w = classBars_;
            break;
    }
    if (!w->grab().save(path, "PNG")) {
        showError(tr("Cannot write the picture '%1'.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void PlaygroundPage::copyShown() {
    QApplication::clipboard()->setText(shownText());
}

void PlaygroundPage::saveTextDialog() {
    QSettings s;
    const QString dir = s.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the text"), QDir(dir).filePath(QStringLiteral("playground.txt")),
        tr("Text (*.txt)"));
    if (path.isEmpty()) return;
    s.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    if (exportText(path)) Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void PlaygroundPage::savePictureDialog() {
    QSettings s;
    const QString dir = s.value(QStringLiteral("export/dir"), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the picture"), QDir(dir).filePath(QStringLiteral("playground.png")),
        tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
    s.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    if (exportPicture(path))
        Q_EMIT statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

}  // namespace lmw::ui
