#!/bin/sh
# Exported tokenizers against a client this project did not write: trains a tiny model of each
# family with each tokenizer kind on tests/interop/corpus.txt, exports each with export-hf, and
# has Hugging Face's transformers.js (Node, offline) encode the same texts from the exported
# folders as `llm-workbench-cli tokenize` does (compare_tokenizers.mjs).
#
#   tests/interop/run.sh CLI WORKDIR
#
# Exits 77 (skipped) when Node or the npm package is missing: `make interop` installs them.
set -eu

CLI=$1
WORK=$2
HERE=$(cd "$(dirname "$0")" && pwd)

if ! command -v node >/dev/null 2>&1 || [ ! -d "$HERE/node_modules/@huggingface/transformers" ]; then
    echo "skipped: Node.js or @huggingface/transformers is missing (make interop installs them)"
    exit 77
fi

rm -rf "$WORK"
mkdir -p "$WORK"
pairs=""
for spec in gpt:char gpt:bpe gpt:unigram bert:char bert:bpe roberta:unigram roberta:bpe \
            bart:bpe bart:char; do
    family=${spec%%:*}
    tokenizer=${spec#*:}
    run="$WORK/run-$family-$tokenizer"
    "$CLI" train --corpus "$HERE/corpus.txt" --family "$family" --tokenizer "$tokenizer" \
        --layers 1 --heads 2 --embed 32 --block 32 --batch 2 --iters 2 --eval-every 2 \
        --eval-iters 1 --threads 1 --log-every 100 --out "$run" >/dev/null
    "$CLI" export-hf --checkpoint "$run" --out "$WORK/hf-$family-$tokenizer" >/dev/null
    pairs="$pairs $run:$WORK/hf-$family-$tokenizer"
done
# shellcheck disable=SC2086
cd "$HERE" && node compare_tokenizers.mjs "$CLI" $pairs
