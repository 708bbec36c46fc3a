# lib.sh - shared by the command-line tests: $DYAD, $SRC, a scratch folder, checks.
DYAD=$1
SRC=$2
SHARED=${3:-$SRC/../shared}
T=$(mktemp -d "${TMPDIR:-/tmp}/dyad-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT
failures=0
checks=0
ok() { checks=$((checks + 1)); }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*" >&2; }
# expect_grep PATTERN FILE DESCRIPTION
expect_grep() { if grep -q -- "$1" "$2"; then ok; else fail "$3 (no \"$1\" in $2)"; sed 's/^/    /' "$2" | head -20 >&2; fi; }
expect_no_grep() { if grep -q -- "$1" "$2"; then fail "$3 (found \"$1\" in $2)"; else ok; fi; }
expect_status() { if [ "$1" = "$2" ]; then ok; else fail "$3: exit status $1, expected $2"; fi; }
done_checks() { echo "$(basename "$0"): $checks checks, $failures failed"; [ "$failures" = 0 ]; }
