// tests/unit/rt_test_stubs.h — helpers for the runtime unit tests (test_type,
// test_map):
//
//  1. TypeFactory: builds Type descriptors by hand (sizes, alignments, field
//     offsets and ptrmasks computed as the checker does), with canonical
//     predeclared types.
//
//  2. With GORO_TEST_STUBS defined: stand-ins for the VM's panic/fatal entry
//     points (vm/native.h) that throw C++ exceptions, so the tests can be built
//     and linked against the runtime sources alone and can check panic texts:
//       g++ -DGORO_TEST_STUBS ... tests/unit/test_map.cpp runtime/{type,alg,map}.cpp
//     The normal CMake build links the real ones (runtime/panic.cpp) and does
//     not define GORO_TEST_STUBS; tests that need to catch a panic are compiled
//     only with the stubs (the real panics need a running goroutine).
//
// Include from one translation unit per test executable.
#pragma once
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "runtime/type.h"
#include "vm/native.h"

#ifdef GORO_TEST_STUBS
#include <stdexcept>

namespace goro {
// A stubbed panic's message is what Go prints after "panic: ".
struct RtTestPanic : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct RtTestFatal : std::runtime_error {
  using std::runtime_error::runtime_error;
};
[[noreturn]] void panicRuntimeError(const std::string& msg) { throw RtTestPanic("runtime error: " + msg); }
[[noreturn]] void panicPlainError(const std::string& msg) { throw RtTestPanic(msg); }
[[noreturn]] void panicString(const std::string& msg) { throw RtTestPanic(msg); }
[[noreturn]] void fatalError(const std::string& msg) { throw RtTestFatal("fatal error: " + msg); }
}  // namespace goro
#endif

namespace goro_test {
using namespace goro;

inline int64_t alignUp(int64_t n, int64_t a) { return (n + a - 1) / a * a; }

// Set bits of `m` for every pointer word of t placed at byte offset `off`.
inline void orMask(std::vector<bool>& m, const Type* t, int64_t off) {
  for (size_t w = 0; w < t->ptrmask.size(); w++)
    if (t->ptrmask[w]) m[size_t(off / 8) + w] = true;
}

struct TypeFactory {
  std::deque<Type> pool;

  Type* make(Kind k, int64_t size, int64_t align) {
    pool.emplace_back();
    Type* t = &pool.back();
    t->kind = k;
    t->size = size;
    t->align = align;
    t->underlying = t;
    t->ptrmask.assign(size_t((size + 7) / 8), false);
    t->hash = uint32_t(pool.size() * 2654435761u);
    return t;
  }
  Type* basic(Kind k, const char* name, int64_t size) {
    Type* t = make(k, size, size > 8 ? 8 : (size ? size : 1));
    t->name = name;
    if (k == Kind::String || k == Kind::UnsafePointer) t->ptrmask[0] = true;
    return t;
  }
  // Predeclared types.
  Type* Bool = basic(Kind::Bool, "bool", 1);
  Type* Int = basic(Kind::Int, "int", 8);
  Type* Int8 = basic(Kind::Int8, "int8", 1);
  Type* Int16 = basic(Kind::Int16, "int16", 2);
  Type* Int32 = basic(Kind::Int32, "int32", 4);
  Type* Int64 = basic(Kind::Int64, "int64", 8);
  Type* Uint = basic(Kind::Uint, "uint", 8);
  Type* Uint8 = basic(Kind::Uint8, "uint8", 1);
  Type* Uint16 = basic(Kind::Uint16, "uint16", 2);
  Type* Uint32 = basic(Kind::Uint32, "uint32", 4);
  Type* Uint64 = basic(Kind::Uint64, "uint64", 8);
  Type* Uintptr = basic(Kind::Uintptr, "uintptr", 8);
  Type* Float32 = basic(Kind::Float32, "float32", 4);
  Type* Float64 = basic(Kind::Float64, "float64", 8);
  Type* String = basic(Kind::String, "string", 16);
  Type* EmptyIface = iface({});
  Type* Error = named("error", "", iface({{"Error", func({}, {String})}}));

  Type* named(const char* name, const char* pkg, Type* under) {
    Type* t = make(under->kind, under->size, under->align);
    t->name = name;
    t->pkg = pkg;
    t->underlying = under;
    t->ptrmask = under->ptrmask;
    return t;
  }
  Type* ptr(Type* e) {
    Type* t = make(Kind::Pointer, 8, 8);
    t->elem = e;
    t->ptrmask[0] = true;
    return t;
  }
  Type* slice(Type* e) {
    Type* t = make(Kind::Slice, 24, 8);
    t->elem = e;
    t->ptrmask[0] = true;
    return t;
  }
  Type* array(Type* e, int64_t n) {
    Type* t = make(Kind::Array, e->size * n, e->align);
    t->elem = e;
    t->len = n;
    for (int64_t i = 0; i < n; i++) orMask(t->ptrmask, e, i * e->size);
    return t;
  }
  Type* map(Type* k, Type* v) {
    Type* t = make(Kind::Map, 8, 8);
    t->key = k;
    t->elem = v;
    t->ptrmask[0] = true;
    return t;
  }
  Type* chan(Type* e, ChanDir d = ChanDir::Both) {
    Type* t = make(Kind::Chan, 8, 8);
    t->elem = e;
    t->dir = d;
    t->ptrmask[0] = true;
    return t;
  }
  Type* func(std::vector<Type*> params, std::vector<Type*> results, bool variadic = false) {
    Type* t = make(Kind::Func, 8, 8);
    t->params = std::move(params);
    t->results = std::move(results);
    t->variadic = variadic;
    t->ptrmask[0] = true;
    return t;
  }
  struct F {
    std::string name;
    Type* type;
    bool embedded = false;
  };
  Type* strct(std::vector<F> fs) {
    int64_t off = 0, align = 1;
    std::vector<Field> fields;
    for (auto& f : fs) {
      off = alignUp(off, f.type->align);
      Field fl;
      fl.name = f.name;
      fl.type = f.type;
      fl.offset = off;
      fl.embedded = f.embedded;
      fl.exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
      fields.push_back(fl);
      off += f.type->size;
      if (f.type->align > align) align = f.type->align;
    }
    Type* t = make(Kind::Struct, alignUp(off, align), align);
    t->fields = fields;
    for (auto& f : t->fields) orMask(t->ptrmask, f.type, f.offset);
    return t;
  }
  Type* iface(std::vector<std::pair<std::string, Type*>> ms) {
    Type* t = make(Kind::Interface, 16, 8);
    for (auto& [n, sig] : ms) {
      Method m;
      m.name = n;
      m.type = sig;
      t->methods.push_back(m);
    }
    t->ptrmask[0] = t->ptrmask[1] = true;
    return t;
  }
};

}  // namespace goro_test
