// The Prompt lab's results per k: accuracy over every seed's prompts, its standard deviation
// over seeds, expected calibration error and the mean probability of the predicted label; as a
// table that fits its rows, and as CSV.
#pragma once

#include <QTableWidget>

#include "api/prompting.h"

namespace lmw::ui {

class ShotsTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ShotsTable(QWidget* parent = nullptr);
    void showReport(const PromptEvalReport& report);

    /// k,accuracy,accuracy_std,ece,mean_confidence,prompts per k; false when it cannot be written.
    static bool writeCsv(const QString& path, const PromptEvalReport& report);
};

}  // namespace lmw::ui
