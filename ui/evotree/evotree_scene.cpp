// Evolutionary tree scene: item creation, versions, stems, ghosts, lineage and fading.
#include "evotree/evotree_scene.h"

#include "evotree/evotree_backdrop.h"
#include "evotree/evotree_legend.h"
#include "evotree/evotree_node_item.h"
#include "evotree/evotree_stem_item.h"
#include "evotree/evotree_style.h"

#include <QGraphicsSceneMouseEvent>

namespace lmw::ui {

EvoTreeScene::EvoTreeScene(const EvoTreeModel* model, QObject* parent)
    : QGraphicsScene(parent), model_(model), version_(model->defaultVersion()) {
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    rebuild();
}

void EvoTreeScene::rebuild() {
    clear();  // deletes every item
    nodes_.clear();
    ghosts_.clear();
    stems_.clear();
    links_.clear();
    layout_.build(*model_);
    setSceneRect(layout_.sceneRect());

    backdrop_ = new EvoTreeBackdrop;
    backdrop_->setLayout(layout_);
    addItem(backdrop_);
    legend_ = new EvoTreeLegend;
    legend_->setPos(EvoTreeLayout::kAxisX + 36, layout_.sceneRect().top() + 100);
    addItem(legend_);

    for (const EvoNode& n : model_->nodes()) {
        auto* item = new EvoTreeNodeItem(n, layout_.box(n.id, EvoTreeModel::kAllVersions));
        addItem(item);
        nodes_.insert(n.id, item);
    }
    if (version_ != EvoTreeModel::kAllVersions && !model_->version(version_))
        version_ = model_->defaultVersion();
    if (!selectedId_.isEmpty() && !model_->node(selectedId_)) selectedId_.clear();
    showVersion();
}

void EvoTreeScene::setVersion(const QString& version) {
    const QString v =
        (version == EvoTreeModel::kAllVersions || model_->version(version)) ? version : QString();
    if (v.isEmpty() || v == version_) return;
    version_ = v;
    showVersion();
}

void EvoTreeScene::setFilter(const EvoTreeFilter& filter) {
    if (filter == filter_) return;
    filter_ = filter;
    applyStates();
    Q_EMIT contentChanged();
}

QStringList EvoTreeScene::setSearchText(const QString& text) {
    searchText_ = text;
    searchMatches_ = EvoTreeFilter::search(*model_, version_, text);
    applyStates();
    return searchMatches_;
}

void EvoTreeScene::setSelectedId(const QString& id) {
    const QString v = (model_->node(id) && visible_.contains(id)) ? id : QString();
    if (v == selectedId_) return;
    selectedId_ = v;
    rebuildLineageLinks();
    applyStates();
}

QStringList EvoTreeScene::visibleIds() const {
    return model_->idsInVersion(version_);
}

QStringList EvoTreeScene::matchingIds() const {
    return filter_.select(*model_, version_);
}

QStringList EvoTreeScene::lineageIds() const {
    if (selectedId_.isEmpty()) return {};
    QStringList out;
    for (const QString& id : model_->ancestors(selectedId_) + model_->descendants(selectedId_)) {
        if (visible_.contains(id)) out.append(id);
    }
    return out;
}

QRectF EvoTreeScene::boundsOf(const QStringList& ids) const {
    QRectF r;
    for (const QString& id : ids) {
        if (const EvoTreeNodeItem* item = nodes_.value(id)) r = r.united(item->box());
    }
    return r;
}

void EvoTreeScene::showVersion() {
    visible_.clear();
    const VersionDiff diff = model_->diff(version_);
    for (const EvoNode& n : model_->nodes()) {
        EvoTreeNodeItem* item = nodes_.value(n.id);
        if (!item) continue;
        const bool in = model_->isInVersion(n, version_);
        item->setVisible(in);
        if (!in) continue;
        visible_.insert(n.id);
        item->setNode(n.resolved(version_), layout_.box(n.id, version_));
        item->setMark(diff.added.contains(n.id)     ? EvoTreeNodeItem::Mark::Added
                      : diff.changed.contains(n.id) ? EvoTreeNodeItem::Mark::Changed
                                                    : EvoTreeNodeItem::Mark::None);
    }
    if (!visible_.contains(selectedId_)) selectedId_.clear();
    backdrop_->setTitle(tr("Evolutionary tree of LLMs"), versionTitle());
    rebuildGhosts();
    rebuildStems();
    rebuildLineageLinks();
    searchMatches_ = EvoTreeFilter::search(*model_, version_, searchText_);
    applyStates();
    Q_EMIT contentChanged();
}

QString EvoTreeScene::versionTitle() const {
    const int count = static_cast<int>(visible_.size());
    QString s = tr("After Yang et al., “Harnessing the Power of LLMs in Practice” (2023) · ");
    s += model_->versionLabel(version_) + QStringLiteral(" · ");
    s += tr("models: %1").arg(count);
    if (model_->userCount() > 0)
        s += QStringLiteral(" · ") + tr("from your file: %1").arg(model_->userCount());
    return s;
}

void EvoTreeScene::rebuildGhosts() {
    for (EvoTreeNodeItem* g : ghosts_) delete g;
    ghosts_.clear();
    const VersionDiff diff = model_->diff(version_);
    if (diff.base.isEmpty()) return;
    QStringList ids = diff.removed;
    for (const QString& id : diff.changed) {
        if (layout_.box(id, diff.base) != layout_.box(id, version_)) ids.append(id);
    }
    for (const QString& id : ids) {
        const EvoNode n = model_->resolved(id, diff.base);
        auto* g = new EvoTreeNodeItem(n, layout_.box(id, diff.base));
        g->setGhost(true);
        const QString base = model_->versionLabel(diff.base);
        g->setToolTip(
            diff.removed.contains(id)
                ? tr("%1 was drawn here in %2 and is not in this version").arg(n.name, base)
                : tr("%1 was drawn here in %2").arg(n.name, base));
        g->setFade(0.75);
        addItem(g);
        ghosts_.append(g);
    }
}

void EvoTreeScene::rebuildStems() {
    for (EvoTreeStemItem* s : stems_) delete s;
    stems_.clear();
    const QPointF base = layout_.basePoint();
    const double trunkStart = EvoTreeLayout::kTrunkStartY;
    // Nodes that other stems split from get a thicker stem of their own (a sub-branch).
    QSet<QString> heads;
    for (const QString& id : visible_) {
        const EvoNode n = model_->resolved(id, version_);
        if (visible_.contains(n.stem)) heads.insert(n.stem);
    }
    for (const QString& id : visible_) {
        const EvoNode n = model_->resolved(id, version_);
        const QRectF box = layout_.box(id, version_);
        const QColor color = evostyle::trunkColor(n.branch).darker(108);
        QPainterPath path;
        QString source;
        double width = heads.contains(id) ? 3.8 : 1.9;
        bool horizontal = false;
        if (n.isRoot() || (n.year && *n.year < EvoTreeLayout::kFirstRowYear)) {
            const QPointF to(box.center().x(), box.top());
            path = EvoTreeStemItem::curve(base + QPointF(0, 8), to, false);
        } else if (visible_.contains(n.stem) && n.stem != id) {
            source = n.stem;
            const QRectF from = layout_.box(n.stem, version_);
            QPointF start(from.center().x(), from.top());
            if (box.bottom() > from.top() - 6) {
                start = QPointF(box.center().x() < from.center().x() ? from.left() : from.right(),
                                from.center().y());
            }
            const QPointF to = EvoTreeStemItem::entryPoint(box, start, &horizontal);
            path = EvoTreeStemItem::curve(start, to, horizontal);
            width = heads.contains(id) ? 3.0 : 2.0;
        } else if (n.branch == Branch::NonTransformer) {
            const QPointF to = EvoTreeStemItem::entryPoint(box, base, &horizontal);
            path = EvoTreeStemItem::curve(base + QPointF(0, -4), to, horizontal);
        } else {
            const double tx = layout_.trunkX(n.branch);
            const QPointF start(tx, qMin(box.center().y() + 30, trunkStart));
            const QPointF to = EvoTreeStemItem::entryPoint(box, start, &horizontal);
            path = EvoTreeStemItem::curve(start, to, horizontal);
        }
        auto* stem = new EvoTreeStemItem(path, color, width, EvoTreeStemItem::Style::Stem);
        stem->sourceId = source;
        stem->targetId = id;
        addItem(stem);
        stems_.append(stem);
    }
}

void EvoTreeScene::rebuildLineageLinks() {
    for (EvoTreeStemItem* s : links_) delete s;
    links_.clear();
    if (selectedId_.isEmpty()) return;
    QStringList family = lineageIds();
    family.append(selectedId_);
    for (const QString& id : family) {
        const EvoNode* n = model_->node(id);
        if (!n || n->parent.isEmpty() || !family.contains(n->parent)) continue;
        const QRectF from = layout_.box(n->parent, version_);
        const QRectF box = layout_.box(id, version_);
        QPointF start(from.center().x(), from.top());
        if (box.bottom() > from.top() - 6) {
            start = QPointF(box.center().x() < from.center().x() ? from.left() : from.right(),
                            from.center().y());
        }
        bool horizontal = false;
        const QPointF to = EvoTreeStemItem::entryPoint(box, start, &horizontal);
        auto* link = new EvoTreeStemItem(EvoTreeStemItem::curve(start, to, horizontal),
                                         evostyle::kLineage, 2.4, EvoTreeStemItem::Style::Lineage);
        link->sourceId = n->parent;
        link->targetId = id;
        addItem(link);
        links_.append(link);
    }
}

void EvoTreeScene::applyStates() {
    const QStringList matchList = filter_.select(*model_, version_);
    const QSet<QString> matching(matchList.begin(), matchList.end());
    const QStringList lineageList = lineageIds();
    QSet<QString> lineage(lineageList.begin(), lineageList.end());
    const QSet<QString> hits(searchMatches_.begin(), searchMatches_.end());
    QHash<QString, double> opacity;
    for (auto it = nodes_.constBegin(); it != nodes_.constEnd(); ++it) {
        EvoTreeNodeItem* item = it.value();
        const QString& id = it.key();
        if (!visible_.contains(id)) continue;
        double o = 1.0;
        if (!matching.contains(id))
            o = evostyle::kFadedOpacity;
        else if (!selectedId_.isEmpty() && id != selectedId_ && !lineage.contains(id))
            o = evostyle::kDimmedOpacity;
        item->setFade(o);
        opacity.insert(id, o);
        item->setSearchHit(hits.contains(id));
        item->setFocus(id == selectedId_      ? EvoTreeNodeItem::Focus::Selected
                       : lineage.contains(id) ? EvoTreeNodeItem::Focus::Lineage
                                              : EvoTreeNodeItem::Focus::None);
    }
    for (EvoTreeStemItem* s : stems_) s->setFade(opacity.value(s->targetId, 1.0));
}

void EvoTreeScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (event->button() == Qt::LeftButton) {
        const QList<QGraphicsItem*> hits = items(event->scenePos());
        for (QGraphicsItem* it : hits) {
            auto* node = qgraphicsitem_cast<EvoTreeNodeItem*>(it);
            if (node && node->isVisible() && !node->isGhost()) {
                event->accept();
                Q_EMIT nodeClicked(node->id());
                return;
            }
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

}  // namespace lmw::ui
