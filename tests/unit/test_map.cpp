// Go maps (runtime/map.cpp): insert, lookup, delete, growth, iteration while the
// map changes, key kinds (int, string, struct, float, interface), nil maps, and a
// randomized 1M-operation run against std::unordered_map.
#include <doctest/doctest.h>
#include <gc/gc.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "rt_test_stubs.h"
#include "runtime/map.h"

using namespace goro;
using goro_test::TypeFactory;

namespace {
struct GcInit {
  GcInit() { GC_INIT(); }
} gcInit;

GoString gs(const std::string& s) { return makeString(s); }

int64_t getI(void* p) {
  int64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
void setI(void* p, int64_t v) { std::memcpy(p, &v, 8); }

// m[k] = v for map[int]int
void put(const Type* mt, GoMap* m, int64_t k, int64_t v) { setI(mapAssign(mt, m, &k), v); }
bool get(const Type* mt, GoMap* m, int64_t k, int64_t* v) {
  void* p = mapAccess(mt, m, &k);
  if (p) *v = getI(p);
  return p != nullptr;
}

// All (key, value) pairs of a map[int]int by iteration.
std::vector<std::pair<int64_t, int64_t>> items(const Type* mt, GoMap* m) {
  std::vector<std::pair<int64_t, int64_t>> out;
  MapIter* it = mapIterInit(mt, m);
  void *k, *v;
  while (mapIterNext(it, &k, &v)) out.push_back({getI(k), getI(v)});
  return out;
}
}  // namespace

// makeString for the tests (the real one lives in runtime/value.cpp, which
// needs the VM); GC-allocated like it.
#ifdef GORO_TEST_STUBS
namespace goro {
GoString makeString(std::string_view s) {
  if (s.empty()) return {nullptr, 0};
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(s.size()));
  std::memcpy(p, s.data(), s.size());
  return {p, int64_t(s.size())};
}
}  // namespace goro
#endif

TEST_CASE("map[int]int: insert, lookup, update, delete, grow") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GoMap* m = mapNew(mt, 0);
  CHECK(mapLen(m) == 0);
  int64_t v = 0;
  CHECK_FALSE(get(mt, m, 1, &v));
  for (int64_t i = 0; i < 10000; i++) put(mt, m, i * 7, i);
  CHECK(mapLen(m) == 10000);
  for (int64_t i = 0; i < 10000; i++) {
    REQUIRE(get(mt, m, i * 7, &v));
    CHECK(v == i);
  }
  CHECK_FALSE(get(mt, m, 3, &v));
  CHECK_FALSE(get(mt, m, -7, &v));
  put(mt, m, 7, 42);
  CHECK(mapLen(m) == 10000);
  REQUIRE(get(mt, m, 7, &v));
  CHECK(v == 42);
  // a new entry's value starts at zero
  int64_t k = 123456789;
  CHECK(getI(mapAssign(mt, m, &k)) == 0);
  CHECK(mapLen(m) == 10001);
  for (int64_t i = 0; i < 10000; i += 2) {
    int64_t key = i * 7;
    mapDelete(mt, m, &key);
  }
  CHECK(mapLen(m) == 5001);
  for (int64_t i = 0; i < 10000; i++) CHECK(get(mt, m, i * 7, &v) == (i % 2 == 1));
  mapDelete(mt, m, &k);
  mapDelete(mt, m, &k);  // missing: no-op
  CHECK(mapLen(m) == 5000);
  // insert/delete churn keeps working (tombstones are recycled by rehash)
  for (int64_t r = 0; r < 200000; r++) {
    int64_t key = 1000000 + r;
    put(mt, m, key, r);
    mapDelete(mt, m, &key);
  }
  CHECK(mapLen(m) == 5000);
  CHECK(items(mt, m).size() == 5000);
}

TEST_CASE("keys in arithmetic progression: prefetched ahead, results unchanged") {
  // runtime/map.cpp's key-stride prefetcher: ops on a big table whose integer
  // keys repeat a stride prefetch the key a few ops on. Strides up, down, across
  // growth and wrap-around, five maps interleaved (more than the per-thread
  // ways), uint32 keys across 2^32, and random keys (no prefetch).
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  const uint64_t p0 = mapStridePrefetches();
  GoMap* ms[5];
  for (auto& m : ms) m = mapNew(mt, 0);
  const int64_t n = 200000;
  for (int64_t i = 0; i < n; i++)  // growth happens mid-progression
    for (int j = 0; j < 5; j++) put(mt, ms[j], (i * 7919) % 1000003 - j * 3, i + j);
  const uint64_t p1 = mapStridePrefetches();
  CHECK(p1 > p0);  // (strides of 7919, the table past its minimum size)
  int64_t v = 0;
  for (int j = 0; j < 5; j++) {
    CHECK(mapLen(ms[j]) == n);
    int64_t hits = 0;
    for (int64_t k = 1000003; k >= -20; k--)  // descending: a negative stride
      if (get(mt, ms[j], k, &v)) hits++;
    CHECK(hits == n);
    for (int64_t i = 0; i < n; i++) {
      REQUIRE(get(mt, ms[j], (i * 7919) % 1000003 - j * 3, &v));
      CHECK(v == i + j);
    }
  }
  const uint64_t p2 = mapStridePrefetches();
  CHECK(p2 - p1 > uint64_t(n));
  for (int64_t i = 0; i < n; i += 2) {
    int64_t k = (i * 7919) % 1000003;
    mapDelete(mt, ms[0], &k);
  }
  CHECK(mapLen(ms[0]) == n / 2);
  for (int64_t i = 0; i < n; i++) CHECK(get(mt, ms[0], (i * 7919) % 1000003, &v) == (i % 2 == 1));
  // random keys: no stride to follow
  std::mt19937_64 rng(7);
  const uint64_t p3 = mapStridePrefetches();
  for (int i = 0; i < 100000; i++) get(mt, ms[1], int64_t(rng() % 2000000), &v);
  CHECK(mapStridePrefetches() - p3 < 100);
  // uint32 keys counting across 2^32 (the stride wraps too)
  Type* mt32 = tf.map(tf.Uint32, tf.Int);
  GoMap* m32 = mapNew(mt32, 0);
  for (uint32_t i = 0; i < 100000; i++) {
    uint32_t k = 0xFFFF0000u + i * 3;
    setI(mapAssign(mt32, m32, &k), int64_t(i));
  }
  CHECK(mapLen(m32) == 100000);
  for (uint32_t i = 0; i < 100000; i++) {
    uint32_t k = 0xFFFF0000u + i * 3;
    void* p = mapAccess(mt32, m32, &k);
    REQUIRE(p);
    CHECK(getI(p) == int64_t(i));
  }
}

TEST_CASE("map with hint, negative and huge hints") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GoMap* m = mapNew(mt, 1000);
  for (int64_t i = 0; i < 1000; i++) put(mt, m, i, i * i);
  int64_t v;
  for (int64_t i = 0; i < 1000; i++) CHECK((get(mt, m, i, &v) && v == i * i));
  GoMap* n = mapNew(mt, -5);
  put(mt, n, 1, 1);
  CHECK(mapLen(n) == 1);
  GoMap* h = mapNew(mt, int64_t(1) << 60);  // ignored, as Go does
  put(mt, h, 1, 1);
  CHECK(mapLen(h) == 1);
}

TEST_CASE("nil map: reads, len, delete, range are fine; assignment panics") {
  TypeFactory tf;
  Type* mt = tf.map(tf.String, tf.Int);
  GoString k = gs("x");
  CHECK(mapAccess(mt, nullptr, &k) == nullptr);
  CHECK(mapLen(nullptr) == 0);
  mapDelete(mt, nullptr, &k);
  mapClear(mt, nullptr);
  void *kp, *vp;
  CHECK_FALSE(mapIterNext(mapIterInit(mt, nullptr), &kp, &vp));
#ifdef GORO_TEST_STUBS
  CHECK_THROWS_WITH_AS(mapAssign(mt, nullptr, &k), "assignment to entry in nil map", RtTestPanic);
#endif
}

TEST_CASE("map[string]int") {
  TypeFactory tf;
  Type* mt = tf.map(tf.String, tf.Int);
  GoMap* m = mapNew(mt, 0);
  std::vector<std::string> keys = {"", "a", "b", "ab", "hello", "hello, world", std::string(100, 'x'),
                                   std::string(1000, 'y'), std::string("nul\0byte", 8)};
  for (int i = 0; i < 5000; i++) keys.push_back("key" + std::to_string(i));
  for (size_t i = 0; i < keys.size(); i++) {
    GoString k = gs(keys[i]);
    setI(mapAssign(mt, m, &k), int64_t(i));
  }
  CHECK(mapLen(m) == int64_t(keys.size()));
  for (size_t i = 0; i < keys.size(); i++) {
    GoString k = gs(keys[i]);  // a different copy of the same bytes
    void* p = mapAccess(mt, m, &k);
    REQUIRE(p);
    CHECK(getI(p) == int64_t(i));
  }
  GoString miss = gs("nul");
  CHECK(mapAccess(mt, m, &miss) == nullptr);
  GoString empty{nullptr, 0};
  REQUIRE(mapAccess(mt, m, &empty));
  CHECK(getI(mapAccess(mt, m, &empty)) == 0);
  // iteration produces each key once, with its value
  std::set<std::string> seen;
  MapIter* it = mapIterInit(mt, m);
  void *kp, *vp;
  while (mapIterNext(it, &kp, &vp)) {
    std::string k(static_cast<GoString*>(kp)->view());
    CHECK(seen.insert(k).second);
    CHECK(keys[size_t(getI(vp))] == k);
  }
  CHECK(seen.size() == keys.size());
}

TEST_CASE("map[string]int: strided key data, growth with key prefetch, key updated on assign") {
  // Keys whose bytes lie in one block at a fixed stride (a slice of keys built
  // in order and walked with a step): the string-key stride prefetcher fires;
  // results are unchanged through growth (which prefetches key bytes ahead).
  TypeFactory tf;
  Type* mt = tf.map(tf.String, tf.Int);
  GoMap* m = mapNew(mt, 0);
  const int n = 100000;
  const int width = 24;
  auto* block = static_cast<char*>(GC_MALLOC_ATOMIC(size_t(n) * width));
  REQUIRE(block);
  std::vector<GoString> keys(n);
  for (int i = 0; i < n; i++) {
    std::string s = "k" + std::to_string(i * 31);
    std::memcpy(block + i * width, s.data(), s.size());
    keys[size_t(i)] = GoString{reinterpret_cast<const uint8_t*>(block + i * width), int64_t(s.size())};
  }
  const uint64_t p0 = mapStridePrefetches();
  for (int i = 0; i < 5 * n; i++) {
    void* p = mapAssign(mt, m, &keys[size_t((int64_t(i) * 7) % n)]);
    setI(p, getI(p) + i);
  }
  CHECK(mapStridePrefetches() - p0 > uint64_t(n));
  CHECK(mapLen(m) == n);
  for (int j = 0; j < n; j++) {
    // j is reached at i = j*7^-1 (mod n) + t*n, t = 0..4: check against a direct sum
    GoString copy = gs(std::string(keys[size_t(j)].view()));  // same bytes, another pointer
    void* p = mapAccess(mt, m, &copy);
    REQUIRE(p);
    int64_t want = 0;
    for (int t = 0; t < 5; t++) {
      // smallest i with (i*7) % n == j, then every n on
      int64_t i0 = (int64_t(j) * 57143) % n;  // 7 * 57143 = 400001 = 1 (mod 100000)
      want += i0 + int64_t(t) * n;
    }
    CHECK(getI(p) == want);
  }
  // assigning through an equal key with other memory stores that key (as Go)
  GoString other = gs(std::string(keys[5].view()));
  setI(mapAssign(mt, m, &other), 42);
  bool found = false;
  MapIter* it = mapIterInit(mt, m);
  void *kp, *vp;
  while (mapIterNext(it, &kp, &vp)) {
    if (static_cast<GoString*>(kp)->view() == keys[5].view()) {
      CHECK(static_cast<GoString*>(kp)->ptr == other.ptr);
      CHECK(getI(vp) == 42);
      found = true;
    }
  }
  CHECK(found);
}

TEST_CASE("struct keys: plain memory and with strings/padding") {
  TypeFactory tf;
  // struct { A int32; B int32 } — 8-byte plain key
  Type* p8 = tf.strct({{"A", tf.Int32}, {"B", tf.Int32}});
  // struct { A int8; B int64 } — padding: compared fieldwise
  Type* pad = tf.strct({{"A", tf.Int8}, {"B", tf.Int64}});
  // struct { X, Y int; S string; Inner struct{ F float64; P [2]int16 } }
  Type* inner = tf.strct({{"F", tf.Float64}, {"P", tf.array(tf.Int16, 2)}});
  Type* big = tf.strct({{"X", tf.Int}, {"Y", tf.Int}, {"S", tf.String}, {"Inner", inner}});
  SUBCASE("8-byte struct") {
    Type* mt = tf.map(p8, tf.Int);
    GoMap* m = mapNew(mt, 0);
    for (int32_t i = 0; i < 1000; i++) {
      int32_t k[2] = {i, -i};
      setI(mapAssign(mt, m, k), i);
    }
    for (int32_t i = 0; i < 1000; i++) {
      int32_t k[2] = {i, -i};
      REQUIRE(mapAccess(mt, m, k));
      CHECK(getI(mapAccess(mt, m, k)) == i);
      int32_t k2[2] = {i, i + 1};
      CHECK(mapAccess(mt, m, k2) == nullptr);
    }
  }
  SUBCASE("padded struct: garbage in the padding does not matter") {
    Type* mt = tf.map(pad, tf.Int);
    GoMap* m = mapNew(mt, 0);
    uint8_t k[16];
    std::memset(k, 0xAA, 16);
    k[0] = 5;
    setI(k + 8, 77);
    setI(mapAssign(mt, m, k), 1);
    std::memset(k + 1, 0x55, 7);  // different padding, same value
    REQUIRE(mapAccess(mt, m, k));
    CHECK(getI(mapAccess(mt, m, k)) == 1);
    CHECK(mapLen(m) == 1);
    setI(mapAssign(mt, m, k), 2);
    CHECK(mapLen(m) == 1);
  }
  SUBCASE("struct with string and nested struct") {
    Type* mt = tf.map(big, tf.Int);
    GoMap* m = mapNew(mt, 0);
    REQUIRE(big->size == 48);
    for (int i = 0; i < 2000; i++) {
      uint8_t k[48] = {};
      setI(k, i % 10);
      setI(k + 8, i / 10);
      GoString s = gs("s" + std::to_string(i % 7));
      std::memcpy(k + 16, &s, 16);
      double f = i % 3 == 0 ? 0.0 : double(i);
      std::memcpy(k + 32, &f, 8);
      int16_t p[2] = {int16_t(i), int16_t(-i)};
      std::memcpy(k + 40, p, 4);
      setI(mapAssign(mt, m, k), i);
    }
    CHECK(mapLen(m) == 2000);
    for (int i = 0; i < 2000; i++) {
      uint8_t k[48] = {};
      setI(k, i % 10);
      setI(k + 8, i / 10);
      GoString s = gs("s" + std::to_string(i % 7));
      std::memcpy(k + 16, &s, 16);
      double f = i % 3 == 0 ? -0.0 : double(i);  // -0 finds +0
      std::memcpy(k + 32, &f, 8);
      int16_t p[2] = {int16_t(i), int16_t(-i)};
      std::memcpy(k + 40, p, 4);
      REQUIRE(mapAccess(mt, m, k));
      CHECK(getI(mapAccess(mt, m, k)) == i);
    }
  }
}

TEST_CASE("small keys: bool, int8, uint16, int32, [3]uint8, struct{}") {
  TypeFactory tf;
  {
    Type* mt = tf.map(tf.Bool, tf.Int);
    GoMap* m = mapNew(mt, 0);
    uint8_t t = 1, f = 0;
    setI(mapAssign(mt, m, &t), 1);
    setI(mapAssign(mt, m, &f), 2);
    setI(mapAssign(mt, m, &t), 3);
    CHECK(mapLen(m) == 2);
    CHECK(getI(mapAccess(mt, m, &t)) == 3);
  }
  {
    Type* mt = tf.map(tf.Uint16, tf.Uint8);
    GoMap* m = mapNew(mt, 0);
    for (uint32_t i = 0; i < 65536; i++) {
      uint16_t k = uint16_t(i);
      *static_cast<uint8_t*>(mapAssign(mt, m, &k)) = uint8_t(i * 3);
    }
    CHECK(mapLen(m) == 65536);
    for (uint32_t i = 0; i < 65536; i += 97) {
      uint16_t k = uint16_t(i);
      CHECK(*static_cast<uint8_t*>(mapAccess(mt, m, &k)) == uint8_t(i * 3));
    }
  }
  {
    Type* mt = tf.map(tf.Int32, tf.String);
    GoMap* m = mapNew(mt, 0);
    for (int32_t i = -500; i < 500; i++) {
      GoString s = gs(std::to_string(i));
      std::memcpy(mapAssign(mt, m, &i), &s, 16);
    }
    for (int32_t i = -500; i < 500; i++)
      CHECK(static_cast<GoString*>(mapAccess(mt, m, &i))->view() == std::to_string(i));
  }
  {
    Type* mt = tf.map(tf.array(tf.Uint8, 3), tf.Int);
    GoMap* m = mapNew(mt, 0);
    for (int i = 0; i < 4096; i++) {
      uint8_t k[3] = {uint8_t(i), uint8_t(i >> 8), 7};
      setI(mapAssign(mt, m, k), i);
    }
    uint8_t k[3] = {0x34, 0x02, 7};
    CHECK(getI(mapAccess(mt, m, k)) == 0x234);
  }
  {
    Type* mt = tf.map(tf.strct({}), tf.strct({}));
    GoMap* m = mapNew(mt, 0);
    char k = 0;
    mapAssign(mt, m, &k);
    mapAssign(mt, m, &k);
    CHECK(mapLen(m) == 1);
    CHECK(mapAccess(mt, m, &k) != nullptr);
    mapDelete(mt, m, &k);
    CHECK(mapLen(m) == 0);
  }
}

TEST_CASE("float keys: -0 is +0, every NaN is a new key") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Float64, tf.Int);
  GoMap* m = mapNew(mt, 0);
  double z = 0.0, nz = -0.0, nan = std::nan("");
  setI(mapAssign(mt, m, &z), 1);
  setI(mapAssign(mt, m, &nz), 2);
  CHECK(mapLen(m) == 1);
  CHECK(getI(mapAccess(mt, m, &z)) == 2);
  // Go updates the key: the entry's key is now -0
  MapIter* it = mapIterInit(mt, m);
  void *kp, *vp;
  REQUIRE(mapIterNext(it, &kp, &vp));
  CHECK(std::signbit(*static_cast<double*>(kp)));
  for (int i = 0; i < 100; i++) setI(mapAssign(mt, m, &nan), i);
  CHECK(mapLen(m) == 101);
  CHECK(mapAccess(mt, m, &nan) == nullptr);
  mapDelete(mt, m, &nan);
  CHECK(mapLen(m) == 101);
  int nans = 0;
  it = mapIterInit(mt, m);
  while (mapIterNext(it, &kp, &vp)) nans += std::isnan(*static_cast<double*>(kp));
  CHECK(nans == 100);
  mapClear(mt, m);
  CHECK(mapLen(m) == 0);
  CHECK_FALSE(mapIterNext(mapIterInit(mt, m), &kp, &vp));
}

TEST_CASE("interface keys") {
  TypeFactory tf;
  Type* mt = tf.map(tf.EmptyIface, tf.Int);
  Type* myInt = tf.named("MyInt", "main", tf.Int);
  Type* pt = tf.named("P", "main", tf.strct({{"X", tf.Int}, {"S", tf.String}}));
  Type* sl = tf.slice(tf.Int);
  GoMap* m = mapNew(mt, 0);
  auto box = [&](Type* t, const void* v) {
    void* b = GC_MALLOC(size_t(t->size));
    std::memcpy(b, v, size_t(t->size));
    return GoIface{t, b};
  };
  int64_t one = 1;
  GoString s1 = gs("1");
  uint8_t pv[24] = {};
  setI(pv, 1);
  GoString ps = gs("p");
  std::memcpy(pv + 8, &ps, 16);
  double fz = 0.0, fnz = -0.0;
  int dummy;
  GoIface keys[] = {
      box(tf.Int, &one), box(myInt, &one), box(tf.String, &s1), box(pt, pv), GoIface{nullptr, nullptr},
      box(tf.Float64, &fz), GoIface{tf.ptr(tf.Int), &dummy},
  };
  for (int i = 0; i < 7; i++) setI(mapAssign(mt, m, &keys[i]), i);
  CHECK(mapLen(m) == 7);
  for (int i = 0; i < 7; i++) {
    // fresh boxes of equal values find the entries
    GoIface k = keys[i].type && !keys[i].type->isPointerShaped() ? box(keys[i].type, keys[i].data) : keys[i];
    REQUIRE(mapAccess(mt, m, &k));
    CHECK(getI(mapAccess(mt, m, &k)) == i);
  }
  GoIface negz = box(tf.Float64, &fnz);
  CHECK(getI(mapAccess(mt, m, &negz)) == 5);
  float f32 = 0;
  GoIface k32 = box(tf.Float32, &f32);  // float32(0) is not float64(0)
  CHECK(mapAccess(mt, m, &k32) == nullptr);
  // unhashable dynamic type: Go's runtime error, even on nil and empty maps
#ifdef GORO_TEST_STUBS
  GoSlice s{nullptr, 0, 0};
  GoIface bad = box(sl, &s);
  CHECK_THROWS_WITH_AS(mapAssign(mt, m, &bad), "runtime error: hash of unhashable type []int", RtTestPanic);
  CHECK_THROWS_WITH_AS(mapAccess(mt, m, &bad), "runtime error: hash of unhashable type []int", RtTestPanic);
  CHECK_THROWS_WITH_AS(mapAccess(mt, nullptr, &bad), "runtime error: hash of unhashable type []int", RtTestPanic);
  CHECK_THROWS_WITH_AS(mapDelete(mt, mapNew(mt, 0), &bad), "runtime error: hash of unhashable type []int",
                       RtTestPanic);
  // a failed assignment leaves the map usable (no "concurrent map writes")
  setI(mapAssign(mt, m, &keys[0]), 10);
  CHECK(getI(mapAccess(mt, m, &keys[0])) == 10);
#else
  (void)sl;
#endif
}

TEST_CASE("iteration: deletes during range are honoured, no entry twice") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  for (int round = 0; round < 20; round++) {
    GoMap* m = mapNew(mt, 0);
    const int n = 1000;
    for (int64_t i = 0; i < n; i++) put(mt, m, i, i);
    std::set<int64_t> produced, deleted;
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    while (mapIterNext(it, &kp, &vp)) {
      int64_t k = getI(kp);
      CHECK(getI(vp) == k);
      CHECK(deleted.count(k) == 0);
      CHECK(produced.insert(k).second);
      // delete the "partner" of every key we see, and the key itself
      int64_t partner = (k * 7 + round) % n;
      if (!produced.count(partner)) {
        mapDelete(mt, m, &partner);
        deleted.insert(partner);
      }
      mapDelete(mt, m, &k);
    }
    CHECK(produced.size() + deleted.size() == size_t(n));
    CHECK(mapLen(m) == 0);
  }
}

TEST_CASE("iteration: inserts and deletes during range (with growth) follow Go's rules") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  for (int round = 0; round < 10; round++) {
    GoMap* m = mapNew(mt, 0);
    const int64_t n = 100;
    for (int64_t i = 0; i < n; i++) put(mt, m, i, i);
    std::set<int64_t> produced, deleted;
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    int64_t next = 1000000;
    while (mapIterNext(it, &kp, &vp)) {
      int64_t k = getI(kp);
      CHECK(produced.insert(k).second);  // never twice
      if (k < n) {
        CHECK(deleted.count(k) == 0);  // deleted before reached: never produced
        CHECK(getI(vp) == k);
      }
      for (int j = 0; j < 50; j++) put(mt, m, next++, -1);  // many growths
      int64_t victim = (k * 13 + round) % n;
      if (!produced.count(victim) && !deleted.count(victim)) {
        mapDelete(mt, m, &victim);
        deleted.insert(victim);
      }
    }
    // every original that was not deleted was produced
    for (int64_t i = 0; i < n; i++) CHECK((produced.count(i) == 1) != (deleted.count(i) == 1));
    CHECK(mapLen(m) == n - int64_t(deleted.size()) + (next - 1000000));
  }
}

TEST_CASE("iteration: originals present throughout are produced exactly once, with current values") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GoMap* m = mapNew(mt, 0);
  const int64_t n = 500;
  for (int64_t i = 0; i < n; i++) put(mt, m, i, i);
  std::vector<int> count(n, 0);
  MapIter* it = mapIterInit(mt, m);
  void *kp, *vp;
  int64_t next = 1 << 20;
  while (mapIterNext(it, &kp, &vp)) {
    int64_t k = getI(kp);
    if (k < n) {
      count[size_t(k)]++;
      // value updated by an earlier step must be seen (k+250 wrote k's value)
      if (k >= 250) CHECK((getI(vp) == k || getI(vp) == -k));
    }
    if (k < 250) {
      int64_t other = k + 250;
      put(mt, m, other, -other);
    }
    for (int j = 0; j < 20; j++) put(mt, m, next++, 0);  // forces several growths
  }
  for (int64_t i = 0; i < n; i++) CHECK(count[size_t(i)] == 1);
  // values written after growth are found by later lookups
  int64_t v;
  REQUIRE(get(mt, m, 300, &v));
  CHECK(v == -300);
}

TEST_CASE("iteration: NaN keys survive growth during range; clear stops them") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Float64, tf.Int);
  GoMap* m = mapNew(mt, 0);
  double nan = std::nan("");
  for (int i = 0; i < 10; i++) setI(mapAssign(mt, m, &nan), i);
  int seen = 0;
  MapIter* it = mapIterInit(mt, m);
  void *kp, *vp;
  double next = 1;
  while (mapIterNext(it, &kp, &vp)) {
    seen += std::isnan(*static_cast<double*>(kp));
    for (int j = 0; j < 100; j++) {
      setI(mapAssign(mt, m, &next), 0);
      next++;
    }
  }
  CHECK(seen == 10);
  it = mapIterInit(mt, m);
  REQUIRE(mapIterNext(it, &kp, &vp));
  mapClear(mt, m);
  CHECK_FALSE(mapIterNext(it, &kp, &vp));
}

TEST_CASE("iteration over sparse tables: whole free groups skipped, every entry once") {
  // After deletes most groups are free: the walk skips them 16 slots at a
  // time, from a random start that is rarely group-aligned (so the first and
  // last groups of the walk are partial).
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  for (int64_t keep : {1, 5, 97, 1000, 4095}) {
    GoMap* m = mapNew(mt, 0);
    const int64_t n = 4096;
    for (int64_t i = 0; i < n; i++) put(mt, m, i, i * 3);
    std::set<int64_t> want;
    for (int64_t i = 0; i < n; i++) {
      if (i % keep == 0) want.insert(i);
      else mapDelete(mt, m, &i);
    }
    for (int r = 0; r < 40; r++) {
      std::set<int64_t> got;
      for (auto [k, v] : items(mt, m)) {
        CHECK(v == k * 3);
        CHECK(got.insert(k).second);
      }
      CHECK(got == want);
    }
  }
  GoMap* empty = mapNew(mt, 0);
  for (int64_t i = 0; i < 100; i++) put(mt, empty, i, i);
  for (int64_t i = 0; i < 100; i++) mapDelete(mt, empty, &i);
  CHECK(items(mt, empty).empty());
}

TEST_CASE("iteration order is randomized") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GoMap* m = mapNew(mt, 0);
  for (int64_t i = 0; i < 50; i++) put(mt, m, i, i);
  std::set<int64_t> firsts;
  for (int r = 0; r < 50; r++) firsts.insert(items(mt, m)[0].first);
  CHECK(firsts.size() > 5);
}

TEST_CASE("mapSetRandSeed makes iteration order reproducible") {
  TypeFactory tf;
  Type* mt = tf.map(tf.String, tf.Int);
  auto run = [&]() {
    mapSetRandSeed(12345);
    GoMap* m = mapNew(mt, 0);
    for (int i = 0; i < 100; i++) {
      GoString k = gs("k" + std::to_string(i));
      setI(mapAssign(mt, m, &k), i);
    }
    std::vector<int64_t> order;
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    while (mapIterNext(it, &kp, &vp)) order.push_back(getI(vp));
    return order;
  };
  auto a = run(), b = run();
  CHECK(a == b);
  CHECK(a.size() == 100);
}

TEST_CASE("clear keeps the map usable") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.String);
  GoMap* m = mapNew(mt, 0);
  for (int64_t i = 0; i < 1000; i++) {
    GoString s = gs("v");
    std::memcpy(mapAssign(mt, m, &i), &s, 16);
  }
  mapClear(mt, m);
  CHECK(mapLen(m) == 0);
  int64_t k = 5;
  CHECK(mapAccess(mt, m, &k) == nullptr);
  for (int64_t i = 0; i < 2000; i++) {
    GoString s = gs(std::to_string(i));
    std::memcpy(mapAssign(mt, m, &i), &s, 16);
  }
  CHECK(mapLen(m) == 2000);
  CHECK(static_cast<GoString*>(mapAccess(mt, m, &k))->view() == "5");
}

TEST_CASE("1M random operations against std::unordered_map, with collections") {
  TypeFactory tf;
  SUBCASE("map[int]int") {
    Type* mt = tf.map(tf.Int, tf.Int);
    GoMap* m = mapNew(mt, 0);
    std::unordered_map<int64_t, int64_t> oracle;
    std::mt19937_64 rng(42);
    for (int op = 0; op < 1000000; op++) {
      int64_t k = int64_t(rng() % 300000) - 150000;
      if (op % 4096 == 0) k = int64_t(rng());  // some wide keys
      switch (rng() % 4) {
        case 0: case 1: {
          int64_t v = int64_t(rng());
          put(mt, m, k, v);
          oracle[k] = v;
          break;
        }
        case 2: {
          mapDelete(mt, m, &k);
          oracle.erase(k);
          break;
        }
        default: {
          int64_t v;
          bool found = get(mt, m, k, &v);
          auto o = oracle.find(k);
          REQUIRE(found == (o != oracle.end()));
          if (found) REQUIRE(v == o->second);
        }
      }
      if (op % 250000 == 0) GC_gcollect();
    }
    GC_gcollect();
    REQUIRE(mapLen(m) == int64_t(oracle.size()));
    for (auto& [k, v] : oracle) {
      int64_t got;
      REQUIRE(get(mt, m, k, &got));
      REQUIRE(got == v);
    }
    auto all = items(mt, m);
    REQUIRE(all.size() == oracle.size());
    for (auto& [k, v] : all) REQUIRE(oracle.at(k) == v);
  }
  SUBCASE("map[string]string (pointers in keys and values survive GC)") {
    Type* mt = tf.map(tf.String, tf.String);
    GoMap* m = mapNew(mt, 0);
    std::unordered_map<std::string, std::string> oracle;
    std::mt19937_64 rng(7);
    for (int op = 0; op < 1000000; op++) {
      std::string ks = "k" + std::to_string(rng() % 200000);
      GoString k = gs(ks);
      switch (rng() % 4) {
        case 0: case 1: {
          std::string vs = "v" + std::to_string(op);
          GoString v = gs(vs);
          std::memcpy(mapAssign(mt, m, &k), &v, 16);
          oracle[ks] = vs;
          break;
        }
        case 2:
          mapDelete(mt, m, &k);
          oracle.erase(ks);
          break;
        default: {
          auto* p = static_cast<GoString*>(mapAccess(mt, m, &k));
          auto o = oracle.find(ks);
          REQUIRE((p != nullptr) == (o != oracle.end()));
          if (p) REQUIRE(p->view() == o->second);
        }
      }
      if (op % 200000 == 0) GC_gcollect();
    }
    GC_gcollect();
    REQUIRE(mapLen(m) == int64_t(oracle.size()));
    size_t n = 0;
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    while (mapIterNext(it, &kp, &vp)) {
      n++;
      REQUIRE(oracle.at(std::string(static_cast<GoString*>(kp)->view())) == static_cast<GoString*>(vp)->view());
    }
    REQUIRE(n == oracle.size());
  }
}

// ---- the array part (integer keys dense from 0; runtime/map.cpp "Array part")

TEST_CASE("array part: dense integer keys move into it, sparse and negative ones stay in the table") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GoMap* m = mapNew(mt, 0);
  for (int64_t i = 0; i < 10; i++) put(mt, m, i, i);
  CHECK(mapArraySize(m) == 0);  // no growth yet: still the first table
  for (int64_t i = 10; i < 1000; i++) put(mt, m, i, i * 2);
  CHECK(mapArraySize(m) >= 1024);
  put(mt, m, -5, 55);  // negative: beyond any array
  put(mt, m, int64_t(1) << 40, 66);
  CHECK(mapLen(m) == 1002);
  int64_t v;
  for (int64_t i = 0; i < 1000; i++) {
    REQUIRE(get(mt, m, i, &v));
    CHECK(v == (i < 10 ? i : i * 2));
  }
  CHECK_FALSE(get(mt, m, 1000, &v));  // in the array's range, absent
  CHECK_FALSE(get(mt, m, 5000, &v));  // beyond it
  REQUIRE(get(mt, m, -5, &v));
  CHECK(v == 55);
  REQUIRE(get(mt, m, int64_t(1) << 40, &v));
  CHECK(v == 66);
  // a new array entry's value starts at zero, also where a deleted one was
  int64_t k = 7;
  mapDelete(mt, m, &k);
  CHECK_FALSE(get(mt, m, 7, &v));
  CHECK(mapLen(m) == 1001);
  CHECK(getI(mapAssign(mt, m, &k)) == 0);
  CHECK(mapLen(m) == 1002);
  mapDelete(mt, m, &k);
  mapDelete(mt, m, &k);  // missing: no-op
  CHECK(mapLen(m) == 1001);
  std::set<int64_t> keys;
  for (auto [key, val] : items(mt, m)) {
    CHECK(keys.insert(key).second);
    CHECK(val == (key == -5 ? 55 : key == (int64_t(1) << 40) ? 66 : key < 10 ? key : key * 2));
  }
  CHECK(keys.size() == 1001);

  // random keys over a wide range never make an array part
  GoMap* sparse = mapNew(mt, 0);
  std::mt19937_64 rng(3);
  for (int i = 0; i < 20000; i++) put(mt, sparse, int64_t(rng() % 100000000), i);
  CHECK(mapArraySize(sparse) == 0);
}

TEST_CASE("array part: keys inserted in random order; the array grows; 32-bit keys") {
  TypeFactory tf;
  SUBCASE("map[int]int, a permutation of [0, n)") {
    Type* mt = tf.map(tf.Int, tf.Int);
    GoMap* m = mapNew(mt, 0);
    const int64_t n = 300007;
    for (int64_t i = 0; i < n; i++) put(mt, m, (i * 7919) % n, i);
    CHECK(mapArraySize(m) >= 262144);  // (keys past it stay in the table)
    CHECK(mapLen(m) == n);
    int64_t v, hits = 0;
    for (int64_t i = 0; i < 2 * n; i++)
      if (get(mt, m, i, &v)) {
        hits++;
        CHECK((v * 7919) % n == i);
      }
    CHECK(hits == n);
  }
  SUBCASE("map[int32]string and map[uint32]int: negative and high keys") {
    Type* mt = tf.map(tf.Int32, tf.String);
    GoMap* m = mapNew(mt, 0);
    for (int32_t i = -100; i < 5000; i++) {
      GoString s = gs(std::to_string(i));
      std::memcpy(mapAssign(mt, m, &i), &s, 16);
    }
    CHECK(mapArraySize(m) >= 4096);
    GC_gcollect();  // values in the array part hold the strings
    for (int32_t i = -100; i < 5000; i++) {
      auto* p = static_cast<GoString*>(mapAccess(mt, m, &i));
      REQUIRE(p);
      CHECK(p->view() == std::to_string(i));
    }
    size_t n = 0;
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    while (mapIterNext(it, &kp, &vp)) {
      int32_t k;
      std::memcpy(&k, kp, 4);
      CHECK(static_cast<GoString*>(vp)->view() == std::to_string(k));
      n++;
    }
    CHECK(n == 5100);
    Type* mu = tf.map(tf.Uint32, tf.Int);
    GoMap* u = mapNew(mu, 0);
    for (uint32_t i = 0; i < 3000; i++) setI(mapAssign(mu, u, &i), i);
    uint32_t high = 0xFFFFFFFFu;
    setI(mapAssign(mu, u, &high), 9);
    CHECK(mapArraySize(u) >= 2048);
    CHECK(getI(mapAccess(mu, u, &high)) == 9);
    CHECK(mapLen(u) == 3001);
  }
}

TEST_CASE("array part: iteration while the map changes follows Go's rules") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  for (int round = 0; round < 10; round++) {
    // Begins with a small array part; the inserts during the walk grow it
    // (new blocks: the walk goes on over the old ones, looking keys up) and
    // move table keys into it.
    GoMap* m = mapNew(mt, 0);
    const int64_t n = 200;
    for (int64_t i = 0; i < n; i++) put(mt, m, i, i);
    for (int64_t i = 0; i < 50; i++) put(mt, m, 100000 + i * 1000, i);  // table keys, later array keys
    const uint64_t arr0 = mapArraySize(m);
    REQUIRE(arr0 > 0);
    std::set<int64_t> produced, deleted;
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    int64_t next = n;
    while (mapIterNext(it, &kp, &vp)) {
      int64_t k = getI(kp);
      CHECK(produced.insert(k).second);  // never twice
      CHECK(deleted.count(k) == 0);      // deleted before reached: never produced
      if (k < n) CHECK(getI(vp) == k);
      for (int j = 0; j < 40; j++, next++) put(mt, m, next, -1);  // dense: the array grows
      int64_t victim = (k * 13 + round) % n;
      if (!produced.count(victim) && !deleted.count(victim)) {
        mapDelete(mt, m, &victim);
        deleted.insert(victim);
      }
    }
    CHECK(mapArraySize(m) > arr0);
    for (int64_t i = 0; i < n; i++) CHECK((produced.count(i) == 1) != (deleted.count(i) == 1));
    for (int64_t i = 0; i < 50; i++) CHECK(produced.count(100000 + i * 1000) == 1);
    CHECK(mapLen(m) == n + 50 - int64_t(deleted.size()) + (next - n));
  }
}

TEST_CASE("array part: iteration order is randomized, every key once; clear empties it") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Bool);
  GoMap* m = mapNew(mt, 0);
  for (int64_t i = 0; i < 5000; i++) *static_cast<uint8_t*>(mapAssign(mt, m, &i)) = 1;
  REQUIRE(mapArraySize(m) > 0);
  std::set<int64_t> firsts, seconds;
  for (int r = 0; r < 40; r++) {
    MapIter* it = mapIterInit(mt, m);
    void *kp, *vp;
    std::vector<int64_t> order;
    while (mapIterNext(it, &kp, &vp)) order.push_back(getI(kp));
    REQUIRE(order.size() == 5000);
    CHECK(std::set<int64_t>(order.begin(), order.end()).size() == 5000);
    firsts.insert(order[0]);
    seconds.insert(order[1] - order[0]);
  }
  CHECK(firsts.size() > 20);
  CHECK(seconds.size() > 5);  // not always the next key
  MapIter* it = mapIterInit(mt, m);
  void *kp, *vp;
  REQUIRE(mapIterNext(it, &kp, &vp));
  mapClear(mt, m);
  CHECK(mapLen(m) == 0);
  CHECK_FALSE(mapIterNext(it, &kp, &vp));
  int64_t k = 3;
  CHECK(mapAccess(mt, m, &k) == nullptr);
  *static_cast<uint8_t*>(mapAssign(mt, m, &k)) = 1;
  CHECK(mapLen(m) == 1);
  CHECK(*static_cast<uint8_t*>(mapAccess(mt, m, &k)) == 1);
}

TEST_CASE("array part: 1M random operations against std::unordered_map") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GoMap* m = mapNew(mt, 0);
  std::unordered_map<int64_t, int64_t> oracle;
  std::mt19937_64 rng(99);
  for (int op = 0; op < 1000000; op++) {
    // mostly dense keys in a range that widens over time, some negative and wide
    int64_t k = int64_t(rng() % uint64_t(1000 + op / 4));
    if (op % 97 == 0) k = -k;
    if (op % 1009 == 0) k = int64_t(rng() >> 20);
    switch (rng() % 5) {
      case 0: case 1: {
        int64_t v = int64_t(rng());
        put(mt, m, k, v);
        oracle[k] = v;
        break;
      }
      case 2: {
        mapDelete(mt, m, &k);
        oracle.erase(k);
        break;
      }
      case 3:
        if (op % 100000 == 0) {
          mapClear(mt, m);
          oracle.clear();
        }
        break;
      default: {
        int64_t v;
        bool found = get(mt, m, k, &v);
        auto o = oracle.find(k);
        REQUIRE(found == (o != oracle.end()));
        if (found) REQUIRE(v == o->second);
      }
    }
    if (op % 250000 == 0) GC_gcollect();
  }
  CHECK(mapArraySize(m) > 0);
  REQUIRE(mapLen(m) == int64_t(oracle.size()));
  auto all = items(mt, m);
  REQUIRE(all.size() == oracle.size());
  for (auto& [k, v] : all) REQUIRE(oracle.at(k) == v);
}

TEST_CASE("unreachable maps are collected") {
  TypeFactory tf;
  Type* mt = tf.map(tf.Int, tf.Int);
  GC_gcollect();
  size_t before = GC_get_heap_size();
  for (int r = 0; r < 200; r++) {
    GoMap* m = mapNew(mt, 0);
    for (int64_t i = 0; i < 20000; i++) put(mt, m, i, i);
  }
  GC_gcollect();
  // 200 maps of ~1 MB each would be 200 MB if none were collected
  CHECK(GC_get_heap_size() < before + (64u << 20));
}
