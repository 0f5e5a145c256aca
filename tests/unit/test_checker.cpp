// Type checker (vm/check*.cpp): gc 1.19's diagnostics — exact text and
// position, each expectation taken from `go build` on the same snippet — and
// the annotations the compiler reads (grammar/ast.h "checker:" fields):
// expression types and constant values, selections through embedded fields,
// captures of function literals, package initialization order.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compile_test_util.h"
#include "vm/constant.h"
#include "vm/types.h"

using namespace goro;
using goro::testutil::compileSource;
using goro::testutil::Compiled;

namespace {

// Type-checks `package main` + body; diagnostics as "line:col: msg\n".
std::string checkErrors(const std::string& body) {
  Compiled c = compileSource("package main\n\n" + body, false);
  std::string s;
  for (auto& d : c.errs) {
    if (d.pos.line > 0) s += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
    s += d.msg + "\n";
  }
  return s;
}

// A checked program (must have no errors).
Compiled checked(const std::string& src) {
  Compiled c = compileSource(src, false);
  INFO(c.errText());
  REQUIRE(c.errs.empty());
  return c;
}

// The right-hand sides of the `_ = EXPR` statements at the top of func main,
// in order.
std::vector<ast::Expr*> blankRhs(const Compiled& c) {
  std::vector<ast::Expr*> out;
  ast::FuncDecl* fd = testutil::findFunc(c.cp, "main");
  REQUIRE(fd);
  for (ast::Stmt* s : fd->body->list) {
    if (s->kind != ast::StmtKind::Assign) continue;
    auto* a = static_cast<ast::AssignStmt*>(s);
    if (a->tok == ast::Tok::Assign && a->lhs.size() == 1 && a->lhs[0]->kind == ast::ExprKind::Ident &&
        static_cast<ast::Ident*>(a->lhs[0])->name == "_")
      out.push_back(a->rhs[0]);
  }
  return out;
}

Object* pkgObj(const Compiled& c, const std::string& name) {
  Object* o = c.cp.main->scope->lookupLocal(name);
  REQUIRE(o);
  return o;
}

std::string str(const Type* t) { return t ? t->str() : "<null>"; }
std::string cval(const ast::Expr* e) { return constant::toString(e->cval); }

struct ErrCase {
  const char* name;
  const char* src;   // after "package main\n\n"
  const char* want;  // go build's output, file name stripped
};

// clang-format off
const ErrCase kErrCases[] = {
    {"undefined name",
     R"(func main() {
	x := y + 1
	_ = x
}
)",
     R"(4:7: undefined: y
)"},
    {"undefined package member",
     R"(import "fmt"

func main() { fmt.Printx("a") }
)",
     R"(5:19: undefined: fmt.Printx
)"},
    {"mismatched types",
     R"(func main() {
	a := 1
	b := "s"
	_ = a + b
}
)",
     R"(6:6: invalid operation: a + b (mismatched types int and string)
)"},
    {"mismatched named types",
     R"(type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius
	var f Fahrenheit
	_ = c == f
}
)",
     R"(9:11: invalid operation: c == f (mismatched types Celsius and Fahrenheit)
)"},
    {"not enough arguments",
     R"(func f(a int, b string) int { return a }

func main() {
	f(1)
}
)",
     R"(6:4: not enough arguments in call to f
	have (number)
	want (int, string)
)"},
    {"too many arguments",
     R"(func f(a int, b string) int { return a }

func main() {
	_ = f(1, "a", 3.5)
}
)",
     R"(6:16: too many arguments in call to f
	have (number, string, number)
	want (int, string)
)"},
    {"wrong argument type",
     R"(func f(s string) {}

func main() {
	f(1)
}
)",
     R"(6:4: cannot use 1 (untyped int constant) as string value in argument to f
)"},
    {"missing return",
     R"(func f(x int) int {
	if x > 0 {
		return 1
	}
}

func main() { f(1) }
)",
     R"(7:1: missing return
)"},
    {"missing return after for with break",
     R"(func f() int {
	for {
		break
	}
}

func main() { f() }
)",
     R"(7:1: missing return
)"},
    {"declared but not used",
     R"(func main() {
	x := 1
	var y, z int
	y = 2
	_ = z
}
)",
     R"(4:2: x declared but not used
5:6: y declared but not used
)"},
    {"declared but not used in a closure",
     R"(func main() {
	f := func() {
		v := 1
	}
	f()
}
)",
     R"(5:3: v declared but not used
)"},
    {"imported and not used",
     R"(import "os"

func main() {}
)",
     R"(3:8: imported and not used: "os"
)"},
    {"imported as and not used",
     R"(import str "strings"

func main() {}
)",
     R"(3:8: imported and not used: "strings" as str
)"},
    {"assignment to a call result",
     R"(func f() int { return 1 }

func main() {
	f() = 2
}
)",
     R"(6:2: cannot assign to f() (value of type int)
)"},
    {"assignment to a string byte",
     R"(func main() {
	s := "abc"
	s[0] = 'x'
}
)",
     R"(5:2: cannot assign to s[0] (value of type byte)
)"},
    {"assignment to a struct field in a map",
     R"(type T struct{ a int }

func main() {
	m := map[string]T{}
	m["a"].a = 1
}
)",
     R"(7:2: cannot assign to struct field m["a"].a in map
)"},
    {"assignment to a constant",
     R"(const c = 1

func main() {
	c = 2
}
)",
     R"(6:2: cannot assign to c (untyped int constant 1)
)"},
    {"calling a non-function",
     R"(func main() {
	x := 1
	x()
}
)",
     R"(5:2: invalid operation: cannot call non-function x (variable of type int)
)"},
    {"constant overflows int8 in a declaration",
     R"(func main() {
	var x int8 = 300
	_ = x
}
)",
     R"(4:15: cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
)"},
    {"constant overflows int8 in a conversion",
     R"(func main() {
	_ = int8(300)
}
)",
     R"(4:11: cannot convert 300 (untyped int constant) to type int8
)"},
    {"typed constant arithmetic overflows",
     R"(func main() {
	const x uint8 = 255
	_ = x + 1
}
)",
     R"(5:6: x + 1 (constant 256 of type uint8) overflows uint8
)"},
    {"typed constant declaration overflows",
     R"(const c int8 = 100 * 2

func main() {}
)",
     R"(3:16: cannot use 100 * 2 (untyped int constant 200) as int8 value in constant declaration (overflows)
)"},
    {"negative unsigned constant",
     R"(func main() {
	var u uint = -1
	_ = u
}
)",
     R"(4:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
)"},
    {"untyped constant too big for int",
     R"(func main() {
	x := 1 << 70
	_ = x
}
)",
     R"(4:7: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)
)"},
    {"truncated float constant",
     R"(func main() {
	var x int = 1.5
	_ = x
}
)",
     R"(4:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
)"},
    {"division by zero",
     R"(func main() {
	x := 1
	_ = x / 0
}
)",
     R"(5:10: invalid operation: division by zero
)"},
    {"range over int is not Go 1.19",
     R"(func main() {
	for i := range 10 {
		_ = i
	}
}
)",
     R"(4:17: cannot range over 10 (untyped int constant)
)"},
    {"shift of a float",
     R"(func main() {
	var s uint = 2
	var f float64 = 1 << s
	_ = f
}
)",
     R"(5:18: invalid operation: 1 << s (shift of type float64)
)"},
    {"assignment count mismatch",
     R"(func f() (int, int) { return 1, 2 }

func main() {
	a, b, c := f()
	_, _, _ = a, b, c
}
)",
     R"(6:13: assignment mismatch: 3 variables but f returns 2 values
)"},
    {"not enough return values",
     R"(func f() (int, string) {
	return 1
}

func main() { f() }
)",
     R"(4:9: not enough return values
	have (number)
	want (int, string)
)"},
    {"too many return values",
     R"(func f() int {
	return 1, 2
}

func main() { f() }
)",
     R"(4:12: too many return values
	have (number, number)
	want (int)
)"},
    {"no new variables",
     R"(func main() {
	a := 1
	a := 2
	_ = a
}
)",
     R"(5:4: no new variables on left side of :=
)"},
    {"redeclared in this block",
     R"(func main() {
	var a int
	var a string
	_ = a
}
)",
     R"(5:6: a redeclared in this block
	t.go:4:6: other declaration of a
)"},
    {"missing method",
     R"(type I interface{ M() }
type T struct{}

func main() {
	var i I = T{}
	_ = i
}
)",
     R"(7:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (missing M method)
)"},
    {"method has pointer receiver",
     R"(type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var i I = T{}
	_ = i
}
)",
     R"(9:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (M method has pointer receiver)
)"},
    {"wrong method signature",
     R"(type I interface{ M(int) }
type T struct{}

func (T) M(string) {}

func main() {
	var i I = T{}
	_ = i
}
)",
     R"(9:12: cannot use T{} (value of type T) as type I in variable declaration:
	T does not implement I (wrong type for M method)
		have M(string)
		want M(int)
)"},
    {"unknown field",
     R"(type T struct{ a int }

func main() {
	var t T
	_ = t.b
}
)",
     R"(7:8: t.b undefined (type T has no field or method b)
)"},
    {"used as value",
     R"(func f() {}

func main() {
	x := f()
	_ = x
}
)",
     R"(6:7: f() (no value) used as value
)"},
    {"multiple-value in single-value context",
     R"(func f() (int, int) { return 1, 2 }

func main() {
	x := f() + 1
	_ = x
}
)",
     R"(6:7: multiple-value f() (value of type (int, int)) in single-value context
)"},
    {"non-boolean condition",
     R"(func main() {
	x := 1
	if x {
	}
}
)",
     R"(5:5: non-boolean condition in if statement
)"},
    {"duplicate case",
     R"(func main() {
	x := 1
	switch x {
	case 1:
	case 1:
	}
}
)",
     R"(7:7: duplicate case 1 (constant of type int) in expression switch
	t.go:6:7: previous case
)"},
    {"duplicate map key",
     R"(func main() {
	_ = map[string]int{"a": 1, "a": 2}
}
)",
     R"(4:29: duplicate key "a" in map literal
)"},
    {"constant index out of range",
     R"(func main() {
	a := [3]int{}
	_ = a[5]
}
)",
     R"(5:8: invalid argument: index 5 out of bounds [0:3]
)"},
    {"break outside a loop",
     R"(func main() {
	break
}
)",
     R"(4:2: break is not in a loop, switch, or select
)"},
    {"label defined and not used",
     R"(func main() {
L:
	for {
	}
}
)",
     R"(4:1: label L defined and not used
)"},
    {"invalid recursive type",
     R"(type T struct{ t T }

func main() {}
)",
     R"(3:6: invalid recursive type T
	t.go:3:6: T refers to
	t.go:3:6: T
)"},
    {"initialization cycle",
     R"(var a = b
var b = a

func main() {}
)",
     R"(3:5: initialization loop for a
	t.go:3:5: a refers to
	t.go:4:5: b refers to
	t.go:3:5: a
)"},
    {"comparing slices",
     R"(func main() {
	a := []int{}
	b := []int{}
	_ = a == b
}
)",
     R"(6:6: invalid operation: a == b (slice can only be compared to nil)
)"},
    {"cannot use nil as int",
     R"(func main() {
	var x int = nil
	_ = x
}
)",
     R"(4:14: cannot use nil as int value in variable declaration
)"},
    {"use of untyped nil",
     R"(func main() {
	x := nil
	_ = x
}
)",
     R"(4:7: use of untyped nil in assignment
)"},
    {"impossible type assertion",
     R"(type I interface{ M() }
type T struct{}

func main() {
	var i I
	_ = i.(T)
}
)",
     R"(8:6: impossible type assertion: i.(T)
	T does not implement I (missing M method)
)"},
    {"type assertion on a non-interface",
     R"(func main() {
	x := 1
	_ = x.(int)
}
)",
     R"(5:6: invalid operation: x (variable of type int) is not an interface
)"},
    {"too few values in struct literal",
     R"(type T struct{ a, b int }

func main() {
	_ = T{1}
}
)",
     R"(6:9: too few values in T{…}
)"},
    {"unknown field in struct literal",
     R"(type T struct{ a, b int }

func main() {
	_ = T{c: 1}
}
)",
     R"(6:8: unknown field 'c' in struct literal of type T
)"},
    {"expression statement not used",
     R"(func main() {
	x := 1
	x + 1
}
)",
     R"(5:2: x + 1 (value of type int) is not used
)"},
    {"no follow-on unused errors after a failed assignment",
     R"(func main() {
	var s string
	s = 5
	t := undefinedName
}
)",
     R"(5:6: cannot use 5 (untyped int constant) as string value in assignment
6:7: undefined: undefinedName
)"},
    {"at most ten errors",
     R"(func main() {
	_ = x1
	_ = x2
	_ = x3
	_ = x4
	_ = x5
	_ = x6
	_ = x7
	_ = x8
	_ = x9
	_ = x10
	_ = x11
}
)",
     R"(4:6: undefined: x1
5:6: undefined: x2
6:6: undefined: x3
7:6: undefined: x4
8:6: undefined: x5
9:6: undefined: x6
10:6: undefined: x7
11:6: undefined: x8
12:6: undefined: x9
13:6: undefined: x10
13:6: too many errors
)"},
    {"invalid recursive type through an array",
     R"(type T [2]T

func main() {}
)",
     R"(3:6: invalid recursive type T
	t.go:3:6: T refers to
	t.go:3:6: T
)"},
    {"invalid recursive type through two structs",
     R"(type A struct{ b B }
type B struct{ a A }

func main() {}
)",
     R"(3:6: invalid recursive type A
	t.go:3:6: A refers to
	t.go:4:6: B refers to
	t.go:3:6: A
)"},
    {"invalid recursive type through embedded interfaces",
     R"(type I1 interface {
	m() I2
	I2
}
type I2 interface{ I1 }

func main() {}
)",
     R"(3:6: invalid recursive type I1
	t.go:3:6: I1 refers to
	t.go:7:6: I2 refers to
	t.go:3:6: I1
)"},
    {"cycle of type definitions",
     R"(type a b
type b c
type c b

func main() {}
)",
     R"(4:6: invalid recursive type b
	t.go:4:6: b refers to
	t.go:5:6: c refers to
	t.go:4:6: b
)"},
    {"used within its own signature",
     R"(func foo(x foo) {}

func main() {}
)",
     R"(3:12: foo (value of type func()) is not a type
)"},
    {"invalid map key type",
     R"(type m map[k]int
type k [1]m

func main() {}
)",
     R"(3:12: invalid map key type k
)"},
    {"pointer method on a value in a method expression",
     R"(type T struct{}

func (*T) M() {}

func main() {
	_ = T.M
}
)",
     R"(8:8: cannot call pointer method M on T
)"},
    {"pointer to interface",
     R"(type I interface{ M() }
type T struct{}

func (T) M() {}

func main() {
	var p *I = &T{}
	_ = p
}
)",
     R"(9:13: cannot use &T{} (value of type *T) as type *I in variable declaration:
	*T does not implement *I (type *I is pointer to interface, not interface)
)"},
    {"unknown blank field",
     R"(type T struct{ _ int }

func main() {
	_ = T{_: 1}
}
)",
     R"(6:8: unknown field '_' in struct literal of type T
)"},
    {"cannot import as init",
     R"(import init "fmt"

func main() {}
)",
     R"(3:8: cannot import package as init - init must be a func
)"},
    {"cannot declare init",
     R"(var init = 1

func main() {}
)",
     R"(3:5: cannot declare init - must be func
)"},
    {"method redeclared through an alias",
     R"(type T struct{}
type A = T

func (T) m() {}
func (A) m() {}

func main() {}
)",
     R"(7:10: T.m redeclared in this block
	t.go:6:10: other declaration of m
)"},
    {"range variable redeclared",
     R"(func main() {
	for a, a := range []int{1} {
		println(a)
	}
}
)",
     R"(4:9: a redeclared in this block
	t.go:4:6: other declaration of a
)"},
    {"type switch with an undefined case type",
     R"(func main() {
	var e interface{}
	switch v := e.(type) {
	case Undefined:
		v.M()
	}
}
)",
     R"(6:7: undefined: Undefined
)"},
    {"no unused error for a variable of invalid type",
     R"(func main() {
	var n undefinedType
}
)",
     R"(4:8: undefined: undefinedType
)"},
    {"float constant division is exact",
     R"(func main() {
	const third = 1.0 / 3
	var i int = third * 3
	var j int = 0.3 / 0.1
	var k int = third
	_, _, _ = i, j, k
}
)",
     R"(7:14: cannot use third (untyped float constant 0.333333) as int value in variable declaration (truncated)
)"},
    {"comparison with an untyped constant",
     R"(type I interface{ M() }

func main() {
	var i I
	_ = i == 1
}
)",
     R"(7:11: cannot convert 1 (untyped int constant) to interface{M()}
)"},
    {"array larger than the address space",
     R"(func main() {
	var a [1 << 62]int64
	_ = a
}
)",
     R"(4:6: type [4611686018427387904]int64 larger than address space
)"},
    {"package variable over gc's 2e9-byte symbol limit",
     R"(var g [300000000]int

func main() {
	q := new([300000000]int)
	_ = q
	g[0] = 1
}
)",
     R"(3:5: main.g: symbol too large (2400000000 bytes > 2000000000 bytes)
)"},
    {"a type larger than the address space comes before the linker's symbol limit",
     R"(var X [1 << 50]byte

func main() { X[0] = 1 }
)",
     R"(3:5: type [1125899906842624]byte larger than address space
)"},
    {"values of 2 GiB and more: goro's limit (32-bit operands)",
     R"(type S struct {
	a [200000000]int
	b [200000000]int
}

func main() {
	var s *S
	q := new([300000000]int)
	var r [1 << 31]byte
	_, _, _ = s, q, r
}
)",
     R"(3:6: goro: type struct{a [200000000]int; b [200000000]int} too large (3200000000 bytes > 2147483647 bytes)
10:10: goro: type [300000000]int too large (2400000000 bytes > 2147483647 bytes)
11:6: goro: type [2147483648]byte too large (2147483648 bytes > 2147483647 bytes)
)"},
    {"unary ~ parses (as gc's parser) and is refused outside constraints",
     R"(func main() {
	x := 1
	_ = ~x
	_ = -~x
}
)",
     R"(5:6: cannot use ~ outside of interface or type constraint
6:7: cannot use ~ outside of interface or type constraint
)"},
    {"struct tags are part of type identity (duplicate type-switch cases)",
     R"(func main() {
	var e interface{}
	switch e.(type) {
	case struct {
		i int "tag1"
	}:
	case struct {
		i int "tag2"
	}:
	case struct {
		i int "tag1"
	}:
	}
}
)",
     R"(12:7: duplicate case struct{i int "tag1"} in type switch
	t.go:6:7: previous case
)"},
    {"channel element too large",
     R"(func main() {
	var c chan [1 << 17]byte
	_ = c
}
)",
     R"(4:6: channel element type too large (>64kB)
)"},
    {"unused imports, renamed and dot",
     R"(import (
	"fmt"
	str "strings"
	. "math"
)

func main() {}
)",
     R"(4:2: imported and not used: "fmt"
5:2: imported and not used: "strings" as str
6:2: imported and not used: "math"
)"},
    {"multiple-value with named results",
     R"(import "fmt"

func two() (a, b int) { return }

func main() {
	_ = two() + 1
	_ = fmt.Println("x") + 1
}
)",
     R"(8:6: multiple-value two() (value of type (a int, b int)) in single-value context
9:6: multiple-value fmt.Println("x") (value of type (n int, err error)) in single-value context
)"},
};
// clang-format on

}  // namespace

TEST_CASE("checker: gc 1.19 diagnostics, text and position") {
  for (const ErrCase& c : kErrCases) {
    SUBCASE(c.name) {
      CHECK(checkErrors(c.src) == c.want);
    }
  }
}

TEST_CASE("checker: untyped constants take their type from the context") {
  Compiled c = checked(R"(package main

var s uint = 3

func main() {
	_ = 1 << s
	_ = 'a' + 1
	_ = 1.5 + 1
	_ = "a" + "b"
	_ = len("héllo")
	_ = 1 << 3.0
	_ = int64(1) << s
	var y int64 = 1 << s
	var f32 float32 = 0.1
	var i interface{} = 1 << 62
	_, _, _ = y, f32, i
}
)");
  auto rhs = blankRhs(c);
  REQUIRE(rhs.size() == 7);
  // a non-constant shift of an untyped constant: the constant gets the type
  // the shift expression gets (here the default, int)
  auto* sh = static_cast<ast::BinaryExpr*>(rhs[0]);
  CHECK(sh->mode == ast::Mode::Value);
  CHECK(str(sh->type) == "int");
  CHECK(str(sh->x->type) == "int");
  CHECK(sh->x->mode == ast::Mode::Constant);
  CHECK(str(sh->y->type) == "uint");
  // constant expressions: value and default type
  CHECK(rhs[1]->mode == ast::Mode::Constant);
  CHECK(str(rhs[1]->type) == "int32");
  CHECK(cval(rhs[1]) == "98");
  CHECK(str(rhs[2]->type) == "float64");
  CHECK(cval(rhs[2]) == "2.5");
  CHECK(str(rhs[3]->type) == "string");
  CHECK(cval(rhs[3]) == "\"ab\"");
  CHECK(rhs[4]->mode == ast::Mode::Constant);  // len of a constant string
  CHECK(cval(rhs[4]) == "6");
  CHECK(str(rhs[5]->type) == "int");  // 1 << 3.0: an integer constant
  CHECK(cval(rhs[5]) == "8");
  CHECK(str(rhs[6]->type) == "int64");

  ast::FuncDecl* fd = testutil::findFunc(c.cp, "main");
  auto spec = [&](size_t i) {
    auto* d = static_cast<ast::DeclStmt*>(fd->body->list[i]);
    REQUIRE(d->kind == ast::StmtKind::Decl);
    return d->decl->values[0];
  };
  // var y int64 = 1 << s: the untyped 1 becomes int64 (the shift's type)
  auto* ys = static_cast<ast::BinaryExpr*>(spec(7)->values[0]);
  CHECK(str(ys->type) == "int64");
  CHECK(str(ys->x->type) == "int64");
  // float32 constants are rounded to float32
  ast::Expr* f = spec(8)->values[0];
  CHECK(str(f->type) == "float32");
  CHECK(f->cval.f == (long double)0.1f);
  // assigned to an interface: the default type
  ast::Expr* iv = spec(9)->values[0];
  CHECK(str(iv->type) == "int");
  CHECK(cval(iv) == "4611686018427387904");
}

TEST_CASE("checker: exact constant arithmetic") {
  Compiled c = checked(R"(package main

const (
	big     = 1 << 100
	quarter = big >> 98
	huge    = big * big * big * big * big
	back    = huge >> 496
	third   = 1.0 / 3
	one     = third*3 == 1
	point3  = 0.1+0.2 == 0.3
	zero    = 0.3 - 0.1 - 0.2
	isInt   = int(0.3 / 0.1)
	maxU    = ^uint64(0)
	wrapped = uint8(255) &^ 15
	minI    = -1 << 63
	fdiv    = 7 / 2.0
	idiv    = 7 / 2
	neg     = -7 % 3
	tiny    = 1e-400 * 1e400
	ratio   = big / (1 << 98)
)

func main() {}
)");
  auto v = [&](const char* name) { return constant::toString(pkgObj(c, name)->value); };
  CHECK_FALSE(constant::isBig(pkgObj(c, "big")->value));  // fits in 128 bits
  CHECK(constant::isBig(pkgObj(c, "huge")->value));  // 2^500: exact decimal text
  CHECK(v("big") == "1267650600228229401496703205376");
  CHECK(v("quarter") == "4");
  CHECK(v("back") == "16");
  CHECK(v("one") == "true");
  CHECK(v("point3") == "true");
  CHECK(v("zero") == "0");
  CHECK(v("isInt") == "3");
  CHECK(str(pkgObj(c, "isInt")->type) == "int");
  CHECK(v("maxU") == "18446744073709551615");
  CHECK(v("wrapped") == "240");
  CHECK(v("minI") == "-9223372036854775808");
  CHECK(v("fdiv") == "3.5");
  CHECK(v("idiv") == "3");
  CHECK(v("neg") == "-1");
  CHECK(v("tiny") == "1");
  CHECK(v("ratio") == "4");
  CHECK(str(pkgObj(c, "third")->type) == "untyped float");
}

TEST_CASE("checker: selections through embedded fields") {
  Compiled c = checked(R"(package main

type Base struct{ n int }

func (b *Base) Inc()    { b.n++ }
func (b Base) Get() int { return b.n }

type Mid struct {
	*Base
	pad int
}

type Top struct {
	x int
	Mid
}

type Getter interface{ Get() int }

var t Top
var pt = &t
var g Getter

func main() {
	_ = t.n
	_ = t.pad
	_ = t.Get
	_ = t.Inc
	_ = pt.x
	_ = g.Get
	_ = Base.Get
	_ = (*Base).Inc
}
)");
  auto rhs = blankRhs(c);
  REQUIRE(rhs.size() == 8);
  using Sel = ast::SelectorExpr::Sel;
  auto sel = [&](size_t i) {
    REQUIRE(rhs[i]->kind == ast::ExprKind::Selector);
    return static_cast<ast::SelectorExpr*>(rhs[i]);
  };
  // t.n: Top.Mid (1) -> Mid.Base (0, a pointer) -> Base.n (0)
  CHECK(sel(0)->selKind == Sel::Field);
  CHECK(sel(0)->path == std::vector<int>{1, 0, 0});
  CHECK(sel(0)->indirect);
  CHECK(sel(0)->mode == ast::Mode::Variable);
  CHECK(str(sel(0)->type) == "int");
  // t.pad: no pointer on the way
  CHECK(sel(1)->path == std::vector<int>{1, 1});
  CHECK_FALSE(sel(1)->indirect);
  // promoted methods: the path leads to the embedded *Base
  CHECK(sel(2)->selKind == Sel::Method);
  CHECK(sel(2)->path == std::vector<int>{1, 0});
  CHECK_FALSE(sel(2)->recvPtr);
  CHECK(sel(2)->sel->obj == goro::declaredMethod(pkgObj(c, "Base")->type, "Get"));
  CHECK(str(sel(2)->type) == "func() int");
  CHECK(sel(3)->selKind == Sel::Method);
  CHECK(sel(3)->recvPtr);
  CHECK_FALSE(sel(3)->autoAddr);  // the receiver is already the embedded pointer
  // pt.x: an implicit dereference
  CHECK(sel(4)->selKind == Sel::Field);
  CHECK(sel(4)->path == std::vector<int>{0});
  CHECK(sel(4)->indirect);
  // interface method: dynamic dispatch
  CHECK(sel(5)->selKind == Sel::Method);
  CHECK(sel(5)->ifaceMethod);
  // method expressions take the receiver as first parameter
  CHECK(sel(6)->selKind == Sel::MethodExpr);
  CHECK(str(sel(6)->type) == "func(main.Base) int");
  CHECK(sel(7)->selKind == Sel::MethodExpr);
  CHECK(str(sel(7)->type) == "func(*main.Base)");
}

TEST_CASE("checker: a method with a pointer receiver on an addressable value") {
  Compiled c = checked(R"(package main

type C struct{ n int }

func (c *C) Inc() { c.n++ }
func (c C) Val() int { return c.n }

func main() {
	var v C
	p := &v
	v.Inc()
	p.Val()
}
)");
  ast::FuncDecl* fd = testutil::findFunc(c.cp, "main");
  auto call = [&](size_t i) {
    auto* es = static_cast<ast::ExprStmt*>(fd->body->list[i]);
    auto* ce = static_cast<ast::CallExpr*>(es->x);
    return static_cast<ast::SelectorExpr*>(ce->fun);
  };
  CHECK(call(2)->recvPtr);
  CHECK(call(2)->autoAddr);  // (&v).Inc()
  CHECK(testutil::findVar(fd, "v")->addressed);
  CHECK_FALSE(call(3)->recvPtr);
  CHECK(call(3)->autoDeref);  // (*p).Val()
}

TEST_CASE("checker: captures of function literals, in first-use order") {
  Compiled c = checked(R"(package main

func main() {
	a, b, c := 1, 2, 3
	f := func() int {
		g := func() int { return c + a }
		return g() + b
	}
	_ = f
}
)");
  ast::FuncDecl* fd = testutil::findFunc(c.cp, "main");
  auto* def = static_cast<ast::AssignStmt*>(fd->body->list[1]);
  auto* outer = static_cast<ast::FuncLit*>(def->rhs[0]);
  auto names = [](const ast::FuncLit* l) {
    std::string s;
    for (Object* o : l->captures) s += o->name;
    return s;
  };
  CHECK(names(outer) == "cab");
  auto* gdef = static_cast<ast::AssignStmt*>(outer->body->list[0]);
  auto* inner = static_cast<ast::FuncLit*>(gdef->rhs[0]);
  CHECK(names(inner) == "ca");
  for (Object* o : outer->captures) CHECK(o->captured);
  CHECK(testutil::findVar(fd, "f")->captured == false);
}

TEST_CASE("checker: package variables are initialized in dependency order") {
  Compiled c = checked(R"(package main

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

func f() int {
	d++
	return d
}

var x, y = g()

func g() (int, int) { return a, b }

var z = func() int { return w }()
var w = 1

func main() {}
)");
  std::string order;
  for (auto& vi : c.cp.main->varInits) {
    for (Object* o : vi.lhs) order += o->name;
    order += " ";
  }
  // Go spec: Package initialization — d first (f depends on it), then b, c,
  // a; x and y together from one call; w before z (the closure uses it).
  CHECK(order == "d b c a xy w z ");
}

TEST_CASE("checker: labels and branch targets") {
  Compiled c = checked(R"(package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue outer
		case i == 2:
			break outer
		}
	}
}
)");
  ast::FuncDecl* fd = testutil::findFunc(c.cp, "main");
  auto* ls = static_cast<ast::LabeledStmt*>(fd->body->list[0]);
  auto* loop = static_cast<ast::ForStmt*>(ls->stmt);
  auto* sw = static_cast<ast::SwitchStmt*>(loop->body->list[0]);
  auto clauses = sw->body->list;
  auto* cont = static_cast<ast::BranchStmt*>(static_cast<ast::CaseClause*>(clauses[0])->body[0]);
  auto* brk = static_cast<ast::BranchStmt*>(static_cast<ast::CaseClause*>(clauses[1])->body[0]);
  CHECK((cont->target == loop || cont->target == ls));
  CHECK((brk->target == loop || brk->target == ls));
}

TEST_CASE("checker: valid programs with tricky declarations type-check") {
  const char* progs[] = {
      // a pointer breaks a cycle of definitions (type T2 T1 while T1 is in progress)
      R"(package main

type T1 struct{ Next *T2 }
type T2 T1
type T3 T2

func (*T3) M() {}

func main() { var t T3; t.M(); _ = t.Next }
)",
      // an interface embedding one whose declaration is in progress
      R"(package main

type Node interface {
	Parent() Expr
	Pos() int
}
type Expr interface {
	Node
	exprNode()
}

type lit struct{}

func (lit) Parent() Expr { return nil }
func (lit) Pos() int     { return 1 }
func (lit) exprNode()    {}

func main() {
	var e Expr = lit{}
	_ = e.Pos() + e.Parent().Pos()
}
)",
      // methods declared through alias receivers
      R"(package main

type T struct{ n int }
type A = T

func (a A) Get() int { return a.n }
func (p *A) Inc()    { p.n++ }

type I interface {
	Get() int
	Inc()
}

func main() {
	var t T
	var i I = &t
	i.Inc()
	_ = t.Get()
}
)",
      // huge integer constants converted to string give "\uFFFD"
      R"(package main

const huge = string(1 << 100)

func main() { _ = huge == "\uFFFD" }
)",
      // duplicate boolean cases are not errors (gc checks numbers and strings)
      R"(package main

func f() int {
	switch {
	case 0 == 0:
		return 0
	case 1 == 1:
		return 1
	}
	return 2
}

func main() { _ = f() }
)",
      // a dot import used
      R"(package main

import . "strings"

func main() { _ = ToUpper("x") }
)",
  };
  for (const char* src : progs) {
    Compiled c = compileSource(src, false);
    INFO(src);
    CHECK(c.errText() == "");
  }
  // the alias receivers added the methods to T
  Compiled c = checked(progs[2]);
  Type* t = pkgObj(c, "T")->type;
  CHECK(goro::declaredMethod(t, "Get"));
  CHECK(goro::declaredMethod(t, "Inc"));
  // T2 and T3 have T1's underlying type
  Compiled d = checked(progs[0]);
  CHECK(pkgObj(d, "T3")->type->underlying == pkgObj(d, "T1")->type->underlying);
}

TEST_CASE("constant: exact floats, rounding to float32/float64 (nearest even)") {
  using namespace goro::constant;
  auto lit = [](const char* s) {
    ConstValue v;
    REQUIRE(parseFloatLit(s, &v));
    return v;
  };
  auto add = [](const ConstValue& a, const ConstValue& b) {
    ConstValue r;
    REQUIRE(binaryOp(ast::Tok::Add, a, b, false, &r));
    return r;
  };
  // 0.1 + 0.2 == 0.3 exactly (rationals), unlike float64 arithmetic
  CHECK(compare(ast::Tok::Eql, add(lit("0.1"), lit("0.2")), lit("0.3")));
  CHECK(compare(ast::Tok::Eql, lit("0x1.8p1"), lit("3.0")));
  CHECK(compare(ast::Tok::Eql, lit("1_000.5e-1"), lit("100.05")));
  CHECK(isIntegral(lit("1e30")));
  CHECK_FALSE(isIntegral(lit("1.5")));
  // representability: float32 rounds 2^24+1 to 2^24 (tie to even), 2^24+3 up
  ConstValue r;
  bool trunc;
  CHECK(representable(lit("16777217"), types::Float32(), &r, &trunc));
  CHECK(r.f == 16777216.0L);
  CHECK(representable(lit("16777219"), types::Float32(), &r, &trunc));
  CHECK(r.f == 16777220.0L);
  CHECK(representable(lit("0.1"), types::Float64(), &r, &trunc));
  CHECK(r.f == (long double)0.1);
  // subnormals, and overflow past the largest finite value
  CHECK(representable(lit("0x1p-149"), types::Float32(), &r, &trunc));
  CHECK(r.f == (long double)0x1p-149f);
  CHECK(representable(lit("1e-46"), types::Float32(), &r, &trunc));
  CHECK(r.f == 0);
  CHECK_FALSE(representable(lit("1e39"), types::Float32(), &r, &trunc));
  CHECK(representable(lit("1.7976931348623157e308"), types::Float64(), &r, &trunc));
  CHECK_FALSE(representable(lit("1.8e308"), types::Float64(), &r, &trunc));
  // an integral float is an integer constant; a fraction is "truncated"
  CHECK(representable(lit("1e18"), types::Int64(), &r, &trunc));
  CHECK(r.k == ast::ConstValue::K::Int);
  CHECK_FALSE(representable(lit("2.5"), types::Int(), &r, &trunc));
  CHECK(trunc);
}

TEST_CASE("checker: package-level names may not reuse dot-imported ones") {
  // gc: "X already declared through dot-import of package P ("path")", then
  // the imported declaration's position (in goro's copy of the package).
  const std::string e = checkErrors(R"(import . "strings"

func Index() {}

var Contains = 1

func main() { _ = HasPrefix("a", "b") }
)");
  CHECK(e.rfind("5:6: Index already declared through dot-import of package strings (\"strings\")\n\t$GOROOT/src/strings/",
                0) == 0);
  CHECK(e.find("7:5: Contains already declared through dot-import of package strings (\"strings\")\n\t$GOROOT/src/strings/") !=
        std::string::npos);
  CHECK(e.find(": other declaration of Index\n") != std::string::npos);
  // a dot-import whose names are not redeclared is fine
  CHECK(checkErrors("import . \"strings\"\n\nfunc main() { _ = HasPrefix(\"a\", \"b\") }\n").empty());
}
