// What the Playground knows about the loaded model (read on the engine thread when it loads),
// and how it names a model to the user: the family's display name, its mask token, and the
// summary the page shows above the modes.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <cstdint>

#include "api/configs.h"
#include "widgets/family_text.h"

namespace lmw::ui {

struct PlaygroundModelInfo {
    ModelConfig config;
    std::int64_t step = 0;
    bool continuesText = false;
    bool encoder = false;
    bool imported = false;  // a Hugging Face folder (no training step of ours)

    /// Rich text: family, shape, context, vocabulary, parameters, training and head, with
    /// `description` (where the model comes from) on a second line.
    QString summary(const QString& description) const;

    Q_DECLARE_TR_FUNCTIONS(lmw::ui::PlaygroundModelInfo)
};

/// The mask token a family's tokenizer uses in text ("[MASK]" or "<mask>"; "<mask>" for a
/// family without one, which is what BART's noise and a pasted RoBERTa text use).
QString maskTokenOf(ModelFamily family);

}  // namespace lmw::ui
