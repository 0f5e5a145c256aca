// stdlib/atomic_natives.cpp — natives of package sync/atomic (stdlib/go/sync/atomic),
// and sync.runtime_nanotime and sync.runtime_SemacquireMutex.
//
// Every operation is a sequentially consistent __atomic builtin on the Go
// memory the pointer argument (frame slot 0, a raw pointer) designates, as
// Go's sync/atomic is sequentially consistent. Register form (vm/native.h):
// a 32-bit argument or result occupies one slot, sign-extended for int32 and
// zero-extended for uint32. A nil address panics as Go's nil dereference does.
#include <cstdint>

#include "runtime/sched.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

template <typename T>
T* addr(uint64_t* f) {
  auto* p = reinterpret_cast<T*>(f[0]);
  if (!p) panicRuntimeError("invalid memory address or nil pointer dereference");
  return p;
}

// Store a T result in register form (int32 sign-extended, uint32 zero-extended).
template <typename T>
void put(uint64_t* f, int i, T v) {
  if constexpr (sizeof(T) == 4 && T(-1) < T(0)) f[i] = uint64_t(int64_t(v));
  else f[i] = uint64_t(v);
}

constexpr int SC = __ATOMIC_SEQ_CST;

// func AddT(addr *T, delta T) (new T)
template <typename T>
void add(NativeCtx&, uint64_t* f) {
  T* p = addr<T>(f);
  T d = T(f[1]);
  put<T>(f, 0, __atomic_add_fetch(p, d, SC));
}
// func LoadT(addr *T) (val T)
template <typename T>
void load(NativeCtx&, uint64_t* f) {
  T* p = addr<T>(f);
  put<T>(f, 0, __atomic_load_n(p, SC));
}
// func StoreT(addr *T, val T)
template <typename T>
void store(NativeCtx&, uint64_t* f) {
  T* p = addr<T>(f);
  __atomic_store_n(p, T(f[1]), SC);
}
// func SwapT(addr *T, new T) (old T)
template <typename T>
void swap(NativeCtx&, uint64_t* f) {
  T* p = addr<T>(f);
  put<T>(f, 0, __atomic_exchange_n(p, T(f[1]), SC));
}
// func CompareAndSwapT(addr *T, old, new T) (swapped bool)
template <typename T>
void cas(NativeCtx&, uint64_t* f) {
  T* p = addr<T>(f);
  T expected = T(f[1]);
  bool ok = __atomic_compare_exchange_n(p, &expected, T(f[2]), false, SC, SC);
  nat::setBool(f, 0, ok);
}

// Value's box pointer (func loadBox(addr **valueBox) *valueBox, ...): a
// pointer-sized word, handled like uint64.

// func sameType(a, b any) bool: identical dynamic types (Type* is canonical).
void sameType(NativeCtx&, uint64_t* f) {
  GoIface a = nat::iface(f, 0), b = nat::iface(f, 2);
  nat::setBool(f, 0, a.type == b.type);
}

// func runtime_nanotime() int64 (package sync): the runtime's monotonic clock.
void syncNanotime(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, nanotime()); }

// func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int) (package
// sync): runtime_Semacquire (FIFO; lifo is ignored). May park the G.
void syncSemacquireMutex(NativeCtx& ctx, uint64_t* f) {
  auto* p = reinterpret_cast<uint32_t*>(f[0]);
  if (!p) panicRuntimeError("invalid memory address or nil pointer dereference");
  semacquire(ctx.g, p);
}

#define GORO_ATOMIC_REGS(Name, T)                                          \
  NativeReg add##Name("sync/atomic.Add" #Name, &add<T>);                   \
  NativeReg load##Name("sync/atomic.Load" #Name, &load<T>);                \
  NativeReg store##Name("sync/atomic.Store" #Name, &store<T>);             \
  NativeReg swap##Name("sync/atomic.Swap" #Name, &swap<T>);                \
  NativeReg cas##Name("sync/atomic.CompareAndSwap" #Name, &cas<T>);

GORO_ATOMIC_REGS(Int32, int32_t)
GORO_ATOMIC_REGS(Int64, int64_t)
GORO_ATOMIC_REGS(Uint32, uint32_t)
GORO_ATOMIC_REGS(Uint64, uint64_t)
GORO_ATOMIC_REGS(Uintptr, uint64_t)
#undef GORO_ATOMIC_REGS

NativeReg rLoadBox("sync/atomic.loadBox", &load<uint64_t>);
NativeReg rStoreBox("sync/atomic.storeBox", &store<uint64_t>);
NativeReg rSwapBox("sync/atomic.swapBox", &swap<uint64_t>);
NativeReg rCasBox("sync/atomic.casBox", &cas<uint64_t>);
NativeReg rSameType("sync/atomic.sameType", &sameType);
NativeReg rSyncNanotime("sync.runtime_nanotime", &syncNanotime);
NativeReg rSyncSemacquireMutex("sync.runtime_SemacquireMutex", &syncSemacquireMutex);

}  // namespace

void linkAtomicNatives() {}
}  // namespace goro
