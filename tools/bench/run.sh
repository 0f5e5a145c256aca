#!/usr/bin/env bash
# goro benchmark suite. See tools/bench/README.md.
#
#   tools/bench/run.sh [options] [names...]
#
#   --quick        one run per implementation (default: best of 3), lower yaegi cap
#   --conc         run the goroutine benchmarks (conc/*.go) against goro and go only
#   --all          run the sequential suite and then the goroutine suite
#   -n N           best of N runs
#   --tsv FILE     also write raw results (bench impl status seconds peak_kib) to FILE
#   --list         list the benchmarks and exit
#   names...       only these benchmarks (file names without .go)
#
# Environment: GORO (default build/goro), GO (go), YAEGI (yaegi), LUA (lua5.4),
#   TIMEOUT (per-run cap in s, default 120), YAEGI_TIMEOUT (default 60, 30 with --quick),
#   REPEAT_MAX (a run slower than this many seconds is not repeated, default 10).
#
# A benchmark is a file: tools/bench/X.go (+ optional X.lua doing the same work and
# printing the same output) or tools/bench/conc/X.go. Drop a file in to add one.
# Optional marker lines inside the .go file:
#   // bench-skip: yaegi lua        do not run these implementations on it
#   // bench-goroutines: 500000     report (peak RSS - hello peak RSS) / N per goroutine
set -uo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)

RUNS=3
QUICK=0
MODE=seq
TSV=""
LIST=0
NAMES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; RUNS=1 ;;
    --conc) MODE=conc ;;
    --all) MODE=all ;;
    -n) shift; RUNS=${1:?-n needs a number} ;;
    --tsv) shift; TSV=${1:?--tsv needs a file} ;;
    --list) LIST=1 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) NAMES+=("${1%.go}") ;;
  esac
  shift
done

GORO=${GORO:-$ROOT/build/goro}
GO=${GO:-go}
YAEGI=${YAEGI:-yaegi}
LUA=${LUA:-lua5.4}
TIMEOUT=${TIMEOUT:-120}
if [ "$QUICK" = 1 ]; then YAEGI_TIMEOUT=${YAEGI_TIMEOUT:-30}; else YAEGI_TIMEOUT=${YAEGI_TIMEOUT:-60}; fi
REPEAT_MAX=${REPEAT_MAX:-10}
HELLO_RUNS=$(( RUNS < 3 ? 5 : RUNS * 3 ))

# ---------------------------------------------------------------- benchmarks
seq_benches() { # hello first: it is the start-up measurement
  [ -e "$HERE/hello.go" ] && echo hello
  local f; for f in "$HERE"/*.go; do [ -e "$f" ] && [ "${f##*/}" != hello.go ] && basename "$f" .go; done
}
conc_benches() { local f; for f in "$HERE"/conc/*.go; do [ -e "$f" ] && basename "$f" .go; done; }
selected() { # selected NAME: true if no names were given or NAME is among them
  [ ${#NAMES[@]} -eq 0 ] && return 0
  local n; for n in "${NAMES[@]}"; do [ "$n" = "$1" ] && return 0; done; return 1
}
if [ "$LIST" = 1 ]; then
  echo "sequential (tools/bench):"; for b in $(seq_benches); do printf '  %-14s %s\n' "$b" "$(sed -n '1s#^// *##p' "$HERE/$b.go")"; done
  echo "goroutines (tools/bench/conc, --conc):"; for b in $(conc_benches); do printf '  %-14s %s\n' "$b" "$(sed -n '1s#^// *##p' "$HERE/conc/$b.go")"; done
  exit 0
fi

# ---------------------------------------------------------------- measuring
TMP=$(mktemp -d "${TMPDIR:-/tmp}/gorobench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

# Preferred: the small Go helper measure/measure.go (one fork/exec, ~1 ms overhead,
# RSS floor ~1.7 MiB = its own size); else GNU time + timeout (several ms of overhead
# per run); else a Python helper; else wall time only. MEASURE=gnutime|python|none forces one.
RSS_TOOL=${MEASURE:-}
if [ -z "$RSS_TOOL" ] && command -v "${GO:-go}" >/dev/null 2>&1 &&
   (cd "$HERE/measure" && "${GO:-go}" build -o "$TMP/measure" measure.go) >/dev/null 2>&1; then
  RSS_TOOL=helper
elif [ -n "$RSS_TOOL" ]; then
  :
elif /usr/bin/time -f '%M' -o "$TMP/probe" true 2>/dev/null && grep -qE '^[0-9]+$' "$TMP/probe"; then
  RSS_TOOL=gnutime
elif command -v python3 >/dev/null 2>&1; then
  RSS_TOOL=python
else
  RSS_TOOL=none
fi

# wall clock in ns without forking (bash 5 EPOCHREALTIME has microseconds)
PY_MEASURE='
import resource, subprocess, sys, time
t0 = time.perf_counter_ns()
rc = subprocess.call(sys.argv[2:])
ns = time.perf_counter_ns() - t0
with open(sys.argv[1], "w") as f:
    f.write("%d %d\n" % (ns, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(rc if rc >= 0 else 128 - rc)
'
now_ns() {
  if [ -n "${EPOCHREALTIME:-}" ]; then NOW=$(( ${EPOCHREALTIME//[.,]/} * 1000 )); else NOW=$(date +%s%N); fi
}

# measure CAP OUTFILE CMD...: runs CMD once under a wall-clock cap.
# Sets M_RC (exit status, 124/137 = timed out), M_NS (wall ns), M_KIB (peak RSS KiB or "?").
measure() {
  local cap=$1 out=$2; shift 2
  local t0 t1
  rm -f "$TMP/rss"
  case $RSS_TOOL in
    helper)
      "$TMP/measure" -o "$TMP/rss" -t "$cap" "$@" >"$out" 2>"$out.err" </dev/null
      read -r M_RC M_NS M_KIB <"$TMP/rss" 2>/dev/null || { M_RC=1; M_NS=0; M_KIB='?'; }
      ;;
    gnutime)
      now_ns; t0=$NOW
      /usr/bin/time -f '%M' -o "$TMP/rss" timeout -k 5 "$cap" "$@" >"$out" 2>"$out.err" </dev/null
      M_RC=$?
      now_ns; t1=$NOW
      M_NS=$((t1 - t0))
      M_KIB=$(tail -n 1 "$TMP/rss" 2>/dev/null | grep -E '^[0-9]+$' || echo '?')
      ;;
    python)
      # wall time is taken inside the helper, so Python's own start-up is not counted
      python3 -c "$PY_MEASURE" "$TMP/rss" timeout -k 5 "$cap" "$@" >"$out" 2>"$out.err" </dev/null
      M_RC=$?
      read -r M_NS M_KIB <"$TMP/rss" 2>/dev/null || { M_NS=0; M_KIB='?'; }
      ;;
    none)
      now_ns; t0=$NOW
      timeout -k 5 "$cap" "$@" >"$out" 2>"$out.err" </dev/null
      M_RC=$?
      now_ns; t1=$NOW
      M_NS=$((t1 - t0)); M_KIB='?'
      ;;
  esac
}

# ---------------------------------------------------------------- implementations
# An implementation X provides:  X_ok (available at all?)  and  X_cmd BENCHDIR NAME
# (prints nothing; sets CMD array, or returns 1 if it cannot run that benchmark).
GOBIN="$TMP/gobin"; mkdir -p "$GOBIN"
goro_ok()  { [ -x "$GORO" ]; }
goro_cmd() { CMD=("$GORO" run "$1/$2.go"); }
go_ok()    { command -v "$GO" >/dev/null 2>&1; }
go_cmd()   { # build once per benchmark; a build failure counts as a failed run
  local bin
  bin="$GOBIN/$(basename "$1")_$2"
  if [ ! -e "$bin" ] && [ ! -e "$bin.failed" ]; then
    (cd "$1" && "$GO" build -o "$bin" "$2.go") >"$bin.log" 2>&1 || touch "$bin.failed"
  fi
  if [ -e "$bin.failed" ]; then CMD=(sh -c "cat '$bin.log' >&2; exit 1"); else CMD=("$bin"); fi
}
yaegi_ok()  { command -v "$YAEGI" >/dev/null 2>&1; }
yaegi_cmd() { CMD=("$YAEGI" run "$1/$2.go"); }
lua_ok()    { command -v "$LUA" >/dev/null 2>&1; }
lua_cmd()   { [ -e "$1/$2.lua" ] || return 1; CMD=("$LUA" "$1/$2.lua"); }
impl_cap()  { if [ "$1" = yaegi ]; then echo "$YAEGI_TIMEOUT"; else echo "$TIMEOUT"; fi; }

# results: ST[b,i] in ok|mismatch|fail|timeout|na|skip ; SEC[b,i] ; KIB[b,i]
declare -A ST SEC KIB

skipped_by_marker() { grep -qE "^// bench-skip:.*\\b$3\\b" "$1/$2.go"; }

# run_bench DIR NAME NRUNS IMPLS... : best-of-NRUNS for each implementation, then output check
run_bench() {
  local dir=$1 b=$2 nruns=$3; shift 3
  local i r cap best bestkib out ref="" refimpl=""
  for i in "$@"; do
    ST[$b,$i]=na; SEC[$b,$i]=""; KIB[$b,$i]=""
    "${i}_ok" || continue
    if skipped_by_marker "$dir" "$b" "$i" || ! "${i}_cmd" "$dir" "$b"; then ST[$b,$i]=skip; continue; fi
    cap=$(impl_cap "$i")
    best=""; bestkib=""
    out="$TMP/out.$b.$i"
    printf '  %-12s %-6s' "$b" "$i" >&2
    for ((r = 1; r <= nruns; r++)); do
      measure "$cap" "$out.$r" "${CMD[@]}"
      if [ "$M_RC" = 124 ] || [ "$M_RC" = 137 ]; then ST[$b,$i]=timeout; printf ' >%ss' "$cap" >&2; break; fi
      if [ "$M_RC" != 0 ]; then
        ST[$b,$i]=fail; printf ' fail(rc=%s)' "$M_RC" >&2
        cp "$out.$r.err" "$TMP/fail.$b.$i" 2>/dev/null; break
      fi
      ST[$b,$i]=ok
      [ "$r" = 1 ] && cp "$out.$r" "$out"
      printf ' %.3fs' "$(awk -v n="$M_NS" 'BEGIN{print n/1e9}')" >&2
      if [ -z "$best" ] || [ "$M_NS" -lt "$best" ]; then best=$M_NS; bestkib=$M_KIB; fi
      [ "$M_NS" -gt $((REPEAT_MAX * 1000000000)) ] && break
    done
    echo >&2
    if [ "${ST[$b,$i]}" = ok ]; then
      SEC[$b,$i]=$(awk -v n="$best" 'BEGIN{printf "%.4f", n/1e9}')
      KIB[$b,$i]=$bestkib
    fi
  done
  # output check: the compiled Go program is the reference (else the first that ran)
  for i in go "$@"; do
    if [ "${ST[$b,$i]:-}" = ok ]; then ref="$TMP/out.$b.$i"; refimpl=$i; break; fi
  done
  [ -z "$ref" ] && return
  for i in "$@"; do
    if [ "${ST[$b,$i]}" = ok ] && ! cmp -s "$ref" "$TMP/out.$b.$i"; then
      ST[$b,$i]=mismatch
      MISMATCHES+=("$b: $i output differs from $refimpl:"$'\n'"$(diff "$ref" "$TMP/out.$b.$i" | head -n 6)")
    fi
  done
}
MISMATCHES=()

# ---------------------------------------------------------------- formatting
# cell B I: the time column for one implementation
cell() {
  local b=$1 i=$2
  case "${ST[$b,$i]}" in
    ok) printf '%.3f' "${SEC[$b,$i]}" ;;
    mismatch) printf '%.3f (≠)' "${SEC[$b,$i]}" ;;
    timeout) printf '>%s' "$(impl_cap "$i")" ;;
    fail) printf 'fail' ;;
    skip) printf '—' ;;
    *) printf 'n/a' ;;
  esac
}
# ratio B NUM DEN: NUM time / DEN time ("≥x" when NUM timed out)
ratio() {
  local b=$1 n=$2 d=$3
  local sn=${ST[$b,$n]} sd=${ST[$b,$d]}
  if [ "$sn" = ok ] && [ "$sd" = ok ]; then
    awk -v a="${SEC[$b,$n]}" -v c="${SEC[$b,$d]}" 'BEGIN{ if (c > 0) printf "%.2f", a/c; else printf "inf" }'
  elif [ "$sn" = timeout ] && [ "$sd" = ok ]; then
    awk -v a="$(impl_cap "$n")" -v c="${SEC[$b,$d]}" 'BEGIN{ if (c > 0) printf ">%.1f", a/c; else printf "inf" }'
  else
    printf 'n/a'
  fi
}
mib() { # mib B I
  local k=${KIB[$1,$2]:-}
  if [[ "${ST[$1,$2]}" =~ ^(ok|mismatch)$ ]] && [[ "$k" =~ ^[0-9]+$ ]]; then
    awk -v k="$k" 'BEGIN{printf "%.1f", k/1024}'
  else printf 'n/a'; fi
}

versions() {
  echo "## goro benchmarks — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo '```'
  echo "machine: $(uname -sm), $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //'), $(nproc 2>/dev/null) cores"
  local rev; rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')
  if goro_ok; then
    local gv; gv=$(timeout 5 "$GORO" --version 2>/dev/null | head -n 1)
    echo "goro:  $GORO ${gv:+($gv) }(repo $rev$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ', dirty'))"
  else
    echo "goro:  $GORO: not found (n/a)"
  fi
  if go_ok; then echo "go:    $("$GO" version)"; else echo "go:    not found"; fi
  if yaegi_ok; then echo "yaegi: $("$YAEGI" version 2>&1 | head -n 1)"; else echo "yaegi: not found"; fi
  if lua_ok; then echo "lua:   $("$LUA" -v 2>&1 | head -n 1)"; else echo "lua:   not found"; fi
  local r best=""
  for ((r = 0; r < 5; r++)); do
    measure 10 "$TMP/true.out" true
    if [ -z "$best" ] || [ "$M_NS" -lt "$best" ]; then best=$M_NS; fi
  done
  echo "harness: $(awk -v n="$best" 'BEGIN{printf "%.1f", n/1e6}') ms per run (best of 5 on /bin/true; included in every time below)"
  echo "runs:  best of $RUNS (hello: best of $HELLO_RUNS); caps: ${TIMEOUT}s, yaegi ${YAEGI_TIMEOUT}s; RSS via $RSS_TOOL"
  echo '```'
  echo
}

tsv_out() { # tsv_out B IMPLS...
  [ -n "$TSV" ] || return 0
  local b=$1 i; shift
  for i in "$@"; do printf '%s\t%s\t%s\t%s\t%s\n' "$b" "$i" "${ST[$b,$i]}" "${SEC[$b,$i]}" "${KIB[$b,$i]}" >>"$TSV"; done
}

startup_line() { # startup_line IMPLS...: hello world wall time in ms
  local i parts=()
  for i in "$@"; do
    case "${ST[hello,$i]:-na}" in
      ok) parts+=("$i $(awk -v s="${SEC[hello,$i]}" 'BEGIN{printf "%.1f", s*1000}') ms") ;;
      mismatch) parts+=("$i $(awk -v s="${SEC[hello,$i]}" 'BEGIN{printf "%.1f", s*1000}') ms (≠)") ;;
      *) parts+=("$i $(cell hello "$i")") ;;
    esac
  done
  local IFS='|'; local s="${parts[*]}"
  echo "**startup** (hello.go, best of $HELLO_RUNS, wall incl. process start): ${s//|/ · }"
}

# ---------------------------------------------------------------- suites
run_seq() {
  local impls=(goro go yaegi lua) b benches=()
  for b in $(seq_benches); do selected "$b" && benches+=("$b"); done
  [ ${#benches[@]} -eq 0 ] && return
  echo "sequential suite: ${benches[*]}" >&2
  for b in "${benches[@]}"; do
    if [ "$b" = hello ]; then run_bench "$HERE" "$b" "$HELLO_RUNS" "${impls[@]}"
    else run_bench "$HERE" "$b" "$RUNS" "${impls[@]}"; fi
    tsv_out "$b" "${impls[@]}"
  done
  echo "| benchmark | goro s | go s | yaegi s | lua s | goro/go | goro/lua | yaegi/goro | goro peak MiB | go peak MiB | lua peak MiB |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  for b in "${benches[@]}"; do
    echo "| $b | $(cell "$b" goro) | $(cell "$b" go) | $(cell "$b" yaegi) | $(cell "$b" lua) | $(ratio "$b" goro go) | $(ratio "$b" goro lua) | $(ratio "$b" yaegi goro) | $(mib "$b" goro) | $(mib "$b" go) | $(mib "$b" lua) |"
  done
  echo
  selected hello && [ -n "${ST[hello,go]:-}" ] && { startup_line "${impls[@]}"; echo; }
}

per_goroutine() { # per_goroutine B I N: KiB per goroutine above the hello baseline
  local b=$1 i=$2 n=$3 k=${KIB[$1,$2]:-} base=${KIB[hello,$2]:-}
  if [[ "${ST[$b,$i]}" =~ ^(ok|mismatch)$ ]] && [[ "$k" =~ ^[0-9]+$ ]] && [[ "$base" =~ ^[0-9]+$ ]]; then
    awk -v k="$k" -v z="$base" -v n="$n" 'BEGIN{printf "%.2f", (k-z)*1024/n/1024}'
  else printf 'n/a'; fi
}

run_conc() {
  local impls=(goro go) b benches=()
  for b in $(conc_benches); do selected "$b" && benches+=("$b"); done
  [ ${#benches[@]} -eq 0 ] && return
  echo "goroutine suite: ${benches[*]}" >&2
  # hello.go gives the RSS baseline for the per-goroutine column
  [ -n "${ST[hello,go]:-}" ] || run_bench "$HERE" hello 3 "${impls[@]}"
  for b in "${benches[@]}"; do
    run_bench "$HERE/conc" "$b" "$RUNS" "${impls[@]}"
    tsv_out "$b" "${impls[@]}"
  done
  echo "| goroutine benchmark | goro s | go s | goro/go | goro peak MiB | go peak MiB | goro KiB/goroutine | go KiB/goroutine |"
  echo "|---|--:|--:|--:|--:|--:|--:|--:|"
  local n
  for b in "${benches[@]}"; do
    n=$(sed -n 's#^// bench-goroutines: *\([0-9][0-9]*\).*#\1#p' "$HERE/conc/$b.go" | head -n 1)
    if [ -n "$n" ]; then
      echo "| $b | $(cell "$b" goro) | $(cell "$b" go) | $(ratio "$b" goro go) | $(mib "$b" goro) | $(mib "$b" go) | $(per_goroutine "$b" goro "$n") | $(per_goroutine "$b" go "$n") |"
    else
      echo "| $b | $(cell "$b" goro) | $(cell "$b" go) | $(ratio "$b" goro go) | $(mib "$b" goro) | $(mib "$b" go) | — | — |"
    fi
  done
  echo
  echo "GOMAXPROCS: ${GOMAXPROCS:-default ($(nproc 2>/dev/null) cores)}"
  echo
}

[ -c /dev/null ] || echo "run.sh: warning: /dev/null is not a character device (runs read their stdin from it)" >&2
[ -n "$TSV" ] && : >"$TSV"
versions
case $MODE in
  seq) run_seq ;;
  conc) run_conc ;;
  all) run_seq; run_conc ;;
esac

status=0
if [ ${#MISMATCHES[@]} -gt 0 ]; then
  echo "**output mismatches** (≠):"; echo '```'
  printf '%s\n' "${MISMATCHES[@]}"; echo '```'
  status=1
fi
fails=$(ls "$TMP"/fail.* 2>/dev/null)
if [ -n "$fails" ]; then
  echo "**failures** (stderr, first lines):"; echo '```'
  for f in $fails; do f2=${f##*/fail.}; echo "${f2%.*} (${f2##*.}):"; head -n 4 "$f"; done
  echo '```'
fi
exit $status
