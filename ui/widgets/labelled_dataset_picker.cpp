#include "widgets/labelled_dataset_picker.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

#include "widgets/formatting.h"

namespace lmw::ui {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
}  // namespace

LabelledDatasetPicker::LabelledDatasetPicker(Texts texts, QWidget* parent)
    : QWidget(parent), texts_(std::move(texts)) {
    edit_ = new QLineEdit(this);
    edit_->setPlaceholderText(texts_.placeholder.isEmpty() ? tr("CSV, TSV, JSON Lines or TREC file")
                                                           : texts_.placeholder);
    edit_->setToolTip(texts_.tooltip);
    browse_ = new QPushButton(texts_.button, this);
    browse_->setToolTip(tr("Choose a labelled dataset (CSV, TSV, JSONL or TREC)."));
    summary_ = new QLabel(texts_.empty, this);
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setToolTip(
        tr("Examples, labels with their counts, and rows that could not be read (with "
           "their line numbers)."));
    auto* row = new QHBoxLayout;
    row->addWidget(edit_, 1);
    row->addWidget(browse_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(summary_);
    connect(browse_, &QPushButton::clicked, this, &LabelledDatasetPicker::choose);
    connect(edit_, &QLineEdit::editingFinished, this, [this] {
        const QString p = QDir::fromNativeSeparators(edit_->text().trimmed());
        if (p == path_ || edit_->isReadOnly()) return;
        load(p);
        Q_EMIT chosen(p);
    });
}

void LabelledDatasetPicker::choose() {
    QSettings s;
    const QString start =
        s.value(QStringLiteral("datasets/lastFolder"), QDir::homePath()).toString();
    const QString p = QFileDialog::getOpenFileName(
        this, tr("Open a labelled dataset"), start,
        tr("Labelled data (*.csv *.tsv *.jsonl *.json *.txt *.label);;All files (*)"));
    if (p.isEmpty()) return;
    s.setValue(QStringLiteral("datasets/lastFolder"), QFileInfo(p).absolutePath());
    load(p);
    Q_EMIT chosen(p);
}

void LabelledDatasetPicker::load(const QString& path) {
    path_ = path;
    edit_->setText(QDir::toNativeSeparators(path));
    loaded_ = false;
    error_.clear();
    data_ = {};
    if (path.trimmed().isEmpty()) {
        reader_.cancel();
        summary_->setText(texts_.empty);
        return;
    }
    summary_->setText(tr("Loading…"));
    const DatasetOptions o = options_ ? options_() : DatasetOptions{};
    const std::string file = path.toStdString();
    reader_.start([file, o](TaskContext&) { return loadLabelledDataset(file, o); },
                  [this](LabelledDataset data) {
                      data_ = std::move(data);
                      loaded_ = true;
                      summary_->setText(summaryHtml(data_));
                      Q_EMIT loaded();
                  },
                  [this](const QString& message) {
                      error_ = texts_.failure.isEmpty() ? message : texts_.failure.arg(message);
                      summary_->setText(errorHtml(error_));
                      Q_EMIT failed(error_);
                  });
}

void LabelledDatasetPicker::reload() {
    if (!path_.trimmed().isEmpty()) load(path_);
}

void LabelledDatasetPicker::showInstead(const QString& what, const QString& summaryHtml) {
    reader_.cancel();
    path_.clear();
    loaded_ = false;
    error_.clear();
    data_ = {};
    edit_->setText(what);
    summary_->setText(summaryHtml);
}

QString LabelledDatasetPicker::summaryHtml(const LabelledDataset& data) {
    return summaryHtml(int(data.examples.size()), 1, data.labels, data.labelCounts(),
                       data.textColumn, data.labelColumn, data.skipped);
}

QString LabelledDatasetPicker::summaryHtml(int examples, int tasks,
                                           const std::vector<std::string>& labels,
                                           const std::vector<int>& counts,
                                           const std::string& textColumn,
                                           const std::string& labelColumn,
                                           const std::vector<DatasetRowIssue>& skipped) {
    QStringList parts;
    for (std::size_t i = 0; i < labels.size(); ++i)
        parts << QStringLiteral("<b>%1</b>&nbsp;%2")
                     .arg(qs(labels[i]).toHtmlEscaped())
                     .arg(i < counts.size() ? counts[i] : 0);
    QString text = examples == 1 ? tr("1 example") : tr("%1 examples").arg(examples);
    if (tasks > 1) text += tr(" in %1 tasks").arg(tasks);
    if (!textColumn.empty())
        text += tr(" (text: %1, label: %2)")
                    .arg(qs(textColumn).toHtmlEscaped(), qs(labelColumn).toHtmlEscaped());
    text += QStringLiteral("<br>") + tr("%1 labels: ").arg(labels.size()) +
            parts.join(QStringLiteral(", "));
    if (!skipped.empty()) {
        QStringList lines;
        for (std::size_t i = 0; i < std::min<std::size_t>(3, skipped.size()); ++i)
            lines << tr("line %1: %2")
                         .arg(skipped[i].line)
                         .arg(qs(skipped[i].message).toHtmlEscaped());
        text += QStringLiteral("<br><span style='color:%1'>").arg(warningColor().name()) +
                (skipped.size() == 1 ? tr("1 row skipped")
                                     : tr("%1 rows skipped").arg(skipped.size())) +
                QStringLiteral(" — ") + lines.join(QStringLiteral("; ")) +
                (skipped.size() > 3 ? QStringLiteral("; …") : QString()) +
                QStringLiteral("</span>");
    }
    return text;
}

}  // namespace lmw::ui
