// The learning-rate spin box: rates are shown with significant digits (plain down to 0.001,
// scientific below), typed scientific notation is read and checked as it is typed, and the
// arrows step the leading digit, across powers of ten both ways, within the range.
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

#include "transfer/rate_spin_box.h"

using lmw::ui::RateSpinBox;

class TestRateSpinBox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsSignificantDigits();
    void readsScientificNotation();
    void validatesAsTyped();
    void arrowsStepTheLeadingDigit();
    void staysInRange();
};

void TestRateSpinBox::showsSignificantDigits() {
    RateSpinBox box;
    QCOMPARE(box.minimum(), 1e-6);
    QCOMPARE(box.maximum(), 1.0);
    QCOMPARE(box.textFromValue(0.004), QStringLiteral("0.004"));
    QCOMPARE(box.textFromValue(0.01), QStringLiteral("0.01"));
    QCOMPARE(box.textFromValue(0.3), QStringLiteral("0.3"));
    QCOMPARE(box.textFromValue(2.5e-4), QStringLiteral("2.5e-04"));
    QCOMPARE(box.textFromValue(1e-5), QStringLiteral("1e-05"));
    QCOMPARE(box.textFromValue(6.25e-5), QStringLiteral("6.25e-05"));
    QCOMPARE(box.textFromValue(0), QStringLiteral("0"));
    box.setValue(5e-4);
    QCOMPARE(box.text(), QStringLiteral("5e-04"));  // what the user sees
}

void TestRateSpinBox::readsScientificNotation() {
    RateSpinBox box;
    box.setValue(0.02);
    QCOMPARE(box.valueFromText(QStringLiteral("4e-3")), 0.004);
    QCOMPARE(box.valueFromText(QStringLiteral(" 2.5E-4 ")), 2.5e-4);
    QCOMPARE(box.valueFromText(QStringLiteral("0.07")), 0.07);
    QCOMPARE(box.valueFromText(QStringLiteral("nonsense")), 0.02);  // the value stays
    // Typed into the field: the box takes it when editing ends (no keyboard tracking).
    QVERIFY(!box.keyboardTracking());
    QSignalSpy changed(&box, &QDoubleSpinBox::valueChanged);
    box.findChild<QLineEdit*>()->setText(QStringLiteral("3e-3"));
    box.interpretText();
    QCOMPARE(box.value(), 0.003);
    QCOMPARE(changed.count(), 1);
}

void TestRateSpinBox::validatesAsTyped() {
    RateSpinBox box;
    box.setRange(1e-5, 0.1);
    int pos = 0;
    QString text = QStringLiteral("4e-3x");
    QCOMPARE(box.validate(text, pos), QValidator::Invalid);
    text = QStringLiteral("-0.1");
    QCOMPARE(box.validate(text, pos), QValidator::Invalid);
    text = QStringLiteral("4e-");
    QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
    text = QString();
    QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
    text = QStringLiteral("3e-2");
    QCOMPARE(box.validate(text, pos), QValidator::Acceptable);
    text = QStringLiteral("0.5");  // above the range
    QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
    text = QStringLiteral("1e-7");  // below it
    QCOMPARE(box.validate(text, pos), QValidator::Intermediate);
}

void TestRateSpinBox::arrowsStepTheLeadingDigit() {
    RateSpinBox box;
    box.setValue(4e-3);
    box.stepBy(1);
    QCOMPARE(box.value(), 5e-3);
    QCOMPARE(box.text(), QStringLiteral("0.005"));  // clean digits, no 0.005000000000000001
    box.setValue(9e-3);
    box.stepBy(1);
    QCOMPARE(box.value(), 0.01);
    box.stepBy(-1);  // down from a power of ten: the next digit below
    QCOMPARE(box.value(), 9e-3);
    box.stepBy(2);
    QCOMPARE(box.value(), 0.02);
    box.setValue(1e-3);
    box.stepBy(-3);
    QCOMPARE(box.value(), 7e-4);
    box.setValue(2.5e-4);
    box.stepBy(1);
    QCOMPARE(box.value(), 3.5e-4);
}

void TestRateSpinBox::staysInRange() {
    RateSpinBox box;
    box.setRange(1e-5, 0.1);
    box.setValue(0.1);
    box.stepBy(1);
    QCOMPARE(box.value(), 0.1);
    box.setValue(1e-5);
    box.stepBy(-1);
    QCOMPARE(box.value(), 1e-5);
    box.setValue(5.0);
    QCOMPARE(box.value(), 0.1);
}

QTEST_MAIN(TestRateSpinBox)
#include "test_rate_spin_box.moc"
