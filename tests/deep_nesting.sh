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
gen() {  # NAME PYTHON-EXPRESSION-FOR-MAIN-BODY
  python3 -c "print('package main\n\nimport \"fmt\"\n\nfunc main() {\n' + $2 + '\n}')" > "$dir/$1.go"
}
gen parens "'\tx := ' + '('*100000 + '1' + ')'*100000 + '\n\tfmt.Println(x)'"
gen sum "'\tx := 0' + '+1'*100000 + '\n\tfmt.Println(x)'"
gen blocks "'\tx := 0\n' + 'if x >= 0 {\n'*3000 + 'x++\n' + '}\n'*3000 + '\tfmt.Println(x)'"
check parens 0 1
check sum 0 100000
check blocks 0 1
check parens 1 "$dir/parens.go: goro: program nested too deeply to compile (the compiler's stack is exhausted)" GORO_FRONTEND_STACK=4
exit $fail
