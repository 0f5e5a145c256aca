// Escape analysis decisions on small programs: which variables stay in the
// frame, which move to the heap, and the parameter summaries (with recursion).
#include <doctest/doctest.h>

#include "tests/unit/compile_test_util.h"
#include "vm/compile_internal.h"

using namespace goro;
using namespace goro::testutil;

namespace {

struct Esc {
  Compiled c;
  cg::EscapeResult er;
  explicit Esc(const std::string& src) : c(compileSource(src, false)) {
    REQUIRE_MESSAGE(c.errs.empty(), c.errText());
    cg::analyzeEscapes(c.cp.packages, er);
  }
  Object* var(const std::string& fn, const std::string& name) {
    ast::FuncDecl* fd = findFunc(c.cp, fn);
    REQUIRE(fd);
    Object* o = findVar(fd, name);
    REQUIRE_MESSAGE(o, name);
    return o;
  }
  cg::ParamSummary summary(const std::string& fn, int i) {
    ast::FuncDecl* fd = findFunc(c.cp, fn);
    REQUIRE(fd);
    auto it = er.summaries.find(fd);
    if (it == er.summaries.end() || size_t(i) >= it->second.size()) return {};
    return it->second[size_t(i)];
  }
};

}  // namespace

TEST_CASE("escape: address returned escapes, address used locally does not") {
  Esc e(R"(package main
func leak() *int { x := 1; return &x }
func local() int { y := 1; p := &y; *p = 2; return y }
func main() { println(*leak(), local()) }
)");
  CHECK(e.var("leak", "x")->escapes);
  CHECK(e.var("local", "y")->addressed);
  CHECK_FALSE(e.var("local", "y")->escapes);
  CHECK_FALSE(e.var("local", "p")->escapes);
}

TEST_CASE("escape: stores into globals, the heap, interfaces, channels escape") {
  Esc e(R"(package main
var g *int
type box struct{ p *int }
func toGlobal() { a := 1; g = &a }
func toHeap() *box { b := 1; bx := &box{}; bx.p = &b; return bx }
func toIface() interface{} { c := 1; return &c }
func toChan(ch chan *int) { d := 1; ch <- &d }
func inStruct() int { e := 1; var s box; s.p = &e; return *s.p }
func main() { toGlobal(); toHeap(); toIface(); toChan(make(chan *int, 1)); inStruct() }
)");
  CHECK(e.var("toGlobal", "a")->escapes);
  CHECK(e.var("toHeap", "b")->escapes);
  CHECK(e.var("toIface", "c")->escapes);
  CHECK(e.var("toChan", "d")->escapes);
  CHECK_FALSE(e.var("inStruct", "e")->escapes);
  CHECK_FALSE(e.var("inStruct", "s")->escapes);
}

TEST_CASE("escape: closures capture by reference (boxed)") {
  Esc e(R"(package main
func counter() func() int { n := 0; return func() int { n++; return n } }
func plain() int { m := 0; m++; return m }
func main() { println(counter()(), plain()) }
)");
  Object* n = e.var("counter", "n");
  CHECK(n->captured);
  CHECK(n->escapes);
  CHECK_FALSE(e.var("plain", "m")->escapes);
  bool found = false;
  for (auto& [lit, caps] : e.er.captures)
    for (Object* o : caps)
      if (o == n) found = true;
  CHECK(found);
}

TEST_CASE("escape: parameter summaries, recursion keeps pointers to locals on the stack") {
  Esc e(R"(package main
var sink *int
func leakP(p *int) { sink = p }
func readP(p *int) int { return *p }
func rec(n int, acc *int) {
	if n == 0 { return }
	x := *acc + 1
	rec(n-1, &x)
	*acc = x
}
func id(p *int) *int { return p }
func useLeak() { a := 1; leakP(&a) }
func useRead() int { b := 2; return readP(&b) }
func useId() int { c := 3; q := id(&c); return *q }
func useIdLeak() { d := 4; sink = id(&d) }
func main() { y := 0; rec(100000, &y); useLeak(); useRead(); useId(); useIdLeak() }
)");
  CHECK(e.summary("leakP", 0).leaks);
  CHECK_FALSE(e.summary("readP", 0).leaks);
  CHECK_FALSE(e.summary("rec", 1).leaks);
  CHECK_FALSE(e.summary("rec", 1).contentLeaks);
  CHECK(e.summary("id", 0).toResult);
  CHECK_FALSE(e.var("rec", "x")->escapes);
  CHECK_FALSE(e.var("main", "y")->escapes);
  CHECK(e.var("useLeak", "a")->escapes);
  CHECK_FALSE(e.var("useRead", "b")->escapes);
  CHECK_FALSE(e.var("useId", "c")->escapes);
  CHECK(e.var("useIdLeak", "d")->escapes);
}

TEST_CASE("escape: mutual recursion reaches the least fixed point") {
  Esc e(R"(package main
var sink *int
func even(n int, p *int) bool { if n == 0 { return true }; return odd(n-1, p) }
func odd(n int, p *int) bool { if n == 0 { sink = p; return false }; return even(n-1, p) }
func calm(n int, p *int) bool { if n == 0 { return *p > 0 }; return calm2(n-1, p) }
func calm2(n int, p *int) bool { return calm(n, p) }
func main() { a := 1; even(10, &a); b := 2; calm(10, &b) }
)");
  CHECK(e.summary("even", 1).leaks);
  CHECK(e.summary("odd", 1).leaks);
  CHECK_FALSE(e.summary("calm", 1).leaks);
  CHECK(e.var("main", "a")->escapes);
  CHECK_FALSE(e.var("main", "b")->escapes);
}

TEST_CASE("escape: pointer receivers and self-appending methods keep the value local") {
  Esc e(R"(package main
type Stack struct{ items []int }
func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Len() int { return len(s.items) }
var keep *Stack
func (s *Stack) Keep() { keep = s }
func local() int { var st Stack; st.Push(1); st.Push(2); return st.Len() }
func kept() { var k Stack; k.Keep() }
func main() { local(); kept() }
)");
  Object* st = e.var("local", "st");
  CHECK(st->addressed);
  CHECK_FALSE(st->escapes);
  CHECK(e.var("kept", "k")->escapes);
  CHECK_FALSE(e.summary("Push", 0).leaks);
  CHECK(e.summary("Push", 0).contentLeaks);
}

TEST_CASE("escape: slicing arrays, defer and go arguments") {
  Esc e(R"(package main
func sum(s []int) int { t := 0; for _, v := range s { t += v }; return t }
func local() int { var a [4]int; return sum(a[:]) }
func ret() []int { var b [4]int; return b[:] }
func deferred() { c := 1; defer println(&c) }
func goes() { d := 1; go func(p *int) {}(&d) }
func main() { local(); ret(); deferred(); goes() }
)");
  CHECK(e.var("local", "a")->addressed);
  CHECK_FALSE(e.var("local", "a")->escapes);
  CHECK(e.var("ret", "b")->escapes);
  CHECK(e.var("deferred", "c")->escapes);
  CHECK(e.var("goes", "d")->escapes);
}

TEST_CASE("escape: every result of a multi-value call carries what the arguments reach") {
  Esc e(R"(package main
var sink *int
func two(a, b *int) (*int, *int) { return a, b }
func second() { x := 1; y := 2; p, q := two(&x, &y); sink = q; _ = p }
func kept() int { u := 1; v := 2; p, q := two(&u, &v); return *p + *q }
func decl() { w := 1; var p, q = two(&w, &w); sink = q; _ = p }
func main() { second(); kept(); decl() }
)");
  CHECK(e.summary("two", 0).toResult);
  CHECK(e.summary("two", 1).toResult);
  CHECK_FALSE(e.summary("two", 1).leaks);
  CHECK(e.var("second", "y")->escapes);  // reached through the second result
  CHECK_FALSE(e.var("kept", "u")->escapes);
  CHECK_FALSE(e.var("kept", "v")->escapes);
  CHECK(e.var("decl", "w")->escapes);
}

TEST_CASE("escape: the 100000-deep recursion summary is reached in a few passes") {
  Esc e(R"(package main
func rec(n int, parent *int) int {
	x := n
	if n == 0 { return *parent }
	return rec(n-1, &x) + *parent
}
func main() { root := 7; println(rec(100000, &root)) }
)");
  CHECK_FALSE(e.summary("rec", 1).leaks);
  CHECK_FALSE(e.summary("rec", 1).contentLeaks);
  CHECK_FALSE(e.summary("rec", 1).toResult);
  CHECK(e.var("rec", "x")->addressed);
  CHECK_FALSE(e.var("rec", "x")->escapes);
  CHECK_FALSE(e.var("main", "root")->escapes);
  CHECK(e.er.passes <= 5);
}

TEST_CASE("escape: a loop body's variable whose address outlives the iteration escapes") {
  Esc e(R"(package main
func perIter() int {
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		x := i
		ptrs[i] = &x
	}
	return *ptrs[0] + *ptrs[2]
}
func sameIter() int {
	t := 0
	for i := 0; i < 3; i++ {
		y := i
		p := &y
		t += *p
	}
	return t
}
func viaPtr() int {
	var last *int
	for i := 0; i < 3; i++ {
		z := i
		q := &z
		last = q
	}
	return *last
}
func ranged() int {
	var keep [2]*int
	for i, v := range []int{1, 2} {
		w := v
		keep[i] = &w
	}
	return *keep[0]
}
func looping() int {
	var gp [3]*int
	n := 0
again:
	g := n
	gp[n] = &g
	n++
	if n < 3 {
		goto again
	}
	return *gp[0]
}
func outer() int {
	o := 1
	var p *int
	for i := 0; i < 2; i++ {
		p = &o // o is declared outside the loop: one variable, stays
	}
	return *p
}
func main() { perIter(); sameIter(); viaPtr(); ranged(); looping(); outer() }
)");
  CHECK(e.var("perIter", "x")->escapes);
  CHECK_FALSE(e.var("perIter", "ptrs")->escapes);
  CHECK_FALSE(e.var("sameIter", "y")->escapes);
  CHECK(e.var("viaPtr", "z")->escapes);
  CHECK(e.var("ranged", "w")->escapes);
  CHECK(e.var("looping", "g")->escapes);
  CHECK_FALSE(e.var("outer", "o")->escapes);
}
