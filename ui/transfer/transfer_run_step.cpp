#include "transfer/transfer_run_step.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>
#include <algorithm>

#include <qcustomplot.h>

#include "transfer/confusion_matrix_view.h"
#include "transfer/freeze_map.h"
#include "transfer/plot_png_exporter.h"
#include "transfer/transfer_text.h"
#include "widgets/formatting.h"
#include "widgets/save_to_file.h"

namespace lmw::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// A plot with its legend below the axes, in columns, so that it never hides a curve.
QCustomPlot* makePlot(QWidget* parent, const QString& x, const QString& y, const QString& tip) {
    auto* p = new QCustomPlot(parent);
    p->xAxis->setLabel(x);
    p->yAxis->setLabel(y);
    p->legend->setVisible(true);
    auto* below = new QCPLayoutGrid;
    p->plotLayout()->addElement(1, 0, below);
    p->plotLayout()->setRowStretchFactor(1, 0.001);
    below->setMargins(QMargins(5, 0, 5, 5));
    below->addElement(0, 0, p->legend);
    p->legend->setFillOrder(QCPLegend::foColumnsFirst);
    p->legend->setWrap(3);
    p->legend->setBorderPen(Qt::NoPen);
    QFont lf = p->font();
    lf.setPointSizeF(lf.pointSizeF() * 0.85);
    p->legend->setFont(lf);
    p->setToolTip(tip);
    p->setMinimumHeight(180);
    return p;
}

QGroupBox* titled(QWidget* parent, const QString& title, QWidget* w) {
    auto* box = new QGroupBox(title, parent);
    auto* l = new QVBoxLayout(box);
    l->setContentsMargins(4, 4, 4, 4);
    l->addWidget(w);
    return box;
}

}  // namespace

TransferRunStep::TransferRunStep(QWidget* parent) : QWidget(parent) {
    runButton_ = new QPushButton(tr("&Run"), this);
    runButton_->setToolTip(tr("Run stages 1–3 and the chosen baselines (Ctrl+Return)."));
    stopButton_ = new QPushButton(tr("&Stop"), this);
    stopButton_->setToolTip(tr("Stop after the current optimizer step (Esc)."));
    exportCsv_ = new QPushButton(tr("E&xport CSV…"), this);
    exportCsv_->setToolTip(tr("Save the result table as CSV."));
    stageLabel_ = new QLabel(tr("Not started."), this);
    progress_ = new QProgressBar(this);
    progress_->setToolTip(tr("Optimizer steps of the current stage."));
    progress_->setValue(0);
    runMessage_ = new QLabel(this);
    runMessage_->setWordWrap(true);
    runMessage_->setToolTip(tr("The last message of the run, or why it could not start."));
    connect(runButton_, &QPushButton::clicked, this, &TransferRunStep::runRequested);
    connect(stopButton_, &QPushButton::clicked, this, &TransferRunStep::stopRequested);
    connect(exportCsv_, &QPushButton::clicked, this, [this] {
        const QString message = saveThroughDialog(
            this, tr("Export the result table"), QStringLiteral("ulmfit.csv"), tr("CSV (*.csv)"),
            SavedThing::Table, [this](const QString& path) { return exportCsv(path); });
        if (!message.isEmpty()) Q_EMIT statusMessage(message);
    });
    savePlots_ = new QPushButton(tr("Save &plots…"), this);
    savePlots_->setToolTip(
        tr("Save every plot (loss, learning rates, validation accuracy, freeze map, confusion "
           "matrix) as PNG into a folder you choose (Ctrl+Shift+S). Right-click a plot to save "
           "only that one."));
    connect(savePlots_, &QPushButton::clicked, this, [this] { exporter_->chooseFolder(); });
    auto* top = new QHBoxLayout;
    top->addWidget(runButton_);
    top->addWidget(stopButton_);
    top->addWidget(stageLabel_);
    top->addWidget(progress_, 1);
    top->addWidget(exportCsv_);
    top->addWidget(savePlots_);

    auto* l = new QVBoxLayout(this);
    l->addLayout(top);
    l->addWidget(runMessage_);
    l->addLayout(buildPlots(), 1);

    exporter_ = new PlotPngExporter(this, transferSettingsGroup());
    for (Plot plot : plots()) exporter_->add(plotWidget(plot), plotFileName(plot));
    connect(exporter_, &PlotPngExporter::statusMessage, this, &TransferRunStep::statusMessage);
    setRunState(false, false);
}

QLayout* TransferRunStep::buildPlots() {
    lossPlot_ = makePlot(this, tr("step (within the stage)"), tr("loss"),
                         tr("Training loss of each stage against its steps."));
    ratePlot_ = makePlot(
        this, tr("step"), tr("learning rate"),
        tr("Learning rate of each layer group in the current stage (log scale): slanted triangles, "
           "each lower group ÷ the discriminative factor."));
    ratePlot_->yAxis->setScaleType(QCPAxis::stLogarithmic);
    ratePlot_->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    freezeMap_ = new FreezeMap(this);
    valPlot_ = makePlot(this, tr("epoch"), tr("validation accuracy"),
                        tr("Accuracy on the held-out validation share after each classifier epoch, "
                           "one curve per run."));
    valPlot_->setMinimumHeight(150);
    table_ = new QTableWidget(0, 7, this);
    table_->setHorizontalHeaderLabels({tr("Run"), tr("Init"), tr("Unfreezing"), tr("Test accuracy"),
                                       tr("Macro F1"), tr("Held-out LM loss"), tr("Time (s)")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(false);
    table_->verticalHeader()->setVisible(false);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setToolTip(
        tr("One row per run. Held-out LM loss: general text the LM never saw, read through the "
           "classifier's encoder and the stage-2 decoder (higher = more forgetting). Select a row "
           "to see its confusion matrix."));
    table_->setMinimumHeight(5 * table_->verticalHeader()->defaultSectionSize() + 8);
    connect(table_, &QTableWidget::currentCellChanged, this,
            [this](int row) { showConfusion(row); });
    confusion_ = new ConfusionMatrixView(this);

    curveRun_ = new QComboBox(this);
    curveRun_->setToolTip(tr(
        "The classifier run whose per-group learning rates and freeze map are shown: ULMFiT "
        "(gradual unfreezing) or a baseline such as all-at-once. Runs are added as they start."));
    curveRun_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(curveRun_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this](int i) { showCurves(curveRun_->itemData(i).toString()); });
    auto* rateBox = new QGroupBox(tr("Learning rate per layer group"), this);
    auto* rateLayout = new QVBoxLayout(rateBox);
    rateLayout->setContentsMargins(4, 4, 4, 4);
    auto* rateHeader = new QHBoxLayout;
    auto* curveLabel = new QLabel(tr("Classifier &run:"), rateBox);
    curveLabel->setBuddy(curveRun_);
    rateHeader->addWidget(curveLabel);
    rateHeader->addWidget(curveRun_);
    rateHeader->addStretch(1);
    rateLayout->addLayout(rateHeader);
    rateLayout->addWidget(ratePlot_, 1);
    auto* freezeBox = new QWidget(this);
    auto* fl = new QHBoxLayout(freezeBox);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->addWidget(freezeMap_, 1);
    fl->addWidget(valPlot_, 1);

    auto* grid = new QGridLayout;
    grid->addWidget(titled(this, tr("Loss per stage"), lossPlot_), 0, 0);
    grid->addWidget(rateBox, 0, 1);
    grid->addWidget(
        titled(this, tr("Freeze map (the chosen classifier run, epochs →) and validation accuracy"),
               freezeBox),
        1, 0);
    grid->addWidget(titled(this, tr("Confusion matrix"), confusion_), 1, 1);
    grid->addWidget(titled(this, tr("Results"), table_), 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    return grid;
}

void TransferRunStep::setRunState(bool running, bool canRun) {
    runButton_->setEnabled(!running && canRun);
    stopButton_->setEnabled(running);
    exportCsv_->setEnabled(!running && !report_.classifiers.empty());
}

// --- a run ----------------------------------------------------------------------------------

void TransferRunStep::start() {
    report_ = {};
    lossPlot_->clearGraphs();
    lossPlot_->replot();
    ratePlot_->clearGraphs();
    ratePlot_->replot();
    freezeMap_->reset({}, 0);
    runCurves_.clear();
    shownRun_.clear();
    curveRun_->clear();
    confusion_->setMetrics({}, {});
    table_->setRowCount(0);
    valPlot_->clearGraphs();
    valPlot_->replot();
    runMessage_->clear();
    progress_->setRange(0, 0);
}

void TransferRunStep::finish(UlmfitReport report) {
    progress_->setRange(0, std::max(1, progress_->maximum()));
    report_ = std::move(report);
    showReport();
    const QString done = report_.cancelled
                             ? tr("ULMFiT: stopped before the end.")
                             : tr("ULMFiT: finished in %1 s.").arg(report_.elapsedS, 0, 'f', 1);
    runMessage_->setText(done);
    stageLabel_->setText(report_.cancelled ? tr("Stopped.") : tr("Done."));
    Q_EMIT statusMessage(done);
}

void TransferRunStep::fail(const QString& message) {
    progress_->setRange(0, std::max(1, progress_->maximum()));
    const QString error = tr("The run failed: %1").arg(message);
    runMessage_->setText(errorHtml(error));
    stageLabel_->setText(tr("Failed."));
    Q_EMIT statusMessage(error);
}

void TransferRunStep::showMessage(const QString& text) {
    runMessage_->setText(text.toHtmlEscaped());
}

void TransferRunStep::onStageStart(const TransferStageInfo& s) {
    stageLabel_->setText(stageTitle(s.run, s.stage));
    progress_->setRange(0, int(std::max<std::int64_t>(1, s.totalSteps)));
    progress_->setValue(0);
    QCPGraph* g = lossPlot_->addGraph();
    g->setName(stageTitle(s.run, s.stage));
    g->setPen(QPen(seriesColor(lossPlot_->graphCount() - 1), 1.5));
    // Stage 2's rates are shown until the first classifier run starts.
    if (s.stage == TransferStage::TargetLm && shownRun_.isEmpty() && !s.groupNames.empty()) {
        ratePlot_->clearGraphs();
        for (std::size_t i = 0; i < s.groupNames.size(); ++i) {
            QCPGraph* r = ratePlot_->addGraph();
            r->setName(qs(s.groupNames[i]));
            r->setPen(QPen(seriesColor(int(i)), 1.5));
        }
        ratePlot_->xAxis->setLabel(stageTitle(s.run, s.stage) + tr(" — step"));
        ratePlot_->replot();
    }
    if (s.stage == TransferStage::Classifier && !s.groupNames.empty()) {
        const QString run = qs(s.run);
        RunCurves* c = curvesOf(run);
        if (!c) {
            runCurves_.emplace_back();
            c = &runCurves_.back();
            c->run = run;
            curveRun_->addItem(run, run);
        }
        c->title = stageTitle(s.run, s.stage);
        c->groups.clear();
        for (const auto& n : s.groupNames) c->groups << qs(n);
        c->epochs = s.epochs;
        c->steps.clear();
        c->rates.assign(s.groupNames.size(), {});
        c->freeze.clear();
        // ULMFiT is shown as it runs; another run only when nothing is shown yet or it is the one
        // chosen.
        if (s.run == "ulmfit" || shownRun_.isEmpty() || shownRun_ == run) showCurves(run);
    }
}

TransferRunStep::RunCurves* TransferRunStep::curvesOf(const QString& run) {
    for (RunCurves& c : runCurves_)
        if (c.run == run) return &c;
    return nullptr;
}

void TransferRunStep::showCurves(const QString& run) {
    const RunCurves* c = curvesOf(run);
    if (!c) return;
    shownRun_ = run;
    const int index = curveRun_->findData(run);
    if (index >= 0 && curveRun_->currentIndex() != index) {
        const QSignalBlocker block(curveRun_);
        curveRun_->setCurrentIndex(index);
    }
    ratePlot_->clearGraphs();
    for (int i = 0; i < c->groups.size(); ++i) {
        QCPGraph* g = ratePlot_->addGraph();
        g->setName(c->groups[i]);
        g->setPen(QPen(seriesColor(i), 1.5));
        if (std::size_t(i) < c->rates.size()) g->setData(c->steps, c->rates[std::size_t(i)], true);
    }
    ratePlot_->xAxis->setLabel(c->title + tr(" — step"));
    if (!c->steps.isEmpty()) ratePlot_->rescaleAxes();
    ratePlot_->replot();
    freezeMap_->reset(c->groups, c->epochs);
    for (std::size_t e = 0; e < c->freeze.size(); ++e)
        if (!c->freeze[e].empty()) freezeMap_->setEpoch(int(e) + 1, c->freeze[e]);
}

void TransferRunStep::onPretrainStep(const std::string& run, std::int64_t step, std::int64_t total,
                                     double loss) {
    if (lossPlot_->graphCount() == 0) {
        QCPGraph* g = lossPlot_->addGraph();
        g->setName(stageTitle(run, TransferStage::GeneralLm));
        g->setPen(QPen(seriesColor(0), 1.5));
    }
    progress_->setRange(0, int(std::max<std::int64_t>(1, total)));
    progress_->setValue(int(step));
    stageLabel_->setText(stageTitle(run, TransferStage::GeneralLm));
    lossPlot_->graph(lossPlot_->graphCount() - 1)->addData(double(step), loss);
    if (step % 5 == 0 || step == total) {
        lossPlot_->rescaleAxes();
        lossPlot_->replot(QCustomPlot::rpQueuedReplot);
    }
}

void TransferRunStep::onStep(const TransferStep& s) {
    progress_->setRange(0, int(std::max<std::int64_t>(1, s.totalSteps)));
    progress_->setValue(int(s.step));
    if (lossPlot_->graphCount() > 0)
        lossPlot_->graph(lossPlot_->graphCount() - 1)->addData(double(s.step), s.loss);
    bool showRates = s.stage == TransferStage::TargetLm && shownRun_.isEmpty();
    if (s.stage == TransferStage::Classifier) {
        const QString run = qs(s.run);
        if (RunCurves* c = curvesOf(run); c && c->rates.size() == s.groupRates.size()) {
            c->steps << double(s.step);
            for (std::size_t i = 0; i < s.groupRates.size(); ++i) c->rates[i] << s.groupRates[i];
        }
        showRates = run == shownRun_;
    }
    if (showRates && ratePlot_->graphCount() == int(s.groupRates.size())) {
        for (std::size_t i = 0; i < s.groupRates.size(); ++i)
            ratePlot_->graph(int(i))->addData(double(s.step), s.groupRates[i]);
        ratePlot_->rescaleAxes();
        ratePlot_->replot(QCustomPlot::rpQueuedReplot);
    }
    lossPlot_->rescaleAxes();
    lossPlot_->replot(QCustomPlot::rpQueuedReplot);
}

void TransferRunStep::onEpoch(const TransferEpoch& e) {
    if (e.stage != TransferStage::Classifier) return;
    const QString run = qs(e.run);
    if (RunCurves* c = curvesOf(run); c && e.epoch >= 1) {
        if (c->freeze.size() < std::size_t(e.epoch)) c->freeze.resize(std::size_t(e.epoch));
        c->freeze[std::size_t(e.epoch - 1)] = e.groupTrainable;
    }
    if (run == shownRun_) freezeMap_->setEpoch(e.epoch, e.groupTrainable);
    QCPGraph* g = nullptr;
    for (int i = 0; i < valPlot_->graphCount(); ++i)
        if (valPlot_->graph(i)->name() == run) g = valPlot_->graph(i);
    if (!g) {
        g = valPlot_->addGraph();
        g->setName(run);
        g->setPen(QPen(seriesColor(valPlot_->graphCount() - 1), 1.5));
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
    }
    g->addData(double(e.epoch), e.valAccuracy);
    valPlot_->xAxis->setRange(0.5, std::max(2, e.epochs) + 0.5);
    valPlot_->yAxis->setRange(0, 1.05);
    valPlot_->replot(QCustomPlot::rpQueuedReplot);
}

// --- results --------------------------------------------------------------------------------

void TransferRunStep::showReport() {
    table_->setRowCount(int(report_.classifiers.size()));
    auto cell = [](const QString& text, bool right) {
        auto* item = new QTableWidgetItem(text);
        if (right) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < int(report_.classifiers.size()); ++r) {
        const ClassifierResult& c = report_.classifiers[std::size_t(r)];
        const QString init = !c.pretrained        ? tr("random")
                             : c.family == "lstm" ? tr("stage 2")
                                                  : tr("pretrained");
        table_->setItem(r, 0, cell(qs(c.run), false));
        table_->setItem(r, 1, cell(init, false));
        table_->setItem(r, 2, cell(qs(unfreezingName(c.unfreezing)), false));
        table_->setItem(r, 3, cell(percent(c.test.accuracy), true));
        table_->setItem(r, 4, cell(decimal(c.test.macroF1), true));
        table_->setItem(r, 5, cell(decimal(c.forgettingLoss), true));
        table_->setItem(r, 6, cell(QString::number(c.elapsedS, 'f', 1), true));
    }
    if (!report_.classifiers.empty()) table_->setCurrentCell(0, 0);
    showConfusion(0);
}

void TransferRunStep::showConfusion(int row) {
    if (row < 0 || row >= int(report_.classifiers.size())) {
        confusion_->setMetrics({}, {});
        return;
    }
    const ClassifierResult& c = report_.classifiers[std::size_t(row)];
    confusion_->setMetrics(c.test, qs(c.run));
}

bool TransferRunStep::exportCsv(const QString& path) const {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&f);
    out << "run,family,pretrained,unfreezing,test_accuracy,macro_f1,heldout_lm_loss,seconds\n";
    for (const ClassifierResult& c : report_.classifiers)
        out << qs(c.run) << ',' << qs(c.family) << ',' << (c.pretrained ? 1 : 0) << ','
            << qs(unfreezingName(c.unfreezing)) << ',' << QString::number(c.test.accuracy, 'g', 17)
            << ',' << QString::number(c.test.macroF1, 'g', 17) << ','
            << QString::number(c.forgettingLoss, 'g', 17) << ','
            << QString::number(c.elapsedS, 'g', 6) << '\n';
    return out.status() == QTextStream::Ok;
}

// --- PNG export -----------------------------------------------------------------------------

const std::vector<TransferRunStep::Plot>& TransferRunStep::plots() {
    static const std::vector<Plot> all = {Plot::Loss, Plot::LearningRates, Plot::ValAccuracy,
                                          Plot::FreezeMap, Plot::Confusion};
    return all;
}

QString TransferRunStep::plotFileName(Plot plot) {
    switch (plot) {
        case Plot::Loss:
            return QStringLiteral("loss.png");
        case Plot::LearningRates:
            return QStringLiteral("learning-rates.png");
        case Plot::ValAccuracy:
            return QStringLiteral("validation-accuracy.png");
        case Plot::FreezeMap:
            return QStringLiteral("freeze-map.png");
        case Plot::Confusion:
            break;
    }
    return QStringLiteral("confusion-matrix.png");
}

QWidget* TransferRunStep::plotWidget(Plot plot) const {
    switch (plot) {
        case Plot::Loss:
            return lossPlot_;
        case Plot::LearningRates:
            return ratePlot_;
        case Plot::ValAccuracy:
            return valPlot_;
        case Plot::FreezeMap:
            return freezeMap_;
        case Plot::Confusion:
            break;
    }
    return confusion_;
}

bool TransferRunStep::savePlotPng(Plot plot, const QString& path) {
    return PlotPngExporter::savePng(plotWidget(plot), path);
}

QStringList TransferRunStep::saveAllPlotsPng(const QString& folder) {
    return exporter_->saveAll(folder);
}

}  // namespace lmw::ui
