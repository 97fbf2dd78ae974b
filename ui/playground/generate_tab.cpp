// The Generate tab: prompt, streamed output, sampling options and the next-token bars.
#include "playground/generate_tab.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextStream>
#include <QVBoxLayout>

#include "playground/probability_bars.h"
#include "playground/token_view.h"

namespace lmw::ui {

GenerateTab::GenerateTab(QWidget* parent) : PlaygroundModeTab(parent) {
    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* tabLayout = new QVBoxLayout(this);
    tabLayout->setContentsMargins(4, 4, 4, 4);
    tabLayout->addWidget(split);

    auto* left = new QWidget(split);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    prompt_ = inputEdit(
        left, tr("Prompt: the text the model continues (BART: the text it rewrites)"), 80);
    prompt_->setToolTip(
        tr("Decoders continue this text; BART reads it as its source. Ctrl+Return runs."));
    output_ = new TokenView(left);
    output_->setPlaceholderText(
        tr("Generated tokens stream in here. Click one to see what else the model could have "
           "written there."));
    output_->setToolTip(
        tr("Grey: the prompt. Blue: generated tokens; click one for its next-token distribution."));
    hint_ = hintLabel(left);
    ll->addWidget(new QLabel(tr("Prompt"), left));
    ll->addWidget(prompt_);
    ll->addWidget(new QLabel(tr("Output"), left));
    ll->addWidget(output_, 1);
    ll->addWidget(hint_);

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
    QPushButton* go =
        makeRunButton(tr("Generate"), tr("Generate from the loaded model (Ctrl+Return)."), right);
    go->setDefault(true);
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

    connect(output_, &TokenView::tokenClicked, this, &GenerateTab::nextTokensRequested);
    setModelKind(false, false);
}

GenerateOptions GenerateTab::options() const {
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

void GenerateTab::setModelKind(bool writesText, bool bart) {
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
    if (writesText) {
        hint_->setText(
            bart ? tr("BART reads the prompt as its source and writes its own version of it "
                      "(try <mask> where words are missing).")
                 : tr("Click any generated token to see the model's ten most likely choices "
                      "at that place (Alt+Left/Right to step)."));
    }
}

void GenerateTab::startOutput(bool bart) {
    // Decoders show the prompt before the tokens (their context); BART's output stands alone.
    output_->setTokens(bart ? QString() : prompt_->toPlainText(), {});
    nextBars_->clear(bart ? tr("BART writes its whole output at once: next-token distributions are "
                               "shown for decoders.")
                          : tr("Click a generated token to see the model's top-10 choices there."));
}

void GenerateTab::appendTokens(const QStringList& tokens) {
    output_->appendTokens(tokens);
}

QString GenerateTab::contextOf(int index) const {
    QString prefix = output_->textBefore(index);
    if (output_->prefix().isEmpty()) prefix.prepend(QLatin1Char('\n'));
    return prefix;
}

void GenerateTab::showNextTokenChoices(int index, const QString& chosen,
                                       const std::vector<std::pair<std::string, double>>& next) {
    QVector<ProbabilityBars::Entry> entries;
    int highlight = -1;
    for (const auto& [piece, p] : next) {
        if (QString::fromStdString(piece) == chosen) highlight = int(entries.size());
        entries.append({QString::fromStdString(piece), p});
    }
    nextBars_->setEntries(tr("Token %1 '%2': the model's top 10 there")
                              .arg(index + 1)
                              .arg(ProbabilityBars::visibleToken(chosen)),
                          entries, highlight);
}

void GenerateTab::showNextTokensMessage(const QString& message) {
    nextBars_->clear(message);
}

QString GenerateTab::purpose() const {
    return tr(
        "Decoders continue the prompt; BART rewrites it. Click a generated token to see "
        "the alternatives.");
}

QString GenerateTab::unavailableReason(const PlaygroundModelInfo& info) const {
    if (info.encoder)
        return tr("%1 is an encoder: it does not write text, it fills masks (see Fill mask).")
            .arg(familyDisplayName(info.config.family));
    return QString();
}

void GenerateTab::restoreSettings(QSettings& s) {
    const GenerateOptions d;
    prompt_->setPlainText(
        s.value(QStringLiteral("prompt"), QStringLiteral("Once upon a time")).toString());
    tokens_->setValue(s.value(QStringLiteral("tokens"), d.maxTokens).toInt());
    temperature_->setValue(s.value(QStringLiteral("temperature"), d.temperature).toDouble());
    topK_->setValue(s.value(QStringLiteral("topK"), d.topK).toInt());
    topP_->setValue(s.value(QStringLiteral("topP"), d.topP).toDouble());
    seed_->setValue(s.value(QStringLiteral("seed"), int(d.seed)).toInt());
    beams_->setValue(s.value(QStringLiteral("beams"), d.beams).toInt());
}

void GenerateTab::saveSettings(QSettings& s) const {
    s.setValue(QStringLiteral("prompt"), prompt_->toPlainText());
    s.setValue(QStringLiteral("tokens"), tokens_->value());
    s.setValue(QStringLiteral("temperature"), temperature_->value());
    s.setValue(QStringLiteral("topK"), topK_->value());
    s.setValue(QStringLiteral("topP"), topP_->value());
    s.setValue(QStringLiteral("seed"), seed_->value());
    s.setValue(QStringLiteral("beams"), beams_->value());
}

QString GenerateTab::shownText() const {
    QString out;
    QTextStream s(&out);
    s << output_->toPlainText();
    if (!nextBars_->entries().isEmpty()) s << "\n\n" << nextBars_->toText();
    return out;
}

QWidget* GenerateTab::pictureWidget() const {
    return nextBars_->entries().isEmpty() ? static_cast<QWidget*>(output_) : nextBars_;
}

void GenerateTab::clearResults() {
    output_->clearTokens();
    nextBars_->clear(tr("Click a generated token to see the model's top-10 choices there."));
}

}  // namespace lmw::ui
