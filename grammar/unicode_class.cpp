// grammar/unicode_class.cpp — see unicode_class.h. The packed form is
// package unicode's (stdlib/go/unicode/letter.go, packedHas): 10 characters
// a range — low and high code points in 4, the stride in 2, each a big-endian
// base-64 number with digits from ' ' (0x20) — sorted by low code point.
#include "grammar/unicode_class.h"

#include <cstring>

#include "unicode_tables.inc"  // (generated: kTabL, kTabM, kTabN, kTabNd, kTabP, kTabS)

namespace goro::grammar {

namespace {

uint32_t dec(const char* s, size_t n) {
  uint32_t v = 0;
  for (size_t i = 0; i < n; i++) v = v << 6 | uint32_t(uint8_t(s[i]) - 0x20);
  return v;
}

bool packedHas(const char* t, size_t len, uint32_t r) {
  size_t lo = 0, hi = len / 10;
  while (lo < hi) {
    size_t m = lo + (hi - lo) / 2;
    const char* e = t + m * 10;
    uint32_t rlo = dec(e, 4);
    if (r < rlo) {
      hi = m;
      continue;
    }
    if (r > dec(e + 4, 4)) {
      lo = m + 1;
      continue;
    }
    uint32_t stride = dec(e + 8, 2);
    return stride == 1 || (r - rlo) % stride == 0;
  }
  return false;
}

}  // namespace

bool isUnicodeLetter(uint32_t r) { return packedHas(kTabL, sizeof kTabL - 1, r); }

bool isUnicodeDigit(uint32_t r) {
  if (r < 0x80) return r >= '0' && r <= '9';
  return packedHas(kTabNd, sizeof kTabNd - 1, r);
}

#define GORO_HAS(tab, r) packedHas(tab, sizeof tab - 1, r)

bool isUnicodePrint(uint32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7f;
  return GORO_HAS(kTabL, r) || GORO_HAS(kTabM, r) || GORO_HAS(kTabN, r) || GORO_HAS(kTabP, r) || GORO_HAS(kTabS, r);
}

#undef GORO_HAS

}  // namespace goro::grammar
