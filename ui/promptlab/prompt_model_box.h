// The Prompt lab's model: a run folder, a checkpoint or a Hugging Face GPT-2 folder, read off the
// GUI thread. Only decoders (GPT, LSTM) continue text, so an encoder is refused with a sentence
// saying why. Shows what was loaded (family, size, context, step) or why it could not be used.
#pragma once

#include <QGroupBox>
#include <QString>
#include <memory>

#include "api/text_generator.h"
#include "engine/task_runner.h"

class QLabel;
class QLineEdit;

namespace lmw::ui {

class PromptModelBox : public QGroupBox {
    Q_OBJECT
public:
    explicit PromptModelBox(const QString& settingsGroup, QWidget* parent = nullptr);

    /// Loads `path` in the background: loaded() or failed() after; a newer load supersedes.
    void load(const QString& path);
    void choose();

    /// The loaded model (null while loading or after a failure) and where it came from.
    std::shared_ptr<TextGenerator> generator() const { return generator_; }
    QString path() const { return generatorPath_; }
    bool isLoading() const { return loader_.isBusy(); }
    QLabel* summary() const { return modelSummary_; }

Q_SIGNALS:
    void loadingStarted();
    void loaded();
    void failed(const QString& message);

private:
    QString group_;
    QLineEdit* modelPath_ = nullptr;
    QLabel* modelSummary_ = nullptr;
    std::shared_ptr<TextGenerator> generator_;
    QString generatorPath_;
    TaskRunner loader_;
};

}  // namespace lmw::ui
