// stdlib/go_math.cpp — Go 1.19's math algorithms (see go_math.h).
//
// Each function below evaluates the same expressions, in the same order, as
// Go's implementation for linux/amd64, so the results match bit for bit. This
// file must be compiled without floating-point contraction (no implicit FMA):
// stdlib/CMakeLists.txt passes -ffp-contract=off for it.
#include "stdlib/go_math.h"

#include <cmath>
#include <cstring>

namespace goro::gomath {
namespace {

uint64_t bitsOf(double x) {
  uint64_t b;
  std::memcpy(&b, &x, 8);
  return b;
}
double fromBits(uint64_t b) {
  double x;
  std::memcpy(&x, &b, 8);
  return x;
}

constexpr uint64_t kMask = 0x7FF;
constexpr int kShift = 64 - 11 - 1;
constexpr int kBias = 1023;
constexpr double kInf = HUGE_VAL;

// Go constant expressions, rounded once from their exact values.
const double kFourOverPi = fromBits(0x3ff45f306dc9c883);  // 4 / Pi
const double kInvLn10 = fromBits(0x3fdbcb7b1526e50e);     // 1 / Ln10
const double kInvLn2 = fromBits(0x3ff71547652b82fe);      // 1 / Ln2
const double kSqrt2Over2 = fromBits(0x3fe6a09e667f3bcd);  // Sqrt2 / 2
const double kThreePiOver4 = fromBits(0x4002d97c7f3321d2);
const double kPi = fromBits(0x400921fb54442d18);
const double kPiOver2 = fromBits(0x3ff921fb54442d18);
const double kPiOver4 = fromBits(0x3fe921fb54442d18);
const double kLn2 = fromBits(0x3fe62e42fefa39ef);

// math.IsInf(x, sign): sign > 0 only +Inf, sign < 0 only -Inf, 0 either.
bool isInf(double x, int sign) { return sign > 0 ? x == HUGE_VAL : sign < 0 ? x == -HUGE_VAL : std::isinf(x); }

double copysign(double x, double y) { return std::copysign(x, y); }

// normalize: a subnormal x scaled to a normal number, with the exponent change.
double normalize(double x, int64_t* exp) {
  const double smallestNormal = 2.2250738585072014e-308;
  if (std::fabs(x) < smallestNormal) {
    *exp = -52;
    return x * double(int64_t(1) << 52);
  }
  *exp = 0;
  return x;
}

// ---- Exp: the amd64 assembly routine (Shibata's method, from SLEEF).
bool detectFMA() {
#if defined(__x86_64__) || defined(__i386__)
  __builtin_cpu_init();
  return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
#else
  return false;
#endif
}
const bool kUseFMA = detectFMA();

// CVTSD2SL: round to nearest even; out of range gives the "integer indefinite".
int32_t cvtsd2sl(double t) {
  if (!(t > -2147483648.5 && t < 2147483647.5)) return INT32_MIN;
  return int32_t(std::nearbyint(t));
}

double archExp(double x) {
  const double LOG2E = 1.4426950408889634073599246810018920;
  const double LN2U = 0.69314718055966295651160180568695068359375;
  const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
  const double Overflow = 7.09782712893384e+02;
  const double c[9] = {0.5,
                       1.0,
                       2.0,
                       1.6666666666666666667e-1,
                       4.1666666666666666667e-2,
                       8.3333333333333333333e-3,
                       1.3888888888888888889e-3,
                       1.9841269841269841270e-4,
                       2.4801587301587301587e-5};
  uint64_t bx = bitsOf(x);
  if ((bx & ~(uint64_t(1) << 63)) >= 0x7FF0000000000000ull) {  // not finite
    if (bx == 0xFFF0000000000000ull) return 0;                // -Inf
    return x;                                                  // NaN or +Inf
  }
  if (x > Overflow) return kInf;
  int32_t k = cvtsd2sl(LOG2E * x);
  double kf = double(k);
  double r, p;
  if (kUseFMA) {
    r = std::fma(-LN2U, kf, x);
    r = std::fma(-LN2L, kf, r);
    r *= 0.0625;
    p = c[8];
    p = std::fma(p, r, c[7]);
    p = std::fma(p, r, c[6]);
    p = std::fma(p, r, c[5]);
    p = std::fma(p, r, c[4]);
    p = std::fma(p, r, c[3]);
    p = std::fma(p, r, c[0]);
    p = std::fma(p, r, c[1]);
    r *= p;
    for (int i = 0; i < 3; i++) r *= r + c[2];
    double q = r + c[2];
    r = std::fma(r, q, c[1]);
  } else {
    r = x - kf * LN2U;
    r = r - kf * LN2L;
    r *= 0.0625;
    p = c[8] * r;
    p += c[7];
    p *= r;
    p += c[6];
    p *= r;
    p += c[5];
    p *= r;
    p += c[4];
    p *= r;
    p += c[3];
    p *= r;
    p += c[0];
    p *= r;
    p += c[1];
    r *= p;
    for (int i = 0; i < 4; i++) r *= c[2] + r;
    r += c[1];
  }
  // r * 2**k, with the exponent built by hand.
  int32_t e = int32_t(uint32_t(k) + 0x3FF);
  if (e <= 0) {  // denormal
    if (e < -52) return 0;
    e += 0x3FE;
    r *= fromBits(uint64_t(uint32_t(e)) << 52);
    e = 1;
  } else if (e >= 0x7FF) {
    return kInf;
  }
  return r * fromBits(uint64_t(uint32_t(e)) << 52);
}

// ---- Log and friends (FreeBSD's e_log.c, as Go's log.go)

double logImpl(double x) {
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  const double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
               L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
               L7 = 1.479819860511658591e-01;
  if (std::isnan(x) || isInf(x, 1)) return x;
  if (x < 0) return goNaN();
  if (x == 0) return -kInf;
  int64_t ki;
  double f1 = frexp(x, &ki);
  if (f1 < kSqrt2Over2) {
    f1 *= 2;
    ki--;
  }
  double f = f1 - 1;
  double k = double(ki);
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double expmulti(double hi, double lo, int64_t k) {
  const double P1 = 1.66666666666666657415e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
               P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
  double r = hi - lo;
  double t = r * r;
  double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
  return ldexp(y, k);
}

// ---- trigonometry (Cephes, as Go's sin.go / tan.go / trig_reduce.go)

const double kSin[6] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                        -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1};
const double kCos[6] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                        2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2};
const double PI4A = 7.85398125648498535156e-1, PI4B = 3.77489470793079817668e-8, PI4C = 2.69515142907905952645e-15;
constexpr double kReduceThreshold = double(1 << 29);

// Bits of 4/pi, for Payne-Hanek reduction of huge arguments.
const uint64_t kMPi4[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909, 0xd338e04d68befc82,
    0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

// x (>= 0) reduced modulo Pi/4: the octant j and the remainder z.
void trigReduce(double x, uint64_t* j, double* z) {
  if (x < kPiOver4) {
    *j = 0;
    *z = x;
    return;
  }
  uint64_t ix = bitsOf(x);
  int exp = int((ix >> kShift) & kMask) - kBias - kShift;
  ix &= ~(kMask << kShift);
  ix |= uint64_t(1) << kShift;
  unsigned digit = unsigned(exp + 61) / 64, bitshift = unsigned(exp + 61) % 64;
  auto shl = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v << s; };
  auto shr = [](uint64_t v, unsigned s) { return s >= 64 ? 0 : v >> s; };
  uint64_t z0 = shl(kMPi4[digit], bitshift) | shr(kMPi4[digit + 1], 64 - bitshift);
  uint64_t z1 = shl(kMPi4[digit + 1], bitshift) | shr(kMPi4[digit + 2], 64 - bitshift);
  uint64_t z2 = shl(kMPi4[digit + 2], bitshift) | shr(kMPi4[digit + 3], 64 - bitshift);
  unsigned __int128 m2 = (unsigned __int128)z2 * ix;
  unsigned __int128 m1 = (unsigned __int128)z1 * ix;
  uint64_t z2hi = uint64_t(m2 >> 64);
  uint64_t z1hi = uint64_t(m1 >> 64), z1lo = uint64_t(m1);
  uint64_t z0lo = z0 * ix;
  uint64_t lo = z1lo + z2hi;
  uint64_t carry = lo < z1lo ? 1 : 0;
  uint64_t hi = z0lo + z1hi + carry;
  uint64_t jj = hi >> 61;
  hi = hi << 3 | lo >> 61;
  unsigned lz = unsigned(__builtin_clzll(hi));
  uint64_t e = uint64_t(kBias - (lz + 1));
  hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
  hi >>= 64 - kShift;
  hi |= e << kShift;
  double zz = fromBits(hi);
  if (jj & 1) {
    jj++;
    jj &= 7;
    zz--;
  }
  *j = jj;
  *z = zz * kPiOver4;
}

// Small-argument reduction shared by sin, cos and tan.
void reduce(double x, uint64_t* j, double* z, bool tanMode) {
  if (x >= kReduceThreshold) {
    trigReduce(x, j, z);
    return;
  }
  uint64_t jj = uint64_t(x * kFourOverPi);
  double y = double(jj);
  if (jj & 1) {
    jj++;
    y++;
  }
  if (!tanMode) jj &= 7;
  *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
  *j = jj;
}

double sinPoly(double z, double zz) {
  return z + z * zz * ((((((kSin[0] * zz) + kSin[1]) * zz + kSin[2]) * zz + kSin[3]) * zz + kSin[4]) * zz + kSin[5]);
}
double cosPoly(double zz) {
  return 1.0 - 0.5 * zz +
         zz * zz * ((((((kCos[0] * zz) + kCos[1]) * zz + kCos[2]) * zz + kCos[3]) * zz + kCos[4]) * zz + kCos[5]);
}

double xatan(double x) {
  const double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01, P2 = -7.500855792314704667340e+01,
               P3 = -1.228866684490136173410e+02, P4 = -6.485021904942025371773e+01, Q0 = +2.485846490142306297962e+01,
               Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02, Q3 = +4.853903996359136964868e+02,
               Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  z = x * z + x;
  return z;
}

double satan(double x) {
  const double Morebits = 6.123233995736765886130e-17, Tan3pio8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > Tan3pio8) return kPiOver2 - xatan(1 / x) + Morebits;
  return kPiOver4 + xatan((x - 1) / (x + 1)) + 0.5 * Morebits;
}

// ---- erf, erfc (FreeBSD's s_erf.c, as Go's erf.go)

const double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01, efx8 = 1.02703333676410069053e+00,
             pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02,
             pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05, qq1 = 3.97917223959155352819e-01,
             qq2 = 6.50222499887672944485e-02, qq3 = 5.08130628187576562776e-03, qq4 = 1.32494738004321644526e-04,
             qq5 = -3.96022827877536812320e-06, pa0 = -2.36211856075265944077e-03, pa1 = 4.14856118683748331666e-01,
             pa2 = -3.72207876035701323847e-01, pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01,
             pa5 = 3.54783043256182359371e-02, pa6 = -2.16637559486879084300e-03, qa1 = 1.06420880400844228286e-01,
             qa2 = 5.40397917702171048937e-01, qa3 = 7.18286544141962662868e-02, qa4 = 1.26171219808761642112e-01,
             qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02, ra0 = -9.86494403484714822705e-03,
             ra1 = -6.93858572707181764372e-01, ra2 = -1.05586262253232909814e+01, ra3 = -6.23753324503260060396e+01,
             ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02, ra6 = -8.12874355063065934246e+01,
             ra7 = -9.81432934416914548592e+00, sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02,
             sa3 = 4.34565877475229228821e+02, sa4 = 6.45387271733267880336e+02, sa5 = 4.29008140027567833386e+02,
             sa6 = 1.08635005541779435134e+02, sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02,
             rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01, rb2 = -1.77579549177547519889e+01,
             rb3 = -1.60636384855821916062e+02, rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03,
             rb6 = -4.83519191608651397019e+02, sb1 = 3.03380607434824582924e+01, sb2 = 3.25792512996573918826e+02,
             sb3 = 1.53672958608443695994e+03, sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03,
             sb6 = 4.74528541206955367215e+02, sb7 = -2.24409524465858183362e+01;
const double kInvPoint35 = fromBits(0x4006db6db6db6db7);  // 1/0.35

// erf/erfc for |x| in [1.25, 28): exp(-x*x - 0.5625 + R/S) / x, split as Go does.
double erfTail(double x) {
  double s = 1 / (x * x);
  double R, S;
  if (x < kInvPoint35) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  double z = fromBits(bitsOf(x) & 0xffffffff00000000ull);
  return archExp(-z * z - 0.5625) * archExp((z - x) * (z + x) + R / S);
}

}  // namespace

double goNaN() { return fromBits(0x7FF8000000000001ull); }

double exp(double x) { return archExp(x); }

double exp2(double x) {
  const double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  const double Overflow = 1.0239999999999999e+03, Underflow = -1.0740e+03;
  if (std::isnan(x) || isInf(x, 1)) return x;
  if (isInf(x, -1)) return 0;
  if (x > Overflow) return kInf;
  if (x < Underflow) return 0;
  int64_t k = 0;
  if (x > 0) k = int64_t(x + 0.5);
  else if (x < 0) k = int64_t(x - 0.5);
  double t = x - double(k);
  double hi = t * Ln2Hi;
  double lo = -t * Ln2Lo;
  return expmulti(hi, lo, k);
}

double expm1(double x) {
  const double Othreshold = 7.09782712893383973096e+02, Ln2X56 = 3.88162421113569373274e+01,
               Ln2HalfX3 = 1.03972077083991796413e+00, Ln2Half = 3.46573590279972654709e-01,
               Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10,
               InvLn2 = 1.44269504088896338700e+00, Tiny = 1.0 / double(int64_t(1) << 54);
  const double Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
               Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  if (isInf(x, 1) || std::isnan(x)) return x;
  if (isInf(x, -1)) return -1;
  double absx = x;
  bool sign = false;
  if (x < 0) {
    absx = -absx;
    sign = true;
  }
  if (absx >= Ln2X56) {
    if (sign) return -1;
    if (absx >= Othreshold) return kInf;
  }
  double c = 0;
  int64_t k = 0;
  if (absx > Ln2Half) {
    double hi, lo;
    if (absx < Ln2HalfX3) {
      if (!sign) {
        hi = x - Ln2Hi;
        lo = Ln2Lo;
        k = 1;
      } else {
        hi = x + Ln2Hi;
        lo = -Ln2Lo;
        k = -1;
      }
    } else {
      k = !sign ? int64_t(InvLn2 * x + 0.5) : int64_t(InvLn2 * x - 0.5);
      double t = double(k);
      hi = x - t * Ln2Hi;
      lo = t * Ln2Lo;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (absx < Tiny) {
    return x;
  }
  double hfx = 0.5 * x;
  double hxs = x * hfx;
  double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
  double t = 3 - r1 * hfx;
  double e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k == 0) return x - (x * e - hxs);
  e = (x * (e - c) - c);
  e -= hxs;
  auto addExp = [](double y, int64_t kk) { return fromBits(bitsOf(y) + (uint64_t(kk) << 52)); };
  if (k == -1) return 0.5 * (x - e) - 0.5;
  if (k == 1) {
    if (x < -0.25) return -2 * (e - (x + 0.5));
    return 1 + 2 * (x - e);
  }
  if (k <= -2 || k > 56) {
    double y = 1 - (e - x);
    y = addExp(y, k);
    return y - 1;
  }
  if (k < 20) {
    double tt = fromBits(0x3ff0000000000000ull - (0x20000000000000ull >> unsigned(k)));
    double y = tt - (e - x);
    return addExp(y, k);
  }
  t = fromBits(uint64_t(0x3ff - k) << 52);
  double y = x - (e + t);
  y++;
  return addExp(y, k);
}
double log(double x) { return logImpl(x); }
double log10(double x) { return logImpl(x) * kInvLn10; }

double log2(double x) {
  int64_t e;
  double frac = frexp(x, &e);
  if (frac == 0.5) return double(e - 1);  // exact powers of two
  return logImpl(frac) * kInvLn2 + double(e);
}

double log1p(double x) { return std::log1p(x); }

static bool isOddInt(double x) {
  double frac;
  double xi = modf(x, &frac);
  return frac == 0 && (int64_t(xi) & 1) == 1;
}

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return goNaN();
  if (x == 0) {
    if (y < 0) return isOddInt(y) ? copysign(kInf, x) : kInf;
    if (y > 0) return isOddInt(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == isInf(y, 1)) return 0;
    return kInf;
  }
  if (std::isinf(x)) {
    if (isInf(x, -1)) return pow(1 / x, -y);  // Pow(-0, -y)
    if (y < 0) return 0;
    if (y > 0) return kInf;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);

  double yf;
  double yi = modf(std::fabs(y), &yf);
  if (yf != 0 && x < 0) return goNaN();
  if (yi >= 9223372036854775808.0) {  // 1<<63: a large even integer
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return kInf;
  }
  // ans = a1 * 2**ae
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int64_t xe;
  double x1 = frexp(x, &xe);
  for (int64_t i = int64_t(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;  // certain under/overflow: Ldexp below finishes it
      break;
    }
    if ((i & 1) == 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

double sqrt(double x) { return std::sqrt(x); }

double cbrt(double x) {
  const uint64_t B1 = 715094163, B2 = 696219795;
  const double C = 5.42857142857142815906e-01, D = -7.05306122448979611050e-01, E = 1.41428571428571436819e+00,
               F = 1.60714285714285720630e+00, G = 3.57142857142857150787e-01,
               SmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double t = fromBits(bitsOf(x) / 3 + (B1 << 32));
  if (x < SmallestNormal) {
    t = double(int64_t(1) << 54);
    t *= x;
    t = fromBits(bitsOf(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = fromBits((bitsOf(t) & (0xFFFFFFFFCull << 28)) + (uint64_t(1) << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

double hypot(double p, double q) {
  if (std::isinf(p) || std::isinf(q)) return kInf;
  if (std::isnan(p) || std::isnan(q)) return goNaN();
  p = std::fabs(p);
  q = std::fabs(q);
  if (p < q) std::swap(p, q);
  if (p == 0) return 0;
  q = q / p;
  return p * std::sqrt(1 + q * q);
}

double sin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, false);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cosPoly(zz) : sinPoly(z, zz);
  return sign ? -y : y;
}

double cos(double x) {
  if (std::isnan(x) || std::isinf(x)) return goNaN();
  bool sign = false;
  x = std::fabs(x);
  uint64_t j;
  double z;
  reduce(x, &j, &z, false);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sinPoly(z, zz) : cosPoly(zz);
  return sign ? -y : y;
}

double tan(double x) {
  const double P[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  const double Q[5] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                       -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return goNaN();
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  uint64_t j;
  double z;
  reduce(x, &j, &z, true);
  double zz = z * z;
  double y;
  if (zz > 1e-14)
    y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  else
    y = z;
  if ((j & 2) == 2) y = -1 / y;
  return sign ? -y : y;
}

double asin(double x) {
  if (x == 0) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x > 1) return goNaN();
  double temp = std::sqrt(1 - x * x);
  if (x > 0.7) temp = kPiOver2 - satan(temp / x);
  else temp = satan(x / temp);
  return sign ? -temp : temp;
}

double acos(double x) { return kPiOver2 - asin(x); }

double atan(double x) {
  if (x == 0) return x;
  if (x > 0) return satan(x);
  return -satan(-x);
}

double atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return goNaN();
  if (y == 0) {
    if (x >= 0 && !std::signbit(x)) return copysign(0, y);
    return copysign(kPi, y);
  }
  if (x == 0) return copysign(kPiOver2, y);
  if (std::isinf(x)) {
    if (isInf(x, 1)) return std::isinf(y) ? copysign(kPiOver4, y) : copysign(0, y);
    return std::isinf(y) ? copysign(kThreePiOver4, y) : copysign(kPi, y);
  }
  if (std::isinf(y)) return copysign(kPiOver2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

double sinh(double x) {
  const double P0 = -0.6307673640497716991184787251e+6, P1 = -0.8991272022039509355398013511e+5,
               P2 = -0.2894211355989563807284660366e+4, P3 = -0.2630563213397497062819489e+2,
               Q0 = -0.6307673640497716991212077277e+6, Q1 = 0.1521517378790019070696485176e+5,
               Q2 = -0.173678953558233699533450911e+3;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > 21) {
    temp = exp(x) * 0.5;
  } else if (x > 0.5) {
    double ex = exp(x);
    temp = (ex - 1 / ex) * 0.5;
  } else {
    double sq = x * x;
    temp = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
    temp = temp / (((sq + Q2) * sq + Q1) * sq + Q0);
  }
  return sign ? -temp : temp;
}

double cosh(double x) {
  x = std::fabs(x);
  if (x > 21) return exp(x) * 0.5;
  double ex = exp(x);
  return (ex + 1 / ex) * 0.5;
}

double tanh(double x) {
  const double P[3] = {-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3};
  const double Q[3] = {1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3};
  const double MAXLOG = 8.8029691931113054295988e+01;
  double z = std::fabs(x);
  if (z > 0.5 * MAXLOG) return x < 0 ? -1 : 1;
  if (z >= 0.625) {
    double s = exp(2 * z);
    z = 1 - 2 / (s + 1);
    return x < 0 ? -z : z;
  }
  if (x == 0) return x;
  double s = x * x;
  return x + x * s * ((P[0] * s + P[1]) * s + P[2]) / (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

double asinh(double x) {
  const double NearZero = 1.0 / double(1 << 28), Large = double(1 << 28);
  if (std::isnan(x) || std::isinf(x)) return x;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  double temp;
  if (x > Large) temp = log(x) + kLn2;
  else if (x > 2) temp = log(2 * x + 1 / (std::sqrt(x * x + 1) + x));
  else if (x < NearZero) temp = x;
  else temp = log1p(x + x * x / (1 + std::sqrt(1 + x * x)));
  return sign ? -temp : temp;
}

double acosh(double x) {
  const double Large = double(1 << 28);
  if (x < 1 || std::isnan(x)) return goNaN();
  if (x == 1) return 0;
  if (x >= Large) return log(x) + kLn2;
  if (x > 2) return log(2 * x - 1 / (x + std::sqrt(x * x - 1)));
  double t = x - 1;
  return log1p(t + std::sqrt(2 * t + t * t));
}

double atanh(double x) { return std::atanh(x); }

double floor(double x) { return std::floor(x); }
double ceil(double x) { return std::ceil(x); }
double trunc(double x) { return std::trunc(x); }
double round(double x) { return std::round(x); }
double roundToEven(double x) { return std::nearbyint(x); }  // default rounding: to nearest even
double mod(double x, double y) {
  if (y == 0 || std::isinf(x) || std::isnan(x) || std::isnan(y)) return goNaN();
  return std::fmod(x, y);
}
double remainder(double x, double y) {
  if (std::isnan(x) || std::isnan(y) || std::isinf(x) || y == 0) return goNaN();
  return std::remainder(x, y);
}

double max(double x, double y) {
  if (isInf(x, 1) || isInf(y, 1)) return kInf;
  if (std::isnan(x) || std::isnan(y)) return goNaN();
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

double min(double x, double y) {
  if (isInf(x, -1) || isInf(y, -1)) return -kInf;
  if (std::isnan(x) || std::isnan(y)) return goNaN();
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

double dim(double x, double y) {
  double v = x - y;
  return v <= 0 ? 0 : v;
}

double frexp(double f, int64_t* exp) {
  *exp = 0;
  if (f == 0 || std::isinf(f) || std::isnan(f)) return f;
  int64_t e;
  f = normalize(f, &e);
  uint64_t x = bitsOf(f);
  *exp = e + int64_t((x >> kShift) & kMask) - kBias + 1;
  x &= ~(kMask << kShift);
  x |= uint64_t(-1 + kBias) << kShift;
  return fromBits(x);
}

double ldexp(double frac, int64_t exp) {
  if (frac == 0 || std::isinf(frac) || std::isnan(frac)) return frac;
  int64_t e;
  frac = normalize(frac, &e);
  exp += e;
  uint64_t x = bitsOf(frac);
  exp += int64_t((x >> kShift) & kMask) - kBias;
  if (exp < -1075) return copysign(0, frac);
  if (exp > 1023) return frac < 0 ? -kInf : kInf;
  double m = 1;
  if (exp < -1022) {  // denormal
    exp += 53;
    m = 1.0 / double(int64_t(1) << 53);
  }
  x &= ~(kMask << kShift);
  x |= uint64_t(exp + kBias) << kShift;
  return m * fromBits(x);
}

double modf(double f, double* frac) {
  if (f < 1) {
    if (f < 0) {
      double fr;
      double ip = modf(-f, &fr);
      *frac = -fr;
      return -ip;
    }
    if (f == 0) {
      *frac = f;
      return f;
    }
    *frac = f;
    return 0;
  }
  uint64_t x = bitsOf(f);
  unsigned e = unsigned((x >> kShift) & kMask) - kBias;
  if (e < 64 - 12) x &= ~((uint64_t(1) << (64 - 12 - e)) - 1);
  double ip = fromBits(x);
  *frac = f - ip;
  return ip;
}

double erf(double x) {
  const double VeryTiny = 2.848094538889218e-306, Small = 1.0 / double(1 << 28);
  if (std::isnan(x)) return goNaN();
  if (isInf(x, 1)) return 1;
  if (isInf(x, -1)) return -1;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    double temp;
    if (x < Small) {
      temp = x < VeryTiny ? 0.125 * (8.0 * x + efx8 * x) : x + efx * x;
    } else {
      double z = x * x;
      double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
      double q = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
      double y = r / q;
      temp = x + x * y;
    }
    return sign ? -temp : temp;
  }
  if (x < 1.25) {
    double s = x - 1;
    double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return sign ? -erx - P / Q : erx + P / Q;
  }
  if (x >= 6) return sign ? -1 : 1;
  double r = erfTail(x);
  return sign ? r / x - 1 : 1 - r / x;
}

double erfc(double x) {
  const double Tiny = 1.0 / double(int64_t(1) << 56);
  if (std::isnan(x)) return goNaN();
  if (isInf(x, 1)) return 0;
  if (isInf(x, -1)) return 2;
  bool sign = false;
  if (x < 0) {
    x = -x;
    sign = true;
  }
  if (x < 0.84375) {
    double temp;
    if (x < Tiny) {
      temp = x;
    } else {
      double z = x * x;
      double r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
      double q = 1 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
      double y = r / q;
      temp = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
    }
    return sign ? 1 + temp : 1 - temp;
  }
  if (x < 1.25) {
    double s = x - 1;
    double P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
    double Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
    return sign ? 1 + erx + P / Q : 1 - erx - P / Q;
  }
  if (x < 28) {
    if (sign && x > 6 && x >= kInvPoint35) return 2;
    double r = erfTail(x);
    return sign ? 2 - r / x : r / x;
  }
  return sign ? 2 : 0;
}
// Gamma (Cephes, as Go's gamma.go): Stirling's formula for large |x|, a
// rational approximation on [2, 3) after recurrence otherwise.
static void stirling(double x, double* y1, double* y2) {
  static const double S[5] = {7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
                              3.47222221605458667310e-03, 8.33333333333482257126e-02};
  if (x > 200) {
    *y1 = kInf;
    *y2 = 1;
    return;
  }
  const double SqrtTwoPi = 2.506628274631000502417, MaxStirling = 143.01608;
  double w = 1 / x;
  w = 1 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4]);
  double a = exp(x);
  double b = 1.0;
  if (x > MaxStirling) {
    double v = pow(x, 0.5 * x - 0.25);
    b = v / a;
    a = v;
  } else {
    a = pow(x, x - 0.5) / a;
  }
  *y1 = a;
  *y2 = SqrtTwoPi * w * b;
}

double gamma(double x) {
  static const double P[7] = {1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
                              4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
                              9.99999999999999996796e-01};
  static const double Q[8] = {-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
                              1.18139785222060435552e-02,  3.58236398605498653373e-02, -2.34591795718243348568e-01,
                              7.14304917030273074085e-02,  1.00000000000000000320e+00};
  const double Euler = 0.57721566490153286060651209008240243104215933593992;
  double xf;
  if ((x < 0 && (modf(x, &xf), xf == 0)) || isInf(x, -1) || std::isnan(x)) return goNaN();
  if (isInf(x, 1)) return kInf;
  if (x == 0) return std::signbit(x) ? -kInf : kInf;
  double q = std::fabs(x);
  double p = std::floor(q);
  if (q > 33) {
    if (x >= 0) {
      double y1, y2;
      stirling(x, &y1, &y2);
      return y1 * y2;
    }
    int signgam = (int64_t(p) & 1) == 0 ? -1 : 1;
    double z = q - p;
    if (z > 0.5) {
      p = p + 1;
      z = q - p;
    }
    z = q * sin(kPi * z);
    if (z == 0) return signgam < 0 ? -kInf : kInf;
    double sq1, sq2;
    stirling(q, &sq1, &sq2);
    double absz = std::fabs(z);
    double d = absz * sq1 * sq2;
    if (std::isinf(d)) z = kPi / absz / sq1 / sq2;
    else z = kPi / d;
    return double(signgam) * z;
  }
  double z = 1.0;
  while (x >= 3) {
    x = x - 1;
    z = z * x;
  }
  while (x < 0) {
    if (x > -1e-09) goto small;
    z = z / x;
    x = x + 1;
  }
  while (x < 2) {
    if (x < 1e-09) goto small;
    z = z / x;
    x = x + 1;
  }
  if (x == 2) return z;
  x = x - 2;
  p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6];
  q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7];
  return z * p / q;
small:
  if (x == 0) return kInf;
  return z / ((1 + Euler * x) * x);
}
double lgamma(double x, int64_t* sign) {
  int s = 1;
  double r = ::lgamma_r(x, &s);
  *sign = s;
  return r;
}
double fma(double x, double y, double z) { return std::fma(x, y, z); }
double nextafter(double x, double y) { return std::nextafter(x, y); }

}  // namespace goro::gomath
