// Documents and sentences, the units that BERT's next-sentence pairs (Devlin et al. 2018, §3.1
// and Appendix A.2: "one sentence per line, blank lines between documents") and BART's sentence
// permutation (Lewis et al. 2019, §2.2) work on. A simple rule-based splitter for English,
// Chinese and mixed text; it knows no abbreviations ("e.g. this" is two sentences).
#pragma once

#include <string>
#include <vector>

namespace lmw {

/// Splits UTF-8 `text` into documents, each a list of sentences (UTF-8, trimmed, never empty).
///
/// - Documents are separated by one or more blank lines (lines of whitespace only). CRLF and
///   lone CR count as line breaks; a leading byte-order mark is ignored.
/// - Every line break ends a sentence.
/// - `.` `!` `?` end a sentence when followed, after any closing quotes or brackets
///   (`"` `'` `”` `’` `)` `]` and the CJK closers `」` `』` `）` `】` `》`), by whitespace or the
///   end of the line. So "3.14", "a.b" and "Hm?!" do not split, and "Wait..." ends at the last
///   dot.
///   A terminator inside a quoted clause splits too: "'Go!' she said." is two sentences.
/// - The CJK terminators `。` `！` `？` end a sentence with no space needed, again taking any
///   closing quotes or brackets that follow with them.
/// - Whitespace includes Unicode spaces (no-break space, ideographic space U+3000, ...).
///
/// Empty or whitespace-only text gives no documents. Throws lmw::Error for invalid UTF-8.
std::vector<std::vector<std::string>> splitDocuments(const std::string& text);

/// The sentences of one line or paragraph, with the same rules, line breaks included.
std::vector<std::string> splitSentences(const std::string& text);

}  // namespace lmw
