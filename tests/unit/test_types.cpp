// Type construction and relations (vm/types.cpp): canonicalised identity,
// memory layout (sizes, offsets, ptrmask), assignability and conversions,
// method sets with embedding and pointer receivers, interface satisfaction.
// Method sets are built by checking a snippet, as the checker does.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compile_test_util.h"
#include "vm/types.h"

using namespace goro;
using goro::testutil::compileSource;
using goro::testutil::Compiled;

namespace {

Field field(const std::string& name, Type* t, bool embedded = false) {
  Field f;
  f.name = name;
  f.type = t;
  f.embedded = embedded;
  f.exported = !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  return f;
}

std::string mask(const Type* t) {
  std::string s;
  for (bool b : t->ptrmask) s += b ? '1' : '0';
  return s;
}

Compiled checked(const std::string& src) {
  Compiled c = compileSource(src, false);
  INFO(c.errText());
  REQUIRE(c.errs.empty());
  return c;
}

Type* named(const Compiled& c, const std::string& name) {
  Object* o = c.cp.main->scope->lookupLocal(name);
  REQUIRE(o);
  REQUIRE(o->kind == ObjKind::TypeName);
  return o->type;
}

std::string methodNames(const Type* t) {
  std::string s;
  for (const Method& m : t->methods) s += (s.empty() ? "" : " ") + m.name + (m.ptrRecv ? "*" : "");
  return s;
}

}  // namespace

TEST_CASE("types: unnamed types are canonical, named types unique") {
  using namespace types;
  CHECK(newSlice(Int()) == newSlice(Int()));
  CHECK(newSlice(Int()) != newSlice(Int64()));
  CHECK(newPointer(String()) == newPointer(String()));
  CHECK(newPointer(String())->elem == String());
  CHECK(newArray(Int(), 3) == newArray(Int(), 3));
  CHECK(newArray(Int(), 3) != newArray(Int(), 4));
  CHECK(newMap(String(), newSlice(Int())) == newMap(String(), newSlice(Int())));
  CHECK(newChan(Int(), ChanDir::Recv) == newChan(Int(), ChanDir::Recv));
  CHECK(newChan(Int(), ChanDir::Recv) != newChan(Int(), ChanDir::Both));
  CHECK(newFunc({Int(), String()}, {Bool()}, false) == newFunc({Int(), String()}, {Bool()}, false));
  CHECK(newFunc({newSlice(Int())}, {}, true) != newFunc({newSlice(Int())}, {}, false));
  CHECK(newStruct({field("a", Int()), field("b", String())}) ==
        newStruct({field("a", Int()), field("b", String())}));
  CHECK(newStruct({field("a", Int())}) != newStruct({field("b", Int())}));
  // unexported field names of different packages differ
  CHECK(newStruct({field("a", Int())}, "p") != newStruct({field("a", Int())}, "q"));
  // aliases are the same type
  CHECK(Byte() == Uint8());
  CHECK(Rune() == Int32());
  // two declarations of the same name are two types
  Type* a = newNamed("T", "main", newStruct({}));
  Type* b = newNamed("T", "main", newStruct({}));
  CHECK(a != b);
  CHECK(a->underlying == b->underlying);
  CHECK_FALSE(identical(a, b));
  CHECK(identical(newSlice(a), newSlice(a)));
  CHECK(newSlice(a) != newSlice(b));
  CHECK(newSlice(a)->str() == "[]main.T");
}

TEST_CASE("types: sizes, alignment, field offsets and pointer masks") {
  using namespace types;
  CHECK(Int8()->size == 1);
  CHECK(Int16()->size == 2);
  CHECK(Float32()->size == 4);
  CHECK(Int()->size == 8);
  CHECK(String()->size == 16);
  CHECK(mask(String()) == "10");
  Type* sl = newSlice(String());
  CHECK(sl->size == 24);
  CHECK(mask(sl) == "100");
  CHECK(mask(AnyType()) == "11");
  CHECK(mask(newMap(Int(), Int())) == "1");

  // struct{a int8; b int64; c string; d *int; e int16; f int8}
  Type* s = newStruct({field("a", Int8()), field("b", Int64()), field("c", String()), field("d", newPointer(Int())),
                       field("e", Int16()), field("f", Int8())});
  REQUIRE(s->fields.size() == 6);
  CHECK(s->fields[0].offset == 0);
  CHECK(s->fields[1].offset == 8);
  CHECK(s->fields[2].offset == 16);
  CHECK(s->fields[3].offset == 32);
  CHECK(s->fields[4].offset == 40);
  CHECK(s->fields[5].offset == 42);
  CHECK(s->size == 48);
  CHECK(s->align == 8);
  CHECK(mask(s) == "001010");

  // small fields pack; alignment is the largest field's
  Type* p = newStruct({field("x", Int8()), field("y", Int16()), field("z", Int8())});
  CHECK(p->size == 6);
  CHECK(p->align == 2);
  CHECK(p->fields[1].offset == 2);
  CHECK_FALSE(p->hasPointers());

  // arrays repeat the element's mask; a trailing zero-size field is padded
  Type* arr = newArray(newStruct({field("n", Int()), field("s", String())}), 2);
  CHECK(arr->size == 48);
  CHECK(mask(arr) == "010010");
  Type* z = newStruct({field("n", Int64()), field("e", newStruct({}))});
  CHECK(z->size == 16);
  CHECK(newStruct({})->size == 0);
  CHECK(newArray(Int(), 0)->size == 0);

  // a named type has its underlying type's layout
  Type* n = newNamed("Pair", "main", nullptr);
  setUnderlying(n, newStruct({field("k", String()), field("v", Int())}));
  CHECK(completeLayouts());
  CHECK(n->size == 24);
  CHECK(mask(n) == "100");
}

TEST_CASE("types: layouts of recursive named types complete after checking") {
  Compiled c = checked(R"(package main

type Node struct {
	val  int
	next *Node
	kids []Node
}

type Tree struct {
	left, right *Tree
	v           [3]byte
}

func main() {}
)");
  Type* node = named(c, "Node");
  CHECK(node->size == 40);
  CHECK(mask(node) == "01100");
  Type* tree = named(c, "Tree");
  CHECK(tree->size == 24);
  CHECK(tree->fields[2].offset == 16);
  CHECK(mask(tree) == "110");
}

TEST_CASE("types: assignability and convertibility") {
  using namespace types;
  Type* myInt = newNamed("MyInt", "main", Int());
  Type* ints = newSlice(Int());
  Type* myInts = newNamed("Ints", "main", ints);
  // identical types; a named and an unnamed type with the same underlying type
  CHECK(assignableTo(Int(), Int()));
  CHECK_FALSE(assignableTo(myInt, Int()));
  CHECK_FALSE(assignableTo(Int(), myInt));
  CHECK(assignableTo(ints, myInts));
  CHECK(assignableTo(myInts, ints));
  // a bidirectional channel to a directional one
  CHECK(assignableTo(newChan(Int(), ChanDir::Both), newChan(Int(), ChanDir::Recv)));
  CHECK_FALSE(assignableTo(newChan(Int(), ChanDir::Recv), newChan(Int(), ChanDir::Both)));
  // nil and untyped constants
  CHECK(assignableTo(UntypedNil(), newMap(Int(), Int())));
  CHECK(assignableTo(UntypedNil(), AnyType()));
  CHECK_FALSE(assignableTo(UntypedNil(), Int()));
  CHECK(assignableTo(UntypedFloat(), Float32()));
  CHECK(assignableTo(UntypedInt(), AnyType()));
  CHECK_FALSE(assignableTo(UntypedString(), Int()));
  // anything to the empty interface; error needs Error() string
  CHECK(assignableTo(myInts, AnyType()));
  CHECK_FALSE(assignableTo(Int(), ErrorType()));

  // conversions: numeric <-> numeric, string <-> []byte / []rune, int -> string
  CHECK(convertibleTo(myInt, Float64()));
  CHECK(convertibleTo(Float32(), Uint8()));
  CHECK(convertibleTo(String(), newSlice(Byte())));
  CHECK(convertibleTo(newSlice(Rune()), String()));
  CHECK(convertibleTo(Int32(), String()));
  CHECK_FALSE(convertibleTo(String(), Int()));
  CHECK_FALSE(convertibleTo(Bool(), Int()));
  // same underlying type; pointers to the same underlying base
  Type* a = newNamed("A", "main", newStruct({field("x", Int())}));
  Type* b = newNamed("B", "main", newStruct({field("x", Int())}));
  CHECK(convertibleTo(a, b));
  CHECK(convertibleTo(newPointer(a), newPointer(b)));
  CHECK_FALSE(assignableTo(a, b));
  // Go 1.17: slice to array pointer
  CHECK(convertibleTo(ints, newPointer(newArray(Int(), 4))));
}

TEST_CASE("types: method sets with embedding and pointer receivers") {
  Compiled c = checked(R"(package main

type Base struct{ n int }

func (b Base) Get() int { return b.n }
func (b *Base) Set(n int) { b.n = n }

type ByValue struct{ Base }
type ByPtr struct{ *Base }

type Getter interface{ Get() int }
type Setter interface{ Set(int) }
type GetSetter interface {
	Getter
	Setter
}

type Loud struct{ Getter }

func main() {}
)");
  Type* base = named(c, "Base");
  Type* byValue = named(c, "ByValue");
  Type* byPtr = named(c, "ByPtr");
  Type* getter = named(c, "Getter");
  Type* setter = named(c, "Setter");
  Type* gs = named(c, "GetSetter");
  Type* loud = named(c, "Loud");

  // Go spec: Method sets. T has the value-receiver methods; *T all of them.
  CHECK(methodNames(base) == "Get");
  CHECK(methodNames(newPointer(base)) == "Get Set*");
  // Embedding S: S's value methods promote to T, *S's to *T.
  CHECK(methodNames(byValue) == "Get");
  CHECK(methodNames(newPointer(byValue)) == "Get Set*");
  // Embedding *S: all of *S's methods promote to T and *T.
  CHECK(methodNames(byPtr) == "Get Set*");
  CHECK(methodNames(newPointer(byPtr)) == "Get Set*");
  // promoted methods carry the path to the embedded field
  REQUIRE(byPtr->methods.size() == 2);
  CHECK(byPtr->methods[0].path == std::vector<int>{0});
  // an embedded interface promotes its methods
  CHECK(methodNames(loud) == "Get");
  // the embedded interfaces' methods, sorted
  CHECK(methodNames(gs) == "Get Set");

  CHECK(implements(base, getter));
  MissingMethod mm;
  CHECK_FALSE(implements(base, setter, &mm));
  CHECK(mm.why == MissingMethod::Why::PtrRecv);
  CHECK(mm.name == "Set");
  CHECK(implements(newPointer(base), gs));
  CHECK_FALSE(implements(byValue, gs));
  CHECK(implements(newPointer(byValue), gs));
  CHECK(implements(byPtr, gs));
  CHECK(implements(loud, getter));
  CHECK_FALSE(implements(loud, setter, &mm));
  CHECK(mm.why == MissingMethod::Why::Missing);
  // interface to interface
  CHECK(implements(gs, getter));
  CHECK_FALSE(implements(getter, gs));
  CHECK(goro::assignableTo(gs, getter));
  CHECK(goro::assignableTo(newPointer(byValue), setter));
}

TEST_CASE("types: selector lookup, depth and ambiguity") {
  Compiled c = checked(R"(package main

type A struct{ X, Y int }
type B struct{ X int }

func (A) M() {}
func (B) M() {}

type C struct {
	A
	B
	Y string
}

type D struct {
	C
	M int
}

func main() {}
)");
  Type* cT = named(c, "C");
  Type* dT = named(c, "D");
  // the same name at the same depth: ambiguous
  CHECK(lookupFieldOrMethod(cT, "X").kind == Selection::K::Ambiguous);
  CHECK(lookupFieldOrMethod(cT, "M").kind == Selection::K::Ambiguous);
  // a shallower field wins
  Selection y = lookupFieldOrMethod(cT, "Y");
  CHECK(y.kind == Selection::K::Field);
  CHECK(y.path == std::vector<int>{2});
  CHECK(y.type == types::String());
  Selection m = lookupFieldOrMethod(dT, "M");
  CHECK(m.kind == Selection::K::Field);
  CHECK(m.path == std::vector<int>{1});
  Selection ax = lookupFieldOrMethod(dT, "Y");
  CHECK(ax.kind == Selection::K::Field);
  CHECK(ax.path == std::vector<int>{0, 2});
  CHECK(lookupFieldOrMethod(dT, "Z").kind == Selection::K::NotFound);
  // through a pointer: indirect
  Selection p = lookupFieldOrMethod(newPointer(dT), "Y");
  CHECK(p.kind == Selection::K::Field);
  CHECK(p.indirect);
  // an ambiguous method is in no method set
  CHECK(methodNames(cT) == "");
}
