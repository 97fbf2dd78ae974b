// A sentence for the user that is not an error: progress notes such as "Checkpoint saved at
// step 250." Like lmw::Error it carries the English text the command line prints and, for the
// GUI's translation, a stable code, the English template and its arguments (no code: shown as
// written).
//
//   cb.onMessage(Message(LMW_MESSAGE("training.checkpoint_saved",
//                                    "Checkpoint saved at step %1."), {std::to_string(step)}));
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "api/error.h"

namespace lmw {

struct Message {
    std::string code;  // "" for a plain sentence
    std::string messageTemplate;
    std::vector<std::string> args;
    std::string text;  // the English sentence

    Message(std::string plain) : text(std::move(plain)) {}  // NOLINT: plain text converts
    Message(const char* plain) : text(plain) {}             // NOLINT
    Message(MessageText t, std::vector<std::string> a = {})
        : code(t.code),
          messageTemplate(t.text),
          args(std::move(a)),
          text(Error::fill(messageTemplate, args)) {}
};

}  // namespace lmw
