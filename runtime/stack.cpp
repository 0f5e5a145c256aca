// runtime/stack.cpp — goroutine stacks: allocation, growth by copying, and the
// one routine that relocates pointers into a moved stack.
//
// A stack is one GC-allocated block [lo, hi) of 8-byte slots; frames grow
// upward (vm/func.h draws a frame). Growth (Go's newstack/copystack): allocate
// a block at least twice as large, memcpy the used part, then add `delta` to
// every pointer that pointed into the old block. Every kind of pointer into a
// stack, and where adjustStack finds it:
//   1. frame slots holding pointers (ADDR of a frame-memory variable, slices of
//      stack arrays, pointer copies): the stack map of the frame's safepoint;
//      for the frame being entered, its FuncProto::paramPtrs;
//   2. each frame header's caller-fp word;
//   3. G::fp and G::nativeTop (saved context);
//   4. Defer::fp of every pending deferred call;
//   5. sudog::elem of a G parked on a channel: a parked G's stack never
//      moves, so the stack shrinks (shrinkStackOnPark) just before a G parks
//      and the elems it is about to publish are relocated with it.
// Shrinking: a G that parks using under a quarter of its stack moves to one
// half the size (at most once per GC cycle — Go shrinks at GC).
// Interface data words and deferred-call argument copies never point into a
// stack (escape analysis), so they are not on this list.
//
// Return pcs: a header's return-pc word is the pc to resume at; the safepoint
// whose stack map describes the caller is the instruction before it, except
// when the low bit is set (resume at the safepoint itself: DEFERRETURN), or the
// word is one of the runtime's sentinels (null: the bottom of an interpreter
// activation called from a native; kPanicReturn: a deferred call run by a
// panic, whose caller frame is dead and has no live pointers).
#include <gc/gc.h>

#include <cstdio>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <type_traits>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/trace.h"
#include "runtime/g.h"
#include "runtime/panic.h"
#include "runtime/roots.h"

namespace goro {

thread_local G* curG = nullptr;

// Process-wide counters, updated by every M.
static std::atomic<int64_t> gGrows{0}, gShrinks{0}, gMoves{0}, gMaxStack{0}, gStackInuse{0};
std::atomic<int64_t> gStackLimit{kMaxStackDefault};
bool gStackStress = false;
bool gStackDebug = false;

static uintptr_t guardFor(uint8_t* lo, uint8_t* hi) {
  return gStackStress ? reinterpret_cast<uintptr_t>(lo) + 1 : reinterpret_cast<uintptr_t>(hi) - kStackGuard;
}

StackStats stackStats() {
  StackStats s;
  s.grows = gGrows.load();
  s.shrinks = gShrinks.load();
  s.moves = gMoves.load();
  s.maxStackBytes = gMaxStack.load();
  s.inuseBytes = gStackInuse.load();
  return s;
}

void printStackStats() {
  StackStats st = stackStats();
  std::string s = "goro: stacks: grows=" + std::to_string(st.grows) + " shrinks=" + std::to_string(st.shrinks) +
                  " moves=" + std::to_string(st.moves) + " inuse=" + std::to_string(st.inuseBytes) +
                  " max=" + std::to_string(st.maxStackBytes) + "\n";
  writeStderr(s.data(), s.size());
}

static void noteStackSize(int64_t n) {
  int64_t cur = gMaxStack.load(std::memory_order_relaxed);
  while (n > cur && !gMaxStack.compare_exchange_weak(cur, n)) {
  }
}

static uint8_t* allocStack(int64_t bytes) {
  // Stacks hold pointers: scanned (conservatively for now) by the collector.
  void* p = bytes >= 4096 ? GC_MALLOC_IGNORE_OFF_PAGE(bytes) : GC_MALLOC(bytes);
  if (!p) fatalError("out of memory allocating goroutine stack");
  gStackInuse.fetch_add(bytes, std::memory_order_relaxed);
  return static_cast<uint8_t*>(p);
}

// Every G ever created (Go's allgs), in memory the collector scans: G objects
// live in the GC heap and thread-locals are not roots.
static GcRootArray gAllGs;  // of G*
static std::mutex gAllGsMu;  // guards it

static void addG(G* g) {
  std::lock_guard<std::mutex> l(gAllGsMu);
  gAllGs.push(g);
}

std::vector<G*> allGoroutines() {
  std::lock_guard<std::mutex> l(gAllGsMu);
  auto** b = reinterpret_cast<G**>(gAllGs.items);
  return std::vector<G*>(b, b + gAllGs.len);
}

G* newG(int64_t goid, int64_t stackBytes) {
  G* g = static_cast<G*>(GC_MALLOC(sizeof(G)));
  new (g) G();
  g->goid = goid;
  g->stackLo = allocStack(stackBytes);
  g->stackHi = g->stackLo + stackBytes;
  g->stackguard0 = guardFor(g->stackLo, g->stackHi);
  noteStackSize(stackBytes);
  addG(g);
  return g;
}

void reuseG(G* g, int64_t goid) {
  uint8_t* lo = g->stackLo;
  uint8_t* hi = g->stackHi;
  int32_t grows = g->stackGrows, shrinks = g->stackShrinks;
  // A fresh G, except for the two words sysmon may be poisoning right now
  // through a stale pointer (it read p->curg before this G died): those are
  // stored atomically.
  static_assert(std::is_trivially_copyable_v<G> && std::is_standard_layout_v<G>);
  constexpr size_t skipFrom = offsetof(G, stackguard0), skipTo = offsetof(G, fp);
  G fresh;
  std::memcpy(static_cast<void*>(g), &fresh, skipFrom);
  std::memcpy(reinterpret_cast<char*>(g) + skipTo, reinterpret_cast<char*>(&fresh) + skipTo, sizeof(G) - skipTo);
  __atomic_store_n(&g->preempt, false, __ATOMIC_RELAXED);
  __atomic_store_n(&g->stackguard0, guardFor(lo, hi), __ATOMIC_RELAXED);
  g->stackLo = lo;
  g->stackHi = hi;
  g->goid = goid;
  g->stackGrows = grows;
  g->stackShrinks = shrinks;
}

const Instr* decodeReturnPc(uint64_t word, bool* atSafepoint) {
  *atSafepoint = (word & 1) != 0;
  return reinterpret_cast<const Instr*>(word & ~uint64_t(1));
}

static inline void adjustWord(uint64_t* w, uint64_t oldLo, uint64_t oldHi, int64_t delta) {
  if (*w >= oldLo && *w < oldHi) *w += uint64_t(delta);
}

static void adjustBitmap(uint64_t* fp, const std::vector<uint64_t>& bits, int nslots, uint64_t lo,
                         uint64_t hi, int64_t delta) {
  for (size_t w = 0; w < bits.size(); w++) {
    uint64_t m = bits[w];
    while (m) {
      int b = __builtin_ctzll(m);
      m &= m - 1;
      int slot = int(w * 64) + b;
      if (slot < nslots) adjustWord(&fp[slot], lo, hi, delta);
    }
  }
}

// Walk every frame from `fp` (suspended at safepoint `pc`) to the bottom,
// adjusting pointers that lie in [lo, hi) by delta. Pointers in the new stack
// are read after the copy, so fp is a pointer into the NEW stack.
static void adjustFrames(uint64_t* fp, const Instr* pc, uint64_t lo, uint64_t hi, int64_t delta) {
  bool deadFrame = false;
  while (fp) {
    auto* proto = reinterpret_cast<const FuncProto*>(fp[-2]);
    if (!deadFrame && proto && !proto->native && pc) {
      int32_t idx = int32_t(pc - proto->code.data());
      if (const StackMap* sm = proto->mapAt(idx))
        adjustBitmap(fp, sm->bits, proto->frameSize, lo, hi, delta);
    }
    // header: caller fp (a pointer into this stack or null)
    adjustWord(&fp[-4], lo, hi, delta);
    uint64_t ret = fp[-3];
    uint64_t* caller = reinterpret_cast<uint64_t*>(fp[-4]);
    deadFrame = false;
    if (ret == 0) {
      pc = nullptr;  // bottom of a nested activation: caller is a native frame
    } else if (ret == reinterpret_cast<uint64_t>(kPanicReturn)) {
      pc = nullptr;
      deadFrame = true;
    } else {
      bool atSp;
      const Instr* r = decodeReturnPc(ret, &atSp);
      pc = atSp ? r : r - 1;
    }
    fp = caller;
  }
}

// Move g's stack to a new block of newSize bytes: copy its first liveBytes,
// relocate every pointer into the old block (the list at the top of this
// file) and free the old block. fp/pc: the innermost suspended frame and its
// safepoint; calleeFp/callee: a frame being entered above it (growth), or
// null. Returns the relocation delta.
static int64_t copyStack(G* g, int64_t newSize, int64_t liveBytes, uint64_t* fp, const Instr* pc,
                         uint64_t* calleeFp, const FuncProto* callee) {
  int64_t oldSize = g->stackHi - g->stackLo;
  uint8_t* oldLo = g->stackLo;
  uint8_t* oldHi = g->stackHi;
  uint8_t* nlo = allocStack(newSize);
  if (liveBytes > oldSize) liveBytes = oldSize;
  if (liveBytes > newSize) liveBytes = newSize;
  std::memcpy(nlo, oldLo, size_t(liveBytes));
  int64_t delta = nlo - oldLo;
  uint64_t lo = reinterpret_cast<uint64_t>(oldLo), hi = reinterpret_cast<uint64_t>(oldHi);

  auto rel = [&](uint64_t* p) { return reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(p) + delta); };
  if (calleeFp) {
    // the callee's parameters and its header's caller-fp word
    uint64_t* ncallee = rel(calleeFp);
    if (callee && !callee->paramPtrs.empty())
      adjustBitmap(ncallee, callee->paramPtrs, callee->paramSlots, lo, hi, delta);
    adjustWord(&ncallee[-4], lo, hi, delta);
  }
  adjustFrames(rel(fp), pc, lo, hi, delta);
  for (Defer* d = g->defers; d; d = d->link)
    if (reinterpret_cast<uint64_t>(d->fp) >= lo && reinterpret_cast<uint64_t>(d->fp) < hi) d->fp = rel(d->fp);
  if (g->fp) g->fp = rel(g->fp);
  if (g->nativeTop) g->nativeTop = rel(g->nativeTop);

  g->stackLo = nlo;
  g->stackHi = nlo + newSize;
  // sysmon may be poisoning stackguard0 concurrently: a preemption request
  // that races with a move is simply repeated at its next check
  __atomic_store_n(&g->stackguard0, guardFor(g->stackLo, g->stackHi), __ATOMIC_RELAXED);
  gStackInuse.fetch_add(newSize - oldSize, std::memory_order_relaxed);
  noteStackSize(newSize);
  // The old block is garbage now; let the collector have it at once.
  GC_FREE(oldLo);
  return delta;
}

int64_t growStack(G* g, uint64_t* fp, uint64_t* calleeFp, const FuncProto* callee, uint8_t* needTop) {
  int64_t oldSize = g->stackHi - g->stackLo;
  int64_t used = needTop - g->stackLo;
  int64_t newSize = oldSize;
  // Stack stress (GORO_STACKSTRESS=1): stackguard0 sits at the bottom of the
  // stack, so every prologue lands here, and the stack moves even when it fits.
  if (!gStackStress && used <= oldSize) return 0;
  while (newSize < used) newSize *= 2;
  // (unsigned, as Go's maxstacksize: SetMaxStack(-1) means no limit but the ceiling)
  if (uint64_t(newSize) > uint64_t(gStackLimit.load(std::memory_order_relaxed)) || newSize > kMaxStackCeiling)
    stackOverflow(g, newSize);
  // Copy only the live part: everything up to the callee's parameters.
  int64_t liveBytes = reinterpret_cast<uint8_t*>(calleeFp + (callee ? callee->paramSlots : 0)) - g->stackLo;
  int64_t delta = copyStack(g, newSize, liveBytes, fp, g->pc, calleeFp, callee);
  if (newSize != oldSize) {
    if (trace::on()) trace::stackGrow(g->goid, oldSize, newSize);
    g->stackGrows++;
    gGrows.fetch_add(1, std::memory_order_relaxed);
  } else {
    gMoves.fetch_add(1, std::memory_order_relaxed);
  }
  return delta;
}

StackMove shrinkStackOnPark(G* g) {
  StackMove mv;
  int64_t size = g->stackHi - g->stackLo;
  if (size <= kStackMin || g->nest > 0 || g->nativeTop || !g->fp) return mv;
  auto* proto = reinterpret_cast<const FuncProto*>(g->fp[-2]);
  if (!proto || proto->native) return mv;
  int64_t used = reinterpret_cast<uint8_t*>(g->fp + proto->frameSize) - g->stackLo;
  if (used >= size / 4) return mv;
  // Go shrinks at most once per GC cycle; so does goro (here, when it parks)
  uint32_t cycle = uint32_t(GC_get_gc_no());
  if (g->shrinkCycle == cycle + 1) return mv;
  g->shrinkCycle = cycle + 1;
  int64_t newSize = size / 2;
  while (newSize / 2 >= kStackMin && used < newSize / 4) newSize /= 2;  // a long-parked G: right-size it at once
  mv.lo = reinterpret_cast<uintptr_t>(g->stackLo);
  mv.hi = reinterpret_cast<uintptr_t>(g->stackHi);
  mv.delta = copyStack(g, newSize, used, g->fp, g->pc, nullptr, nullptr);
  g->stackShrinks++;
  gShrinks.fetch_add(1, std::memory_order_relaxed);
  return mv;
}

}  // namespace goro
