#!/usr/bin/env bash
# tests/mem_bound.sh GORO FILE.go EXPECTED_OUT — run a program that allocates
# far more than it keeps under a 1 GiB address-space limit: it must finish with
# the expected output, i.e. the collector keeps memory bounded.
set -u
goro=$1 src=$2 want=$3
if [ -n "${GORO_SANITIZED:-}" ]; then echo "skipped under sanitizers (they reserve terabytes of address space)"; exit 0; fi
out=$( (ulimit -v 1048576; "$goro" run "$src") 2>&1)
rc=$?
if [ $rc -ne 0 ] || [ "$out" != "$(cat "$want")" ]; then
  echo "mem_bound: FAIL (rc=$rc)"; echo "$out" | head -20; exit 1
fi
echo "mem_bound: PASS"
