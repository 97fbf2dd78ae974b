// Small, fast engine set-ups shared by the tests (through the torch-free seam only).
#pragma once

#include <string>

#include "api/configs.h"
#include "api/corpus.h"
#include "api/training_session.h"

namespace lmw::test {

/// A model small enough to train in milliseconds: 1 layer, 2 heads, width 16, context 16.
inline lmw::ModelConfig tinyModel() {
    lmw::ModelConfig m;
    m.layers = 1;
    m.heads = 2;
    m.embed = 16;
    m.block = 16;
    return m;
}

/// A short, single-threaded (hence reproducible) training configuration.
inline lmw::TrainConfig tinyTraining(int iters) {
    lmw::TrainConfig t;
    t.batch = 4;
    t.iters = iters;
    t.warmup = 2;
    t.evalEvery = 5;
    t.evalIters = 2;
    t.threads = 1;
    t.seed = 5;
    return t;
}

/// About 20 KB of the bundled stories.
inline lmw::CorpusSource tinyCorpus(const std::string& name = "stories") {
    return lmw::CorpusSource::fromText(name, lmw::generateStories(3, 20000));
}

/// Trains the tiny model for `iters` steps and records the run in `runDir`.
inline void trainTinyRun(const std::string& runDir, int iters,
                         const lmw::CorpusSource& corpus = tinyCorpus()) {
    auto session = lmw::TrainingSession::create(tinyModel(), tinyTraining(iters), corpus, runDir);
    session.train();
}

}  // namespace lmw::test
