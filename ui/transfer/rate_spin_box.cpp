#include "transfer/rate_spin_box.h"

#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace lmw::ui {

RateSpinBox::RateSpinBox(QWidget* parent) : QDoubleSpinBox(parent) {
    setDecimals(12);  // values are kept to 12 decimals; the text shows significant digits
    setRange(1e-6, 1.0);
    setKeyboardTracking(false);
}

QString RateSpinBox::textFromValue(double value) const {
    if (value == 0) return QStringLiteral("0");
    const int exponent = int(std::floor(std::log10(std::abs(value)) + 1e-9));
    if (exponent >= -3 && exponent <= 0) return QString::number(value, 'g', 4);  // 0.004, 0.01, 0.3
    return QString::number(value, 'e', 3)
        .replace(QRegularExpression(QStringLiteral("\\.?0+e")), QStringLiteral("e"));
}

double RateSpinBox::valueFromText(const QString& text) const {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? v : value();
}

QValidator::State RateSpinBox::validate(QString& text, int&) const {
    const QString t = text.trimmed();
    if (t.isEmpty()) return QValidator::Intermediate;
    static const QRegularExpression partial(QStringLiteral("^[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?$"));
    if (!partial.match(t).hasMatch()) return QValidator::Invalid;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok) return QValidator::Intermediate;
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void RateSpinBox::stepBy(int steps) {
    double v = value();
    for (int i = 0; i < std::abs(steps); ++i) {
        const double unit = std::pow(10.0, std::floor(std::log10(v) + 1e-9));
        const bool atPower = std::abs(v / unit - 1.0) < 1e-6;
        const double step = steps > 0 || !atPower ? unit : unit / 10;
        v = steps > 0 ? v + step : v - step;
        // Keep the digits clean (4e-3 + 1e-3 gives 5e-3, not 0.005000000000000001).
        const double scale = std::pow(10.0, 3 - std::floor(std::log10(v) + 1e-9));
        v = std::round(v * scale) / scale;
    }
    setValue(std::clamp(v, minimum(), maximum()));
}

}  // namespace lmw::ui
