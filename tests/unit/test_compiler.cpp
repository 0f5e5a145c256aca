// Shapes of compiled code: loops, calls and their stack maps, names, frames,
// defer epilogues, method tables, and the disassembler's listing.
#include <doctest/doctest.h>

#include <sstream>

#include "tests/unit/compile_test_util.h"
#include "vm/disasm.h"

using namespace goro;
using namespace goro::testutil;

namespace {

Compiled mustCompile(const std::string& src) {
  Compiled c = compileSource(src);
  REQUIRE_MESSAGE(c.prog, c.errText());
  return c;
}

// The index of the first instruction with `op` (and operand b == b if b >= 0).
int findInstr(const FuncProto* f, Op op, int b = -1) {
  for (size_t i = 0; i < f->code.size(); i++)
    if (f->code[i].op == op && (b < 0 || f->code[i].b == b)) return int(i);
  return -1;
}

}  // namespace

TEST_CASE("compiler: for loops use a fused compare, ADDI and a LOOP back-edge") {
  Compiled c = mustCompile(R"(package main
func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}
func main() { println(sum(10)) }
)");
  const FuncProto* f = findProto(c.prog, "main.sum");
  REQUIRE(f);
  CHECK(hasOp(f, OP_LOOP));
  CHECK(hasOp(f, OP_JGE_I));
  CHECK(hasOp(f, OP_ADDI));
  CHECK(f->paramSlots == 1);
  CHECK(f->resultSlots == 1);
  // every safepoint has a stack map
  for (size_t i = 0; i < f->code.size(); i++) {
    Op op = Op(f->code[i].op);
    if (op == OP_LOOP || op == OP_CALL || op == OP_CALLCLO || op == OP_CALLI) CHECK(f->mapAt(int32_t(i)));
  }
}

TEST_CASE("compiler: stack maps mark live pointers, not integers") {
  Compiled c = mustCompile(R"(package main
func use(p *int) int { return *p }
func f() int {
	p := new(int)
	n := 5
	s := "str"
	r := use(p)
	return r + n + len(s)
}
func main() { println(f()) }
)");
  const FuncProto* f = findProto(c.prog, "main.f");
  const FuncProto* use = findProto(c.prog, "main.use");
  REQUIRE(f);
  REQUIRE(use);
  int pc = findInstr(f, OP_CALL, use->index);
  REQUIRE(pc >= 0);
  const StackMap* sm = f->mapAt(pc);
  REQUIRE(sm);
  ast::FuncDecl* fd = findFunc(c.cp, "f");
  Object* p = findVar(fd, "p");
  Object* n = findVar(fd, "n");
  Object* s = findVar(fd, "s");
  CHECK(sm->isPtr(p->slot));
  CHECK_FALSE(sm->isPtr(n->slot));
  CHECK(sm->isPtr(s->slot));        // string data pointer
  CHECK_FALSE(sm->isPtr(s->slot + 1));  // string length
  // the callee's parameter is a pointer
  REQUIRE_FALSE(use->paramPtrs.empty());
  CHECK((use->paramPtrs[0] & 1) == 1);
}

TEST_CASE("compiler: an addressed local stays in the frame and is passed by address") {
  Compiled c = mustCompile(R"(package main
func inc(p *int) { *p++ }
func f() int {
	x := 1
	inc(&x)
	return x
}
func main() { println(f()) }
)");
  const FuncProto* f = findProto(c.prog, "main.f");
  REQUIRE(f);
  CHECK(hasOp(f, OP_ADDR));
  CHECK_FALSE(hasOp(f, OP_NEW));
  // the ADDR temp is an argument (above the call base): not in the caller's map
  int pc = findInstr(f, OP_CALL);
  REQUIRE(pc >= 0);
  ast::FuncDecl* fd = findFunc(c.cp, "f");
  CHECK_FALSE(f->mapAt(pc)->isPtr(findVar(fd, "x")->slot));
}

TEST_CASE("compiler: escaping and captured variables are heap boxes") {
  Compiled c = mustCompile(R"(package main
func counter() func() int {
	n := 0
	return func() int { n++; return n }
}
func main() { c := counter(); c(); println(c()) }
)");
  const FuncProto* f = findProto(c.prog, "main.counter");
  const FuncProto* lit = findProto(c.prog, "main.counter.func1");
  REQUIRE(f);
  REQUIRE(lit);
  CHECK(hasOp(f, OP_NEW));
  CHECK(hasOp(f, OP_MKCLOSURE));
  CHECK(lit->isClosure);
  CHECK(hasOp(lit, OP_GETCAP));
  const FuncProto* m = findProto(c.prog, "main.main");
  CHECK(hasOp(m, OP_CALLCLO));
}

TEST_CASE("compiler: Go's function names") {
  Compiled c = mustCompile(R"(package main
type T struct{ x int }
func (t T) Val() int { return t.x }
func (t *T) Set(v int) { t.x = v }
func outer() func() func() int {
	return func() func() int {
		return func() int { return 1 }
	}
}
func init() {}
func main() { var t T; t.Set(1); println(t.Val(), outer()()()) }
)");
  CHECK(findProto(c.prog, "main.T.Val"));
  CHECK(findProto(c.prog, "main.(*T).Set"));
  CHECK(findProto(c.prog, "main.outer.func1"));
  CHECK(findProto(c.prog, "main.outer.func1.1"));
  CHECK(findProto(c.prog, "main.init.0"));
  CHECK(c.prog->entry);
  CHECK(c.prog->entry->name == "goro.entry");
}

TEST_CASE("compiler: defer sets hasDefer, DEFERRETURN before RET and a recovery epilogue") {
  Compiled c = mustCompile(R"(package main
func f() (r int) {
	defer func() {
		if e := recover(); e != nil { r = -1 }
	}()
	panic("boom")
}
func main() { println(f()) }
)");
  const FuncProto* f = findProto(c.prog, "main.f");
  REQUIRE(f);
  CHECK(f->hasDefer);
  CHECK(f->recoverPc >= 0);
  CHECK(hasOp(f, OP_DEFER));
  CHECK(hasOp(f, OP_PANIC));
  REQUIRE(size_t(f->recoverPc) < f->code.size());
  CHECK(f->code[size_t(f->recoverPc)].op == OP_DEFERRETURN);
  for (size_t i = 0; i < f->code.size(); i++)
    if (f->code[i].op == OP_RET) CHECK(i > 0);
  const FuncProto* lit = findProto(c.prog, "main.f.func1");
  REQUIRE(lit);
  CHECK(hasOp(lit, OP_RECOVER));
}

TEST_CASE("compiler: interface calls, method tables and conversions") {
  Compiled c = mustCompile(R"(package main
type Shape interface{ Area() int }
type Sq struct{ s int }
func (q Sq) Area() int { return q.s * q.s }
type Rect struct{ w, h int }
func (r *Rect) Area() int { return r.w * r.h }
func total(xs []Shape) int {
	t := 0
	for _, x := range xs { t += x.Area() }
	return t
}
func main() { println(total([]Shape{Sq{2}, &Rect{2, 3}})) }
)");
  const FuncProto* tot = findProto(c.prog, "main.total");
  REQUIRE(tot);
  CHECK(hasOp(tot, OP_CALLI));
  CHECK(hasOp(findProto(c.prog, "main.main"), OP_MKIFACE));
  bool sqFilled = false;
  for (Type* t : c.prog->allTypes)
    for (const Method& m : t->methods)
      if (m.name == "Area" && m.fn && m.fn->name == "main.Sq.Area") sqFilled = true;
  CHECK(sqFilled);
}

TEST_CASE("compiler: small integer types are normalised after arithmetic") {
  Compiled c = mustCompile(R"(package main
func f(a, b int8) int8 { return a + b }
func g(a, b uint16) uint16 { return a * b }
func h(x float32) float32 { return x * 3 }
func main() { println(f(100, 100), g(300, 300), h(1.5)) }
)");
  CHECK(hasOp(findProto(c.prog, "main.f"), OP_SEXT8));
  CHECK(hasOp(findProto(c.prog, "main.g"), OP_ZEXT16));
  CHECK(hasOp(findProto(c.prog, "main.h"), OP_ROUND_F32));
}

TEST_CASE("compiler: superinstructions for []int / []byte indexing") {
  Compiled c = mustCompile(R"(package main
func f(xs []int, bs []byte) int {
	xs[0] = int(bs[1])
	bs[2] = 7
	return xs[1]
}
func main() { println(f(make([]int, 3), make([]byte, 3))) }
)");
  const FuncProto* f = findProto(c.prog, "main.f");
  CHECK(hasOp(f, OP_LDIDX_64));
  CHECK(hasOp(f, OP_STIDX_64));
  CHECK(hasOp(f, OP_LDIDX_U8));
  CHECK(hasOp(f, OP_STIDX_8));
}

TEST_CASE("compiler: unknown natives get a panicking stub; globals are laid out") {
  Compiled c = mustCompile(R"(package main
var counter int
var names = []string{"a", "b"}
func main() { counter++; println(counter, len(names)) }
)");
  CHECK(c.prog->globalsSize >= 32);
  CHECK(hasOp(c.prog->entry, OP_GADDR));
  CHECK(hasOp(findProto(c.prog, "main.main"), OP_GADDR));
}

TEST_CASE("disassembler: names, frames, lines and stack maps") {
  Compiled c = mustCompile(R"(package main
func loop(n int) *int {
	p := new(int)
	for i := 0; i < n; i++ {
		*p += i
	}
	return p
}
func main() { println(*loop(3)) }
)");
  std::ostringstream os;
  disassemble(*c.prog, os);
  std::string s = os.str();
  CHECK(s.find("func main.loop  t.go:2") != std::string::npos);
  CHECK(s.find("func main.main") != std::string::npos);
  CHECK(s.find("LOOP") != std::string::npos);
  CHECK(s.find("ptrs{") != std::string::npos);
  CHECK(s.find("; line 5") != std::string::npos);
  CHECK(s.find("params=1") != std::string::npos);
}
