// Commands of llm-workbench-cli that live in their own files; each returns the exit code and
// throws lmw::cli::UsageError or lmw::Error like the ones in cli_main.cpp.
#pragma once

namespace lmw::cli {

int compareGapsCommand(int argc, char** argv);
int compareCommand(int argc, char** argv);

}  // namespace lmw::cli
