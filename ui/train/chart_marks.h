// Vertical marks on a chart at given steps, each with a short label at the top: where the
// learning rate was changed during a run. Drawn with QCustomPlot items on the plot it is given.
#pragma once

#include <QList>
#include <QString>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;

namespace lmw::ui {

class ChartMarks {
public:
    explicit ChartMarks(QCustomPlot* plot) : plot_(plot) {}

    /// A mark at x = `step` labelled `text` (replots).
    void add(double step, const QString& text);
    void clear();
    int count() const { return int(marks_.size()); }
    QString text(int i) const;
    double step(int i) const;

private:
    struct Mark {
        double step;
        QCPItemStraightLine* line;
        QCPItemText* label;
    };
    QCustomPlot* plot_;
    QList<Mark> marks_;
};

}  // namespace lmw::ui
