#include "data/bpe_merge.h"

#include <functional>
#include <queue>

namespace lmw {

std::vector<std::string> mergeByRank(std::vector<std::string> symbols,
                                     const std::unordered_map<std::string, int>& ranks,
                                     const std::vector<bool>& frozen) {
    struct Symbol {
        std::string text;
        int prev, next;
        unsigned version = 0;  // changes when the symbol grows; stale heap entries are skipped
        bool alive = true, frozen = false;
    };
    struct Candidate {
        int rank, left, right;
        unsigned leftVersion, rightVersion;
        bool operator>(const Candidate& o) const {
            return rank != o.rank ? rank > o.rank : left > o.left;
        }
    };
    const int n = int(symbols.size());
    std::vector<Symbol> s;
    s.reserve(symbols.size());
    for (int i = 0; i < n; ++i)
        s.push_back({std::move(symbols[std::size_t(i)]), i - 1, i + 1 < n ? i + 1 : -1, 0, true,
                     std::size_t(i) < frozen.size() && frozen[std::size_t(i)]});
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<Candidate>> heap;
    const auto consider = [&](int left) {
        if (left < 0 || s[std::size_t(left)].next < 0) return;
        const Symbol& l = s[std::size_t(left)];
        const Symbol& r = s[std::size_t(l.next)];
        if (l.frozen || r.frozen) return;
        const auto it = ranks.find(l.text + " " + r.text);
        if (it != ranks.end()) heap.push({it->second, left, l.next, l.version, r.version});
    };
    for (int i = 0; i + 1 < n; ++i) consider(i);
    while (!heap.empty()) {
        const Candidate c = heap.top();
        heap.pop();
        Symbol& l = s[std::size_t(c.left)];
        Symbol& r = s[std::size_t(c.right)];
        if (!l.alive || !r.alive || l.next != c.right || l.version != c.leftVersion ||
            r.version != c.rightVersion)
            continue;
        l.text += r.text;
        ++l.version;
        r.alive = false;
        l.next = r.next;
        if (r.next >= 0) s[std::size_t(r.next)].prev = c.left;
        consider(l.prev);
        consider(c.left);
    }
    std::vector<std::string> out;
    for (int i = n > 0 ? 0 : -1; i >= 0; i = s[std::size_t(i)].next)
        out.push_back(std::move(s[std::size_t(i)].text));
    return out;
}

}  // namespace lmw
