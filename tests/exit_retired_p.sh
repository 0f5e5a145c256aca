#!/usr/bin/env bash
# tests/exit_retired_p.go, 40 times: exit 0 and its sum every time, never
# "all goroutines are asleep" (the race it checks lost about one run in 15
# before main stayed its P's curg until the process exits).
#   tests/exit_retired_p.sh GORO
set -u
goro=$1
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for i in $(seq 40); do
	out=$(timeout -k 5 60 "$goro" run "$here/exit_retired_p.go" 2>&1 </dev/null)
	code=$?
	if [ "$code" != 0 ] || [ "$out" != 45150 ]; then
		echo "FAIL run $i: exit $code"; echo "$out" | head -5; fail=1; break
	fi
done
exit $fail
