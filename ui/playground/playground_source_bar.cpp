// The Playground's source row: open, recent models, reload, export.
#include "playground/playground_source_bar.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace lmw::ui {

namespace {
const char* const kRecentKey = "playground/recent";
const char* const kOpenDirKey = "playground/openDir";
const char* const kExportDirKey = "export/dir";
}  // namespace

PlaygroundSourceBar::PlaygroundSourceBar(QWidget* parent) : QWidget(parent) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    open_ = new QToolButton(this);
    open_->setText(tr("&Open model"));
    open_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    open_->setPopupMode(QToolButton::MenuButtonPopup);
    open_->setToolTip(
        tr("Open a run folder (Ctrl+O); the arrow also offers a single checkpoint file."));
    auto* openMenu = new QMenu(open_);
    openMenu->addAction(tr("Run &folder..."), this, &PlaygroundSourceBar::openFolderDialog);
    openMenu->addAction(tr("Checkpoint &file..."), this, &PlaygroundSourceBar::openFileDialog);
    open_->setMenu(openMenu);
    connect(open_, &QToolButton::clicked, this, &PlaygroundSourceBar::openFolderDialog);
    recent_ = new QComboBox(this);
    recent_->setObjectName(QStringLiteral("recent"));
    recent_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    recent_->setMinimumContentsLength(30);
    recent_->setToolTip(tr("Models opened before: pick one to open it again."));
    connect(recent_, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QString path = recent_->itemData(index).toString();
        if (!path.isEmpty()) Q_EMIT openRequested(path);
    });
    reload_ = new QPushButton(tr("&Reload"), this);
    reload_->setToolTip(
        tr("Load the model again from its source (F5): a run being trained gives its latest "
           "weights."));
    reload_->setEnabled(false);
    connect(reload_, &QPushButton::clicked, this, &PlaygroundSourceBar::reloadRequested);
    export_ = new QToolButton(this);
    export_->setText(tr("E&xport"));
    export_->setPopupMode(QToolButton::InstantPopup);
    export_->setToolTip(
        tr("Copy or save what the current mode shows: its text, or a PNG picture."));
    auto* exportMenu = new QMenu(export_);
    exportMenu->addAction(tr("&Copy text"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                          &PlaygroundSourceBar::copyRequested);
    exportMenu->addAction(tr("Save &text..."), this, &PlaygroundSourceBar::saveTextDialog);
    exportMenu->addAction(tr("Save &picture (PNG)..."), this,
                          &PlaygroundSourceBar::savePictureDialog);
    export_->setMenu(exportMenu);
    row->addWidget(open_);
    row->addWidget(recent_, 1);
    row->addWidget(reload_);
    row->addStretch();
    row->addWidget(export_);
    refreshRecent();
}

QStringList PlaygroundSourceBar::recentSources() {
    return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void PlaygroundSourceBar::rememberRecent(const QString& path) {
    QStringList list = recentSources();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(QLatin1String(kRecentKey), list);
    refreshRecent();
}

void PlaygroundSourceBar::refreshRecent() {
    recent_->clear();
    const QStringList list = recentSources();
    recent_->addItem(list.isEmpty() ? tr("No recent models") : tr("Recent models..."), QString());
    for (const QString& path : list) {
        const QFileInfo fi(path);
        const QString name =
            fi.isDir() ? fi.fileName() : fi.dir().dirName() + QLatin1Char('/') + fi.fileName();
        recent_->addItem(QStringLiteral("%1  —  %2").arg(name, QDir::toNativeSeparators(path)),
                         path);
        recent_->setItemData(recent_->count() - 1, QDir::toNativeSeparators(path), Qt::ToolTipRole);
    }
    recent_->setCurrentIndex(0);
}

void PlaygroundSourceBar::setReloadEnabled(bool enabled) {
    reload_->setEnabled(enabled);
}

QString PlaygroundSourceBar::openStart() {
    QSettings s;
    return s
        .value(QLatin1String(kOpenDirKey), s.value(QStringLiteral("workspace"), QDir::homePath()))
        .toString();
}

void PlaygroundSourceBar::openFolderDialog() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Open a run folder or a Hugging Face GPT-2 folder"), openStart());
    if (dir.isEmpty()) return;
    QSettings().setValue(QLatin1String(kOpenDirKey), QFileInfo(dir).absolutePath());
    Q_EMIT openRequested(dir);
}

void PlaygroundSourceBar::openFileDialog() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open a checkpoint"), openStart(),
                                     tr("Checkpoints (*.pt *.ckpt *.bin);;All files (*)"));
    if (file.isEmpty()) return;
    QSettings().setValue(QLatin1String(kOpenDirKey), QFileInfo(file).absolutePath());
    Q_EMIT openRequested(file);
}

void PlaygroundSourceBar::saveTextDialog() {
    QSettings s;
    const QString dir = s.value(QLatin1String(kExportDirKey), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the text"), QDir(dir).filePath(QStringLiteral("playground.txt")),
        tr("Text (*.txt)"));
    if (path.isEmpty()) return;
    s.setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    Q_EMIT saveTextRequested(path);
}

void PlaygroundSourceBar::savePictureDialog() {
    QSettings s;
    const QString dir = s.value(QLatin1String(kExportDirKey), QDir::homePath()).toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the picture"), QDir(dir).filePath(QStringLiteral("playground.png")),
        tr("PNG image (*.png)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".png");
    s.setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    Q_EMIT savePictureRequested(path);
}

}  // namespace lmw::ui
