#!/usr/bin/env bash
# Regenerate the expected files of the golden tests with the real Go toolchain
# (Go 1.19; never with goro):
#   NAME.out   stdout of the program built by `go build` and run in this directory
#   NAME.err   its stderr, normalized by `tests/golden.sh --normalize` (only if non-empty)
#   NAME.code  its exit status (only if non-zero)
# For tests/go/errors/*.go (programs that must not compile) NAME.err holds gc's
# messages (normalized: no `# command-line-arguments`, `NAME.go:LINE:COL: msg`),
# NAME.code is 1 (goro's exit status for compile errors) and NAME.out is empty.
#
# usage: tests/go/regen.sh [NAME.go ...]     (default: every program)
set -u
here=$(cd "$(dirname "$0")" && pwd)
golden="$here/../golden.sh"
command -v go >/dev/null || { echo "regen: go not found" >&2; exit 1; }

export GOTRACEBACK=single GOFLAGS= CGO_ENABLED=0

tmp=$(mktemp -d "${TMPDIR:-/tmp}/regen.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

if [ $# -gt 0 ]; then
	files=("$@")
else
	files=("$here"/*.go "$here"/errors/*.go)
fi

status=0
start=$PWD
for f in "${files[@]}"; do
	case $f in /*) ;; *) f="$start/$f" ;; esac  # (each program is built in its own directory)
	dir=$(cd "$(dirname "$f")" && pwd)
	file=$(basename "$f")
	name=${file%.go}
	cd "$dir" || exit 1
	rm -f "$name.out" "$name.err" "$name.code"
	args=()
	first=$(head -n 1 "$file")
	case $first in
	"// args:"*) read -r -a args <<<"${first#// args:}" ;;
	esac
	if ! go build -o "$tmp/prog" "$file" 2>"$tmp/build.err"; then
		: >"$name.out"
		bash "$golden" --normalize <"$tmp/build.err" >"$name.err"
		echo 1 >"$name.code"
		case $dir in
		*/errors) echo "regen: $file: compile error (expected)" ;;
		*) echo "regen: $file: UNEXPECTED compile error:"; cat "$name.err"; status=1 ;;
		esac
		continue
	fi
	timeout -k 5 120 "$tmp/prog" ${args[@]+"${args[@]}"} </dev/null >"$name.out" 2>"$tmp/run.err"
	code=$?
	bash "$golden" --normalize <"$tmp/run.err" >"$tmp/run.norm"
	if [ -s "$tmp/run.norm" ]; then
		cp "$tmp/run.norm" "$name.err"
	fi
	if [ "$code" != 0 ]; then
		echo "$code" >"$name.code"
	fi
	case $dir in
	*/errors) echo "regen: $file: UNEXPECTEDLY compiled"; status=1 ;;
	*) echo "regen: $file: exit $code, $(wc -l <"$name.out") stdout lines, $( [ -f "$name.err" ] && wc -l <"$name.err" || echo 0) stderr lines" ;;
	esac
	rm -f "$tmp/prog"
done
exit $status
