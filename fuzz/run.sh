#!/bin/sh
# fuzz/run.sh BUILD_DIR SECONDS [NAME...] - runs each libFuzzer target (all, or
# the NAMEs given) for SECONDS seconds, one after the other, on one core.
#
#   BUILD_DIR/fuzz-corpus/NAME/    the working corpus, seeded from fuzz/corpus/NAME
#                                  and fuzz/regressions/NAME, kept between runs
#   BUILD_DIR/fuzz-findings/NAME/  crash-*, leak-*, timeout-*, oom-* inputs
#   BUILD_DIR/fuzz-logs/NAME.log   libFuzzer's output of the last run
#   BUILD_DIR/fuzz-logs/NAME.runs  one line per run: date, seconds run, executions,
#                                  cov, ft, corpus files, findings
#
# Prints a line per target and exits 1 when anything was found: copy each
# finding to fuzz/regressions/NAME/ (the replay test then keeps it fixed).
# Environment: FUZZ_FLAGS adds libFuzzer flags.
set -eu
export LC_ALL=C  # libFuzzer logs hold raw input bytes

build=${1:?usage: fuzz/run.sh BUILD_DIR SECONDS [NAME...]}
seconds=${2:?usage: fuzz/run.sh BUILD_DIR SECONDS [NAME...]}
shift 2
src=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$build" && pwd)

all="json text petrarch_verbs petrarch_actors petrarch_agents petrarch_discards petrarch_issues cameo_tables dyad_dict dict_attach records explain net"
names=${*:-$all}

# Longest input per target: enough for several records, entries or
# paragraphs; beyond that inputs only get slower, not more interesting.
max_len() {
    case $1 in
        text|records) echo 8192 ;;
        *) echo 4096 ;;
    esac
}

status=0
for name in $names; do
    bin=$build/fuzz_$name
    if [ ! -x "$bin" ]; then
        echo "fuzz: $bin is missing (configure with CC=clang -DDYAD_FUZZ=ON)" >&2
        exit 2
    fi
    corpus=$build/fuzz-corpus/$name
    findings=$build/fuzz-findings/$name
    logs=$build/fuzz-logs
    mkdir -p "$corpus" "$findings" "$logs"
    work=$(mktemp -d "${TMPDIR:-/tmp}/dyad-fuzz.XXXXXX")
    dict=""
    [ -f "$src/dicts/$name.dict" ] && dict="-dict=$src/dicts/$name.dict"
    before=$(ls "$findings" | wc -l)
    t0=$(date +%s)
    # -jobs=1 -workers=1: one process, in the background of whoever else works
    # on this machine; its output goes to fuzz-0.log in the working folder.
    # shellcheck disable=SC2086
    (cd "$work" && "$bin" -workers=1 -jobs=1 -max_total_time="$seconds" -max_len="$(max_len "$name")" \
        -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$findings/" $dict ${FUZZ_FLAGS:-} \
        "$corpus" "$src/corpus/$name" "$src/regressions/$name" >/dev/null 2>&1) || true
    elapsed=$(($(date +%s) - t0))
    cp "$work/fuzz-0.log" "$logs/$name.log" 2>/dev/null || : >"$logs/$name.log"
    rm -rf "$work"
    log=$logs/$name.log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | grep -E 'cov: ' | tail -1)
    cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
    ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
    files=$(ls "$corpus" | wc -l)
    found=$(($(ls "$findings" | wc -l) - before))
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) $elapsed ${execs:-0} ${cov:-0} ${ft:-0} $files $found" >>"$logs/$name.runs"
    printf 'fuzz %-18s %5ss  %10s execs  cov %-6s ft %-7s corpus %-5s findings %s\n' "$name" "$elapsed" \
        "${execs:-?}" "${cov:-?}" "${ft:-?}" "$files" "$found"
    if [ "$found" -gt 0 ]; then
        status=1
        ls "$findings" | sed "s|^|    $findings/|" | tail -n "$found"
        grep -E 'ERROR|runtime error|fuzz check failed|SUMMARY' "$log" | head -5 | sed 's/^/    /'
    fi
done
exit $status
