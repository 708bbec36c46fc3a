#!/bin/sh
# The report of the examples in a real browser: headless Chromium (Debian's
# chromium) loads it with a fresh profile and no network, and
#  - logs no console message at all (the page has nothing to log; errors would show),
#  - its DOM, after the script ran, has the graph's nodes and edges for the article,
#  - its screenshot is not blank (tests/pngstat.c decodes it: size, colours, ink),
#  - without its script (as with JavaScript off) the graph, charts and table are
#    there all the same.
# Set DYAD_REPORT_PNG=/path/to/docs/report.png to keep the screenshot (the README
# shows it).
. "$(dirname "$0")/lib.sh"
# DYAD_CHROMIUM names another browser binary (and an absent one skips the test)
CHROMIUM=
for c in ${DYAD_CHROMIUM:-/usr/bin/chromium chromium chromium-browser}; do
  if command -v "$c" >/dev/null 2>&1; then CHROMIUM=$(command -v "$c"); break; fi
done
if [ -z "$CHROMIUM" ]; then
  echo "report_browser.sh: skipped: chromium not found (Debian package chromium)"
  exit 77
fi
PNGSTAT=$(dirname "$DYAD")/dyad-pngstat
if [ ! -x "$PNGSTAT" ]; then
  echo "report_browser.sh: $PNGSTAT is missing (it is built with the tests)" >&2
  exit 1
fi

case $DYAD in /*) ;; *) DYAD=$PWD/$DYAD ;; esac
"$DYAD" code --quiet "$SRC/examples/plan-b.jsonl" >"$T/events.jsonl"
# from inside $T, so that the page names its input "events.jsonl" (the kept PNG shows it)
(cd "$T" && "$DYAD" report --quiet --title "dyad report: examples/" -o report.html events.jsonl)
expect_status $? 0 "dyad report"
URL="file://$T/report.html"

# browser NAME ARGS...: a run with its own fresh profile; stderr to $T/NAME.err
browser() {
  name=$1
  shift
  mkdir -p "$T/profile-$name"
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$T/profile-$name" --enable-logging=stderr --v=0 "$@" 2>"$T/$name.err"
}
no_console() {
  if grep -q 'CONSOLE' "$T/$1.err"; then
    fail "$2: the page logged to the console:"
    grep 'CONSOLE' "$T/$1.err" | head -5 >&2
  else ok; fi
}

# the DOM after the script ran
browser dom --dump-dom "$URL" >"$T/dom.html"
expect_status $? 0 "chromium --dump-dom"
no_console dom "dump-dom"
expect_grep '<body data-js="ready">' "$T/dom.html" "the script ran to its end"
expect_grep '<input type="search"' "$T/dom.html" "the script added the filter"
for c in RUS IRN USA TUR SYR FRA DEU ISR; do
  expect_grep "<g class=\"node\" data-id=\"$c\"" "$T/dom.html" "node $c in the rendered SVG"
done
for d in RUS:TUR RUS:IRN USA:IRN TUR:KUR RUS:SYR RUS:FRA RUS:DEU RUS:ISR; do
  s=${d%:*} t=${d#*:}
  expect_grep "<g class=\"edge\" data-source=\"$s\" data-target=\"$t\"" "$T/dom.html" "edge $s -> $t in the rendered SVG"
done
nodes=$(grep -o '<g class="node"' "$T/dom.html" | wc -l)
edges=$(grep -o '<g class="edge"' "$T/dom.html" | wc -l)
expect_grep "data-nodes=\"$nodes\" data-edges=\"$edges\"" "$T/dom.html" "the graph has the nodes and edges it declares"
echo "report_browser.sh: the examples' graph has $nodes nodes and $edges edges"

# the screenshot
browser shot --hide-scrollbars --window-size=1280,2000 --screenshot="$T/report.png" "$URL" >/dev/null
expect_status $? 0 "chromium --screenshot"
no_console shot "screenshot"
if [ -s "$T/report.png" ]; then
  set -- $("$PNGSTAT" "$T/report.png")
  echo "report_browser.sh: screenshot ${1}x$2, $3 colours, $4 per mille not background"
  if [ "${1:-0}" = 1280 ] && [ "${2:-0}" = 2000 ]; then ok; else fail "screenshot size ${1}x$2, expected 1280x2000"; fi
  # a blank page has one colour and no ink; the report has text, lines and colour scales
  if [ "${3:-0}" -ge 100 ]; then ok; else fail "the screenshot has $3 colours: blank?"; fi
  if [ "${4:-0}" -ge 50 ]; then ok; else fail "only $4 per mille of the screenshot is not background: blank?"; fi
  if [ -n "${DYAD_REPORT_PNG:-}" ]; then cp "$T/report.png" "$DYAD_REPORT_PNG" && echo "report_browser.sh: kept $DYAD_REPORT_PNG"; fi
else
  fail "no screenshot"
fi

# JavaScript off: headless Chromium neither dumps nor screenshots a page with
# scripts disabled (--blink-settings=scriptEnabled=false gives no output), so
# the page is loaded with its script taken out: all there, only without
# sorting and filtering.
sed '/^<script>$/,/^<\/script>$/d' "$T/report.html" >"$T/nojs.html"
expect_no_grep '<script' "$T/nojs.html" "the script is out"
browser nojs --dump-dom "file://$T/nojs.html" >"$T/nojs-dom.html"
expect_status $? 0 "chromium, the page without its script"
no_console nojs "without the script"
expect_no_grep 'data-js="ready"' "$T/nojs-dom.html" "no script ran"
if [ "$(grep -o '<g class="node"' "$T/nojs-dom.html" | wc -l)" = "$nodes" ]; then ok; else fail "without the script the graph differs"; fi
if [ "$(grep -o '<g class="edge"' "$T/nojs-dom.html" | wc -l)" = "$edges" ]; then ok; else fail "without the script the edges differ"; fi
expect_grep '<figure class="chart">' "$T/nojs-dom.html" "charts without the script"
expect_grep '<tr id="d0" class="dyad"' "$T/nojs-dom.html" "the table without the script"
browser nojsshot --hide-scrollbars --window-size=1280,2000 --screenshot="$T/nojs.png" "file://$T/nojs.html" >/dev/null
set -- $("$PNGSTAT" "$T/nojs.png" 2>/dev/null)
if [ "${3:-0}" -ge 100 ] && [ "${4:-0}" -ge 50 ]; then ok; else fail "the page without its script looks blank (${3:-?} colours, ${4:-?} per mille)"; fi
done_checks
