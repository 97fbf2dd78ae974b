// Corpus chooser: the bundled stories or a UTF-8 file (chosen, recent, or dropped on the
// widget). The file is checked by the engine in the background and the result (size,
// characters, vocabulary, or the reason it cannot be used) is shown under the chooser.
#pragma once

#include <QString>
#include <QWidget>

#include "api/corpus.h"
#include "engine/task_runner.h"

class QComboBox;
class QLabel;
class QToolButton;

namespace lmw::ui {

/// Result of checking a corpus off the GUI thread.
struct CorpusCheck {
    bool ok = false;
    CorpusInfo info;
    QString error;
};

class CorpusPicker : public QWidget {
    Q_OBJECT
public:
    static constexpr const char* kBuiltin = "builtin:stories";

    explicit CorpusPicker(QWidget* parent = nullptr);

    /// "builtin:stories" or a file path.
    QString selection() const;
    /// The corpus to hand to the engine (the bundled text is read from resources).
    CorpusSource source() const;
    bool isReady() const { return check_.ok; }
    const CorpusCheck& lastCheck() const { return check_; }

    void setSelection(const QString& selection);  // adds files to the recent list
    void setContext(int block) { block_ = block; }
    void chooseFile();

    /// The bundled corpus text, read once from the Qt resources.
    static std::string bundledText();

Q_SIGNALS:
    void checked(const lmw::ui::CorpusCheck& result);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void onActivated(int index);
    void startCheck();
    void rebuildCombo(const QString& selected);

    QComboBox* combo_ = nullptr;
    QToolButton* browse_ = nullptr;
    QLabel* info_ = nullptr;
    void showCheck(const CorpusCheck& check);

    TaskRunner checker_;
    CorpusCheck check_;
    QStringList recent_;
    QString selection_;
    int block_ = 64;
};

}  // namespace lmw::ui

Q_DECLARE_METATYPE(lmw::ui::CorpusCheck)
