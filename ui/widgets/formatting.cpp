#include "widgets/formatting.h"

#include <QCoreApplication>
#include <QLabel>
#include <cmath>

namespace lmw::ui {

namespace {
class Formatting {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::Formatting)
};
}  // namespace

QString percent(double fraction) {
    return std::isfinite(fraction) ? QString::number(100.0 * fraction, 'f', 1) + QLatin1Char('%')
                                   : QStringLiteral("–");
}

QString decimal(double value, int digits) {
    return std::isfinite(value) ? QString::number(value, 'f', digits) : QStringLiteral("–");
}

QString formatDuration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("–");
    const qint64 s = qint64(seconds + 0.5);
    if (s >= 3600)
        return Formatting::tr("%1 h %2 min")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return Formatting::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return Formatting::tr("%1 s").arg(s);
}

QColor seriesColor(int index) {
    // Tableau's ten, less grey and olive: distinct for the common colour-vision deficiencies
    // in the first four, which is as many series as most charts here draw.
    static const QColor colors[] = {
        QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
        QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(23, 190, 207)};
    const int n = int(sizeof colors / sizeof colors[0]);
    return colors[((index % n) + n) % n];
}

QColor referenceColor() {
    return QColor(127, 127, 127);
}

QColor errorColor() {
    return QColor(0xb0, 0x3a, 0x2e);
}
QColor warningColor() {
    return QColor(0x9a, 0x67, 0x00);
}

QString errorHtml(const QString& text) {
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(errorColor().name(), text.toHtmlEscaped());
}

QString warningHtml(const QString& text) {
    return QStringLiteral("<span style='color:%1'>%2</span>")
        .arg(warningColor().name(), text.toHtmlEscaped());
}

QString errorStyleSheet() {
    return QStringLiteral("color: %1;").arg(errorColor().name());
}

QLabel* makeExplanationLabel(const QString& richText, QWidget* parent) {
    auto* label = new QLabel(richText, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(QStringLiteral("color: #4a4a4a;"));
    return label;
}

}  // namespace lmw::ui
