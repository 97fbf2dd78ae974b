#include "train/sample_panel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTextCursor>
#include <QVBoxLayout>

#include "widgets/sampling_options_form.h"

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

    options_ = new SamplingOptionsForm(SamplingOptionsForm::Unit::Characters, false, this);
    button_ = new QPushButton(tr("&Generate"), this);
    button_->setToolTip(tr("Generate from the current weights (Ctrl+G); click again to stop."));
    options_->formLayout()->addRow(button_);
    layout->addWidget(options_);

    QSettings s;
    s.beginGroup(QStringLiteral("sample"));
    options_->restore(s);
    prompt_->setPlainText(s.value(QStringLiteral("prompt")).toString());
    s.endGroup();

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
    options_->applyTo(o);
    return o;
}

QString SamplePanel::output() const {
    return output_->toPlainText();
}

void SamplePanel::generate() {
    if (isGenerating() || !factory_) return;
    QSettings s;
    s.beginGroup(QStringLiteral("sample"));
    options_->save(s);
    s.setValue(QStringLiteral("prompt"), prompt_->toPlainText());
    s.endGroup();

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
