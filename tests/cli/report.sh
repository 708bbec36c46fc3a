#!/bin/sh
# dyad report: one self-contained page with the graph, the charts and the
# table in the HTML itself (so it works with JavaScript off), deterministic,
# from any of the three input formats. tests/cli/report_browser.sh renders it.
. "$(dirname "$0")/lib.sh"
"$DYAD" code --quiet "$SRC/examples/plan-b.jsonl" >"$T/events.jsonl"
"$DYAD" code --quiet --format tsv "$SRC/examples/plan-b.jsonl" >"$T/events.tsv"

"$DYAD" report -o "$T/report.html" "$T/events.jsonl" 2>"$T/report.err"
expect_status $? 0 "report -o"
expect_grep '^dyad report: [0-9]* events read: ' "$T/report.err" "the summary"
if ls "$T" | grep -q '\.tmp\.'; then fail "a temporary file was left behind"; else ok; fi
expect_grep '^<!DOCTYPE html>' "$T/report.html" "an HTML page"
expect_grep '<svg id="network-graph" class="network"' "$T/report.html" "the network graph is inline SVG"
expect_grep '<svg class="series"' "$T/report.html" "time series charts"
expect_grep '<table id="dyad-table">' "$T/report.html" "the table"
expect_grep '<tr id="d0" class="dyad"' "$T/report.html" "table rows are in the HTML, not made by the script"
expect_grep '<details><summary>' "$T/report.html" "events open on click without script"

# self-contained: nothing is fetched (namespaces are names, not fetches)
for bad in 'src=' '<link rel="stylesheet"' '@import' 'url(http' 'href="http' 'href="//' "fetch(" "XMLHttpRequest"; do
  expect_no_grep "$bad" "$T/report.html" "nothing to fetch: $bad"
done
if [ "$(grep -c '<script' "$T/report.html")" -eq 1 ]; then ok; else fail "one inline script expected"; fi

# the article's actors and dyads
for c in RUS IRN USA TUR SYR FRA DEU ISR; do
  expect_grep "<g class=\"node\" data-id=\"$c\"" "$T/report.html" "node $c"
done
for d in RUS:TUR RUS:IRN USA:IRN TUR:KUR RUS:SYR RUS:FRA RUS:DEU RUS:ISR; do
  s=${d%:*} t=${d#*:}
  expect_grep "<g class=\"edge\" data-source=\"$s\" data-target=\"$t\"" "$T/report.html" "edge $s -> $t"
done
# sentences on hover (SVG titles) and in the table; event codes by name
expect_grep '<title>USA &#8594;\|<title>USA → IRN: 1 event' "$T/report.html" "an edge's tooltip"
expect_grep 'Soleimani, killed last week by a U.S. drone' "$T/report.html" "the sentence of an event"
expect_grep 'Use conventional military force' "$T/report.html" "event codes have their names"

# deterministic, and the same from TSV and from stdin
"$DYAD" report --quiet -o "$T/again.html" "$T/events.jsonl"
if cmp -s "$T/report.html" "$T/again.html"; then ok; else fail "two runs give different pages"; fi
"$DYAD" report --quiet "$T/events.tsv" >"$T/tsv.html"
sed 's/events\.tsv/events.jsonl/' "$T/tsv.html" >"$T/tsv2.html"
if cmp -s "$T/report.html" "$T/tsv2.html"; then ok; else fail "TSV input gives another page"; fi
"$DYAD" report --quiet - <"$T/events.jsonl" >"$T/stdin.html"
expect_grep 'from <code>stdin</code>' "$T/stdin.html" "stdin"

# options
"$DYAD" report --quiet --level actor --mode all --top 2 --max-nodes 5 --title "Plan B & co" "$T/events.jsonl" >"$T/opts.html"
expect_status $? 0 "report with options"
expect_grep '<title>Plan B &amp; co</title>' "$T/opts.html" "--title, escaped"
expect_grep 'data-nodes="5"' "$T/opts.html" "--max-nodes"
expect_grep 'Showing the 5 most active of' "$T/opts.html" "says it shows a part"
if [ "$(grep -c '<figure class="chart">' "$T/opts.html")" -eq 2 ]; then ok; else fail "--top 2: two charts expected"; fi
"$DYAD" report --quiet --by week "$SRC/tests/net/events.jsonl" >"$T/week.html"
expect_grep 'events per week' "$T/week.html" "--by week"
# twenty years by day is too many bars: per month, and it says so
printf '%s\n' '{"date":"2000-01-01","source":"A","target":"B","code":"042"}' \
  '{"date":"2020-01-01","source":"A","target":"B","code":"190"}' >"$T/long.jsonl"
"$DYAD" report --quiet --by day "$T/long.jsonl" >"$T/long.html"
expect_grep 'Per month rather than per day' "$T/long.html" "coarser periods for a long span"
if [ "$(grep -c '<g class="p">' "$T/long.html")" -eq 241 ]; then ok; else fail "241 months from 2000-01 to 2020-01 expected"; fi
"$DYAD" report --quiet "$SRC/tests/net/events.jsonl" >"$T/hand.html"
expect_grep '<title>2020-02-29: no events</title>' "$T/hand.html" "an empty day is a zero in the charts"

# no events: still a page
: >"$T/empty.jsonl"
"$DYAD" report --quiet "$T/empty.jsonl" >"$T/empty.html"
expect_status $? 0 "report of nothing"
expect_grep 'No events to show.' "$T/empty.html" "says so"
expect_grep '</html>' "$T/empty.html" "a whole page"

# bad lines: reported, the page written from the rest, exit status 1
{ head -3 "$T/events.jsonl"; echo '{"date":"yesterday","source":"A","target":"B","code":"010"}'; } >"$T/bad.jsonl"
"$DYAD" report -o "$T/bad.html" "$T/bad.jsonl" 2>"$T/bad.err"
expect_status $? 1 "a bad line"
expect_grep 'bad.jsonl:4: bad date "yesterday"' "$T/bad.err" "says where"
expect_grep '</html>' "$T/bad.html" "the page is written"

# usage errors
"$DYAD" report --by year "$T/events.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "unknown period"
"$DYAD" report --top 0 "$T/events.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "--top 0"
expect_grep '\-\-top needs a number from 1 to 100' "$T/usage.err" "says why"
"$DYAD" report -o "$T/no/such/dir/r.html" "$T/events.jsonl" 2>"$T/usage.err"
expect_status $? 2 "an unwritable output"
done_checks
