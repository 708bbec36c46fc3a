#!/bin/sh
# dyad code: inputs, formats, output file, threads, summary.
. "$(dirname "$0")/lib.sh"

# plain text with --date; the seed article's events
"$DYAD" code --date 2020-01-07 "$SRC/examples/plan-b.txt" >"$T/text.jsonl" 2>"$T/text.err"
expect_status $? 0 "code plan-b.txt"
expect_grep '"doc":"plan-b.txt"' "$T/text.jsonl" "a text file's id is its name"
expect_grep '"source":"RUSGOV","target":"TURGOV","code":"042","root":"04","quad":1,"goldstein":1.9,"mode":"future"' "$T/text.jsonl" "Putin will visit Ankara"
expect_grep '"source":"RUSGOV","target":"IRNGOV","code":"018"' "$T/text.jsonl" "Lavrov's condolences to Zarif"
expect_grep 'dyad: 1 story read: 1 coded, 0 without events, 0 rejected; ' "$T/text.err" "the summary"

# JSON Lines from stdin, detected by content; the date comes from the record
"$DYAD" code - <"$SRC/examples/plan-b.jsonl" >"$T/jsonl.jsonl" 2>"$T/jsonl.err"
expect_status $? 0 "code - < plan-b.jsonl"
expect_grep '"doc":"plan-b"' "$T/jsonl.jsonl" "a record's id"
expect_grep '"date":"2020-01-08","date_text":"On Wednesday"' "$T/jsonl.jsonl" "dated by the record's date"
# the same events as from the plain text (only the doc id differs)
sed 's/"doc":"plan-b.txt"/"doc":"plan-b"/' "$T/text.jsonl" >"$T/text2.jsonl"
if cmp -s "$T/text2.jsonl" "$T/jsonl.jsonl"; then ok; else fail "plain text and JSON Lines give different events"; fi

# records without id or date take the line number and --date
printf '{"text": "Iranian forces shot down a U.S. drone."}\n' | "$DYAD" code --date 2019-06-20 >"$T/noid.jsonl" 2>/dev/null
expect_grep '"doc":"1","sentence":0' "$T/noid.jsonl" "default id"
expect_grep '"date":"2019-06-20"' "$T/noid.jsonl" "default date"

# formats
"$DYAD" code --quiet --format tsv "$SRC/examples/plan-b.jsonl" >"$T/out.tsv"
expect_grep "^date	source	target	code	root	quad	goldstein	doc	sentence	mode	" "$T/out.tsv" "TSV header"
expect_grep "^2020-01-08	RUSGOV	TURGOV	042	04	1	1.9	plan-b	" "$T/out.tsv" "TSV row"
"$DYAD" code --quiet --format csv "$SRC/examples/plan-b.jsonl" >"$T/out.csv"
expect_grep "^date,source,target,code,root,quad,goldstein,doc,sentence,mode," "$T/out.csv" "CSV header"

# -o writes the file whole, with no temporary left behind
"$DYAD" code --quiet -o "$T/events.jsonl" "$SRC/examples/plan-b.jsonl"
expect_status $? 0 "code -o"
if cmp -s "$T/events.jsonl" "$T/jsonl.jsonl"; then ok; else fail "-o output differs from stdout"; fi
if ls "$T" | grep -q '\.tmp\.'; then fail "a temporary file was left behind"; else ok; fi

# -j 4 gives byte-identical output, in input order
i=0
while [ $i -lt 200 ]; do
  sed "s/\"id\": \"plan-b\"/\"id\": \"story-$i\"/" "$SRC/examples/plan-b.jsonl"
  i=$((i + 1))
done >"$T/many.jsonl"
"$DYAD" code --quiet -j 1 "$T/many.jsonl" >"$T/j1.jsonl"
"$DYAD" code --quiet -j 4 "$T/many.jsonl" >"$T/j4.jsonl"
if cmp -s "$T/j1.jsonl" "$T/j4.jsonl"; then ok; else fail "-j 4 output differs from -j 1"; fi
expect_grep '"doc":"story-199"' "$T/j4.jsonl" "the last story is there (the input crosses the reader's 1 MB buffer)"
if [ "$(head -1 "$T/j4.jsonl" | grep -c story-0)" = 1 ]; then ok; else fail "output is not in input order"; fi

# PLOVER on request
"$DYAD" code --quiet --ontology plover "$SRC/examples/plan-b.jsonl" >"$T/plover.jsonl"
expect_grep '"plover_type":"CONSULT","plover_mode":"visit"' "$T/plover.jsonl" "PLOVER type and mode"

# usage errors
"$DYAD" code --format xml "$SRC/examples/plan-b.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "unknown format"
expect_grep 'unknown format "xml"' "$T/usage.err" "the usage error says why"
"$DYAD" code --date 2020-13-45 "$SRC/examples/plan-b.txt" >/dev/null 2>"$T/date.err"
expect_status $? 2 "bad --date"
expect_grep 'bad date "2020-13-45"' "$T/date.err" "bad --date message"

# --one-sided: a verb with a source and no target actor is coded too, target ""
printf '{"id":"os","date":"2024-03-04","text":"Iran'"'"'s foreign ministry condemned the attack on Monday. Russia and Turkey met."}\n' >"$T/os.jsonl"
"$DYAD" code "$T/os.jsonl" >"$T/os.out" 2>/dev/null
expect_no_grep '"source":"IRNGOV"' "$T/os.out" "without --one-sided an event needs a target"
"$DYAD" code --one-sided "$T/os.jsonl" >"$T/os1.out" 2>/dev/null
expect_grep '"source":"IRNGOV","target":"","code":"111"' "$T/os1.out" "--one-sided codes the ministry's condemnation with no target"
expect_grep '"source":"RUS","target":"TUR","code":"040"' "$T/os1.out" "--one-sided keeps two-sided events"

# --new-actor-length N: an unknown proper name of at most N words is an actor
printf '{"id":"na","date":"2024-03-04","text":"Minerva McGonagall met Albus Percival Dumbledore on Monday."}\n' >"$T/na.jsonl"
"$DYAD" code "$T/na.jsonl" >"$T/na0.out" 2>/dev/null
expect_no_grep '"code":"040"' "$T/na0.out" "without --new-actor-length unknown names are no actors"
"$DYAD" code --new-actor-length 3 "$T/na.jsonl" >"$T/na3.out" 2>/dev/null
expect_grep '"source":"\\"MINERVA MCGONAGALL\\"","target":"\\"ALBUS PERCIVAL DUMBLEDORE\\"","code":"040"' "$T/na3.out" "--new-actor-length 3 codes the names"
"$DYAD" code --new-actor-length 2 "$T/na.jsonl" >"$T/na2.out" 2>/dev/null
expect_no_grep '"code":"040"' "$T/na2.out" "a name longer than the length is no actor"
done_checks
