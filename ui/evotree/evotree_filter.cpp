// Filter and search logic of the evolutionary tree (pure, no widgets).
#include "evotree/evotree_filter.h"

#include "evotree/evotree_model.h"

namespace lmw::ui {

bool EvoTreeFilter::isActive() const {
    return (branches & kAllBranchBits) != kAllBranchBits || source != Source::Any ||
           !organization.isEmpty() || yearFrom > 0 || yearTo > 0;
}

bool EvoTreeFilter::matches(const EvoNode& node) const {
    if (!(branches & branchBit(node.branch))) return false;
    if (source == Source::Open && !node.open) return false;
    if (source == Source::Closed && node.open) return false;
    if (!organization.isEmpty() && node.organization != organization &&
        !node.partners.contains(organization))
        return false;
    const int y = node.filterYear();
    if (yearFrom > 0 && y < yearFrom) return false;
    if (yearTo > 0 && y > yearTo) return false;
    return true;
}

QStringList EvoTreeFilter::select(const EvoTreeModel& model, const QString& version) const {
    QStringList out;
    for (const EvoNode& n : model.nodes()) {
        if (model.isInVersion(n, version) && matches(n.resolved(version))) out.append(n.id);
    }
    return out;
}

bool EvoTreeFilter::matchesSearch(const EvoNode& node, const QString& text) {
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty()) return false;
    const QString hay =
        QStringList{node.name,  node.label, node.organization, node.partners.join(QLatin1Char(' ')),
                    node.group, node.id}
            .join(QLatin1Char('\n'));
    for (const QString& w : words) {
        if (!hay.contains(w, Qt::CaseInsensitive)) return false;
    }
    return true;
}

QStringList EvoTreeFilter::search(const EvoTreeModel& model, const QString& version,
                                  const QString& text) {
    QStringList out;
    for (const EvoNode& n : model.nodes()) {
        if (model.isInVersion(n, version) && matchesSearch(n.resolved(version), text))
            out.append(n.id);
    }
    return out;
}

}  // namespace lmw::ui
