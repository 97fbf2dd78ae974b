// The application's one main window and what outlives it: the interface language. Choosing a
// language in View ▸ Language installs its translators and rebuilds the window in it (the
// pages restore their remembered settings, the tab and the geometry), so no restart is needed;
// while work runs (training, a comparison, a ULMFiT run…) the change waits for the next start.
#pragma once

#include <QObject>
#include <QPointer>

#include "i18n/language.h"
#include "main_window.h"

namespace lmw::ui {

class AppShell : public QObject {
    Q_OBJECT
public:
    /// Installs the remembered language and builds the main window (not yet shown).
    explicit AppShell(QObject* parent = nullptr);
    ~AppShell() override;

    MainWindow* window() const { return window_; }
    void show();

    /// Switches the interface to `language` now when the window is idle, at the next start
    /// otherwise. Returns true when the window was rebuilt.
    bool switchLanguage(InterfaceLanguage language);

Q_SIGNALS:
    /// A new main window replaced the previous one.
    void windowRebuilt(lmw::ui::MainWindow* window);

private:
    void build();

    QPointer<MainWindow> window_;
};

}  // namespace lmw::ui
