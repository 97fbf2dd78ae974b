// Evolutionary-tree JSON reader: file checks, syntax errors with line and column, and a
// field-by-field validation of every node (see docs/evotree.md for the schema).
#include "evotree/evotree_loader.h"

#include "evotree/evotree_json_lines.h"

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
    const int shown = qMin(maxIssues, static_cast<int>(issues.size()));
    for (int i = 0; i < shown; ++i) text += QStringLiteral("\n• ") + issues.at(i).toString();
    if (issues.size() > shown)
        text += QStringLiteral("\n") + tr("… and more problems: %1.").arg(issues.size() - shown);
    return text;
}

namespace {

using Issues = QList<LoadIssue>;

const QSet<QString>& knownNodeFields() {
    static const QSet<QString> k = {
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("label"),
        QStringLiteral("year"), QStringLiteral("released"), QStringLiteral("branch"),
        QStringLiteral("open"), QStringLiteral("organization"), QStringLiteral("partners"),
        QStringLiteral("parent"), QStringLiteral("stem"), QStringLiteral("group"),
        QStringLiteral("paper"), QStringLiteral("versions"), QStringLiteral("layout"),
        QStringLiteral("architecture"), QStringLiteral("objective"), QStringLiteral("note"),
        QStringLiteral("sizes"), QStringLiteral("train"), QStringLiteral("byVersion")};
    return k;
}

QString typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null: return QStringLiteral("null");
        case QJsonValue::Bool: return QStringLiteral("true/false");
        case QJsonValue::Double: return QStringLiteral("a number");
        case QJsonValue::String: return QStringLiteral("a string");
        case QJsonValue::Array: return QStringLiteral("an array");
        case QJsonValue::Object: return QStringLiteral("an object");
        default: return QStringLiteral("nothing");
    }
}

/// Reads one node object, collecting problems with their lines.
class NodeReader {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeLoader)

public:
    NodeReader(const JsonLineIndex& lines, const QString& path, Issues& issues, bool user)
        : lines_(lines), path_(path), issues_(issues), user_(user) {}

    bool read(const QJsonObject& o, EvoNode& n) {
        n.sourceLine = lines_.line(path_);
        n.name = o.value(QLatin1String("name")).toString().trimmed();
        name_ = n.name;
        if (n.name.isEmpty()) fail(QStringLiteral("name"), tr("a non-empty string is required"));
        else if (n.name.size() > 80) fail(QStringLiteral("name"), tr("longer than 80 characters"));
        n.id = string(o, QStringLiteral("id"), !user_);
        static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9._+-]{1,80}$"));
        if (n.id.isEmpty() && user_) n.id = EvoTreeLoader::slugFor(n.name);
        else if (!n.id.isEmpty() && !kId.match(n.id).hasMatch())
            fail(QStringLiteral("id"), tr("use letters, digits and . _ + - only"));
        n.label = string(o, QStringLiteral("label"));
        n.year = year(o, QStringLiteral("year"), true);
        n.released = string(o, QStringLiteral("released"));
        static const QRegularExpression kDate(QStringLiteral("^\\d{4}(-(0[1-9]|1[0-2]))?$"));
        if (!n.released.isEmpty() && !kDate.match(n.released).hasMatch())
            fail(QStringLiteral("released"), tr("expected \"YYYY\" or \"YYYY-MM\""));
        if (auto b = branch(o, QStringLiteral("branch"), true)) n.branch = *b;
        const QJsonValue open = o.value(QLatin1String("open"));
        if (!open.isBool()) fail(QStringLiteral("open"), expected(tr("true or false"), open));
        n.open = open.toBool();
        n.organization = string(o, QStringLiteral("organization"));
        n.partners = stringList(o, QStringLiteral("partners"));
        n.parent = string(o, QStringLiteral("parent"));
        n.stem = string(o, QStringLiteral("stem"));
        if (n.stem.isEmpty()) n.stem = n.year ? QStringLiteral("trunk") : QStringLiteral("root");
        n.group = string(o, QStringLiteral("group"));
        n.paper = string(o, QStringLiteral("paper"));
        n.versions = stringList(o, QStringLiteral("versions"));
        n.layout = point(o, QStringLiteral("layout"));
        n.architecture = string(o, QStringLiteral("architecture"));
        n.objective = string(o, QStringLiteral("objective"));
        n.note = string(o, QStringLiteral("note"));
        readSizes(o, n);
        readTrain(o, n);
        readOverrides(o, n);
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!knownNodeFields().contains(it.key()))
                warn(it.key(), tr("unknown field, ignored"));
        }
        return ok_;
    }

private:
    QString at(const QString& field) const { return path_ + QLatin1Char('.') + field; }

    void add(const QString& field, const QString& message, bool error) {
        LoadIssue i;
        i.line = lines_.lineNear(at(field));
        i.node = name_;
        i.field = field;
        i.message = message;
        i.error = error;
        issues_.append(i);
        if (error) ok_ = false;
    }
    void fail(const QString& field, const QString& m) { add(field, m, true); }
    void warn(const QString& field, const QString& m) { add(field, m, false); }

    QString expected(const QString& what, const QJsonValue& got) const {
        return tr("expected %1, found %2").arg(what, typeName(got));
    }

    QString string(const QJsonObject& o, const QString& key, bool required = false) {
        const QJsonValue v = o.value(key);
        if (v.isString()) return v.toString().trimmed();
        if (v.isUndefined() && !required) return {};
        if (v.isNull() && !required) return {};
        fail(key, expected(tr("a string"), v));
        return {};
    }

    QStringList stringList(const QJsonObject& o, const QString& key) {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (v.isUndefined() || v.isNull()) return out;
        if (!v.isArray()) {
            fail(key, expected(tr("an array of strings"), v));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                fail(key + QStringLiteral("[%1]").arg(i), expected(tr("a string"), a.at(i)));
            else
                out.append(a.at(i).toString());
        }
        return out;
    }

    std::optional<int> year(const QJsonObject& o, const QString& key, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isNull()) return std::nullopt;
        if (v.isUndefined()) {
            if (required)
                fail(key, tr("required: a year such as 2024, or null for a pre-2018 root"));
            return std::nullopt;
        }
        const double d = v.toDouble(-1e9);
        if (!v.isDouble() || d != static_cast<int>(d) || d < EvoTreeLoader::kMinYear ||
            d > EvoTreeLoader::kMaxYear) {
            fail(key, tr("expected a whole year between %1 and %2 (or null), found %3")
                          .arg(EvoTreeLoader::kMinYear)
                          .arg(EvoTreeLoader::kMaxYear)
                          .arg(v.isDouble() ? QString::number(d) : typeName(v)));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<Branch> branch(const QJsonObject& o, const QString& key, bool required) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) return std::nullopt;
        const auto b = branchFromKey(v.toString());
        if (!b) {
            fail(key, tr("expected one of \"encoder-only\", \"encoder-decoder\", "
                         "\"decoder-only\", \"non-transformer\""));
        }
        return b;
    }

    std::optional<QPointF> point(const QJsonObject& o, const QString& key) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) return std::nullopt;
        if (!v.isObject()) {
            fail(key, expected(tr("an object with x and y"), v));
            return std::nullopt;
        }
        const QJsonObject p = v.toObject();
        for (const char* c : {"x", "y"}) {
            const QJsonValue f = p.value(QLatin1String(c));
            if (!f.isDouble() || f.toDouble() < 0.0 || f.toDouble() > 1.0) {
                fail(key + QLatin1Char('.') + QLatin1String(c),
                     tr("expected a number from 0 to 1 (a fraction of the figure)"));
                return std::nullopt;
            }
        }
        return QPointF(p.value(QLatin1String("x")).toDouble(),
                       p.value(QLatin1String("y")).toDouble());
    }

    void readSizes(const QJsonObject& o, EvoNode& n) {
        const QJsonValue v = o.value(QLatin1String("sizes"));
        if (v.isUndefined() || v.isNull()) return;
        if (!v.isArray()) return fail(QStringLiteral("sizes"), expected(tr("an array"), v));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString f = QStringLiteral("sizes[%1]").arg(i);
            const QJsonObject s = a.at(i).toObject();
            const QJsonValue params = s.value(QLatin1String("params"));
            if (!a.at(i).isObject() || !(params.isString() || params.isUndefined()) ||
                (params.isUndefined() && !s.value(QLatin1String("name")).isString())) {
                fail(f, tr("expected an object with a \"params\" or \"name\" string"));
                continue;
            }
            ModelSize m;
            m.name = s.value(QLatin1String("name")).toString();
            m.params = s.value(QLatin1String("params")).toString();
            const QJsonValue layers = s.value(QLatin1String("layers"));
            m.layers = layers.isDouble() ? QString::number(layers.toInt()) : layers.toString();
            m.hidden = s.value(QLatin1String("hidden")).toInt();
            m.heads = s.value(QLatin1String("heads")).toInt();
            n.sizes.append(m);
        }
    }

    void readTrain(const QJsonObject& o, EvoNode& n) {
        const QJsonValue v = o.value(QLatin1String("train"));
        if (v.isUndefined() || v.isNull()) return;
        const QJsonObject t = v.toObject();
        const QString family = t.value(QLatin1String("family")).toString();
        const QString objective = t.value(QLatin1String("objective")).toString();
        if (!trainFamilies().contains(family)) {
            return fail(QStringLiteral("train.family"),
                        tr("expected one of: %1").arg(trainFamilies().join(QStringLiteral(", "))));
        }
        if (!trainObjectives().contains(objective)) {
            return fail(QStringLiteral("train.objective"),
                        tr("expected one of: %1")
                            .arg(trainObjectives().join(QStringLiteral(", "))));
        }
        n.train = {family, objective};
    }

    void readOverrides(const QJsonObject& o, EvoNode& n) {
        const QJsonValue v = o.value(QLatin1String("byVersion"));
        if (v.isUndefined() || v.isNull()) return;
        if (!v.isObject()) return fail(QStringLiteral("byVersion"), expected(tr("an object"), v));
        const QJsonObject all = v.toObject();
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            const QString base = QStringLiteral("byVersion.") + it.key();
            if (!it.value().isObject()) {
                fail(base, expected(tr("an object"), it.value()));
                continue;
            }
            const QJsonObject ov = it.value().toObject();
            NodeOverride r;
            const QString savedPath = path_;
            path_ = at(base);
            r.label = string(ov, QStringLiteral("label"));
            r.organization = string(ov, QStringLiteral("organization"));
            r.stem = string(ov, QStringLiteral("stem"));
            r.branch = branch(ov, QStringLiteral("branch"), false);
            if (ov.contains(QLatin1String("year"))) r.year = year(ov, QStringLiteral("year"), true);
            r.layout = point(ov, QStringLiteral("layout"));
            path_ = savedPath;
            n.byVersion.insert(it.key(), r);
        }
    }

    const JsonLineIndex& lines_;
    QString path_;
    Issues& issues_;
    bool user_;
    bool ok_ = true;
    QString name_;
};

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
    if (path.isEmpty() || !info.exists())
        return fatalResult(source, tr("the file does not exist"));
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
        return fatalResult(source, tr("the file is larger than %1 MB")
                                       .arg(kMaxUserFileBytes / (1024 * 1024)));
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
        return fatalResult(source, tr("JSON syntax error at column %1: %2")
                                       .arg(column)
                                       .arg(pe.errorString()),
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
            issue.message = tr("node %1 is %2, not an object").arg(i + 1).arg(
                typeName(nodes.at(i)));
            r.issues.append(issue);
            continue;
        }
        EvoNode n;
        NodeReader reader(lines, path, r.issues, user);
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
