// Two training curves on one chart (QCustomPlot): an encoder's and a decoder's training loss
// (smoothed, with the raw values faint behind) and their validation losses, each in its own
// colour, with a legend, log scale, hover read-out and PNG/CSV export. The x-axis shows steps,
// supervised tokens (positions with a target: the encoder's hidden tokens, every token for the
// decoder) or seconds; dashed lines mark the corpus's unigram and bigram entropy, the plateaus
// a curve sits on before it uses the context.
#pragma once

#include <QVector>
#include <QWidget>
#include <array>
#include <memory>
#include <vector>

#include "api/events.h"
#include "api/run_store.h"

class QCustomPlot;
class QCPGraph;
class QCheckBox;
class QComboBox;
class QLabel;
class QMouseEvent;

namespace lmw::ui {

class EntropyLines;

class CompareChart : public QWidget {
    Q_OBJECT
public:
    enum Side { Encoder = 0, Decoder = 1 };
    enum XAxis { Steps = 0, SupervisedTokens = 1, Seconds = 2 };

    explicit CompareChart(QWidget* parent = nullptr);

    void clear(Side side);
    void setSeriesName(Side side, const QString& name);
    QString seriesName(Side side) const;
    void appendSteps(Side side, const QVector<lmw::StepMetrics>& steps);
    void appendEval(Side side, const lmw::EvalMetrics& eval);
    /// A finished run's curves (from its metrics.csv). metrics.csv has no supervised-token
    /// count: `supervisedPerStep` (batch x context x masked share) estimates it.
    void showRows(Side side, const QString& name, const std::vector<lmw::MetricRow>& rows,
                  double supervisedPerStep = 0);
    void setPlannedSteps(qint64 steps);
    void setXAxis(XAxis axis);
    XAxis xAxis() const { return axis_; }
    QComboBox* xAxisBox() const { return axisBox_; }
    /// Dashed lines at the corpus's unigram and bigram entropy (nats per token); NaN hides them.
    void setEntropyLines(double unigram, double bigram);
    const EntropyLines& entropyLines() const { return *entropy_; }

    int trainPointCount(Side side) const;
    int valPointCount(Side side) const;
    double lastValLoss(Side side) const;  // NaN when there is none
    QCustomPlot* plot() const { return plot_; }

    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr) const;

private:
    struct Series {
        QString name;
        QVector<double> steps, supervised, seconds, loss, smooth, valSteps, valLoss;
        double ema = 0, emaWeight = 0;
        QCPGraph* raw = nullptr;
        QCPGraph* smoothed = nullptr;
        QCPGraph* val = nullptr;
    };
    void push(Series& s, double step, double supervised, double seconds, double loss);
    /// x of the current axis for train point i / for a validation step.
    QVector<double> xs(const Series& s) const;
    double xAtStep(const Series& s, double step) const;
    void refresh();
    void onMouseMove(QMouseEvent* event);

    QCustomPlot* plot_ = nullptr;
    QCheckBox* logBox_ = nullptr;
    QComboBox* axisBox_ = nullptr;
    XAxis axis_ = Steps;
    std::shared_ptr<EntropyLines> entropy_;
    QLabel* readout_ = nullptr;
    std::array<Series, 2> series_;
    qint64 plannedSteps_ = 0;
    bool replotQueued_ = false;
};

}  // namespace lmw::ui
