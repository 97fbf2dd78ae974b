// The torch-free half of transfer learning: slanted triangular and discriminative learning
// rates, the gradual-unfreezing schedule, classification metrics and the names of things.
#include <algorithm>
#include <cmath>

#include "api/error.h"
#include "api/transfer.h"

namespace lmw {

double slantedTriangularRate(std::int64_t t, std::int64_t totalSteps, const SlantedTriangular& s) {
    const double T = double(std::max<std::int64_t>(1, totalSteps));
    const double cut = std::max(1.0, std::floor(T * s.cutFrac));
    double p;
    if (double(t) < cut) {
        p = double(t) / cut;
    } else {
        // Eq. 3 divides by cut * (1 / cutFrac - 1), which is T - cut whenever T * cutFrac is whole;
        // T - cut also ends the fall exactly at the last step when it is not (short runs).
        p = std::max(0.0, 1.0 - (double(t) - cut) / std::max(1.0, T - cut));
    }
    return s.lrMax * (1.0 + p * (s.ratio - 1.0)) / s.ratio;
}

std::vector<double> discriminativeRates(double topRate, int groups, double factor) {
    std::vector<double> rates(std::size_t(std::max(0, groups)));
    double r = topRate;
    for (int g = groups - 1; g >= 0; --g) {
        rates[std::size_t(g)] = r;
        r /= factor;
    }
    return rates;
}

std::string unfreezingName(Unfreezing u) {
    return u == Unfreezing::Gradual ? "gradual" : "all-at-once";
}

int trainableGroupCount(Unfreezing u, int epoch, int groups) {
    if (u == Unfreezing::AllAtOnce) return groups;
    return std::clamp(epoch + 1, std::min(1, groups), groups);
}

ClassificationMetrics classificationMetrics(const std::vector<int>& truth,
                                            const std::vector<int>& predicted,
                                            const std::vector<std::string>& labels) {
    if (truth.size() != predicted.size())
        throw Error(
            LMW_MESSAGE("metrics.prediction_count", "There are %1 predictions for %2 examples."),
            {std::to_string(predicted.size()), std::to_string(truth.size())});
    const int K = int(labels.size());
    ClassificationMetrics m;
    m.labels = labels;
    m.confusion.assign(std::size_t(K), std::vector<int>(std::size_t(K), 0));
    m.total = int(truth.size());
    int correct = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        const int t = truth[i], p = predicted[i];
        if (t < 0 || t >= K || p < 0 || p >= K)
            throw Error(
                LMW_MESSAGE("metrics.label_id_outside", "Label id %1 is outside the %2 labels."),
                {std::to_string(t < 0 || t >= K ? t : p), std::to_string(K)});
        ++m.confusion[std::size_t(t)][std::size_t(p)];
        correct += t == p;
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (m.total > 0) m.accuracy = double(correct) / m.total;
    double f1Sum = 0;
    int f1Count = 0;
    for (int k = 0; k < K; ++k) {
        int tp = m.confusion[std::size_t(k)][std::size_t(k)], predictedK = 0, actualK = 0;
        for (int j = 0; j < K; ++j) {
            predictedK += m.confusion[std::size_t(j)][std::size_t(k)];
            actualK += m.confusion[std::size_t(k)][std::size_t(j)];
        }
        const double prec = predictedK > 0 ? double(tp) / predictedK : nan;
        const double rec = actualK > 0 ? double(tp) / actualK : nan;
        double f = nan;
        if (std::isfinite(prec) && std::isfinite(rec))
            f = prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0.0;
        m.precision.push_back(prec);
        m.recall.push_back(rec);
        m.f1.push_back(f);
        if (std::isfinite(f)) f1Sum += f, ++f1Count;
    }
    if (f1Count > 0) m.macroF1 = f1Sum / f1Count;
    return m;
}

std::string transferStageName(TransferStage stage) {
    switch (stage) {
        case TransferStage::GeneralLm:
            return "general-lm";
        case TransferStage::TargetLm:
            return "target-lm";
        case TransferStage::Classifier:
            return "classifier";
    }
    return "?";
}

std::string baselineName(Baseline b) {
    switch (b) {
        case Baseline::Scratch:
            return "scratch";
        case Baseline::AllAtOnce:
            return "all-at-once";
        case Baseline::Bert:
            return "bert";
        case Baseline::Gpt:
            return "gpt";
    }
    return "?";
}

Baseline baselineFromName(const std::string& name) {
    for (Baseline b : {Baseline::Scratch, Baseline::AllAtOnce, Baseline::Bert, Baseline::Gpt})
        if (baselineName(b) == name) return b;
    throw Error(LMW_MESSAGE("transfer.unknown_baseline",
                            "Unknown baseline '%1' (known: scratch, all-at-once, bert, gpt)."),
                {name});
}

}  // namespace lmw
