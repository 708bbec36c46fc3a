#!/bin/sh
# expected.sh - dyad's output on a fixed corpus is the committed, reviewed one.
# A speed change must not change a byte of it; an accuracy change shows here as
# a diff, which tests/expected/update.sh writes back once it has been read
# (tests/expected/README.md).
. "$(dirname "$0")/lib.sh"
E=$SRC/tests/expected

"$DYAD" code -j 1 "$E/corpus.jsonl" >"$T/j1.jsonl" 2>"$T/err"
expect_status $? 0 "coding the fixed corpus"
if cmp -s "$T/j1.jsonl" "$E/events.jsonl"; then ok; else
    fail "the output on tests/expected/corpus.jsonl differs from tests/expected/events.jsonl (review the diff, then tests/expected/update.sh)"
    diff "$E/events.jsonl" "$T/j1.jsonl" | head -40 >&2
fi
# the summary's counts: every story accounted for
expect_grep "378 stories read: " "$T/err" "every story of the corpus read"

# threads change nothing: same bytes, same order
"$DYAD" code -j 2 "$E/corpus.jsonl" >"$T/j2.jsonl" 2>/dev/null
if cmp -s "$T/j1.jsonl" "$T/j2.jsonl"; then ok; else fail "-j 2 output differs from -j 1"; fi
# nor does reading the same stories from a pipe
"$DYAD" code -j 1 - <"$E/corpus.jsonl" >"$T/pipe.jsonl" 2>/dev/null
if cmp -s "$T/j1.jsonl" "$T/pipe.jsonl"; then ok; else fail "output from stdin differs from the file's"; fi
done_checks
