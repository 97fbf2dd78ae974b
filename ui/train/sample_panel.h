// The sample box: generate text from the current weights at any time (also mid-training, from
// a snapshot) or from a reopened run, with temperature, top-k, top-p, seed and length. The
// text streams in as it is generated and a long generation can be stopped.
#pragma once

#include <QPointer>
#include <QWidget>

#include "engine/sample_controller.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lmw::ui {

class SamplingOptionsForm;

class SamplePanel : public QWidget {
    Q_OBJECT
public:
    explicit SamplePanel(QWidget* parent = nullptr);
    ~SamplePanel() override;

    /// Where the weights come from; `description` is shown ("live run, step 500").
    void setSource(GeneratorFactory factory, const QString& description);
    void clearSource(const QString& reason);
    GenerateOptions options() const;
    QString output() const;
    bool isGenerating() const { return sampler_->isRunning(); }

public Q_SLOTS:
    void generate();
    void stop();

Q_SIGNALS:
    void generationFinished();

private:
    void setBusy(bool busy);
    void onGenerationEnded();

    GeneratorFactory factory_;
    QPlainTextEdit* prompt_ = nullptr;
    QPlainTextEdit* output_ = nullptr;
    SamplingOptionsForm* options_ = nullptr;
    QPushButton* button_ = nullptr;
    QLabel* source_ = nullptr;
    SampleController* sampler_ = nullptr;
};

}  // namespace lmw::ui
