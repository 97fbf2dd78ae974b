// The model size and training hyperparameters as a form: a size preset (tiny/small/medium) or
// custom values, the resulting parameter count and memory estimate, and every optimizer
// setting. Values are remembered between sessions.
#pragma once

#include <QMap>
#include <QWidget>

#include "api/configs.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QAbstractSpinBox;

namespace lmw::ui {

class HyperparameterForm : public QWidget {
    Q_OBJECT
public:
    explicit HyperparameterForm(QWidget* parent = nullptr);

    ModelConfig model() const;  // vocabSize as last set with setVocabSize()
    TrainConfig train() const;
    void setConfigs(const ModelConfig& model, const TrainConfig& train);
    /// Selects a family and objective (e.g. from the tree's "Train a tiny one").
    void setFamily(ModelFamily family, Objective objective);
    ModelFamily family() const;
    void setVocabSize(int vocab);
    void setCorpusTokens(qint64 tokens);
    void saveSettings() const;

Q_SIGNALS:
    void changed();

private:
    QSpinBox* intField(const QString& key, int min, int max, int value, const QString& tip);
    QDoubleSpinBox* realField(const QString& key, double min, double max, double value,
                              int decimals, double step, const QString& tip);
    void applyPreset(int index);
    void updateSummary();
    void updateFamilyWidgets();
    void fillObjectives(ModelFamily family, Objective selected);
    void restoreSettings();

    QComboBox* preset_ = nullptr;
    QComboBox* family_ = nullptr;
    QComboBox* objective_ = nullptr;
    QComboBox* masking_ = nullptr;
    QComboBox* positions_ = nullptr;
    QComboBox* maskUnit_ = nullptr;
    QDoubleSpinBox* maskRate_ = nullptr;
    QWidget* maskRow_ = nullptr;
    QComboBox* tokenizer_ = nullptr;
    QSpinBox* vocabSize_ = nullptr;
    QWidget* noiseBox_ = nullptr;
    QCheckBox *infill_, *tokenMask_, *tokenDelete_, *permute_, *rotate_;
    QDoubleSpinBox* infillRate_ = nullptr;
    QLabel* familyNote_ = nullptr;
    QSpinBox *layers_, *heads_, *embed_, *block_, *batch_, *iters_, *warmup_, *evalEvery_,
        *evalIters_, *seed_, *threads_;
    QDoubleSpinBox *dropout_, *lr_, *minLr_, *weightDecay_, *gradClip_, *beta2_;
    QLabel* summary_ = nullptr;
    QMap<QString, QAbstractSpinBox*> fields_;
    int vocab_ = 65;
    qint64 corpusTokens_ = 0;
    bool applyingPreset_ = false;
};

}  // namespace lmw::ui
