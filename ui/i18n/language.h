// The interface language: the system's, English or Simplified Chinese, remembered in the
// settings ("interface/language": "system", "en", "zh_CN"). Translations are Qt Linguist
// catalogues: resources/translations/llm-workbench_<locale>.ts, compiled by lrelease at build
// time and embedded under :/translations; Qt's own (buttons of standard dialogs) come from
// Debian's qt6-translations-l10n when installed.
//
// Installing a language replaces the translators on the application; widgets built afterwards
// speak it. The main window is rebuilt to apply a change without a restart (AppShell).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace lmw::ui {

enum class InterfaceLanguage { System, English, Chinese };

/// "system", "en", "zh_CN": the value kept in the settings.
QString languageKey(InterfaceLanguage language);
/// The inverse of languageKey; anything else is System.
InterfaceLanguage languageFromKey(const QString& key);
/// The menu's name of a language, in that language ("English", "简体中文").
QString languageName(InterfaceLanguage language);

/// The language remembered in the settings (System when none).
InterfaceLanguage savedLanguage();
void saveLanguage(InterfaceLanguage language);

/// The locale a language resolves to: System follows QLocale::system() when a catalogue exists
/// for it, English otherwise.
QLocale resolvedLocale(InterfaceLanguage language);

/// Installs the translators for `language` on the running application, removing any installed
/// before, and sets the default QLocale (number formats, month names). Returns false, leaving
/// English, when the catalogue for a language other than English cannot be loaded.
bool installLanguage(InterfaceLanguage language);

/// The locales this build has catalogues for, besides English ("zh_CN").
QStringList availableCatalogues();

}  // namespace lmw::ui
