#!/usr/bin/env bash
# Map writes racing with other map access under real parallelism end in Go's
# fatal error, never in a VM crash:
#   tests/concurrent_map.sh GORO
# runs tests/concurrent_map/*.go 10 times each at GOMAXPROCS=2 and 4 and checks
# every run: exit status 2, empty stdout, stderr starting with
# "fatal error: concurrent map writes" or "... read and map write" followed by
# "goroutine N [running]:" (as Go prints it), and no signal/crash text.
# (Not in the TSan run: these programs race on purpose.)
set -u
goro=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cmap.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0
for prog in "$here"/concurrent_map/*.go; do
	name=$(basename "$prog")
	for procs in 2 4; do
		for i in $(seq 1 10); do
			GOMAXPROCS=$procs timeout -k 5 60 "$goro" run "$prog" </dev/null >"$tmp/out" 2>"$tmp/err"
			code=$?
			first=$(head -n 1 "$tmp/err")
			third=$(sed -n 3p "$tmp/err")
			why=
			if [ "$code" != 2 ]; then
				why="exit status $code"
			elif [ -s "$tmp/out" ]; then
				why="unexpected stdout"
			elif [ "$first" != "fatal error: concurrent map writes" ] &&
				[ "$first" != "fatal error: concurrent map read and map write" ]; then
				why="first line: $first"
			elif ! [[ $third =~ ^goroutine\ [0-9]+\ \[running\]:$ ]]; then
				why="third line: $third"
			elif grep -qiE 'segmentation|SIG[A-Z]+|AddressSanitizer|runtime error' "$tmp/err"; then
				why="crash text in stderr"
			fi
			if [ -n "$why" ]; then
				echo "FAIL $name GOMAXPROCS=$procs run $i: $why"
				head -n 20 "$tmp/err" | sed 's/^/      | /'
				fail=1
			fi
		done
		echo "done $name GOMAXPROCS=$procs"
	done
done
exit $fail
