// The confusion matrix: it keeps the metrics and the run it was given, grows with the number
// of labels, and draws the counts shaded green on the diagonal and red off it (darker for
// larger counts); without a finished run it draws no cell.
#include <QImage>
#include <QtTest>

#include "api/transfer.h"
#include "transfer/confusion_matrix_view.h"

using lmw::ui::ConfusionMatrixView;

class TestConfusionMatrixView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheMetrics();
    void drawsGreenDiagonalAndRedErrors();
    void emptyMetricsDrawNoCell();
};

namespace {

lmw::ClassificationMetrics threeLabels() {
    lmw::ClassificationMetrics m;
    m.labels = {"animal", "food", "weather"};
    m.confusion = {{6, 2, 0}, {0, 4, 0}, {1, 0, 5}};
    m.total = 18;
    m.accuracy = 15.0 / 18;
    m.precision = {6.0 / 7, 4.0 / 6, 1.0};
    m.recall = {6.0 / 8, 1.0, 5.0 / 6};
    return m;
}

int pixelsNear(const QImage& image, QColor c) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor p = image.pixelColor(x, y);
            n += std::abs(p.red() - c.red()) <= 6 && std::abs(p.green() - c.green()) <= 6 &&
                 std::abs(p.blue() - c.blue()) <= 6;
        }
    return n;
}

/// The shade of `base` for a count that is `t` of the largest.
QColor shade(QColor base, double t) {
    return QColor(int(255 - t * (255 - base.red())), int(255 - t * (255 - base.green())),
                  int(255 - t * (255 - base.blue())));
}

}  // namespace

void TestConfusionMatrixView::keepsTheMetrics() {
    ConfusionMatrixView view;
    QVERIFY(view.metrics().labels.empty());
    QCOMPARE(view.sizeHint().height(), 120);
    view.setMetrics(threeLabels(), QStringLiteral("ulmfit"));
    QCOMPARE(view.metrics().confusion, threeLabels().confusion);
    QCOMPARE(view.metrics().total, 18);
    QCOMPARE(view.run(), QStringLiteral("ulmfit"));
    QCOMPARE(view.sizeHint().height(), 50 + 26 * 3);
    view.setMetrics({}, {});
    QVERIFY(view.metrics().confusion.empty());
    QCOMPARE(view.sizeHint().height(), 120);
}

void TestConfusionMatrixView::drawsGreenDiagonalAndRedErrors() {
    ConfusionMatrixView view;
    view.resize(420, 260);
    view.setMetrics(threeLabels(), QStringLiteral("ulmfit"));
    const QImage image = view.grab().toImage();
    const QColor green(44, 160, 44), red(214, 39, 40);
    QVERIFY(pixelsNear(image, green) > 200);                  // 6 of 6: full green
    QVERIFY(pixelsNear(image, shade(green, 4.0 / 6)) > 200);  // 4 of 6
    QVERIFY(pixelsNear(image, shade(red, 2.0 / 6)) > 200);    // the 2 animals taken for food
    QVERIFY(pixelsNear(image, shade(red, 1.0 / 6)) > 200);    // the weather taken for an animal
    QCOMPARE(pixelsNear(image, red), 0);  // no error is as large as the largest count
}

void TestConfusionMatrixView::emptyMetricsDrawNoCell() {
    ConfusionMatrixView view;
    view.resize(420, 260);
    const QColor green(44, 160, 44);
    QCOMPARE(pixelsNear(view.grab().toImage(), green), 0);
    lmw::ClassificationMetrics none = threeLabels();
    none.total = 0;  // labels but no test example: nothing to show
    view.setMetrics(none, QStringLiteral("scratch"));
    QCOMPARE(pixelsNear(view.grab().toImage(), green), 0);
}

QTEST_MAIN(TestConfusionMatrixView)
#include "test_confusion_matrix_view.moc"
