// The synthetic in-context-learning task: random symbol -> label mappings, one per corpus line,
// its evaluation tasks, and the preset a tiny character-level GPT learns it with.
#include <algorithm>
#include <cstdio>
#include <set>

#include "api/error.h"
#include "api/prompting.h"
#include "util/rng.h"

namespace lmw {

namespace {

// Tags that keep the random streams of mappings, episode lengths and evaluation tasks apart.
constexpr std::uint64_t kMappingStream = 0x6d6170;      // "map"
constexpr std::uint64_t kEpisodeStream = 0x657069;      // "epi"
constexpr std::uint64_t kEvalStream = 0x6576616c;       // "eval"
constexpr std::uint64_t kPoolOrderStream = 0x706f6f6c;  // "pool"

void validate(const IclTaskConfig& c) {
    if (c.symbols.empty())
        throw Error(LMW_MESSAGE("icl.no_symbols", "The synthetic task needs input symbols."));
    std::set<char> seen;
    for (char ch : c.symbols) {
        if (ch < 0x21 || ch > 0x7e)
            throw Error(LMW_MESSAGE("icl.symbol_not_visible_ascii",
                                    "Input symbols must be visible ASCII characters."));
        if (!seen.insert(ch).second)
            throw Error(LMW_MESSAGE("icl.symbol_twice", "Input symbol '%1' appears twice."),
                        {std::string(1, ch)});
    }
    if (c.labels.size() < 2)
        throw Error(
            LMW_MESSAGE("icl.too_few_labels", "The synthetic task needs at least two labels."));
    std::set<std::string> labels;
    for (const auto& l : c.labels) {
        if (l.empty())
            throw Error(LMW_MESSAGE("icl.empty_label", "A label of the synthetic task is empty."));
        if (l.find_first_of("\t\n\r") != std::string::npos)
            throw Error(
                LMW_MESSAGE("icl.label_line_break", "Labels cannot hold tabs or line breaks."));
        if (!labels.insert(l).second)
            throw Error(LMW_MESSAGE("icl.label_twice", "Label '%1' appears twice."), {l});
    }
    if (c.symbolsPerMapping < 1 || c.symbolsPerMapping > int(c.symbols.size()))
        throw Error(LMW_MESSAGE("icl.symbols_per_mapping_range",
                                "Symbols per mapping must be between 1 and %1."),
                    {std::to_string(c.symbols.size())});
    if (c.minPairs < 1 || c.maxPairs < c.minPairs || c.maxPairs > 10000)
        throw Error(LMW_MESSAGE("icl.pairs_per_line_range",
                                "Pairs per line must satisfy 1 <= minimum <= maximum <= 10000."));
    validatePromptTemplate(c.format);
}

}  // namespace

PromptTemplate iclTemplate() {
    PromptTemplate t;
    t.instruction = "";
    t.example = "{text}{label}";
    t.separator = " ";
    return t;
}

IclTaskConfig defaultIclTaskConfig() {
    IclTaskConfig c;
    c.format = iclTemplate();
    return c;
}

int IclMapping::labelOf(const std::string& input) const {
    const auto it = std::find(inputs.begin(), inputs.end(), input);
    return it == inputs.end() ? -1 : labels[std::size_t(it - inputs.begin())];
}

IclMapping iclMapping(const IclTaskConfig& c, std::uint64_t seed, std::uint64_t index) {
    validate(c);
    Rng rng(Rng::mix(Rng::mix(seed, kMappingStream), index));
    std::vector<char> symbols(c.symbols.begin(), c.symbols.end());
    rng.shuffle(symbols);
    IclMapping m;
    for (int i = 0; i < c.symbolsPerMapping; ++i) {
        m.inputs.emplace_back(1, symbols[std::size_t(i)]);
        m.labels.push_back(int(rng.below(c.labels.size())));
    }
    return m;
}

std::string IclEpisode::text(const IclTaskConfig& c) const {
    std::vector<std::vector<std::string>> words;
    for (const auto& l : c.labels) words.push_back({l});
    std::string out = fillInstruction(c.format, words);
    const std::string separator = fillSeparator(c.format);
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const int p = pairs[i];
        if (i) out += separator;
        out += fillDemonstration(c.format, mapping.inputs[std::size_t(p)],
                                 c.labels[std::size_t(mapping.labels[std::size_t(p)])]);
    }
    return out;
}

IclEpisode iclEpisode(const IclTaskConfig& c, std::uint64_t seed, std::uint64_t index) {
    IclEpisode e;
    e.mapping = iclMapping(c, seed, index);
    Rng rng(Rng::mix(Rng::mix(seed, kEpisodeStream), index));
    const int n = c.minPairs + int(rng.below(std::uint64_t(c.maxPairs - c.minPairs + 1)));
    for (int i = 0; i < n; ++i) e.pairs.push_back(int(rng.below(e.mapping.inputs.size())));
    return e;
}

std::string iclCorpus(const IclTaskConfig& c, std::uint64_t seed, std::size_t minBytes) {
    validate(c);
    if (minBytes > std::size_t(256) << 20)
        throw Error(
            LMW_MESSAGE("icl.corpus_too_large", "The synthetic corpus is limited to 256 MiB."));
    std::string out;
    for (std::uint64_t i = 0; out.size() < minBytes || out.empty(); ++i) {
        out += iclEpisode(c, seed, i).text(c);
        out += '\n';
    }
    return out;
}

std::vector<PromptTask> iclTasks(const IclTaskConfig& c, std::uint64_t seed, int mappings,
                                 int copies) {
    validate(c);
    if (mappings < 1 || mappings > 10000)
        throw Error(LMW_MESSAGE("icl.mappings_range",
                                "The number of mappings must be between 1 and 10000."));
    if (copies < 1 || copies > 1000)
        throw Error(
            LMW_MESSAGE("icl.copies_range", "Copies per symbol must be between 1 and 1000."));
    const std::uint64_t stream = Rng::mix(seed, kEvalStream);
    std::vector<PromptTask> tasks;
    for (int t = 0; t < mappings; ++t) {
        const IclMapping m = iclMapping(c, stream, std::uint64_t(t));
        PromptTask task;
        task.name = "mapping " + std::to_string(t + 1);
        LabelledDataset& d = task.pool;
        d.source = task.name;
        d.format = DatasetFormat::Tsv;
        d.columns = {"text", "label"};
        d.textColumn = "text";
        d.labelColumn = "label";
        d.hadHeader = true;
        d.labels = c.labels;
        for (int copy = 0; copy < copies; ++copy)
            for (std::size_t i = 0; i < m.inputs.size(); ++i)
                d.examples.push_back({m.inputs[i], m.labels[i]});
        Rng order(Rng::mix(Rng::mix(stream, kPoolOrderStream), std::uint64_t(t)));
        order.shuffle(d.examples);
        tasks.push_back(std::move(task));
    }
    return tasks;
}

std::string labelledDatasetTsv(const LabelledDataset& data) {
    std::string out = "text\tlabel\n";
    for (const auto& e : data.examples) {
        if (e.text.find_first_of("\t\n\r") != std::string::npos)
            throw Error(LMW_MESSAGE("icl.tsv_line_break",
                                    "A text with a tab or line break cannot be written as TSV."));
        if (e.label < 0 || e.label >= int(data.labels.size()))
            throw Error(LMW_MESSAGE("icl.example_label_invalid", "An example has no valid label."));
        out += e.text + "\t" + data.labels[std::size_t(e.label)] + "\n";
    }
    return out;
}

IclPreset iclPreset() {
    IclPreset p;
    p.task = defaultIclTaskConfig();
    ModelConfig& m = p.model;
    m.family = ModelFamily::Gpt;
    m.layers = 2;
    m.heads = 4;
    m.embed = 64;
    m.block = 32;
    m.dropout = 0.0;
    m.bias = true;
    TrainConfig& t = p.train;
    t.batch = 16;
    t.iters = 6000;
    t.lr = 2e-3;
    t.minLr = 2e-4;
    t.warmup = 100;
    t.evalEvery = 500;
    t.evalIters = 10;
    t.valFraction = 0.05;
    t.seed = 1337;
    t.threads = 0;
    t.weightDecay = 0.1;
    t.tokenizer.kind = "char";
    PromptEvalOptions& e = p.eval;
    e.prompt = iclTemplate();
    e.shots = {0, 1, 2, 4, 8};
    e.seeds = 2;
    e.seed = 1;
    e.bins = 10;
    e.keepPrompts = false;
    return p;
}

std::string iclCurveCsv(const std::vector<IclCurvePoint>& curve) {
    std::string csv = "step,val_loss,shots,accuracy,accuracy_std,ece,mean_confidence\n";
    for (const IclCurvePoint& p : curve) {
        for (const ShotsResult& s : p.byShots) {
            char line[200];
            std::snprintf(line, sizeof line, "%lld,%.6f,%d,%.6f,%.6f,%.6f,%.6f\n",
                          static_cast<long long>(p.step), p.valLoss, s.shots,
                          s.calibration.accuracy, s.accuracyStd, s.calibration.ece,
                          s.calibration.meanConfidence);
            csv += line;
        }
    }
    return csv;
}

}  // namespace lmw
