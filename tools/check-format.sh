#!/bin/sh
# Lists the C++ files under core/, ui/, app/ and tests/ that differ from what the repository's
# .clang-format makes of them, and fails when there is one. Run by ctest (format_check) when
# clang-format is installed; `tools/check-format.sh --fix` formats them instead.
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
fix=0
[ "${1:-}" = "--fix" ] && fix=1
files=$(find core ui app tests \( -name '*.cpp' -o -name '*.h' \) -type f | sort)
bad=""
for f in $files; do
    if [ "$fix" -eq 1 ]; then
        "$CLANG_FORMAT" -i "$f"
    elif ! "$CLANG_FORMAT" --dry-run -Werror "$f" >/dev/null 2>&1; then
        bad="$bad $f"
    fi
done
if [ -n "$bad" ]; then
    echo "These files are not formatted with .clang-format (run tools/check-format.sh --fix):"
    for f in $bad; do echo "  $f"; done
    exit 1
fi
