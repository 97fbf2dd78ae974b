// Tests of DecisionGuideWidget: clicking Yes/No walks the flow and updates the card.
#include "evotree/decision_guide_widget.h"

#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace lmw::ui;
using Q = DecisionGuide::Question;

class TestDecisionGuideWidget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void clickingWalksTheFlow() {
        DecisionGuideWidget w;
        w.resize(420, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.resultText().contains(QStringLiteral("question 1")));
        QVERIFY(!w.yesButton(Q::FewLabels)->isEnabled());  // not reached yet
        QSignalSpy outcome(&w, &DecisionGuideWidget::outcomeChanged);

        for (Q q :
             {Q::MimicHumans, Q::EmergentAbilities, Q::MultipleTasks, Q::NotLanguageModelling}) {
            QVERIFY(w.noButton(q)->isEnabled());
            QTest::mouseClick(w.noButton(q), Qt::LeftButton);
        }
        QVERIFY(w.yesButton(Q::FewLabels)->isEnabled());
        QCOMPARE(outcome.count(), 0);
        QTest::mouseClick(w.yesButton(Q::FewLabels), Qt::LeftButton);
        QCOMPARE(outcome.count(), 1);
        QCOMPARE(outcome.first().first().value<DecisionGuide::Recommendation>(),
                 DecisionGuide::Recommendation::Llm);
        QVERIFY(w.resultText().contains(QStringLiteral("large language model")));
        QVERIFY(w.resultText().contains(QStringLiteral("question 5")));
        QVERIFY(w.yesButton(Q::FewLabels)->isChecked());
        QVERIFY(!w.yesButton(Q::OutOfDistribution)->isEnabled());  // no longer matters

        // Clicking the same answer again clears it.
        QTest::mouseClick(w.yesButton(Q::FewLabels), Qt::LeftButton);
        QVERIFY(!w.yesButton(Q::FewLabels)->isChecked());
        QCOMPARE(w.guide().answer(Q::FewLabels), DecisionGuide::Answer::Unknown);
        QVERIFY(w.resultText().contains(QStringLiteral("question 5")));

        w.setAnswer(Q::FewLabels, DecisionGuide::Answer::No);
        w.setAnswer(Q::OutOfDistribution, DecisionGuide::Answer::No);
        w.setAnswer(Q::CreativeGeneration, DecisionGuide::Answer::No);
        w.setAnswer(Q::KnowledgeIntensive, DecisionGuide::Answer::No);
        QVERIFY(w.resultText().contains(QStringLiteral("fine-tuned")));
        w.reset();
        QVERIFY(w.resultText().contains(QStringLiteral("question 1")));
        QVERIFY(!w.noButton(Q::MimicHumans)->isChecked());
    }
};

QTEST_MAIN(TestDecisionGuideWidget)
#include "test_evotree_decision_guide_widget.moc"
