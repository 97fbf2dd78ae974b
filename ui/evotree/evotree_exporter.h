// Saves the tree scene as a PNG (rendered at a chosen scale) or as an SVG (vector, crisp at
// any size). What is exported is what the tree shows: version, fading and highlights.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

class QGraphicsScene;

namespace lmw::ui {

class EvoTreeExporter {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::EvoTreeExporter)

public:
    static constexpr double kDefaultPngScale = 2.0;
    static constexpr int kMaxPngSide = 16000;

    /// The whole scene as an image; `scale` is clamped so no side exceeds kMaxPngSide.
    static QImage renderImage(QGraphicsScene* scene, double scale = kDefaultPngScale);
    static bool exportPng(QGraphicsScene* scene, const QString& path,
                          double scale = kDefaultPngScale, QString* error = nullptr);
    static bool exportSvg(QGraphicsScene* scene, const QString& path, QString* error = nullptr);
};

}  // namespace lmw::ui
