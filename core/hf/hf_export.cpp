// exportHuggingFace (api/hf.h): a workbench checkpoint as a complete Hugging Face folder, so that
// AutoModel / AutoTokenizer load it and the standard training scripts can continue it.
#include <cmath>
#include <filesystem>

#include "api/error.h"
#include "api/hf.h"
#include "api/run_store.h"
#include "checkpoint/checkpoint.h"
#include "data/byte_bpe_tokenizer.h"
#include "data/hf_json_tokenizer.h"
#include "hf/hf_models.h"
#include "hf/hf_tokenizer.h"
#include "hf/model_card.h"
#include "util/system.h"

namespace lmw {

namespace fs = std::filesystem;

void exportHuggingFace(const std::string& checkpoint, const std::string& outDir) {
    const std::string file = resolveCheckpointPath(checkpoint);
    const LoadedCheckpoint ckpt = LoadedCheckpoint::read(file);
    const CheckpointMeta& meta = ckpt.meta();
    const SpecialIds& specials = meta.tokenizer->specials();
    // Everything that can refuse the model does so before a file is written.
    hf::configFor(meta.model, specials);
    const int maxLength = meta.model.positions > 0 ? meta.model.positions : meta.model.block;
    const hf::TokenizerFiles tokenizer =
        hf::tokenizerFilesFor(*meta.tokenizer, meta.model.family, maxLength);

    ModelPtr model = ckpt.buildModel();
    hf::saveModel(*model, specials, outDir);
    hf::writeTokenizerFiles(tokenizer, outDir);
    const nlohmann::json generation = hf::generationConfigFor(meta.model, specials);
    if (!generation.is_null())
        sys::writeFileAtomically((fs::path(outDir) / "generation_config.json").string(),
                                 generation.dump(2) + "\n");

    hf::ModelCardFacts facts;
    facts.model = meta.model;
    facts.train = meta.train;
    facts.tokenizerKind = meta.tokenizer->kind();
    facts.vocabSize = meta.tokenizer->vocabSize();
    facts.parameters = parameterCount(meta.model);
    facts.step = meta.step;
    facts.corpusName = meta.corpusName;
    if (!meta.corpusPath.empty()) facts.corpusSha256 = hf::fileSha256(meta.corpusPath);
    facts.created = meta.created;
    facts.exported = sys::nowIso8601();
    facts.finalTrainLoss = facts.finalValLoss = std::nan("");
    // The run folder around the checkpoint knows how training ended; a bare file does not.
    try {
        const RunRecord run = loadRun(fs::path(file).parent_path().string());
        if (run.hasSummary && run.summary.steps == meta.step) {
            facts.finalTrainLoss = run.summary.finalTrainLoss;
            facts.finalValLoss = run.summary.finalValLoss;
        }
    } catch (const Error&) {
    }
    sys::writeFileAtomically((fs::path(outDir) / "README.md").string(), hf::modelCard(facts));
}

struct HuggingFaceTokenizer::Impl {
    TokenizerPtr tokenizer;
    ModelFamily family = ModelFamily::Gpt;
};

HuggingFaceTokenizer::HuggingFaceTokenizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HuggingFaceTokenizer::HuggingFaceTokenizer(HuggingFaceTokenizer&&) noexcept = default;
HuggingFaceTokenizer& HuggingFaceTokenizer::operator=(HuggingFaceTokenizer&&) noexcept = default;
HuggingFaceTokenizer::~HuggingFaceTokenizer() = default;

HuggingFaceTokenizer HuggingFaceTokenizer::load(const std::string& model) {
    auto impl = std::make_unique<Impl>();
    std::error_code ec;
    if (fs::is_directory(model, ec) && !fs::exists(fs::path(model) / "checkpoint", ec) &&
        ByteBpeTokenizer::folderHasFiles(model)) {
        impl->tokenizer = readHuggingFaceTokenizer(model);  // a Hugging Face folder
    } else {
        const LoadedCheckpoint ckpt = LoadedCheckpoint::read(resolveCheckpointPath(model));
        impl->tokenizer = ckpt.meta().tokenizer;
        impl->family = ckpt.meta().model.family;
    }
    return HuggingFaceTokenizer(std::move(impl));
}

std::vector<std::int32_t> HuggingFaceTokenizer::encode(const std::string& text,
                                                       bool addSpecial) const {
    std::vector<std::int32_t> ids = hf::encodeWithSpecialTexts(*impl_->tokenizer, text);
    return addSpecial ? hf::addFamilySpecials(*impl_->tokenizer, impl_->family, std::move(ids))
                      : ids;
}

}  // namespace lmw
