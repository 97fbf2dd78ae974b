// The one optimizer step every training loop takes (pre-training, LM fine-tuning, classifier
// fine-tuning), so that they cannot drift apart in how they clear, clip or update.
#pragma once

#include <torch/torch.h>

#include <vector>

namespace lmw {

/// Clears the gradients, back-propagates `loss`, scales the gradients of `clipped` down to a
/// global norm of `gradClip` when they exceed it (0 or less: no clipping), and lets `optimizer`
/// update its parameters. Returns the loss as a number.
double optimizerStep(torch::optim::Optimizer& optimizer, const torch::Tensor& loss,
                     const std::vector<torch::Tensor>& clipped, double gradClip);

}  // namespace lmw
