// Widgets of the decision-guide checklist.
#include "evotree/decision_guide_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace lmw::ui {

namespace {

const char* const kButtonStyle =
    "QToolButton { border: 1px solid #c7ccd4; border-radius: 5px; padding: 3px 10px;"
    " background: white; color: #374151; }"
    "QToolButton:checked { background: #1f4e9a; border-color: #1f4e9a; color: white; }"
    "QToolButton:disabled { color: #b8bec8; border-color: #e5e7eb; }";

}  // namespace

DecisionGuideWidget::DecisionGuideWidget(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);

    auto* intro = new QLabel(
        tr("<b>LLM or fine-tuned model?</b><br><span style='color:#6b7280'>The practical "
           "guide of the survey behind this tree asks these questions in order. Answer them "
           "for your task; the first decisive answer gives the recommendation. Here a "
           "\"fine-tuned model\" means a smaller model (under about 20B parameters) trained on "
           "your labelled data, and an \"LLM\" a large model used through prompts.</span>"),
        inner);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    int number = 1;
    for (DecisionGuide::Question q : DecisionGuide::questions()) {
        Row row;
        row.question = q;
        row.box = new QWidget(inner);
        auto* h = new QHBoxLayout(row.box);
        h->setContentsMargins(0, 4, 0, 4);
        auto* text = new QLabel(QStringLiteral("<b>%1.</b> %2<br><span style='color:#6b7280'>"
                                               "%3</span>")
                                    .arg(number++)
                                    .arg(DecisionGuide::questionText(q).toHtmlEscaped(),
                                         DecisionGuide::questionHint(q).toHtmlEscaped()),
                                row.box);
        text->setWordWrap(true);
        h->addWidget(text, 1);
        row.yes = new QToolButton(row.box);
        row.yes->setText(tr("Yes"));
        row.no = new QToolButton(row.box);
        row.no->setText(tr("No"));
        for (QToolButton* b : {row.yes, row.no}) {
            b->setCheckable(true);
            b->setStyleSheet(QString::fromLatin1(kButtonStyle));
            h->addWidget(b, 0, Qt::AlignTop);
        }
        connect(row.yes, &QToolButton::clicked, this,
                [this, q] { onClicked(q, DecisionGuide::Answer::Yes); });
        connect(row.no, &QToolButton::clicked, this,
                [this, q] { onClicked(q, DecisionGuide::Answer::No); });
        layout->addWidget(row.box);
        rows_.append(row);
    }

    layout->addStretch(1);
    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);

    // The recommendation stays in view below the questions.
    auto* bottom = new QWidget(this);
    auto* b = new QVBoxLayout(bottom);
    b->setContentsMargins(12, 6, 12, 10);
    result_ = new QLabel(bottom);
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::RichText);
    result_->setObjectName(QStringLiteral("decisionResult"));
    b->addWidget(result_);
    auto* reset = new QPushButton(tr("Start over"), bottom);
    connect(reset, &QPushButton::clicked, this, &DecisionGuideWidget::reset);
    b->addWidget(reset, 0, Qt::AlignLeft);
    outer->addWidget(bottom);
    refresh();
}

QToolButton* DecisionGuideWidget::yesButton(DecisionGuide::Question q) const {
    for (const Row& r : rows_) {
        if (r.question == q) return r.yes;
    }
    return nullptr;
}

QToolButton* DecisionGuideWidget::noButton(DecisionGuide::Question q) const {
    for (const Row& r : rows_) {
        if (r.question == q) return r.no;
    }
    return nullptr;
}

void DecisionGuideWidget::onClicked(DecisionGuide::Question q, DecisionGuide::Answer a) {
    // Clicking the chosen answer again clears it.
    setAnswer(q, guide_.answer(q) == a ? DecisionGuide::Answer::Unknown : a);
}

void DecisionGuideWidget::setAnswer(DecisionGuide::Question q, DecisionGuide::Answer a) {
    const auto before = guide_.evaluate().recommendation;
    guide_.setAnswer(q, a);
    refresh();
    const auto after = guide_.evaluate().recommendation;
    if (after != before) Q_EMIT outcomeChanged(after);
}

void DecisionGuideWidget::reset() {
    guide_.reset();
    refresh();
    Q_EMIT outcomeChanged(DecisionGuide::Recommendation::Undecided);
}

QString DecisionGuideWidget::resultText() const {
    return result_->text();
}

void DecisionGuideWidget::refresh() {
    const DecisionGuide::Outcome o = guide_.evaluate();
    for (const Row& r : rows_) {
        const bool on = guide_.isOnPath(r.question);
        r.box->setEnabled(on);
        r.yes->setChecked(guide_.answer(r.question) == DecisionGuide::Answer::Yes);
        r.no->setChecked(guide_.answer(r.question) == DecisionGuide::Answer::No);
    }
    QString colour = QStringLiteral("#f3f4f6");
    QString border = QStringLiteral("#d1d5db");
    switch (o.recommendation) {
        case DecisionGuide::Recommendation::Llm:
            colour = QStringLiteral("#e3ecfa");
            border = QStringLiteral("#1f4e9a");
            break;
        case DecisionGuide::Recommendation::FineTuned:
            colour = QStringLiteral("#e5f3e6");
            border = QStringLiteral("#4f8a51");
            break;
        case DecisionGuide::Recommendation::NoGoodFit:
            colour = QStringLiteral("#fdf0dc");
            border = QStringLiteral("#e07b00");
            break;
        case DecisionGuide::Recommendation::Undecided:
            break;
    }
    QString body;
    if (o.recommendation == DecisionGuide::Recommendation::Undecided) {
        body = tr("Answer question %1 to continue.")
                   .arg(DecisionGuide::questions().indexOf(o.next) + 1);
    } else {
        body = tr("Decided by question %1: %2")
                   .arg(DecisionGuide::questions().indexOf(o.decidedBy) + 1)
                   .arg(o.reason.toHtmlEscaped());
    }
    result_->setStyleSheet(QStringLiteral("QLabel { background: %1; border-left: 4px solid %2;"
                                          " border-radius: 4px; padding: 10px; }")
                               .arg(colour, border));
    result_->setText(QStringLiteral("<span style='font-size:13pt; font-weight:700'>%1</span>"
                                    "<br>%2")
                         .arg(o.headline.toHtmlEscaped(), body));
}

}  // namespace lmw::ui
