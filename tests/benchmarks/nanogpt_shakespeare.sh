#!/bin/sh
# Benchmark: nanoGPT's CPU configuration on tiny Shakespeare, through llm-workbench-cli.
# Prints wall time, tokens per second, final validation loss and peak RSS.
# Bar on a 2-core Debian 12 machine: 2000 iterations in <= 117 s with val loss <= 1.90
# (PyTorch 1.13 eager reference: 117 s, 1.886, 324 MB; see docs/benchmarks.md).
#
# usage: tests/benchmarks/nanogpt_shakespeare.sh [CORPUS] [BUILD_DIR]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
corpus=${1:-$root/../shared/data/tinyshakespeare.txt}
build=${2:-$root/build}
cli=$build/app/llm-workbench-cli
[ -x "$cli" ] || { echo "error: $cli not built (run 'make build' first)" >&2; exit 1; }
[ -f "$corpus" ] || { echo "error: corpus '$corpus' not found (pass its path as the first argument)" >&2; exit 1; }
out=$(mktemp -d -t lmw-bench.XXXXXX)
log=$out/train.log
start=$(date +%s.%N)
"$cli" train --corpus "$corpus" --layers 4 --heads 4 --embed 128 --block 64 --batch 12 \
    --iters 2000 --lr 1e-3 --min-lr 1e-4 --warmup 100 --weight-decay 0.1 --beta2 0.99 \
    --dropout 0 --eval-every 250 --eval-iters 20 --seed 1337 --threads 2 \
    --out "$out/run" --log-every 250 >"$log" 2>&1 || { cat "$log"; exit 1; }
end=$(date +%s.%N)
grep -E '^eval step' "$log"
echo "---"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
awk -v s="$start" -v e="$end" 'BEGIN { printf "wall time (process): %.1f s\n", e - s }'
grep -E '^(wall time|tokens per second|final val loss|peak RSS)' "$log"
rm -rf "$out"
