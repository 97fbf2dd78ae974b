#!/bin/sh
# Refreshes the Qt Linguist catalogues in resources/translations from the sources: new texts
# are added as unfinished, texts no longer in the code are dropped. Engine messages are the
# LMW_MESSAGE("code", "template") of core/ (each code is its own context); the tree's prose is
# listed in ui/evotree/evotree_strings.cpp (regenerated first when python3 is there).
# Translate the unfinished entries (Qt Linguist, or any editor), then rebuild: lrelease runs
# at build time. Needs qt6-l10n-tools.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=/usr/lib/qt6/bin/lupdate
[ -x "$LUPDATE" ] || LUPDATE=lupdate6
if command -v python3 >/dev/null 2>&1; then python3 tools/evotree_strings.py; fi
for ts in resources/translations/llm-workbench_*.ts; do
    "$LUPDATE" -silent -no-obsolete -locations none \
        -tr-function-alias QT_TRANSLATE_NOOP+=LMW_MESSAGE,QT_TRANSLATE_NOOP+=LMW_UI_TEXT \
        app ui core -ts "$ts"
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $unfinished unfinished"
done
