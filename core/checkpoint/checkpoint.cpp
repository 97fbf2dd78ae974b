#include "checkpoint/checkpoint.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "api/error.h"
#include "session/config_json.h"
#include "util/json_number.h"
#include "util/system.h"

namespace lmw {

namespace {

constexpr char kMagic[8] = {'L', 'M', 'W', 'B', 'C', 'K', 'P', 'T'};
constexpr std::size_t kPrefix = 8 + 4 + 4 + 8 + 4;
constexpr std::int64_t kMaxCheckpointBytes = 16LL << 30;

template <typename T>
void putLe(std::string& out, T v) {
    for (std::size_t i = 0; i < sizeof(T); ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

template <typename T>
T getLe(const char* p) {
    T v = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
        v |= static_cast<T>(static_cast<unsigned char>(p[i])) << (8 * i);
    return v;
}

}  // namespace

std::string resolveCheckpointPath(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return (std::filesystem::path(path) / "checkpoint").string();
    return path;
}

void saveCheckpoint(const std::string& path, const CheckpointMeta& meta, LanguageModel& model,
                    const CheckpointState& state) {
    torch::serialize::OutputArchive root;
    torch::serialize::OutputArchive modelArchive;
    model.module().save(modelArchive);
    root.write("model", modelArchive);
    if (state.optimizer) {
        torch::serialize::OutputArchive optimArchive;
        state.optimizer->save(optimArchive);
        root.write("optimizer", optimArchive);
    }
    if (state.batchGenerator) root.write("rng.batch", state.batchGenerator->get_state());
    if (state.globalGenerator) {
        at::Generator global = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(global.mutex());
        root.write("rng.global", global.get_state());
    }
    std::ostringstream payloadStream;
    root.save_to(payloadStream);
    const std::string payload = payloadStream.str();

    nlohmann::json header = {{"format", "llm-workbench-checkpoint"},
                             {"model", toJson(meta.model)},
                             {"train", toJson(meta.train)},
                             {"tokenizer", meta.tokenizer->toJson()},
                             {"step", meta.step},
                             {"examples_served", meta.examplesServed},
                             {"corpus", {{"name", meta.corpusName}, {"path", meta.corpusPath}}},
                             {"created", meta.created.empty() ? sys::nowIso8601() : meta.created}};
    if (!meta.labels.empty()) header["labels"] = meta.labels;
    const std::string headerText = header.dump();

    std::string file;
    file.reserve(kPrefix + headerText.size() + payload.size());
    file.append(kMagic, sizeof kMagic);
    putLe<std::uint32_t>(file, kCheckpointVersion);
    putLe<std::uint32_t>(file, static_cast<std::uint32_t>(headerText.size()));
    putLe<std::uint64_t>(file, payload.size());
    putLe<std::uint32_t>(file, sys::crc32(payload));
    file += headerText;
    file += payload;
    sys::writeFileAtomically(path, file);
}

LoadedCheckpoint LoadedCheckpoint::read(const std::string& pathIn) {
    const std::string path = resolveCheckpointPath(pathIn);
    std::string bytes;
    try {
        bytes = sys::readFile(path, kMaxCheckpointBytes);
    } catch (const Error& e) {
        throw Error(std::string("Checkpoint ") + e.what());
    }
    const std::string name = "'" + path + "'";
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw Error(LMW_MESSAGE("checkpoint.not_a_checkpoint",
                                "Checkpoint '%1' is not an LLM Workbench checkpoint."),
                    {path});
    if (bytes.size() < kPrefix)
        throw Error(LMW_MESSAGE("checkpoint.header_incomplete",
                                "Checkpoint '%1' is truncated (its header is incomplete)."),
                    {path});
    const auto version = getLe<std::uint32_t>(bytes.data() + 8);
    if (version > kCheckpointVersion)
        throw Error(LMW_MESSAGE("checkpoint.newer_version",
                                "Checkpoint '%1' was written by a newer LLM Workbench (format %2; "
                                "this build reads up to %3). Update the workbench to open it."),
                    {path, std::to_string(version), std::to_string(kCheckpointVersion)});
    if (version == 0)
        throw Error(LMW_MESSAGE("checkpoint.version_zero",
                                "Checkpoint '%1' has an invalid format version 0."),
                    {path});
    const auto headerLen = getLe<std::uint32_t>(bytes.data() + 12);
    const auto payloadLen = getLe<std::uint64_t>(bytes.data() + 16);
    const auto crc = getLe<std::uint32_t>(bytes.data() + 24);
    const std::uint64_t expected = kPrefix + std::uint64_t(headerLen) + payloadLen;
    if (headerLen > bytes.size() || payloadLen > bytes.size() || expected > bytes.size())
        throw Error(LMW_MESSAGE("checkpoint.truncated",
                                "Checkpoint '%1' is truncated (expected %2 bytes, found %3). It "
                                "may have been copied incompletely."),
                    {path, std::to_string(expected), std::to_string(bytes.size())});
    if (expected < bytes.size())
        throw Error(LMW_MESSAGE("checkpoint.trailing_bytes",
                                "Checkpoint '%1' has %2 unexpected trailing bytes."),
                    {path, std::to_string(bytes.size() - expected)});

    LoadedCheckpoint ckpt;
    ckpt.path_ = path;
    ckpt.payload_ = bytes.substr(kPrefix + headerLen, payloadLen);
    if (sys::crc32(ckpt.payload_) != crc)
        throw Error(LMW_MESSAGE("checkpoint.checksum_mismatch",
                                "Checkpoint '%1' is corrupt (its checksum does not match)."),
                    {path});

    nlohmann::json header;
    try {
        const std::string headerText = bytes.substr(kPrefix, headerLen);
        sys::requireNoNulBytes(headerText, "Checkpoint " + name + "'s header");
        header = nlohmann::json::parse(headerText);
    } catch (const nlohmann::json::exception& e) {
        throw Error(
            LMW_MESSAGE("checkpoint.header_damaged", "Checkpoint '%1' has a damaged header (%2)."),
            {path, e.what()});
    }
    try {
        if (header.value("format", "") != "llm-workbench-checkpoint")
            throw Error(LMW_MESSAGE("checkpoint.header_format_tag", "unknown format tag"));
        CheckpointMeta& m = ckpt.meta_;
        m.model = modelConfigFromJson(header.at("model"));
        m.train = trainConfigFromJson(header.at("train"));
        m.tokenizer = Tokenizer::fromJson(header.at("tokenizer"));
        if (readWholeNumber(header.at("step"), m.step) != JsonNumber::Ok || m.step < 0)
            throw Error(LMW_MESSAGE("checkpoint.header_step",
                                    "the step is not a whole number of at least 0"));
        m.examplesServed = 0;
        if (header.contains("examples_served") &&
            (readWholeNumber(header.at("examples_served"), m.examplesServed) != JsonNumber::Ok ||
             m.examplesServed < 0))
            throw Error(
                LMW_MESSAGE("checkpoint.header_examples_served",
                            "the count of examples served is not a whole number of at least 0"));
        m.corpusName = header.at("corpus").value("name", "");
        m.corpusPath = header.at("corpus").value("path", "");
        m.created = header.value("created", "");
        if (header.contains("labels"))
            m.labels = header.at("labels").get<std::vector<std::string>>();
        if (!m.labels.empty() && int(m.labels.size()) != m.model.numClasses)
            throw Error(
                LMW_MESSAGE("checkpoint.header_label_count", "it names %1 labels for %2 classes"),
                {std::to_string(m.labels.size()), std::to_string(m.model.numClasses)});
        if (m.model.vocabSize != m.tokenizer->vocabSize())
            throw Error(LMW_MESSAGE("checkpoint.header_vocab_size",
                                    "the vocabulary size does not match the tokenizer"));
        validateConfig(m.model, m.train);
        requireWeightsFit(m.model);
    } catch (const Error& e) {
        throw Error(
            LMW_MESSAGE("checkpoint.header_invalid", "Checkpoint '%1' has an invalid header: %2"),
            {path, e.what()});
    } catch (const nlohmann::json::exception& e) {
        throw Error(
            LMW_MESSAGE("checkpoint.header_invalid", "Checkpoint '%1' has an invalid header: %2"),
            {path, e.what()});
    }
    return ckpt;
}

torch::serialize::InputArchive LoadedCheckpoint::archive() const {
    torch::serialize::InputArchive root;
    try {
        root.load_from(payload_.data(), payload_.size());
    } catch (const std::exception&) {
        throw Error(LMW_MESSAGE("checkpoint.weights_unreadable",
                                "Checkpoint '%1' holds weights LibTorch cannot read."),
                    {path_});
    }
    return root;
}

ModelPtr LoadedCheckpoint::buildModel() const {
    ModelPtr model = makeModel(meta_.model);
    auto root = archive();
    try {
        torch::serialize::InputArchive modelArchive;
        root.read("model", modelArchive);
        model->module().load(modelArchive);
    } catch (const c10::Error& e) {
        throw Error(LMW_MESSAGE("checkpoint.weights_mismatch",
                                "Checkpoint '%1' has weights that do not match its configuration."),
                    {path_});
    }
    return model;
}

void LoadedCheckpoint::restoreOptimizer(torch::optim::Optimizer& optimizer) const {
    auto root = archive();
    torch::serialize::InputArchive optimArchive;
    if (!root.try_read("optimizer", optimArchive))
        throw Error(LMW_MESSAGE("checkpoint.no_optimizer_state",
                                "Checkpoint '%1' has no optimizer state; it cannot be resumed."),
                    {path_});
    try {
        optimizer.load(optimArchive);
    } catch (const c10::Error&) {
        throw Error(LMW_MESSAGE("checkpoint.optimizer_state_mismatch",
                                "Checkpoint '%1' has an optimizer state that does not match."),
                    {path_});
    }
}

void LoadedCheckpoint::restoreGenerators(at::Generator* batchGenerator) const {
    auto root = archive();
    torch::Tensor state;
    if (batchGenerator && root.try_read("rng.batch", state)) batchGenerator->set_state(state);
    if (root.try_read("rng.global", state)) {
        at::Generator global = at::detail::getDefaultCPUGenerator();  // a handle, shares state
        std::lock_guard<std::mutex> lock(global.mutex());
        global.set_state(state);
    }
}

}  // namespace lmw
