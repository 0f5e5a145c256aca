// vm/types.h — constructing and relating type descriptors (runtime/type.h).
//
// Every Type the program uses is made here. Unnamed types are canonicalised:
// constructing the same composite type twice yields the same `Type*`, so type
// identity (Go spec: Type identity) is pointer equality. Named types are unique
// per declaration (newNamed).
//
// Memory layout (size, align, field offsets, ptrmask) follows runtime/type.h.
// A composite type whose components are not laid out yet (a struct field of a
// named type whose declaration is still being checked) gets size -1 and is
// completed by completeLayouts(), which the checker calls after each package.
//
// Relations follow the Go spec and go/types: identical, assignableTo,
// convertibleTo, implements, lookupFieldOrMethod (Go spec: Selectors), method
// sets (Go spec: Method sets).
//
// Not thread-safe by itself: callers serialise type construction (the checker
// runs on one thread; the compiler after it).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/type.h"

namespace goro {

struct Object;  // vm/object.h
namespace ast {
struct Expr;  // grammar/ast.h
}

namespace types {
// Predeclared types (singletons).
Type* Invalid();
Type* Bool();
Type* Int();
Type* Int8();
Type* Int16();
Type* Int32();
Type* Int64();
Type* Uint();
Type* Uint8();
Type* Uint16();
Type* Uint32();
Type* Uint64();
Type* Uintptr();
Type* Float32();
Type* Float64();
Type* Complex64();
Type* Complex128();
Type* String();
Type* UnsafePointer();
inline Type* Byte() { return Uint8(); }  // aliases: the same Type
inline Type* Rune() { return Int32(); }
Type* UntypedBool();
Type* UntypedInt();
Type* UntypedRune();
Type* UntypedFloat();
Type* UntypedString();
Type* UntypedNil();
Type* ErrorType();  // the named interface `error` { Error() string }
Type* AnyType();    // interface{} (also `any`)
Type* basic(Kind k);  // the predeclared type of a basic kind (Bool..UntypedNil)

// Predicates over the underlying type (null-safe: false for null).
bool isBoolean(const Type* t);   // bool, untyped bool
bool isInteger(const Type* t);   // int.., uint.., untyped int/rune
bool isUnsigned(const Type* t);
bool isFloat(const Type* t);     // float32/64, untyped float
bool isComplex(const Type* t);
bool isNumeric(const Type* t);   // integer or float (or complex)
bool isString(const Type* t);    // string, untyped string
bool isConstType(const Type* t); // boolean, numeric or string (a constant may have it)
bool isOrdered(const Type* t);   // integer, float, string
bool isUntyped(const Type* t);
bool isTyped(const Type* t);
bool isBasic(const Type* t);     // a basic kind (incl. untyped)
bool isInterface(const Type* t);
bool isPointer(const Type* t);
bool isTuple(const Type* t);
bool hasNil(const Type* t);      // pointer, slice, map, chan, func, interface, unsafe.Pointer
// Go spec: Comparison operators — "comparable" (== defined statically).
bool comparable(const Type* t);
// Named in go/types' sense: a defined type or a predeclared basic type.
bool hasName(const Type* t);
// The default type of an untyped type (int for untyped int, ...); t otherwise.
Type* defaultType(Type* t);
}  // namespace types

// --- constructors (canonicalised) ----------------------------------------
Type* newPointer(Type* elem);  // cached in elem->ptrToThis
Type* newSlice(Type* elem);
Type* newArray(Type* elem, int64_t len);
Type* newMap(Type* key, Type* value);
Type* newChan(Type* elem, ChanDir dir);
Type* newFunc(const std::vector<Type*>& params, const std::vector<Type*>& results,
              bool variadic);
Type* newTuple(const std::vector<Type*>& elems);
// Struct fields: name, type, embedded, exported (offsets are computed).
// `pkgPath` distinguishes unexported field names of different packages.
Type* newStruct(const std::vector<Field>& fields, const std::string& pkgPath = "");
// Interface methods: name and signature (a Func type); sorted here. `pkgPath`
// qualifies unexported method names (identity and printing).
Type* newInterface(std::vector<Method> methods, const std::string& pkgPath = "");
// A defined type. `pkg` is the package name as the runtime prints it ("main",
// "fmt"; "" for predeclared), `underlying` may be null and set later.
Type* newNamed(const std::string& name, const std::string& pkg, Type* underlying);
void setUnderlying(Type* named, Type* underlying);
// Lays out every type whose layout is pending; false if one is infinitely
// sized (an invalid recursive type the checker failed to report).
bool completeLayouts();
// Every type made so far (for method-set computation and tables).
const std::vector<Type*>& allTypes();

// --- methods ---------------------------------------------------------------
// Declares method `fn` (a Func object, signature `sig` without receiver) on the
// named type `named`. Keeps named->methods sorted (value receivers only for a
// non-interface type; see computeMethodSets for the full sets).
void addMethod(Type* named, Object* fn, Type* sig, bool ptrRecv);
// The Func object of a method declared on `named` (or of an interface's
// method), null if none.
Object* declaredMethod(const Type* t, const std::string& name);
// Records the Func object of an interface type's method (for selections).
void setInterfaceMethodObj(const Type* iface, const std::string& name, Object* fn);
// Fills Type::methods of every named type (value method set, promoted methods
// included, with `path`) and of the pointer to it (full method set), and of
// unnamed struct types with embedded fields. Idempotent; call after checking.
void computeMethodSets();

// --- relations ---------------------------------------------------------------
bool identical(const Type* a, const Type* b);
// Assignability of a value of type V to T (Go spec: Assignability). For an
// untyped V, whether *some* value of V's kind could be assigned (constants'
// representability is the checker's business).
bool assignableTo(Type* V, Type* T);
// Non-constant conversion T(x) for x of type V (Go spec: Conversions).
bool convertibleTo(Type* V, Type* T);
// Identical types once struct tags are ignored (Go spec: Conversions).
bool identicalIgnoreTags(const Type* a, const Type* b);

// Why a type does not implement an interface.
struct MissingMethod {
  enum class Why : uint8_t { None, Missing, PtrRecv, WrongType, WrongCase, Field } why = Why::None;
  std::string name;     // the interface's method
  Type* want = nullptr; // its signature
  std::string altName;  // the method found instead (WrongType, WrongCase)
  Type* have = nullptr; // its signature
};
// Whether T implements interface `iface` (Go spec: Interface types).
bool implements(Type* T, Type* iface, MissingMethod* missing = nullptr);

// Go spec: Selectors. Looks `name` up in T (a type or pointer to one).
struct Selection {
  enum class K : uint8_t { NotFound, Field, Method, Ambiguous } kind = K::NotFound;
  std::vector<int> path;   // embedded field indices; a Field's own index last
  bool indirect = false;   // a pointer is dereferenced on the way (T itself included)
  Type* type = nullptr;    // field type or method signature (no receiver)
  Object* obj = nullptr;   // the method's Func object (null for fields)
  bool ptrRecv = false;    // method declared with a pointer receiver
  bool ifaceMethod = false;// found in an interface type
  Type* recvBase = nullptr;// the (named or struct/interface) type holding it
  bool exported = true;    // the field/method name is exported
};
Selection lookupFieldOrMethod(Type* T, const std::string& name);
// Case-insensitive variant (for "missing method" hints): the first name that
// folds equal.
Selection lookupFieldOrMethodFold(Type* T, const std::string& name, std::string* found);

// --- printing ------------------------------------------------------------------
// Type strings as gc's diagnostics write them (go/types TypeString): named
// types of package `curPkg` unqualified, others qualified by package name;
// "struct{x int}", "func(int) string", "untyped int", "interface{}".
struct TypePrinter {
  std::string curPkg;          // package name whose types print unqualified
  bool byteForUint8 = true;    // print uint8 as "byte"
  bool runeForInt32 = true;    // print int32 as "rune"
  bool anyForEmpty = false;    // print interface{} as "any"
  std::string str(const Type* t) const;
  // t as the type expression `spelled` (its declaration's syntax) writes it:
  // byte or uint8, rune or int32 as written, at every level where the syntax
  // and the type agree in shape (go/types keeps the alias it was given; goro's
  // types are canonical, so the syntax is the only record). Elsewhere str(t).
  std::string str(const Type* t, const ast::Expr* spelled) const;
  std::string signature(const Type* fn) const;  // "(int) string"
  std::string chanStr(const Type* ch, const std::string& elem) const;
};

}  // namespace goro
