// The bundled default corpus: short stories generated from a small grammar. A teacher can read
// this file and know exactly what structure the model has to learn: a fixed story arc (opening,
// wish, problem, helper, dialogue, resolution, moral), agreement of names and pronouns, and a
// few hundred words of vocabulary. The generator uses its own PRNG (splitmix64) so the text is
// identical on every machine and compiler.
//
// Two constructions put the deciding word *after* the word it decides, so that only a model
// that reads the right side can fill the earlier one in (the Encoder vs decoder tab's gap task
// samples its "right side decides" gaps from them, see storyDecidedWords()):
//   "Somewhere nearby, the cow mooed."          the sound decides the animal;
//   "Lily took the broom to sweep the floor."   the task decides the tool.
// Everything before the gap is the same whichever word fills it ("the", never "a"/"an").
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "api/corpus.h"
#include "api/gap_tasks.h"

namespace lmw {
namespace {

class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    template <typename T>
    const T& pick(const std::vector<T>& v) {
        return v[below(v.size())];
    }
    bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

private:
    std::uint64_t state_;
};

struct Hero {
    std::string name, kind, she, her, herself;
};

const std::vector<std::string> kGirlNames = {"Lily", "Mia",  "Sara", "Anna", "Zoe",  "Ruby",
                                             "Ella", "Nora", "Ivy",  "Luna", "Rosa", "Maya"};
const std::vector<std::string> kBoyNames = {"Tom",  "Ben",  "Max", "Leo",  "Sam",  "Finn",
                                            "Jack", "Noah", "Eli", "Owen", "Hugo", "Theo"};
const std::vector<std::string> kKinds = {"rabbit", "fox",  "bear", "mouse",  "duck", "cat",
                                         "puppy",  "frog", "owl",  "turtle", "girl", "boy"};
const std::vector<std::string> kTraits = {"little", "brave", "curious", "shy",    "happy",
                                          "clever", "kind",  "tiny",    "sleepy", "cheerful"};
const std::vector<std::string> kHomes = {"a small house by the river",
                                         "a cozy hole under an oak",
                                         "a green valley",
                                         "a busy town",
                                         "a quiet forest",
                                         "a farm on a hill",
                                         "a warm nest in a tall tree",
                                         "a village near the sea"};
const std::vector<std::string> kWishes = {
    "to see the stars up close", "to find a real treasure", "to bake the biggest cake",
    "to learn how to swim",      "to make a new friend",    "to climb the tall hill",
    "to fly a red kite",         "to grow a giant flower",  "to sing in the town square"};
const std::vector<std::string> kObjects = {"ball", "kite", "hat",  "book", "key",  "cup",
                                           "box",  "map",  "drum", "boat", "bell", "shell"};
const std::vector<std::string> kColours = {"red", "blue", "yellow", "green", "shiny",
                                           "old", "big",  "small",  "soft",  "bright"};
const std::vector<std::string> kPlaces = {"the park",   "the garden", "the beach",  "the woods",
                                          "the market", "the pond",   "the meadow", "the library"};
const std::vector<std::string> kProblems = {
    "the wind blew it away",   "it fell into the pond", "it got stuck in a tree",
    "it rolled down the hill", "a crow took it",        "it was lost in the tall grass"};
const std::vector<std::string> kFeelings = {"sad", "worried", "upset", "scared", "grumpy"};
const std::vector<std::string> kJoy = {"happy", "proud", "glad", "excited", "thankful"};
const std::vector<std::string> kHelpers = {"a wise old owl", "a friendly dog", "a tall giraffe",
                                           "a kind grandma", "a small bird",   "a patient snail",
                                           "a strong horse", "a funny monkey"};
const std::vector<std::string> kPlans = {
    "they used a long stick",       "they built a little ladder", "they asked the wind to help",
    "they looked under every leaf", "they followed the tracks",   "they tied a rope to a branch"};
const std::vector<std::string> kMorals = {
    "Friends make hard things easy.",       "It is good to ask for help.",
    "Being kind always comes back to you.", "Never give up, even when things are hard.",
    "Sharing makes everyone happy.",        "Patience is a kind of magic."};
// The right side decides: each animal makes its own sound, each tool has its own task.
const std::vector<std::pair<std::string, std::string>> kAnimalSounds = {
    {"cow", "mooed"},     {"duck", "quacked"}, {"dog", "barked"}, {"cat", "meowed"},
    {"owl", "hooted"},    {"frog", "croaked"}, {"bee", "buzzed"}, {"lion", "roared"},
    {"sheep", "bleated"}, {"horse", "neighed"}};
const std::vector<std::pair<std::string, std::string>> kToolTasks = {
    {"spoon", "to stir the soup"},   {"broom", "to sweep the floor"}, {"key", "to open the door"},
    {"brush", "to paint the fence"}, {"net", "to catch a fish"},      {"shovel", "to dig a hole"},
    {"needle", "to sew a button"},   {"towel", "to dry the dishes"}};
const char* kSoundLead = "Somewhere nearby, the ";
const char* kToolLead = " took the ";

const std::vector<std::string> kOpeners = {"Once upon a time,", "One sunny morning,", "Long ago,",
                                           "One day,", "Not long ago,"};
const std::vector<std::string> kEndings = {"After that day,", "From then on,", "Every day after,",
                                           "Since that day,"};

std::string capitalized(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string article(const std::string& word) {
    const char c = word.empty() ? 'x' : word[0];
    return (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u') ? "an " : "a ";
}

Hero makeHero(Rng& rng) {
    Hero h;
    const bool girl = rng.chance(50);
    h.name = girl ? rng.pick(kGirlNames) : rng.pick(kBoyNames);
    h.kind = rng.pick(kKinds);
    if (h.kind == "girl") h.name = rng.pick(kGirlNames);
    if (h.kind == "boy") h.name = rng.pick(kBoyNames);
    const bool isGirl = h.kind == "girl" || (h.kind != "boy" && girl);
    h.she = isGirl ? "she" : "he";
    h.her = isGirl ? "her" : "his";
    h.herself = isGirl ? "herself" : "himself";
    return h;
}

std::string story(Rng& rng) {
    const Hero h = makeHero(rng);
    const std::string trait = rng.pick(kTraits);
    const std::string object = rng.pick(kObjects);
    const std::string colour = rng.pick(kColours);
    const std::string helper = rng.pick(kHelpers);  // "a wise old owl"
    const std::string theHelper =
        "the " + helper.substr(helper.find(' ') + 1);  // "the wise old owl"
    const std::string place = rng.pick(kPlaces);
    std::string s;
    s += rng.pick(kOpeners) + " there was " + article(trait) + trait + " " + h.kind + " named " +
         h.name + ". " + h.name + " lived in " + rng.pick(kHomes) + ".";
    s += " More than anything, " + h.name + " wanted " + rng.pick(kWishes) + ".\n";
    s += "One day, " + h.name + " went to " + place + " with " + h.her + " " + colour + " " +
         object + ". ";
    s += "But " + rng.pick(kProblems) + ". " + capitalized(h.name) + " felt very " +
         rng.pick(kFeelings) + ".\n";
    s += "\"Oh no! Where is my " + object + "?\" " + h.she + " cried.\n";
    const auto& sound = rng.pick(kAnimalSounds);
    s += std::string(kSoundLead) + sound.first + " " + sound.second + ".\n";
    s += "Then " + helper + " came by. \"Why are you " + rng.pick(kFeelings) + "?\" it asked.\n";
    s += "\"I lost my " + colour + " " + object + ",\" said " + h.name + ".\n";
    s += "\"Do not worry. I will help you,\" said " + theHelper + ".\n";
    s += "Together " + rng.pick(kPlans) + ". At last " + h.name + " found the " + object + ".\n";
    if (rng.chance(50)) {
        s += capitalized(h.she) + " hugged " + h.her + " new friend and said, \"Thank you!\"\n";
    } else {
        s += capitalized(h.she) + " smiled and shared " + h.her + " snack with " + h.her +
             " new friend.\n";
    }
    const auto& tool = rng.pick(kToolTasks);
    s += "That evening, " + h.name + kToolLead + tool.first + " " + tool.second + ".\n";
    s += rng.pick(kEndings) + " " + h.name + " and " + theHelper + " played in " + place +
         " every week, and " + h.name + " was " + rng.pick(kJoy) + ". ";
    s += rng.pick(kMorals) + "\n\n";
    return s;
}

}  // namespace

const std::vector<DecidedWords>& storyDecidedWords() {
    static const std::vector<DecidedWords> patterns = [] {
        std::vector<DecidedWords> p(2);
        p[0].name = "animal sound";
        p[0].lead = kSoundLead;
        for (const auto& [animal, sound] : kAnimalSounds)
            p[0].words.push_back({animal, " " + sound});
        p[1].name = "tool task";
        p[1].lead = kToolLead;
        for (const auto& [tool, task] : kToolTasks) p[1].words.push_back({tool, " " + task});
        return p;
    }();
    return patterns;
}

std::string generateStories(std::uint64_t seed, std::size_t minBytes) {
    Rng rng(seed);
    std::string out;
    out.reserve(minBytes + 2048);
    while (out.size() < minBytes) out += story(rng);
    return out;
}

}  // namespace lmw
