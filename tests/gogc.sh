#!/usr/bin/env bash
# GOGC is read at start-up as Go reads it: debug.SetGCPercent returns what it
# set ("off" and negative numbers: -1; not a number: the default 100).
#   tests/gogc.sh GORO
set -u
goro=$1
prog=$(dirname "$0")/gogc/gcpercent.go
fail=0
for pair in ":100" "off:-1" "50:50" "-5:-1" "abc:100" "250:250"; do
	val=${pair%%:*} want=${pair#*:}
	got=$(GOGC=$val "$goro" run "$prog" </dev/null 2>&1)
	if [ "$got" != "$want" ]; then
		echo "GOGC='$val': got '$got', want '$want'"
		fail=1
	fi
done
[ $fail = 0 ] && echo "gogc: PASS"
exit $fail
