// A small command-line parser for llm-workbench-cli: declared options, "--name value" or
// "--name=value", boolean flags, generated --help, and one clear line for any mistake.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "api/configs.h"
#include "api/datasets.h"

namespace lmw::cli {

struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// "skip" or "refuse" (--bad-rows) as the dataset reader's policy; UsageError otherwise.
BadRowPolicy badRowPolicyFrom(const std::string& mode);

/// "80/10/10" (--mask-split): percent of the selected tokens set to [MASK], to a random token
/// and kept; they must add up to 100. Sets the objective's shares; UsageError otherwise.
void parseMaskSplit(const std::string& spec, ObjectiveConfig& objective);

class Args {
public:
    Args(std::string command, std::string summary);
    Args& option(const std::string& name, const std::string& valueName, const std::string& help,
                 const std::string& defaultValue = "");
    Args& flag(const std::string& name, const std::string& help);

    /// Parses argv[first..]; returns false when --help was given (the help is printed).
    bool parse(int argc, char** argv, int first);

    bool has(const std::string& name) const;
    std::string str(const std::string& name) const;
    int integer(const std::string& name) const;
    double real(const std::string& name) const;
    bool isSet(const std::string& name) const;  // flags
    std::string help() const;

private:
    struct Spec {
        std::string valueName, help, defaultValue;
        bool isFlag = false;
    };
    std::string command_, summary_;
    std::vector<std::string> order_;
    std::map<std::string, Spec> specs_;
    std::map<std::string, std::string> values_;
};

}  // namespace lmw::cli
