// Saving what a page shows through a file dialog, with one wording for the status line that
// follows ("Table saved to PATH." / "Could not write PATH."). Pages keep their own writers.
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace lmw::ui {

/// What was saved, for the status line.
enum class SavedThing { Table, Curve, Chart, Plot };

/// The status line after writing `path`: "<thing> saved to PATH." or "Could not write PATH."
/// (native separators).
QString savedMessage(SavedThing thing, const QString& path, bool ok);

/// Asks where to save (a dialog over `parent` with `caption`, starting at `suggested`, offering
/// `filter`), writes there with `write` and returns the status line; an empty string when the
/// user cancels. `chosen`, when given, receives the path chosen.
QString saveThroughDialog(QWidget* parent, const QString& caption, const QString& suggested,
                          const QString& filter, SavedThing thing,
                          const std::function<bool(const QString& path)>& write,
                          QString* chosen = nullptr);

}  // namespace lmw::ui
