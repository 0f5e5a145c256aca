#!/usr/bin/env bash
# tests/trace.sh GORO TRACE_CHECK — `goro trace` on a worker pool (tests/trace/pool.go)
# and on a program's own annotations (tests/trace/annotations.go, package runtime/trace)
# and timers (tests/trace/timers.go)
# at GOMAXPROCS=1, 2 and 4: the program's output and exit status are those of
# `goro run`, and trace_check (tests/trace/trace_check.cpp) finds the trace
# well-formed: 4 go events, every G created ran, flows from unblocks to run
# slices, Go's wait reasons. A program that ends in a deadlock still gets its
# trace (exit status 2).
set -u
goro=$1 check=$2
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
for procs in 1 2 4; do
  out=$(GOMAXPROCS=$procs "$goro" trace -o "$dir/t.json" "$here/trace/pool.go" 2>&1)
  rc=$?
  if [ $rc -ne 0 ] || [ "$out" != "$(cat "$here/trace/pool.out")" ]; then
    echo "trace GOMAXPROCS=$procs: FAIL (rc=$rc)"; echo "$out" | head -5; fail=1; continue
  fi
  if ! "$check" "$dir/t.json" 4; then echo "trace GOMAXPROCS=$procs: FAIL"; fail=1; continue; fi
  grep -q '"name":"go G2 main.worker"' "$dir/t.json" || { echo "no 'go G2 main.worker' event"; fail=1; }
  grep -q '"was waiting on":"chan receive"' "$dir/t.json" || { echo "no unblock of a receiver"; fail=1; }
done
# many hand-offs between two goroutines on several Ps: no flow may end
# before it starts (a G readied while its own slice is still ending)
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tc := make(chan int)\n\tgo func() {\n\t\tfor i := 0; i < 20000; i++ {\n\t\t\tc <- i\n\t\t}\n\t\tclose(c)\n\t}()\n\ts := 0\n\tfor v := range c {\n\t\ts += v\n\t}\n\tfmt.Println(s)\n}\n' > "$dir/pp.go"
for procs in 2 4; do
  out=$(GOMAXPROCS=$procs "$goro" trace -o "$dir/p.json" "$dir/pp.go" 2>&1)
  if [ "$out" != "199990000" ] || ! "$check" "$dir/p.json" 1; then
    echo "trace of a ping-pong, GOMAXPROCS=$procs: FAIL"; echo "$out" | head -3; fail=1
  fi
done
# the program's own annotations (package runtime/trace): under `goro trace`
# tracing is on, and the regions, logs and task are in the file; under
# `goro run` it is off and trace.Start says why
for procs in 1 2 4; do
  out=$(GOMAXPROCS=$procs "$goro" trace -o "$dir/a.json" "$here/trace/annotations.go" 2>&1)
  sum=$("$check" "$dir/a.json" 3)
  if [ "$out" != "enabled: true" ] || ! grep -q "regions 6, logs 4, tasks 1" <<<"$sum" ||
    ! grep -q '"name":"cup 1: 11 g","cat":"log"' "$dir/a.json"; then
    echo "trace of annotations, GOMAXPROCS=$procs: FAIL"; echo "$out" | head -3; echo "$sum"; fail=1
  fi
done
out=$("$goro" run "$here/trace/annotations.go" 2>&1)
if ! grep -q "^start: runtime/trace: goro does not write Go's binary trace format" <<<"$out" || ! grep -q "^enabled: false" <<<"$out"; then
  echo "annotations under goro run: FAIL"; echo "$out" | head -3; fail=1
fi
# timers: a span for each sleep and time-package timer, from arming to firing
# or stopping (the ticker's count of ticks depends on timing: at least 7 spans)
for procs in 1 2 4; do
  out=$(GOMAXPROCS=$procs "$goro" trace -o "$dir/tm.json" "$here/trace/timers.go" 2>&1)
  sum=$("$check" "$dir/tm.json" -1)  # (every timer that fires starts a goroutine)
  n=$(sed -n 's/.*timers \([0-9]*\)$/\1/p' <<<"$sum")
  if [ "$out" != "true 3" ] || [ "${n:-0}" -lt 7 ] || ! grep -q '"name":"sleep G2 main.main.func1","cat":"timer"' "$dir/tm.json" ||
    ! grep -q '"end":"stopped"' "$dir/tm.json" || ! grep -q '"name":"ticker armed by G1 main"' "$dir/tm.json"; then
    echo "trace of timers, GOMAXPROCS=$procs: FAIL"; echo "$out" | head -3; echo "$sum"; fail=1
  fi
done
# garbage collections on their own lane
printf 'package main\n\nimport (\n\t"fmt"\n\t"runtime"\n)\n\ntype node struct{ l, r *node }\n\nfunc tree(d int) *node {\n\tif d == 0 {\n\t\treturn &node{}\n\t}\n\treturn &node{tree(d - 1), tree(d - 1)}\n}\n\nfunc main() {\n\tn := 0\n\tfor i := 0; i < 20; i++ {\n\t\tif tree(14).l != nil {\n\t\t\tn++\n\t\t}\n\t}\n\truntime.GC()\n\tfmt.Println(n)\n}\n' > "$dir/gc.go"
out=$("$goro" trace -o "$dir/g.json" "$dir/gc.go" 2>&1)
if [ "$out" != "20" ] || ! "$check" "$dir/g.json" 0 || ! grep -q '"name":"GC (world stopped)"' "$dir/g.json"; then
  echo "trace of garbage collections: FAIL"; echo "$out" | head -3; fail=1
fi
# a deadlock: exit status 2, Go's message, and the trace is written
printf 'package main\n\nfunc main() {\n\tc := make(chan int)\n\t<-c\n}\n' > "$dir/dead.go"
out=$("$goro" trace -o "$dir/d.json" "$dir/dead.go" 2>&1)
rc=$?
if [ $rc -ne 2 ] || ! grep -q "all goroutines are asleep - deadlock" <<<"$out" || ! "$check" "$dir/d.json" 0; then
  echo "trace of a deadlock: FAIL (rc=$rc)"; echo "$out" | head -5; fail=1
fi
# an unwritable output: the program still runs; goro says why there is no trace
out=$("$goro" trace -o /nonexistent/dir/t.json "$here/trace/pool.go" 2>&1)
rc=$?
if [ $rc -ne 0 ] || ! grep -q "goro trace: cannot write /nonexistent/dir/t.json" <<<"$out"; then
  echo "trace to an unwritable path: FAIL (rc=$rc)"; echo "$out" | head -5; fail=1
fi
[ $fail -eq 0 ] && echo "trace: PASS"
exit $fail
