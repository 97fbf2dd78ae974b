// lmw_spm: SentencePiece (Kudo & Richardson 2018) behind a C interface (see spm_shim.h for why).
#include "spm/spm_shim.h"

#include <memory>

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <cstdlib>
#include <cstring>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

char* copyOut(const std::string& s) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (p) std::memcpy(p, s.c_str(), s.size() + 1);
    return p;
}

class Sentences : public sentencepiece::SentenceIterator {
public:
    explicit Sentences(std::vector<std::string> s) : s_(std::move(s)) {}
    bool done() const override { return i_ >= s_.size(); }
    void Next() override { ++i_; }
    const std::string& value() const override { return s_[i_]; }
    sentencepiece::util::Status status() const override { return {}; }

private:
    std::vector<std::string> s_;
    std::size_t i_ = 0;
};

const sentencepiece::SentencePieceProcessor& processor(const void* handle) {
    return *static_cast<const sentencepiece::SentencePieceProcessor*>(handle);
}

}  // namespace

extern "C" {

int lmw_spm_train(const char* sentences, size_t size, size_t count, const char* options,
                  unsigned seed, char** model, size_t* model_size, char** error) {
    try {
        std::vector<std::string> list;
        list.reserve(count);
        for (size_t at = 0; list.size() < count && at < size;) {
            const size_t len = std::strlen(sentences + at);
            list.emplace_back(sentences + at, len);
            at += len + 1;
        }
        std::unordered_map<std::string, std::string> map;
        const std::string text(options ? options : "");
        for (size_t at = 0; at < text.size();) {
            size_t end = text.find('\n', at);
            if (end == std::string::npos) end = text.size();
            const std::string line = text.substr(at, end - at);
            const size_t eq = line.find('=');
            if (eq != std::string::npos) map[line.substr(0, eq)] = line.substr(eq + 1);
            at = end + 1;
        }
        // Values may hold a newline or tab (user-defined symbols): "\n" and "\t" are escaped.
        for (auto& [key, value] : map) {
            std::string unescaped;
            for (size_t i = 0; i < value.size(); ++i) {
                if (value[i] == '\\' && i + 1 < value.size() &&
                    (value[i + 1] == 'n' || value[i + 1] == 't')) {
                    unescaped += value[i + 1] == 'n' ? '\n' : '\t';
                    ++i;
                } else {
                    unescaped += value[i];
                }
            }
            value = unescaped;
        }
        sentencepiece::SetRandomGeneratorSeed(seed);
        Sentences it(std::move(list));
        std::string out;
        const auto status = sentencepiece::SentencePieceTrainer::Train(map, &it, &out);
        if (!status.ok()) {
            *error = copyOut(status.message());
            return 0;
        }
        *model = static_cast<char*>(std::malloc(out.size() ? out.size() : 1));
        std::memcpy(*model, out.data(), out.size());
        *model_size = out.size();
        return 1;
    } catch (const std::exception& e) {
        *error = copyOut(e.what());
        return 0;
    }
}

void* lmw_spm_load(const char* model, size_t size) {
    // No C++ exception may cross this C interface, and a failed load frees its processor.
    try {
        auto p = std::make_unique<sentencepiece::SentencePieceProcessor>();
        if (!p->LoadFromSerializedProto(std::string_view(model, size)).ok()) return nullptr;
        return p.release();
    } catch (...) {
        return nullptr;
    }
}

void lmw_spm_unload(void* handle) {
    delete static_cast<sentencepiece::SentencePieceProcessor*>(handle);
}

int lmw_spm_piece_size(const void* handle) {
    return processor(handle).GetPieceSize();
}

int lmw_spm_special_id(const void* handle, int which) {
    const auto& p = processor(handle);
    switch (which) {
        case 0:
            return p.unk_id();
        case 1:
            return p.bos_id();
        case 2:
            return p.eos_id();
        case 3:
            return p.pad_id();
        default:
            return -1;
    }
}

int lmw_spm_is_unknown(const void* handle, int id) {
    return processor(handle).IsUnknown(id) ? 1 : 0;
}

float lmw_spm_score(const void* handle, int id) {
    return processor(handle).GetScore(id);
}

const char* lmw_spm_id_to_piece(const void* handle, int id, size_t* length) {
    const std::string& piece = processor(handle).IdToPiece(id);
    *length = piece.size();
    return piece.data();
}

int lmw_spm_encode(const void* handle, const char* text, size_t length, int** ids, size_t* count,
                   char** error) {
    try {
        std::vector<int> out;
        const auto status = processor(handle).Encode(std::string_view(text, length), &out);
        if (!status.ok()) {
            *error = copyOut(status.message());
            return 0;
        }
        *ids = static_cast<int*>(std::malloc(sizeof(int) * (out.empty() ? 1 : out.size())));
        if (!*ids) {
            *error = copyOut("out of memory");
            return 0;
        }
        std::memcpy(*ids, out.data(), sizeof(int) * out.size());
        *count = out.size();
        return 1;
    } catch (const std::exception& e) {
        *error = copyOut(e.what());
        return 0;
    } catch (...) {
        *error = copyOut("SentencePiece failed");
        return 0;
    }
}

void lmw_spm_free(void* memory) {
    std::free(memory);
}

}  // extern "C"
