#include "data/sentencepiece_library.h"

#include <dlfcn.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <optional>

#include "api/error.h"
#include "spm/spm_shim.h"

namespace lmw::spm {

namespace {

/// The lmw_spm functions, resolved once.
struct Library {
    decltype(&lmw_spm_train) train = nullptr;
    decltype(&lmw_spm_load) load = nullptr;
    decltype(&lmw_spm_unload) unload = nullptr;
    decltype(&lmw_spm_piece_size) pieceSize = nullptr;
    decltype(&lmw_spm_special_id) specialId = nullptr;
    decltype(&lmw_spm_is_unknown) isUnknown = nullptr;
    decltype(&lmw_spm_id_to_piece) idToPiece = nullptr;
    decltype(&lmw_spm_score) score = nullptr;
    decltype(&lmw_spm_encode) encode = nullptr;
    decltype(&lmw_spm_free) free = nullptr;
    std::optional<Error> error;  // why the library cannot be used
};

std::vector<std::string> candidates() {
    std::vector<std::string> paths;
    if (const char* env = std::getenv("LMW_SPM_LIBRARY")) paths.emplace_back(env);
#ifdef LMW_SPM_LIBRARY_PATH
    paths.emplace_back(LMW_SPM_LIBRARY_PATH);  // where the build put it
#endif
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto dir = exe.parent_path();
        for (const char* rel : {"liblmw_spm.so", "../lib/liblmw_spm.so", "../core/liblmw_spm.so",
                                "../../core/liblmw_spm.so"})
            paths.push_back((dir / rel).lexically_normal().string());
    }
    paths.emplace_back("liblmw_spm.so");  // the loader's own search path
    return paths;
}

const Library& library() {
    static Library lib;
    static std::once_flag once;
    std::call_once(once, [] {
        void* handle = nullptr;
        std::string lastError;
        for (const std::string& path : candidates()) {
            // RTLD_LOCAL keeps SentencePiece's protobuf out of everyone else's sight;
            // RTLD_DEEPBIND makes SentencePiece use its own copy rather than LibTorch's.
            handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
            if (handle) break;
            if (const char* e = dlerror()) lastError = e;
        }
        if (!handle) {
            lib.error = Error(LMW_MESSAGE("spm.library_missing",
                                          "Subword tokenizers need SentencePiece (Debian package "
                                          "libsentencepiece0), which could not be loaded: %1"),
                              {lastError});
            return;
        }
        auto get = [&](auto& fn, const char* name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(handle, name));
            if (!fn && !lib.error)
                lib.error =
                    Error(LMW_MESSAGE("spm.library_incomplete",
                                      "SentencePiece support is incomplete: %1 is missing."),
                          {name});
        };
        get(lib.train, "lmw_spm_train");
        get(lib.load, "lmw_spm_load");
        get(lib.unload, "lmw_spm_unload");
        get(lib.pieceSize, "lmw_spm_piece_size");
        get(lib.specialId, "lmw_spm_special_id");
        get(lib.isUnknown, "lmw_spm_is_unknown");
        get(lib.idToPiece, "lmw_spm_id_to_piece");
        get(lib.score, "lmw_spm_score");
        get(lib.encode, "lmw_spm_encode");
        get(lib.free, "lmw_spm_free");
    });
    if (lib.error) throw *lib.error;
    return lib;
}

std::string takeError(const Library& lib, char* error) {
    std::string message = error ? error : "unknown error";
    lib.free(error);
    return message;
}

}  // namespace

Model::Model(const std::string& serialized) {
    const Library& lib = library();
    void* h = lib.load(serialized.data(), serialized.size());
    if (!h)
        throw Error(
            LMW_MESSAGE("spm.model_damaged",
                        "The subword tokenizer's model is damaged; SentencePiece cannot load it."));
    handle_ = std::shared_ptr<void>(h, [unload = lib.unload](void* p) { unload(p); });
}

int Model::pieceSize() const {
    return library().pieceSize(handle_.get());
}
int Model::unknownId() const {
    return library().specialId(handle_.get(), 0);
}
int Model::beginId() const {
    return library().specialId(handle_.get(), 1);
}
int Model::endId() const {
    return library().specialId(handle_.get(), 2);
}
int Model::paddingId() const {
    return library().specialId(handle_.get(), 3);
}
bool Model::isUnknown(int id) const {
    return library().isUnknown(handle_.get(), id) != 0;
}

float Model::score(int id) const {
    return library().score(handle_.get(), id);
}

std::string_view Model::piece(int id) const {
    std::size_t length = 0;
    const char* p = library().idToPiece(handle_.get(), id, &length);
    return {p, length};
}

std::vector<int> Model::encode(std::string_view line) const {
    const Library& lib = library();
    int* ids = nullptr;
    std::size_t count = 0;
    char* error = nullptr;
    if (!lib.encode(handle_.get(), line.data(), line.size(), &ids, &count, &error))
        throw Error(
            LMW_MESSAGE("spm.encode_failed", "SentencePiece could not tokenize the text: %1"),
            {takeError(lib, error)});
    std::vector<int> out(ids, ids + count);
    lib.free(ids);
    return out;
}

std::string train(const std::vector<std::string>& sentences,
                  const std::vector<std::pair<std::string, std::string>>& options, unsigned seed) {
    const Library& lib = library();
    std::string packed;
    for (const auto& s : sentences) {
        packed += s;
        packed += '\0';
    }
    std::string spec;
    for (const auto& [key, value] : options) {
        std::string escaped;
        for (char c : value)
            escaped += c == '\n'   ? std::string("\\n")
                       : c == '\t' ? std::string("\\t")
                                   : std::string(1, c);
        spec += key + "=" + escaped + "\n";
    }
    char* model = nullptr;
    std::size_t size = 0;
    char* error = nullptr;
    if (!lib.train(packed.data(), packed.size(), sentences.size(), spec.c_str(), seed, &model,
                   &size, &error))
        throw Error(takeError(lib, error));
    std::string out(model, size);
    lib.free(model);
    return out;
}

}  // namespace lmw::spm
