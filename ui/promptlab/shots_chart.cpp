#include "promptlab/shots_chart.h"

#include <algorithm>

#include "widgets/formatting.h"

namespace lmw::ui {

ShotsChart::ShotsChart(QWidget* parent) : QCustomPlot(parent) {
    setMinimumSize(360, 240);
    setToolTip(
        tr("Accuracy (with ± its spread over seeds) and expected calibration error against "
           "the number of demonstrations k; the dashed line is chance (one over the labels)."));
    xAxis->setLabel(tr("demonstrations k"));
    yAxis->setLabel(tr("accuracy"));
    yAxis2->setLabel(tr("ECE"));
    yAxis2->setVisible(true);
    yAxis->setRange(0, 1);
    yAxis2->setRange(0, 1);
    legend->setVisible(true);
    legend->setFont(font());
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
}

void ShotsChart::showReport(const PromptEvalReport& report) {
    clearPlottables();
    clearItems();
    QVector<double> ks, acc, err, ece;
    for (const ShotsResult& s : report.byShots) {
        ks << s.shots;
        acc << s.calibration.accuracy;
        err << s.accuracyStd;
        ece << s.calibration.ece;
    }
    const QColor accuracyColor = seriesColor(0);
    QCPGraph* a = addGraph(xAxis, yAxis);
    a->setName(tr("accuracy"));
    a->setPen(QPen(accuracyColor, 2));
    a->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 7));
    a->setData(ks, acc);
    auto* bars = new QCPErrorBars(xAxis, yAxis);
    bars->setDataPlottable(a);
    bars->setData(err);
    bars->setPen(QPen(accuracyColor));
    bars->setName(tr("± std over seeds"));
    QCPGraph* e = addGraph(xAxis, yAxis2);
    e->setName(tr("ECE (right axis)"));
    e->setPen(QPen(seriesColor(1), 2));
    e->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
    e->setData(ks, ece);
    const double chance = report.labels.empty() ? 0 : 1.0 / double(report.labels.size());
    const double lo = ks.isEmpty() ? 0 : *std::min_element(ks.begin(), ks.end());
    const double hi = ks.isEmpty() ? 1 : *std::max_element(ks.begin(), ks.end());
    QCPGraph* c = addGraph(xAxis, yAxis);
    c->setName(tr("chance (1/%1)").arg(report.labels.size()));
    c->setPen(QPen(referenceColor(), 1.5, Qt::DashLine));
    c->setData(QVector<double>{lo - 0.5, hi + 0.5}, QVector<double>{chance, chance});
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (double k : ks) ticker->addTick(k, QString::number(int(k)));
    xAxis->setTicker(ticker);
    xAxis->setRange(lo - 0.5, hi + 0.5);
    yAxis->setRange(0, 1.05);
    double eceMax = 0.1;
    for (double v : ece) eceMax = std::max(eceMax, v);
    yAxis2->setRange(0, std::min(1.0, eceMax * 1.25));
    replot();
}

}  // namespace lmw::ui
