#include "training/optimizer_step.h"

namespace lmw {

double optimizerStep(torch::optim::Optimizer& optimizer, const torch::Tensor& loss,
                     const std::vector<torch::Tensor>& clipped, double gradClip) {
    optimizer.zero_grad();
    loss.backward();
    if (gradClip > 0) torch::nn::utils::clip_grad_norm_(clipped, gradClip);
    optimizer.step();
    return loss.item<double>();
}

}  // namespace lmw
