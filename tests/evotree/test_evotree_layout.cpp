// Tests of EvoTreeLayout: no overlapping boxes in any version, every box inside its year row,
// time running upwards, roots under the base, rows added for later user nodes.
#include "evotree/evotree_layout.h"
#include "evotree/evotree_model.h"

#include <QtTest>

using namespace lmw::ui;

namespace {

QStringList versionsOf(const EvoTreeModel& m) {
    QStringList out{EvoTreeModel::kAllVersions};
    for (const FigureVersion& v : m.versions()) out << v.id;
    return out;
}

}  // namespace

class TestEvoTreeLayout : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;
    EvoTreeLayout layout_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(model_.loadBuiltIn().ok());
        layout_.build(model_);
    }

    void rowsRunUpwardsFrom2018To2023() {
        const QList<YearRow>& rows = layout_.rows();
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.first().year, 2018);
        QCOMPARE(rows.last().year, 2023);
        for (int i = 0; i < rows.size(); ++i) {
            QVERIFY(rows.at(i).top < rows.at(i).bottom);
            if (i > 0) QCOMPARE(rows.at(i).bottom, rows.at(i - 1).top);
        }
        QVERIFY(rows.first().bottom < EvoTreeLayout::kGroundY);
        // Rows grow with their content, as in the figure: 2022 is the tallest.
        auto height = [&](int year) { return layout_.row(year)->bottom - layout_.row(year)->top; };
        QVERIFY(height(2022) > height(2019));
        QVERIFY(height(2022) > height(2018));
        QVERIFY(layout_.sceneRect().contains(layout_.box(QStringLiteral("bert"), "all")));
    }

    void noBoxesOverlapInAnyVersion() {
        for (const QString& v : versionsOf(model_)) {
            const QStringList ids = model_.idsInVersion(v);
            for (int i = 0; i < ids.size(); ++i) {
                const QRectF a = layout_.box(ids.at(i), v);
                QVERIFY2(!a.isEmpty(), qPrintable(ids.at(i)));
                for (int j = i + 1; j < ids.size(); ++j) {
                    const QRectF b = layout_.box(ids.at(j), v);
                    QVERIFY2(
                        !a.intersects(b),
                        qPrintable(
                            QStringLiteral("%1 overlaps %2 in %3").arg(ids.at(i), ids.at(j), v)));
                }
            }
        }
    }

    void boxesSitInTheirYearRows() {
        for (const QString& v : versionsOf(model_)) {
            for (const QString& id : model_.idsInVersion(v)) {
                const EvoNode n = model_.resolved(id, v);
                const QRectF box = layout_.box(id, v);
                if (n.isRoot()) {
                    QVERIFY2(box.top() > EvoTreeLayout::kGroundY, qPrintable(id));
                    QVERIFY(box.bottom() <= layout_.rootBottom());
                    continue;
                }
                const YearRow* row = layout_.row(*n.year);
                QVERIFY(row);
                QVERIFY2(box.top() >= row->top && box.bottom() <= row->bottom,
                         qPrintable(QStringLiteral("%1 outside row %2").arg(id).arg(*n.year)));
            }
        }
    }

    void figureOrderIsKept() {
        // Left to right as in the figure: encoder-only, encoder-decoder, decoder-only.
        const double bert = layout_.box(QStringLiteral("bert"), "all").center().x();
        const double t5 = layout_.box(QStringLiteral("t5"), "all").center().x();
        const double gpt1 = layout_.box(QStringLiteral("gpt-1"), "all").center().x();
        QVERIFY(bert < t5 && t5 < gpt1);
        QVERIFY(layout_.trunkX(Branch::EncoderOnly) < layout_.trunkX(Branch::EncoderDecoder));
        QVERIFY(layout_.trunkX(Branch::EncoderDecoder) < layout_.trunkX(Branch::DecoderOnly));
        // Later means higher up.
        QVERIFY(layout_.box(QStringLiteral("gpt-4"), "all").bottom() <
                layout_.box(QStringLiteral("gpt-3"), "all").top());
    }

    void glmMovesInTheFirstFigure() {
        QVERIFY(layout_.hasVariant(QStringLiteral("glm"), QStringLiteral("v1")));
        QVERIFY(!layout_.hasVariant(QStringLiteral("glm"), QStringLiteral("paper")));
        const QRectF v1 = layout_.box(QStringLiteral("glm"), QStringLiteral("v1"));
        const QRectF paper = layout_.box(QStringLiteral("glm"), QStringLiteral("paper"));
        QVERIFY(v1 != paper);
        QVERIFY(v1.top() >= layout_.row(2022)->top && v1.bottom() <= layout_.row(2022)->bottom);
        QVERIFY(v1.center().x() > layout_.trunkX(Branch::EncoderDecoder));
    }

    void userRowsExtendTheAxis() {
        EvoTreeModel m;
        m.loadBuiltIn();
        LoadResult r = EvoTreeLoader::parse(
            "[{\"name\": \"Future A\", \"year\": 2025, \"branch\": \"decoder-only\", \"open\": "
            "true}, {\"name\": \"Future B\", \"year\": 2025, \"branch\": \"decoder-only\", "
            "\"open\": false}, {\"name\": \"Old\", \"year\": 2015, \"branch\": "
            "\"non-transformer\", \"open\": true}]",
            EvoTreeLoader::Mode::User, QStringLiteral("u.json"));
        QCOMPARE(m.setUserNodes(r), 3);
        EvoTreeLayout l;
        l.build(m);
        QCOMPARE(l.rows().last().year, 2025);
        QVERIFY(l.row(2024));
        const QRectF a = l.box(QStringLiteral("future-a"), "all");
        const QRectF b = l.box(QStringLiteral("future-b"), "all");
        QVERIFY(!a.intersects(b));
        QVERIFY(a.bottom() <= l.row(2025)->bottom && a.top() >= l.row(2025)->top);
        QVERIFY(a.bottom() < l.row(2023)->top);
        QVERIFY(l.box(QStringLiteral("old"), "all").top() > EvoTreeLayout::kGroundY);
    }
};

QTEST_MAIN(TestEvoTreeLayout)
#include "test_evotree_layout.moc"
