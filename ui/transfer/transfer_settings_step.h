// Step 2 of the ULMFiT wizard: the settings. The AWD-LSTM's size and dropout, the steps and
// epochs of each stage, the batch and seed, the peak learning rate of every stage and of the
// transformer baselines with the discriminative factor, the baselines to run, and the output
// folder. applyTo() turns them into the engine's UlmfitConfig (everything but the general
// corpus, which step 1 gives). The fields are remembered under the wizard's settings group
// when saveSettings() is called (at the start of a run) and come back when the step is built.
#pragma once

#include <QWidget>

#include "api/transfer.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace lmw::ui {

class TransferSettingsStep : public QWidget {
    Q_OBJECT
public:
    explicit TransferSettingsStep(QWidget* parent = nullptr);

    /// Fills in everything this step describes, with `threads` torch threads per stage (0: all
    /// cores); throws lmw::Error naming the first problem.
    void applyTo(UlmfitConfig& config, int threads) const;

    void setOutputFolder(const QString& path);
    QString outputFolder() const;

    QSpinBox* layersBox() const { return layers_; }
    QSpinBox* embedBox() const { return embed_; }
    QSpinBox* hiddenBox() const { return hidden_; }
    QSpinBox* blockBox() const { return block_; }
    QComboBox* tokenizerBox() const { return tokenizer_; }
    QDoubleSpinBox* dropoutBox() const { return dropMult_; }
    QSpinBox* pretrainStepsBox() const { return pretrainSteps_; }
    QSpinBox* lmEpochsBox() const { return lmEpochs_; }
    QSpinBox* classifierEpochsBox() const { return clfEpochs_; }
    QSpinBox* batchBox() const { return batch_; }
    QSpinBox* seedBox() const { return seed_; }
    /// Stage-3 peak rate of the classifier head.
    QDoubleSpinBox* lrBox() const { return lr_; }
    QDoubleSpinBox* pretrainLrBox() const { return pretrainLr_; }  // stage-1 peak rate
    QDoubleSpinBox* lmLrBox() const { return lmLr_; }              // stage-2 peak rate
    QDoubleSpinBox* lrDecayBox() const { return lrDecay_; }        // discriminative factor
    QDoubleSpinBox* transformerPretrainLrBox() const { return tfPretrainLr_; }
    QDoubleSpinBox* transformerLrBox() const { return tfLr_; }  // baselines' fine-tuning
    QCheckBox* baselineBox(Baseline b) const;
    QLineEdit* outputFolderEdit() const { return outDir_; }

    void saveSettings() const;

private:
    QWidget* buildModelBox();
    QWidget* buildStagesBox();
    QWidget* buildRatesBox();
    QWidget* buildBaselinesBox();
    void restoreSettings();

    QSpinBox* layers_ = nullptr;
    QSpinBox* embed_ = nullptr;
    QSpinBox* hidden_ = nullptr;
    QSpinBox* block_ = nullptr;
    QComboBox* tokenizer_ = nullptr;
    QDoubleSpinBox* dropMult_ = nullptr;
    QSpinBox* pretrainSteps_ = nullptr;
    QSpinBox* lmEpochs_ = nullptr;
    QSpinBox* clfEpochs_ = nullptr;
    QSpinBox* batch_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QDoubleSpinBox* lr_ = nullptr;
    QDoubleSpinBox* pretrainLr_ = nullptr;
    QDoubleSpinBox* lmLr_ = nullptr;
    QDoubleSpinBox* lrDecay_ = nullptr;
    QDoubleSpinBox* tfPretrainLr_ = nullptr;
    QDoubleSpinBox* tfLr_ = nullptr;
    QCheckBox* scratch_ = nullptr;
    QCheckBox* allAtOnce_ = nullptr;
    QCheckBox* bert_ = nullptr;
    QCheckBox* gpt_ = nullptr;
    QLineEdit* outDir_ = nullptr;
};

}  // namespace lmw::ui
