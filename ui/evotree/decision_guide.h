// The survey's decision flow (its Fig. 2) for choosing between a large language model used
// as is and a smaller fine-tuned model, as plain logic: answer questions, get a
// recommendation and the reasons behind it. The wording is the workbench's own.
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lmw::ui {

class DecisionGuide {
    Q_DECLARE_TR_FUNCTIONS(lmw::ui::DecisionGuide)

public:
    enum class Question {
        MimicHumans,        // e.g. a chatbot
        EmergentAbilities,  // e.g. multi-step reasoning
        MultipleTasks,
        NotLanguageModelling,  // e.g. regression
        FewLabels,             // zero- or few-shot
        OutOfDistribution,
        CreativeGeneration,  // open-ended text or code
        KnowledgeIntensive,
        ContextHasKnowledge,
        ConflictsWithWorld,
    };
    static constexpr int kQuestionCount = 10;

    enum class Answer { Unknown, Yes, No };
    enum class Recommendation { Undecided, Llm, FineTuned, NoGoodFit };

    struct Outcome {
        Recommendation recommendation = Recommendation::Undecided;
        Question decidedBy = Question::MimicHumans;  // meaningful once decided
        Question next = Question::MimicHumans;       // meaningful while undecided
        QList<Question> path;                        // questions answered on the way
        QString headline;
        QString reason;
    };

    static QList<Question> questions();
    static QString questionText(Question q);
    static QString questionHint(Question q);
    static QString recommendationName(Recommendation r);

    void setAnswer(Question q, Answer a);
    Answer answer(Question q) const { return answers_[static_cast<int>(q)]; }
    void reset();

    /// Walks the flow in the survey's order and stops at the first decision or at the first
    /// unanswered question on the way.
    Outcome evaluate() const;
    /// Whether `q` is asked on the way to the current outcome (answers after the deciding
    /// question do not matter).
    bool isOnPath(Question q) const;

private:
    static QString reasonFor(Question decidedBy, Answer answer);

    Answer answers_[kQuestionCount] = {};
};

}  // namespace lmw::ui
