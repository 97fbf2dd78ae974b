// The bundled story corpus: deterministic, large enough, and identical to the copy the GUI
// ships in its resources.
#include <QFile>
#include <QtTest>

#include "api/corpus.h"

class TestStoryCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deterministic();
    void bigEnough();
    void matchesTheBundledResource();
};

void TestStoryCorpus::deterministic() {
    QCOMPARE(lmw::generateStories(1, 50000), lmw::generateStories(1, 50000));
    QVERIFY(lmw::generateStories(1, 50000) != lmw::generateStories(2, 50000));
}

void TestStoryCorpus::bigEnough() {
    const std::string text = lmw::generateStories();
    QVERIFY(text.size() >= 200 * 1024);
    QVERIFY(text.find("Once upon a time") != std::string::npos);
}

void TestStoryCorpus::matchesTheBundledResource() {
    QFile f(QStringLiteral(LMW_SOURCE_DIR "/resources/corpus/stories.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bundled = f.readAll();
    // If this fails, regenerate: llm-workbench-cli stories --out resources/corpus/stories.txt
    QVERIFY(bundled.toStdString() == lmw::generateStories());
}

QTEST_APPLESS_MAIN(TestStoryCorpus)
#include "test_story_corpus.moc"
