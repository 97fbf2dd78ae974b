#include "data/record_splitter.h"

namespace lmw {

bool RecordSplitter::next(RawRow& row) {
    const std::size_t n = text_.size();
    while (i_ < n && !done_) {
        row = RawRow{};
        row.line = line_;
        std::string field;
        bool rowDone = false;
        bool blank = true;
        while (!rowDone) {
            field.clear();
            if (i_ < n && text_[i_] == '"') {
                blank = false;
                ++i_;
                bool closed = false;
                while (i_ < n) {
                    if (text_[i_] == '"') {
                        if (i_ + 1 < n && text_[i_ + 1] == '"') {
                            field += '"';
                            i_ += 2;
                            continue;
                        }
                        ++i_;
                        closed = true;
                        break;
                    }
                    if (text_[i_] == '\n') ++line_;
                    field += text_[i_++];
                }
                if (!closed) {
                    row.problem = "a quoted field is never closed";
                    row.fields.push_back(field);
                    done_ = true;
                    return true;
                }
                // Text between the closing quote and the separator is malformed quoting.
                std::size_t j = i_;
                while (j < n && text_[j] != sep_ && text_[j] != '\n' && text_[j] != '\r') ++j;
                if (j > i_ && row.problem.empty())
                    row.problem =
                        "text after a closing quote (quotes inside a field must be doubled)";
                i_ = j;
            } else {
                while (i_ < n && text_[i_] != sep_ && text_[i_] != '\n') field += text_[i_++];
                if (!field.empty() && field.back() == '\r') field.pop_back();
                if (!field.empty()) blank = false;
            }
            if (row.fields.size() < kMaxColumns) {
                row.fields.push_back(field);
            } else if (row.problem.empty()) {
                row.problem = "more than " + std::to_string(kMaxColumns) + " columns";
                row.fields.clear();
                row.fields.shrink_to_fit();
            }
            if (i_ >= n) {
                rowDone = true;
            } else if (text_[i_] == sep_) {
                blank = false;
                ++i_;
            } else {
                if (text_[i_] == '\r') ++i_;
                if (i_ < n && text_[i_] == '\n') {
                    ++i_;
                    ++line_;
                }
                rowDone = true;
            }
        }
        if (!blank) return true;
    }
    return false;
}

}  // namespace lmw
