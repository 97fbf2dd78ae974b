// llm-workbench-cli compare-gaps: the fill-in vs continue mini task on an encoder and a decoder.
#include <cstdio>
#include <string>

#include "api/corpus.h"
#include "api/error.h"
#include "api/gap_tasks.h"
#include "api/text_generator.h"
#include "cli_args.h"
#include "cli_commands.h"

namespace lmw::cli {

int compareGapsCommand(int argc, char** argv) {
    Args a(
        "compare-gaps",
        "Hides words of held-out text and lets each model write them back: filling the gap with\n"
        "the text on both sides given, and continuing with only the text before it. Encoders\n"
        "read the gap as masks; decoders write it from the left (they cannot use the right).");
    a.option("model", "DIRS", "comma-separated run folders or checkpoints (encoders and decoders)")
        .option("corpus", "FILE", "text the gaps come from: its held-out part (or builtin:stories)",
                "builtin:stories")
        .option("val-fraction", "F", "held-out share at the end of the corpus", "0.1")
        .option("items", "N", "words to hide", "100")
        .option("context", "N", "characters of context on each side", "48")
        .option("unit", "UNIT", "what a gap hides: word or letter", "word")
        .option("seed", "N", "which words", "1");
    if (!a.parse(argc, argv, 2)) return 0;
    if (!a.has("model") || a.str("model").empty())
        throw UsageError("compare-gaps needs --model DIR[,DIR...]");
    GapTaskOptions o;
    o.items = a.integer("items");
    o.contextChars = a.integer("context");
    o.seed = static_cast<std::uint64_t>(a.integer("seed"));
    if (a.str("unit") == "letter")
        o.unit = GapUnit::Letter;
    else if (a.str("unit") != "word")
        throw UsageError("--unit must be word or letter");
    const std::string spec = a.str("corpus");
    const CorpusSource corpus =
        spec == "builtin:stories" ? CorpusSource::builtinStories() : CorpusSource::fromFile(spec);
    const auto items = makeGapItems(heldOutText(corpus, a.real("val-fraction")), o);

    std::printf("%-28s %-8s %14s %14s %14s %14s\n", "model", "family", "fill word acc",
                "fill tok acc", "cont word acc", "cont tok acc");
    std::string models = a.str("model");
    std::size_t from = 0;
    while (from <= models.size()) {
        const std::size_t comma = models.find(',', from);
        const std::string path =
            models.substr(from, comma == std::string::npos ? std::string::npos : comma - from);
        from = comma == std::string::npos ? models.size() + 1 : comma + 1;
        if (path.empty()) continue;
        const TextGenerator gen = TextGenerator::load(path);
        const GapScore fill = scoreGaps(gen.fillGaps(items, GapTask::Infill), items);
        const GapScore cont = scoreGaps(gen.fillGaps(items, GapTask::Continue), items);
        std::string shown = path.size() > 28 ? "..." + path.substr(path.size() - 25) : path;
        std::printf("%-28s %-8s %13.1f%% %13.1f%% %13.1f%% %13.1f%%\n", shown.c_str(),
                    familyName(gen.modelConfig().family).c_str(), 100 * fill.wordAccuracy,
                    100 * fill.tokenAccuracy, 100 * cont.wordAccuracy, 100 * cont.tokenAccuracy);
    }
    std::printf("(%d hidden %ss of %s's held-out text, seed %d)\n", o.items, a.str("unit").c_str(),
                corpus.displayName().c_str(), a.integer("seed"));
    return 0;
}

}  // namespace lmw::cli
