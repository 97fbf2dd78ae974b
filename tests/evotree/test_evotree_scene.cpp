// Tests of EvoTreeScene: items per version, fading by filter, search hits, lineage focus,
// ghosts of moved nodes, stems and the clicked-node signal.
#include "evotree/evotree_node_item.h"
#include "evotree/evotree_scene.h"
#include "evotree/evotree_stem_item.h"

#include <QGraphicsSceneMouseEvent>
#include <QSignalSpy>
#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeScene : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;

    static int visibleNodeItems(const EvoTreeScene& s) {
        int n = 0;
        for (QGraphicsItem* it : s.items()) {
            auto* node = qgraphicsitem_cast<EvoTreeNodeItem*>(it);
            if (node && node->isVisible() && !node->isGhost()) ++n;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(model_.loadBuiltIn().ok()); }

    void itemsFollowTheVersion() {
        EvoTreeScene s(&model_);
        QCOMPARE(s.version(), EvoTreeModel::kAllVersions);
        QCOMPARE(visibleNodeItems(s), 64);
        QCOMPARE(s.stemItems().size(), 64);
        QVERIFY(s.ghostItems().isEmpty());
        QSignalSpy changed(&s, &EvoTreeScene::contentChanged);
        s.setVersion(QStringLiteral("v1"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(visibleNodeItems(s), 57);
        QVERIFY(!s.itemFor(QStringLiteral("ulmfit"))->isVisible());
        s.setVersion(QStringLiteral("nonsense"));  // ignored
        QCOMPARE(s.version(), QStringLiteral("v1"));
        s.setVersion(QStringLiteral("v3"));
        QCOMPARE(visibleNodeItems(s), 61);
        QCOMPARE(s.itemFor(QStringLiteral("bard"))->node().displayLabel(),
                 QStringLiteral("Bard / PaLM 2"));
    }

    void changesAreMarked() {
        EvoTreeScene s(&model_);
        s.setVersion(QStringLiteral("paper"));
        QCOMPARE(s.itemFor(QStringLiteral("ulmfit"))->mark(), EvoTreeNodeItem::Mark::Added);
        QCOMPARE(s.itemFor(QStringLiteral("glm"))->mark(), EvoTreeNodeItem::Mark::Changed);
        QCOMPARE(s.itemFor(QStringLiteral("bert"))->mark(), EvoTreeNodeItem::Mark::None);
        // GLM moved: a ghost shows where v1 had it (on the decoder-only side).
        QCOMPARE(s.ghostItems().size(), 1);
        const EvoTreeNodeItem* ghost = s.ghostItems().first();
        QCOMPARE(ghost->id(), QStringLiteral("glm"));
        QCOMPARE(ghost->box(), s.layout().box(QStringLiteral("glm"), QStringLiteral("v1")));
        QVERIFY(ghost->toolTip().contains(QStringLiteral("GLM")));
        s.setVersion(EvoTreeModel::kAllVersions);
        QVERIFY(s.ghostItems().isEmpty());
        QCOMPARE(s.itemFor(QStringLiteral("ulmfit"))->mark(), EvoTreeNodeItem::Mark::None);
    }

    void filterFadesTheRest() {
        EvoTreeScene s(&model_);
        EvoTreeFilter f;
        f.organization = QStringLiteral("DeepMind");
        s.setFilter(f);
        QCOMPARE(s.matchingIds().size(), 3);
        for (const QString& id : s.visibleIds()) {
            const bool deepMind = s.matchingIds().contains(id);
            QCOMPARE(s.itemFor(id)->fade() == 1.0, deepMind);
            QVERIFY(s.itemFor(id)->isVisible());  // faded, not hidden
        }
        for (EvoTreeStemItem* stem : s.stemItems())
            QCOMPARE(stem->fade(), s.itemFor(stem->targetId)->fade());
    }

    void searchHighlights() {
        EvoTreeScene s(&model_);
        const QStringList hits = s.setSearchText(QStringLiteral("flan"));
        QCOMPARE(hits.size(), 3);  // Flan-T5, Flan-UL2, Flan-PaLM
        int marked = 0;
        for (const QString& id : s.visibleIds()) marked += s.itemFor(id)->isSearchHit() ? 1 : 0;
        QCOMPARE(marked, 3);
        QVERIFY(s.boundsOf(hits).contains(s.itemFor(QStringLiteral("flan-palm"))->box()));
        s.setSearchText(QString());
        QVERIFY(!s.itemFor(QStringLiteral("flan-t5"))->isSearchHit());
    }

    void selectionShowsLineage() {
        EvoTreeScene s(&model_);
        s.setSelectedId(QStringLiteral("bert"));
        QCOMPARE(s.selectedId(), QStringLiteral("bert"));
        QCOMPARE(s.itemFor(QStringLiteral("bert"))->focus(), EvoTreeNodeItem::Focus::Selected);
        for (const char* id : {"roberta", "albert", "distilbert", "ernie", "deberta"}) {
            QCOMPARE(s.itemFor(QLatin1String(id))->focus(), EvoTreeNodeItem::Focus::Lineage);
            QCOMPARE(s.itemFor(QLatin1String(id))->fade(), 1.0);
        }
        QCOMPARE(s.itemFor(QStringLiteral("gpt-3"))->focus(), EvoTreeNodeItem::Focus::None);
        QVERIFY(s.itemFor(QStringLiteral("gpt-3"))->fade() < 1.0);
        QCOMPARE(s.lineageLinks().size(), 5);
        s.setSelectedId(QString());
        QVERIFY(s.lineageLinks().isEmpty());
        QCOMPARE(s.itemFor(QStringLiteral("gpt-3"))->fade(), 1.0);
        s.setSelectedId(QStringLiteral("no-such-node"));
        QVERIFY(s.selectedId().isEmpty());
    }

    void stemsFollowTheFigure() {
        EvoTreeScene s(&model_);
        QString codexSource;
        for (EvoTreeStemItem* stem : s.stemItems()) {
            if (stem->targetId == QLatin1String("codex")) codexSource = stem->sourceId;
            QVERIFY(!stem->path().isEmpty());
        }
        QCOMPARE(codexSource, QStringLiteral("gpt-3"));
    }

    void clickingANodeEmitsItsId() {
        EvoTreeScene s(&model_);
        QSignalSpy clicked(&s, &EvoTreeScene::nodeClicked);
        QGraphicsSceneMouseEvent press(QEvent::GraphicsSceneMousePress);
        press.setScenePos(s.itemFor(QStringLiteral("gpt-2"))->box().center());
        press.setButton(Qt::LeftButton);
        press.setButtons(Qt::LeftButton);
        QCoreApplication::sendEvent(&s, &press);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("gpt-2"));
    }

    void tooltips() {
        const QString tip = EvoTreeNodeItem::tooltipFor(*model_.node(QStringLiteral("bert")));
        QVERIFY(tip.contains(QStringLiteral("BERT")));
        QVERIFY(tip.contains(QStringLiteral("Google")));
        QVERIFY(tip.contains(QStringLiteral("2018")));
        QVERIFY(tip.contains(QStringLiteral("open source")));
    }

    void rebuildAfterUserNodes() {
        EvoTreeModel m;
        m.loadBuiltIn();
        EvoTreeScene s(&m);
        LoadResult r = EvoTreeLoader::parse(
            "[{\"name\": \"Mine\", \"year\": 2024, \"branch\": \"encoder-decoder\", \"open\": "
            "true, \"parent\": \"T5\"}]",
            EvoTreeLoader::Mode::User, QStringLiteral("u.json"));
        QCOMPARE(m.setUserNodes(r), 1);
        s.rebuild();
        QVERIFY(s.itemFor(QStringLiteral("mine")));
        QVERIFY(s.itemFor(QStringLiteral("mine"))->node().userAdded);
        QCOMPARE(visibleNodeItems(s), 65);
        s.setSelectedId(QStringLiteral("t5"));
        QVERIFY(s.lineageIds().contains(QStringLiteral("mine")));
    }
};

QTEST_MAIN(TestEvoTreeScene)
#include "test_evotree_scene.moc"
