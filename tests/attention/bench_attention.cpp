// Milliseconds per redraw of the attention explorer's views, offscreen. Each redraw is a real
// repaint into an image (QWidget::render), with the cached cell images thrown away first, so
// the figures include rendering every cell as well as painting labels and legend.
//
//   bench_attention [REPEATS]      (default 50)
//
// Budgets: 4 x 4 grid at 64 tokens <= 16 ms; one head at 512 tokens <= 50 ms. The exit status
// is 1 when a median is over its budget.
#include "attention/attention_explorer.h"
#include "attention/attention_grid.h"
#include "attention/attention_heatmap.h"

#include "attention_fixtures.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace lmw;
using namespace lmw::ui;

namespace {

struct Figures {
    double median = 0;
    double max = 0;
};

/// Times `redraw` `repeats` times (after two warm-up runs).
Figures time(int repeats, const std::function<void()>& redraw) {
    redraw();
    redraw();
    std::vector<double> ms;
    QElapsedTimer t;
    for (int i = 0; i < repeats; ++i) {
        t.start();
        redraw();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

/// Paints `w` into `target` as a repaint would.
void repaint(QWidget& w, QImage& target) {
    target.fill(Qt::white);
    QPainter p(&target);
    w.render(&p);
}

std::vector<const AttentionMap*> pointers(const AttentionSnapshot& s) {
    std::vector<const AttentionMap*> out;
    for (const AttentionMap& m : s.maps) out.push_back(&m);
    return out;
}

bool row(QTextStream& out, const QString& what, const Figures& f, double budget) {
    const bool ok = budget <= 0 || f.median <= budget;
    out << qSetFieldWidth(46) << Qt::left << what << qSetFieldWidth(0) << Qt::right
        << QString::asprintf("median %7.2f ms   max %7.2f ms", f.median, f.max);
    if (budget > 0) {
        out << QString::asprintf("   budget %4.0f ms  %s", budget, ok ? "ok" : "OVER");
    }
    out << '\n';
    out.flush();
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LlmWorkbenchBench"));  // own settings
    QApplication::setApplicationName(QStringLiteral("bench-attention"));
    const int repeats = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 50;
    QTextStream out(stdout);
    out << "Attention explorer redraws, " << repeats << " each (offscreen, QWidget::render)\n";
    bool ok = true;

    // Model view: 4 layers x 4 heads at 64 tokens, with the mean row and column (25 maps).
    const AttentionSnapshot grid64 = test::causalSnapshot(0, 4, 4, 64);
    {
        AttentionGrid grid;
        grid.resize(640, 640);
        grid.setMaps(pointers(grid64));
        grid.show();
        QImage target(grid.size(), QImage::Format_ARGB32_Premultiplied);
        float threshold = 0.0F;
        const int before = grid.imageBuildCount();
        ok &= row(out, QStringLiteral("grid 4x4 (+means), 64 tokens, full redraw"),
                  time(repeats,
                       [&] {
                           // A new threshold each time: every thumbnail image is rebuilt.
                           threshold = threshold == 0.0F ? 1e-6F : 0.0F;
                           grid.setThreshold(threshold);
                           repaint(grid, target);
                       }),
                  16.0);
        // Proof that every redraw rendered every thumbnail anew (two warm-up runs included).
        out << "  thumbnails rendered per full redraw: "
            << double(grid.imageBuildCount() - before) / (repeats + 2) << '\n';
        row(out, QStringLiteral("grid 4x4 (+means), 64 tokens, cached repaint"),
            time(repeats, [&] { repaint(grid, target); }), 0);
    }

    // Head view: one head at 512 tokens.
    const AttentionSnapshot head512 = test::causalSnapshot(0, 1, 1, 512);
    {
        AttentionHeatmap heatmap;
        heatmap.resize(900, 820);
        heatmap.setMap(head512.maps[0], 0);
        heatmap.show();
        QImage target(heatmap.size(), QImage::Format_ARGB32_Premultiplied);
        float threshold = 0.0F;
        const int before = heatmap.imageBuildCount();
        ok &= row(out, QStringLiteral("head view, 512 tokens, full redraw"),
                  time(repeats,
                       [&] {
                           threshold = threshold == 0.0F ? 1e-6F : 0.0F;
                           heatmap.setThreshold(threshold);
                           repaint(heatmap, target);
                       }),
                  50.0);
        out << "  cell images rendered per full redraw: "
            << double(heatmap.imageBuildCount() - before) / (repeats + 2) << '\n';
        row(out, QStringLiteral("head view, 512 tokens, cached repaint"),
            time(repeats, [&] { repaint(heatmap, target); }), 0);
        ok &= row(out, QStringLiteral("head view, 512 tokens, new matrix"),
                  time(repeats,
                       [&] {
                           heatmap.setMap(head512.maps[0], 0);
                           repaint(heatmap, target);
                       }),
                  50.0);
    }

    // The whole explorer while scrubbing the timeline (4x4 at 64 tokens).
    {
        std::vector<AttentionSnapshot> run;
        for (int i = 0; i < 6; ++i)
            run.push_back(test::causalSnapshot(i * 100, 4, 4, 64, unsigned(i + 1)));
        AttentionExplorer explorer;
        explorer.resize(1300, 800);
        explorer.setSnapshots(run);
        explorer.show();
        QApplication::processEvents();
        QImage target(explorer.size(), QImage::Format_ARGB32_Premultiplied);
        int index = 0;
        row(out, QStringLiteral("explorer: switch snapshot + repaint all"),
            time(repeats,
                 [&] {
                     index = (index + 1) % int(run.size());
                     explorer.selectSnapshot(index);
                     repaint(explorer, target);
                 }),
            0);
    }
    return ok ? 0 : 1;
}
