#include "widgets/probability_bars.h"

#include <QFontDatabase>
#include <QPaintEvent>
#include <QPainter>
#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace lmw::ui {

namespace {
constexpr int kRow = 22;  // height of one bar row
constexpr int kMargin = 8;
const QColor kBar(31, 97, 141);
const QColor kAccent(211, 84, 0);
const QColor kTruth(46, 160, 67);
const QColor kWrong(207, 34, 46);
}  // namespace

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void ProbabilityBars::setEntries(const QString& title, const QVector<Entry>& entries,
                                 int highlight) {
    title_ = title;
    entries_ = entries;
    highlight_ = highlight >= 0 && highlight < entries.size() ? highlight : -1;
    message_.clear();
    updateGeometry();
    update();
}

void ProbabilityBars::clear(const QString& message) {
    entries_.clear();
    highlight_ = -1;
    title_.clear();
    message_ = message;
    updateGeometry();
    update();
}

void ProbabilityBars::setShowsTokens(bool tokens) {
    tokens_ = tokens;
    update();
}

void ProbabilityBars::setAbsoluteScale(bool absolute) {
    absolute_ = absolute;
    update();
}

std::vector<double> ProbabilityBars::probabilities() const {
    std::vector<double> out;
    out.reserve(std::size_t(entries_.size()));
    for (const Entry& e : entries_) out.push_back(e.probability);
    return out;
}

QString ProbabilityBars::visibleToken(const QString& token) {
    QString out;
    for (const QChar c : token) {
        if (c == QLatin1Char(' '))
            out += QChar(0x2423);
        else if (c == QLatin1Char('\n'))
            out += QChar(0x21B5);
        else if (c == QLatin1Char('\t'))
            out += QChar(0x21E5);
        else
            out += c;
    }
    return out.isEmpty() ? QStringLiteral("\u2205") : out;
}

QString ProbabilityBars::labelOf(int row) const {
    const QString& label = entries_[row].label;
    const QString shown = tokens_ ? visibleToken(label) : label;
    return entries_[row].mark == Mark::Truth ? shown + QStringLiteral(" \u2713") : shown;
}

QString ProbabilityBars::toText() const {
    QString out;
    QTextStream s(&out);
    if (!title_.isEmpty()) s << title_ << '\n';
    for (const Entry& e : entries_)
        s << (tokens_ ? visibleToken(e.label) : e.label) << '\t'
          << QString::number(e.probability, 'f', 6) << '\n';
    return out;
}

QSize ProbabilityBars::sizeHint() const {
    const int rows = std::max<int>(1, int(entries_.size()));
    return {320, 2 * kMargin + kRow * (rows + (title_.isEmpty() ? 0 : 1))};
}

QSize ProbabilityBars::minimumSizeHint() const {
    return {200, 2 * kMargin + kRow * (entries_.isEmpty()
                                           ? 1
                                           : int(entries_.size()) + (title_.isEmpty() ? 0 : 1))};
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
    int y = area.top();
    if (!message_.isEmpty() || entries_.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }
    if (!title_.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRect(area.left(), y, area.width(), kRow), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(title_, Qt::ElideRight, area.width()));
        y += kRow;
    }
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    p.setFont(tokens_ ? mono : font());
    const QFontMetrics fm = p.fontMetrics();
    int labelWidth = 0;
    for (int i = 0; i < entries_.size(); ++i)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(labelOf(i)));
    labelWidth = std::min(labelWidth + 8, area.width() / 3);
    const int valueWidth = fm.horizontalAdvance(QStringLiteral("100.0%")) + 8;
    const int barLeft = area.left() + labelWidth;
    const int barSpace = std::max(10, area.width() - labelWidth - valueWidth);
    double top = 0;
    for (const Entry& e : entries_) top = std::max(top, e.probability);
    // A scale in whole tenths, so that charts side by side stay comparable at a glance.
    const double scale =
        absolute_ ? 1.0 : std::clamp(std::ceil(top * 10.0 - 1e-9) / 10.0, 0.1, 1.0);
    const QFont plain = p.font();
    QFont bold = plain;
    bold.setBold(true);
    for (int i = 0; i < entries_.size(); ++i) {
        const QRect row(area.left(), y, area.width(), kRow);
        const bool accent = i == highlight_;
        if (accent) p.fillRect(row, QColor(kAccent.red(), kAccent.green(), kAccent.blue(), 28));
        const Mark mark = entries_[i].mark;
        p.setPen(palette().color(QPalette::Text));
        p.setFont(mark == Mark::Truth ? bold : plain);
        p.drawText(QRect(row.left(), row.top(), labelWidth - 6, kRow),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(labelOf(i), Qt::ElideRight, labelWidth - 6));
        p.setFont(plain);
        const double share = std::clamp(entries_[i].probability / scale, 0.0, 1.0);
        const QRectF bar(barLeft, row.top() + 4, std::max(1.0, share * barSpace), kRow - 8);
        p.setPen(Qt::NoPen);
        p.setBrush(mark == Mark::Truth   ? kTruth
                   : mark == Mark::Wrong ? kWrong
                   : accent              ? kAccent
                                         : kBar);
        p.drawRoundedRect(bar, 2, 2);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(bar.right() + 4, row.top(), valueWidth, kRow),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(entries_[i].probability * 100, 0, 'f', 1));
        y += kRow;
    }
}

}  // namespace lmw::ui
