// vm/constant.cpp — exact constant arithmetic (see vm/constant.h).
#include "vm/constant.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

namespace goro::constant {

ConstValue makeBool(bool b) {
  ConstValue v;
  v.k = K::Bool;
  v.b = b;
  return v;
}
ConstValue makeInt(__int128 i) {
  ConstValue v;
  v.k = K::Int;
  v.i = i;
  return v;
}
ConstValue makeFloat(long double f) {
  ConstValue v;
  v.k = K::Float;
  v.f = f;
  return v;
}
ConstValue makeString(std::string s) {
  ConstValue v;
  v.k = K::String;
  v.s = std::move(s);
  return v;
}

static const __int128 kI128Max = (__int128)(((unsigned __int128)1 << 127) - 1);
static const __int128 kI128Min = -kI128Max - 1;

// ---------------------------------------------------------------------------
// Big integers. gc keeps untyped integer constants exact up to 512 bits; we
// compute on 640-bit two's complement numbers and report an overflow past 512
// bits. A value that does not fit in __int128 is stored in a ConstValue of kind
// Int with its exact decimal text in `s` (and `i` saturated): such a value can
// only be an untyped constant (every typed integer fits in 64 bits).
namespace {
constexpr int kLimbs = 10;
struct Big {
  uint64_t w[kLimbs] = {};
  bool neg() const { return w[kLimbs - 1] >> 63; }
};

Big fromI128(__int128 v) {
  Big b;
  unsigned __int128 u = (unsigned __int128)v;
  b.w[0] = uint64_t(u);
  b.w[1] = uint64_t(u >> 64);
  uint64_t ext = v < 0 ? ~uint64_t(0) : 0;
  for (int i = 2; i < kLimbs; i++) b.w[i] = ext;
  return b;
}

bool fitsI128(const Big& b, __int128* out) {
  uint64_t ext = (b.w[1] >> 63) ? ~uint64_t(0) : 0;
  for (int i = 2; i < kLimbs; i++)
    if (b.w[i] != ext) return false;
  *out = (__int128)(((unsigned __int128)b.w[1] << 64) | b.w[0]);
  return true;
}

Big bneg(const Big& a) {
  Big r;
  unsigned __int128 carry = 1;
  for (int i = 0; i < kLimbs; i++) {
    unsigned __int128 t = (unsigned __int128)(~a.w[i]) + carry;
    r.w[i] = uint64_t(t);
    carry = t >> 64;
  }
  return r;
}

Big babs(const Big& a) { return a.neg() ? bneg(a) : a; }

Big badd(const Big& a, const Big& b) {
  Big r;
  unsigned __int128 carry = 0;
  for (int i = 0; i < kLimbs; i++) {
    unsigned __int128 t = (unsigned __int128)a.w[i] + b.w[i] + carry;
    r.w[i] = uint64_t(t);
    carry = t >> 64;
  }
  return r;
}

Big bsub(const Big& a, const Big& b) { return badd(a, bneg(b)); }

int bitlen(const Big& a) {  // of |a|
  Big m = babs(a);
  for (int i = kLimbs - 1; i >= 0; i--)
    if (m.w[i]) return i * 64 + (64 - __builtin_clzll(m.w[i]));
  return 0;
}

int ucmp(const Big& a, const Big& b) {  // magnitudes (both non-negative)
  for (int i = kLimbs - 1; i >= 0; i--)
    if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
  return 0;
}

int bcmp(const Big& a, const Big& b) {
  bool na = a.neg(), nb = b.neg();
  if (na != nb) return na ? -1 : 1;
  return ucmp(a, b);  // same sign: two's complement order matches
}

bool isZeroB(const Big& a) {
  for (uint64_t x : a.w)
    if (x) return false;
  return true;
}

// magnitude multiply; false if the product needs more than 600 bits
bool bmul(const Big& a, const Big& b, Big* out) {
  if (bitlen(a) + bitlen(b) > 600) return false;
  Big x = babs(a), y = babs(b), r;
  for (int i = 0; i < kLimbs; i++) {
    if (!x.w[i]) continue;
    unsigned __int128 carry = 0;
    for (int j = 0; i + j < kLimbs; j++) {
      unsigned __int128 t = (unsigned __int128)x.w[i] * y.w[j] + r.w[i + j] + carry;
      r.w[i + j] = uint64_t(t);
      carry = t >> 64;
    }
  }
  *out = (a.neg() != b.neg()) ? bneg(r) : r;
  return true;
}

Big bshl1(const Big& a, int s) {  // logical shift left by s < 640
  Big r;
  int limb = s / 64, bit = s % 64;
  for (int i = kLimbs - 1; i >= 0; i--) {
    int src = i - limb;
    if (src < 0) continue;
    uint64_t v = a.w[src] << bit;
    if (bit && src > 0) v |= a.w[src - 1] >> (64 - bit);
    r.w[i] = v;
  }
  return r;
}

Big bshr(const Big& a, int s) {  // arithmetic shift right
  if (s >= kLimbs * 64) return a.neg() ? fromI128(-1) : Big{};
  Big r;
  uint64_t ext = a.neg() ? ~uint64_t(0) : 0;
  int limb = s / 64, bit = s % 64;
  for (int i = 0; i < kLimbs; i++) {
    int src = i + limb;
    uint64_t lo = src < kLimbs ? a.w[src] : ext;
    uint64_t hi = src + 1 < kLimbs ? a.w[src + 1] : ext;
    r.w[i] = bit ? (lo >> bit) | (hi << (64 - bit)) : lo;
  }
  return r;
}

// truncated division of magnitudes: q = a / b, r = a % b (b != 0)
void bdivmod(const Big& a, const Big& b, Big* q, Big* r) {
  Big x = babs(a), y = babs(b), qq, rr;
  for (int i = bitlen(x) - 1; i >= 0; i--) {
    rr = bshl1(rr, 1);
    rr.w[0] |= (x.w[i / 64] >> (i % 64)) & 1;
    if (ucmp(rr, y) >= 0) {
      rr = bsub(rr, y);
      qq.w[i / 64] |= uint64_t(1) << (i % 64);
    }
  }
  *q = (a.neg() != b.neg()) ? bneg(qq) : qq;
  *r = a.neg() ? bneg(rr) : rr;
}

std::string btoString(const Big& a) {
  if (isZeroB(a)) return "0";
  Big m = babs(a);
  Big ten18 = fromI128((__int128)1000000000000000000LL);
  std::vector<uint64_t> parts;
  while (!isZeroB(m)) {
    Big q, r;
    bdivmod(m, ten18, &q, &r);
    parts.push_back(r.w[0]);
    m = q;
  }
  std::string s = a.neg() ? "-" : "";
  char buf[32];
  snprintf(buf, sizeof buf, "%llu", (unsigned long long)parts.back());
  s += buf;
  for (size_t i = parts.size() - 1; i-- > 0;) {
    snprintf(buf, sizeof buf, "%018llu", (unsigned long long)parts[i]);
    s += buf;
  }
  return s;
}

Big bfromString(const std::string& s) {  // decimal, optional '-'
  Big r;
  Big ten = fromI128(10);
  size_t i = 0;
  bool neg = !s.empty() && s[0] == '-';
  if (neg) i = 1;
  for (; i < s.size(); i++) {
    Big t;
    bmul(r, ten, &t);
    r = badd(t, fromI128(s[i] - '0'));
  }
  return neg ? bneg(r) : r;
}

// An integral finite long double as a Big (false if too large).
bool bfromFloat(long double f, Big* out) {
  if (!std::isfinite(f) || f != std::trunc(f)) return false;
  bool neg = f < 0;
  if (neg) f = -f;
  int exp;
  long double m = std::frexp(f, &exp);  // f = m * 2^exp, 0.5 <= m < 1
  if (exp > 600) return false;
  uint64_t mant = (uint64_t)std::ldexp(m, 64);  // 64 significant bits
  Big r = fromI128((__int128)(unsigned __int128)mant);
  if (exp >= 64) r = bshl1(r, exp - 64);
  else r = bshr(r, 64 - exp);
  *out = neg ? bneg(r) : r;
  return true;
}

// ---------------------------------------------------------------------------
// Exact float constants. go/constant keeps an untyped float as a big.Rat while
// its numerator and denominator stay small and switches to a 512-bit big.Float
// past that; we keep a rational of natural numbers (Nat, any length) up to
// kMaxRatBits per part and fall back to the long double past that. A Float
// ConstValue always has `f` (the value rounded to long double, what the
// compiler reads); when `s` is not empty it holds the exact value as
// "[-]NUM/DEN" in hex (reduced, DEN > 0). An empty `s` means exactly `f`
// (every long double is a dyadic rational).
constexpr int kMaxRatBits = 20000;  // (every float literal parseFloatLit takes: 10^5000 is 16610 bits)

struct Nat {  // little-endian 32-bit limbs, no leading zero limbs
  std::vector<uint32_t> d;
  bool zero() const { return d.empty(); }
  void trim() {
    while (!d.empty() && d.back() == 0) d.pop_back();
  }
};

Nat natU64(uint64_t v) {
  Nat r;
  while (v) {
    r.d.push_back(uint32_t(v));
    v >>= 32;
  }
  return r;
}

int natBitlen(const Nat& a) {
  if (a.zero()) return 0;
  return int(a.d.size() - 1) * 32 + (32 - __builtin_clz(a.d.back()));
}

int natCmp(const Nat& a, const Nat& b) {
  if (a.d.size() != b.d.size()) return a.d.size() < b.d.size() ? -1 : 1;
  for (size_t i = a.d.size(); i-- > 0;)
    if (a.d[i] != b.d[i]) return a.d[i] < b.d[i] ? -1 : 1;
  return 0;
}

Nat natAdd(const Nat& a, const Nat& b) {
  Nat r;
  size_t n = std::max(a.d.size(), b.d.size());
  r.d.resize(n + 1);
  uint64_t c = 0;
  for (size_t i = 0; i < n; i++) {
    c += uint64_t(i < a.d.size() ? a.d[i] : 0) + (i < b.d.size() ? b.d[i] : 0);
    r.d[i] = uint32_t(c);
    c >>= 32;
  }
  r.d[n] = uint32_t(c);
  r.trim();
  return r;
}

Nat natSub(const Nat& a, const Nat& b) {  // a >= b
  Nat r;
  r.d.resize(a.d.size());
  int64_t br = 0;
  for (size_t i = 0; i < a.d.size(); i++) {
    int64_t t = int64_t(a.d[i]) - (i < b.d.size() ? b.d[i] : 0) - br;
    br = t < 0;
    r.d[i] = uint32_t(t + (br << 32));
  }
  r.trim();
  return r;
}

Nat natMul(const Nat& a, const Nat& b) {
  Nat r;
  if (a.zero() || b.zero()) return r;
  r.d.assign(a.d.size() + b.d.size(), 0);
  for (size_t i = 0; i < a.d.size(); i++) {
    uint64_t c = 0;
    for (size_t j = 0; j < b.d.size(); j++) {
      c += uint64_t(a.d[i]) * b.d[j] + r.d[i + j];
      r.d[i + j] = uint32_t(c);
      c >>= 32;
    }
    r.d[i + b.d.size()] = uint32_t(c);
  }
  r.trim();
  return r;
}

Nat natShl(const Nat& a, int s) {
  if (a.zero()) return a;
  Nat r;
  int limbs = s / 32, bits = s % 32;
  r.d.assign(a.d.size() + limbs + 1, 0);
  for (size_t i = 0; i < a.d.size(); i++) {
    uint64_t v = uint64_t(a.d[i]) << bits;
    r.d[i + limbs] |= uint32_t(v);
    r.d[i + limbs + 1] |= uint32_t(v >> 32);
  }
  r.trim();
  return r;
}

Nat natShr(const Nat& a, int s) {
  size_t limbs = size_t(s / 32);
  int bits = s % 32;
  Nat r;
  if (limbs >= a.d.size()) return r;
  r.d.resize(a.d.size() - limbs);
  for (size_t i = 0; i < r.d.size(); i++) {
    uint64_t lo = a.d[i + limbs];
    uint64_t hi = i + limbs + 1 < a.d.size() ? a.d[i + limbs + 1] : 0;
    r.d[i] = uint32_t(((hi << 32) | lo) >> bits);
  }
  r.trim();
  return r;
}

// q = a / b, r = a % b (b != 0): Knuth's algorithm D.
void natDivmod(const Nat& a, const Nat& b, Nat* q, Nat* r) {
  if (natCmp(a, b) < 0) {
    *q = Nat{};
    *r = a;
    return;
  }
  if (b.d.size() == 1) {
    Nat qq;
    qq.d.resize(a.d.size());
    uint64_t rem = 0;
    for (size_t i = a.d.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a.d[i];
      qq.d[i] = uint32_t(cur / b.d[0]);
      rem = cur % b.d[0];
    }
    qq.trim();
    *q = qq;
    *r = natU64(rem);
    return;
  }
  int s = __builtin_clz(b.d.back());
  Nat u = natShl(a, s), v = natShl(b, s);
  size_t n = v.d.size(), m = u.d.size() - n;
  u.d.push_back(0);
  if (u.d.size() < n + m + 1) u.d.resize(n + m + 1, 0);
  Nat qq;
  qq.d.assign(m + 1, 0);
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (uint64_t(u.d[j + n]) << 32) | u.d[j + n - 1];
    uint64_t qhat = num / v.d[n - 1], rhat = num % v.d[n - 1];
    while (qhat > 0xffffffffull || qhat * v.d[n - 2] > ((rhat << 32) | u.d[j + n - 2])) {
      qhat--;
      rhat += v.d[n - 1];
      if (rhat > 0xffffffffull) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * v.d[i] + carry;
      carry = p >> 32;
      int64_t t = int64_t(u.d[i + j]) - int64_t(uint32_t(p)) - borrow;
      borrow = t < 0;
      u.d[i + j] = uint32_t(t + (borrow << 32));
    }
    int64_t t = int64_t(u.d[j + n]) - int64_t(carry) - borrow;
    borrow = t < 0;
    u.d[j + n] = uint32_t(t);
    if (borrow) {  // qhat was one too large: add v back
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        c += uint64_t(u.d[i + j]) + v.d[i];
        u.d[i + j] = uint32_t(c);
        c >>= 32;
      }
      u.d[j + n] = uint32_t(u.d[j + n] + c);
    }
    qq.d[j] = uint32_t(qhat);
  }
  qq.trim();
  u.trim();
  *q = qq;
  *r = natShr(u, s);
}

Nat natGcd(Nat a, Nat b) {
  while (!b.zero()) {
    Nat q, r;
    natDivmod(a, b, &q, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

std::string natHex(const Nat& a) {
  if (a.zero()) return "0";
  std::string s;
  char buf[16];
  snprintf(buf, sizeof buf, "%x", a.d.back());
  s += buf;
  for (size_t i = a.d.size() - 1; i-- > 0;) {
    snprintf(buf, sizeof buf, "%08x", a.d[i]);
    s += buf;
  }
  return s;
}

Nat natFromHex(const std::string& s, size_t from, size_t to) {
  Nat r;
  for (size_t end = to; end > from;) {
    size_t beg = end >= from + 8 ? end - 8 : from;
    r.d.push_back(uint32_t(std::stoul(s.substr(beg, end - beg), nullptr, 16)));
    end = beg;
  }
  r.trim();
  return r;
}

Nat natFromBig(const Big& b) {  // magnitude
  Big m = babs(b);
  Nat r;
  for (uint64_t w : m.w) {
    r.d.push_back(uint32_t(w));
    r.d.push_back(uint32_t(w >> 32));
  }
  r.trim();
  return r;
}

Nat natPow(uint64_t base, int e) {
  Nat r = natU64(1), b = natU64(base);
  while (e > 0) {
    if (e & 1) r = natMul(r, b);
    e >>= 1;
    if (e) b = natMul(b, b);
  }
  return r;
}

struct Rat {
  bool neg = false;
  Nat num, den = natU64(1);
};

void ratNorm(Rat& r) {
  if (r.num.zero()) {
    r.neg = false;
    r.den = natU64(1);
    return;
  }
  Nat g = natGcd(r.num, r.den);
  if (!(g.d.size() == 1 && g.d[0] == 1)) {
    Nat q, m;
    natDivmod(r.num, g, &q, &m);
    r.num = q;
    natDivmod(r.den, g, &q, &m);
    r.den = q;
  }
}

// The value of |num/den| rounded to nearest-even with `prec` significant bits,
// with no bit below 2^minExp (subnormals), as a long double (exact for prec <= 64
// when in range; ±inf past it).
long double ratRound(const Rat& r, int prec, int minExp) {
  if (r.num.zero()) return 0;
  int k = prec - (natBitlen(r.num) - natBitlen(r.den));  // value ~ q * 2^-k
  if (-k < minExp) k = -minExp;
  Nat q, m;
  for (int pass = 0; pass < 2; pass++) {
    Nat N = k >= 0 ? natShl(r.num, k) : r.num;
    Nat D = k >= 0 ? r.den : natShl(r.den, -k);
    natDivmod(N, D, &q, &m);
    if (natBitlen(q) > prec && pass == 0) {
      k--;
      continue;
    }
    // round half to even
    int c = natCmp(natShl(m, 1), D);
    if (c > 0 || (c == 0 && !q.zero() && (q.d[0] & 1))) q = natAdd(q, natU64(1));
    break;
  }
  long double v = 0;
  for (size_t i = q.d.size(); i-- > 0;) v = v * 4294967296.0L + (long double)q.d[i];
  v = std::ldexp(v, -k);
  return r.neg ? -v : v;
}

long double ratToLD(const Rat& r) { return ratRound(r, 64, -16445); }

bool ratFromLD(long double f, Rat* out) {
  if (!std::isfinite(f)) return false;
  Rat r;
  r.neg = std::signbit(f) && f != 0;
  if (f == 0) {
    *out = r;
    return true;
  }
  int exp;
  long double m = std::frexp(std::fabs(f), &exp);  // |f| = m * 2^exp
  uint64_t mant = (uint64_t)std::ldexp(m, 64);    // |f| = mant * 2^(exp-64)
  r.num = natU64(mant);
  int e = exp - 64;
  if (e >= 0) r.num = natShl(r.num, e);
  else r.den = natShl(natU64(1), -e);
  ratNorm(r);
  *out = r;
  return true;
}

bool ratOf(const ConstValue& v, Rat* out);
ConstValue ratValue(Rat r);
bool ratIsInt(const Rat& r);
bool bigFromNat(const Nat& n, bool neg, Big* out);

bool toBig(const ConstValue& v, Big* out) {
  if (v.k == K::Int) {
    *out = v.s.empty() ? fromI128(v.i) : bfromString(v.s);
    return true;
  }
  if (v.k == K::Float) {
    if (v.s.empty()) return bfromFloat(v.f, out);
    Rat r;
    ratOf(v, &r);
    return ratIsInt(r) && bigFromNat(r.num, r.neg, out);
  }
  return false;
}

// false if the value needs more than 512 bits
bool fromBig(const Big& b, ConstValue* out) {
  if (bitlen(b) > 512) return false;
  ConstValue v;
  v.k = K::Int;
  __int128 i;
  if (fitsI128(b, &i)) {
    v.i = i;
  } else {
    v.s = btoString(b);
    v.i = b.neg() ? kI128Min : kI128Max;
  }
  *out = v;
  return true;
}

bool ratOf(const ConstValue& v, Rat* out) {
  if (v.k == K::Int) {
    Big b;
    toBig(v, &b);
    Rat r;
    r.neg = b.neg();
    r.num = natFromBig(b);
    *out = r;
    return true;
  }
  if (v.k != K::Float) return false;
  if (v.s.empty()) return ratFromLD(v.f, out);
  Rat r;
  size_t i = 0;
  if (v.s[0] == '-') {
    r.neg = true;
    i = 1;
  }
  size_t slash = v.s.find('/');
  r.num = natFromHex(v.s, i, slash);
  r.den = natFromHex(v.s, slash + 1, v.s.size());
  *out = r;
  return true;
}

// A Float value for r (normalized); past kMaxRatBits only the rounded value.
ConstValue ratValue(Rat r) {
  ConstValue v;
  v.k = K::Float;
  v.f = ratToLD(r);
  if (natBitlen(r.num) <= kMaxRatBits && natBitlen(r.den) <= kMaxRatBits) {
    // values that a long double holds exactly need no text
    bool pow2 = (r.den.d.back() & (r.den.d.back() - 1)) == 0;
    for (size_t i = 0; pow2 && i + 1 < r.den.d.size(); i++) pow2 = r.den.d[i] == 0;
    bool exactLD = pow2 && natBitlen(r.num) <= 64 && natBitlen(r.den) < 16000;
    if (!exactLD) v.s = (r.neg ? "-" : "") + natHex(r.num) + "/" + natHex(r.den);
  }
  return v;
}

bool ratIsInt(const Rat& r) { return r.den.d.size() == 1 && r.den.d[0] == 1; }

bool bigFromNat(const Nat& n, bool neg, Big* out) {
  if (natBitlen(n) > 600) return false;
  Big b;
  for (size_t i = 0; i < n.d.size(); i++) b.w[i / 2] |= uint64_t(n.d[i]) << (32 * (i % 2));
  *out = neg ? bneg(b) : b;
  return true;
}

int ratCmp(const Rat& a, const Rat& b) {
  if (a.neg != b.neg) {
    if (a.num.zero() && b.num.zero()) return 0;
    return a.neg ? -1 : 1;
  }
  int c = natCmp(natMul(a.num, b.den), natMul(b.num, a.den));
  return a.neg ? -c : c;
}

Rat ratAddSub(const Rat& a, const Rat& b, bool sub) {
  bool bneg_ = sub ? !b.neg : b.neg;
  Nat x = natMul(a.num, b.den), y = natMul(b.num, a.den);
  Rat r;
  r.den = natMul(a.den, b.den);
  if (a.neg == bneg_) {
    r.num = natAdd(x, y);
    r.neg = a.neg;
  } else if (natCmp(x, y) >= 0) {
    r.num = natSub(x, y);
    r.neg = a.neg;
  } else {
    r.num = natSub(y, x);
    r.neg = bneg_;
  }
  ratNorm(r);
  return r;
}
}  // namespace

bool isBig(const ConstValue& v) { return v.k == K::Int && !v.s.empty(); }

bool parseIntLit(const std::string& text, ConstValue* out) {
  std::string t;
  for (char c : text)
    if (c != '_') t += c;
  int base = 10;
  size_t i = 0;
  if (t.size() > 1 && t[0] == '0') {
    char c = char(std::tolower((unsigned char)t[1]));
    if (c == 'x') { base = 16; i = 2; }
    else if (c == 'b') { base = 2; i = 2; }
    else if (c == 'o') { base = 8; i = 2; }
    else { base = 8; i = 1; }
  }
  Big r;
  Big b = fromI128(base);
  for (; i < t.size(); i++) {
    char c = char(std::tolower((unsigned char)t[i]));
    int d = c >= 'a' ? c - 'a' + 10 : c - '0';
    if (d < 0 || d >= base) return false;
    Big m;
    if (!bmul(r, b, &m)) return false;
    r = badd(m, fromI128(d));
  }
  return fromBig(r, out);
}

bool parseFloatLit(const std::string& text, ConstValue* out) {
  std::string t;
  for (char c : text)
    if (c != '_') t += char(std::tolower((unsigned char)c));
  bool hex = t.size() > 1 && t[0] == '0' && t[1] == 'x';
  size_t i = hex ? 2 : 0;
  int base = hex ? 16 : 10;
  Rat r;
  long fracDigits = 0;
  bool dot = false;
  for (; i < t.size(); i++) {
    char c = t[i];
    if (c == '.') {
      dot = true;
      continue;
    }
    int d = std::isdigit((unsigned char)c) ? c - '0' : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (d < 0) break;
    r.num = natAdd(natMul(r.num, natU64(base)), natU64(d));
    if (dot) fracDigits++;
  }
  long exp = 0;
  if (i < t.size() && (t[i] == 'e' || t[i] == 'p')) {
    i++;
    bool eneg = false;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) eneg = t[i++] == '-';
    for (; i < t.size() && std::isdigit((unsigned char)t[i]); i++) {
      exp = exp * 10 + (t[i] - '0');
      if (exp > 100000) return false;
    }
    if (eneg) exp = -exp;
  }
  if (i != t.size()) return false;
  // hex: value = mantissa * 16^-fracDigits * 2^exp; decimal: * 10^(exp-fracDigits)
  if (hex) {
    long e2 = exp - 4 * fracDigits;
    if (e2 > 20000 || e2 < -20000) return false;
    if (e2 >= 0) r.num = natShl(r.num, int(e2));
    else r.den = natShl(natU64(1), int(-e2));
  } else {
    long e10 = exp - fracDigits;
    if (e10 > 5000 || e10 < -5000) return false;
    if (e10 >= 0) r.num = natMul(r.num, natPow(10, int(e10)));
    else r.den = natPow(10, int(-e10));
  }
  ratNorm(r);
  *out = ratValue(r);
  return true;
}

bool toInt(const ConstValue& v, __int128* out) {
  if (v.k == K::Int) {
    if (!v.s.empty()) return false;
    *out = v.i;
    return true;
  }
  if (v.k == K::Float) {
    Big b;
    return toBig(v, &b) && fitsI128(b, out);
  }
  return false;
}

bool isIntegral(const ConstValue& v) {
  Big b;
  if (v.k == K::Int) return true;
  if (v.k != K::Float) return false;
  if (v.s.empty()) return std::isfinite(v.f) && v.f == std::trunc(v.f);
  Rat r;
  ratOf(v, &r);
  return ratIsInt(r);
}

long double toFloat(const ConstValue& v) {
  if (v.k == K::Int) {
    if (v.s.empty()) return (long double)v.i;
    Rat r;
    ratOf(v, &r);
    return ratToLD(r);
  }
  if (v.k == K::Float) return v.f;
  return 0;
}

ConstValue asInt(const ConstValue& v, bool* exact) {
  Big b;
  ConstValue r;
  if (toBig(v, &b) && fromBig(b, &r)) {
    *exact = true;
    return r;
  }
  *exact = false;
  return v;
}

ConstValue asFloat(const ConstValue& v) {
  if (v.k != K::Int) return v;
  Rat r;
  ratOf(v, &r);
  return ratValue(r);
}

bool representable(const ConstValue& v, const Type* t, ConstValue* rounded, bool* truncated) {
  if (truncated) *truncated = false;
  Kind k = t->underlying->kind;
  ConstValue r = v;
  bool ok = false;
  switch (k) {
    case Kind::Bool: case Kind::UntypedBool:
      ok = v.k == K::Bool;
      break;
    case Kind::String: case Kind::UntypedString:
      ok = v.k == K::String;
      break;
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::UntypedInt: case Kind::UntypedRune: {
      if (v.k != K::Int && v.k != K::Float) break;
      if (k == Kind::UntypedInt || k == Kind::UntypedRune) {
        Big b;
        if (toBig(v, &b)) {
          ConstValue r2;
          if (fromBig(b, &r2)) {
            r = r2;
            ok = true;
            break;
          }
        }
      }
      __int128 i;
      if (!toInt(v, &i)) {
        if (truncated && v.k == K::Float && std::isfinite(v.f) && v.f != std::trunc(v.f))
          *truncated = true;
        break;
      }
      r = makeInt(i);
      __int128 lo, hi;
      switch (k) {
        case Kind::Int8: lo = -128; hi = 127; break;
        case Kind::Int16: lo = -32768; hi = 32767; break;
        case Kind::Int32: lo = INT32_MIN; hi = INT32_MAX; break;
        case Kind::Int: case Kind::Int64: lo = INT64_MIN; hi = INT64_MAX; break;
        case Kind::Uint8: lo = 0; hi = 255; break;
        case Kind::Uint16: lo = 0; hi = 65535; break;
        case Kind::Uint32: lo = 0; hi = UINT32_MAX; break;
        case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: lo = 0; hi = (__int128)UINT64_MAX; break;
        default: lo = kI128Min; hi = kI128Max; break;
      }
      ok = i >= lo && i <= hi;
      break;
    }
    case Kind::Float32: case Kind::Float64: case Kind::UntypedFloat: {
      if (v.k != K::Int && v.k != K::Float) break;
      if (k == Kind::UntypedFloat) {
        r = asFloat(v);
        ok = std::isfinite(r.f) || !r.s.empty();  // (exact past the long double range too)
        break;
      }
      // Go spec: Conversions/Representability: round to the type's precision
      // (nearest even); overflow when that is infinite.
      Rat q;
      if (!ratOf(v, &q)) break;  // (an infinite fallback value: past every float type)
      long double x = k == Kind::Float32 ? ratRound(q, 24, -149) : ratRound(q, 53, -1074);
      if (k == Kind::Float32) ok = std::isfinite((float)x);
      else ok = std::isfinite((double)x);
      r = makeFloat(x);
      break;
    }
    default:
      break;
  }
  if (ok && rounded) *rounded = r;
  return ok;
}


bool binaryOp(ast::Tok op, const ConstValue& x, const ConstValue& y, bool intDiv, ConstValue* out) {
  using ast::Tok;
  if (x.k == K::String && y.k == K::String && op == Tok::Add) {
    *out = makeString(x.s + y.s);
    return true;
  }
  if (x.k == K::Bool && y.k == K::Bool) {
    if (op == Tok::LAnd) *out = makeBool(x.b && y.b);
    else *out = makeBool(x.b || y.b);
    return true;
  }
  bool ints = x.k == K::Int && y.k == K::Int;
  if (ints && (op != Tok::Quo || intDiv)) {
    Big a, b, r;
    toBig(x, &a);
    toBig(y, &b);
    switch (op) {
      case Tok::Add: r = badd(a, b); break;
      case Tok::Sub: r = bsub(a, b); break;
      case Tok::Mul:
        if (!bmul(a, b, &r)) return false;
        break;
      case Tok::Quo: case Tok::Rem: {
        Big q, m;
        bdivmod(a, b, &q, &m);
        r = op == Tok::Quo ? q : m;
        break;
      }
      case Tok::And: for (int i = 0; i < kLimbs; i++) r.w[i] = a.w[i] & b.w[i]; break;
      case Tok::Or: for (int i = 0; i < kLimbs; i++) r.w[i] = a.w[i] | b.w[i]; break;
      case Tok::Xor: for (int i = 0; i < kLimbs; i++) r.w[i] = a.w[i] ^ b.w[i]; break;
      case Tok::AndNot: for (int i = 0; i < kLimbs; i++) r.w[i] = a.w[i] & ~b.w[i]; break;
      default: return false;
    }
    return fromBig(r, out);
  }
  Rat a, b, r;
  if (!ratOf(x, &a) || !ratOf(y, &b)) return false;
  switch (op) {
    case Tok::Add: r = ratAddSub(a, b, false); break;
    case Tok::Sub: r = ratAddSub(a, b, true); break;
    case Tok::Mul:
      r.neg = a.neg != b.neg;
      r.num = natMul(a.num, b.num);
      r.den = natMul(a.den, b.den);
      ratNorm(r);
      break;
    case Tok::Quo:
      if (b.num.zero()) return false;
      r.neg = a.neg != b.neg;
      r.num = natMul(a.num, b.den);
      r.den = natMul(a.den, b.num);
      ratNorm(r);
      break;
    default: return false;
  }
  *out = ratValue(r);
  return std::isfinite(out->f) || !out->s.empty();  // (exact past the long double range too)
}

bool shift(ast::Tok op, const ConstValue& x, uint64_t s, ConstValue* out) {
  Big a;
  if (!toBig(x, &a)) return false;
  if (op == ast::Tok::Shr) return fromBig(bshr(a, s > 639 ? 639 : int(s)), out);
  if (isZeroB(a)) {
    *out = makeInt(0);
    return true;
  }
  if (s > 600 || bitlen(a) + int(s) > 600) return false;
  Big r = bshl1(a, int(s));
  return fromBig(r, out);
}

bool compare(ast::Tok op, const ConstValue& x, const ConstValue& y) {
  using ast::Tok;
  int c = 0;
  if (x.k == K::Bool) {
    c = x.b == y.b ? 0 : 1;
  } else if (x.k == K::String) {
    c = x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
  } else if (x.k == K::Int && y.k == K::Int) {
    Big a, b;
    toBig(x, &a);
    toBig(y, &b);
    c = bcmp(a, b);
  } else {
    Rat a, b;
    ratOf(x, &a);
    ratOf(y, &b);
    c = ratCmp(a, b);
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

bool unaryOp(ast::Tok op, const ConstValue& x, int unsignedSize, ConstValue* out) {
  using ast::Tok;
  switch (op) {
    case Tok::Add:
      *out = x;
      return true;
    case Tok::Sub:
      if (x.k == K::Int) {
        Big a;
        toBig(x, &a);
        return fromBig(bneg(a), out);
      } else {
        *out = x;
        out->f = -x.f;
        if (!x.s.empty()) out->s = x.s[0] == '-' ? x.s.substr(1) : "-" + x.s;
      }
      return true;
    case Tok::Not:
      *out = makeBool(!x.b);
      return true;
    case Tok::Xor: {
      if (x.k != K::Int) return false;
      if (!x.s.empty()) {
        Big a;
        toBig(x, &a);
        for (uint64_t& w : a.w) w = ~w;
        return fromBig(a, out);
      }
      __int128 r = ~x.i;
      if (unsignedSize > 0) {
        unsigned __int128 mask = unsignedSize >= 16 ? ~(unsigned __int128)0
                                                    : (((unsigned __int128)1 << (unsignedSize * 8)) - 1);
        r = (__int128)((unsigned __int128)r & mask);
      }
      *out = makeInt(r);
      return true;
    }
    default:
      return false;
  }
}

bool isZero(const ConstValue& v) {
  if (v.k == K::Int) return v.s.empty() && v.i == 0;
  if (v.k == K::Float) return v.f == 0;
  return false;
}

std::string int128ToString(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  std::string s;
  while (u) {
    s += char('0' + int(u % 10));
    u /= 10;
  }
  if (neg) s += '-';
  return std::string(s.rbegin(), s.rend());
}

static std::string fmtG(double x, int prec) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.*g", prec, x);
  return buf;
}

// An exact value past the long double range, as %.6g prints it ("1e+4940").
static std::string ratG6(const Rat& r) {
  if (r.num.zero()) return "0";
  int e = int(std::floor((natBitlen(r.num) - natBitlen(r.den)) * 0.30102999566398));
  for (int tries = 0; tries < 8; tries++) {
    // q = round(|r| * 10^(5-e)): six digits when 10^e <= |r| < 10^(e+1)
    Nat N = r.num, D = r.den;
    if (5 - e >= 0) N = natMul(N, natPow(10, 5 - e));
    else D = natMul(D, natPow(10, e - 5));
    Nat q, m;
    natDivmod(N, D, &q, &m);
    int c = natCmp(natShl(m, 1), D);
    if (c > 0 || (c == 0 && !q.zero() && (q.d[0] & 1))) q = natAdd(q, natU64(1));
    if (natCmp(q, natU64(1000000)) >= 0) {
      e++;
      continue;
    }
    if (natCmp(q, natU64(100000)) < 0) {
      e--;
      continue;
    }
    std::string d = std::to_string(q.d[0]);
    while (d.size() > 1 && d.back() == '0') d.pop_back();
    std::string out = r.neg ? "-" : "";
    out += d.substr(0, 1);
    if (d.size() > 1) out += "." + d.substr(1);
    out += e < 0 ? "e-" : "e+";
    if (std::abs(e) < 10) out += "0";
    return out + std::to_string(std::abs(e));
  }
  return r.neg ? "-inf" : "+inf";
}

std::string toString(const ConstValue& v) {
  switch (v.k) {
    case K::Bool: return v.b ? "true" : "false";
    case K::Int: return v.s.empty() ? int128ToString(v.i) : v.s;
    case K::Float: {
      double x = (double)v.f;
      if (!std::isfinite(v.f) && !v.s.empty()) {
        Rat r;
        ratOf(v, &r);
        return ratG6(r);
      }
      if (std::isinf(x)) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.6Lg", v.f);
        return buf;
      }
      return fmtG(x, 6);
    }
    case K::String: {
      std::string q = goQuote(v.s);
      // shorten past 72 runes
      size_t runes = 0;
      for (unsigned char c : q)
        if ((c & 0xc0) != 0x80) runes++;
      if (runes > 72) {
        size_t i = 0, n = 0;
        while (n < 69 && i < q.size()) {
          i++;
          while (i < q.size() && ((unsigned char)q[i] & 0xc0) == 0x80) i++;
          n++;
        }
        q = q.substr(0, i) + "...";
      }
      return q;
    }
    default:
      return "unknown";
  }
}

}  // namespace goro::constant
