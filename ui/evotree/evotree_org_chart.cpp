// Painting and interaction of the organisation bar chart.
#include "evotree/evotree_org_chart.h"

#include "evotree/evotree_style.h"

#include <QMouseEvent>
#include <QPainter>

namespace lmw::ui {

namespace {
constexpr int kHeader = 46;  // title and legend
constexpr int kRowH = 18;
constexpr int kLabelW = 104;               // organisation names
constexpr int kCountW = 44;                // "7 + 9" at the end of a bar
const QColor kOpenFill(0xF2, 0xB2, 0x8C);  // the figure's peach
const QColor kOpenEdge(0xD9, 0x8C, 0x5F);
}  // namespace

EvoTreeOrgChart::EvoTreeOrgChart(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(
        tr("Open and closed models per organisation, for the version and filters shown. "
           "Click a bar to show only that organisation; click it again to show all."));
}

void EvoTreeOrgChart::setCounts(const QList<OrgCount>& counts) {
    counts_ = counts;
    hover_ = -1;
    updateGeometry();
    update();
}

void EvoTreeOrgChart::setCurrentOrganization(const QString& org) {
    current_ = org;
    update();
}

QSize EvoTreeOrgChart::sizeHint() const {
    return QSize(320, kHeader + kRowH * static_cast<int>(qMax<qsizetype>(1, counts_.size())) + 8);
}

QSize EvoTreeOrgChart::minimumSizeHint() const {
    return QSize(220, sizeHint().height());
}

QRectF EvoTreeOrgChart::rowRect(int index) const {
    return QRectF(8, kHeader + index * kRowH, width() - 16, kRowH);
}

QString EvoTreeOrgChart::organizationAt(const QPoint& pos) const {
    for (int i = 0; i < counts_.size(); ++i) {
        if (rowRect(i).contains(pos)) return counts_.at(i).organization;
    }
    return {};
}

void EvoTreeOrgChart::paintEvent(QPaintEvent*) {
    using namespace evostyle;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect(), palette().base());

    p.setFont(labelFont(13, true));
    p.setPen(kText);
    p.drawText(QRectF(8, 4, width() - 16, 20), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Models per organisation"));
    // Legend: filled = open, hollow = closed.
    p.setFont(labelFont(11));
    const double ly = 30;
    p.setPen(QPen(kOpenEdge, 1));
    p.setBrush(kOpenFill);
    p.drawRoundedRect(QRectF(10, ly, 18, 11), 2, 2);
    p.setPen(kMuted);
    p.drawText(QPointF(34, ly + 10), tr("open"));
    p.setPen(QPen(kOpenEdge, 1.4));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(84, ly, 18, 11), 2, 2);
    p.setPen(kMuted);
    p.drawText(QPointF(108, ly + 10), tr("closed"));

    if (counts_.isEmpty()) {
        p.drawText(rowRect(0), Qt::AlignCenter, tr("No models match the filters."));
        return;
    }
    int maxTotal = 1;
    for (const OrgCount& c : counts_) maxTotal = qMax(maxTotal, c.total());
    const double barLeft = 8 + kLabelW;
    const double barSpan = qMax(40.0, width() - 16.0 - kLabelW - kCountW);
    const double unit = barSpan / maxTotal;

    for (int i = 0; i < counts_.size(); ++i) {
        const OrgCount& c = counts_.at(i);
        const QRectF r = rowRect(i);
        const bool current = c.organization == current_;
        if (current || i == hover_) {
            p.setPen(Qt::NoPen);
            p.setBrush(current ? QColor(0xE3, 0xEC, 0xFA) : QColor(0xF3, 0xF4, 0xF6));
            p.drawRoundedRect(r, 4, 4);
        }
        p.setFont(labelFont(11, current));
        p.setPen(kText);
        p.drawText(QRectF(r.left() + 4, r.top(), kLabelW - 10, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(c.organization, Qt::ElideRight, kLabelW - 12));
        const double h = 13;
        const double y = r.center().y() - h / 2;
        double x = barLeft;
        if (c.open > 0) {
            p.setPen(QPen(kOpenEdge, 1));
            p.setBrush(kOpenFill);
            p.drawRect(QRectF(x, y, c.open * unit, h));
            x += c.open * unit;
        }
        if (c.closed > 0) {
            p.setPen(QPen(kOpenEdge, 1.4));
            p.setBrush(Qt::white);
            p.drawRect(QRectF(x, y, c.closed * unit, h));
            x += c.closed * unit;
        }
        p.setPen(kMuted);
        p.setFont(labelFont(10));
        p.drawText(QRectF(x + 5, r.top(), kCountW, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1 + %2").arg(c.open).arg(c.closed));
    }
}

void EvoTreeOrgChart::mousePressEvent(QMouseEvent* event) {
    const QString org = organizationAt(event->pos());
    if (!org.isEmpty() && event->button() == Qt::LeftButton) Q_EMIT organizationClicked(org);
    QWidget::mousePressEvent(event);
}

void EvoTreeOrgChart::mouseMoveEvent(QMouseEvent* event) {
    int h = -1;
    for (int i = 0; i < counts_.size(); ++i) {
        if (rowRect(i).contains(event->pos())) h = i;
    }
    if (h != hover_) {
        hover_ = h;
        setCursor(h >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void EvoTreeOrgChart::leaveEvent(QEvent* event) {
    hover_ = -1;
    update();
    QWidget::leaveEvent(event);
}

}  // namespace lmw::ui
