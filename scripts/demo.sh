#!/bin/sh
# demo.sh - codes examples/, shows the events and the dyads they form (dyad net)
# and writes the report of the examples (dyad report).
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
echo "== dyads (asserted events, country level): dyad net"
"$DYAD" net --quiet "$OUT/events.jsonl" | awk -F, '
    NR == 1 { $6 = "events"; $7 = "v.coop"; $8 = "m.coop"; $9 = "v.conf"; $10 = "m.conf"; $11 = "gold.sum"; $12 = "mean" }
    { printf "%-10s %-10s %6s %6s %6s %6s %6s %8s %7s  %s\n", $1, $2, $6, $7, $8, $9, $10, $11, $12, $13 }'
"$DYAD" report --quiet --title "dyad report: examples/" -o "$OUT/report.html" "$OUT/events.jsonl"
echo
echo "Events in JSON Lines: $OUT/events.jsonl"
echo "Report (one HTML file, open it in a browser): $OUT/report.html"
