// Every prompt a Prompt lab evaluation scored, as a list (✓ or ✗, k, seed, the query, the
// predicted label and its probability); the selected one in full, exactly as scored, with the
// probability of each label under it, and a button that opens it in the Attention tab.
#pragma once

#include <QWidget>

#include "api/prompting.h"

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lmw::ui {

class ProbabilityBars;

class PromptRecordsView : public QWidget {
    Q_OBJECT
public:
    explicit PromptRecordsView(QWidget* parent = nullptr);

    /// Lists the report's records and selects the first.
    void showReport(const PromptEvalReport& report);
    /// Whether the model can show attention (a transformer decoder); `why` says why not.
    void setAttentionAvailable(bool available, const QString& why = {});

    QListWidget* list() const { return records_; }
    QPlainTextEdit* promptView() const { return promptView_; }
    ProbabilityBars* bars() const { return bars_; }
    QPushButton* attentionButton() const { return attention_; }

Q_SIGNALS:
    /// "Show attention" on the selected record: the prompt's full text.
    void attentionRequested(const QString& prompt);

private:
    void showRecord(int row);
    void updateAttentionButton();
    QString noRecordText() const;

    QListWidget* records_ = nullptr;
    QPlainTextEdit* promptView_ = nullptr;
    ProbabilityBars* bars_ = nullptr;
    QPushButton* attention_ = nullptr;
    PromptEvalReport report_;
    bool attentionAvailable_ = false;
    QString attentionTooltip_;
};

}  // namespace lmw::ui
