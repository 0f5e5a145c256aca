// stdlib/math_natives.cpp — natives of package math. Results are Go's, bit
// for bit (stdlib/go_math.h explains why libm is not used directly).
#include <cmath>
#include <cstring>

#include "stdlib/go_math.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

using nat::f64;
using nat::setF64;

template <double (*F)(double)>
void unary(NativeCtx&, uint64_t* f) {
  setF64(f, 0, F(f64(f, 0)));
}
template <double (*F)(double, double)>
void binary(NativeCtx&, uint64_t* f) {
  setF64(f, 0, F(f64(f, 0), f64(f, 1)));
}

double absF(double x) { return std::fabs(x); }
double copysignF(double x, double y) { return std::copysign(x, y); }

// func Float64bits(f float64) uint64 / Float64frombits(b uint64) float64: the
// slot already holds the bits.
void float64bits(NativeCtx&, uint64_t*) {}
// func Float32bits(f float32) uint32: a float32 slot holds the value as a double.
void float32bits(NativeCtx&, uint64_t* f) {
  float x = float(f64(f, 0));
  uint32_t b;
  std::memcpy(&b, &x, 4);
  f[0] = b;
}
// func Float32frombits(b uint32) float32
void float32frombits(NativeCtx&, uint64_t* f) {
  uint32_t b = uint32_t(f[0]);
  float x;
  std::memcpy(&x, &b, 4);
  setF64(f, 0, double(x));
}
// func Inf(sign int) float64
void inf(NativeCtx&, uint64_t* f) { setF64(f, 0, int64_t(f[0]) >= 0 ? HUGE_VAL : -HUGE_VAL); }
// func NaN() float64
void nan(NativeCtx&, uint64_t* f) { setF64(f, 0, gomath::goNaN()); }
// func IsNaN(f float64) (is bool)
void isNaN(NativeCtx&, uint64_t* f) { nat::setBool(f, 0, std::isnan(f64(f, 0))); }
// func IsInf(f float64, sign int) bool
void isInf(NativeCtx&, uint64_t* f) {
  double x = f64(f, 0);
  int64_t sign = int64_t(f[1]);
  nat::setBool(f, 0, (sign >= 0 && x == HUGE_VAL) || (sign <= 0 && x == -HUGE_VAL));
}
// func Signbit(x float64) bool
void signbit(NativeCtx&, uint64_t* f) { nat::setBool(f, 0, std::signbit(f64(f, 0))); }
// func Frexp(f float64) (frac float64, exp int)
void frexp(NativeCtx&, uint64_t* f) {
  int64_t e;
  double frac = gomath::frexp(f64(f, 0), &e);
  setF64(f, 0, frac);
  nat::setI64(f, 1, e);
}
// func Ldexp(frac float64, exp int) float64
void ldexp(NativeCtx&, uint64_t* f) { setF64(f, 0, gomath::ldexp(f64(f, 0), int64_t(f[1]))); }
// func Modf(f float64) (int float64, frac float64)
void modf(NativeCtx&, uint64_t* f) {
  double frac;
  double ip = gomath::modf(f64(f, 0), &frac);
  setF64(f, 0, ip);
  setF64(f, 1, frac);
}
// func Lgamma(x float64) (lgamma float64, sign int)
void lgamma(NativeCtx&, uint64_t* f) {
  int64_t sign;
  double r = gomath::lgamma(f64(f, 0), &sign);
  setF64(f, 0, r);
  nat::setI64(f, 1, sign);
}
// func FMA(x, y, z float64) float64
void fma(NativeCtx&, uint64_t* f) { setF64(f, 0, gomath::fma(f64(f, 0), f64(f, 1), f64(f, 2))); }
// func Sincos(x float64) (sin, cos float64)
void sincos(NativeCtx&, uint64_t* f) {
  double x = f64(f, 0);
  setF64(f, 0, gomath::sin(x));
  setF64(f, 1, gomath::cos(x));
}

#define UNARY(name, fn) NativeReg reg_##name("math." #name, &unary<fn>);
#define BINARY(name, fn) NativeReg reg_##name("math." #name, &binary<fn>);
UNARY(Sqrt, gomath::sqrt)
UNARY(Cbrt, gomath::cbrt)
UNARY(Exp, gomath::exp)
UNARY(Exp2, gomath::exp2)
UNARY(Expm1, gomath::expm1)
UNARY(Log, gomath::log)
UNARY(Log10, gomath::log10)
UNARY(Log2, gomath::log2)
UNARY(Log1p, gomath::log1p)
UNARY(Sin, gomath::sin)
UNARY(Cos, gomath::cos)
UNARY(Tan, gomath::tan)
UNARY(Asin, gomath::asin)
UNARY(Acos, gomath::acos)
UNARY(Atan, gomath::atan)
UNARY(Sinh, gomath::sinh)
UNARY(Cosh, gomath::cosh)
UNARY(Tanh, gomath::tanh)
UNARY(Asinh, gomath::asinh)
UNARY(Acosh, gomath::acosh)
UNARY(Atanh, gomath::atanh)
UNARY(Floor, gomath::floor)
UNARY(Ceil, gomath::ceil)
UNARY(Trunc, gomath::trunc)
UNARY(Round, gomath::round)
UNARY(RoundToEven, gomath::roundToEven)
UNARY(Abs, absF)
UNARY(Erf, gomath::erf)
UNARY(Erfc, gomath::erfc)
UNARY(Gamma, gomath::gamma)
BINARY(Pow, gomath::pow)
BINARY(Atan2, gomath::atan2)
BINARY(Hypot, gomath::hypot)
BINARY(Mod, gomath::mod)
BINARY(Remainder, gomath::remainder)
BINARY(Max, gomath::max)
BINARY(Min, gomath::min)
BINARY(Dim, gomath::dim)
BINARY(Copysign, copysignF)
BINARY(Nextafter, gomath::nextafter)
#undef UNARY
#undef BINARY
NativeReg r1("math.Float64bits", &float64bits);
NativeReg r2("math.Float64frombits", &float64bits);
NativeReg r3("math.Float32bits", &float32bits);
NativeReg r4("math.Float32frombits", &float32frombits);
NativeReg r5("math.Inf", &inf);
NativeReg r6("math.NaN", &nan);
NativeReg r7("math.IsNaN", &isNaN);
NativeReg r8("math.IsInf", &isInf);
NativeReg r9("math.Signbit", &signbit);
NativeReg r10("math.Frexp", &frexp);
NativeReg r11("math.Ldexp", &ldexp);
NativeReg r12("math.Modf", &modf);
NativeReg r13("math.Lgamma", &lgamma);
NativeReg r14("math.FMA", &fma);
NativeReg r15("math.Sincos", &sincos);

}  // namespace

void linkMathNatives() {}
}  // namespace goro
