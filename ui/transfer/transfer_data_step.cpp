#include "transfer/transfer_data_step.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "api/error.h"
#include "transfer/transfer_text.h"
#include "widgets/dataset_options_form.h"
#include "widgets/labelled_dataset_picker.h"

namespace lmw::ui {

TransferDataStep::TransferDataStep(QWidget* parent) : QWidget(parent) {
    auto* general = new QGroupBox(tr("General corpus (stage 1)"), this);
    generalKind_ = new QComboBox(general);
    generalKind_->setObjectName(QStringLiteral("generalKind"));
    generalKind_->addItem(tr("Bundled stories"));
    generalKind_->addItem(tr("Text file"));
    generalKind_->addItem(tr("Existing LSTM run (skip stage 1)"));
    generalKind_->setToolTip(
        tr("Stage 1 pretrains an AWD-LSTM language model on general text. Use the bundled "
           "stories, your own UTF-8 text file, or an LSTM run trained before."));
    generalPath_ = new QLineEdit(general);
    generalPath_->setObjectName(QStringLiteral("generalPath"));
    generalPath_->setPlaceholderText(tr("A UTF-8 text file, or an LSTM run folder / checkpoint"));
    generalPath_->setToolTip(tr("The text file or LSTM run used for stage 1."));
    auto* browse = new QPushButton(tr("Bro&wse…"), general);
    browse->setToolTip(tr("Choose the general text file or LSTM run."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const bool run = generalKind_->currentIndex() == 2;
        const QString p = run ? QFileDialog::getExistingDirectory(this, tr("Choose an LSTM run"))
                              : QFileDialog::getOpenFileName(this, tr("Choose a general text file"),
                                                             {}, tr("Text (*.txt);;All files (*)"));
        if (!p.isEmpty()) generalPath_->setText(p);
    });
    connect(generalKind_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, browse](int i) {
                generalPath_->setEnabled(i != 0);
                browse->setEnabled(i != 0);
            });
    generalPath_->setEnabled(false);
    browse->setEnabled(false);
    auto* gl = new QHBoxLayout(general);
    gl->addWidget(generalKind_);
    gl->addWidget(generalPath_, 1);
    gl->addWidget(browse);

    auto* labelled = new QGroupBox(tr("Labelled task data (stages 2 and 3)"), this);
    options_ = new DatasetOptionsForm(transferSettingsGroup(), labelled);
    const QString failure = tr("Cannot use this dataset: %1");
    train_ = new LabelledDatasetPicker(
        {tr("T&rain file…"),
         {},
         tr("Labelled training examples; a stratified tenth is held out for validation."),
         tr("No training set loaded."),
         failure},
        labelled);
    train_->setObjectName(QStringLiteral("trainSet"));
    test_ = new LabelledDatasetPicker(
        {tr("Te&st file…"),
         {},
         tr("Labelled test examples, scored once at the end of each run."),
         tr("No test set loaded."),
         failure},
        labelled);
    test_->setObjectName(QStringLiteral("testSet"));
    for (LabelledDatasetPicker* picker : {train_, test_}) {
        picker->setOptionsSource([this] { return options_->options(); });
        connect(picker, &LabelledDatasetPicker::loaded, this, &TransferDataStep::datasetReady);
        connect(picker, &LabelledDatasetPicker::failed, this, &TransferDataStep::datasetFailed);
        connect(picker, &LabelledDatasetPicker::chosen, this, &TransferDataStep::datasetsChanged);
    }
    connect(options_, &DatasetOptionsForm::changed, this, [this] {
        train_->reload();
        test_->reload();
        Q_EMIT datasetsChanged();
    });
    auto* form = new QFormLayout;
    form->addRow(tr("Training set:"), train_);
    form->addRow(tr("Test set:"), test_);
    auto* ll = new QVBoxLayout(labelled);
    ll->addWidget(options_);
    ll->addLayout(form);

    auto* l = new QVBoxLayout(this);
    l->addWidget(general);
    l->addWidget(labelled);
    l->addStretch(1);

    restoreSettings();
}

void TransferDataStep::setGeneralSource(GeneralSource source, const QString& path) {
    generalKind_->setCurrentIndex(int(source));
    generalPath_->setText(path);
}

TransferDataStep::GeneralSource TransferDataStep::generalSource() const {
    return GeneralSource(generalKind_->currentIndex());
}

QString TransferDataStep::generalPath() const {
    return generalPath_->text().trimmed();
}

void TransferDataStep::applyTo(UlmfitConfig& config) const {
    const GeneralSource source = generalSource();
    const std::string path = generalPath().toStdString();
    if (source != GeneralSource::Stories && path.empty())
        throw Error(source == GeneralSource::File
                        ? "Choose a general text file for stage 1, or use the bundled stories."
                        : "Choose an LSTM run to start from, or pretrain on a general corpus.");
    if (source == GeneralSource::File) config.generalCorpus = path;
    if (source == GeneralSource::ExistingRun) config.pretrainedLm = path;
}

void TransferDataStep::setTrainPath(const QString& path) {
    train_->load(path);
}

void TransferDataStep::setTestPath(const QString& path) {
    test_->load(path);
}

bool TransferDataStep::datasetsLoaded() const {
    return train_->isLoaded() && test_->isLoaded();
}

QString TransferDataStep::datasetError() const {
    return !train_->error().isEmpty() ? train_->error() : test_->error();
}

const LabelledDataset& TransferDataStep::trainSet() const {
    return train_->dataset();
}

const LabelledDataset& TransferDataStep::testSet() const {
    return test_->dataset();
}

void TransferDataStep::saveSettings() const {
    QSettings s;
    s.beginGroup(transferSettingsGroup());
    s.setValue(QStringLiteral("generalKind"), generalKind_->currentIndex());
    s.setValue(QStringLiteral("generalPath"), generalPath_->text());
}

void TransferDataStep::restoreSettings() {
    QSettings s;
    s.beginGroup(transferSettingsGroup());
    generalKind_->setCurrentIndex(s.value(QStringLiteral("generalKind"), 0).toInt());
    generalPath_->setText(s.value(QStringLiteral("generalPath")).toString());
}

}  // namespace lmw::ui
