#!/usr/bin/env bash
# A stand-in for goro built on the real Go toolchain, used to validate the test
# corpus and the runners themselves:
#   tests/golden.sh tests/go/gogoro.sh tests/go/NAME.go
#   tests/ken.sh tests/go/gogoro.sh
# `gogoro.sh run FILE.go [args]` builds FILE.go with `go build` and runs the
# binary in the current directory with the given args; a compile error is
# reported as gc prints it, with exit status 1 (goro's convention).
set -u
if [ "${1:-}" != run ] || [ $# -lt 2 ]; then
	echo "usage: $0 run FILE.go [args]" >&2
	exit 2
fi
src=$2
shift 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gogoro.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
GOFLAGS= go build -o "$tmp/prog" "$src" || exit 1
GOTRACEBACK=single "$tmp/prog" "$@"
