// Helpers for the widget tests: isolated settings and workspace, waiting, screenshots.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include "test_util.h"

namespace lmw::test {

/// Settings in a throw-away location, and a temporary workspace for runs.
inline void isolateSettings(const QTemporaryDir& dir) {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LLM Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("LLM Workbench Tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("settings")));
    QSettings s;
    s.clear();
    s.setValue(QStringLiteral("workspace"), dir.filePath(QStringLiteral("runs")));
}

/// Saves a grab of `w` to $LMW_SCREENSHOT_DIR/<name>.png when that variable is set.
inline void maybeScreenshot(QWidget* w, const QString& name) {
    const QByteArray dir = qgetenv("LMW_SCREENSHOT_DIR");
    if (dir.isEmpty()) return;
    QDir().mkpath(QString::fromLocal8Bit(dir));
    w->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(name + QStringLiteral(".png")));
}

}  // namespace lmw::test
