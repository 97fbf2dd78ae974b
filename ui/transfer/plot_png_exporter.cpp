#include "transfer/plot_png_exporter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QSettings>
#include <QShortcut>
#include <QWidget>
#include <algorithm>

#include <qcustomplot.h>

#include "widgets/save_to_file.h"

namespace lmw::ui {

PlotPngExporter::PlotPngExporter(QWidget* owner, QString settingsGroup)
    : QObject(owner), owner_(owner), group_(std::move(settingsGroup)) {
    auto* saveAll = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), owner_);
    saveAll->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAll, &QShortcut::activated, this, &PlotPngExporter::chooseFolder);
}

void PlotPngExporter::add(QWidget* plot, const QString& fileName) {
    plots_.emplace_back(plot, fileName);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot](const QPoint& at) {
        QMenu menu(plot);
        connect(menu.addAction(tr("Save as &PNG…")), &QAction::triggered, this,
                [this, plot] { choosePng(plot); });
        connect(menu.addAction(tr("Save &all plots as PNG…")), &QAction::triggered, this,
                &PlotPngExporter::chooseFolder);
        menu.exec(plot->mapToGlobal(at));
    });
    plot->setToolTip(plot->toolTip() + tr(" Right-click to save it as PNG."));
}

bool PlotPngExporter::savePng(QWidget* plot, const QString& path) {
    auto* custom = qobject_cast<QCustomPlot*>(plot);
    // A plot that was never laid out on screen has a tiny default size: draw it at a readable one.
    QSize size = plot->size();
    if (!plot->isVisible() || size.width() < 200 || size.height() < 100) {
        const QSize hint = plot->sizeHint().expandedTo(plot->minimumSize());
        // Widgets that paint themselves fit their content and need less room than axes do.
        size = custom ? QSize(std::max(640, hint.width()), std::max(400, hint.height()))
                      : QSize(std::max(480, hint.width()), std::max(200, hint.height()));
    }
    const double scale = 2.0;
    if (custom) return custom->savePng(path, size.width(), size.height(), scale);
    const QSize before = plot->size();
    const bool resized = before != size;
    if (resized) plot->resize(size);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(plot->palette().color(QPalette::Window));
    plot->render(&image, QPoint(), QRegion(), QWidget::DrawChildren);
    if (resized) plot->resize(before);
    return image.save(path, "PNG");
}

QStringList PlotPngExporter::saveAll(const QString& folder) const {
    if (!QDir().mkpath(folder)) return {};
    QStringList written;
    for (const auto& [plot, fileName] : plots_) {
        const QString path = QDir(folder).filePath(fileName);
        if (!savePng(plot, path)) return {};
        written << path;
    }
    return written;
}

QString PlotPngExporter::fileNameOf(const QWidget* plot) const {
    for (const auto& [p, fileName] : plots_)
        if (p == plot) return fileName;
    return QStringLiteral("plot.png");
}

void PlotPngExporter::choosePng(QWidget* plot) {
    QSettings s;
    s.beginGroup(group_);
    const QString start = QDir(s.value(QStringLiteral("pngFolder"), QDir::homePath()).toString())
                              .filePath(fileNameOf(plot));
    QString path;
    const QString message = saveThroughDialog(
        owner_, tr("Save the plot as PNG"), start, tr("PNG image (*.png)"), SavedThing::Plot,
        [plot](const QString& file) { return savePng(plot, file); }, &path);
    if (message.isEmpty()) return;
    s.setValue(QStringLiteral("pngFolder"), QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(message);
}

void PlotPngExporter::chooseFolder() {
    QSettings s;
    s.beginGroup(group_);
    const QString folder = QFileDialog::getExistingDirectory(
        owner_, tr("Save every plot as PNG into"),
        s.value(QStringLiteral("pngFolder"), QDir::homePath()).toString());
    if (folder.isEmpty()) return;
    s.setValue(QStringLiteral("pngFolder"), folder);
    const QStringList written = saveAll(folder);
    Q_EMIT statusMessage(
        written.isEmpty()
            ? tr("Could not write the plots into %1.").arg(QDir::toNativeSeparators(folder))
            : tr("%1 plots saved to %2.")
                  .arg(written.size())
                  .arg(QDir::toNativeSeparators(folder)));
}

}  // namespace lmw::ui
