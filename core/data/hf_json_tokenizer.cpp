#include "data/hf_json_tokenizer.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>

#include "api/error.h"
#include "data/bpe_merge.h"
#include "data/byte_bpe_tokenizer.h"
#include "util/json_number.h"
#include "util/system.h"
#include "util/utf8.h"

namespace lmw {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kSpaceMark = "\xE2\x96\x81";  // U+2581
constexpr std::int64_t kMaxTokenizerBytes = 256LL << 20;

json readJsonFile(const fs::path& path) {
    const std::string text = sys::readFile(path.string(), kMaxTokenizerBytes);
    sys::requireNoNulBytes(text, "'" + path.string() + "'");
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded())
        throw Error(LMW_MESSAGE("json.invalid", "'%1' is not valid JSON."), {path.string()});
    return j;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to) {
    if (from.empty()) return s;
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
        s.replace(at, from.size(), to);
    return s;
}

/// The role a special token plays, from special_tokens_map.json ("" when it names none).
std::string roleOf(const std::string& text, const json& map) {
    if (!map.is_object()) return "";
    const auto named = [&](const char* key) {
        if (!map.contains(key)) return false;
        const json& v = map[key];
        const json& content = v.is_object() && v.contains("content") ? v["content"] : v;
        return content.is_string() && content.get<std::string>() == text;
    };
    if (named("pad_token")) return "pad";
    if (named("unk_token")) return "unk";
    if (named("mask_token")) return "mask";
    if (named("cls_token") || named("bos_token")) return "bos";
    if (named("sep_token") || named("eos_token")) return "eos";
    return "";
}

/// An error about the tokenizer.json at `file` (`inFile`, the path as %1 ahead of `args`), or
/// about the tokenizer a checkpoint holds when `file` is empty (`inCheckpoint`).
Error sourceError(const std::string& file, MessageText inFile, MessageText inCheckpoint,
                  std::vector<std::string> args = {}) {
    if (file.empty()) return Error(inCheckpoint, std::move(args));
    args.insert(args.begin(), file);
    return Error(inFile, std::move(args));
}

/// A token id from the file: a whole number from 0 to 10 million (no cast of 1e68 to an int).
int32_t idFrom(const json& v, const std::string& file) {
    int32_t id = -1;
    if (readWholeNumber(v, id) != JsonNumber::Ok || id < 0 || id > 10'000'000)
        throw sourceError(file,
                          LMW_MESSAGE("hf_tokenizer.id_invalid",
                                      "'%1': a token id is not a whole number from 0 to 10000000."),
                          LMW_MESSAGE("checkpoint.hf_tokenizer_id_invalid",
                                      "The checkpoint's tokenizer: a token id is not a whole "
                                      "number from 0 to 10000000."));
    return id;
}

}  // namespace

bool HfJsonTokenizer::reads(const json& t) {
    if (!t.is_object() || !t.contains("model") || !t["model"].is_object()) return false;
    const json& type = t["model"].value("type", json());
    const json& pre = t.value("pre_tokenizer", json());
    const bool byteLevel = pre.is_object() && pre.value("type", "") == "ByteLevel";
    return !byteLevel && (type == "WordLevel" || type == "BPE" || type == "Unigram");
}

std::shared_ptr<HfJsonTokenizer> HfJsonTokenizer::fromFolder(const std::string& dir) {
    const fs::path d(dir);
    const json tokenizer = readJsonFile(d / "tokenizer.json");
    std::error_code ec;
    const json map = fs::is_regular_file(d / "special_tokens_map.json", ec)
                         ? readJsonFile(d / "special_tokens_map.json")
                         : json();
    return fromJsonObjects(tokenizer, map, (d / "tokenizer.json").string());
}

std::shared_ptr<HfJsonTokenizer> HfJsonTokenizer::fromJsonObjects(const json& t,
                                                                  const json& specialsMap,
                                                                  const std::string& file) {
    if (!reads(t))
        throw sourceError(
            file,
            LMW_MESSAGE("hf_tokenizer.unsupported",
                        "'%1' is not a tokenizer this program reads (WordLevel, BPE or Unigram "
                        "without byte-level pre-tokenization)."),
            LMW_MESSAGE("checkpoint.hf_tokenizer_unsupported",
                        "The checkpoint's tokenizer is not a tokenizer this program reads "
                        "(WordLevel, BPE or Unigram without byte-level pre-tokenization)."));
    std::shared_ptr<HfJsonTokenizer> out(new HfJsonTokenizer());
    out->source_ = t;
    out->specialsMap_ = specialsMap;
    try {
        const json& model = t.at("model");
        const std::string type = model.at("type").get<std::string>();
        if (type == "Unigram") {
            out->model_ = "unigram";
            double lowest = 0;
            for (const auto& entry : model.at("vocab")) {
                out->pieces_.push_back(entry.at(0).get<std::string>());
                out->scores_.push_back(entry.at(1).get<double>());
                if (!std::isfinite(out->scores_.back()))
                    throw sourceError(
                        file,
                        LMW_MESSAGE("hf_tokenizer.unigram_score",
                                    "'%1': a Unigram score is not a finite number."),
                        LMW_MESSAGE(
                            "checkpoint.hf_tokenizer_unigram_score",
                            "The checkpoint's tokenizer: a Unigram score is not a finite number."));
                lowest = std::min(lowest, out->scores_.back());
            }
            out->unknownScore_ = lowest - 10.0;
            out->fuseUnknown_ = true;
            if (model.contains("unk_id") && !model["unk_id"].is_null())
                out->unk_ = idFrom(model["unk_id"], file);
        } else {
            out->model_ = type == "BPE" ? "bpe" : "wordlevel";
            std::map<int64_t, std::string> byId;
            for (const auto& [piece, id] : model.at("vocab").items()) {
                const int64_t i = idFrom(id, file);
                if (!byId.emplace(i, piece).second)
                    throw sourceError(
                        file,
                        LMW_MESSAGE("hf_tokenizer.vocab_id_twice",
                                    "'%1': the vocabulary's id %2 is out of range or used twice."),
                        LMW_MESSAGE("checkpoint.hf_tokenizer_vocab_id_twice",
                                    "The checkpoint's tokenizer: the vocabulary's id %1 is out of "
                                    "range or used twice."),
                        {std::to_string(i)});
            }
            if (!byId.empty() &&
                (byId.begin()->first != 0 || byId.rbegin()->first != int64_t(byId.size()) - 1))
                throw sourceError(
                    file,
                    LMW_MESSAGE("hf_tokenizer.vocab_id_gaps",
                                "'%1': the vocabulary's ids have gaps."),
                    LMW_MESSAGE("checkpoint.hf_tokenizer_vocab_id_gaps",
                                "The checkpoint's tokenizer: the vocabulary's ids have gaps."));
            for (auto& [id, piece] : byId) out->pieces_.push_back(std::move(piece));
            if (type == "BPE") {
                int rank = 0;
                for (const auto& m : model.at("merges")) {
                    const std::string merge =
                        m.is_array() ? m.at(0).get<std::string>() + " " + m.at(1).get<std::string>()
                                     : m.get<std::string>();
                    out->ranks_.emplace(merge, rank++);
                }
                out->fuseUnknown_ = model.value("fuse_unk", false);
            }
        }
        if (out->pieces_.empty())
            throw sourceError(
                file, LMW_MESSAGE("hf_tokenizer.vocab_empty", "'%1' has an empty vocabulary."),
                LMW_MESSAGE("checkpoint.hf_tokenizer_vocab_empty",
                            "The checkpoint's tokenizer has an empty vocabulary."));
        for (std::size_t i = 0; i < out->pieces_.size(); ++i)
            out->ids_.emplace(out->pieces_[i], int32_t(i));
        if (out->model_ != "unigram" && out->unk_ < 0) {
            const json& unk = model.value("unk_token", json());
            if (unk.is_string() && out->ids_.count(unk.get<std::string>()))
                out->unk_ = out->ids_.at(unk.get<std::string>());
        }
        if (out->unk_ >= int32_t(out->pieces_.size()))
            throw sourceError(
                file,
                LMW_MESSAGE("hf_tokenizer.unk_id_range",
                            "'%1': the unknown token's id is outside the vocabulary."),
                LMW_MESSAGE("checkpoint.hf_tokenizer_unk_id_range",
                            "The checkpoint's tokenizer: the unknown token's id is outside the "
                            "vocabulary."));

        // The normalizer: Prepend and Replace (with a plain string), alone or in a Sequence.
        const json& norm = t.value("normalizer", json());
        std::vector<json> steps;
        if (norm.is_object() && norm.value("type", "") == "Sequence")
            for (const auto& n : norm.at("normalizers")) steps.push_back(n);
        else if (norm.is_object())
            steps.push_back(norm);
        for (const json& n : steps) {
            const std::string type = n.at("type").get<std::string>();
            if (type == "Prepend" && out->replacements_.empty() && out->prepend_.empty())
                out->prepend_ = n.at("prepend").get<std::string>();
            else if (type == "Replace" && n.at("pattern").contains("String"))
                out->replacements_.emplace_back(n.at("pattern").at("String").get<std::string>(),
                                                n.at("content").get<std::string>());
            else
                throw sourceError(file,
                                  LMW_MESSAGE("hf_tokenizer.normalizer",
                                              "'%1': the normalizer '%2' is not one this program "
                                              "reads (Prepend, Replace)."),
                                  LMW_MESSAGE("checkpoint.hf_tokenizer_normalizer",
                                              "The checkpoint's tokenizer: the normalizer '%1' is "
                                              "not one this program reads (Prepend, Replace)."),
                                  {type});
        }

        // Added tokens: the special ones must be the first ids, in order.
        std::vector<SpecialToken> specials;
        for (const auto& a : t.value("added_tokens", json::array())) {
            const std::string content = a.at("content").get<std::string>();
            const int32_t id = idFrom(a.at("id"), file);
            if (id < 0 || id >= int32_t(out->pieces_.size()))
                throw sourceError(
                    file,
                    LMW_MESSAGE("hf_tokenizer.added_id_range",
                                "'%1': the added token '%2' has an id outside the vocabulary."),
                    LMW_MESSAGE("checkpoint.hf_tokenizer_added_id_range",
                                "The checkpoint's tokenizer: the added token '%1' has an id "
                                "outside the vocabulary."),
                    {content});
            out->added_.emplace_back(content, id);
            if (content == "\n") out->newline_ = id;
            if (!a.value("special", false)) continue;
            if (id != int32_t(specials.size()))
                throw sourceError(
                    file,
                    LMW_MESSAGE("hf_tokenizer.special_order",
                                "'%1': its special tokens do not take the first ids in order ('%2' "
                                "is id %3), a layout this program does not read yet."),
                    LMW_MESSAGE(
                        "checkpoint.hf_tokenizer_special_order",
                        "The checkpoint's tokenizer: its special tokens do not take the first ids "
                        "in order ('%1' is id %2), a layout this program does not read yet."),
                    {content, std::to_string(id)});
            const std::string role = roleOf(content, specialsMap);
            if (role.empty())
                throw sourceError(
                    file,
                    LMW_MESSAGE(
                        "hf_tokenizer.special_role",
                        "'%1': the special token '%2' has no role in special_tokens_map.json."),
                    LMW_MESSAGE("checkpoint.hf_tokenizer_special_role",
                                "The checkpoint's tokenizer: the special token '%1' has no role in "
                                "special_tokens_map.json."),
                    {content});
            specials.push_back({content, role});
        }
        std::sort(out->added_.begin(), out->added_.end(),
                  [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
        out->setSpecialTokens(std::move(specials));
    } catch (const json::exception&) {
        throw sourceError(
            file,
            LMW_MESSAGE("hf_tokenizer.damaged",
                        "'%1' is damaged: a field is missing or of the wrong type."),
            LMW_MESSAGE(
                "checkpoint.hf_tokenizer_damaged",
                "The checkpoint's tokenizer is damaged: a field is missing or of the wrong type."));
    }
    return out;
}

int32_t HfJsonTokenizer::unknownFor(const std::string& character) const {
    if (unk_ >= 0) return unk_;
    throw Error(LMW_MESSAGE("tokenizer.unseen_char",
                            "The text contains characters this model has never seen: '%1'."),
                {character});
}

std::vector<int32_t> HfJsonTokenizer::encode(const std::string& text) const {
    if (!utf8::decode(text).ok)
        throw Error(LMW_MESSAGE("text.invalid_utf8", "The text is not valid UTF-8."));
    std::vector<int32_t> ids;
    std::size_t section = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto hit = std::find_if(added_.begin(), added_.end(), [&](const auto& a) {
            return !a.first.empty() && text.compare(at, a.first.size(), a.first) == 0;
        });
        if (hit == added_.end()) {
            ++at;
            continue;
        }
        encodeSection(text.substr(section, at - section), ids);
        ids.push_back(hit->second);
        at += hit->first.size();
        section = at;
    }
    encodeSection(text.substr(section), ids);
    return ids;
}

void HfJsonTokenizer::encodeSection(const std::string& raw, std::vector<int32_t>& ids) const {
    if (raw.empty()) return;
    std::string text = prepend_ + raw;
    for (const auto& [from, to] : replacements_) text = replaceAll(std::move(text), from, to);
    std::vector<std::string> chars;
    for (char32_t c : utf8::decode(text).text) chars.push_back(utf8::encode(c));
    if (model_ == "unigram") return encodeUnigram(chars, ids);
    if (model_ == "bpe") return encodeBpe(chars, ids);
    for (const auto& c : chars) {  // WordLevel over single characters
        const auto it = ids_.find(c);
        ids.push_back(it != ids_.end() ? it->second : unknownFor(c));
    }
}

void HfJsonTokenizer::encodeBpe(const std::vector<std::string>& chars,
                                std::vector<int32_t>& ids) const {
    // Unknown characters never merge; neighbouring unknowns may be fused into one token.
    std::vector<bool> unknown(chars.size());
    for (std::size_t i = 0; i < chars.size(); ++i) unknown[i] = ids_.count(chars[i]) == 0;
    const std::vector<std::string> parts = mergeByRank(chars, ranks_, unknown);
    bool lastUnknown = false;
    for (const std::string& part : parts) {
        const auto it = ids_.find(part);
        if (it != ids_.end()) {  // unknown characters stay single and outside the vocabulary
            ids.push_back(it->second);
            lastUnknown = false;
        } else if (!(fuseUnknown_ && lastUnknown)) {
            ids.push_back(unknownFor(part));
            lastUnknown = true;
        }
    }
}

void HfJsonTokenizer::encodeUnigram(const std::vector<std::string>& chars,
                                    std::vector<int32_t>& ids) const {
    // The best-scoring segmentation (Viterbi); a character no piece starts with becomes the
    // unknown token at the lowest score less 10, and unknown neighbours are fused.
    const std::size_t n = chars.size();
    std::size_t longest = 1;
    for (const auto& p : pieces_) longest = std::max(longest, utf8::decode(p).text.size());
    std::vector<double> best(n + 1, -std::numeric_limits<double>::infinity());
    std::vector<std::pair<std::size_t, int32_t>> from(n + 1, {0, -1});
    best[0] = 0;
    for (std::size_t start = 0; start < n; ++start) {
        if (!std::isfinite(best[start])) continue;
        std::string piece;
        bool single = false;
        for (std::size_t end = start + 1; end <= n && end - start <= longest; ++end) {
            piece += chars[end - 1];
            const auto it = ids_.find(piece);
            if (it == ids_.end()) continue;
            if (end == start + 1) single = true;
            const double score = best[start] + scores_[std::size_t(it->second)];
            if (score > best[end]) best[end] = score, from[end] = {start, it->second};
        }
        if (!single) {
            const double score = best[start] + unknownScore_;
            if (score > best[start + 1]) best[start + 1] = score, from[start + 1] = {start, -1};
        }
    }
    std::vector<std::pair<int32_t, std::string>> path;
    for (std::size_t at = n; at > 0; at = from[at].first) {
        std::string text;
        for (std::size_t k = from[at].first; k < at; ++k) text += chars[k];
        path.emplace_back(from[at].second, std::move(text));
    }
    bool lastUnknown = false;
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        if (it->first >= 0 && it->first != unk_) {
            ids.push_back(it->first);
            lastUnknown = false;
        } else if (!lastUnknown) {
            ids.push_back(unknownFor(it->second));
            lastUnknown = true;
        }
    }
}

std::string HfJsonTokenizer::piece(int64_t id) const {
    if (id < 0 || id >= int64_t(pieces_.size())) return "\xEF\xBF\xBD";  // U+FFFD
    if (isSpecial(id)) return pieces_[std::size_t(id)];
    return replaceAll(pieces_[std::size_t(id)], kSpaceMark, " ");
}

std::string HfJsonTokenizer::decode(const std::vector<int64_t>& ids, bool skipSpecial) const {
    std::string out;
    bool lineStart = true;
    for (int64_t id : ids) {
        if (isSpecial(id)) {
            if (!skipSpecial) out += piece(id);
            lineStart = false;
            continue;
        }
        std::string text = piece(id);
        if (lineStart && !prepend_.empty() && !text.empty() && text[0] == ' ') text.erase(0, 1);
        out += text;
        lineStart = id == newline_;
    }
    return out;
}

json HfJsonTokenizer::toJson() const {
    return {{"kind", "hf-json"}, {"tokenizer", source_}, {"special_tokens_map", specialsMap_}};
}

TokenizerPtr readHuggingFaceTokenizer(const std::string& dir) {
    const fs::path file = fs::path(dir) / "tokenizer.json";
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) {
        const json t = readJsonFile(file);
        if (HfJsonTokenizer::reads(t)) {
            const json map = fs::is_regular_file(fs::path(dir) / "special_tokens_map.json", ec)
                                 ? readJsonFile(fs::path(dir) / "special_tokens_map.json")
                                 : json();
            return HfJsonTokenizer::fromJsonObjects(t, map, file.string());
        }
    }
    return ByteBpeTokenizer::fromFolder(dir);
}

}  // namespace lmw
