#!/bin/sh
# Installs the Debian packages dyad needs, and only those that are missing.
#   scripts/install-deps.sh build   what `make` and `make demo` need
#   scripts/install-deps.sh test    also what `make test` needs (sanitizers, fuzzing,
#                                   valgrind, graphviz, xmllint, headless chromium)
# Idempotent and quiet when everything is present. Needs root (or sudo) to install.
set -eu

profile=${1:-build}

build_pkgs="gcc make cmake pkg-config libutf8proc-dev wordnet-base libmicrohttpd-dev"
test_pkgs="clang libclang-rt-14-dev valgrind graphviz libxml2-utils chromium"

case "$profile" in
  build) want="$build_pkgs" ;;
  test)  want="$build_pkgs $test_pkgs" ;;
  *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

missing=""
for p in $want; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing:$missing" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: need root to install:$missing" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when an install fails for want of them.
if ! $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null 2>&1; then
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
