#include "compare/prediction_strip.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <cmath>
#include <limits>

namespace lmw::ui {

namespace {

constexpr int kPad = 4;  // inside a box
constexpr int kGap = 2;  // between boxes
constexpr int kMinCell = 22;

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

PredictionStrip::PredictionStrip(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QColor PredictionStrip::colorFor(double p) {
    if (!(p >= 0)) return QColor(0xdd, 0xdd, 0xdd);
    p = std::min(1.0, p);
    const QColor red(0xe3, 0x4a, 0x33), yellow(0xfe, 0xe0, 0x8b), green(0x66, 0xbd, 0x63);
    return p < 0.5 ? mix(red, yellow, p / 0.5) : mix(yellow, green, (p - 0.5) / 0.5);
}

QString PredictionStrip::visibleToken(const std::string& token) {
    QString t = QString::fromStdString(token);
    t.replace(QLatin1Char('\n'), QChar(0x21B5));  // ↵
    t.replace(QLatin1Char('\t'), QChar(0x21E5));  // ⇥
    t.replace(QLatin1Char(' '), QChar(0x2423));   // ␣
    t.replace(QChar(0x2581), QChar(0x2423));      // SentencePiece's word-start mark
    return t.isEmpty() ? QStringLiteral("\u2205") : t;
}

void PredictionStrip::setPredictions(const std::vector<lmw::TokenPrediction>& predictions) {
    predictions_ = predictions;
    message_.clear();
    cells_ = layoutCells(width());
    updateGeometry();
    update();
}

void PredictionStrip::clear(const QString& message) {
    predictions_.clear();
    cells_.clear();
    message_ = message;
    updateGeometry();
    update();
}

double PredictionStrip::meanProbability() const {
    double sum = 0;
    int n = 0;
    for (const auto& p : predictions_)
        if (p.probability >= 0) {
            sum += p.probability;
            ++n;
        }
    return n > 0 ? sum / n : std::numeric_limits<double>::quiet_NaN();
}

QVector<QRect> PredictionStrip::layoutCells(int width) const {
    QVector<QRect> out;
    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    const QFontMetrics fs(small);
    const int h = fm.height() + fs.height() + 3 * kPad;
    int x = 0, y = 0;
    const int avail = std::max(width, 60);
    for (const auto& p : predictions_) {
        const int w = std::max({kMinCell, fm.horizontalAdvance(visibleToken(p.token)) + 2 * kPad,
                                fs.horizontalAdvance(QStringLiteral("100%")) + 2 * kPad});
        if (x > 0 && x + w > avail) {
            x = 0;
            y += h + kGap;
        }
        out.push_back(QRect(x, y, w, h));
        x += w + kGap;
    }
    return out;
}

int PredictionStrip::heightForWidth(int width) const {
    if (predictions_.empty()) return QFontMetrics(font()).height() * 2;
    const auto cells = layoutCells(width);
    return cells.back().bottom() + 1;
}

QSize PredictionStrip::sizeHint() const {
    return {400, heightForWidth(400)};
}
QSize PredictionStrip::minimumSizeHint() const {
    return {60, QFontMetrics(font()).height() * 2};
}

void PredictionStrip::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    cells_ = layoutCells(width());
    updateGeometry();
}

QRect PredictionStrip::cellRect(int index) const {
    return index >= 0 && index < cells_.size() ? cells_[index] : QRect();
}

QColor PredictionStrip::cellColor(int index) const {
    return index >= 0 && std::size_t(index) < predictions_.size()
               ? colorFor(predictions_[std::size_t(index)].probability)
               : QColor();
}

int PredictionStrip::cellAt(const QPoint& pos) const {
    for (int i = 0; i < cells_.size(); ++i)
        if (cells_[i].contains(pos)) return i;
    return -1;
}

QString PredictionStrip::cellToolTip(int index) const {
    if (index < 0 || std::size_t(index) >= predictions_.size()) return {};
    const auto& p = predictions_[std::size_t(index)];
    QString text =
        tr("<b>%1</b> at position %2").arg(visibleToken(p.token).toHtmlEscaped()).arg(index);
    if (p.probability < 0) return text + tr("<br>Not predicted: nothing comes before it.");
    text += tr("<br>probability of this token: <b>%1%</b>").arg(100 * p.probability, 0, 'f', 1);
    if (!p.top.empty()) {
        text += tr("<br>most likely here:");
        for (const auto& [token, prob] : p.top)
            text += QStringLiteral("<br>&nbsp;&nbsp;%1 &nbsp;%2%")
                        .arg(visibleToken(token).toHtmlEscaped())
                        .arg(100 * prob, 0, 'f', 1);
    }
    return text;
}

bool PredictionStrip::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = cellAt(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), cellToolTip(i), this, cellRect(i));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PredictionStrip::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (predictions_.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, message_);
        return;
    }
    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    for (int i = 0; i < cells_.size() && std::size_t(i) < predictions_.size(); ++i) {
        const auto& p = predictions_[std::size_t(i)];
        const QRect r = cells_[i];
        painter.setPen(QPen(QColor(0, 0, 0, 40), 1));
        painter.setBrush(colorFor(p.probability));
        painter.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.setPen(Qt::black);
        painter.setFont(font());
        painter.drawText(QRect(r.x(), r.y() + kPad, r.width(), fm.height()), Qt::AlignHCenter,
                         visibleToken(p.token));
        painter.setFont(small);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        const QString prob = p.probability < 0
                                 ? QStringLiteral("\u2013")
                                 : QStringLiteral("%1%").arg(qRound(100 * p.probability));
        painter.drawText(QRect(r.x(), r.y() + kPad + fm.height() + kPad / 2, r.width(),
                               r.height() - fm.height() - kPad),
                         Qt::AlignHCenter | Qt::AlignTop, prob);
    }
}

}  // namespace lmw::ui
