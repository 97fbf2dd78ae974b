// The graphics scene of the evolutionary tree: builds the backdrop, legend, stems and node
// boxes from the model and the layout, and shows the chosen version, filters, search hits,
// the selected model's lineage and what changed between figure versions.
#pragma once

#include "evotree/evotree_filter.h"
#include "evotree/evotree_layout.h"
#include "evotree/evotree_model.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lmw::ui {

class EvoTreeBackdrop;
class EvoTreeLegend;
class EvoTreeNodeItem;
class EvoTreeStemItem;

class EvoTreeScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit EvoTreeScene(const EvoTreeModel* model, QObject* parent = nullptr);

    /// Lays out and recreates every item; call after the model's nodes change.
    void rebuild();

    void setVersion(const QString& version);
    const QString& version() const { return version_; }
    void setFilter(const EvoTreeFilter& filter);
    const EvoTreeFilter& filter() const { return filter_; }
    /// Highlights the nodes matching `text`; returns their ids.
    QStringList setSearchText(const QString& text);
    const QStringList& searchMatches() const { return searchMatches_; }
    /// Selects a node (empty = none) and highlights its ancestors and descendants.
    void setSelectedId(const QString& id);
    const QString& selectedId() const { return selectedId_; }

    /// Nodes drawn in the current version, and those of them passing the filter.
    QStringList visibleIds() const;
    QStringList matchingIds() const;
    /// Ancestors and descendants of the selection (empty when nothing is selected).
    QStringList lineageIds() const;
    EvoTreeNodeItem* itemFor(const QString& id) const { return nodes_.value(id); }
    QList<EvoTreeNodeItem*> ghostItems() const { return ghosts_; }
    QList<EvoTreeStemItem*> stemItems() const { return stems_; }
    QList<EvoTreeStemItem*> lineageLinks() const { return links_; }
    /// Union of the boxes of `ids` (scene coordinates).
    QRectF boundsOf(const QStringList& ids) const;
    const EvoTreeLayout& layout() const { return layout_; }
    const EvoTreeModel* model() const { return model_; }

Q_SIGNALS:
    void nodeClicked(const QString& id);
    /// Version or filter changed: the set of matching nodes may be different.
    void contentChanged();

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void showVersion();
    void rebuildStems();
    void rebuildGhosts();
    void rebuildLineageLinks();
    void applyStates();
    QString versionTitle() const;

    const EvoTreeModel* model_;
    EvoTreeLayout layout_;
    EvoTreeBackdrop* backdrop_ = nullptr;
    EvoTreeLegend* legend_ = nullptr;
    QHash<QString, EvoTreeNodeItem*> nodes_;
    QList<EvoTreeNodeItem*> ghosts_;
    QList<EvoTreeStemItem*> stems_;
    QList<EvoTreeStemItem*> links_;
    QString version_;
    EvoTreeFilter filter_;
    QString searchText_;
    QStringList searchMatches_;
    QString selectedId_;
    QSet<QString> visible_;
};

}  // namespace lmw::ui
