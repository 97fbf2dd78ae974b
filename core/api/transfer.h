// Transfer learning for text classification (no torch, no Qt): ULMFiT's three stages (Howard &
// Ruder 2018) and the baselines it is compared with.
//
//   Stage 1  general-domain LM pretraining of an AWD-LSTM (a TrainingSession, or an existing run)
//   Stage 2  target-task LM fine-tuning on the task's texts: discriminative learning rates and
//            slanted triangular learning rates (STLR), the stage-1 tokenizer kept
//   Stage 3  classifier fine-tuning: concat-pooling head on the stage-2 encoder, gradual
//            unfreezing, discriminative rates, STLR; texts padded and bucketed by length
//
// Every function blocks and is meant for a worker thread. Progress arrives through
// TransferCallbacks on that thread; setting `*callbacks.cancel` from any other thread stops
// after the current optimizer step (the result then has `cancelled` set).
//
// Example (the CLI's `ulmfit` command does this):
//   lmw::UlmfitConfig c;  c.generalCorpus = "wiki.txt";  c.outDir = "out";
//   lmw::UlmfitReport r = lmw::runUlmfit(c, train, test);
//   std::printf("%.3f\n", r.classifiers.front().test.accuracy);
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "api/configs.h"
#include "api/datasets.h"
#include "api/events.h"
#include "api/message.h"

namespace lmw {

// --- schedules (pure functions) --------------------------------------------------------------

/// Slanted triangular learning rates (Howard & Ruder 2018, eq. 3): a short linear rise over the
/// first `cutFrac` of the steps from lrMax / ratio to lrMax, then a long linear fall back to
/// lrMax / ratio at the last step.
struct SlantedTriangular {
    double lrMax = 0.01;
    double cutFrac = 0.1;
    double ratio = 32;
};

/// The rate for 0-based step `t` of `totalSteps` (t = totalSteps gives the end of the fall):
///   cut = max(1, floor(T * cutFrac))
///   p   = t / cut                        for t < cut
///         1 - (t - cut) / (T - cut)      otherwise (clamped at 0); the paper writes the divisor
///                                        as cut * (1 / cutFrac - 1), the same when T * cutFrac
///                                        is whole, and T - cut ends the fall at T otherwise
///   lr  = lrMax * (1 + p * (ratio - 1)) / ratio
double slantedTriangularRate(std::int64_t t, std::int64_t totalSteps, const SlantedTriangular& s);

/// Discriminative fine-tuning: the rate of each of `groups` layer groups, input side first. The
/// last (output side) group gets `topRate`; each lower group the rate of the one above / factor.
std::vector<double> discriminativeRates(double topRate, int groups, double factor = 2.6);

/// How the layers of a pretrained model become trainable during classifier fine-tuning.
enum class Unfreezing {
    Gradual,    // epoch 1: only the last group (the classifier head); one more group each epoch
    AllAtOnce,  // every group from the first step
};
std::string unfreezingName(Unfreezing u);  // "gradual", "all-at-once"

/// Layer groups trainable in 0-based `epoch`, counted from the output side (1 = the head only).
int trainableGroupCount(Unfreezing u, int epoch, int groups);

// --- results ---------------------------------------------------------------------------------

/// Accuracy, confusion matrix and per-class precision / recall / F1 of a set of predictions.
struct ClassificationMetrics {
    std::vector<std::string> labels;
    std::vector<std::vector<int>> confusion;  // [true label][predicted label]
    int total = 0;
    double accuracy = std::numeric_limits<double>::quiet_NaN();
    std::vector<double> precision;  // per label; NaN when nothing was predicted as it
    std::vector<double> recall;     // per label; NaN when it does not occur
    std::vector<double> f1;         // per label; NaN when precision or recall is
    double macroF1 = std::numeric_limits<double>::quiet_NaN();  // over the defined F1 values
};

/// Metrics of `predicted` against `truth` (label ids into `labels`); throws lmw::Error for
/// lists of different lengths or ids outside the labels.
ClassificationMetrics classificationMetrics(const std::vector<int>& truth,
                                            const std::vector<int>& predicted,
                                            const std::vector<std::string>& labels);

// --- progress --------------------------------------------------------------------------------

enum class TransferStage { GeneralLm, TargetLm, Classifier };
std::string transferStageName(TransferStage stage);  // "general-lm", "target-lm", "classifier"

/// Sent when a stage of one run starts.
struct TransferStageInfo {
    std::string run;  // "ulmfit", "all-at-once", "scratch", "bert", "gpt", "lm"
    TransferStage stage = TransferStage::Classifier;
    int epochs = 0;
    std::int64_t totalSteps = 0;
    std::vector<std::string> groupNames;  // layer groups, input side first ("embedding", "LSTM 1",
                                          // ..., "classifier head")
    std::int64_t parameters = 0;
};

/// One optimizer step of stage 2 or 3 (stage 1 reports through onPretrainStep).
struct TransferStep {
    std::string run;
    TransferStage stage = TransferStage::Classifier;
    int epoch = 0;  // 1-based
    int epochs = 0;
    std::int64_t step = 0;  // 1-based, within the stage
    std::int64_t totalSteps = 0;
    double loss = 0;                   // of this step's batch
    std::vector<double> groupRates;    // learning rate of each layer group for this step
    std::vector<bool> groupTrainable;  // the freeze map (false: frozen this epoch)
    double elapsedS = 0;
};

/// The end of one epoch of stage 2 or 3.
struct TransferEpoch {
    std::string run;
    TransferStage stage = TransferStage::Classifier;
    int epoch = 0;  // 1-based
    int epochs = 0;
    double trainLoss = 0;  // mean over the epoch's steps
    double valLoss = std::numeric_limits<double>::quiet_NaN();
    double valAccuracy = std::numeric_limits<double>::quiet_NaN();  // classifier only
    std::vector<bool> groupTrainable;
    double elapsedS = 0;
};

struct TransferCallbacks {
    std::function<void(const TransferStageInfo&)> onStageStart;
    std::function<void(const TransferStep&)> onStep;
    std::function<void(const TransferEpoch&)> onEpoch;
    std::function<void(const std::string& run, const StepMetrics&)> onPretrainStep;  // stage 1
    std::function<void(const Message&)> onMessage;
    /// Polled before every optimizer step; true stops the work in progress.
    const std::atomic<bool>* cancel = nullptr;
};

// --- stage 2: target-task LM fine-tuning -----------------------------------------------------

/// Optimizer: AdamW with one parameter group per layer group. betas (0.7, 0.99) follow fastai's
/// ULMFiT defaults (a low first moment, as the paper's one-cycle momentum ends at 0.7).
struct LmFineTuneConfig {
    int epochs = 2;        // passes over the target texts
    int batch = 32;        // windows per step
    int bptt = 64;         // tokens per window
    double lr = 4e-3;      // peak rate of the last (output side) group
    double lrDecay = 2.6;  // discriminative factor between neighbouring groups
    double cutFrac = 0.1;
    double ratio = 32;
    double beta1 = 0.7;
    double beta2 = 0.99;
    double weightDecay = 0.01;
    double gradClip = 0.4;     // max global gradient norm; 0 = off
    double valFraction = 0.1;  // last share of the texts held out (per-epoch validation loss)
    std::uint64_t seed = 1;
    int threads = 0;  // torch intra-op threads; 0 = all cores
};

struct LmFineTuneResult {
    std::vector<double> trainLoss;                                     // per epoch
    std::vector<double> valLoss;                                       // per epoch
    double initialValLoss = std::numeric_limits<double>::quiet_NaN();  // before fine-tuning
    std::int64_t steps = 0;
    std::int64_t tokens = 0;  // training tokens of the target texts
    double elapsedS = 0;
    bool cancelled = false;
    std::string checkpointPath;
};

/// Fine-tunes the LSTM language model of `lmCheckpoint` (run folder or file) on `texts` and
/// writes it to `outCheckpoint` (a file path; empty = not saved). Throws lmw::Error for a
/// checkpoint that is not an LSTM LM, too little text or bad settings.
LmFineTuneResult fineTuneLanguageModel(const std::string& lmCheckpoint,
                                       const std::vector<std::string>& texts,
                                       const LmFineTuneConfig& config,
                                       const std::string& outCheckpoint,
                                       const TransferCallbacks& callbacks = {});

// --- stage 3: classifier fine-tuning ---------------------------------------------------------

struct ClassifierConfig {
    Unfreezing unfreezing = Unfreezing::Gradual;
    bool randomInit = false;  // ignore the checkpoint's weights (the from-scratch baseline)
    int epochs = 0;           // 0 = one per layer group, plus one with everything trainable
    int batch = 32;
    int maxTokens = 96;  // longer texts are cut (LSTM); transformers: at most the context
    double lr = 0.01;    // peak rate of the last group (the classifier head)
    double lrDecay = 2.6;
    double cutFrac = 0.1;
    double ratio = 32;
    double beta1 = 0.7;
    double beta2 = 0.99;
    double weightDecay = 0.01;
    double gradClip = 1.0;
    /// Gradual unfreezing runs one slanted triangle per unfreezing stage (one epoch each, the
    /// last stage spanning the remaining epochs), as fastai's ULMFiT recipe does; all-at-once
    /// runs one triangle over all epochs.
    std::uint64_t seed = 1;
    int threads = 0;
};

struct ClassifierResult {
    std::string run;
    std::string family;  // "lstm", "bert", "gpt", ...
    Unfreezing unfreezing = Unfreezing::Gradual;
    bool pretrained = true;
    std::vector<double> trainLoss;                      // per epoch
    std::vector<double> valLoss;                        // per epoch (NaN without a validation set)
    std::vector<double> valAccuracy;                    // per epoch
    ClassificationMetrics test;                         // empty when no test set was given
    std::vector<int> testPredictions;                   // predicted label per test example
    std::vector<std::vector<float>> testProbabilities;  // per test example, per label
    /// Forgetting (LSTM only, filled by runUlmfit): LM loss on held-out general text of this
    /// classifier's encoder under the stage-2 LM's decoder.
    double forgettingLoss = std::numeric_limits<double>::quiet_NaN();
    std::int64_t steps = 0;
    std::int64_t parameters = 0;
    double elapsedS = 0;
    bool cancelled = false;
    std::string checkpointPath;
};

/// Trains a classifier on `train` from the model in `checkpoint` (an LM of any family: its
/// tokenizer, architecture and, unless randomInit, its weights; the classification head is new).
/// `val` (may be empty) is scored after every epoch and `test` (may be empty) at the end; both
/// must use `train`'s label ids. The classifier is saved to `outCheckpoint` (empty = not saved)
/// with its label names, ready for TextGenerator::load + classify(). Throws lmw::Error for an
/// empty training set, fewer than two labels, labels out of range or bad settings.
ClassifierResult fineTuneClassifier(const std::string& checkpoint, const LabelledDataset& train,
                                    const LabelledDataset& val, const LabelledDataset& test,
                                    const ClassifierConfig& config,
                                    const std::string& outCheckpoint,
                                    const TransferCallbacks& callbacks = {},
                                    const std::string& run = "ulmfit");

/// Mean next-token loss on `text` of the LSTM encoder (embedding + LSTM layers) of
/// `encoderCheckpoint` read out by the decoder (tied output matrix and bias) of
/// `decoderCheckpoint`; both LSTM checkpoints with the same tokenizer. With the same checkpoint
/// twice it is that LM's own loss. Uses up to `maxWindows` windows of `bptt` tokens, no dropout.
double encoderLmLoss(const std::string& encoderCheckpoint, const std::string& decoderCheckpoint,
                     const std::string& text, int bptt = 64, int maxWindows = 64, int threads = 0);

// --- the whole pipeline ----------------------------------------------------------------------

enum class Baseline {
    Scratch,    // the same LSTM classifier, random weights, everything trainable, one rate
    AllAtOnce,  // stage 3 from the stage-2 encoder without gradual unfreezing
    Bert,       // a BERT-style encoder pretrained like stage 1, fine-tuned all at once
    Gpt,        // a GPT-style decoder pretrained like stage 1, fine-tuned all at once
};
std::string baselineName(Baseline b);                // "scratch", "all-at-once", "bert", "gpt"
Baseline baselineFromName(const std::string& name);  // throws lmw::Error

struct UlmfitConfig {
    // Stage 1: either an existing LSTM LM, or pretraining on a general corpus.
    std::string pretrainedLm;   // run folder or checkpoint (skips stage 1)
    std::string generalCorpus;  // UTF-8 text file for stage 1 (and the transformer baselines)
    ModelConfig lm;             // stage-1 model; the family is forced to LSTM
    TrainConfig pretrain;       // stage-1 training, tokenizer included
    // Forgetting: a file of general text the LM was not trained on; empty = the held-out tail
    // (the stage-1 validation share) of the general corpus (the stage-1 run's corpus when reused).
    std::string heldOutFile;
    int forgettingWindows = 64;
    // Stage 2: the task's training texts plus these (unlabelled) ones.
    std::vector<std::string> unlabelledTexts;
    LmFineTuneConfig lmFineTune;
    // Stage 3.
    ClassifierConfig classifier;
    double valFraction = 0.1;  // stratified share of the training set for validation
    // Baselines and their pretrained models (empty: pretrained here on generalCorpus with
    // `pretrain`'s schedule and a model of `transformer`'s size).
    std::vector<Baseline> baselines;
    std::string bertLm, gptLm;
    ModelConfig transformer;  // size of the transformer baselines (layers, heads, embed, block)
    TrainConfig transformerPretrain;  // their pretraining (objective: masked LM for BERT, next
                                      // token for GPT)
    double transformerLr = 5e-4;  // their fine-tuning peak rate (the same for every group, STLR)
    std::string outDir;           // required: checkpoints, results.json
    std::uint64_t seed = 1;       // stages 2 and 3 (stage 1 uses pretrain.seed)
    int threads = 0;
};

struct UlmfitReport {
    std::vector<std::string> labels;
    int trainExamples = 0, valExamples = 0, testExamples = 0;
    std::string generalLm;  // stage-1 checkpoint
    RunSummary pretrain;    // when stage 1 ran here
    std::string targetLm;   // stage-2 checkpoint
    LmFineTuneResult lmFineTune;
    double targetLmForgettingLoss = std::numeric_limits<double>::quiet_NaN();  // stage-2 LM itself
    std::vector<ClassifierResult> classifiers;  // "ulmfit" first, then the baselines in order
    std::string resultsPath;                    // outDir/results.json
    double elapsedS = 0;
    bool cancelled = false;
};

/// Runs stages 1-3 and the requested baselines; labels of `test` are aligned to `train`'s.
/// Writes outDir/{general-lm,target-lm,<run>}/checkpoint and outDir/results.json.
UlmfitReport runUlmfit(const UlmfitConfig& config, const LabelledDataset& train,
                       const LabelledDataset& test, const TransferCallbacks& callbacks = {});

}  // namespace lmw
