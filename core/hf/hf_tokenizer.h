// The workbench's tokenizers in Hugging Face's formats (torch-free): tokenizer.json in the
// `tokenizers` library's schema, tokenizer_config.json and special_tokens_map.json, so that
// AutoTokenizer (Python or JavaScript) gives the ids the workbench gives.
//
//   characters          WordLevel over single characters (a Split pre-tokenizer isolates each
//                       code point), a Fuse decoder
//   SentencePiece BPE   BPE with the merges its pieces imply, ranked by the merged piece's id;
//   SentencePiece       Unigram with the pieces' log probabilities;
//     unigram           both with SentencePiece's dummy prefix and space mark as a normalizer
//                       (Prepend "▁", Replace " " -> "▁"), the newline an added token (lines are
//                       encoded one at a time)
//   GPT-2 byte-level    BPE with the ByteLevel pre-tokenizer and decoder, as GPT-2's own file
//
// The family's special tokens are added tokens; the post-processor adds [CLS] ... [SEP] (BERT)
// or <s> ... </s> (RoBERTa, BART); GPT models get none.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "api/configs.h"
#include "data/tokenizer.h"

namespace lmw::hf {

struct TokenizerFiles {
    nlohmann::json tokenizer;         // tokenizer.json
    nlohmann::json tokenizerConfig;   // tokenizer_config.json
    nlohmann::json specialTokensMap;  // special_tokens_map.json
};

/// The files for `tok` used by a model of `family` that reads at most `maxLength` tokens.
/// Throws lmw::Error for a tokenizer with no Hugging Face equivalent.
TokenizerFiles tokenizerFilesFor(const Tokenizer& tok, ModelFamily family, int maxLength);

/// Writes tokenizer.json, tokenizer_config.json and special_tokens_map.json into `dir`.
void writeTokenizerFiles(const TokenizerFiles& files, const std::string& dir);

/// `text` as token ids the way Hugging Face's tokenizers read it: the special tokens' texts
/// ("[MASK]", "<s>") become their ids wherever they stand, the text between them is encoded by
/// `tok`. Throws lmw::Error as Tokenizer::encode does.
std::vector<int32_t> encodeWithSpecialTexts(const Tokenizer& tok, const std::string& text);

/// `ids` with the special tokens the family's post-processor adds around one sequence:
/// BERT [CLS] ids [SEP]; RoBERTa and BART <s> ids </s>; other families unchanged.
std::vector<int32_t> addFamilySpecials(const Tokenizer& tok, ModelFamily family,
                                       std::vector<int32_t> ids);

}  // namespace lmw::hf
