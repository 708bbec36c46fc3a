#!/usr/bin/env bash
# dyad's benchmark (bench/README.md): `make bench`, or
#
#   bench/run.sh [BUILD_DIR]        (default build; relative to the repo root)
#
# Builds the corpus (bench/make-corpus.sh) under BUILD_DIR/bench, then measures,
# each figure the best of BENCH_RUNS runs (default 5):
#   dyad code -j 1           sentences/s, MB/s, events/s (wall clock and CPU time)
#   dyad code -j N           N = 1..cores: speedup, output byte-identical to -j 1
#   dictionary load          dyad code on an empty input (best of BENCH_LOAD_RUNS, 10)
#   time to first event      from the start to dyad's first output line
#   peak RSS                 of each run
#   the floor                bench/floor.c on the same corpus; dyad as a multiple of it
# and prints a markdown table with the machine. Then bench/stream.sh (2 GB of 10 MB
# stories through dyad code -), unless BENCH_STREAM=0.
#
# Nothing here asserts a speed: slow figures are reported, never failed. The script
# fails only when it cannot run (no dyad, no corpus).
#
# Environment: BENCH_RUNS (5), BENCH_LOAD_RUNS (10), BENCH_SENTENCES (100000),
# BENCH_JOBS (cores: the largest -j tried), BENCH_STREAM (1).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=${1:-build}
runs=${BENCH_RUNS:-5}
load_runs=${BENCH_LOAD_RUNS:-10}
target=${BENCH_SENTENCES:-100000}
cores=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)
maxj=${BENCH_JOBS:-$cores}
export LC_ALL=C

for v in "$runs" "$load_runs" "$target" "$maxj"; do
  case $v in '' | *[!0-9]* | 0) echo "bench: BENCH_RUNS, BENCH_LOAD_RUNS, BENCH_SENTENCES and BENCH_JOBS must be positive integers" >&2; exit 2 ;; esac
done

if [ ! -f "$build/CMakeCache.txt" ]; then
  echo "bench: $build is not a CMake build directory (make, or cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release)" >&2
  exit 2
fi
mkdir -p "$build/bench"
if ! cmake --build "$build" --target dyad-cli dyad-floor dyad-benchrun dyad-bench-stream -j "$cores" >"$build/bench/build.log" 2>&1; then
  tail -20 "$build/bench/build.log" >&2
  exit 2
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build/CMakeCache.txt")
dyad=$build/dyad
floor=$build/dyad-floor
benchrun=$build/dyad-benchrun
work=$build/bench
mkdir -p "$work"

say() { printf 'bench: %s\n' "$*" >&2; }

# ---- the corpus ---------------------------------------------------------------------------
corpus=$work/corpus.jsonl
bash bench/make-corpus.sh "$corpus" "$target" 2>"$work/corpus.log"
say "$(cat "$work/corpus.log")"
corpus_bytes=$(wc -c <"$corpus")

# ---- helpers --------------------------------------------------------------------------------
# field NAME FILE: the value of NAME=... in a benchrun stats line
field() { awk -v k="$1" '{ for (i = 1; i <= NF; i++) if (index($i, k "=") == 1) { print substr($i, length(k) + 2); exit } }' "$2"; }

# measure NAME RUNS [benchrun options] -- CMD...: runs the command RUNS times under
# dyad-benchrun (standard input /dev/null unless the options say otherwise).
# Leaves $work/NAME.runs (one stats line per run) and $work/NAME.err (the standard
# error of the fastest run).
measure() {
  local name=$1 n=$2 r best=""
  shift 2
  : >"$work/$name.runs"
  for ((r = 1; r <= n; r++)); do
    "$benchrun" -s "$work/$name.stat" -e "$work/$name.err.tmp" "$@" </dev/null
    cat "$work/$name.stat" >>"$work/$name.runs"
    local w
    w=$(field wall "$work/$name.stat")
    if [ -z "$best" ] || awk -v a="$w" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$w
      mv "$work/$name.err.tmp" "$work/$name.err"
    fi
  done
  rm -f "$work/$name.stat" "$work/$name.err.tmp"
}

# best NAME min|max FIELD: over the runs of NAME (cpu = user + sys)
best() {
  awk -v want="$3" -v how="$2" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      x = want == "cpu" ? v["user"] + v["sys"] : v[want]
      if (NR == 1 || (how == "min" && x < m) || (how == "max" && x > m)) m = x }
    END { printf "%.6f\n", m }' "$work/$1.runs"
}

# statuses NAME: the exit statuses of its runs other than 0, or nothing
statuses() { sed -n 's/.*status=\([0-9]*\).*/\1/p' "$work/$1.runs" | grep -v '^0$' | sort -u | tr '\n' ' ' || true; }

# summary FILE: "stories sentences events rejected" from dyad's summary line
summary() {
  sed -n 's/^dyad: \([0-9]*\) stor[a-z]* read: [0-9]* coded, [0-9]* without events, \([0-9]*\) rejected; \([0-9]*\) sentences, \([0-9]*\) events;.*/\1 \3 \4 \2/p' "$1" | tail -1
}

calc() { awk "BEGIN { printf \"$1\n\", $2 }"; }
num() { awk -v x="$1" 'BEGIN { s = sprintf("%.0f", x); o = ""; while (length(s) > 3) { o = "," substr(s, length(s) - 2) o; s = substr(s, 1, length(s) - 3) } print s o }'; }

notes=()
load_start=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")

# ---- dictionary load: dyad code on an empty input -------------------------------------------
say "dictionary load: dyad code on an empty input, $load_runs runs"
measure load "$load_runs" -- "$dyad" code --quiet -j 1 -
load_s=$(best load min wall)
load_cpu=$(best load min cpu)
load_rss=$(best load max maxrss_kb)

# ---- dyad code -j N --------------------------------------------------------------------------
declare -A jwall jcpu jrss jsame
for ((j = 1; j <= maxj; j++)); do
  say "dyad code -j $j on the corpus, $runs runs"
  measure "j$j" "$runs" -o "$work/out-j$j.jsonl" -- "$dyad" code -j "$j" "$corpus"
  jwall[$j]=$(best "j$j" min wall)
  jcpu[$j]=$(best "j$j" min cpu)
  jrss[$j]=$(best "j$j" max maxrss_kb)
  st=$(statuses "j$j")
  if [ -n "$st" ]; then notes+=("dyad code -j $j exited with status $st"); fi
  if [ "$j" = 1 ]; then
    jsame[$j]="(reference)"
  elif cmp -s "$work/out-j1.jsonl" "$work/out-j$j.jsonl"; then
    jsame[$j]=yes
  else
    jsame[$j]=no
    notes+=("-j $j output differs from -j 1: see $work/out-j1.jsonl and $work/out-j$j.jsonl")
  fi
done
read -r stories sentences events rejected <<<"$(summary "$work/j1.err")" || true
if [ -z "${sentences:-}" ]; then
  echo "bench: no summary from dyad code (see $work/j1.err)" >&2
  exit 1
fi
if [ "$rejected" != 0 ]; then notes+=("dyad rejected $rejected of the corpus's stories"); fi
if [ "$sentences" -lt "$target" ]; then notes+=("dyad counted $sentences sentences, fewer than $target"); fi
out_bytes=$(wc -c <"$work/out-j1.jsonl")

# ---- time to first event ---------------------------------------------------------------------
say "time to first event, $runs runs"
measure first "$runs" -f -- "$dyad" code -j 1 "$corpus"
first_s=$(best first min first)

# ---- the floor ---------------------------------------------------------------------------------
say "the floor on the corpus, $runs runs"
# like measure, but each run's output is kept: it holds the floor's own scan time
: >"$work/floor.runs"
: >"$work/floor.scan"
: >"$work/floor.scancpu"
for ((r = 1; r <= runs; r++)); do
  "$benchrun" -s "$work/floor.stat" -o "$work/floor.out" -- "$floor" --vocab dict "$corpus" </dev/null
  cat "$work/floor.stat" >>"$work/floor.runs"
  sed -n 's/.*; scan \([0-9.]*\) s (CPU \([0-9.]*\) s)$/\1/p' "$work/floor.out" >>"$work/floor.scan"
  sed -n 's/.*; scan \([0-9.]*\) s (CPU \([0-9.]*\) s)$/\2/p' "$work/floor.out" >>"$work/floor.scancpu"
done
rm -f "$work/floor.stat"
floor_line=$(cat "$work/floor.out")
floor_scan=$(sort -g "$work/floor.scan" | head -1)
floor_scancpu=$(sort -g "$work/floor.scancpu" | head -1)
if [ -z "$floor_scan" ]; then
  echo "bench: no scan time from the floor (see $work/floor.out)" >&2
  exit 1
fi
floor_wall=$(best floor min wall)
floor_cpu=$(best floor min cpu)
floor_rss=$(best floor max maxrss_kb)
floor_vocab=$(printf '%s\n' "$floor_line" | sed -n 's/.*vocabulary \([0-9]*\) words from \([0-9]*\) files, loaded in \([0-9.]*\) ms.*/\1 words from \2 files, loaded in \3 ms/p')
read -r floor_words floor_hits <<<"$(printf '%s\n' "$floor_line" | sed -n 's/.* \([0-9]*\) words, \([0-9]*\) in the vocabulary.*/\1 \2/p')" || true

# ---- the table -----------------------------------------------------------------------------------
w1=${jwall[1]}
c1=${jcpu[1]}
code1=$(calc "%.6f" "$w1 - $load_s")
codecpu1=$(calc "%.6f" "$c1 - $load_cpu")
cpu_model=$(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo 2>/dev/null | head -1)
if [ -z "$cpu_model" ]; then cpu_model=$(uname -m); fi
mem_kb=$(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo 2>/dev/null || echo 0)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "unknown")
if [ "$commit" != unknown ] && [ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  commit="$commit + uncommitted changes"
fi
load_end=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
if [ "$build_type" != Release ]; then notes+=("$build is a ${build_type:-default} build, not Release: figures are not representative"); fi

report=$work/results.md
{
  echo "## dyad benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "| machine | |"
  echo "|---|---|"
  echo "| CPU | $cpu_model |"
  echo "| cores | $cores |"
  echo "| RAM | $(calc "%.1f" "$mem_kb / 1048576") GiB |"
  echo "| kernel | $(uname -sr) |"
  echo "| dyad | $commit, ${build_type:-?} build ($build) |"
  echo "| load average (1 min) | $load_start at the start, $load_end at the end |"
  echo
  echo "Corpus: $(num "$stories") stories, $(num "$sentences") sentences (dyad's count), $(calc "%.1f" "$corpus_bytes / 1e6") MB of JSON Lines"
  echo "($corpus, bench/make-corpus.sh); dyad writes $(num "$events") events, $(calc "%.1f" "$out_bytes / 1e6") MB."
  echo "Each figure is the best of $runs runs (dictionary load: of $load_runs); MB = 10^6 bytes."
  echo
  echo "| figure | value | how |"
  echo "|---|---:|---|"
  echo "| sentences/s, one core (-j 1) | $(num "$(calc "%.1f" "$sentences / $w1")") | wall clock, end to end (JSON Lines in and out, dictionary load included) |"
  echo "| sentences/s, one core, CPU time | $(num "$(calc "%.1f" "$sentences / $c1")") | sentences / (user + sys) of the -j 1 run |"
  echo "| MB/s, one core | $(calc "%.1f" "$corpus_bytes / 1e6 / $w1") | input bytes / wall clock |"
  echo "| events/s, one core | $(num "$(calc "%.1f" "$events / $w1")") | events / wall clock |"
  echo "| dyad code -j 1, wall | $(calc "%.3f" "$w1") s | CPU $(calc "%.3f" "$c1") s |"
  for ((j = 2; j <= maxj; j++)); do
    echo "| dyad code -j $j, wall | $(calc "%.3f" "${jwall[$j]}") s | speedup $(calc "%.2f" "$w1 / ${jwall[$j]}")x over -j 1; output identical to -j 1: ${jsame[$j]} |"
  done
  echo "| dictionary load | $(calc "%.1f" "$load_s * 1000") ms | dyad code on an empty input: process start, load, exit |"
  echo "| time to first event | $(calc "%.1f" "$first_s * 1000") ms | from the start of dyad code -j 1 on the corpus to its first output line |"
  echo "| peak RSS, -j 1 | $(calc "%.1f" "${jrss[1]} / 1024") MiB | (empty input: $(calc "%.1f" "$load_rss / 1024") MiB) |"
  if [ "$maxj" -gt 1 ]; then echo "| peak RSS, -j $maxj | $(calc "%.1f" "${jrss[$maxj]} / 1024") MiB | |"; fi
  echo "| floor: scan | $(calc "%.3f" "$floor_scan") s | $(num "$(calc "%.1f" "$sentences / $floor_scan")") sentences/s, $(calc "%.1f" "$corpus_bytes / 1e6 / $floor_scan") MB/s (CPU $(calc "%.3f" "$floor_scancpu") s); $(num "${floor_words:-0}") words, $(num "${floor_hits:-0}") in the vocabulary; vocabulary load not included |"
  echo "| floor: wall | $(calc "%.3f" "$floor_wall") s | CPU $(calc "%.3f" "$floor_cpu") s; vocabulary ${floor_vocab:-?}; peak RSS $(calc "%.1f" "$floor_rss / 1024") MiB |"
  echo "| dyad / floor | $(calc "%.1f" "$code1 / $floor_scan")x | (dyad -j 1 wall - dictionary load) / floor scan, wall clock |"
  echo "| dyad / floor, CPU time | $(calc "%.1f" "$codecpu1 / $floor_scancpu")x | (dyad -j 1 CPU - dictionary load CPU) / floor scan CPU |"
  echo "| dyad / floor, end to end | $(calc "%.1f" "$w1 / $floor_wall")x | dyad -j 1 wall / floor wall (both with their start-up) |"
  echo
  echo "| threads | wall s | CPU s | sentences/s | speedup | peak RSS MiB | identical to -j 1 |"
  echo "|---:|---:|---:|---:|---:|---:|---|"
  for ((j = 1; j <= maxj; j++)); do
    echo "| $j | $(calc "%.3f" "${jwall[$j]}") | $(calc "%.3f" "${jcpu[$j]}") | $(num "$(calc "%.1f" "$sentences / ${jwall[$j]}")") | $(calc "%.2f" "$w1 / ${jwall[$j]}") | $(calc "%.1f" "${jrss[$j]} / 1024") | ${jsame[$j]} |"
  done
  if [ ${#notes[@]} -gt 0 ]; then
    echo
    for n in "${notes[@]}"; do echo "- note: $n"; done
  fi
} >"$report"
cat "$report"

# ---- the bounded-memory stream -----------------------------------------------------------------
if [ "${BENCH_STREAM:-1}" != 0 ]; then
  { echo; bash bench/stream.sh "$build"; } | tee -a "$report"
else
  say "stream check skipped (BENCH_STREAM=0)"
fi
say "figures in $report"
