// The one optimizer step of every training loop: it clears old gradients, clips the global
// norm only when asked and only over the tensors named, and returns the loss it stepped on.
#include <torch/torch.h>

#include "test_util.h"
#include "training/optimizer_step.h"

class TestOptimizerStep : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainSgdStepMovesByTheGradient() {
        auto w = torch::zeros({2}, torch::requires_grad());
        torch::optim::SGD sgd({w}, torch::optim::SGDOptions(1.0));
        // d/dw of 3*w0 + 4*w1 is (3, 4); no clipping, so w becomes (-3, -4).
        const auto coeff = torch::tensor({3.0f, 4.0f});
        const double loss = lmw::optimizerStep(sgd, (w * coeff).sum(), {w}, 0.0);
        QCOMPARE(loss, 0.0);
        QVERIFY(torch::allclose(w.detach(), -coeff));
    }

    void gradientsDoNotAccumulateAcrossSteps() {
        auto w = torch::zeros({2}, torch::requires_grad());
        torch::optim::SGD sgd({w}, torch::optim::SGDOptions(1.0));
        const auto coeff = torch::tensor({3.0f, 4.0f});
        lmw::optimizerStep(sgd, (w * coeff).sum(), {w}, 0.0);
        const double loss = lmw::optimizerStep(sgd, (w * coeff).sum(), {w}, 0.0);
        QCOMPARE(loss, -25.0);  // (3, 4) . (-3, -4)
        QVERIFY(torch::allclose(w.detach(), -2 * coeff));
    }

    void clippingScalesTheGlobalNormDown() {
        auto w = torch::zeros({2}, torch::requires_grad());
        torch::optim::SGD sgd({w}, torch::optim::SGDOptions(1.0));
        // The gradient (3, 4) has norm 5; clipped to 1 the step is (0.6, 0.8).
        lmw::optimizerStep(sgd, (w * torch::tensor({3.0f, 4.0f})).sum(), {w}, 1.0);
        QVERIFY(torch::allclose(w.detach(), torch::tensor({-0.6f, -0.8f}), 1e-5, 1e-6));
    }

    void clippingLeavesSmallGradientsAndUnnamedTensorsAlone() {
        auto a = torch::zeros({1}, torch::requires_grad());
        auto b = torch::zeros({1}, torch::requires_grad());
        torch::optim::SGD sgd({a, b}, torch::optim::SGDOptions(1.0));
        // Only `a` is clipped (to norm 1; its gradient is 10); `b`'s gradient of 10 is kept.
        lmw::optimizerStep(sgd, (a * 10 + b * 10).sum(), {a}, 1.0);
        QVERIFY(torch::allclose(a.detach(), torch::tensor({-1.0f}), 1e-5, 1e-6));
        QVERIFY(torch::allclose(b.detach(), torch::tensor({-10.0f})));
        // A gradient already under the limit is not scaled up.
        auto c = torch::zeros({1}, torch::requires_grad());
        torch::optim::SGD small({c}, torch::optim::SGDOptions(1.0));
        lmw::optimizerStep(small, (c * 0.5).sum(), {c}, 1.0);
        QVERIFY(torch::allclose(c.detach(), torch::tensor({-0.5f})));
    }
};

QTEST_APPLESS_MAIN(TestOptimizerStep)
#include "test_optimizer_step.moc"
