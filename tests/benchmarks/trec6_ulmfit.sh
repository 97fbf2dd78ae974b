#!/usr/bin/env bash
# ULMFiT on TREC-6 (coarse question types): the three stages against the same classifier from
# scratch, gradual unfreezing against all at once (accuracy and forgetting), and BERT-style /
# GPT-style transformers of similar size pretrained on the same general corpus and fine-tuned
# all at once. Not part of ctest: it takes about 20 minutes on 2 cores.
#
#   tests/benchmarks/trec6_ulmfit.sh [BUILD_DIR] [OUT_DIR]
#
# Stage 1 (general-domain LM) and the transformers' pretraining run once, with seed 1; seeds 2
# and 3 reuse those models (--lm, --bert-lm, --gpt-lm) and repeat stages 2 and 3 and the
# fine-tuning of every baseline. The summary averages the three seeds.
#
# Data (see each folder's README): /work/shared/datasets/trec-6 (train_5500.label, TREC_10.label)
# and /work/shared/datasets/wikitext-2/tokens (wiki.valid.tokens for pretraining, wiki.test.tokens
# held out for the forgetting measure). Override with TREC_DIR / WIKI_DIR.
set -euo pipefail

BUILD=${1:-build}
OUT=${2:-/tmp/trec6_ulmfit}
CLI="$BUILD/app/llm-workbench-cli"
TREC_DIR=${TREC_DIR:-/work/shared/datasets/trec-6}
WIKI_DIR=${WIKI_DIR:-/work/shared/datasets/wikitext-2/tokens}
# One thread: on a shared 2-core machine a second OpenMP thread mostly waits at barriers
# (measured 4x slower under load).
THREADS=${THREADS:-1}
BASELINES=${BASELINES:-scratch,all-at-once}
SEEDS=${SEEDS:-"1 2 3"}
TRANSFORMERS=${TRANSFORMERS:-bert,gpt}       # transformer baselines ...
TRANSFORMER_SEEDS=${TRANSFORMER_SEEDS:-$SEEDS}  # ... and the seeds that run them
# The Encoder vs decoder tab's encoder: TRANSFORMER_POSITIONS=rope TRANSFORMER_LAYOUT=gpt

[ -x "$CLI" ] || { echo "error: $CLI not found; build the llm-workbench-cli target first" >&2; exit 1; }
for f in "$TREC_DIR/train_5500.label" "$TREC_DIR/TREC_10.label" "$WIKI_DIR/wiki.valid.tokens" "$WIKI_DIR/wiki.test.tokens"; do
    [ -f "$f" ] || { echo "error: missing $f" >&2; exit 1; }
done
mkdir -p "$OUT"

# Sizes chosen to fit the 2-core budget (see docs/benchmarks.md). Characters, not subwords: in
# a few minutes of CPU a character LSTM learns words, while a subword LSTM is still near the
# unigram loss and its states carry little about its input (measured: its features classified
# worse than random weights).
COMMON=(--train "$TREC_DIR/train_5500.label" --test "$TREC_DIR/TREC_10.label" --format trec
        --heldout "$WIKI_DIR/wiki.test.tokens" --forgetting-windows 32
        --layers 3 --embed 64 --hidden 128 --tokenizer char --drop-mult 0.5
        --pretrain-iters "${PRETRAIN_ITERS:-600}" --pretrain-batch 32 --pretrain-block 128 --pretrain-lr 3e-3
        --lm-epochs 2 --lm-batch 32 --bptt 64 --lm-lr 4e-3
        --epochs 6 --batch 32 --lr 0.01 --max-tokens 128 --val-fraction 0.1
        --transformer-layers 3 --transformer-heads 4 --transformer-embed 96 --transformer-lr 5e-4
        --transformer-pretrain-lr 1e-3
        --transformer-positions "${TRANSFORMER_POSITIONS:-absolute}" --transformer-layout "${TRANSFORMER_LAYOUT:-family}"
        --threads "$THREADS")

START=$(date +%s)
for seed in $SEEDS; do
    dir="$OUT/seed$seed"
    if [ "$seed" = "$(echo $SEEDS | cut -d' ' -f1)" ]; then
        stage1=(--general "$WIKI_DIR/wiki.valid.tokens")
        first="$dir"
    else
        stage1=(--lm "$first/general-lm")
        [ -d "$first/bert-lm" ] && stage1+=(--bert-lm "$first/bert-lm")
        [ -d "$first/gpt-lm" ] && stage1+=(--gpt-lm "$first/gpt-lm")
    fi
    baselines="$BASELINES"
    case " $TRANSFORMER_SEEDS " in *" $seed "*) [ -n "$TRANSFORMERS" ] && baselines="$baselines,$TRANSFORMERS" ;; esac
    echo "=== seed $seed: baselines $baselines ==="
    mkdir -p "$dir"
    /usr/bin/time -v "$CLI" ulmfit "${COMMON[@]}" "${stage1[@]}" --baselines "$baselines" --seed "$seed" --out "$dir" \
        2> "$dir.time" | tee "$dir.log"
    grep -E "Maximum resident|Elapsed" "$dir.time" || true
    uptime
done
END=$(date +%s)

python3 - "$OUT" $SEEDS <<'EOF'
import json, math, sys
out, seeds = sys.argv[1], sys.argv[2:]
runs = {}
lm = []
for s in seeds:
    r = json.load(open(f"{out}/seed{s}/results.json"))
    lm.append(r["target_lm"].get("held_out_general_loss"))
    for c in r["classifiers"]:
        best = max([v for v in c["val_accuracy"] if v is not None], default=float("nan"))
        runs.setdefault(c["run"], []).append((c["test"]["accuracy"], best, c["forgetting_loss"], c["elapsed_s"],
                                             c["parameters"], c["test"]["macro_f1"]))
def ms(xs):
    xs = [x for x in xs if x is not None and not math.isnan(x)]
    if not xs: return "-"
    m = sum(xs) / len(xs)
    sd = math.sqrt(sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) if len(xs) > 1 else 0.0
    return f"{m:.2f} ± {sd:.2f}"
print("\n| run | params | test accuracy % | best val accuracy % | macro F1 | held-out LM loss (nats) | fine-tune time s |")
print("|---|---|---|---|---|---|---|")
for name, rows in runs.items():
    print(f"| {name} ({len(rows)} seeds) | {rows[0][4]/1e6:.2f} M | {ms([100*r[0] for r in rows])} | {ms([100*r[1] for r in rows])} | "
          f"{ms([r[5] for r in rows])} | {ms([r[2] for r in rows])} | {ms([r[3] for r in rows])} |")
print(f"| stage-2 LM itself | | | | | {ms(lm)} | |")
stage1 = json.load(open(f"{out}/seed{seeds[0]}/results.json"))["general_lm"]["summary"]
s23 = 0.0
for s in seeds:
    r = json.load(open(f"{out}/seed{s}/results.json"))
    s23 += r["target_lm"]["elapsed_s"] + next(c["elapsed_s"] for c in r["classifiers"] if c["run"] == "ulmfit")
if stage1:
    print(f"\nthe three stages: stage 1 {stage1['elapsed_s']:.0f} s once + stages 2 and 3 {s23:.0f} s "
          f"over {len(seeds)} seeds = {stage1['elapsed_s'] + s23:.0f} s")
acc = {k: [r[0] for r in v] for k, v in runs.items()}
if "ulmfit" in acc and "scratch" in acc:
    gap = 100 * (sum(acc["ulmfit"]) / len(acc["ulmfit"]) - sum(acc["scratch"]) / len(acc["scratch"]))
    print(f"\nULMFiT - scratch: {gap:+.2f} accuracy points (mean of {len(seeds)} seeds)")
EOF
echo "total wall time: $((END - START)) s"
