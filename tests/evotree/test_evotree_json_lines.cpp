// Tests of JsonLineIndex: JSON paths mapped to the lines where they start.
#include "evotree/evotree_json_lines.h"

#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeJsonLines : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysAndElements() {
        const QByteArray json =
            "{\n"                                          // 1
            "  \"title\": \"x\",\n"                        // 2
            "  \"nodes\": [\n"                             // 3
            "    {\"name\": \"A\",\n"                      // 4
            "     \"tags\": [\"p\",\n"                     // 5
            "              \"q\"],\n"                      // 6
            "     \"layout\": {\"x\": 1}},\n"              // 7
            "    {\"name\": \"B\\\"\", \"year\": 2024}\n"  // 8
            "  ]\n"
            "}\n";
        const JsonLineIndex idx(json);
        QCOMPARE(idx.line(QStringLiteral("title")), 2);
        QCOMPARE(idx.line(QStringLiteral("nodes")), 3);
        QCOMPARE(idx.line(QStringLiteral("nodes[0]")), 4);
        QCOMPARE(idx.line(QStringLiteral("nodes[0].name")), 4);
        QCOMPARE(idx.line(QStringLiteral("nodes[0].tags[1]")), 6);
        QCOMPARE(idx.line(QStringLiteral("nodes[0].layout.x")), 7);
        QCOMPARE(idx.line(QStringLiteral("nodes[1]")), 8);
        QCOMPARE(idx.line(QStringLiteral("nodes[1].year")), 8);
        QCOMPARE(idx.line(QStringLiteral("nodes[2]")), 0);
        // Unknown leaf: the closest known parent.
        QCOMPARE(idx.lineNear(QStringLiteral("nodes[1].missing")), 8);
        QCOMPARE(idx.lineNear(QStringLiteral("nodes[0].layout.y")), 7);
    }

    void bareArrayAndBrokenInput() {
        const JsonLineIndex arr("[\n{\"a\": 1},\n{\"a\": 2}\n]");
        QCOMPARE(arr.line(QStringLiteral("[1].a")), 3);
        const JsonLineIndex broken("{\"nodes\": [ {\"name\": \n\"unterminated");
        QCOMPARE(broken.line(QStringLiteral("nodes[0].name")), 1);
        const JsonLineIndex garbage(QByteArray("\x01\x02}}]]::,,", 11));
        QCOMPARE(garbage.line(QStringLiteral("x")), 0);
    }

    void deepLongKeysStayCheap() {
        // 1,000 nested objects under 4,000-character keys (4 MB): recording every prefix would
        // hold gigabytes of paths; paths past 512 characters are not recorded at all.
        const QByteArray key(4000, 'k');
        QByteArray deep;
        for (int i = 0; i < 1000; ++i) deep += "{\"" + key + QByteArray::number(i) + "\":";
        deep += "1" + QByteArray(1000, '}');
        const JsonLineIndex index(deep);
        QCOMPARE(index.pathCount(), 0);
        // Short keys nested deeply are recorded until their path reaches the limit.
        QByteArray nested = "{\"nodes\": [";
        for (int i = 0; i < 300; ++i) nested += "{\"ab\":";
        nested += "1" + QByteArray(300, '}') + "]}";
        const JsonLineIndex shallow(nested);
        QCOMPARE(shallow.line(QStringLiteral("nodes[0].ab.ab")), 1);
        QVERIFY(shallow.pathCount() > 100 && shallow.pathCount() < 200);
    }

    void offsets() {
        const QByteArray text = "ab\ncd\nef";
        int column = 0;
        QCOMPARE(JsonLineIndex::lineOfOffset(text, 0, &column), 1);
        QCOMPARE(column, 1);
        QCOMPARE(JsonLineIndex::lineOfOffset(text, 4, &column), 2);
        QCOMPARE(column, 2);
        QCOMPARE(JsonLineIndex::lineOfOffset(text, 999, &column), 3);
    }
};

QTEST_MAIN(TestEvoTreeJsonLines)
#include "test_evotree_json_lines.moc"
