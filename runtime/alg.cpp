// runtime/alg.cpp — Go's == on values in memory layout, and the hash that
// agrees with it (what maps and interface comparisons use).
//
// Go spec: Comparison operators.
//   bools, integers, pointers, channels: by value (address)
//   floats: IEEE (NaN != NaN, +0 == -0); complex: both parts
//   strings: by content
//   interfaces: equal dynamic types and equal values; comparing two values
//     whose (identical) dynamic type is not comparable panics
//     "runtime error: comparing uncomparable type T"
//   structs: non-blank fields in order; arrays: elements in order
// Hashing follows equality: +0 and -0 hash alike; each NaN hashes randomly
// (every NaN key is a distinct entry, as in Go); an interface hashes its
// dynamic type and value, and panics "runtime error: hash of unhashable type
// T" when the dynamic type is not comparable.
#include <cmath>
#include <cstring>

#include "runtime/map.h"
#include "runtime/type.h"
#include "vm/native.h"

namespace goro {
namespace alg {

// A wyhash-style byte hash (map.h has the short-input path, inline): 16 bytes
// per multiply, 48 per round for long input. `pre` is preSeed(seed).
uint64_t hashBytesLong(const uint8_t* p, size_t n, uint64_t pre) {
  uint64_t seed = pre;
  size_t i = n;
  if (i > 48) {
    uint64_t s1 = seed, s2 = seed;
    do {
      seed = mix(rd8(p) ^ kP1, rd8(p + 8) ^ seed);
      s1 = mix(rd8(p + 16) ^ kP2, rd8(p + 24) ^ s1);
      s2 = mix(rd8(p + 32) ^ kP3, rd8(p + 40) ^ s2);
      p += 48;
      i -= 48;
    } while (i > 48);
    seed ^= s1 ^ s2;
  }
  while (i > 16) {
    seed = mix(rd8(p) ^ kP1, rd8(p + 8) ^ seed);
    p += 16;
    i -= 16;
  }
  return finishBytes(rd8(p + i - 16), rd8(p + i - 8), seed, n);
}

}  // namespace alg

// ---- equality

static bool ifaceEqual(const GoIface* x, const GoIface* y) {
  if (x->type != y->type) return false;
  if (!x->type) return true;
  if (x->type->isPointerShaped()) {
    // Pointer-shaped but uncomparable: maps and funcs.
    if (!typeComparable(x->type)) panicRuntimeError("comparing uncomparable type " + x->type->str());
    return x->data == y->data;
  }
  if (!typeComparable(x->type)) panicRuntimeError("comparing uncomparable type " + x->type->str());
  return valuesEqual(x->type, x->data, y->data);
}

bool valuesEqual(const Type* t, const void* a, const void* b) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int8: case Kind::Uint8:
      return *static_cast<const uint8_t*>(a) == *static_cast<const uint8_t*>(b);
    case Kind::Int16: case Kind::Uint16: {
      uint16_t x, y;
      std::memcpy(&x, a, 2);
      std::memcpy(&y, b, 2);
      return x == y;
    }
    case Kind::Int32: case Kind::Uint32: {
      uint32_t x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case Kind::Int: case Kind::Int64: case Kind::Uint: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
    // Maps and funcs are only comparable to nil; the checker does not let
    // two non-nil ones reach here.
    case Kind::Map: case Kind::Func: {
      uint64_t x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case Kind::Float32: {
      float x, y;
      std::memcpy(&x, a, 4);
      std::memcpy(&y, b, 4);
      return x == y;
    }
    case Kind::Float64: {
      double x, y;
      std::memcpy(&x, a, 8);
      std::memcpy(&y, b, 8);
      return x == y;
    }
    case Kind::Complex64: {
      float x[2], y[2];
      std::memcpy(x, a, 8);
      std::memcpy(y, b, 8);
      return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::Complex128: {
      double x[2], y[2];
      std::memcpy(x, a, 16);
      std::memcpy(y, b, 16);
      return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::String: {
      auto* x = static_cast<const GoString*>(a);
      auto* y = static_cast<const GoString*>(b);
      return x->len == y->len && (x->ptr == y->ptr || x->len == 0 || std::memcmp(x->ptr, y->ptr, size_t(x->len)) == 0);
    }
    case Kind::Interface:
      return ifaceEqual(static_cast<const GoIface*>(a), static_cast<const GoIface*>(b));
    case Kind::Array: {
      const Type* e = u->elem;
      auto* pa = static_cast<const uint8_t*>(a);
      auto* pb = static_cast<const uint8_t*>(b);
      for (int64_t i = 0; i < u->len; i++)
        if (!valuesEqual(e, pa + i * e->size, pb + i * e->size)) return false;
      return true;
    }
    case Kind::Struct: {
      auto* pa = static_cast<const uint8_t*>(a);
      auto* pb = static_cast<const uint8_t*>(b);
      for (const Field& f : u->fields) {
        if (f.name == "_") continue;
        if (!valuesEqual(f.type, pa + f.offset, pb + f.offset)) return false;
      }
      return true;
    }
    default:
      panicRuntimeError("comparing uncomparable type " + t->str());
  }
}

// ---- hashing

static inline uint64_t combine(uint64_t h, uint64_t x) { return alg::mix(h ^ x, alg::kP3); }

static uint64_t hashFloat64(double f, uint64_t seed) {
  if (f == 0) return alg::hash64(0, seed);  // +0 and -0
  if (f != f) return alg::hash64(mapRand(), seed);  // NaN: every one distinct
  uint64_t bits;
  std::memcpy(&bits, &f, 8);
  return alg::hash64(bits, seed);
}

static uint64_t typeHash(const Type* t) {
  // Type::hash is stable when the checker sets it; the address otherwise.
  return t->hash ? t->hash : reinterpret_cast<uintptr_t>(t);
}

uint64_t valueHash(const Type* t, const void* p, uint64_t seed) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8:
      return alg::hash64(*static_cast<const uint8_t*>(p), seed);
    case Kind::Int16: case Kind::Uint16: {
      uint16_t x;
      std::memcpy(&x, p, 2);
      return alg::hash64(x, seed);
    }
    case Kind::Int32: case Kind::Uint32: {
      uint32_t x;
      std::memcpy(&x, p, 4);
      return alg::hash64(x, seed);
    }
    case Kind::Int: case Kind::Int64: case Kind::Uint: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer: {
      uint64_t x;
      std::memcpy(&x, p, 8);
      return alg::hash64(x, seed);
    }
    case Kind::Float32: {
      float f;
      std::memcpy(&f, p, 4);
      return hashFloat64(double(f), seed);
    }
    case Kind::Float64: {
      double f;
      std::memcpy(&f, p, 8);
      return hashFloat64(f, seed);
    }
    case Kind::Complex64: {
      float f[2];
      std::memcpy(f, p, 8);
      return combine(hashFloat64(double(f[0]), seed), hashFloat64(double(f[1]), seed ^ alg::kP2));
    }
    case Kind::Complex128: {
      double f[2];
      std::memcpy(f, p, 16);
      return combine(hashFloat64(f[0], seed), hashFloat64(f[1], seed ^ alg::kP2));
    }
    case Kind::String: {
      auto* s = static_cast<const GoString*>(p);
      return alg::hashBytes(s->ptr, size_t(s->len), seed);
    }
    case Kind::Interface: {
      auto* i = static_cast<const GoIface*>(p);
      if (!i->type) return alg::hash64(0, seed ^ alg::kP3);
      if (!typeComparable(i->type)) panicRuntimeError("hash of unhashable type " + i->type->str());
      return combine(valueHash(i->type, i->valuePtr(), seed), typeHash(i->type));
    }
    case Kind::Array: {
      const Type* e = u->elem;
      auto* b = static_cast<const uint8_t*>(p);
      uint64_t h = alg::hash64(uint64_t(u->len), seed);
      for (int64_t i = 0; i < u->len; i++) h = combine(h, valueHash(e, b + i * e->size, seed));
      return h;
    }
    case Kind::Struct: {
      auto* b = static_cast<const uint8_t*>(p);
      uint64_t h = alg::hash64(u->fields.size(), seed);
      for (const Field& f : u->fields) {
        if (f.name == "_") continue;
        h = combine(h, valueHash(f.type, b + f.offset, seed));
      }
      return h;
    }
    default:
      panicRuntimeError("hash of unhashable type " + t->str());
  }
}

}  // namespace goro
