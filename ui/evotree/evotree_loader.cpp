// Evolutionary-tree JSON reader: file checks, syntax errors with line and column, and a
// field-by-field validation of every node (see docs/evotree.md for the schema).
#include "evotree/evotree_loader.h"

#include "evotree/evotree_json_lines.h"
#include "evotree/evotree_node_reader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace lmw::ui {

const char* const EvoTreeLoader::kResourcePath = ":/evotree/evotree.json";
const char* const EvoTreeLoader::kFormatName = "lmw-evotree";

QString LoadIssue::toString() const {
    QString where;
    if (line > 0) where = tr("Line %1").arg(line);
    if (!node.isEmpty()) {
        where += where.isEmpty() ? tr("Node \"%1\"").arg(node) : tr(", node \"%1\"").arg(node);
    }
    if (!field.isEmpty()) {
        where += where.isEmpty() ? tr("Field \"%1\"").arg(field) : tr(", field \"%1\"").arg(field);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

int LoadResult::errorCount() const {
    int n = 0;
    for (const LoadIssue& i : issues) n += i.error ? 1 : 0;
    return n;
}

QString LoadResult::summary(int maxIssues) const {
    QString text;
    if (fatal) {
        text = tr("%1 could not be used.").arg(source);
    } else {
        text = tr("%1: nodes read: %2.").arg(source).arg(data.nodes.size());
    }
    const QString list = issueList(maxIssues);
    return list.isEmpty() ? text : text + QLatin1Char('\n') + list;
}

QString LoadResult::issueList(int maxIssues) const {
    QStringList lines;
    const int shown = qMin(maxIssues, static_cast<int>(issues.size()));
    for (int i = 0; i < shown; ++i) lines << QStringLiteral("• ") + issues.at(i).toString();
    if (issues.size() > shown) lines << tr("… and more problems: %1.").arg(issues.size() - shown);
    return lines.join(QLatin1Char('\n'));
}

namespace {

LoadResult fatalResult(const QString& source, const QString& message, int line = 0) {
    LoadResult r;
    r.source = source;
    r.fatal = true;
    LoadIssue i;
    i.line = line;
    i.message = message;
    r.issues.append(i);
    return r;
}

void readFigure(const QJsonObject& root, EvoTreeData& d) {
    d.title = root.value(QLatin1String("title")).toString();
    d.defaultVersion = root.value(QLatin1String("defaultVersion")).toString();
    for (const QJsonValue& v : root.value(QLatin1String("versions")).toArray()) {
        const QJsonObject o = v.toObject();
        d.versions.append({o.value(QLatin1String("id")).toString(),
                           o.value(QLatin1String("label")).toString(),
                           o.value(QLatin1String("date")).toString(),
                           o.value(QLatin1String("basedOn")).toString(),
                           o.value(QLatin1String("description")).toString()});
    }
    const QJsonObject rows = root.value(QLatin1String("figureRows")).toObject();
    for (auto it = rows.constBegin(); it != rows.constEnd(); ++it)
        d.figureRows.insert(it.key().toInt(), it.value().toDouble());
    const QJsonObject trunks = root.value(QLatin1String("trunks")).toObject();
    for (auto it = trunks.constBegin(); it != trunks.constEnd(); ++it)
        d.trunks.insert(it.key(), it.value().toDouble());
}

}  // namespace

QString EvoTreeLoader::slugFor(const QString& name) {
    static const QRegularExpression kRun(QStringLiteral("[^a-z0-9]+"));
    QString s = name.toLower().replace(kRun, QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-'))) s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-'))) s.chop(1);
    return s.left(80);
}

LoadResult EvoTreeLoader::loadBuiltIn() {
    QFile f(QString::fromLatin1(kResourcePath));
    if (!f.open(QIODevice::ReadOnly))
        return fatalResult(tr("Built-in tree"), tr("the built-in tree resource is missing"));
    return parse(f.readAll(), Mode::BuiltIn, tr("Built-in tree"));
}

LoadResult EvoTreeLoader::loadFile(const QString& path, Mode mode) {
    const QFileInfo info(path);
    const QString source = info.fileName().isEmpty() ? path : info.fileName();
    if (path.isEmpty() || !info.exists()) return fatalResult(source, tr("the file does not exist"));
    if (!info.isFile()) return fatalResult(source, tr("this is not a regular file"));
    if (info.size() > kMaxUserFileBytes) {
        return fatalResult(source, tr("the file is %1 MB; extra-node files may be at most %2 MB")
                                       .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                       .arg(kMaxUserFileBytes / (1024 * 1024)));
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fatalResult(source, tr("the file cannot be read: %1").arg(f.errorString()));
    const QByteArray bytes = f.read(kMaxUserFileBytes + 1);
    if (bytes.size() > kMaxUserFileBytes)
        return fatalResult(
            source, tr("the file is larger than %1 MB").arg(kMaxUserFileBytes / (1024 * 1024)));
    return parse(bytes, mode, source);
}

LoadResult EvoTreeLoader::parse(const QByteArray& bytes, Mode mode, const QString& source) {
    const bool user = (mode == Mode::User);
    if (bytes.trimmed().isEmpty()) return fatalResult(source, tr("the file is empty"));
    if (bytes.contains('\0'))
        return fatalResult(source, tr("this is a binary file, not JSON text"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);
    if (utf8.hasError()) return fatalResult(source, tr("the file is not valid UTF-8 text"));
    Q_UNUSED(decoded);

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        int column = 0;
        const int line = JsonLineIndex::lineOfOffset(bytes, pe.offset, &column);
        return fatalResult(
            source, tr("JSON syntax error at column %1: %2").arg(column).arg(pe.errorString()),
            line);
    }
    const JsonLineIndex lines(bytes);
    LoadResult r;
    r.source = source;

    QJsonArray nodes;
    QString nodesPath = QStringLiteral("nodes");
    if (doc.isArray() && user) {
        nodes = doc.array();
        nodesPath.clear();
    } else if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue format = root.value(QLatin1String("format"));
        if (!format.isUndefined() && format.toString() != QLatin1String(kFormatName)) {
            return fatalResult(source, tr("field \"format\" must be \"%1\"").arg(kFormatName),
                               lines.line(QStringLiteral("format")));
        }
        const QJsonValue nv = root.value(QLatin1String("nodes"));
        if (!nv.isArray()) {
            return fatalResult(source, tr("field \"nodes\" is missing or not an array"),
                               lines.line(QStringLiteral("nodes")));
        }
        nodes = nv.toArray();
        if (!user) readFigure(root, r.data);
    } else {
        return fatalResult(source, tr("expected an object with a \"nodes\" array"), 1);
    }
    if (user && nodes.size() > kMaxUserNodes) {
        return fatalResult(source, tr("%1 nodes is more than the %2 an extra-node file may hold")
                                       .arg(nodes.size())
                                       .arg(kMaxUserNodes));
    }

    QSet<QString> seen;
    for (int i = 0; i < nodes.size(); ++i) {
        const QString path = nodesPath + QStringLiteral("[%1]").arg(i);
        if (!nodes.at(i).isObject()) {
            LoadIssue issue;
            issue.line = lines.line(path);
            issue.message = tr("node %1 is %2, not an object")
                                .arg(i + 1)
                                .arg(EvoTreeNodeReader::typeName(nodes.at(i)));
            r.issues.append(issue);
            continue;
        }
        EvoNode n;
        EvoTreeNodeReader reader(lines, path, r.issues, user);
        if (!reader.read(nodes.at(i).toObject(), n)) continue;
        if (seen.contains(n.id)) {
            LoadIssue issue;
            issue.line = lines.lineNear(path + QStringLiteral(".id"));
            issue.node = n.name;
            issue.field = QStringLiteral("id");
            issue.message = tr("the id \"%1\" is used twice in this file").arg(n.id);
            r.issues.append(issue);
            continue;
        }
        seen.insert(n.id);
        n.userAdded = user;
        r.data.nodes.append(n);
    }
    if (r.data.nodes.isEmpty()) {
        r.fatal = true;
        if (r.issues.isEmpty()) {
            LoadIssue issue;
            issue.message = tr("the file holds no nodes");
            r.issues.append(issue);
        }
    }
    return r;
}

}  // namespace lmw::ui
