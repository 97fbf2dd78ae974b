// Tests of EvoTreeDetails: the facts shown for a node, lineage links and the
// "Train a tiny one" button with the right preset.
#include "evotree/evotree_details.h"
#include "evotree/evotree_model.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace lmw::ui;

class TestEvoTreeDetails : public QObject {
    Q_OBJECT

private:
    EvoTreeModel model_;

private Q_SLOTS:
    void initTestCase() { QVERIFY(model_.loadBuiltIn().ok()); }

    void emptyState() {
        EvoTreeDetails d;
        QVERIFY(d.currentId().isEmpty());
        QVERIFY(d.trainButton()->isHidden());
        d.showNode(&model_, QStringLiteral("unknown"), EvoTreeModel::kAllVersions);
        QVERIFY(d.currentId().isEmpty());
    }

    void bertDetailsAndPreset() {
        EvoTreeDetails d;
        d.show();
        d.showNode(&model_, QStringLiteral("bert"), EvoTreeModel::kAllVersions);
        QCOMPARE(d.currentId(), QStringLiteral("bert"));
        const QString html = d.html();
        for (const char* s :
             {"arXiv:1810.04805", "October 2018", "Google", "110M", "340M", "RoBERTa", "DistilBERT",
              "Masked language modelling", "Transformer encoder"})
            QVERIFY2(html.contains(QLatin1String(s)), s);
        QVERIFY(html.contains(QStringLiteral("https://arxiv.org/abs/1810.04805")));
        QVERIFY(d.trainButton()->isVisible());
        QSignalSpy spy(&d, &EvoTreeDetails::trainRequested);
        QTest::mouseClick(d.trainButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toString(), QStringLiteral("bert"));
        QCOMPARE(spy.first().at(1).toString(), QStringLiteral("mlm+nsp"));
    }

    void presetsPerFamily_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("objective");
        QTest::newRow("ULMFiT") << "ulmfit"
                                << "lstm"
                                << "clm";
        QTest::newRow("RoBERTa") << "roberta"
                                 << "roberta"
                                 << "mlm";
        QTest::newRow("GPT-1") << "gpt-1"
                               << "gpt"
                               << "clm";
        QTest::newRow("GPT-3") << "gpt-3"
                               << "gpt"
                               << "clm";
        QTest::newRow("BART") << "bart"
                              << "bart"
                              << "denoise";
        QTest::newRow("T5") << "t5"
                            << "bart"
                            << "denoise";
        QTest::newRow("Flan-T5") << "flan-t5"
                                 << "bart"
                                 << "denoise";
        QTest::newRow("ChatGPT") << "chatgpt"
                                 << ""
                                 << "";
        QTest::newRow("Word2Vec") << "word2vec"
                                  << ""
                                  << "";
    }
    void presetsPerFamily() {
        QFETCH(QString, id);
        QFETCH(QString, family);
        QFETCH(QString, objective);
        EvoTreeDetails d;
        d.show();
        d.showNode(&model_, id, EvoTreeModel::kAllVersions);
        QCOMPARE(d.trainButton()->isVisible(), !family.isEmpty());
        QSignalSpy spy(&d, &EvoTreeDetails::trainRequested);
        d.trainButton()->click();
        if (family.isEmpty()) {
            QCOMPARE(spy.count(), 0);
        } else {
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().at(0).toString(), family);
            QCOMPARE(spy.first().at(1).toString(), objective);
        }
    }

    void versionAndLineage() {
        EvoTreeDetails d;
        d.showNode(&model_, QStringLiteral("tk"), QStringLiteral("paper"));
        QVERIFY(d.html().contains(QStringLiteral("Hugging Face")));  // the logo drawn then
        d.showNode(&model_, QStringLiteral("tk"), QStringLiteral("v2"));
        QVERIFY(d.html().contains(QStringLiteral("AI2")));
        d.showNode(&model_, QStringLiteral("chatgpt"), EvoTreeModel::kAllVersions);
        QVERIFY(d.html().contains(QStringLiteral("node:gpt-3")));
        QVERIFY(d.html().contains(QStringLiteral("GPT-1")));
        d.clear();
        QVERIFY(d.currentId().isEmpty());
        QVERIFY(d.trainButton()->isHidden());
    }
};

QTEST_MAIN(TestEvoTreeDetails)
#include "test_evotree_details.moc"
