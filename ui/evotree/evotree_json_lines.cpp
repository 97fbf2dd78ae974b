// A single-pass JSON scanner that records where keys and array elements start.
#include "evotree/evotree_json_lines.h"

#include <QList>

namespace lmw::ui {

namespace {

struct Frame {
    bool array = false;
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
                top.keyPath = join(top.path, QString::fromUtf8(raw));
                top.expectKey = false;
                lines_.insert(top.keyPath, startLine);
            } else {
                valuePath(startLine);
            }
            continue;
        }
        if (c == '{' || c == '[') {
            Frame f;
            f.array = (c == '[');
            f.path = valuePath(line);
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
