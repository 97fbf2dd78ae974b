#include "app_shell.h"

#include <QStatusBar>

#include "main_window.h"

namespace lmw::ui {

AppShell::AppShell(QObject* parent) : QObject(parent) {
    installLanguage(savedLanguage());
    build();
}

AppShell::~AppShell() {
    delete window_.data();
}

void AppShell::build() {
    window_ = new MainWindow;
    window_->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(window_, &MainWindow::languageChosen, this,
            [this](InterfaceLanguage language) { switchLanguage(language); });
}

void AppShell::show() {
    if (window_) window_->show();
}

bool AppShell::switchLanguage(InterfaceLanguage language) {
    saveLanguage(language);
    if (window_ && window_->isBusy()) {
        window_->statusBar()->showMessage(
            tr("%1 will be used from the next start: work is running now.")
                .arg(languageName(language)),
            10000);
        return false;
    }
    installLanguage(language);
    MainWindow* old = window_;
    const bool wasVisible = old && old->isVisible();
    const Qt::WindowStates states = old ? old->windowState() : Qt::WindowNoState;
    if (old) old->saveSettings();
    build();
    if (wasVisible) {
        window_->setWindowState(states);
        window_->show();
    }
    if (old) {
        old->hide();
        old->deleteLater();
    }
    Q_EMIT windowRebuilt(window_);
    return true;
}

}  // namespace lmw::ui
