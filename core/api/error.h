// The one exception type that crosses the seam. Its message is a single line written for the
// user ("Corpus 'x.txt' is empty."), shown as is by the CLI. A message may also carry a stable
// code, its English template and the template's arguments, so that the GUI can show it in the
// user's language:
//
//   throw Error(LMW_MESSAGE("corpus.empty", "Corpus '%1' is empty."), {path});
//
// The template marks where each argument goes with %1 to %9. LMW_MESSAGE also lists the
// template for the translation catalogue: lupdate reads it as QT_TRANSLATE_NOOP with the code
// as the context, and the GUI looks the template up under that context.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace lmw {

/// A message's stable code ("corpus.empty") and its English template.
struct MessageText {
    const char* code;
    const char* text;
};

#define LMW_MESSAGE(code, text) (::lmw::MessageText{code, text})

class Error : public std::runtime_error {
public:
    /// A sentence without a code: every language shows it as written.
    explicit Error(const std::string& message) : std::runtime_error(message) {}
    Error(MessageText text, std::vector<std::string> args = {})
        : std::runtime_error(fill(text.text, args)),
          code_(text.code),
          template_(text.text),
          args_(std::move(args)) {}

    /// "" for a message without a code.
    const std::string& code() const noexcept { return code_; }
    const std::string& messageTemplate() const noexcept { return template_; }
    const std::vector<std::string>& args() const noexcept { return args_; }

    /// `text` with %1..%9 replaced by `args` (a marker without an argument stays as written).
    static std::string fill(const std::string& text, const std::vector<std::string>& args) {
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
                const auto n = static_cast<std::size_t>(text[i + 1] - '1');
                if (n < args.size()) {
                    out += args[n];
                    ++i;
                    continue;
                }
            }
            out += c;
        }
        return out;
    }

private:
    std::string code_;
    std::string template_;
    std::vector<std::string> args_;
};

}  // namespace lmw
