#!/usr/bin/env bash
# dyad's bounded-memory check (bench/README.md), run by `make bench` unless BENCH_STREAM=0:
#
#   bench/stream.sh [BUILD_DIR]        (default build; relative to the repo root)
#
# 1. One story of BENCH_STORY_MB (10) MiB: is it coded, rejected or cut?
# 2. One story just over dyad's story limit (DYAD_MAX_STORY in include/dyad.h), to
#    show what dyad does with it (skipped with BENCH_STREAM_LIMIT=0).
# 3. BENCH_STREAM_MB (2048) MiB of such stories, generated on the fly by
#    dyad-bench-stream (bench/streamgen.c) and piped into `dyad code -` (never
#    written to disk; the output goes to /dev/null), with BENCH_STREAM_JOBS (1)
#    threads: dyad's peak RSS, its RSS as the input goes by, and its throughput.
# Prints a markdown section. Reports; never fails because a figure is bad.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${1:-build}
total_mb=${BENCH_STREAM_MB:-2048}
story_mb=${BENCH_STORY_MB:-10}
jobs=${BENCH_STREAM_JOBS:-1}
export LC_ALL=C

for v in "$total_mb" "$story_mb" "$jobs"; do
  case $v in '' | *[!0-9]* | 0) echo "stream: BENCH_STREAM_MB, BENCH_STORY_MB and BENCH_STREAM_JOBS must be positive integers" >&2; exit 2 ;; esac
done
if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "stream: $build is not a CMake build directory" >&2
  exit 2
fi
mkdir -p "$build/bench"
if ! cmake --build "$build" --target dyad-cli dyad-benchrun dyad-bench-stream -j "$(nproc 2>/dev/null || echo 1)" \
  >"$build/bench/build-stream.log" 2>&1; then
  tail -20 "$build/bench/build-stream.log" >&2
  exit 2
fi
dyad=$build/dyad
benchrun=$build/dyad-benchrun
gen=$build/dyad-bench-stream
work=$build/bench
mkdir -p "$work"
sentences=$work/corpus.jsonl.sentences.txt
[ -s "$sentences" ] || bash bench/make-corpus.sh "$work/corpus.jsonl" 2>/dev/null

say() { printf 'stream: %s\n' "$*" >&2; }
field() { awk -v k="$1" '{ for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) { print substr($i, length(k) + 2); exit } }' "$2"; }
calc() { awk "BEGIN { printf \"$1\n\", $2 }"; }
num() { awk -v x="$1" 'BEGIN { if (x !~ /^[0-9]+$/) { print x; exit } s = x; o = ""; while (length(s) > 3) { o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3) } print s o }'; }
summary() {
  sed -n 's/^dyad: \([0-9]*\) stor[a-z]* read: [0-9]* coded, [0-9]* without events, \([0-9]*\) rejected; \([0-9]*\) sentences, \([0-9]*\) events;.*/\1 \3 \4 \2/p' "$1" | tail -1
}

# the story limit, as the source states it
limit_expr=$(sed -n 's/^#define DYAD_MAX_STORY[[:space:]]*(\{0,1\}\([0-9u *]*\))\{0,1\}.*/\1/p' include/dyad.h | tr -d 'u')
limit=$( [ -n "$limit_expr" ] && awk "BEGIN { printf \"%d\", $limit_expr }" || echo "")

# one_story NAME MB: codes one generated story of MB megabytes; sets the one_* variables
one_story() {
  local name=$1 mb=$2
  say "one story of $mb MiB"
  "$benchrun" -s "$work/$name.stat" -e "$work/$name.err" -o /dev/null -- "$dyad" code -j 1 - \
    < <("$gen" "$sentences" "$mb" "$mb" 2>/dev/null)
  one_wall=$(field wall "$work/$name.stat")
  one_cpu=$(calc "%.3f" "$(field user "$work/$name.stat") + $(field sys "$work/$name.stat")")
  one_rss=$(field maxrss_kb "$work/$name.stat")
  one_status=$(field status "$work/$name.stat")
  read -r _ one_sentences one_events one_rejected <<<"$(summary "$work/$name.err")" || true
  one_msgs=$(grep -v '^dyad: [0-9]* stor' "$work/$name.err" | head -3 | tr '\n' ' ' || true)
  if [ "$one_status" -ge 128 ]; then
    one_verdict="crashed (signal $((one_status - 128)))"
  elif [ "${one_rejected:-1}" != 0 ]; then
    one_verdict="rejected (status $one_status)"
  elif [ "$one_status" != 0 ]; then
    one_verdict="failed (status $one_status)"
  elif grep -q 'story longer than' "$work/$name.err"; then
    one_verdict="cut to the limit, coded (warning)"
  else
    one_verdict="coded whole"
  fi
}

echo "## dyad stream check, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "dyad's story limit: DYAD_MAX_STORY = ${limit_expr:-?} = ${limit:-?} bytes (include/dyad.h); a longer"
echo "story is cut to its first ${limit:-?} bytes and coded, with a warning on stderr."
echo
echo "| story | dyad | sentences | events | wall s | CPU s | peak RSS MiB | messages |"
echo "|---|---|---:|---:|---:|---:|---:|---|"
one_story one "$story_mb"
echo "| one story of $story_mb MiB | $one_verdict | $(num "${one_sentences:-?}") | $(num "${one_events:-?}") | $(calc "%.2f" "$one_wall") | $one_cpu | $(calc "%.1f" "$one_rss / 1024") | ${one_msgs:-none} |"
if [ "${BENCH_STREAM_LIMIT:-1}" != 0 ] && [ -n "$limit" ]; then
  over=$(( limit / 1048576 + 1 ))
  one_story over "$over"
  echo "| one story of $over MiB (over the limit) | $one_verdict | $(num "${one_sentences:-?}") | $(num "${one_events:-?}") | $(calc "%.2f" "$one_wall") | $one_cpu | $(calc "%.1f" "$one_rss / 1024") | ${one_msgs:-none} |"
fi
echo

# ---- the stream, with RSS samples ---------------------------------------------------------------
say "$total_mb MiB in stories of $story_mb MiB through dyad code -j $jobs - (this takes a while)"
samples=$work/stream.samples
: >"$samples"
"$benchrun" -s "$work/stream.stat" -e "$work/stream.err" -o /dev/null -- "$dyad" code -j "$jobs" - \
  < <("$gen" "$sentences" "$total_mb" "$story_mb" 2>"$work/stream.gen") &
bpid=$!
t0=$(date +%s)
child=""
while kill -0 "$bpid" 2>/dev/null; do
  # dyad is the child of dyad-benchrun named dyad (the generator, started by the
  # process substitution, is one of its children too)
  if [ -z "$child" ]; then
    for p in $(cat "/proc/$bpid/task/$bpid/children" 2>/dev/null || true); do
      if [ "$(cat "/proc/$p/comm" 2>/dev/null || true)" = dyad ]; then child=$p; fi
    done
  fi
  if [ -n "$child" ] && [ -r "/proc/$child/status" ]; then
    rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$child/status" 2>/dev/null || true)
    rchar=$(awk '/^rchar:/ { print $2 }' "/proc/$child/io" 2>/dev/null || true)
    if [ -n "$rss" ]; then
      echo "$(($(date +%s) - t0)) ${rchar:-0} $rss" >>"$samples"
      n=$((${n:-0} + 1))
      if [ $((n % 60)) = 0 ]; then say "$((${rchar:-0} / 1048576)) MiB read, RSS $((rss / 1024)) MiB, $(($(date +%s) - t0)) s"; fi
    fi
  fi
  sleep 1
done
wait "$bpid"
wall=$(field wall "$work/stream.stat")
cpu=$(calc "%.1f" "$(field user "$work/stream.stat") + $(field sys "$work/stream.stat")")
rss=$(field maxrss_kb "$work/stream.stat")
status=$(field status "$work/stream.stat")
read -r gstories gbytes <<<"$(sed -n 's/^dyad-bench-stream: \([0-9]*\) stories, \([0-9]*\) bytes$/\1 \2/p' "$work/stream.gen")" || true
read -r s_stories s_sentences s_events s_rejected <<<"$(summary "$work/stream.err")" || true
gbytes=${gbytes:-0}

# bytes dyad read: all the generator wrote, or, when dyad ended early, the last sample
read_bytes=$gbytes
last_read=$(tail -1 "$samples" 2>/dev/null | cut -d' ' -f2)
if [ "$status" != 0 ] && [ -n "$last_read" ]; then read_bytes=$last_read; fi
if [ "$status" -ge 128 ]; then
  dyad_line="killed by signal $((status - 128)) after reading about $(calc "%.0f" "$read_bytes / 1048576") MiB (no summary)"
else
  dyad_line="${s_stories:-?} stories read, ${s_rejected:-?} rejected; $(num "${s_sentences:-?}") sentences, $(num "${s_events:-?}") events; exit status $status"
fi
echo "| stream | value |"
echo "|---|---|"
echo "| input | ${gstories:-?} stories of $story_mb MiB, $(calc "%.1f" "$gbytes / 1048576") MiB written by the generator, piped into dyad code -j $jobs - |"
echo "| dyad | $dyad_line |"
echo "| wall | $(calc "%.1f" "$wall") s (CPU $cpu s) |"
if [ -n "${s_sentences:-}" ]; then
  echo "| throughput | $(calc "%.2f" "$read_bytes / 1e6 / $wall") MB/s, $(num "$(calc "%.0f" "$s_sentences / $wall")") sentences/s (CPU time: $(num "$(calc "%.0f" "$s_sentences / $cpu")") sentences/s) |"
else
  echo "| throughput | $(calc "%.2f" "$read_bytes / 1e6 / $wall") MB/s |"
fi
echo "| peak RSS | $(calc "%.1f" "$rss / 1024") MiB |"
if [ -s "$samples" ] && [ "$read_bytes" -gt 0 ]; then
  # the largest RSS seen while dyad had read each quarter of the input
  awk -v total="$read_bytes" '
    { q = int(4 * $2 / total); if (q > 3) q = 3; if ($3 > m[q]) m[q] = $3; seen[q] = 1 }
    END { for (q = 0; q < 4; q++)
            printf "| RSS while reading the input'"'"'s %s quarter | %s |\n", q == 0 ? "1st" : q == 1 ? "2nd" : q == 2 ? "3rd" : "4th",
                   seen[q] ? sprintf("%.1f MiB", m[q] / 1024) : "no sample" }' "$samples"
fi
msgs=$(grep -v '^dyad: [0-9]* stor' "$work/stream.err" | sort | uniq -c | head -5 | sed 's/^ *//' | tr '\n' ';' || true)
if [ -n "$msgs" ]; then echo "| dyad's messages | $msgs |"; fi
echo
echo "RSS samples (seconds, bytes read, RSS kB): $samples"
