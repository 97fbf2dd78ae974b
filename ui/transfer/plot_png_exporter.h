// Saving plots as PNG images. Each plot added (a QCustomPlot, or a widget that paints itself to
// fit its size, such as the freeze map) gets a context menu to save it alone or every plot at
// once; Ctrl+Shift+S on the owner saves them all. Images are drawn at twice the screen
// resolution, and a plot that is not on screen yet is drawn at a readable default size. The
// folder last used is remembered under the owner's settings group ("pngFolder").
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

class QWidget;

namespace lmw::ui {

class PlotPngExporter : public QObject {
    Q_OBJECT
public:
    /// `owner`: the parent of the dialogs and of the shortcut; `settingsGroup`: where the folder
    /// is remembered.
    PlotPngExporter(QWidget* owner, QString settingsGroup);

    /// Adds `plot`, saved as `fileName` ("loss.png") when every plot is saved into a folder.
    void add(QWidget* plot, const QString& fileName);
    int count() const { return int(plots_.size()); }

    /// Writes `plot` to `path`; false when the file cannot be written.
    static bool savePng(QWidget* plot, const QString& path);
    /// Writes every plot into `folder` (created if needed), in the order added; the paths
    /// written, empty when one could not be written.
    QStringList saveAll(const QString& folder) const;

    /// Asks for a file and saves `plot` there; says how it went (statusMessage).
    void choosePng(QWidget* plot);
    /// Asks for a folder and saves every plot there; says how it went (statusMessage).
    void chooseFolder();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    QString fileNameOf(const QWidget* plot) const;

    QWidget* owner_;
    QString group_;
    std::vector<std::pair<QWidget*, QString>> plots_;  // plot, file name
};

}  // namespace lmw::ui
