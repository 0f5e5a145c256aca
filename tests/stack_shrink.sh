#!/usr/bin/env bash
# Stacks shrink: tests/go/conc_stack_shrink.go (goroutines that grew deep
# park with pointers into their frames) must print its expected output AND
# report shrinks in its stack counters (GORODEBUG=stacks=1), at GOMAXPROCS=1,2,4.
#   tests/stack_shrink.sh GORO
set -u
goro=$1
here=$(cd "$(dirname "$0")" && pwd)
prog=$here/go/conc_stack_shrink.go
tmp=$(mktemp -d "${TMPDIR:-/tmp}/shrink.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0
for procs in 1 2 4; do
	GOMAXPROCS=$procs GORODEBUG=stacks=1 timeout -k 5 120 "$goro" run "$prog" </dev/null >"$tmp/out" 2>"$tmp/err"
	code=$?
	line=$(grep '^goro: stacks:' "$tmp/err")
	shrinks=$(sed -nE 's/.* shrinks=([0-9]+).*/\1/p' <<<"$line")
	grows=$(sed -nE 's/.* grows=([0-9]+).*/\1/p' <<<"$line")
	if [ "$code" != 0 ] || ! cmp -s "$tmp/out" "${prog%.go}.out"; then
		echo "FAIL GOMAXPROCS=$procs: exit $code or wrong output"; cat "$tmp/out" "$tmp/err" | head -20; fail=1
	elif [ -z "$shrinks" ] || [ "$shrinks" -lt 8 ] || [ "$grows" -lt 8 ]; then
		echo "FAIL GOMAXPROCS=$procs: expected >= 8 grows and shrinks: $line"; fail=1
	else
		echo "ok GOMAXPROCS=$procs: $line"
	fi
done
exit $fail
