#!/bin/sh
# dyad net: the figures of a hand-made events file (tests/net/README.md has the
# sums worked out by hand), empty periods as zero rows, the three input formats,
# bad input, and the events of the seed article.
. "$(dirname "$0")/lib.sh"
EV=$SRC/tests/net/events

# expect_line LINE FILE DESCRIPTION: LINE is a whole line of FILE
expect_line() { if grep -qxF -- "$1" "$2"; then ok; else fail "$3 (no line \"$1\" in $2)"; sed 's/^/    /' "$2" | head -20 >&2; fi; }

# country level, asserted, by month (CSV)
"$DYAD" net --by month "$EV.jsonl" >"$T/month.csv" 2>"$T/month.err"
expect_status $? 0 "net --by month"
expect_line "source,target,period,start,end,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,top_codes" "$T/month.csv" "CSV header"
expect_line "RUS,TUR,2020-01,2020-01-01,2020-01-31,5,4,0,0,1,-5.2,-1.30,042:2 040:1 043:1" "$T/month.csv" "RUS->TUR in January: 1.9+1.0-10.0+1.9 (and one without a score) = -5.2 over 4"
expect_line "RUS,TUR,2020-02,2020-02-01,2020-02-29,0,0,0,0,0,0.0,," "$T/month.csv" "February had no RUS->TUR event: a zero row, not a gap"
expect_line "RUS,TUR,2020-03,2020-03-01,2020-03-31,1,1,0,0,0,4.0,4.00,036:1" "$T/month.csv" "RUS->TUR in March"
expect_line "IGOUNO,IRN,2020-02,2020-02-01,2020-02-29,1,1,0,0,0,3.0,3.00,020:1" "$T/month.csv" "an IGO keeps its code at country level"
expect_line "IGOUNOIAE,IRN,2020-02,2020-02-01,2020-02-29,1,0,0,1,0,-2.0,-2.00,090:1" "$T/month.csv" "IGOUNOIAE is not IGOUNO"
expect_line "RUS,RUS,2020-01,2020-01-01,2020-01-31,1,0,0,1,0,-2.0,-2.00,112:1" "$T/month.csv" "RUSGOV->RUSOPP is RUS->RUS"
expect_line "TUR,RUS,2020-03,2020-03-01,2020-03-31,1,0,0,1,0,-2.0,-2.00,111:1" "$T/month.csv" "TUR->RUS"
if [ "$(wc -l <"$T/month.csv")" -eq 8 ]; then ok; else fail "by month: 7 rows and a header expected"; fi
expect_grep "dyad net: 14 events read: 10 counted, 2 not asserted, 0 outside --from/--to, 1 without a source or target, 1 of no known country; 5 actors, 5 dyads" "$T/month.err" "the summary accounts for every event"

# --from/--to: 6 January and the March events fall outside; the row of January
# is worked out again by hand (1.0 - 10.0 + 1.9 over the three scored events)
"$DYAD" net --by month --from 2020-01-08 --to 2020-02-29 "$EV.jsonl" >"$T/range.csv" 2>"$T/range.err"
expect_status $? 0 "net --from --to"
expect_line "RUS,TUR,2020-01,2020-01-01,2020-01-31,4,3,0,0,1,-7.1,-2.37,040:1 042:1 043:1" "$T/range.csv" "RUS->TUR in January from the 8th"
if grep -q '^RUS,TUR,2020-0[23]' "$T/range.csv"; then fail "RUS->TUR ends with its last event in range (January)"; else ok; fi
if grep -q '^TUR,RUS' "$T/range.csv"; then fail "TUR->RUS on 2 March is after --to"; else ok; fi
expect_grep "dyad net: 14 events read: 7 counted, 2 not asserted, 3 outside --from/--to, 1 without a source or target, 1 of no known country; 5 actors, 4 dyads" "$T/range.err" "events outside the range are counted in the summary"
"$DYAD" net --from 2020-03-01 --to 2020-01-01 "$EV.jsonl" >/dev/null 2>"$T/range2.err"
expect_status $? 2 "--from after --to"
expect_grep "later than --to" "$T/range2.err" "--from after --to says why"
"$DYAD" net --from 2020-13-01 "$EV.jsonl" >/dev/null 2>"$T/range3.err"
expect_status $? 2 "a bad --from date"
expect_grep 'not a date' "$T/range3.err" "a bad date says why"

# by week: every ISO week from W02 to W10, zeros in between
"$DYAD" net --quiet --by week "$EV.jsonl" >"$T/week.csv"
expect_line "RUS,TUR,2020-W02,2020-01-06,2020-01-12,4,3,0,0,1,-7.1,-2.37,040:1 042:1 043:1" "$T/week.csv" "week 2"
expect_line "RUS,TUR,2020-W03,2020-01-13,2020-01-19,0,0,0,0,0,0.0,," "$T/week.csv" "week 3 is empty"
expect_line "RUS,TUR,2020-W04,2020-01-20,2020-01-26,1,1,0,0,0,1.9,1.90,042:1" "$T/week.csv" "week 4"
expect_line "RUS,TUR,2020-W10,2020-03-02,2020-03-08,1,1,0,0,0,4.0,4.00,036:1" "$T/week.csv" "week 10"
if [ "$(grep -c '^RUS,TUR,' "$T/week.csv")" -eq 9 ]; then ok; else fail "RUS->TUR by week: 9 rows (W02..W10) expected"; fi

# by day: 60 days from 6 January to 5 March 2020 (a leap year)
"$DYAD" net --quiet --by day "$EV.jsonl" >"$T/day.csv"
if [ "$(grep -c '^RUS,TUR,' "$T/day.csv")" -eq 60 ]; then ok; else fail "RUS->TUR by day: 60 rows expected"; fi
expect_line "RUS,TUR,2020-02-29,2020-02-29,2020-02-29,0,0,0,0,0,0.0,," "$T/day.csv" "29 February is a zero row"

# the whole range; actor level; every mode
"$DYAD" net --quiet "$EV.jsonl" >"$T/all.csv"
expect_line "RUS,TUR,all,2020-01-06,2020-03-05,6,5,0,0,1,-1.2,-0.24,042:2 036:1 040:1" "$T/all.csv" "RUS->TUR over the whole range"
"$DYAD" net --quiet --level actor --mode all "$EV.jsonl" >"$T/actor.csv"
expect_line "RUSGOV,TURGOV,all,2020-01-06,2020-03-05,4,4,0,0,0,10.4,2.60,036:1 040:1 042:1" "$T/actor.csv" "actor level, the negated event counted: 1.9+1.0+3.5+4.0"
expect_line "USAGOV,IRN,all,2020-01-09,2020-01-09,1,0,0,0,1,-5.0,-5.00,172:1" "$T/actor.csv" "a future event with --mode all"
expect_line "---GOV,IRN,all,2020-01-10,2020-01-10,1,1,0,0,0,0.0,0.00,010:1" "$T/actor.csv" "a role without a country is an actor at actor level"
"$DYAD" net --quiet --top 1 "$EV.jsonl" >"$T/top1.csv"
expect_line "RUS,TUR,all,2020-01-06,2020-03-05,6,5,0,0,1,-1.2,-0.24,042:2" "$T/top1.csv" "--top 1"

# JSON: the same figures, nodes, zero periods with a null mean
"$DYAD" net --quiet --by month --format json "$EV.jsonl" >"$T/month.json"
expect_grep '"level":"country","by":"month","modes":"asserted","events":10,"first":"2020-01-06","last":"2020-03-05"' "$T/month.json" "JSON header"
expect_grep '{"id":"RUS","events":8,"events_out":7,"events_in":2}' "$T/month.json" "JSON node"
expect_grep '{"source":"RUS","target":"TUR","events":6,"verbal_coop":5,"material_coop":0,"verbal_conflict":0,"material_conflict":1,"goldstein_sum":-1.2,"goldstein_mean":-0.24,' "$T/month.json" "JSON dyad"
expect_grep '{"period":"2020-02","start":"2020-02-01","end":"2020-02-29","events":0,"verbal_coop":0,"material_coop":0,"verbal_conflict":0,"material_conflict":0,"goldstein_sum":0.0,"goldstein_mean":null,"top_codes":\[\]}' "$T/month.json" "JSON zero period"

# TSV, CSV and stdin give the same figures as JSON Lines
for f in tsv csv; do
  "$DYAD" net --quiet --by week --format json "$EV.$f" >"$T/from-$f.json"
  "$DYAD" net --quiet --by week --format json "$EV.jsonl" >"$T/from-jsonl.json"
  if cmp -s "$T/from-$f.json" "$T/from-jsonl.json"; then ok; else fail "$f input gives other figures than JSON Lines"; fi
done
"$DYAD" net --quiet --by month - <"$EV.tsv" >"$T/stdin.csv"
if cmp -s "$T/stdin.csv" "$T/month.csv"; then ok; else fail "stdin differs from the file"; fi
# files concatenated, header and all: the second header is not an event
cat "$EV.tsv" "$EV.tsv" | "$DYAD" net --by month >"$T/twice.csv" 2>"$T/twice.err"
expect_status $? 0 "two TSV files concatenated"
expect_line "RUS,TUR,2020-01,2020-01-01,2020-01-31,10,8,0,0,2,-10.4,-1.30,042:4 040:2 043:2" "$T/twice.csv" "twice the events"

# -o writes atomically
"$DYAD" net --quiet -o "$T/out.csv" --by month "$EV.jsonl"
expect_status $? 0 "net -o"
if cmp -s "$T/out.csv" "$T/month.csv"; then ok; else fail "-o output differs from stdout"; fi
if ls "$T" | grep -q '\.tmp\.'; then fail "a temporary file was left behind"; else ok; fi

# bad lines: reported with file and line, the others counted, exit status 1
{
  head -2 "$EV.jsonl"
  echo '{"date":"2020-01-32","source":"RUS","target":"TUR","code":"042"}'
  echo '{"date":"2020-01-08","source":"RUS","target":"TUR","code":"042","mode":"perhaps"}'
  echo '{"date":"2020-01-08","source":"RUS","target":"TUR","code":"042","goldstein":"high"}'
  echo '{"date":"2020-01-08","source":"RUS" "target":"TUR"}'
  echo '{"id":"story","date":"2020-01-08","text":"Putin met Erdogan."}'
  tail -1 "$EV.jsonl"
} >"$T/bad.jsonl"
"$DYAD" net "$T/bad.jsonl" >"$T/bad.csv" 2>"$T/bad.err"
expect_status $? 1 "some bad lines"
expect_grep 'bad.jsonl:3: bad date "2020-01-32" (expected YYYY-MM-DD)' "$T/bad.err" "bad date, with file and line"
expect_grep 'bad.jsonl:4: unknown mode "perhaps"' "$T/bad.err" "bad mode"
expect_grep 'bad.jsonl:5: bad Goldstein score "high"' "$T/bad.err" "bad Goldstein score"
expect_grep 'bad.jsonl:6: byte 37: expected' "$T/bad.err" "malformed JSON: line and byte"
expect_grep 'bad.jsonl:7: no "source" member (is this a file of events' "$T/bad.err" "a story is not an event"
expect_grep '3 events read: 3 counted' "$T/bad.err" "the good lines are counted"
printf 'date,source,target,code\n2020-01-08,RUS,TUR\n2020-01-08,RUS,TUR,"042\n' >"$T/bad.csv"
"$DYAD" net "$T/bad.csv" >/dev/null 2>"$T/badcsv.err"
expect_status $? 1 "bad CSV rows"
expect_grep 'bad.csv:2: 3 fields where the header has 4' "$T/badcsv.err" "a short CSV row"
expect_grep 'bad.csv:3: field 4: unterminated quoted field' "$T/badcsv.err" "an open quote"
printf 'Putin met Erdogan.\nHe said so.\n' >"$T/story.txt"
"$DYAD" net "$T/story.txt" >/dev/null 2>"$T/story.err"
expect_status $? 1 "not events at all"
expect_grep 'story.txt:1: not dyad events: expected JSON Lines or a TSV/CSV header' "$T/story.err" "plain text is not events"
if [ "$(grep -c 'story.txt:' "$T/story.err")" -eq 1 ]; then ok; else fail "a file that is not events is reported once"; fi

# usage errors
"$DYAD" net --by year "$EV.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "unknown period"
expect_grep 'unknown period "year"' "$T/usage.err" "says which period"
"$DYAD" net --format xml "$EV.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "unknown format"
"$DYAD" net --format dot --by month "$EV.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "--by with a graph format"
expect_grep 'graphml and dot have one edge per dyad' "$T/usage.err" "says why"
"$DYAD" net "$T/missing.jsonl" >/dev/null 2>"$T/usage.err"
expect_status $? 2 "a missing file"
expect_grep 'missing.jsonl: No such file' "$T/usage.err" "says which file"

# the seed article: the dyads the article is about
"$DYAD" code --quiet "$SRC/examples/plan-b.jsonl" >"$T/plan-b.jsonl"
"$DYAD" net --quiet "$T/plan-b.jsonl" >"$T/plan-b.csv"
for d in RUS,TUR RUS,IRN USA,IRN TUR,KUR RUS,SYR RUS,FRA RUS,DEU RUS,ISR; do
  expect_grep "^$d,all," "$T/plan-b.csv" "the article's dyad $d"
done
"$DYAD" net --quiet --format tsv "$T/plan-b.jsonl" >/dev/null 2>&1
expect_status $? 2 "tsv is not a net format"
done_checks
