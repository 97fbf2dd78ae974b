#include "i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <vector>

namespace lmw::ui {

namespace {

const QString kSettingsKey = QStringLiteral("interface/language");
const QString kCatalogueDir = QStringLiteral(":/translations");

std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void removeInstalled() {
    for (const auto& t : installed()) QCoreApplication::removeTranslator(t.get());
    installed().clear();
}

}  // namespace

QString languageKey(InterfaceLanguage language) {
    switch (language) {
        case InterfaceLanguage::English:
            return QStringLiteral("en");
        case InterfaceLanguage::Chinese:
            return QStringLiteral("zh_CN");
        case InterfaceLanguage::System:
            break;
    }
    return QStringLiteral("system");
}

InterfaceLanguage languageFromKey(const QString& key) {
    if (key == QLatin1String("en")) return InterfaceLanguage::English;
    if (key == QLatin1String("zh_CN")) return InterfaceLanguage::Chinese;
    return InterfaceLanguage::System;
}

QString languageName(InterfaceLanguage language) {
    switch (language) {
        case InterfaceLanguage::English:
            return QStringLiteral("English");
        case InterfaceLanguage::Chinese:
            return QStringLiteral("简体中文");
        case InterfaceLanguage::System:
            break;
    }
    return QCoreApplication::translate("lmw::ui::Language", "System language");
}

InterfaceLanguage savedLanguage() {
    return languageFromKey(QSettings().value(kSettingsKey).toString());
}

void saveLanguage(InterfaceLanguage language) {
    QSettings().setValue(kSettingsKey, languageKey(language));
}

QStringList availableCatalogues() {
    QStringList locales;
    const QStringList files =
        QDir(kCatalogueDir).entryList({QStringLiteral("llm-workbench_*.qm")}, QDir::Files);
    for (const QString& f : files)
        locales << f.mid(QStringLiteral("llm-workbench_").size()).chopped(3);
    return locales;
}

QLocale resolvedLocale(InterfaceLanguage language) {
    switch (language) {
        case InterfaceLanguage::English:
            return QLocale(QLocale::English, QLocale::UnitedStates);
        case InterfaceLanguage::Chinese:
            return QLocale(QLocale::Chinese, QLocale::China);
        case InterfaceLanguage::System:
            break;
    }
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese) return QLocale(QLocale::Chinese, QLocale::China);
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installLanguage(InterfaceLanguage language) {
    removeInstalled();
    const QLocale locale = resolvedLocale(language);
    if (locale.language() == QLocale::English) {
        QLocale::setDefault(locale);
        return true;
    }
    auto own = std::make_unique<QTranslator>();
    if (!own->load(locale, QStringLiteral("llm-workbench"), QStringLiteral("_"), kCatalogueDir)) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    installed().push_back(std::move(own));
    // Qt's own strings (OK, Cancel, the file dialog), where Debian's catalogue is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    QLocale::setDefault(locale);
    return true;
}

}  // namespace lmw::ui
