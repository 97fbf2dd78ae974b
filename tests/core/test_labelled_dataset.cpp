// Labelled datasets: CSV/TSV quoting, JSON Lines, TREC, UTF-8 and Chinese, header detection,
// column choice, malformed rows skipped with line numbers or refused, label alignment, splits.
#include <QElapsedTimer>
#include <QtTest>

#include "api/datasets.h"
#include "api/error.h"
#include "test_util.h"

using lmw::test::errorOf;

namespace {

lmw::LabelledDataset parse(const std::string& text, const std::string& name,
                           lmw::DatasetOptions o = {}) {
    return lmw::parseLabelledDataset(text, o, name);
}

std::string labelOf(const lmw::LabelledDataset& d, std::size_t i) {
    return d.labels[std::size_t(d.examples[i].label)];
}

}  // namespace

class TestLabelledDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csvWithHeaderAndQuoting();
    void csvWithoutHeaderGuessesColumns();
    void tsvAndChinese();
    void jsonLines();
    void trecCoarseAndFine();
    void latin1BytesAreRepaired();
    void malformedRowsSkippedWithLineNumbers();
    void malformedRowsRefused();
    void columnsByNameAndIndex();
    void fixedLabelOrder();
    void badInput_data();
    void badInput();
    void alignAndSplit();
    void loadsFromFile();
    void tooManyLabelsAreRefusedQuickly();
    void hostileShapesStayBounded();

private:
    QTemporaryDir dir_;
};

void TestLabelledDataset::csvWithHeaderAndQuoting() {
    const std::string csv =
        "text,label\n"
        "\"Hello, world\",pos\n"
        "\"She said \"\"no\"\"\",neg\n"
        "\"two\nlines\",pos\r\n"
        "plain text,neg\n";
    const auto d = parse(csv, "a.csv");
    QCOMPARE(d.format, lmw::DatasetFormat::Csv);
    QVERIFY(d.hadHeader);
    QCOMPARE(d.textColumn, std::string("text"));
    QCOMPARE(d.labelColumn, std::string("label"));
    QCOMPARE(d.examples.size(), std::size_t(4));
    QCOMPARE(d.examples[0].text, std::string("Hello, world"));
    QCOMPARE(d.examples[1].text, std::string("She said \"no\""));
    QCOMPARE(d.examples[2].text, std::string("two\nlines"));
    QCOMPARE(d.examples[3].text, std::string("plain text"));
    QCOMPARE(d.labels, (std::vector<std::string>{"neg", "pos"}));  // sorted by name
    QCOMPARE(labelOf(d, 0), std::string("pos"));
    QCOMPARE(labelOf(d, 1), std::string("neg"));
    QCOMPARE(d.labelCounts(), (std::vector<int>{2, 2}));
    QVERIFY(d.skipped.empty());
}

void TestLabelledDataset::csvWithoutHeaderGuessesColumns() {
    const std::string csv =
        "sport,the match ended in a draw after extra time\n"
        "politics,the vote was postponed until next week\n"
        "sport,a late goal won the cup\n"
        "politics,ministers met to discuss the budget\n";
    const auto d = parse(csv, "b.csv");
    QVERIFY(!d.hadHeader);
    QCOMPARE(d.columns, (std::vector<std::string>{"0", "1"}));
    QCOMPARE(d.labelColumn, std::string("0"));
    QCOMPARE(d.textColumn, std::string("1"));
    QCOMPARE(d.examples.size(), std::size_t(4));
    QCOMPARE(labelOf(d, 2), std::string("sport"));
    QCOMPARE(d.examples[2].text, std::string("a late goal won the cup"));
}

void TestLabelledDataset::tsvAndChinese() {
    const std::string tsv =
        "sentence\tcategory\n"
        "床前明月光，疑是地上霜。\t唐诗\n"
        "大江东去，浪淘尽，千古风流人物。\t宋词\n"
        "举头望明月，低头思故乡。\t唐诗\n";
    const auto d = parse(tsv, "poems");  // no extension: detected by the tab
    QCOMPARE(d.format, lmw::DatasetFormat::Tsv);
    QCOMPARE(d.textColumn, std::string("sentence"));
    QCOMPARE(d.labelColumn, std::string("category"));
    QCOMPARE(d.examples.size(), std::size_t(3));
    QCOMPARE(d.examples[1].text, std::string("大江东去，浪淘尽，千古风流人物。"));
    QCOMPARE(labelOf(d, 1), std::string("宋词"));
    QCOMPARE(d.repairedRows, 0);
}

void TestLabelledDataset::jsonLines() {
    const std::string jsonl =
        "{\"text\": \"good film\", \"label\": 1}\n"
        "\n"
        "{\"text\": \"dull film\", \"label\": 0, \"extra\": true}\n"
        "{\"text\": \"unicode \\u00e9t\\u00e9\", \"label\": 1}\n";
    const auto d = parse(jsonl, "c.jsonl");
    QCOMPARE(d.format, lmw::DatasetFormat::Jsonl);
    QCOMPARE(d.examples.size(), std::size_t(3));
    QCOMPARE(d.labels, (std::vector<std::string>{"0", "1"}));
    QCOMPARE(d.examples[2].text, std::string("unicode \xC3\xA9t\xC3\xA9"));
    QCOMPARE(labelOf(d, 1), std::string("0"));
    QCOMPARE(d.columns, (std::vector<std::string>{"label", "text", "extra"}));
}

void TestLabelledDataset::trecCoarseAndFine() {
    const std::string trec =
        "NUM:dist How far is it from Denver to Aspen ?\n"
        "LOC:city What county is Modesto , California in ?\n"
        "HUM:desc Who was Galileo ?\n"
        "NUM:date When did the war end ?\n";
    const auto d = parse(trec, "TREC_10.label");
    QCOMPARE(d.format, lmw::DatasetFormat::Trec);
    QCOMPARE(d.labels, (std::vector<std::string>{"HUM", "LOC", "NUM"}));
    QCOMPARE(d.examples[0].text, std::string("How far is it from Denver to Aspen ?"));
    QCOMPARE(d.labelCounts(), (std::vector<int>{1, 1, 2}));
    lmw::DatasetOptions fine;
    fine.trecFineLabels = true;
    const auto f = parse(trec, "questions", fine);  // detected from the content
    QCOMPARE(f.format, lmw::DatasetFormat::Trec);
    QCOMPARE(f.labels.size(), std::size_t(4));
    QCOMPARE(labelOf(f, 1), std::string("LOC:city"));
}

void TestLabelledDataset::latin1BytesAreRepaired() {
    const std::string trec = "HUM:ind Who wrote Caf\xE9 Society ?\nNUM:count How many ?\n";
    const auto d = parse(trec, "t.label");
    QCOMPARE(d.repairedRows, 1);
    QCOMPARE(d.examples[0].text, std::string("Who wrote Caf\xC3\xA9 Society ?"));
}

void TestLabelledDataset::malformedRowsSkippedWithLineNumbers() {
    const std::string csv =
        "text,label\n"
        "fine row,a\n"
        "too,many,columns\n"
        ",b\n"
        "no label,\n"
        "\"bad\"quote,a\n"
        "last good,b\n";
    const auto d = parse(csv, "m.csv");
    QCOMPARE(d.examples.size(), std::size_t(2));
    QCOMPARE(d.skipped.size(), std::size_t(4));
    QCOMPARE(d.skipped[0].line, 3);
    QVERIFY(QString::fromStdString(d.skipped[0].message).contains("3 columns instead of 2"));
    QCOMPARE(d.skipped[1].line, 4);
    QVERIFY(QString::fromStdString(d.skipped[1].message).contains("text is empty"));
    QCOMPARE(d.skipped[2].line, 5);
    QVERIFY(QString::fromStdString(d.skipped[2].message).contains("label is empty"));
    QCOMPARE(d.skipped[3].line, 6);
    QVERIFY(QString::fromStdString(d.skipped[3].message).contains("quote"));

    const auto j =
        parse("{\"text\":\"x\",\"label\":\"a\"}\n{broken\n[1,2]\n{\"text\":\"y\"}\n", "j.jsonl");
    QCOMPARE(j.examples.size(), std::size_t(1));
    QCOMPARE(j.skipped.size(), std::size_t(3));
    QCOMPARE(j.skipped[0].line, 2);
    QCOMPARE(j.skipped[1].line, 3);
    QCOMPARE(j.skipped[2].line, 4);

    const auto t = parse("NUM:count How many ?\nnot a trec line\n", "q.label");
    QCOMPARE(t.skipped.size(), std::size_t(1));
    QCOMPARE(t.skipped[0].line, 2);

    // An unclosed quote swallows the rest of the file: that row is reported where it starts.
    const auto u = parse("text,label\nok,a\n\"never closed,b\nmore,a\n", "u.csv");
    QCOMPARE(u.examples.size(), std::size_t(1));
    QCOMPARE(u.skipped.size(), std::size_t(1));
    QCOMPARE(u.skipped[0].line, 3);
}

void TestLabelledDataset::malformedRowsRefused() {
    lmw::DatasetOptions o;
    o.badRows = lmw::BadRowPolicy::Refuse;
    const QString e = errorOf([&] { parse("text,label\nok,a\nx,y,z\n", "r.csv", o); });
    QVERIFY2(e.contains("r.csv") && e.contains("line 3") && e.contains("columns"), qPrintable(e));
}

void TestLabelledDataset::columnsByNameAndIndex() {
    const std::string csv = "id,body,topic\n1,first text here,x\n2,second text here,y\n3,third,x\n";
    lmw::DatasetOptions o;
    o.textColumn = "BODY";  // case does not matter
    o.labelColumn = "2";    // an index
    const auto d = parse(csv, "n.csv", o);
    QCOMPARE(d.textColumn, std::string("body"));
    QCOMPARE(d.labelColumn, std::string("topic"));
    QCOMPARE(d.examples[2].text, std::string("third"));
    o.labelColumn = "missing";
    const QString e = errorOf([&] { parse(csv, "n.csv", o); });
    QVERIFY2(e.contains("no label column 'missing'") && e.contains("id, body, topic"),
             qPrintable(e));
}

void TestLabelledDataset::fixedLabelOrder() {
    lmw::DatasetOptions o;
    o.labelNames = {"pos", "neg"};
    const auto d = parse("text,label\ngood,pos\nbad,neg\nodd,meh\n", "f.csv", o);
    QCOMPARE(d.labels, (std::vector<std::string>{"pos", "neg"}));
    QCOMPARE(d.examples[0].label, 0);
    QCOMPARE(d.examples[1].label, 1);
    QCOMPARE(d.skipped.size(), std::size_t(1));
    QCOMPARE(d.skipped[0].line, 4);
}

void TestLabelledDataset::badInput_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << "e.csv"
                           << "is empty";
    QTest::newRow("blank") << QByteArray("\n \n") << "e.csv"
                           << "is empty";
    QTest::newRow("binary") << QByteArray("text,label\n\0\0\x01,a\n", 16) << "b.csv"
                            << "binary";
    QTest::newRow("one column") << QByteArray("just text\nmore text\n") << "o.csv"
                                << "one column";
    QTest::newRow("no rows") << QByteArray("text,label\n") << "h.csv"
                             << "no readable rows";
    QTest::newRow("all bad") << QByteArray("not trec\nalso not\n") << "t.label"
                             << "line 1";
    QTest::newRow("json keys") << QByteArray("{\"a\":\"x\",\"b\":\"y\"}\n") << "k.jsonl"
                               << "name them";
}

void TestLabelledDataset::badInput() {
    QFETCH(QByteArray, content);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString e = errorOf([&] { parse(content.toStdString(), name.toStdString()); });
    QVERIFY2(e.contains(expected), qPrintable(e));
    QVERIFY2(!e.contains('\n'), qPrintable(e));

    lmw::DatasetOptions small;
    small.maxBytes = 10;
    QVERIFY(errorOf([&] {
                parse("text,label\nsomething long,a\n", "big.csv", small);
            }).contains("too large"));
    QVERIFY(errorOf([] { lmw::datasetFormatFromName("xml"); }).contains("Unknown dataset format"));
}

void TestLabelledDataset::alignAndSplit() {
    auto train = parse("text,label\na,x\nb,y\nc,z\nd,x\n", "train.csv");
    auto test = parse("text,label\ne,z\nf,x\n", "test.csv");
    QCOMPARE(test.labels, (std::vector<std::string>{"x", "z"}));
    lmw::alignLabels(train, test);
    QCOMPARE(test.labels, train.labels);
    QCOMPARE(labelOf(test, 0), std::string("z"));
    QCOMPARE(test.examples[0].label, 2);
    auto other = parse("text,label\ng,w\n", "o.csv");
    QVERIFY(errorOf([&] { lmw::alignLabels(train, other); }).contains("label 'w'"));

    std::string many = "text,label\n";
    for (int i = 0; i < 100; ++i)
        many += "t" + std::to_string(i) + "," + (i % 4 == 0 ? "rare" : "common") + "\n";
    const auto all = parse(many, "many.csv");
    const auto [a, b] = lmw::splitLabelledDataset(all, 0.2, 7);
    QCOMPARE(a.examples.size() + b.examples.size(), std::size_t(100));
    QCOMPARE(b.labelCounts(), (std::vector<int>{15, 5}));  // stratified: 20% of 75 and of 25
    const auto again = lmw::splitLabelledDataset(all, 0.2, 7);
    for (std::size_t i = 0; i < b.examples.size(); ++i)
        QCOMPARE(again.second.examples[i].text, b.examples[i].text);
    const auto other7 = lmw::splitLabelledDataset(all, 0.2, 8);
    bool differs = false;
    for (std::size_t i = 0; i < b.examples.size(); ++i)
        differs |= other7.second.examples[i].text != b.examples[i].text;
    QVERIFY(differs);
}

void TestLabelledDataset::loadsFromFile() {
    QVERIFY(dir_.isValid());
    const std::string path =
        lmw::test::writeFile(dir_, "d.tsv", QByteArray("text\tlabel\nhi\ta\nho\tb\n"));
    const auto d = lmw::loadLabelledDataset(path);
    QCOMPARE(d.examples.size(), std::size_t(2));
    QCOMPARE(d.source, path);
    const QString e =
        errorOf([&] { lmw::loadLabelledDataset(dir_.filePath("missing.csv").toStdString()); });
    QVERIFY2(e.startsWith("Dataset") && e.contains("missing.csv"), qPrintable(e));
}

void TestLabelledDataset::tooManyLabelsAreRefusedQuickly() {
    // 200 000 rows with a label each: one message, within a second or two, not a hang.
    std::string csv = "text,label\n";
    for (int i = 0; i < 200000; ++i)
        csv += "row " + std::to_string(i) + ",L" + std::to_string(i) + "\n";
    QElapsedTimer clock;
    clock.start();
    try {
        lmw::parseLabelledDataset(csv, {}, "many.csv");
        QFAIL("accepted 200000 labels");
    } catch (const lmw::Error& e) {
        QVERIFY2(QString(e.what()).contains("200000 different labels"), e.what());
    }
    QVERIFY2(clock.elapsed() < 20000, qPrintable(QString::number(clock.elapsed())));
}

void TestLabelledDataset::hostileShapesStayBounded() {
    // A row of 5000 separators is malformed (its fields are not kept); the good rows remain.
    std::string csv = "text,label\nfine text,a\n" + std::string(5000, ',') + "\nmore text,b\n";
    lmw::LabelledDataset d = lmw::parseLabelledDataset(csv, {}, "wide.csv");
    QCOMPARE(d.examples.size(), std::size_t(2));
    QCOMPARE(d.skipped.size(), std::size_t(1));
    QCOMPARE(d.skipped[0].line, 3);
    QVERIFY2(QString::fromStdString(d.skipped[0].message).contains("more than 1000 columns"),
             d.skipped[0].message.c_str());

    // 5000 malformed rows: the first 1000 listed with their lines, the rest counted in one more.
    csv = "text,label\nfine text,a\nother text,b\n";
    for (int i = 0; i < 5000; ++i) csv += ",\n";
    d = lmw::parseLabelledDataset(csv, {}, "empty-rows.csv");
    QCOMPARE(d.examples.size(), std::size_t(2));
    QCOMPARE(d.skipped.size(), std::size_t(1001));
    QCOMPARE(d.skipped[999].line, 1003);
    QVERIFY2(
        QString::fromStdString(d.skipped.back().message).startsWith("4000 more malformed rows"),
        d.skipped.back().message.c_str());
    QCOMPARE(d.skipped.back().line, 5003);

    // A JSON line nested 100 levels deep is refused before it is parsed.
    std::string jsonl = "{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": " + std::string(100, '[') +
                        std::string(100, ']') +
                        ", \"label\": \"y\"}\n{\"text\": \"b\", \"label\": \"z\"}\n";
    lmw::DatasetOptions o;
    o.format = lmw::DatasetFormat::Jsonl;
    d = lmw::parseLabelledDataset(jsonl, o, "deep.jsonl");
    QCOMPARE(d.examples.size(), std::size_t(2));
    QCOMPARE(d.skipped.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(d.skipped[0].message).contains("nested more than 64"));
}

QTEST_GUILESS_MAIN(TestLabelledDataset)
#include "test_labelled_dataset.moc"
