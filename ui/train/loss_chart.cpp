#include "train/loss_chart.h"

#include "train/chart_marks.h"

#include "widgets/entropy_lines.h"

#include <qcustomplot.h>
#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSlider>
#include <QSvgGenerator>
#include <QTextStream>
#include <QVBoxLayout>
#include <cmath>

namespace lmw::ui {

namespace {
const QColor kTrain(52, 101, 164);
const QColor kVal(230, 126, 34);
const QColor kLr(120, 120, 120);

}  // namespace

LossChart::LossChart(QWidget* parent) : QWidget(parent) {
    buildControls();
    entropy_ = std::make_shared<EntropyLines>(plot_);
    marks_ = std::make_unique<ChartMarks>(plot_);
    clear();
}

LossChart::~LossChart() = default;

void LossChart::buildControls() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    smoothLabel_ = new QLabel(this);
    smoothSlider_ = new QSlider(Qt::Horizontal, this);
    smoothSlider_->setRange(0, 99);
    smoothSlider_->setValue(int(smoothing_ * 100));
    smoothSlider_->setMinimumWidth(110);
    smoothSlider_->setMaximumWidth(180);
    smoothSlider_->setToolTip(
        tr("Exponential moving average of the training loss, corrected for "
           "its start-up bias. The raw loss stays visible underneath."));
    logBox_ = new QCheckBox(tr("&Log scale"), this);
    logBox_->setToolTip(tr("Logarithmic loss axis: late, small improvements become visible."));
    lrBox_ = new QCheckBox(tr("Learning &rate"), this);
    lrBox_->setChecked(true);
    lrBox_->setToolTip(tr("Show the learning-rate schedule on the right-hand axis."));
    auto* fit = new QPushButton(tr("&Fit"), this);
    fit->setToolTip(tr("Show all data again (or double-click the chart)."));
    readout_ = new QLabel(this);
    readout_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    readout_->setMinimumWidth(200);
    bar->addWidget(new QLabel(tr("Smoothing"), this));
    bar->addWidget(smoothSlider_);
    bar->addWidget(smoothLabel_);
    bar->addSpacing(12);
    bar->addWidget(logBox_);
    bar->addWidget(lrBox_);
    bar->addWidget(fit);
    bar->addStretch(1);
    bar->addWidget(readout_);
    layout->addLayout(bar);

    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(320, 200);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    plot_->xAxis->setLabel(tr("step"));
    plot_->yAxis->setLabel(tr("loss (cross-entropy, nats)"));
    plot_->yAxis2->setLabel(tr("learning rate"));
    plot_->yAxis2->setVisible(true);
    plot_->yAxis2->setTickLabelColor(kLr);
    plot_->yAxis2->setLabelColor(kLr);
    plot_->legend->setVisible(true);
    plot_->legend->setBrush(QColor(255, 255, 255, 220));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    trainRaw_ = plot_->addGraph();
    trainRaw_->setName(tr("train (raw)"));
    trainRaw_->setPen(QPen(QColor(kTrain.red(), kTrain.green(), kTrain.blue(), 70), 1));
    trainSmooth_ = plot_->addGraph();
    trainSmooth_->setName(tr("train"));
    trainSmooth_->setPen(QPen(kTrain, 2));
    val_ = plot_->addGraph();
    val_->setName(tr("validation"));
    val_->setPen(QPen(kVal, 2));
    val_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kVal, Qt::white, 6));
    lr_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    lr_->setName(tr("learning rate"));
    lr_->setPen(QPen(kLr, 1, Qt::DashLine));
    layout->addWidget(plot_, 1);

    connect(smoothSlider_, &QSlider::valueChanged, this,
            [this](int v) { setSmoothing(v / 100.0); });
    connect(logBox_, &QCheckBox::toggled, this, &LossChart::setLogScale);
    connect(lrBox_, &QCheckBox::toggled, this, &LossChart::setShowLearningRate);
    connect(fit, &QPushButton::clicked, this, [this] {
        followData_ = true;
        rescale();
        requestReplot();
    });
    connect(plot_, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent*) {
        followData_ = true;
        rescale();
        requestReplot();
    });
    connect(plot_, &QCustomPlot::mouseWheel, this, [this](QWheelEvent*) { followData_ = false; });
    connect(plot_, &QCustomPlot::mouseMove, this, &LossChart::onMouseMove);
    connect(plot_, &QCustomPlot::mousePress, this, &LossChart::onMousePress);
    connect(plot_, &QCustomPlot::mouseRelease, this, &LossChart::onMouseRelease);
    smoothLabel_->setText(QString::number(smoothing_, 'f', 2));
}

// --- data ------------------------------------------------------------------------------------

void LossChart::clear() {
    if (marks_) marks_->clear();
    current_ = CurveSeries{};
    smoothed_.clear();
    emaState_ = emaWeight_ = 0;
    plannedSteps_ = 0;
    followData_ = true;
    refreshGraphs();
}

void LossChart::startRun(const QString& name, qint64 plannedSteps) {
    clear();
    current_.name = name;
    plannedSteps_ = plannedSteps;
    rescale();
    requestReplot();
}

void LossChart::pushTrainPoint(double step, double loss, double lr) {
    const double a = smoothing_;
    current_.steps.push_back(step);
    current_.trainLoss.push_back(loss);
    current_.lr.push_back(lr);
    emaState_ = a * emaState_ + (1 - a) * loss;
    emaWeight_ = a * emaWeight_ + (1 - a);
    smoothed_.push_back(emaState_ / emaWeight_);
    trainRaw_->addData(step, loss);
    trainSmooth_->addData(step, smoothed_.back());
    if (std::isfinite(lr)) lr_->addData(step, lr);
}

void LossChart::setPlannedSteps(qint64 steps) {
    plannedSteps_ = steps;
    rescale();
    requestReplot();
}

void LossChart::appendSteps(const QVector<lmw::StepMetrics>& steps) {
    for (const auto& m : steps) pushTrainPoint(double(m.step), m.trainLoss, m.lr);
    rescale();
    requestReplot();
}

void LossChart::appendEval(const lmw::EvalMetrics& e) {
    if (!std::isfinite(e.valLoss)) return;
    current_.valSteps.push_back(double(e.step));
    current_.valLoss.push_back(e.valLoss);
    val_->addData(double(e.step), e.valLoss);
    if (current_.steps.isEmpty() && e.step == 0 && std::isfinite(e.trainLoss))
        pushTrainPoint(0, e.trainLoss, std::nan(""));  // the loss before training starts the curve
    rescale();
    requestReplot();
}

void LossChart::showRun(const QString& name, const std::vector<lmw::MetricRow>& rows) {
    clear();
    current_.name = name;
    QVector<lmw::StepMetrics> steps;
    for (const auto& r : rows) {
        if (r.step == 0 && std::isfinite(r.valLoss)) {
            appendEval({0, r.trainLoss, r.valLoss});
            continue;
        }
        steps.push_back({r.step, 0, r.trainLoss, r.lr, r.tokensPerSec, r.elapsedS});
    }
    appendSteps(steps);
    for (const auto& r : rows)
        if (r.step > 0 && std::isfinite(r.valLoss)) appendEval({r.step, std::nan(""), r.valLoss});
}

void LossChart::rebuildSmoothed() {
    smoothed_.clear();
    emaState_ = emaWeight_ = 0;
    QVector<double> keys, values;
    for (int i = 0; i < current_.steps.size(); ++i) {
        emaState_ = smoothing_ * emaState_ + (1 - smoothing_) * current_.trainLoss[i];
        emaWeight_ = smoothing_ * emaWeight_ + (1 - smoothing_);
        smoothed_.push_back(emaState_ / emaWeight_);
    }
    refreshGraphs();
}

void LossChart::refreshGraphs() {
    trainRaw_->setData(current_.steps, current_.trainLoss, true);
    trainSmooth_->setData(current_.steps, smoothed_, true);
    val_->setData(current_.valSteps, current_.valLoss, true);
    QVector<double> lrSteps, lrValues;
    for (int i = 0; i < current_.steps.size(); ++i) {
        if (!std::isfinite(current_.lr[i])) continue;
        lrSteps.push_back(current_.steps[i]);
        lrValues.push_back(current_.lr[i]);
    }
    lr_->setData(lrSteps, lrValues, true);
    trainRaw_->setVisible(smoothing_ > 0);
    for (auto& o : overlays_) {
        QVector<double> sm;
        double st = 0, w = 0;
        for (double v : o.series.trainLoss) {
            st = smoothing_ * st + (1 - smoothing_) * v;
            w = smoothing_ * w + (1 - smoothing_);
            sm.push_back(st / w);
        }
        o.train->setData(o.series.steps, sm, true);
        o.val->setData(o.series.valSteps, o.series.valLoss, true);
    }
    rescale();
    requestReplot();
}

// --- overlays --------------------------------------------------------------------------------

QColor LossChart::overlayColor(int index) const {
    static const QColor palette[] = {QColor(46, 139, 87),   QColor(142, 68, 173),
                                     QColor(192, 57, 43),   QColor(22, 160, 133),
                                     QColor(127, 140, 141), QColor(211, 84, 0)};
    return palette[index % 6];
}

void LossChart::setOverlay(const QString& key, const QString& name,
                           const std::vector<lmw::MetricRow>& rows) {
    removeOverlay(key);
    Overlay o;
    o.name = name;
    o.series.name = name;
    for (const auto& r : rows) {
        if (r.step > 0) {
            o.series.steps.push_back(double(r.step));
            o.series.trainLoss.push_back(r.trainLoss);
            o.series.lr.push_back(r.lr);
        }
        if (std::isfinite(r.valLoss)) {
            o.series.valSteps.push_back(double(r.step));
            o.series.valLoss.push_back(r.valLoss);
        }
    }
    const QColor c = overlayColor(overlays_.size());
    o.train = plot_->addGraph();
    o.train->setName(tr("%1 · train").arg(name));
    o.train->setPen(QPen(c, 1.5));
    o.val = plot_->addGraph();
    o.val->setName(tr("%1 · validation").arg(name));
    o.val->setPen(QPen(c, 1.5, Qt::DashLine));
    o.val->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, c, c, 5));
    overlays_.insert(key, o);
    refreshGraphs();
}

void LossChart::removeOverlay(const QString& key) {
    auto it = overlays_.find(key);
    if (it == overlays_.end()) return;
    plot_->removeGraph(it->train);
    plot_->removeGraph(it->val);
    overlays_.erase(it);
    refreshGraphs();
}

// --- view options ----------------------------------------------------------------------------

void LossChart::setSmoothing(double weight) {
    smoothing_ = std::clamp(weight, 0.0, 0.99);
    if (smoothSlider_->value() != int(std::lround(smoothing_ * 100)))
        smoothSlider_->setValue(int(std::lround(smoothing_ * 100)));
    smoothLabel_->setText(QString::number(smoothing_, 'f', 2));
    rebuildSmoothed();
}

void LossChart::setLogScale(bool on) {
    logScale_ = on;
    if (logBox_->isChecked() != on) logBox_->setChecked(on);
    if (on) {
        plot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    } else {
        plot_->yAxis->setScaleType(QCPAxis::stLinear);
        plot_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    rescale();
    requestReplot();
}

void LossChart::setShowLearningRate(bool on) {
    if (lrBox_->isChecked() != on) lrBox_->setChecked(on);
    lr_->setVisible(on);
    plot_->yAxis2->setVisible(on);
    requestReplot();
}

void LossChart::rescale() {
    if (!followData_) return;
    bool found = false;
    double lo = 0, hi = 1;
    auto include = [&](const QVector<double>& values) {
        for (double v : values) {
            if (!std::isfinite(v) || (logScale_ && v <= 0)) continue;
            if (!found) lo = hi = v, found = true;
            lo = std::min(lo, v), hi = std::max(hi, v);
        }
    };
    include(current_.trainLoss);
    include(current_.valLoss);
    if (found) entropy_->include(lo, hi, found);
    for (const auto& o : overlays_) include(o.series.trainLoss), include(o.series.valLoss);
    // While a run trains, the axis grows ahead of the data up to the planned length, so the
    // curve is readable early on and the axis ends where the run will end.
    const double last = current_.steps.isEmpty() ? 0.0 : current_.steps.back();
    double maxStep = std::max(1.0, last);
    if (plannedSteps_ > 0)
        maxStep =
            std::max(maxStep, std::min<double>(double(plannedSteps_), std::max(1.25 * last, 50.0)));
    for (const auto& o : overlays_)
        if (!o.series.steps.isEmpty()) maxStep = std::max(maxStep, o.series.steps.back());
    plot_->xAxis->setRange(0, maxStep);
    if (found) {
        if (logScale_) {
            plot_->yAxis->setRange(lo / 1.1, hi * 1.1);
        } else {
            const double pad = std::max(1e-3, (hi - lo) * 0.05);
            plot_->yAxis->setRange(std::max(0.0, lo - pad), hi + pad);
        }
    }
    bool lrFound = false;
    lr_->valueAxis()->setRange(lr_->getValueRange(lrFound));
    if (lrFound) plot_->yAxis2->setRange(0, plot_->yAxis2->range().upper * 1.05);
}

void LossChart::setEntropyLines(double unigram, double bigram) {
    entropy_->set(unigram, bigram);
    rescale();
    requestReplot();
}

void LossChart::requestReplot() {
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

int LossChart::trainPointCount() const {
    return trainRaw_->dataCount();
}
int LossChart::valPointCount() const {
    return val_->dataCount();
}

// --- mouse -----------------------------------------------------------------------------------

void LossChart::onMouseMove(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) followData_ = false;  // the user is dragging
    if (current_.steps.isEmpty()) return;
    const double x = plot_->xAxis->pixelToCoord(event->position().x());
    auto it = std::lower_bound(current_.steps.begin(), current_.steps.end(), x);
    if (it == current_.steps.end()) --it;
    const int i = int(it - current_.steps.begin());
    QString text = tr("step %1 · train %2")
                       .arg(qint64(current_.steps[i]))
                       .arg(current_.trainLoss[i], 0, 'f', 4);
    if (i < smoothed_.size() && smoothing_ > 0)
        text += tr(" (smoothed %1)").arg(smoothed_[i], 0, 'f', 4);
    auto v =
        std::lower_bound(current_.valSteps.begin(), current_.valSteps.end(), current_.steps[i]);
    if (v != current_.valSteps.end() && *v == current_.steps[i])
        text += tr(" · validation %1")
                    .arg(current_.valLoss[int(v - current_.valSteps.begin())], 0, 'f', 4);
    text += tr(" · lr %1").arg(current_.lr[i], 0, 'g', 3);
    readout_->setText(text);
}

void LossChart::onMousePress(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) pressAt_ = event->position().toPoint();
}

void LossChart::onMouseRelease(QMouseEvent* event) {
    // A click, not the end of a drag: the press and the release are (almost) at the same place.
    if (event->button() != Qt::LeftButton || current_.steps.isEmpty()) return;
    if ((event->position().toPoint() - pressAt_).manhattanLength() > 4) return;
    const double x = plot_->xAxis->pixelToCoord(event->position().x());
    auto it = std::lower_bound(current_.steps.begin(), current_.steps.end(), x);
    if (it == current_.steps.end()) --it;
    if (it != current_.steps.begin() && std::abs(*(it - 1) - x) < std::abs(*it - x)) --it;
    Q_EMIT stepClicked(qint64(*it));
}

// --- export ----------------------------------------------------------------------------------

bool LossChart::exportPng(const QString& path, QString* error) {
    const bool ok = plot_->savePng(path, 0, 0, 2.0);  // twice the on-screen resolution
    if (!ok && error) *error = tr("Could not write the image '%1'.").arg(path);
    return ok;
}

bool LossChart::exportPdf(const QString& path, QString* error) {
    const bool ok = plot_->savePdf(path);
    if (!ok && error) *error = tr("Could not write the PDF '%1'.").arg(path);
    return ok;
}

bool LossChart::exportSvg(const QString& path, QString* error) {
    const int w = plot_->width(), h = plot_->height();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(QSize(w, h));
    svg.setViewBox(QRect(0, 0, w, h));
    svg.setTitle(tr("Loss curves"));
    svg.setDescription(tr("Exported from LLM Workbench"));
    QCPPainter painter;
    if (!painter.begin(&svg)) {
        if (error) *error = tr("Could not write the SVG '%1'.").arg(path);
        return false;
    }
    plot_->toPainter(&painter, w, h);
    painter.end();
    if (!QFile::exists(path)) {
        if (error) *error = tr("Could not write the SVG '%1'.").arg(path);
        return false;
    }
    return true;
}

bool LossChart::exportCsv(const QString& path, QString* error) const {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) *error = tr("Could not write '%1': %2").arg(path, f.errorString());
        return false;
    }
    QTextStream out(&f);
    out << "run,step,train_loss,train_loss_smoothed,val_loss,lr\n";
    auto quoted = [](QString s) { return '"' + s.replace('"', QStringLiteral("\"\"")) + '"'; };
    auto write = [&](const CurveSeries& s, const QVector<double>& smooth) {
        QMap<double, double> val;
        for (int i = 0; i < s.valSteps.size(); ++i) val[s.valSteps[i]] = s.valLoss[i];
        for (int i = 0; i < s.steps.size(); ++i) {
            const double v = val.value(s.steps[i], std::nan(""));
            auto num = [](double x) {
                return std::isfinite(x) ? QString::number(x, 'g', 8) : QString();
            };
            out << quoted(s.name) << ',' << qint64(s.steps[i]) << ',' << num(s.trainLoss[i]) << ','
                << (i < smooth.size() ? num(smooth[i]) : QString()) << ',' << num(v) << ','
                << num(s.lr[i]) << '\n';
        }
    };
    write(current_, smoothed_);
    for (const auto& o : overlays_) write(o.series, {});
    if (!f.commit()) {
        if (error) *error = tr("Could not write '%1': %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

}  // namespace lmw::ui
