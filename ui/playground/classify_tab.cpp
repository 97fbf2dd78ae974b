// The Classify tab: a text and the label probabilities of the classification head.
#include "playground/classify_tab.h"

#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "widgets/probability_bars.h"

namespace lmw::ui {

ClassifyTab::ClassifyTab(QWidget* parent) : PlaygroundModeTab(parent) {
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    text_ = inputEdit(this, tr("A text to classify."), 80);
    text_->setToolTip(tr("The classification head reads this text (Ctrl+Return)."));
    l->addWidget(text_);
    auto* row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(
        makeRunButton(tr("Classify"), tr("The probability of each label (Ctrl+Return)."), this));
    row->addWidget(makeStopButton(this));
    l->addLayout(row);
    bars_ = new ProbabilityBars(this);
    bars_->setObjectName(QStringLiteral("classBars"));
    bars_->setShowsTokens(false);
    bars_->clear(tr("Label probabilities appear here."));
    l->addWidget(bars_, 1);
}

QString ClassifyTab::text() const {
    return text_->toPlainText();
}

QString ClassifyTab::showClassified(const std::vector<std::pair<std::string, double>>& labels) {
    QVector<ProbabilityBars::Entry> entries;
    int best = -1;
    double total = 0;
    for (const auto& [name, p] : labels) {
        if (best < 0 || p > entries[best].probability) best = int(entries.size());
        entries.append({QString::fromStdString(name), p});
        total += p;
    }
    bars_->setEntries(tr("Label probabilities (sum %1)").arg(total, 0, 'f', 3), entries, best);
    return best >= 0 ? entries[best].label : QString();
}

QString ClassifyTab::purpose() const {
    return tr("The probability of each label of the model's classification head.");
}

QString ClassifyTab::unavailableReason(const PlaygroundModelInfo& info) const {
    if (info.config.numClasses <= 0)
        return tr("This %1 model has no classification head (it was trained without classes).")
            .arg(familyDisplayName(info.config.family));
    return QString();
}

void ClassifyTab::restoreSettings(QSettings& s) {
    text_->setPlainText(
        s.value(QStringLiteral("classifyText"), QStringLiteral("Once upon a time")).toString());
}

void ClassifyTab::saveSettings(QSettings& s) const {
    s.setValue(QStringLiteral("classifyText"), text_->toPlainText());
}

QString ClassifyTab::shownText() const {
    return bars_->toText();
}

QWidget* ClassifyTab::pictureWidget() const {
    return bars_;
}

void ClassifyTab::clearResults() {
    bars_->clear(tr("Label probabilities appear here."));
}

}  // namespace lmw::ui
