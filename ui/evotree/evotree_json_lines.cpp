// A single-pass JSON scanner that records where keys and array elements start.
#include "evotree/evotree_json_lines.h"

#include <QList>

namespace lmw::ui {

namespace {

// Paths longer than this are not recorded: the tree's own paths are short ("nodes[12].year"),
// and recording every prefix of deeply nested long keys would cost memory quadratic in the
// file's size.
constexpr int kMaxPath = 512;

struct Frame {
    bool array = false;
    bool recorded = true;   // false inside a path over kMaxPath: nothing below is recorded
    QString path;           // path of this container
    int index = 0;          // arrays: index of the current element
    bool started = false;   // arrays: the current element has been recorded
    bool expectKey = true;  // objects: the next string is a key
    QString keyPath;        // objects: path of the value after the last key
};

QString join(const QString& parent, const QString& key) {
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

JsonLineIndex::JsonLineIndex(const QByteArray& json) {
    QList<Frame> stack;
    int line = 1;
    const int n = static_cast<int>(json.size());

    // The path a value starting now gets; records array elements on their first character.
    auto valuePath = [&](int lineNow) -> QString {
        if (stack.isEmpty()) return QString();
        Frame& top = stack.last();
        if (!top.recorded) return QString();
        if (top.array) {
            const QString p =
                top.path + QLatin1Char('[') + QString::number(top.index) + QLatin1Char(']');
            if (!top.started) {
                lines_.insert(p, lineNow);
                top.started = true;
            }
            return p;
        }
        return top.keyPath;
    };

    for (int i = 0; i < n; ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        if (isSpace(c) || c == ':') continue;
        if (c == '"') {
            const int startLine = line;
            QByteArray raw;
            for (++i; i < n && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\' && i + 1 < n) {
                    raw.append(json.at(++i));
                    continue;
                }
                if (json.at(i) == '\n') ++line;
                raw.append(json.at(i));
            }
            if (!stack.isEmpty() && !stack.last().array && stack.last().expectKey) {
                Frame& top = stack.last();
                top.expectKey = false;
                if (!top.recorded) continue;
                top.keyPath = top.path.size() + raw.size() < kMaxPath
                                  ? join(top.path, QString::fromUtf8(raw))
                                  : QString();
                if (!top.keyPath.isEmpty()) lines_.insert(top.keyPath, startLine);
            } else {
                valuePath(startLine);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            Frame f;
            f.array = (c == '[');
            // Below an unrecorded container, or under a key too long to record, nothing is.
            const bool parentRecorded =
                stack.isEmpty() ||
                (stack.last().recorded && (stack.last().array || !stack.last().keyPath.isEmpty()));
            f.path = valuePath(line);
            f.recorded = parentRecorded && f.path.size() < kMaxPath;
            stack.append(f);
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.isEmpty()) stack.removeLast();
            continue;
        }
        if (c == ',') {
            if (stack.isEmpty()) continue;
            Frame& top = stack.last();
            if (top.array) {
                ++top.index;
                top.started = false;
            } else {
                top.expectKey = true;
            }
            continue;
        }
        // A number or a literal (true, false, null): record it, then skip to its end.
        valuePath(line);
        while (i + 1 < n) {
            const char d = json.at(i + 1);
            if (isSpace(d) || d == ',' || d == '}' || d == ']' || d == ':' || d == '"') break;
            ++i;
        }
    }
}

int JsonLineIndex::lineNear(const QString& path) const {
    QString p = path;
    while (!p.isEmpty()) {
        const int l = line(p);
        if (l > 0) return l;
        const int dot = p.lastIndexOf(QLatin1Char('.'));
        const int bracket = p.lastIndexOf(QLatin1Char('['));
        const int cut = qMax(dot, bracket);
        if (cut <= 0) break;
        p.truncate(cut);
    }
    return 0;
}

int JsonLineIndex::lineOfOffset(const QByteArray& json, int offset, int* column) {
    const int end = qBound(0, offset, static_cast<int>(json.size()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < end; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    if (column) *column = end - lineStart + 1;
    return line;
}

}  // namespace lmw::ui
