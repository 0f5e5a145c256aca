// runtime/type.h — type descriptors, shared by the type checker and the runtime.
//
// One `Type` object describes one Go type. The checker creates them (and
// canonicalises them: two identical unnamed types are the same `Type*`, so type
// identity is pointer equality); the runtime reads them to hash and compare map
// keys, to box values into interfaces, to format values (fmt), to answer type
// assertions and to scan memory. Types are never freed.
//
// Memory layout (Go's, with natural sizes and alignment — what a value occupies
// in the heap, in a struct field, in an array element, in a frame memory slot):
//   bool, int8, uint8           1 byte          int16, uint16     2 bytes
//   int32, uint32, float32      4 bytes         int, int64, uint, uint64, uintptr, float64  8 bytes
//   pointer, map, chan, func    8 bytes (one pointer; func = *Closure)
//   string   16 bytes: {const uint8_t* ptr; int64 len}
//   slice    24 bytes: {void* ptr; int64 len; int64 cap}
//   interface 16 bytes: {Type* dyntype; void* data}  — data points to a boxed
//            copy of the value, except for pointer-shaped types (pointer, map,
//            chan, func, unsafe.Pointer) whose value is stored in `data` itself.
//            So `data` is always a pointer or null (never an integer), which
//            matters for the stack copier and the GC. Empty and non-empty
//            interfaces share this layout (no itabs: method lookup goes through
//            dyntype->methods, cached by the VM).
//   array    len * elem.size;  struct  fields at Go's aligned offsets.
//
// Invariants:
//   - size is a multiple of align; every pointer-holding word is 8-aligned, so
//     `ptrmask` (one bit per 8-byte word) describes exactly where pointers are.
//   - named types have `underlying` set to the unnamed type they were declared
//     with; an unnamed type's underlying is itself.
//   - methods are sorted by name; for a named non-interface type T, `methods`
//     lists T's value-receiver methods and ptrTo(T)->methods lists the full
//     pointer method set (value + pointer receivers).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace goro {

struct Type;
struct Closure;  // vm: a function value {FuncProto* fn; captured variables...}
struct FuncProto;

enum class Kind : uint8_t {
  Invalid,
  Bool,
  Int, Int8, Int16, Int32, Int64,
  Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
  Float32, Float64,
  Complex64, Complex128,  // reserved; not supported yet
  String,
  UnsafePointer,
  // composite
  Array, Slice, Struct, Pointer, Func, Interface, Map, Chan,
  // checker-only kinds (never seen by the runtime)
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedString, UntypedNil,
  Tuple,  // result list of a multi-value call
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct Field {
  std::string name;   // "" never: an embedded field is named after its type
  Type* type = nullptr;
  std::string tag;    // the field's tag (decoded); part of the struct type's identity
  int64_t offset = 0;
  bool embedded = false;
  bool exported = false;
};

struct Method {
  std::string name;
  Type* type = nullptr;       // signature without receiver (a Func type)
  // Implementation, filled by the compiler for concrete types; null for
  // interface method lists. `ptrRecv`: declared with a pointer receiver.
  FuncProto* fn = nullptr;
  bool ptrRecv = false;
  // Promoted through embedding: path of field indices to walk from the
  // receiver (each step may dereference an embedded pointer). Empty if direct.
  std::vector<int> path;
};

struct Type {
  Kind kind = Kind::Invalid;
  int64_t size = 0;
  int64_t align = 1;
  std::string name;      // declared name for named types ("" for unnamed)
  std::string pkg;       // package of a named type ("main", "fmt", ""=builtin)
  Type* underlying = this;

  Type* elem = nullptr;  // Array, Slice, Pointer, Map (value), Chan
  Type* key = nullptr;   // Map
  int64_t len = 0;       // Array
  ChanDir dir = ChanDir::Both;

  std::vector<Field> fields;     // Struct
  std::vector<Type*> params;     // Func (and Tuple: the element types)
  std::vector<Type*> results;    // Func
  bool variadic = false;         // Func: last param is ...T (its type is []T)

  std::vector<Method> methods;   // see the invariant above; Interface: its method set
  Type* ptrToThis = nullptr;     // cache for the *T type

  // One bit per 8-byte word of the memory layout: the word holds a pointer.
  std::vector<bool> ptrmask;
  bool hasPointers() const {
    for (bool b : ptrmask) if (b) return true;
    return false;
  }

  uint32_t hash = 0;  // stable per type, for type switches and map hashing
  // The VM's interface-call table for this dynamic type (vm/interp_support.cpp,
  // methodByIndex): built on first use, read and published through
  // std::atomic_ref; never changes once published.
  mutable const void* dispatch = nullptr;

  bool isNamed() const { return !name.empty(); }
  // Value stored directly in an interface's data word (see the layout above).
  bool isPointerShaped() const {
    Kind k = underlying->kind;
    return k == Kind::Pointer || k == Kind::Map || k == Kind::Chan || k == Kind::Func ||
           k == Kind::UnsafePointer;
  }
  // The Go spelling of the type, as %T and panics print it ("main.T", "[]int",
  // "map[string]*main.Node", "func(int) string", "struct { X int }").
  std::string str() const;
};

// Runtime helpers over descriptors (runtime/type.cpp).
bool typeComparable(const Type* t);

// strconv.Quote of s: struct tags in type strings, constants. The exact
// one (Unicode's printable runes) is the standard library's, above this
// layer: it installs itself as gQuoteHook; without it (unit tests of the
// lower layers) printable ASCII and valid multi-byte sequences are kept as
// they are, the rest escaped.
std::string goQuote(const std::string& s);
extern std::string (*gQuoteHook)(const std::string& s);
// Compare two values of type t in memory layout (Go's == ; panics for
// uncomparable dynamic types inside interfaces are raised by the caller).
bool valuesEqual(const Type* t, const void* a, const void* b);
uint64_t valueHash(const Type* t, const void* p, uint64_t seed);

}  // namespace goro
