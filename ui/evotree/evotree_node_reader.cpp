// Field-by-field reading of one evolutionary-tree node, with line-and-field messages.
#include "evotree/evotree_node_reader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace lmw::ui {

namespace {

const QSet<QString>& knownNodeFields() {
    static const QSet<QString> k = {QStringLiteral("id"),        QStringLiteral("name"),
                                    QStringLiteral("label"),     QStringLiteral("year"),
                                    QStringLiteral("released"),  QStringLiteral("branch"),
                                    QStringLiteral("open"),      QStringLiteral("organization"),
                                    QStringLiteral("partners"),  QStringLiteral("parent"),
                                    QStringLiteral("stem"),      QStringLiteral("group"),
                                    QStringLiteral("paper"),     QStringLiteral("versions"),
                                    QStringLiteral("layout"),    QStringLiteral("architecture"),
                                    QStringLiteral("objective"), QStringLiteral("note"),
                                    QStringLiteral("sizes"),     QStringLiteral("train"),
                                    QStringLiteral("byVersion")};
    return k;
}

}  // namespace

QString EvoTreeNodeReader::typeName(const QJsonValue& v) {
    switch (v.type()) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("true/false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("a string");
        case QJsonValue::Array:
            return tr("an array");
        case QJsonValue::Object:
            return tr("an object");
        default:
            return tr("nothing");
    }
}

EvoTreeNodeReader::EvoTreeNodeReader(const JsonLineIndex& lines, const QString& path,
                                     QList<LoadIssue>& issues, bool user)
    : lines_(lines), path_(path), issues_(issues), user_(user) {}

bool EvoTreeNodeReader::read(const QJsonObject& o, EvoNode& n) {
    n.sourceLine = lines_.line(path_);
    n.name = o.value(QLatin1String("name")).toString().trimmed();
    name_ = n.name;
    if (n.name.isEmpty())
        fail(QStringLiteral("name"), tr("a non-empty string is required"));
    else if (n.name.size() > 80)
        fail(QStringLiteral("name"), tr("longer than 80 characters"));
    n.id = string(o, QStringLiteral("id"), !user_);
    static const QRegularExpression kId(QStringLiteral("^[A-Za-z0-9._+-]{1,80}$"));
    if (n.id.isEmpty() && user_)
        n.id = EvoTreeLoader::slugFor(n.name);
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
        if (!knownNodeFields().contains(it.key())) warn(it.key(), tr("unknown field, ignored"));
    }
    return ok_;
}

void EvoTreeNodeReader::add(const QString& field, const QString& message, bool error) {
    LoadIssue i;
    i.line = lines_.lineNear(at(field));
    i.node = name_;
    i.field = field;
    i.message = message;
    i.error = error;
    issues_.append(i);
    if (error) ok_ = false;
}
QString EvoTreeNodeReader::expected(const QString& what, const QJsonValue& got) const {
    return tr("expected %1, found %2").arg(what, typeName(got));
}

QString EvoTreeNodeReader::string(const QJsonObject& o, const QString& key, bool required) {
    const QJsonValue v = o.value(key);
    if (v.isString()) return v.toString().trimmed();
    if (v.isUndefined() && !required) return {};
    if (v.isNull() && !required) return {};
    fail(key, expected(tr("a string"), v));
    return {};
}

QStringList EvoTreeNodeReader::stringList(const QJsonObject& o, const QString& key) {
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

std::optional<int> EvoTreeNodeReader::year(const QJsonObject& o, const QString& key,
                                           bool required) {
    const QJsonValue v = o.value(key);
    if (v.isNull()) return std::nullopt;
    if (v.isUndefined()) {
        if (required) fail(key, tr("required: a year such as 2024, or null for a pre-2018 root"));
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

std::optional<Branch> EvoTreeNodeReader::branch(const QJsonObject& o, const QString& key,
                                                bool required) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() && !required) return std::nullopt;
    const auto b = branchFromKey(v.toString());
    if (!b) {
        fail(key, tr("expected one of \"encoder-only\", \"encoder-decoder\", "
                     "\"decoder-only\", \"non-transformer\""));
    }
    return b;
}

std::optional<QPointF> EvoTreeNodeReader::point(const QJsonObject& o, const QString& key) {
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
    return QPointF(p.value(QLatin1String("x")).toDouble(), p.value(QLatin1String("y")).toDouble());
}

void EvoTreeNodeReader::readSizes(const QJsonObject& o, EvoNode& n) {
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

void EvoTreeNodeReader::readTrain(const QJsonObject& o, EvoNode& n) {
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
                    tr("expected one of: %1").arg(trainObjectives().join(QStringLiteral(", "))));
    }
    n.train = {family, objective};
}

void EvoTreeNodeReader::readOverrides(const QJsonObject& o, EvoNode& n) {
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

}  // namespace lmw::ui
