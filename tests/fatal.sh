#!/usr/bin/env bash
# Programs that end in one of Go's fatal errors (not a panic: nothing can
# recover it), each checked against what Go 1.19 prints:
#   tests/fatal.sh GORO [NAME.go ...]     (default: tests/fatal/*.go)
# The first line of each program is `// fatal: LINE`: the first line Go writes
# to stderr (checked against `go build` + run when the program was added). A
# run passes if it exits with status 2, its stdout equals NAME.out (or is
# empty without one), its stderr starts with LINE, holds a goroutine's
# header (`goroutine N [state]:`), and shows no crash of goro
# itself (signal or sanitizer text other than Go's own `[signal ...]` line).
set -u
goro=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fatal.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
if [ $# -gt 0 ]; then progs=("$@"); else progs=("$here"/fatal/*.go); fi
fail=0
for prog in "${progs[@]}"; do
	name=$(basename "$prog" .go)
	want=$(head -n 1 "$prog")
	want=${want#// fatal: }
	(cd "$(dirname "$prog")" && timeout -k 5 60 "$goro" run "$name.go" </dev/null >"$tmp/out" 2>"$tmp/err.raw")
	code=$?
	# (ASan's note about a deep C stack, not the program's output)
	sed -e '/^==[0-9]*==WARNING: ASan is ignoring requested __asan_handle_no_return/d' \
		-e '/^False positive error reports may follow$/d' \
		-e '/^For details see https:\/\/github.com\/google\/sanitizers\/issues\/189$/d' "$tmp/err.raw" >"$tmp/err"
	wantOut=/dev/null
	[ -f "${prog%.go}.out" ] && wantOut=${prog%.go}.out
	why=
	if [ "$code" != 2 ]; then
		why="exit status $code"
	elif ! cmp -s "$tmp/out" "$wantOut"; then
		why="stdout differs"
	elif [ "$(head -n 1 "$tmp/err")" != "$want" ]; then
		why="first line: $(head -n 1 "$tmp/err")"
	elif ! grep -qE '^goroutine [0-9]+ \[.*\]:$' "$tmp/err"; then
		why="no goroutine in the traceback"
	elif grep -v '^\[signal SIGSEGV: segmentation violation code=' "$tmp/err" | grep -qiE 'segmentation|AddressSanitizer|UndefinedBehavior|terminate called'; then
		why="crash text in stderr"
	fi
	if [ -n "$why" ]; then
		echo "FAIL $name: $why"
		head -n 20 "$tmp/err" | sed 's/^/      | /'
		fail=1
	else
		echo "ok   $name"
	fi
done
exit $fail
