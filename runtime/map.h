// runtime/map.h — Go maps (map[K]V) and the hash primitives behind them.
//
// A map value is one pointer (GoMap*, null for a nil map). Keys and values are
// passed and returned in Go's memory layout (runtime/type.h). Every map lives
// wholly in the Boehm GC heap: the GoMap header (GC_MALLOC) and one table block
// per capacity (GC_MALLOC, or GC_MALLOC_ATOMIC when neither K nor V holds a
// pointer), so an unreachable map is collected like any Go object.
//
// Design (runtime/map.cpp has the details): an open-addressing hash table in
// the style of SwissTable — a control byte per slot (empty / deleted / 7 bits of
// the hash), probed 16 at a time (SSE2), slots holding key and value inline.
// Slots never move while the table is live: growth builds a new table, which is
// what lets iterators follow Go's rules across inserts, deletes and growth.
//
// Maps with integer keys also have an array part, as Lua's tables do: when the
// keys in [0, N) are dense enough (N a power of two; the array costs no more
// memory than a hash table holding them), their values live in an N-entry array
// with a presence bitmap, indexed by the key itself: no hashing, no probing,
// and walks in key order touch memory in order. Keys in [0, N) always live
// there; the others in the hash table. Growth of the hash table is where the
// runtime reconsiders N.
//
// Iteration order is randomized as in Go: each iterator starts at a random slot
// (and each map has a random hash seed; the array part is walked in 64-key
// chunks in a random order, or from a random chunk on when it is bigger than
// the caches, the keys of a chunk in a scrambled order), so a program that
// depends on map order will see it change between runs.
// mapSetRandSeed makes it reproducible.
//
// Concurrency: maps are not synchronized (Go's rule). As in Go, a best-effort
// `writing` flag catches unsynchronized use: a write that finds another write in
// progress is "fatal error: concurrent map writes"; a read that finds one is
// "concurrent map read and map write"; an iterator step, "concurrent map
// iteration and map write".
#pragma once
#include <cstdint>
#include <cstring>

#include "runtime/type.h"

namespace goro {

// A map's header (GC-allocated). runtime/map.cpp owns every field; the VM only
// calls the functions below (the inline array-part fast paths at the end read
// arrBits, arrVals, arrN, valSize and count, and write through `writing`).
struct GoMap {
  uint8_t* ctrl;          // table block (ctrl bytes, then slots); null until the first insert
  uint8_t* slots;
  uint64_t mask;          // cap - 1, or 0 without a table
  int64_t count;
  int64_t growthLeft;
  uint64_t seed;
  uint64_t bytesSeed;     // alg::preSeed(seed): the byte hash's seed (string and memory keys)
  const Type* keyType;
  const Type* valType;
  uint32_t keySize, valOff, valSize, slotSize;
  uint8_t keyClass;
  uint8_t atomic;         // neither keys nor values hold pointers: table is GC_MALLOC_ATOMIC
  uint8_t reflexive;      // k == k for every key (no floats or interfaces inside)
  uint8_t mightPanic;     // hashing may panic (the key type holds an interface)
  uint8_t writing;        // a write is in progress (concurrent-use detection)
  uint32_t clearSeq;      // bumped by clear
  uint8_t strideWay;      // this map's entry in the per-thread stride-prefetch state
  uint8_t intKeys;        // the key is an integer (4 or 8 bytes): the map may have an array part
  uint8_t arrAtomic;      // the array part holds no pointers (GC_MALLOC_ATOMIC)
  // Array part (integer keys; runtime/map.cpp, "Array part"): keys [0, arrN) live here.
  uint64_t* arrBits;      // presence bitmap, arrN bits; then the values, valSize each
  uint8_t* arrVals;
  uint64_t arrN;          // a power of two >= 64, or 0 without an array part
  int64_t arrCount;       // entries in the array part (count includes them)
};


// A new, empty map of map type mapType (named or not), sized for `hint` entries.
GoMap* mapNew(const Type* mapType, int64_t hint);

// Pointer to the value for key (memory layout of the key type at `key`), or
// null if absent. m may be null (nil map). The pointer is valid until the next
// write to the map. Panics "runtime error: hash of unhashable type T" for an
// interface key whose dynamic type is not comparable (even on a nil map).
void* mapAccess(const Type* mapType, GoMap* m, const void* key);

// Pointer to the value slot for key, inserting a zeroed value if absent (the
// caller stores the value through it before its next map operation).
// Panics with the plain runtime error "assignment to entry in nil map" (Go's
// text, no "runtime error: " prefix) when m is null.
void* mapAssign(const Type* mapType, GoMap* m, const void* key);

// delete(m, key): no-op on a nil map or a missing key.
void mapDelete(const Type* mapType, GoMap* m, const void* key);

// len(m): 0 for nil.
int64_t mapLen(const GoMap* m);

// clear(m): removes every entry, keeps the capacity. No-op on nil.
void mapClear(const Type* mapType, GoMap* m);

// Range over a map (GC-allocated; nothing to free). Go's rules hold while the
// loop body writes to the map: an entry deleted before it is reached is not
// produced; an entry added may or may not be produced; no entry is produced
// twice; the value pointer of an entry is its current slot (writes through
// `m[k] = v` in the body are seen by later reads).
struct MapIter {
  GoMap* m;
  uint8_t* ctrl;     // table being walked (the map's table when the walk began)
  uint8_t* slots;
  uint64_t cap;      // slots in that table
  uint64_t start;    // random first slot
  uint64_t i;        // slots visited
  uint32_t clearSeq; // m->clearSeq when the walk began
  uint8_t arrFirst;  // walk the array part before the table (a coin flip)
  const uint64_t* arrBits;  // array part being walked (the map's when the walk began)
  uint64_t arrN;     // its keys: [0, arrN)
  uint64_t ai;       // array keys visited
  uint64_t chunkMul, chunkAdd;  // 64-key chunk j is visited as (j*chunkMul + chunkAdd) mod chunks
  uint32_t keyRot, keyXor;      // the i-th key of a chunk is ((i + keyRot) mod 64) ^ keyXor
  uint64_t keyBuf;   // an array-part key produced (its memory layout)
};
MapIter* mapIterInit(const Type* mapType, GoMap* m);
// Next entry: key and value pointers. The value pointer is valid until the
// next write to the map; the key pointer until then or the iterator's next
// step, whichever comes first (an array-part key lives in the iterator).
// Returns false when done.
bool mapIterNext(MapIter* it, void** key, void** value);

// How many key-stride prefetches this thread has issued (runtime/map.cpp:
// ops whose integer keys follow an arithmetic progression prefetch the key
// a few ops ahead). For tests.
uint64_t mapStridePrefetches();

// Keys in the array part: [0, mapArraySize(m)) (0: none). For tests.
uint64_t mapArraySize(const GoMap* m);

// Seed the runtime's random source (map hash seeds, iteration start, NaN
// hashes). Called by the deterministic-scheduling mode; by default the seed
// comes from the clock and the process id.
void mapSetRandSeed(uint64_t seed);
// One random 64-bit value from that source (per-thread stream).
uint64_t mapRand();

// ---- inline fast paths for integer keys in the array part (the interpreter's
// 8-byte-value map ops). k is the key as an unsigned 64-bit number (a negative
// key is beyond any array). They return false where they do not apply (nil map,
// k past the array part, a write in progress): the caller then takes
// mapAccess/mapAssign, which handle everything.

// m[k]: *value is the value's address, or null when k is absent.
inline bool mapArrayGet(const GoMap* m, uint64_t k, void** value) {
  if (!m || k >= m->arrN || __atomic_load_n(&m->writing, __ATOMIC_RELAXED)) return false;
  *value = (m->arrBits[k >> 6] >> (k & 63)) & 1 ? m->arrVals + k * m->valSize : nullptr;
  return true;
}

[[noreturn]] void mapConcurrentWrites();  // "fatal error: concurrent map writes"

// &m[k] for a store, inserting a zero value if k is absent (as mapAssign, and
// like it inside the writing flag, which racing reads and writes check).
inline void* mapArrayAssign(GoMap* m, uint64_t k) {
  if (!m || k >= m->arrN || __atomic_load_n(&m->writing, __ATOMIC_RELAXED)) return nullptr;
  __atomic_store_n(&m->writing, uint8_t(1), __ATOMIC_RELAXED);
  uint8_t* v = m->arrVals + k * m->valSize;
  uint64_t& word = m->arrBits[k >> 6];
  const uint64_t bit = uint64_t(1) << (k & 63);
  if (!(word & bit)) {
    word |= bit;
    std::memset(v, 0, m->valSize);
    m->count++;
    m->arrCount++;
  }
  if (!__atomic_load_n(&m->writing, __ATOMIC_RELAXED)) mapConcurrentWrites();  // (another write ended meanwhile)
  __atomic_store_n(&m->writing, uint8_t(0), __ATOMIC_RELAXED);
  return v;
}

// ---- hash primitives (runtime/alg.cpp; inline ones used by the map fast paths)
namespace alg {

constexpr uint64_t kP0 = 0xa0761d6478bd642full;
constexpr uint64_t kP1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kP2 = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t kP3 = 0x589965cc75374cc3ull;

// 64x64 -> 128 multiply, folded.
inline uint64_t mix(uint64_t a, uint64_t b) {
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

inline uint64_t hash64(uint64_t v, uint64_t seed) {
  uint64_t a = mix(v ^ seed ^ kP0, kP1);
  return mix(a ^ kP2, (seed ^ kP3) | 1);
}
inline uint64_t hash32(uint32_t v, uint64_t seed) { return hash64(v, seed ^ kP2); }

inline uint64_t rd8(const uint8_t* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t rd4(const uint8_t* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Hash of n bytes (strings, pointer-free fixed-size keys), in two steps: the
// seed's own mixing, preSeed, which a map does once when it picks its seed,
// and hashBytesPre, which hashes with the result (hashBytes = both).
inline uint64_t preSeed(uint64_t seed) { return seed ^ mix(seed ^ kP0, kP1); }
inline uint64_t finishBytes(uint64_t a, uint64_t b, uint64_t pre, size_t n) {
  a ^= kP1;
  b ^= pre;
  unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return mix(static_cast<uint64_t>(r) ^ kP0 ^ n, static_cast<uint64_t>(r >> 64) ^ kP1);
}
uint64_t hashBytesLong(const uint8_t* p, size_t n, uint64_t pre);  // n > 16 (alg.cpp)
inline uint64_t hashBytesPre(const void* data, size_t n, uint64_t pre) {
  const uint8_t* p = static_cast<const uint8_t*>(data);
  uint64_t a, b;
  if (n > 16) [[unlikely]] return hashBytesLong(p, n, pre);
  if (n >= 4) {
    size_t q = (n >> 3) << 2;  // 0 or 4
    a = (rd4(p) << 32) | rd4(p + q);
    b = (rd4(p + n - 4) << 32) | rd4(p + n - 4 - q);
  } else if (n > 0) {
    a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
    b = 0;
  } else {
    a = b = 0;
  }
  return finishBytes(a, b, pre, n);
}
inline uint64_t hashBytes(const void* p, size_t n, uint64_t seed) { return hashBytesPre(p, n, preSeed(seed)); }

}  // namespace alg
}  // namespace goro
