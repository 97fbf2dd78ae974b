// Search, version and filter controls of the evolutionary tree page.
#include "evotree/evotree_filter_bar.h"
#include "evotree/evotree_strings.h"

#include "evotree/evotree_model.h"
#include "evotree/evotree_style.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace lmw::ui {

namespace {

QIcon swatch(Branch b) {
    QPixmap pm(28, 28);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(evostyle::branchInk(b), 2));
    p.setBrush(evostyle::branchColor(b));
    p.drawRoundedRect(QRectF(3, 6, 22, 16), 4, 4);
    return QIcon(pm);
}

QLabel* caption(const QString& text, QWidget* parent) {
    auto* l = new QLabel(text, parent);
    l->setStyleSheet(QStringLiteral("color: #6b7280;"));
    return l;
}

}  // namespace

EvoTreeFilterBar::EvoTreeFilterBar(QWidget* parent) : QWidget(parent) {
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 6, 8, 4);
    rows->setSpacing(4);
    firstRow_ = new QHBoxLayout;
    auto* second = new QHBoxLayout;
    rows->addLayout(firstRow_);
    rows->addLayout(second);

    search_ = new QLineEdit(this);
    search_->setPlaceholderText(tr("Search models or organisations…"));
    search_->setClearButtonEnabled(true);
    search_->setMinimumWidth(240);
    search_->setToolTip(
        tr("Highlights matching models and centres the tree on them. "
           "Press Enter to step through the matches."));
    matches_ = new QLabel(this);
    matches_->setMinimumWidth(84);
    matches_->setStyleSheet(QStringLiteral("color: #6b7280;"));
    version_ = new QComboBox(this);
    version_->setToolTip(
        tr("Which version of the survey's figure to show. Models added or "
           "changed compared with the version it was edited from are marked."));
    version_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    firstRow_->addWidget(search_, 0);
    firstRow_->addWidget(matches_);
    firstRow_->addSpacing(12);
    firstRow_->addWidget(caption(tr("Figure version:"), this));
    firstRow_->addWidget(version_);
    firstRow_->addStretch(1);

    second->addWidget(caption(tr("Branches:"), this));
    for (Branch b : kAllBranches) {
        auto* t = new QToolButton(this);
        t->setCheckable(true);
        t->setChecked(true);
        t->setIcon(swatch(b));
        t->setText(branchDisplayName(b));
        t->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        t->setToolTip(tr("Show or fade the %1 branch").arg(branchDisplayName(b)));
        t->setStyleSheet(QStringLiteral(
            "QToolButton { border: 1px solid #d1d5db; border-radius: 5px; padding: 2px 6px;"
            " background: white; color: #9ca3af; }"
            "QToolButton:checked { background: #f3f6fb; border-color: #9aa8bd; color: #1f2937; }"));
        branch_[static_cast<int>(b)] = t;
        second->addWidget(t);
        connect(t, &QToolButton::toggled, this, &EvoTreeFilterBar::emitFilter);
    }
    second->addSpacing(10);
    second->addWidget(caption(tr("Source:"), this));
    source_ = new QComboBox(this);
    source_->addItem(tr("Open and closed"));
    source_->addItem(tr("Open only (filled)"));
    source_->addItem(tr("Closed only (hollow)"));
    second->addWidget(source_);
    second->addSpacing(10);
    second->addWidget(caption(tr("Organisation:"), this));
    org_ = new QComboBox(this);
    org_->setMinimumContentsLength(12);
    second->addWidget(org_);
    second->addSpacing(10);
    second->addWidget(caption(tr("Years:"), this));
    yearFrom_ = new QSpinBox(this);
    yearTo_ = new QSpinBox(this);
    second->addWidget(yearFrom_);
    second->addWidget(new QLabel(QStringLiteral("–"), this));
    second->addWidget(yearTo_);
    auto* reset = new QToolButton(this);
    reset->setText(tr("Reset filters"));
    reset->setAutoRaise(true);
    second->addSpacing(6);
    second->addWidget(reset);
    second->addStretch(1);

    connect(source_, &QComboBox::currentIndexChanged, this, &EvoTreeFilterBar::emitFilter);
    connect(org_, &QComboBox::currentIndexChanged, this, &EvoTreeFilterBar::emitFilter);
    connect(yearFrom_, &QSpinBox::valueChanged, this, &EvoTreeFilterBar::emitFilter);
    connect(yearTo_, &QSpinBox::valueChanged, this, &EvoTreeFilterBar::emitFilter);
    connect(reset, &QToolButton::clicked, this, &EvoTreeFilterBar::resetFilters);
    connect(search_, &QLineEdit::textChanged, this, &EvoTreeFilterBar::searchChanged);
    connect(search_, &QLineEdit::returnPressed, this, &EvoTreeFilterBar::searchNext);
    connect(version_, &QComboBox::currentIndexChanged, this, [this] {
        if (!updating_) Q_EMIT versionChanged(version());
    });
}

void EvoTreeFilterBar::setModel(const EvoTreeModel* model) {
    const EvoTreeFilter keep = filter();
    const QString keepVersion = version();
    updating_ = true;
    version_->clear();
    version_->addItem(model->versionLabel(EvoTreeModel::kAllVersions), EvoTreeModel::kAllVersions);
    for (const FigureVersion& v : model->versions()) {
        version_->addItem(model->versionLabel(v.id), v.id);
        version_->setItemData(version_->count() - 1, translateTreeText(v.description),
                              Qt::ToolTipRole);
    }
    org_->clear();
    org_->addItem(tr("All organisations"), QString());
    for (const QString& o : model->organizations()) org_->addItem(o, o);
    minYear_ = model->minFilterYear();
    maxYear_ = qMax(model->maxFilterYear(), model->maxRowYear());
    for (QSpinBox* s : {yearFrom_, yearTo_}) s->setRange(minYear_, maxYear_);
    yearFrom_->setValue(minYear_);
    yearTo_->setValue(maxYear_);
    updating_ = false;
    setVersion(keepVersion.isEmpty() ? model->defaultVersion() : keepVersion);
    setFilter(keep);
}

EvoTreeFilter EvoTreeFilterBar::filter() const {
    EvoTreeFilter f;
    f.branches = 0;
    for (Branch b : kAllBranches) {
        if (branch_[static_cast<int>(b)]->isChecked()) f.branches |= branchBit(b);
    }
    f.source = static_cast<EvoTreeFilter::Source>(qMax(0, source_->currentIndex()));
    f.organization = org_->currentData().toString();
    f.yearFrom = yearFrom_->value() > minYear_ ? yearFrom_->value() : 0;
    f.yearTo = yearTo_->value() < maxYear_ ? yearTo_->value() : 0;
    return f;
}

void EvoTreeFilterBar::setFilter(const EvoTreeFilter& f) {
    updating_ = true;
    for (Branch b : kAllBranches)
        branch_[static_cast<int>(b)]->setChecked(f.branches & branchBit(b));
    source_->setCurrentIndex(static_cast<int>(f.source));
    const int org = org_->findData(f.organization);
    org_->setCurrentIndex(org >= 0 ? org : 0);
    yearFrom_->setValue(f.yearFrom > 0 ? f.yearFrom : minYear_);
    yearTo_->setValue(f.yearTo > 0 ? f.yearTo : maxYear_);
    updating_ = false;
}

QString EvoTreeFilterBar::version() const {
    return version_->currentData().toString();
}

void EvoTreeFilterBar::setVersion(const QString& v) {
    updating_ = true;
    const int i = version_->findData(v);
    if (i >= 0) version_->setCurrentIndex(i);
    updating_ = false;
}

QString EvoTreeFilterBar::searchText() const {
    return search_->text();
}

void EvoTreeFilterBar::setSearchText(const QString& text) {
    search_->setText(text);
}

void EvoTreeFilterBar::setMatchCount(int count, bool searching) {
    matches_->setText(searching ? tr("Matches: %1").arg(count) : QString());
}

void EvoTreeFilterBar::addTrailingWidget(QWidget* widget) {
    firstRow_->addWidget(widget);
}

void EvoTreeFilterBar::resetFilters() {
    setFilter(EvoTreeFilter{});
    emitFilter();
}

void EvoTreeFilterBar::emitFilter() {
    if (updating_) return;
    // Keep the year range ordered.
    if (yearFrom_->value() > yearTo_->value()) {
        updating_ = true;
        if (sender() == yearFrom_)
            yearTo_->setValue(yearFrom_->value());
        else
            yearFrom_->setValue(yearTo_->value());
        updating_ = false;
    }
    Q_EMIT filterChanged(filter());
}

}  // namespace lmw::ui
