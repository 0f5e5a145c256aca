#!/usr/bin/env bash
# tests/stdout_flush.sh GORO — goro buffers stdout, but what a program printed
# reaches fd 1 within milliseconds even while it sleeps (Go's stdout is
# unbuffered): a program that prints and then sleeps is killed once its output
# has arrived (or after 20 s), and that output must be all it printed.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$1" run "$here/stdout_flush.go" > "$out" 2>&1 &
pid=$!
for _ in $(seq 200); do
  [ "$(wc -l < "$out")" -ge 2 ] && break
  sleep 0.1
done
kill -KILL $pid 2> /dev/null
wait $pid 2> /dev/null
want='started
still running'
if [ "$(cat "$out")" != "$want" ]; then echo "FAIL: got:"; cat "$out"; exit 1; fi
echo "stdout_flush: PASS"
