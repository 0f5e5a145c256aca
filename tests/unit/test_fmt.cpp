// tests/unit/test_fmt.cpp — the fmt engine (stdlib/fmt_format.cpp) driven
// directly with hand-built Type descriptors and values, no compiler needed.
//
// Every expectation is the output of Go 1.19 for the same call: the Go
// program that produced each block is quoted above it (the values are
// rebuilt here with the same types and memory layouts).
#include <doctest/doctest.h>
#include <gc/gc.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "runtime/map.h"
#include "stdlib/fmt_format.h"
#include "tests/unit/rt_test_stubs.h"

namespace {

using namespace goro;
using goro_test::TypeFactory;

// String()/Error()/GoString() implementations for the test types.
struct TestCaller : gofmt::MethodCaller {
  using Impl = std::function<std::string(const GoIface&)>;
  std::map<std::pair<const Type*, std::string>, Impl> methods;
  struct Panic {
    GoIface value;
  };
  gofmt::CallResult callStringMethod(const GoIface& v, const char* name, std::string* out,
                                     GoIface* panicValue) override {
    auto it = methods.find({v.type, name});
    if (it == methods.end()) return gofmt::CallResult::NoMethod;
    try {
      *out = it->second(v);
    } catch (Panic& p) {
      *panicValue = p.value;
      return gofmt::CallResult::Panicked;
    }
    return gofmt::CallResult::Ok;
  }
};

// Memory for test values: uncollectable GC blocks (roots, scanned), so maps
// and boxes reachable only from here survive a collection.
void* keep(const void* src, size_t n) {
  void* p = GC_MALLOC_UNCOLLECTABLE(n ? n : 1);
  if (n) std::memcpy(p, src, n);
  return p;
}

struct Env {
  TypeFactory tf;
  TestCaller caller;
  Type* Rune = tf.Int32;
  Type* Byte = tf.Uint8;

  // ---- types of the Go program
  Type* sigString = tf.func({}, {tf.String});
  Type* Point = tf.named("Point", "main", tf.strct({{"X", tf.Int}, {"Y", tf.Int}}));
  Type* PPoint = tf.ptr(Point);
  Type* Color = tf.named("Color", "main", tf.Int);
  Type* Celsius = tf.named("Celsius", "main", tf.Float64);
  Type* MyErr = tf.named("MyErr", "main", tf.strct({{"Code", tf.Int}}));
  Type* PMyErr = tf.ptr(MyErr);
  Type* Wrap = tf.named("Wrap", "main",
                        tf.strct({{"E", tf.Error}, {"e", tf.Error}, {"C", Color}, {"c", Color}}));
  Type* Bytes = tf.named("Bytes", "main", tf.slice(tf.Uint8));
  Type* Anon = tf.strct({{"Name", tf.String}, {"Tags", tf.slice(tf.String)}, {"Ptr", PPoint}});
  Type* Both = tf.named("Both", "main", tf.Int);
  Type* GS = tf.named("GS", "main", tf.Int);
  Type* Embed = tf.named("Embed", "main", tf.strct({{"Point", Point, true}, {"Name", tf.String}}));
  Type* ErrorString = tf.named("errorString", "errors", tf.strct({{"s", tf.String}}));
  Type* PErrorString = tf.ptr(ErrorString);
  Type* Bad = tf.named("Bad", "main", tf.Int);
  Type* Pt = tf.named("Pt", "main", tf.strct({{"X", tf.Int}}));
  Type* PPt = tf.ptr(Pt);

  Type* IntSlice = tf.slice(tf.Int);
  Type* StringSlice = tf.slice(tf.String);
  Type* ByteSlice = tf.slice(tf.Uint8);
  Type* AnySlice = tf.slice(tf.EmptyIface);
  Type* ErrorSlice = tf.slice(tf.Error);
  Type* PIntSlice = tf.slice(tf.ptr(tf.Int));
  Type* ColorSlice = tf.slice(Color);
  Type* PointSlice = tf.slice(Point);
  Type* PPtSlice = tf.slice(PPt);
  Type* PInt = PIntSlice->elem;

  Env() {
    addMethod(Color, "String", [](const GoIface& v) {
      static const char* names[] = {"Red", "Green", "Blue"};
      return std::string(names[*static_cast<int64_t*>(v.data)]);
    });
    addMethod(PMyErr, "Error", [](const GoIface& v) {
      if (!v.data) throw TestCaller::Panic{GoIface{nullptr, nullptr}};  // nil dereference
      return "code " + std::to_string(*static_cast<int64_t*>(v.data));
    });
    addMethod(Both, "Error", [](const GoIface&) { return std::string("both-error"); });
    addMethod(Both, "String", [](const GoIface&) { return std::string("both-string"); });
    addMethod(GS, "GoString", [](const GoIface&) { return std::string("GS!"); });
    addMethod(GS, "String", [](const GoIface&) { return std::string("gs"); });
    addMethod(PErrorString, "Error", [](const GoIface& v) {
      return std::string(static_cast<GoString*>(v.data)->view());
    });
    addMethod(Bad, "String", [this](const GoIface&) -> std::string {
      throw TestCaller::Panic{S("boom")};
    });
    addMethod(PPt, "String", [](const GoIface& v) {
      if (!v.data) throw TestCaller::Panic{GoIface{nullptr, nullptr}};
      return "pt" + std::to_string(*static_cast<int64_t*>(v.data));
    });
  }

  void addMethod(Type* t, const char* name, TestCaller::Impl fn) {
    Method m;
    m.name = name;
    m.type = sigString;
    t->methods.push_back(m);
    std::sort(t->methods.begin(), t->methods.end(), [](const Method& a, const Method& b) { return a.name < b.name; });
    caller.methods[{t, name}] = std::move(fn);
  }

  // ---- values (interface values as a ...any argument holds them)
  __attribute__((noinline)) GoIface val(Type* t, const void* mem) {
    if (t->isPointerShaped()) {
      void* p;
      std::memcpy(&p, mem, 8);
      return GoIface{t, p};
    }
    return GoIface{t, keep(mem, size_t(t->size))};
  }
  template <class T>
  GoIface V(Type* t, T v) {
    REQUIRE(int64_t(sizeof(T)) == t->size);
    return val(t, &v);
  }
  GoIface I(int64_t v) { return V(tf.Int, v); }
  GoIface R(int32_t v) { return V(Rune, v); }
  GoIface F(double v) { return V(tf.Float64, v); }
  GoIface F32(float v) { return V(tf.Float32, v); }
  GoIface B(bool v) { return V(tf.Bool, uint8_t(v)); }
  GoString gs(std::string_view s) { return GoString{static_cast<const uint8_t*>(keep(s.data(), s.size())), int64_t(s.size())}; }
  GoIface S(std::string_view s) { return V(tf.String, gs(s)); }
  GoIface Nil() { return GoIface{nullptr, nullptr}; }
  template <class T>
  GoSlice slice(const std::vector<T>& elems) {
    return GoSlice{keep(elems.data(), elems.size() * sizeof(T)), int64_t(elems.size()), int64_t(elems.size())};
  }
  GoSlice bytes(std::string_view s) { return GoSlice{keep(s.data(), s.size()), int64_t(s.size()), int64_t(s.size())}; }
  // Pointer to a new heap copy of a value of type t.
  void* obj(Type* t, const void* mem) { return keep(mem, size_t(t->size)); }
  // A map of type mt filled from raw (key, value) memory pairs.
  GoMap* map(Type* mt, const std::vector<std::pair<const void*, const void*>>& kvs) {
    GoMap* m = mapNew(mt, int64_t(kvs.size()));
    keep(&m, 8);  // a root holding the map
    for (auto& [k, v] : kvs) std::memcpy(mapAssign(mt, m, k), v, size_t(mt->elem->size));
    return m;
  }
  GoIface errorsNew(std::string_view s) {
    GoString g = gs(s);
    return GoIface{PErrorString, obj(ErrorString, &g)};
  }
  // A value stored inside an interface-typed slot (memory layout of an interface).
  GoIface asIfaceSlot(GoIface v) { return v; }

  std::string P(std::string_view format, std::vector<GoIface> args) {
    return gofmt::sprintf(format, args.data(), args.size(), &caller);
  }
  std::string Errorf(std::string_view format, std::vector<GoIface> args, int* wrapped) {
    return gofmt::sprintf(format, args.data(), args.size(), &caller, wrapped);
  }
};

struct Int2 {
  int64_t x, y;
};

}  // namespace

TEST_CASE("fmt: integers") {
  Env e;
  // p("%d %b %o %x %X %#x %#o %c %q %U %#U", 255, 255, 255, 255, 255, 255, 255, 65, 65, 0x1F600, 'G')
  CHECK(e.P("%d %b %o %x %X %#x %#o %c %q %U %#U",
            {e.I(255), e.I(255), e.I(255), e.I(255), e.I(255), e.I(255), e.I(255), e.I(65), e.I(65), e.I(0x1F600),
             e.R('G')}) == "255 11111111 377 ff FF 0xff 0377 A 'A' U+1F600 U+0047 'G'");
  // p("%d %x %X %o %b", -42, -42, -255, -8, -5)
  CHECK(e.P("%d %x %X %o %b", {e.I(-42), e.I(-42), e.I(-255), e.I(-8), e.I(-5)}) == "-42 -2a -FF -10 -101");
  // p("%v %v %v %v %v", int8(-5), uint16(7), int64(1)<<40, uint64(1)<<63, uintptr(10))
  CHECK(e.P("%v %v %v %v %v", {e.V(e.tf.Int8, int8_t(-5)), e.V(e.tf.Uint16, uint16_t(7)),
                                e.V(e.tf.Int64, int64_t(1) << 40), e.V(e.tf.Uint64, uint64_t(1) << 63),
                                e.V(e.tf.Uintptr, uint64_t(10))}) == "-5 7 1099511627776 9223372036854775808 10");
  // p("[%5d] [%-5d] [%05d] [%+d] [%+d] [% d] [% d]", 42, 42, 42, 42, -42, 42, -42)
  CHECK(e.P("[%5d] [%-5d] [%05d] [%+d] [%+d] [% d] [% d]",
            {e.I(42), e.I(42), e.I(42), e.I(42), e.I(-42), e.I(42), e.I(-42)}) ==
        "[   42] [42   ] [00042] [+42] [-42] [ 42] [-42]");
  // p("[%x] [%#x] [%08x] [%#08x] [%-8x|] [%#X]", 3054, ...)
  CHECK(e.P("[%x] [%#x] [%08x] [%#08x] [%-8x|] [%#X]",
            {e.I(3054), e.I(3054), e.I(3054), e.I(3054), e.I(3054), e.I(3054)}) ==
        "[bee] [0xbee] [00000bee] [0x00000bee] [bee     |] [0XBEE]");
  // p("[%d] [%5.2d] [%.3d] [%.0d] [%5.0d] [%-+6d] [%+06d] [%08.3d]", 7, 7, 7, 0, 0, 5, -5, 12)
  CHECK(e.P("[%d] [%5.2d] [%.3d] [%.0d] [%5.0d] [%-+6d] [%+06d] [%08.3d]",
            {e.I(7), e.I(7), e.I(7), e.I(0), e.I(0), e.I(5), e.I(-5), e.I(12)}) ==
        "[7] [   07] [007] [] [     ] [+5    ] [-00005] [     012]");
  // p("[%O] [%#b] [%#o] [%#O] [%08b]", 64, 5, 0, 8, 5)
  CHECK(e.P("[%O] [%#b] [%#o] [%#O] [%08b]", {e.I(64), e.I(5), e.I(0), e.I(8), e.I(5)}) ==
        "[0o100] [0b101] [0] [0o010] [00000101]");
  // p("%x %X %.3x % 05x", -1, uint64(math.MaxUint64), 255, 255)
  CHECK(e.P("%x %X %.3x % 05x", {e.I(-1), e.V(e.tf.Uint64, UINT64_MAX), e.I(255), e.I(255)}) ==
        "-1 FFFFFFFFFFFFFFFF 0ff  00ff");
  // p("%v %d", int64(math.MinInt64), int8(-128))
  CHECK(e.P("%v %d", {e.V(e.tf.Int64, INT64_MIN), e.V(e.tf.Int8, int8_t(-128))}) == "-9223372036854775808 -128");
  // p("%c %c %c %q %q", -1, 0x110000, 0xD800, 0xD800, -1)
  CHECK(e.P("%c %c %c %q %q", {e.I(-1), e.I(0x110000), e.I(0xD800), e.I(0xD800), e.I(-1)}) ==
        "\xef\xbf\xbd \xef\xbf\xbd \xef\xbf\xbd '\xef\xbf\xbd' '\xef\xbf\xbd'");
  // p("%U %#U %#U %.6U %#8U %-8U|", 0x1F600, '⌘', 0x7f, 0x41, 'x', 'y')
  CHECK(e.P("%U %#U %#U %.6U %#8U %-8U|", {e.I(0x1F600), e.R(0x2318), e.I(0x7f), e.I(0x41), e.R('x'), e.R('y')}) ==
        "U+1F600 U+2318 '\xe2\x8c\x98' U+007F U+000041 U+0078 'x' U+0079  |");
}

TEST_CASE("fmt: strings, runes, bools") {
  Env e;
  // p("%s|%q|%x|%X|% x|%#x|% #x", "go", "héllo\n\"x\"", "hi", "hi", "hey", "hey", "hey")
  CHECK(e.P("%s|%q|%x|%X|% x|%#x|% #x",
            {e.S("go"), e.S("h\xc3\xa9llo\n\"x\""), e.S("hi"), e.S("hi"), e.S("hey"), e.S("hey"), e.S("hey")}) ==
        "go|\"h\xc3\xa9llo\\n\\\"x\\\"\"|6869|6869|68 65 79|0x686579|0x68 0x65 0x79");
  // p("%q %+q %#q %#q %q", "日本", "日本", "back`tick", "plain", 'x')
  CHECK(e.P("%q %+q %#q %#q %q",
            {e.S("\xe6\x97\xa5\xe6\x9c\xac"), e.S("\xe6\x97\xa5\xe6\x9c\xac"), e.S("back`tick"), e.S("plain"),
             e.R('x')}) == "\"\xe6\x97\xa5\xe6\x9c\xac\" \"\\u65e5\\u672c\" \"back`tick\" `plain` 'x'");
  // p("%c%c%c %q %q %q %+q", 'G', 'o', '!', '\n', rune(0x263A), rune(0x7f), 'é')
  CHECK(e.P("%c%c%c %q %q %q %+q", {e.R('G'), e.R('o'), e.R('!'), e.R('\n'), e.R(0x263A), e.R(0x7f), e.R(0xe9)}) ==
        "Go! '\\n' '\xe2\x98\xba' '\\x7f' '\\u00e9'");
  // p("[%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s] [%.2s]", "hello" x5, "日本語")
  CHECK(e.P("[%10s] [%-10s] [%.3s] [%10.3s] [%-10.3s] [%.2s]",
            {e.S("hello"), e.S("hello"), e.S("hello"), e.S("hello"), e.S("hello"),
             e.S("\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e")}) ==
        "[     hello] [hello     ] [hel] [       hel] [hel       ] [\xe6\x97\xa5\xe6\x9c\xac]");
  // p("[%5q] [%-8q] [%.2q] [%x] [%.1x]", "a", "b", "abc", "", "abc")
  CHECK(e.P("[%5q] [%-8q] [%.2q] [%x] [%.1x]", {e.S("a"), e.S("b"), e.S("abc"), e.S(""), e.S("abc")}) ==
        "[  \"a\"] [\"b\"     ] [\"ab\"] [] [61]");
  // p("%t %v %t [%5t] [%-6t]", true, false, 1 > 2, true, false)
  CHECK(e.P("%t %v %t [%5t] [%-6t]", {e.B(true), e.B(false), e.B(false), e.B(true), e.B(false)}) ==
        "true false false [ true] [false ]");
  // p("%6.3v|%-6.3v|%6s", "abcdef", "abcdef", []string{"a", "bc"})
  CHECK(e.P("%6.3v|%-6.3v|%6s",
            {e.S("abcdef"), e.S("abcdef"), e.V(e.StringSlice, e.slice(std::vector<GoString>{e.gs("a"), e.gs("bc")}))}) ==
        "   abc|abc   |[     a     bc]");
  // p("%05s|%05q|%-05d|%05t", "ab", "ab", 3, true)
  CHECK(e.P("%05s|%05q|%-05d|%05t", {e.S("ab"), e.S("ab"), e.I(3), e.B(true)}) == "000ab|0\"ab\"|3    |0true");
  // p("%+q %#+q %#q", "héllo\x01", "tab\there", "no\nnewline")
  CHECK(e.P("%+q %#+q %#q", {e.S("h\xc3\xa9llo\x01"), e.S("tab\there"), e.S("no\nnewline")}) ==
        "\"h\\u00e9llo\\x01\" `tab\there` \"no\\nnewline\"");
  // p("%q %q %+q", "\xff\xfe", "\u2028\ufeff", "\U0001F600")
  CHECK(e.P("%q %q %+q", {e.S("\xff\xfe"), e.S("\xe2\x80\xa8\xef\xbb\xbf"), e.S("\xf0\x9f\x98\x80")}) ==
        "\"\\xff\\xfe\" \"\\u2028\\ufeff\" \"\\U0001f600\"");
  // p("%x %X % X %#x", "Go!", "Go!", []byte{1, 171}, "hi")
  CHECK(e.P("%x %X % X %#x", {e.S("Go!"), e.S("Go!"), e.V(e.ByteSlice, e.bytes("\x01\xab")), e.S("hi")}) ==
        "476f21 476F21 01 AB 0x6869");
}

TEST_CASE("fmt: floats") {
  Env e;
  double f = 1234.5678;
  // p("%f %.1f %e %E %g %G %.3e %v", f, f, f, f, f, f, f, f)
  CHECK(e.P("%f %.1f %e %E %g %G %.3e %v", {e.F(f), e.F(f), e.F(f), e.F(f), e.F(f), e.F(f), e.F(f), e.F(f)}) ==
        "1234.567800 1234.6 1.234568e+03 1.234568E+03 1234.5678 1234.5678 1.235e+03 1234.5678");
  // p("%v %v %v %v %v", 1e6, 1e21, 1e-4, 1e-5, 123456789.0)
  CHECK(e.P("%v %v %v %v %v", {e.F(1e6), e.F(1e21), e.F(1e-4), e.F(1e-5), e.F(123456789.0)}) ==
        "1e+06 1e+21 0.0001 1e-05 1.23456789e+08");
  // p("%v %v %v %v %v", 3.0/2, 1e21, 1e-7, 100000000.0, 1e20)
  CHECK(e.P("%v %v %v %v %v", {e.F(3.0 / 2), e.F(1e21), e.F(1e-7), e.F(100000000.0), e.F(1e20)}) ==
        "1.5 1e+21 1e-07 1e+08 1e+20");
  // p("%g %g %.2g %.4g %g", 0.00001234, 1e100, 12345.0, 12345.0, 100000.0)
  CHECK(e.P("%g %g %.2g %.4g %g", {e.F(0.00001234), e.F(1e100), e.F(12345.0), e.F(12345.0), e.F(100000.0)}) ==
        "1.234e-05 1e+100 1.2e+04 1.234e+04 100000");
  // p("[%8.3f] [%-8.3f] [%08.3f] [%+.2f] [%.0f] [%8.0f]", 3.14159, 3.14159, -3.14159, 2.5, 2.5, 1234.5)
  CHECK(e.P("[%8.3f] [%-8.3f] [%08.3f] [%+.2f] [%.0f] [%8.0f]",
            {e.F(3.14159), e.F(3.14159), e.F(-3.14159), e.F(2.5), e.F(2.5), e.F(1234.5)}) ==
        "[   3.142] [3.142   ] [-003.142] [+2.50] [2] [    1234]");
  // p("[%e] [%.2e] [%12.4e] [%-12.2E]", 123456.789, 123456.789, 0.000123, 99999.0)
  CHECK(e.P("[%e] [%.2e] [%12.4e] [%-12.2E]", {e.F(123456.789), e.F(123456.789), e.F(0.000123), e.F(99999.0)}) ==
        "[1.234568e+05] [1.23e+05] [  1.2300e-04] [1.00E+05    ]");
  // p("[%v] [%.2v] [%5.1v] [%+v] [%+.1e] [% .3f] [% f]", 3.14159, 3.14159, 3.14159, 1.0, 12345.0, 2.0, -2.0)
  CHECK(e.P("[%v] [%.2v] [%5.1v] [%+v] [%+.1e] [% .3f] [% f]",
            {e.F(3.14159), e.F(3.14159), e.F(3.14159), e.F(1.0), e.F(12345.0), e.F(2.0), e.F(-2.0)}) ==
        "[3.14159] [3.1] [    3] [1] [+1.2e+04] [ 2.000] [-2.000000]");
  // p("[%08.3f] [%-08.3f] [%+08d] [%x] [%X]", 3.14159, 3.14159, 42, -255, -255)
  CHECK(e.P("[%08.3f] [%-08.3f] [%+08d] [%x] [%X]", {e.F(3.14159), e.F(3.14159), e.I(42), e.I(-255), e.I(-255)}) ==
        "[0003.142] [3.142   ] [+0000042] [-ff] [-FF]");
  // p("%v %v %v %.3f %g", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1), -0.0)  (-0.0 is +0 in Go)
  CHECK(e.P("%v %v %v %.3f %g", {e.F(HUGE_VAL), e.F(-HUGE_VAL), e.F(std::nan("")), e.F(HUGE_VAL), e.F(0.0)}) ==
        "+Inf -Inf NaN +Inf 0");
  // p("[%5v] [%-6v] [%06v] [%+v] [% v] [%+06v]", NaN, Inf, -Inf, NaN, NaN, Inf)
  CHECK(e.P("[%5v] [%-6v] [%06v] [%+v] [% v] [%+06v]",
            {e.F(std::nan("")), e.F(HUGE_VAL), e.F(-HUGE_VAL), e.F(std::nan("")), e.F(std::nan("")), e.F(HUGE_VAL)}) ==
        "[  NaN] [+Inf  ] [  -Inf] [NaN] [ NaN] [  +Inf]");
  // p("%#g %#.3g %#e %#f %#.0f %#.0e %#v %#x %#.3x", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 1.0, 1.5)
  CHECK(e.P("%#g %#.3g %#e %#f %#.0f %#.0e %#v %#x %#.3x",
            {e.F(1), e.F(2), e.F(3), e.F(4), e.F(5), e.F(6), e.F(7), e.F(1), e.F(1.5)}) ==
        "1.00000 2.00 3.000000e+00 4.000000 5. 6.e+00 7 0x1.0000p+00 0x1.800p+00");
  // p("%b %x %X %.2x %8.2X", 1.0, 3.5, -0.1, 1.0/3, 100.0)
  CHECK(e.P("%b %x %X %.2x %8.2X", {e.F(1), e.F(3.5), e.F(-0.1), e.F(1.0 / 3), e.F(100)}) ==
        "4503599627370496p-52 0x1.cp+01 -0X1.999999999999AP-04 0x1.55p-02 0X1.90P+06");
  // p("%v %v %g %e %.3v", float32(0.1), float32(1e20), float32(3.4e38), float32(1.5), float32(2.0/3))
  CHECK(e.P("%v %v %g %e %.3v", {e.F32(0.1f), e.F32(1e20f), e.F32(3.4e38f), e.F32(1.5f), e.F32(2.0f / 3)}) ==
        "0.1 1e+20 3.4e+38 1.500000e+00 0.667");
  // p("%v %.1f %5.2f%%", Celsius(36.6), Celsius(-4.25), 99.5)
  CHECK(e.P("%v %.1f %5.2f%%", {e.V(e.Celsius, 36.6), e.V(e.Celsius, -4.25), e.F(99.5)}) == "36.6 -4.2 99.50%");
  // p("%6.2f|%-10g|%08.2e|%8.2e", 12.3456, -12.345, -12.345, -12.345)
  CHECK(e.P("%6.2f|%-10g|%08.2e|%8.2e", {e.F(12.3456), e.F(-12.345), e.F(-12.345), e.F(-12.345)}) ==
        " 12.35|-12.345   |-1.23e+01|-1.23e+01");
  // p("%08.3e|%+08.2f|% 08.2f|%-+8.2f|", 1234.5, 3.5, 3.5, 3.5)
  CHECK(e.P("%08.3e|%+08.2f|% 08.2f|%-+8.2f|", {e.F(1234.5), e.F(3.5), e.F(3.5), e.F(3.5)}) ==
        "1.234e+03|+0003.50| 0003.50|+3.50   |");
  // p("%.3g|%.10g|%g|%g|%g", 1.0, 1.0/3, 1e-320, 5e-324, math.MaxFloat64)
  CHECK(e.P("%.3g|%.10g|%g|%g|%g", {e.F(1), e.F(1.0 / 3), e.F(1e-320), e.F(5e-324), e.F(1.7976931348623157e308)}) ==
        "1|0.3333333333|1e-320|5e-324|1.7976931348623157e+308");
  // p("%v %v %v", 0.1+0.2 (a constant: 0.3), 1.0/3.0, 2.0/3.0)
  CHECK(e.P("%v %v %v", {e.F(0.3), e.F(1.0 / 3.0), e.F(2.0 / 3.0)}) == "0.3 0.3333333333333333 0.6666666666666666");
  // p("%.1f %.1f %.1f %.1f %.2f %.2f", 0.05, 0.15, 0.25, 0.35, 1.005, 2.675)
  CHECK(e.P("%.1f %.1f %.1f %.1f %.2f %.2f", {e.F(0.05), e.F(0.15), e.F(0.25), e.F(0.35), e.F(1.005), e.F(2.675)}) ==
        "0.1 0.1 0.2 0.3 1.00 2.67");
  // p("%#v %#v %#v", 1e6, 1e21, 0.5)
  CHECK(e.P("%#v %#v %#v", {e.F(1e6), e.F(1e21), e.F(0.5)}) == "1e+06 1e+21 0.5");
}

TEST_CASE("fmt: structs, pointers, slices, arrays") {
  Env e;
  Int2 pt{1, 2};
  GoIface ptv = e.val(e.Point, &pt);
  void* ptp = e.obj(e.Point, &pt);
  GoIface pptv{e.PPoint, ptp};
  // p("%v %+v %#v %T", pt, pt, pt, pt)
  CHECK(e.P("%v %+v %#v %T", {ptv, ptv, ptv, ptv}) == "{1 2} {X:1 Y:2} main.Point{X:1, Y:2} main.Point");
  // p("%v %+v %#v %T", &pt, &pt, &pt, &pt)
  CHECK(e.P("%v %+v %#v %T", {pptv, pptv, pptv, pptv}) == "&{1 2} &{X:1 Y:2} &main.Point{X:1, Y:2} *main.Point");
  // p("%d %x %s %q", pt, pt, pt, pt)
  CHECK(e.P("%d %x %s %q", {ptv, ptv, ptv, ptv}) == "{1 2} {1 2} {%!s(int=1) %!s(int=2)} {'\\x01' '\\x02'}");
  // p("%s", Point{})
  Int2 zero{0, 0};
  CHECK(e.P("%s", {e.val(e.Point, &zero)}) == "{%!s(int=0) %!s(int=0)}");
  GoIface sl = e.V(e.IntSlice, e.slice(std::vector<int64_t>{1, 2, 3}));
  // p("%v %d %x %#v %T %03d", sl, sl, sl, sl, sl, sl)
  CHECK(e.P("%v %d %x %#v %T %03d", {sl, sl, sl, sl, sl, sl}) == "[1 2 3] [1 2 3] [1 2 3] []int{1, 2, 3} []int [001 002 003]");
  // p("[%10v] [%-12v] [%4d] [%-4d]", []int{1, 2}, map[string]int{"a": 1}, []int{1, 22}, [2]int{3, 44})
  Type* msi = e.tf.map(e.tf.String, e.tf.Int);
  GoString ka = e.gs("a");
  int64_t one = 1;
  GoMap* m1 = e.map(msi, {{&ka, &one}});
  int64_t a2[2] = {3, 44};
  CHECK(e.P("[%10v] [%-12v] [%4d] [%-4d]",
            {e.V(e.IntSlice, e.slice(std::vector<int64_t>{1, 2})), GoIface{msi, m1},
             e.V(e.IntSlice, e.slice(std::vector<int64_t>{1, 22})), e.val(e.tf.array(e.tf.Int, 2), a2)}) ==
        "[[         1          2]] [map[a           :1           ]] [[   1   22]] [[3    44  ]]");
  // arr := [3]string{"x", "y", "z"}; p("%v %q %#v %T", arr, arr, arr, arr)
  GoString arr[3] = {e.gs("x"), e.gs("y"), e.gs("z")};
  GoIface arrv = e.val(e.tf.array(e.tf.String, 3), arr);
  CHECK(e.P("%v %q %#v %T", {arrv, arrv, arrv, arrv}) == "[x y z] [\"x\" \"y\" \"z\"] [3]string{\"x\", \"y\", \"z\"} [3]string");
  // var iface interface{} = pt; p("%v %+v %T", iface, iface, iface)
  CHECK(e.P("%v %+v %T", {ptv, ptv, ptv}) == "{1 2} {X:1 Y:2} main.Point");
  // anon := Anon{"n", []string{"a"}, nil}; p("%v %+v %#v", anon, anon, anon)
  struct {
    GoString name;
    GoSlice tags;
    void* ptr;
  } anon{e.gs("n"), e.slice(std::vector<GoString>{e.gs("a")}), nullptr};
  GoIface anonv = e.val(e.Anon, &anon);
  CHECK(e.P("%v %+v %#v", {anonv, anonv, anonv}) ==
        "{n [a] <nil>} {Name:n Tags:[a] Ptr:<nil>} struct { Name string; Tags []string; Ptr *main.Point }"
        "{Name:\"n\", Tags:[]string{\"a\"}, Ptr:(*main.Point)(nil)}");
  // p("%v %s %#v %T", errors.New("boom"), errors.New("boom"), Embed{Point{1, 2}, "e"}, Embed{})
  struct {
    Int2 p;
    GoString name;
  } emb{{1, 2}, e.gs("e")}, embz{{0, 0}, GoString{nullptr, 0}};
  GoIface embv = e.val(e.Embed, &emb);
  CHECK(e.P("%v %s %#v %T", {e.errorsNew("boom"), e.errorsNew("boom"), embv, e.val(e.Embed, &embz)}) ==
        "boom boom main.Embed{Point:main.Point{X:1, Y:2}, Name:\"e\"} main.Embed");
  // p("%v %+v", Embed{Point{1, 2}, "e"}, Embed{Point{1, 2}, "e"})
  CHECK(e.P("%v %+v", {embv, embv}) == "{{1 2} e} {Point:{X:1 Y:2} Name:e}");
  // p("%#v %#v", struct{}{}, []*int{nil})
  CHECK(e.P("%#v %#v", {e.val(e.tf.strct({}), &zero), e.V(e.PIntSlice, e.slice(std::vector<void*>{nullptr}))}) ==
        "struct {}{} []*int{(*int)(nil)}");
  // p("%#v %#v %v", []byte(nil), []interface{}{1, "a", nil}, []interface{}{1, "a", nil})
  std::vector<GoIface> anys{e.I(1), e.S("a"), e.Nil()};
  GoIface anysv = e.V(e.AnySlice, e.slice(anys));
  CHECK(e.P("%#v %#v %v", {e.V(e.ByteSlice, GoSlice{nullptr, 0, 0}), anysv, anysv}) ==
        "[]byte(nil) []interface {}{1, \"a\", interface {}(nil)} [1 a <nil>]");
  // p("%s %v", []string{"a", "b"}, []error{errors.New("x"), nil})
  std::vector<GoIface> errs{e.errorsNew("x"), e.Nil()};
  CHECK(e.P("%s %v", {e.V(e.StringSlice, e.slice(std::vector<GoString>{e.gs("a"), e.gs("b")})),
                      e.V(e.ErrorSlice, e.slice(errs))}) == "[a b] [x <nil>]");
  // Nested pointers print as addresses: %v of a struct holding a non-nil *Point.
  anon.ptr = ptp;
  std::string s = e.P("%v", {e.val(e.Anon, &anon)});
  CHECK(std::regex_match(s, std::regex(R"(\{n \[a\] 0x[0-9a-f]+\})")));
  // %p and %v of a pointer at the top level to a non-composite.
  int64_t x = 5;
  GoIface pi{e.PInt, e.obj(e.tf.Int, &x)};
  char want[64];
  std::snprintf(want, sizeof want, "0x%llx", (unsigned long long)uintptr_t(pi.data));
  CHECK(e.P("%v", {pi}) == want);
  CHECK(e.P("%p", {pi}) == want);
  CHECK(e.P("%#p", {pi}) == std::string(want + 2));
  CHECK(e.P("%p", {e.I(1)}) == "%!p(int=1)");
}

TEST_CASE("fmt: nil values") {
  Env e;
  Type* mib = e.tf.map(e.tf.Int, e.tf.Bool);
  GoIface ip{e.PInt, nullptr}, nilSlice = e.V(e.StringSlice, GoSlice{nullptr, 0, 0}), nilMap{mib, nullptr};
  // p("%v %v %v %v %#v %#v %#v %#v", ip, e, nilSlice, nilMap, nilSlice, nilMap, ip, e)
  CHECK(e.P("%v %v %v %v %#v %#v %#v %#v", {ip, e.Nil(), nilSlice, nilMap, nilSlice, nilMap, ip, e.Nil()}) ==
        "<nil> <nil> [] map[] []string(nil) map[int]bool(nil) (*int)(nil) <nil>");
  // p("%T %T %T %T %T %T", ip, e, nilSlice, 'x', nil, nilMap)
  CHECK(e.P("%T %T %T %T %T %T", {ip, e.Nil(), nilSlice, e.R('x'), e.Nil(), nilMap}) ==
        "*int <nil> []string int32 <nil> map[int]bool");
  // p("%d %s %x %p", nil, nil, nil, nil)
  CHECK(e.P("%d %s %x %p", {e.Nil(), e.Nil(), e.Nil(), e.Nil()}) == "%!d(<nil>) %!s(<nil>) %!x(<nil>) %!p(<nil>)");
  // p("%#v %#v", map[string]interface{}{"k": nil}, [0]int{})
  Type* msa = e.tf.map(e.tf.String, e.tf.EmptyIface);
  GoString k = e.gs("k");
  GoIface nilv{nullptr, nullptr};
  GoMap* m = e.map(msa, {{&k, &nilv}});
  CHECK(e.P("%#v %#v", {GoIface{msa, m}, e.val(e.tf.array(e.tf.Int, 0), &k)}) ==
        "map[string]interface {}{\"k\":interface {}(nil)} [0]int{}");
}

TEST_CASE("fmt: maps are printed with sorted keys") {
  Env e;
  Type* msi = e.tf.map(e.tf.String, e.tf.Int);
  GoString kb = e.gs("b"), ka = e.gs("a"), kc = e.gs("c");
  int64_t v1 = 1, v2 = 2, v3 = 3;
  GoIface m{msi, e.map(msi, {{&kb, &v2}, {&ka, &v1}, {&kc, &v3}})};
  // p("%v %#v %T %+v", m, m, m, m)
  CHECK(e.P("%v %#v %T %+v", {m, m, m, m}) ==
        "map[a:1 b:2 c:3] map[string]int{\"a\":1, \"b\":2, \"c\":3} map[string]int map[a:1 b:2 c:3]");
  // p("%v %v", map[int]string{3: "c", -1: "a", 2: "b"}, map[float64]bool{2.5: true, -1: false, NaN: true, -Inf: true})
  Type* mis = e.tf.map(e.tf.Int, e.tf.String);
  int64_t k3 = 3, km1 = -1, k2 = 2;
  GoString sc = e.gs("c"), sa = e.gs("a"), sb = e.gs("b");
  Type* mfb = e.tf.map(e.tf.Float64, e.tf.Bool);
  double f1 = 2.5, f2 = -1, f3 = std::nan(""), f4 = -HUGE_VAL;
  uint8_t t = 1, fa = 0;
  CHECK(e.P("%v %v", {GoIface{mis, e.map(mis, {{&k3, &sc}, {&km1, &sa}, {&k2, &sb}})},
                      GoIface{mfb, e.map(mfb, {{&f1, &t}, {&f2, &fa}, {&f3, &t}, {&f4, &t}})}}) ==
        "map[-1:a 2:b 3:c] map[NaN:true -Inf:true -1:false 2.5:true]");
  // p("%v %v", map[bool]int{true: 1, false: 0}, map[Point]string{{2, 1}: "b", {1, 5}: "a", {1, 2}: "c"})
  Type* mbi = e.tf.map(e.tf.Bool, e.tf.Int);
  int64_t i0 = 0, i1 = 1;
  Type* mps = e.tf.map(e.Point, e.tf.String);
  Int2 p21{2, 1}, p15{1, 5}, p12{1, 2};
  CHECK(e.P("%v %v", {GoIface{mbi, e.map(mbi, {{&t, &i1}, {&fa, &i0}})},
                      GoIface{mps, e.map(mps, {{&p21, &sb}, {&p15, &sa}, {&p12, &sc}})}}) ==
        "map[false:0 true:1] map[{1 2}:c {1 5}:a {2 1}:b]");
  // p("%v", map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4})
  Type* mai = e.tf.map(e.tf.EmptyIface, e.tf.Int);
  GoIface ib = e.S("b"), i2 = e.I(2), ia = e.S("a"), i1k = e.I(1);
  int64_t w1 = 1, w2 = 2, w3 = 3, w4 = 4;
  CHECK(e.P("%v", {GoIface{mai, e.map(mai, {{&ib, &w1}, {&i2, &w2}, {&ia, &w3}, {&i1k, &w4}})}}) ==
        "map[1:4 2:2 a:3 b:1]");
  // nested := map[string][]Point{"line": {{0, 0}, {1, 1}}}; p("%v %+v %#v", nested, nested, nested)
  Type* msp = e.tf.map(e.tf.String, e.PointSlice);
  GoString line = e.gs("line");
  GoSlice pts = e.slice(std::vector<Int2>{{0, 0}, {1, 1}});
  GoIface nested{msp, e.map(msp, {{&line, &pts}})};
  CHECK(e.P("%v %+v %#v", {nested, nested, nested}) ==
        "map[line:[{0 0} {1 1}]] map[line:[{X:0 Y:0} {X:1 Y:1}]] "
        "map[string][]main.Point{\"line\":[]main.Point{main.Point{X:0, Y:0}, main.Point{X:1, Y:1}}}");
  // p("%v %v", []Color{0, 1}, map[Color]int{2: 1, 0: 2})  -- keys sorted by value, printed by String()
  Type* mci = e.tf.map(e.Color, e.tf.Int);
  CHECK(e.P("%v %v", {e.V(e.ColorSlice, e.slice(std::vector<int64_t>{0, 1})),
                      GoIface{mci, e.map(mci, {{&k2, &w1}, {&i0, &w2}})}}) == "[Red Green] map[Red:2 Blue:1]");
}

TEST_CASE("fmt: Error and String methods") {
  Env e;
  // p("%v %#v %T %d %s %x", Color(1), Color(1), Color(1), Color(1), Color(2), Color(0))
  CHECK(e.P("%v %#v %T %d %s %x", {e.V(e.Color, int64_t(1)), e.V(e.Color, int64_t(1)), e.V(e.Color, int64_t(1)),
                                    e.V(e.Color, int64_t(1)), e.V(e.Color, int64_t(2)), e.V(e.Color, int64_t(0))}) ==
        "Green 1 main.Color 1 Blue 526564");
  // p("%v %+v %s", Wrap{&MyErr{1}, &MyErr{2}, 1, 2}, Wrap{nil, nil, 0, 0}, Wrap{&MyErr{3}, nil, 2, 0})
  int64_t c1 = 1, c2 = 2, c3 = 3;
  struct W {
    GoIface E, e;
    int64_t C, c;
  };
  W w1{{e.PMyErr, e.obj(e.MyErr, &c1)}, {e.PMyErr, e.obj(e.MyErr, &c2)}, 1, 2};
  W w2{{nullptr, nullptr}, {nullptr, nullptr}, 0, 0};
  W w3{{e.PMyErr, e.obj(e.MyErr, &c3)}, {nullptr, nullptr}, 2, 0};
  std::string s = e.P("%v %+v %s", {e.val(e.Wrap, &w1), e.val(e.Wrap, &w2), e.val(e.Wrap, &w3)});
  // Go: "{code 1 0xc0000ac528 Green 2} {E:<nil> e:<nil> C:Red c:0} {code 3 <nil> Blue %!s(main.Color=0)}"
  CHECK(std::regex_match(s, std::regex(R"(\{code 1 0x[0-9a-f]+ Green 2\} \{E:<nil> e:<nil> C:Red c:0\} )"
                                       R"(\{code 3 <nil> Blue %!s\(main\.Color=0\)\})")));
  // p("%v %s %d", &MyErr{7}, &MyErr{8}, &MyErr{9})
  int64_t c7 = 7, c8 = 8, c9 = 9;
  CHECK(e.P("%v %s %d", {GoIface{e.PMyErr, e.obj(e.MyErr, &c7)}, GoIface{e.PMyErr, e.obj(e.MyErr, &c8)},
                         GoIface{e.PMyErr, e.obj(e.MyErr, &c9)}}) == "code 7 code 8 &{9}");
  // p("%v %s %q %x %X %d", Both(1) x6)
  GoIface both = e.V(e.Both, int64_t(1));
  CHECK(e.P("%v %s %q %x %X %d", {both, both, both, both, both, both}) ==
        "both-error both-error \"both-error\" 626f74682d6572726f72 626F74682D6572726F72 1");
  // p("%v %#v %s %+v", GS(1) x4)
  GoIface gsv = e.V(e.GS, int64_t(1));
  CHECK(e.P("%v %#v %s %+v", {gsv, gsv, gsv, gsv}) == "gs GS! gs gs");
  // p("%v %s", []interface{}{Color(1), &MyErr{4}}, struct{ A, b Color }{1, 2})
  int64_t c4 = 4;
  std::vector<GoIface> mixed{e.V(e.Color, int64_t(1)), GoIface{e.PMyErr, e.obj(e.MyErr, &c4)}};
  int64_t ab[2] = {1, 2};
  CHECK(e.P("%v %s", {e.V(e.AnySlice, e.slice(mixed)), e.val(e.tf.strct({{"A", e.Color}, {"b", e.Color}}), ab)}) ==
        "[Green code 4] {Green %!s(main.Color=2)}");
}

TEST_CASE("fmt: methods that panic") {
  Env e;
  // var e *MyErr; fmt.Printf("%v|%s|%d|%+v\n", e, e, e, e)
  GoIface nilErr{e.PMyErr, nullptr};
  CHECK(e.P("%v|%s|%d|%+v", {nilErr, nilErr, nilErr, nilErr}) == "<nil>|<nil>|0|<nil>");
  // fmt.Printf("%v|%5s|%d\n", Bad(1), Bad(2), Bad(3))
  CHECK(e.P("%v|%5s|%d", {e.V(e.Bad, int64_t(1)), e.V(e.Bad, int64_t(2)), e.V(e.Bad, int64_t(3))}) ==
        "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|3");
  // fmt.Printf("%v|%v|%+v\n", Pt{1}, &Pt{2}, []*Pt{{3}, nil})
  int64_t x1 = 1, x2 = 2, x3 = 3;
  CHECK(e.P("%v|%v|%+v", {e.val(e.Pt, &x1), GoIface{e.PPt, e.obj(e.Pt, &x2)},
                          e.V(e.PPtSlice, e.slice(std::vector<void*>{e.obj(e.Pt, &x3), nullptr}))}) ==
        "{1}|pt2|[pt3 <nil>]");
}

TEST_CASE("fmt: Errorf's %w") {
  Env e;
  int64_t c5 = 5, c1 = 1, c2 = 2;
  int w = 7;
  // fmt.Errorf("wrap: %w", &MyErr{5}) -> "wrap: code 5", wraps arg 0
  CHECK(e.Errorf("wrap: %w", {GoIface{e.PMyErr, e.obj(e.MyErr, &c5)}}, &w) == "wrap: code 5");
  CHECK(w == 0);
  // fmt.Errorf("x %w %w", &MyErr{1}, &MyErr{2})
  CHECK(e.Errorf("x %w %w", {GoIface{e.PMyErr, e.obj(e.MyErr, &c1)}, GoIface{e.PMyErr, e.obj(e.MyErr, &c2)}}, &w) ==
        "x code 1 %!w(*main.MyErr=&{2})");
  CHECK(w == -1);
  // fmt.Errorf("%w", 3), fmt.Errorf("%d %w", 1, nil)
  CHECK(e.Errorf("%w", {e.I(3)}, &w) == "%!w(int=3)");
  CHECK(w == -1);
  CHECK(e.Errorf("%d %w", {e.I(1), e.Nil()}, &w) == "1 %!w(<nil>)");
  // Sprintf rejects %w: p("%w", errors.New("e"))
  CHECK(e.P("%w", {e.errorsNew("e")}) == "%!w(*errors.errorString=&{e})");
}

TEST_CASE("fmt: byte slices and arrays") {
  Env e;
  GoIface b = e.V(e.ByteSlice, e.bytes("ab"));
  // p("%v %s %q %x %X %d %#v % x", b x8)
  CHECK(e.P("%v %s %q %x %X %d %#v % x", {b, b, b, b, b, b, b, b}) ==
        "[97 98] ab \"ab\" 6162 6162 [97 98] []byte{0x61, 0x62} 61 62");
  // p("%v %s %x %#v %T", Bytes("hi") x5)
  GoIface hb = e.V(e.Bytes, e.bytes("hi"));
  CHECK(e.P("%v %s %x %#v %T", {hb, hb, hb, hb, hb}) == "[104 105] hi 6869 main.Bytes{0x68, 0x69} main.Bytes");
  // p("%v %s %x %#v", [2]byte{65, 66} x4)
  GoIface ab = e.val(e.tf.array(e.tf.Uint8, 2), "AB");
  CHECK(e.P("%v %s %x %#v", {ab, ab, ab, ab}) == "[65 66] AB 4142 [2]uint8{0x41, 0x42}");
  // p("%#v %#v %#v %#v %#v %#v", "str", 42, 3.0, true, uint8(7), 'x')
  CHECK(e.P("%#v %#v %#v %#v %#v %#v", {e.S("str"), e.I(42), e.F(3.0), e.B(true), e.V(e.tf.Uint8, uint8_t(7)), e.R('x')}) ==
        "\"str\" 42 3 true 0x7 120");
}

TEST_CASE("fmt: bad verbs, missing and extra operands, indexes") {
  Env e;
  CHECK(e.P("%d", {e.S("str")}) == "%!d(string=str)");
  CHECK(e.P("%d %d", {e.I(1)}) == "1 %!d(MISSING)");
  CHECK(e.P("%d", {e.I(1), e.I(2)}) == "1%!(EXTRA int=2)");
  // p("%d %s", 1, "x", 3.5, nil, []int{1})
  CHECK(e.P("%d %s", {e.I(1), e.S("x"), e.F(3.5), e.Nil(), e.V(e.IntSlice, e.slice(std::vector<int64_t>{1}))}) ==
        "1 x%!(EXTRA float64=3.5, <nil>, []int=[1])");
  CHECK(e.P("%!", {}) == "%!!(MISSING)");
  CHECK(e.P("%z", {e.I(3)}) == "%!z(int=3)");
  CHECK(e.P("100%%", {}) == "100%");
  CHECK(e.P("%", {}) == "%!(NOVERB)");
  CHECK(e.P("%-", {}) == "%!(NOVERB)");
  CHECK(e.P("%5", {}) == "%!(NOVERB)");
  CHECK(e.P("%.", {}) == "%!.(MISSING)");
  CHECK(e.P("%s %[1]s %[2]d %[1]q", {e.S("a"), e.I(7)}) == "a a 7 \"a\"");
  CHECK(e.P("%[2]d %[1]d %d", {e.I(1), e.I(2)}) == "2 1 2");
  CHECK(e.P("%[3]d", {e.I(1), e.I(2)}) == "%!d(BADINDEX)");
  CHECK(e.P("%[0]d %[x]d %[1]", {e.I(1)}) == "%!d(BADINDEX) %!d(BADINDEX) %!(NOVERB)");
  CHECK(e.P("%[2]*[1]d|%[1]*d|%-*d|%*d", {e.I(12), e.I(5), e.I(3)}) ==
        "   12|           5|%!d(MISSING)|%!(BADWIDTH)%!d(MISSING)");
  CHECK(e.P("[%*d] [%-*d] [%.*f] [%*.*f]", {e.I(6), e.I(7), e.I(6), e.I(7), e.I(2), e.F(3.14159), e.I(9), e.I(3), e.F(2.71828)}) ==
        "[     7] [7     ] [3.14] [    2.718]");
  CHECK(e.P("[%*d] [%.*d] [%*d]", {e.S("x"), e.I(1), e.S("y"), e.I(2), e.I(-4), e.I(3)}) ==
        "[%!(BADWIDTH)1] [%!(BADPREC)2] [3   ]");
  CHECK(e.P("%.*d|%.*d", {e.I(-1), e.I(5), e.V(e.tf.Int8, int8_t(2)), e.I(5)}) == "%!(BADPREC)5|05");
  CHECK(e.P("%s %v %d", {e.B(true), e.R('x'), e.F(2.5)}) == "%!s(bool=true) 120 %!d(float64=2.5)");
  CHECK(e.P("%t %c %U %q", {e.I(1), e.S("s"), e.F(1.5), e.F(2.5)}) ==
        "%!t(int=1) %!c(string=s) %!U(float64=1.5) %!q(float64=2.5)");
}

TEST_CASE("fmt: Sprint and Sprintln spacing") {
  Env e;
  auto sprint = [&](std::vector<GoIface> a) { return gofmt::sprint(a.data(), a.size(), &e.caller); };
  auto sprintln = [&](std::vector<GoIface> a) { return gofmt::sprintln(a.data(), a.size(), &e.caller); };
  // fmt.Sprint("a", "b", 1, 2, "c", 3.5, 4, true, nil, nil, "x")
  CHECK(sprint({e.S("a"), e.S("b"), e.I(1), e.I(2), e.S("c"), e.F(3.5), e.I(4), e.B(true), e.Nil(), e.Nil(), e.S("x")}) ==
        "ab1 2c3.5 4 true <nil> <nil>x");
  CHECK(sprint({e.I(1), e.I(2)}) == "1 2");
  CHECK(sprint({e.S("x"), e.I(1), e.S("y")}) == "x1y");
  CHECK(sprint({}) == "");
  // fmt.Sprint(Celsius(1), Color(1), Color(2))
  CHECK(sprint({e.V(e.Celsius, 1.0), e.V(e.Color, int64_t(1)), e.V(e.Color, int64_t(2))}) == "1 Green Blue");
  CHECK(sprintln({e.S("x"), e.I(1), e.B(true), e.Nil()}) == "x 1 true <nil>\n");
  CHECK(sprintln({}) == "\n");
  Int2 pt{1, 2};
  CHECK(sprintln({e.val(e.Point, &pt), GoIface{e.PPoint, e.obj(e.Point, &pt)},
                  e.V(e.IntSlice, e.slice(std::vector<int64_t>{}))}) == "{1 2} &{1 2} []\n");
}

#ifndef GORO_TEST_STUBS
#include "runtime/g.h"
#include "stdlib/natives.h"

// The natives are registered in a binary that calls linkStdlibNatives().
TEST_CASE("stdlib natives are registered") {
  goro::linkStdlibNatives();
  for (const char* name : {"fmt.Sprintf", "fmt.Sprint", "fmt.Sprintln", "math.Sqrt", "math.Pow", "math.Float64bits",
                           "strconv.FormatFloat", "os.Exit", "sort.sliceSwap", "errors.asTarget", "runtime.GC"})
    CHECK_MESSAGE(bool(goro::findNative(name)), name);
}

// A native called as the VM calls it: arguments in register form in its frame.
TEST_CASE("fmt.Sprintf, strconv and math natives through the native ABI") {
  goro::linkStdlibNatives();
  Env e;
  alignas(16) uint64_t frame[16] = {};
  goro::G g;
  g.stackLo = reinterpret_cast<uint8_t*>(frame);
  g.stackHi = g.stackLo + sizeof frame;
  goro::NativeCtx ctx;
  ctx.g = &g;
  ctx.frameOff = 0;
  // fmt.Sprintf("%d|%5.1f|%s", 42, 2.25, "x")
  std::vector<GoIface> args{e.I(42), e.F(2.25), e.S("x")};
  GoString format = e.gs("%d|%5.1f|%s");
  GoSlice a = e.slice(args);
  std::memcpy(&frame[0], &format, 16);
  std::memcpy(&frame[2], &a, 24);
  goro::findNative("fmt.Sprintf")(ctx, frame);
  GoString out;
  std::memcpy(&out, &frame[0], 16);
  CHECK(out.view() == "42|  2.2|x");
  // strconv.formatFloat(1.0/3, 'g', 5, 64)
  double third = 1.0 / 3;
  std::memcpy(&frame[0], &third, 8);
  frame[1] = 'g';
  frame[2] = 5;
  frame[3] = 64;
  goro::findNative("strconv.formatFloat")(ctx, frame);
  std::memcpy(&out, &frame[0], 16);
  CHECK(out.view() == "0.33333");
  // strconv.parseFloat("1e400", 64) -> (+Inf, 2)
  GoString in = e.gs("1e400");
  std::memcpy(&frame[0], &in, 16);
  frame[2] = 64;
  goro::findNative("strconv.parseFloat")(ctx, frame);
  double f;
  std::memcpy(&f, &frame[0], 8);
  CHECK(f == HUGE_VAL);
  CHECK(frame[1] == 2);
  // math.Frexp(8) -> (0.5, 4); math.Float32bits(1.0) -> 0x3f800000
  double eight = 8;
  std::memcpy(&frame[0], &eight, 8);
  goro::findNative("math.Frexp")(ctx, frame);
  std::memcpy(&f, &frame[0], 8);
  CHECK(f == 0.5);
  CHECK(frame[1] == 4);
  double one = 1;
  std::memcpy(&frame[0], &one, 8);
  goro::findNative("math.Float32bits")(ctx, frame);
  CHECK(frame[0] == 0x3f800000u);
  // sort.sliceSwap([]Point{{1,2},{3,4}}, 0, 1)
  std::vector<Int2> pts{{1, 2}, {3, 4}};
  GoIface sl = e.V(e.PointSlice, e.slice(pts));
  std::memcpy(&frame[0], &sl, 16);
  frame[2] = 0;
  frame[3] = 1;
  goro::findNative("sort.sliceSwap")(ctx, frame);
  GoSlice swapped;
  std::memcpy(&swapped, sl.data, 24);
  CHECK(static_cast<Int2*>(swapped.ptr)[0].x == 3);
  CHECK(static_cast<Int2*>(swapped.ptr)[1].y == 2);
  // errors.asTarget(&MyErr{5}, &target) with target *MyErr
  int64_t c5 = 5;
  GoIface err{e.PMyErr, e.obj(e.MyErr, &c5)};
  void* slot = nullptr;
  GoIface target{e.tf.ptr(e.PMyErr), &slot};
  std::memcpy(&frame[0], &target, 16);
  goro::findNative("errors.asTargetKind")(ctx, frame);
  CHECK(frame[0] == 0);
  std::memcpy(&frame[0], &err, 16);
  std::memcpy(&frame[2], &target, 16);
  goro::findNative("errors.asTarget")(ctx, frame);
  CHECK(frame[0] == 1);
  CHECK(slot == err.data);
}
#endif
