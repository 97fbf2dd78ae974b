// The explorer's control row.
#include "attention/attention_controls.h"

#include "attention/attention_matrix.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace lmw::ui {

namespace {

QFrame* separator(QWidget* parent) {
    auto* line = new QFrame(parent);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

}  // namespace

AttentionControls::AttentionControls(QWidget* parent) : QWidget(parent) {
    layerBox_ = new QComboBox(this);
    layerBox_->setToolTip(tr("Layer shown in the head view, or the average over all layers"));
    headBox_ = new QComboBox(this);
    headBox_->setToolTip(tr("Head shown in the head view, or the average over all heads"));
    layerBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    headBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    threshold_ = new QSlider(Qt::Horizontal, this);
    threshold_->setRange(0, kThresholdSteps);
    threshold_->setMinimumWidth(110);
    threshold_->setToolTip(tr("Hide weights below this value, to see only the strong links"));
    thresholdValue_ = new QLabel(this);
    thresholdValue_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0.000")) + 4);

    palette_ = new QComboBox(this);
    for (AttentionColorScale::Palette p : AttentionColorScale::palettes()) {
        palette_->addItem(AttentionColorScale::paletteName(p), int(p));
    }
    palette_->setToolTip(tr("Colours of the weights, from light (low) to dark (high)"));
    gamma_ = new QDoubleSpinBox(this);
    gamma_->setRange(AttentionColorScale::kMinGamma, AttentionColorScale::kMaxGamma);
    gamma_->setSingleStep(0.1);
    gamma_->setDecimals(1);
    gamma_->setToolTip(tr("Contrast: below 1 brings out small weights, above 1 only the largest"));
    autoMaximum_ = new QCheckBox(tr("Auto"), this);
    autoMaximum_->setToolTip(tr("Let the darkest colour stand for the largest weight shown"));
    maximum_ = new QDoubleSpinBox(this);
    maximum_->setRange(AttentionColorScale::kMinMaximum, 1.0);
    maximum_->setDecimals(3);
    maximum_->setSingleStep(0.05);
    maximum_->setToolTip(tr("Weight drawn in the darkest colour"));

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Layer"), this));
    row->addWidget(layerBox_);
    row->addWidget(new QLabel(tr("Head"), this));
    row->addWidget(headBox_);
    row->addWidget(separator(this));
    row->addWidget(new QLabel(tr("Threshold"), this));
    row->addWidget(threshold_, 1);
    row->addWidget(thresholdValue_);
    row->addWidget(separator(this));
    row->addWidget(new QLabel(tr("Colours"), this));
    row->addWidget(palette_);
    row->addWidget(new QLabel(tr("Contrast"), this));
    row->addWidget(gamma_);
    row->addWidget(new QLabel(tr("Maximum"), this));
    row->addWidget(autoMaximum_);
    row->addWidget(maximum_);

    setShape(0, 0);
    setColorScale(AttentionColorScale());
    updateThresholdLabel();

    auto selection = [this] { Q_EMIT selectionChanged(layer(), head()); };
    connect(layerBox_, &QComboBox::currentIndexChanged, this, selection);
    connect(headBox_, &QComboBox::currentIndexChanged, this, selection);
    connect(threshold_, &QSlider::valueChanged, this, [this] {
        updateThresholdLabel();
        Q_EMIT thresholdChanged(threshold());
    });
    auto scale = [this] {
        maximum_->setEnabled(!autoMaximum_->isChecked());
        Q_EMIT colorScaleChanged();
    };
    connect(palette_, &QComboBox::currentIndexChanged, this, scale);
    connect(gamma_, &QDoubleSpinBox::valueChanged, this, scale);
    connect(autoMaximum_, &QCheckBox::toggled, this, scale);
    connect(maximum_, &QDoubleSpinBox::valueChanged, this, scale);
}

void AttentionControls::fill(QComboBox* box, int count, bool layers) {
    const int previous = box->currentData().isValid() ? box->currentData().toInt() : 0;
    const QSignalBlocker block(box);
    box->clear();
    for (int i = 0; i < count; ++i) {
        box->addItem(layers ? AttentionMatrices::layerName(i) : AttentionMatrices::headName(i), i);
    }
    if (count > 1) {
        box->addItem(
            layers ? AttentionMatrices::layerName(kAverage) : AttentionMatrices::headName(kAverage),
            kAverage);
    }
    const int index = box->findData(previous);
    box->setCurrentIndex(index >= 0 ? index : 0);
    box->setEnabled(count > 0);
}

void AttentionControls::setShape(int layers, int heads) {
    fill(layerBox_, layers, true);
    fill(headBox_, heads, false);
}

void AttentionControls::setSelection(int layer, int head) {
    const QSignalBlocker blockLayer(layerBox_);
    const QSignalBlocker blockHead(headBox_);
    const int l = layerBox_->findData(layer);
    const int h = headBox_->findData(head);
    if (l >= 0) layerBox_->setCurrentIndex(l);
    if (h >= 0) headBox_->setCurrentIndex(h);
}

int AttentionControls::layer() const {
    return layerBox_->currentData().isValid() ? layerBox_->currentData().toInt() : 0;
}

int AttentionControls::head() const {
    return headBox_->currentData().isValid() ? headBox_->currentData().toInt() : 0;
}

void AttentionControls::setThreshold(float threshold) {
    const QSignalBlocker block(threshold_);
    threshold_->setValue(int(std::lround(threshold / kThresholdMaximum * kThresholdSteps)));
    updateThresholdLabel();
}

float AttentionControls::threshold() const {
    return float(threshold_->value() * kThresholdMaximum / kThresholdSteps);
}

void AttentionControls::setColorScale(const AttentionColorScale& scale) {
    const QSignalBlocker b1(palette_);
    const QSignalBlocker b2(gamma_);
    const QSignalBlocker b3(autoMaximum_);
    const QSignalBlocker b4(maximum_);
    palette_->setCurrentIndex(std::max(0, palette_->findData(int(scale.palette()))));
    gamma_->setValue(scale.gamma());
    autoMaximum_->setChecked(scale.autoMaximum());
    maximum_->setValue(scale.maximum());
    maximum_->setEnabled(!scale.autoMaximum());
}

AttentionColorScale AttentionControls::colorScale() const {
    AttentionColorScale scale;
    scale.setPalette(AttentionColorScale::Palette(palette_->currentData().toInt()));
    scale.setGamma(gamma_->value());
    scale.setAutoMaximum(autoMaximum_->isChecked());
    scale.setMaximum(maximum_->value());
    return scale;
}

void AttentionControls::updateThresholdLabel() {
    const float t = threshold();
    thresholdValue_->setText(t <= 0.0F ? tr("off") : QString::number(double(t), 'f', 3));
}

}  // namespace lmw::ui
