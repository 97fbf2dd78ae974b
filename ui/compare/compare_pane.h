// One side of the Encoder vs decoder tab: the model's title, what its attention may look at,
// its attention grid (every layer and head on the sentence) and its per-token predictions with
// their mean probability.
#pragma once

#include <QGroupBox>

class QLabel;

namespace lmw::ui {

class AttentionGrid;
class PredictionStrip;

class ComparePane : public QGroupBox {
    Q_OBJECT
public:
    ComparePane(bool encoder, QWidget* parent = nullptr);

    void setTitle(const QString& text);
    QString titleText() const;
    AttentionGrid* grid() const { return grid_; }
    PredictionStrip* strip() const { return strip_; }
    /// The strip's mean probability of the true token, under it (after setPredictions).
    void showMean();
    /// No predictions: the strip says why.
    void clearPredictions(const QString& why);

private:
    QLabel* title_ = nullptr;
    AttentionGrid* grid_ = nullptr;
    PredictionStrip* strip_ = nullptr;
    QLabel* mean_ = nullptr;
};

}  // namespace lmw::ui
