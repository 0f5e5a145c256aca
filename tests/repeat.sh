#!/usr/bin/env bash
# Runs a golden program many times at one GOMAXPROCS: every run must exit 0
# with its expected output (tests/go/NAME.out) within 60 s. For races in the
# scheduler that a single run shows only sometimes (each test names the bug
# it guards against in tests/CMakeLists.txt).
#   tests/repeat.sh GORO PROG.go RUNS GOMAXPROCS
set -u
goro=$1 prog=$2 runs=$3 procs=$4
want=$(cat "${prog%.go}.out")
for i in $(seq "$runs"); do
	out=$(GOMAXPROCS=$procs timeout -k 5 60 "$goro" run "$prog" 2>&1 </dev/null)
	code=$?
	if [ "$code" != 0 ] || [ "$out" != "$want" ]; then
		echo "FAIL $(basename "$prog") GOMAXPROCS=$procs run $i: exit $code"
		echo "$out" | head -5
		exit 1
	fi
done
echo "ok: $runs runs of $(basename "$prog") at GOMAXPROCS=$procs"
