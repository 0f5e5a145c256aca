// vm/divmagic.h — integer division by a constant as a multiply and shifts.
//
// `x / c` and `x % c` with a constant c >= 2 compile to DIVK_*/REMK_* (vm/
// opcodes.def): a hardware divide costs tens of cycles, a 64x64->128 multiply
// a few. The magic numbers follow Granlund & Montgomery, "Division by
// Invariant Integers using Multiplication" (1994), in the form Hacker's
// Delight (ch. 10) derives them:
//   signed:   q = mulhs(M, x) (+ x when M < 0), >> s (arithmetic), + 1 if x < 0
//   unsigned: q = mulhu(M, x) >> s, or, when M needs 65 bits ("add"),
//             t = mulhu(M, x); q = (((x - t) >> 1) + t) >> (s - 1)
// Both give the truncated quotient of Go's / for every 64-bit x (checked
// against the hardware divide in tests/unit/test_divmagic.cpp).
#pragma once

#include <cstdint>

namespace goro {

struct DivMagic {
  uint64_t m;     // multiplier (signed: as int64)
  uint32_t s;     // shift
  bool add;       // unsigned only: the 65-bit multiplier form
};

// Magic for signed division by d >= 2.
inline DivMagic signedDivMagic(int64_t d) {
  const uint64_t two63 = uint64_t(1) << 63;
  const uint64_t ad = uint64_t(d);
  const uint64_t anc = two63 - 1 - two63 % ad;  // |nc|: the largest x with x % d == d - 1, below 2^63
  uint32_t p = 63;
  uint64_t q1 = two63 / anc, r1 = two63 - q1 * anc;  // 2^p / anc, remainder
  uint64_t q2 = two63 / ad, r2 = two63 - q2 * ad;    // 2^p / d, remainder
  uint64_t delta;
  do {
    p++;
    q1 *= 2;
    r1 *= 2;
    if (r1 >= anc) q1++, r1 -= anc;
    q2 *= 2;
    r2 *= 2;
    if (r2 >= ad) q2++, r2 -= ad;
    delta = ad - r2;
  } while (q1 < delta || (q1 == delta && r1 == 0));
  return {q2 + 1, p - 64, false};
}

// Magic for unsigned division by d >= 2.
inline DivMagic unsignedDivMagic(uint64_t d) {
  const uint64_t two63 = uint64_t(1) << 63;
  bool add = false;
  const uint64_t nc = ~uint64_t(0) - (uint64_t(0) - d) % d;  // the largest x with x % d == d - 1
  uint32_t p = 63;
  uint64_t q1 = two63 / nc, r1 = two63 - q1 * nc;                  // 2^p / nc
  uint64_t q2 = (two63 - 1) / d, r2 = (two63 - 1) - q2 * d;        // (2^p - 1) / d
  uint64_t delta;
  do {
    p++;
    if (r1 >= nc - r1) q1 = 2 * q1 + 1, r1 = 2 * r1 - nc;
    else q1 = 2 * q1, r1 = 2 * r1;
    if (r2 + 1 >= d - r2) {
      if (q2 >= two63 - 1) add = true;
      q2 = 2 * q2 + 1, r2 = 2 * r2 + 1 - d;
    } else {
      if (q2 >= two63) add = true;
      q2 = 2 * q2, r2 = 2 * r2 + 1;
    }
    delta = d - 1 - r2;
  } while (p < 128 && (q1 < delta || (q1 == delta && r1 == 0)));
  return {q2 + 1, p - 64, add};
}

inline int64_t signedDivApply(int64_t x, uint64_t m, uint32_t s) {
  int64_t q = int64_t((__int128(int64_t(m)) * x) >> 64);
  if (int64_t(m) < 0) q += x;
  q >>= s;
  return q + int64_t(uint64_t(x) >> 63);
}

inline uint64_t unsignedDivApply(uint64_t x, uint64_t m, uint32_t s, bool add) {
  uint64_t t = uint64_t((unsigned __int128)m * x >> 64);
  if (add) return (((x - t) >> 1) + t) >> (s - 1);
  return t >> s;
}

}  // namespace goro
