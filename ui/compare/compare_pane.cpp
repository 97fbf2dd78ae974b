#include "compare/compare_pane.h"

#include <QLabel>
#include <QVBoxLayout>
#include <cmath>

#include "attention/attention_grid.h"
#include "compare/prediction_strip.h"
#include "widgets/formatting.h"

namespace lmw::ui {

ComparePane::ComparePane(bool encoder, QWidget* parent)
    : QGroupBox(encoder ? tr("Encoder") : tr("Decoder"), parent) {
    auto* v = new QVBoxLayout(this);
    auto* title = new QLabel(tr("No model yet: train both, or load a run."), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title_ = title;
    v->addWidget(title);
    v->addWidget(makeExplanationLabel(
        encoder ? tr("Every token may look at every other token, left and right, "
                     "so each attention square is filled on "
                     "both sides of its diagonal. Below, each token is hidden in "
                     "turn and guessed from everything around it.")
                : tr("A token may look only at itself and the tokens before it: "
                     "the upper right of every square is masked "
                     "(hatched). Below, each token is guessed from the tokens to "
                     "its left only, the question a text "
                     "generator answers at every step."),
        this));
    auto* grid = new AttentionGrid(this);
    grid->setMinimumHeight(180);
    grid->setMaximumHeight(300);
    grid->setToolTip(
        tr("Attention of every layer (rows) and head (columns) on the sentence; click one to open "
           "it in "
           "the Attention tab"));
    grid_ = grid;
    v->addWidget(grid);
    auto* strip = new PredictionStrip(this);
    strip->clear(tr("Predictions appear here."));
    strip_ = strip;
    v->addWidget(strip);
    auto* mean = new QLabel(this);
    mean_ = mean;
    v->addWidget(mean);
}

void ComparePane::setTitle(const QString& text) {
    title_->setText(text);
}

QString ComparePane::titleText() const {
    return title_->text();
}

void ComparePane::showMean() {
    const double p = strip_->meanProbability();
    mean_->setText(tr("Mean probability of the true token: <b>%1</b>")
                       .arg(std::isfinite(p) ? QStringLiteral("%1%").arg(100 * p, 0, 'f', 1)
                                             : QStringLiteral("–")));
}

void ComparePane::clearPredictions(const QString& why) {
    strip_->clear(why);
    mean_->clear();
}

}  // namespace lmw::ui
