#include "transfer/confusion_matrix_view.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

#include "widgets/formatting.h"

namespace lmw::ui {

namespace {
const QColor kCorrect(44, 160, 44);
const QColor kWrong(214, 39, 40);

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget* parent) : QWidget(parent) {
    setToolTip(
        tr("Test-set confusion matrix of the selected run: rows are the true labels, columns the "
           "predicted ones; the diagonal is correct. Right: precision and recall of each "
           "label."));
    setMinimumHeight(120);
}

void ConfusionMatrixView::setMetrics(const ClassificationMetrics& metrics, const QString& run) {
    metrics_ = metrics;
    run_ = run;
    updateGeometry();
    update();
}

QSize ConfusionMatrixView::sizeHint() const {
    return {360, std::max(120, 50 + 26 * int(metrics_.labels.size()))};
}

void ConfusionMatrixView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const QFontMetrics fm(font());
    const int n = int(metrics_.labels.size());
    if (n == 0 || metrics_.total == 0) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The confusion matrix appears when a run has finished."));
        return;
    }
    int labelW = 0;
    for (const auto& l : metrics_.labels) labelW = std::max(labelW, fm.horizontalAdvance(qs(l)));
    labelW += 10;
    const int statW = fm.horizontalAdvance(QStringLiteral("precision")) + 10;
    const int top = 2 * fm.height() + 6;
    const double widest = labelW - 4;  // column headers get up to the longest label's width
    const double cell = std::max(
        16.0, std::min({std::max(40.0, std::min(widest, 72.0)), double(height() - top - 4) / n,
                        double(width() - labelW - 2 * statW - 8) / n}));
    int maxCount = 1;
    for (const auto& row : metrics_.confusion)
        for (int v : row) maxCount = std::max(maxCount, v);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRectF(labelW, 0, n * cell, fm.height()), Qt::AlignCenter,
               tr("predicted (%1)").arg(run_));
    for (int j = 0; j < n; ++j)
        p.drawText(QRectF(labelW + j * cell, fm.height() + 2, cell, fm.height()), Qt::AlignCenter,
                   fm.elidedText(qs(metrics_.labels[std::size_t(j)]), Qt::ElideRight, int(cell)));
    const double statX = labelW + n * cell + 8;
    p.drawText(QRectF(statX, fm.height() + 2, statW, fm.height()), Qt::AlignCenter,
               tr("precision"));
    p.drawText(QRectF(statX + statW, fm.height() + 2, statW, fm.height()), Qt::AlignCenter,
               tr("recall"));
    for (int i = 0; i < n; ++i) {
        const double y = top + i * cell;
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(0, y, labelW - 6, cell), Qt::AlignRight | Qt::AlignVCenter,
                   qs(metrics_.labels[std::size_t(i)]));
        for (int j = 0; j < n; ++j) {
            const int v = metrics_.confusion[std::size_t(i)][std::size_t(j)];
            const double t = double(v) / maxCount;
            const QColor base = i == j ? kCorrect : kWrong;
            QColor fill = v == 0 ? palette().color(QPalette::Base)
                                 : QColor(int(255 - t * (255 - base.red())),
                                          int(255 - t * (255 - base.green())),
                                          int(255 - t * (255 - base.blue())));
            p.setPen(palette().color(QPalette::Mid));
            p.setBrush(fill);
            p.drawRect(QRectF(labelW + j * cell, y, cell - 2, cell - 2));
            p.setPen(t > 0.6 ? Qt::white : palette().color(QPalette::WindowText));
            p.drawText(QRectF(labelW + j * cell, y, cell - 2, cell - 2), Qt::AlignCenter,
                       QString::number(v));
        }
        p.setPen(palette().color(QPalette::WindowText));
        const double prec =
            i < int(metrics_.precision.size()) ? metrics_.precision[std::size_t(i)] : NAN;
        const double rec = i < int(metrics_.recall.size()) ? metrics_.recall[std::size_t(i)] : NAN;
        p.drawText(QRectF(statX, y, statW, cell), Qt::AlignCenter, decimal(prec, 2));
        p.drawText(QRectF(statX + statW, y, statW, cell), Qt::AlignCenter, decimal(rec, 2));
    }
}

}  // namespace lmw::ui
