// "Change rate" while a run is paused: a new peak and floor for the learning rate from the next
// step on; warmup and the cosine shape stay, so the rest of the run follows the new curve.
#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QLabel;

namespace lmw::ui {

class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(double lr, double minLr, qint64 nextStep, QWidget* parent = nullptr);

    double lr() const;
    double minLr() const;
    QDoubleSpinBox* lrBox() const { return lr_; }
    QDoubleSpinBox* minLrBox() const { return minLr_; }

private:
    void check();

    QDoubleSpinBox* lr_ = nullptr;
    QDoubleSpinBox* minLr_ = nullptr;
    QLabel* problem_ = nullptr;
    class QPushButton* ok_ = nullptr;
};

}  // namespace lmw::ui
