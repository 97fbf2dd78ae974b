// The Prompt lab's table of results per k: one row per k, percentages, and its CSV.
#include <QFile>
#include <QtTest>

#include "promptlab/shots_table.h"
#include "sample_report.h"

using namespace lmw::ui;

class TestShotsTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void table() {
        ShotsTable table;
        table.showReport(lmw::test::sampleReport());
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.item(1, 0)->text(), QStringLiteral("2"));
        QCOMPARE(table.item(1, 1)->text(), QStringLiteral("90.0%"));
        QCOMPARE(table.item(1, 2)->text(), QStringLiteral("5.0%"));
        QCOMPARE(table.item(0, 3)->text(), QStringLiteral("0.050"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.csv"));
        QVERIFY(ShotsTable::writeCsv(path, lmw::test::sampleReport()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("k,accuracy,accuracy_std,ece,mean_confidence,prompts"));
        QCOMPARE(lines[2], QStringLiteral("2,0.9,0.05,0.1,0.8,10"));
        QVERIFY(!ShotsTable::writeCsv(dir.filePath(QStringLiteral("no/such/dir/t.csv")), {}));
    }
};

QTEST_MAIN(TestShotsTable)
#include "test_shots_table.moc"
