#include "train/runs_panel.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <cmath>

#include "api/error.h"
#include "engine/user_message.h"

namespace lmw::ui {

namespace {
constexpr int kDirRole = Qt::UserRole + 1;
enum Column { kName, kModel, kSteps, kValLoss, kCorpus, kColumns };
}  // namespace

QString RunsPanel::displayName(const QString& folder) {
    // "2026-11-28_223917_gpt-2x64" -> "11-28 22:39 gpt-2x64"; other names are shown as they are.
    static const QRegularExpression stamp(
        QStringLiteral("^\\d{4}-(\\d{2}-\\d{2})_(\\d{2})(\\d{2})\\d{2}_?(.*)$"));
    const auto m = stamp.match(folder);
    if (!m.hasMatch()) return folder;
    return QStringLiteral("%1 %2:%3 %4")
        .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4))
        .trimmed();
}

QString RunsPanel::defaultWorkspace() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("LLM Workbench/runs"));
}

RunsPanel::RunsPanel(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* top = new QHBoxLayout;
    location_ = new QLabel(this);
    location_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* change = new QPushButton(tr("&Workspace…"), this);
    change->setToolTip(tr("Choose the folder where runs are kept."));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    top->addWidget(location_, 1);
    top->addWidget(change);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(kColumns);
    tree_->setHeaderLabels({tr("Run"), tr("Model"), tr("Steps"), tr("Val. loss"), tr("Corpus")});
    tree_->setRootIsDecorated(false);
    tree_->setAlternatingRowColors(true);
    tree_->setSortingEnabled(true);
    tree_->sortByColumn(kName, Qt::DescendingOrder);
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(kName, QHeaderView::Stretch);
    tree_->header()->setMinimumSectionSize(40);
    tree_->setToolTip(tr("Tick runs to overlay their curves; double-click to reopen one."));
    layout->addWidget(tree_, 1);

    auto* buttons = new QHBoxLayout;
    open_ = new QPushButton(tr("&Open"), this);
    open_->setToolTip(tr("Show this run's curves and sample from its weights."));
    continue_ = new QPushButton(tr("&Continue"), this);
    continue_->setToolTip(tr("Train this run further, up to the Iterations set on the left."));
    reveal_ = new QPushButton(tr("Show folder"), this);
    delete_ = new QPushButton(tr("Delete…"), this);
    for (auto* b : {open_, continue_, reveal_, delete_}) buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(change, &QPushButton::clicked, this, &RunsPanel::chooseWorkspace);
    connect(refreshButton, &QPushButton::clicked, this, &RunsPanel::refresh);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this] { openSelected(); });
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &RunsPanel::updateButtons);
    connect(tree_, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (filling_ || column != kName) return;
        Q_EMIT overlayToggled(item->data(kName, kDirRole).toString(),
                              item->checkState(kName) == Qt::Checked);
    });
    connect(open_, &QPushButton::clicked, this, &RunsPanel::openSelected);
    connect(continue_, &QPushButton::clicked, this, &RunsPanel::continueSelected);
    connect(reveal_, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(selectedRunDir())); });
    connect(delete_, &QPushButton::clicked, this, &RunsPanel::deleteSelected);

    setWorkspace(QSettings().value(QStringLiteral("workspace"), defaultWorkspace()).toString());
}

void RunsPanel::setWorkspace(const QString& dir) {
    workspace_ = dir;
    QDir().mkpath(dir);
    QSettings().setValue(QStringLiteral("workspace"), dir);
    const QString shown = QDir::toNativeSeparators(dir);
    location_->setText(
        tr("Runs in <a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(dir).toString(),
                 fontMetrics().elidedText(shown, Qt::ElideMiddle, 220).toHtmlEscaped()));
    location_->setToolTip(shown);
    location_->setOpenExternalLinks(true);
    refresh();
}

void RunsPanel::chooseWorkspace() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Choose the workspace folder"), workspace_);
    if (!dir.isEmpty()) setWorkspace(dir);
}

void RunsPanel::refresh() {
    QStringList checked;
    for (int i = 0; i < tree_->topLevelItemCount(); ++i) {
        auto* item = tree_->topLevelItem(i);
        if (item->checkState(kName) == Qt::Checked)
            checked << item->data(kName, kDirRole).toString();
    }
    const QString selected = selectedRunDir();
    filling_ = true;
    tree_->setSortingEnabled(false);
    tree_->clear();
    for (const RunRecord& r : listRuns(workspace_.toStdString())) {
        auto* item = new QTreeWidgetItem(tree_);
        const QString dir = QString::fromStdString(r.dir);
        item->setData(kName, kDirRole, dir);
        item->setText(kName, displayName(QString::fromStdString(r.name)));
        item->setCheckState(kName, checked.contains(dir) ? Qt::Checked : Qt::Unchecked);
        item->setText(
            kModel, tr("%1L × %2H × %3").arg(r.model.layers).arg(r.model.heads).arg(r.model.embed));
        const qint64 steps = r.hasSummary ? r.summary.steps : -1;
        item->setText(kSteps, steps >= 0 ? QString::number(steps) : tr("?"));
        item->setData(kSteps, Qt::UserRole, steps);
        item->setText(kValLoss, r.hasSummary && std::isfinite(r.summary.finalValLoss)
                                    ? QString::number(r.summary.finalValLoss, 'f', 4)
                                    : QString());
        item->setText(kCorpus, QString::fromStdString(r.corpusName));
        item->setToolTip(
            kName, tr("%1\ncreated %2\n%3 parameters, %4 of %5 steps%6")
                       .arg(dir, QString::fromStdString(r.created))
                       .arg(QString::fromStdString(formatCount(r.parameters)))
                       .arg(r.hasSummary ? QString::number(r.summary.steps) : tr("?"))
                       .arg(r.train.iters)
                       .arg(r.hasSummary ? (r.summary.stopped ? tr(", stopped early") : QString())
                                         : tr(", unfinished")));
        if (dir == activeRun_) {
            QFont f = item->font(kName);
            f.setBold(true);
            for (int c = 0; c < kColumns; ++c) item->setFont(c, f);
        }
        if (dir == selected) item->setSelected(true);
    }
    tree_->setSortingEnabled(true);
    filling_ = false;
    updateButtons();
}

void RunsPanel::setActiveRun(const QString& dir) {
    activeRun_ = dir;
    refresh();
}

QString RunsPanel::selectedRunDir() const {
    const auto items = tree_->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(kName, kDirRole).toString();
}

int RunsPanel::runCount() const {
    return tree_->topLevelItemCount();
}

void RunsPanel::updateButtons() {
    const QString dir = selectedRunDir();
    const bool any = !dir.isEmpty();
    open_->setEnabled(any);
    continue_->setEnabled(any && dir != activeRun_);
    reveal_->setEnabled(any);
    delete_->setEnabled(any && dir != activeRun_);
}

void RunsPanel::openSelected() {
    const QString dir = selectedRunDir();
    if (dir.isEmpty()) return;
    try {
        Q_EMIT runOpened(loadRun(dir.toStdString()));
    } catch (const lmw::Error& e) {
        Q_EMIT errorOccurred(messageOf(e));
    }
}

void RunsPanel::continueSelected() {
    const QString dir = selectedRunDir();
    if (dir.isEmpty()) return;
    try {
        const RunRecord r = loadRun(dir.toStdString());
        if (!r.hasCheckpoint) {
            Q_EMIT errorOccurred(tr("The run '%1' has no checkpoint to continue from.")
                                     .arg(QString::fromStdString(r.name)));
            return;
        }
        Q_EMIT continueRequested(r);
    } catch (const lmw::Error& e) {
        Q_EMIT errorOccurred(messageOf(e));
    }
}

void RunsPanel::deleteSelected() {
    const QString dir = selectedRunDir();
    if (dir.isEmpty() || dir == activeRun_) return;
    const auto answer = QMessageBox::question(this, tr("Delete run"),
                                              tr("Delete the run '%1' and its checkpoint? It is "
                                                 "moved to the trash when the system has one.")
                                                  .arg(QDir(dir).dirName()));
    if (answer != QMessageBox::Yes) return;
    Q_EMIT overlayToggled(dir, false);
    if (!QFile::moveToTrash(dir) && !QDir(dir).removeRecursively())
        Q_EMIT errorOccurred(tr("Could not delete '%1'.").arg(dir));
    refresh();
}

}  // namespace lmw::ui
