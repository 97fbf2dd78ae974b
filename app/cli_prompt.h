// The prompt lab's commands of llm-workbench-cli: prompt-eval, icl-task, icl-train.
#pragma once

#include <string>

namespace lmw::cli {

bool isPromptCommand(const std::string& command);
/// Runs one of them; throws UsageError or lmw::Error like the other commands.
int runPromptCommand(const std::string& command, int argc, char** argv);

}  // namespace lmw::cli
