#include "widgets/save_to_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>

namespace lmw::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("SaveToFile", text);
}
}  // namespace

QString savedMessage(SavedThing thing, const QString& path, bool ok) {
    const QString shown = QDir::toNativeSeparators(path);
    if (!ok) return tr("Could not write %1.").arg(shown);
    switch (thing) {
        case SavedThing::Table:
            return tr("Table saved to %1.").arg(shown);
        case SavedThing::Curve:
            return tr("Curve saved to %1.").arg(shown);
        case SavedThing::Chart:
            return tr("Chart saved to %1.").arg(shown);
        case SavedThing::Plot:
            return tr("Plot saved to %1.").arg(shown);
    }
    return tr("Saved to %1.").arg(shown);
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
