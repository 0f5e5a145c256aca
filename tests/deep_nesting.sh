#!/usr/bin/env bash
# tests/deep_nesting.sh GORO — programs nested far deeper than a C++ thread's
# usual stack allows compile and run (tools/driver.cpp runs the front end on a
# thread with a 1 GiB stack): 100 000 nested parentheses, a 100 000-term sum
# (a left-deep tree), 3 000 nested blocks. Deeper than the compiler's stack
# can take (shown here with GORO_FRONTEND_STACK=4, a 4 MiB one), goro ends
# with a compile error and exit status 1, not a crash.
set -u
goro=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail=0
check() {  # NAME WANT_RC WANT_OUTPUT [env...]
  local name=$1 want_rc=$2 want=$3
  shift 3
  out=$(env "$@" "$goro" run "$dir/$name.go" 2>&1)
  rc=$?
  if [ $rc -ne "$want_rc" ] || [ "$out" != "$want" ]; then
    echo "deep_nesting $name: FAIL (rc=$rc, want $want_rc)"; echo "$out" | head -5 | cut -c1-300; fail=1
  else
    echo "deep_nesting $name: ok"
  fi
}
rep() { awk -v s="$1" -v n="$2" 'BEGIN { for (i = 0; i < n; i++) printf "%s", s }'; }
gen() {  # NAME BODY (the body of func main)
  printf 'package main\n\nimport "fmt"\n\nfunc main() {\n%s\n}\n' "$2" > "$dir/$1.go"
}
gen parens "	x := $(rep '(' 100000)1$(rep ')' 100000)
	fmt.Println(x)"
gen sum "	x := 0$(rep '+1' 100000)
	fmt.Println(x)"
gen blocks "	x := 0
$(rep 'if x >= 0 {
' 3000)x++
$(rep '}
' 3000)
	fmt.Println(x)"
check parens 0 1
check sum 0 100000
check blocks 0 1
check parens 1 "$dir/parens.go: goro: program nested too deeply to compile (the compiler's stack is exhausted)" GORO_FRONTEND_STACK=4
exit $fail
