// Prompt construction without a model: templates and their placeholders, verbalizers,
// seeded demonstration draws, calibration, and the checks on evaluation options.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "api/error.h"
#include "api/prompting.h"
#include "util/rng.h"

namespace lmw {

namespace {

/// A template split into literal text and placeholders.
struct Piece {
    bool placeholder = false;
    std::string text;  // the literal, or the placeholder's name
};

/// One part's messages: an unmatched '{', an unmatched '}', and an unknown placeholder (%1 its
/// name, %2 the placeholders the part takes).
struct PartMessages {
    MessageText unmatchedOpen, unmatchedClose, unknownPlaceholder;
};

const PartMessages kExample = {
    LMW_MESSAGE("prompt_template.example_unmatched_open",
                "The example template has an unmatched '{' (write '{{' for a brace)."),
    LMW_MESSAGE("prompt_template.example_unmatched_close",
                "The example template has an unmatched '}' (write '}}' for a brace)."),
    LMW_MESSAGE("prompt_template.example_unknown_placeholder",
                "The example template has an unknown placeholder {%1} (it takes %2).")};
const PartMessages kInstruction = {
    LMW_MESSAGE("prompt_template.instruction_unmatched_open",
                "The instruction has an unmatched '{' (write '{{' for a brace)."),
    LMW_MESSAGE("prompt_template.instruction_unmatched_close",
                "The instruction has an unmatched '}' (write '}}' for a brace)."),
    LMW_MESSAGE("prompt_template.instruction_unknown_placeholder",
                "The instruction has an unknown placeholder {%1} (it takes %2).")};
const PartMessages kSeparator = {
    LMW_MESSAGE("prompt_template.separator_unmatched_open",
                "The separator has an unmatched '{' (write '{{' for a brace)."),
    LMW_MESSAGE("prompt_template.separator_unmatched_close",
                "The separator has an unmatched '}' (write '}}' for a brace)."),
    LMW_MESSAGE("prompt_template.separator_unknown_placeholder",
                "The separator has an unknown placeholder {%1} (it takes none).")};

std::vector<Piece> parseTemplate(const std::string& s, const PartMessages& part) {
    std::vector<Piece> out;
    std::string literal;
    auto flush = [&] {
        if (!literal.empty()) out.push_back({false, literal});
        literal.clear();
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char ch = s[i];
        if (ch == '{' && i + 1 < s.size() && s[i + 1] == '{') {
            literal += '{';
            ++i;
        } else if (ch == '}' && i + 1 < s.size() && s[i + 1] == '}') {
            literal += '}';
            ++i;
        } else if (ch == '{') {
            const std::size_t close = s.find('}', i + 1);
            const std::string name =
                close == std::string::npos ? std::string() : s.substr(i + 1, close - i - 1);
            const bool word = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
                return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            });
            if (!word) throw Error(part.unmatchedOpen);
            flush();
            out.push_back({true, name});
            i = close;
        } else if (ch == '}') {
            throw Error(part.unmatchedClose);
        } else {
            literal += ch;
        }
    }
    flush();
    return out;
}

void checkNames(const std::vector<Piece>& pieces, const std::set<std::string>& allowed,
                const PartMessages& part) {
    for (const Piece& p : pieces) {
        if (!p.placeholder || allowed.count(p.text)) continue;
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + ("{" + a + "}");
        throw Error(part.unknownPlaceholder, {p.text, list});
    }
}

std::string render(const std::vector<Piece>& pieces,
                   const std::map<std::string, std::string>& values,
                   const std::string& stopAt = {}) {
    std::string out;
    for (const Piece& p : pieces) {
        if (!p.placeholder) {
            out += p.text;
            continue;
        }
        if (p.text == stopAt) break;
        const auto it = values.find(p.text);
        if (it != values.end()) out += it->second;
    }
    return out;
}

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

}  // namespace

// --- templates --------------------------------------------------------------------------------

void validatePromptTemplate(const PromptTemplate& t) {
    const auto example = parseTemplate(t.example, kExample);
    checkNames(example, {"text", "label"}, kExample);
    checkNames(parseTemplate(t.instruction, kInstruction), {"labels"}, kInstruction);
    checkNames(parseTemplate(t.separator, kSeparator), {}, kSeparator);
    int texts = 0, labels = 0;
    bool labelFirst = false;
    for (const Piece& p : example) {
        if (!p.placeholder) continue;
        if (p.text == "text") ++texts;
        if (p.text == "label") {
            labelFirst = labelFirst || texts == 0;
            ++labels;
        }
    }
    if (texts != 1)
        throw Error(LMW_MESSAGE("prompt_template.example_text_count",
                                "The example template needs {text} exactly once."));
    if (labels != 1)
        throw Error(LMW_MESSAGE("prompt_template.example_label_count",
                                "The example template needs {label} exactly once."));
    if (labelFirst)
        throw Error(LMW_MESSAGE("prompt_template.example_label_first",
                                "The example template must put {text} before {label}."));
}

std::string fillDemonstration(const PromptTemplate& t, const std::string& text,
                              const std::string& verbalizer) {
    return render(parseTemplate(t.example, kExample), {{"text", text}, {"label", verbalizer}});
}

std::string fillQuery(const PromptTemplate& t, const std::string& text) {
    return render(parseTemplate(t.example, kExample), {{"text", text}}, "label");
}

std::string fillSeparator(const PromptTemplate& t) {
    return render(parseTemplate(t.separator, kSeparator), {});
}

std::string fillInstruction(const PromptTemplate& t,
                            const std::vector<std::vector<std::string>>& verbalizers) {
    std::string names;
    for (const auto& words : verbalizers)
        if (!words.empty()) names += (names.empty() ? "" : ", ") + words.front();
    return render(parseTemplate(t.instruction, kInstruction), {{"labels", names}});
}

std::string buildPrompt(const PromptTemplate& t,
                        const std::vector<std::vector<std::string>>& verbalizers,
                        const std::vector<std::pair<std::string, std::string>>& demonstrations,
                        const std::string& query) {
    validatePromptTemplate(t);
    const auto example = parseTemplate(t.example, kExample);
    const std::string separator = fillSeparator(t);
    std::string out = fillInstruction(t, verbalizers);
    for (const auto& d : demonstrations) {
        out += render(example, {{"text", d.first}, {"label", d.second}});
        out += separator;
    }
    return out + render(example, {{"text", query}}, "label");
}

std::string unescapePromptText(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[i + 1];
        if (next == 'n')
            out += '\n';
        else if (next == 't')
            out += '\t';
        else if (next == '\\')
            out += '\\';
        else {
            out += text[i];
            continue;
        }
        ++i;
    }
    return out;
}

// --- verbalizers ------------------------------------------------------------------------------

std::vector<std::vector<std::string>> defaultVerbalizers(const std::vector<std::string>& labels) {
    std::vector<std::vector<std::string>> out;
    for (const auto& l : labels) out.push_back({l});
    return out;
}

std::vector<std::vector<std::string>> parseVerbalizers(const std::string& spec,
                                                       const std::vector<std::string>& labels) {
    auto out = defaultVerbalizers(labels);
    std::set<std::string> named;
    std::size_t from = 0;
    while (from <= spec.size()) {
        const std::size_t comma = spec.find(',', from);
        const std::string entry =
            spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        from = comma == std::string::npos ? spec.size() + 1 : comma + 1;
        if (trim(entry).empty()) continue;
        const std::size_t eq = entry.find('=');
        if (eq == std::string::npos)
            throw Error(
                LMW_MESSAGE("verbalizer.form",
                            "Verbalizer '%1' needs the form label=word (or label=word|word)."),
                {trim(entry)});
        const std::string label = trim(entry.substr(0, eq));
        const auto it = std::find(labels.begin(), labels.end(), label);
        if (it == labels.end()) {
            std::string list;
            for (const auto& l : labels) list += (list.empty() ? "" : ", ") + l;
            throw Error(LMW_MESSAGE("verbalizer.unknown_label",
                                    "Verbalizer for unknown label '%1' (labels: %2)."),
                        {label, list});
        }
        if (!named.insert(label).second)
            throw Error(
                LMW_MESSAGE("verbalizer.label_twice", "Label '%1' has two verbalizer entries."),
                {label});
        std::vector<std::string> words;
        const std::string rest = entry.substr(eq + 1);
        std::size_t w = 0;
        while (w <= rest.size()) {
            const std::size_t bar = rest.find('|', w);
            const std::string word =
                rest.substr(w, bar == std::string::npos ? std::string::npos : bar - w);
            w = bar == std::string::npos ? rest.size() + 1 : bar + 1;
            if (word.empty())
                throw Error(LMW_MESSAGE("verbalizer.empty_word_for_label",
                                        "Label '%1' has an empty verbalizer word."),
                            {label});
            words.push_back(word);
        }
        out[std::size_t(it - labels.begin())] = words;
    }
    return out;
}

std::string formatVerbalizers(const std::vector<std::vector<std::string>>& verbalizers,
                              const std::vector<std::string>& labels) {
    std::string out;
    for (std::size_t i = 0; i < labels.size() && i < verbalizers.size(); ++i) {
        out += (out.empty() ? "" : ",") + labels[i] + "=";
        for (std::size_t j = 0; j < verbalizers[i].size(); ++j)
            out += (j ? "|" : "") + verbalizers[i][j];
    }
    return out;
}

// --- demonstrations ---------------------------------------------------------------------------

std::vector<int> pickDemonstrations(const LabelledDataset& pool, const DemonstrationOptions& o,
                                    std::uint64_t queryKey, int exclude) {
    if (o.shots < 0)
        throw Error(LMW_MESSAGE("prompting.demonstrations_negative",
                                "The number of demonstrations cannot be negative."));
    std::vector<int> candidates;
    for (int i = 0; i < int(pool.examples.size()); ++i)
        if (i != exclude) candidates.push_back(i);
    if (int(candidates.size()) < o.shots)
        throw Error(
            LMW_MESSAGE(
                "prompting.pool_too_small",
                "The pool has %1 examples to draw demonstrations from; %2 shots need more."),
            {std::to_string(candidates.size()), std::to_string(o.shots)});
    if (o.shots == 0) return {};
    const std::uint64_t base = Rng::mix(o.seed, queryKey);
    Rng rng(base);
    std::vector<int> order;
    if (!o.balanced) {
        rng.shuffle(candidates);
        order = candidates;
    } else {
        // Each label's examples in a seeded order, then round robin over the labels (in a
        // seeded order too), skipping labels that have run out.
        std::map<int, std::vector<int>> byLabel;
        for (int i : candidates) byLabel[pool.examples[std::size_t(i)].label].push_back(i);
        std::vector<int> labelOrder;
        for (auto& entry : byLabel) {
            rng.shuffle(entry.second);
            labelOrder.push_back(entry.first);
        }
        rng.shuffle(labelOrder);
        for (std::size_t round = 0; order.size() < candidates.size(); ++round)
            for (int label : labelOrder)
                if (round < byLabel[label].size()) order.push_back(byLabel[label][round]);
    }
    std::vector<int> chosen(order.begin(), order.begin() + o.shots);
    // The prompt order: shuffled again per k, so that no label sits next to the query by design.
    Rng arrange(Rng::mix(base, std::uint64_t(o.shots)));
    arrange.shuffle(chosen);
    return chosen;
}

// --- scoring names, calibration, options -------------------------------------------------------

std::string scoreNormalizationName(ScoreNormalization n) {
    return n == ScoreNormalization::Mean ? "mean" : "sum";
}

ScoreNormalization scoreNormalizationFromName(const std::string& n) {
    if (n == "sum") return ScoreNormalization::Sum;
    if (n == "mean") return ScoreNormalization::Mean;
    throw Error(LMW_MESSAGE("prompting.unknown_normalisation",
                            "Unknown score normalisation '%1' (sum or mean)."),
                {n});
}

CalibrationSummary calibrate(const std::vector<std::vector<double>>& probabilities,
                             const std::vector<int>& trueLabels, int bins) {
    if (bins < 1 || bins > 1000)
        throw Error(LMW_MESSAGE("calibration.bins_range",
                                "The reliability table needs between 1 and 1000 bins."));
    if (probabilities.size() != trueLabels.size())
        throw Error(LMW_MESSAGE("calibration.label_count",
                                "Calibration needs one true label per prediction."));
    CalibrationSummary s;
    s.count = int(probabilities.size());
    s.bins.resize(std::size_t(bins));
    for (int b = 0; b < bins; ++b) {
        s.bins[std::size_t(b)].lower = double(b) / bins;
        s.bins[std::size_t(b)].upper = double(b + 1) / bins;
    }
    if (s.count == 0) return s;
    int correct = 0;
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        const auto& p = probabilities[i];
        if (p.empty())
            throw Error(LMW_MESSAGE("calibration.empty_prediction",
                                    "A prediction has no label probabilities."));
        const int predicted = int(std::max_element(p.begin(), p.end()) - p.begin());
        const double confidence = p[std::size_t(predicted)];
        const bool ok = predicted == trueLabels[i];
        correct += ok;
        s.meanConfidence += confidence;
        // Bin b holds (b / bins, (b + 1) / bins]; the tolerance keeps 0.3 in (0.2, 0.3].
        int b = int(std::ceil(confidence * bins - 1e-9)) - 1;
        b = std::clamp(b, 0, bins - 1);
        ReliabilityBin& bin = s.bins[std::size_t(b)];
        ++bin.count;
        bin.confidence += confidence;
        bin.accuracy += ok ? 1.0 : 0.0;
    }
    s.accuracy = double(correct) / s.count;
    s.meanConfidence /= s.count;
    for (ReliabilityBin& bin : s.bins) {
        if (bin.count == 0) continue;
        bin.confidence /= bin.count;
        bin.accuracy /= bin.count;
        s.ece += double(bin.count) / s.count * std::fabs(bin.accuracy - bin.confidence);
    }
    return s;
}

void validatePromptEvalOptions(const PromptEvalOptions& o, int labelCount) {
    validatePromptTemplate(o.prompt);
    if (o.shots.empty())
        throw Error(LMW_MESSAGE("prompting.no_shots", "Give at least one number of shots (k)."));
    for (std::size_t i = 0; i < o.shots.size(); ++i) {
        if (o.shots[i] < 0 || o.shots[i] > 1000)
            throw Error(LMW_MESSAGE("prompting.shots_range",
                                    "The number of shots must be between 0 and 1000."));
        if (std::find(o.shots.begin(), o.shots.begin() + std::ptrdiff_t(i), o.shots[i]) !=
            o.shots.begin() + std::ptrdiff_t(i))
            throw Error(LMW_MESSAGE("prompting.shots_twice", "k = %1 is listed twice."),
                        {std::to_string(o.shots[i])});
    }
    if (o.seeds < 1 || o.seeds > 1000)
        throw Error(LMW_MESSAGE("prompting.seeds_range",
                                "The number of seeds must be between 1 and 1000."));
    if (o.limit < 0)
        throw Error(LMW_MESSAGE("prompting.limit_negative",
                                "The query limit cannot be negative (0 means all)."));
    if (o.bins < 1 || o.bins > 1000)
        throw Error(LMW_MESSAGE("calibration.bins_range",
                                "The reliability table needs between 1 and 1000 bins."));
    if (labelCount < 2)
        throw Error(LMW_MESSAGE("prompting.too_few_labels",
                                "Prompt evaluation needs at least two labels."));
    if (!o.verbalizers.empty() && int(o.verbalizers.size()) != labelCount)
        throw Error(
            LMW_MESSAGE("verbalizer.count_mismatch", "There are %1 verbalizers for %2 labels."),
            {std::to_string(o.verbalizers.size()), std::to_string(labelCount)});
    for (const auto& words : o.verbalizers) {
        if (words.empty())
            throw Error(LMW_MESSAGE("prompting.label_without_verbalizer",
                                    "Every label needs at least one verbalizer word."));
        for (const auto& w : words)
            if (w.empty())
                throw Error(
                    LMW_MESSAGE("verbalizer.empty_word", "A verbalizer word cannot be empty."));
    }
}

std::vector<std::string> unionLabels(const std::vector<PromptTask>& tasks) {
    std::vector<std::string> out;
    auto add = [&](const std::vector<std::string>& labels) {
        for (const auto& l : labels)
            if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
    };
    for (const PromptTask& t : tasks) {
        add(t.pool.labels);
        add(t.queries.labels);
    }
    return out;
}

double PromptRecord::confidence() const {
    if (predicted < 0 || predicted >= int(probabilities.size())) return 0;
    return probabilities[std::size_t(predicted)];
}

}  // namespace lmw
