#!/usr/bin/env bash
# tests/finalizer_errors.sh GORO — runtime.SetFinalizer's misuses are Go's
# fatal errors: each tests/finalizer/*.go names on its first line
# (`// want: ...`) the first line Go 1.19 prints for it; goro must print the
# same, then the crashing goroutine (`goroutine 1 [running]:` and main.main),
# and exit 2. (Not golden files: Go's throw also dumps its own runtime
# goroutines, which goro does not have.)
set -u
here=$(cd "$(dirname "$0")" && pwd)
fail=0
for f in "$here"/finalizer/*.go; do
  want=$(head -n 1 "$f" | sed 's|^// want: ||')
  err=$("$1" run "$f" 2>&1 >/dev/null)
  code=$?
  first=$(printf '%s\n' "$err" | head -n 1)
  if [ "$code" != 2 ] || [ "$first" != "$want" ] || ! grep -q '^goroutine 1 \[running\]:' <<<"$err" ||
     ! grep -q '^main\.main' <<<"$err"; then
    echo "FAIL $(basename "$f"): exit $code, stderr:"; printf '%s\n' "$err" | head -n 8
    fail=1
  else
    echo "ok   $(basename "$f"): $first"
  fi
done
exit $fail
