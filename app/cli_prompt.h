// The prompt lab's commands of llm-workbench-cli: prompt-eval, icl-task, icl-train.
#pragma once

namespace lmw::cli {

// Each throws UsageError or lmw::Error like the other commands.
int promptEvalCommand(int argc, char** argv);
int iclTaskCommand(int argc, char** argv);
int iclTrainCommand(int argc, char** argv);

}  // namespace lmw::cli
