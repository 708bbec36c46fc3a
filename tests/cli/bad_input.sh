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

# random bytes: one plain-text story, no crash
head -c 100000 /dev/urandom >"$T/random.bin"
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
done_checks
