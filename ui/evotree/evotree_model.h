// The evolutionary tree as data: built-in nodes plus user-added ones, figure versions and the
// changes between them, lineage queries and organisation counts. Testable without widgets.
#pragma once

#include "evotree/evotree_loader.h"
#include "evotree/evotree_node.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace lmw::ui {

/// Open and closed models of one organisation (the figure's bar chart).
struct OrgCount {
    QString organization;
    int open = 0;
    int closed = 0;
    int total() const { return open + closed; }
};

/// What a figure version changed compared with the version it was edited from.
struct VersionDiff {
    QString base;         // the earlier version; empty for the first one or "all"
    QStringList added;    // ids drawn now but not before
    QStringList removed;  // ids drawn before but not now
    QStringList changed;  // ids drawn in both, but moved, relabelled or with another logo
    bool contains(const QString& id) const {
        return added.contains(id) || removed.contains(id) || changed.contains(id);
    }
};

class EvoTreeModel {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeModel)

public:
    /// Pseudo-version: every node of every version (the union), as finally drawn.
    static const QString kAllVersions;

    EvoTreeModel() = default;

    /// Loads the built-in resource; returns the result so callers can report problems.
    LoadResult loadBuiltIn();
    /// Replaces everything with `data` (used by loadBuiltIn and by tests).
    void setBuiltIn(const EvoTreeData& data);

    /// Replaces the user-added nodes with the usable ones from `result`. Checks them against
    /// the built-in tree (duplicate ids, unknown parents) and appends those problems to
    /// `result.issues`. Returns the number of nodes added.
    int setUserNodes(LoadResult& result);
    void clearUserNodes();

    const QList<EvoNode>& nodes() const { return nodes_; }
    const EvoNode* node(const QString& id) const;
    /// Finds a node by id, or else by name or label (case-insensitive). Empty when unknown.
    QString findId(const QString& idOrName) const;
    int builtInCount() const { return builtInCount_; }
    int userCount() const { return static_cast<int>(nodes_.size()) - builtInCount_; }

    const QString& title() const { return data_.title; }
    const QList<FigureVersion>& versions() const { return data_.versions; }
    const FigureVersion* version(const QString& id) const;
    QString defaultVersion() const;
    /// Translated display name of a version id ("all" included), with its date.
    QString versionLabel(const QString& id) const;
    const QMap<int, double>& figureRows() const { return data_.figureRows; }
    /// Trunk position (fraction of the figure width) of a branch; "base" for the root.
    double trunkX(const QString& key, double fallback) const {
        return data_.trunks.value(key, fallback);
    }

    /// Whether a version draws this node. User nodes are in every version.
    bool isInVersion(const EvoNode& n, const QString& version) const;
    QStringList idsInVersion(const QString& version) const;
    /// The node as drawn in `version`; nullopt-like empty id when the id is unknown.
    EvoNode resolved(const QString& id, const QString& version) const;
    VersionDiff diff(const QString& version) const;

    /// Lineage follows `parent` links (not the drawn stems).
    QStringList children(const QString& id) const;
    QStringList ancestors(const QString& id) const;    // nearest first
    QStringList descendants(const QString& id) const;  // breadth first

    /// Open/closed counts per organisation over `ids` as drawn in `version`, largest first.
    /// Like the figure's chart, the root boxes (no year row) are left out.
    QList<OrgCount> organizationCounts(const QStringList& ids, const QString& version) const;
    /// Every organisation and partner named by any node, sorted.
    QStringList organizations() const;
    /// Smallest and largest year used by the year filter (release years for roots).
    int minFilterYear() const;
    int maxFilterYear() const;
    /// Latest year row (2023 for the built-in tree; later with user nodes).
    int maxRowYear() const;

private:
    void reindex();

    EvoTreeData data_;
    QList<EvoNode> nodes_;
    QHash<QString, int> index_;
    QHash<QString, QStringList> children_;
    int builtInCount_ = 0;
};

}  // namespace lmw::ui
