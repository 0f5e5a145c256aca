// Instruction shapes the interpreter runs fast: compare-with-a-constant
// branches (JEQI & co., `if n < 2`, `case 3:`), branches on a []bool element
// (JTIDX_8/JFIDX_8) and shifts by constant counts (SHLI & co.); their
// behaviour (edge constants, panics and their lines) is covered by
// tests/go/perf_branch_imm.go, perf_bool_index*.go and perf_shift_imm.go;
// integer conversions (one extension op, or none) and op-assignments by
// constants in loops by int_conversions_all.go and opassign_loop_consts.go;
// elements of arrays in the frame (ARRADDRF) by local_array_index.go.
#include <doctest/doctest.h>

#include "tests/unit/compile_test_util.h"

using namespace goro;
using namespace goro::testutil;

TEST_CASE("interp branches: a comparison with a small constant is one compare-and-branch") {
  Compiled c = mustCompile(R"(package main
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
func sign(x int8) int {
	if 0 > x {
		return -1
	}
	if x != 0 {
		return 1
	}
	return 0
}
func big(x int) bool {
	if x == 1<<40 {
		return true
	}
	return false
}
func main() { println(fib(10), sign(-3), big(3)) }
)");
  const FuncProto* fib = findProto(c.prog, "main.fib");
  REQUIRE(fib);
  CHECK(countOp(fib, OP_JGEI) == 1);  // if n < 2: skip the body when n >= 2
  CHECK_FALSE(hasOp(fib, OP_LOADI));  // the constant is the instruction's operand
  const FuncProto* sign = findProto(c.prog, "main.sign");
  REQUIRE(sign);
  CHECK(countOp(sign, OP_JGEI) == 1);  // 0 > x: the body is skipped when x >= 0 (negated, operands swapped)
  CHECK(countOp(sign, OP_JEQI) == 1);  // x != 0, negated
  const FuncProto* big = findProto(c.prog, "main.big");
  REQUIRE(big);
  CHECK_FALSE(hasOp(big, OP_JNEI));  // 1<<40 does not fit an immediate: a register compare
  CHECK(hasOp(big, OP_JNE_I));
}

TEST_CASE("interp branches: switch cases with small constants compare with immediates") {
  Compiled c = mustCompile(R"(package main
func name(x int) string {
	switch x {
	case 1:
		return "one"
	case 2, 3:
		return "few"
	case 1 << 40:
		return "huge"
	}
	return "many"
}
func main() { println(name(2)) }
)");
  const FuncProto* f = findProto(c.prog, "main.name");
  REQUIRE(f);
  CHECK(countOp(f, OP_JEQI) == 3);
  CHECK(countOp(f, OP_JEQ_I) == 1);  // 1<<40
}

TEST_CASE("interp branches: if s[i] / if !s[i] on a []bool test the element in place") {
  Compiled c = mustCompile(R"(package main
type flags []bool
func count(s []bool, t flags) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !s[i] {
			n++
		}
		if t[i] && s[i] {
			n += 2
		}
	}
	return n
}
func bytes(b []byte) int {
	if b[0] == 0 {
		return 1
	}
	return 0
}
func main() { println(count([]bool{true}, flags{false}), bytes([]byte{0})) }
)");
  const FuncProto* f = findProto(c.prog, "main.count");
  REQUIRE(f);
  CHECK(countOp(f, OP_JTIDX_8) == 1);  // !s[i]: skip n++ when s[i]
  CHECK(countOp(f, OP_JFIDX_8) == 2);  // t[i] && s[i]: skip when either is false
  CHECK_FALSE(hasOp(f, OP_LDIDX_U8));
  const FuncProto* b = findProto(c.prog, "main.bytes");
  REQUIRE(b);
  CHECK_FALSE(hasOp(b, OP_JTIDX_8));  // a []byte element is compared, not tested
  CHECK_FALSE(hasOp(b, OP_JFIDX_8));
}

TEST_CASE("interp shapes: shifts by a constant count in [0, 64) take it as an immediate") {
  Compiled c = mustCompile(R"(package main
func mix(h uint32, x int, b int8) (uint32, int, int8) {
	h ^= h >> 13
	h += h << 3
	x = (x >> 7) & 0xff
	b <<= 1
	return h, x << 64, b
}
func loop(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i >> 2
	}
	return s
}
func main() { println(mix(1, 2, 3)); println(loop(9)) }
)");
  const FuncProto* f = findProto(c.prog, "main.mix");
  REQUIRE(f);
  CHECK(countOp(f, OP_SHRI_U) == 1);  // h >> 13 (uint32)
  CHECK(countOp(f, OP_SHLI) == 2);    // h << 3, b <<= 1 (each then wrapped to its type)
  CHECK(countOp(f, OP_SHRI_I) == 1);  // x >> 7
  CHECK(countOp(f, OP_SHL) == 1);     // x << 64: no immediate form (the result is 0)
  CHECK(hasOp(f, OP_ZEXT32));
  CHECK(hasOp(f, OP_SEXT8));
  const FuncProto* l = findProto(c.prog, "main.loop");
  REQUIRE(l);
  CHECK(countOp(l, OP_SHRI_I) == 1);
  CHECK(countOp(l, OP_LOADI) == 2);  // s := 0, i := 0: no slot hoisted for the count
}

TEST_CASE("interp conversions: an integer conversion is one extension op from its operand, or a move") {
  Compiled c = mustCompile(R"(package main
func digit(n int) byte { return byte('0' + n%10) }
func widen(b uint8, s int16) (int, int32, uint16) { return int(b) + int(s), int32(s), uint16(b) }
func narrow(x int) (int8, uint8, int16, uint32) { return int8(x), uint8(x), int16(x), uint32(x) }
func main() { println(digit(7)); println(widen(1, 2)); println(narrow(300)) }
)");
  const FuncProto* digit = findProto(c.prog, "main.digit");
  REQUIRE(digit);
  CHECK(countOp(digit, OP_ZEXT8) == 1);
  CHECK_FALSE(hasOp(digit, OP_MOV));  // no copy before the extension
  const FuncProto* widen = findProto(c.prog, "main.widen");
  REQUIRE(widen);
  // every value of the operand's type fits: no extension at all
  CHECK_FALSE(hasOp(widen, OP_ZEXT8));
  CHECK_FALSE(hasOp(widen, OP_SEXT16));
  CHECK_FALSE(hasOp(widen, OP_SEXT32));
  CHECK_FALSE(hasOp(widen, OP_ZEXT16));
  const FuncProto* narrow = findProto(c.prog, "main.narrow");
  REQUIRE(narrow);
  CHECK(countOp(narrow, OP_SEXT8) == 1);
  CHECK(countOp(narrow, OP_ZEXT8) == 1);
  CHECK(countOp(narrow, OP_SEXT16) == 1);
  CHECK(countOp(narrow, OP_ZEXT32) == 1);
}

TEST_CASE("interp loops: `n /= 10` and `n % 10` divide by an immediate, with no constant loaded") {
  Compiled c = mustCompile(R"(package main
func sum(n int) int {
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}
func main() { println(sum(12345)) }
)");
  const FuncProto* sum = findProto(c.prog, "main.sum");
  REQUIRE(sum);
  CHECK(countOp(sum, OP_LOADI) == 2);  // s := 0, then 0 (the loop test) before the loop
  CHECK(countOp(sum, OP_DIVK_I) == 1);
  CHECK(countOp(sum, OP_REMK_I) == 1);
  CHECK(countOp(sum, OP_DIV_I) + countOp(sum, OP_REM_I) == 0);
}

TEST_CASE("interp arrays: an element of an array in the frame is addressed by one ARRADDRF") {
  Compiled c = mustCompile(R"(package main
func count(s string) int {
	var counts [26]int
	for i := 0; i < len(s); i++ {
		counts[s[i]%26]++
	}
	best := 0
	for _, n := range counts {
		best = max(best, n)
	}
	return best
}
func main() { println(count("hello")) }
)");
  const FuncProto* f = findProto(c.prog, "main.count");
  REQUIRE(f);
  CHECK(countOp(f, OP_ARRADDRF) == 2);  // counts[...]++ and the range's element read
  CHECK_FALSE(hasOp(f, OP_ARRADDR));
  CHECK_FALSE(hasOp(f, OP_ADDR));  // no separate address of the array
}

TEST_CASE("interp: a constant divisor < 2 or a variable one keeps the hardware divide") {
  Compiled c = mustCompile(R"(package main
func f(x int, y uint) (int, int, uint, uint) {
	return x / -1, x % 1, y / uint(x), y % 3
}
func main() { println(f(7, 9)) }
)");
  const FuncProto* f = findProto(c.prog, "main.f");
  REQUIRE(f);
  CHECK(countOp(f, OP_DIV_I) == 1);
  CHECK(countOp(f, OP_REM_I) == 1);
  CHECK(countOp(f, OP_DIV_U) == 1);
  CHECK(countOp(f, OP_REMK_U) == 1);
}

TEST_CASE("interp: fields of a struct in frame slots are operands in place; a literal that fills its slots is not zeroed") {
  Compiled c = mustCompile(R"(package main
type Vec struct{ X, Y, Z float64 }
func (a Vec) Add(b Vec) Vec { return Vec{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
type P struct {
	p *int
	n int
}
func mk(q *int) P { return P{q, 1} }
func main() { println(Vec{1, 2, 3}.Add(Vec{}).X, mk(nil).n) }
)");
  const FuncProto* add = findProto(c.prog, "main.Vec.Add");
  REQUIRE(add);
  CHECK(countOp(add, OP_ADD_F) == 3);
  CHECK(countOp(add, OP_MOV) == 0);
  CHECK(countOp(add, OP_ZERO) == 0);
  CHECK(add->code.size() == 4);
  const FuncProto* mk = findProto(c.prog, "main.mk");
  REQUIRE(mk);
  CHECK(countOp(mk, OP_ZERO) == 1);  // (a struct with a pointer is zeroed first: its slots are in stack maps)
}
