// stdlib/fmt_natives.cpp — natives of package fmt: the formatting engine
// (stdlib/fmt_format.cpp) bound to Go's Sprintf, Sprint, Sprintln.
#include <gc/gc.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/g.h"
#include "runtime/panic.h"
#include "stdlib/fmt_format.h"
#include "stdlib/native_args.h"
#include "stdlib/strconv_impl.h"

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

  // Run call() (Go code, through ctx) as fmt's catchPanic expects: a panic
  // in it is recovered into *panicValue. call returns false if there was no
  // method to call.
  template <class F>
  gofmt::CallResult guarded(F&& call, GoIface* panicValue) {
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
    bool found;
    try {
      found = call();
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
    return found ? gofmt::CallResult::Ok : gofmt::CallResult::NoMethod;
  }

  gofmt::CallResult callStringMethod(const GoIface& v, const char* name, std::string* out,
                                     GoIface* panicValue) override {
    GoString s{nullptr, 0};
    gofmt::CallResult r = guarded([&] { return ctx.callStringMethod(v, name, &s); }, panicValue);
    if (r == gofmt::CallResult::Ok) out->assign(s.view());
    return r;
  }

  // Through fmt.callFormat (stdlib/go/fmt/print.go), which gives Format its State.
  gofmt::CallResult callFormat(const GoIface& v, char32_t verb, int wid, bool hasWid, int prec, bool hasPrec,
                               const std::string& flags, std::string* out, GoIface* panicValue) override {
    static Closure* const callFormat = [](const Program* prog) -> Closure* {
      for (FuncProto* f : prog->funcs) {
        if (f->name != "fmt.callFormat") continue;
        auto* c = static_cast<Closure*>(GC_MALLOC_UNCOLLECTABLE(sizeof(Closure)));
        c->fn = f;
        c->ncaps = 0;
        return c;
      }
      return nullptr;
    }(ctx.prog);
    if (!callFormat) return gofmt::CallResult::NoMethod;
    GoString fl = makeString(flags);
    uint64_t args[9] = {reinterpret_cast<uint64_t>(v.type), reinterpret_cast<uint64_t>(v.data), uint64_t(verb),
                        uint64_t(int64_t(wid)), uint64_t(int64_t(prec)), hasWid, hasPrec,
                        reinterpret_cast<uint64_t>(fl.ptr), uint64_t(fl.len)};
    uint64_t res[2] = {0, 0};
    gofmt::CallResult r = guarded(
        [&] {
          ctx.callClosure(callFormat, args, 9, res, 2);
          return true;
        },
        panicValue);
    if (r == gofmt::CallResult::Ok) {
      GoString s;
      std::memcpy(&s, res, sizeof s);
      out->assign(s.view());
    }
    return r;
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

// ---- Scan's targets of named types (stdlib/go/fmt/scan.go: scanOne's
// fallback, which Go writes with package reflect)

enum ScanTarget : int64_t { kNotPointer, kBool, kInt, kUint, kString, kBytes, kFloat, kOther };

// func scanTarget(arg any) (kind, bits int)
void fmtScanTarget(NativeCtx&, uint64_t* f) {
  GoIface v = nat::iface(f, 0);
  int64_t kind = kNotPointer, bits = 0;
  if (v.type && v.type->underlying->kind == Kind::Pointer) {
    const Type* e = v.type->underlying->elem->underlying;
    bits = e->size * 8;
    switch (e->kind) {
      case Kind::Bool: kind = kBool; break;
      case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64: kind = kInt; break;
      case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
      case Kind::Uintptr: kind = kUint; break;
      case Kind::String: kind = kString; break;
      case Kind::Slice: kind = e->elem->underlying->kind == Kind::Uint8 ? kBytes : kOther; break;
      case Kind::Float32: case Kind::Float64: kind = kFloat; break;
      default: kind = kOther; break;
    }
  }
  nat::setI64(f, 0, kind);
  nat::setI64(f, 1, bits);
}

// func setScanned(arg any, kind int, i uint64, f float64, str string)
void fmtSetScanned(NativeCtx&, uint64_t* f) {
  GoIface v = nat::iface(f, 0);
  int64_t kind = nat::i64(f, 2);
  uint64_t i = f[3];
  double d = nat::f64(f, 4);
  GoString str = nat::str(f, 5);
  void* p = v.data;
  if (!p) panicRuntimeError("invalid memory address or nil pointer dereference");
  int64_t size = v.type->underlying->elem->size;
  switch (kind) {
    case kBool: case kInt: case kUint: std::memcpy(p, &i, size_t(size)); break;  // (little-endian: the low bytes)
    case kFloat:
      if (size == 4) {
        float x = float(d);
        std::memcpy(p, &x, 4);
      } else {
        std::memcpy(p, &d, 8);
      }
      break;
    case kString: std::memcpy(p, &str, sizeof str); break;
    case kBytes: {
      auto* b = static_cast<uint8_t*>(gcAllocAtomic(size_t(str.len)));
      if (str.len) std::memcpy(b, str.ptr, size_t(str.len));
      GoSlice s{b, str.len, str.len};
      std::memcpy(p, &s, sizeof s);
      break;
    }
    default: break;
  }
}

// ---- number and string conversions of the scanner (strconv's, with the
// text of the *strconv.NumError Go's scanner would return)

std::string numErrorText(const char* fn, std::string_view num, strconv::NumError e) {
  std::string s = std::string("strconv.") + fn + ": parsing ";
  strconv::appendQuote(s, num);
  s += e == strconv::NumError::Range ? ": value out of range" : ": invalid syntax";
  return s;
}

GoString errString(const char* fn, std::string_view num, strconv::NumError e) {
  return e == strconv::NumError::None ? GoString{nullptr, 0} : makeString(numErrorText(fn, num, e));
}

// func parseInt(s string, base int) (v int64, err string)
void fmtParseInt(NativeCtx&, uint64_t* f) {
  std::string s(nat::str(f, 0).view());
  strconv::NumError e = strconv::NumError::None;
  int64_t v = strconv::parseInt(s, int(nat::i64(f, 2)), 64, &e);
  nat::setI64(f, 0, v);
  nat::setStr(f, 1, errString("ParseInt", s, e));
}

// func parseUint(s string, base int) (v uint64, err string)
void fmtParseUint(NativeCtx&, uint64_t* f) {
  std::string s(nat::str(f, 0).view());
  strconv::NumError e = strconv::NumError::None;
  uint64_t v = strconv::parseUint(s, int(nat::i64(f, 2)), 64, &e);
  f[0] = v;
  nat::setStr(f, 1, errString("ParseUint", s, e));
}

// func parseFloat(s string, bits int, num string) (v float64, err string)
void fmtParseFloat(NativeCtx&, uint64_t* f) {
  std::string s(nat::str(f, 0).view()), num(nat::str(f, 3).view());
  strconv::NumError e = strconv::NumError::None;
  double v = strconv::parseFloat(s, int(nat::i64(f, 2)), &e);
  nat::setF64(f, 0, v);
  nat::setStr(f, 1, errString("ParseFloat", num, e));
}

// func atoi(s string, num string) (v int, err string)
void fmtAtoi(NativeCtx&, uint64_t* f) {
  std::string s(nat::str(f, 0).view()), num(nat::str(f, 2).view());
  strconv::NumError e = strconv::NumError::None;
  int64_t v = strconv::parseInt(s, 10, 64, &e);
  nat::setI64(f, 0, v);
  nat::setStr(f, 1, errString("Atoi", num, e));
}

// func unquote(s string) (t string, ok bool)
void fmtUnquote(NativeCtx&, uint64_t* f) {
  std::string out;
  bool ok = strconv::unquote(nat::str(f, 0).view(), &out);
  nat::setStr(f, 0, ok ? makeString(out) : GoString{nullptr, 0});
  nat::setBool(f, 2, ok);
}

// func ldexp(frac float64, exp int) float64
void fmtLdexp(NativeCtx&, uint64_t* f) {
  int64_t e = nat::i64(f, 1);
  if (e > 100000) e = 100000;  // (beyond any double's range either way)
  if (e < -100000) e = -100000;
  nat::setF64(f, 0, std::ldexp(nat::f64(f, 0), int(e)));
}

NativeReg r1("fmt.Sprintf", &fmtSprintf);
NativeReg r2("fmt.Sprint", &fmtSprint);
NativeReg r3("fmt.Sprintln", &fmtSprintln);
NativeReg r4("fmt.errorf", &fmtErrorf);
NativeReg r5("fmt.scanTarget", &fmtScanTarget);
NativeReg r6("fmt.setScanned", &fmtSetScanned);
NativeReg r7("fmt.parseInt", &fmtParseInt);
NativeReg r8("fmt.parseUint", &fmtParseUint);
NativeReg r9("fmt.parseFloat", &fmtParseFloat);
NativeReg r10("fmt.atoi", &fmtAtoi);
NativeReg r11("fmt.unquote", &fmtUnquote);
NativeReg r12("fmt.ldexp", &fmtLdexp);

}  // namespace

void linkFmtNatives() {}
}  // namespace goro
