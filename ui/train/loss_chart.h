// Live loss chart (QCustomPlot): train loss raw and smoothed (bias-corrected EMA), validation
// loss, learning rate on a second axis, optional log scale, overlays of earlier runs, hover
// read-out, and export as PNG, PDF, SVG or CSV. Appending is cheap; replots are queued so
// that many updates in one event-loop pass draw once.
#pragma once

#include <QColor>
#include <QMap>
#include <QPoint>
#include <QString>
#include <QVector>
#include <QWidget>
#include <memory>

#include "api/events.h"
#include "api/run_store.h"

class QCustomPlot;
class QCPGraph;
class QCheckBox;
class QSlider;
class QLabel;
class QMouseEvent;

namespace lmw::ui {

class ChartMarks;

/// One run's curves as plain numbers (NaN where a value is missing).
struct CurveSeries {
    QString name;
    QVector<double> steps, trainLoss, valSteps, valLoss, lr;
};

class EntropyLines;

class LossChart : public QWidget {
    Q_OBJECT
public:
    explicit LossChart(QWidget* parent = nullptr);
    ~LossChart() override;

    /// Starts a new live curve (clears the current one; overlays stay).
    void startRun(const QString& name, qint64 plannedSteps = 0);
    void appendSteps(const QVector<lmw::StepMetrics>& steps);
    void appendEval(const lmw::EvalMetrics& eval);
    /// Shows a finished run's metrics as the current curve.
    void showRun(const QString& name, const std::vector<lmw::MetricRow>& rows);
    void clear();
    /// The x axis spans at least this many steps (the planned length of a live run).
    void setPlannedSteps(qint64 steps);

    /// Earlier runs drawn in other colours, keyed by run folder.
    void setOverlay(const QString& key, const QString& name,
                    const std::vector<lmw::MetricRow>& rows);
    void removeOverlay(const QString& key);
    QStringList overlayKeys() const { return overlays_.keys(); }

    void setSmoothing(double weight);  // 0 = none, up to 0.99
    double smoothing() const { return smoothing_; }
    void setLogScale(bool on);
    bool logScale() const { return logScale_; }
    void setShowLearningRate(bool on);
    /// Dashed lines at the corpus's unigram and bigram entropy (nats per token); NaN hides them.
    void setEntropyLines(double unigram, double bigram);
    const EntropyLines& entropyLines() const { return *entropy_; }

    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportPdf(const QString& path, QString* error = nullptr);
    bool exportSvg(const QString& path, QString* error = nullptr);
    bool exportCsv(const QString& path, QString* error = nullptr) const;

    // Read access for tests and for other panels.
    const CurveSeries& current() const { return current_; }
    int trainPointCount() const;
    int valPointCount() const;
    QCustomPlot* plot() const { return plot_; }
    /// Marks on the current run: where its learning rate was changed (cleared by clear()).
    ChartMarks& marks() { return *marks_; }

Q_SIGNALS:
    /// The user clicked the chart at this training step (nearest recorded step).
    void stepClicked(qint64 step);

private:
    void buildControls();
    void pushTrainPoint(double step, double loss, double lr);
    void rebuildSmoothed();
    void refreshGraphs();
    void rescale();
    void requestReplot();
    void onMouseMove(QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    QColor overlayColor(int index) const;

    QCustomPlot* plot_ = nullptr;
    std::unique_ptr<ChartMarks> marks_;
    QCPGraph* trainRaw_ = nullptr;
    QCPGraph* trainSmooth_ = nullptr;
    QCPGraph* val_ = nullptr;
    QCPGraph* lr_ = nullptr;
    QCheckBox* logBox_ = nullptr;
    QCheckBox* lrBox_ = nullptr;
    QSlider* smoothSlider_ = nullptr;
    QLabel* smoothLabel_ = nullptr;
    QLabel* readout_ = nullptr;

    CurveSeries current_;
    QVector<double> smoothed_;
    double emaState_ = 0;   // running EMA numerator for incremental smoothing
    double emaWeight_ = 0;  // running sum of weights (bias correction)
    double smoothing_ = 0.9;
    bool logScale_ = false;
    bool followData_ = true;   // rescale automatically until the user zooms or drags
    qint64 plannedSteps_ = 0;  // x axis spans the whole planned run while it trains
    QPoint pressAt_;           // where the left button went down (clicks vs drags)

    struct Overlay {
        QString name;
        CurveSeries series;
        QCPGraph* train = nullptr;
        QCPGraph* val = nullptr;
    };
    QMap<QString, Overlay> overlays_;
    std::shared_ptr<EntropyLines> entropy_;
};

}  // namespace lmw::ui
