#!/bin/sh
# fuzz/scaling.sh DYAD [N] - is dyad roughly linear in its input? Fuzzing finds
# crashes, not quadratic loops (its inputs are small), so this times the
# command line on generated inputs of N and 4N units (default N = 20000) and
# flags a case whose time grows more than 8 times (linear: 4 times). Use a
# Release build on a quiet machine; times under 0.3 s are not judged.
#
#   story cases: one story of N sentences, paragraphs, clauses ...
#   dictionary cases: a --dict file of N verb forms, codes, synsets, entries ...
#
# Exits 1 when some case looks superlinear. Not a ctest: timings are noisy.
set -eu
export LC_ALL=C

dyad=${1:?usage: fuzz/scaling.sh DYAD [N]}
n=${2:-20000}
t=$(mktemp -d "${TMPDIR:-/tmp}/dyad-scaling.XXXXXX")
trap 'rm -rf "$t"' EXIT
echo "Putin met Erdogan." >"$t/one.txt"

# gen CASE COUNT: writes the input of CASE to stdout
gen() {
    awk -v kind="$1" -v n="$2" 'BEGIN {
        if (kind == "sentences") for (i = 0; i < n; i++) printf "Putin met Erdogan in Ankara on Wednesday. ";
        else if (kind == "paragraphs") for (i = 0; i < n; i++) printf "Related article: x\n\nPutin met Erdogan.\nKremlin.ru\n\n";
        else if (kind == "no-punctuation") for (i = 0; i < n; i++) printf "Putin met Erdogan and Russia attacked Iran ";
        else if (kind == "pronouns") for (i = 0; i < n; i++) printf "Putin said he will visit them. They said he met the two. ";
        else if (kind == "quotes") for (i = 0; i < n; i++) printf "\"Putin said \" ";
        else if (kind == "coordination") { for (i = 0; i < n; i++) printf "Russia and "; printf "Turkey met Iran.\n" }
        else if (kind == "verb-forms") { printf "--- VISIT [042] ---\n"; for (i = 0; i < n; i++) printf "VISIT\n" }
        else if (kind == "event-codes") { printf "--- VISIT [042] ---\nVISIT\n"; for (i = 0; i < n; i++) printf "- * WORD%d [X%d]\n", i, i }
        else if (kind == "synsets") { for (i = 0; i < n; i++) printf "&SYN%d\n+WORD%d\n", i, i;
                                      printf "--- VISIT [042] ---\nVISIT\n"; for (i = 0; i < n; i++) printf "- * &SYN%d [042]\n", i }
        else if (kind == "actors") for (i = 0; i < n; i++) printf "ACTOR_NUMBER_%d_ [A%d]\n+SYNONYM_%d\n", i, i % 1000, i;
        else if (kind == "agents") for (i = 0; i < n; i++) printf "AGENT_NUMBER_%d [~G%d]\n", i, i % 1000;
        else if (kind == "dyad-entries") for (i = 0; i < n; i++) printf "actor Actor Number %d\n  alias Alias %d\n  code AAA%d 2000..2020\n", i, i, i % 999;
    }'
}

# seconds CASE COUNT: times one run on the generated input
seconds() {
    case $1 in
        verb-forms|event-codes|synsets) f=$t/x.verbs.txt; args="--dict $f $t/one.txt" ;;
        actors) f=$t/x.actors.txt; args="--dict $f $t/one.txt" ;;
        agents) f=$t/x.agents.txt; args="--dict $f $t/one.txt" ;;
        dyad-entries) f=$t/x.dyad.txt; args="--dict $f $t/one.txt" ;;
        *) f=$t/story.txt; args=$f ;;
    esac
    gen "$1" "$2" >"$f"
    # shellcheck disable=SC2086
    /usr/bin/time -o "$t/time" -f %e "$dyad" code --quiet --date 2020-01-07 $args >/dev/null 2>"$t/err" || true
    tail -1 "$t/time"
}

status=0
for c in sentences paragraphs no-punctuation pronouns quotes coordination verb-forms event-codes synsets actors agents dyad-entries; do
    a=$(seconds "$c" "$n")
    b=$(seconds "$c" $((n * 4)))
    verdict=$(awk -v a="$a" -v b="$b" 'BEGIN { if (b < 0.3) print "ok (fast)"; else if (b > 8 * (a > 0.05 ? a : 0.05)) print "SUPERLINEAR"; else print "ok" }')
    printf 'scaling %-16s %6d: %6.2fs  %6d: %6.2fs  %s\n' "$c" "$n" "$a" $((n * 4)) "$b" "$verdict"
    [ "$verdict" = SUPERLINEAR ] && status=1
done
exit $status
