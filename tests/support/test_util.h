// Helpers shared by the tests: the test data folder and small temporary files.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <string>
#include <exception>

namespace lmw::test {

/// tests/data, as configured by CMake (overridable with LMW_TEST_DATA).
inline QString dataDir() {
    const QByteArray env = qgetenv("LMW_TEST_DATA");
    return env.isEmpty() ? QStringLiteral(LMW_TEST_DATA) : QString::fromLocal8Bit(env);
}

inline std::string dataPath(const char* name) {
    return QDir(dataDir()).filePath(QString::fromUtf8(name)).toStdString();
}

/// Writes `bytes` to `name` inside `dir` and returns the full path.
inline std::string writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(bytes);
    return path.toStdString();
}

/// The message of the exception (an lmw::Error, usually) that `fn` throws, or an empty string
/// when it throws none.
template <typename Fn>
QString errorOf(Fn fn) {
    try {
        fn();
    } catch (const std::exception& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace lmw::test
