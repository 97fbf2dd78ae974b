// The Encoder vs decoder tab's gap task: hides words of the held-out text and scores each
// model on writing them back, off the GUI thread. Rows: the encoder (both sides, mask-predict),
// the decoder writing from the left, the decoder ranking whole sentences; columns: fill-in and
// continuation, on the gaps the right side decides and on ordinary words. A table, a bar chart
// and the explanation of what is measured.
#pragma once

#include "engine/seam_types.h"  // first: the meta-types of the seam structs

#include <QGroupBox>
#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "api/corpus.h"
#include "api/gap_tasks.h"
#include "api/text_generator.h"
#include "engine/task_runner.h"

class QComboBox;
class QCustomPlot;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lmw::ui {

/// The gap task's results for one model and one way of filling gaps.
struct CompareGapResult {
    bool ok = false;
    QString error;
    QString model;  // "BERT encoder (both sides)", "GPT decoder (ranks whole sentences)"
    GapMethod method = GapMethod::Generate;
    GapScore infill;  // over all gaps
    GapScore continuation;
    GapScore infillDecided, infillOrdinary;  // the gaps the right side decides / the rest
    GapScore continueDecided, continueOrdinary;
};

class GapTaskPanel : public QGroupBox {
    Q_OBJECT
public:
    /// One model to score. The functions run on a worker thread: `source` makes the model,
    /// `name` titles it, `problem` says why it cannot stand on its side (empty when it can).
    struct Model {
        std::function<std::optional<TextGenerator>()> source;
        std::function<QString(const TextGenerator&)> name;
        std::function<QString(const TextGenerator&)> problem;
        QString fallbackName;
        bool encoder = false;
    };

    explicit GapTaskPanel(QWidget* parent = nullptr);
    ~GapTaskPanel() override;  // stops and waits

    /// Scores the models on the held-out tenth of `corpus` (the encoder once, a decoder by
    /// writing and by ranking). Ignored while a scoring runs.
    void score(std::vector<Model> models, const CorpusSource& corpus);
    void stop();
    void waitForFinished();
    bool isBusy() const { return runner_.isBusy(); }
    const std::vector<CompareGapResult>& results() const { return results_; }

    QPushButton* button() const { return button_; }
    QTableWidget* table() const { return table_; }
    QSpinBox* itemsBox() const { return items_; }
    QComboBox* unitBox() const { return unit_; }

Q_SIGNALS:
    /// The user asked to score (the button or Ctrl+Shift+G); the page supplies the models.
    void scoreRequested();
    void scored();
    /// A scoring started or ended (also when it was stopped).
    void busyChanged(bool busy);
    void statusMessage(const QString& text);

private:
    void show(const std::vector<CompareGapResult>& results);

    QSpinBox* items_ = nullptr;
    QComboBox* unit_ = nullptr;
    QPushButton* button_ = nullptr;
    QTableWidget* table_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    TaskRunner runner_;
    std::vector<CompareGapResult> results_;
};

}  // namespace lmw::ui
