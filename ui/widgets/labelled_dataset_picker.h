// One labelled dataset file (CSV, TSV, JSON Lines, TREC): its path, a button to choose it, and a
// summary under it (examples, labels with their counts, rows skipped with their line numbers, or
// why the file cannot be used). The file is read off the GUI thread by a task runner; choosing
// another file, or reading it again with other options, supersedes a read still running.
// Modelled on CorpusPicker; used once by the Prompt lab and twice (train, test) by ULMFiT.
#pragma once

#include <QString>
#include <QWidget>
#include <functional>
#include <string>
#include <vector>

#include "api/datasets.h"
#include "engine/task_runner.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace lmw::ui {

class LabelledDatasetPicker : public QWidget {
    Q_OBJECT
public:
    struct Texts {
        QString button;       // "Data f&ile…"
        QString placeholder;  // in the empty path field
        QString tooltip;      // of the path field
        QString empty;        // the summary when no file is chosen
        QString failure;      // "%1" is the reason: "The dataset could not be read: %1"
    };
    LabelledDatasetPicker(Texts texts, QWidget* parent = nullptr);

    /// Where the reading options come from; asked at every read.
    void setOptionsSource(std::function<DatasetOptions()> options) {
        options_ = std::move(options);
    }

    /// Reads `path` in the background (loaded() or failed() after); an empty path clears.
    void load(const QString& path);
    /// Reads the current file again (after the options changed); nothing when there is none.
    void reload();
    /// Something that is not a file stands in its place (a synthetic task): any read is
    /// cancelled, the path field shows `what` and the summary `summaryHtml`.
    void showInstead(const QString& what, const QString& summaryHtml);

    QString path() const { return path_; }
    bool isLoaded() const { return loaded_; }
    bool isLoading() const { return reader_.isBusy(); }
    const LabelledDataset& dataset() const { return data_; }
    /// Why the last file could not be used; empty when it could.
    QString error() const { return error_; }

    QLineEdit* pathEdit() const { return edit_; }
    QLabel* summary() const { return summary_; }
    QPushButton* browseButton() const { return browse_; }

    /// The summary text of one or more datasets: examples (in `tasks` tasks when more than
    /// one), the columns read, labels with counts, and the first rows skipped.
    static QString summaryHtml(int examples, int tasks, const std::vector<std::string>& labels,
                               const std::vector<int>& counts, const std::string& textColumn,
                               const std::string& labelColumn,
                               const std::vector<DatasetRowIssue>& skipped);
    static QString summaryHtml(const LabelledDataset& data);

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);
    /// The user chose a file (dialog, or the path field edited).
    void chosen(const QString& path);

private:
    void choose();

    Texts texts_;
    std::function<DatasetOptions()> options_;
    QLineEdit* edit_ = nullptr;
    QPushButton* browse_ = nullptr;
    QLabel* summary_ = nullptr;
    QString path_;
    LabelledDataset data_;
    bool loaded_ = false;
    QString error_;
    TaskRunner reader_;
};

}  // namespace lmw::ui
