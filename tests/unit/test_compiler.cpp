// Shapes of compiled code: loops, calls and their stack maps, names, frames,
// defer epilogues, method tables, and the disassembler's listing.
#include <doctest/doctest.h>

#include <sstream>

#include "tests/unit/compile_test_util.h"
#include "runtime/g.h"
#include "vm/disasm.h"

using namespace goro;
using namespace goro::testutil;

namespace {


// The index of the first instruction with `op` (and operand b == b if b >= 0).
int findInstr(const FuncProto* f, Op op, int b = -1) {
  for (size_t i = 0; i < f->code.size(); i++)
    if (f->code[i].op == op && (b < 0 || f->code[i].b == b)) return int(i);
  return -1;
}

}  // namespace

TEST_CASE("compiler: a loop whose condition is not one compare keeps LOOP") {
  Compiled c = mustCompile(R"(package main
func count(n int, ok bool) int {
	s := 0
	for i := 0; i < n && ok; i++ {
		s++
	}
	for s < 100 {
		s += 3
	}
	return s
}
func main() { println(count(10, true)) }
)");
  const FuncProto* f = findProto(c.prog, "main.count");
  REQUIRE(f);
  CHECK(hasOp(f, OP_LOOP));      // the && loop
  CHECK(hasOp(f, OP_LOOPLT_I));  // s < 100 (hoisted constant; its post is in the body)
}

TEST_CASE("compiler: FORLOOP fuses v++ / v += k / v += w with the test; other shapes do not") {
  Compiled c = mustCompile(R"(package main
func f(n int, step int, m int32) int {
	s := 0
	for i := 0; i < n; i += 3 {
		s++
	}
	for j := 0; j < n; j += step {
		s++
	}
	for k := int32(0); k < m; k++ {
		s++
	}
	for i := 0; i <= n; i++ {
		s++
	}
	return s
}
func main() { println(f(10, 2, 5)) }
)");
  const FuncProto* f = findProto(c.prog, "main.f");
  REQUIRE(f);
  CHECK(countOp(f, OP_FORLOOPK) == 1);  // i += 3
  CHECK(countOp(f, OP_FORLOOPR) == 1);  // j += step
  CHECK(countOp(f, OP_LOOPLT_I) == 1);  // int32: k++ must wrap at 32 bits, kept apart
  CHECK(countOp(f, OP_LOOPGE_I) == 1);  // i <= n: n >= i
}

TEST_CASE("compiler: for loops use a fused compare, ADDI and a back-edge fused with the condition") {
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
  CHECK(hasOp(f, OP_JGE_I));     // the entry test
  CHECK(hasOp(f, OP_FORLOOPK));   // the back-edge: i++, i < n again, the preemption check
  CHECK_FALSE(hasOp(f, OP_LOOP));
  CHECK_FALSE(hasOp(f, OP_MOV));  // s += i reads i in place
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
  // the initialisers run in main.init (gc's name), called from the entry
  const FuncProto* init = findProto(c.prog, "main.init");
  REQUIRE(init);
  CHECK(hasOp(init, OP_GADDR));
  CHECK(hasOp(c.prog->entry, OP_CALL));
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

TEST_CASE("disassembler: exact listing of a small function") {
  Compiled c = mustCompile(R"(package main
func add(a, b int) int { return a + b }
func main() { println(add(1, 2)) }
)");
  const FuncProto* f = findProto(c.prog, "main.add");
  REQUIRE(f);
  std::ostringstream os;
  disassembleFunc(*f, os);
  // no unreachable implicit return after the final `return`
  CHECK(os.str() ==
        "func main.add  t.go:2\n"
        "  params=2 recv=0 results=1 frame=3\n"
        "     0  ADD_I       a=2 b=0 c=1                  ; line 2\n"
        "     1  RET         a=2 b=1                      ; line 2\n"
        "\n");
  // a safepoint shows its stack map; a closure and a defer are flagged
  Compiled d = mustCompile(R"(package main
func keep(p *int) {}
func f() {
	p := new(int)
	defer func() { recover() }()
	keep(p)
}
func main() { f() }
)");
  const FuncProto* g = findProto(d.prog, "main.f");
  REQUIRE(g);
  std::ostringstream gs;
  disassembleFunc(*g, gs);
  std::string s = gs.str();
  CHECK(s.find(" defer recoverPc=") != std::string::npos);
  CHECK(s.find("  consts: K0=0x") != std::string::npos);
  ast::FuncDecl* fd = findFunc(d.cp, "f");
  std::string pslot = std::to_string(findVar(fd, "p")->slot);
  int pc = findInstr(g, OP_CALL, findProto(d.prog, "main.keep")->index);
  REQUIRE(pc >= 0);
  std::string want = "ptrs{" + pslot;
  size_t at = s.find("\n  " + std::string(pc < 10 ? "   " : "  ") + std::to_string(pc) + "  CALL");
  REQUIRE(at != std::string::npos);
  std::string line = s.substr(at + 1, s.find('\n', at + 1) - at - 1);
  CHECK_MESSAGE(line.find(want) != std::string::npos, line);
  const FuncProto* lit = findProto(d.prog, "main.f.func1");
  REQUIRE(lit);
  std::ostringstream ls;
  disassembleFunc(*lit, ls);
  CHECK(ls.str().find("results=0 frame=") != std::string::npos);
  CHECK(ls.str().find("RECOVER") != std::string::npos);
}

TEST_CASE("compiler: two-phase assignment (Go spec: Assignment statements)") {
  Compiled c = mustCompile(R"(package main
var calls int
func f() int { calls++; return 1 }
func two() (int, int) { return 7, 8 }
func main() {
	a := []int{10, 20, 30}
	i := 0
	i, a[i] = 1, 99 // a[0]: the index is evaluated before i is assigned
	println("index", i, a[0], a[1])
	x, y := 1, 2
	x, y = y, x
	println("swap", x, y)
	a[0], a[2] = a[2], a[0]
	println("elems", a[0], a[2])
	b := []int{1, 2, 3}
	c := b
	b, b[1] = nil, 9 // the old b's element
	println("slice", len(b), c[1])
	mm := map[int]int{}
	k := 1
	k, mm[k] = 2, 5 // key 1
	println("map", k, mm[1], len(mm))
	px, py := 1, 2
	p := &px
	p, *p = &py, 10 // through the old p
	println("ptr", px, py, *p)
	j := 0
	j, a[j] = two() // a[0]
	println("tuple", j, a[0])
	n := 2
	s := []int{3, 5, 7}
	for n, s[n] = range s { // n = 0, s[2] = 3
		break
	}
	println("range", n, s[2])
	t := []int{1, 2, 3}
	t[f()] += 10 // f once
	t[f()]++
	println("opassign", t[1], calls)
	var arr [3]int
	q := 0
	q, arr[q] = 2, 4
	println("array", q, arr[0], arr[2])
}
)");
  RunResult r = runForked(c);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "index 1 99 20\n"
        "swap 2 1\n"
        "elems 30 99\n"
        "slice 0 9\n"
        "map 2 5 1\n"
        "ptr 10 2 2\n"
        "tuple 7 8\n"
        "range 0 3\n"
        "opassign 13 2\n"
        "array 2 4 0\n");
}

TEST_CASE("compiler: 100000-deep recursion passes &x down on the stack") {
  Compiled c = mustCompile(R"(package main
func rec(n int, parent *int) int {
	x := n
	if n == 0 {
		return *parent
	}
	return rec(n-1, &x) + *parent
}
func main() {
	root := 7
	println(rec(100000, &root))
}
)");
  const FuncProto* rec = findProto(c.prog, "main.rec");
  REQUIRE(rec);
  // x stays in the frame: its address is a pointer into the goroutine stack
  CHECK_FALSE(hasOp(rec, OP_NEW));
  CHECK(hasOp(rec, OP_ADDR));
  CHECK_FALSE(hasOp(findProto(c.prog, "main.main"), OP_NEW));
  ast::FuncDecl* fd = findFunc(c.cp, "rec");
  Object* x = findVar(fd, "x");
  Object* parent = findVar(fd, "parent");
  Object* n = findVar(fd, "n");
  CHECK_FALSE(x->escapes);
  // at the recursive call, parent (a pointer into the caller's frame) is in
  // the stack map, so a stack copy adjusts it; n and x are not
  int pc = findInstr(rec, OP_CALL, rec->index);
  REQUIRE(pc >= 0);
  const StackMap* sm = rec->mapAt(pc);
  REQUIRE(sm);
  CHECK(sm->isPtr(parent->slot));
  CHECK_FALSE(sm->isPtr(n->slot));
  CHECK_FALSE(sm->isPtr(x->slot));
  // from a 512-byte stack to megabytes: the stack is copied many times, and
  // every parent pointer must be adjusted for the sum to come out right
  RunResult r = runForked(c);
  CHECK(r.status == 0);
  CHECK(r.out == std::to_string(7 + int64_t(100000) * 100001 / 2) + "\n");
  // the same shape with the stack moved at every call
  Compiled s = mustCompile(R"(package main
func rec(n int, parent *int) int {
	x := n
	if n == 0 {
		return *parent
	}
	return rec(n-1, &x) + *parent
}
func main() {
	root := 7
	println(rec(2000, &root))
}
)");
  RunResult rs = runForked(s, true);
  CHECK(rs.status == 0);
  CHECK(rs.out == std::to_string(7 + 2000 * 2001 / 2) + "\n");
}

TEST_CASE("compiler: method expressions and promoted methods through interfaces") {
  Compiled c = mustCompile(R"(package main
type T struct{ n int }
func (t T) Get() int { return t.n }
func (t *T) Set(v int) { t.n = v }
type E struct{ T }
type I interface{ Get() int }
func main() {
	t := T{3}
	r1 := T.Get(t)       // the method itself
	(*T).Set(&t, 4)
	r2 := (*T).Get(&t)   // wrapper: dereference, then call
	r3 := E.Get(E{T{5}}) // wrapper: promoted through the embedding
	var i I = t
	r4 := I.Get(i) // wrapper: dynamic dispatch
	var j I = struct{ T }{T{6}} // unnamed struct: its method table is filled
	type L struct{ *T }
	var k I = L{&T{7}}
	println(r1, r2, r3, r4, j.Get(), k.Get())
}
)");
  CHECK(findProto(c.prog, "main.(*T).Get"));
  CHECK(findProto(c.prog, "main.E.Get"));
  CHECK(findProto(c.prog, "main.I.Get"));
  RunResult r = runForked(c);
  CHECK(r.status == 0);
  CHECK(r.out == "3 4 5 4 6 7\n");
}

TEST_CASE("compiler: receive destinations are zeroed and in the stack map at the safepoint") {
  Compiled c = mustCompile(R"(package main
func one(ch chan *int) *int { return <-ch }
func two(ch chan *int) (*int, bool) { v, ok := <-ch; return v, ok }
func sel(a, b chan []int) []int {
	select {
	case v := <-a:
		return v
	case w := <-b:
		return w
	}
}
func main() {}
)");
  for (const char* name : {"main.one", "main.two", "main.sel"}) {
    const FuncProto* f = findProto(c.prog, name);
    REQUIRE(f);
    for (size_t pc = 0; pc < f->code.size(); pc++) {
      const Instr& in = f->code[pc];
      if (in.op == OP_RECV) {
        const StackMap* sm = f->mapAt(int32_t(pc));
        REQUIRE(sm);
        CHECK_MESSAGE(sm->isPtr(in.a), name);
        CHECK(pc > 0);
        CHECK((f->code[pc - 1].op == OP_ZERO && f->code[pc - 1].a == in.a));
      } else if (in.op == OP_SELECT) {
        const StackMap* sm = f->mapAt(int32_t(pc));
        REQUIRE(sm);
        for (int k = 0; k < in.d; k++) {
          int val = int(f->consts[size_t(in.c + 3 * k + 2)]);
          CHECK_MESSAGE(sm->isPtr(val), name);  // slice data pointer slot
        }
      }
    }
  }
}

TEST_CASE("compiler: big values reach interfaces and variables without frame temps") {
  Compiled c = mustCompile(R"(package main
type Big struct {
	a [1 << 20]int
	s string
}
var V interface{}
var bp = &Big{}
func use(x interface{}) { V = x }
func main() {
	bp.s = "x"
	use(*bp)
	var b Big
	b = *bp
	println(b.s)
}
)");
  const FuncProto* m = findProto(c.prog, "main.main");
  REQUIRE(m);
  CHECK(m->frameSize < 64);
  CHECK(hasOp(m, OP_COPYMEM));
}

TEST_CASE("compiler: values that must not be built in their destination, and multi-value forms") {
  Compiled c = mustCompile(R"(package main
type T struct{ F bool }
type P struct{ a, b int }
var ga, gb any = any(nil).(bool) // comma-ok into interface variables
func f(a []byte) ([]byte, []byte) { return a, []byte("xy") }
func dk(m map[int]int) (map[int]int, int) { return m, 3 }
var calls int
func arr() *[5]int { calls++; return nil }
func main() {
	var r T
	r.F = true
	v := &r.F
	r = T{F: *v} // reads the old r
	r2 := T{true}
	r2 = T{F: !r2.F}
	p := P{1, 2}
	p = P{p.b, p.a}
	println("lit", r.F, r2.F, p.a, p.b)
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		x := i // a new x per iteration
		ptrs[i] = &x
	}
	println("loop", *ptrs[0], *ptrs[1], *ptrs[2])
	m := map[string]int{"a": 1}
	var mv, ok any = m["a"]
	println("commaok", mv.(int), ok.(bool), ga.(bool), gb.(bool))
	b := []byte("ab")
	n := copy(f(b))
	println("builtin", n, string(b))
	mm := map[int]int{3: 1, 4: 2}
	delete(dk(mm))
	println("delete", len(mm))
	println("len", len(arr()), calls)
}
)");
  RunResult r = runForked(c);
  CHECK(r.status == 0);
  CHECK(r.out ==
        "lit true false 2 1\n"
        "loop 0 1 2\n"
        "commaok 1 true false false\n"
        "builtin 2 xy\n"
        "delete 1\n"
        "len 5 1\n");
}
