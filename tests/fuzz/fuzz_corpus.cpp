// Any bytes as a training corpus: checked and split with the character tokenizer (every
// family's special tokens in turn, picked by the first byte), or refused with lmw::Error.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/corpus.h"
#include "api/error.h"
#include "data/corpus.h"
#include "data/tokenizer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const lmw::ModelFamily families[] = {lmw::ModelFamily::Gpt, lmw::ModelFamily::Bert,
                                         lmw::ModelFamily::Roberta, lmw::ModelFamily::Bart,
                                         lmw::ModelFamily::Lstm};
    const lmw::ModelFamily family = families[data[0] % 5];
    const int block = 1 + data[0] / 5 % 16;
    try {
        const lmw::Corpus c = lmw::loadCorpus(
            lmw::CorpusSource::fromText(
                "fuzz", std::string(reinterpret_cast<const char*>(data) + 1, size - 1)),
            0.1, block, nullptr, lmw::specialTokensFor(family));
        (void)c;
    } catch (const lmw::Error&) {
    }
    return 0;
}
