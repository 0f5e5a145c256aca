#!/usr/bin/env bash
# Test goro's Go-source standard library (stdlib/go/) with the real Go
# toolchain (go 1.19), comparing it with Go's own standard library.
#
#   stdlib/go/testharness.sh [test] [go test flags...]
#       Builds a throwaway module in $GORO_STDLIB_TEST_DIR (default
#       /tmp/goro-stdlib-test; never inside the repository):
#         goro/<import path>/   goro's packages, natives removed (gen/shimify.go.txt)
#                               plus natives_shim.go (gen/shims/<pkg>.go.txt),
#                               which implements each native with Go's library;
#         cmp/                  comparison tests (gen/tests/*_test.go.txt): goro's
#                               package against Go's on tables and random inputs.
#       shimify also checks the sources against goro's Go subset (no generics,
#       goroutines, goto, method values, ...). Then runs `go vet` and `go test`.
#   stdlib/go/testharness.sh gen-unicode   regenerate unicode/tables.go
#   stdlib/go/testharness.sh gen-rand      regenerate math/rand/rngcooked.go
set -euo pipefail
ROOT=$(cd "$(dirname "$0")" && pwd)
WORK=${GORO_STDLIB_TEST_DIR:-/tmp/goro-stdlib-test}
MODULE=gorotest
export GOFLAGS=-mod=mod GOTOOLCHAIN=local GO111MODULE=on
export GOCACHE=${GOCACHE:-/tmp/goro-stdlib-gocache}

case "$WORK" in
"$ROOT"/* | "$(cd "$ROOT/../.." && pwd)"/*) echo "refusing to build inside the repository: $WORK" >&2; exit 2 ;;
esac

cmd=test
case "${1:-}" in
test | gen-unicode | gen-rand) cmd=$1; shift ;;
-*) ;;
"") ;;
*) cmd=$1 ;;
esac

gen() { # gen NAME.go.txt OUTPUT
	local d="$WORK/gen-$(basename "$1" .go.txt)"
	rm -rf "$d" && mkdir -p "$d"
	cp "$ROOT/gen/$1" "$d/main.go"
	(cd "$d" && printf 'module gen\n\ngo 1.19\n' > go.mod && go build -o gen . && ./gen "$2")
	gofmt -w "$2"
	echo "wrote $2"
}

case "$cmd" in
gen-unicode) mkdir -p "$WORK"; gen mkunicode.go.txt "$ROOT/unicode/tables.go"; exit 0 ;;
gen-rand) mkdir -p "$WORK"; gen mkrand.go.txt "$ROOT/math/rand/rngcooked.go"; exit 0 ;;
test) ;;
*) echo "usage: $0 [test [go test flags]|gen-unicode|gen-rand]" >&2; exit 2 ;;
esac

rm -rf "$WORK/mod" && mkdir -p "$WORK/mod/cmp" "$WORK/shimify"
cp "$ROOT/gen/shimify.go.txt" "$WORK/shimify/main.go"
(cd "$WORK/shimify" && printf 'module shimify\n\ngo 1.19\n' > go.mod && go build -o shimify .)
printf 'module %s\n\ngo 1.19\n' "$MODULE" > "$WORK/mod/go.mod"
"$WORK/shimify/shimify" "$ROOT" "$WORK/mod" "$MODULE"
for f in "$ROOT"/gen/shims/*.go.txt; do
	pkg=$(basename "$f" .go.txt | tr _ /)
	cp "$f" "$WORK/mod/goro/$pkg/natives_shim.go"
done
for f in "$ROOT"/gen/tests/*_test.go.txt; do
	cp "$f" "$WORK/mod/cmp/$(basename "$f" .txt)"
done
cd "$WORK/mod"
go vet ./goro/...
go test ./cmp/ -count=1 "$@"
