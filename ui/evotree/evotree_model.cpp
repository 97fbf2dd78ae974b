// Evolutionary tree model: merging user nodes, version membership and diffs, lineage, counts.
#include "evotree/evotree_model.h"

#include <QSet>
#include <algorithm>

namespace lmw::ui {

const QString EvoTreeModel::kAllVersions = QStringLiteral("all");

LoadResult EvoTreeModel::loadBuiltIn() {
    LoadResult r = EvoTreeLoader::loadBuiltIn();
    if (r.ok()) setBuiltIn(r.data);
    return r;
}

void EvoTreeModel::setBuiltIn(const EvoTreeData& data) {
    data_ = data;
    nodes_ = data.nodes;
    data_.nodes.clear();
    builtInCount_ = static_cast<int>(nodes_.size());
    reindex();
}

int EvoTreeModel::setUserNodes(LoadResult& result) {
    clearUserNodes();
    auto issue = [&result](const EvoNode& n, const QString& field, const QString& msg, bool error) {
        LoadIssue i;
        i.line = n.sourceLine;
        i.node = n.name;
        i.field = field;
        i.message = msg;
        i.error = error;
        result.issues.append(i);
    };
    QList<EvoNode> accepted;
    QSet<QString> userIds;
    for (EvoNode n : result.data.nodes) {
        if (index_.contains(n.id)) {
            issue(n, QStringLiteral("id"),
                  tr("\"%1\" is already a built-in node; give this node another id").arg(n.id),
                  true);
            continue;
        }
        n.userAdded = true;
        userIds.insert(n.id);
        accepted.append(n);
    }
    // Links may point at built-in nodes or at other user nodes, by id or by name.
    auto resolveLink = [&](const QString& ref) -> QString {
        if (ref.isEmpty()) return {};
        if (userIds.contains(ref)) return ref;
        for (const EvoNode& u : accepted) {
            if (u.name.compare(ref, Qt::CaseInsensitive) == 0) return u.id;
        }
        return findId(ref);
    };
    for (EvoNode& n : accepted) {
        if (!n.parent.isEmpty()) {
            const QString id = resolveLink(n.parent);
            if (id.isEmpty() || id == n.id) {
                issue(n, QStringLiteral("parent"),
                      tr("no node called \"%1\"; the link was left out").arg(n.parent), false);
            }
            n.parent = (id == n.id) ? QString() : id;
        }
        if (n.stem != QLatin1String("trunk") && n.stem != QLatin1String("root")) {
            const QString id = resolveLink(n.stem);
            if (id.isEmpty() || id == n.id) {
                issue(n, QStringLiteral("stem"),
                      tr("no node called \"%1\"; drawn from the trunk instead").arg(n.stem), false);
                n.stem = n.year ? QStringLiteral("trunk") : QStringLiteral("root");
            } else {
                n.stem = id;
            }
        }
        n.versions.clear();  // user nodes appear in every version
    }
    nodes_.append(accepted);
    reindex();
    // A parent cycle among user nodes would make lineage queries loop: break it.
    for (EvoNode& n : nodes_) {
        if (!n.userAdded || n.parent.isEmpty()) continue;
        QSet<QString> seen{n.id};
        QString p = n.parent;
        while (!p.isEmpty() && !seen.contains(p)) {
            seen.insert(p);
            const EvoNode* pn = node(p);
            p = pn ? pn->parent : QString();
        }
        if (!p.isEmpty()) {
            issue(n, QStringLiteral("parent"), tr("the parent links form a loop; link removed"),
                  false);
            n.parent.clear();
            reindex();
        }
    }
    result.data.nodes = accepted;
    return static_cast<int>(accepted.size());
}

void EvoTreeModel::clearUserNodes() {
    nodes_ = nodes_.mid(0, builtInCount_);
    reindex();
}

void EvoTreeModel::reindex() {
    index_.clear();
    children_.clear();
    for (int i = 0; i < nodes_.size(); ++i) index_.insert(nodes_.at(i).id, i);
    for (const EvoNode& n : nodes_) {
        if (!n.parent.isEmpty() && index_.contains(n.parent)) children_[n.parent].append(n.id);
    }
}

const EvoNode* EvoTreeModel::node(const QString& id) const {
    const auto it = index_.constFind(id);
    return it == index_.constEnd() ? nullptr : &nodes_.at(it.value());
}

QString EvoTreeModel::findId(const QString& idOrName) const {
    if (index_.contains(idOrName)) return idOrName;
    for (const EvoNode& n : nodes_) {
        if (n.name.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            n.id.compare(idOrName, Qt::CaseInsensitive) == 0 ||
            (!n.label.isEmpty() && n.label.compare(idOrName, Qt::CaseInsensitive) == 0))
            return n.id;
    }
    return {};
}

const FigureVersion* EvoTreeModel::version(const QString& id) const {
    for (const FigureVersion& v : data_.versions) {
        if (v.id == id) return &v;
    }
    return nullptr;
}

QString EvoTreeModel::defaultVersion() const {
    if (data_.defaultVersion == kAllVersions || version(data_.defaultVersion))
        return data_.defaultVersion;
    return kAllVersions;
}

QString EvoTreeModel::versionLabel(const QString& id) const {
    QString name;
    if (id == kAllVersions) return tr("All versions (union)");
    if (id == QLatin1String("v1"))
        name = tr("v1 · first README figure");
    else if (id == QLatin1String("paper"))
        name = tr("Paper figure (Fig. 1)");
    else if (id == QLatin1String("v2"))
        name = tr("v2 · still figure");
    else if (id == QLatin1String("v3"))
        name = tr("v3 · community update");
    const FigureVersion* v = version(id);
    if (name.isEmpty()) name = v && !v->label.isEmpty() ? v->label : id;
    if (v && !v->date.isEmpty()) name += QStringLiteral(" (%1)").arg(v->date);
    return name;
}

bool EvoTreeModel::isInVersion(const EvoNode& n, const QString& version) const {
    if (version == kAllVersions || n.userAdded || n.versions.isEmpty()) return true;
    return n.versions.contains(version);
}

QStringList EvoTreeModel::idsInVersion(const QString& version) const {
    QStringList out;
    for (const EvoNode& n : nodes_) {
        if (isInVersion(n, version)) out.append(n.id);
    }
    return out;
}

EvoNode EvoTreeModel::resolved(const QString& id, const QString& version) const {
    const EvoNode* n = node(id);
    if (!n) return EvoNode{};
    return n->resolved(version);
}

VersionDiff EvoTreeModel::diff(const QString& version) const {
    VersionDiff d;
    const FigureVersion* v = this->version(version);
    if (!v || v->basedOn.isEmpty() || !this->version(v->basedOn)) return d;
    d.base = v->basedOn;
    for (const EvoNode& n : nodes_) {
        if (n.userAdded) continue;
        const bool now = isInVersion(n, version);
        const bool before = isInVersion(n, d.base);
        if (now && !before) d.added.append(n.id);
        if (!now && before) d.removed.append(n.id);
        if (!now || !before) continue;
        const EvoNode a = n.resolved(d.base);
        const EvoNode b = n.resolved(version);
        if (a.displayLabel() != b.displayLabel() || a.organization != b.organization ||
            a.branch != b.branch || a.year != b.year || a.stem != b.stem || a.layout != b.layout)
            d.changed.append(n.id);
    }
    return d;
}

QStringList EvoTreeModel::children(const QString& id) const {
    return children_.value(id);
}

QStringList EvoTreeModel::ancestors(const QString& id) const {
    QStringList out;
    const EvoNode* n = node(id);
    while (n && !n->parent.isEmpty() && !out.contains(n->parent) && n->parent != id) {
        out.append(n->parent);
        n = node(n->parent);
    }
    return out;
}

QStringList EvoTreeModel::descendants(const QString& id) const {
    QStringList out;
    QStringList queue = children(id);
    while (!queue.isEmpty()) {
        const QString c = queue.takeFirst();
        if (c == id || out.contains(c)) continue;
        out.append(c);
        queue.append(children(c));
    }
    return out;
}

QList<OrgCount> EvoTreeModel::organizationCounts(const QStringList& ids,
                                                 const QString& version) const {
    QHash<QString, OrgCount> byOrg;
    for (const QString& id : ids) {
        const EvoNode* base = node(id);
        if (!base) continue;
        const EvoNode n = base->resolved(version);
        if (n.isRoot()) continue;
        const QString org = n.organization.isEmpty() ? tr("Unknown") : n.organization;
        OrgCount& c = byOrg[org];
        c.organization = org;
        (n.open ? c.open : c.closed) += 1;
    }
    QList<OrgCount> out = byOrg.values();
    std::sort(out.begin(), out.end(), [](const OrgCount& a, const OrgCount& b) {
        if (a.total() != b.total()) return a.total() > b.total();
        return a.organization.localeAwareCompare(b.organization) < 0;
    });
    return out;
}

QStringList EvoTreeModel::organizations() const {
    QSet<QString> set;
    for (const EvoNode& n : nodes_) {
        if (!n.organization.isEmpty()) set.insert(n.organization);
        for (const QString& p : n.partners) set.insert(p);
        for (const NodeOverride& o : n.byVersion) {
            if (!o.organization.isEmpty()) set.insert(o.organization);
        }
    }
    QStringList out(set.begin(), set.end());
    std::sort(out.begin(), out.end(),
              [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

int EvoTreeModel::minFilterYear() const {
    int y = 9999;
    for (const EvoNode& n : nodes_) {
        if (n.filterYear() > 0) y = qMin(y, n.filterYear());
    }
    return y == 9999 ? 2018 : y;
}

int EvoTreeModel::maxFilterYear() const {
    int y = 0;
    for (const EvoNode& n : nodes_) y = qMax(y, n.filterYear());
    return y == 0 ? 2023 : y;
}

int EvoTreeModel::maxRowYear() const {
    int y = 2023;
    for (const EvoNode& n : nodes_) {
        if (n.year) y = qMax(y, *n.year);
        for (const NodeOverride& o : n.byVersion) {
            if (o.year) y = qMax(y, *o.year);
        }
    }
    return y;
}

}  // namespace lmw::ui
