// Per-position predictions as a strip of token boxes, wrapped over lines: each box shows a
// token of the text and, below it, the probability the model gave that token at that
// position, and is coloured by it (red unlikely, yellow unsure, green certain). Hovering a box
// lists the model's most likely tokens there. Positions the model cannot predict (a decoder's
// first token, with nothing to its left) are grey.
#pragma once

#include <QWidget>
#include <vector>

#include "api/inspect.h"

namespace lmw::ui {

class PredictionStrip : public QWidget {
    Q_OBJECT
public:
    explicit PredictionStrip(QWidget* parent = nullptr);

    void setPredictions(const std::vector<lmw::TokenPrediction>& predictions);
    /// No predictions; `message` is drawn instead (e.g. why there are none).
    void clear(const QString& message = QString());

    int count() const { return int(predictions_.size()); }
    const std::vector<lmw::TokenPrediction>& predictions() const { return predictions_; }
    /// Mean probability of the true tokens over the predicted positions (NaN when none).
    double meanProbability() const;
    QRect cellRect(int index) const;
    QColor cellColor(int index) const;
    QString cellToolTip(int index) const;
    int cellAt(const QPoint& pos) const;

    /// The colour of probability `p` (grey when p < 0: not predicted).
    static QColor colorFor(double p);
    /// A token as drawn: spaces and line breaks made visible.
    static QString visibleToken(const std::string& token);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    QVector<QRect> layoutCells(int width) const;

    std::vector<lmw::TokenPrediction> predictions_;
    QVector<QRect> cells_;
    QString message_;
};

}  // namespace lmw::ui
