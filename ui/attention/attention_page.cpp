#include "attention/attention_page.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "api/error.h"
#include "attention/attention_explorer.h"

namespace lmw::ui {

namespace {
const char* kDefaultProbe = "The little cat sat on the mat because it was warm.";
}

AttentionPage::AttentionPage(QWidget* parent) : QWidget(parent) {
    QSettings s;
    s.beginGroup(QStringLiteral("attention"));
    text_ = new QLineEdit(
        s.value(QStringLiteral("probe"), QString::fromLatin1(kDefaultProbe)).toString(), this);
    text_->setClearButtonEnabled(true);
    text_->setToolTip(
        tr("The sentence whose attention is shown; also the probe of the training timeline. "
           "↵ stands for a line break."));
    showButton_ = new QPushButton(tr("Show"), this);
    showButton_->setToolTip(tr("Show the current model's attention on this text (Return)"));
    openButton_ = new QPushButton(tr("Open run…"), this);
    openButton_->setToolTip(
        tr("Show the attention of a run folder, checkpoint or Hugging Face GPT-2 folder instead of "
           "the "
           "training model"));
    record_ = new QCheckBox(tr("Record while training, every"), this);
    record_->setToolTip(
        tr("Capture the attention on this sentence while a model trains, to scrub through later"));
    record_->setChecked(s.value(QStringLiteral("record"), true).toBool());
    every_ = new QSpinBox(this);
    every_->setRange(1, 100000);
    every_->setValue(s.value(QStringLiteral("every"), 50).toInt());
    every_->setSuffix(tr(" steps"));
    every_->setToolTip(tr("Interval of the attention timeline"));
    source_ = new QLabel(tr("Model: none yet. Train one on the Train tab, or open a run."), this);
    source_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Text:"), this));
    top->addWidget(text_, 1);
    top->addWidget(showButton_);
    top->addWidget(openButton_);
    top->addSpacing(12);
    top->addWidget(record_);
    top->addWidget(every_);
    explorer_ = new AttentionExplorer(this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(source_);
    layout->addWidget(explorer_, 1);

    connect(showButton_, &QPushButton::clicked, this, &AttentionPage::showText);
    connect(text_, &QLineEdit::returnPressed, this, &AttentionPage::showText);
    connect(openButton_, &QPushButton::clicked, this, &AttentionPage::chooseRun);
    connect(explorer_, &AttentionExplorer::statusMessage, this, &AttentionPage::statusMessage);
    auto changed = [this] {
        saveSettings();
        emit timelineChanged(probeText(), timelineEvery());
    };
    connect(record_, &QCheckBox::toggled, this, changed);
    connect(every_, &QSpinBox::valueChanged, this, changed);
    connect(text_, &QLineEdit::editingFinished, this, changed);
}

AttentionPage::~AttentionPage() {
    saveSettings();  // the inspector cancels and waits for its job
}

QString AttentionPage::probeText() const {
    // The box is one line: "↵" stands for a line break (prompts with demonstrations have several).
    QString t = text_->text();
    t.replace(QChar(0x21B5), QLatin1Char('\n'));
    return t.trimmed().isEmpty() ? QString::fromLatin1(kDefaultProbe) : t;
}

void AttentionPage::openRunOnText(const QString& dir, const QString& text) {
    QString shown = text;
    shown.replace(QLatin1Char('\n'), QChar(0x21B5));
    text_->setText(shown);
    openRun(dir);
}

int AttentionPage::timelineEvery() const {
    return record_->isChecked() ? every_->value() : 0;
}

void AttentionPage::setTimeline(const QString& text, int every) {
    text_->setText(text);
    record_->setChecked(every > 0);
    if (every > 0) every_->setValue(every);
}

void AttentionPage::setLiveSource(GeneratorFactory factory, const QString& description) {
    live_ = std::move(factory);
    liveDescription_ = description;
    runDir_.clear();
    source_->setText(tr("Model: %1").arg(description));
}

void AttentionPage::openRun(const QString& dir) {
    runDir_ = dir;
    source_->setText(tr("Model: %1").arg(QFileInfo(dir).fileName()));
    showText();
}

void AttentionPage::chooseRun() {
    QSettings s;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a run folder or a Hugging Face GPT-2 folder"),
        s.value(QStringLiteral("workspace")).toString());
    if (!dir.isEmpty()) openRun(dir);
}

void AttentionPage::startTimeline(const QString& runName) {
    explorer_->clear();
    if (timelineEvery() > 0)
        source_->setText(tr("Model: %1 (training; attention on the text every %2 steps)")
                             .arg(runName)
                             .arg(timelineEvery()));
}

void AttentionPage::addSnapshot(const AttentionSnapshot& snapshot) {
    // A text shown with "Show" is not part of the timeline: the timeline starts over.
    const AttentionSnapshot* current = explorer_->currentSnapshot();
    if (current && current->text != snapshot.text)
        explorer_->setSnapshots({snapshot});
    else
        explorer_->addSnapshot(snapshot);
}

void AttentionPage::showSnapshot(const AttentionSnapshot& snapshot) {
    explorer_->setSnapshot(snapshot);
    source_->setText(tr("Snapshot at step %1 on “%2”")
                         .arg(snapshot.step)
                         .arg(QString::fromStdString(snapshot.text)));
}

void AttentionPage::selectStep(qint64 step) {
    if (explorer_->snapshotCount() > 0) explorer_->selectStep(step);
}

void AttentionPage::showText() {
    if (inspector_.isBusy()) return;
    GeneratorFactory factory;
    if (!runDir_.isEmpty()) {
        const std::string dir = runDir_.toStdString();
        factory = [dir]() -> std::optional<TextGenerator> { return TextGenerator::load(dir); };
    } else if (live_) {
        // A weight snapshot is taken here, on the GUI thread; the job only reads it.
        auto snap = std::make_shared<std::optional<TextGenerator>>(live_());
        factory = [snap]() { return std::move(*snap); };
    } else {
        emit statusMessage(tr("No model yet: train one on the Train tab, or open a run."));
        return;
    }
    const std::string text = probeText().toStdString();
    showButton_->setEnabled(false);
    inspector_.start(
        [factory, text](TaskContext&) -> AttentionSnapshot {
            std::optional<TextGenerator> g = factory();
            if (!g) throw lmw::Error(QObject::tr("The model is not ready yet.").toStdString());
            return g->attention(text);
        },
        [this](const AttentionSnapshot& snapshot) {
            showButton_->setEnabled(true);
            explorer_->setSnapshot(snapshot);
            emit shown();
        },
        [this](const QString& error) {
            showButton_->setEnabled(true);
            emit statusMessage(error);
            source_->setText(error);
            emit shown();
        });
}

void AttentionPage::saveSettings() const {
    QSettings s;
    s.beginGroup(QStringLiteral("attention"));
    s.setValue(QStringLiteral("probe"), text_->text());
    s.setValue(QStringLiteral("record"), record_->isChecked());
    s.setValue(QStringLiteral("every"), every_->value());
}

}  // namespace lmw::ui
