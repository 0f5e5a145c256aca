#!/usr/bin/env bash
# tests/stdin_scan.sh GORO — fmt.Scan and fmt.Scanln reading os.Stdin (a pipe):
# tests/go/fmt_scan.go with input, against the output Go gives for it
# (tests/stdin_scan.out, from `go run`).
set -u
here=$(cd "$(dirname "$0")" && pwd)
out=$(printf '1 2 3\n4\n5 6' | timeout 20 "$1" run "$here/go/fmt_scan.go" 2>&1)
if [ "$out" != "$(cat "$here/stdin_scan.out")" ]; then
  echo "FAIL: got:"
  echo "$out"
  exit 1
fi
echo "stdin_scan: PASS"
