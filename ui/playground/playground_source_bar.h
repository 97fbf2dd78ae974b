// The source row of the Playground: Open (a run folder; the arrow also offers a checkpoint
// file), the recent models, Reload and the Export menu (copy the text, save the text, save a
// picture). The bar asks and the page acts: it emits openRequested(path) once a folder, a file
// or a recent model is chosen, and saveTextRequested / savePictureRequested with the path the
// user picked. The recent list lives in the settings ("playground/recent", newest first).
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QPushButton;
class QToolButton;

namespace lmw::ui {

class PlaygroundSourceBar : public QWidget {
    Q_OBJECT
public:
    /// The most models the recent list keeps.
    static constexpr int kMaxRecent = 8;

    explicit PlaygroundSourceBar(QWidget* parent = nullptr);

    /// The models opened before, newest first, as kept in the settings.
    static QStringList recentSources();
    /// Puts `path` first in the recent list (once, at most kMaxRecent kept) and shows it.
    void rememberRecent(const QString& path);
    /// Shows the recent list as the settings have it.
    void refreshRecent();
    void setReloadEnabled(bool enabled);

    QToolButton* openButton() const { return open_; }
    QComboBox* recentBox() const { return recent_; }
    QPushButton* reloadButton() const { return reload_; }
    QToolButton* exportButton() const { return export_; }

public Q_SLOTS:
    /// Asks for a run folder (or a Hugging Face folder) and emits openRequested.
    void openFolderDialog();
    /// Asks for a checkpoint file and emits openRequested.
    void openFileDialog();
    /// Asks where to save the text and emits saveTextRequested.
    void saveTextDialog();
    /// Asks where to save the PNG (".png" added when the name has no suffix) and emits
    /// savePictureRequested.
    void savePictureDialog();

Q_SIGNALS:
    void openRequested(const QString& path);
    void reloadRequested();
    void copyRequested();
    void saveTextRequested(const QString& path);
    void savePictureRequested(const QString& path);

private:
    /// The folder the open dialogs start in.
    static QString openStart();

    QToolButton* open_ = nullptr;
    QComboBox* recent_ = nullptr;
    QPushButton* reload_ = nullptr;
    QToolButton* export_ = nullptr;
};

}  // namespace lmw::ui
