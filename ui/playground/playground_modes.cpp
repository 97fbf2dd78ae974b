// The four modes of the Playground: their widgets and their engine jobs.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "api/error.h"
#include "engine/playground_engine.h"
#include "engine/user_message.h"
#include "playground/playground_page.h"
#include "playground/token_view.h"
#include "widgets/masking_controls.h"

namespace lmw::ui {

namespace {

QPlainTextEdit* inputEdit(QWidget* parent, const QString& placeholder, int height) {
    auto* e = new QPlainTextEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(height);
    return e;
}

QLabel* hintLabel(QWidget* parent, const QString& text = {}) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return l;
}

QDoubleSpinBox* rateBox(QWidget* parent, double value, const QString& tip) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0.01, 0.9);
    b->setSingleStep(0.05);
    b->setValue(value);
    b->setToolTip(tip);
    return b;
}

/// Runs `work` on the engine thread and hands its result to `done` on the page's thread;
/// lmw::Error (and any other exception) goes to the page's onFailed.
template <typename Work, typename Done>
PlaygroundEngine::Job engineJob(PlaygroundPage* page, Work work, Done done,
                                std::function<void(std::int64_t, const QString&)> failed) {
    return [page, work, done, failed](PlaygroundEngine::State& state, std::int64_t ticket) {
        QString message;
        try {
            if (!state.model) throw lmw::Error("No model is loaded.");
            auto result = work(*state.model);
            QMetaObject::invokeMethod(
                page, [done, ticket, result] { done(ticket, result); }, Qt::QueuedConnection);
            return;
        } catch (...) {
            message = userMessage(std::current_exception());
        }
        QMetaObject::invokeMethod(
            page, [failed, ticket, message] { failed(ticket, message); }, Qt::QueuedConnection);
    };
}

}  // namespace

// --- Generate -----------------------------------------------------------------------------------

QWidget* PlaygroundPage::buildGenerateTab() {
    auto* tab = new QWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    auto* tabLayout = new QVBoxLayout(tab);
    tabLayout->setContentsMargins(4, 4, 4, 4);
    tabLayout->addWidget(split);

    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    prompt_ = inputEdit(
        left, tr("Prompt: the text the model continues (BART: the text it rewrites)"), 80);
    prompt_->setToolTip(
        tr("Decoders continue this text; BART reads it as its source. Ctrl+Return runs."));
    generated_ = new TokenView(left);
    generated_->setPlaceholderText(
        tr("Generated tokens stream in here. Click one to see what else the model could have "
           "written there."));
    generated_->setToolTip(
        tr("Grey: the prompt. Blue: generated tokens; click one for its next-token distribution."));
    generateHint_ = hintLabel(left);
    ll->addWidget(new QLabel(tr("Prompt"), left));
    ll->addWidget(prompt_);
    ll->addWidget(new QLabel(tr("Output"), left));
    ll->addWidget(generated_, 1);
    ll->addWidget(generateHint_);

    auto* right = new QWidget(split);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    const GenerateOptions d;
    tokens_ = new QSpinBox(right);
    tokens_->setObjectName(QStringLiteral("maxTokens"));
    tokens_->setRange(1, 100000);
    tokens_->setValue(d.maxTokens);
    tokens_->setToolTip(tr("The most tokens to generate."));
    temperature_ = new QDoubleSpinBox(right);
    temperature_->setObjectName(QStringLiteral("temperature"));
    temperature_->setRange(0, 5);
    temperature_->setSingleStep(0.1);
    temperature_->setValue(d.temperature);
    topK_ = new QSpinBox(right);
    topK_->setObjectName(QStringLiteral("topK"));
    topK_->setRange(0, 100000);
    topK_->setSpecialValueText(tr("off"));
    topP_ = new QDoubleSpinBox(right);
    topP_->setObjectName(QStringLiteral("topP"));
    topP_->setRange(0.01, 1.0);
    topP_->setSingleStep(0.05);
    topP_->setValue(d.topP);
    seed_ = new QSpinBox(right);
    seed_->setObjectName(QStringLiteral("seed"));
    seed_->setRange(0, 2147483647);
    seed_->setValue(int(d.seed));
    beams_ = new QSpinBox(right);
    beams_->setObjectName(QStringLiteral("beams"));
    beams_->setRange(1, 16);
    beams_->setToolTip(tr("BART: beam-search width (1 = greedy)."));
    form->addRow(tr("Max &tokens"), tokens_);
    form->addRow(tr("T&emperature"), temperature_);
    form->addRow(tr("Top-&k"), topK_);
    form->addRow(tr("Top-&p"), topP_);
    form->addRow(tr("&Seed"), seed_);
    form->addRow(tr("&Beams"), beams_);
    rl->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* go = new QPushButton(tr("Generate"), right);
    go->setToolTip(tr("Generate from the loaded model (Ctrl+Return)."));
    go->setDefault(true);
    connect(go, &QPushButton::clicked, this, &PlaygroundPage::runGenerate);
    runButtons_.append(go);
    buttons->addWidget(go);
    buttons->addWidget(makeStopButton(right));
    rl->addLayout(buttons);
    nextBars_ = new ProbabilityBars(right);
    nextBars_->setObjectName(QStringLiteral("nextTokenBars"));
    nextBars_->setToolTip(tr(
        "The model's ten most likely tokens at the clicked place; the token it wrote is orange."));
    nextBars_->clear(tr("Click a generated token to see the model's top-10 choices there."));
    nextBars_->setMinimumHeight(2 * 8 + 22 * 11);
    rl->addWidget(nextBars_, 1);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    connect(generated_, &TokenView::tokenClicked, this, &PlaygroundPage::showNextTokens);
    return tab;
}

GenerateOptions PlaygroundPage::generateOptions() const {
    GenerateOptions o;
    o.prompt = prompt_->toPlainText().toStdString();
    o.maxTokens = tokens_->value();
    o.temperature = temperature_->value();
    o.topK = topK_->value();
    o.topP = topP_->value();
    o.seed = std::uint64_t(seed_->value());
    o.beams = beams_->value();
    return o;
}

void PlaygroundPage::runGenerate() {
    if (!startable(Generate)) return;
    saveSettings();
    const GenerateOptions options = generateOptions();
    const bool bart = info_.config.family == ModelFamily::Bart;
    // Decoders show the prompt before the tokens (their context); BART's output stands alone.
    generated_->setTokens(bart ? QString() : prompt_->toPlainText(), {});
    nextBars_->clear(bart ? tr("BART writes its whole output at once: next-token distributions are "
                               "shown for decoders.")
                          : tr("Click a generated token to see the model's top-10 choices there."));
    generatedCount_ = 0;
    PlaygroundEngine* engine = engine_.get();
    const std::int64_t ticket =
        engine_->post([this, engine, options](PlaygroundEngine::State& state, std::int64_t t) {
            SampleWorker worker(nullptr, options);
            connect(&worker, &SampleWorker::tokens, this, [this, t](const QStringList& pieces) {
                if (t != shownGeneration_) return;
                generated_->appendTokens(pieces);
                generatedCount_ += int(pieces.size());
                if (t == busyTicket_)
                    status_->setText((generatedCount_ == 1
                                          ? tr("Generating... 1 token")
                                          : tr("Generating... %1 tokens").arg(generatedCount_)));
            });
            connect(&worker, &SampleWorker::finished, this, [this, t](bool stopped) {
                endAction(t, stopped ? (generatedCount_ == 1
                                            ? tr("Stopped after 1 token.")
                                            : tr("Stopped after %1 tokens.").arg(generatedCount_))
                                     : (generatedCount_ == 1
                                            ? tr("Done: 1 token.")
                                            : tr("Done: %1 tokens.").arg(generatedCount_)));
            });
            connect(&worker, &SampleWorker::failed, this,
                    [this, t](const QString& message) { onFailed(t, message); });
            if (engine->isCancelled(t) || !state.model) {
                if (!state.model)
                    Q_EMIT worker.failed(tr("No model is loaded."));
                else
                    Q_EMIT worker.finished(true);
                return;
            }
            worker.setBetweenTokens([&worker, &state, engine, t] {
                engine->serveProbes(state);  // clicks on tokens made while generating
                if (engine->isCancelled(t)) worker.requestStop();
            });
            worker.runWith(*state.model);
        });
    shownGeneration_ = ticket;
    beginAction(Generate, ticket, tr("Generating..."));
}

void PlaygroundPage::showNextTokens(int index) {
    if (index < 0 || index >= generated_->tokenCount()) return;
    generated_->highlightToken(index);
    if (!loaded_ || !info_.continuesText) {
        nextBars_->clear(tr("Next-token distributions are shown for decoders (GPT, LSTM)."));
        return;
    }
    // The context the model had when it wrote this token: the prompt (a line break when there
    // was none, as generation starts from one) and the tokens before it.
    QString prefix = generated_->textBefore(index);
    if (generated_->prefix().isEmpty()) prefix.prepend(QLatin1Char('\n'));
    const std::string text = prefix.toStdString();
    const QString chosen = generated_->token(index);
    const int serial = ++probeSerial_;
    engine_->probe(
        [this, text, chosen, index, serial](PlaygroundEngine::State& state, std::int64_t) {
            QString message;
            try {
                if (!state.model) throw lmw::Error("No model is loaded.");
                const auto next = state.model->nextTokens(text, 10);
                QMetaObject::invokeMethod(
                    this,
                    [this, next, chosen, index, serial] {
                        if (serial != probeSerial_) return;  // a newer click wins
                        QVector<ProbabilityBars::Entry> entries;
                        int highlight = -1;
                        for (const auto& [piece, p] : next) {
                            if (QString::fromStdString(piece) == chosen)
                                highlight = int(entries.size());
                            entries.append({QString::fromStdString(piece), p});
                        }
                        nextBars_->setEntries(tr("Token %1 '%2': the model's top 10 there")
                                                  .arg(index + 1)
                                                  .arg(ProbabilityBars::visibleToken(chosen)),
                                              entries, highlight);
                        Q_EMIT nextTokensShown(index);
                    },
                    Qt::QueuedConnection);
                return;
            } catch (...) {
                message = userMessage(std::current_exception());
            }
            QMetaObject::invokeMethod(
                this,
                [this, message, serial] {
                    if (serial == probeSerial_) nextBars_->clear(message);
                },
                Qt::QueuedConnection);
        });
}

// --- Fill mask
// -------------------------------------------------------------------------------------

QWidget* PlaygroundPage::buildFillTab() {
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    l->setContentsMargins(4, 4, 4, 4);
    fillText_ = inputEdit(tab, tr("Write a text with one or more mask tokens."), 80);
    fillText_->setToolTip(
        tr("Every mask token of this text is predicted at once, from both sides."));
    l->addWidget(fillText_);
    auto* row = new QHBoxLayout;
    insertMask_ = new QPushButton(tr("Insert mask"), tab);
    insertMask_->setToolTip(tr("Put the model's mask token at the cursor."));
    connect(insertMask_, &QPushButton::clicked, this, [this] {
        fillText_->insertPlainText(maskTokenOf(info_.config.family));
        fillText_->setFocus();
    });
    fillTopK_ = new QSpinBox(tab);
    fillTopK_->setObjectName(QStringLiteral("fillTopK"));
    fillTopK_->setRange(1, 50);
    fillTopK_->setValue(5);
    fillTopK_->setPrefix(tr("top "));
    fillTopK_->setToolTip(tr("How many candidates to show for each mask."));
    auto* go = new QPushButton(tr("Fill masks"), tab);
    go->setToolTip(tr("Predict every mask (Ctrl+Return)."));
    connect(go, &QPushButton::clicked, this, &PlaygroundPage::runFillMask);
    runButtons_.append(go);
    row->addWidget(insertMask_);
    row->addWidget(fillTopK_);
    row->addStretch();
    row->addWidget(go);
    row->addWidget(makeStopButton(tab));
    l->addLayout(row);
    maskingBox_ = new QGroupBox(tr("How masked LM training reads a sentence"), tab);
    maskingBox_->setCheckable(true);
    maskingBox_->setChecked(false);
    maskingBox_->setToolTip(
        tr("During training an encoder sees its text with some tokens hidden: this shows one "
           "sentence in this model's own tokens, masked as training masks it"));
    auto* maskingLayout = new QVBoxLayout(maskingBox_);
    maskingSentence_ = new QLineEdit(
        QStringLiteral("The little cat sat on the warm mat and looked at the moon."), maskingBox_);
    maskingSentence_->setToolTip(tr("The sentence to mask"));
    masking_ = new MaskingControls(maskingBox_);
    maskingLayout->addWidget(maskingSentence_);
    maskingLayout->addWidget(masking_);
    const auto showBody = [this](bool on) {
        maskingSentence_->setVisible(on);
        masking_->setVisible(on);
        masking_->setSentence(on ? maskingSentence_->text() : QString());
    };
    connect(maskingBox_, &QGroupBox::toggled, this, showBody);
    connect(maskingSentence_, &QLineEdit::textChanged, this, [this] {
        if (maskingBox_->isChecked()) masking_->setSentence(maskingSentence_->text());
    });
    // The model lives on the engine thread: the preview is one more job there.
    masking_->setPreviewRequester(
        [this](const std::string& text, const ObjectiveConfig& o, std::uint64_t seed) {
            const std::int64_t generation = ++previewGeneration_;
            if (!loaded_ || !info_.encoder) {
                masking_->showPreviewError(
                    tr("Load a BERT or RoBERTa model to see a sentence in its own tokens."));
                return;
            }
            engine_->post(engineJob(
                this,
                [text, o, seed](const TextGenerator& g) { return g.previewMasking(text, o, seed); },
                [this, generation](std::int64_t, const std::vector<MaskedToken>& tokens) {
                    if (generation == previewGeneration_)
                        masking_->showPreview(tokens, tr("in this model's own tokens"));
                },
                [this, generation](std::int64_t, const QString& message) {
                    if (generation == previewGeneration_) masking_->showPreviewError(message);
                }));
        });
    showBody(false);
    l->addWidget(maskingBox_);
    filled_ = new QLabel(tab);
    filled_->setObjectName(QStringLiteral("filled"));
    filled_->setWordWrap(true);
    filled_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    filled_->setTextFormat(Qt::RichText);
    l->addWidget(filled_);
    auto* scroll = new QScrollArea(tab);
    scroll->setWidgetResizable(true);
    maskArea_ = new QWidget(scroll);
    maskGrid_ = new QGridLayout(maskArea_);
    maskGrid_->setAlignment(Qt::AlignTop);
    scroll->setWidget(maskArea_);
    l->addWidget(scroll, 1);
    return tab;
}

void PlaygroundPage::runFillMask() {
    if (!startable(FillMask)) return;
    saveSettings();
    const QString text = fillText_->toPlainText();
    const std::string input = text.toStdString();
    const int k = fillTopK_->value();
    const std::int64_t ticket = engine_->post(engineJob(
        this, [input, k](const TextGenerator& g) { return g.fillMask(input, k); },
        [this, text](std::int64_t t, const std::vector<MaskPrediction>& p) {
            onFilled(t, text, p);
        },
        [this](std::int64_t t, const QString& m) { onFailed(t, m); }));
    beginAction(FillMask, ticket, tr("Filling the masks..."));
}

void PlaygroundPage::onFilled(std::int64_t ticket, const QString& text,
                              const std::vector<MaskPrediction>& predictions) {
    if (ticket != busyTicket_) return;
    for (ProbabilityBars* b : maskBars_) b->deleteLater();
    maskBars_.clear();
    // The most likely text: each mask replaced by its best candidate.
    const QString mask = maskTokenOf(info_.config.family);
    const QStringList parts = text.split(mask);
    QString html, plain;
    for (int i = 0; i < parts.size(); ++i) {
        html += parts[i].toHtmlEscaped();
        plain += parts[i];
        if (i + 1 < parts.size() && std::size_t(i) < predictions.size() &&
            !predictions[std::size_t(i)].top.empty()) {
            const QString best =
                QString::fromStdString(predictions[std::size_t(i)].top.front().first);
            // Visible spaces and line breaks, so that a filled blank can be seen.
            html += QStringLiteral("<span style='background:#fad7a0'><b>%1</b></span>")
                        .arg(ProbabilityBars::visibleToken(best).toHtmlEscaped());
            plain += best;
        }
    }
    filledPlain_ = plain;
    filled_->setText(tr("Most likely: %1").arg(html));
    int n = 0;
    for (const MaskPrediction& p : predictions) {
        auto* bars = new ProbabilityBars(maskArea_);
        bars->setObjectName(QStringLiteral("maskBars"));
        QVector<ProbabilityBars::Entry> entries;
        for (const auto& [piece, prob] : p.top)
            entries.append({QString::fromStdString(piece), prob});
        bars->setEntries(tr("Mask %1 (token %2)").arg(n + 1).arg(p.position), entries, 0);
        bars->setMinimumHeight(bars->sizeHint().height());
        maskGrid_->addWidget(bars, n / 2, n % 2);
        maskBars_.append(bars);
        ++n;
    }
    endAction(ticket, (n == 1 ? tr("Filled 1 mask.") : tr("Filled %1 masks.").arg(n)));
}

// --- Denoise
// ---------------------------------------------------------------------------------------

QWidget* PlaygroundPage::buildDenoiseTab() {
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    l->setContentsMargins(4, 4, 4, 4);
    denoiseText_ =
        inputEdit(tab, tr("A text of one or more sentences to corrupt and rebuild."), 70);
    denoiseText_->setToolTip(
        tr("The original text: the noise below corrupts it, the model rebuilds it."));
    l->addWidget(denoiseText_);

    auto* noise = new QGroupBox(tr("Noise (BART, Lewis et al. 2019)"), tab);
    auto* g = new QGridLayout(noise);
    const ObjectiveConfig d;
    infill_ = new QCheckBox(tr("text infilling"), noise);
    infill_->setToolTip(
        tr("Spans with Poisson(λ) lengths become one mask each: the model must guess how much is "
           "missing."));
    infillRate_ = rateBox(noise, d.infillRate, tr("Share of the tokens hidden in spans."));
    lambda_ = new QDoubleSpinBox(noise);
    lambda_->setRange(0.5, 10);
    lambda_->setSingleStep(0.5);
    lambda_->setValue(d.poissonLambda);
    lambda_->setPrefix(tr("λ = "));
    lambda_->setToolTip(tr("Mean span length of text infilling (span lengths ~ Poisson(λ))."));
    tokenMask_ = new QCheckBox(tr("token masking"), noise);
    tokenMask_->setToolTip(tr("Single tokens replaced by the mask token, as in BERT."));
    maskRate_ = rateBox(noise, d.tokenMaskRate, tr("Share of the tokens masked."));
    tokenDelete_ = new QCheckBox(tr("token deletion"), noise);
    tokenDelete_->setToolTip(tr("Tokens removed without a trace: the model must find where."));
    deleteRate_ = rateBox(noise, d.tokenDeleteRate, tr("Share of the tokens deleted."));
    permute_ = new QCheckBox(tr("sentence permutation"), noise);
    permute_->setToolTip(tr("The sentences are shuffled."));
    rotate_ = new QCheckBox(tr("document rotation"), noise);
    rotate_->setToolTip(tr("The text starts at a random token and wraps around."));
    noiseSeed_ = new QSpinBox(noise);
    noiseSeed_->setObjectName(QStringLiteral("noiseSeed"));
    noiseSeed_->setRange(0, 2147483647);
    noiseSeed_->setPrefix(tr("seed "));
    noiseSeed_->setToolTip(tr("Same seed, same corruption."));
    denoiseBeams_ = new QSpinBox(noise);
    denoiseBeams_->setObjectName(QStringLiteral("denoiseBeams"));
    denoiseBeams_->setRange(1, 16);
    denoiseBeams_->setPrefix(tr("beams "));
    denoiseBeams_->setToolTip(tr("Beam-search width of the reconstruction (1 = greedy)."));
    g->addWidget(infill_, 0, 0);
    g->addWidget(infillRate_, 0, 1);
    g->addWidget(lambda_, 0, 2);
    g->addWidget(tokenMask_, 1, 0);
    g->addWidget(maskRate_, 1, 1);
    g->addWidget(permute_, 1, 2);
    g->addWidget(tokenDelete_, 2, 0);
    g->addWidget(deleteRate_, 2, 1);
    g->addWidget(rotate_, 2, 2);
    g->addWidget(noiseSeed_, 0, 3);
    g->addWidget(denoiseBeams_, 1, 3);
    g->setColumnStretch(4, 1);
    auto* go = new QPushButton(tr("Corrupt and rebuild"), noise);
    go->setToolTip(tr("Apply the noise and let the model reconstruct the text (Ctrl+Return)."));
    connect(go, &QPushButton::clicked, this, &PlaygroundPage::runDenoise);
    runButtons_.append(go);
    g->addWidget(go, 2, 3);
    g->addWidget(makeStopButton(noise), 2, 5);
    l->addWidget(noise);

    auto* split = new QSplitter(Qt::Horizontal, tab);
    sideBySide_ = split;
    auto* leftBox = new QGroupBox(tr("Corrupted input (marked: changed by the noise)"), split);
    auto* lb = new QVBoxLayout(leftBox);
    corrupted_ = new TokenView(leftBox);
    corrupted_->viewport()->setCursor(Qt::IBeamCursor);
    corrupted_->setToolTip(
        tr("What the encoder reads. Marked tokens were introduced or moved by the noise."));
    lb->addWidget(corrupted_);
    auto* rightBox = new QGroupBox(tr("Reconstruction"), split);
    auto* rb = new QVBoxLayout(rightBox);
    reconstruction_ = new QPlainTextEdit(rightBox);
    reconstruction_->setReadOnly(true);
    reconstruction_->setFont(corrupted_->font());
    reconstruction_->setToolTip(tr("What the decoder writes back."));
    rb->addWidget(reconstruction_);
    split->addWidget(leftBox);
    split->addWidget(rightBox);
    l->addWidget(split, 1);
    changedNote_ = hintLabel(tab);
    l->addWidget(changedNote_);
    return tab;
}

ObjectiveConfig PlaygroundPage::noiseOptions() const {
    ObjectiveConfig o;
    o.objective = Objective::Denoise;
    o.textInfilling = infill_->isChecked();
    o.infillRate = infillRate_->value();
    o.poissonLambda = lambda_->value();
    o.tokenMasking = tokenMask_->isChecked();
    o.tokenMaskRate = maskRate_->value();
    o.tokenDeletion = tokenDelete_->isChecked();
    o.tokenDeleteRate = deleteRate_->value();
    o.sentencePermutation = permute_->isChecked();
    o.documentRotation = rotate_->isChecked();
    return o;
}

void PlaygroundPage::runDenoise() {
    if (!startable(Denoise)) return;
    saveSettings();
    struct Result {
        QStringList corrupted;
        QVector<bool> changed;
        QString reconstruction;
    };
    const std::string text = denoiseText_->toPlainText().toStdString();
    const ObjectiveConfig noise = noiseOptions();
    const std::uint64_t seed = std::uint64_t(noiseSeed_->value());
    const int beams = denoiseBeams_->value();
    const std::int64_t ticket = engine_->post(engineJob(
        this,
        [text, noise, seed, beams](const TextGenerator& g) {
            std::vector<std::string> corrupted;
            std::vector<bool> changed;
            Result r;
            r.reconstruction =
                QString::fromStdString(g.denoise(text, noise, seed, &corrupted, &changed, beams));
            for (const auto& t : corrupted) r.corrupted.append(QString::fromStdString(t));
            for (bool c : changed) r.changed.append(c);
            return r;
        },
        [this](std::int64_t t, const Result& r) {
            onDenoised(t, r.corrupted, r.changed, r.reconstruction);
        },
        [this](std::int64_t t, const QString& m) { onFailed(t, m); }));
    beginAction(Denoise, ticket, tr("Corrupting and rebuilding..."));
}

void PlaygroundPage::onDenoised(std::int64_t ticket, const QStringList& corrupted,
                                const QVector<bool>& changed, const QString& reconstruction) {
    if (ticket != busyTicket_) return;
    corrupted_->setTokens(QString(), corrupted, changed);
    reconstruction_->setPlainText(reconstruction);
    const int n = int(std::count(changed.begin(), changed.end(), true));
    changedNote_->setText(
        tr("%1 of the %2 corrupted tokens were introduced or moved by the noise (marked).")
            .arg(n)
            .arg(corrupted.size()));
    endAction(ticket, tr("Rebuilt %1 characters.").arg(reconstruction.size()));
}

// --- Classify
// --------------------------------------------------------------------------------------

QWidget* PlaygroundPage::buildClassifyTab() {
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    l->setContentsMargins(4, 4, 4, 4);
    classifyText_ = inputEdit(tab, tr("A text to classify."), 80);
    classifyText_->setToolTip(tr("The classification head reads this text (Ctrl+Return)."));
    l->addWidget(classifyText_);
    auto* row = new QHBoxLayout;
    row->addStretch();
    auto* go = new QPushButton(tr("Classify"), tab);
    go->setToolTip(tr("The probability of each label (Ctrl+Return)."));
    connect(go, &QPushButton::clicked, this, &PlaygroundPage::runClassify);
    runButtons_.append(go);
    row->addWidget(go);
    row->addWidget(makeStopButton(tab));
    l->addLayout(row);
    classBars_ = new ProbabilityBars(tab);
    classBars_->setObjectName(QStringLiteral("classBars"));
    classBars_->setShowsTokens(false);
    classBars_->clear(tr("Label probabilities appear here."));
    l->addWidget(classBars_, 1);
    return tab;
}

void PlaygroundPage::runClassify() {
    if (!startable(Classify)) return;
    saveSettings();
    const std::string text = classifyText_->toPlainText().toStdString();
    const std::int64_t ticket = engine_->post(engineJob(
        this, [text](const TextGenerator& g) { return g.classify(text); },
        [this](std::int64_t t, const std::vector<std::pair<std::string, double>>& r) {
            onClassified(t, r);
        },
        [this](std::int64_t t, const QString& m) { onFailed(t, m); }));
    beginAction(Classify, ticket, tr("Classifying..."));
}

void PlaygroundPage::onClassified(std::int64_t ticket,
                                  const std::vector<std::pair<std::string, double>>& labels) {
    if (ticket != busyTicket_) return;
    QVector<ProbabilityBars::Entry> entries;
    int best = -1;
    double total = 0;
    for (const auto& [name, p] : labels) {
        if (best < 0 || p > entries[best].probability) best = int(entries.size());
        entries.append({QString::fromStdString(name), p});
        total += p;
    }
    classBars_->setEntries(tr("Label probabilities (sum %1)").arg(total, 0, 'f', 3), entries, best);
    endAction(ticket, tr("Classified: %1.").arg(best >= 0 ? entries[best].label : QString()));
}

void PlaygroundPage::clearResults() {
    shownGeneration_ = 0;
    ++probeSerial_;
    generated_->clearTokens();
    nextBars_->clear(tr("Click a generated token to see the model's top-10 choices there."));
    for (ProbabilityBars* b : maskBars_) b->deleteLater();
    maskBars_.clear();
    filled_->clear();
    filledPlain_.clear();
    corrupted_->clearTokens();
    reconstruction_->clear();
    changedNote_->clear();
    classBars_->clear(tr("Label probabilities appear here."));
}

}  // namespace lmw::ui
