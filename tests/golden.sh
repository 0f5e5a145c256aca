#!/usr/bin/env bash
# Golden-file test runner for goro.
#
#   tests/golden.sh GORO path/to/NAME.go
#       cd into NAME.go's directory, run `GORO run NAME.go [args]` (60 s timeout,
#       stdin from /dev/null) and compare with the expected files beside it:
#         NAME.out   stdout, byte for byte (always present, may be empty)
#         NAME.err   stderr after normalization (absent = must be empty)
#         NAME.code  exit status (absent = 0)
#       Prints a unified diff on mismatch. Exit 0 = pass, 1 = fail, 2 = usage.
#
#   tests/golden.sh --normalize < RAW_STDERR > NORMALIZED
#       The stderr normalization used on both sides (tests/go/regen.sh uses it
#       to write NAME.err, so expected and actual go through the same filter).
#
# A first line `// args: a b c` in NAME.go gives the program's command-line
# arguments (split on whitespace; no quoting).
#
# Normalization (applied identically to expected and actual stderr):
#   - `# command-line-arguments` header lines (go build) are dropped;
#   - any `/dir/…/FILE.go`, `$GOROOT/…/FILE.go` or `./FILE.go` becomes `FILE.go`;
#   - a trailing `exit status N` line (go run) is dropped;
#   - `[signal SIG… ]` lines are dropped;
#   - after `fatal error: stack overflow` everything is dropped, as are
#     `runtime: sp=… stack=[…]` lines (only the stable header lines remain);
#   - in a traceback (after `goroutine N [state]:`): frames of the Go runtime
#     (function `runtime.*`, `sync.runtime_*` or `panic(…)`, or a file under
#     /src/runtime/) are
#     dropped with their file line; the argument list of every other frame
#     becomes `(...)`; ` +0x…` offsets (and ` fp=… sp=… pc=…`) are stripped from
#     file lines. `goroutine N [running]:` lines are kept and must match
#     (except the id of goroutines other than 1, which becomes N).
set -u

normalize() {
	awk '
	function flush_frame() {
		if (have_frame) { print frame; have_frame = 0 }
	}
	{ sub(/\r$/, "") }
	/^# command-line-arguments$/ { next }
	/^\[signal / { next }
	/^runtime: sp=0x[0-9a-f]+ stack=\[/ { next }
	/^fatal error: stack overflow$/ { flush_frame(); print; exit }
	# goroutine ids other than main'"'"'s depend on how many goroutines the runtime
	# starts for itself (Go: GC workers etc.), so they read "goroutine N".
	/^goroutine [0-9]+ \[.*\]:$/ {
		flush_frame(); tb = 1; line = $0
		if (line !~ /^goroutine 1 \[/) sub(/^goroutine [0-9]+/, "goroutine N", line)
		print line; next
	}
	tb && /^\t/ {
		line = $0
		sub(/ \+0x[0-9a-f]+( fp=0x[0-9a-f]+ sp=0x[0-9a-f]+ pc=0x[0-9a-f]+)?$/, "", line)
		if (have_frame) {
			have_frame = 0
			if (drop_frame || line ~ /\/src\/runtime\//) next
			print frame
		}
		print line
		next
	}
	tb && /^[^ \t].*\)$/ && $0 !~ /^created by / && $0 !~ /^panic: / {
		flush_frame()
		frame = $0
		# (sync.runtime_* are Go runtime functions linknamed into sync: Go
		# shows them in runtime/sema.go, goro in its sync shims)
		drop_frame = (frame ~ /^runtime\./ || frame ~ /^panic\(/ || frame ~ /^sync\.runtime_/)
		# strip the argument list: from the "(" that opens the final group
		# (skip method receivers like main.(*T).M)
		n = length(frame); depth = 0; open = 0
		for (i = n; i > 0; i--) {
			c = substr(frame, i, 1)
			if (c == ")") depth++
			else if (c == "(") { depth--; if (depth == 0) { open = i; break } }
		}
		if (open > 0) frame = substr(frame, 1, open - 1) "(...)"
		have_frame = 1
		next
	}
	{ flush_frame(); print }
	END { flush_frame() }
	' | sed -E \
		-e 's#(^|[[:space:](])(\./|\$GOROOT/[^[:space:]:()]*/|/[^[:space:]:()]*/)([^/[:space:]:()]+\.go)#\1\3#g' |
	awk '
	# drop a trailing "exit status N" line (printed by go run)
	{ if (held != "") print held_line; held = "x"; held_line = $0 }
	END { if (held != "" && held_line !~ /^exit status [0-9]+$/) print held_line }
	'
}

if [ "${1:-}" = "--normalize" ]; then
	normalize
	exit 0
fi

if [ $# -ne 2 ]; then
	echo "usage: $0 GORO NAME.go | $0 --normalize" >&2
	exit 2
fi

goro=$1
src=$2
case $goro in
*/*) goro="$(cd "$(dirname "$goro")" && pwd)/$(basename "$goro")" ;;
*) goro=$(command -v "$goro") || { echo "golden: $1: not found" >&2; exit 2; } ;;
esac
[ -f "$src" ] || { echo "golden: $src: no such file" >&2; exit 2; }
dir=$(cd "$(dirname "$src")" && pwd)
file=$(basename "$src")
name=${file%.go}

args=()
first=$(head -n 1 "$dir/$file")
case $first in
"// args:"*) read -r -a args <<<"${first#// args:}" ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

cd "$dir" || exit 2
timeout -k 5 60 "$goro" run "$file" ${args[@]+"${args[@]}"} </dev/null >"$tmp/stdout" 2>"$tmp/stderr.raw"
code=$?

want_code=0
[ -f "$name.code" ] && want_code=$(tr -d '[:space:]' <"$name.code")
normalize <"$tmp/stderr.raw" >"$tmp/stderr"
if [ -f "$name.err" ]; then
	normalize <"$name.err" >"$tmp/want.err"
else
	: >"$tmp/want.err"
fi
if [ -f "$name.out" ]; then
	cp "$name.out" "$tmp/want.out"
else
	echo "golden: warning: $name.out missing, expecting empty stdout" >&2
	: >"$tmp/want.out"
fi

fail=0
if [ "$code" = 124 ] || [ "$code" = 137 ]; then
	echo "golden: $file: TIMEOUT after 60 s (exit $code)"
	fail=1
fi
if ! cmp -s "$tmp/want.out" "$tmp/stdout"; then
	echo "golden: $file: stdout differs:"
	diff -u --label "$name.out (expected)" --label "stdout (goro)" "$tmp/want.out" "$tmp/stdout"
	fail=1
fi
if ! cmp -s "$tmp/want.err" "$tmp/stderr"; then
	echo "golden: $file: stderr differs (after normalization):"
	diff -u --label "$name.err (expected)" --label "stderr (goro)" "$tmp/want.err" "$tmp/stderr"
	fail=1
fi
if [ "$code" != "$want_code" ]; then
	echo "golden: $file: exit status $code, want $want_code"
	fail=1
fi
if [ $fail = 0 ]; then
	echo "golden: $file: PASS"
	exit 0
fi
echo "golden: $file: FAIL"
exit 1
