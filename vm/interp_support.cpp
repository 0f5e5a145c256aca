// vm/interp_support.cpp — the out-of-line parts of instructions: string and
// slice operations, UTF-8, bounds-check panics, interface method lookup.
// Everything here may allocate or panic; nothing here touches a frame after a
// call back into Go.
#include "vm/interp_support.h"

#include <gc/gc.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "runtime/panic.h"

namespace goro {

// ---- bounds panics (Go's runtime/error.go boundsError texts)

// Go's appendIntStr: x as signed or unsigned.
static std::string boundStr(int64_t x, bool isUnsigned) {
  return isUnsigned ? std::to_string(uint64_t(x)) : std::to_string(x);
}

[[noreturn]] void panicIndex(int64_t i, int64_t len, bool unsignedIdx) {
  // Go's boundsError: a negative (signed) index is reported without the length
  if (!unsignedIdx && i < 0) panicBoundsError("index out of range [" + std::to_string(i) + "]");
  panicBoundsError("index out of range [" + boundStr(i, unsignedIdx) + "] with length " + std::to_string(len));
}

[[noreturn]] void panicSliceBounds(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three, const char* capName,
                                   uint8_t umask) {
  // Which check failed picks x (and y) as Go's boundsErrorCode does; a
  // negative signed x drops y (boundsNegErrorFmts).
  const bool ulo = umask & 1, uhi = umask & 2, umax = umask & 4;
  auto neg = [](int64_t x, bool u) { return !u && x < 0; };
  std::string m = "slice bounds out of range ";
  std::string cn = std::string(" with ") + capName + " " + std::to_string(cap);
  if (three) {
    if (uint64_t(max) > uint64_t(cap))
      m += "[::" + boundStr(max, umax) + "]" + (neg(max, umax) ? "" : cn);
    else if (uint64_t(hi) > uint64_t(max))
      m += neg(hi, uhi) ? "[:" + boundStr(hi, uhi) + ":]" : "[:" + boundStr(hi, uhi) + ":" + std::to_string(max) + "]";
    else
      m += neg(lo, ulo) ? "[" + boundStr(lo, ulo) + "::]" : "[" + boundStr(lo, ulo) + ":" + std::to_string(hi) + ":]";
  } else {
    if (uint64_t(hi) > uint64_t(cap))
      m += "[:" + boundStr(hi, uhi) + "]" + (neg(hi, uhi) ? "" : cn);
    else
      m += neg(lo, ulo) ? "[" + boundStr(lo, ulo) + ":]" : "[" + boundStr(lo, ulo) + ":" + std::to_string(hi) + "]";
  }
  panicBoundsError(m);
}

[[noreturn]] void panicNilDeref() { panicRuntimeError("invalid memory address or nil pointer dereference"); }

[[noreturn]] void panicDivide() { panicRuntimeError("integer divide by zero"); }

// ---- UTF-8 (Go's unicode/utf8 rules: invalid sequences decode as U+FFFD, width 1)

int encodeRune(uint8_t* p, int64_t r) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    p[0] = uint8_t(r);
    return 1;
  }
  if (r < 0x800) {
    p[0] = uint8_t(0xC0 | (r >> 6));
    p[1] = uint8_t(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    p[0] = uint8_t(0xE0 | (r >> 12));
    p[1] = uint8_t(0x80 | ((r >> 6) & 0x3F));
    p[2] = uint8_t(0x80 | (r & 0x3F));
    return 3;
  }
  p[0] = uint8_t(0xF0 | (r >> 18));
  p[1] = uint8_t(0x80 | ((r >> 12) & 0x3F));
  p[2] = uint8_t(0x80 | ((r >> 6) & 0x3F));
  p[3] = uint8_t(0x80 | (r & 0x3F));
  return 4;
}

int64_t decodeRune(const uint8_t* p, int64_t n, int* width) {
  if (n <= 0) {
    *width = 0;
    return 0xFFFD;
  }
  uint8_t c = p[0];
  if (c < 0x80) {
    *width = 1;
    return c;
  }
  auto cont = [&](int i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF && cont(1)) {
    *width = 2;
    return ((c & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF && cont(1) && cont(2)) {
    if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F)) {
      *width = 1;
      return 0xFFFD;
    }
    *width = 3;
    return ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  if (c >= 0xF0 && c <= 0xF4 && cont(1) && cont(2) && cont(3)) {
    if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F)) {
      *width = 1;
      return 0xFFFD;
    }
    *width = 4;
    return ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  }
  *width = 1;
  return 0xFFFD;
}

// ---- strings

GoString concatStrings(GoString a, GoString b) {
  if (a.len == 0) return b;
  if (b.len == 0) return a;
  auto* p = static_cast<uint8_t*>(GC_MALLOC_ATOMIC(size_t(a.len + b.len)));  // (every byte written below)
  if (!p) fatalError("runtime: out of memory");
  std::memcpy(p, a.ptr, size_t(a.len));
  std::memcpy(p + a.len, b.ptr, size_t(b.len));
  return {p, a.len + b.len};
}

int compareStrings(GoString a, GoString b) {
  int64_t n = a.len < b.len ? a.len : b.len;
  int c = n ? std::memcmp(a.ptr, b.ptr, size_t(n)) : 0;
  if (c) return c;
  return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

// Go's zerobase: the (non-nil) pointer of empty allocations such as
// []byte("").
static uint64_t gZeroBase;

GoSlice stringToBytes(GoString s) {
  GoSlice r{&gZeroBase, s.len, s.len};
  if (s.len) {
    r.ptr = gcAllocAtomic(size_t(s.len));
    std::memcpy(r.ptr, s.ptr, size_t(s.len));
  }
  return r;
}

GoString bytesToString(GoSlice b) {
  return makeString(std::string_view(static_cast<const char*>(b.ptr), size_t(b.len)));
}

GoSlice stringToRunes(GoString s) {
  int64_t n = 0;
  for (int64_t i = 0; i < s.len;) {
    int w;
    decodeRune(s.ptr + i, s.len - i, &w);
    i += w;
    n++;
  }
  auto* out = static_cast<int32_t*>(gcAllocAtomic(size_t(n) * 4));
  int64_t k = 0;
  for (int64_t i = 0; i < s.len;) {
    int w;
    out[k++] = int32_t(decodeRune(s.ptr + i, s.len - i, &w));
    i += w;
  }
  return {out, n, n};
}

GoString runesToString(GoSlice r) {
  std::string s;
  auto* p = static_cast<const int32_t*>(r.ptr);
  uint8_t buf[4];
  for (int64_t i = 0; i < r.len; i++) {
    int w = encodeRune(buf, p[i]);
    s.append(reinterpret_cast<char*>(buf), size_t(w));
  }
  return makeString(s);
}

GoString runeToString(int64_t r) {
  uint8_t buf[4];
  int w = encodeRune(buf, r);
  return makeString(std::string_view(reinterpret_cast<char*>(buf), size_t(w)));
}

// ---- slices

// Go's malloc size classes (runtime/sizeclasses.go), so that cap() after
// append grows exactly as in Go.
static const int64_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

static int64_t roundupsize(int64_t size) {
  if (size <= 32768) {
    for (int64_t c : kSizeClasses)
      if (c >= size) return c;
  }
  const int64_t page = 8192;
  return (size + page - 1) / page * page;
}

// Two's-complement wrapping addition, as Go's int arithmetic.
static int64_t wrapAdd(int64_t a, int64_t b) { return int64_t(uint64_t(a) + uint64_t(b)); }

// Go 1.19's growslice capacity rule (its sums wrap for huge capacities).
static int64_t nextCap(int64_t oldCap, int64_t newLen, int64_t elemSize) {
  int64_t newcap = oldCap;
  int64_t doublecap = wrapAdd(newcap, newcap);
  if (newLen > doublecap) {
    newcap = newLen;
  } else {
    const int64_t threshold = 256;
    if (oldCap < threshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newLen) newcap = wrapAdd(newcap, wrapAdd(newcap, 3 * threshold) / 4);
      if (newcap <= 0) newcap = newLen;
    }
  }
  if (elemSize == 0) return newcap;
  int64_t mem = roundupsize(newcap * elemSize);
  return mem / elemSize;
}

// Go 1.19's limits on amd64: a length or size past maxAlloc (2^48 bytes)
// panics; a smaller one that the heap cannot hold is the fatal "runtime: out
// of memory" (goro's heap stops at 2^40 bytes).
constexpr int64_t kMaxAlloc = int64_t(1) << 48;
constexpr int64_t kHeapLimit = int64_t(1) << 40;
static void checkHeapLimit(int64_t n, int64_t es) {
  if (es && n > kHeapLimit / es) fatalError("runtime: out of memory");
}

GoSlice growSlice(GoSlice s, int64_t newLen, const Type* elem) {
  int64_t es = elem->size;
  if (newLen < 0 || (es && newLen > kMaxAlloc / es)) panicRuntimeError("growslice: cap out of range");
  checkHeapLimit(newLen, es);
  int64_t cap = nextCap(s.cap, newLen, es);
  void* p = es == 0 ? gcAllocAtomic(0)
                    : (elem->hasPointers() ? gcAlloc(size_t(cap * es)) : gcAllocAtomic(size_t(cap * es)));
  if (s.len && es) typedMove(p, s.ptr, size_t(s.len * es), elem->hasPointers());
  return {p, s.len, cap};
}

GoSlice makeSlice(const Type* elem, int64_t len, int64_t cap) {
  int64_t es = elem->size;
  if (len < 0 || (es && len > kMaxAlloc / es)) panicRuntimeError("makeslice: len out of range");
  if (cap < len || (es && cap > kMaxAlloc / es)) panicRuntimeError("makeslice: cap out of range");
  checkHeapLimit(cap, es);
  void* p = elem->hasPointers() ? gcAlloc(size_t(cap * es)) : gcAllocAtomic(size_t(cap * es));
  return {p, len, cap};
}

// ---- interfaces and methods

static std::mutex methodMu;  // guards the caches below

const Method* findMethod(const Type* t, const std::string& name) {
  // methods are sorted by name
  const auto& ms = t->methods;
  size_t lo = 0, hi = ms.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ms[mid].name < name) lo = mid + 1;
    else hi = mid;
  }
  if (lo < ms.size() && ms[lo].name == name) return &ms[lo];
  return nullptr;
}

// Interface calls (methodByIndex, vm/interp_support.h): the slow path builds
// the type's table once, under methodMu; a table built for another Program
// (unit tests compile several in one process) is replaced; replaced tables are
// never freed (a reader may still hold one).
const Method* methodByIndexSlow(const Program* prog, const Type* t, uint32_t nameIdx) {
  std::atomic_ref<const void*> slot(t->dispatch);
  std::lock_guard<std::mutex> l(methodMu);
  auto* tab = static_cast<const DispatchTable*>(slot.load(std::memory_order_relaxed));
  if (!tab || tab->prog != prog || nameIdx >= tab->n) {
    const size_t n = prog->methodNames.size();
    auto* nt = static_cast<DispatchTable*>(::operator new(sizeof(DispatchTable) + sizeof(const Method*) * n));
    nt->prog = prog;
    nt->methods = reinterpret_cast<const Method**>(nt + 1);
    nt->n = n;
    for (size_t i = 0; i < n; i++) nt->methods[i] = findMethod(t, prog->methodNames[i]);
    static std::vector<DispatchTable*> all;  // (every table stays reachable: no leak reports)
    all.push_back(nt);
    slot.store(nt, std::memory_order_release);
    tab = nt;
  }
  return nameIdx < tab->n ? tab->methods[nameIdx] : nullptr;
}

// Whether dynamic type t has iface's methods, computed; `missing` gets the
// first method it lacks.
static bool computeImplements(const Type* t, const Type* iface, std::string& missing) {
  const Type* it = iface->underlying;
  if (t->underlying->kind == Kind::Interface) {
    // interface-to-interface: by method names (static types already checked)
    for (const Method& m : it->methods)
      if (!findMethod(t->underlying, m.name)) {
        missing = m.name;
        return false;
      }
    return true;
  }
  for (const Method& m : it->methods) {
    const Method* have = findMethod(t, m.name);
    if (!have || have->type != m.type) {
      missing = m.name;
      return false;
    }
  }
  return true;
}

// Answers of implementsIface, in a lock-free open-addressing table (type
// assertions and type switches ask on every execution, from every M): a slot
// is null or points to an immutable entry, published by a CAS and never
// removed. A lookup probes at most kImplProbe slots; a pair that finds no
// free slot there is computed each time (correct, just slower).
namespace {
struct ImplEntry {
  const Type* t;
  const Type* iface;
  bool ok;
  std::string missing;
};
constexpr size_t kImplSlots = size_t(1) << 12;
constexpr size_t kImplProbe = 32;
std::atomic<const ImplEntry*> implTable[kImplSlots];
}  // namespace

bool implementsIface(const Type* t, const Type* iface, std::string* missing) {
  if (!t) return false;
  uint64_t h = (reinterpret_cast<uint64_t>(t) >> 3) * 0x9E3779B97F4A7C15ull ^ (reinterpret_cast<uint64_t>(iface) >> 3);
  h *= 0xBF58476D1CE4E5B9ull;
  size_t i = size_t(h >> 52);  // (12 bits: kImplSlots)
  for (size_t probe = 0; probe < kImplProbe; probe++, i = (i + 1) & (kImplSlots - 1)) {
    const ImplEntry* e = implTable[i].load(std::memory_order_acquire);
    if (!e) {
      auto* ne = new ImplEntry{t, iface, false, {}};
      ne->ok = computeImplements(t, iface, ne->missing);
      e = ne;
      const ImplEntry* won = nullptr;
      if (!implTable[i].compare_exchange_strong(won, ne, std::memory_order_acq_rel)) {
        delete ne;  // another M filled the slot first (with this pair, or another: then probe on)
        e = won;
      }
    }
    if (e->t == t && e->iface == iface) {
      if (missing) *missing = e->missing;
      return e->ok;
    }
  }
  std::string miss;
  bool ok = computeImplements(t, iface, miss);
  if (missing) *missing = miss;
  return ok;
}

// Walk a promoted method's embedding path from the receiver value at `addr`
// of type `t` (not a pointer); returns the address of the embedded value and
// its type (derefs embedded pointers; panics on nil).
const void* walkPath(const Type* t, const void* addr, const std::vector<int>& path, const Type** outType) {
  const Type* cur = t;
  for (size_t i = 0; i < path.size(); i++) {
    const Type* st = cur->underlying;
    if (st->kind == Kind::Pointer) {
      addr = *static_cast<void* const*>(addr);
      if (!addr) panicNilDeref();
      st = st->elem->underlying;
    }
    const Field& f = st->fields[size_t(path[i])];
    addr = static_cast<const uint8_t*>(addr) + f.offset;
    cur = f.type;
  }
  *outType = cur;
  return addr;
}

// Where the receiver of method `m` of dynamic type `dyn` (value `data` as
// stored in an interface) comes from: true with *word set when it is one
// pointer word; false with *addr and *rt the address and type of the value.
static bool receiverOf(const Method& m, const Type* dyn, void* data, uint64_t* word, const void** addr,
                       const Type** rt) {
  const Type* t;
  const void* a;
  if (dyn->underlying->kind == Kind::Pointer) {
    // data is the pointer itself
    if (m.path.empty() && m.ptrRecv) {
      *word = reinterpret_cast<uint64_t>(data);
      return true;
    }
    if (!data) {
      if (m.path.empty())
        panicPlainError("value method " + dyn->underlying->elem->str() + "." + m.name + " called using nil *" +
                        dyn->underlying->elem->name + " pointer");  // (Go's panicwrap: the bare type name)
      panicNilDeref();
    }
    a = data;
    t = dyn->underlying->elem;
  } else {
    a = dyn->isPointerShaped() ? static_cast<const void*>(&data) : data;
    t = dyn;
  }
  const Type* r = t;
  if (!m.path.empty()) a = walkPath(t, a, m.path, &r);
  if (m.ptrRecv) {
    *word = r->underlying->kind == Kind::Pointer ? *static_cast<const uint64_t*>(a) : reinterpret_cast<uint64_t>(a);
    return true;
  }
  if (r->underlying->kind == Kind::Pointer && !m.path.empty()) {
    // embedded *E with a value method of E
    a = *static_cast<void* const*>(a);
    if (!a) panicNilDeref();
    r = r->underlying->elem;
  }
  if (a == &data) {  // (a pointer-shaped value: the word itself)
    *word = reinterpret_cast<uint64_t>(data);
    return true;
  }
  *addr = a;
  *rt = r;
  return false;
}

// Writes the receiver into frame slots (out); returns the number of slots it takes.
int placeReceiver(const Method& m, const Type* dyn, void* data, std::vector<uint64_t>& out) {
  uint64_t word;
  const void* addr;
  const Type* rt;
  if (receiverOf(m, dyn, data, &word, &addr, &rt)) {
    out.assign(1, word);
    return 1;
  }
  int n = regSlots(rt);
  out.assign(size_t(n > 0 ? n : 1), 0);
  memToReg(rt, addr, out.data());
  return n;
}

int placeReceiverAt(const Method& m, const Type* dyn, void* data, uint64_t* dst, int argSlots) {
  uint64_t word;
  const void* addr;
  const Type* rt;
  if (receiverOf(m, dyn, data, &word, &addr, &rt)) {
    dst[0] = word;
    return 1;
  }
  int n = regSlots(rt);
  if (n != 1 && argSlots > 0) std::memmove(dst + n, dst + 1, size_t(argSlots) * 8);
  if (n > 0) {
    dst[n - 1] = 0;  // (the bytes past a value whose size is not a whole number of slots)
    memToReg(rt, addr, dst);
  }
  return n;
}
int lazyReceiver(const Closure* c, std::vector<uint64_t>& buf) {
  auto* box = static_cast<const uint64_t*>(c->caps[0]);
  return placeReceiver(*reinterpret_cast<const Method*>(box[2]), reinterpret_cast<const Type*>(box[0]),
                       reinterpret_cast<void*>(box[1]), buf);
}

}  // namespace goro
