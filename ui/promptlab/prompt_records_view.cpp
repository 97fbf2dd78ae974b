#include "promptlab/prompt_records_view.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/formatting.h"
#include "widgets/probability_bars.h"

namespace lmw::ui {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

PromptRecordsView::PromptRecordsView(QWidget* parent) : QWidget(parent) {
    records_ = new QListWidget(this);
    records_->setToolTip(tr(
        "Every scored prompt: ✓ correct, ✗ wrong, with the predicted label and its probability."));
    connect(records_, &QListWidget::currentRowChanged, this, &PromptRecordsView::showRecord);
    promptView_ = new QPlainTextEdit(this);
    promptView_->setReadOnly(true);
    promptView_->setPlaceholderText(tr("The full prompt of the selected record."));
    promptView_->setToolTip(tr(
        "The selected prompt exactly as scored; the model continues it with each label's word."));
    bars_ = new ProbabilityBars(this);
    bars_->setShowsTokens(false);
    bars_->setAbsoluteScale(true);
    bars_->setToolTip(
        tr("The probability the model gives each label after the selected prompt. "
           "The true label is drawn in green and marked; a wrong prediction in red."));
    bars_->clear(noRecordText());
    attention_ = new QPushButton(tr("Show a&ttention"), this);
    attention_->setEnabled(false);
    attentionTooltip_ =
        tr("Open the selected prompt in the Attention tab: the last row of each map shows "
           "which earlier positions the query attends to when the label is predicted "
           "(on the synthetic task: the demonstrations with the same symbol).");
    attention_->setToolTip(attentionTooltip_);
    connect(attention_, &QPushButton::clicked, this, [this] {
        const int row = records_->currentRow();
        if (row >= 0 && row < int(report_.records.size()))
            Q_EMIT attentionRequested(qs(report_.records[std::size_t(row)].prompt));
    });

    auto* detail = new QWidget(this);
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    dl->addWidget(promptView_, 1);
    dl->addWidget(bars_);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(attention_);
    dl->addLayout(buttons);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(records_);
    split->addWidget(detail);
    split->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
}

void PromptRecordsView::showReport(const PromptEvalReport& report) {
    report_ = report;
    const QSignalBlocker block(records_);
    records_->clear();
    QStringList labels;
    for (const auto& l : report_.labels) labels << qs(l);
    for (const PromptRecord& r : report_.records) {
        QString text = qs(r.text).simplified();
        if (text.size() > 40) text = text.left(39) + QStringLiteral("…");
        records_->addItem(tr("%1 k=%2 s%3 #%4 %5 → %6 (%7)")
                              .arg(r.correct() ? QStringLiteral("✓") : QStringLiteral("✗"))
                              .arg(r.shots)
                              .arg(r.seedIndex + 1)
                              .arg(r.query + 1)
                              .arg(text, labels.value(r.predicted), percent(r.confidence())));
    }
    promptView_->clear();
    bars_->clear(noRecordText());
    if (!report_.records.empty()) records_->setCurrentRow(0);
    showRecord(records_->currentRow());
}

void PromptRecordsView::setAttentionAvailable(bool available, const QString& why) {
    attentionAvailable_ = available;
    attention_->setToolTip(available || why.isEmpty() ? attentionTooltip_ : why);
    updateAttentionButton();
}

void PromptRecordsView::updateAttentionButton() {
    const int row = records_->currentRow();
    attention_->setEnabled(attentionAvailable_ && row >= 0 && row < int(report_.records.size()));
}

void PromptRecordsView::showRecord(int row) {
    updateAttentionButton();
    if (row < 0 || row >= int(report_.records.size())) {
        promptView_->clear();
        bars_->clear(noRecordText());
        return;
    }
    const PromptRecord& r = report_.records[std::size_t(row)];
    promptView_->setPlainText(qs(r.prompt));
    QVector<ProbabilityBars::Entry> entries;
    for (std::size_t i = 0; i < r.probabilities.size(); ++i) {
        QString name = i < report_.labels.size() ? qs(report_.labels[i]) : QString::number(i);
        if (i < report_.labels.size() && i < report_.verbalizers.size() &&
            !report_.verbalizers[i].empty() && report_.verbalizers[i][0] != report_.labels[i])
            name += QStringLiteral(" (%1)").arg(qs(report_.verbalizers[i][0]).trimmed());
        const int label = int(i);
        const auto mark = label == r.trueLabel   ? ProbabilityBars::Mark::Truth
                          : label == r.predicted ? ProbabilityBars::Mark::Wrong
                                                 : ProbabilityBars::Mark::None;
        entries.push_back({name, r.probabilities[i], mark});
    }
    bars_->setEntries(QString(), entries);
}

QString PromptRecordsView::noRecordText() const {
    return tr("Select a prompt to see its label probabilities.");
}

}  // namespace lmw::ui
