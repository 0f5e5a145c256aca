// Division by a constant (vm/divmagic.h): the magic multiply gives exactly the
// hardware's truncated quotient for every divisor form (small, powers of two,
// the 65-bit "add" multipliers, large) and the edge dividends.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

#include "vm/divmagic.h"

using namespace goro;

namespace {

std::vector<uint64_t> dividends() {
  std::vector<uint64_t> xs = {0, 1, 2, 3, 7, 9, 10, 11, 99, 100, 101, 1000003, 7919};
  const int64_t mn = std::numeric_limits<int64_t>::min(), mx = std::numeric_limits<int64_t>::max();
  for (int64_t v : {mn, mn + 1, mn + 2, mx, mx - 1, mx - 2, int64_t(-1), int64_t(-2), int64_t(-10), int64_t(-11)})
    xs.push_back(uint64_t(v));
  for (uint64_t v : {~uint64_t(0), ~uint64_t(0) - 1, uint64_t(1) << 63, (uint64_t(1) << 32) - 1, uint64_t(1) << 32})
    xs.push_back(v);
  std::mt19937_64 rng(12345);
  for (int i = 0; i < 2000; i++) {
    uint64_t r = rng();
    xs.push_back(r);
    xs.push_back(r >> (r % 64));  // every magnitude
  }
  return xs;
}

std::vector<int64_t> divisors() {
  std::vector<int64_t> ds;
  for (int64_t d = 2; d <= 1100; d++) ds.push_back(d);
  for (int k = 11; k <= 30; k++) {
    ds.push_back(int64_t(1) << k);
    ds.push_back((int64_t(1) << k) - 1);
    ds.push_back((int64_t(1) << k) + 1);
  }
  for (int64_t d : {1000003, 7919 * 7919, 999999937, 1 << 30, 641, 6700417, 274177})
    ds.push_back(d);
  return ds;
}

}  // namespace

TEST_CASE("signed division by a constant matches the hardware") {
  const auto xs = dividends();
  for (int64_t d : divisors()) {
    DivMagic mg = signedDivMagic(d);
    for (uint64_t ux : xs) {
      int64_t x = int64_t(ux);
      int64_t q = signedDivApply(x, mg.m, mg.s);
      if (q != x / d) FAIL("signed " << x << " / " << d << ": got " << q << ", want " << x / d);
    }
  }
}

TEST_CASE("unsigned division by a constant matches the hardware") {
  const auto xs = dividends();
  int adds = 0;
  for (int64_t sd : divisors()) {
    uint64_t d = uint64_t(sd);
    DivMagic mg = unsignedDivMagic(d);
    adds += mg.add;
    for (uint64_t x : xs) {
      uint64_t q = unsignedDivApply(x, mg.m, mg.s, mg.add);
      if (q != x / d) FAIL("unsigned " << x << " / " << d << ": got " << q << ", want " << x / d);
    }
  }
  CHECK(adds > 0);  // (7 is one: the 65-bit form is exercised)
  CHECK(unsignedDivMagic(7).add);
}
