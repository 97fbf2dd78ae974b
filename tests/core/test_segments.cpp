// Document and sentence segmentation: English with quotes and brackets, Chinese with 。！？,
// mixed text, blank-line documents, CRLF, odd whitespace, empty and invalid input.
#include <QtTest>

#include <string>
#include <vector>

#include "api/error.h"
#include "data/segments.h"
#include "test_util.h"

using Sentences = std::vector<std::string>;
using Documents = std::vector<Sentences>;

Q_DECLARE_METATYPE(Sentences)

namespace {

QString show(const Sentences& s) {
    QStringList parts;
    for (const auto& x : s)
        parts << QLatin1Char('<') + QString::fromStdString(x) + QLatin1Char('>');
    return parts.join(QLatin1Char(' '));
}

}  // namespace

class TestSegments : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sentences_data();
    void sentences();
    void documentsSeparatedByBlankLines();
    void crlfAndLoneCr();
    void lineBreaksEndSentences();
    void emptyAndBlankInput();
    void chineseCorpusFile();
    void invalidUtf8IsRejected();
};

void TestSegments::sentences_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<Sentences>("expected");
    QTest::newRow("plain") << QStringLiteral("One. Two! Three? Four")
                           << Sentences{"One.", "Two!", "Three?", "Four"};
    // A terminator inside quotes still ends the sentence when a space follows the quote: the
    // rule has no notion of a quoted clause ("'go!' she said" splits).
    QTest::newRow("quotes") << QStringLiteral("He said \"Stop.\" Then 'go!' she said. “Yes?” ‘No.’")
                            << Sentences{"He said \"Stop.\"", "Then 'go!'", "she said.", "“Yes?”",
                                         "‘No.’"};
    QTest::newRow("brackets") << QStringLiteral("See it (twice.) Or [once!] Done.")
                              << Sentences{"See it (twice.)", "Or [once!]", "Done."};
    QTest::newRow("no space, no split") << QStringLiteral("Pi is 3.14 and a.b is a name. End")
                                        << Sentences{"Pi is 3.14 and a.b is a name.", "End"};
    QTest::newRow("runs of terminators")
        << QStringLiteral("Really?! Wait... what") << Sentences{"Really?!", "Wait...", "what"};
    QTest::newRow("extra whitespace") << QStringLiteral("  \t A.   B.\t ") << Sentences{"A.", "B."};
    QTest::newRow("chinese") << QStringLiteral("床前明月光。疑是地上霜！举头望明月？低头思故乡")
                             << Sentences{"床前明月光。", "疑是地上霜！", "举头望明月？",
                                          "低头思故乡"};
    QTest::newRow("chinese quotes") << QStringLiteral("他说：“你好。”然后走了。「真的？」")
                                    << Sentences{"他说：“你好。”", "然后走了。", "「真的？」"};
    QTest::newRow("chinese runs") << QStringLiteral("什么？！好吧。。")
                                  << Sentences{"什么？！", "好吧。。"};
    QTest::newRow("mixed") << QStringLiteral("GPT 很强。It learns fast. 对吗？Yes")
                           << Sentences{"GPT 很强。", "It learns fast.", "对吗？", "Yes"};
    QTest::newRow("ideographic space") << QStringLiteral("\u3000甲。\u3000乙 end.\u00A0Next")
                                       << Sentences{"甲。", "乙 end.", "Next"};
    QTest::newRow("terminator only") << QStringLiteral("...") << Sentences{"..."};
    QTest::newRow("astral") << QStringLiteral("🙂 ok. 𝄞!") << Sentences{"🙂 ok.", "𝄞!"};
}

void TestSegments::sentences() {
    QFETCH(QString, text);
    QFETCH(Sentences, expected);
    const Sentences got = lmw::splitSentences(text.toStdString());
    QVERIFY2(got == expected, qPrintable(show(got) + QStringLiteral(" != ") + show(expected)));
    // The same text as a whole document gives the same sentences.
    const Documents docs = lmw::splitDocuments(text.toStdString());
    QCOMPARE(docs.size(), std::size_t(1));
    QVERIFY(docs[0] == expected);
}

void TestSegments::documentsSeparatedByBlankLines() {
    const std::string text =
        "First doc. Still first.\nNext line.\n\nSecond doc!\n \t\n\n\nThird 文档。好\n";
    const Documents docs = lmw::splitDocuments(text);
    const Documents expected{
        {"First doc.", "Still first.", "Next line."}, {"Second doc!"}, {"Third 文档。", "好"}};
    QVERIFY(docs == expected);
    // Leading and trailing blank lines make no empty documents.
    QVERIFY(lmw::splitDocuments("\n\n  \nA.\n\n\n") == (Documents{{"A."}}));
    // A line of ideographic spaces is blank too.
    QCOMPARE(lmw::splitDocuments("A.\n\u3000\u3000\nB.").size(), std::size_t(2));
}

void TestSegments::crlfAndLoneCr() {
    const Documents expected{{"One.", "Two."}, {"Three."}};
    QVERIFY(lmw::splitDocuments("One.\r\nTwo.\r\n\r\nThree.\r\n") == expected);
    QVERIFY(lmw::splitDocuments("One.\rTwo.\r\rThree.") == expected);
    // A byte-order mark at the start is not text.
    QVERIFY(lmw::splitDocuments("\xEF\xBB\xBFOne.\nTwo.\n\nThree.") == expected);
    for (const auto& doc : lmw::splitDocuments("a\r\nb\r\n\r\nc"))
        for (const auto& s : doc) QVERIFY(s.find('\r') == std::string::npos);
}

void TestSegments::lineBreaksEndSentences() {
    // Hard-wrapped text: every line is at least one sentence.
    QVERIFY(lmw::splitDocuments("no period here\nor here") ==
            (Documents{{"no period here", "or here"}}));
    QVERIFY(lmw::splitSentences("a\nb\n\nc") == (Sentences{"a", "b", "c"}));
}

void TestSegments::emptyAndBlankInput() {
    QVERIFY(lmw::splitDocuments("").empty());
    QVERIFY(lmw::splitDocuments(" \n\t\r\n\n").empty());
    QVERIFY(lmw::splitSentences("").empty());
    QVERIFY(lmw::splitSentences("   ").empty());
}

void TestSegments::chineseCorpusFile() {
    // The bundled Chinese sample: every sentence is non-empty, trimmed, and ends at a line break
    // or right after a terminator (plus closers); nothing is lost but whitespace.
    QFile f(QString::fromStdString(lmw::test::dataPath("chinese.txt")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const std::string text = f.readAll().toStdString();
    const Documents docs = lmw::splitDocuments(text);
    QVERIFY(!docs.empty());
    QString joined;
    int sentences = 0;
    for (const auto& doc : docs) {
        for (const auto& s : doc) {
            const QString q = QString::fromStdString(s);
            QVERIFY(!q.isEmpty());
            QCOMPARE(q.trimmed(), q);
            joined += q;
            ++sentences;
        }
    }
    QVERIFY(sentences > 10);
    QString original = QString::fromStdString(text);
    original.remove(QRegularExpression(QStringLiteral("\\s")));
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    QCOMPARE(joined, original);
}

void TestSegments::invalidUtf8IsRejected() {
    const QString msg = lmw::test::errorOf([] { lmw::splitDocuments("ok\xC3"); });
    QVERIFY2(msg.contains(QStringLiteral("UTF-8")), qPrintable(msg));
    QVERIFY_THROWS_EXCEPTION(lmw::Error, lmw::splitSentences("\xFF"));
}

QTEST_APPLESS_MAIN(TestSegments)
#include "test_segments.moc"
