// Tests of DecisionGuide: the survey's decision flow, question by question.
#include "evotree/decision_guide.h"

#include <QtTest>

using namespace lmw::ui;
using Q = DecisionGuide::Question;
using A = DecisionGuide::Answer;
using R = DecisionGuide::Recommendation;

class TestDecisionGuide : public QObject {
    Q_OBJECT

private:
    static void answerNoUpTo(DecisionGuide& g, Q last) {
        for (Q q : DecisionGuide::questions()) {
            g.setAnswer(q, A::No);
            if (q == last) break;
        }
    }

private Q_SLOTS:
    void startsUndecided() {
        DecisionGuide g;
        const auto o = g.evaluate();
        QCOMPARE(o.recommendation, R::Undecided);
        QCOMPARE(o.next, Q::MimicHumans);
        QVERIFY(o.path.isEmpty());
        QVERIFY(g.isOnPath(Q::MimicHumans));
        QVERIFY(!g.isOnPath(Q::FewLabels));
        QCOMPARE(DecisionGuide::questions().size(), DecisionGuide::kQuestionCount);
        for (Q q : DecisionGuide::questions()) {
            QVERIFY(!DecisionGuide::questionText(q).isEmpty());
            QVERIFY(!DecisionGuide::questionHint(q).isEmpty());
        }
    }

    void firstYesDecides_data() {
        QTest::addColumn<int>("question");
        QTest::addColumn<int>("expected");
        QTest::newRow("chatbot") << int(Q::MimicHumans) << int(R::Llm);
        QTest::newRow("reasoning") << int(Q::EmergentAbilities) << int(R::Llm);
        QTest::newRow("many tasks") << int(Q::MultipleTasks) << int(R::Llm);
        QTest::newRow("regression") << int(Q::NotLanguageModelling) << int(R::FineTuned);
        QTest::newRow("few labels") << int(Q::FewLabels) << int(R::Llm);
        QTest::newRow("ood") << int(Q::OutOfDistribution) << int(R::Llm);
        QTest::newRow("generation") << int(Q::CreativeGeneration) << int(R::Llm);
    }
    void firstYesDecides() {
        QFETCH(int, question);
        QFETCH(int, expected);
        DecisionGuide g;
        const Q q = static_cast<Q>(question);
        for (Q before : DecisionGuide::questions()) {
            if (before == q) break;
            g.setAnswer(before, A::No);
        }
        g.setAnswer(q, A::Yes);
        // Later answers do not matter once decided.
        g.setAnswer(Q::KnowledgeIntensive, A::Yes);
        const auto o = g.evaluate();
        QCOMPARE(int(o.recommendation), expected);
        QCOMPARE(o.decidedBy, q);
        QVERIFY(!o.reason.isEmpty());
        QVERIFY(!g.isOnPath(Q::KnowledgeIntensive));
    }

    void knowledgeBranch() {
        DecisionGuide g;
        answerNoUpTo(g, Q::CreativeGeneration);
        QCOMPARE(g.evaluate().next, Q::KnowledgeIntensive);
        g.setAnswer(Q::KnowledgeIntensive, A::No);
        QCOMPARE(g.evaluate().recommendation, R::FineTuned);  // the common NLU/NLG case
        QCOMPARE(g.evaluate().path.size(), 8);

        g.setAnswer(Q::KnowledgeIntensive, A::Yes);
        QCOMPARE(g.evaluate().recommendation, R::Undecided);
        QCOMPARE(g.evaluate().next, Q::ContextHasKnowledge);
        g.setAnswer(Q::ContextHasKnowledge, A::Yes);
        QCOMPARE(g.evaluate().recommendation, R::FineTuned);

        g.setAnswer(Q::ContextHasKnowledge, A::No);
        QCOMPARE(g.evaluate().next, Q::ConflictsWithWorld);
        g.setAnswer(Q::ConflictsWithWorld, A::No);
        QCOMPARE(g.evaluate().recommendation, R::Llm);
        g.setAnswer(Q::ConflictsWithWorld, A::Yes);
        QCOMPARE(g.evaluate().recommendation, R::NoGoodFit);
        QCOMPARE(g.evaluate().decidedBy, Q::ConflictsWithWorld);
        QVERIFY(g.isOnPath(Q::ConflictsWithWorld));
    }

    void unansweredStopsTheWalk() {
        DecisionGuide g;
        g.setAnswer(Q::MimicHumans, A::No);
        g.setAnswer(Q::FewLabels, A::Yes);  // not reached: question 2 is open
        QCOMPARE(g.evaluate().recommendation, R::Undecided);
        QCOMPARE(g.evaluate().next, Q::EmergentAbilities);
        g.reset();
        QCOMPARE(g.answer(Q::FewLabels), A::Unknown);
    }
};

QTEST_MAIN(TestDecisionGuide)
#include "test_evotree_decision_guide.moc"
