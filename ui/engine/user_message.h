// The one place where an exception from the engine becomes text for the user. An lmw::Error
// already carries a sentence written for the user and passes through unchanged; anything else
// is named as unexpected, so a LibTorch or library message is never shown as if it were ours.
#pragma once

#include <QString>
#include <exception>

namespace lmw::ui {

/// Text for the exception `error` (call inside a catch block with std::current_exception()).
QString userMessage(std::exception_ptr error);

}  // namespace lmw::ui
