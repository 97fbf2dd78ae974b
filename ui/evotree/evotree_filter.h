// Which nodes the user wants to see: branch, open/closed, organisation and year range, plus
// the search box. Nodes that fail the filter are faded in the tree, not removed.
#pragma once

#include "evotree/evotree_node.h"

#include <QString>
#include <QStringList>

namespace lmw::ui {

class EvoTreeModel;

struct EvoTreeFilter {
    enum class Source { Any, Open, Closed };

    int branches = kAllBranchBits;  // bits from branchBit()
    Source source = Source::Any;
    QString organization;  // empty = any; matches partners too
    int yearFrom = 0;      // inclusive; 0 = no lower bound
    int yearTo = 0;        // inclusive; 0 = no upper bound

    /// True when something is actually filtered out.
    bool isActive() const;
    /// `node` should already be resolved for the version shown.
    bool matches(const EvoNode& node) const;
    /// Ids drawn in `version` that pass the filter, in model order.
    QStringList select(const EvoTreeModel& model, const QString& version) const;

    /// Case-insensitive match of the search text against name, label, organisation,
    /// partners and sub-branch. Several words must all match. Empty text matches nothing.
    static bool matchesSearch(const EvoNode& node, const QString& text);
    /// Ids drawn in `version` whose node matches the search text.
    static QStringList search(const EvoTreeModel& model, const QString& version,
                              const QString& text);

    bool operator==(const EvoTreeFilter& o) const {
        return branches == o.branches && source == o.source && organization == o.organization &&
               yearFrom == o.yearFrom && yearTo == o.yearTo;
    }
    bool operator!=(const EvoTreeFilter& o) const { return !(*this == o); }
};

}  // namespace lmw::ui
