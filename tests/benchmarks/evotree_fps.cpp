// Frame-rate benchmark of the evolutionary tree view: renders the full tree (all 64 nodes)
// offscreen through sequences of pan and zoom steps and prints frames per second and
// milliseconds per frame. Each frame is a synchronous repaint of the whole viewport.
// Usage: QT_QPA_PLATFORM=offscreen bench_evotree_fps [frames-per-scenario] [width] [height]
#include "evotree/evotree_scene.h"
#include "evotree/evotree_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

using namespace lmw::ui;

namespace {

struct Result {
    double fps = 0.0;
    double meanMs = 0.0;
    double p95Ms = 0.0;
    double worstMs = 0.0;
};

// Runs `frames` steps; each applies `step(i)` to the view and repaints the viewport.
Result run(EvoTreeView& view, int frames, const std::function<void(int)>& step) {
    std::vector<double> ms;
    ms.reserve(frames);
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer t;
        t.start();
        step(i);
        view.viewport()->repaint();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    const double elapsed = total.nsecsElapsed() / 1e6;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    Result r;
    r.meanMs = elapsed / frames;
    r.fps = 1000.0 / r.meanMs;
    r.p95Ms = sorted[static_cast<size_t>(0.95 * (sorted.size() - 1))];
    r.worstMs = sorted.back();
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const int frames = argc > 1 ? qMax(10, atoi(argv[1])) : 300;
    const int width = argc > 2 ? atoi(argv[2]) : 1400;
    const int height = argc > 3 ? atoi(argv[3]) : 900;

    EvoTreeModel model;
    if (!model.loadBuiltIn().ok()) return 1;
    EvoTreeScene scene(&model);
    EvoTreeView view;
    view.setScene(&scene);
    view.resize(width, height);
    view.show();
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
    view.fitAll();
    const double fit = view.zoom();

    QTextStream out(stdout);
    out << "Evolutionary tree view, " << scene.visibleIds().size() << " nodes, viewport "
        << view.viewport()->width() << "x" << view.viewport()->height() << ", " << frames
        << " frames per scenario\n";
    out << "Machine: " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
        << " logical cores, Qt " << qVersion() << ", platform " << QGuiApplication::platformName()
        << "\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("scenario"), -40)
               .arg(QStringLiteral("fps"), 8)
               .arg(QStringLiteral("ms/frame"), 9)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("worst"), 8);

    auto report = [&](const QString& name, const Result& r) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -40)
                   .arg(r.fps, 8, 'f', 1)
                   .arg(r.meanMs, 9, 'f', 2)
                   .arg(r.p95Ms, 8, 'f', 2)
                   .arg(r.worstMs, 8, 'f', 2);
        out.flush();
        return r;
    };
    const QPointF centre(view.viewport()->width() / 2.0, view.viewport()->height() / 2.0);
    double minFps = 1e9;
    auto pan = [&](int i) {
        const double a = i * 0.05;
        view.centerOn(scene.sceneRect().center() +
                      QPointF(std::cos(a) * 500.0, std::sin(a) * 450.0));
    };

    view.setZoom(fit);
    minFps = std::min(minFps, report(QStringLiteral("whole tree, small pans"),
                                     run(view, frames,
                                         [&](int i) {
                                             view.centerOn(scene.sceneRect().center() +
                                                           QPointF((i % 20) - 10, (i % 14) - 7));
                                         }))
                                  .fps);
    view.setZoom(1.0);
    minFps = std::min(minFps, report(QStringLiteral("pan at 100%"), run(view, frames, pan)).fps);
    minFps = std::min(minFps, report(QStringLiteral("zoom sweep (fit .. 300%)"),
                                     run(view, frames,
                                         [&](int i) {
                                             const double t = 0.5 - 0.5 * std::cos(i * 0.06);
                                             view.setZoom(fit * std::pow(3.0 / fit, t));
                                         }))
                                  .fps);
    minFps = std::min(minFps, report(QStringLiteral("wheel zoom steps at the cursor"),
                                     run(view, frames,
                                         [&](int i) {
                                             view.zoomBy((i / 12) % 2 == 0 ? 1.1 : 1.0 / 1.1,
                                                         centre + QPointF(120, -80));
                                         }))
                                  .fps);

    // Heaviest state: lineage highlighted, search hits, filter fading most nodes.
    scene.setSelectedId(QStringLiteral("gpt-1"));
    scene.setSearchText(QStringLiteral("t5"));
    EvoTreeFilter filter;
    filter.source = EvoTreeFilter::Source::Open;
    scene.setFilter(filter);
    view.setZoom(1.0);
    minFps = std::min(
        minFps,
        report(QStringLiteral("pan, lineage + search + filter"), run(view, frames, pan)).fps);
    view.setZoom(fit);
    minFps = std::min(
        minFps, report(QStringLiteral("whole tree, lineage + search + filter"),
                       run(view, frames,
                           [&](int i) { view.zoomBy(i % 2 == 0 ? 1.02 : 1.0 / 1.02, centre); }))
                    .fps);

    out << "\nslowest scenario: " << QString::number(minFps, 'f', 1) << " fps ("
        << (minFps >= 60.0 ? "meets" : "misses") << " the 60 fps target)\n";
    return 0;
}
