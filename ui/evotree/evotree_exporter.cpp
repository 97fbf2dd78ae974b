// PNG and SVG export of the evolutionary tree.
#include "evotree/evotree_exporter.h"

#include <QFile>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

namespace lmw::ui {

QImage EvoTreeExporter::renderImage(QGraphicsScene* scene, double scale) {
    if (!scene) return {};
    const QRectF source = scene->sceneRect();
    if (source.isEmpty()) return {};
    const double maxSide = qMax(source.width(), source.height());
    const double s = qBound(0.05, scale, kMaxPngSide / maxSide);
    const QSize size(qCeil(source.width() * s), qCeil(source.height() * s));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) return {};
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                     QPainter::SmoothPixmapTransform);
    scene->render(&p, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    p.end();
    return image;
}

bool EvoTreeExporter::exportPng(QGraphicsScene* scene, const QString& path, double scale,
                                QString* error) {
    const QImage image = renderImage(scene, scale);
    if (image.isNull()) {
        if (error) *error = tr("There is nothing to export.");
        return false;
    }
    if (!image.save(path, "PNG")) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool EvoTreeExporter::exportSvg(QGraphicsScene* scene, const QString& path, QString* error) {
    if (!scene || scene->sceneRect().isEmpty()) {
        if (error) *error = tr("There is nothing to export.");
        return false;
    }
    {
        // Fail early with a clear message when the file cannot be created.
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly)) {
            if (error) *error = tr("Could not write %1: %2").arg(path, probe.errorString());
            return false;
        }
    }
    const QRectF source = scene->sceneRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Evolutionary tree of LLMs"));
    svg.setDescription(tr("Exported from LLM Workbench"));
    QPainter p;
    if (!p.begin(&svg)) {
        if (error) *error = tr("Could not write %1.").arg(path);
        return false;
    }
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene->render(&p, QRectF(QPointF(0, 0), source.size()), source, Qt::KeepAspectRatio);
    p.end();
    return true;
}

}  // namespace lmw::ui
