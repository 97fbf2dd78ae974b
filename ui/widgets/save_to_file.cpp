#include "widgets/save_to_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace lmw::ui {

namespace {
class SaveToFile {
    Q_DECLARE_TR_FUNCTIONS(SaveToFile)
};
}  // namespace

QString savedMessage(SavedThing thing, const QString& path, bool ok) {
    const QString shown = QDir::toNativeSeparators(path);
    if (!ok) return SaveToFile::tr("Could not write %1.").arg(shown);
    switch (thing) {
        case SavedThing::Table:
            return SaveToFile::tr("Table saved to %1.").arg(shown);
        case SavedThing::Curve:
            return SaveToFile::tr("Curve saved to %1.").arg(shown);
        case SavedThing::Chart:
            return SaveToFile::tr("Chart saved to %1.").arg(shown);
        case SavedThing::Plot:
            return SaveToFile::tr("Plot saved to %1.").arg(shown);
    }
    return SaveToFile::tr("Saved to %1.").arg(shown);
}

QString saveThroughDialog(QWidget* parent, const QString& caption, const QString& suggested,
                          const QString& filter, SavedThing thing,
                          const std::function<bool(const QString& path)>& write, QString* chosen) {
    const QString path = QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    if (chosen) *chosen = path;
    if (path.isEmpty()) return QString();
    return savedMessage(thing, path, write(path));
}

}  // namespace lmw::ui
