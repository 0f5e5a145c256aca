// stdlib/rt_stack_natives.cpp — stack introspection (package runtime's
// Callers, FuncForPC, Frames, Stack: stdlib/go/runtime/symtab.go) and the
// settings of package runtime/debug (stdlib/go/runtime/debug/garbage.go).
//
// pc -> function: goro's pcs are addresses inside a FuncProto's code (or,
// for a function without code — a native — inside the FuncProto itself), or
// inside one of the runtime's RuntimeFuncs (runtime/traceback.h: kCallPcOffset).
// The first lookup builds a sorted index of those address ranges from the
// Program (all of its FuncProtos, which never change once it runs), published
// through an atomic pointer; every lookup after that is a binary search with
// no lock. Each function's *Func (runtime.Func: name, entry) is made on first
// request and kept for the rest of the run, so FuncForPC returns the same
// pointer for every pc of a function, as Go's does.
#include <gc/gc.h>

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/panic.h"
#include "runtime/traceback.h"
#include "stdlib/native_args.h"
#include "vm/native.h"

namespace goro {
namespace {

// Memory layout of runtime.Func (symtab.go: name string; entry uintptr).
struct FuncObj {
  GoString name;
  uint64_t entry;
};

struct PcRange {
  uint64_t lo, hi;  // [lo, hi): the function's pcs
  const FuncProto* fn;
  const RuntimeFunc* rt;
};

struct PcIndex {
  size_t nfuncs = 0;  // Program::funcs.size() it was built from
  std::vector<PcRange> ranges;  // sorted by lo, disjoint
  std::vector<const FuncProto*> protos;  // sorted
  std::unique_ptr<std::atomic<FuncObj*>[]> objs;  // per range, made on demand
};

std::atomic<const PcIndex*> gIndex{nullptr};
std::mutex gIndexMu;  // serialises building

const PcIndex* pcIndex(const Program* prog) {
  const PcIndex* x = gIndex.load(std::memory_order_acquire);
  if (x && x->nfuncs == prog->funcs.size()) return x;
  std::lock_guard<std::mutex> l(gIndexMu);
  x = gIndex.load(std::memory_order_acquire);
  if (x && x->nfuncs == prog->funcs.size()) return x;
  auto* n = new PcIndex();
  n->nfuncs = prog->funcs.size();
  for (const FuncProto* f : prog->funcs) {
    n->protos.push_back(f);
    uint64_t entry = funcEntry(f);
    uint64_t size = f->code.empty() ? sizeof(FuncProto) : f->code.size() * sizeof(Instr);
    n->ranges.push_back({entry, entry + size, f, nullptr});
  }
  for (const RuntimeFunc& r : kRuntimeFuncs) {
    auto a = reinterpret_cast<uint64_t>(&r);
    n->ranges.push_back({a, a + sizeof r, nullptr, &r});
  }
  std::sort(n->ranges.begin(), n->ranges.end(), [](const PcRange& a, const PcRange& b) { return a.lo < b.lo; });
  std::sort(n->protos.begin(), n->protos.end());
  n->objs.reset(new std::atomic<FuncObj*>[n->ranges.size()]);
  for (size_t i = 0; i < n->ranges.size(); i++) n->objs[i].store(nullptr, std::memory_order_relaxed);
  // (an index built for fewer functions stays allocated: a *Func it made
  // is still in use, and a goroutine may still be searching it)
  gIndex.store(n, std::memory_order_release);
  return n;
}

// The range holding pc, or -1.
ptrdiff_t findPc(const PcIndex* x, uint64_t pc) {
  auto it = std::upper_bound(x->ranges.begin(), x->ranges.end(), pc,
                             [](uint64_t v, const PcRange& r) { return v < r.lo; });
  if (it == x->ranges.begin()) return -1;
  --it;
  return pc < it->hi ? it - x->ranges.begin() : -1;
}

FuncObj* funcObj(const PcIndex* x, ptrdiff_t i) {
  std::atomic<FuncObj*>& slot = x->objs[size_t(i)];
  if (FuncObj* o = slot.load(std::memory_order_acquire)) return o;
  const PcRange& r = x->ranges[size_t(i)];
  // uncollectable: the index (not scanned by the GC) keeps it for the run
  auto* o = static_cast<FuncObj*>(GC_MALLOC_UNCOLLECTABLE(sizeof(FuncObj)));
  o->name = makeString(r.fn ? r.fn->name : std::string(r.rt->name));
  o->entry = r.lo;
  FuncObj* want = nullptr;
  if (!slot.compare_exchange_strong(want, o, std::memory_order_acq_rel)) {
    GC_FREE(o);  // another goroutine made it first
    return want;
  }
  return o;
}

// For FrameWalker on other goroutines' stacks (the index is built first).
bool isProgramProto(const FuncProto* f) {
  const PcIndex* x = gIndex.load(std::memory_order_acquire);
  return x && std::binary_search(x->protos.begin(), x->protos.end(), f);
}

// func Callers(skip int, pc []uintptr) int
void rtCallers(NativeCtx& ctx, uint64_t* f) {
  int64_t skip = std::max<int64_t>(nat::i64(f, 0), 0);
  GoSlice buf = nat::slice(f, 1);
  auto* out = static_cast<uint64_t*>(buf.ptr);
  int64_t n = 0;
  if (buf.len <= 0) {
    nat::setI64(f, 0, 0);
    return;
  }
  // frame 0: runtime.Callers itself (Go's, in extern.go)
  if (skip == 0) out[n++] = framePc(CallerInfo{nullptr, nullptr, 0, &kRuntimeFuncs[kRtCallers], nullptr});
  else skip--;
  FrameWalker w = FrameWalker::fromNative(ctx.g, ctx.frame());
  CallerInfo c;
  while (n < buf.len && w.next(&c)) {
    if (skip > 0) {
      skip--;
      continue;
    }
    out[n++] = framePc(c);
  }
  nat::setI64(f, 0, n);
}

// func FuncForPC(pc uintptr) *Func
void rtFuncForPC(NativeCtx& ctx, uint64_t* f) {
  const PcIndex* x = pcIndex(ctx.prog);
  ptrdiff_t i = findPc(x, f[0]);
  f[0] = i < 0 ? 0 : reinterpret_cast<uint64_t>(funcObj(x, i));
}

// func funcLine(f *Func, pc uintptr) (file string, line int)
void rtFuncLine(NativeCtx& ctx, uint64_t* f) {
  auto* fo = reinterpret_cast<const FuncObj*>(f[0]);
  if (!fo) panicRuntimeError("invalid memory address or nil pointer dereference");
  uint64_t pc = f[1];
  const PcIndex* x = pcIndex(ctx.prog);
  ptrdiff_t i = findPc(x, fo->entry);
  std::string file;
  int64_t line = 0;
  if (i >= 0) {
    const PcRange& r = x->ranges[size_t(i)];
    if (r.rt) {
      file = r.rt->file;
      line = r.rt->line;
    } else {
      line = r.fn->line;  // the entry (or a pc outside f): the func line
      const Instr* ip = nullptr;
      if (pc > r.lo && pc < r.hi && !r.fn->code.empty()) {
        ip = r.fn->code.data() + (pc - r.lo) / sizeof(Instr);
        line = r.fn->lines[(pc - r.lo) / sizeof(Instr)];
      }
      file = frameFile(r.fn, ip);
    }
  }
  nat::setStr(f, 0, makeString(file));
  nat::setI64(f, 2, line);
}

// func Stack(buf []byte, all bool) int
void rtStack(NativeCtx& ctx, uint64_t* f) {
  GoSlice buf = nat::slice(f, 0);
  bool all = f[3] != 0;
  if (buf.len <= 0) {
    nat::setI64(f, 0, 0);
    return;
  }
  uint64_t* fp = ctx.frame();
  const Instr* pc = nullptr;
  callerFrame(ctx.g, fp, pc);  // from Stack's caller, as Go's
  std::string s = tracebackString(ctx.g, fp, pc, "running");
  if (all) {
    pcIndex(ctx.prog);
    s += tracebackOthers(ctx.g, &isProgramProto);
  }
  size_t n = std::min(s.size(), size_t(buf.len));
  std::memcpy(buf.ptr, s.data(), n);
  nat::setI64(f, 0, int64_t(n));
}

// ---- runtime/debug

std::mutex gGCPercentMu;
int32_t gGCPercent = 100;  // guarded by gGCPercentMu
bool gGCDisabledByUs = false;  // guarded by gGCPercentMu

// func setGCPercent(in int32) (out int32)
// Boehm has no Go-style pacer: it collects when about heap/divisor bytes
// were allocated since the last collection (divisor 3 by default). Go's 100
// (its default) keeps Boehm's default; other percentages scale the divisor
// inversely (300/percent, within Boehm's useful 1..1000; 0: 1000). A
// negative percentage turns collection off (GC_disable) until a
// non-negative one turns it on again (GC_enable: the two nest in Boehm, so
// only this setting's own disable is undone).
int32_t setGCPercent(int32_t in) {
  if (in < 0) in = -1;
  std::lock_guard<std::mutex> l(gGCPercentMu);
  int32_t out = gGCPercent;
  gGCPercent = in;
  if (in < 0) {
    if (!gGCDisabledByUs) GC_disable();
    gGCDisabledByUs = true;
  } else {
    if (gGCDisabledByUs) GC_enable();
    gGCDisabledByUs = false;
    int64_t div = in == 0 ? 1000 : std::clamp<int64_t>((300 + in / 2) / in, 1, 1000);
    GC_set_free_space_divisor(GC_word(div));
  }
  return out;
}

void debugSetGCPercent(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, setGCPercent(int32_t(int64_t(f[0])))); }

// func SetMaxStack(bytes int) int
void debugSetMaxStack(NativeCtx&, uint64_t* f) {
  nat::setI64(f, 0, gStackLimit.exchange(nat::i64(f, 0), std::memory_order_relaxed));
}

// func FreeOSMemory()
void debugFreeOSMemory(NativeCtx&, uint64_t*) { GC_gcollect_and_unmap(); }

NativeReg r1("runtime.Callers", &rtCallers);
NativeReg r2("runtime.FuncForPC", &rtFuncForPC);
NativeReg r3("runtime.funcLine", &rtFuncLine);
NativeReg r4("runtime.Stack", &rtStack);
NativeReg r5("runtime/debug.setGCPercent", &debugSetGCPercent);
NativeReg r6("runtime/debug.SetMaxStack", &debugSetMaxStack);
NativeReg r7("runtime/debug.FreeOSMemory", &debugFreeOSMemory);

}  // namespace

void linkStackNatives() {}

void applyGOGC() {
  // Go's readGOGC: "off" turns collection off; a number is the percentage
  // (negative: off); anything else keeps 100.
  const char* v = std::getenv("GOGC");
  if (!v || !*v) return;
  if (std::strcmp(v, "off") == 0) {
    setGCPercent(-1);
    return;
  }
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  if (*end || n > INT32_MAX || n < INT32_MIN) return;
  setGCPercent(int32_t(n));
}
}  // namespace goro
