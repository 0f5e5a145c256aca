#!/usr/bin/env bash
# tests/stdin_syscall.sh GORO — a goroutine blocked in read(2) on stdin holds
# the only P for at most ~20 µs (sysmon hands it off): main keeps running
# until the input arrives 0.5 s later.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$( (sleep 0.5; echo hello) | timeout 20 "$1" run "$here/stdin_syscall.go" 2>&1)
want='main kept running while the reader blocked: true
reader got "hello\n"'
if [ "$out" != "$want" ]; then echo "FAIL:"; echo "$out"; exit 1; fi
echo "stdin_syscall: PASS"
