// PNG, SVG and CSV export of attention maps.
#include "attention/attention_exporter.h"

#include "attention/attention_heatmap.h"

#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <charconv>
#include <cmath>

namespace lmw::ui {

namespace {

void setError(QString* error, const QString& text) {
    if (error) *error = text;
}

/// Shortest text that reads back as the same float.
void appendFloat(QByteArray& out, float v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, int(r.ptr - buf));
}

}  // namespace

QString AttentionExporter::csvField(const QString& text) {
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote) return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString AttentionExporter::csvHeader() {
    return QStringLiteral("kind,layer,head,query,key,query_token,key_token,weight,masked");
}

bool AttentionExporter::writeCsv(const std::vector<const AttentionMap*>& maps, const QString& path,
                                 QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    QByteArray chunk = csvHeader().toUtf8() + "\r\n";
    for (const AttentionMap* m : maps) {
        const QByteArray kind = csvField(QString::fromStdString(m->kind)).toUtf8();
        std::vector<QByteArray> queryTokens(std::size_t(m->queries));
        std::vector<QByteArray> keyTokens(std::size_t(m->keys));
        for (int q = 0; q < m->queries; ++q) {
            const std::string t = q < int(m->queryTokens.size()) ? m->queryTokens[q] : "";
            queryTokens[std::size_t(q)] = csvField(QString::fromStdString(t)).toUtf8();
        }
        for (int k = 0; k < m->keys; ++k) {
            const std::string t = k < int(m->keyTokens.size()) ? m->keyTokens[k] : "";
            keyTokens[std::size_t(k)] = csvField(QString::fromStdString(t)).toUtf8();
        }
        const bool complete = m->weights.size() >= std::size_t(m->heads) * m->queries * m->keys;
        for (int h = 0; h < m->heads; ++h) {
            const QByteArray prefix =
                kind + ',' + QByteArray::number(m->layer) + ',' + QByteArray::number(h) + ',';
            for (int q = 0; q < m->queries; ++q) {
                for (int k = 0; k < m->keys; ++k) {
                    const bool masked = m->masked(q, k);
                    chunk += prefix;
                    chunk += QByteArray::number(q) + ',' + QByteArray::number(k) + ',';
                    chunk += queryTokens[std::size_t(q)] + ',' + keyTokens[std::size_t(k)] + ',';
                    appendFloat(chunk, masked || !complete ? 0.0F : m->weight(h, q, k));
                    chunk += masked ? ",1\r\n" : ",0\r\n";
                }
                if (chunk.size() > (1 << 20)) {
                    file.write(chunk);
                    chunk.clear();
                }
            }
        }
    }
    file.write(chunk);
    if (!file.commit()) {
        setError(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

QRectF AttentionExporter::exportRect(const AttentionHeatmap& heatmap, const QSize& size) {
    const QRectF content = heatmap.contentRect(QRectF(QPointF(0, 0), QSizeF(size)));
    return QRectF(content.topLeft(),
                  QSizeF(std::ceil(content.width()), std::ceil(content.height())));
}

QImage AttentionExporter::renderImage(const AttentionHeatmap& heatmap, const QSize& size,
                                      double scale) {
    const QRectF area = exportRect(heatmap, size);
    QImage image(QSize(qRound(area.width() * scale), qRound(area.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.translate(-area.topLeft());
    heatmap.paintView(p, QRectF(QPointF(0, 0), QSizeF(size)), false);
    p.end();
    return image;
}

bool AttentionExporter::writePng(const AttentionHeatmap& heatmap, const QSize& size,
                                 const QString& path, QString* error) {
    const QImage image = renderImage(heatmap, size, kPngScale);
    if (!image.save(path, "PNG")) {
        setError(error, tr("Cannot write the image %1.").arg(path));
        return false;
    }
    return true;
}

bool AttentionExporter::writeSvg(const AttentionHeatmap& heatmap, const QSize& size,
                                 const QString& path, QString* error) {
    const QRectF area = exportRect(heatmap, size);
    const QSize out = area.size().toSize();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(out);
    svg.setViewBox(QRect(QPoint(0, 0), out));
    svg.setResolution(heatmap.logicalDpiX());
    // QSvgGenerator writes the title and description verbatim: escape them for XML.
    svg.setTitle(
        (heatmap.title().isEmpty() ? tr("Attention map") : heatmap.title()).toHtmlEscaped());
    svg.setDescription(tr("Attention weights drawn by LLM Workbench").toHtmlEscaped());
    QPainter p;
    if (!p.begin(&svg)) {
        setError(error, tr("Cannot write the drawing %1.").arg(path));
        return false;
    }
    p.translate(-area.topLeft());
    heatmap.paintView(p, QRectF(QPointF(0, 0), QSizeF(size)), true);
    if (!p.end()) {
        setError(error, tr("Cannot write the drawing %1.").arg(path));
        return false;
    }
    return true;
}

}  // namespace lmw::ui
