#include "widgets/dataset_options_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <algorithm>

namespace lmw::ui {

DatasetOptionsForm::DatasetOptionsForm(const QString& settingsGroup, QWidget* parent)
    : QWidget(parent), group_(settingsGroup) {
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("datasetFormat"));
    format_->addItem(tr("automatic"), QStringLiteral("auto"));
    for (const char* f : {"csv", "tsv", "jsonl", "trec"})
        format_->addItem(QString::fromLatin1(f), QString::fromLatin1(f));
    format_->setToolTip(tr("File format; automatic guesses from the extension and the content."));
    textColumn_ = new QLineEdit(this);
    textColumn_->setObjectName(QStringLiteral("textColumn"));
    textColumn_->setPlaceholderText(tr("guess"));
    textColumn_->setToolTip(
        tr("Column (header name or 0-based index) or JSON key of the text; empty: guessed."));
    labelColumn_ = new QLineEdit(this);
    labelColumn_->setObjectName(QStringLiteral("labelColumn"));
    labelColumn_->setPlaceholderText(tr("guess"));
    labelColumn_->setToolTip(
        tr("Column (header name or 0-based index) or JSON key of the label; empty: guessed."));
    badRows_ = new QComboBox(this);
    badRows_->setObjectName(QStringLiteral("badRows"));
    badRows_->addItem(tr("Skip and list them"));
    badRows_->addItem(tr("Refuse the file"));
    badRows_->setToolTip(tr(
        "<p>What to do with a row that cannot be read (wrong number of columns, broken quoting "
        "or JSON, empty text or label).</p><p><b>Skip and list them</b>: the row is left out and "
        "its line number is listed under the file.</p><p><b>Refuse the file</b>: the file is not "
        "used at all and the first such line is named; nothing can use it until the file is "
        "fixed or rows are skipped.</p>"));

    QSettings s;
    s.beginGroup(group_);
    textColumn_->setText(s.value(QStringLiteral("textColumn")).toString());
    labelColumn_->setText(s.value(QStringLiteral("labelColumn")).toString());
    format_->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("format"), 0).toInt(), 0, format_->count() - 1));
    badRows_->setCurrentIndex(std::clamp(s.value(QStringLiteral("badRows"), 0).toInt(), 0, 1));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* cols = new QHBoxLayout;
    cols->addWidget(format_);
    cols->addWidget(new QLabel(tr("text column:"), this));
    cols->addWidget(textColumn_);
    cols->addWidget(new QLabel(tr("label column:"), this));
    cols->addWidget(labelColumn_);
    form->addRow(tr("Format:"), cols);
    auto* rows = new QHBoxLayout;
    rows->addWidget(badRows_);
    rows->addStretch(1);
    form->addRow(tr("Malformed rows:"), rows);

    auto edited = [this] {
        save();
        Q_EMIT changed();
    };
    connect(format_, qOverload<int>(&QComboBox::currentIndexChanged), this, edited);
    connect(badRows_, qOverload<int>(&QComboBox::currentIndexChanged), this, edited);
    connect(textColumn_, &QLineEdit::editingFinished, this, edited);
    connect(labelColumn_, &QLineEdit::editingFinished, this, edited);
}

DatasetOptions DatasetOptionsForm::options() const {
    DatasetOptions o;
    o.format = datasetFormatFromName(format_->currentData().toString().toStdString());
    o.textColumn = textColumn_->text().trimmed().toStdString();
    o.labelColumn = labelColumn_->text().trimmed().toStdString();
    o.badRows = badRows_->currentIndex() == 1 ? BadRowPolicy::Refuse : BadRowPolicy::Skip;
    return o;
}

void DatasetOptionsForm::save() const {
    QSettings s;
    s.beginGroup(group_);
    s.setValue(QStringLiteral("textColumn"), textColumn_->text());
    s.setValue(QStringLiteral("labelColumn"), labelColumn_->text());
    s.setValue(QStringLiteral("format"), format_->currentIndex());
    s.setValue(QStringLiteral("badRows"), badRows_->currentIndex());
}

}  // namespace lmw::ui
