#!/bin/sh
# update.sh [DYAD] - rewrites tests/expected/events.jsonl with dyad's output on
# tests/expected/corpus.jsonl, after showing what changes. Run it only once the
# change has been read and is wanted (README.md here).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
dyad=${1:-$here/../../build/dyad}
new=$(mktemp)
trap 'rm -f "$new"' EXIT
"$dyad" code -j 1 "$here/corpus.jsonl" >"$new"
if cmp -s "$new" "$here/events.jsonl"; then echo "update.sh: no change"; exit 0; fi
# the changed events, one short line each: sentence, source, target, code, mode, date
short() { sed -E 's/^\{"doc":"([^"]*)","sentence":([0-9]+),.*,"date":"([0-9-]*)",.*"source":"([^"]*)","target":"([^"]*)","code":"([^"]*)".*"mode":"([^"]*)".*/\1 \2 \4 \5 \6 \7 \3/' "$1"; }
short "$here/events.jsonl" >"$new.old"
short "$new" >"$new.new"
diff "$new.old" "$new.new" || true
rm -f "$new.old" "$new.new"
cp "$new" "$here/events.jsonl"
echo "update.sh: tests/expected/events.jsonl rewritten ($(wc -l <"$here/events.jsonl") events)"
