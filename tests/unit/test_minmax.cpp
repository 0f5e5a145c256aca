// The min and max built-ins (Go 1.21 semantics; Debian's go 1.19 cannot produce
// golden files for them, so the expectations here are written from the spec:
// "Min and max" — the smallest/largest of its ordered arguments, constant when
// all are constant, NaN if any float argument is NaN, strings bytewise).
#include <doctest/doctest.h>

#include "stdlib/natives.h"
#include "tests/unit/compile_test_util.h"

using namespace goro;
using namespace goro::testutil;

TEST_CASE("min and max built-ins") {
  linkStdlibNatives();  // math.NaN, math.IsNaN
  Compiled c = compileSource(R"(package main

import "math"

type celsius float64

func main() {
	const k = max(1, 2.5, -3) // untyped constant 2.5
	var f float32 = k
	x, y, z := 4, 9, -2
	println(min(3, 1, 2), max(x, y, z), min(x), k, f)
	println(min("b", "ab", "c"), max("b", "ab", "c"))
	println(math.IsNaN(max(1.0, math.NaN())), min(celsius(3.5), 2) == 2)
	var u8 uint8 = 200
	println(max(u8, 7), min(u8, 255))
}
)");
  REQUIRE(c.prog);
  RunResult r = runForked(c);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "1 9 4 +2.500000e+000 +2.500000e+000\n"
        "ab c\n"
        "true true\n"
        "200 200\n");
}

TEST_CASE("min and max reject mismatched or unordered arguments") {
  Compiled c = compileSource(R"(package main

func main() {
	var a int = 1
	var b float64 = 2
	_ = max(a, b)
	_ = min([]int{1})
}
)", false);
  CHECK(c.errText().find("invalid argument: mismatched types int (previous argument) and float64 (type of b)") !=
        std::string::npos);
}
