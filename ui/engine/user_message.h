// The one place where an exception from the engine becomes text for the user. An lmw::Error
// already carries a sentence written for the user and passes through unchanged; anything else
// is named as unexpected, so a LibTorch or library message is never shown as if it were ours.
#pragma once

#include <QString>
#include <exception>

namespace lmw {
class Error;
struct Message;
}  // namespace lmw

namespace lmw::ui {

/// An engine message in the interface's language: a coded lmw::Error's template looked up in
/// the catalogue (context: its code) with its arguments filled in; a message without a code,
/// or without a translation, as written.
QString translatedMessage(const lmw::Error& error);
/// The same for a progress note of the engine (lmw::Message).
QString translatedMessage(const lmw::Message& message);

/// What an exception caught by reference says: translated when it is a coded lmw::Error, its
/// what() otherwise.
QString messageOf(const std::exception& error);

/// Text for the exception `error` (call inside a catch block with std::current_exception()).
QString userMessage(std::exception_ptr error);

}  // namespace lmw::ui
