#include "promptlab/prompt_model_box.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "api/configs.h"
#include "api/error.h"
#include "widgets/family_text.h"

namespace lmw::ui {

namespace {
std::string ss(const QString& s) {
    return s.toStdString();
}
}  // namespace

PromptModelBox::PromptModelBox(const QString& settingsGroup, QWidget* parent)
    : QGroupBox(tr("Model"), parent), group_(settingsGroup) {
    modelPath_ = new QLineEdit(this);
    modelPath_->setReadOnly(true);
    modelPath_->setPlaceholderText(
        tr("A run folder or checkpoint of a GPT or LSTM model, or a Hugging Face GPT-2 folder"));
    modelPath_->setToolTip(
        tr("The decoder that is prompted. Only decoders (GPT, LSTM) continue text."));
    auto* open = new QPushButton(tr("&Open folder…"), this);
    open->setToolTip(
        tr("Choose a run folder (its latest checkpoint is used) or a Hugging Face GPT-2 folder: "
           "config.json and model.safetensors with the tokenizer's files (tokenizer.json, or "
           "vocab.json and merges.txt), as save_pretrained writes them."));
    connect(open, &QPushButton::clicked, this, &PromptModelBox::choose);
    auto* openFile = new QPushButton(tr("Chec&kpoint…"), this);
    openFile->setToolTip(tr("Choose a checkpoint file."));
    connect(openFile, &QPushButton::clicked, this, [this] {
        QSettings s;
        s.beginGroup(group_);
        const QString start = s.value(QStringLiteral("lastModel"), QDir::homePath()).toString();
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Open a checkpoint"), start,
                                         tr("Checkpoints (*.pt *.ckpt *.bin);;All files (*)"));
        if (!file.isEmpty()) load(file);
    });
    modelSummary_ = new QLabel(tr("No model loaded."), this);
    modelSummary_->setWordWrap(true);
    modelSummary_->setToolTip(tr("What was loaded, or why it could not be used."));
    auto* row = new QHBoxLayout;
    row->addWidget(modelPath_, 1);
    row->addWidget(open);
    row->addWidget(openFile);
    auto* l = new QVBoxLayout(this);
    l->addLayout(row);
    l->addWidget(modelSummary_);
}

void PromptModelBox::choose() {
    QSettings s;
    s.beginGroup(group_);
    const QString start = s.value(QStringLiteral("lastModel"), QDir::homePath()).toString();
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open a run folder or a Hugging Face GPT-2 folder"), start);
    if (!path.isEmpty()) load(path);
}

void PromptModelBox::load(const QString& path) {
    modelPath_->setText(QDir::toNativeSeparators(path));
    {
        QSettings s;
        s.beginGroup(group_);
        s.setValue(QStringLiteral("lastModel"), path);
    }
    generator_.reset();
    generatorPath_.clear();
    modelSummary_->setText(tr("Loading…"));
    Q_EMIT loadingStarted();
    const std::string file = ss(path);
    loader_.start(
        [file](TaskContext&) {
            auto gen = std::make_shared<TextGenerator>(TextGenerator::load(file));
            if (!gen->continuesText() || gen->isEncoder())
                throw lmw::Error(
                    QObject::tr("Prompting needs a decoder (GPT or LSTM language model); this is a "
                                "%1 model, which does not continue text.")
                        .arg(familyDisplayName(gen->modelConfig().family))
                        .toStdString());
            return gen;
        },
        [this, path](std::shared_ptr<TextGenerator> gen) {
            generator_ = std::move(gen);
            generatorPath_ = path;
            const ModelConfig& c = generator_->modelConfig();
            const QString context = generator_->contextLimit() > 0
                                        ? QString::number(generator_->contextLimit())
                                        : tr("unlimited");
            if (generator_->importedFromHuggingFace())
                modelSummary_->setText(
                    tr("Hugging Face GPT-2, %1 layers, width %2, context %3, byte-level BPE "
                       "with %4 tokens.")
                        .arg(c.layers)
                        .arg(c.embed)
                        .arg(context)
                        .arg(c.vocabSize));
            else
                modelSummary_->setText(tr("%1 model, %2 layers, width %3, context %4, step %5.")
                                           .arg(familyDisplayName(c.family))
                                           .arg(c.layers)
                                           .arg(c.embed)
                                           .arg(context)
                                           .arg(generator_->step()));
            Q_EMIT loaded();
        },
        [this](const QString& message) {
            const QString error = tr("The model could not be loaded: %1").arg(message);
            modelSummary_->setText(error);
            Q_EMIT failed(error);
        });
}

}  // namespace lmw::ui
