#!/bin/sh
# dyad validate on PETRARCH's own unit-test records (needs ../shared).
. "$(dirname "$0")/lib.sh"
R="$SHARED/petrarch2/text/PETR.UnitTest.records.xml"
if [ ! -f "$R" ]; then
  echo "skipped: $R not found (the shared reference material is not present)"
  exit 77
fi
"$DYAD" validate "$R" --dict-dir "$SHARED/petrarch2/dictionaries" >"$T/out" 2>"$T/err"
expect_status $? 0 "validate runs"
last=$(tail -1 "$T/out")
case "$last" in
  "validate: "*" records, "*" passed, "*" failed") ok ;;
  *) fail "the last line is \"$last\"" ;;
esac
records=$(echo "$last" | sed 's/validate: \([0-9]*\) records, \([0-9]*\) passed.*/\1/')
passed=$(echo "$last" | sed 's/validate: \([0-9]*\) records, \([0-9]*\) passed.*/\2/')
echo "validate: $passed of $records records pass"
if [ "$records" = 279 ]; then ok; else fail "$records records scored, expected 279"; fi
# issue 4: at least 90% from raw text
if [ $((passed * 100)) -ge $((records * 90)) ]; then ok; else fail "only $passed of $records pass (< 90%)"; fi
# and as many from coding alone: records rejected as malformed input do not count
coded=$(sed -n 's/.*from coding alone \([0-9]*\) of .*/\1/p' "$T/out")
coded=${coded:-$passed}
echo "validate: $coded of $records records pass from coding alone"
if [ $((coded * 100)) -ge $((records * 90)) ]; then ok; else fail "only $coded of $records pass from coding (< 90%)"; fi
expect_grep '^DEMO ' "$T/out" "a per-category table"
expect_grep 'sentence="false"' "$T/out" "non-sentence records reported apart"
done_checks
