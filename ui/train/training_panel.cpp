#include "train/training_panel.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include "train/corpus_picker.h"
#include "train/hyperparameter_form.h"

namespace lmw::ui {

namespace {
QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return b;
}
}  // namespace

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* corpusBox = new QGroupBox(tr("Corpus"), inner);
    auto* cl = new QVBoxLayout(corpusBox);
    corpus_ = new CorpusPicker(corpusBox);
    cl->addWidget(corpus_);
    layout->addWidget(corpusBox);
    form_ = new HyperparameterForm(inner);
    layout->addWidget(form_);
    layout->addStretch(1);
    scroll->setWidget(inner);
    scroll->setMinimumWidth(inner->sizeHint().width() +
                            scroll->verticalScrollBar()->sizeHint().width());
    outer->addWidget(scroll, 1);

    start_ = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Start"), this);
    start_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    start_->setToolTip(tr("Train a new model with these settings (Ctrl+Enter)"));
    pause_ = new QAction(style()->standardIcon(QStyle::SP_MediaPause), tr("&Pause"), this);
    pause_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    pause_->setToolTip(tr("Pause or resume training (Ctrl+P)"));
    stop_ = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("S&top"), this);
    stop_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    stop_->setToolTip(tr("Stop after the current step and keep a checkpoint (Ctrl+.)"));
    schedule_ = new QAction(tr("Change &rate…"), this);
    schedule_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    schedule_->setToolTip(
        tr("While paused: a new peak and floor for the learning rate from the next step on "
           "(Ctrl+Shift+R). The chart marks the change and the run folder keeps it."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(start_, this));
    buttons->addWidget(buttonFor(pause_, this));
    buttons->addWidget(buttonFor(stop_, this));
    buttons->addWidget(buttonFor(schedule_, this));
    outer->addLayout(buttons);

    bar_ = new QProgressBar(this);
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    bar_->setFormat(tr("Ready"));
    outer->addWidget(bar_);
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status_->setMinimumHeight(status_->fontMetrics().height() * 2);
    outer->addWidget(status_);

    connect(start_, &QAction::triggered, this, &TrainingPanel::startRequested);
    connect(pause_, &QAction::triggered, this, [this] {
        if (state_ == TrainingController::State::Paused)
            Q_EMIT resumeRequested();
        else
            Q_EMIT pauseRequested();
    });
    connect(stop_, &QAction::triggered, this, &TrainingPanel::stopRequested);
    connect(corpus_, &CorpusPicker::checked, this, [this](const CorpusCheck& c) {
        if (c.ok) {
            form_->setVocabSize(c.info.vocabSize);
            form_->setCorpusTokens(c.info.characters);
        }
        setState(state_);
    });
    setState(TrainingController::State::Idle);
}

void TrainingPanel::setState(TrainingController::State state) {
    using S = TrainingController::State;
    state_ = state;
    const bool idle = state == S::Idle;
    start_->setEnabled(idle && corpus_->isReady());
    pause_->setEnabled(state == S::Running || state == S::Paused);
    schedule_->setEnabled(state == S::Paused);
    stop_->setEnabled(state == S::Running || state == S::Paused);
    pause_->setText(state == S::Paused ? tr("&Resume") : tr("&Pause"));
    pause_->setIcon(
        style()->standardIcon(state == S::Paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    corpus_->setEnabled(idle);
    form_->setEnabled(idle);
    if (state == S::Paused)
        bar_->setFormat(tr("Paused at step %1").arg(bar_->property("step").toLongLong()));
    if (state == S::Stopping) status_->setText(tr("Stopping after the current step…"));
}

void TrainingPanel::setStartInfo(const TrainingStartInfo& info) {
    startStep_ = info.startStep;
    totalSteps_ = info.train.iters;
    bar_->setValue(int(1000 * startStep_ / std::max<qint64>(1, totalSteps_)));
    bar_->setFormat(startStep_ > 0 ? tr("Resuming at step %1").arg(startStep_)
                                   : tr("Evaluating the untrained model…"));
    status_->setText(tr("%1 parameters · corpus %2 (%3 characters, vocabulary %4)")
                         .arg(QString::fromStdString(formatCount(info.parameters)),
                              QString::fromStdString(info.corpus.name),
                              QLocale().toString(info.corpus.characters))
                         .arg(info.corpus.vocabSize));
}

void TrainingPanel::showProgress(const StepMetrics& m) {
    totalSteps_ = m.totalSteps;
    bar_->setProperty("step", qint64(m.step));
    bar_->setValue(int(1000 * m.step / std::max<qint64>(1, m.totalSteps)));
    const qint64 done = m.step - startStep_;
    const double perStep = done > 0 ? m.elapsedS / double(done) : 0;
    const double eta = perStep * double(m.totalSteps - m.step);
    bar_->setFormat(tr("Step %1 / %2 · ETA %3")
                        .arg(QLocale().toString(m.step), QLocale().toString(m.totalSteps),
                             formatDuration(eta)));
    status_->setText(tr("loss %1 · %2 tokens/s · %3 elapsed")
                         .arg(m.trainLoss, 0, 'f', 4)
                         .arg(QLocale().toString(qint64(m.tokensPerSec)))
                         .arg(formatDuration(m.elapsedS)));
}

void TrainingPanel::showFinished(const RunSummary& s) {
    bar_->setValue(int(1000 * s.steps / std::max<qint64>(1, s.totalSteps)));
    bar_->setFormat(s.stopped ? tr("Stopped at step %1").arg(s.steps)
                              : tr("Done: %1 steps").arg(s.steps));
    QString text = tr("%1 · %2 tokens/s")
                       .arg(formatDuration(s.elapsedS))
                       .arg(QLocale().toString(qint64(s.tokensPerSec)));
    if (std::isfinite(s.finalValLoss))
        text += tr(" · validation loss %1").arg(s.finalValLoss, 0, 'f', 4);
    status_->setText(text);
}

void TrainingPanel::showFailed(const QString& message) {
    bar_->setFormat(tr("Failed"));
    status_->setText(message);
}

QString TrainingPanel::statusText() const {
    return bar_->text() + QLatin1Char('\n') + status_->text();
}

QString TrainingPanel::formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("–");
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60) return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(s);
}

}  // namespace lmw::ui
