# valgrind.sh - the command line under valgrind's memcheck on the examples: no
# invalid read or write, no use of uninitialised memory, no leak. (The ASan build
# covers the unit tests; this covers the program as users run it, threads included.)
. "$(dirname "$0")/lib.sh"

if ! command -v valgrind >/dev/null 2>&1; then
    echo "valgrind is not installed: skipped"
    exit 77
fi

# vg NAME ARGS...: runs dyad under memcheck; any error or leak fails the check
vg() {
    name=$1
    shift
    valgrind --quiet --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --log-file="$T/$name.vg" "$DYAD" "$@" >"$T/$name.out" 2>"$T/$name.err"
    status=$?
    if [ "$status" = 99 ] || [ -s "$T/$name.vg" ]; then
        fail "$name: memcheck found errors"
        head -40 "$T/$name.vg" >&2
    elif [ "$status" -gt 1 ]; then
        fail "$name: exit status $status"
        head -5 "$T/$name.err" >&2
    else
        ok
    fi
}

vg code_text code --date 2020-01-07 "$SRC/examples/plan-b.txt"
expect_grep '"code":"018"' "$T/code_text.out" "the article is coded under valgrind"
vg code_jsonl_threads code -j 2 "$SRC/examples/plan-b.jsonl"
vg code_tsv code --format tsv --ontology plover --debug "$SRC/examples/plan-b.jsonl"
vg explain explain --date 2020-01-07 "On Wednesday, Putin will visit Ankara to meet with President Recep Tayyip Erdogan."
vg lookup dict lookup "the Turkish president" --date 2020-01-08
"$DYAD" code "$SRC/examples/plan-b.jsonl" >"$T/events.jsonl" 2>/dev/null
vg net net --by month "$T/events.jsonl"
vg report report -o "$T/report.html" "$T/events.jsonl"
# a bad line between good ones, and a story long enough to be streamed
{
    echo '{"id":"a","date":"2020-01-07","text":"Putin met Erdogan in Ankara."}'
    echo '{"id":"b","text":'
    awk 'BEGIN { printf "{\"id\":\"long\",\"date\":\"2020-01-07\",\"text\":\""; for (i = 0; i < 45000; i++) printf "Putin met Erdogan in Ankara. "; print "\"}" }'
} >"$T/mixed.jsonl"
vg code_mixed code "$T/mixed.jsonl"
expect_grep '"doc":"long"' "$T/code_mixed.out" "the long story is coded"
done_checks
