// runtime/map.cpp — Go maps as open-addressing hash tables (SwissTable-style).
//
// Table: `cap` slots (a power of two, >= 16), in one GC block:
//     ctrl[cap]   one control byte per slot: kEmpty, kDeleted, or the low 7
//                 bits of the key's hash (h2) when the slot is full
//     slots[cap]  key at offset 0, value at valOff; slotSize bytes each
// Slots are grouped 16 by 16; a lookup hashes the key, starts at group
// (h >> 7) & groupMask, compares the 16 control bytes with h2 in one SSE2
// instruction, checks the keys of the matching slots, and stops at the first
// group holding an empty slot; otherwise it moves on along a triangular
// sequence (g, g+1, g+3, g+6, ...), which visits every group. Control bytes
// and slots live apart, so a lookup in a table bigger than the caches would
// wait for two memory accesses in a row; it prefetches the first group's slots
// before reading its control bytes, so the two overlap (lookups in 1M-entry
// tables: a third faster). Tables of 4 MiB and more ask for huge pages.
// Two more ways to keep several misses in flight: ops whose integer keys
// follow an arithmetic progression prefetch the group of the key a few ops
// ahead, and ops whose string keys' data pointers do prefetch the bytes of
// the key a few ops ahead (stridePrefetch); growth hashes entries a few ahead
// of the one it moves and prefetches their new groups, and the bytes of
// string keys further ahead still (Rehash).
//
// Invariants:
//   - at least cap/8 slots are kEmpty (growthLeft = empty slots - cap/8 that
//     may still be filled), so every probe sequence ends (a probe that has
//     seen every group is a table changed by a racing write: Go's fatal
//     error, never an endless loop);
//   - if a group holds a kEmpty slot, no key lives beyond it on its probe
//     sequence; hence delete may turn a slot kEmpty (not kDeleted) when its
//     group already has a kEmpty slot;
//   - full slots never move while their table is the map's table: growth (or a
//     same-size rehash to drop tombstones) copies every entry into a NEW table
//     and leaves the old one untouched. Iterators rely on this (below).
//   - `writing` is set for the duration of every write (assign, delete, clear).
//
// Iteration: an iterator walks the table that was current when it began, from
// a random slot, wrapping around. While that table is still the map's table,
// a full slot is produced as is (deleted slots are no longer full; inserted
// ones may land before or after the cursor). Once the map has moved to a new
// table, the iterator keeps walking the old one (which no longer changes) and,
// for each entry, looks its key up in the map: absent means deleted, present
// gives the current key/value slots. A key not equal to itself (NaN) cannot be
// looked up and cannot be deleted except by clear, so it is produced from the
// old table unless the map was cleared since the iteration began. Each step
// finds the next full slot of its group with one SSE2 compare and a ctz, so
// free slots cost nothing per slot (sparse tables after deletes).
//
// Key classes pick the fast paths: 8- and 4-byte keys compared as integers
// (int, uint64, pointers, chans, [1]int32, ...), strings, other pointer-free
// "plain memory" keys with no padding (memcmp), and the generic path
// (floats, interfaces, structs with strings, ...) through valueHash/valuesEqual.
#include "runtime/map.h"

#include <gc/gc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <type_traits>

#include <unistd.h>

#include "vm/native.h"

namespace goro {

namespace {

constexpr uint8_t kEmpty = 0x80;
constexpr uint8_t kDeleted = 0xFE;
constexpr uint64_t kGroup = 16;
constexpr uint64_t kMinCap = 16;
constexpr uint32_t kPrefetchBytes = 512;          // at most 8 cache lines of a group's slots

enum KeyClass : uint8_t { kKeyU64, kKeyU32, kKeyStr, kKeyMem, kKeyGeneric };

}  // namespace


// ---- random source

namespace {
std::atomic<uint64_t> gSeedBase{0};
std::atomic<uint64_t> gSeedGen{1};
std::atomic<uint64_t> gThreadCount{0};
thread_local uint64_t tlState = 0;
thread_local uint64_t tlGen = 0;

uint64_t initialSeed() {
  auto t = uint64_t(std::chrono::steady_clock::now().time_since_epoch().count());
  return alg::mix(t ^ alg::kP2, uint64_t(getpid()) ^ alg::kP3);
}
}  // namespace

void mapSetRandSeed(uint64_t seed) {
  gSeedBase.store(seed ^ alg::kP1, std::memory_order_relaxed);
  gThreadCount.store(0, std::memory_order_relaxed);
  gSeedGen.fetch_add(1, std::memory_order_release);
  tlGen = 0;
}

uint64_t mapRand() {
  uint64_t gen = gSeedGen.load(std::memory_order_acquire);
  if (tlGen != gen) {
    static const uint64_t boot = initialSeed();
    uint64_t base = gSeedBase.load(std::memory_order_relaxed);
    if (gen == 1) base = boot;
    uint64_t idx = gThreadCount.fetch_add(1, std::memory_order_relaxed);
    tlState = base ^ alg::mix(idx + 1, alg::kP2);
    tlGen = gen;
  }
  tlState += alg::kP0;
  return alg::mix(tlState, tlState ^ alg::kP1);
}

// ---- control-byte groups

namespace {

#ifdef __SSE2__
struct Group {
  __m128i v;
  explicit Group(const uint8_t* p) : v(_mm_load_si128(reinterpret_cast<const __m128i*>(p))) {}
  uint32_t match(uint8_t h2) const {
    return uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(char(h2)))));
  }
  uint32_t matchEmpty() const {
    return uint32_t(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(char(kEmpty)))));
  }
  // kEmpty and kDeleted are the control bytes with the high bit set.
  uint32_t matchFree() const { return uint32_t(_mm_movemask_epi8(v)); }
};
#else
struct Group {
  const uint8_t* p;
  explicit Group(const uint8_t* q) : p(q) {}
  uint32_t match(uint8_t h2) const {
    uint32_t m = 0;
    for (uint32_t i = 0; i < kGroup; i++) m |= uint32_t(p[i] == h2) << i;
    return m;
  }
  uint32_t matchEmpty() const { return match(kEmpty); }
  uint32_t matchFree() const {
    uint32_t m = 0;
    for (uint32_t i = 0; i < kGroup; i++) m |= uint32_t(p[i] >> 7) << i;
    return m;
  }
};
#endif

inline uint8_t h2Of(uint64_t h) { return uint8_t(h & 0x7f); }
inline uint64_t capOf(const GoMap* m) { return m->ctrl ? m->mask + 1 : 0; }
inline uint8_t* slotAt(const GoMap* m, uint64_t i) { return m->slots + i * m->slotSize; }
inline int64_t maxFill(uint64_t cap) { return int64_t(cap - cap / 8); }
inline int64_t hashCount(const GoMap* m) { return m->count - m->arrCount; }  // entries in the table

inline bool isWriting(const GoMap* m) { return __atomic_load_n(&m->writing, __ATOMIC_RELAXED) != 0; }
inline void setWriting(GoMap* m, uint8_t v) { __atomic_store_n(&m->writing, v, __ATOMIC_RELAXED); }

// ---- key classes: hash and equality of a key in memory layout

struct KeyU64 {
  static uint64_t hash(const GoMap* m, const void* k) {
    uint64_t v;
    std::memcpy(&v, k, 8);
    return alg::hash64(v, m->seed);
  }
  static bool eq(const GoMap*, const void* a, const void* b) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    return x == y;
  }
};
struct KeyU32 {
  static uint64_t hash(const GoMap* m, const void* k) {
    uint32_t v;
    std::memcpy(&v, k, 4);
    return alg::hash32(v, m->seed);
  }
  static bool eq(const GoMap*, const void* a, const void* b) {
    uint32_t x, y;
    std::memcpy(&x, a, 4);
    std::memcpy(&y, b, 4);
    return x == y;
  }
};
struct KeyStr {
  static uint64_t hash(const GoMap* m, const void* k) {
    auto* s = static_cast<const GoString*>(k);
    return alg::hashBytesPre(s->ptr, size_t(s->len), m->bytesSeed);
  }
  static bool eq(const GoMap*, const void* a, const void* b) {
    auto* x = static_cast<const GoString*>(a);
    auto* y = static_cast<const GoString*>(b);
    return x->len == y->len && (x->ptr == y->ptr || x->len == 0 || std::memcmp(x->ptr, y->ptr, size_t(x->len)) == 0);
  }
};
struct KeyMem {
  static uint64_t hash(const GoMap* m, const void* k) { return alg::hashBytesPre(k, m->keySize, m->bytesSeed); }
  static bool eq(const GoMap* m, const void* a, const void* b) { return std::memcmp(a, b, m->keySize) == 0; }
};
struct KeyGeneric {
  static uint64_t hash(const GoMap* m, const void* k) { return valueHash(m->keyType, k, m->seed); }
  static bool eq(const GoMap* m, const void* a, const void* b) { return valuesEqual(m->keyType, a, b); }
};

// Dispatch on the key class: F<KeyOps>::run(args...).
template <template <class> class F, class... A>
inline auto byClass(const GoMap* m, A... a) {
  switch (m->keyClass) {
    case kKeyU64: return F<KeyU64>::run(a...);
    case kKeyU32: return F<KeyU32>::run(a...);
    case kKeyStr: return F<KeyStr>::run(a...);
    case kKeyMem: return F<KeyMem>::run(a...);
    default: return F<KeyGeneric>::run(a...);
  }
}

// Start loading group g's slots while its control bytes load: a lookup then
// waits for one memory access instead of two in a row. Slots fill from the
// group's first free one, so the first lines are the likely ones. Only in
// tables of kPrefetchMinCap slots and more: smaller ones stay in the caches,
// where the prefetches are pure cost (in-cache lookups: a tenth faster).
constexpr uint64_t kPrefetchMinCap = uint64_t(1) << 16;
inline bool bigTable(const GoMap* m) { return m->mask >= kPrefetchMinCap - 1; }
inline void prefetchSlots(const GoMap* m, uint64_t g) {
  const uint8_t* p = slotAt(m, g * kGroup);
  const uint32_t bytes = std::min<uint32_t>(m->slotSize * kGroup, kPrefetchBytes);
  for (uint32_t o = 0; o < bytes; o += 64) __builtin_prefetch(p + o);
}

// Key-stride prefetch. Integer keys that follow an arithmetic progression
// (m[i] in a counting loop, IDs walked in order, k += step) are common, and
// each op on a table bigger than the caches waits for a miss; what the next
// keys will be is then known. Each thread remembers, for a few maps, the last
// integer key and the stride to it; when an op's key repeats the stride, it
// prefetches the group (control bytes and slots) of the key kStrideAhead ops
// on, so that many misses overlap. A wrong guess costs a hash and a few
// prefetches; ops whose keys have no stride cost a compare. Per-thread state:
// maps read by many goroutines at once (legal in Go) share no written line.
// 12 ops ahead: at interpreted speed (15-20 ns per op on a big table) a
// DRAM miss (~150 ns) is over in 8-10 ops; fewer left lookups of 1M-entry
// tables waiting, more gained nothing.
constexpr uint64_t kStrideAhead = 12;
constexpr uint32_t kStrideWays = 4;

struct StrideState {
  const GoMap* m;
  uint64_t last;
  uint64_t stride;
  uint64_t run;  // consecutive ops that repeated the stride
};
thread_local StrideState tlStride[kStrideWays];
thread_local uint64_t tlStridePrefetches = 0;  // (mapStridePrefetches)
// The way of map m, given out round-robin as maps are made (mapNew), so maps
// made one after another use different ways (a hash of the map's address
// could put several in one way, where they would evict each other).
std::atomic<uint32_t> gNextStrideWay{0};
inline uint32_t strideWay(const GoMap* m) { return m->strideWay; }

template <class K>
inline bool stridePrefetch(const GoMap* m, const void* key) {
  if constexpr (std::is_same_v<K, KeyU64> || std::is_same_v<K, KeyU32>) {
    if (!bigTable(m)) return false;
    uint64_t k = 0;
    std::memcpy(&k, key, std::is_same_v<K, KeyU64> ? 8 : 4);
    StrideState& st = tlStride[strideWay(m)];
    const uint64_t d = k - st.last;
    if (st.m == m && d == st.stride && d != 0) {
      const uint64_t next = k + kStrideAhead * d;
      const uint64_t g = (K::hash(m, &next) >> 7) & (m->mask >> 4);  // (KeyU32 reads the low half)
      __builtin_prefetch(m->ctrl + g * kGroup);
      prefetchSlots(m, g);
      tlStridePrefetches++;
      st.run++;
    } else {
      st.run = 0;
    }
    st.m = m;
    st.last = k;
    st.stride = d;
    return st.run > kStrideAhead;  // this key's group was prefetched kStrideAhead ops ago
  } else if constexpr (std::is_same_v<K, KeyStr>) {
    // String keys: the first miss is on the key's bytes (before the hash is
    // known). Keys read in the order they were built (a slice of keys walked
    // with a step) have data pointers in an arithmetic progression: prefetch
    // the bytes of the key kStrideAhead ops on.
    if (!bigTable(m)) return false;
    const uint64_t k = uint64_t(uintptr_t(static_cast<const GoString*>(key)->ptr));
    StrideState& st = tlStride[strideWay(m)];
    const uint64_t d = k - st.last;
    if (st.m == m && d == st.stride && d != 0) {
      __builtin_prefetch(reinterpret_cast<const void*>(uintptr_t(k + kStrideAhead * d)));
      tlStridePrefetches++;
    }
    st.m = m;
    st.last = k;
    st.stride = d;
    return false;
  } else {
    (void)m;
    (void)key;
    return false;
  }
}

// A probe that visited every group without finding an empty slot: only a
// table changed under the prober's feet (a data race on the map) does that.
[[noreturn]] void raceDuringProbe(bool write) {
  fatalError(write ? "concurrent map writes" : "concurrent map read and map write");
}

// The slot holding key (hash h), or null. `write`: for a write (the error
// when a racing writer left the table inconsistent).
template <class K>
inline uint8_t* findSlot(const GoMap* m, const void* key, uint64_t h, bool write = false, bool fetched = false) {
  const uint64_t gmask = m->mask >> 4;
  const uint8_t h2 = h2Of(h);
  uint64_t g = (h >> 7) & gmask;
  if (!fetched && bigTable(m)) prefetchSlots(m, g);
  for (uint64_t step = 1;; step++) {
    if (step > gmask + 1) raceDuringProbe(write);  // (the sequence visits every group in gmask+1 steps)
    Group grp(m->ctrl + g * kGroup);
    for (uint32_t bits = grp.match(h2); bits; bits &= bits - 1) {
      uint8_t* slot = slotAt(m, g * kGroup + uint64_t(__builtin_ctz(bits)));
      if (K::eq(m, slot, key)) [[likely]] return slot;
    }
    if (grp.matchEmpty()) [[likely]] return nullptr;
    g = (g + step) & gmask;
  }
}

// First free (empty or deleted) slot on h's probe sequence, in a table with no
// deleted slots being reused (used while rebuilding).
inline uint64_t findFree(const GoMap* m, uint64_t h) {
  const uint64_t gmask = m->mask >> 4;
  uint64_t g = (h >> 7) & gmask;
  for (uint64_t step = 1;; step++) {
    if (step > gmask + 1) raceDuringProbe(true);
    uint32_t free = Group(m->ctrl + g * kGroup).matchFree();
    if (free) return g * kGroup + uint64_t(__builtin_ctz(free));
    g = (g + step) & gmask;
  }
}

void allocTable(GoMap* m, uint64_t cap) {
  size_t bytes = size_t(cap) + size_t(cap) * m->slotSize;
  void* block;
  if (m->atomic) {
    block = GC_MALLOC_ATOMIC(bytes);
    if (!block) fatalError("runtime: out of memory");
    if (bytes >= kHugeAllocBytes) adviseHugePages(block, bytes);  // read at random
  } else {
    block = gcAlloc(bytes);  // (huge pages too, asked for before the clearing touches them)
  }
  m->ctrl = static_cast<uint8_t*>(block);
  std::memset(m->ctrl, kEmpty, size_t(cap));
  m->slots = m->ctrl + cap;
  m->mask = cap - 1;
  m->growthLeft = maxFill(cap) - hashCount(m);
}

uint64_t capForEntries(int64_t n) {
  uint64_t cap = kMinCap;
  while (maxFill(cap) < n) cap *= 2;
  return cap;
}

// ---- Array part (maps with integer keys)
//
// Lua's idea for tables used as arrays: when the keys in [0, N) are dense, an
// N-entry array indexed by the key beats any hash table (no hash, no probe,
// and a walk in key order reads memory in order). Layout: one GC block of
// N/64 bitmap words (bit k: key k is present), then N values. Invariants:
//   - a key k < arrN lives in the array part and never in the table, so an
//     entry lives in exactly one part (an iterator's two snapshots never share
//     an entry);
//   - like a table, an array block is never written once it is replaced
//     (growArray copies into a new block), so iterators may keep walking it;
//   - an absent key's value bytes are garbage in an atomic block (an insert
//     zeroes them) and zero otherwise (delete clears them for the GC).
// N is chosen when the table is full and would grow (growArray): the largest
// power of two N >= kMinArr for which either the array costs no more memory
// than a table holding the same keys at its average fill,
//     N*valSize + N/8  <=  c * (slotSize+1) * 3/2,   c = keys in [0, N)
// (map[int]int: c >= 0.32 N; map[int]bool: c >= 0.045 N), or the new array
// and a table for the keys left over cost no more than the old array and the
// table that growth would make. N only grows.
// Keys are compared as unsigned, so negative ones lie beyond any N.
constexpr uint64_t kMinArr = 64;
constexpr uint64_t kArrScrambleMaxBytes = uint64_t(256) << 10;  // (iteration order: mapIterInit)
constexpr int kMaxArrBits = 32;
constexpr uint64_t kMaxArrBytes = uint64_t(1) << 36;

template <class K>
inline constexpr bool kIntClass = std::is_same_v<K, KeyU64> || std::is_same_v<K, KeyU32>;

template <class K>
inline uint64_t intKey(const void* key) {
  if constexpr (std::is_same_v<K, KeyU64>) {
    uint64_t v;
    std::memcpy(&v, key, 8);
    return v;
  } else {
    uint32_t v;
    std::memcpy(&v, key, 4);
    return v;
  }
}
inline bool arrHas(const uint64_t* bits, uint64_t k) { return (bits[k >> 6] >> (k & 63)) & 1; }
inline uint8_t* arrVal(const GoMap* m, uint64_t k) { return m->arrVals + k * m->valSize; }

inline uint64_t arrBytes(const GoMap* m, uint64_t n) { return n * m->valSize + n / 8; }

// n keys, c of them present, `rest` keys left for the table; `grownCap`: the
// capacity the table would grow to without a new array.
inline bool arrayPays(const GoMap* m, uint64_t n, uint64_t c, uint64_t rest, uint64_t grownCap) {
  using U = unsigned __int128;
  const U cost = U(n) * m->valSize + n / 8;
  if (cost > kMaxArrBytes) return false;
  const U slot = m->slotSize + 1;
  return cost * 2 <= U(c) * slot * 3 ||
         cost + U(capForEntries(int64_t(rest) * 2)) * slot <= U(arrBytes(m, m->arrN)) + U(grownCap) * slot;
}

// Called when the table is full: if the keys now justify a (bigger) array
// part, build it, move the keys below its size into it and the others into a
// new table, and return true; otherwise change nothing and return false.
template <class K>
bool growArray(GoMap* m) {
  const uint8_t* oldCtrl = m->ctrl;
  const uint8_t* oldSlots = m->slots;
  const uint64_t oldCap = capOf(m);
  const uint32_t ss = m->slotSize;
  uint64_t nums[65] = {};  // the table's keys by bit length
  for (uint64_t i = 0; i < oldCap; i++) {
    if (oldCtrl[i] & 0x80) continue;
    const uint64_t k = intKey<K>(oldSlots + i * ss);
    nums[k ? 64 - __builtin_clzll(k) : 0]++;
  }
  const uint64_t inTable = uint64_t(hashCount(m));
  const uint64_t grownCap = inTable * 2 <= uint64_t(maxFill(oldCap)) ? oldCap : oldCap * 2;  // (as Rehash)
  uint64_t below = 0, n = 0, moved = 0;  // below: the table's keys < 2^b
  for (int b = 0; b <= kMaxArrBits; b++) {
    below += nums[b];
    const uint64_t size = uint64_t(1) << b;
    if (size < kMinArr || size <= m->arrN) continue;
    if (arrayPays(m, size, below + uint64_t(m->arrCount), inTable - below, grownCap)) {
      n = size;
      moved = below;
    }
  }
  if (n == 0) return false;
  const size_t bitBytes = size_t(n / 8);
  const size_t bytes = bitBytes + size_t(n) * m->valSize + 8;
  void* block;
  if (m->arrAtomic) {
    block = GC_MALLOC_ATOMIC(bytes);
    if (!block) fatalError("runtime: out of memory");
    if (bytes >= kHugeAllocBytes) adviseHugePages(block, bytes);
  } else {
    block = gcAlloc(bytes);
  }
  auto* bits = static_cast<uint64_t*>(block);
  uint8_t* vals = static_cast<uint8_t*>(block) + bitBytes;
  if (m->arrAtomic) std::memset(bits, 0, bitBytes);  // (GC_MALLOC's blocks come zeroed)
  if (m->arrN) {
    std::memcpy(bits, m->arrBits, size_t(m->arrN / 8));
    std::memcpy(vals, m->arrVals, size_t(m->arrN) * m->valSize);
  }
  m->arrBits = bits;
  m->arrVals = vals;
  m->arrN = n;
  m->arrCount += int64_t(moved);
  allocTable(m, capForEntries(hashCount(m) * 2));  // (growthLeft counts the entries moved below)
  const uint32_t vo = m->valOff, vs = m->valSize;
  for (uint64_t i = 0; i < oldCap; i++) {
    if (oldCtrl[i] & 0x80) continue;
    const uint8_t* src = oldSlots + i * ss;
    const uint64_t k = intKey<K>(src);
    if (k < n) {
      bits[k >> 6] |= uint64_t(1) << (k & 63);
      std::memcpy(vals + k * vs, src + vo, vs);
    } else {
      const uint64_t h = K::hash(m, src);
      const uint64_t j = findFree(m, h);
      m->ctrl[j] = h2Of(h);
      std::memcpy(slotAt(m, j), src, ss);
    }
  }
  return true;
}

// Move every entry into a new table: double the capacity, or keep it when at
// least half the fill is tombstones. Entries land in the new table at random,
// so each would wait for a cache miss on its destination group: the walk
// hashes entries kRehashAhead full slots ahead of the one it moves and
// prefetches their groups, keeping that many misses in flight.
constexpr uint32_t kRehashAhead = 8;
constexpr uint64_t kRehashKeyAhead = 32;

template <class K>
struct Rehash {
  static int run(GoMap* m) {
    uint8_t* oldCtrl = m->ctrl;
    uint8_t* oldSlots = m->slots;
    uint64_t oldCap = capOf(m);
    if constexpr (std::is_same_v<K, KeyU64> || std::is_same_v<K, KeyU32>) {
      if (m->intKeys && oldCap != 0 && growArray<K>(m)) return 0;
    }
    uint64_t cap = oldCap == 0 ? kMinCap : (hashCount(m) * 2 <= maxFill(oldCap) ? oldCap : oldCap * 2);
    allocTable(m, cap);
    const uint32_t ss = m->slotSize;
    const uint64_t gmask = m->mask >> 4;
    uint64_t hashes[kRehashAhead];  // ring: entries hashed and prefetched, not yet moved
    const uint8_t* srcs[kRehashAhead];
    uint32_t head = 0, queued = 0;
    auto moveOldest = [&]() {
      const uint64_t h = hashes[head];
      const uint64_t j = findFree(m, h);
      m->ctrl[j] = h2Of(h);
      if (ss == 16) std::memcpy(slotAt(m, j), srcs[head], 16);  // (the common slot: inline copy)
      else std::memcpy(slotAt(m, j), srcs[head], ss);
      head = (head + 1) % kRehashAhead;
      queued--;
    };
    for (uint64_t i = 0; i < oldCap; i++) {
      if constexpr (std::is_same_v<K, KeyStr>) {
        // Hashing a string key reads its bytes, which lie anywhere in the
        // heap: prefetch them kRehashKeyAhead slots before the walk hashes them.
        const uint64_t a = i + kRehashKeyAhead;
        if (a < oldCap && !(oldCtrl[a] & 0x80))
          __builtin_prefetch(reinterpret_cast<const GoString*>(oldSlots + a * ss)->ptr);
      }
      if (oldCtrl[i] & 0x80) continue;
      const uint8_t* src = oldSlots + i * ss;
      const uint64_t h = K::hash(m, src);
      const uint64_t g = (h >> 7) & gmask;
      __builtin_prefetch(m->ctrl + g * kGroup, 1);
      __builtin_prefetch(slotAt(m, g * kGroup), 1);
      if (queued == kRehashAhead) moveOldest();
      const uint32_t tail = (head + queued) % kRehashAhead;
      hashes[tail] = h;
      srcs[tail] = src;
      queued++;
    }
    while (queued) moveOldest();
    return 0;
  }
};

template <class K>
struct Access {
  static void* run(GoMap* m, const void* key) {
    if (isWriting(m)) fatalError("concurrent map read and map write");
    if constexpr (kIntClass<K>) {
      const uint64_t k = intKey<K>(key);
      if (k < m->arrN) return arrHas(m->arrBits, k) ? arrVal(m, k) : nullptr;
    }
    const bool fetched = stridePrefetch<K>(m, key);
    uint8_t* slot = findSlot<K>(m, key, K::hash(m, key), false, fetched);
    return slot ? slot + m->valOff : nullptr;
  }
};

template <class K>
struct Assign {
  static void* run(GoMap* m, const void* key) {
    if constexpr (kIntClass<K>) {
      const uint64_t k = intKey<K>(key);
      if (k < m->arrN) {
        if (isWriting(m)) fatalError("concurrent map writes");
        setWriting(m, 1);
        uint8_t* v = arrVal(m, k);
        if (!arrHas(m->arrBits, k)) {
          m->arrBits[k >> 6] |= uint64_t(1) << (k & 63);
          std::memset(v, 0, m->valSize);
          m->count++;
          m->arrCount++;
        }
        if (!isWriting(m)) fatalError("concurrent map writes");
        setWriting(m, 0);
        return v;
      }
    }
    uint64_t h = K::hash(m, key);  // may panic: before the write begins (as Go)
    if (isWriting(m)) fatalError("concurrent map writes");
    setWriting(m, 1);
    if (!m->ctrl) allocTable(m, kMinCap);
    const bool fetched = stridePrefetch<K>(m, key);
    const uint8_t h2 = h2Of(h);
    uint8_t* slot;
    for (;;) {
      const uint64_t gmask = m->mask >> 4;
      uint64_t g = (h >> 7) & gmask;
      if (!fetched && bigTable(m)) prefetchSlots(m, g);
      uint64_t target = ~uint64_t(0);
      for (uint64_t step = 1;; step++) {
        if (step > gmask + 1) raceDuringProbe(true);
        Group grp(m->ctrl + g * kGroup);
        for (uint32_t bits = grp.match(h2); bits; bits &= bits - 1) {
          uint8_t* s = slotAt(m, g * kGroup + uint64_t(__builtin_ctz(bits)));
          if (K::eq(m, s, key)) {
            // Go updates the key too (+0 vs -0, a string sharing less memory).
            if constexpr (std::is_same_v<K, KeyStr>) {
              if (static_cast<const GoString*>(key)->ptr != reinterpret_cast<GoString*>(s)->ptr)
                std::memcpy(s, key, sizeof(GoString));
            } else if constexpr (std::is_same_v<K, KeyGeneric>) {
              std::memcpy(s, key, m->keySize);
            }
            slot = s;
            goto done;
          }
        }
        if (target == ~uint64_t(0)) {
          uint32_t free = grp.matchFree();
          if (free) target = g * kGroup + uint64_t(__builtin_ctz(free));
        }
        if (grp.matchEmpty()) break;
        g = (g + step) & gmask;
      }
      if (m->ctrl[target] == kEmpty) {
        if (m->growthLeft == 0) {
          Rehash<K>::run(m);
          if constexpr (kIntClass<K>) {
            if (intKey<K>(key) < m->arrN) {  // the key's place is now the new array part
              setWriting(m, 0);
              return run(m, key);
            }
          }
          continue;
        }
        m->growthLeft--;
      }
      m->ctrl[target] = h2;
      m->count++;
      slot = slotAt(m, target);
      if constexpr (std::is_same_v<K, KeyU64>) std::memcpy(slot, key, 8);  // (inline copies)
      else std::memcpy(slot, key, m->keySize);
      if (m->valSize == 8) std::memset(slot + m->valOff, 0, 8);
      else std::memset(slot + m->valOff, 0, m->valSize);
      break;
    }
  done:
    if (!isWriting(m)) fatalError("concurrent map writes");
    setWriting(m, 0);
    return slot + m->valOff;
  }
};

template <class K>
struct Delete {
  static int run(GoMap* m, const void* key) {
    if constexpr (kIntClass<K>) {
      const uint64_t k = intKey<K>(key);
      if (k < m->arrN) {
        if (isWriting(m)) fatalError("concurrent map writes");
        setWriting(m, 1);
        if (arrHas(m->arrBits, k)) {
          m->arrBits[k >> 6] &= ~(uint64_t(1) << (k & 63));
          if (!m->arrAtomic) std::memset(arrVal(m, k), 0, m->valSize);  // drop references for the GC
          m->count--;
          m->arrCount--;
        }
        if (!isWriting(m)) fatalError("concurrent map writes");
        setWriting(m, 0);
        return 0;
      }
    }
    uint64_t h = K::hash(m, key);
    if (isWriting(m)) fatalError("concurrent map writes");
    setWriting(m, 1);
    const bool fetched = stridePrefetch<K>(m, key);
    if (uint8_t* slot = findSlot<K>(m, key, h, true, fetched)) {
      uint64_t i = uint64_t(slot - m->slots) / m->slotSize;
      if (Group(m->ctrl + (i & ~(kGroup - 1))).matchEmpty()) {
        m->ctrl[i] = kEmpty;
        m->growthLeft++;
      } else {
        m->ctrl[i] = kDeleted;
      }
      if (!m->atomic) std::memset(slot, 0, m->slotSize);  // drop references for the GC
      m->count--;
    }
    if (!isWriting(m)) fatalError("concurrent map writes");
    setWriting(m, 0);
    return 0;
  }
};

// Plain memory: compared and hashed as raw bytes (no floats, strings,
// interfaces, padding or blank fields).
bool isPlainMemory(const Type* t) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Bool:
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
      return true;
    case Kind::Array:
      return isPlainMemory(u->elem);
    case Kind::Struct: {
      int64_t off = 0;
      for (const Field& f : u->fields) {
        if (f.name == "_" || f.offset != off || !isPlainMemory(f.type)) return false;
        off += f.type->size;
      }
      return off == u->size;
    }
    default:
      return false;
  }
}

// k == k for every value of t (Go's reflexivekey).
bool isReflexive(const Type* t) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Float32: case Kind::Float64: case Kind::Complex64: case Kind::Complex128:
    case Kind::Interface:
      return false;
    case Kind::Array:
      return isReflexive(u->elem);
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (!isReflexive(f.type)) return false;
      return true;
    default:
      return true;
  }
}

bool holdsInterface(const Type* t) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Interface: return true;
    case Kind::Array: return holdsInterface(u->elem);
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (holdsInterface(f.type)) return true;
      return false;
    default: return false;
  }
}

inline int64_t alignUp(int64_t n, int64_t a) { return a <= 1 ? n : (n + a - 1) / a * a; }

// Hashing a key of a nil or empty map still panics for unhashable dynamic types
// (Go issue 23734).
void checkHashable(const Type* mapType, const void* key) { (void)valueHash(mapType->underlying->key, key, 0); }

const MapIter kEmptyIter{};

}  // namespace

// ---- API

GoMap* mapNew(const Type* mapType, int64_t hint) {
  const Type* mt = mapType->underlying;
  auto* m = static_cast<GoMap*>(GC_MALLOC(sizeof(GoMap)));
  if (!m) fatalError("runtime: out of memory");
  const Type* kt = mt->key;
  const Type* vt = mt->elem;
  m->keyType = kt;
  m->valType = vt;
  m->keySize = uint32_t(kt->size);
  m->valSize = uint32_t(vt->size);
  int64_t align = kt->align > vt->align ? kt->align : vt->align;
  m->valOff = uint32_t(alignUp(kt->size, vt->align));
  m->slotSize = uint32_t(alignUp(int64_t(m->valOff) + vt->size, align));
  if (m->slotSize == 0) m->slotSize = 1;  // map[struct{}]struct{}: slots still need distinct indices
  m->atomic = !kt->hasPointers() && !vt->hasPointers();
  m->reflexive = isReflexive(kt);
  m->mightPanic = holdsInterface(kt);
  if (kt->underlying->kind == Kind::String) m->keyClass = kKeyStr;
  else if (!isPlainMemory(kt)) m->keyClass = kKeyGeneric;
  else if (kt->size == 8) m->keyClass = kKeyU64;
  else if (kt->size == 4) m->keyClass = kKeyU32;
  else m->keyClass = kKeyMem;
  switch (kt->underlying->kind) {
    case Kind::Int: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint32: case Kind::Uint64: case Kind::Uintptr:
      m->intKeys = m->keyClass == kKeyU64 || m->keyClass == kKeyU32;
      break;
    default:
      break;
  }
  m->arrAtomic = !vt->hasPointers();
  m->seed = mapRand();
  m->bytesSeed = alg::preSeed(m->seed);
  m->strideWay = uint8_t(gNextStrideWay.fetch_add(1, std::memory_order_relaxed) % kStrideWays);
  // Go ignores hints it could not allocate for.
  if (hint > 0 && uint64_t(hint) <= (uint64_t(1) << 40) / (m->slotSize + 1)) {
    allocTable(m, capForEntries(hint));
  }
  return m;
}

void* mapAccess(const Type* mapType, GoMap* m, const void* key) {
  if (!m || m->count == 0) {
    if (m ? m->mightPanic : holdsInterface(mapType->underlying->key)) checkHashable(mapType, key);
    return nullptr;
  }
  // Fast paths inline; the rest through the class dispatch.
  if (m->keyClass == kKeyU64) return Access<KeyU64>::run(m, key);
  if (m->keyClass == kKeyStr) return Access<KeyStr>::run(m, key);
  return byClass<Access>(m, m, key);
}

void* mapAssign(const Type* mapType, GoMap* m, const void* key) {
  (void)mapType;
  if (!m) panicPlainError("assignment to entry in nil map");
  if (m->keyClass == kKeyU64) return Assign<KeyU64>::run(m, key);
  if (m->keyClass == kKeyStr) return Assign<KeyStr>::run(m, key);
  return byClass<Assign>(m, m, key);
}

void mapDelete(const Type* mapType, GoMap* m, const void* key) {
  if (!m || m->count == 0) {
    if (m ? m->mightPanic : holdsInterface(mapType->underlying->key)) checkHashable(mapType, key);
    return;
  }
  byClass<Delete>(m, m, key);
}

int64_t mapLen(const GoMap* m) { return m ? m->count : 0; }

uint64_t mapStridePrefetches() { return tlStridePrefetches; }

uint64_t mapArraySize(const GoMap* m) { return m ? m->arrN : 0; }

void mapConcurrentWrites() { fatalError("concurrent map writes"); }

void mapClear(const Type* mapType, GoMap* m) {
  (void)mapType;
  if (!m) return;
  if (isWriting(m)) fatalError("concurrent map writes");
  setWriting(m, 1);
  m->clearSeq++;
  if (m->arrN) {
    std::memset(m->arrBits, 0, size_t(m->arrN / 8));
    if (!m->arrAtomic) std::memset(m->arrVals, 0, size_t(m->arrN) * m->valSize);
    m->arrCount = 0;
  }
  if (m->ctrl) {
    uint64_t cap = capOf(m);
    std::memset(m->ctrl, kEmpty, size_t(cap));
    if (!m->atomic) std::memset(m->slots, 0, size_t(cap) * m->slotSize);
    m->count = 0;
    m->growthLeft = maxFill(cap);
  }
  m->seed = mapRand();
  m->bytesSeed = alg::preSeed(m->seed);
  if (!isWriting(m)) fatalError("concurrent map writes");
  setWriting(m, 0);
}

MapIter* mapIterInit(const Type* mapType, GoMap* m) {
  (void)mapType;
  if (!m || m->count == 0) return const_cast<MapIter*>(&kEmptyIter);
  auto* it = static_cast<MapIter*>(GC_MALLOC(sizeof(MapIter)));
  if (!it) fatalError("runtime: out of memory");
  it->m = m;
  it->ctrl = m->ctrl;
  it->slots = m->slots;
  it->cap = capOf(m);
  it->start = mapRand() & m->mask;
  it->i = 0;
  it->clearSeq = m->clearSeq;
  it->arrBits = m->arrBits;
  it->arrN = m->arrN;
  it->ai = 0;
  const uint64_t r = mapRand();
  it->arrFirst = uint8_t(r & 1);
  it->keyRot = uint32_t(r >> 1) & 63;
  it->keyXor = uint32_t(r >> 7) & 63;
  // Chunks in a random order; in a big array (past the caches) in memory order
  // from a random chunk, as Go walks its buckets from a random one, so that
  // the hardware prefetcher streams them.
  it->chunkMul = m->arrN * (m->valSize + 1) > kArrScrambleMaxBytes ? 1 : (mapRand() | 1);
  it->chunkAdd = mapRand();
  return it;
}

namespace {
template <class K>
struct Lookup {
  static uint8_t* run(const GoMap* m, const void* key) {
    return m->count ? findSlot<K>(m, key, K::hash(m, key)) : nullptr;
  }
};

// The current value of integer key k (array part or table), or null.
template <class K>
uint8_t* lookupInt(const GoMap* m, uint64_t k) {
  if (k < m->arrN) return arrHas(m->arrBits, k) ? arrVal(m, k) : nullptr;
  if (hashCount(m) == 0) return nullptr;
  typename std::conditional_t<std::is_same_v<K, KeyU64>, uint64_t, uint32_t> key = k;
  uint8_t* slot = findSlot<K>(m, &key, K::hash(m, &key));
  return slot ? slot + m->valOff : nullptr;
}

// The next entry of the iterator's table walk.
bool iterTable(MapIter* it, GoMap* m, void** key, void** value) {
  const uint64_t mask = it->cap - 1;
  const uint32_t ss = m->slotSize;
  while (it->i < it->cap) {
    // The full slots of idx's group from idx on (and not past the walk's end,
    // which falls mid-group when the walk wraps back to its start): one SSE2
    // compare and a ctz per entry produced, whatever the free slots between.
    const uint64_t idx0 = (it->start + it->i) & mask;
    const uint64_t base = idx0 & ~(kGroup - 1);
    const uint32_t off = uint32_t(idx0 & (kGroup - 1));
    const uint64_t left = it->cap - it->i;
    uint32_t span = kGroup - off;  // slots of this group the walk may still visit
    if (left < span) span = uint32_t(left);
    const uint32_t full = (~Group(it->ctrl + base).matchFree() >> off) & ((1u << span) - 1);
    if (!full) {
      it->i += span;
      continue;
    }
    const uint32_t skip = uint32_t(__builtin_ctz(full));
    it->i += skip + 1;
    const uint64_t idx = idx0 + skip;
    uint8_t* slot = it->slots + idx * ss;
    if (it->ctrl == m->ctrl) {
      *key = slot;
      *value = slot + m->valOff;
      return true;
    }
    // The map moved to a new table since the walk began.
    if (m->intKeys) {  // (the key may have moved to the array part)
      uint8_t* cur = m->keyClass == kKeyU64 ? lookupInt<KeyU64>(m, intKey<KeyU64>(slot))
                                            : lookupInt<KeyU32>(m, intKey<KeyU32>(slot));
      if (!cur) continue;  // deleted since
      *key = slot;  // (the same key: the old table never changes)
      *value = cur;
      return true;
    }
    if (!m->reflexive && !valuesEqual(m->keyType, slot, slot)) {
      if (it->clearSeq != m->clearSeq) continue;
      *key = slot;
      *value = slot + m->valOff;
      return true;
    }
    uint8_t* cur = byClass<Lookup>(m, static_cast<const GoMap*>(m), static_cast<const void*>(slot));
    if (!cur) continue;  // deleted since
    *key = cur;
    *value = cur + m->valOff;
    return true;
  }
  return false;
}

// The next entry of the iterator's array-part walk: 64-key chunks in the
// order j*chunkMul + chunkAdd (an odd multiplier: every chunk once), the keys
// of a chunk in a scrambled order, chunks whose bitmap word is zero skipped.
bool iterArray(MapIter* it, GoMap* m, void** key, void** value) {
  const uint64_t chunkMask = it->arrN / 64 - 1;
  const bool live = it->arrBits == m->arrBits;  // (else the array was replaced: look keys up)
  while (it->ai < it->arrN) {
    const uint64_t j = it->ai;
    const uint64_t c = ((j >> 6) * it->chunkMul + it->chunkAdd) & chunkMask;
    const uint64_t word = it->arrBits[c];
    if ((j & 63) == 0 && word == 0) {
      it->ai += 64;
      continue;
    }
    it->ai = j + 1;
    const uint64_t bit = (((j & 63) + it->keyRot) & 63) ^ it->keyXor;
    if (!((word >> bit) & 1)) continue;
    const uint64_t k = c * 64 + bit;
    uint8_t* v;
    if (live) {
      v = arrVal(m, k);
    } else {
      v = m->keyClass == kKeyU64 ? lookupInt<KeyU64>(m, k) : lookupInt<KeyU32>(m, k);
      if (!v) continue;  // deleted since
    }
    if (m->keySize == 8) {
      it->keyBuf = k;
    } else {
      const uint32_t k32 = uint32_t(k);
      std::memcpy(&it->keyBuf, &k32, 4);
    }
    *key = &it->keyBuf;
    *value = v;
    return true;
  }
  return false;
}
}  // namespace

bool mapIterNext(MapIter* it, void** key, void** value) {
  GoMap* m = it->m;
  if (!m) return false;
  if (isWriting(m)) fatalError("concurrent map iteration and map write");
  if (it->arrFirst && it->ai < it->arrN && iterArray(it, m, key, value)) return true;
  if (iterTable(it, m, key, value)) return true;
  return !it->arrFirst && it->ai < it->arrN && iterArray(it, m, key, value);
}

}  // namespace goro
