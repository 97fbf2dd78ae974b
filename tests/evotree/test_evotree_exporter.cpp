// Tests of EvoTreeExporter: the PNG decodes at the expected size with real content, the SVG
// parses and holds the models' names, and unwritable paths fail with a message.
#include "evotree/evotree_exporter.h"
#include "evotree/evotree_scene.h"

#include <QFile>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeExporter : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(model_.loadBuiltIn().ok()); }

    void png() {
        EvoTreeScene scene(&model_);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tree.png"));
        QString error;
        QVERIFY2(EvoTreeExporter::exportPng(&scene, path, 1.0, &error), qPrintable(error));
        QImage img;
        QVERIFY(img.load(path, "PNG"));
        QCOMPARE(img.width(), qCeil(scene.sceneRect().width()));
        QVERIFY(img.height() > 1000);
        // Not blank: the decoder-only blue appears.
        int blue = 0;
        for (int y = 0; y < img.height(); y += 3) {
            for (int x = 0; x < img.width(); x += 3) {
                const QColor c = img.pixelColor(x, y);
                if (qAbs(c.red() - 0x85) < 8 && qAbs(c.green() - 0x97) < 8 &&
                    qAbs(c.blue() - 0xB1) < 8)
                    ++blue;
            }
        }
        QVERIFY2(blue > 500, qPrintable(QString::number(blue)));
        // Twice the scale, twice the pixels.
        const QImage big = EvoTreeExporter::renderImage(&scene, 2.0);
        QVERIFY(qAbs(big.width() - 2 * img.width()) <= 2);
    }

    void svg() {
        EvoTreeScene scene(&model_);
        scene.setVersion(QStringLiteral("v3"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tree.svg"));
        QString error;
        QVERIFY2(EvoTreeExporter::exportSvg(&scene, path, &error), qPrintable(error));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().width() > 1000);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int elements = 0;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) ++elements;
            if (xml.isCharacters()) text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 200);
        QVERIFY(text.contains(QStringLiteral("LLaMA-2-Chat")));  // vector text, not pixels
        QVERIFY(text.contains(QStringLiteral("Bard / PaLM 2")));
    }

    void failures() {
        EvoTreeScene scene(&model_);
        QString error;
        QVERIFY(!EvoTreeExporter::exportPng(&scene, QStringLiteral("/nonexistent/dir/a.png"), 1.0,
                                            &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(
            !EvoTreeExporter::exportSvg(&scene, QStringLiteral("/nonexistent/dir/a.svg"), &error));
        QVERIFY(error.contains(QStringLiteral("a.svg")));
        QVERIFY(!EvoTreeExporter::exportPng(nullptr, QStringLiteral("x.png"), 1.0, &error));
        QVERIFY(EvoTreeExporter::renderImage(nullptr).isNull());
    }
};

QTEST_MAIN(TestEvoTreeExporter)
#include "test_evotree_exporter.moc"
