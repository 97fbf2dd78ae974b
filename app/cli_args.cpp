#include "cli_args.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

namespace lmw::cli {

Args::Args(std::string command, std::string summary)
    : command_(std::move(command)), summary_(std::move(summary)) {}

Args& Args::option(const std::string& name, const std::string& valueName, const std::string& help,
                   const std::string& defaultValue) {
    order_.push_back(name);
    specs_[name] = Spec{valueName, help, defaultValue, false};
    return *this;
}

Args& Args::flag(const std::string& name, const std::string& help) {
    order_.push_back(name);
    specs_[name] = Spec{"", help, "", true};
    return *this;
}

bool Args::parse(int argc, char** argv, int first) {
    for (int i = first; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::fputs(help().c_str(), stdout);
            return false;
        }
        if (arg.rfind("--", 0) != 0)
            throw UsageError("unexpected argument '" + arg + "' (options start with --)");
        std::string name = arg.substr(2), value;
        const auto eq = name.find('=');
        const bool inlineValue = eq != std::string::npos;
        if (inlineValue) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        auto it = specs_.find(name);
        if (it == specs_.end())
            throw UsageError("unknown option --" + name + " for '" + command_ + "'");
        if (it->second.isFlag) {
            if (inlineValue) throw UsageError("--" + name + " takes no value");
            values_[name] = "1";
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= argc)
                throw UsageError("--" + name + " needs a value (" + it->second.valueName + ")");
            value = argv[++i];
        }
        values_[name] = value;
    }
    return true;
}

bool Args::has(const std::string& name) const {
    return values_.count(name) != 0 || !specs_.at(name).defaultValue.empty();
}

bool Args::isSet(const std::string& name) const {
    return values_.count(name) != 0;
}

std::string Args::str(const std::string& name) const {
    auto it = values_.find(name);
    return it != values_.end() ? it->second : specs_.at(name).defaultValue;
}

int Args::integer(const std::string& name) const {
    const std::string s = str(name);
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (s.empty() || *end != '\0' || errno == ERANGE || v < -2147483647L || v > 2147483647L)
        throw UsageError("--" + name + " expects a whole number, got '" + s + "'");
    return static_cast<int>(v);
}

double Args::real(const std::string& name) const {
    const std::string s = str(name);
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (s.empty() || *end != '\0' || !std::isfinite(v))
        throw UsageError("--" + name + " expects a number, got '" + s + "'");
    return v;
}

std::string Args::help() const {
    std::ostringstream out;
    out << "usage: llm-workbench-cli " << command_ << " [options]\n\n"
        << summary_ << "\n\noptions:\n";
    for (const std::string& name : order_) {
        const Spec& s = specs_.at(name);
        std::string left = "  --" + name + (s.isFlag ? "" : " " + s.valueName);
        if (left.size() < 26)
            left.resize(26, ' ');
        else
            left += "  ";
        out << left << s.help;
        if (!s.defaultValue.empty()) out << " (default " << s.defaultValue << ")";
        out << "\n";
    }
    out << "  --help                  show this help\n";
    return out.str();
}

BadRowPolicy badRowPolicyFrom(const std::string& mode) {
    if (mode == "skip") return BadRowPolicy::Skip;
    if (mode == "refuse") return BadRowPolicy::Refuse;
    throw UsageError("--bad-rows must be skip or refuse");
}

void parseMaskSplit(const std::string& spec, ObjectiveConfig& o) {
    double parts[3] = {0, 0, 0};
    std::size_t from = 0;
    for (int i = 0; i < 3; ++i) {
        const std::size_t slash = spec.find('/', from);
        const std::string item =
            spec.substr(from, slash == std::string::npos ? std::string::npos : slash - from);
        char* end = nullptr;
        parts[i] = std::strtod(item.c_str(), &end);
        if (item.empty() || *end != '\0' || parts[i] < 0 || parts[i] > 100 ||
            (i < 2) == (slash == std::string::npos))
            throw UsageError(
                "--mask-split expects three percentages like 80/10/10 ([MASK]/random/kept), got '" +
                spec + "'");
        from = slash + 1;
    }
    if (std::abs(parts[0] + parts[1] + parts[2] - 100) > 1e-6)
        throw UsageError("--mask-split: the three percentages must add up to 100, got '" + spec +
                         "'");
    o.maskTokenShare = parts[0] / 100;
    o.randomTokenShare = parts[1] / 100;
}

}  // namespace lmw::cli
