// The encoder's masking settings, shown and not just applied: the rate, the [MASK] / random /
// kept split, the unit (tokens, whole words or SpanBERT's spans), and one sentence as the
// encoder reads it with these settings, each hidden character coloured by what it became.
#pragma once

#include <QWidget>
#include <functional>

#include "api/compare.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lmw::ui {

class MaskingControls : public QWidget {
    Q_OBJECT
public:
    explicit MaskingControls(QWidget* parent = nullptr);

    /// Copies the masking part of `settings` into the controls, and back.
    void setSettings(const CompareSettings& settings);
    void applyTo(CompareSettings& settings) const;
    /// The sentence the preview masks.
    void setSentence(const QString& text);
    /// Masks the preview in a model's own tokens (its tokenizer) instead of characters; an
    /// empty function goes back to characters.
    using PreviewSource = std::function<std::vector<MaskedToken>(
        const std::string&, const ObjectiveConfig&, std::uint64_t)>;
    void setPreviewSource(PreviewSource source, const QString& description);
    /// For a model that lives on another thread: each change calls `requester` with the
    /// sentence, the settings and the seed, and the answer comes back through showPreview().
    using PreviewRequester =
        std::function<void(const std::string&, const ObjectiveConfig&, std::uint64_t)>;
    void setPreviewRequester(PreviewRequester requester);
    void showPreview(const std::vector<MaskedToken>& tokens, const QString& description);
    void showPreviewError(const QString& message);
    /// The preview as rich text (tests), and how many of its characters the loss counts.
    QString previewHtml() const;
    int previewSelected() const { return selected_; }

    QDoubleSpinBox* rateBox() const { return rate_; }
    QSpinBox* maskShareBox() const { return maskShare_; }
    QSpinBox* randomShareBox() const { return randomShare_; }
    QComboBox* unitBox() const { return unit_; }
    QDoubleSpinBox* spanMeanBox() const { return spanMean_; }

Q_SIGNALS:
    void changed();

private:
    void updatePreview();
    ObjectiveConfig objective() const;

    QDoubleSpinBox* rate_ = nullptr;
    QSpinBox* maskShare_ = nullptr;
    QSpinBox* randomShare_ = nullptr;
    QLabel* keptShare_ = nullptr;
    QComboBox* unit_ = nullptr;
    QDoubleSpinBox* spanMean_ = nullptr;
    QPushButton* redraw_ = nullptr;
    QLabel* preview_ = nullptr;
    QString sentence_;
    PreviewSource source_;
    PreviewRequester requester_;
    QString sourceDescription_;
    std::uint64_t seed_ = 1;
    int selected_ = 0;
};

}  // namespace lmw::ui
