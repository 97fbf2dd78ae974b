#!/bin/sh
# Installs the Debian 12 packages LLM Workbench needs, only those that are missing, plus any
# named as arguments (make interop adds nodejs npm). Quiet and quick when everything is
# present; uses sudo when not run as root.
set -eu

PACKAGES="
cmake g++ make pkg-config
qt6-base-dev qt6-svg-dev qt6-l10n-tools qt6-translations-l10n
libqcustomplot-dev libqcustomplot2.1-qt6
libtorch-dev libopenblas0-openmp
nlohmann-json3-dev libsentencepiece-dev
xvfb xauth fonts-dejavu-core fonts-wqy-microhei
$*
"

missing=""
for p in $PACKAGES; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $p" ;;
    esac
done

[ -z "$missing" ] && exit 0

echo "LLM Workbench: installing missing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "error: packages are missing and neither root nor sudo is available:$missing" >&2
    echo "       install them with: apt-get install$missing" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing >/dev/null
echo "LLM Workbench: packages installed."
