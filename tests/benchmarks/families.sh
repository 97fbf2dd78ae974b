#!/bin/sh
# Benchmark: every model family with its own objective, 2000 iterations, on the bundled stories
# and on tiny Shakespeare. Prints one Markdown table row per run: initial and final validation
# loss, wall time, tokens per second. Size: 4 layers, 4 heads, width 128, context 64, batch 12
# (the LSTM: 3 layers, embedding 128, hidden 256, a parameter count close to the others').
#
# usage: tests/benchmarks/families.sh [SHAKESPEARE] [BUILD_DIR] [ITERS]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
shakespeare=${1:-$root/../shared/data/tinyshakespeare.txt}
build=${2:-$root/build}
iters=${3:-2000}
cli=$build/app/llm-workbench-cli
[ -x "$cli" ] || { echo "error: $cli not built (run 'make build' first)" >&2; exit 1; }
[ -f "$shakespeare" ] || { echo "error: '$shakespeare' not found (pass its path as the first argument)" >&2; exit 1; }
out=$(mktemp -d -t lmw-families.XXXXXX)
echo "| family | objective | parameters | corpus | val loss at step 0 | val loss at step $iters | wall time | tokens/s |"
echo "|---|---|---|---|---|---|---|---|"
for corpus in builtin:stories "$shakespeare"; do
    name=$( [ "$corpus" = builtin:stories ] && echo "bundled stories" || echo "tiny Shakespeare" )
    for family in lstm bert roberta gpt bart; do
        layers=4
        extra=""
        [ "$family" = lstm ] && layers=3 && extra="--hidden 256"
        log=$out/$family.log
        "$cli" train --family "$family" --corpus "$corpus" --layers $layers --heads 4 --embed 128 \
            --block 64 --batch 12 --iters "$iters" --lr 1e-3 --min-lr 1e-4 --warmup 100 \
            --eval-every 500 --eval-iters 20 --seed 1337 --threads 2 --log-every 100000 $extra >"$log" 2>&1 \
            || { echo "| $family | failed: $(tail -1 "$log") |"; continue; }
        objective=$(sed -n 's/^model: [a-z]* (\(.*\)),.*/\1/p' "$log")
        first=$(sed -n 's/^eval step 0: .*val loss \([0-9.]*\)/\1/p' "$log")
        last=$(sed -n 's/^final val loss: //p' "$log")
        wall=$(sed -n 's/^wall time: //p' "$log")
        tps=$(sed -n 's/^tokens per second: //p' "$log")
        params=$(sed -n 's/^model: .*, \([0-9.]* [kM]\) parameters/\1/p' "$log")
        echo "| $family | $objective | $params | $name | $first | $last | $wall | $tps |"
    done
done
rm -rf "$out"
