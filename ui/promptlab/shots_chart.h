// Accuracy against the number of demonstrations k after a Prompt lab evaluation: accuracy with
// its spread over seeds as error bars, expected calibration error on the right axis, and chance
// (one over the number of labels) as a dashed line.
#pragma once

#include <qcustomplot.h>

#include "api/prompting.h"

namespace lmw::ui {

class ShotsChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit ShotsChart(QWidget* parent = nullptr);
    void showReport(const PromptEvalReport& report);
};

}  // namespace lmw::ui
