#!/usr/bin/env bash
# Builds the benchmark corpus: JSON Lines {"id","date","text"}, one story a line,
# unique ids, at least TARGET sentences, from the project's own text:
#   tests/golden/*.txt   each story alone (1-2 sentences) and in groups of 3-10
#                        (multi-sentence stories, the group sizes and the starting
#                        point rotating from pass to pass)
#   examples/*.txt       each article whole (date from examples/NAME.jsonl if any)
#   examples/*.jsonl     each record, other members kept, with a new id
#   tests/cli/*.sh       the well-formed one-line records the CLI tests feed dyad
# repeated, with distinct ids, until the estimated sentence count reaches TARGET
# (with a margin: the estimate is rough; bench/run.sh reports dyad's own count).
# Deterministic: the same sources give the same corpus, byte for byte.
#
#   bench/make-corpus.sh OUT.jsonl [TARGET]      (TARGET defaults to 100000)
#
# Also writes OUT.sentences.txt: the golden texts, one per line (unescaped), that
# bench/streamgen.c repeats into the 2 GB stream of bench/stream.sh.
set -euo pipefail

usage() { echo "usage: $0 OUT.jsonl [TARGET_SENTENCES]" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
out=$1
target=${2:-100000}
case $target in '' | *[!0-9]*) usage ;; esac

root=$(cd "$(dirname "$0")/.." && pwd)
export LC_ALL=C

mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dyad-corpus.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# ---- golden stories -> "date<TAB>text", one a line, in file order -----------------
golden=("$root"/tests/golden/*.txt)
[ -e "${golden[0]}" ] || { echo "make-corpus: no tests/golden/*.txt" >&2; exit 1; }
awk '
  function flush() {
    if (text != "" && date != "") print date "\t" text
    text = ""; date = ""; key = ""
  }
  FNR == 1 { flush() }
  /^#/ { next }
  /^[ \t]*$/ { flush(); next }
  /^  / {                       # continuation of the previous value
    if (key == "text") { v = $0; sub(/^ +/, "", v); text = text " " v }
    next
  }
  {
    key = $0; sub(/:.*/, "", key)
    v = $0; sub(/^[^:]*: */, "", v)
    if (key == "text") text = v
    else if (key == "date") date = v
  }
  END { flush() }
' "${golden[@]}" >"$tmp/golden.tsv"
cut -f2 "$tmp/golden.tsv" >"$out.sentences.txt"

# ---- example articles -> "date<TAB>name<TAB>escaped text" ----------------------------
: >"$tmp/articles.tsv"
for f in "$root"/examples/*.txt; do
  [ -e "$f" ] || continue
  name=$(basename "$f" .txt)
  date=2020-01-07
  if [ -f "$root/examples/$name.jsonl" ]; then
    d=$(head -1 "$root/examples/$name.jsonl" | grep -o '"date" *: *"[0-9-]*"' | head -1 | grep -o '[0-9][0-9-]*' || true)
    [ -n "$d" ] && date=$d
  fi
  awk -v date="$date" -v name="$name" '
    function jesc(s,   n, parts, i, r) {
      n = split(s, parts, /\\/); r = parts[1]
      for (i = 2; i <= n; i++) r = r "\\\\" parts[i]
      n = split(r, parts, /"/); r = parts[1]
      for (i = 2; i <= n; i++) r = r "\\\"" parts[i]
      gsub(/\t/, "\\t", r); gsub(/\r/, "\\r", r)
      return r
    }
    { t = (NR == 1 ? "" : t "\\n") jesc($0) }
    END { print date "\t" name "\t" t }
  ' "$f" >>"$tmp/articles.tsv"
done

# ---- example records and the CLI tests' records, verbatim -------------------------
: >"$tmp/records.txt"
for f in "$root"/examples/*.jsonl; do
  [ -e "$f" ] || continue
  grep -v '^[[:space:]]*$' "$f" >>"$tmp/records.txt" || true
done
grep -ho '{"id": "[^"]*", "date": "[0-9-]*", "text": "[^"\\]*"}' "$root"/tests/cli/*.sh 2>/dev/null |
  grep -E '"date": "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"' | sort -u >>"$tmp/records.txt" || true

# ---- the passes ---------------------------------------------------------------------
awk -v target="$target" -v gfile="$tmp/golden.tsv" -v afile="$tmp/articles.tsv" -v rfile="$tmp/records.txt" '
  function jesc(s,   n, parts, i, r) {
    n = split(s, parts, /\\/); r = parts[1]
    for (i = 2; i <= n; i++) r = r "\\\\" parts[i]
    n = split(r, parts, /"/); r = parts[1]
    for (i = 2; i <= n; i++) r = r "\\\"" parts[i]
    gsub(/\t/, "\\t", r)
    return r
  }
  # a rough sentence count: ". X" / "? X" / "! X" boundaries, plus one
  function nsent(s,   t, n) {
    t = s; n = gsub(/[.!?]["\047)]* +["\047(]*[A-Z]/, "", t)
    return n + 1
  }
  function story(id, date, text) {
    printf "{\"id\":\"%s\",\"date\":\"%s\",\"text\":\"%s\"}\n", id, date, text
  }
  BEGIN {
    while ((getline line < gfile) > 0) {
      split(line, f, "\t"); ng++
      gdate[ng] = f[1]; gtext[ng] = jesc(f[2]); gsent[ng] = nsent(f[2])
    }
    while ((getline line < afile) > 0) {
      split(line, f, "\t"); na++
      adate[na] = f[1]; aname[na] = f[2]; atext[na] = f[3]
      t = f[3]; gsub(/\\n/, " ", t); asent[na] = nsent(t)
    }
    while ((getline line < rfile) > 0) {
      nr++; rec[nr] = line
      t = line; sub(/.*"text" *: *"/, "", t); gsub(/\\n/, " ", t); rsent[nr] = nsent(t)
    }
    if (ng == 0) { print "make-corpus: no golden stories found" > "/dev/stderr"; exit 1 }
    # the estimate runs about 7% above the count of dyad (abbreviations such as
    # "U.S. President"): aim 10% higher so that dyad counts at least TARGET
    goal = target * 1.1; total = 0; stories = 0
    for (p = 0; total < goal; p++) {
      # every golden story alone
      for (i = 1; i <= ng; i++) {
        story("p" p "-s" i, gdate[i], gtext[i]); total += gsent[i]; stories++
      }
      # the golden stories again in groups of 3..10 sentences-ish, from a rotating start
      start = (p * 37) % ng; size = 3 + (p % 8); k = 0; g = 0; text = ""; n = 0
      for (j = 0; j < ng; j++) {
        i = 1 + (start + j) % ng
        if (n == 0) date = gdate[i]
        text = (n == 0 ? "" : text " ") gtext[i]; n += gsent[i]
        if (n >= size || j == ng - 1) {
          story("p" p "-m" (++g), date, text); total += n; stories++
          n = 0; size = 3 + ((size - 3 + 3) % 8)
        }
      }
      # the example articles whole
      for (i = 1; i <= na; i++) {
        story("p" p "-a-" aname[i], adate[i], atext[i]); total += asent[i]; stories++
      }
      # the records, with a new id
      for (i = 1; i <= nr; i++) {
        r = rec[i]; id = "p" p "-r" i
        if (r ~ /"id" *: *"[^"]*"/) sub(/"id" *: *"[^"]*"/, "\"id\":\"" id "\"", r)
        else sub(/^[ \t]*\{/, "{\"id\":\"" id "\",", r)
        print r; total += rsent[i]; stories++
      }
    }
    printf "make-corpus: %d passes, %d stories, about %d sentences (a rough estimate)\n", p, stories, total > "/dev/stderr"
  }
' >"$tmp/corpus.jsonl"
mv "$tmp/corpus.jsonl" "$out"
