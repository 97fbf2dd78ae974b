// Two dashed reference lines on a loss chart: the corpus's unigram entropy (the loss of a model
// that knows only token frequencies, the plateau) and its bigram entropy (knowing the previous
// token), each labelled with its value, so "the plateau" has a name on screen.
#pragma once

#include <QCoreApplication>
#include <array>

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;

namespace lmw::ui {

class EntropyLines {
    Q_DECLARE_TR_FUNCTIONS(EntropyLines)
public:
    explicit EntropyLines(QCustomPlot* plot);
    /// Values in nats per token; NaN or <= 0 hides a line.
    void set(double unigram, double bigram);
    double unigram() const { return values_[0]; }
    double bigram() const { return values_[1]; }
    bool visible() const;
    /// Widens [lo, hi] to include the visible lines (for autoscaling).
    void include(double& lo, double& hi, bool& found) const;

private:
    std::array<double, 2> values_{{0, 0}};
    std::array<QCPItemStraightLine*, 2> lines_{};
    std::array<QCPItemText*, 2> labels_{};
};

}  // namespace lmw::ui
