#include "train/schedule_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lmw::ui {

namespace {
QDoubleSpinBox* rateBox(double value, QWidget* parent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setDecimals(6);
    box->setRange(0, 1);
    box->setSingleStep(1e-4);
    box->setValue(value);
    return box;
}
}  // namespace

ScheduleDialog::ScheduleDialog(double lr, double minLr, qint64 nextStep, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Change the learning rate"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("From step %1 on, the schedule peaks at the new rate and decays to the new floor; "
           "warmup and the cosine shape stay. The chart marks the change and the run folder keeps "
           "it (schedule_changes.csv).")
            .arg(nextStep),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    lr_ = rateBox(lr, this);
    lr_->setToolTip(tr("The schedule's peak learning rate (above 0, at most 1)."));
    minLr_ = rateBox(minLr, this);
    minLr_->setToolTip(tr("The learning rate at the end of the cosine decay (0 up to the peak)."));
    form->addRow(tr("&Peak rate"), lr_);
    form->addRow(tr("&Floor"), minLr_);
    layout->addLayout(form);
    problem_ = new QLabel(this);
    problem_->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(problem_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    ok_->setText(tr("&Change"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(lr_, &QDoubleSpinBox::valueChanged, this, &ScheduleDialog::check);
    connect(minLr_, &QDoubleSpinBox::valueChanged, this, &ScheduleDialog::check);
    check();
}

double ScheduleDialog::lr() const {
    return lr_->value();
}
double ScheduleDialog::minLr() const {
    return minLr_->value();
}

void ScheduleDialog::check() {
    QString problem;
    if (lr_->value() <= 0)
        problem = tr("The peak rate must be above 0.");
    else if (minLr_->value() > lr_->value())
        problem = tr("The floor cannot be above the peak.");
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    ok_->setEnabled(problem.isEmpty());
}

}  // namespace lmw::ui
