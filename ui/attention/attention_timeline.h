// The timeline under the attention explorer: a slider over the training steps at which
// attention snapshots were taken, with the current step and the text that was looked at.
#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLabel;
class QSlider;

namespace lmw::ui {

class AttentionTimeline : public QWidget {
    Q_OBJECT

public:
    explicit AttentionTimeline(QWidget* parent = nullptr);

    /// Steps in ascending order; keeps the current index when it is still valid, else the last.
    void setSteps(const std::vector<std::int64_t>& steps, int current);
    const std::vector<std::int64_t>& steps() const { return steps_; }
    int count() const { return int(steps_.size()); }
    int currentIndex() const;
    std::int64_t currentStep() const;
    /// Moves the slider (emits currentIndexChanged when it changes).
    void setCurrentIndex(int index);
    /// Shows the text whose attention is displayed.
    void setText(const QString& text);

    /// Index of the step nearest `step` in ascending `steps` (the earlier one on a tie); -1 if
    /// there are none.
    static int nearestIndex(const std::vector<std::int64_t>& steps, std::int64_t step);

    QSlider* slider() const { return slider_; }
    QString stepText() const;

Q_SIGNALS:
    void currentIndexChanged(int index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateLabels();
    void elideText();

    QString fullText_;
    std::vector<std::int64_t> steps_;
    QSlider* slider_ = nullptr;
    QLabel* step_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* text_ = nullptr;
};

}  // namespace lmw::ui
