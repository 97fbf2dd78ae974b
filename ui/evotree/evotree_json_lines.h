// Maps JSON paths ("nodes[3].year") to the line they start on, so that validation messages
// about a user's file can name the line as well as the field. QJsonDocument keeps no positions.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace lmw::ui {

class JsonLineIndex {
public:
    JsonLineIndex() = default;
    /// Scans `json` once. Malformed input is fine: whatever was seen before the error is kept.
    explicit JsonLineIndex(const QByteArray& json);

    /// Line (1-based) of the key or array element at `path`; 0 when unknown.
    int line(const QString& path) const { return lines_.value(path, 0); }
    /// Like line(), but falls back to the closest enclosing path that is known.
    int lineNear(const QString& path) const;
    int pathCount() const { return static_cast<int>(lines_.size()); }

    /// Line and column (both 1-based) of a byte offset, as reported by QJsonParseError.
    static int lineOfOffset(const QByteArray& json, int offset, int* column = nullptr);

private:
    QHash<QString, int> lines_;
};

}  // namespace lmw::ui
