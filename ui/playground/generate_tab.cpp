// The Generate tab: prompt, streamed output, sampling options and the next-token bars.
#include "playground/generate_tab.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTextStream>
#include <QVBoxLayout>

#include "playground/token_view.h"
#include "widgets/probability_bars.h"
#include "widgets/sampling_options_form.h"

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
    options_ = new SamplingOptionsForm(SamplingOptionsForm::Unit::Tokens, true, right);
    rl->addWidget(options_);
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
    options_->applyTo(o);
    return o;
}

void GenerateTab::setModelKind(bool writesText, bool bart) {
    options_->setSampling(
        !bart, tr("BART decodes greedily or with beam search: sampling settings do not apply."));
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
    prompt_->setPlainText(
        s.value(QStringLiteral("prompt"), QStringLiteral("Once upon a time")).toString());
    options_->restore(s);
}

void GenerateTab::saveSettings(QSettings& s) const {
    s.setValue(QStringLiteral("prompt"), prompt_->toPlainText());
    options_->save(s);
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
