// The probability the model gives each label after one prompt, as horizontal bars: the true
// label in green and marked with a tick, a wrong prediction in red, the others grey.
#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

namespace lmw::ui {

/// The probability of each label for one prompt, as horizontal bars; the true label is marked.
class LabelProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit LabelProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const QStringList& labels, const std::vector<double>& probabilities,
                          int trueLabel, int predicted);
    void clear();
    const std::vector<double>& probabilities() const { return probabilities_; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QStringList labels_;
    std::vector<double> probabilities_;
    int trueLabel_ = -1;
    int predicted_ = -1;
};

}  // namespace lmw::ui
