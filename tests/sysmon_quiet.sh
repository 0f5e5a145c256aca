#!/usr/bin/env bash
# tests/sysmon_quiet.sh GORO — a program with one busy goroutine must not keep
# sysmon polling every 20 µs: its preemption requests (one per 10 ms) are not
# "work" that resets sysmon's back-off, as in Go's retake. Counted with the
# voluntary context switches of the whole process (GNU time's %w, every
# thread): a sysmon that went back to 20 µs after each request slept ~6000
# times a second; backed off, a few hundred. The bound is per second of CPU.
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp)
trap 'rm -f "$out"' EXIT
/usr/bin/time -f '%w %U %S' -o "$out" "$1" run "$here/sysmon_quiet.go" > /dev/null || { echo "FAIL: run"; exit 1; }
read -r waits user sys < "$out"
limit=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s + 0.1) * 1500 }')
echo "voluntary context switches: $waits (cpu ${user}+${sys} s, limit $limit)"
if [ "$waits" -gt "$limit" ]; then echo "sysmon_quiet: FAIL"; exit 1; fi
echo "sysmon_quiet: PASS"
