// GUI responsiveness while a model trains and its attention timeline is captured: the main
// window runs offscreen with the Attention tab in front, a training of the chosen size runs
// with a snapshot every N steps, and a probe event is posted to the GUI thread every 10 ms.
// The delay between posting and handling each probe is the event latency; prints p50, p99 and
// the maximum.  usage: bench_gui_latency [seconds=30] [size=small] [every=10]
#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

#include "api/configs.h"
#include "api/runtime.h"
#include "attention/attention_explorer.h"
#include "attention/attention_page.h"
#include "main_window.h"
#include "train/hyperparameter_form.h"
#include "train/loss_chart.h"
#include "train/train_page.h"
#include "train/training_panel.h"

namespace {

class Probe : public QObject {
public:
    QElapsedTimer clock;
    std::vector<double> latenciesMs;
    bool event(QEvent* e) override {
        if (e->type() != QEvent::User) return QObject::event(e);
        const auto* p = static_cast<const ProbeEvent*>(e);
        latenciesMs.push_back(double(clock.nsecsElapsed() - p->postedNs) / 1e6);
        return true;
    }
    struct ProbeEvent : QEvent {
        explicit ProbeEvent(qint64 ns) : QEvent(QEvent::User), postedNs(ns) {}
        qint64 postedNs;
    };
};

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(q * double(v.size() - 1) + 0.5))];
}

}  // namespace

int main(int argc, char** argv) {
    lmw::tuneThreadingEnvironment(argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LLM Workbench Benchmarks"));
    QTemporaryDir scratch;  // settings and runs of this benchmark only
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       scratch.filePath(QStringLiteral("settings")));
    QSettings().setValue(QStringLiteral("workspace"), scratch.filePath(QStringLiteral("runs")));
    const int seconds = argc > 1 ? std::atoi(argv[1]) : 30;
    const std::string size = argc > 2 ? argv[2] : "small";
    const int every = argc > 3 ? std::atoi(argv[3]) : 10;

    lmw::ui::MainWindow w;
    w.resize(1400, 860);
    w.show();
    lmw::SizePreset preset = lmw::sizePresets()[1];
    for (const auto& p : lmw::sizePresets())
        if (p.name == size) preset = p;
    lmw::TrainConfig t;
    t.batch = preset.batch;
    t.iters = 1000000;
    t.evalEvery = 100;
    t.evalIters = 10;
    w.trainPage()->panel()->form()->setConfigs(preset.model, t);
    w.attentionPage()->setTimeline(
        QStringLiteral("The little cat sat on the mat because it was warm."), every);
    w.tabs()->setCurrentWidget(w.attentionPage());

    Probe probe;
    probe.clock.start();
    QTimer poster;
    poster.setTimerType(Qt::PreciseTimer);
    QObject::connect(&poster, &QTimer::timeout, [&] {
        QCoreApplication::postEvent(&probe, new Probe::ProbeEvent(probe.clock.nsecsElapsed()));
    });
    QTimer::singleShot(2000, [&] {  // the corpus check has finished
        w.trainPage()->panel()->startAction()->trigger();
        poster.start(10);
    });
    QTimer::singleShot(2000 + seconds * 1000, [&] {
        poster.stop();
        const int snapshots = w.attentionPage()->explorer()->snapshotCount();
        const int points = w.trainPage()->chart()->trainPointCount();
        w.close();
        std::printf("size %s, %d s, attention every %d steps: %d steps, %d snapshots\n",
                    size.c_str(), seconds, every, points, snapshots);
        std::printf("event latency over %zu probes: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
                    probe.latenciesMs.size(), percentile(probe.latenciesMs, 0.5),
                    percentile(probe.latenciesMs, 0.99), percentile(probe.latenciesMs, 1.0));
        QCoreApplication::quit();
    });
    return QApplication::exec();
}
