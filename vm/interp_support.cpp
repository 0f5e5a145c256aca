// vm/interp_support.cpp — the out-of-line parts of instructions: string and
// slice operations, UTF-8, bounds-check panics, interface method lookup.
// Everything here may allocate or panic; nothing here touches a frame after a
// call back into Go.
#include "vm/interp_support.h"

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
  auto* p = static_cast<uint8_t*>(gcAllocAtomic(size_t(a.len + b.len)));
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

GoSlice growSlice(GoSlice s, int64_t newLen, const Type* elem) {
  int64_t es = elem->size;
  // (Go 1.19: "growslice: cap out of range" for an overflowing length or a
  // size past maxAlloc, 2^48 on amd64; goro's heap limit is 2^40)
  if (newLen < 0 || (es && newLen > (int64_t(1) << 40) / es)) panicRuntimeError("growslice: cap out of range");
  int64_t cap = nextCap(s.cap, newLen, es);
  void* p = es == 0 ? gcAllocAtomic(0)
                    : (elem->hasPointers() ? gcAlloc(size_t(cap * es)) : gcAllocAtomic(size_t(cap * es)));
  if (s.len && es) typedMove(p, s.ptr, size_t(s.len * es), elem->hasPointers());
  return {p, s.len, cap};
}

GoSlice makeSlice(const Type* elem, int64_t len, int64_t cap) {
  int64_t es = elem->size;
  if (len < 0 || (es && len > (int64_t(1) << 40) / es)) panicRuntimeError("makeslice: len out of range");
  if (cap < len || (es && cap > (int64_t(1) << 40) / es)) panicRuntimeError("makeslice: cap out of range");
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

bool implementsIface(const Type* t, const Type* iface, std::string* missing) {
  if (!t) return false;
  static std::unordered_map<uint64_t, std::pair<bool, std::string>> cache;
  uint64_t key = reinterpret_cast<uint64_t>(t) * 31 + reinterpret_cast<uint64_t>(iface);
  {
    std::lock_guard<std::mutex> l(methodMu);
    auto it = cache.find(key);
    if (it != cache.end()) {
      if (missing) *missing = it->second.second;
      return it->second.first;
    }
  }
  bool ok = true;
  std::string miss;
  const Type* it = iface->underlying;
  if (t->underlying->kind == Kind::Interface) {
    // interface-to-interface: by method names (static types already checked)
    for (const Method& m : it->methods)
      if (!findMethod(t->underlying, m.name)) {
        ok = false;
        miss = m.name;
        break;
      }
  } else {
    for (const Method& m : it->methods) {
      const Method* have = findMethod(t, m.name);
      if (!have || have->type != m.type) {
        ok = false;
        miss = m.name;
        break;
      }
    }
  }
  std::lock_guard<std::mutex> l(methodMu);
  cache[key] = {ok, miss};
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

// Writes the receiver of method `m` of dynamic type `dyn` (value `data` as
// stored in an interface) into frame slots starting at `slots`; returns the
// number of slots it takes.
int placeReceiver(const Method& m, const Type* dyn, void* data, std::vector<uint64_t>& out) {
  out.assign(1, 0);
  uint64_t* slots = out.data();
  // Address of the dynamic value and its type.
  const void* addr;
  const Type* t;
  if (dyn->underlying->kind == Kind::Pointer) {
    // data is the pointer itself
    if (m.path.empty() && m.ptrRecv) {
      slots[0] = reinterpret_cast<uint64_t>(data);
      return 1;
    }
    if (!data) {
      if (m.path.empty())
        panicPlainError("value method " + dyn->underlying->elem->str() + "." + m.name + " called using nil *" +
                        dyn->underlying->elem->name + " pointer");  // (Go's panicwrap: the bare type name)
      panicNilDeref();
    }
    addr = data;
    t = dyn->underlying->elem;
  } else {
    addr = dyn->isPointerShaped() ? static_cast<const void*>(&data) : data;
    t = dyn;
  }
  const Type* rt = t;
  if (!m.path.empty()) addr = walkPath(t, addr, m.path, &rt);
  if (m.ptrRecv) {
    if (rt->underlying->kind == Kind::Pointer) {
      slots[0] = *static_cast<const uint64_t*>(addr);
    } else {
      slots[0] = reinterpret_cast<uint64_t>(addr);
    }
    return 1;
  }
  if (rt->underlying->kind == Kind::Pointer && !m.path.empty()) {
    // embedded *E with a value method of E
    addr = *static_cast<void* const*>(addr);
    if (!addr) panicNilDeref();
    rt = rt->underlying->elem;
  }
  int n = regSlots(rt);
  out.assign(size_t(n > 0 ? n : 1), 0);
  memToReg(rt, addr, out.data());
  return n;
}

int lazyReceiver(const Closure* c, std::vector<uint64_t>& buf) {
  auto* box = static_cast<const uint64_t*>(c->caps[0]);
  return placeReceiver(*reinterpret_cast<const Method*>(box[2]), reinterpret_cast<const Type*>(box[0]),
                       reinterpret_cast<void*>(box[1]), buf);
}

}  // namespace goro
