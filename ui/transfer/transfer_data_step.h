// Step 1 of the ULMFiT wizard: the data. A general corpus for stage 1 (the bundled stories, a
// UTF-8 text file, or an existing LSTM run that skips stage 1) and the labelled task data of
// stages 2 and 3: how the files are read (DatasetOptionsForm) and a training and a test file
// (a LabelledDatasetPicker each, read off the GUI thread). Changing how files are read reads
// both again. The general source is remembered under the wizard's settings group when
// saveSettings() is called (at the start of a run); the reading options remember themselves.
#pragma once

#include <QString>
#include <QWidget>

#include "api/datasets.h"
#include "api/transfer.h"

class QComboBox;
class QLineEdit;

namespace lmw::ui {

class DatasetOptionsForm;
class LabelledDatasetPicker;

class TransferDataStep : public QWidget {
    Q_OBJECT
public:
    enum class GeneralSource { Stories, File, ExistingRun };

    explicit TransferDataStep(QWidget* parent = nullptr);

    void setGeneralSource(GeneralSource source, const QString& path = {});
    GeneralSource generalSource() const;
    QString generalPath() const;
    /// Puts the general corpus (or the LSTM run to start from) into `config`; throws
    /// lmw::Error when a file or a run is needed and none is chosen. The bundled stories leave
    /// both empty: the run writes them out itself.
    void applyTo(UlmfitConfig& config) const;

    /// Reads a labelled file in the background (datasetReady() or datasetFailed() after).
    void setTrainPath(const QString& path);
    void setTestPath(const QString& path);
    /// Both files read and usable.
    bool datasetsLoaded() const;
    /// Why the training file (or else the test file) cannot be used; empty when neither failed.
    QString datasetError() const;
    const LabelledDataset& trainSet() const;
    const LabelledDataset& testSet() const;

    DatasetOptionsForm* optionsForm() const { return options_; }
    LabelledDatasetPicker* trainPicker() const { return train_; }
    LabelledDatasetPicker* testPicker() const { return test_; }
    QComboBox* generalKindBox() const { return generalKind_; }
    QLineEdit* generalPathEdit() const { return generalPath_; }

    void saveSettings() const;

Q_SIGNALS:
    /// A labelled file was read.
    void datasetReady();
    /// A labelled file cannot be used: "Cannot use this dataset: <why>".
    void datasetFailed(const QString& message);
    /// A labelled file started to be read (chosen by the user or read again with other
    /// options): whether both are loaded may have changed.
    void datasetsChanged();

private:
    void restoreSettings();

    QComboBox* generalKind_ = nullptr;
    QLineEdit* generalPath_ = nullptr;
    DatasetOptionsForm* options_ = nullptr;
    LabelledDatasetPicker* train_ = nullptr;
    LabelledDatasetPicker* test_ = nullptr;
};

}  // namespace lmw::ui
