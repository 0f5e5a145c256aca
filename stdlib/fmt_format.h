// stdlib/fmt_format.h — Go's fmt formatting engine (Sprintf, Sprint, Sprintln)
// over goro values: interface values (GoIface) whose dynamic types are
// runtime Type descriptors (runtime/type.h) and whose data is in Go's memory
// layout.
//
// The output is Go 1.19's, byte for byte: the same verbs, flags, widths and
// precisions, the same `%!verb(type=value)` / `%!v(MISSING)` / `%!(EXTRA ...)`
// diagnostics, maps printed with sorted keys (internal/fmtsort's order), and
// Error() / String() / GoString() methods honoured where fmt's handleMethods
// honours them. The structure follows fmt/print.go (pp: argument handling,
// reflection-driven printValue) and fmt/format.go (fmt: padding and number
// layout); numbers go through stdlib/strconv_impl.h.
//
// Not supported: the Formatter interface (a Format(State, rune) method is
// ignored), complex numbers (goro has none).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "vm/native.h"

namespace goro::gofmt {

enum class CallResult {
  NoMethod,  // the dynamic type has no such method (func() string)
  Ok,        // *out holds the method's result
  Panicked,  // the method panicked; *panicValue holds the recovered value
};

// How the engine calls String(), Error() and GoString() methods. The VM's
// implementation (stdlib/fmt_natives.cpp) runs Go code through NativeCtx;
// tests supply their own.
struct MethodCaller {
  virtual ~MethodCaller() = default;
  virtual CallResult callStringMethod(const GoIface& v, const char* name, std::string* out, GoIface* panicValue) = 0;
  // v.Format(state, verb) for a fmt.Formatter v: *out gets what Format
  // wrote. State.Width and Precision report wid and prec with hasWid and
  // hasPrec; flags holds the set ones of "-+# 0" (as State.Flag reports them).
  virtual CallResult callFormat(const GoIface& v, char32_t verb, int wid, bool hasWid, int prec, bool hasPrec,
                                const std::string& flags, std::string* out, GoIface* panicValue) {
    (void)v, (void)verb, (void)wid, (void)hasWid, (void)prec, (void)hasPrec, (void)flags, (void)out, (void)panicValue;
    return CallResult::NoMethod;
  }
};

// fmt.Sprintf(format, args...). With `wrapped` non-null the call behaves as
// fmt.Errorf's formatting: one %w verb is accepted for an error argument
// (printed as %v) and *wrapped gets that argument's index, or -1.
std::string sprintf(std::string_view format, const GoIface* args, size_t nargs, MethodCaller* mc,
                    int* wrapped = nullptr);
// fmt.Sprint(args...): spaces between operands when neither is a string.
std::string sprint(const GoIface* args, size_t nargs, MethodCaller* mc);
// fmt.Sprintln(args...): spaces between all operands, then a newline.
std::string sprintln(const GoIface* args, size_t nargs, MethodCaller* mc);

// Appending variants (the buffer is reused by the natives).
void appendSprintf(std::string& out, std::string_view format, const GoIface* args, size_t nargs,
                   MethodCaller* mc, int* wrapped = nullptr);
void appendSprint(std::string& out, const GoIface* args, size_t nargs, MethodCaller* mc);
void appendSprintln(std::string& out, const GoIface* args, size_t nargs, MethodCaller* mc);

}  // namespace goro::gofmt
