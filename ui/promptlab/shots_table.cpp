#include "promptlab/shots_table.h"

#include <QFile>
#include <QHeaderView>
#include <QTextStream>
#include <algorithm>

#include "widgets/formatting.h"

namespace lmw::ui {

ShotsTable::ShotsTable(QWidget* parent) : QTableWidget(0, 5, parent) {
    setHorizontalHeaderLabels(
        {tr("k"), tr("Accuracy"), tr("± seeds"), tr("ECE"), tr("Mean confidence")});
    setToolTip(
        tr("Per k: accuracy over every seed's prompts, its standard deviation over seeds, "
           "expected calibration error, and the mean probability of the predicted label."));
    verticalHeader()->setVisible(false);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    setMaximumHeight(170);
}

void ShotsTable::showReport(const PromptEvalReport& report) {
    setRowCount(int(report.byShots.size()));
    auto cell = [](double value, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < int(report.byShots.size()); ++r) {
        const ShotsResult& s = report.byShots[std::size_t(r)];
        setItem(r, 0, cell(s.shots, QString::number(s.shots)));
        setItem(r, 1, cell(s.calibration.accuracy, percent(s.calibration.accuracy)));
        setItem(r, 2,
                cell(s.accuracyStd,
                     s.seedAccuracies.size() > 1 ? percent(s.accuracyStd) : QStringLiteral("–")));
        setItem(r, 3, cell(s.calibration.ece, QString::number(s.calibration.ece, 'f', 3)));
        setItem(r, 4, cell(s.calibration.meanConfidence, percent(s.calibration.meanConfidence)));
    }
    resizeRowsToContents();
    int height = horizontalHeader()->height() + 2 * frameWidth() + 2;
    for (int r = 0; r < rowCount(); ++r) height += rowHeight(r);
    setMaximumHeight(std::min(height, 240));
}

bool ShotsTable::writeCsv(const QString& path, const PromptEvalReport& report) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) return false;
    QTextStream out(&f);
    out << "k,accuracy,accuracy_std,ece,mean_confidence,prompts\n";
    for (const ShotsResult& s : report.byShots)
        out << s.shots << ',' << QString::number(s.calibration.accuracy, 'g', 10) << ','
            << QString::number(s.accuracyStd, 'g', 10) << ','
            << QString::number(s.calibration.ece, 'g', 10) << ','
            << QString::number(s.calibration.meanConfidence, 'g', 10) << ',' << s.calibration.count
            << '\n';
    out.flush();
    f.close();
    return out.status() == QTextStream::Ok && f.error() == QFileDevice::NoError;
}

}  // namespace lmw::ui
