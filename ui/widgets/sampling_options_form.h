// The sampling options of text generation as one form: length, temperature, top-k, top-p and
// seed, and for BART the beam width. The Train page's sample box (characters of a run being
// trained) and the Playground's Generate tab (tokens of any model) both use it, so the two
// cannot disagree about ranges, defaults, tooltips or what is remembered.
#pragma once

#include <QString>
#include <QWidget>

#include "api/text_generator.h"

class QDoubleSpinBox;
class QFormLayout;
class QSettings;
class QSpinBox;

namespace lmw::ui {

class SamplingOptionsForm : public QWidget {
    Q_OBJECT
public:
    /// What one step of generation writes, for the labels and tooltips.
    enum class Unit { Characters, Tokens };
    /// `beams` adds the beam-width row (BART decodes with beams, not by sampling).
    SamplingOptionsForm(Unit unit, bool beams, QWidget* parent = nullptr);

    /// Copies the form's values into `options` (everything but the prompt).
    void applyTo(GenerateOptions& options) const;
    /// Turns the sampling rows (temperature, top-k, top-p, seed) off with `why` as their
    /// tooltip, or back on with their explanations; the beam row does the opposite.
    void setSampling(bool on, const QString& why = QString());

    /// Reads and writes the values under `settings`' current group, keys "tokens",
    /// "temperature", "topK", "topP", "seed" and "beams"; missing keys give the defaults.
    void restore(QSettings& settings);
    void save(QSettings& settings) const;

    /// The form's layout, for rows a user of the form adds below (a Generate button).
    QFormLayout* formLayout() const { return form_; }
    QSpinBox* lengthBox() const { return length_; }
    QDoubleSpinBox* temperatureBox() const { return temperature_; }
    QSpinBox* topKBox() const { return topK_; }
    QDoubleSpinBox* topPBox() const { return topP_; }
    QSpinBox* seedBox() const { return seed_; }
    QSpinBox* beamsBox() const { return beams_; }  // null without the beam row

private:
    void explainSampling();

    Unit unit_;
    QFormLayout* form_ = nullptr;
    QSpinBox* length_ = nullptr;
    QDoubleSpinBox* temperature_ = nullptr;
    QSpinBox* topK_ = nullptr;
    QDoubleSpinBox* topP_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QSpinBox* beams_ = nullptr;
};

}  // namespace lmw::ui
