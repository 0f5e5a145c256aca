// Loop shapes of range over slices, arrays and pointers to arrays and of
// `i < len(s)` loops (vm/compile_stmt.cpp rangeStmt, lenSlot): one fused
// back-edge (FORLOOPK: increment, compare, jump, preemption check) per
// iteration. Their semantics (key assigned in the body, closures, a body
// that modifies the slice, nil pointers to arrays, preemption) are covered
// by tests/go/range_fused*.go.
#include <doctest/doctest.h>

#include "tests/unit/compile_test_util.h"

using namespace goro;
using namespace goro::testutil;

TEST_CASE("range shapes: a counted range's back-edge is one FORLOOPK") {
  Compiled c = mustCompile(R"(package main
func sum(s []int) (t int) {
	for _, v := range s {
		t += v
	}
	return
}
func arr(a *[8]int) (t int) {
	for i, v := range a {
		t += i * v
	}
	var b [4]int
	for i := range b {
		t += i
	}
	return
}
func main() { println(sum(nil), arr(&[8]int{})) }
)");
  const FuncProto* sum = findProto(c.prog, "main.sum");
  REQUIRE(sum);
  CHECK(countOp(sum, OP_FORLOOPK) == 1);
  CHECK_FALSE(hasOp(sum, OP_LOOP));
  CHECK_FALSE(hasOp(sum, OP_ADDI));
  CHECK_FALSE(hasOp(sum, OP_MOV));  // the element goes straight into v, the length is the copy's slot
  CHECK(countOp(sum, OP_JGE_I) == 1);  // the entry test
  const FuncProto* arr = findProto(c.prog, "main.arr");
  REQUIRE(arr);
  CHECK(countOp(arr, OP_FORLOOPK) == 2);
  CHECK_FALSE(hasOp(arr, OP_LOOP));
  CHECK_FALSE(hasOp(arr, OP_JGE_I));  // non-empty arrays: no entry test
}

TEST_CASE("range shapes: the key variable is the index unless the body may write it") {
  Compiled c = mustCompile(R"(package main
func direct(s []int) (t int) {
	for i := range s {
		t += i
	}
	return
}
func assigned(s []int) (t int) {
	for i := range s {
		i++
		t += i
	}
	return
}
func main() { println(direct(nil), assigned(nil)) }
)");
  const FuncProto* direct = findProto(c.prog, "main.direct");
  REQUIRE(direct);
  CHECK_FALSE(hasOp(direct, OP_MOV));
  const FuncProto* assigned = findProto(c.prog, "main.assigned");
  REQUIRE(assigned);
  CHECK(hasOp(assigned, OP_MOV));  // a hidden index, copied into i each iteration
  CHECK(countOp(assigned, OP_FORLOOPK) == 1);
}

TEST_CASE("range shapes: i < len(s) reads s's length slot and fuses the back-edge") {
  Compiled c = mustCompile(R"(package main
func sum(s []int) (t int) {
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return
}
func main() { println(sum(nil)) }
)");
  const FuncProto* sum = findProto(c.prog, "main.sum");
  REQUIRE(sum);
  CHECK(countOp(sum, OP_FORLOOPK) == 1);
  CHECK_FALSE(hasOp(sum, OP_LOOP));
  CHECK_FALSE(hasOp(sum, OP_MOV));  // no copy of len(s)
}
