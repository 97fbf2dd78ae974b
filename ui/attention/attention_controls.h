// The explorer's control row: which layer and head the head view shows (or their averages),
// the threshold below which weights are hidden, and the colour scale (palette, contrast,
// maximum).
#pragma once

#include "attention/attention_color_scale.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace lmw::ui {

class AttentionControls : public QWidget {
    Q_OBJECT

public:
    static constexpr int kThresholdSteps = 100;       // slider positions
    static constexpr double kThresholdMaximum = 0.5;  // weight at the slider's end

    explicit AttentionControls(QWidget* parent = nullptr);

    /// Fills the layer and head choices; keeps the selection when it is still valid.
    void setShape(int layers, int heads);
    /// Selects a layer and head (either may be kAverage) without emitting.
    void setSelection(int layer, int head);
    int layer() const;
    int head() const;

    void setThreshold(float threshold);  // without emitting
    float threshold() const;
    void setColorScale(const AttentionColorScale& scale);  // without emitting
    AttentionColorScale colorScale() const;

    QComboBox* layerBox() const { return layerBox_; }
    QComboBox* headBox() const { return headBox_; }
    QSlider* thresholdSlider() const { return threshold_; }
    QComboBox* paletteBox() const { return palette_; }
    QDoubleSpinBox* gammaBox() const { return gamma_; }
    QCheckBox* autoMaximumBox() const { return autoMaximum_; }
    QDoubleSpinBox* maximumBox() const { return maximum_; }

Q_SIGNALS:
    void selectionChanged(int layer, int head);
    void thresholdChanged(float threshold);
    void colorScaleChanged();

private:
    void fill(QComboBox* box, int count, bool layers);
    void updateThresholdLabel();

    QComboBox* layerBox_ = nullptr;
    QComboBox* headBox_ = nullptr;
    QSlider* threshold_ = nullptr;
    QLabel* thresholdValue_ = nullptr;
    QComboBox* palette_ = nullptr;
    QDoubleSpinBox* gamma_ = nullptr;
    QCheckBox* autoMaximum_ = nullptr;
    QDoubleSpinBox* maximum_ = nullptr;
};

}  // namespace lmw::ui
