// Prompt evaluation: label scores from verbalizer log-probabilities, the k-shot loop over
// tasks, seeds and queries (fitting demonstrations into the context window), summaries per k,
// and the hook that draws an in-context learning curve while a model trains.
#include <algorithm>
#include <cmath>
#include <limits>

#include "api/error.h"
#include "api/prompting.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "util/rng.h"

namespace lmw {

namespace {

double logSumExp(const std::vector<double>& v) {
    double top = -std::numeric_limits<double>::infinity();
    for (double x : v) top = std::max(top, x);
    if (!std::isfinite(top)) return top;
    double sum = 0;
    for (double x : v) sum += std::exp(x - top);
    return top + std::log(sum);
}

/// A task with label ids in the union's numbering, and the queries to evaluate.
struct PreparedTask {
    LabelledDataset pool;
    LabelledDataset queries;  // the pool itself when the task has no queries of its own
    bool queriesArePool = false;
    std::vector<int> selected;  // query indices
};

std::vector<int> labelMap(const LabelledDataset& d, const std::vector<std::string>& labels) {
    std::vector<int> map;
    for (const auto& l : d.labels)
        map.push_back(int(std::find(labels.begin(), labels.end(), l) - labels.begin()));
    return map;
}

LabelledDataset remapped(const LabelledDataset& d, const std::vector<std::string>& labels) {
    const std::vector<int> map = labelMap(d, labels);
    LabelledDataset out = d;
    out.labels = labels;
    for (auto& e : out.examples) {
        if (e.label < 0 || e.label >= int(map.size()))
            throw Error(LMW_MESSAGE("prompting.example_label_outside",
                                    "An example of '%1' has a label id outside its label list."),
                        {d.source});
        e.label = map[std::size_t(e.label)];
    }
    return out;
}

}  // namespace

PromptScores scorePrompt(const TextGenerator& gen, const std::string& prompt,
                         const std::vector<std::vector<std::string>>& verbalizers,
                         ScoreNormalization norm) {
    if (verbalizers.size() < 2)
        throw Error(
            LMW_MESSAGE("prompting.scoring_too_few_labels", "Scoring needs at least two labels."));
    std::vector<std::string> words;
    for (const auto& ws : verbalizers) {
        if (ws.empty())
            throw Error(LMW_MESSAGE("prompting.label_without_verbalizer",
                                    "Every label needs at least one verbalizer word."));
        words.insert(words.end(), ws.begin(), ws.end());
    }
    const std::vector<ContinuationScore> scored = gen.scoreContinuations(prompt, words);
    PromptScores s;
    std::size_t w = 0;
    for (const auto& ws : verbalizers) {
        std::vector<double> logProbs, normalised;
        std::vector<int> tokens;
        for (std::size_t i = 0; i < ws.size(); ++i, ++w) {
            const ContinuationScore& c = scored[w];
            const double total = c.total();
            const int n = int(c.logProbs.size());
            logProbs.push_back(total);
            tokens.push_back(n);
            normalised.push_back(norm == ScoreNormalization::Mean ? total / std::max(1, n) : total);
            s.promptTokens = std::max(s.promptTokens, c.contextTokens);
            s.truncatedTokens = std::max(s.truncatedTokens, c.truncatedTokens);
        }
        s.labelScores.push_back(logSumExp(normalised));
        s.wordLogProbs.push_back(logProbs);
        s.wordTokens.push_back(tokens);
    }
    const double z = logSumExp(s.labelScores);
    for (double v : s.labelScores) s.probabilities.push_back(std::exp(v - z));
    s.predicted =
        int(std::max_element(s.labelScores.begin(), s.labelScores.end()) - s.labelScores.begin());
    return s;
}

PromptEvalReport evaluatePrompts(const TextGenerator& gen, const std::vector<PromptTask>& tasks,
                                 const PromptEvalOptions& o,
                                 const std::function<void(const PromptEvalProgress&)>& progress,
                                 const std::atomic<bool>* cancel) {
    if (tasks.empty())
        throw Error(
            LMW_MESSAGE("prompting.no_tasks", "Prompt evaluation needs at least one task."));
    if (!gen.continuesText() || gen.isEncoder() || gen.modelConfig().family == ModelFamily::Bart)
        throw Error(LMW_MESSAGE("prompting.needs_decoder",
                                "Prompting needs a decoder (GPT or LSTM); this is a %1 model."),
                    {familyName(gen.modelConfig().family)});
    PromptEvalReport report;
    report.labels = unionLabels(tasks);
    validatePromptEvalOptions(o, int(report.labels.size()));
    report.verbalizers = o.verbalizers.empty() ? defaultVerbalizers(report.labels) : o.verbalizers;
    report.contextTokens = gen.contextLimit();
    const int maxShots = *std::max_element(o.shots.begin(), o.shots.end());

    // Tasks in the union's label numbering, their query samples, and the majority baseline.
    std::vector<PreparedTask> prepared;
    std::vector<int> labelCounts(report.labels.size(), 0);
    for (std::size_t t = 0; t < tasks.size(); ++t) {
        const PromptTask& task = tasks[t];
        const std::string name = task.name.empty() ? "task " + std::to_string(t + 1) : task.name;
        PreparedTask p;
        p.pool = remapped(task.pool, report.labels);
        p.queriesArePool = task.queries.examples.empty();
        p.queries = p.queriesArePool ? p.pool : remapped(task.queries, report.labels);
        if (p.queries.examples.empty())
            throw Error(LMW_MESSAGE("prompting.task_no_examples", "Task '%1' has no examples."),
                        {name});
        const int offered = int(p.pool.examples.size()) - (p.queriesArePool ? 1 : 0);
        if (offered < maxShots)
            throw Error(
                LMW_MESSAGE("prompting.task_too_few_demonstrations",
                            "Task '%1' offers %2 demonstrations per query; %3 shots need more."),
                {name, std::to_string(std::max(0, offered)), std::to_string(maxShots)});
        for (int i = 0; i < int(p.queries.examples.size()); ++i) p.selected.push_back(i);
        if (o.limit > 0 && o.limit < int(p.selected.size())) {
            Rng rng(Rng::mix(Rng::mix(o.seed, 0x6c696d), std::uint64_t(t)));
            rng.shuffle(p.selected);
            p.selected.resize(std::size_t(o.limit));
            std::sort(p.selected.begin(), p.selected.end());
        }
        for (int q : p.selected)
            ++labelCounts[std::size_t(p.queries.examples[std::size_t(q)].label)];
        report.queries += int(p.selected.size());
        prepared.push_back(std::move(p));
    }
    report.majorityAccuracy = double(*std::max_element(labelCounts.begin(), labelCounts.end())) /
                              std::max(1, report.queries);

    // The verbalizer with the most tokens bounds the room a prompt may take.
    int longestWord = 0;
    for (const auto& ws : report.verbalizers)
        for (const auto& w : ws) longestWord = std::max(longestWord, gen.tokenCount(w));
    const int window = report.contextTokens;

    PromptEvalProgress prog;
    for (int k : o.shots) prog.total += (k == 0 ? 1 : o.seeds) * report.queries;

    for (int k : o.shots) {
        if (report.cancelled) break;
        const int seeds = k == 0 ? 1 : o.seeds;
        for (int seedIndex = 0; seedIndex < seeds && !report.cancelled; ++seedIndex) {
            DemonstrationOptions d;
            d.shots = k;
            d.seed = Rng::mix(o.seed, std::uint64_t(seedIndex));
            d.balanced = o.balanced;
            for (std::size_t t = 0; t < prepared.size() && !report.cancelled; ++t) {
                const PreparedTask& p = prepared[t];
                for (int q : p.selected) {
                    if (cancel && cancel->load()) {
                        report.cancelled = true;
                        break;
                    }
                    const LabelledExample& query = p.queries.examples[std::size_t(q)];
                    PromptRecord r;
                    r.shots = k;
                    r.seedIndex = seedIndex;
                    r.task = int(t);
                    r.query = q;
                    r.text = query.text;
                    r.trueLabel = query.label;
                    r.demonstrations = pickDemonstrations(p.pool, d, Rng::mix(t, std::uint64_t(q)),
                                                          p.queriesArePool ? q : -1);
                    auto build = [&] {
                        std::vector<std::pair<std::string, std::string>> demos;
                        for (int i : r.demonstrations) {
                            const LabelledExample& e = p.pool.examples[std::size_t(i)];
                            demos.emplace_back(e.text,
                                               report.verbalizers[std::size_t(e.label)].front());
                        }
                        return buildPrompt(o.prompt, report.verbalizers, demos, query.text);
                    };
                    std::string prompt = build();
                    // Demonstrations that do not fit the window go first (the oldest context).
                    while (window > 0 && !r.demonstrations.empty() &&
                           gen.tokenCount(prompt) + longestWord > window) {
                        r.demonstrations.erase(r.demonstrations.begin());
                        ++r.droppedDemonstrations;
                        prompt = build();
                    }
                    const PromptScores s =
                        scorePrompt(gen, prompt, report.verbalizers, o.normalization);
                    r.truncatedTokens = s.truncatedTokens;
                    r.probabilities = s.probabilities;
                    r.scores = s.labelScores;
                    r.predicted = s.predicted;
                    if (o.keepPrompts) r.prompt = std::move(prompt);
                    report.records.push_back(std::move(r));
                    ++prog.done;
                    prog.shots = k;
                    if (progress) progress(prog);
                }
            }
        }
    }

    for (int k : o.shots) {
        std::vector<std::vector<double>> probs;
        std::vector<int> truth;
        std::vector<int> correct, count;
        ShotsResult s;
        s.shots = k;
        double demos = 0;
        for (const PromptRecord& r : report.records) {
            if (r.shots != k) continue;
            probs.push_back(r.probabilities);
            truth.push_back(r.trueLabel);
            if (int(correct.size()) <= r.seedIndex) {
                correct.resize(std::size_t(r.seedIndex) + 1, 0);
                count.resize(std::size_t(r.seedIndex) + 1, 0);
            }
            correct[std::size_t(r.seedIndex)] += r.correct();
            ++count[std::size_t(r.seedIndex)];
            s.promptsWithDroppedDemos += r.droppedDemonstrations > 0;
            demos += double(r.demonstrations.size());
        }
        if (probs.empty()) continue;
        s.calibration = calibrate(probs, truth, o.bins);
        s.meanDemonstrations = demos / double(probs.size());
        double mean = 0;
        for (std::size_t i = 0; i < correct.size(); ++i) {
            s.seedAccuracies.push_back(count[i] ? double(correct[i]) / count[i] : 0.0);
            mean += s.seedAccuracies.back();
        }
        mean /= double(s.seedAccuracies.size());
        double var = 0;
        for (double a : s.seedAccuracies) var += (a - mean) * (a - mean);
        s.accuracyStd = std::sqrt(var / double(s.seedAccuracies.size()));
        report.byShots.push_back(std::move(s));
    }
    return report;
}

std::function<void(const EvalMetrics&)> promptEvalAtEvaluations(
    const TrainingSession& session, std::vector<PromptTask> tasks, PromptEvalOptions o,
    std::function<void(const IclCurvePoint&)> onPoint, const std::atomic<bool>* cancel) {
    return [&session, tasks = std::move(tasks), o = std::move(o), onPoint = std::move(onPoint),
            cancel](const EvalMetrics& e) {
        if (cancel && cancel->load()) return;
        const TextGenerator gen = session.snapshot();
        const PromptEvalReport r = evaluatePrompts(gen, tasks, o, {}, cancel);
        if (r.cancelled) return;
        IclCurvePoint p;
        p.step = e.step;
        p.valLoss = e.valLoss;
        p.byShots = r.byShots;
        p.majorityAccuracy = r.majorityAccuracy;
        if (onPoint) onPoint(p);
    };
}

}  // namespace lmw
