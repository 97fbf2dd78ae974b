// Labelled datasets: CSV/TSV records (quoted fields may hold separators, doubled quotes and
// line breaks), JSON Lines objects and TREC lines, read into (text, label id) pairs. Every row
// that cannot be used is either listed with its line number or refused, as the caller chooses.
#include "api/datasets.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "api/error.h"
#include "data/record_splitter.h"
#include "util/rng.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// Valid UTF-8 as is; otherwise each byte read as a Latin-1 character (old files such as the
/// TREC training set hold a few Latin-1 bytes). `repaired` is set when that happened.
std::string asUtf8(const std::string& bytes, bool& repaired) {
    if (utf8::decode(bytes).ok) return bytes;
    repaired = true;
    std::string out;
    out.reserve(bytes.size() + 8);
    for (unsigned char c : bytes) utf8::append(out, char32_t(c));
    return out;
}

/// One row of a file before it becomes an example.

// Bounds that keep a hostile file's cost a small multiple of its size.
constexpr std::size_t kMaxListedIssues = 1000;  // malformed rows listed one by one
constexpr int kMaxJsonDepth = 64;               // JSONL: deeper nesting is malformed

/// Whether a JSON line nests arrays and objects deeper than kMaxJsonDepth (checked before
/// parsing: each level costs the parser far more memory than its one byte of input).
bool nestsTooDeep(const std::string& line) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return true;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

const std::vector<std::string>& textNames() {
    static const std::vector<std::string> names = {"text",      "sentence", "question", "review",
                                                   "content",   "document", "input",    "body",
                                                   "utterance", "tweet"};
    return names;
}

const std::vector<std::string>& labelNames() {
    static const std::vector<std::string> names = {"label",  "labels",    "class",  "category",
                                                   "target", "sentiment", "coarse", "output",
                                                   "y",      "gold"};
    return names;
}

int findName(const std::vector<std::string>& columns, const std::vector<std::string>& candidates) {
    for (const std::string& want : candidates)
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (lower(trim(columns[c])) == want) return int(c);
    return -1;
}

bool isIndex(const std::string& s) {
    return !s.empty() && s.size() < 6 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// Resolves a user-named column; -1 when `name` is empty. `missing` is the message when no column
/// has that name: %1 the dataset, %2 the name, %3 the columns.
int resolveColumn(const std::string& name, const std::vector<std::string>& columns, bool hasHeader,
                  MessageText missing, const std::string& source) {
    if (name.empty()) return -1;
    if (hasHeader)
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (lower(trim(columns[c])) == lower(trim(name))) return int(c);
    if (isIndex(name)) {
        const int index = std::stoi(name);
        if (index < int(columns.size())) return index;
    }
    std::string list;
    for (std::size_t c = 0; c < columns.size(); ++c) list += (c ? ", " : "") + columns[c];
    throw Error(missing, {source, name, list});
}

/// Guesses whether the first row names the columns.
bool looksLikeHeader(const std::vector<RawRow>& rows) {
    if (rows.empty() || !rows[0].problem.empty()) return false;
    const auto& first = rows[0].fields;
    if (findName(first, textNames()) >= 0 || findName(first, labelNames()) >= 0) return true;
    // A header's cells repeat nowhere below it, while a label column does repeat.
    if (rows.size() < 3) return false;
    for (std::size_t c = 0; c < first.size(); ++c) {
        std::set<std::string> seen;
        bool firstRepeats = false;
        int repeats = 0;
        for (std::size_t r = 1; r < rows.size() && r < 200; ++r) {
            if (c >= rows[r].fields.size()) continue;
            const std::string v = trim(rows[r].fields[c]);
            if (!seen.insert(v).second) ++repeats;
            if (v == trim(first[c])) firstRepeats = true;
        }
        if (repeats > 0 && !firstRepeats) {
            // A label-like column whose first cell is not one of its labels.
            return std::all_of(first.begin(), first.end(), [](const std::string& s) {
                const std::string t = trim(s);
                return !t.empty() && t.size() < 40;
            });
        }
    }
    return false;
}

/// Picks the label column (fewest distinct values) and the text column (longest cells).
void guessColumns(const std::vector<RawRow>& rows, std::size_t firstData, int columnCount,
                  int& text, int& label) {
    std::vector<std::set<std::string>> distinct(static_cast<std::size_t>(columnCount));
    std::vector<double> length(static_cast<std::size_t>(columnCount), 0.0);
    int sampled = 0;
    for (std::size_t r = firstData; r < rows.size() && sampled < 500; ++r) {
        if (!rows[r].problem.empty() || int(rows[r].fields.size()) != columnCount) continue;
        ++sampled;
        for (int c = 0; c < columnCount; ++c) {
            distinct[std::size_t(c)].insert(trim(rows[r].fields[std::size_t(c)]));
            length[std::size_t(c)] += double(rows[r].fields[std::size_t(c)].size());
        }
    }
    if (label < 0) {
        std::size_t best = SIZE_MAX;
        for (int c = 0; c < columnCount; ++c)
            if (c != text && distinct[std::size_t(c)].size() < best) {
                best = distinct[std::size_t(c)].size();
                label = c;
            }
    }
    if (text < 0) {
        double best = -1;
        for (int c = 0; c < columnCount; ++c)
            if (c != label && length[std::size_t(c)] > best) {
                best = length[std::size_t(c)];
                text = c;
            }
    }
}

struct Reader {
    const DatasetOptions& options;
    LabelledDataset& out;
    std::vector<std::pair<std::string, std::string>> pending;  // (text, label) of good rows
    std::int64_t unlisted = 0;  // malformed rows past kMaxListedIssues
    int lastUnlisted = 0;

    void bad(int line, const std::string& message) {
        if (options.badRows == BadRowPolicy::Refuse)
            throw Error(
                LMW_MESSAGE(
                    "dataset.malformed_row",
                    "Dataset '%1', line %2: %3. Fix the row or choose to skip malformed rows."),
                {out.source, std::to_string(line), message});
        if (out.skipped.size() < kMaxListedIssues)
            out.skipped.push_back({line, message});
        else
            ++unlisted, lastUnlisted = line;
    }

    /// After reading: one more issue standing for the malformed rows not listed one by one.
    void finish() {
        if (unlisted > 0)
            out.skipped.push_back({lastUnlisted, std::to_string(unlisted) +
                                                     " more malformed rows (not listed one by "
                                                     "one), the last on this line"});
    }

    void add(int line, std::string text, std::string label) {
        bool repaired = false;
        text = trim(asUtf8(text, repaired));
        label = trim(asUtf8(label, repaired));
        if (text.empty()) return bad(line, "the text is empty");
        if (label.empty()) return bad(line, "the label is empty");
        if (!options.labelNames.empty() &&
            std::find(options.labelNames.begin(), options.labelNames.end(), label) ==
                options.labelNames.end())
            return bad(line, "label '" + label + "' is not one of the given labels");
        if (repaired) ++out.repairedRows;
        pending.emplace_back(std::move(text), std::move(label));
    }
};

void readDelimited(const std::string& text, char sep, Reader& reader) {
    LabelledDataset& out = reader.out;
    const DatasetOptions& options = reader.options;
    // The first rows decide the header and the columns; the rest are read one at a time.
    RecordSplitter splitter(text, sep);
    std::vector<RawRow> rows;
    for (RawRow row; rows.size() < 501 && splitter.next(row);) rows.push_back(std::move(row));
    if (rows.empty())
        throw Error(LMW_MESSAGE("dataset.no_rows", "Dataset '%1' has no rows."), {out.source});
    out.hadHeader = options.header == 1 || (options.header < 0 && looksLikeHeader(rows));
    const int columnCount = int(rows[0].fields.size());
    if (out.hadHeader) {
        for (const std::string& c : rows[0].fields) out.columns.push_back(trim(c));
    } else {
        for (int c = 0; c < columnCount; ++c) out.columns.push_back(std::to_string(c));
    }
    if (columnCount < 2 && sep == ',')
        throw Error(LMW_MESSAGE("dataset.one_column_csv",
                                "Dataset '%1' has one column only; it needs a text column and a "
                                "label column (if it is tab-separated, choose TSV)."),
                    {out.source});
    if (columnCount < 2)
        throw Error(
            LMW_MESSAGE(
                "dataset.one_column",
                "Dataset '%1' has one column only; it needs a text column and a label column."),
            {out.source});
    int textCol = resolveColumn(options.textColumn, out.columns, out.hadHeader,
                                LMW_MESSAGE("dataset.no_text_column",
                                            "Dataset '%1' has no text column '%2' (columns: %3)."),
                                out.source);
    int labelCol =
        resolveColumn(options.labelColumn, out.columns, out.hadHeader,
                      LMW_MESSAGE("dataset.no_label_column",
                                  "Dataset '%1' has no label column '%2' (columns: %3)."),
                      out.source);
    if (out.hadHeader) {
        if (textCol < 0) {
            const int t = findName(out.columns, textNames());
            if (t >= 0 && t != labelCol) textCol = t;
        }
        if (labelCol < 0) {
            const int l = findName(out.columns, labelNames());
            if (l >= 0 && l != textCol) labelCol = l;
        }
    }
    const std::size_t firstData = out.hadHeader ? 1 : 0;
    if (textCol < 0 || labelCol < 0) guessColumns(rows, firstData, columnCount, textCol, labelCol);
    if (textCol == labelCol)
        throw Error(LMW_MESSAGE("dataset.same_text_label_column",
                                "Dataset '%1': the text and the label must be different columns."),
                    {out.source});
    out.textColumn = out.columns[std::size_t(textCol)];
    out.labelColumn = out.columns[std::size_t(labelCol)];
    const auto read = [&](const RawRow& row) {
        if (!row.problem.empty()) return reader.bad(row.line, row.problem);
        if (int(row.fields.size()) != columnCount)
            return reader.bad(row.line, std::to_string(row.fields.size()) + " columns instead of " +
                                            std::to_string(columnCount));
        reader.add(row.line, row.fields[std::size_t(textCol)], row.fields[std::size_t(labelCol)]);
    };
    for (std::size_t r = firstData; r < rows.size(); ++r) read(rows[r]);
    rows.clear();
    for (RawRow row; splitter.next(row);) read(row);
}

std::string jsonScalar(const nlohmann::json& v, bool& ok) {
    ok = true;
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number()) return v.dump();
    ok = false;
    return {};
}

void readJsonLines(const std::string& text, Reader& reader) {
    LabelledDataset& out = reader.out;
    const DatasetOptions& options = reader.options;
    std::size_t start = 0;
    int line = 0;
    std::string textKey = options.textColumn, labelKey = options.labelColumn;
    std::set<std::string> keys;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ++line;
        const std::string raw = trim(text.substr(start, end - start));
        start = end + 1;
        if (raw.empty()) continue;
        if (nestsTooDeep(raw)) {
            reader.bad(line, "nested more than " + std::to_string(kMaxJsonDepth) + " levels deep");
            continue;
        }
        nlohmann::json obj = nlohmann::json::parse(raw, nullptr, false);
        if (obj.is_discarded()) {
            reader.bad(line, "not valid JSON");
            continue;
        }
        if (!obj.is_object()) {
            reader.bad(line, "not a JSON object");
            continue;
        }
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (keys.insert(it.key()).second) out.columns.push_back(it.key());
        }
        if (textKey.empty() || labelKey.empty()) {
            std::vector<std::string> names;
            for (auto it = obj.begin(); it != obj.end(); ++it) names.push_back(it.key());
            if (textKey.empty()) {
                const int t = findName(names, textNames());
                if (t >= 0) textKey = names[std::size_t(t)];
            }
            if (labelKey.empty()) {
                const int l = findName(names, labelNames());
                if (l >= 0) labelKey = names[std::size_t(l)];
            }
            if (textKey.empty() || labelKey.empty())
                throw Error(LMW_MESSAGE("dataset.jsonl_keys_unknown",
                                        "Dataset '%1', line %2: cannot tell which keys hold the "
                                        "text and the label; name them."),
                            {out.source, std::to_string(line)});
        }
        if (!obj.contains(textKey)) {
            reader.bad(line, "no \"" + textKey + "\" key");
            continue;
        }
        if (!obj.contains(labelKey)) {
            reader.bad(line, "no \"" + labelKey + "\" key");
            continue;
        }
        bool okText = false, okLabel = false;
        const std::string t = jsonScalar(obj[textKey], okText);
        const std::string l = jsonScalar(obj[labelKey], okLabel);
        if (!okText || !okLabel) {
            reader.bad(line, "the text and the label must be strings or numbers");
            continue;
        }
        reader.add(line, t, l);
    }
    out.textColumn = textKey;
    out.labelColumn = labelKey;
}

void readTrec(const std::string& text, Reader& reader) {
    std::size_t start = 0;
    int line = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        ++line;
        std::string raw = text.substr(start, end - start);
        start = end + 1;
        if (!raw.empty() && raw.back() == '\r') raw.pop_back();
        if (trim(raw).empty()) continue;
        const std::size_t space = raw.find(' ');
        const std::size_t colon = raw.find(':');
        if (space == std::string::npos || colon == std::string::npos || colon > space ||
            colon == 0) {
            reader.bad(line, "expected 'COARSE:fine question'");
            continue;
        }
        const std::string label =
            reader.options.trecFineLabels ? raw.substr(0, space) : raw.substr(0, colon);
        reader.add(line, raw.substr(space + 1), label);
    }
    reader.out.textColumn = "question";
    reader.out.labelColumn = reader.options.trecFineLabels ? "fine" : "coarse";
}

bool looksLikeTrec(const std::string& line) {
    std::size_t i = 0;
    while (i < line.size() && std::isupper(static_cast<unsigned char>(line[i]))) ++i;
    if (i == 0 || i >= line.size() || line[i] != ':') return false;
    const std::size_t space = line.find(' ', i);
    return space != std::string::npos && space > i + 1;
}

DatasetFormat detectFormat(const std::string& name, const std::string& text) {
    const std::string n = lower(name);
    if (endsWith(n, ".csv")) return DatasetFormat::Csv;
    if (endsWith(n, ".tsv") || endsWith(n, ".tab")) return DatasetFormat::Tsv;
    if (endsWith(n, ".jsonl") || endsWith(n, ".ndjson") || endsWith(n, ".json"))
        return DatasetFormat::Jsonl;
    if (endsWith(n, ".label") || endsWith(n, ".trec")) return DatasetFormat::Trec;
    std::size_t b = 0;
    while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    const std::string first = text.substr(b, text.find('\n', b) - b);
    if (!first.empty() && first[0] == '{') return DatasetFormat::Jsonl;
    if (looksLikeTrec(first)) return DatasetFormat::Trec;
    if (first.find('\t') != std::string::npos) return DatasetFormat::Tsv;
    return DatasetFormat::Csv;
}

}  // namespace

std::string datasetFormatName(DatasetFormat format) {
    switch (format) {
        case DatasetFormat::Auto:
            return "auto";
        case DatasetFormat::Csv:
            return "csv";
        case DatasetFormat::Tsv:
            return "tsv";
        case DatasetFormat::Jsonl:
            return "jsonl";
        case DatasetFormat::Trec:
            return "trec";
    }
    return "auto";
}

DatasetFormat datasetFormatFromName(const std::string& name) {
    const std::string n = lower(trim(name));
    for (DatasetFormat f : {DatasetFormat::Auto, DatasetFormat::Csv, DatasetFormat::Tsv,
                            DatasetFormat::Jsonl, DatasetFormat::Trec})
        if (datasetFormatName(f) == n) return f;
    throw Error(LMW_MESSAGE("dataset.unknown_format",
                            "Unknown dataset format '%1' (use auto, csv, tsv, jsonl or trec)."),
                {name});
}

std::vector<int> LabelledDataset::labelCounts() const {
    std::vector<int> counts(labels.size(), 0);
    for (const LabelledExample& e : examples)
        if (e.label >= 0 && std::size_t(e.label) < counts.size()) ++counts[std::size_t(e.label)];
    return counts;
}

LabelledDataset parseLabelledDataset(const std::string& content, const DatasetOptions& options,
                                     const std::string& name) {
    LabelledDataset out;
    out.source = name.empty() ? std::string("dataset") : name;
    if (static_cast<std::int64_t>(content.size()) > options.maxBytes)
        throw Error(LMW_MESSAGE("dataset.too_large",
                                "Dataset '%1' is too large (%2 MiB); the limit is %3 MiB."),
                    {out.source, std::to_string(content.size() >> 20),
                     std::to_string(options.maxBytes >> 20)});
    std::string text = content;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    if (trim(text).empty())
        throw Error(LMW_MESSAGE("dataset.empty", "Dataset '%1' is empty."), {out.source});
    if (std::memchr(text.data(), '\0', text.size()) != nullptr)
        throw Error(
            LMW_MESSAGE("dataset.binary",
                        "Dataset '%1' looks like a binary file (it contains NUL bytes), not text."),
            {out.source});
    out.format =
        options.format == DatasetFormat::Auto ? detectFormat(out.source, text) : options.format;

    Reader reader{options, out, {}};
    switch (out.format) {
        case DatasetFormat::Csv:
            readDelimited(text, ',', reader);
            break;
        case DatasetFormat::Tsv:
            readDelimited(text, '\t', reader);
            break;
        case DatasetFormat::Jsonl:
            readJsonLines(text, reader);
            break;
        case DatasetFormat::Trec:
            readTrec(text, reader);
            break;
        case DatasetFormat::Auto:
            break;
    }
    reader.finish();
    if (reader.pending.empty()) {
        if (!out.skipped.empty())
            throw Error(
                LMW_MESSAGE("dataset.no_readable_rows_first_problem",
                            "Dataset '%1' has no readable rows (first problem, line %2: %3)."),
                {out.source, std::to_string(out.skipped.front().line),
                 out.skipped.front().message});
        throw Error(LMW_MESSAGE("dataset.no_readable_rows", "Dataset '%1' has no readable rows."),
                    {out.source});
    }

    if (!options.labelNames.empty()) {
        out.labels = options.labelNames;
    } else {
        std::set<std::string> names;
        for (const auto& p : reader.pending) names.insert(p.second);
        // A classifier over tens of thousands of labels is a mistaken column, not a task here;
        // refusing it early also keeps every later per-label step cheap.
        constexpr std::size_t kMaxLabels = 10000;
        if (names.size() > kMaxLabels)
            throw Error(LMW_MESSAGE("dataset.too_many_labels",
                                    "Dataset '%1' has %2 different labels; a classifier here takes "
                                    "at most %3 (is the label column the right one?)."),
                        {out.source, std::to_string(names.size()), std::to_string(kMaxLabels)});
        out.labels.assign(names.begin(), names.end());
    }
    std::map<std::string, int> ids;
    for (std::size_t i = 0; i < out.labels.size(); ++i) ids[out.labels[i]] = int(i);
    out.examples.reserve(reader.pending.size());
    for (auto& p : reader.pending) out.examples.push_back({std::move(p.first), ids.at(p.second)});
    return out;
}

LabelledDataset loadLabelledDataset(const std::string& path, const DatasetOptions& options) {
    std::string bytes;
    try {
        bytes = sys::readFile(path, options.maxBytes);
    } catch (const Error& e) {
        throw Error(std::string("Dataset ") + e.what());
    }
    return parseLabelledDataset(bytes, options, path);
}

void alignLabels(const LabelledDataset& reference, LabelledDataset& other) {
    std::map<std::string, int> ids;
    for (std::size_t i = 0; i < reference.labels.size(); ++i) ids[reference.labels[i]] = int(i);
    std::vector<int> remap(other.labels.size(), -1);
    for (std::size_t i = 0; i < other.labels.size(); ++i) {
        const auto it = ids.find(other.labels[i]);
        if (it == ids.end())
            throw Error(LMW_MESSAGE("dataset.label_not_in_reference",
                                    "Dataset '%1' has label '%2', which '%3' does not have."),
                        {other.source, other.labels[i], reference.source});
        remap[i] = it->second;
    }
    for (LabelledExample& e : other.examples) e.label = remap[std::size_t(e.label)];
    other.labels = reference.labels;
}

std::pair<LabelledDataset, LabelledDataset> splitLabelledDataset(const LabelledDataset& data,
                                                                 double fraction,
                                                                 std::uint64_t seed) {
    if (!(fraction >= 0.0 && fraction <= 1.0))
        throw Error(
            LMW_MESSAGE("dataset.split_fraction", "The split fraction must be between 0 and 1."));
    std::vector<std::vector<std::size_t>> byLabel(data.labels.size());
    for (std::size_t i = 0; i < data.examples.size(); ++i)
        byLabel[std::size_t(data.examples[i].label)].push_back(i);
    std::vector<bool> second(data.examples.size(), false);
    Rng rng(seed);
    for (auto& indices : byLabel) {
        rng.shuffle(indices);
        const auto take = static_cast<std::size_t>(double(indices.size()) * fraction + 0.5);
        for (std::size_t k = 0; k < take && k < indices.size(); ++k) second[indices[k]] = true;
    }
    LabelledDataset a = data, b = data;
    a.examples.clear();
    b.examples.clear();
    a.skipped.clear();
    b.skipped.clear();
    for (std::size_t i = 0; i < data.examples.size(); ++i)
        (second[i] ? b : a).examples.push_back(data.examples[i]);
    return {std::move(a), std::move(b)};
}

}  // namespace lmw
