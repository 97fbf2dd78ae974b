// Precompiled header for every core translation unit: LibTorch is ~25 s to parse per file.
#pragma once
#include <torch/torch.h>
