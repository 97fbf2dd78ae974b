// Renders the evolutionary tree page offscreen and saves screenshots (used for docs/).
// Usage: evotree_screenshots OUTPUT_DIR
#include "evotree/decision_guide_widget.h"
#include "evotree/evotree_details.h"
#include "evotree/evotree_filter_bar.h"
#include "evotree/evotree_page.h"
#include "evotree/evotree_scene.h"
#include "evotree/evotree_view.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextStream>

using namespace lmw::ui;

namespace {

void settle() {
    for (int i = 0; i < 5; ++i) QApplication::processEvents();
}

bool save(QWidget& w, const QString& path) {
    settle();
    const bool ok = w.grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LlmWorkbenchShots"));
    QApplication::setApplicationName(QStringLiteral("evotree-screenshots"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();  // start from the default state
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    QDir().mkpath(out.path());

    EvoTreePage page;
    page.resize(1400, 900);
    page.show();
    settle();
    page.fitToView();
    bool ok = save(page, out.filePath(QStringLiteral("evotree.png")));

    // Details of BERT with its lineage highlighted, zoomed onto the lower left of the tree.
    page.selectNode(QStringLiteral("bert"));
    page.view()->setZoom(0.85);
    page.view()->centerOn(page.scene()->boundsOf(page.scene()->lineageIds()).center());
    ok = save(page, out.filePath(QStringLiteral("evotree-details.png"))) && ok;

    // A figure version with its changes marked.
    page.selectNode(QString());
    page.scene()->setSelectedId(QString());
    page.details()->clear();
    page.filterBar()->setVersion(QStringLiteral("paper"));
    Q_EMIT page.filterBar()->versionChanged(QStringLiteral("paper"));
    page.view()->setZoom(0.8);
    page.view()->centerOn(page.scene()->boundsOf({QStringLiteral("glm")}).center());
    ok = save(page, out.filePath(QStringLiteral("evotree-version.png"))) && ok;

    // The decision guide answered for a small classification task with plenty of labels.
    page.sideTabs()->setCurrentWidget(page.decisionGuide());
    using Q = DecisionGuide::Question;
    for (Q q : {Q::MimicHumans, Q::EmergentAbilities, Q::MultipleTasks, Q::NotLanguageModelling,
                Q::FewLabels, Q::OutOfDistribution, Q::CreativeGeneration, Q::KnowledgeIntensive})
        page.decisionGuide()->setAnswer(q, DecisionGuide::Answer::No);
    ok = save(page, out.filePath(QStringLiteral("evotree-guide.png"))) && ok;

    ok = page.exportPng(out.filePath(QStringLiteral("evotree-export.png")), 1.0) && ok;
    return ok ? 0 : 1;
}
