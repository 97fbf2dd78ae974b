// PlaygroundModelInfo and the names the Playground gives a model: the family's display name,
// its mask token, and the summary line (family, size, context, vocabulary, parameters, steps
// or import, classification head, and where the model comes from).
#include <QtTest>

#include "playground/playground_model_info.h"

using lmw::ModelFamily;
using lmw::ui::PlaygroundModelInfo;

class TestPlaygroundModelInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesEveryFamily();
    void summarisesATrainedModel();
    void summarisesAnImportedClassifier();
};

void TestPlaygroundModelInfo::namesEveryFamily() {
    using lmw::ui::familyDisplayName;
    using lmw::ui::maskTokenOf;
    QCOMPARE(familyDisplayName(ModelFamily::Gpt), QStringLiteral("GPT"));
    QCOMPARE(familyDisplayName(ModelFamily::Bert), QStringLiteral("BERT"));
    QCOMPARE(familyDisplayName(ModelFamily::Roberta), QStringLiteral("RoBERTa"));
    QCOMPARE(familyDisplayName(ModelFamily::Bart), QStringLiteral("BART"));
    QCOMPARE(familyDisplayName(ModelFamily::Lstm), QStringLiteral("LSTM (ULMFiT)"));
    QCOMPARE(maskTokenOf(ModelFamily::Bert), QStringLiteral("[MASK]"));
    QCOMPARE(maskTokenOf(ModelFamily::Roberta), QStringLiteral("<mask>"));
    QCOMPARE(maskTokenOf(ModelFamily::Bart), QStringLiteral("<mask>"));
}

void TestPlaygroundModelInfo::summarisesATrainedModel() {
    PlaygroundModelInfo info;
    info.config = lmw::familyDefaults(ModelFamily::Gpt, lmw::ModelConfig());
    info.config.block = 64;
    info.config.vocabSize = 80;
    info.step = 1234;
    const QString s = info.summary(QStringLiteral("runs/<tiny>"));
    QVERIFY2(s.startsWith(QStringLiteral("<b>GPT</b> · ")), qPrintable(s));
    QVERIFY(s.contains(QStringLiteral("context 64")));
    QVERIFY(s.contains(QStringLiteral("vocabulary 80")));
    const QString params =
        QString::fromStdString(lmw::formatCount(lmw::parameterCount(info.config)));
    QVERIFY(s.contains(QStringLiteral("<b>%1</b> parameters").arg(params)));
    QVERIFY(s.contains(QStringLiteral("trained <b>1234</b> steps")));
    QVERIFY(!s.contains(QStringLiteral("classification head")));
    QVERIFY(s.contains(QStringLiteral("runs/&lt;tiny&gt;")));  // the source, escaped
}

void TestPlaygroundModelInfo::summarisesAnImportedClassifier() {
    PlaygroundModelInfo info;
    info.config = lmw::familyDefaults(ModelFamily::Bert, lmw::ModelConfig());
    info.config.numClasses = 4;
    info.imported = true;
    info.encoder = true;
    const QString s = info.summary(QStringLiteral("hf"));
    QVERIFY2(s.startsWith(QStringLiteral("<b>BERT</b> · ")), qPrintable(s));
    QVERIFY(s.contains(QStringLiteral("imported from Hugging Face")));
    QVERIFY(!s.contains(QStringLiteral("steps")));
    QVERIFY(s.contains(QStringLiteral("classification head with 4 labels")));
}

QTEST_MAIN(TestPlaygroundModelInfo)
#include "test_playground_model_info.moc"
