#include "compare/compare_chart.h"

#include "widgets/entropy_lines.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>
#include <limits>

namespace lmw::ui {

namespace {

constexpr double kSmoothing = 0.9;

QColor sideColor(int side) {
    return side == CompareChart::Encoder ? QColor(0x2b, 0x6c, 0xb0) : QColor(0xd9, 0x5f, 0x0e);
}

}  // namespace

CompareChart::CompareChart(QWidget* parent) : QWidget(parent) {
    plot_ = new QCustomPlot(this);
    plot_->setMinimumHeight(180);
    plot_->xAxis->setLabel(tr("training step"));
    plot_->yAxis->setLabel(tr("loss (nats per predicted token)"));
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    for (int side = 0; side < 2; ++side) {
        Series& s = series_[std::size_t(side)];
        const QColor c = sideColor(side);
        s.raw = plot_->addGraph();
        QColor faint = c;
        faint.setAlpha(50);
        s.raw->setPen(QPen(faint, 1));
        s.raw->removeFromLegend();
        s.smoothed = plot_->addGraph();
        s.smoothed->setPen(QPen(c, 2));
        s.val = plot_->addGraph();
        s.val->setPen(QPen(c, 1.5, Qt::DashLine));
        s.val->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, c, Qt::white, 6));
    }
    setSeriesName(Encoder, tr("Encoder"));
    setSeriesName(Decoder, tr("Decoder"));
    entropy_ = std::make_shared<EntropyLines>(plot_);

    logBox_ = new QCheckBox(tr("Log scale"), this);
    logBox_->setToolTip(tr("Show the loss on a logarithmic axis"));
    connect(logBox_, &QCheckBox::toggled, this, [this](bool on) {
        plot_->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
        if (on)
            plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
        else
            plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        refresh();
    });
    axisBox_ = new QComboBox(this);
    axisBox_->addItem(tr("x: training steps"));
    axisBox_->addItem(tr("x: supervised tokens"));
    axisBox_->addItem(tr("x: seconds"));
    axisBox_->setToolTip(
        tr("What the x-axis counts: optimizer steps; supervised tokens, the positions a model "
           "learns from (the encoder only its hidden tokens, the decoder every token); or "
           "wall-clock seconds"));
    connect(axisBox_, &QComboBox::currentIndexChanged, this, [this](int i) { setXAxis(XAxis(i)); });
    readout_ = new QLabel(this);
    readout_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* bar = new QHBoxLayout;
    bar->addWidget(axisBox_);
    bar->addWidget(logBox_);
    bar->addStretch();
    bar->addWidget(readout_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_, 1);
    layout->addLayout(bar);
    connect(plot_, &QCustomPlot::mouseMove, this, &CompareChart::onMouseMove);
}

void CompareChart::setSeriesName(Side side, const QString& name) {
    Series& s = series_[std::size_t(side)];
    s.name = name;
    s.smoothed->setName(tr("%1 training (smoothed)").arg(name));
    s.val->setName(tr("%1 validation").arg(name));
    refresh();
}

QString CompareChart::seriesName(Side side) const {
    return series_[std::size_t(side)].name;
}

void CompareChart::setXAxis(XAxis axis) {
    axis_ = axis;
    if (axisBox_->currentIndex() != int(axis)) axisBox_->setCurrentIndex(int(axis));
    const char* labels[3] = {QT_TR_NOOP("training step"),
                             QT_TR_NOOP("supervised tokens (positions with a target)"),
                             QT_TR_NOOP("seconds")};
    plot_->xAxis->setLabel(tr(labels[int(axis)]));
    refresh();
}

void CompareChart::setEntropyLines(double unigram, double bigram) {
    entropy_->set(unigram, bigram);
    refresh();
}

QVector<double> CompareChart::xs(const Series& s) const {
    return axis_ == SupervisedTokens ? s.supervised : axis_ == Seconds ? s.seconds : s.steps;
}

double CompareChart::xAtStep(const Series& s, double step) const {
    if (axis_ == Steps || s.steps.isEmpty()) return step;
    const auto it = std::lower_bound(s.steps.begin(), s.steps.end(), step);
    if (it == s.steps.end()) return xs(s).back();
    return xs(s)[it - s.steps.begin()];
}

void CompareChart::clear(Side side) {
    Series& s = series_[std::size_t(side)];
    s.steps.clear();
    s.supervised.clear();
    s.seconds.clear();
    s.loss.clear();
    s.smooth.clear();
    s.valSteps.clear();
    s.valLoss.clear();
    s.ema = s.emaWeight = 0;
    refresh();
}

void CompareChart::push(Series& s, double step, double supervised, double seconds, double loss) {
    if (!std::isfinite(loss)) return;
    s.ema = kSmoothing * s.ema + (1 - kSmoothing) * loss;
    s.emaWeight = kSmoothing * s.emaWeight + (1 - kSmoothing);
    s.steps.push_back(step);
    s.supervised.push_back(supervised);
    s.seconds.push_back(seconds);
    s.loss.push_back(loss);
    s.smooth.push_back(s.ema / s.emaWeight);
}

void CompareChart::appendSteps(Side side, const QVector<lmw::StepMetrics>& steps) {
    Series& s = series_[std::size_t(side)];
    for (const auto& m : steps)
        push(s, double(m.step), double(m.supervisedTokens), m.elapsedS, m.trainLoss);
    refresh();
}

void CompareChart::appendEval(Side side, const lmw::EvalMetrics& eval) {
    Series& s = series_[std::size_t(side)];
    if (!std::isfinite(eval.valLoss)) return;
    s.valSteps.push_back(double(eval.step));
    s.valLoss.push_back(eval.valLoss);
    refresh();
}

void CompareChart::showRows(Side side, const QString& name, const std::vector<lmw::MetricRow>& rows,
                            double supervisedPerStep) {
    clear(side);
    setSeriesName(side, name);
    Series& s = series_[std::size_t(side)];
    for (const auto& r : rows) {
        push(s, double(r.step), double(r.step) * supervisedPerStep, r.elapsedS, r.trainLoss);
        if (std::isfinite(r.valLoss)) {
            s.valSteps.push_back(double(r.step));
            s.valLoss.push_back(r.valLoss);
        }
    }
    refresh();
}

void CompareChart::setPlannedSteps(qint64 steps) {
    plannedSteps_ = steps;
    refresh();
}

int CompareChart::trainPointCount(Side side) const {
    return int(series_[std::size_t(side)].steps.size());
}
int CompareChart::valPointCount(Side side) const {
    return int(series_[std::size_t(side)].valSteps.size());
}
double CompareChart::lastValLoss(Side side) const {
    const auto& v = series_[std::size_t(side)].valLoss;
    return v.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : v.back();
}

void CompareChart::refresh() {
    for (Series& s : series_) {
        const QVector<double> x = xs(s);
        s.raw->setData(x, s.loss, true);
        s.smoothed->setData(x, s.smooth, true);
        QVector<double> valX;
        for (double step : s.valSteps) valX.push_back(xAtStep(s, step));
        s.val->setData(valX, s.valLoss, true);
    }
    if (replotQueued_) return;
    replotQueued_ = true;
    QTimer::singleShot(0, this, [this] {
        replotQueued_ = false;
        bool found = false;
        QCPRange y;
        double xMax = axis_ == Steps ? double(plannedSteps_) : 0.0;
        for (const Series& s : series_) {
            for (QCPGraph* g : {s.smoothed, s.val, s.raw}) {
                bool ok = false;
                const QCPRange r = g->getValueRange(ok, QCP::sdBoth);
                if (!ok) continue;
                y = found ? QCPRange(std::min(y.lower, r.lower), std::max(y.upper, r.upper)) : r;
                found = true;
            }
            if (!s.steps.isEmpty()) xMax = std::max(xMax, xs(s).back());
        }
        if (found) entropy_->include(y.lower, y.upper, found);
        plot_->xAxis->setRange(0, std::max(10.0, xMax));
        if (found) {
            const double pad = (y.upper - y.lower) * 0.05 + 1e-3;
            const bool log = plot_->yAxis->scaleType() == QCPAxis::stLogarithmic;
            plot_->yAxis->setRange(
                log ? std::max(1e-3, y.lower * 0.9) : std::max(0.0, y.lower - pad), y.upper + pad);
        }
        plot_->replot(QCustomPlot::rpQueuedReplot);
    });
}

void CompareChart::onMouseMove(QMouseEvent* event) {
    const double x = plot_->xAxis->pixelToCoord(event->position().x());
    QStringList parts;
    for (const Series& s : series_) {
        if (s.steps.isEmpty()) continue;
        const QVector<double> xv = xs(s);
        const auto it = std::lower_bound(xv.begin(), xv.end(), x);
        const auto i = std::min<qsizetype>(it - xv.begin(), xv.size() - 1);
        parts
            << tr("%1 step %2: %3").arg(s.name).arg(qint64(s.steps[i])).arg(s.smooth[i], 0, 'f', 3);
    }
    readout_->setText(parts.join(QStringLiteral("   ")));
}

bool CompareChart::exportPng(const QString& path, QString* error) {
    const bool ok = plot_->savePng(path, 0, 0, 2.0);
    if (!ok && error) *error = tr("Could not write %1.").arg(path);
    return ok;
}

bool CompareChart::exportCsv(const QString& path, QString* error) const {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error) *error = tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    QTextStream out(&f);
    out << "model,step,supervised_tokens,seconds,train_loss,val_loss\n";
    for (const Series& s : series_) {
        QString name = s.name;
        name.replace(QLatin1Char(','), QLatin1Char(' '));
        int v = 0;
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            QString val;
            while (v < s.valSteps.size() && s.valSteps[v] < s.steps[i]) ++v;
            if (v < s.valSteps.size() && s.valSteps[v] == s.steps[i])
                val = QString::number(s.valLoss[v], 'g', 8);
            out << name << ',' << qint64(s.steps[i]) << ',' << qint64(s.supervised[i]) << ','
                << QString::number(s.seconds[i], 'f', 3) << ','
                << QString::number(s.loss[i], 'g', 8) << ',' << val << '\n';
        }
    }
    return f.error() == QFile::NoError;
}

}  // namespace lmw::ui
