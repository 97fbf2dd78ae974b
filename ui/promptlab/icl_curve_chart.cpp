#include "promptlab/icl_curve_chart.h"

#include <QFile>
#include <algorithm>
#include <cmath>

#include "widgets/formatting.h"

namespace lmw::ui {

IclCurveChart::IclCurveChart(QWidget* parent) : QCustomPlot(parent) {
    setMinimumSize(360, 240);
    setToolTip(
        tr("While the ICL preset trains: accuracy on held-out mappings against the training step, "
           "one line per k, measured at every evaluation. The dashed line is chance; the dotted "
           "line the validation loss (right axis). Few-shot learning shows as the k > 0 lines "
           "leaving chance while k = 0 stays there."));
    xAxis->setLabel(tr("training step"));
    yAxis->setLabel(tr("accuracy"));
    yAxis2->setLabel(tr("validation loss"));
    yAxis2->setVisible(true);
    yAxis->setRange(0, 1.05);
    yAxis2->setRange(0, 1);
    xAxis->setRange(0, 1);
    legend->setVisible(true);
    legend->setFont(font());
    // The legend in a row above the plot, so that it never hides a line.
    axisRect()->insetLayout()->take(legend);
    axisRect()->insetLayout()->simplify();
    plotLayout()->insertRow(0);
    plotLayout()->addElement(0, 0, legend);
    plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(5);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 2, 4, 0));
}

void IclCurveChart::showCurve(const std::vector<IclCurvePoint>& curve, const IclPreset& preset) {
    clearPlottables();
    const std::vector<int>& shots = preset.eval.shots;
    double maxStep = std::max(1, preset.train.iters);
    for (const IclCurvePoint& p : curve) maxStep = std::max(maxStep, double(p.step));
    for (std::size_t i = 0; i < shots.size(); ++i) {
        QVector<double> x, y;
        for (const IclCurvePoint& p : curve) {
            for (const ShotsResult& s : p.byShots) {
                if (s.shots != shots[i]) continue;
                x << double(p.step);
                y << s.calibration.accuracy;
            }
        }
        QCPGraph* g = addGraph(xAxis, yAxis);
        g->setName(tr("k = %1").arg(shots[i]));
        // k = 0 is the reference the others should leave: drawn in the reference colour.
        g->setPen(QPen(shots[i] == 0 ? referenceColor() : seriesColor(int(i)), 2));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
        g->setData(x, y);
    }
    const int labels = int(preset.task.labels.size());
    const double chance = labels > 0 ? 1.0 / labels : 0.0;
    QCPGraph* c = addGraph(xAxis, yAxis);
    c->setName(tr("chance (1/%1)").arg(labels));
    c->setPen(QPen(referenceColor(), 1.5, Qt::DashLine));
    c->setData(QVector<double>{0, maxStep}, QVector<double>{chance, chance});
    QVector<double> steps, losses;
    double lossMin = 0, lossMax = 0;
    for (const IclCurvePoint& p : curve) {
        if (!std::isfinite(p.valLoss)) continue;
        lossMin = losses.isEmpty() ? p.valLoss : std::min(lossMin, p.valLoss);
        lossMax = losses.isEmpty() ? p.valLoss : std::max(lossMax, p.valLoss);
        steps << double(p.step);
        losses << p.valLoss;
    }
    QCPGraph* v = addGraph(xAxis, yAxis2);
    v->setName(tr("validation loss (right axis)"));
    v->setPen(QPen(QColor(60, 60, 60), 1.5, Qt::DotLine));
    v->setData(steps, losses);
    xAxis->setRange(0, maxStep);
    yAxis->setRange(0, 1.05);
    // The loss spans the right axis from its lowest to its highest value, so that it falls from
    // the top to the bottom of the plot, away from the chance line.
    const double span = std::max(0.05, lossMax - lossMin);
    if (losses.isEmpty())
        yAxis2->setRange(0, 1);
    else
        yAxis2->setRange(std::max(0.0, lossMin - 0.05 * span), lossMax + 0.05 * span);
    replot();
}

bool IclCurveChart::writeCsv(const QString& path, const std::vector<IclCurvePoint>& curve) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    const std::string csv = iclCurveCsv(curve);  // the same file as icl-train writes
    const bool ok = f.write(csv.data(), qint64(csv.size())) == qint64(csv.size());
    f.close();
    return ok && f.error() == QFileDevice::NoError;
}

}  // namespace lmw::ui
