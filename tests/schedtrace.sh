#!/usr/bin/env bash
# tests/schedtrace.sh GORO [detail] — GODEBUG=schedtrace=10 prints Go's SCHED
# line on stderr every 10 ms from program start ("SCHED 0ms: gomaxprocs=2
# idleprocs=N threads=N spinningthreads=N idlethreads=N runqueue=N [N N]",
# one run-queue length per P); with `detail` (scheddetail=1) the header's
# extra fields and a line per P, M and G in Go's format. Without GODEBUG,
# nothing of it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
err=$(mktemp)
trap 'rm -f "$err"' EXIT
fail() { echo "FAIL: $*"; cat "$err"; exit 1; }
out=$(GOMAXPROCS=2 "$1" run "$here/schedtrace.go" 2>"$err") || fail "run"
[ "$out" = ok ] && [ ! -s "$err" ] || fail "without GODEBUG: stdout '$out', stderr above"
n='[0-9]+'
if [ "${2:-}" != detail ]; then
  out=$(GOMAXPROCS=2 GODEBUG=schedtrace=10 "$1" run "$here/schedtrace.go" 2>"$err") || fail "run"
  [ "$out" = ok ] || fail "stdout '$out'"
  head -n 1 "$err" | grep -q '^SCHED 0ms: ' || fail "first line"
  lines=$(wc -l < "$err")
  [ "$lines" -ge 3 ] || fail "$lines SCHED lines"
  bad=$(grep -Evc "^SCHED ${n}ms: gomaxprocs=2 idleprocs=$n threads=$n spinningthreads=$n idlethreads=$n runqueue=$n \[$n $n\]$" "$err")
  [ "$bad" = 0 ] || fail "$bad lines not in Go's format"
  echo "schedtrace: PASS ($lines lines)"
  exit 0
fi
out=$(GOMAXPROCS=2 GODEBUG=schedtrace=10,scheddetail=1 "$1" run "$here/schedtrace.go" 2>"$err") || fail "run"
[ "$out" = ok ] || fail "stdout '$out'"
grep -Eq "^SCHED 0ms: gomaxprocs=2 idleprocs=$n threads=$n spinningthreads=$n idlethreads=$n runqueue=$n gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0$" "$err" || fail "header"
for p in 0 1; do
  grep -Eq "^  P$p: status=[0-4] schedtick=$n syscalltick=$n m=-?$n runqsize=$n gfreecnt=$n timerslen=$n$" "$err" || fail "P$p line"
done
grep -Eq "^  M0: p=-?$n curg=-?$n mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=(true|false) blocked=(true|false) lockedg=-1$" "$err" || fail "M0 line"
grep -Eq "^  G1: status=[0-6]\([a-z ]*\) m=-?$n lockedm=-1$" "$err" || fail "G1 line"
grep -Eq "^  G1: status=4\(chan receive\) m=-1 lockedm=-1$" "$err" || fail "main waiting in chan receive"
bad=$(grep -Evc "^(SCHED |  [PMG][0-9]+: )" "$err")
[ "$bad" = 0 ] || fail "$bad other lines"
echo "scheddetail: PASS"
