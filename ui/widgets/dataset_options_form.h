// How a labelled dataset file is read: its format, which column (or JSON key) holds the text and
// which the label, and what to do with rows that cannot be read. Shared by the Prompt lab and
// the ULMFiT wizard; remembered under the settings group the page gives. `changed` fires when
// the user edits a field (a column when editing ends), so that loaded files can be read again.
#pragma once

#include <QString>
#include <QWidget>

#include "api/datasets.h"

class QComboBox;
class QLineEdit;

namespace lmw::ui {

class DatasetOptionsForm : public QWidget {
    Q_OBJECT
public:
    /// `settingsGroup`: where the fields are remembered ("promptlab", "ulmfit").
    explicit DatasetOptionsForm(const QString& settingsGroup, QWidget* parent = nullptr);

    DatasetOptions options() const;

    QComboBox* formatBox() const { return format_; }
    QLineEdit* textColumnEdit() const { return textColumn_; }
    QLineEdit* labelColumnEdit() const { return labelColumn_; }
    /// Malformed rows: 0 skip and list them, 1 refuse the file.
    QComboBox* badRowsBox() const { return badRows_; }

Q_SIGNALS:
    void changed();

private:
    void save() const;

    QString group_;
    QComboBox* format_ = nullptr;
    QLineEdit* textColumn_ = nullptr;
    QLineEdit* labelColumn_ = nullptr;
    QComboBox* badRows_ = nullptr;
};

}  // namespace lmw::ui
