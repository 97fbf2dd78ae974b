// The test-set confusion matrix of one classifier run: rows are the true labels, columns the
// predicted ones, each cell its count, shaded green on the diagonal (correct) and red off it,
// darker for larger counts; to the right, each label's precision and recall. A placeholder
// line until a run has finished. Painted to fit its size (also when saved as PNG).
#pragma once

#include <QString>
#include <QWidget>

#include "api/transfer.h"

namespace lmw::ui {

class ConfusionMatrixView : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionMatrixView(QWidget* parent = nullptr);

    /// Shows `metrics` of the run named `run` (in the "predicted (run)" header); empty metrics
    /// bring the placeholder back.
    void setMetrics(const ClassificationMetrics& metrics, const QString& run);
    const ClassificationMetrics& metrics() const { return metrics_; }
    QString run() const { return run_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ClassificationMetrics metrics_;
    QString run_;
};

}  // namespace lmw::ui
