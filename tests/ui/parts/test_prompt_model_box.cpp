// The Prompt lab's model box: a decoder run loads and is described; an encoder is refused with
// the reason; a folder with no model is explained; a newer choice supersedes an older load.
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include "api/configs.h"
#include "api/training_session.h"
#include "engine_fixtures.h"
#include "promptlab/prompt_model_box.h"
#include "widget_test_util.h"

using lmw::ui::PromptModelBox;

class TestPromptModelBox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        lmw::test::isolateSettings(dir_);
        gpt_ = dir_.filePath(QStringLiteral("gpt"));
        lmw::test::trainTinyRun(gpt_.toStdString(), 2);
        bert_ = dir_.filePath(QStringLiteral("bert"));
        lmw::TrainConfig t = lmw::test::tinyTraining(2);
        t.objective.objective = lmw::Objective::Mlm;
        lmw::TrainingSession::create(
            lmw::familyDefaults(lmw::ModelFamily::Bert, lmw::test::tinyModel()), t,
            lmw::test::tinyCorpus(), bert_.toStdString())
            .train();
    }
    void loadsADecoder() {
        PromptModelBox box(QStringLiteral("m"));
        QSignalSpy loaded(&box, &PromptModelBox::loaded);
        QSignalSpy started(&box, &PromptModelBox::loadingStarted);
        box.load(gpt_);
        QCOMPARE(started.count(), 1);
        QVERIFY(box.isLoading());
        QVERIFY(!box.generator());
        QVERIFY(loaded.wait(30000));
        QVERIFY(box.generator());
        QCOMPARE(box.path(), gpt_);
        const QString s = box.summary()->text();
        QVERIFY2(s.startsWith(QStringLiteral("GPT model")) && s.contains(QStringLiteral("step 2")),
                 qPrintable(s));
    }
    void refusesAnEncoder() {
        PromptModelBox box(QStringLiteral("m"));
        QSignalSpy failed(&box, &PromptModelBox::failed);
        box.load(bert_);
        QVERIFY(failed.wait(30000));
        const QString m = failed.first().first().toString();
        QVERIFY2(
            m.contains(QStringLiteral("needs a decoder")) && m.contains(QStringLiteral("BERT")),
            qPrintable(m));
        QVERIFY(!box.generator());
        QCOMPARE(box.summary()->text(), m);
    }
    void explainsAMissingModel() {
        PromptModelBox box(QStringLiteral("m"));
        QSignalSpy failed(&box, &PromptModelBox::failed);
        box.load(dir_.filePath(QStringLiteral("nothing-here")));
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.first().first().toString().startsWith(
            QStringLiteral("The model could not be loaded: ")));
    }
    void newerLoadSupersedes() {
        PromptModelBox box(QStringLiteral("m"));
        QSignalSpy loaded(&box, &PromptModelBox::loaded);
        QSignalSpy failed(&box, &PromptModelBox::failed);
        box.load(bert_);
        box.load(gpt_);
        QVERIFY(loaded.wait(30000));
        QTest::qWait(100);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(box.path(), gpt_);
    }

private:
    QTemporaryDir dir_;
    QString gpt_, bert_;
};

QTEST_MAIN(TestPromptModelBox)
#include "test_prompt_model_box.moc"
