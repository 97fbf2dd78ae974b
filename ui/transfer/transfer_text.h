// Words the steps of the ULMFiT wizard share: the settings group its fields are remembered
// under, and the name a stage of a run goes by in the progress line, the loss legend and the
// learning-rate plot ("stage 1: general LM", "gpt pretraining", "all-at-once classifier").
#pragma once

#include <QString>
#include <string>

#include "api/transfer.h"

namespace lmw::ui {

/// The QSettings group of the ULMFiT wizard: "ulmfit".
QString transferSettingsGroup();

/// The title of `stage` of `run` ("lm" is ULMFiT's own stage 1; other runs pretrain a baseline).
QString stageTitle(const std::string& run, TransferStage stage);

}  // namespace lmw::ui
