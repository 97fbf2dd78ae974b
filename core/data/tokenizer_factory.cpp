#include "data/tokenizer_factory.h"

#include "api/error.h"
#include "data/char_tokenizer.h"
#include "data/subword_tokenizer.h"
#include "util/utf8.h"

namespace lmw {

TokenizerPtr buildTokenizer(const TokenizerConfig& config, const std::string& text,
                            std::vector<SpecialToken> specials) {
    if (config.kind == "char") {
        const utf8::Decoded d = utf8::decode(text);
        if (!d.ok) throw Error(LMW_MESSAGE("text.invalid_utf8", "The text is not valid UTF-8."));
        auto charTokenizer = CharTokenizer::fromText(d.text, std::move(specials));
        return std::make_shared<CharTokenizer>(std::move(charTokenizer));
    }
    if (config.kind == "bpe" || config.kind == "unigram")
        return std::make_shared<SubwordTokenizer>(SubwordTokenizer::train(
            text, config.kind, config.vocabSize, std::move(specials), config.vocabUpTo));
    throw Error(LMW_MESSAGE("tokenizer.unknown_kind",
                            "Unknown tokenizer kind '%1'; use char, bpe or unigram."),
                {config.kind});
}

}  // namespace lmw
