// Labelled text datasets for classification and prompting (no torch, no Qt): CSV, TSV, JSON
// Lines and the TREC question format ("COARSE:fine question text").
//
// Example:
//   lmw::DatasetOptions o;  o.labelColumn = "label";
//   lmw::LabelledDataset train = lmw::loadLabelledDataset("train.csv", o);
//   lmw::LabelledDataset test = lmw::loadLabelledDataset("test.csv", o);
//   lmw::alignLabels(train, test);   // test uses train's label ids
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace lmw {

enum class DatasetFormat { Auto, Csv, Tsv, Jsonl, Trec };
std::string datasetFormatName(DatasetFormat format);           // "csv"
DatasetFormat datasetFormatFromName(const std::string& name);  // throws lmw::Error

/// What to do with a row that cannot be read (wrong column count, broken quoting or JSON,
/// empty text or label).
enum class BadRowPolicy {
    Skip,    // leave it out and list it in LabelledDataset::skipped
    Refuse,  // throw lmw::Error naming the line
};

struct DatasetOptions {
    DatasetFormat format = DatasetFormat::Auto;  // Auto: by extension, then by content
    /// Column of the text and of the label: a header name, or a 0-based index written as a
    /// number ("0"). Empty: guessed (text: "text", "sentence", "question", ... or the longest
    /// column; label: "label", "labels", "class", "category", ... or the other column).
    /// JSONL: keys of each object.
    std::string textColumn;
    std::string labelColumn;
    int header = -1;  // CSV/TSV: -1 detect, 0 no header row, 1 header row
    BadRowPolicy badRows = BadRowPolicy::Skip;
    bool trecFineLabels = false;  // TREC: "LOC:city" instead of "LOC"
    /// Fixed label order (ids = positions). Empty: the labels found, sorted by name. With a
    /// fixed order, a label outside it is a bad row.
    std::vector<std::string> labelNames;
    std::int64_t maxBytes = std::int64_t(256) << 20;  // larger files are refused
};

struct LabelledExample {
    std::string text;  // UTF-8
    int label = 0;     // index into LabelledDataset::labels
};

/// A row that was left out, with its 1-based line number in the file.
struct DatasetRowIssue {
    int line = 0;
    std::string message;
};

struct LabelledDataset {
    std::string source;  // file path or a name given to parseLabelledDataset
    DatasetFormat format = DatasetFormat::Auto;  // the format that was read
    std::vector<std::string> columns;  // CSV/TSV: header names (or "0", "1", ...); JSONL: keys
    std::string textColumn;            // what was used
    std::string labelColumn;
    bool hadHeader = false;
    std::vector<std::string> labels;  // label names; LabelledExample::label indexes them
    std::vector<LabelledExample> examples;
    std::vector<DatasetRowIssue> skipped;
    int repairedRows = 0;  // rows whose invalid UTF-8 was read as Latin-1

    /// Examples per label (same order as `labels`).
    std::vector<int> labelCounts() const;
};

/// Reads a labelled dataset; throws lmw::Error with one clear line (missing, empty, binary or
/// oversized file, no usable column, no readable rows, or a bad row under BadRowPolicy::Refuse).
LabelledDataset loadLabelledDataset(const std::string& path, const DatasetOptions& options = {});
/// The same for text already in memory; `name` is used in messages and to guess the format.
LabelledDataset parseLabelledDataset(const std::string& content, const DatasetOptions& options = {},
                                     const std::string& name = "");

/// Makes `other` use `reference`'s label ids (e.g. a test set after its training set). Throws
/// lmw::Error naming a label of `other` that `reference` does not have.
void alignLabels(const LabelledDataset& reference, LabelledDataset& other);

/// A seeded, stratified split: about `fraction` of each label's examples go to the second part.
std::pair<LabelledDataset, LabelledDataset> splitLabelledDataset(const LabelledDataset& data,
                                                                 double fraction,
                                                                 std::uint64_t seed);

}  // namespace lmw
