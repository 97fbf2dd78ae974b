// Renders the evolutionary tree page offscreen and saves the screenshots used in docs/.
// Usage: evotree_screenshots OUTPUT_DIR
#include "evotree/decision_guide_widget.h"
#include "evotree/evotree_details.h"
#include "evotree/evotree_filter_bar.h"
#include "evotree/evotree_node_item.h"
#include "evotree/evotree_page.h"
#include "evotree/evotree_scene.h"
#include "evotree/evotree_view.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
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

void chooseVersion(EvoTreePage& page, const QString& version) {
    QComboBox* box = page.filterBar()->versionBox();
    box->setCurrentIndex(box->findData(version));
}

QSplitter* sideSplitter(EvoTreePage& page) {
    for (QSplitter* s : page.findChildren<QSplitter*>()) {
        if (s->orientation() == Qt::Vertical) return s;
    }
    return nullptr;
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

    // BERT selected: details, lineage highlighted in the tree.
    page.selectNode(QStringLiteral("bert"));
    page.view()->setZoom(0.9);
    page.view()->centerOn(page.scene()->boundsOf(page.scene()->lineageIds()).center() +
                          QPointF(120, -40));
    ok = save(page, out.filePath(QStringLiteral("evotree-details.png"))) && ok;

    // The paper's figure: what it changed compared with the first README figure.
    page.scene()->setSelectedId(QString());
    page.details()->clear();
    chooseVersion(page, QStringLiteral("paper"));
    QRectF changed = page.scene()->boundsOf(
        {QStringLiteral("glm"), QStringLiteral("chatglm"), QStringLiteral("ulmfit")});
    for (const EvoTreeNodeItem* ghost : page.scene()->ghostItems())
        changed = changed.united(ghost->box());
    page.view()->setZoom(2.0);
    page.view()->reveal(changed.adjusted(-20, -20, 20, 20));
    ok = save(page, out.filePath(QStringLiteral("evotree-version.png"))) && ok;

    // Search and filters: open models only, searching for "Meta".
    chooseVersion(page, EvoTreeModel::kAllVersions);
    page.filterBar()->sourceBox()->setCurrentIndex(1);
    page.filterBar()->searchField()->setText(QStringLiteral("Meta"));
    page.fitToView();
    ok = save(page, out.filePath(QStringLiteral("evotree-filters.png"))) && ok;
    page.filterBar()->searchField()->clear();
    page.filterBar()->resetFilters();

    // The decision guide answered for a classification task with plenty of labels.
    page.sideTabs()->setCurrentWidget(page.decisionGuide());
    if (QSplitter* side = sideSplitter(page)) side->setSizes({760, 80});
    using Q = DecisionGuide::Question;
    for (Q q : {Q::MimicHumans, Q::EmergentAbilities, Q::MultipleTasks, Q::NotLanguageModelling,
                Q::FewLabels, Q::OutOfDistribution, Q::CreativeGeneration, Q::KnowledgeIntensive})
        page.decisionGuide()->setAnswer(q, DecisionGuide::Answer::No);
    ok = save(page, out.filePath(QStringLiteral("evotree-guide.png"))) && ok;

    // Models after 2023 from the documented example file.
    if (QSplitter* side = sideSplitter(page)) side->setSizes({540, 290});
    page.loadUserNodes(QStringLiteral(LMW_EVOTREE_EXAMPLE));
    page.selectNode(QStringLiteral("llama-3"));
    page.view()->setZoom(0.8);
    page.view()->centerOn(page.scene()
                              ->boundsOf({QStringLiteral("llama-3"), QStringLiteral("gpt-4o"),
                                          QStringLiteral("claude-3")})
                              .center() +
                          QPointF(0, 160));
    ok = save(page, out.filePath(QStringLiteral("evotree-user-nodes.png"))) && ok;

    return ok ? 0 : 1;
}
