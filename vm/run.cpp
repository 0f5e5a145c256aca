// vm/run.cpp — starting a program, and the calls from C++ natives back into Go.
#include <gc/gc.h>

#include <cstring>

#include "runtime/panic.h"
#include "runtime/sched.h"
#include "vm/interp.h"
#include "vm/interp_support.h"
#include "vm/native.h"

namespace goro {

uint64_t* NativeCtx::frame() const { return reinterpret_cast<uint64_t*>(g->stackLo + frameOff); }

// Run `fn` (with `closure` in its header) as a nested activation on top of
// the running native's frame `nativeFp`; args in register form; results
// copied out. The nested bottom frame links to the native's frame, whose
// header links to the Go caller, so stack walks see every frame.
static void callNested(G* g, Program* prog, int64_t nativeOff, FuncProto* fn, Closure* closure,
                       const uint64_t* args, int argSlots, uint64_t* results, int resultSlots) {
  uint64_t* newfp = g->nativeTop + kFrameHeader;
  int64_t need = std::max(fn->frameSize, std::max(argSlots, resultSlots));
  uint8_t* needTop = reinterpret_cast<uint8_t*>(newfp + need);
  if (needTop > g->stackHi) {
    int64_t off = reinterpret_cast<uint8_t*>(newfp) - g->stackLo;
    growStack(g, reinterpret_cast<uint64_t*>(g->stackLo + nativeOff), newfp, nullptr, needTop);
    newfp = reinterpret_cast<uint64_t*>(g->stackLo + off);
  }
  int64_t off = reinterpret_cast<uint8_t*>(newfp) - g->stackLo;
  newfp[-4] = reinterpret_cast<uint64_t>(g->stackLo + nativeOff);
  newfp[-3] = 0;  // bottom of the nested activation
  newfp[-2] = reinterpret_cast<uint64_t>(fn);
  newfp[-1] = reinterpret_cast<uint64_t>(closure);
  std::memcpy(newfp, args, size_t(argSlots) * 8);
  uint64_t* savedTop = g->nativeTop;
  int64_t savedFpOff = g->fp ? reinterpret_cast<uint8_t*>(g->fp) - g->stackLo : -1;
  const Instr* savedPc = g->pc;
  if (fn->native) {
    NativeCtx ctx;
    ctx.g = g;
    ctx.prog = prog;
    ctx.frameOff = off;
    g->nativeTop = newfp + need;
    fn->native(ctx, newfp);
    if (ctx.tailCall) fatalError("goro: " + fn->name + " asked for a tail call from a nested call (not supported)");
  } else {
    int extra = fn->frameSize - fn->paramSlots;
    if (extra > 0) std::memset(newfp + fn->paramSlots, 0, size_t(extra) * 8);
    g->nativeTop = nullptr;
    g->nest++;
    try {
      execute(g, prog, newfp);
    } catch (...) {
      g->nest--;
      throw;
    }
    g->nest--;
  }
  newfp = reinterpret_cast<uint64_t*>(g->stackLo + off);
  g->nativeTop = savedTop ? reinterpret_cast<uint64_t*>(newfp - kFrameHeader) : nullptr;
  g->fp = savedFpOff >= 0 ? reinterpret_cast<uint64_t*>(g->stackLo + savedFpOff) : nullptr;
  g->pc = savedPc;
  std::memcpy(results, newfp, size_t(resultSlots) * 8);
}

void NativeCtx::callClosure(Closure* c, const uint64_t* args, int argSlots, uint64_t* results, int resultSlots) {
  if (!c) panicRuntimeError("invalid memory address or nil pointer dereference");
  if (c->ncaps & kBoundMethod) {
    // bound method value: receiver first
    const uint64_t* recv;
    std::vector<uint64_t> buf;
    int k = boundReceiver(c, &recv, buf);
    std::vector<uint64_t> all(size_t(k + argSlots));
    std::memcpy(all.data(), recv, size_t(k) * 8);
    std::memcpy(all.data() + k, args, size_t(argSlots) * 8);
    callNested(g, prog, frameOff, c->fn, c, all.data(), k + argSlots, results, resultSlots);
    return;
  }
  callNested(g, prog, frameOff, c->fn, c, args, argSlots, results, resultSlots);
}

static Program* gProg = nullptr;

static bool callStringMethodImpl(G* g, Program* prog, int64_t nativeOff, const GoIface& v, const char* name,
                                 GoString* out) {
  if (!v.type) return false;
  const Method* m = findMethod(v.type, name);
  if (!m || !m->fn || !m->type) return false;
  const Type* sig = m->type;
  if (!sig->params.empty() || sig->results.size() != 1 || sig->results[0]->underlying->kind != Kind::String)
    return false;
  std::vector<uint64_t> recv;
  int k = placeReceiver(*m, v.type, v.data, recv);
  uint64_t res[2] = {0, 0};
  callNested(g, prog, nativeOff, m->fn, nullptr, recv.data(), k, res, 2);
  std::memcpy(out, res, 16);
  return true;
}

bool NativeCtx::callStringMethod(const GoIface& v, const char* name, GoString* out) {
  return callStringMethodImpl(g, prog, frameOff, v, name, out);
}

static bool hookCallStringMethod(const GoIface& v, const char* name, GoString* out) {
  G* g = curG;
  if (!g || !gProg) return false;
  // Called while printing a fatal panic: the stack above the saved context's
  // frame is free (fatalPanic has rendered the traceback already).
  const FuncProto* f = g->fp ? reinterpret_cast<const FuncProto*>(g->fp[-2]) : nullptr;
  uint64_t* savedTop = g->nativeTop;
  if (!g->nativeTop) g->nativeTop = g->fp + (f ? f->frameSize : 0) + kFrameHeader;
  int64_t off = reinterpret_cast<uint8_t*>(g->fp) - g->stackLo;
  try {
    bool ok = callStringMethodImpl(g, gProg, off, v, name, out);
    g->nativeTop = savedTop;
    return ok;
  } catch (GoPanicSignal&) {
    g->nativeTop = savedTop;
    throw;  // (the panic printer reports it: "panic while printing panic value")
  }
}

int runProgram(Program* prog) {
  gProg = prog;
  for (FuncProto* f : prog->funcs) {
    if (f->native) f->frameSize = std::max(f->frameSize, std::max(f->paramSlots, f->resultSlots));
  }
  if (!prog->globals && prog->globalsSize > 0)  // a GC root: scanned, never collected
    prog->globals = static_cast<uint8_t*>(GC_MALLOC_UNCOLLECTABLE(size_t(prog->globalsSize)));
  rtTypes.string = prog->stringType;
  rtTypes.errorString = prog->rtErrorString;
  rtTypes.plainError = prog->rtPlainError;
  rtTypes.boundsError = prog->rtBoundsError;
  rtTypes.typeAssertionError = prog->rtTypeAssertionError;
  callStringMethodHook = &hookCallStringMethod;

  FuncProto* entry = prog->entry;
  int64_t need = (kFrameHeader + entry->frameSize + 8) * 8;
  int64_t size = kStackMin;
  while (size < need) size *= 2;
  G* g = newG(1, size);
  curG = g;
  uint64_t* fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  fp[-4] = 0;
  fp[-3] = 0;
  fp[-2] = reinterpret_cast<uint64_t>(entry);
  fp[-1] = 0;
  g->fp = fp;
  g->pc = nullptr;  // not started
  try {
    schedMain(prog, g);
  } catch (GoPanicSignal&) {
    // unrecovered and no activation left to handle it
    fatalPanic(curG, curG->fp, curG->pc);
  }
  flushStdout();
  return 0;
}

}  // namespace goro
