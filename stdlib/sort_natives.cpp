// stdlib/sort_natives.cpp — natives of package sort: what sort.Slice and
// friends need from reflection (reflectlite.Swapper and Value.Len) for a slice
// of any element type.
#include <algorithm>
#include <cstring>
#include <string>

#include "stdlib/native_args.h"

namespace goro {
namespace {

// reflect.Kind.String() of a type's kind, as reflect's panics print it.
const char* kindName(const Type* t) {
  switch (t->underlying->kind) {
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Int8: return "int8";
    case Kind::Int16: return "int16";
    case Kind::Int32: return "int32";
    case Kind::Int64: return "int64";
    case Kind::Uint: return "uint";
    case Kind::Uint8: return "uint8";
    case Kind::Uint16: return "uint16";
    case Kind::Uint32: return "uint32";
    case Kind::Uint64: return "uint64";
    case Kind::Uintptr: return "uintptr";
    case Kind::Float32: return "float32";
    case Kind::Float64: return "float64";
    case Kind::Complex64: return "complex64";
    case Kind::Complex128: return "complex128";
    case Kind::String: return "string";
    case Kind::UnsafePointer: return "unsafe.Pointer";
    case Kind::Array: return "array";
    case Kind::Slice: return "slice";
    case Kind::Struct: return "struct";
    case Kind::Pointer: return "ptr";
    case Kind::Func: return "func";
    case Kind::Interface: return "interface";
    case Kind::Map: return "map";
    case Kind::Chan: return "chan";
    default: return "invalid";
  }
}

// The slice held by interface value x; panics as reflect's Swapper does if
// it is not one ("zero" for a nil interface).
GoSlice sliceOf(const GoIface& x, const char* method, const Type** elem) {
  if (!x.type || x.type->underlying->kind != Kind::Slice)
    panicString(std::string("reflect: call of ") + method + " on " + (x.type ? kindName(x.type) : "zero") + " Value");
  *elem = x.type->underlying->elem;
  GoSlice s;
  std::memcpy(&s, x.data, sizeof s);  // a slice is boxed: data points at it
  return s;
}

// func sliceLen(x any) int
void sortSliceLen(NativeCtx&, uint64_t* f) {
  const Type* elem;
  GoSlice s = sliceOf(nat::iface(f, 0), "Swapper", &elem);
  nat::setI64(f, 0, s.len);
}

// func sliceSwap(x any, i, j int): swaps elements i and j (any element size).
void sortSliceSwap(NativeCtx&, uint64_t* f) {
  const Type* elem;
  GoSlice s = sliceOf(nat::iface(f, 0), "Swapper", &elem);
  int64_t i = nat::i64(f, 2), j = nat::i64(f, 3);
  if (uint64_t(i) >= uint64_t(s.len) || uint64_t(j) >= uint64_t(s.len))
    panicString("reflect: slice index out of range");
  if (i == j) return;
  size_t size = size_t(elem->size);
  uint8_t* a = static_cast<uint8_t*>(s.ptr) + size_t(i) * size;
  uint8_t* b = static_cast<uint8_t*>(s.ptr) + size_t(j) * size;
  uint8_t tmp[256];
  while (size > 0) {  // word-sized pointer fields are swapped whole: the GC sees no torn pointer
    size_t n = size < sizeof tmp ? size : sizeof tmp;
    std::memcpy(tmp, a, n);
    std::memmove(a, b, n);
    std::memcpy(b, tmp, n);
    a += n;
    b += n;
    size -= n;
  }
}

// func sortInts(x []int)
void sortInts(NativeCtx&, uint64_t* f) {
  GoSlice x = nat::slice(f, 0);
  int64_t* p = static_cast<int64_t*>(x.ptr);
  std::sort(p, p + x.len);
}

// func sortStrings(x []string) — byte-wise order, as Go's < on strings.
void sortStrings(NativeCtx&, uint64_t* f) {
  GoSlice x = nat::slice(f, 0);
  GoString* p = static_cast<GoString*>(x.ptr);
  // (char_traits<char>::compare orders bytes as unsigned, like memcmp)
  std::sort(p, p + x.len, [](const GoString& a, const GoString& b) { return a.view() < b.view(); });
}

NativeReg r1("sort.sliceLen", &sortSliceLen);
NativeReg r3("sort.sortInts", &sortInts);
NativeReg r4("sort.sortStrings", &sortStrings);
NativeReg r2("sort.sliceSwap", &sortSliceSwap);

}  // namespace

void linkSortNatives() {}
}  // namespace goro
