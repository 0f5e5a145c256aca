#!/usr/bin/env bash
# Runs Go's own test/ken programs (or, with GOSUITE=chan, test/chan; with
# GOSUITE=top, the programs of test/ itself; with GOSUITE=fixedbugs,
# test/fixedbugs) under goro.
#
#   tests/ken.sh GORO [NAME.go ...]
#   GOSUITE=chan tests/ken.sh GORO      (expected failures: tests/chan_xfail.txt)
#   GOSUITE=top tests/ken.sh GORO       (expected failures: tests/top_xfail.txt)
#   GOSUITE=fixedbugs tests/ken.sh GORO (expected failures: tests/fixedbugs_xfail.txt)
#   GOSUITE=abi / GOSUITE=interface     (test/abi, test/interface: tests/abi_xfail.txt, interface_xfail.txt)
#
# For every $GOROOT/test/ken/*.go whose first line is `// run` (or only the
# NAMEs given), copy it into a fresh temp dir and run `GORO run NAME.go` there
# (timeout: $KEN_TIMEOUT s, default 30; stdin /dev/null). As in Go's test/run.go ("run" action), stdout
# and stderr are captured together and the test passes iff the exit status is 0
# and that combined output equals NAME.out when it exists, else is empty.
# Expected failures are listed in tests/ken_xfail.txt (`NAME.go  # reason`): they
# print XFAIL, or XPASS if they pass (reported, not a failure).
# KEN_SKIP="A.go B.go" skips those programs (printed as SKIP; the TSan build
# uses it for programs whose own Go code races — see tests/CMakeLists.txt).
# Prints one line per test and finally `ken: N passed, M failed` (N counts PASS
# and XPASS, M counts FAIL); exits 1 if M > 0.
set -u
if [ $# -lt 1 ]; then
	echo "usage: $0 GORO [NAME.go ...]" >&2
	exit 2
fi
goro=$1
shift
case $goro in
*/*) goro="$(cd "$(dirname "$goro")" && pwd)/$(basename "$goro")" ;;
*) goro=$(command -v "$goro") || { echo "ken: $1: not found" >&2; exit 2; } ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
suite=${GOSUITE:-ken}
subdir=$suite
[ "$suite" = top ] && subdir=.

goroot=
if command -v go >/dev/null 2>&1; then
	goroot=$(go env GOROOT 2>/dev/null)
fi
if [ -z "$goroot" ] || [ ! -d "$goroot/test/$subdir" ]; then
	for d in /usr/lib/go-1.19 /usr/lib/go /usr/local/go; do
		if [ -d "$d/test/$subdir" ]; then goroot=$d; break; fi
	done
fi
kendir=$goroot/test/$subdir
if [ ! -d "$kendir" ]; then
	echo "ken: cannot find Go's test/ken (GOROOT=$goroot); install golang-1.19-src" >&2
	exit 2
fi

# Go's test/run.go runs each program with GOOS and GOARCH in its environment
# (test/env.go checks them): so does this runner, with goro's own values.
export GOOS=linux
case $(uname -m) in
x86_64) export GOARCH=amd64 ;;
aarch64) export GOARCH=arm64 ;;
*) export GOARCH=$(uname -m) ;;
esac

declare -A xfail=()
if [ -f "$here/${suite}_xfail.txt" ]; then
	while read -r name _; do
		case $name in '' | '#'*) continue ;; esac
		case $name in *.go) ;; *) name=$name.go ;; esac
		xfail[$name]=1
	done <"$here/${suite}_xfail.txt"
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ken.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
	tests=()
	for n in "$@"; do tests+=("$kendir/$(basename "$n")"); done
else
	tests=("$kendir"/*.go)
fi

declare -A skip=()
for n in ${KEN_SKIP:-}; do skip[$n]=1; done

passed=0 failed=0 xfailed=0 xpassed=0 skipped=0
for f in "${tests[@]}"; do
	name=$(basename "$f")
	if [ -n "${skip[$name]:-}" ]; then
		echo "SKIP  $name (KEN_SKIP)"
		skipped=$((skipped + 1))
		continue
	fi
	[ -f "$f" ] || { echo "FAIL  $name (no such test)"; failed=$((failed + 1)); continue; }
	[ "$(head -n 1 "$f")" = "// run" ] || continue
	work="$tmp/${name%.go}"
	mkdir -p "$work"
	cp "$f" "$work/"
	(cd "$work" && timeout -k 5 "${KEN_TIMEOUT:-30}" "$goro" run "$name" </dev/null >"$work/output" 2>&1)
	code=$?
	want="$kendir/${name%.go}.out"
	ok=0
	why=
	if [ "$code" != 0 ]; then
		why="exit status $code"
		[ "$code" = 124 ] && why="timeout (${KEN_TIMEOUT:-30} s)"
	elif [ -f "$want" ]; then
		if cmp -s "$want" "$work/output"; then ok=1; else why="output differs from ${name%.go}.out"; fi
	elif [ -s "$work/output" ]; then
		why="unexpected output"
	else
		ok=1
	fi
	if [ -n "${xfail[$name]:-}" ]; then
		if [ $ok = 1 ]; then
			echo "XPASS $name"
			xpassed=$((xpassed + 1))
			passed=$((passed + 1))
		else
			echo "XFAIL $name ($why)"
			xfailed=$((xfailed + 1))
		fi
	elif [ $ok = 1 ]; then
		echo "PASS  $name"
		passed=$((passed + 1))
	else
		echo "FAIL  $name ($why)"
		head -c 2000 "$work/output" | head -n 20 | sed 's/^/      | /'
		failed=$((failed + 1))
	fi
	rm -rf "$work"
done
echo "$suite: $xfailed expected failures, $xpassed unexpected passes"
echo "$suite: $passed passed, $failed failed, $skipped skipped"
[ $failed = 0 ]
