// Two training curves on one chart (QCustomPlot): an encoder's and a decoder's training loss
// (smoothed, with the raw values faint behind) and their validation losses, each in its own
// colour, with a legend, log scale, hover read-out and PNG/CSV export.
#pragma once

#include <QVector>
#include <QWidget>
#include <array>
#include <vector>

#include "api/events.h"
#include "api/run_store.h"

class QCustomPlot;
class QCPGraph;
class QCheckBox;
class QLabel;
class QMouseEvent;

namespace lmw::ui {

class CompareChart : public QWidget {
    Q_OBJECT
public:
    enum Side { Encoder = 0, Decoder = 1 };

    explicit CompareChart(QWidget* parent = nullptr);

    void clear(Side side);
    void setSeriesName(Side side, const QString& name);
    QString seriesName(Side side) const;
    void appendSteps(Side side, const QVector<lmw::StepMetrics>& steps);
    void appendEval(Side side, const lmw::EvalMetrics& eval);
    /// A finished run's curves (from its metrics.csv).
    void showRows(Side side, const QString& name, const std::vector<lmw::MetricRow>& rows);
    void setPlannedSteps(qint64 steps);

    int trainPointCount(Side side) const;
    int valPointCount(Side side) const;
    double lastValLoss(Side side) const;  // NaN when there is none
    QCustomPlot* plot() const { return plot_; }

    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr) const;

private:
    struct Series {
        QString name;
        QVector<double> steps, loss, smooth, valSteps, valLoss;
        double ema = 0, emaWeight = 0;
        QCPGraph* raw = nullptr;
        QCPGraph* smoothed = nullptr;
        QCPGraph* val = nullptr;
    };
    void push(Series& s, double step, double loss);
    void refresh();
    void onMouseMove(QMouseEvent* event);

    QCustomPlot* plot_ = nullptr;
    QCheckBox* logBox_ = nullptr;
    QLabel* readout_ = nullptr;
    std::array<Series, 2> series_;
    qint64 plannedSteps_ = 0;
    bool replotQueued_ = false;
};

}  // namespace lmw::ui
