// stdlib/fmt_natives.cpp — natives of package fmt: the formatting engine
// (stdlib/fmt_format.cpp) bound to Go's Sprintf, Sprint, Sprintln.
#include <string>
#include <vector>

#include "runtime/g.h"
#include "runtime/panic.h"
#include "stdlib/fmt_format.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

// String()/Error()/GoString() calls through the VM.
//
// A method that panics is handled as fmt's catchPanic does: the panic is
// recovered here and the engine prints "%!v(PANIC=String method: msg)" (or
// "<nil>" for a nil pointer receiver). Two things make that possible with the
// interpreter's unwinding protocol (vm/interp.cpp, runNextDefer):
//   - a panic that runs out of deferred calls is fatal at once, unless the
//     next pending Defer belongs to an outer activation, in which case
//     GoPanicSignal is rethrown out of the nested one. So a marker Defer
//     (never run: its fp is this native's frame, below every frame of the
//     nested call, and no DEFERRETURN has that fp) is pushed for the call;
//   - the rethrow leaves the G's saved context as the nested activation had
//     it, so it is saved here (as offsets: the stack may move) and put back,
//     and the panic record the method pushed is popped.
struct VMMethodCaller : gofmt::MethodCaller {
  NativeCtx& ctx;
  explicit VMMethodCaller(NativeCtx& c) : ctx(c) {}
  gofmt::CallResult callStringMethod(const GoIface& v, const char* name, std::string* out,
                                     GoIface* panicValue) override {
    G* g = ctx.g;
    auto offOf = [g](const void* p) { return p ? static_cast<const uint8_t*>(p) - g->stackLo : int64_t(-1); };
    int64_t topOff = offOf(g->nativeTop), fpOff = offOf(g->fp);
    const Instr* pc = g->pc;
    Panic* outer = g->panic;
    Defer marker;
    marker.link = g->defers;
    marker.fp = ctx.frame();  // adjusted by the stack copier like any Defer
    marker.started = true;
    g->defers = &marker;
    GoString s{nullptr, 0};
    bool found;
    try {
      found = ctx.callStringMethod(v, name, &s);
    } catch (GoPanicSignal&) {
      Panic* p = g->panic;
      if (g->defers == &marker) g->defers = marker.link;
      if (!p || p == outer || p->goexit) throw;
      g->nativeTop = topOff >= 0 ? reinterpret_cast<uint64_t*>(g->stackLo + topOff) : nullptr;
      g->fp = fpOff >= 0 ? reinterpret_cast<uint64_t*>(g->stackLo + fpOff) : nullptr;
      g->pc = pc;
      g->panic = p->link;
      *panicValue = p->arg;
      return gofmt::CallResult::Panicked;
    }
    if (g->defers == &marker) g->defers = marker.link;
    if (!found) return gofmt::CallResult::NoMethod;
    out->assign(s.view());
    return gofmt::CallResult::Ok;
  }
};

// The operands of a `...any` parameter at frame slot i, copied out of the
// frame (a String method may move the goroutine stack while we format).
std::vector<GoIface> operands(const uint64_t* f, int i) {
  GoSlice a = nat::slice(f, i);
  const GoIface* p = static_cast<const GoIface*>(a.ptr);
  return std::vector<GoIface>(p, p + a.len);
}

// func Sprintf(format string, a ...any) string
void fmtSprintf(NativeCtx& ctx, uint64_t* f) {
  std::string format(nat::str(f, 0).view());
  std::vector<GoIface> args = operands(f, 2);
  VMMethodCaller mc(ctx);
  std::string out = gofmt::sprintf(format, args.data(), args.size(), &mc);
  nat::setStr(ctx.frame(), 0, makeString(out));
}

// func Sprint(a ...any) string
void fmtSprint(NativeCtx& ctx, uint64_t* f) {
  std::vector<GoIface> args = operands(f, 0);
  VMMethodCaller mc(ctx);
  std::string out = gofmt::sprint(args.data(), args.size(), &mc);
  nat::setStr(ctx.frame(), 0, makeString(out));
}

// func Sprintln(a ...any) string
void fmtSprintln(NativeCtx& ctx, uint64_t* f) {
  std::vector<GoIface> args = operands(f, 0);
  VMMethodCaller mc(ctx);
  std::string out = gofmt::sprintln(args.data(), args.size(), &mc);
  nat::setStr(ctx.frame(), 0, makeString(out));
}

// func errorf(format string, a []any) (msg string, wrapped int)
// Errorf's formatting: %w accepted once for an error operand; `wrapped` is
// its index in a, or -1.
void fmtErrorf(NativeCtx& ctx, uint64_t* f) {
  std::string format(nat::str(f, 0).view());
  std::vector<GoIface> args = operands(f, 2);
  VMMethodCaller mc(ctx);
  int wrapped = -1;
  std::string out = gofmt::sprintf(format, args.data(), args.size(), &mc, &wrapped);
  uint64_t* fr = ctx.frame();
  nat::setStr(fr, 0, makeString(out));
  nat::setI64(fr, 2, wrapped);
}

NativeReg r1("fmt.Sprintf", &fmtSprintf);
NativeReg r2("fmt.Sprint", &fmtSprint);
NativeReg r3("fmt.Sprintln", &fmtSprintln);
NativeReg r4("fmt.errorf", &fmtErrorf);

}  // namespace

void linkFmtNatives() {}
}  // namespace goro
