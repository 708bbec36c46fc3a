#!/bin/sh
# dyad net --format graphml validates against the GraphML schema. There is no
# network, so xmllint checks it against tests/net/graphml.xsd, a local copy of
# the structural layer of GraphML 1.0 (same namespace, content models and
# attribute types; ports, hyperedges and locators left out) with strict identity
# rules: unique node and key ids, every edge end a node, every data a key.
# Then XPath counts the nodes and edges and reads a few values.
. "$(dirname "$0")/lib.sh"
if ! command -v xmllint >/dev/null 2>&1; then
  echo "net_graphml.sh: skipped: xmllint not found (Debian package libxml2-utils)"
  exit 77
fi
XSD=$SRC/tests/net/graphml.xsd
g='http://graphml.graphdrawing.org/xmlns'
# xpath EXPR FILE: the value of an XPath expression, the GraphML namespace as g:
xpath() { xmllint --nonet --xpath "$1" "$2" 2>/dev/null | sed 's/^[^"]*"//; s/"$//'; }
expect_value() { if [ "$1" = "$2" ]; then ok; else fail "$3: got \"$1\", expected \"$2\""; fi; }

# the hand-made events, at both levels
"$DYAD" net --quiet --format graphml "$SRC/tests/net/events.jsonl" >"$T/country.graphml"
expect_status $? 0 "net --format graphml"
xmllint --noout --nonet --schema "$XSD" "$T/country.graphml" 2>"$T/country.err"
expect_status $? 0 "country.graphml validates against the GraphML schema"
expect_value "$(xpath "count(//*[local-name()='node'])" "$T/country.graphml")" 5 "nodes"
expect_value "$(xpath "count(//*[local-name()='edge'])" "$T/country.graphml")" 5 "edges"
expect_value "$(xpath "string(//*[local-name()='graph']/@edgedefault)" "$T/country.graphml")" directed "directed"
expect_value "$(xpath "namespace-uri(/*)" "$T/country.graphml")" "$g" "the GraphML namespace"
# RUS -> TUR: 6 events, Goldstein sum -1.2
rus=$(xpath "string(//*[local-name()='node'][*[@key='label']='RUS']/@id)" "$T/country.graphml")
tur=$(xpath "string(//*[local-name()='node'][*[@key='label']='TUR']/@id)" "$T/country.graphml")
e="//*[local-name()='edge'][@source='$rus' and @target='$tur']"
expect_value "$(xpath "string($e/*[@key='e_events'])" "$T/country.graphml")" 6 "RUS -> TUR events"
expect_value "$(xpath "string($e/*[@key='e_gsum'])" "$T/country.graphml")" -1.2 "RUS -> TUR Goldstein sum"
expect_value "$(xpath "string($e/*[@key='e_codes'])" "$T/country.graphml")" "042:2 036:1 040:1" "RUS -> TUR codes"

"$DYAD" net --quiet --format graphml --level actor --mode all "$SRC/tests/net/events.jsonl" >"$T/actor.graphml"
xmllint --noout --nonet --schema "$XSD" "$T/actor.graphml" 2>"$T/actor.err"
expect_status $? 0 "actor.graphml validates (codes such as ---GOV are labels, not ids)"

# a broken file does not validate: the check has teeth
sed 's/target="n1"/target="n999"/' "$T/country.graphml" >"$T/broken.graphml"
xmllint --noout --nonet --schema "$XSD" "$T/broken.graphml" 2>"$T/broken.err"
if [ $? -ne 0 ]; then ok; else fail "an edge to a missing node validated"; fi

# the seed article
"$DYAD" code --quiet "$SRC/examples/plan-b.jsonl" >"$T/plan-b.jsonl"
"$DYAD" net --quiet --format graphml "$T/plan-b.jsonl" >"$T/plan-b.graphml"
xmllint --noout --nonet --schema "$XSD" "$T/plan-b.graphml" 2>"$T/plan-b.err"
expect_status $? 0 "the article's network validates"
for c in RUS IRN USA TUR SYR FRA DEU ISR; do
  expect_value "$(xpath "count(//*[local-name()='node'][*[@key='label']='$c'])" "$T/plan-b.graphml")" 1 "node $c"
done
# an empty network is still a valid document
: >"$T/empty.jsonl"
"$DYAD" net --quiet --format graphml "$T/empty.jsonl" >"$T/empty.graphml"
xmllint --noout --nonet --schema "$XSD" "$T/empty.graphml" 2>"$T/empty.err"
expect_status $? 0 "an empty network validates"
done_checks
