// Precompiled header shared by the core tests: LibTorch first, then Qt Test (built with
// QT_NO_KEYWORDS, so Qt's 'slots' macro cannot clash with torch's headers).
#pragma once
#include <torch/torch.h>
#include <QtTest>
