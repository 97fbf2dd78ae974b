// The Prompt lab's template and evaluation options: the instruction, one demonstration's shape
// ("{text}\n{label}"), the separator, verbalizers (the words that stand for labels), the numbers
// of demonstrations k, seeds, queries and balanced draws. Fields show "\n" for a new line. The
// first problem is written under the form; `changed` fires on every edit. Remembered under the
// settings group the page gives.
#pragma once

#include <QGroupBox>
#include <string>
#include <vector>

#include "api/prompting.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lmw::ui {

class PromptTemplateForm : public QGroupBox {
    Q_OBJECT
public:
    explicit PromptTemplateForm(const QString& settingsGroup, QWidget* parent = nullptr);

    /// The options the form describes for a dataset with these labels (empty: none loaded yet);
    /// throws lmw::Error naming the first problem.
    PromptEvalOptions options(const std::vector<std::string>& labels) const;
    /// Checks the form against `labels` and shows or hides the first problem.
    void check(const std::vector<std::string>& labels);
    bool isValid() const { return valid_; }
    /// Shows a problem under the form (an evaluation that failed, say).
    void showError(const QString& text);
    QLabel* errorLabel() const { return templateError_; }

    /// Fills the instruction, example and separator from `t` and clears the verbalizers.
    void useTemplate(const PromptTemplate& t);
    void save() const;

Q_SIGNALS:
    void changed();

private:
    void restore();

    QString group_;
    QLineEdit* instruction_ = nullptr;
    QLineEdit* example_ = nullptr;
    QLineEdit* separator_ = nullptr;
    QLineEdit* verbalizers_ = nullptr;
    QLineEdit* shots_ = nullptr;
    QSpinBox* seeds_ = nullptr;
    QSpinBox* limit_ = nullptr;
    QCheckBox* balanced_ = nullptr;
    QLabel* templateError_ = nullptr;
    bool valid_ = false;
};

}  // namespace lmw::ui
