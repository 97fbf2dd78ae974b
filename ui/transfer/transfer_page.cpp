#include "transfer/transfer_page.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <string>

#include "api/corpus.h"
#include "api/error.h"
#include "engine/user_message.h"
#include "widgets/dataset_options_form.h"
#include "widgets/formatting.h"
#include "widgets/labelled_dataset_picker.h"

namespace lmw::ui {

TransferPage::TransferPage(QWidget* parent) : QWidget(parent) {
    stepTitle_ = new QLabel(this);
    QFont f = stepTitle_->font();
    f.setBold(true);
    stepTitle_->setFont(f);
    back_ = new QPushButton(tr("← &Back"), this);
    back_->setToolTip(tr("The previous step (Alt+Left)."));
    next_ = new QPushButton(tr("&Next →"), this);
    next_->setToolTip(tr("The next step (Alt+Right)."));
    connect(back_, &QPushButton::clicked, this, [this] { showStep(currentStep() - 1); });
    connect(next_, &QPushButton::clicked, this, [this] { showStep(currentStep() + 1); });
    auto* nav = new QHBoxLayout;
    nav->addWidget(stepTitle_, 1);
    nav->addWidget(back_);
    nav->addWidget(next_);

    data_ = new TransferDataStep(this);
    settings_ = new TransferSettingsStep(this);
    run_ = new TransferRunStep(this);
    steps_ = new QStackedWidget(this);
    steps_->addWidget(data_);
    steps_->addWidget(settings_);
    steps_->addWidget(run_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(nav);
    layout->addWidget(steps_, 1);

    connect(data_, &TransferDataStep::datasetReady, this, [this] {
        updateButtons();
        Q_EMIT datasetReady();
    });
    connect(data_, &TransferDataStep::datasetFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(message);
        Q_EMIT datasetFailed(message);
    });
    connect(data_, &TransferDataStep::datasetsChanged, this, &TransferPage::updateButtons);
    connect(run_, &TransferRunStep::runRequested, this, &TransferPage::run);
    connect(run_, &TransferRunStep::stopRequested, this, &TransferPage::stop);
    connect(run_, &TransferRunStep::statusMessage, this, &TransferPage::statusMessage);

    auto key = [this](const QKeySequence& k, auto fn) {
        auto* s = new QShortcut(k, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, fn);
    };
    key(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { showStep(currentStep() - 1); });
    key(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { showStep(currentStep() + 1); });
    key(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { run(); });
    key(QKeySequence(Qt::Key_Escape), [this] { stop(); });

    updateButtons();
    showStep(0);
}

TransferPage::~TransferPage() = default;  // the task runners cancel and wait for their jobs

// --- navigation and forwarding --------------------------------------------------------------

void TransferPage::showStep(int step) {
    step = std::clamp(step, 0, 2);
    steps_->setCurrentIndex(step);
    const QString titles[] = {tr("Step 1 of 3: data"), tr("Step 2 of 3: settings"),
                              tr("Step 3 of 3: run")};
    stepTitle_->setText(titles[step]);
    back_->setEnabled(step > 0);
    next_->setEnabled(step < 2);
}

int TransferPage::currentStep() const {
    return steps_->currentIndex();
}

void TransferPage::setGeneralSource(GeneralSource source, const QString& path) {
    data_->setGeneralSource(source, path);
}

void TransferPage::setTrainPath(const QString& path) {
    data_->setTrainPath(path);
    updateButtons();
}

void TransferPage::setTestPath(const QString& path) {
    data_->setTestPath(path);
    updateButtons();
}

void TransferPage::setOutputFolder(const QString& path) {
    settings_->setOutputFolder(path);
}

QComboBox* TransferPage::badRowsBox() const {
    return data_->optionsForm()->badRowsBox();
}

QLabel* TransferPage::trainSummary() const {
    return data_->trainPicker()->summary();
}

QLabel* TransferPage::testSummary() const {
    return data_->testPicker()->summary();
}

UlmfitConfig TransferPage::config() const {
    UlmfitConfig c;
    data_->applyTo(c);
    settings_->applyTo(c, threads_);
    return c;
}

void TransferPage::updateButtons() {
    run_->setRunState(running_, data_->datasetsLoaded());
}

void TransferPage::saveSettings() const {
    data_->saveSettings();
    settings_->saveSettings();
}

// --- running --------------------------------------------------------------------------------

void TransferPage::run() {
    if (running_) return;
    if (!data_->datasetsLoaded()) {
        const QString why = data_->datasetError();
        const QString first = tr("Load a training set and a test set first (step 1).");
        if (!why.isEmpty())
            run_->runMessage()->setText(first + QLatin1Char(' ') + errorHtml(why));
        else
            run_->runMessage()->setText(first);
        Q_EMIT statusMessage(why.isEmpty() ? first : first + QLatin1Char(' ') + why);
        return;
    }
    UlmfitConfig c;
    try {
        c = config();
    } catch (const std::exception& e) {
        run_->runMessage()->setText(messageOf(e));
        Q_EMIT statusMessage(run_->runMessage()->text());
        return;
    }
    saveSettings();
    showStep(2);
    running_ = true;
    run_->start();
    updateButtons();
    Q_EMIT statusMessage(tr("ULMFiT: running…"));

    const bool stories = data_->generalSource() == GeneralSource::Stories;
    const LabelledDataset train = data_->trainSet(), test = data_->testSet();
    TransferRunStep* view = run_;  // a child: the runner (a member) is gone before it
    runner_.start(
        [view, c, train, test, stories](TaskContext& context) {
            // The engine reports every step; the view hears them in batches, at most 20 a
            // second, in order, and everything else (a stage starting, an epoch) at once.
            using Clock = std::chrono::steady_clock;
            std::vector<std::function<void(TransferRunStep*)>> pending;
            Clock::time_point lastFlush = Clock::now();
            auto flush = [&] {
                if (pending.empty()) return;
                context.post([view, calls = std::move(pending)] {
                    for (const auto& call : calls) call(view);
                });
                pending.clear();
                lastFlush = Clock::now();
            };
            auto add = [&](std::function<void(TransferRunStep*)> call, bool now) {
                pending.push_back(std::move(call));
                if (now || Clock::now() - lastFlush >=
                               std::chrono::milliseconds(TaskRunner::kProgressIntervalMs))
                    flush();
            };
            TransferCallbacks cb;
            cb.cancel = context.cancelFlag();
            cb.onStageStart = [&](const TransferStageInfo& s) {
                add([s](TransferRunStep* v) { v->onStageStart(s); }, true);
            };
            cb.onStep = [&](const TransferStep& s) {
                add([s](TransferRunStep* v) { v->onStep(s); }, false);
            };
            cb.onEpoch = [&](const TransferEpoch& e) {
                add([e](TransferRunStep* v) { v->onEpoch(e); }, true);
            };
            cb.onPretrainStep = [&](const std::string& run, const StepMetrics& m) {
                const std::int64_t step = m.step, total = m.totalSteps;
                const double loss = m.trainLoss;
                add([run, step, total,
                     loss](TransferRunStep* v) { v->onPretrainStep(run, step, total, loss); },
                    step == total);
            };
            cb.onMessage = [&](const lmw::Message& m) {
                add([m](TransferRunStep* v) { v->showMessage(translatedMessage(m)); }, true);
            };
            UlmfitConfig config = c;
            if (stories) {
                QDir().mkpath(QString::fromStdString(c.outDir));
                config.generalCorpus = c.outDir + "/general-stories.txt";
                std::ofstream out(config.generalCorpus, std::ios::binary);
                out << CorpusSource::builtinStories().text;
                if (!out) throw Error("Cannot write '" + config.generalCorpus + "'.");
            }
            try {
                UlmfitReport report = runUlmfit(config, train, test, cb);
                flush();
                return report;
            } catch (...) {
                flush();
                throw;
            }
        },
        [this](UlmfitReport report) {
            running_ = false;
            run_->finish(std::move(report));
            updateButtons();
            Q_EMIT runFinished();
        },
        [this](const QString& message) {
            running_ = false;
            run_->fail(message);
            updateButtons();
            Q_EMIT runFinished();
        });
}

void TransferPage::stop() {
    if (running_) {
        runner_.stop();
        Q_EMIT statusMessage(tr("ULMFiT: stopping after the current step…"));
    }
}

}  // namespace lmw::ui
