#include "compare/gap_task_panel.h"

#include <qcustomplot.h>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <cmath>

#include "api/error.h"
#include "engine/user_message.h"
#include "widgets/formatting.h"

namespace lmw::ui {

GapTaskPanel::GapTaskPanel(QWidget* parent)
    : QGroupBox(tr("Fill in the missing word vs write the next word"), parent) {
    auto* layout = new QGridLayout(this);
    items_ = new QSpinBox(this);
    items_->setRange(10, 2000);
    items_->setValue(100);
    items_->setToolTip(tr("How many words of held-out text are hidden"));
    unit_ = new QComboBox(this);
    unit_->addItem(tr("a whole word"));
    unit_->addItem(tr("one letter"));
    unit_->setToolTip(tr("What each gap hides: a whole word, or a single letter inside a word"));
    button_ = new QPushButton(tr("Score both models"), this);
    button_->setToolTip(tr(
        "Hide words of text neither model trained on and let each write them back (Ctrl+Shift+G)"));
    button_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    connect(button_, &QPushButton::clicked, this, &GapTaskPanel::scoreRequested);
    auto* gapControls = new QHBoxLayout;
    gapControls->addWidget(new QLabel(tr("Hidden words:"), this));
    gapControls->addWidget(items_);
    gapControls->addWidget(new QLabel(tr("Each hides:"), this));
    gapControls->addWidget(unit_);
    gapControls->addWidget(button_);
    gapControls->addStretch();
    layout->addLayout(gapControls, 0, 0, 1, 2);
    table_ = new QTableWidget(0, 5, this);
    table_->setHorizontalHeaderLabels({tr("Model"), tr("Fill in: right side decides"),
                                       tr("Fill in: ordinary"), tr("Continue: right side decides"),
                                       tr("Continue: ordinary")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setMinimumHeight(90);
    table_->setToolTip(
        tr("Share of hidden words each model wrote back exactly (hover a cell for its tokens). "
           "'Right side decides': words of a construction where a later word decides them, such as "
           "\"the ___ mooed\" (bundled stories only)"));
    layout->addWidget(table_, 1, 0);
    plot_ = new QCustomPlot(this);
    plot_->setMinimumSize(260, 160);
    plot_->yAxis->setRange(0, 100);
    plot_->yAxis->setLabel(tr("words right (%)"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    ticker->addTick(1, tr("fill in\n(right decides)"));
    ticker->addTick(2, tr("fill in\n(ordinary)"));
    ticker->addTick(3, tr("continue\n(right decides)"));
    ticker->addTick(4, tr("continue\n(ordinary)"));
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(0.4, 4.6);
    plot_->legend->setVisible(true);
    plot_->legend->setFont(QFont(font().family(), 8));
    layout->addWidget(plot_, 1, 1);
    layout->addWidget(makeExplanationLabel(
                          tr("Words of the held-out text are hidden. <b>Fill in</b> gives the "
                             "text on both sides of the gap; "
                             "<b>continue</b> gives only the text before it. The encoder reads "
                             "the gap as [MASK] tokens and "
                             "fills them by mask-predict, the letter it is surest of first. The "
                             "decoder writes the word "
                             "from the left, so for it both tasks are the same; or it "
                             "<i>ranks</i> candidate words by how "
                             "likely it finds the whole sentence with each, which lets it use the "
                             "right side too. Gaps "
                             "where the right side decides (\"Somewhere nearby, the ___ mooed.\", "
                             "\"Mia took the ___ "
                             "to sweep the floor.\") are reported apart from ordinary words."),
                          this),
                      2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    connect(&runner_, &TaskRunner::busyChanged, this, [this](bool busy) {
        button_->setEnabled(!busy);
        Q_EMIT busyChanged(busy);
    });
}

GapTaskPanel::~GapTaskPanel() = default;  // the runner cancels and waits

void GapTaskPanel::stop() {
    if (runner_.isBusy()) Q_EMIT statusMessage(tr("Scoring stopped."));
    runner_.cancel();
}

void GapTaskPanel::waitForFinished() {
    runner_.waitForRunning();
}

void GapTaskPanel::score(std::vector<Model> models, const CorpusSource& corpus) {
    if (runner_.isBusy()) return;
    GapTaskOptions options;
    options.items = items_->value();
    options.unit = unit_->currentIndex() == 1 ? GapUnit::Letter : GapUnit::Word;
    Q_EMIT statusMessage(tr("Scoring %1 hidden words on both models…").arg(options.items));
    runner_.start(
        [models, corpus, options](TaskContext& context) {
            const std::atomic<bool>* cancel = context.cancelFlag();
            std::vector<CompareGapResult> out;
            std::vector<GapItem> items;
            try {
                items = makeGapItems(heldOutText(corpus, 0.1), options);
            } catch (...) {
                CompareGapResult r;
                r.error = userMessage(std::current_exception());
                out.push_back(r);
                return out;
            }
            for (const Model& m : models) {
                if (!m.source) continue;
                std::optional<TextGenerator> g;
                QString problem;
                try {
                    g = m.source();
                    if (!g) continue;
                    problem = m.problem ? m.problem(*g) : QString();
                } catch (...) {
                    problem = userMessage(std::current_exception());
                }
                // The encoder fills gaps one way; the decoder writes them, or ranks candidates.
                const std::vector<GapMethod> methods =
                    m.encoder ? std::vector<GapMethod>{GapMethod::Generate}
                              : std::vector<GapMethod>{GapMethod::Generate, GapMethod::Rank};
                for (GapMethod method : methods) {
                    CompareGapResult r;
                    r.method = method;
                    const QString family = g && m.name ? m.name(*g) : m.fallbackName;
                    r.model = m.encoder ? QObject::tr("%1 (both sides)").arg(family)
                              : method == GapMethod::Generate
                                  ? QObject::tr("%1 (left only)").arg(family)
                                  : QObject::tr("%1 (ranks whole sentences)").arg(family);
                    try {
                        if (!problem.isEmpty()) throw Error(problem.toStdString());
                        const auto fill = g->fillGaps(items, GapTask::Infill, cancel, method);
                        const auto cont = g->fillGaps(items, GapTask::Continue, cancel, method);
                        if (cancel->load()) {
                            r.error = QObject::tr("Stopped.");
                        } else {
                            r.infill = lmw::scoreGaps(fill, items);
                            r.continuation = lmw::scoreGaps(cont, items);
                            r.infillDecided = lmw::scoreGaps(fill, items, GapKind::RightDecided);
                            r.infillOrdinary = lmw::scoreGaps(fill, items, GapKind::Ordinary);
                            r.continueDecided = lmw::scoreGaps(cont, items, GapKind::RightDecided);
                            r.continueOrdinary = lmw::scoreGaps(cont, items, GapKind::Ordinary);
                            r.ok = true;
                        }
                    } catch (...) {
                        r.error = userMessage(std::current_exception());
                    }
                    out.push_back(r);
                }
            }
            return out;
        },
        [this](const std::vector<CompareGapResult>& results) {
            show(results);
            Q_EMIT scored();
        });
}

void GapTaskPanel::show(const std::vector<CompareGapResult>& results) {
    results_ = results;
    table_->setRowCount(int(results.size()));
    plot_->clearPlottables();
    QStringList errors;
    const QColor colors[] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xd9, 0x5f, 0x0e),
                             QColor(0xf0, 0xa8, 0x6a)};
    auto* group = new QCPBarsGroup(plot_);
    for (int row = 0; row < int(results.size()); ++row) {
        const CompareGapResult& r = results[std::size_t(row)];
        auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            if (column > 0) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, column, item);
        };
        set(0, r.model);
        if (!r.ok) {
            errors << QStringLiteral("%1: %2").arg(r.model, r.error);
            for (int c = 1; c < 5; ++c) set(c, QStringLiteral("–"));
            continue;
        }
        const GapScore* cells[4] = {&r.infillDecided, &r.infillOrdinary, &r.continueDecided,
                                    &r.continueOrdinary};
        QVector<double> keys, values;
        for (int c = 0; c < 4; ++c) {
            const GapScore& g = *cells[c];
            set(c + 1, g.items > 0 ? percent(g.wordAccuracy) : QStringLiteral("–"));
            table_->item(row, c + 1)
                ->setToolTip(g.items > 0
                                 ? tr("%1 of %2 words exactly right; %3 of their tokens")
                                       .arg(qRound(g.wordAccuracy * g.items))
                                       .arg(g.items)
                                       .arg(percent(g.tokenAccuracy))
                                 : tr("This text has no such gaps (the bundled stories do)."));
            keys << c + 1;
            values << 100 * g.wordAccuracy;
        }
        auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars->setName(r.model);
        bars->setWidth(0.25);
        bars->setBarsGroup(group);
        bars->setBrush(colors[row % 3]);
        bars->setPen(Qt::NoPen);
        bars->setData(keys, values);
    }
    plot_->replot();
    if (!errors.isEmpty())
        Q_EMIT statusMessage(errors.join(QLatin1Char('\n')));
    else if (!results.empty())
        Q_EMIT statusMessage(tr("Scored %1 hidden words.").arg(results.front().infill.items));
}

}  // namespace lmw::ui
