// The prompt lab (no torch, no Qt): zero- and few-shot classification with a decoder (GPT, LSTM)
// by prompting alone, as GPT-2 and GPT-3 did. A prompt is built from a template, k labelled
// demonstrations and the query; each label is scored by the log-probability the model gives its
// verbalizer (the word(s) standing for it) right after the prompt; probabilities over the
// labels are the softmax of those scores. Evaluation reports accuracy and calibration against
// k, over several seeds of demonstrations, with one record per scored prompt.
//
// Also here: a synthetic in-context-learning task (every line of its corpus uses a new random
// symbol -> label mapping, so only the examples in the context reveal it), its training preset,
// and a hook that measures accuracy against k at every evaluation of a training run.
//
// Example:
//   lmw::TextGenerator gen = lmw::TextGenerator::load("runs/a");
//   lmw::PromptTask task;  task.pool = lmw::loadLabelledDataset("sst2.tsv");
//   lmw::PromptEvalOptions o;  o.prompt.example = "Review: {text}\nSentiment: {label}";
//   o.verbalizers = lmw::parseVerbalizers("0=negative,1=positive", task.pool.labels);
//   lmw::PromptEvalReport r = lmw::evaluatePrompts(gen, {task}, o);
//   for (const auto& s : r.byShots) std::printf("%d %.3f\n", s.shots, s.calibration.accuracy);
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "api/configs.h"
#include "api/datasets.h"
#include "api/events.h"

namespace lmw {

class TextGenerator;
class TrainingSession;

// --- prompts ----------------------------------------------------------------------------------

/// How one prompt is written. Placeholders: "{text}" and "{label}" in `example` (each exactly
/// once, "{text}" first), "{labels}" in `instruction` (the labels' verbalizers joined by ", ").
/// "{{" and "}}" stand for literal braces. The query is `example` cut just before "{label}";
/// the label's verbalizer is what the model is asked to continue with.
///   prompt = instruction + demo_1 + separator + ... + demo_k + separator + query
struct PromptTemplate {
    std::string instruction;                  // text before everything; may be empty
    std::string example = "{text}\n{label}";  // one demonstration
    std::string separator = "\n\n";           // after each demonstration
};

/// Checks a template; throws lmw::Error naming the problem (missing or repeated placeholder,
/// "{label}" before "{text}", an unknown "{name}", an unmatched brace).
void validatePromptTemplate(const PromptTemplate& t);

/// One demonstration: `example` with both placeholders filled.
std::string fillDemonstration(const PromptTemplate& t, const std::string& text,
                              const std::string& verbalizer);
/// The query: `example` up to "{label}", with "{text}" filled.
std::string fillQuery(const PromptTemplate& t, const std::string& text);
/// The separator as written into prompts ("{{" and "}}" resolved).
std::string fillSeparator(const PromptTemplate& t);
/// The instruction with "{labels}" filled by the first verbalizer of each label.
std::string fillInstruction(const PromptTemplate& t,
                            const std::vector<std::vector<std::string>>& verbalizers);

/// The whole prompt for a query after the given demonstrations (text, verbalizer), in order.
std::string buildPrompt(const PromptTemplate& t,
                        const std::vector<std::vector<std::string>>& verbalizers,
                        const std::vector<std::pair<std::string, std::string>>& demonstrations,
                        const std::string& query);

/// Turns "\n", "\t", "\\" and "\{" ... typed on a command line into the characters they stand
/// for ("\n" -> newline). Unknown escapes are kept as written.
std::string unescapePromptText(const std::string& text);

// --- verbalizers ------------------------------------------------------------------------------

/// Per label, the words that stand for it (alternatives; a label's probability covers all of
/// them). Default: the label's own name.
std::vector<std::vector<std::string>> defaultVerbalizers(const std::vector<std::string>& labels);

/// "pos=good|great,neg=bad" -> per label (in `labels`' order). Labels not named keep their
/// name. Throws lmw::Error for an unknown label, a label named twice, an empty word or a
/// malformed entry. Words are used as written: " good" (with a space) is another word than
/// "good".
std::vector<std::vector<std::string>> parseVerbalizers(const std::string& spec,
                                                       const std::vector<std::string>& labels);

/// The same spec written back ("neg=bad,pos=good|great").
std::string formatVerbalizers(const std::vector<std::vector<std::string>>& verbalizers,
                              const std::vector<std::string>& labels);

// --- demonstrations ---------------------------------------------------------------------------

/// Which pool examples become the demonstrations of one query.
struct DemonstrationOptions {
    int shots = 0;           // k
    std::uint64_t seed = 1;  // with the query index, fixes the draw
    bool balanced = false;   // labels as evenly as the pool allows (round robin over labels)
};

/// Picks `shots` distinct indices into `pool`, never `exclude` (the query itself, when the pool
/// is also the query set; -1: nothing excluded), in prompt order. Deterministic in (seed,
/// queryKey); the draws for k and k + 1 share their first k examples (the order may differ).
/// Throws lmw::Error when the pool has fewer than `shots` examples to offer.
std::vector<int> pickDemonstrations(const LabelledDataset& pool, const DemonstrationOptions& o,
                                    std::uint64_t queryKey, int exclude = -1);

// --- scoring ----------------------------------------------------------------------------------

/// How a verbalizer's token log-probabilities become its score.
enum class ScoreNormalization {
    Sum,   // log P(verbalizer | prompt): the sum over its tokens
    Mean,  // that sum divided by its token count (length-normalised)
};
std::string scoreNormalizationName(ScoreNormalization n);             // "sum", "mean"
ScoreNormalization scoreNormalizationFromName(const std::string& n);  // throws lmw::Error

/// The model's judgement of one prompt.
struct PromptScores {
    std::vector<double> labelScores;    // per label: combined verbalizer scores (log space)
    std::vector<double> probabilities;  // per label: softmax of labelScores
    /// Per label, per verbalizer word: its summed log-probability and its token count.
    std::vector<std::vector<double>> wordLogProbs;
    std::vector<std::vector<int>> wordTokens;
    int predicted = 0;        // argmax (the lowest label on ties)
    int promptTokens = 0;     // tokens of the prompt as scored
    int truncatedTokens = 0;  // tokens cut from the front to fit the context
};

/// Scores every label's verbalizers after `prompt` (no sampling; a label's alternatives
/// combine by log-sum-exp). Throws lmw::Error for models that do not continue text.
PromptScores scorePrompt(const TextGenerator& gen, const std::string& prompt,
                         const std::vector<std::vector<std::string>>& verbalizers,
                         ScoreNormalization norm = ScoreNormalization::Sum);

// --- calibration ------------------------------------------------------------------------------

/// Predictions whose confidence (top probability) lies in (lower, upper].
struct ReliabilityBin {
    double lower = 0, upper = 0;
    int count = 0;
    double confidence = 0;  // mean confidence in the bin (0 when empty)
    double accuracy = 0;    // share correct in the bin (0 when empty)
};

struct CalibrationSummary {
    int count = 0;
    double accuracy = 0;
    double meanConfidence = 0;
    /// Expected calibration error: sum over bins of (bin count / count) * |accuracy - confidence|.
    double ece = 0;
    std::vector<ReliabilityBin> bins;  // equal widths over [0, 1]; the first also holds 0
};

/// Calibration of predictions: per example the label probabilities and the true label.
/// Throws lmw::Error when `bins` < 1 or the sizes disagree.
CalibrationSummary calibrate(const std::vector<std::vector<double>>& probabilities,
                             const std::vector<int>& trueLabels, int bins = 10);

// --- evaluation -------------------------------------------------------------------------------

/// A set of queries and the pool their demonstrations come from.
struct PromptTask {
    std::string name;
    LabelledDataset pool;  // demonstrations
    LabelledDataset
        queries;  // no examples: the pool's own (a query is never its own demonstration)
};

struct PromptEvalOptions {
    PromptTemplate prompt;
    std::vector<std::vector<std::string>> verbalizers;  // per label; empty = the label names
    std::vector<int> shots = {0, 1, 2, 4, 8};
    int seeds = 3;  // demonstration draws per k (k = 0 needs only one)
    std::uint64_t seed = 1;
    bool balanced = false;  // see DemonstrationOptions
    ScoreNormalization normalization = ScoreNormalization::Sum;
    int limit = 0;            // queries per task (a seeded sample); 0 = all
    int bins = 10;            // reliability table
    bool keepPrompts = true;  // store each prompt's text in its record
};

/// Checks options against the label count; throws lmw::Error naming the first bad one.
void validatePromptEvalOptions(const PromptEvalOptions& o, int labelCount);

/// One scored prompt.
struct PromptRecord {
    int shots = 0;
    int seedIndex = 0;
    int task = 0;
    int query = 0;                      // index into the task's queries
    std::string text;                   // the query's text
    std::string prompt;                 // as scored (empty unless keepPrompts)
    std::vector<int> demonstrations;    // pool indices, in prompt order (after any dropped)
    int droppedDemonstrations = 0;      // left out at the front to fit the context window
    int truncatedTokens = 0;            // still cut after that (a query longer than the window)
    std::vector<double> probabilities;  // per label
    std::vector<double> scores;         // per label
    int trueLabel = 0;
    int predicted = 0;
    double confidence() const;  // probability of the predicted label
    bool correct() const { return predicted == trueLabel; }
};

/// Results for one k: every seed's records pooled, and each seed's accuracy.
struct ShotsResult {
    int shots = 0;
    CalibrationSummary calibration;
    std::vector<double> seedAccuracies;
    double accuracyStd = 0;  // population standard deviation over the seeds
    int promptsWithDroppedDemos = 0;
    double meanDemonstrations = 0;  // demonstrations actually in the prompts
};

struct PromptEvalReport {
    std::vector<std::string> labels;                    // union over the tasks
    std::vector<std::vector<std::string>> verbalizers;  // as used
    int queries = 0;                                    // per k and seed, all tasks
    double majorityAccuracy = 0;                        // always answering the commonest label
    int contextTokens = 0;                              // the model's window; 0 = unlimited
    std::vector<ShotsResult> byShots;
    std::vector<PromptRecord> records;
    bool cancelled = false;  // stopped early: results cover what was done
};

struct PromptEvalProgress {
    int done = 0;
    int total = 0;
    int shots = 0;  // k of the prompt just scored
};

/// Evaluates `gen` on `tasks` for every k and seed of `o`. Tasks may have different label
/// sets: the report's labels are their union (the first task's order first) and `o.verbalizers`
/// refers to that union. Demonstrations that do not fit the model's context window are dropped
/// from the front and counted. Blocking (run it on a worker thread, with a generator no other
/// thread uses meanwhile); `progress` is called after every prompt on the calling thread;
/// setting `*cancel` stops after the current prompt. Throws lmw::Error for bad options,
/// empty tasks, pools too small for the largest k, or a model that does not continue text.
PromptEvalReport evaluatePrompts(
    const TextGenerator& gen, const std::vector<PromptTask>& tasks, const PromptEvalOptions& o,
    const std::function<void(const PromptEvalProgress&)>& progress = {},
    const std::atomic<bool>* cancel = nullptr);

/// The labels evaluatePrompts() uses for `tasks`: their union, the first task's order first.
std::vector<std::string> unionLabels(const std::vector<PromptTask>& tasks);

// --- synthetic in-context learning ---------------------------------------------------------------

/// Lines like "d1 b0 d1 g2 b0 ...": each line draws a few input symbols and gives each a
/// random label, so a symbol's label can only be read from earlier pairs of the same line.
/// Zero-shot a model can only guess; with demonstrations that contain the query's symbol it
/// can copy the answer (what induction heads do).
struct IclTaskConfig {
    std::string symbols = "abcdefgh";                   // input symbols (ASCII characters)
    std::vector<std::string> labels = {"0", "1", "2"};  // output labels
    int symbolsPerMapping = 4;                          // distinct inputs one mapping covers
    int minPairs = 8;                                   // pairs per corpus line
    int maxPairs = 20;
    PromptTemplate format;  // how a pair and the gaps between pairs are written
};

/// The template of the synthetic task: "{text}{label}" (a letter, then its label) separated by
/// spaces, no instruction.
PromptTemplate iclTemplate();
IclTaskConfig defaultIclTaskConfig();

/// One random mapping: inputs[i] has label labels[i] (an index into the config's labels).
struct IclMapping {
    std::vector<std::string> inputs;
    std::vector<int> labels;
    int labelOf(const std::string& input) const;  // -1 when `input` is not mapped
};

/// Mapping number `index` of the stream `seed` (deterministic).
IclMapping iclMapping(const IclTaskConfig& c, std::uint64_t seed, std::uint64_t index);

/// One corpus line: its mapping and pairs (indices into mapping.inputs).
struct IclEpisode {
    IclMapping mapping;
    std::vector<int> pairs;
    std::string text(const IclTaskConfig& c) const;  // without the newline
};
IclEpisode iclEpisode(const IclTaskConfig& c, std::uint64_t seed, std::uint64_t index);

/// Episodes 0, 1, ... of `seed`, one per line, until at least `minBytes` bytes.
std::string iclCorpus(const IclTaskConfig& c, std::uint64_t seed, std::size_t minBytes);

/// `mappings` evaluation tasks (their own seed stream, never the corpus's): each pool holds
/// every input of its mapping `copies` times in a seeded order; the queries are the pool's own
/// examples. Labels: all of the config's labels, in order.
std::vector<PromptTask> iclTasks(const IclTaskConfig& c, std::uint64_t seed, int mappings,
                                 int copies);

/// A task's pool as a TSV file with a "text<TAB>label" header (what loadLabelledDataset reads).
std::string labelledDatasetTsv(const LabelledDataset& data);

/// A model and training run suited to the synthetic task on 2 CPU cores (a few minutes), and
/// the evaluation settings of its learning curve.
struct IclPreset {
    ModelConfig model;
    TrainConfig train;
    IclTaskConfig task;
    PromptEvalOptions eval;
    int mappings = 12;  // evaluation tasks
    int copies = 4;     // per input symbol
    std::size_t corpusBytes = 2u << 20;
};
IclPreset iclPreset();

/// One point of an in-context learning curve: accuracy against k after `step` training steps.
struct IclCurvePoint {
    std::int64_t step = 0;
    double valLoss = 0;
    std::vector<ShotsResult> byShots;
    double majorityAccuracy = 0;
};

/// An onEval callback for TrainingCallbacks that evaluates a snapshot of `session`'s weights on
/// `tasks` at every evaluation and hands the point to `onPoint` (on the training thread). It
/// stops early when `*cancel` is set. `session` must outlive the training.
std::function<void(const EvalMetrics&)> promptEvalAtEvaluations(
    const TrainingSession& session, std::vector<PromptTask> tasks, PromptEvalOptions o,
    std::function<void(const IclCurvePoint&)> onPoint, const std::atomic<bool>* cancel = nullptr);

/// An in-context learning curve as CSV, one row per point and k:
/// step,val_loss,shots,accuracy,accuracy_std,ece,mean_confidence (icl-train and the Prompt lab
/// write this file).
std::string iclCurveCsv(const std::vector<IclCurvePoint>& curve);

}  // namespace lmw
