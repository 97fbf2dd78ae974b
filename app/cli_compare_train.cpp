// llm-workbench-cli compare: the Encoder vs decoder tab without a window. Trains the encoder
// and the decoder side by side with the tab's settings, then scores the gap task: fill-in with
// both sides (encoder), the left only (decoder writing), and the whole text (decoder ranking),
// and continuation, on the gaps the right side decides and on ordinary text.
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "api/compare.h"
#include "api/corpus.h"
#include "api/error.h"
#include "api/gap_tasks.h"
#include "api/text_generator.h"
#include "api/training_session.h"
#include "cli_args.h"
#include "cli_commands.h"
#include "cli_interrupt.h"

namespace lmw::cli {

namespace {

struct Cell {
    std::string kind, task, column;
    GapScore score;
};

}  // namespace

int compareCommand(int argc, char** argv) {
    const CompareSettings d = defaultCompareSettings();
    Args a("compare",
           "Trains an encoder and a decoder of one architecture side by side (only the attention "
           "mask\n"
           "and the objective differ), then hides words of held-out text and scores both: filling "
           "a gap\n"
           "from both sides, from the left only, and by ranking candidate words by the likelihood "
           "of the\n"
           "whole text; and continuing text. Writes DIR/encoder, DIR/decoder, DIR/compare.csv and\n"
           "DIR/summary.json.");
    a.option("corpus", "FILE", "UTF-8 text file, or builtin:stories", "builtin:stories")
        .option("out", "DIR", "folder for the two runs and the results")
        .option("size", "NAME", "tiny, small or medium", d.size)
        .option("positions", "KIND", "absolute, rope or alibi", positionEncodingName(d.positions))
        .option("layout", "NAME", "gpt (one block for both) or family (BERT's own post-LN encoder)",
                blockLayoutName(d.layout))
        .option("encoder", "NAME", "bert (static masks) or roberta (dynamic masks)",
                familyName(d.encoderFamily))
        .option("mask-prob", "X", "share of tokens the encoder hides", std::to_string(d.maskRate))
        .option("mask-split", "M/R/K", "percent of hidden tokens set to [MASK] / random / kept",
                "80/10/10")
        .option("mask-unit", "UNIT", "token, word or span", maskUnitName(d.maskUnit))
        .option("span-mean", "X", "span masking: mean span length in words", "3.8")
        .option("tokenizer", "KIND", "char, bpe or unigram (the same for both models)", d.tokenizer)
        .option("vocab-size", "N", "subword vocabulary size (0 = suited to the corpus)",
                std::to_string(d.vocabSize))
        .option("steps", "N", "optimizer steps of each model", std::to_string(d.steps))
        .option("encoder-lr", "X", "encoder peak learning rate", std::to_string(d.encoderLr))
        .option("decoder-lr", "X", "decoder peak learning rate", std::to_string(d.decoderLr))
        .option("threads", "N", "CPU threads of each model (0 = all cores)",
                std::to_string(d.threadsPerModel))
        .option("eval-every", "N", "evaluate every N steps", std::to_string(d.evalEvery))
        .option("eval-iters", "N", "batches per evaluation", std::to_string(d.evalIters))
        .option("seed", "N", "random seed", std::to_string(d.seed))
        .option("items", "N", "ordinary words to hide", "100")
        .option("decided-items", "N", "gaps the right side decides, at most", "100")
        .option("show", "N", "print the first N right-decided gaps with each column's guess", "0");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.isSet("out")) throw UsageError("compare needs --out DIR");
    CompareSettings s = d;
    s.size = a.str("size");
    s.positions = positionEncodingFromName(a.str("positions"));
    s.layout = blockLayoutFromName(a.str("layout"));
    s.encoderFamily = familyFromName(a.str("encoder"));
    s.dynamicMasking = s.encoderFamily == ModelFamily::Roberta;
    s.maskRate = a.real("mask-prob");
    ObjectiveConfig split;
    parseMaskSplit(a.str("mask-split"), split);
    s.maskTokenShare = split.maskTokenShare;
    s.randomTokenShare = split.randomTokenShare;
    s.maskUnit = maskUnitFromName(a.str("mask-unit"));
    s.spanMeanWords = a.real("span-mean");
    s.steps = a.integer("steps");
    s.tokenizer = a.str("tokenizer");
    s.vocabSize = a.integer("vocab-size");
    s.encoderLr = a.real("encoder-lr");
    s.decoderLr = a.real("decoder-lr");
    s.threadsPerModel = a.integer("threads");
    s.evalEvery = a.integer("eval-every");
    s.evalIters = a.integer("eval-iters");
    if (a.integer("seed") < 0) throw UsageError("--seed must not be negative");
    s.seed = std::uint64_t(a.integer("seed"));
    const ComparePlan plan = comparePlan(s);
    const std::string spec = a.str("corpus");
    const CorpusSource corpus =
        spec == "builtin:stories" ? CorpusSource::builtinStories() : CorpusSource::fromFile(spec);
    const std::filesystem::path out = a.str("out");
    TrainingSession sessions[2] = {TrainingSession::create(plan.encoderModel, plan.encoderTrain,
                                                           corpus, (out / "encoder").string()),
                                   TrainingSession::create(plan.decoderModel, plan.decoderTrain,
                                                           corpus, (out / "decoder").string())};
    // The plateaus in the models' own unit: nats per token of their tokenizer.
    CorpusEntropy entropy;
    entropy.unigram = sessions[1].corpusInfo().unigramEntropy;
    entropy.bigram = sessions[1].corpusInfo().bigramEntropy;
    const char* names[2] = {"encoder", "decoder"};
    std::printf("%s\n", compareFairnessNote(s).c_str());
    std::printf("corpus: %s; unigram entropy %.3f, bigram %.3f nats/token\n",
                corpus.displayName().c_str(), entropy.unigram, entropy.bigram);
    std::fflush(stdout);

    InterruptScope interrupt;
    std::mutex printMutex;
    std::vector<std::pair<std::int64_t, double>> curves[2];
    RunSummary summaries[2];
    std::string errors[2];
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> threads;
    for (int side = 0; side < 2; ++side) {
        threads.emplace_back([&, side] {
            TrainingCallbacks cb;
            cb.onStep = [&](const StepMetrics&) {
                if (interrupted().load()) sessions[side].requestStop();
            };
            cb.onEval = [&](const EvalMetrics& e) {
                std::lock_guard<std::mutex> lock(printMutex);
                curves[side].push_back({e.step, e.valLoss});
                std::printf("%s step %5lld: val loss %.4f\n", names[side],
                            static_cast<long long>(e.step), e.valLoss);
                std::fflush(stdout);
            };
            try {
                summaries[side] = sessions[side].train(cb);
            } catch (const std::exception& e) {
                errors[side] = e.what();
                sessions[(side + 1) % 2].requestStop();
            }
        });
    }
    for (auto& t : threads) t.join();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    for (int side = 0; side < 2; ++side)
        if (!errors[side].empty())
            throw Error(std::string("The ") + names[side] + " failed: " + errors[side]);
    if (interrupted().load()) {
        std::printf("stopped; both runs keep their checkpoints\n");
        return 130;
    }

    GapTaskOptions go;
    go.items = a.integer("items");
    go.decidedItems = a.integer("decided-items");
    go.seed = s.seed;
    const auto items = makeGapItems(heldOutText(corpus, plan.encoderTrain.valFraction), go);
    const TextGenerator enc = sessions[0].snapshot(), dec = sessions[1].snapshot();
    struct Column {
        const TextGenerator* model;
        GapMethod method;
        const char* name[2];  // for fill-in, for continuation
    };
    const Column columns[3] = {{&enc, GapMethod::Generate, {"encoder both sides", "encoder"}},
                               {&dec, GapMethod::Generate, {"decoder left only", "decoder"}},
                               {&dec, GapMethod::Rank, {"decoder ranking", "decoder ranking"}}};
    std::vector<Cell> cells;
    int shown = 0;
    std::vector<std::vector<GapGuess>> fillGuesses;
    for (int t = 0; t < 2; ++t) {
        const GapTask task = t == 0 ? GapTask::Infill : GapTask::Continue;
        for (const Column& c : columns) {
            const auto guesses = c.model->fillGaps(items, task, &interrupted(), c.method);
            if (interrupted().load()) return 130;
            if (t == 0) fillGuesses.push_back(guesses);
            for (GapKind kind : {GapKind::RightDecided, GapKind::Ordinary})
                cells.push_back({kind == GapKind::RightDecided ? "right-decided" : "ordinary",
                                 t == 0 ? "fill-in" : "continue", c.name[t],
                                 scoreGaps(guesses, items, kind)});
        }
    }

    for (std::size_t i = 0; i < items.size() && shown < a.integer("show"); ++i) {
        if (items[i].kind != GapKind::RightDecided) continue;
        ++shown;
        std::printf(
            "...%s[%s]%s...  encoder '%s', decoder '%s', ranking '%s'\n",
            items[i].left.substr(items[i].left.size() > 24 ? items[i].left.size() - 24 : 0).c_str(),
            items[i].answer.c_str(), items[i].right.substr(0, 16).c_str(),
            fillGuesses[0][i].guess.c_str(), fillGuesses[1][i].guess.c_str(),
            fillGuesses[2][i].guess.c_str());
    }
    const auto offPlateau = [&](int side) {
        return stepsOffPlateau(curves[side], entropy.unigram);
    };
    std::printf("\n%-14s %-9s %-20s %6s %10s %10s\n", "gaps", "task", "column", "items", "word acc",
                "token acc");
    for (const Cell& c : cells)
        std::printf("%-14s %-9s %-20s %6d %9.1f%% %9.1f%%\n", c.kind.c_str(), c.task.c_str(),
                    c.column.c_str(), c.score.items, 100 * c.score.wordAccuracy,
                    100 * c.score.tokenAccuracy);
    std::printf(
        "\nsteps to leave the plateau (val loss %.2f nats below the unigram entropy %.3f): encoder "
        "%lld, "
        "decoder %lld\n",
        0.5, entropy.unigram, static_cast<long long>(offPlateau(0)),
        static_cast<long long>(offPlateau(1)));
    std::printf("final val loss: encoder %.4f, decoder %.4f; wall time %.1f s\n",
                summaries[0].finalValLoss, summaries[1].finalValLoss, wall);

    std::ofstream csv(out / "compare.csv");
    csv << "gaps,task,column,items,word_accuracy,token_accuracy\n";
    for (const Cell& c : cells)
        csv << c.kind << ',' << c.task << ',' << c.column << ',' << c.score.items << ','
            << c.score.wordAccuracy << ',' << c.score.tokenAccuracy << '\n';
    if (!csv) throw Error("Cannot write '" + (out / "compare.csv").string() + "'.");
    const auto find = [&](const std::string& kind, const std::string& task,
                          const std::string& column) {
        for (const Cell& c : cells)
            if (c.kind == kind && c.task == task && c.column == column)
                return 100 * c.score.wordAccuracy;
        return 0.0;
    };
    int decidedCount = 0;
    for (const GapItem& item : items) decidedCount += item.kind == GapKind::RightDecided ? 1 : 0;
    nlohmann::json j = {
        {"wall_s", wall},
        {"right_decided_items", decidedCount},
        {"encoder_steps_off_plateau", offPlateau(0)},
        {"decoder_steps_off_plateau", offPlateau(1)},
        {"unigram_entropy", entropy.unigram},
        {"bigram_entropy", entropy.bigram},
        {"fill_in_encoder_both_sides", find("right-decided", "fill-in", "encoder both sides")},
        {"fill_in_decoder_left_only", find("right-decided", "fill-in", "decoder left only")},
        {"fill_in_decoder_ranking", find("right-decided", "fill-in", "decoder ranking")},
        {"continue_encoder", find("right-decided", "continue", "encoder")},
        {"continue_decoder", find("right-decided", "continue", "decoder")},
        {"ordinary_fill_in_encoder_both_sides", find("ordinary", "fill-in", "encoder both sides")},
        {"ordinary_fill_in_decoder_left_only", find("ordinary", "fill-in", "decoder left only")},
        {"ordinary_fill_in_decoder_ranking", find("ordinary", "fill-in", "decoder ranking")},
        {"ordinary_continue_encoder", find("ordinary", "continue", "encoder")},
        {"ordinary_continue_decoder", find("ordinary", "continue", "decoder")},
        {"encoder_final_val_loss", summaries[0].finalValLoss},
        {"decoder_final_val_loss", summaries[1].finalValLoss},
        {"steps", s.steps},
        {"positions", positionEncodingName(s.positions)},
        {"layout", blockLayoutName(s.layout)},
        {"mask_unit", maskUnitName(s.maskUnit)},
        {"mask_prob", s.maskRate}};
    std::ofstream summary(out / "summary.json");
    summary << j.dump(2) << '\n';
    if (!summary) throw Error("Cannot write '" + (out / "summary.json").string() + "'.");
    std::printf("wrote %s and %s\n", (out / "compare.csv").string().c_str(),
                (out / "summary.json").string().c_str());
    return 0;
}

}  // namespace lmw::cli
