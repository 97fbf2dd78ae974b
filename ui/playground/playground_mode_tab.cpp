// The part every Playground mode tab shares: run and stop buttons, input and hint helpers.
#include "playground/playground_mode_tab.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace lmw::ui {

PlaygroundModeTab::PlaygroundModeTab(QWidget* parent) : QWidget(parent) {}

void PlaygroundModeTab::setRunState(bool busy, bool available) {
    if (run_) run_->setEnabled(!busy && available);
    if (stop_) stop_->setEnabled(busy);
}

QPushButton* PlaygroundModeTab::makeRunButton(const QString& text, const QString& toolTip,
                                              QWidget* parent) {
    run_ = new QPushButton(text, parent);
    run_->setToolTip(toolTip);
    connect(run_, &QPushButton::clicked, this, &PlaygroundModeTab::runRequested);
    return run_;
}

QPushButton* PlaygroundModeTab::makeStopButton(QWidget* parent) {
    stop_ = new QPushButton(tr("Stop"), parent);
    stop_->setToolTip(tr("Stop what is running (Esc)."));
    connect(stop_, &QPushButton::clicked, this, &PlaygroundModeTab::stopRequested);
    return stop_;
}

QPlainTextEdit* PlaygroundModeTab::inputEdit(QWidget* parent, const QString& placeholder,
                                             int height) {
    auto* e = new QPlainTextEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setMaximumHeight(height);
    return e;
}

QLabel* PlaygroundModeTab::hintLabel(QWidget* parent, const QString& text) {
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return l;
}

}  // namespace lmw::ui
