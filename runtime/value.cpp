// runtime/value.cpp — allocation and the conversions between Go's memory
// layout and the VM's register form (vm/opcodes.def, "Value forms").
#include <gc/gc.h>
#include <gc/gc_mark.h>

#include <cstring>

#include <sys/mman.h>

#include "runtime/panic.h"
#include "vm/native.h"

namespace goro {

void adviseHugePages(void* block, size_t bytes) {
#ifdef MADV_HUGEPAGE
  constexpr uintptr_t kHuge = uintptr_t(2) << 20;
  uintptr_t lo = (uintptr_t(block) + kHuge - 1) & ~(kHuge - 1);
  uintptr_t hi = (uintptr_t(block) + bytes) & ~(kHuge - 1);
  if (hi > lo) madvise(reinterpret_cast<void*>(lo), hi - lo, MADV_HUGEPAGE);
#else
  (void)block;
  (void)bytes;
#endif
}

void typedMove(void* dst, const void* src, size_t n, bool pointers) {
  uintptr_t d = uintptr_t(dst), s = uintptr_t(src);
  if (!pointers || ((d | s | n) & 7) != 0) {
    std::memmove(dst, src, n);
    return;
  }
  auto* dw = static_cast<uint64_t*>(dst);
  auto* sw = static_cast<const uint64_t*>(src);
  size_t w = n / 8;
  if (d <= s || d >= s + n) {
    for (size_t i = 0; i < w; i++) __atomic_store_n(dw + i, __atomic_load_n(sw + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  } else {
    for (size_t i = w; i-- > 0;) __atomic_store_n(dw + i, __atomic_load_n(sw + i, __ATOMIC_RELAXED), __ATOMIC_RELAXED);
  }
}

namespace {
// A GC kind scanned like GC_MALLOC's (conservatively, the whole object) but
// not cleared by the collector: big scanned blocks are asked for huge pages
// before their first touch, which is then our memset (GC_MALLOC would clear
// them first, faulting them in 4 KiB at a time).
unsigned noClearKind() {
  static const unsigned kind = GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1 /*adjust*/, 0 /*clear*/);
  return kind;
}
}  // namespace

void* gcAlloc(size_t bytes) {
  if (bytes >= kHugeAllocBytes) {
    void* p = GC_generic_malloc(bytes, int(noClearKind()));
    if (!p) fatalError("runtime: out of memory");
    adviseHugePages(p, bytes);
    std::memset(p, 0, bytes);
    return p;
  }
  void* p = GC_MALLOC(bytes ? bytes : 1);
  if (!p) fatalError("runtime: out of memory");
  return p;
}

void* gcAllocAtomic(size_t bytes) {
  void* p = GC_MALLOC_ATOMIC(bytes ? bytes : 1);
  if (!p) fatalError("runtime: out of memory");
  if (bytes >= kHugeAllocBytes) adviseHugePages(p, bytes);
  std::memset(p, 0, bytes ? bytes : 1);
  return p;
}

void* gcAllocType(const Type* t) {
  return t->hasPointers() ? gcAlloc(size_t(t->size)) : gcAllocAtomic(size_t(t->size));
}

GoString makeString(std::string_view s) {
  if (s.empty()) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  if (!p) fatalError("runtime: out of memory");
  std::memcpy(p, s.data(), s.size());
  return {p, int64_t(s.size())};
}

GoIface makeIface(Type* t, const void* src) {
  if (!t) return {nullptr, nullptr};
  if (t->isPointerShaped()) return {t, *static_cast<void* const*>(src)};
  void* box = gcAllocType(t);
  std::memcpy(box, src, size_t(t->size));
  return {t, box};
}

int regSlots(const Type* t) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: case Kind::Int16: case Kind::Uint16:
    case Kind::Int32: case Kind::Uint32: case Kind::Float32:
      return 1;
    default:
      return int((t->size + 7) / 8);
  }
}

void memToReg(const Type* t, const void* mem, uint64_t* reg) {
  switch (t->underlying->kind) {
    case Kind::Bool: case Kind::Uint8: *reg = *static_cast<const uint8_t*>(mem); return;
    case Kind::Int8: *reg = uint64_t(int64_t(*static_cast<const int8_t*>(mem))); return;
    case Kind::Int16: *reg = uint64_t(int64_t(*static_cast<const int16_t*>(mem))); return;
    case Kind::Uint16: *reg = *static_cast<const uint16_t*>(mem); return;
    case Kind::Int32: *reg = uint64_t(int64_t(*static_cast<const int32_t*>(mem))); return;
    case Kind::Uint32: *reg = *static_cast<const uint32_t*>(mem); return;
    case Kind::Float32: {
      double d = *static_cast<const float*>(mem);
      std::memcpy(reg, &d, 8);
      return;
    }
    default:
      if (t->size == 0) return;
      std::memcpy(reg, mem, size_t(t->size));
  }
}

void regToMem(const Type* t, const uint64_t* reg, void* mem) {
  switch (t->underlying->kind) {
    case Kind::Bool: case Kind::Uint8: case Kind::Int8: *static_cast<uint8_t*>(mem) = uint8_t(*reg); return;
    case Kind::Int16: case Kind::Uint16: { uint16_t v = uint16_t(*reg); std::memcpy(mem, &v, 2); return; }
    case Kind::Int32: case Kind::Uint32: { uint32_t v = uint32_t(*reg); std::memcpy(mem, &v, 4); return; }
    case Kind::Float32: {
      double d;
      std::memcpy(&d, reg, 8);
      float f = float(d);
      std::memcpy(mem, &f, 4);
      return;
    }
    default:
      if (t->size == 0) return;
      std::memcpy(mem, reg, size_t(t->size));
  }
}

}  // namespace goro
