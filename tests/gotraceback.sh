#!/usr/bin/env bash
# GOTRACEBACK is read as Go reads it (checked against Go 1.19's output):
#   none   the panic line only;            single (default)  the failing goroutine;
#   all / system / a number: every goroutine;  crash: as all, then death by SIGABRT.
# A deadlock report under none is its fatal-error line only.
#   tests/gotraceback.sh GORO
set -u
goro=$1
here=$(cd "$(dirname "$0")" && pwd)
prog=$here/gotraceback/panic_others.go
dead=$here/fatal/deadlock_after_gomaxprocs.go
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gotb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
fail=0
check() {  # name, want-status, grep pattern that must match (or !pattern: must not)
	local name=$1 want=$2
	shift 2
	if [ "$code" != "$want" ]; then echo "FAIL $name: exit status $code, want $want"; fail=1; fi
	for pat in "$@"; do
		if [ "${pat#!}" != "$pat" ]; then
			grep -qE -- "${pat#!}" "$tmp/err" && { echo "FAIL $name: stderr has /${pat#!}/"; fail=1; }
		else
			grep -qE -- "$pat" "$tmp/err" || { echo "FAIL $name: stderr lacks /$pat/"; fail=1; }
		fi
	done
}
run() {  # (in a subshell: bash's "Aborted" note for crash goes to /dev/null)
	(GOTRACEBACK=$1 "$goro" run "$2" </dev/null >/dev/null 2>"$tmp/err"; echo $? >"$tmp/code") 2>/dev/null
	code=$(cat "$tmp/code")
}

run none "$prog"
[ "$(cat "$tmp/err")" = "panic: boom" ] || { echo "FAIL none: stderr is not just the panic line"; fail=1; }
check none 2
run "" "$prog";     check default 2 '^goroutine 1 \[running\]:$' '!chan receive'
run single "$prog"; check single 2 '^goroutine 1 \[running\]:$' '!chan receive'
for v in all system 1 2; do
	run $v "$prog"; check "$v" 2 '^goroutine 1 \[running\]:$' '^goroutine [0-9]+ \[chan receive\]:$' '^main\.worker\('
done
run crash "$prog"; check crash 134 '^goroutine [0-9]+ \[chan receive\]:$'
run none "$dead"
[ "$(cat "$tmp/err")" = "fatal error: all goroutines are asleep - deadlock!" ] || { echo "FAIL deadlock none: $(head -3 "$tmp/err")"; fail=1; }
[ $fail = 0 ] && echo "gotraceback: PASS"
exit $fail
