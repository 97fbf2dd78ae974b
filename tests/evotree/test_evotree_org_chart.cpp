// Tests of EvoTreeOrgChart: bars follow the counts, hit testing, clicks ask for a filter.
#include "evotree/evotree_org_chart.h"

#include <QImage>
#include <QSignalSpy>
#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeOrgChart : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countsAndClicks() {
        EvoTreeOrgChart chart;
        chart.resize(340, 200);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const int emptyHeight = chart.sizeHint().height();
        chart.setCounts({{QStringLiteral("Google"), 9, 7},
                         {QStringLiteral("Meta"), 6, 0},
                         {QStringLiteral("OpenAI"), 2, 5}});
        QCOMPARE(chart.counts().size(), 3);
        QVERIFY(chart.sizeHint().height() > emptyHeight);
        chart.resize(340, chart.sizeHint().height());

        // Find each bar's row by scanning down the middle of the chart.
        QStringList seen;
        for (int y = 0; y < chart.height(); ++y) {
            const QString org = chart.organizationAt(QPoint(chart.width() / 2, y));
            if (!org.isEmpty() && !seen.contains(org)) seen << org;
        }
        QCOMPARE(seen, (QStringList{"Google", "Meta", "OpenAI"}));
        QVERIFY(chart.organizationAt(QPoint(5, 2)).isEmpty());  // the title

        QSignalSpy clicked(&chart, &EvoTreeOrgChart::organizationClicked);
        int metaY = -1;
        for (int y = 0; y < chart.height() && metaY < 0; ++y) {
            if (chart.organizationAt(QPoint(chart.width() / 2, y)) == QLatin1String("Meta"))
                metaY = y + 4;
        }
        QTest::mouseClick(&chart, Qt::LeftButton, {}, QPoint(chart.width() / 2, metaY));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("Meta"));
    }

    void paintsOpenAndClosedSegments() {
        EvoTreeOrgChart chart;
        chart.setCounts({{QStringLiteral("Google"), 4, 4}});
        chart.setCurrentOrganization(QStringLiteral("Google"));
        chart.resize(360, chart.sizeHint().height());
        const QImage img = chart.grab().toImage();
        QVERIFY(!img.isNull());
        // The open segment is filled with the figure's peach colour somewhere on the bar row.
        bool peach = false;
        for (int x = 0; x < img.width() && !peach; ++x) {
            for (int y = 40; y < img.height() && !peach; ++y) {
                const QColor c = img.pixelColor(x, y);
                peach = qAbs(c.red() - 0xF2) < 6 && qAbs(c.green() - 0xB2) < 6 &&
                        qAbs(c.blue() - 0x8C) < 6;
            }
        }
        QVERIFY(peach);
        chart.setCounts({});
        QVERIFY(chart.organizationAt(QPoint(100, 60)).isEmpty());
    }
};

QTEST_MAIN(TestEvoTreeOrgChart)
#include "test_evotree_org_chart.moc"
