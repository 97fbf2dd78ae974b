// Process-wide set-up shared by the GUI and the CLI (no torch, no Qt).
#pragma once

namespace lmw {

/// LibTorch's OpenMP threads spin for a long time (libgomp's default) before they sleep. When
/// another program or the GUI thread needs a core, two training threads that spin on a shared
/// two-core machine slowed training by 5 to 40 times (measured). A spin count of 10 000 keeps
/// the idle speed and loses far less under load. libgomp reads its settings when it loads,
/// before main(), so this re-executes the program once with GOMP_SPINCOUNT=10000 unless the
/// user set OMP_WAIT_POLICY or GOMP_SPINCOUNT. Call it first thing in main(); it returns when
/// nothing needs to change or the re-execution is impossible.
void tuneThreadingEnvironment(char** argv);

}  // namespace lmw
