// Tests of EvoTreePage: clicking models in the tree and "Train a tiny one" emit the right
// preset; user files (good, malformed, binary, huge) never lose the built-in tree; search,
// filters and the chart work together; state is remembered; export works.
#include "evotree/decision_guide_widget.h"
#include "evotree/evotree_details.h"
#include "evotree/evotree_filter_bar.h"
#include "evotree/evotree_node_item.h"
#include "evotree/evotree_org_chart.h"
#include "evotree/evotree_page.h"
#include "evotree/evotree_scene.h"
#include "evotree/evotree_view.h"
#include "test_util.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace lmw::ui;

namespace {

int visibleNodes(const EvoTreePage& page) {
    int n = 0;
    for (const QString& id : page.scene()->visibleIds()) n += page.scene()->itemFor(id) ? 1 : 0;
    return n;
}

void clickNode(EvoTreePage& page, const QString& id) {
    const QRectF box = page.scene()->boundsOf({id});
    page.view()->reveal(box);
    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {},
                      page.view()->mapFromScene(box.center()));
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    return QString::fromStdString(lmw::test::writeFile(dir, name, bytes));
}

}  // namespace

class TestEvoTreePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LlmWorkbenchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_evotree_page"));
    }
    void init() { QSettings().clear(); }

    void showsTheBuiltInTree() {
        EvoTreePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.model().nodes().size(), 64);
        QCOMPARE(visibleNodes(page), 64);
        QVERIFY(page.message().isEmpty());
        QVERIFY(!page.orgChart()->counts().isEmpty());
        for (QAction* a : {page.fitToViewAction(), page.zoomInAction(), page.zoomOutAction(),
                           page.loadUserNodesAction(), page.clearUserNodesAction(),
                           page.exportPngAction(), page.exportSvgAction()}) {
            QVERIFY(a);
            QVERIFY(!a->text().isEmpty());
            QVERIFY(page.actions().contains(a));
        }
        // The first show fits the whole tree into the view.
        QTRY_VERIFY(page.view()
                        ->mapToScene(page.view()->viewport()->rect())
                        .boundingRect()
                        .adjusted(-2, -2, 2, 2)
                        .contains(page.scene()->sceneRect()));
    }

    void clickingEmitsTheRightPreset_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("objective");
        QTest::newRow("ULMFiT") << "ulmfit"
                                << "lstm"
                                << "clm";
        QTest::newRow("BERT") << "bert"
                              << "bert"
                              << "mlm+nsp";
        QTest::newRow("GPT-2") << "gpt-2"
                               << "gpt"
                               << "clm";
        QTest::newRow("BART") << "bart"
                              << "bart"
                              << "denoise";
        QTest::newRow("RoBERTa") << "roberta"
                                 << "roberta"
                                 << "mlm";
        QTest::newRow("T0 (T5 line)") << "t0"
                                      << "bart"
                                      << "denoise";
    }
    void clickingEmitsTheRightPreset() {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QFETCH(QString, objective);
        EvoTreePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy selected(&page, &EvoTreePage::nodeSelected);
        QSignalSpy preset(&page, &EvoTreePage::trainPresetRequested);
        clickNode(page, id);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), id);
        QCOMPARE(page.details()->currentId(), id);
        QCOMPARE(page.sideTabs()->currentWidget(), page.details());
        QVERIFY(page.details()->trainButton()->isVisible());
        QTest::mouseClick(page.details()->trainButton(), Qt::LeftButton);
        QCOMPARE(preset.count(), 1);
        QCOMPARE(preset.first().at(0).toString(), family);
        QCOMPARE(preset.first().at(1).toString(), objective);
    }

    void untrainableFamiliesHaveNoButton() {
        EvoTreePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        clickNode(page, QStringLiteral("chatgpt"));
        QCOMPARE(page.details()->currentId(), QStringLiteral("chatgpt"));
        QVERIFY(!page.details()->trainButton()->isVisible());
    }

    void lineageIsHighlighted() {
        EvoTreePage page;
        page.selectNode(QStringLiteral("bert"));
        const QStringList lineage = page.scene()->lineageIds();
        for (const char* id : {"roberta", "albert", "distilbert", "ernie", "deberta"})
            QVERIFY2(lineage.contains(QLatin1String(id)), id);
        QCOMPARE(page.scene()->itemFor(QStringLiteral("albert"))->focus(),
                 EvoTreeNodeItem::Focus::Lineage);
    }

    void malformedUserFilesKeepTheBuiltInTree_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"nodes\": [\n    {\"name\": \"X\",,}\n]}")
                                << QStringLiteral("Line 3");
        QTest::newRow("field") << QByteArray(
                                      "{\"nodes\": [\n{\"name\": \"X\",\n\"year\": "
                                      "\"2024\", \"branch\": \"decoder-only\", "
                                      "\"open\": true}]}")
                               << QStringLiteral("Line 3, node \"X\", field \"year\"");
        QTest::newRow("binary") << QByteArray("\0\1\2\3", 4) << QStringLiteral("binary");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    }
    void malformedUserFilesKeepTheBuiltInTree() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        EvoTreePage page;
        const int added = page.loadUserNodes(write(dir, QStringLiteral("mine.json"), bytes));
        QCOMPARE(added, 0);
        QVERIFY2(page.message().contains(expected), qPrintable(page.message()));
        QVERIFY(page.message().contains(QStringLiteral("mine.json")));
        QCOMPARE(page.model().nodes().size(), 64);
        QCOMPARE(visibleNodes(page), 64);
    }

    void hugeAndMissingFiles() {
        QTemporaryDir dir;
        EvoTreePage page;
        const QString huge =
            write(dir, QStringLiteral("huge.json"), QByteArray(6 * 1024 * 1024, '['));
        QCOMPARE(page.loadUserNodes(huge), 0);
        QVERIFY(page.message().contains(QStringLiteral("MB")));
        QCOMPARE(page.loadUserNodes(dir.filePath(QStringLiteral("missing.json"))), 0);
        QVERIFY(page.message().contains(QStringLiteral("does not exist")));
        QCOMPARE(page.model().nodes().size(), 64);
    }

    void userNodesAppearMarked() {
        QTemporaryDir dir;
        const QString path = write(
            dir, QStringLiteral("after2023.json"),
            "{\"format\": \"lmw-evotree\", \"nodes\": [\n"
            "{\"name\": \"Llama 3\", \"year\": 2024, \"released\": \"2024-04\", \"branch\": "
            "\"decoder-only\", \"open\": true, \"organization\": \"Meta\", \"parent\": "
            "\"LLaMA\"},\n"
            "{\"name\": \"Tiny T5\", \"year\": 2025, \"branch\": \"encoder-decoder\", \"open\": "
            "true, \"parent\": \"t5\", \"train\": {\"family\": \"bart\", \"objective\": "
            "\"denoise\"}}\n]}");
        EvoTreePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.loadUserNodes(path), 2);
        QCOMPARE(page.model().nodes().size(), 66);
        QVERIFY2(page.message().contains(QStringLiteral("after2023.json: 2")),
                 qPrintable(page.message()));
        QVERIFY(page.clearUserNodesAction()->isEnabled());
        EvoTreeNodeItem* item = page.scene()->itemFor(QStringLiteral("llama-3"));
        QVERIFY(item && item->isVisible() && item->node().userAdded);
        QCOMPARE(page.scene()->layout().rows().last().year, 2025);
        // In every figure version.
        page.filterBar()->versionBox()->setCurrentIndex(
            page.filterBar()->versionBox()->findData(QStringLiteral("v1")));
        QCOMPARE(page.scene()->version(), QStringLiteral("v1"));
        QVERIFY(page.scene()->visibleIds().contains(QStringLiteral("tiny-t5")));
        // Clickable, with lineage and a preset.
        QSignalSpy preset(&page, &EvoTreePage::trainPresetRequested);
        clickNode(page, QStringLiteral("tiny-t5"));
        QCOMPARE(page.details()->currentId(), QStringLiteral("tiny-t5"));
        page.details()->trainButton()->click();
        QCOMPARE(preset.count(), 1);
        page.selectNode(QStringLiteral("llama"));
        QVERIFY(page.scene()->lineageIds().contains(QStringLiteral("llama-3")));
        // A later bad file leaves the added models alone.
        QCOMPARE(page.loadUserNodes(write(dir, QStringLiteral("bad.json"), "{")), 0);
        QCOMPARE(page.model().nodes().size(), 66);
        page.clearUserNodes();
        QCOMPARE(page.model().nodes().size(), 64);
        QVERIFY(!page.scene()->itemFor(QStringLiteral("llama-3")));
    }

    void documentedExample() {
        EvoTreePage page;
        QCOMPARE(page.loadUserNodes(QStringLiteral(LMW_EVOTREE_EXAMPLE)), 7);
        QCOMPARE(page.model().nodes().size(), 71);
        QCOMPARE(page.scene()->layout().rows().last().year, 2024);
        // Links by name and by id both resolve.
        QCOMPARE(page.model().node(QStringLiteral("mixtral-8x7b"))->parent,
                 QStringLiteral("mistral-7b"));
        QCOMPARE(page.model().node(QStringLiteral("claude-3"))->parent, QStringLiteral("claude-2"));
        // GPT-4 has no parent in the tree, so GPT-4o is not a descendant of GPT-1.
        QVERIFY(
            !page.model().descendants(QStringLiteral("gpt-1")).contains(QStringLiteral("gpt-4o")));
        QVERIFY(
            page.model().descendants(QStringLiteral("gpt-4")).contains(QStringLiteral("gpt-4o")));
        QVERIFY(!page.message().contains(QStringLiteral("Line")));  // no problems reported
    }

    void searchFiltersAndChart() {
        EvoTreePage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setZoom(2.0);
        page.filterBar()->searchField()->setText(QStringLiteral("Chinchilla"));
        QCOMPARE(page.scene()->searchMatches(), QStringList{"chinchilla"});
        QVERIFY(page.scene()->itemFor(QStringLiteral("chinchilla"))->isSearchHit());
        const QRectF shown =
            page.view()->mapToScene(page.view()->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(page.scene()->boundsOf({QStringLiteral("chinchilla")})));

        // The chart counts what the filter keeps.
        auto googleTotal = [&page] {
            for (const OrgCount& c : page.orgChart()->counts()) {
                if (c.organization == QLatin1String("Google")) return c.total();
            }
            return 0;
        };
        QCOMPARE(googleTotal(), 16);
        page.filterBar()->sourceBox()->setCurrentIndex(2);  // closed only
        QCOMPARE(page.scene()->filter().source, EvoTreeFilter::Source::Closed);
        QCOMPARE(googleTotal(), 7);
        for (const OrgCount& c : page.orgChart()->counts()) QCOMPARE(c.open, 0);
        // A version switch updates the chart too.
        page.filterBar()->sourceBox()->setCurrentIndex(0);
        page.filterBar()->versionBox()->setCurrentIndex(
            page.filterBar()->versionBox()->findData(QStringLiteral("v1")));
        QCOMPARE(googleTotal(), 15);
        // Clicking a bar filters by that organisation; clicking it again clears it.
        Q_EMIT page.orgChart()->organizationClicked(QStringLiteral("OpenAI"));
        QCOMPARE(page.scene()->filter().organization, QStringLiteral("OpenAI"));
        QCOMPARE(page.scene()->matchingIds().size(), 7);
        QCOMPARE(page.orgChart()->counts().size(), 1);
        Q_EMIT page.orgChart()->organizationClicked(QStringLiteral("OpenAI"));
        QVERIFY(page.scene()->filter().organization.isEmpty());
    }

    void stateIsRemembered() {
        QTemporaryDir dir;
        const QString user = write(dir, QStringLiteral("mine.json"),
                                   "[{\"name\": \"Mine\", \"year\": 2024, \"branch\": "
                                   "\"decoder-only\", \"open\": true}]");
        QList<int> sizes;
        {
            EvoTreePage page;
            page.resize(1400, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.filterBar()->versionBox()->setCurrentIndex(
                page.filterBar()->versionBox()->findData(QStringLiteral("v2")));
            page.filterBar()->sourceBox()->setCurrentIndex(1);
            page.filterBar()->organizationBox()->setCurrentIndex(
                page.filterBar()->organizationBox()->findData(QStringLiteral("Google")));
            page.splitter()->setSizes({900, 500});
            sizes = page.splitter()->sizes();
            page.sideTabs()->setCurrentWidget(page.decisionGuide());
            QCOMPARE(page.loadUserNodes(user), 1);
        }
        EvoTreePage again;
        again.resize(1400, 900);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.scene()->version(), QStringLiteral("v2"));
        QCOMPARE(again.filterBar()->version(), QStringLiteral("v2"));
        QCOMPARE(again.scene()->filter().source, EvoTreeFilter::Source::Open);
        QCOMPARE(again.scene()->filter().organization, QStringLiteral("Google"));
        QCOMPARE(again.splitter()->sizes(), sizes);
        QCOMPARE(again.sideTabs()->currentWidget(), again.decisionGuide());
        QVERIFY(again.model().node(QStringLiteral("mine")));  // the user file is reloaded
    }

    void exportsFromThePage() {
        QTemporaryDir dir;
        EvoTreePage page;
        const QString png = dir.filePath(QStringLiteral("t.png"));
        const QString svg = dir.filePath(QStringLiteral("t.svg"));
        QVERIFY(page.exportPng(png, 0.5));
        QImage img(png);
        QVERIFY(!img.isNull());
        QVERIFY(img.width() > 500 && img.height() > 500);
        QVERIFY(page.exportSvg(svg));
        QVERIFY(QSvgRenderer(svg).isValid());
        QVERIFY(page.message().contains(QStringLiteral("t.svg")));
        QVERIFY(!page.exportPng(QStringLiteral("/nonexistent/x.png")));
        QVERIFY(!page.message().isEmpty());
    }
};

QTEST_MAIN(TestEvoTreePage)
#include "test_evotree_page.moc"
