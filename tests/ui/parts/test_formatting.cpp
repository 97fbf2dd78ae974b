// The shared number formats and colours (ui/widgets/formatting).
#include <QtTest>
#include <cmath>
#include <limits>

#include "widgets/formatting.h"

using namespace lmw::ui;

class TestFormatting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void numbers() {
        QCOMPARE(percent(0.125), QStringLiteral("12.5%"));
        QCOMPARE(percent(1.0), QStringLiteral("100.0%"));
        QCOMPARE(percent(std::nan("")), QStringLiteral("–"));
        QCOMPARE(decimal(1.23456, 2), QStringLiteral("1.23"));
        QCOMPARE(decimal(std::numeric_limits<double>::infinity()), QStringLiteral("–"));
    }
    void durations() {
        QCOMPARE(formatDuration(42.2), QStringLiteral("42 s"));
        QCOMPARE(formatDuration(185), QStringLiteral("3 min 05 s"));
        QCOMPARE(formatDuration(3720), QStringLiteral("1 h 02 min"));
        QCOMPARE(formatDuration(-1), QStringLiteral("–"));
        QCOMPARE(formatDuration(std::nan("")), QStringLiteral("–"));
    }
    void colours() {
        QVERIFY(seriesColor(0) != seriesColor(1));
        QCOMPARE(seriesColor(8), seriesColor(0));   // wraps
        QCOMPARE(seriesColor(-1), seriesColor(7));  // never out of range
        QVERIFY(referenceColor() != seriesColor(0));
        QVERIFY(errorColor() != warningColor());
    }
    void statusText() {
        const QString html = errorHtml(QStringLiteral("a <b> & c"));
        QVERIFY(html.contains(QStringLiteral("a &lt;b&gt; &amp; c")));
        QVERIFY(html.contains(errorColor().name()));
        QVERIFY(warningHtml(QStringLiteral("x")).contains(warningColor().name()));
        QVERIFY(errorStyleSheet().contains(errorColor().name()));
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "test_formatting.moc"
