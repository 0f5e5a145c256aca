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
#   stdlib/go/testharness.sh golden [NAME...]
#       Builds the same module, then runs the golden programs tests/go/*.go
#       whose imports are all goro Go-source packages, compiled by Go against
#       goro's packages (imports rewritten), and compares stdout and the exit
#       status with NAME.out / NAME.code.
#   stdlib/go/testharness.sh gen-unicode   regenerate unicode/tables.go
#   stdlib/go/testharness.sh gen-rand      regenerate math/rand/rngcooked.go
#   stdlib/go/testharness.sh gen-entity    regenerate html/entity.go
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
test | golden | gen-unicode | gen-rand | gen-entity) cmd=$1; shift ;;
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
gen-entity) mkdir -p "$WORK" "$ROOT/html"; gen mkentity.go.txt "$ROOT/html/entity.go"; exit 0 ;;
test | golden) ;;
*) echo "usage: $0 [test [go test flags]|golden [NAME...]|gen-unicode|gen-rand|gen-entity]" >&2; exit 2 ;;
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

if [ "$cmd" = test ]; then
	go test ./cmp/ -count=1 "$@"
	exit
fi

# ---- golden programs
GOLDEN="$ROOT/../../tests/go"
pkgs=$(cd "$WORK/mod/goro" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
	for f in "$GOLDEN"/*.go; do names+=("$(basename "$f" .go)"); done
fi
rm -rf "$WORK/mod/golden" "$WORK/bin" && mkdir -p "$WORK/bin"
skipped=()
built=()
for n in "${names[@]}"; do
	src="$GOLDEN/$n.go"
	imports=$(awk '/^import \(/{b=1;next} b&&/^\)/{b=0} b{print} /^import "/{print}' "$src" | grep -o '"[^"]*"' | tr -d '"' || true)
	ok=1
	for ip in $imports; do
		grep -qx "$ip" <<<"$pkgs" || ok=0
	done
	if [ $ok = 0 ]; then skipped+=("$n"); continue; fi
	mkdir -p "$WORK/mod/golden/$n"
	sed_args=(-e '')  # (a program without imports: sed must not take its file for a script)
	for ip in $imports; do
		sed_args+=(-e "s|^\(import \)\{0,1\}\([[:space:]]*\)\"$ip\"\$|\1\2$(basename "$ip") \"$MODULE/goro/$ip\"|")
	done
	sed "${sed_args[@]}" "$src" > "$WORK/mod/golden/$n/main.go"
	built+=("$n")
done
go build -o "$WORK/bin/" $(printf './golden/%s ' "${built[@]}")
pass=0
fail=0
for n in "${built[@]}"; do
	args=$(sed -n '1s|^// args: ||p' "$GOLDEN/$n.go")
	want_code=0
	[ -f "$GOLDEN/$n.code" ] && want_code=$(cat "$GOLDEN/$n.code")
	set +e
	(cd "$GOLDEN" && timeout 60 "$WORK/bin/$n" $args </dev/null >"$WORK/bin/$n.stdout" 2>"$WORK/bin/$n.stderr")
	code=$?
	set -e
	if cmp -s "$WORK/bin/$n.stdout" "$GOLDEN/$n.out" && [ "$code" = "$want_code" ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL $n (exit $code, want $want_code)"
		diff "$GOLDEN/$n.out" "$WORK/bin/$n.stdout" | head -10 || true
	fi
done
echo "golden: $pass passed, $fail failed, ${#skipped[@]} skipped (imports outside goro's Go-source packages): ${skipped[*]:-}"
[ $fail = 0 ]
