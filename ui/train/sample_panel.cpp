#include "train/sample_panel.h"

#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QTextCursor>
#include <QVBoxLayout>

namespace lmw::ui {

SamplePanel::SamplePanel(QWidget* parent) : QWidget(parent), sampler_(new SampleController(this)) {
    const GenerateOptions d;
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* left = new QVBoxLayout;
    source_ = new QLabel(this);
    source_->setWordWrap(true);
    left->addWidget(source_);
    prompt_ = new QPlainTextEdit(this);
    prompt_->setPlaceholderText(tr("Prompt (optional): the text the model continues"));
    prompt_->setMaximumHeight(70);
    prompt_->setTabChangesFocus(true);
    left->addWidget(prompt_);
    output_ = new QPlainTextEdit(this);
    output_->setReadOnly(true);
    output_->setPlaceholderText(tr("Generated text appears here, as it is produced."));
    output_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    left->addWidget(output_, 1);
    layout->addLayout(left, 1);

    auto* form = new QFormLayout;
    tokens_ = new QSpinBox(this);
    tokens_->setRange(1, 20000);
    tokens_->setValue(d.maxTokens);
    tokens_->setToolTip(tr("How many characters to generate."));
    temperature_ = new QDoubleSpinBox(this);
    temperature_->setRange(0, 5);
    temperature_->setSingleStep(0.1);
    temperature_->setValue(d.temperature);
    temperature_->setToolTip(
        tr("Divides the logits: below 1 sharpens the distribution, above 1 "
           "flattens it; 0 always takes the most likely character."));
    topK_ = new QSpinBox(this);
    topK_->setRange(0, 100000);
    topK_->setSpecialValueText(tr("off"));
    topK_->setToolTip(tr("Sample only among the k most likely characters (off = all)."));
    topP_ = new QDoubleSpinBox(this);
    topP_->setRange(0.01, 1.0);
    topP_->setSingleStep(0.05);
    topP_->setValue(d.topP);
    topP_->setToolTip(
        tr("Nucleus sampling: keep the most likely characters until their "
           "probabilities add up to p (1 = off)."));
    seed_ = new QSpinBox(this);
    seed_->setRange(0, 2147483647);
    seed_->setValue(int(d.seed));
    seed_->setToolTip(tr("Same seed, same weights and settings: same text."));
    form->addRow(tr("&Length"), tokens_);
    form->addRow(tr("T&emperature"), temperature_);
    form->addRow(tr("Top-&k"), topK_);
    form->addRow(tr("Top-&p"), topP_);
    form->addRow(tr("Se&ed"), seed_);
    button_ = new QPushButton(tr("&Generate"), this);
    button_->setToolTip(tr("Generate from the current weights (Ctrl+G); click again to stop."));
    form->addRow(button_);
    layout->addLayout(form);

    QSettings s;
    temperature_->setValue(s.value(QStringLiteral("sample/temperature"), d.temperature).toDouble());
    topK_->setValue(s.value(QStringLiteral("sample/topK"), d.topK).toInt());
    topP_->setValue(s.value(QStringLiteral("sample/topP"), d.topP).toDouble());
    tokens_->setValue(s.value(QStringLiteral("sample/tokens"), d.maxTokens).toInt());
    prompt_->setPlainText(s.value(QStringLiteral("sample/prompt")).toString());

    connect(button_, &QPushButton::clicked, this, [this] { isGenerating() ? stop() : generate(); });
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_G), this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this,
            [this] { isGenerating() ? stop() : generate(); });
    clearSource(tr("Train a model or open a run to generate text."));

    connect(sampler_, &SampleController::piece, this, [this](const QString& text) {
        QTextCharFormat generated;
        generated.setForeground(QColor(31, 97, 141));
        QTextCursor c = output_->textCursor();
        c.movePosition(QTextCursor::End);
        c.insertText(text, generated);
        output_->setTextCursor(c);
    });
    connect(sampler_, &SampleController::failed, this, [this](const QString& message) {
        output_->appendPlainText(QString());
        output_->appendHtml(
            QStringLiteral("<span style='color:#b03a2e'>%1</span>").arg(message.toHtmlEscaped()));
    });
    connect(sampler_, &SampleController::ended, this, &SamplePanel::onGenerationEnded);
}

SamplePanel::~SamplePanel() = default;  // the sample controller stops and waits

void SamplePanel::setSource(GeneratorFactory factory, const QString& description) {
    factory_ = std::move(factory);
    source_->setText(description);
    button_->setEnabled(true);
}

void SamplePanel::clearSource(const QString& reason) {
    factory_ = nullptr;
    source_->setText(reason);
    button_->setEnabled(isGenerating());
}

GenerateOptions SamplePanel::options() const {
    GenerateOptions o;
    o.prompt = prompt_->toPlainText().toStdString();
    o.maxTokens = tokens_->value();
    o.temperature = temperature_->value();
    o.topK = topK_->value();
    o.topP = topP_->value();
    o.seed = std::uint64_t(seed_->value());
    return o;
}

QString SamplePanel::output() const {
    return output_->toPlainText();
}

void SamplePanel::generate() {
    if (isGenerating() || !factory_) return;
    QSettings s;
    s.setValue(QStringLiteral("sample/temperature"), temperature_->value());
    s.setValue(QStringLiteral("sample/topK"), topK_->value());
    s.setValue(QStringLiteral("sample/topP"), topP_->value());
    s.setValue(QStringLiteral("sample/tokens"), tokens_->value());
    s.setValue(QStringLiteral("sample/prompt"), prompt_->toPlainText());

    output_->clear();
    output_->setPlainText(prompt_->toPlainText());
    setBusy(true);
    sampler_->start(factory_, options());
}

void SamplePanel::stop() {
    sampler_->stop();
}

void SamplePanel::onGenerationEnded() {
    setBusy(false);
    Q_EMIT generationFinished();
}

void SamplePanel::setBusy(bool busy) {
    button_->setText(busy ? tr("S&top") : tr("&Generate"));
    button_->setEnabled(busy || factory_ != nullptr);
}

}  // namespace lmw::ui
