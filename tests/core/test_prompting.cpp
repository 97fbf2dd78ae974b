// The prompt lab without a model: exact prompts for k shots, template checks, verbalizers,
// seeded demonstration draws that never include the query, calibration on hand-made
// predictions, and the synthetic in-context-learning task (deterministic, answers correct).
#include <QtTest>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "api/configs.h"
#include "api/error.h"
#include "api/prompting.h"
#include "test_util.h"

using lmw::test::errorOf;

namespace {

lmw::LabelledDataset pool(const std::vector<std::pair<std::string, int>>& rows,
                          std::vector<std::string> labels) {
    lmw::LabelledDataset d;
    d.source = "pool";
    d.labels = std::move(labels);
    for (const auto& r : rows) d.examples.push_back({r.first, r.second});
    return d;
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string item;
    std::istringstream in(s);
    while (std::getline(in, item, sep)) out.push_back(item);
    return out;
}

}  // namespace

class TestPrompting : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void promptForKShotsIsExact();
    void queryIsTheExampleCutAtTheLabel();
    void bracesAndLabelList();
    void badTemplates_data();
    void badTemplates();
    void unescape();
    void verbalizers();
    void badVerbalizers_data();
    void badVerbalizers();
    void demonstrationsNeverIncludeTheQuery();
    void demonstrationsAreReproduciblePerSeed();
    void balancedDemonstrations();
    void poolTooSmall();
    void calibrationByHand();
    void calibrationBinEdges();
    void evalOptionChecks();
    void iclGeneratorIsDeterministic();
    void iclAnswersFollowTheMapping();
    void iclTasksFollowTheirMappings();
    void iclPromptsMatchTheCorpusFormat();
    void iclPresetIsValid();
};

void TestPrompting::promptForKShotsIsExact() {
    lmw::PromptTemplate t;
    t.instruction = "Classify the review.\n\n";
    t.example = "Review: {text}\nSentiment: {label}";
    t.separator = "\n\n";
    const std::vector<std::vector<std::string>> v = {{"negative"}, {"positive"}};
    QCOMPARE(lmw::buildPrompt(t, v, {}, "fine film"),
             std::string("Classify the review.\n\nReview: fine film\nSentiment: "));
    QCOMPARE(lmw::buildPrompt(t, v, {{"dull", "negative"}}, "fine film"),
             std::string("Classify the review.\n\nReview: dull\nSentiment: negative\n\n"
                         "Review: fine film\nSentiment: "));
    QCOMPARE(lmw::buildPrompt(t, v, {{"dull", "negative"}, {"great", "positive"}}, "fine film"),
             std::string("Classify the review.\n\nReview: dull\nSentiment: negative\n\n"
                         "Review: great\nSentiment: positive\n\nReview: fine film\nSentiment: "));
    // The space before {label} stays in the query: the verbalizer is scored right after it.
    lmw::PromptTemplate arrow;
    arrow.example = "{text} => {label}";
    arrow.separator = "\n";
    QCOMPARE(lmw::buildPrompt(arrow, v, {{"a", "x"}, {"b", "y"}}, "c"),
             std::string("a => x\nb => y\nc => "));
    QCOMPARE(lmw::fillDemonstration(arrow, "a", "x"), std::string("a => x"));
}

void TestPrompting::queryIsTheExampleCutAtTheLabel() {
    lmw::PromptTemplate t;
    t.example = "Q: {text}\nA: {label}\n(end)";
    QCOMPARE(lmw::fillQuery(t, "why?"), std::string("Q: why?\nA: "));
    QCOMPARE(lmw::fillDemonstration(t, "why?", "because"),
             std::string("Q: why?\nA: because\n(end)"));
    // Text that looks like a placeholder is inserted as it is.
    QCOMPARE(lmw::fillQuery(t, "{label}"), std::string("Q: {label}\nA: "));
}

void TestPrompting::bracesAndLabelList() {
    lmw::PromptTemplate t;
    t.instruction = "Answer {{one}} of: {labels}.\n";
    t.example = "{{{text}}} -> {label}";
    t.separator = ";}}";
    lmw::validatePromptTemplate(t);
    const std::vector<std::vector<std::string>> v = {{"red", "crimson"}, {"blue"}};
    QCOMPARE(lmw::buildPrompt(t, v, {{"sky", "blue"}}, "rose"),
             std::string("Answer {one} of: red, blue.\n{sky} -> blue;}{rose} -> "));
    QCOMPARE(lmw::fillSeparator(t), std::string(";}"));
}

void TestPrompting::badTemplates_data() {
    QTest::addColumn<QString>("instruction");
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("message");
    QTest::newRow("no text") << ""
                             << "{label}"
                             << "\n"
                             << "{text} exactly once";
    QTest::newRow("no label") << ""
                              << "{text}"
                              << "\n"
                              << "{label} exactly once";
    QTest::newRow("label first") << ""
                                 << "{label} {text}"
                                 << "\n"
                                 << "{text} before {label}";
    QTest::newRow("text twice") << ""
                                << "{text} {text} {label}"
                                << "\n"
                                << "{text} exactly once";
    QTest::newRow("label twice") << ""
                                 << "{text} {label} {label}"
                                 << "\n"
                                 << "{label} exactly once";
    QTest::newRow("unknown") << ""
                             << "{text} {lable}"
                             << "\n"
                             << "unknown placeholder {lable}";
    QTest::newRow("open brace") << ""
                                << "{text} { {label}"
                                << "\n"
                                << "unmatched '{'";
    QTest::newRow("close brace") << ""
                                 << "{text} } {label}"
                                 << "\n"
                                 << "unmatched '}'";
    QTest::newRow("instruction") << "{text}"
                                 << "{text} {label}"
                                 << "\n"
                                 << "instruction has an unknown placeholder";
    QTest::newRow("separator") << ""
                               << "{text} {label}"
                               << "{labels}"
                               << "separator has an unknown placeholder";
}

void TestPrompting::badTemplates() {
    QFETCH(QString, instruction);
    QFETCH(QString, example);
    QFETCH(QString, separator);
    QFETCH(QString, message);
    lmw::PromptTemplate t{instruction.toStdString(), example.toStdString(),
                          separator.toStdString()};
    const QString err = errorOf([&] { lmw::validatePromptTemplate(t); });
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!errorOf([&] { lmw::buildPrompt(t, {{"a"}, {"b"}}, {}, "q"); }).isEmpty());
}

void TestPrompting::unescape() {
    QCOMPARE(lmw::unescapePromptText("a\\nb\\tc\\\\n\\x"), std::string("a\nb\tc\\n\\x"));
    QCOMPARE(lmw::unescapePromptText("end\\"), std::string("end\\"));
}

void TestPrompting::verbalizers() {
    const std::vector<std::string> labels = {"neg", "pos", "neutral"};
    QCOMPARE(lmw::defaultVerbalizers(labels),
             (std::vector<std::vector<std::string>>{{"neg"}, {"pos"}, {"neutral"}}));
    const auto v = lmw::parseVerbalizers("pos=good|great, neg= bad", labels);
    QCOMPARE(v, (std::vector<std::vector<std::string>>{{" bad"}, {"good", "great"}, {"neutral"}}));
    QCOMPARE(lmw::formatVerbalizers(v, labels),
             std::string("neg= bad,pos=good|great,neutral=neutral"));
    QCOMPARE(lmw::parseVerbalizers("", labels), lmw::defaultVerbalizers(labels));
}

void TestPrompting::badVerbalizers_data() {
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown label") << "maybe=perhaps"
                                   << "unknown label 'maybe'";
    QTest::newRow("no equals") << "pos"
                               << "label=word";
    QTest::newRow("twice") << "pos=a,pos=b"
                           << "two verbalizer entries";
    QTest::newRow("empty word") << "pos=good|"
                                << "empty verbalizer word";
    QTest::newRow("empty") << "pos="
                           << "empty verbalizer word";
}

void TestPrompting::badVerbalizers() {
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const QString err = errorOf([&] { lmw::parseVerbalizers(spec.toStdString(), {"neg", "pos"}); });
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestPrompting::demonstrationsNeverIncludeTheQuery() {
    std::vector<std::pair<std::string, int>> rows;
    for (int i = 0; i < 10; ++i) rows.push_back({"t" + std::to_string(i), i % 3});
    const auto d = pool(rows, {"a", "b", "c"});
    for (bool balanced : {false, true}) {
        for (int q = 0; q < 10; ++q) {
            std::set<int> previous;
            for (int k = 0; k <= 9; ++k) {
                lmw::DemonstrationOptions o;
                o.shots = k;
                o.seed = 7;
                o.balanced = balanced;
                const auto demos = lmw::pickDemonstrations(d, o, std::uint64_t(q), q);
                QCOMPARE(int(demos.size()), k);
                const std::set<int> unique(demos.begin(), demos.end());
                QCOMPARE(int(unique.size()), k);
                QVERIFY(!unique.count(q));
                for (int i : demos) QVERIFY(i >= 0 && i < 10);
                // The draw for k + 1 extends the draw for k.
                QVERIFY(
                    std::includes(unique.begin(), unique.end(), previous.begin(), previous.end()));
                previous = unique;
            }
        }
    }
    // Without an excluded index, the whole pool can be drawn.
    lmw::DemonstrationOptions all;
    all.shots = 10;
    QCOMPARE(int(lmw::pickDemonstrations(d, all, 0).size()), 10);
}

void TestPrompting::demonstrationsAreReproduciblePerSeed() {
    std::vector<std::pair<std::string, int>> rows;
    for (int i = 0; i < 40; ++i) rows.push_back({"t" + std::to_string(i), i % 2});
    const auto d = pool(rows, {"a", "b"});
    lmw::DemonstrationOptions o;
    o.shots = 5;
    o.seed = 11;
    const auto a = lmw::pickDemonstrations(d, o, 3, 3);
    QCOMPARE(lmw::pickDemonstrations(d, o, 3, 3), a);
    o.seed = 12;
    bool seedMatters = false, queryMatters = false;
    for (std::uint64_t q = 0; q < 5; ++q) {
        o.seed = 11;
        const auto base = lmw::pickDemonstrations(d, o, q, int(q));
        queryMatters = queryMatters || (q > 0 && base != a);
        o.seed = 12;
        seedMatters = seedMatters || lmw::pickDemonstrations(d, o, q, int(q)) != base;
    }
    QVERIFY(seedMatters);
    QVERIFY(queryMatters);
}

void TestPrompting::balancedDemonstrations() {
    // 6 of label 0, 2 of label 1, 2 of label 2.
    std::vector<std::pair<std::string, int>> rows;
    for (int i = 0; i < 6; ++i) rows.push_back({"a" + std::to_string(i), 0});
    for (int i = 0; i < 2; ++i) rows.push_back({"b" + std::to_string(i), 1});
    for (int i = 0; i < 2; ++i) rows.push_back({"c" + std::to_string(i), 2});
    const auto d = pool(rows, {"A", "B", "C"});
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        lmw::DemonstrationOptions o;
        o.balanced = true;
        o.seed = seed;
        for (int k : {3, 6, 8}) {
            o.shots = k;
            std::map<int, int> counts;
            for (int i : lmw::pickDemonstrations(d, o, seed, -1))
                ++counts[d.examples[std::size_t(i)].label];
            if (k == 3) QVERIFY(counts[0] == 1 && counts[1] == 1 && counts[2] == 1);
            if (k == 6) QVERIFY(counts[0] == 2 && counts[1] == 2 && counts[2] == 2);
            if (k == 8)
                QVERIFY(counts[0] == 4 && counts[1] == 2 && counts[2] == 2);  // B and C run out
        }
    }
}

void TestPrompting::poolTooSmall() {
    const auto d = pool({{"x", 0}, {"y", 1}, {"z", 0}}, {"a", "b"});
    lmw::DemonstrationOptions o;
    o.shots = 3;
    const QString err = errorOf([&] { lmw::pickDemonstrations(d, o, 0, 1); });
    QVERIFY2(err.contains("2 examples") && err.contains("3 shots"), qPrintable(err));
    o.shots = 2;
    QCOMPARE(int(lmw::pickDemonstrations(d, o, 0, 1).size()), 2);
}

void TestPrompting::calibrationByHand() {
    // Confidence .9 right, .8 wrong, .7 right, .6 right.
    const std::vector<std::vector<double>> p = {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.6, 0.4}};
    const std::vector<int> truth = {0, 1, 1, 0};
    const auto s = lmw::calibrate(p, truth, 10);
    QCOMPARE(s.count, 4);
    QVERIFY(qFuzzyCompare(s.accuracy, 0.75));
    QVERIFY(qFuzzyCompare(s.meanConfidence, 0.75));
    // ECE = (|1 - .9| + |0 - .8| + |1 - .7| + |1 - .6|) / 4 = 1.6 / 4.
    QVERIFY2(std::fabs(s.ece - 0.4) < 1e-12, qPrintable(QString::number(s.ece, 'g', 17)));
    QCOMPARE(int(s.bins.size()), 10);
    QCOMPARE(s.bins[8].count, 1);  // (0.8, 0.9]
    QVERIFY(qFuzzyCompare(s.bins[8].confidence, 0.9));
    QVERIFY(qFuzzyCompare(s.bins[8].accuracy, 1.0));
    QCOMPARE(s.bins[7].count, 1);  // (0.7, 0.8]
    QCOMPARE(s.bins[7].accuracy, 0.0);
    QCOMPARE(s.bins[6].count, 1);
    QCOMPARE(s.bins[5].count, 1);
    QCOMPARE(s.bins[0].count + s.bins[1].count + s.bins[9].count, 0);
    QVERIFY(qFuzzyCompare(s.bins[9].lower, 0.9));
    // Two bins: all four in (0.5, 1] with accuracy = confidence = .75, so no calibration error.
    const auto two = lmw::calibrate(p, truth, 2);
    QCOMPARE(two.bins[1].count, 4);
    QVERIFY(std::fabs(two.ece) < 1e-12);
    // Three labels: overconfident and wrong twice, then right at 1/2.
    const auto three =
        lmw::calibrate({{0.1, 0.8, 0.1}, {0.05, 0.05, 0.9}, {0.5, 0.25, 0.25}}, {0, 0, 0}, 5);
    QVERIFY(qFuzzyCompare(three.accuracy, 1.0 / 3));
    QVERIFY(qFuzzyCompare(three.meanConfidence, (0.8 + 0.9 + 0.5) / 3));
    QVERIFY(std::fabs(three.ece - (0.8 + 0.9 + 0.5) / 3) <
            1e-12);                    // every bin: 1 example, wrong but for .5
    QCOMPARE(three.bins[2].count, 1);  // 0.5 lies in (0.4, 0.6]
}

void TestPrompting::calibrationBinEdges() {
    // Upper edges belong to their bin: 0.3 in (0.2, 0.3], 1.0 in (0.9, 1].
    const auto s = lmw::calibrate({{0.3, 0.3, 0.4}, {1.0, 0.0}, {0.2, 0.7, 0.1}}, {2, 0, 1}, 10);
    QCOMPARE(s.bins[3].count, 1);  // 0.4 in (0.3, 0.4]
    QCOMPARE(s.bins[9].count, 1);
    QCOMPARE(s.bins[6].count, 1);  // 0.7 in (0.6, 0.7]
    QVERIFY(errorOf([] { lmw::calibrate({{0.5, 0.5}}, {0, 1}, 10); }).contains("one true label"));
    QVERIFY(errorOf([] { lmw::calibrate({{0.5, 0.5}}, {0}, 0); }).contains("bins"));
    QCOMPARE(lmw::calibrate({}, {}, 4).count, 0);
}

void TestPrompting::evalOptionChecks() {
    lmw::PromptEvalOptions o;
    lmw::validatePromptEvalOptions(o, 2);
    QVERIFY(errorOf([&] { lmw::validatePromptEvalOptions(o, 1); }).contains("two labels"));
    o.shots = {0, 2, 2};
    QVERIFY(errorOf([&] { lmw::validatePromptEvalOptions(o, 2); }).contains("listed twice"));
    o.shots = {-1};
    QVERIFY(!errorOf([&] { lmw::validatePromptEvalOptions(o, 2); }).isEmpty());
    o.shots = {1};
    o.verbalizers = {{"a"}};
    QVERIFY(errorOf([&] {
                lmw::validatePromptEvalOptions(o, 2);
            }).contains("1 verbalizers for 2 labels"));
    o.verbalizers.clear();
    o.seeds = 0;
    QVERIFY(errorOf([&] { lmw::validatePromptEvalOptions(o, 2); }).contains("seeds"));
    QCOMPARE(lmw::scoreNormalizationFromName("mean"), lmw::ScoreNormalization::Mean);
    QVERIFY(errorOf([] { lmw::scoreNormalizationFromName("max"); }).contains("sum or mean"));
}

void TestPrompting::iclGeneratorIsDeterministic() {
    const lmw::IclTaskConfig c = lmw::defaultIclTaskConfig();
    const std::string a = lmw::iclCorpus(c, 5, 20000);
    QVERIFY(a.size() >= 20000);
    QCOMPARE(lmw::iclCorpus(c, 5, 20000), a);
    QVERIFY(lmw::iclCorpus(c, 6, 20000) != a);
    const auto t1 = lmw::iclTasks(c, 5, 4, 3);
    const auto t2 = lmw::iclTasks(c, 5, 4, 3);
    QCOMPARE(t1.size(), std::size_t(4));
    for (std::size_t i = 0; i < t1.size(); ++i)
        QCOMPARE(lmw::labelledDatasetTsv(t1[i].pool), lmw::labelledDatasetTsv(t2[i].pool));
    QVERIFY(lmw::labelledDatasetTsv(lmw::iclTasks(c, 6, 1, 3)[0].pool) !=
            lmw::labelledDatasetTsv(t1[0].pool));
}

void TestPrompting::iclAnswersFollowTheMapping() {
    lmw::IclTaskConfig c = lmw::defaultIclTaskConfig();
    const std::string corpus = lmw::iclCorpus(c, 9, 30000);
    const auto lines = split(corpus, '\n');
    QVERIFY(lines.size() > 50);
    std::set<std::string> mappingsSeen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const lmw::IclEpisode e = lmw::iclEpisode(c, 9, i);
        QCOMPARE(lines[i], e.text(c));
        const auto pairs = split(lines[i], ' ');
        QVERIFY(int(pairs.size()) >= c.minPairs && int(pairs.size()) <= c.maxPairs);
        std::map<std::string, std::string> seen;  // read from the text alone
        std::set<std::string> inputs(e.mapping.inputs.begin(), e.mapping.inputs.end());
        QCOMPARE(int(inputs.size()), c.symbolsPerMapping);
        for (const auto& p : pairs) {
            QCOMPARE(p.size(), std::size_t(2));  // "{text}{label}": a letter, then a digit
            const std::string in = p.substr(0, 1), out = p.substr(1);
            QVERIFY(inputs.count(in));
            const int label = e.mapping.labelOf(in);
            QVERIFY(label >= 0);
            QCOMPARE(out, c.labels[std::size_t(label)]);
            // Within a line a symbol always has the same answer.
            if (seen.count(in)) QCOMPARE(seen[in], out);
            seen[in] = out;
        }
        std::string key;
        for (std::size_t j = 0; j < e.mapping.inputs.size(); ++j)
            key += e.mapping.inputs[j] + c.labels[std::size_t(e.mapping.labels[j])];
        mappingsSeen.insert(key);
    }
    QVERIFY(mappingsSeen.size() > lines.size() * 9 / 10);  // a new mapping (almost) every line
    lmw::IclMapping m;
    m.inputs = {"q", "r"};
    m.labels = {2, 0};
    QCOMPARE(m.labelOf("r"), 0);
    QCOMPARE(m.labelOf("z"), -1);
}

void TestPrompting::iclTasksFollowTheirMappings() {
    lmw::IclTaskConfig c = lmw::defaultIclTaskConfig();
    c.symbolsPerMapping = 5;
    const auto tasks = lmw::iclTasks(c, 3, 6, 4);
    for (const auto& t : tasks) {
        QVERIFY(t.queries.examples.empty());  // the pool is the query set
        QCOMPARE(t.pool.labels, c.labels);
        QCOMPARE(int(t.pool.examples.size()), 5 * 4);
        std::map<std::string, int> labelOf, count;
        for (const auto& e : t.pool.examples) {
            if (labelOf.count(e.text)) QCOMPARE(labelOf[e.text], e.label);
            labelOf[e.text] = e.label;
            ++count[e.text];
            QVERIFY(e.label >= 0 && e.label < 3);
        }
        QCOMPARE(int(labelOf.size()), 5);
        for (const auto& kv : count) QCOMPARE(kv.second, 4);
    }
    lmw::LabelledDataset small;
    small.labels = {"x", "y"};
    small.examples = {{"a", 1}, {"b", 0}};
    QCOMPARE(lmw::labelledDatasetTsv(small), std::string("text\tlabel\na\ty\nb\tx\n"));
    small.examples.push_back({"tab\there", 0});
    QVERIFY(errorOf([&] { lmw::labelledDatasetTsv(small); }).contains("tab"));
    c.symbolsPerMapping = 9;
    QVERIFY(errorOf([&] { lmw::iclTasks(c, 1, 1, 1); }).contains("between 1 and 8"));
}

void TestPrompting::iclPromptsMatchTheCorpusFormat() {
    // A k-shot prompt built with the task's template from an episode's first k pairs, plus the
    // right verbalizer, is exactly the start of that corpus line: training text and prompts agree.
    const lmw::IclPreset p = lmw::iclPreset();
    const lmw::IclTaskConfig& c = p.task;
    const auto v = lmw::defaultVerbalizers(c.labels);
    for (std::uint64_t i = 0; i < 20; ++i) {
        const lmw::IclEpisode e = lmw::iclEpisode(c, 1, i);
        const std::string line = e.text(c);
        for (std::size_t k = 0; k + 1 < e.pairs.size() && k <= 8; ++k) {
            std::vector<std::pair<std::string, std::string>> demos;
            for (std::size_t j = 0; j < k; ++j) {
                const int s = e.pairs[j];
                demos.emplace_back(e.mapping.inputs[std::size_t(s)],
                                   c.labels[std::size_t(e.mapping.labels[std::size_t(s)])]);
            }
            const int q = e.pairs[k];
            const std::string prompt =
                lmw::buildPrompt(p.eval.prompt, v, demos, e.mapping.inputs[std::size_t(q)]);
            const std::string answer = c.labels[std::size_t(e.mapping.labels[std::size_t(q)])];
            QVERIFY2(line.rfind(prompt + answer, 0) == 0, (line + " | " + prompt).c_str());
        }
    }
}

void TestPrompting::iclPresetIsValid() {
    lmw::IclPreset p = lmw::iclPreset();
    lmw::ModelConfig m = p.model;
    m.vocabSize = 32;
    lmw::validateConfig(m, p.train);
    lmw::validatePromptEvalOptions(p.eval, int(p.task.labels.size()));
    QCOMPARE(m.family, lmw::ModelFamily::Gpt);
    // The longest prompt of the curve fits the context: k demonstrations, the query, the label.
    const int longest = *std::max_element(p.eval.shots.begin(), p.eval.shots.end());
    QVERIFY(3 * longest + 2 <= m.block);
    // Enough examples per pool for the largest k (the query itself excluded).
    QVERIFY(p.task.symbolsPerMapping * p.copies - 1 >= longest);
}

QTEST_GUILESS_MAIN(TestPrompting)
#include "test_prompting.moc"
