#!/bin/sh
# Bad input: every story is accounted for, each bad one with its reason and line,
# the good ones around it still coded, and the exit status says which.
. "$(dirname "$0")/lib.sh"

good='{"id": "g1", "date": "2020-01-07", "text": "Iranian forces shot down a U.S. drone."}'
{
  echo "$good"
  echo '{"id": "bad-json", "text": "unterminated}'
  echo '{"id": "no-text", "date": "2020-01-07"}'
  echo '{"id": "null-text", "text": null}'
  echo '{"id": "num-text", "text": 42}'
  echo '{"id": "arr-text", "text": ["a"]}'
  echo '{"id": "bad-date", "date": "2020-13-45", "text": "x"}'
  printf '{"id": "bad-utf8", "date": "2020-01-07", "text": "Iranian forces \377\300\257 shot down a U.S. drone."}\n'
  printf '{"id": "nul", "date": "2020-01-07", "text": "Iranian forces\\u0000 shot down a U.S. drone."}\n'
  echo ''
  echo '{"id": "g2", "date": "2020-01-07", "text": "Putin will visit Ankara."}'
} >"$T/mixed.jsonl"
"$DYAD" code --rejects "$T/rejects.jsonl" "$T/mixed.jsonl" >"$T/out.jsonl" 2>"$T/err"
expect_status $? 1 "some stories rejected"
expect_grep '"doc":"g1"' "$T/out.jsonl" "the good story before the bad ones"
expect_grep '"doc":"g2"' "$T/out.jsonl" "the good story after the bad ones"
expect_grep '"doc":"bad-utf8"' "$T/out.jsonl" "invalid UTF-8 is repaired and coded"
expect_grep '"doc":"nul"' "$T/out.jsonl" "a \\u0000 is dropped and the story coded"
expect_grep 'mixed.jsonl:2: byte [0-9]*: unterminated string' "$T/err" "malformed JSON: line and byte"
expect_grep 'mixed.jsonl:3: no "text" member' "$T/err" "missing text"
expect_grep 'mixed.jsonl:4: byte [0-9]*: "text" is null' "$T/err" "null text"
expect_grep 'mixed.jsonl:5: byte [0-9]*: "text" is not a string' "$T/err" "numeric text"
expect_grep 'mixed.jsonl:6: byte [0-9]*: "text" is not a string' "$T/err" "array text"
expect_grep 'mixed.jsonl:7: byte [0-9]*: bad date' "$T/err" "bad date"
expect_grep 'dyad: 10 stories read: .* 6 rejected;' "$T/err" "every story accounted for"
# the rejects file holds the bad lines verbatim, and the reasons beside it
if [ "$(wc -l <"$T/rejects.jsonl")" = 6 ]; then ok; else fail "--rejects has $(wc -l <"$T/rejects.jsonl") lines, expected 6"; fi
expect_grep '{"id": "no-text", "date": "2020-01-07"}' "$T/rejects.jsonl" "a rejected line verbatim"
expect_grep 'mixed.jsonl:3: no "text" member' "$T/rejects.jsonl.reasons" "its reason"

# empty input: nothing to do, no error
: >"$T/empty.jsonl"
"$DYAD" code "$T/empty.jsonl" >"$T/out" 2>"$T/err"
expect_status $? 0 "empty input"
expect_grep 'dyad: 0 stories read' "$T/err" "empty input summary"
"$DYAD" code </dev/null >"$T/out" 2>"$T/err"
expect_status $? 0 "empty stdin"

# random bytes: one plain-text story, no crash (the first byte is fixed: a
# random '{' there, about one run in 250, would make the file JSON Lines)
{ printf 'x'; head -c 100000 /dev/urandom; } >"$T/random.bin"
"$DYAD" code --date 2020-01-07 "$T/random.bin" >"$T/out" 2>"$T/err"
expect_status $? 0 "random bytes"

# a sentence of 5 MB without punctuation is coded in pieces, in bounded time
awk 'BEGIN { for (i = 0; i < 90000; i++) printf "the talks went on and on for %d days in the capital ", i;
             printf "and then Iran attacked Iraq"; }' >"$T/long.txt"
"$DYAD" code --date 2020-01-07 "$T/long.txt" >"$T/out" 2>"$T/err"
expect_status $? 0 "a 5 MB sentence"
expect_grep '"source":"IRN","target":"IRQ"' "$T/out" "the long sentence is coded to its end"

# unreadable inputs are usage errors, reported before anything is written
"$DYAD" code "$T/missing.jsonl" >"$T/out" 2>"$T/err"
expect_status $? 2 "a missing file"
expect_grep 'missing.jsonl: No such file or directory' "$T/err" "missing file message"
"$DYAD" code "$T" >"$T/out" 2>"$T/err"
expect_status $? 2 "a directory"
expect_grep 'is a directory' "$T/err" "directory message"
# a file that cannot be read (as root a mode of 000 does not stop reading, so a
# file whose read fails: /proc/self/mem at offset 0 gives EIO)
if [ -r /proc/self/mem ]; then
    "$DYAD" code /proc/self/mem >"$T/out" 2>"$T/err"
    expect_status $? 2 "an unreadable file"
    expect_grep '/proc/self/mem: read error' "$T/err" "unreadable file message"
fi
if [ "$(id -u)" != 0 ]; then
    printf '%s\n' "$good" >"$T/noperm.jsonl"
    chmod 000 "$T/noperm.jsonl"
    "$DYAD" code "$T/noperm.jsonl" >"$T/out" 2>"$T/err"
    expect_status $? 2 "a file without read permission"
    expect_grep 'Permission denied' "$T/err" "permission message"
fi
# a raw NUL byte inside a line, 200,000 levels of nesting, a 50 MB line: each
# rejected or coded with a reason, the good story after it still coded
{
  printf '{"id": "raw-nul", "date": "2020-01-07", "text": "Iranian forces\000 shot down a U.S. drone."}\n'
  awk 'BEGIN { printf "{\"id\": \"deep\", \"text\": \"x\", \"extra\": "; for (i = 0; i < 200000; i++) printf "["; for (i = 0; i < 200000; i++) printf "]"; print "}" }'
  awk 'BEGIN { printf "{\"id\": \"huge\", \"date\": \"2020-01-07\", \"text\": \""; for (i = 0; i < 1800000; i++) printf "Putin met Erdogan in Ankara. "; print "\"}" }'
  echo "$good"
} >"$T/hard.jsonl"
"$DYAD" code "$T/hard.jsonl" >"$T/out.jsonl" 2>"$T/err"
expect_status $? 1 "hard lines: some rejected, the rest coded"
expect_grep 'hard.jsonl:2: byte [0-9]*: .*nest' "$T/err" "deep nesting rejected with line and byte"
expect_grep 'hard.jsonl:3: story longer than' "$T/err" "a 50 MB story is cut with a warning"
expect_grep '"doc":"huge"' "$T/out.jsonl" "the 50 MB story is coded"
expect_grep '"doc":"g1"' "$T/out.jsonl" "the good story after them"
expect_grep 'dyad: 4 stories read:' "$T/err" "all four accounted for"
if grep -q '"doc":"raw-nul"' "$T/out.jsonl" || grep -q 'hard.jsonl:1:' "$T/err"; then ok; else fail "the raw NUL line is neither coded nor rejected"; fi

# a full disk is an output error, reported, exit 2
if [ -w /dev/full ]; then
  "$DYAD" code "$SRC/examples/plan-b.jsonl" >/dev/full 2>"$T/err"
  expect_status $? 2 "writing to a full disk"
  expect_grep 'dyad: .*No space left on device' "$T/err" "the write error is reported"
fi

# SIGINT: an interrupted run ends cleanly, says so, and leaves no file (neither
# the final one nor its temporary) behind. Its input never ends: a pipe from a
# writer that keeps going until dyad is gone.
( while :; do echo "$good" || exit 0; done ) | "$DYAD" code -o "$T/int.jsonl" - 2>"$T/int.err" &
dpid=$!
# (again each second: a signal sent before dyad set its handler is ignored, as
# SIGINT is in a background job of a non-interactive shell)
tries=0
while kill -0 $dpid 2>/dev/null && [ $tries -lt 30 ]; do
    sleep 1
    kill -INT $dpid 2>/dev/null
    tries=$((tries + 1))
done
kill -KILL $dpid 2>/dev/null
wait $dpid
st=$?
expect_status $st 130 "an interrupted run"
expect_grep 'interrupted' "$T/int.err" "the summary says it was interrupted"
if ls "$T" | grep -q '^int\.jsonl'; then fail "an interrupted run left $(ls "$T" | grep '^int\.jsonl')"; else ok; fi
# SIGPIPE: a reader that stops early ends dyad quietly
"$DYAD" code "$T/hard.jsonl" 2>"$T/err" | head -1 >/dev/null
expect_no_grep 'Segmentation\|Aborted' "$T/err" "no crash on a closed pipe"

# dictionaries: a syntax error (file:line: what), an unknown CAMEO code, a cyclic synset
printf 'actor Bree\n  type state\n  code BRE\nthis line is not a key\n  alias Breeland\n' >"$T/syntax.txt"
"$DYAD" code --dict "$T/syntax.txt" --dict-warnings --date 2020-01-07 "$T/mixed.jsonl" >"$T/out" 2>"$T/err"
expect_grep 'syntax.txt:4: ' "$T/err" "a dictionary syntax error with its line"
printf 'actor Gondor Council\n  type igo\n  code QQQXYZ\n' >"$T/unknown.txt"
"$DYAD" code --dict "$T/unknown.txt" --dict-warnings --date 2020-01-07 "$T/mixed.jsonl" >"$T/out" 2>"$T/err"
if [ $? -le 1 ]; then ok; else fail "a dictionary with an unknown code stops dyad"; fi
# (the lint that names it is `dyad dict check`: tests/cli/dict_check.sh)
cat >"$T/cyclic.verbs.txt" <<'EOF'
&LOOPA
+&LOOPB
+PEACE

&LOOPB
+&LOOPA
+TALKS

--- PARLEY [040] ---
PARLEY
- * &LOOPA WITH + [043]
EOF
printf '{"id":"c","date":"2020-01-07","text":"Gondor parleyed peace with Mordor."}\n' >"$T/cyc.jsonl"
"$DYAD" code --dict "$T/cyclic.verbs.txt" --dict-warnings "$T/cyc.jsonl" >"$T/out" 2>"$T/err"
status=$?
if [ "$status" -le 1 ]; then ok; else fail "a cyclic synset stops dyad (status $status)"; fi
# a synset may only use synsets defined before it, so no cycle can form: the
# forward reference is reported and left out
expect_grep 'cyclic.verbs.txt:2: warning: undefined synset &LOOPB' "$T/err" "a synset cycle is reported with its line"
done_checks
