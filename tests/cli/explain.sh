#!/bin/sh
# dyad explain: every stage, and why nothing was coded.
. "$(dirname "$0")/lib.sh"
"$DYAD" explain --date 2020-01-07 "Putin won't back any Iranian attempts at retaliation." >"$T/out" 2>&1
expect_status $? 0 "explain"
expect_grep 'tokens: Putin/PROPN' "$T/out" "tokens and tags"
expect_grep 'entry "Vladimir Putin" dict/people/europe-east.txt:[0-9]*, RUSGOV valid 20120507' "$T/out" "the dictionary entry and its dates"
expect_grep 'verb "wo n.t back"\|verb "won.t back"\|verb "back"' "$T/out" "the verb"
expect_grep 'mode: negated' "$T/out" "the mode and its cue"
expect_grep 'dict/verbs/cameo-2.0.txt:[0-9]*' "$T/out" "where the verb is defined"
"$DYAD" explain --date 2020-01-07 "The weather turned fine." >"$T/none" 2>&1
expect_grep 'no event: no verb of the dictionary' "$T/none" "why nothing was coded"
"$DYAD" explain --date 2020-01-07 "Putin criticised." >"$T/none2" 2>&1
expect_grep 'no event: no target actor' "$T/none2" "no target"
"$DYAD" explain --date 2020-01-07 "Officials who criticised left." >"$T/none3" 2>&1
expect_status $? 0 "explain without an actor"
done_checks
