// CSV and TSV text as records, one at a time, so that a file is never held as rows (a file of
// separators alone would cost dozens of times its size). A field that starts with a quote runs
// to the matching quote ("" inside stands for one quote) and may span lines.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lmw {

/// One record: the line it starts on, its fields, and what is wrong with it (if anything).
struct RawRow {
    int line = 0;
    std::vector<std::string> fields;
    std::string problem;  // non-empty: the row is malformed
};

/// A row with more fields than this is malformed (its fields are not kept).
constexpr std::size_t kMaxColumns = 1000;

class RecordSplitter {
public:
    /// `text` must outlive the splitter.
    RecordSplitter(const std::string& text, char sep) : text_(text), sep_(sep) {}

    /// The next record that is not blank; false at the end.
    bool next(RawRow& row);

private:
    const std::string& text_;
    char sep_;
    std::size_t i_ = 0;
    int line_ = 1;
    bool done_ = false;
};

}  // namespace lmw
