#!/bin/sh
# demo.sh - codes examples/ and shows the events and the dyads they form.
#   scripts/demo.sh [path/to/dyad]
set -eu
DYAD=${1:-build/dyad}
OUT=${DEMO_OUT:-build/demo}
mkdir -p "$OUT"
echo "== dyad $("$DYAD" version | cut -d' ' -f2): coding examples/"
"$DYAD" code -o "$OUT/events.jsonl" examples/*.jsonl
"$DYAD" code --quiet --format tsv examples/*.jsonl >"$OUT/events.tsv"
echo
echo "== events (date, source -> target, CAMEO code, mode; verb)"
awk -F'\t' 'NR > 1 { printf "%s  %-9s -> %-9s %-5s %-12s %s\n", $1, $2, $3, $4, $10, $13 }' "$OUT/events.tsv"
echo
echo "== dyads (asserted events): count, mean Goldstein score"
awk -F'\t' 'NR > 1 && $10 == "asserted" {
      a = substr($2, 1, 3); b = substr($3, 1, 3); k = a " -> " b
      n[k]++; g[k] += $7 }
    END { for (k in n) printf "%-14s %3d  %+5.1f\n", k, n[k], g[k] / n[k] }' "$OUT/events.tsv" | sort -k4,4nr -k1,1
echo
echo "Events in JSON Lines: $OUT/events.jsonl"
