// Type descriptors: Go's type spelling (Type::str), comparability, and the
// equality and hash functions used by == and by maps (runtime/type.cpp,
// runtime/alg.cpp). Types are built by hand (tests/unit/rt_test_stubs.h).
#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <set>

#include "rt_test_stubs.h"
#include "runtime/type.h"

using namespace goro;
using goro_test::TypeFactory;

TEST_CASE("Type::str: predeclared and named types") {
  TypeFactory tf;
  CHECK(tf.Int->str() == "int");
  CHECK(tf.Uint8->str() == "uint8");
  CHECK(tf.Int32->str() == "int32");
  CHECK(tf.String->str() == "string");
  CHECK(tf.Float64->str() == "float64");
  CHECK(tf.Bool->str() == "bool");
  CHECK(tf.Error->str() == "error");
  CHECK(tf.EmptyIface->str() == "interface {}");
  // byte and rune, should the checker give them their own descriptors
  CHECK(tf.named("byte", "", tf.Uint8)->str() == "uint8");
  CHECK(tf.named("rune", "", tf.Int32)->str() == "int32");
  Type* point = tf.named("Point", "main", tf.strct({{"X", tf.Int}, {"Y", tf.Int}}));
  CHECK(point->str() == "main.Point");
  CHECK(tf.ptr(point)->str() == "*main.Point");
  Type* stringer = tf.named("Stringer", "fmt", tf.iface({{"String", tf.func({}, {tf.String})}}));
  CHECK(stringer->str() == "fmt.Stringer");
  // a user type named like a predeclared one keeps its package
  CHECK(tf.named("byte", "main", tf.Int)->str() == "main.byte");
}

TEST_CASE("Type::str: composite types") {
  TypeFactory tf;
  Type* node = tf.named("Node", "main", tf.strct({{"next", tf.Int}}));
  CHECK(tf.ptr(node)->str() == "*main.Node");
  CHECK(tf.slice(tf.String)->str() == "[]string");
  CHECK(tf.slice(tf.Uint8)->str() == "[]uint8");
  CHECK(tf.array(tf.Int, 5)->str() == "[5]int");
  CHECK(tf.array(tf.ptr(node), 0)->str() == "[0]*main.Node");
  CHECK(tf.map(tf.String, tf.slice(tf.Int))->str() == "map[string][]int");
  CHECK(tf.map(tf.String, tf.ptr(node))->str() == "map[string]*main.Node");
  CHECK(tf.map(tf.array(tf.Int, 2), tf.map(tf.Int, tf.Bool))->str() == "map[[2]int]map[int]bool");
  CHECK(tf.slice(tf.slice(tf.EmptyIface))->str() == "[][]interface {}");
  CHECK(tf.slice(tf.Error)->str() == "[]error");
  CHECK(tf.ptr(tf.ptr(tf.Int))->str() == "**int");
}

TEST_CASE("Type::str: func types") {
  TypeFactory tf;
  CHECK(tf.func({}, {})->str() == "func()");
  CHECK(tf.func({tf.Int, tf.String}, {tf.Bool, tf.Error})->str() == "func(int, string) (bool, error)");
  CHECK(tf.func({tf.slice(tf.Int)}, {}, true)->str() == "func(...int)");
  CHECK(tf.func({tf.Int, tf.slice(tf.String)}, {tf.Bool, tf.Error}, true)->str() ==
        "func(int, ...string) (bool, error)");
  CHECK(tf.func({tf.slice(tf.Int)}, {})->str() == "func([]int)");
  CHECK(tf.func({}, {tf.Int})->str() == "func() int");
  CHECK(tf.func({}, {tf.func({}, {tf.Int})})->str() == "func() func() int");
  CHECK(tf.func({tf.func({}, {})}, {})->str() == "func(func())");
  CHECK(tf.func({tf.EmptyIface}, {tf.Int, tf.Error})->str() == "func(interface {}) (int, error)");
}

TEST_CASE("Type::str: chan types") {
  TypeFactory tf;
  CHECK(tf.chan(tf.Int)->str() == "chan int");
  CHECK(tf.chan(tf.Int, ChanDir::Recv)->str() == "<-chan int");
  CHECK(tf.chan(tf.Int, ChanDir::Send)->str() == "chan<- int");
  CHECK(tf.chan(tf.chan(tf.Int, ChanDir::Recv))->str() == "chan (<-chan int)");
  CHECK(tf.chan(tf.chan(tf.Int), ChanDir::Send)->str() == "chan<- chan int");
  CHECK(tf.chan(tf.chan(tf.Int, ChanDir::Recv), ChanDir::Recv)->str() == "<-chan <-chan int");
  CHECK(tf.chan(tf.strct({}))->str() == "chan struct {}");
}

TEST_CASE("Type::str: struct and interface types") {
  TypeFactory tf;
  CHECK(tf.strct({})->str() == "struct {}");
  CHECK(tf.strct({{"X", tf.Int}, {"Y", tf.String}})->str() == "struct { X int; Y string }");
  Type* t = tf.named("T", "main", tf.strct({{"A", tf.Int}}));
  Type* stringer = tf.named("Stringer", "fmt", tf.iface({{"String", tf.func({}, {tf.String})}}));
  CHECK(tf.strct({{"x", tf.Int}, {"T", t, true}, {"Y", tf.String}})->str() ==
        "struct { x int; main.T; Y string }");
  CHECK(tf.strct({{"T", tf.ptr(t), true}, {"Stringer", stringer, true}})->str() ==
        "struct { *main.T; fmt.Stringer }");
  CHECK(tf.iface({{"M", tf.func({}, {})}})->str() == "interface { M() }");
  CHECK(tf.iface({{"String", tf.func({}, {tf.String})}, {"m", tf.func({tf.Int}, {})}})->str() ==
        "interface { String() string; main.m(int) }");
  CHECK(tf.slice(tf.iface({{"Len", tf.func({}, {tf.Int})}, {"Swap", tf.func({tf.Int, tf.Int}, {})}}))->str() ==
        "[]interface { Len() int; Swap(int, int) }");
  CHECK(tf.ptr(tf.strct({{"p", tf.ptr(tf.strct({}))}}))->str() == "*struct { p *struct {} }");
}

TEST_CASE("Type::str: checker-only kinds") {
  TypeFactory tf;
  CHECK(tf.make(Kind::UntypedInt, 0, 1)->str() == "untyped int");
  CHECK(tf.make(Kind::UntypedFloat, 0, 1)->str() == "untyped float");
  CHECK(tf.make(Kind::UntypedRune, 0, 1)->str() == "untyped rune");
  CHECK(tf.make(Kind::UntypedString, 0, 1)->str() == "untyped string");
  CHECK(tf.make(Kind::UntypedBool, 0, 1)->str() == "untyped bool");
  CHECK(tf.make(Kind::UntypedNil, 0, 1)->str() == "untyped nil");
  Type* tup = tf.make(Kind::Tuple, 0, 1);
  tup->params = {tf.Int, tf.Error};
  CHECK(tup->str() == "(int, error)");
}

TEST_CASE("typeComparable") {
  TypeFactory tf;
  CHECK(typeComparable(tf.Int));
  CHECK(typeComparable(tf.String));
  CHECK(typeComparable(tf.Float64));
  CHECK(typeComparable(tf.EmptyIface));
  CHECK(typeComparable(tf.ptr(tf.slice(tf.Int))));
  CHECK(typeComparable(tf.chan(tf.Int)));
  CHECK(typeComparable(tf.array(tf.String, 3)));
  CHECK(typeComparable(tf.strct({{"A", tf.Int}, {"B", tf.Error}})));
  CHECK_FALSE(typeComparable(tf.slice(tf.Int)));
  CHECK_FALSE(typeComparable(tf.map(tf.Int, tf.Int)));
  CHECK_FALSE(typeComparable(tf.func({}, {})));
  CHECK_FALSE(typeComparable(tf.array(tf.slice(tf.Int), 2)));
  CHECK_FALSE(typeComparable(tf.strct({{"A", tf.Int}, {"B", tf.map(tf.Int, tf.Int)}})));
  CHECK_FALSE(typeComparable(tf.named("S", "main", tf.slice(tf.Int))));
  CHECK(typeComparable(tf.array(tf.slice(tf.Int), 0)) == false);  // Go: [0][]int is not comparable
}

// ---- equality and hashing (runtime/alg.cpp)

namespace {
template <class T>
bool eqv(const Type* t, T a, T b) {
  return valuesEqual(t, &a, &b);
}
template <class T>
uint64_t hv(const Type* t, T a, uint64_t seed = 99) {
  return valueHash(t, &a, seed);
}
GoString str(const char* s) { return {reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))}; }
GoIface boxed(Type* t, const void* v) {
  if (t->isPointerShaped()) return {t, *static_cast<void* const*>(v)};
  return {t, const_cast<void*>(v)};  // tests keep the value alive themselves
}
}  // namespace

TEST_CASE("valuesEqual/valueHash: basic kinds") {
  TypeFactory tf;
  CHECK(eqv<uint8_t>(tf.Bool, 1, 1));
  CHECK_FALSE(eqv<uint8_t>(tf.Bool, 1, 0));
  CHECK(eqv<int8_t>(tf.Int8, -3, -3));
  CHECK_FALSE(eqv<int16_t>(tf.Int16, 300, 301));
  CHECK(eqv<int32_t>(tf.Int32, -70000, -70000));
  CHECK(eqv<int64_t>(tf.Int, INT64_MIN, INT64_MIN));
  CHECK_FALSE(eqv<uint64_t>(tf.Uint64, 1, 1ull << 63));
  CHECK(hv<int64_t>(tf.Int, 5) == hv<int64_t>(tf.Int, 5));
  CHECK(hv<int64_t>(tf.Int, 5) != hv<int64_t>(tf.Int, 6));
  CHECK(hv<int64_t>(tf.Int, 5, 1) != hv<int64_t>(tf.Int, 5, 2));  // seeded
  CHECK(hv<int16_t>(tf.Int16, 7) == hv<int16_t>(tf.Int16, 7));
  int x, y;
  CHECK(eqv<int*>(tf.ptr(tf.Int), &x, &x));
  CHECK_FALSE(eqv<int*>(tf.ptr(tf.Int), &x, &y));
  CHECK(hv<int*>(tf.ptr(tf.Int), &x) == hv<int*>(tf.ptr(tf.Int), &x));
  CHECK(eqv<void*>(tf.chan(tf.Int), &x, &x));
  // strings by content
  char a[] = "hello", b[] = "hello";
  CHECK(eqv(tf.String, str(a), str(b)));
  CHECK(hv(tf.String, str(a)) == hv(tf.String, str(b)));
  CHECK_FALSE(eqv(tf.String, str("hello"), str("hellp")));
  CHECK_FALSE(eqv(tf.String, str("hello"), str("hell")));
  CHECK(eqv(tf.String, GoString{nullptr, 0}, str("")));
  CHECK(hv(tf.String, GoString{nullptr, 0}) == hv(tf.String, str("")));
  CHECK(hv(tf.String, str("ab")) != hv(tf.String, str("ba")));
  // named types compare by their underlying type
  Type* myStr = tf.named("S", "main", tf.String);
  CHECK(eqv(myStr, str("x"), str("x")));
}

TEST_CASE("valuesEqual/valueHash: floats") {
  TypeFactory tf;
  double nan = std::numeric_limits<double>::quiet_NaN();
  CHECK(eqv(tf.Float64, 0.0, -0.0));
  CHECK(hv(tf.Float64, 0.0) == hv(tf.Float64, -0.0));
  CHECK_FALSE(eqv(tf.Float64, nan, nan));
  CHECK(hv(tf.Float64, nan) != hv(tf.Float64, nan));  // random each time
  CHECK(eqv(tf.Float64, 1.5, 1.5));
  CHECK(hv(tf.Float64, 1.5) == hv(tf.Float64, 1.5));
  CHECK_FALSE(eqv(tf.Float64, 1.5, 2.5));
  float fz = 0.0f, fnz = -0.0f, fnan = std::numeric_limits<float>::quiet_NaN();
  CHECK(eqv(tf.Float32, fz, fnz));
  CHECK(hv(tf.Float32, fz) == hv(tf.Float32, fnz));
  CHECK_FALSE(eqv(tf.Float32, fnan, fnan));
  CHECK(eqv(tf.Float32, 3.25f, 3.25f));
}

TEST_CASE("valuesEqual/valueHash: arrays and nested structs") {
  TypeFactory tf;
  Type* inner = tf.strct({{"F", tf.Float64}, {"S", tf.String}});
  Type* outer = tf.strct({{"A", tf.Int8}, {"In", inner}, {"Arr", tf.array(tf.Int16, 3)}, {"_", tf.Int}});
  REQUIRE(outer->size == 48);
  REQUIRE(outer->fields[1].offset == 8);
  REQUIRE(outer->fields[2].offset == 32);
  REQUIRE(outer->fields[3].offset == 40);
  auto mk = [&](int8_t a, double f, const char* s, int16_t e, int64_t blank, uint8_t pad) {
    std::vector<uint8_t> v(48, pad);
    std::memcpy(&v[0], &a, 1);
    std::memcpy(&v[8], &f, 8);
    GoString gs = str(s);
    std::memcpy(&v[16], &gs, 16);
    int16_t arr[3] = {e, int16_t(e + 1), int16_t(e + 2)};
    std::memcpy(&v[32], arr, 6);
    std::memcpy(&v[40], &blank, 8);
    return v;
  };
  auto x = mk(1, 0.0, "s", 5, 1, 0x00);
  auto y = mk(1, -0.0, "s", 5, 2, 0xff);  // differs only in -0, the blank field and padding
  CHECK(valuesEqual(outer, x.data(), y.data()));
  CHECK(valueHash(outer, x.data(), 3) == valueHash(outer, y.data(), 3));
  auto z = mk(1, 0.0, "t", 5, 1, 0);
  CHECK_FALSE(valuesEqual(outer, x.data(), z.data()));
  auto w = mk(1, 0.0, "s", 6, 1, 0);
  CHECK_FALSE(valuesEqual(outer, x.data(), w.data()));
  CHECK(valueHash(outer, x.data(), 3) != valueHash(outer, w.data(), 3));
  auto n1 = mk(1, std::nan(""), "s", 5, 1, 0);
  CHECK_FALSE(valuesEqual(outer, n1.data(), n1.data()));
  // arrays of strings
  Type* as = tf.array(tf.String, 2);
  GoString p[2] = {str("a"), str("b")}, q[2] = {str("a"), str("b")}, r[2] = {str("a"), str("c")};
  CHECK(valuesEqual(as, p, q));
  CHECK(valueHash(as, p, 1) == valueHash(as, q, 1));
  CHECK_FALSE(valuesEqual(as, p, r));
  // empty struct and zero-length array
  Type* es = tf.strct({});
  CHECK(valuesEqual(es, &x, &y));
  CHECK(valueHash(es, &x, 1) == valueHash(es, &y, 1));
  CHECK(valuesEqual(tf.array(tf.Int, 0), &x, &z));
}

TEST_CASE("valuesEqual/valueHash: interfaces") {
  TypeFactory tf;
  Type* myInt = tf.named("MyInt", "main", tf.Int);
  int64_t one = 1, one2 = 1, two = 2;
  GoIface i1 = boxed(tf.Int, &one), i1b = boxed(tf.Int, &one2), i2 = boxed(tf.Int, &two);
  GoIface m1 = boxed(myInt, &one);
  GoIface nil{nullptr, nullptr};
  Type* ei = tf.EmptyIface;
  CHECK(eqv(ei, i1, i1b));
  CHECK(hv(ei, i1) == hv(ei, i1b));
  CHECK_FALSE(eqv(ei, i1, i2));
  CHECK_FALSE(eqv(ei, i1, m1));  // same value, different dynamic type
  CHECK(hv(ei, i1) != hv(ei, m1));
  CHECK(eqv(ei, nil, nil));
  CHECK_FALSE(eqv(ei, nil, i1));
  CHECK(hv(ei, nil) == hv(ei, nil));
  // pointer-shaped dynamic types hold the pointer in the data word
  int target;
  int* pt = &target;
  Type* pint = tf.ptr(tf.Int);
  GoIface p1 = boxed(pint, &pt), p2 = boxed(pint, &pt);
  CHECK(p1.data == &target);
  CHECK(eqv(ei, p1, p2));
  CHECK(hv(ei, p1) == hv(ei, p2));
  // -0 inside an interface
  double z = 0.0, nz = -0.0;
  CHECK(eqv(ei, boxed(tf.Float64, &z), boxed(tf.Float64, &nz)));
  CHECK(hv(ei, boxed(tf.Float64, &z)) == hv(ei, boxed(tf.Float64, &nz)));
  // string dynamic values by content
  GoString s1 = str("go"), s2 = str("go");
  CHECK(eqv(ei, boxed(tf.String, &s1), boxed(tf.String, &s2)));
  CHECK(hv(ei, boxed(tf.String, &s1)) == hv(ei, boxed(tf.String, &s2)));
  // a struct holding an interface
  Type* st = tf.strct({{"E", tf.Error}, {"N", tf.Int}});
  struct {
    GoIface e;
    int64_t n;
  } a{i1, 3}, b{i1b, 3}, c{i2, 3};
  CHECK(valuesEqual(st, &a, &b));
  CHECK(valueHash(st, &a, 0) == valueHash(st, &b, 0));
  CHECK_FALSE(valuesEqual(st, &a, &c));
#ifdef GORO_TEST_STUBS
  Type* sl = tf.slice(tf.Int);
  GoSlice s{nullptr, 0, 0};
  GoIface u1 = boxed(sl, &s), u2 = boxed(sl, &s);
  CHECK_THROWS_WITH_AS(eqv(ei, u1, u2), "runtime error: comparing uncomparable type []int", RtTestPanic);
  CHECK_FALSE(eqv(ei, u1, i1));  // different dynamic types: no panic
  CHECK_THROWS_WITH_AS(hv(ei, u1), "runtime error: hash of unhashable type []int", RtTestPanic);
  Type* mt = tf.map(tf.String, tf.Int);
  void* mp = &s;
  GoIface mm1 = boxed(mt, &mp), mm2 = boxed(mt, &mp);
  CHECK_THROWS_WITH_AS(eqv(ei, mm1, mm2), "runtime error: comparing uncomparable type map[string]int",
                       RtTestPanic);
  Type* named = tf.named("L", "main", sl);
  GoIface n1 = boxed(named, &s);
  CHECK_THROWS_WITH_AS(hv(ei, n1), "runtime error: hash of unhashable type main.L", RtTestPanic);
  struct {
    GoIface e;
    int64_t n;
  } d{u1, 1}, e{u2, 1};
  CHECK_THROWS_WITH_AS(valuesEqual(st, &d, &e), "runtime error: comparing uncomparable type []int", RtTestPanic);
#endif
}

TEST_CASE("valueHash spreads sequential keys") {
  TypeFactory tf;
  std::set<uint64_t> low, high;
  for (int64_t i = 0; i < 4096; i++) {
    uint64_t h = valueHash(tf.Int, &i, 12345);
    low.insert(h & 0xfff);
    high.insert(h >> 52);
  }
  // 4096 keys into 4096 buckets: expect ~63% distinct for a random function
  CHECK(low.size() > 2300);
  CHECK(high.size() > 2300);
}
