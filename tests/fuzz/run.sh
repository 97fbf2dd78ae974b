#!/bin/sh
# Builds the fuzz targets with clang (ASan + UBSan + libFuzzer) and runs each for SECONDS
# (default 60), starting from the committed seeds in tests/fuzz/seeds/TARGET. New inputs the
# fuzzer finds go to BUILD/corpus/TARGET, crashes to BUILD/findings/TARGET. Prints each target's
# executions; exits non-zero on the first finding.
#
#   tests/fuzz/run.sh [SECONDS] [BUILD]        (make fuzz; ctest runs it for a few seconds)
set -eu
SECONDS_EACH=${1:-60}
HERE=$(cd "$(dirname "$0")" && pwd)
BUILD=${2:-$HERE/../../build-fuzz}
CLANG=$(command -v clang++-14 || command -v clang++ || true)
if [ -z "$CLANG" ] || [ ! -d /usr/lib/llvm-14/lib/clang ]; then
    echo "skipped: clang++-14 and libclang-rt-14-dev are needed for the fuzz targets"
    exit 77
fi
cmake -S "$HERE" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CLANG" >/dev/null
cmake --build "$BUILD" -j "$(nproc 2>/dev/null || echo 2)" >/dev/null
status=0
for target in safetensors dataset corpus config_json tokenizer_json metrics_csv; do
    corpus="$BUILD/corpus/$target"
    findings="$BUILD/findings/$target"
    mkdir -p "$corpus" "$findings"
    log="$BUILD/fuzz_$target.log"
    if "$BUILD/fuzz_$target" "$corpus" "$HERE/seeds/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=20 -malloc_limit_mb=1500 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz_$target: $execs executions in ${SECONDS_EACH} s, no finding"
    else
        echo "fuzz_$target: FINDING (see $log and $findings)"
        grep -E "ERROR|SUMMARY|==[0-9]+==" "$log" | head -5
        status=1
    fi
done
exit $status
