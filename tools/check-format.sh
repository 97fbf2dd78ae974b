#!/bin/sh
# Lists the C++ files under core/, ui/, app/ and tests/ that differ from what the repository's
# .clang-format makes of them, and fails when there is one. Run by ctest (format_check) when
# clang-format is installed; `tools/check-format.sh --fix` formats them instead.
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
fix=0
[ "${1:-}" = "--fix" ] && fix=1
files=$(find core ui app tests -name node_modules -prune -o \( -name '*.cpp' -o -name '*.h' \) -type f -print | sort)
if [ "$fix" -eq 1 ]; then
    # shellcheck disable=SC2086
    "$CLANG_FORMAT" -i $files
    exit 0
fi
# One process for all files: every difference is reported as "file:line:col: error: ...".
# shellcheck disable=SC2086
bad=$("$CLANG_FORMAT" --dry-run -Werror $files 2>&1 | sed -n 's/^\([^:]*\):[0-9]*:[0-9]*: error:.*/\1/p' | sort -u)
if [ -n "$bad" ]; then
    echo "These files are not formatted with .clang-format (run tools/check-format.sh --fix):"
    for f in $bad; do echo "  $f"; done
    exit 1
fi
