// Transfer-learning commands of llm-workbench-cli (app/cli_transfer.cpp).
#pragma once

namespace lmw::cli {

/// `ulmfit`: the three stages of ULMFiT and its baselines on a labelled dataset.
int ulmfitCommand(int argc, char** argv);
/// `classify`: the class probabilities a classifier checkpoint gives a text.
int classifyCommand(int argc, char** argv);

}  // namespace lmw::cli
