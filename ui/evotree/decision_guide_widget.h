// The survey's decision guide as an interactive checklist: yes/no answers walk the flow,
// questions that no longer matter grey out, and a card shows the recommendation and why.
#pragma once

#include "evotree/decision_guide.h"

#include <QList>
#include <QWidget>

class QLabel;
class QToolButton;

namespace lmw::ui {

class DecisionGuideWidget : public QWidget {
    Q_OBJECT

public:
    explicit DecisionGuideWidget(QWidget* parent = nullptr);

    const DecisionGuide& guide() const { return guide_; }
    /// Same as clicking Yes/No (Unknown clears the answer).
    void setAnswer(DecisionGuide::Question q, DecisionGuide::Answer a);
    /// Text of the recommendation card (for tests).
    QString resultText() const;
    QToolButton* yesButton(DecisionGuide::Question q) const;
    QToolButton* noButton(DecisionGuide::Question q) const;

public Q_SLOTS:
    void reset();

Q_SIGNALS:
    void outcomeChanged(DecisionGuide::Recommendation recommendation);

private:
    struct Row {
        DecisionGuide::Question question;
        QWidget* box = nullptr;
        QToolButton* yes = nullptr;
        QToolButton* no = nullptr;
    };
    void onClicked(DecisionGuide::Question q, DecisionGuide::Answer a);
    void refresh();

    DecisionGuide guide_;
    QList<Row> rows_;
    QLabel* result_ = nullptr;
};

}  // namespace lmw::ui
