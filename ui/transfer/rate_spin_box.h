// A spin box for learning rates. Rates span several orders of magnitude, so the box shows them
// with up to four significant digits ("0.004", "2.5e-04"), accepts typed scientific notation
// ("4e-3"), and its arrows step the leading digit (4e-03 → 5e-03 → … → 1e-02, and back down
// through 9e-03). Values outside the range are held to it, as in any QDoubleSpinBox.
#pragma once

#include <QDoubleSpinBox>

namespace lmw::ui {

class RateSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    /// Range 1e-6 to 1 until setRange() says otherwise; no keyboard tracking.
    explicit RateSpinBox(QWidget* parent = nullptr);

    void stepBy(int steps) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString& text) const override;
    QValidator::State validate(QString& text, int& pos) const override;
};

}  // namespace lmw::ui
