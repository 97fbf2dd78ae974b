// One model ("node") of the evolutionary tree: plain data shared by the loader, the model,
// the filters and the graphics items. No widgets here.
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <optional>

namespace lmw::ui {

/// The four branches of the figure. Non-Transformer covers the grey roots and stems.
enum class Branch { EncoderOnly, EncoderDecoder, DecoderOnly, NonTransformer };

inline constexpr int kBranchCount = 4;
inline constexpr Branch kAllBranches[kBranchCount] = {Branch::EncoderOnly, Branch::EncoderDecoder,
                                                      Branch::DecoderOnly, Branch::NonTransformer};

/// "encoder-only", "encoder-decoder", "decoder-only", "non-transformer" (the JSON keys).
QString branchKey(Branch branch);
std::optional<Branch> branchFromKey(const QString& key);
/// Translated name for the user interface ("Encoder-only", ...).
QString branchDisplayName(Branch branch);
/// Bit used in branch masks (filters).
inline int branchBit(Branch branch) {
    return 1 << static_cast<int>(branch);
}
inline constexpr int kAllBranchBits = (1 << kBranchCount) - 1;

/// One published configuration of a model. Needs a `params` or a `name`.
struct ModelSize {
    QString name;    // "BERT-Base"; may be empty
    QString params;  // "110M", "up to 1.5B"
    QString layers;  // "12" or "6 encoder + 6 decoder"; may be empty
    int hidden = 0;  // 0 = unknown
    int heads = 0;   // 0 = unknown
};

/// What the training panel should be preset to for a family the workbench can train.
struct TrainPreset {
    QString family;     // "lstm", "bert", "roberta", "gpt", "bart"
    QString objective;  // "clm", "mlm+nsp", "mlm", "denoise"
    bool isValid() const { return !family.isEmpty() && !objective.isEmpty(); }
    bool operator==(const TrainPreset& o) const {
        return family == o.family && objective == o.objective;
    }
};

/// The families and objectives the training panel accepts.
QStringList trainFamilies();
QStringList trainObjectives();

/// How one version of the figure drew a node differently from the node's own fields.
struct NodeOverride {
    QString label;
    QString organization;
    QString stem;
    std::optional<Branch> branch;
    std::optional<int> year;
    std::optional<QPointF> layout;
    bool movesNode() const { return branch || year || layout; }
};

struct EvoNode {
    QString id;               // stable key, e.g. "gpt-3"
    QString name;             // "GPT-3"
    QString label;            // text drawn in the box; the name when empty
    std::optional<int> year;  // the figure's year row; empty for the pre-2018 roots
    QString released;         // "YYYY-MM" or "YYYY"
    Branch branch = Branch::DecoderOnly;
    bool open = false;  // filled (open) or hollow (closed) as drawn
    QString organization;
    QStringList partners;           // co-developers, e.g. NVIDIA for MT-NLG
    QString parent;                 // lineage: id of the model it builds on; may be empty
    QString stem;                   // where the drawn stem starts: "trunk", "root" or a node id
    QString group;                  // sub-branch name, e.g. "T5 family"
    QString paper;                  // "arXiv:1810.04805" or a URL or a short text
    QStringList versions;           // figure versions that draw it; empty = every version
    std::optional<QPointF> layout;  // position hint as fractions of the figure (x right, y down)
    QString architecture;
    QString objective;
    QString note;
    QList<ModelSize> sizes;
    TrainPreset train;
    QHash<QString, NodeOverride> byVersion;
    bool userAdded = false;
    int sourceLine = 0;  // line of the node in its JSON file

    QString displayLabel() const { return label.isEmpty() ? name : label; }
    bool isRoot() const { return !year.has_value(); }
    /// The organisation and its partners, e.g. "Microsoft + NVIDIA".
    QString organizationText() const;
    int releaseYear() const;   // from `released`, else the year row; 0 when unknown
    int releaseMonth() const;  // 1..12, 0 when unknown
    /// Year used by the year-range filter: the row, or the release year for roots.
    int filterYear() const;
    /// Link for the paper: arXiv ids become abs URLs; plain text gives an empty string.
    QString paperUrl() const;
    /// This node as drawn in `version` (overrides applied). Unknown versions change nothing.
    EvoNode resolved(const QString& version) const;
};

}  // namespace lmw::ui
