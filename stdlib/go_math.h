// stdlib/go_math.h — package math's functions with Go's results, bit for bit.
//
// The C library's libm is more accurate than Go's math package in places (it
// is often correctly rounded), which is exactly the problem: Go programs print
// Go's values, and `fmt.Println(math.Log10(1000))` must print
// 2.9999999999999996 as Go does. So the transcendental functions here follow
// the algorithms of Go 1.19's math package (Cephes / FreeBSD msun ports) on
// linux/amd64, where Exp is an assembly routine (with an FMA variant chosen by
// the CPU, as Go chooses) and Log and Hypot behave as their pure-Go versions.
// Operations that IEEE 754 defines exactly (sqrt, floor, fmod, remainder,
// fma, ...) use the C library, which gives the same results; so do Log1p and
// Atanh (measured identical to Go's on 10^4 random arguments). Lgamma is the
// C library's and may differ from Go's in the last bits.
//
// Go's constant expressions (4/Pi, 1/Ln10, ...) are exact before rounding, so
// they are written here as the bit patterns Go produces.
#pragma once
#include <cstdint>

namespace goro::gomath {

double goNaN();  // math.NaN(): 0x7FF8000000000001

double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log10(double x);
double log2(double x);
double log1p(double x);
double pow(double x, double y);
double sqrt(double x);
double cbrt(double x);
double hypot(double p, double q);

double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);

double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);        // half away from zero
double roundToEven(double x);
double mod(double x, double y);
double remainder(double x, double y);
double max(double x, double y);  // Go's special cases (+Inf wins over NaN, +0 over -0)
double min(double x, double y);
double dim(double x, double y);
double frexp(double f, int64_t* exp);   // (±0|Inf|NaN, 0) for special values
double ldexp(double frac, int64_t exp);
double modf(double f, double* frac);    // returns the integer part
double erf(double x);
double erfc(double x);
double gamma(double x);
double lgamma(double x, int64_t* sign);
double fma(double x, double y, double z);
double nextafter(double x, double y);

}  // namespace goro::gomath
