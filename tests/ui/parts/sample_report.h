// A small hand-made Prompt lab report (two labels, k = 0 and 2, three records) for the tests of
// the parts that show one; no model needed.
#pragma once

#include "api/prompting.h"

namespace lmw::test {

inline PromptEvalReport sampleReport() {
    PromptEvalReport r;
    r.labels = {"sport", "food"};
    r.verbalizers = {{"sport"}, {"meal"}};
    for (int k : {0, 2}) {
        ShotsResult s;
        s.shots = k;
        s.calibration.count = 10;
        s.calibration.accuracy = k == 0 ? 0.5 : 0.9;
        s.calibration.meanConfidence = k == 0 ? 0.55 : 0.8;
        s.calibration.ece = k == 0 ? 0.05 : 0.1;
        s.seedAccuracies = {s.calibration.accuracy - 0.05, s.calibration.accuracy + 0.05};
        s.accuracyStd = 0.05;
        r.byShots.push_back(s);
    }
    for (int i = 0; i < 3; ++i) {
        PromptRecord p;
        p.shots = i == 0 ? 0 : 2;
        p.query = i;
        p.text = "query " + std::to_string(i);
        p.prompt = "demo\nsport\n\nquery " + std::to_string(i) + "\n";
        p.probabilities = i == 2 ? std::vector<double>{0.3, 0.7} : std::vector<double>{0.8, 0.2};
        p.scores = p.probabilities;
        p.trueLabel = 0;
        p.predicted = i == 2 ? 1 : 0;
        r.records.push_back(p);
    }
    r.queries = 3;
    return r;
}

}  // namespace lmw::test
