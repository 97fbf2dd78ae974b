// The controls above the tree: search, figure version, and the filters (branch, open/closed,
// organisation, year range). Emits the filter as a value; the scene does the fading.
#pragma once

#include "evotree/evotree_filter.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace lmw::ui {

class EvoTreeModel;

class EvoTreeFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit EvoTreeFilterBar(QWidget* parent = nullptr);

    /// Fills the version and organisation lists and the year limits from `model`.
    void setModel(const EvoTreeModel* model);

    EvoTreeFilter filter() const;
    /// Shows `filter` in the controls without emitting filterChanged.
    void setFilter(const EvoTreeFilter& filter);
    QString version() const;
    /// Selects `version` in the list without emitting versionChanged.
    void setVersion(const QString& version);
    QString searchText() const;
    void setSearchText(const QString& text);
    void setMatchCount(int count, bool searching);
    /// Puts `widget` at the right end of the first row (the page's tool buttons).
    void addTrailingWidget(QWidget* widget);

    QLineEdit* searchField() const { return search_; }
    QComboBox* versionBox() const { return version_; }
    QComboBox* organizationBox() const { return org_; }
    QComboBox* sourceBox() const { return source_; }
    QToolButton* branchButton(Branch b) const { return branch_[static_cast<int>(b)]; }
    QSpinBox* yearFromBox() const { return yearFrom_; }
    QSpinBox* yearToBox() const { return yearTo_; }

public Q_SLOTS:
    void resetFilters();

Q_SIGNALS:
    void filterChanged(const EvoTreeFilter& filter);
    void versionChanged(const QString& version);
    void searchChanged(const QString& text);
    /// Enter pressed in the search field: show the next match.
    void searchNext();

private:
    void emitFilter();

    QLineEdit* search_ = nullptr;
    QLabel* matches_ = nullptr;
    QComboBox* version_ = nullptr;
    QToolButton* branch_[kBranchCount] = {};
    QComboBox* source_ = nullptr;
    QComboBox* org_ = nullptr;
    QSpinBox* yearFrom_ = nullptr;
    QSpinBox* yearTo_ = nullptr;
    QHBoxLayout* firstRow_ = nullptr;
    int minYear_ = 2013;
    int maxYear_ = 2023;
    bool updating_ = false;
};

}  // namespace lmw::ui
