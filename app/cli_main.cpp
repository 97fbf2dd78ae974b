// llm-workbench-cli: the headless front end over the same engine as the GUI.
//   train    train a model on a corpus, recording the run in --out
//   sample   generate text from a checkpoint
//   stories  write the bundled story corpus to a file
#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "api/configs.h"
#include "api/corpus.h"
#include "api/error.h"
#include "api/hf.h"
#include "api/runtime.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_interrupt.h"
#include "cli_prompt.h"
#include "cli_transfer.h"

namespace {

using lmw::cli::Args;
using lmw::cli::interrupted;
using lmw::cli::InterruptScope;
using lmw::cli::UsageError;

const char* kUsage =
    "usage: llm-workbench-cli <command> [options]\n"
    "\n"
    "commands:\n"
    "  train     train a GPT-style model on a text corpus\n"
    "  sample    generate text from a checkpoint\n"
    "  stories   write the bundled story corpus to a file\n"
    "  hf-forward  run a Hugging Face checkpoint on reference inputs\n"
    "  export-hf   write a checkpoint in Hugging Face's format (weights, tokenizer, card)\n"
    "  tokenize    the token ids of a text, as the exported tokenizer gives them\n"
    "  compare     train an encoder and a decoder side by side and score fill-in vs continue\n"
    "  compare-gaps  fill-in vs continue: hidden words scored on encoders and decoders\n"
    "  prompt-eval zero/few-shot accuracy and calibration by prompting (also icl-task, icl-train)\n"
    "  ulmfit    ULMFiT transfer learning for text classification (+ baselines)\n"
    "  classify  class probabilities of a text from a classifier checkpoint\n"
    "\n"
    "Run 'llm-workbench-cli <command> --help' for a command's options.\n";

/// A new run (no --resume) into a folder that already holds one replaces it only with
/// --overwrite; --resume DIR --out DIR continues the run in place.
void refuseToReplaceRun(const Args& a) {
    if (!a.isSet("out") || a.isSet("overwrite")) return;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path out(a.str("out"));
    const bool holdsRun = fs::exists(out / "checkpoint", ec) || fs::exists(out / "metrics.csv", ec);
    if (!holdsRun) return;
    if (a.isSet("resume")) {
        const fs::path from(a.str("resume"));
        const fs::path folder = fs::is_directory(from, ec) ? from : from.parent_path();
        if (fs::equivalent(folder.empty() ? fs::path(".") : folder, out, ec)) return;
    }
    throw lmw::Error("'" + a.str("out") + "' already holds a run. Continue it with --resume " +
                     a.str("out") + ", replace it with --overwrite, or choose another --out.");
}

lmw::CorpusSource corpusFrom(const std::string& spec) {
    if (spec == "builtin:stories") return lmw::CorpusSource::builtinStories();
    return lmw::CorpusSource::fromFile(spec);
}

/// "infill:0.3,mask:0.15,delete:0.15,permute,rotate" -> the BART noise settings.
void parseNoise(const std::string& spec, lmw::ObjectiveConfig& o) {
    o.tokenMasking = o.tokenDeletion = o.textInfilling = o.sentencePermutation =
        o.documentRotation = false;
    std::size_t from = 0;
    while (from <= spec.size()) {
        const std::size_t comma = spec.find(',', from);
        const std::string item =
            spec.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        from = comma == std::string::npos ? spec.size() + 1 : comma + 1;
        if (item.empty()) continue;
        const std::size_t colon = item.find(':');
        const std::string name = item.substr(0, colon);
        double rate = -1;
        if (colon != std::string::npos) {
            char* end = nullptr;
            const std::string value = item.substr(colon + 1);
            rate = std::strtod(value.c_str(), &end);
            if (value.empty() || *end != '\0' || rate < 0 || rate > 1)
                throw UsageError("--noise: '" + item + "' needs a rate between 0 and 1");
        }
        if (name == "mask") {
            o.tokenMasking = true;
            if (rate >= 0) o.tokenMaskRate = rate;
        } else if (name == "delete") {
            o.tokenDeletion = true;
            if (rate >= 0) o.tokenDeleteRate = rate;
        } else if (name == "infill") {
            o.textInfilling = true;
            if (rate >= 0) o.infillRate = rate;
        } else if (name == "permute") {
            o.sentencePermutation = true;
        } else if (name == "rotate") {
            o.documentRotation = true;
        } else {
            throw UsageError("--noise: unknown noise '" + name +
                             "' (mask, delete, infill, permute, rotate)");
        }
    }
}

int train(int argc, char** argv) {
    const lmw::ModelConfig m;
    const lmw::TrainConfig t;
    Args a("train",
           "Trains a language model of one family on a UTF-8 text corpus.\n"
           "Writes DIR/config.json, DIR/metrics.csv, DIR/checkpoint and DIR/summary.json.\n"
           "Ctrl+C stops after the current step and keeps a checkpoint.");
    a.option("corpus", "FILE", "UTF-8 text file, or builtin:stories for the bundled stories")
        .option("family", "NAME", "lstm, bert, roberta, gpt or bart", "gpt")
        .option("objective", "NAME", "clm, mlm, mlm+nsp or denoise (default: the family's own)")
        .option("out", "DIR", "run folder to write (metrics.csv, checkpoint, ...)")
        .option("resume", "DIR", "continue the run in DIR (or a checkpoint file) on --corpus")
        .flag("overwrite", "replace the run already in --out (without it, that is refused)")
        .option("layers", "N", "transformer blocks", std::to_string(m.layers))
        .option("heads", "N", "attention heads", std::to_string(m.heads))
        .option("embed", "N", "embedding width", std::to_string(m.embed))
        .option("block", "N", "context length", std::to_string(m.block))
        .option("dropout", "P", "dropout probability", "0")
        .option("ffn", "N", "feed-forward width (0 = 4 x embed)", "0")
        .option("decoder-layers", "N", "BART decoder layers (0 = --layers)", "0")
        .option("hidden", "N", "LSTM hidden size (0 = 3 x embed)", "0")
        .option("activation", "NAME", "gelu, gelu_tanh (GPT-2) or relu", "gelu")
        .option("positions", "KIND",
                "position encoding: absolute (learned, as in the papers), rope or alibi",
                "absolute")
        .option("layout", "NAME",
                "family (each family's own blocks) or gpt (GPT blocks for an encoder too)",
                "family")
        .flag("no-bias", "no biases in Linear and LayerNorm layers")
        .option("tokenizer", "KIND", "char, bpe or unigram (subwords learned from the corpus)",
                "char")
        .option("vocab-size", "N", "subword vocabulary size (0 = suited to the corpus)", "0")
        .option("masking", "MODE", "masked LM: dynamic (RoBERTa) or static (BERT)")
        .option("dupe-factor", "N", "static masking: masked copies per sequence", "1")
        .option("mask-prob", "X", "masked LM: share of tokens selected", "0.15")
        .option("mask-split", "M/R/K",
                "masked LM: percent of the selected set to [MASK] / random / kept", "80/10/10")
        .option("mask-unit", "UNIT", "masked LM: token, word (whole words) or span (SpanBERT)",
                "token")
        .option("span-mean", "X", "span masking: mean span length in words", "3.8")
        .option("noise", "LIST", "BART noise, e.g. infill:0.3,mask:0.15,delete:0.15,permute,rotate",
                "infill:0.3")
        .option("poisson-lambda", "X", "BART infilling: mean span length", "3")
        .option("batch", "N", "sequences per step", std::to_string(t.batch))
        .option("iters", "N", "optimizer steps", std::to_string(t.iters))
        .option("lr", "X", "peak learning rate", "1e-3")
        .option("min-lr", "X", "final learning rate of the cosine decay", "1e-4")
        .option("warmup", "N", "linear warmup steps", std::to_string(t.warmup))
        .option("decay-iters", "N", "step where the decay ends (0 = iters)", "0")
        .option("weight-decay", "X", "AdamW weight decay on matrices", "0.1")
        .option("beta1", "X", "AdamW beta1", "0.9")
        .option("beta2", "X", "AdamW beta2", "0.99")
        .option("grad-clip", "X", "max gradient norm (0 = off)", "1.0")
        .option("eval-every", "N", "evaluate and checkpoint every N steps",
                std::to_string(t.evalEvery))
        .option("eval-iters", "N", "batches per evaluation", std::to_string(t.evalIters))
        .option("val-fraction", "X", "share of the corpus held out", "0.1")
        .option("seed", "N", "random seed", std::to_string(t.seed))
        .option("threads", "N", "CPU threads (0 = all cores)", "0")
        .option("log-every", "N", "print a progress line every N steps", "50");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("corpus")) throw UsageError("train needs --corpus FILE (or builtin:stories)");
    const lmw::CorpusSource corpus = corpusFrom(a.str("corpus"));

    lmw::ModelConfig size;
    size.layers = a.integer("layers");
    size.heads = a.integer("heads");
    size.embed = a.integer("embed");
    size.block = a.integer("block");
    const lmw::ModelFamily family = lmw::familyFromName(a.str("family"));
    lmw::ModelConfig model = lmw::familyDefaults(family, size);
    if (a.isSet("layers") || family != lmw::ModelFamily::Lstm) model.layers = size.layers;
    model.dropout = a.real("dropout");
    model.bias = !a.isSet("no-bias");
    model.ffn = a.integer("ffn");
    model.decoderLayers = a.integer("decoder-layers");
    model.hidden = a.integer("hidden");
    if (a.isSet("activation")) model.activation = lmw::activationFromName(a.str("activation"));
    model.positionEncoding = lmw::positionEncodingFromName(a.str("positions"));
    model.layout = lmw::blockLayoutFromName(a.str("layout"));
    lmw::TrainConfig train;
    train.batch = a.integer("batch");
    train.iters = a.integer("iters");
    train.lr = a.real("lr");
    train.minLr = a.real("min-lr");
    train.warmup = a.integer("warmup");
    train.decayIters = a.integer("decay-iters");
    train.weightDecay = a.real("weight-decay");
    train.beta1 = a.real("beta1");
    train.beta2 = a.real("beta2");
    train.gradClip = a.real("grad-clip");
    train.evalEvery = a.integer("eval-every");
    train.evalIters = a.integer("eval-iters");
    train.valFraction = a.real("val-fraction");
    const int seed = a.integer("seed");
    if (seed < 0) throw UsageError("--seed must not be negative");
    train.seed = static_cast<std::uint64_t>(seed);
    train.threads = a.integer("threads");
    lmw::ObjectiveConfig& obj = train.objective;
    obj.objective = a.isSet("objective") ? lmw::objectiveFromName(a.str("objective"))
                                         : lmw::defaultObjective(family);
    const std::string masking = a.isSet("masking")
                                    ? a.str("masking")
                                    : (family == lmw::ModelFamily::Bert ? "static" : "dynamic");
    if (masking != "static" && masking != "dynamic")
        throw UsageError("--masking must be static or dynamic, not '" + masking + "'");
    obj.dynamicMasking = masking == "dynamic";
    obj.dupeFactor = a.integer("dupe-factor");
    obj.maskProb = a.real("mask-prob");
    lmw::cli::parseMaskSplit(a.str("mask-split"), obj);
    obj.maskUnit = lmw::maskUnitFromName(a.str("mask-unit"));
    obj.spanMeanWords = a.real("span-mean");
    obj.poissonLambda = a.real("poisson-lambda");
    parseNoise(a.str("noise"), obj);
    train.tokenizer.kind = a.str("tokenizer");
    train.tokenizer.vocabSize = a.integer("vocab-size");
    const int logEvery = std::max(1, a.integer("log-every"));

    lmw::TrainingSession session =
        (refuseToReplaceRun(a), a.isSet("resume"))
            ? lmw::TrainingSession::resume(a.str("resume"), corpus,
                                           a.isSet("iters") ? train.iters : 0, a.str("out"))
            : lmw::TrainingSession::create(model, train, corpus, a.str("out"));
    const auto& mc = session.modelConfig();
    const auto& ci = session.corpusInfo();
    std::printf("corpus: %s, %lld characters, vocabulary %d, %lld train / %lld val tokens\n",
                ci.name.c_str(), static_cast<long long>(ci.characters), ci.vocabSize,
                static_cast<long long>(ci.trainTokens), static_cast<long long>(ci.valTokens));
    std::printf(
        "model: %s (%s), %d layers, %d heads, width %d, context %d, %s positions%s, %s "
        "parameters\n",
        lmw::familyName(mc.family).c_str(),
        lmw::objectiveName(session.trainConfig().objective.objective).c_str(), mc.layers, mc.heads,
        mc.embed, mc.block, lmw::positionEncodingName(mc.positionEncoding).c_str(),
        mc.layout == lmw::BlockLayout::Gpt ? ", GPT blocks" : "",
        lmw::formatCount(session.parameterCount()).c_str());
    if (session.step() > 0)
        std::printf("resuming at step %lld of %d\n", static_cast<long long>(session.step()),
                    session.trainConfig().iters);
    if (session.runDir().empty()) std::printf("note: no --out given; nothing will be saved\n");
    std::fflush(stdout);

    InterruptScope interrupt;
    lmw::TrainingCallbacks cb;
    cb.onStep = [&](const lmw::StepMetrics& s) {
        if (interrupted().load()) session.requestStop();
        if (s.step % logEvery == 0 || s.step == s.totalSteps) {
            std::printf("step %6lld/%lld  loss %.4f  lr %.2e  %8.0f tok/s  %7.1f s\n",
                        static_cast<long long>(s.step), static_cast<long long>(s.totalSteps),
                        s.trainLoss, s.lr, s.tokensPerSec, s.elapsedS);
            std::fflush(stdout);
        }
    };
    cb.onEval = [](const lmw::EvalMetrics& e) {
        std::printf("eval step %lld: train loss %.4f, val loss %.4f\n",
                    static_cast<long long>(e.step), e.trainLoss, e.valLoss);
        std::fflush(stdout);
    };
    const lmw::RunSummary s = session.train(cb);
    std::printf("%s after %lld of %lld steps\n", s.stopped ? "stopped" : "done",
                static_cast<long long>(s.steps), static_cast<long long>(s.totalSteps));
    std::printf("wall time: %.1f s\n", s.elapsedS);
    std::printf("tokens per second: %.0f\n", s.tokensPerSec);
    std::printf("final train loss: %.4f\n", s.finalTrainLoss);
    std::printf("final val loss: %.4f\n", s.finalValLoss);
    std::printf("peak RSS: %.1f MB\n", s.peakRssBytes / 1e6);
    if (!s.checkpointPath.empty()) std::printf("checkpoint: %s\n", s.checkpointPath.c_str());
    return s.stopped && interrupted().load() ? 130 : 0;
}

int sample(int argc, char** argv) {
    const lmw::GenerateOptions d;
    Args a("sample", "Generates text from a checkpoint and prints the prompt and continuation.");
    a.option("checkpoint", "DIR", "run folder or checkpoint file")
        .option("prompt", "TEXT", "text to continue (default: start from a newline)")
        .option("tokens", "N", "tokens to generate", std::to_string(d.maxTokens))
        .option("temperature", "X", "sampling temperature (0 = greedy)", "0.8")
        .option("top-k", "N", "sample among the k most likely tokens (0 = all)", "0")
        .option("top-p", "X", "nucleus sampling threshold (1 = off)", "1.0")
        .option("seed", "N", "random seed", std::to_string(d.seed))
        .flag("greedy", "always take the most likely token");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("checkpoint")) throw UsageError("sample needs --checkpoint DIR");
    lmw::GenerateOptions o;
    o.prompt = a.str("prompt");
    o.maxTokens = a.integer("tokens");
    o.temperature = a.real("temperature");
    o.topK = a.integer("top-k");
    o.topP = a.real("top-p");
    const int seed = a.integer("seed");
    if (seed < 0) throw UsageError("--seed must not be negative");
    o.seed = static_cast<std::uint64_t>(seed);
    o.greedy = a.isSet("greedy");
    lmw::validateGenerateOptions(o);
    const lmw::TextGenerator gen = lmw::TextGenerator::load(a.str("checkpoint"));
    std::fputs(o.prompt.c_str(), stdout);
    gen.generate(o, [](const std::string& piece) {
        std::fputs(piece.c_str(), stdout);
        std::fflush(stdout);
        return true;
    });
    std::fputs("\n", stdout);
    return 0;
}

int hfForwardCommand(int argc, char** argv) {
    Args a(
        "hf-forward",
        "Runs a Hugging Face checkpoint (config.json + model.safetensors of GPT2LMHeadModel,\n"
        "BertForPreTraining, RobertaForMaskedLM or BartForConditionalGeneration) on the tensors\n"
        "of a safetensors file and writes every output under Hugging Face's names.");
    a.option("model", "DIR", "Hugging Face checkpoint folder")
        .option("inputs", "FILE",
                "safetensors with input_ids (token_type_ids, attention_mask, labels)")
        .option("out", "FILE", "safetensors file to write")
        .option("greedy-prefix", "N",
                "GPT-2: tokens of the first row the greedy decoding starts from", "5")
        .option("greedy-tokens", "N", "tokens the greedy decoding adds", "10");
    if (!a.parse(argc, argv, 2)) return 0;
    for (const char* required : {"model", "inputs", "out"})
        if (!a.isSet(required)) throw UsageError(std::string("hf-forward needs --") + required);
    lmw::HfForwardOptions o;
    o.greedyPrefix = a.integer("greedy-prefix");
    o.greedyTokens = a.integer("greedy-tokens");
    if (o.greedyPrefix < 1 || o.greedyTokens < 0)
        throw UsageError("greedy settings must be positive");
    const auto names = lmw::hfForward(a.str("model"), a.str("inputs"), a.str("out"), o);
    std::printf("wrote %zu tensors to %s:", names.size(), a.str("out").c_str());
    for (const auto& n : names) std::printf(" %s", n.c_str());
    std::printf("\n");
    return 0;
}

int exportHfCommand(int argc, char** argv) {
    Args a("export-hf",
           "Writes a GPT, BERT, RoBERTa or BART checkpoint as a Hugging Face checkpoint folder\n"
           "(config.json + model.safetensors) that transformers loads with the matching class.");
    a.option("checkpoint", "DIR", "run folder or checkpoint file")
        .option("out", "DIR", "folder to write");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("checkpoint") || !a.isSet("out"))
        throw UsageError("export-hf needs --checkpoint and --out");
    lmw::exportHuggingFace(a.str("checkpoint"), a.str("out"));
    std::printf(
        "wrote %s: config.json, model.safetensors, tokenizer.json, tokenizer_config.json,\n"
        "special_tokens_map.json, README.md (and generation_config.json for GPT and BART)\n",
        a.str("out").c_str());
    return 0;
}

std::string idsJson(const std::vector<std::int32_t>& ids) {
    std::string out = "[";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(ids[i]);
    }
    return out + "]";
}

int tokenizeCommand(int argc, char** argv) {
    Args a("tokenize",
           "Prints the token ids of a text as one JSON array, as the tokenizer export-hf writes\n"
           "for the model gives them (special tokens' texts such as [MASK] read as those tokens).\n"
           "With --texts, reads a JSON array of texts and prints one array of ids per text.");
    a.option("model", "DIR", "run folder, checkpoint file or Hugging Face GPT-2 folder")
        .option("text", "TEXT", "the text to tokenize (UTF-8)")
        .option("texts", "FILE", "a JSON file holding an array of texts")
        .flag("special", "add the family's special tokens: [CLS] ... [SEP] or <s> ... </s>");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("model") || a.isSet("text") == a.isSet("texts"))
        throw UsageError("tokenize needs --model and one of --text or --texts");
    std::vector<std::string> texts;
    if (a.isSet("text")) {
        texts.push_back(a.str("text"));
    } else {
        std::ifstream in(a.str("texts"), std::ios::binary);
        if (!in) throw lmw::Error("Cannot read '" + a.str("texts") + "'.");
        const nlohmann::json j = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
        if (!j.is_array() ||
            !std::all_of(j.begin(), j.end(), [](const auto& t) { return t.is_string(); }))
            throw lmw::Error("'" + a.str("texts") + "' is not a JSON array of texts.");
        for (const auto& t : j) texts.push_back(t.get<std::string>());
    }
    const auto tokenizer = lmw::HuggingFaceTokenizer::load(a.str("model"));
    std::string out = a.isSet("texts") ? "[" : "";
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i > 0) out += ",\n ";
        out += idsJson(tokenizer.encode(texts[i], a.isSet("special")));
    }
    std::printf("%s%s\n", out.c_str(), a.isSet("texts") ? "]" : "");
    return 0;
}

int stories(int argc, char** argv) {
    Args a("stories", "Writes the bundled corpus of generated stories to a UTF-8 file.");
    a.option("out", "FILE", "file to write").option("seed", "N", "generator seed", "1");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("out")) throw UsageError("stories needs --out FILE");
    const std::string text = lmw::generateStories(static_cast<std::uint64_t>(a.integer("seed")));
    std::FILE* f = std::fopen(a.str("out").c_str(), "wb");
    if (!f) throw lmw::Error("Cannot write '" + a.str("out") + "'.");
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    if (std::fclose(f) != 0 || !ok) throw lmw::Error("Cannot write '" + a.str("out") + "'.");
    std::printf("wrote %zu bytes to %s\n", text.size(), a.str("out").c_str());
    return 0;
}

// Every command: its name and the function that runs it (argv[1] is the name).
struct Command {
    const char* name;
    int (*run)(int argc, char** argv);
};

const Command kCommands[] = {
    {"train", train},
    {"sample", sample},
    {"stories", stories},
    {"hf-forward", hfForwardCommand},
    {"export-hf", exportHfCommand},
    {"tokenize", tokenizeCommand},
    {"compare-gaps", lmw::cli::compareGapsCommand},
    {"compare", lmw::cli::compareCommand},
    {"prompt-eval", lmw::cli::promptEvalCommand},
    {"icl-task", lmw::cli::iclTaskCommand},
    {"icl-train", lmw::cli::iclTrainCommand},
    {"ulmfit", lmw::cli::ulmfitCommand},
    {"classify", lmw::cli::classifyCommand},
};

}  // namespace

int main(int argc, char** argv) {
    lmw::tuneThreadingEnvironment(argv);
    if (argc < 2) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const std::string command = argv[1];
    try {
        if (command == "--help" || command == "-h" || command == "help") {
            std::fputs(kUsage, stdout);
            return 0;
        }
        for (const Command& c : kCommands)
            if (command == c.name) return c.run(argc, argv);
        std::fprintf(stderr, "error: unknown command '%s'\n\n%s", command.c_str(), kUsage);
        return 2;
    } catch (const UsageError& e) {
        std::fprintf(stderr, "error: %s (see 'llm-workbench-cli %s --help')\n", e.what(),
                     command.c_str());
        return 2;
    } catch (const lmw::Error& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: unexpected failure: %s\n", e.what());
        return 1;
    }
}
