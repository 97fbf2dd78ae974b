// The freeze map: reset() starts an empty grid of groups × epochs, setEpoch() fills a column
// (growing the map past its last epoch); the picture has the output side on top, trainable
// cells blue and frozen ones grey, and nothing coloured before the first classifier starts.
#include <QImage>
#include <QtTest>

#include "transfer/freeze_map.h"

using lmw::ui::FreezeMap;

class TestFreezeMap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resetAndFillColumns();
    void sizeFollowsTheGroups();
    void drawsTheStaircase();
    void emptyMapHasNoCells();
};

namespace {

const QColor kBlue(31, 119, 180);
const QColor kGrey(200, 200, 200);

/// Pixels inside `area` (logical coordinates) whose colour is close to `c`.
int pixelsNear(const QImage& image, QColor c, const QRect& area) {
    const double dpr = image.devicePixelRatio();
    const QRect pixels(int(area.left() * dpr), int(area.top() * dpr), int(area.width() * dpr),
                       int(area.height() * dpr));
    const QRect inside = pixels.intersected(image.rect());
    int n = 0;
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QColor p = image.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) <= 8 && std::abs(p.green() - c.green()) <= 8 &&
                 std::abs(p.blue() - c.blue()) <= 8;
        }
    return n;
}

/// Where the cells start: right of the widest group name (whose anti-aliased text has greys).
int cellsLeft(const FreezeMap& map) {
    int w = 0;
    for (const QString& g : map.groups())
        w = std::max(w, QFontMetrics(map.font()).horizontalAdvance(g));
    return w + 10;
}

}  // namespace

void TestFreezeMap::resetAndFillColumns() {
    FreezeMap map;
    QVERIFY(map.trainable().empty());
    map.reset({QStringLiteral("embedding"), QStringLiteral("LSTM 1"), QStringLiteral("head")}, 3);
    QCOMPARE(map.groups().size(), 3);
    QCOMPARE(map.trainable().size(), std::size_t(3));
    for (const auto& epoch : map.trainable()) QVERIFY(epoch.empty());  // not reached yet

    map.setEpoch(1, {false, false, true});
    QCOMPARE(map.trainable()[0], (std::vector<bool>{false, false, true}));
    QVERIFY(map.trainable()[1].empty());
    map.setEpoch(5, {true, true, true});  // past the last epoch: the map grows
    QCOMPARE(map.trainable().size(), std::size_t(5));
    QCOMPARE(map.trainable()[4], (std::vector<bool>{true, true, true}));
    QVERIFY(map.trainable()[3].empty());
    map.setEpoch(0, {true, true, true});  // epochs count from 1: ignored
    QCOMPARE(map.trainable()[0], (std::vector<bool>{false, false, true}));

    map.reset({QStringLiteral("a"), QStringLiteral("b")}, 0);
    QVERIFY(map.trainable().empty());
    QCOMPARE(map.groups(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestFreezeMap::sizeFollowsTheGroups() {
    FreezeMap map;
    QCOMPARE(map.sizeHint().height(), 110);
    map.reset({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, 2);
    QCOMPARE(map.sizeHint().height(), 110);  // three rows fit the minimum
    QStringList many;
    for (int i = 0; i < 6; ++i) many << QString::number(i);
    map.reset(many, 2);
    QCOMPARE(map.sizeHint().height(), 30 + 22 * 6);
}

void TestFreezeMap::drawsTheStaircase() {
    FreezeMap map;
    map.resize(400, 200);
    map.reset({QStringLiteral("embedding"), QStringLiteral("LSTM 1"), QStringLiteral("head")}, 2);
    map.setEpoch(1, {false, false, true});
    map.setEpoch(2, {false, true, true});
    const QImage image = map.grab().toImage();
    // Rows of 24 pixels from y = 4: the head on top (blue twice), then LSTM 1 (grey, blue), the
    // embedding at the bottom (grey twice).
    const int left = cellsLeft(map);
    auto row = [&](int r, QColor c) {
        return pixelsNear(image, c, QRect(left, 4 + 24 * r, 400 - left, 24));
    };
    const int head = row(0, kBlue), middle = row(1, kBlue), bottom = row(2, kBlue);
    const int headFrozen = row(0, kGrey), middleFrozen = row(1, kGrey),
              bottomFrozen = row(2, kGrey);
    const QString counts = QStringLiteral("%1 %2 %3 / %4 %5 %6")
                               .arg(head)
                               .arg(middle)
                               .arg(bottom)
                               .arg(headFrozen)
                               .arg(middleFrozen)
                               .arg(bottomFrozen);
    QVERIFY2(head > 400 && headFrozen == 0, qPrintable(counts));
    QVERIFY2(bottomFrozen > 400 && bottom == 0, qPrintable(counts));
    QVERIFY2(std::abs(middle - middleFrozen) < middle / 4, qPrintable(counts));
    QVERIFY2(std::abs(head - 2 * middle) < head / 4, qPrintable(counts));  // two cells vs one
    QCOMPARE(head, bottomFrozen);
}

void TestFreezeMap::emptyMapHasNoCells() {
    FreezeMap map;
    map.resize(300, 120);
    QCOMPARE(pixelsNear(map.grab().toImage(), kBlue, map.rect()), 0);  // only a placeholder line
    // Groups but no epoch reached: empty cells only.
    map.reset({QStringLiteral("embedding"), QStringLiteral("head")}, 3);
    const QImage cells = map.grab().toImage();
    const QRect area(cellsLeft(map), 0, 300, 4 + 2 * 24);  // the cells, not the epoch numbers
    QCOMPARE(pixelsNear(cells, kBlue, area), 0);
    QCOMPARE(pixelsNear(cells, kGrey, area), 0);
}

QTEST_MAIN(TestFreezeMap)
#include "test_freeze_map.moc"
