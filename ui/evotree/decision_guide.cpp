// Decision flow of the survey's practical guide: LLM or fine-tuned model for a task.
#include "evotree/decision_guide.h"

namespace lmw::ui {

using Q = DecisionGuide::Question;
using A = DecisionGuide::Answer;
using R = DecisionGuide::Recommendation;

QList<Q> DecisionGuide::questions() {
    return {Q::MimicHumans,          Q::EmergentAbilities,  Q::MultipleTasks,
            Q::NotLanguageModelling, Q::FewLabels,          Q::OutOfDistribution,
            Q::CreativeGeneration,   Q::KnowledgeIntensive, Q::ContextHasKnowledge,
            Q::ConflictsWithWorld};
}

QString DecisionGuide::questionText(Question q) {
    switch (q) {
        case Q::MimicHumans:
            return tr("Should the system behave like a person, e.g. a chatbot?");
        case Q::EmergentAbilities:
            return tr(
                "Is the task hard enough to need abilities that only appear at scale, "
                "such as multi-step reasoning?");
        case Q::MultipleTasks:
            return tr("Must one model handle many different tasks?");
        case Q::NotLanguageModelling:
            return tr("Is the task far from predicting text, e.g. regression on a number?");
        case Q::FewLabels:
            return tr("Do you have only a handful of labelled examples, or none?");
        case Q::OutOfDistribution:
            return tr(
                "Will the inputs differ from any training data you have "
                "(new domains, unusual or adversarial text)?");
        case Q::CreativeGeneration:
            return tr("Is it open-ended or complex generation of text or code?");
        case Q::KnowledgeIntensive:
            return tr("Does the task depend on broad world knowledge?");
        case Q::ContextHasKnowledge:
            return tr("Does the input itself contain the knowledge needed to answer?");
        case Q::ConflictsWithWorld:
            return tr(
                "Does the task require knowledge that contradicts the real world "
                "(e.g. counterfactual or made-up facts)?");
    }
    return {};
}

QString DecisionGuide::questionHint(Question q) {
    switch (q) {
        case Q::MimicHumans:
            return tr("Dialogue, role play, human-like writing.");
        case Q::EmergentAbilities:
            return tr("Arithmetic word problems, chains of logic.");
        case Q::MultipleTasks:
            return tr("A general assistant instead of one classifier.");
        case Q::NotLanguageModelling:
            return tr("Predicting a score, a price, a measurement.");
        case Q::FewLabels:
            return tr("Zero-shot or few-shot settings.");
        case Q::OutOfDistribution:
            return tr("Domain shift, rare inputs, attacks.");
        case Q::CreativeGeneration:
            return tr("Stories, summaries, programs.");
        case Q::KnowledgeIntensive:
            return tr("Closed-book questions, exams across subjects.");
        case Q::ContextHasKnowledge:
            return tr("Reading comprehension over a given passage.");
        case Q::ConflictsWithWorld:
            return tr("Reasoning inside a fictional or altered world.");
    }
    return {};
}

QString DecisionGuide::recommendationName(Recommendation r) {
    switch (r) {
        case R::Undecided:
            return tr("Keep answering");
        case R::Llm:
            return tr("Use a large language model");
        case R::FineTuned:
            return tr("Use a fine-tuned model");
        case R::NoGoodFit:
            return tr("Neither is reliable");
    }
    return {};
}

void DecisionGuide::setAnswer(Question q, Answer a) {
    answers_[static_cast<int>(q)] = a;
}

void DecisionGuide::reset() {
    for (Answer& a : answers_) a = A::Unknown;
}

DecisionGuide::Outcome DecisionGuide::evaluate() const {
    Outcome o;
    auto decide = [&](Question q, Recommendation r) {
        o.recommendation = r;
        o.decidedBy = q;
        o.headline = recommendationName(r);
        o.reason = reasonFor(q, answer(q));
    };
    // Questions 1-7: a "yes" decides; a "no" moves on.
    const Question yesDecides[] = {
        Q::MimicHumans, Q::EmergentAbilities, Q::MultipleTasks,     Q::NotLanguageModelling,
        Q::FewLabels,   Q::OutOfDistribution, Q::CreativeGeneration};
    for (Question q : yesDecides) {
        const Answer a = answer(q);
        if (a == A::Unknown) {
            o.next = q;
            o.headline = recommendationName(R::Undecided);
            return o;
        }
        o.path.append(q);
        if (a == A::Yes) {
            decide(q, q == Q::NotLanguageModelling ? R::FineTuned : R::Llm);
            return o;
        }
    }
    // The knowledge branch.
    const Question tail[] = {Q::KnowledgeIntensive, Q::ContextHasKnowledge, Q::ConflictsWithWorld};
    for (Question q : tail) {
        const Answer a = answer(q);
        if (a == A::Unknown) {
            o.next = q;
            o.headline = recommendationName(R::Undecided);
            return o;
        }
        o.path.append(q);
        if (q == Q::KnowledgeIntensive && a == A::No) {
            decide(q, R::FineTuned);
            return o;
        }
        if (q == Q::ContextHasKnowledge && a == A::Yes) {
            decide(q, R::FineTuned);
            return o;
        }
        if (q == Q::ConflictsWithWorld) {
            decide(q, a == A::Yes ? R::NoGoodFit : R::Llm);
            return o;
        }
    }
    return o;
}

bool DecisionGuide::isOnPath(Question q) const {
    const Outcome o = evaluate();
    if (o.path.contains(q)) return true;
    return o.recommendation == R::Undecided && o.next == q;
}

QString DecisionGuide::reasonFor(Question q, Answer a) {
    switch (q) {
        case Q::MimicHumans:
            return tr(
                "Large models tuned on instructions and human feedback hold natural, "
                "open conversations; small fine-tuned models only handle the narrow "
                "exchanges they were trained on.");
        case Q::EmergentAbilities:
            return tr(
                "Skills such as multi-step arithmetic and chained reasoning show up only "
                "once models are very large; below that scale they stay near chance, so "
                "fine-tuning a small model will not produce them.");
        case Q::MultipleTasks:
            return tr(
                "One prompted LLM covers many tasks at once, while fine-tuned models are "
                "built one task at a time.");
        case Q::NotLanguageModelling:
            return tr(
                "A text-predicting objective does not suit outputs such as continuous "
                "numbers; a fine-tuned model with a task-specific head, trained on your "
                "labels, is the better and cheaper fit.");
        case Q::FewLabels:
            return tr(
                "With too few labels to train on, in-context learning lets an LLM "
                "work zero-shot or from a few examples in the prompt.");
        case Q::OutOfDistribution:
            return tr(
                "LLMs trained on huge, varied corpora cope better with domain shift and "
                "adversarial inputs; fine-tuned models tend to fail outside the data "
                "they saw.");
        case Q::CreativeGeneration:
            return tr(
                "Open-ended writing, summaries judged by people and code generation are "
                "where LLMs clearly lead.");
        case Q::KnowledgeIntensive:
            return tr(
                "For ordinary understanding and generation tasks with enough labelled "
                "data (classification, tagging, extraction, most benchmark-style NLU), "
                "fine-tuned models usually match or beat LLMs at a fraction of the cost.");
        case Q::ContextHasKnowledge:
            return tr(
                "When the input already holds the answer, an LLM's memorised knowledge "
                "adds little: a fine-tuned reader, or a small model with retrieval, does "
                "as well.");
        case Q::ConflictsWithWorld:
            return a == A::Yes
                       ? tr("LLMs lean on what they memorised about the real world and resist "
                            "contradicting it, and small models lack the knowledge anyway. The "
                            "survey leaves this case open.")
                       : tr("LLMs store a great deal of world knowledge in their parameters and "
                            "excel at closed-book questions that a small model cannot answer.");
    }
    return {};
}

}  // namespace lmw::ui
