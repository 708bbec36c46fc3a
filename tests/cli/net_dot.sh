#!/bin/sh
# dyad net --format dot: Graphviz's dot renders it (to SVG), with a node per
# actor and an edge per dyad.
. "$(dirname "$0")/lib.sh"
if ! command -v dot >/dev/null 2>&1; then
  echo "net_dot.sh: skipped: dot not found (Debian package graphviz)"
  exit 77
fi
"$DYAD" net --quiet --format dot "$SRC/tests/net/events.jsonl" >"$T/net.dot"
expect_status $? 0 "net --format dot"
dot -Tsvg "$T/net.dot" >"$T/net.svg" 2>"$T/dot.err"
expect_status $? 0 "dot -Tsvg renders it"
if [ -s "$T/dot.err" ]; then fail "dot warned: $(head -3 "$T/dot.err")"; else ok; fi
expect_grep '<svg' "$T/net.svg" "an SVG came out"
if [ "$(grep -c 'class="node"' "$T/net.svg")" -eq 5 ]; then ok; else fail "5 nodes expected in the SVG"; fi
if [ "$(grep -c 'class="edge"' "$T/net.svg")" -eq 5 ]; then ok; else fail "5 edges expected in the SVG"; fi
expect_grep '>IGOUNOIAE</text>' "$T/net.svg" "labels are drawn"
expect_grep 'RUS &#45;&gt; TUR: 6 events, mean Goldstein &#45;0.24; 042:2' "$T/net.svg" "edge tooltips"

# actor level: codes such as ---GOV must be quoted right
"$DYAD" net --quiet --format dot --level actor --mode all "$SRC/tests/net/events.jsonl" >"$T/actor.dot"
dot -Tsvg "$T/actor.dot" >"$T/actor.svg" 2>"$T/actor.err"
expect_status $? 0 "the actor-level DOT renders"
expect_grep '>&#45;&#45;&#45;GOV</text>' "$T/actor.svg" "---GOV is a label"

# the seed article
"$DYAD" code --quiet "$SRC/examples/plan-b.jsonl" >"$T/plan-b.jsonl"
"$DYAD" net --quiet --format dot "$T/plan-b.jsonl" >"$T/plan-b.dot"
dot -Tsvg "$T/plan-b.dot" >"$T/plan-b.svg" 2>"$T/plan-b.err"
expect_status $? 0 "the article's DOT renders"
for c in RUS IRN USA TUR SYR FRA DEU ISR; do
  expect_grep ">$c</text>" "$T/plan-b.svg" "node $c drawn"
done
done_checks
