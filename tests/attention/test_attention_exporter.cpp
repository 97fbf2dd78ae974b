// Tests of AttentionExporter: the PNG decodes at the requested size and scale, the SVG parses
// and draws, the CSV holds one row per layer, head, query and key (plus a header) whose values
// read back exactly, with masked cells flagged and tokens quoted where needed.
#include "attention/attention_exporter.h"
#include "attention/attention_heatmap.h"

#include "attention_fixtures.h"

#include <QFile>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <map>
#include <tuple>

using namespace lmw;
using namespace lmw::ui;

namespace {

/// Splits one CSV record (RFC 4180 quoting) into fields.
QStringList parseCsvLine(const QString& line) {
    QStringList out;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

/// Records of a CSV file; quoted line breaks stay inside their field.
QList<QStringList> readCsv(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QString record;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('"')) quoted = !quoted;
        if (!quoted && c == QLatin1Char('\r')) continue;
        if (!quoted && c == QLatin1Char('\n')) {
            rows << parseCsvLine(record);
            record.clear();
            continue;
        }
        record += c;
    }
    if (!record.isEmpty()) rows << parseCsvLine(record);
    return rows;
}

std::vector<const AttentionMap*> pointers(const std::vector<AttentionMap>& maps) {
    std::vector<const AttentionMap*> out;
    for (const AttentionMap& m : maps) out.push_back(&m);
    return out;
}

}  // namespace

class TestAttentionExporter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void pngDecodesAtSize() {
        AttentionHeatmap heatmap;
        heatmap.setMap(test::randomMap("causal", 0, 2, 12, 12, true, 5), 1);
        heatmap.setTitle(QStringLiteral("Causal self-attention · Layer 1 · Head 2"));
        const QString path = dir_.filePath(QStringLiteral("map.png"));
        QString error;
        QVERIFY2(AttentionExporter::writePng(heatmap, QSize(900, 760), path, &error),
                 qPrintable(error));
        QImage img;
        QVERIFY(img.load(path, "PNG"));
        // Cropped to what is drawn, at the PNG scale of 2: a square map leaves no wide margins
        // but keeps its title, labels and legend.
        const QRectF area = AttentionExporter::exportRect(heatmap, QSize(900, 760));
        QCOMPARE(img.size(), QSize(qRound(area.width() * 2), qRound(area.height() * 2)));
        QVERIFY(area.width() > 400 && area.width() <= 900);
        QVERIFY(area.height() > 400 && area.height() <= 760);
        const QRectF cells = heatmap.contentRect(QRectF(0, 0, 900, 760));
        QCOMPARE(cells, area);
        const QImage direct = AttentionExporter::renderImage(heatmap, QSize(900, 760), 1.0);
        QCOMPARE(direct.size(), area.size().toSize());
        // Not blank: many pixels in the palette's blues.
        int coloured = 0;
        for (int y = 0; y < direct.height(); y += 3) {
            for (int x = 0; x < direct.width(); x += 3) {
                const QColor c = direct.pixelColor(x, y);
                if (c.blue() > c.red() + 40) ++coloured;
            }
        }
        QVERIFY2(coloured > 500, qPrintable(QString::number(coloured)));
        QVERIFY(!AttentionExporter::writePng(
            heatmap, QSize(900, 760), dir_.filePath(QStringLiteral("no/such/dir/x.png")), &error));
        QVERIFY(!error.isEmpty());
    }

    void svgParses() {
        AttentionHeatmap heatmap;
        AttentionMap map =
            test::randomMap("causal", 0, 1, 10, 10, true, 2,
                            {"a", "<b>", "&", "\"q\"", "e", "f", "g", "h", "i", "j"});
        map.keyPadding.back() = true;
        heatmap.setMap(map, 0);
        heatmap.setTitle(QStringLiteral("Title with <angle> & ampersand"));
        const QString path = dir_.filePath(QStringLiteral("map.svg"));
        QString error;
        QVERIFY2(AttentionExporter::writeSvg(heatmap, QSize(800, 700), path, &error),
                 qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int rects = 0;
        int texts = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("rect")) ++rects;
            if (xml.isStartElement() && xml.name() == QLatin1String("text")) ++texts;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(rects > 10);   // cells drawn as vector rectangles
        QVERIFY(texts >= 20);  // token labels on both axes
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        const QRectF area = AttentionExporter::exportRect(heatmap, QSize(800, 700));
        QCOMPARE(renderer.viewBox(), QRect(QPoint(0, 0), area.size().toSize()));
        // Drawn, the hatching stays inside the cells: the corners are the white page.
        QImage drawn(renderer.viewBox().size(), QImage::Format_ARGB32);
        drawn.fill(Qt::white);
        QPainter painter(&drawn);
        renderer.render(&painter);
        painter.end();
        QCOMPARE(drawn.pixel(drawn.width() - 3, drawn.height() - 3), qRgb(255, 255, 255));
        QCOMPARE(drawn.pixel(drawn.width() - 3, 3), qRgb(255, 255, 255));
        // Cells the model could see show their colour, with no hatching drawn over them.
        heatmap.resize(800, 700);
        for (const auto& [q, k] : {std::pair{9, 0}, {5, 2}, {7, 7}, {3, 1}}) {
            const QPoint at = (heatmap.cellRect(q, k).center() - area.topLeft()).toPoint();
            const QColor got = drawn.pixelColor(at);
            const QColor want = QColor::fromRgba(heatmap.cellImage().pixel(k, q));
            QVERIFY2(
                qAbs(got.red() - want.red()) + qAbs(got.green() - want.green()) +
                        qAbs(got.blue() - want.blue()) <=
                    6,
                qPrintable(
                    QStringLiteral("%1,%2: %3 vs %4").arg(q).arg(k).arg(got.name(), want.name())));
        }
    }

    void largeSvgFallsBackToImage() {
        AttentionHeatmap heatmap;
        heatmap.setMap(test::randomMap("causal", 0, 1, 200, 200, true, 2), 0);
        const QString path = dir_.filePath(QStringLiteral("large.svg"));
        QVERIFY(AttentionExporter::writeSvg(heatmap, QSize(900, 800), path));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QVERIFY(QFileInfo(path).size() < 20 * 1024 * 1024);
    }

    void csvHasOneRowPerCell() {
        const AttentionSnapshot s = test::causalSnapshot(3, 3, 2, 5);
        const QString path = dir_.filePath(QStringLiteral("w.csv"));
        QString error;
        QVERIFY2(AttentionExporter::writeCsv(pointers(s.maps), path, &error), qPrintable(error));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 1 + 3 * 2 * 5 * 5);
        QCOMPARE(rows[0].join(QLatin1Char(',')), AttentionExporter::csvHeader());
        const QStringList header = rows[0];
        const int iLayer = int(header.indexOf(QStringLiteral("layer")));
        const int iHead = int(header.indexOf(QStringLiteral("head")));
        const int iQuery = int(header.indexOf(QStringLiteral("query")));
        const int iKey = int(header.indexOf(QStringLiteral("key")));
        const int iWeight = int(header.indexOf(QStringLiteral("weight")));
        const int iMasked = int(header.indexOf(QStringLiteral("masked")));
        const int iQTok = int(header.indexOf(QStringLiteral("query_token")));
        const int iKTok = int(header.indexOf(QStringLiteral("key_token")));
        QVERIFY(iLayer >= 0 && iHead >= 0 && iQuery >= 0 && iKey >= 0 && iWeight >= 0 &&
                iMasked >= 0 && iQTok >= 0 && iKTok >= 0);
        std::map<std::tuple<int, int, int, int>, float> seen;
        for (int r = 1; r < rows.size(); ++r) {
            const QStringList& row = rows[r];
            QCOMPARE(row.size(), header.size());
            const int l = row[iLayer].toInt();
            const int h = row[iHead].toInt();
            const int q = row[iQuery].toInt();
            const int k = row[iKey].toInt();
            bool ok = false;
            const float w = row[iWeight].toFloat(&ok);
            QVERIFY(ok);
            // Values round-trip exactly (shortest float text).
            QCOMPARE(w, s.maps[std::size_t(l)].weight(h, q, k));
            QCOMPARE(row[iMasked], k > q ? QStringLiteral("1") : QStringLiteral("0"));
            QCOMPARE(row[iQTok], QStringLiteral("q%1").arg(q));
            QCOMPARE(row[iKTok], QStringLiteral("k%1").arg(k));
            seen[{l, h, q, k}] = w;
        }
        QCOMPARE(int(seen.size()), 3 * 2 * 5 * 5);  // every cell exactly once
    }

    void csvCrossAttentionAndQuoting() {
        AttentionSnapshot s = test::bartSnapshot(0, 1, 2, 4, 3);
        AttentionMap& cross = s.maps[2];
        QCOMPARE(cross.kind, std::string("cross"));
        cross.queryTokens = {"a,b", "say \"hi\"", " lead"};
        cross.keyTokens = {"line\nbreak", "x", "y", "z"};
        cross.keyPadding = {false, false, false, true};
        const QString path = dir_.filePath(QStringLiteral("cross.csv"));
        QVERIFY(AttentionExporter::writeCsv({&cross}, path));
        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), 1 + 2 * 3 * 4);
        const QStringList& first = rows[1];  // head 0, query 0, key 0
        QCOMPARE(first[0], QStringLiteral("cross"));
        QCOMPARE(first[5], QStringLiteral("a,b"));
        QCOMPARE(first[6], QStringLiteral("line\nbreak"));
        QCOMPARE(rows[1 + 4][5], QStringLiteral("say \"hi\""));
        QCOMPARE(rows[1 + 8][5], QStringLiteral(" lead"));
        // Padding keys are masked and written as 0; the others carry their weight.
        QCOMPARE(rows[4][4], QStringLiteral("3"));
        QCOMPARE(rows[4][8], QStringLiteral("1"));
        QCOMPARE(rows[4][7].toFloat(), 0.0F);
        QCOMPARE(rows[3][8], QStringLiteral("0"));
        QCOMPARE(rows[3][7].toFloat(), cross.weight(0, 0, 2));
    }

    void csvFieldQuoting() {
        QCOMPARE(AttentionExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(AttentionExporter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(AttentionExporter::csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(AttentionExporter::csvField(QStringLiteral(" ")), QStringLiteral("\" \""));
    }

    void csvUnwritablePathFails() {
        const AttentionSnapshot s = test::causalSnapshot(3, 1, 1, 3);
        QString error;
        QVERIFY(!AttentionExporter::writeCsv(
            pointers(s.maps), dir_.filePath(QStringLiteral("no/such/w.csv")), &error));
        QVERIFY(!error.isEmpty());
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(TestAttentionExporter)
#include "test_attention_exporter.moc"
