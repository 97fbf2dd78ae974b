#!/bin/sh
# The Encoder vs decoder tab's result, measured: trains the encoder and the decoder side by side
# with the tab's defaults (llm-workbench-cli compare) on the bundled stories, then on the
# TinyStories sample when ../shared has it, and prints the table and the bars:
#   both finish within 120 s wall; the encoder leaves the unigram plateau (validation loss 0.5
#   nats below the unigram entropy) within 500 steps; encoder fill-in (both sides) >= decoder
#   left-only fill-in + 10 points on the gaps the right side decides; decoder continuation >=
#   encoder continuation + 10 points.
# Usage: tests/benchmarks/encoder_vs_decoder.sh [extra compare options]
set -eu
cd "$(dirname "$0")/../.."
CLI=build/app/llm-workbench-cli
[ -x "$CLI" ] || { echo "build first: make build" >&2; exit 1; }
OUT=${OUT:-$(mktemp -d)}

run() {  # name corpus [options]
    name=$1 corpus=$2
    shift 2
    echo "== $name ($corpus)"
    "$CLI" compare --corpus "$corpus" --out "$OUT/$name" "$@" 2>&1 | grep -v '^\(encoder\|decoder\) step' || true
    python3 - "$OUT/$name" <<'PY' 2>/dev/null || sed -n '1,40p' "$OUT/$name/summary.json"
import json, sys
s = json.load(open(sys.argv[1] + "/summary.json"))
def bar(name, ok): print(f"  {'PASS' if ok else 'FAIL'}  {name}")
bar(f"wall {s['wall_s']:.1f} s <= 120", s["wall_s"] <= 120)
e = s["encoder_steps_off_plateau"]
bar(f"encoder off the plateau at step {e} <= 500", 0 <= e <= 500)
if s.get("right_decided_items", 1) == 0:
    print("  (no right-decided gaps: this text has none of the stories' constructions)")
    print(f"  ordinary fill-in: encoder {s['ordinary_fill_in_encoder_both_sides']:.1f}%, decoder left-only "
          f"{s['ordinary_fill_in_decoder_left_only']:.1f}%, decoder ranking {s['ordinary_fill_in_decoder_ranking']:.1f}%")
else:
    bar(f"fill-in: encoder {s['fill_in_encoder_both_sides']:.1f}% >= decoder left-only "
        f"{s['fill_in_decoder_left_only']:.1f}% + 10", s["fill_in_encoder_both_sides"] >= s["fill_in_decoder_left_only"] + 10)
bar(f"continue (ordinary text): decoder {s['ordinary_continue_decoder']:.1f}% >= encoder "
    f"{s['ordinary_continue_encoder']:.1f}% + 10", s["ordinary_continue_decoder"] >= s["ordinary_continue_encoder"] + 10)
print(f"  (decoder ranking on right-decided gaps: {s['fill_in_decoder_ranking']:.1f}%; continuation on them: "
      f"encoder {s['continue_encoder']:.1f}%, decoder {s['continue_decoder']:.1f}%)")
PY
}

run stories builtin:stories "$@"
sample=../shared/datasets/tinystories-sample/tiny_stories_head_944k.txt
[ -f "$sample" ] && run tinystories "$sample" "$@"
echo "results in $OUT"
