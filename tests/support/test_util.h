// Helpers shared by the tests: the test data folder and small temporary files.
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>
#include <exception>
#include <string>

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
inline std::string writeFile(const QTemporaryDir& dir, const QString& name,
                             const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) f.write(bytes);
    return path.toStdString();
}

/// A Hugging Face GPT-2 folder `name` inside `dir`: the config and weights of
/// tests/data/hf/gpt2-tiny with a 97-token byte-level BPE tokenizer (vocab.json + merges.txt):
/// ids 0..94 are the bytes 32..126 (the space written "Ġ"), 95 the newline "Ċ", 96 the merge
/// "Ġ" + "t". Returns the folder's path, or an empty string when it could not be written.
inline QString makeHfGpt2Folder(const QTemporaryDir& dir, const QString& name) {
    const QString folder = dir.filePath(name);
    if (!QDir().mkpath(folder)) return {};
    const QString src = QDir(dataDir()).filePath(QStringLiteral("hf/gpt2-tiny"));
    for (const char* file : {"config.json", "model.safetensors"})
        if (!QFile::copy(src + QLatin1Char('/') + QLatin1String(file),
                         folder + QLatin1Char('/') + QLatin1String(file)))
            return {};
    QJsonObject vocab;
    for (int b = 32; b <= 126; ++b)
        vocab.insert(b == 32 ? QString(QChar(0x120)) : QString(QChar(b)), b - 32);
    vocab.insert(QString(QChar(0x10A)), 95);
    vocab.insert(QString(QChar(0x120)) + QLatin1Char('t'), 96);
    writeFile(dir, name + QStringLiteral("/vocab.json"), QJsonDocument(vocab).toJson());
    writeFile(dir, name + QStringLiteral("/merges.txt"),
              (QStringLiteral("#version: 0.2\n") + QChar(0x120) + QStringLiteral(" t\n")).toUtf8());
    return folder;
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
