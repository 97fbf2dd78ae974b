// The one exception type that crosses the seam. Its message is a single line written for the
// user ("Corpus 'x.txt' is empty."), shown as is by the GUI and the CLI.
#pragma once

#include <stdexcept>
#include <string>

namespace lmw {

class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace lmw
