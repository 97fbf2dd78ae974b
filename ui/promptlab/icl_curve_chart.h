// In-context learning emerging during training: while the ICL preset trains, accuracy on
// held-out symbol-to-label mappings against the training step, one line per number of
// demonstrations k, with chance dashed and the validation loss dotted on the right axis.
// Few-shot learning shows as the k > 0 lines leaving chance while k = 0 stays there.
#pragma once

#include <qcustomplot.h>

#include <vector>

#include "api/prompting.h"

namespace lmw::ui {

class IclCurveChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit IclCurveChart(QWidget* parent = nullptr);

    /// Draws `curve` for the preset's ks, its number of labels (chance) and its step count.
    void showCurve(const std::vector<IclCurvePoint>& curve, const IclPreset& preset);

    /// The curve as iclCurveCsv writes it (icl-train's file); false when it cannot be written.
    static bool writeCsv(const QString& path, const std::vector<IclCurvePoint>& curve);
};

}  // namespace lmw::ui
