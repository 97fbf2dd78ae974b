// Any bytes as a tokenizer saved in a checkpoint (the JSON the engine writes: characters or
// GPT-2's byte-level BPE): rebuilt, or refused with lmw::Error; a rebuilt tokenizer encodes and
// decodes a fixed text and exports itself as Hugging Face's tokenizer.json. Subword
// (SentencePiece) tokenizers are left out: their model is SentencePiece's own format, read by
// SentencePiece.
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "api/error.h"
#include "data/tokenizer.h"
#include "hf/hf_tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto j = nlohmann::json::parse(data, data + size, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) return 0;
    if (j.contains("kind") && (j["kind"] == "bpe" || j["kind"] == "unigram")) return 0;
    try {
        const auto tok = lmw::Tokenizer::fromJson(j);
        try {
            const auto ids = tok->encode("the cat sat, 猫 \xF0\x9F\x99\x82\n");
            (void)tok->decode(std::vector<std::int64_t>(ids.begin(), ids.end()));
        } catch (const lmw::Error&) {
        }
        (void)lmw::hf::tokenizerFilesFor(*tok, lmw::ModelFamily::Roberta, 64).tokenizer.dump();
    } catch (const lmw::Error&) {
    }
    return 0;
}
