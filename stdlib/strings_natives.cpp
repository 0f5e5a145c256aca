// stdlib/strings_natives.cpp — the byte-search primitives of packages strings
// and bytes (Go's internal/bytealg: IndexByte, Index, Count, LastIndex and
// Equal, which Go writes in assembly): memchr, memmem and memcmp here, since
// an interpreted byte loop is an order of magnitude slower on long inputs.
// Every function is total (any lengths); results are Go's: the first (or
// last) instance, non-overlapping counts. stdlib/go/NATIVES.md states them.
#include <cstring>

#include "stdlib/native_args.h"

namespace goro {
namespace {

int64_t indexByte(const uint8_t* p, int64_t n, uint8_t c) {
  if (n <= 0) return -1;
  const void* r = std::memchr(p, c, size_t(n));
  return r ? static_cast<const uint8_t*>(r) - p : -1;
}

int64_t lastIndexByte(const uint8_t* p, int64_t n, uint8_t c) {
  if (n <= 0) return -1;
  const void* r = memrchr(p, c, size_t(n));
  return r ? static_cast<const uint8_t*>(r) - p : -1;
}

int64_t index(const uint8_t* s, int64_t n, const uint8_t* sep, int64_t m) {
  if (m == 0) return 0;
  if (m > n) return -1;
  if (m == 1) return indexByte(s, n, sep[0]);
  const void* r = memmem(s, size_t(n), sep, size_t(m));
  return r ? static_cast<const uint8_t*>(r) - s : -1;
}

int64_t lastIndex(const uint8_t* s, int64_t n, const uint8_t* sep, int64_t m) {
  if (m == 0) return n;
  if (m > n) return -1;
  if (m == 1) return lastIndexByte(s, n, sep[0]);
  for (int64_t i = n - m; i >= 0; i--) {
    const void* r = memrchr(s, sep[0], size_t(i + 1));  // the last candidate start at or before i
    if (!r) return -1;
    i = static_cast<const uint8_t*>(r) - s;
    if (std::memcmp(s + i, sep, size_t(m)) == 0) return i;
  }
  return -1;
}

// non-overlapping instances of sep (m >= 1)
int64_t count(const uint8_t* s, int64_t n, const uint8_t* sep, int64_t m) {
  int64_t c = 0;
  if (m == 1) {
    for (const uint8_t *p = s, *end = s + n; p < end; c++, p++) {
      p = static_cast<const uint8_t*>(std::memchr(p, sep[0], size_t(end - p)));
      if (!p) break;
    }
    return c;
  }
  for (int64_t i = 0;;) {
    int64_t j = index(s + i, n - i, sep, m);
    if (j < 0) return c;
    c++;
    i += j + m;
  }
}

const uint8_t* bytesOf(const GoString& s) { return static_cast<const uint8_t*>(s.ptr); }
const uint8_t* bytesOf(const GoSlice& s) { return static_cast<const uint8_t*>(s.ptr); }

// ---- strings

void stringsIndexByte(NativeCtx&, uint64_t* f) {  // func IndexByte(s string, c byte) int
  GoString s = nat::str(f, 0);
  nat::setI64(f, 0, indexByte(bytesOf(s), s.len, uint8_t(f[2])));
}
void stringsLastIndexByte(NativeCtx&, uint64_t* f) {  // func LastIndexByte(s string, c byte) int
  GoString s = nat::str(f, 0);
  nat::setI64(f, 0, lastIndexByte(bytesOf(s), s.len, uint8_t(f[2])));
}
void stringsIndex(NativeCtx&, uint64_t* f) {  // func Index(s, substr string) int
  GoString s = nat::str(f, 0), t = nat::str(f, 2);
  nat::setI64(f, 0, index(bytesOf(s), s.len, bytesOf(t), t.len));
}
void stringsLastIndex(NativeCtx&, uint64_t* f) {  // func LastIndex(s, substr string) int
  GoString s = nat::str(f, 0), t = nat::str(f, 2);
  nat::setI64(f, 0, lastIndex(bytesOf(s), s.len, bytesOf(t), t.len));
}
void stringsCountNonEmpty(NativeCtx&, uint64_t* f) {  // func countNonEmpty(s, substr string) int
  GoString s = nat::str(f, 0), t = nat::str(f, 2);
  nat::setI64(f, 0, t.len ? count(bytesOf(s), s.len, bytesOf(t), t.len) : 0);
}

// func fieldsASCII(s string) ([]string, bool): strings.Fields of an all-ASCII
// s (fields split at '\t' '\n' '\v' '\f' '\r' ' ', in a slice whose capacity is
// its length, as Go's), or (nil, false) when s holds a non-ASCII byte.
bool asciiSpace(uint8_t c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

void stringsFieldsASCII(NativeCtx&, uint64_t* f) {
  GoString s = nat::str(f, 0);
  const uint8_t* p = bytesOf(s);
  int64_t n = 0;
  bool wasSpace = true;
  for (int64_t i = 0; i < s.len; i++) {
    if (p[i] >= 0x80) {
      nat::setSlice(f, 0, GoSlice{nullptr, 0, 0});
      nat::setBool(f, 3, false);
      return;
    }
    bool sp = asciiSpace(p[i]);
    n += wasSpace && !sp;
    wasSpace = sp;
  }
  auto* a = static_cast<GoString*>(gcAlloc(size_t(n) * sizeof(GoString)));
  int64_t na = 0;
  for (int64_t i = 0; i < s.len;) {
    while (i < s.len && asciiSpace(p[i])) i++;
    int64_t start = i;
    while (i < s.len && !asciiSpace(p[i])) i++;
    if (i > start) a[na++] = GoString{p + start, i - start};
  }
  nat::setSlice(f, 0, GoSlice{a, n, n});
  nat::setBool(f, 3, true);
}

// ---- bytes

void bytesIndexByte(NativeCtx&, uint64_t* f) {  // func IndexByte(b []byte, c byte) int
  GoSlice b = nat::slice(f, 0);
  nat::setI64(f, 0, indexByte(bytesOf(b), b.len, uint8_t(f[3])));
}
void bytesLastIndexByte(NativeCtx&, uint64_t* f) {  // func LastIndexByte(s []byte, c byte) int
  GoSlice b = nat::slice(f, 0);
  nat::setI64(f, 0, lastIndexByte(bytesOf(b), b.len, uint8_t(f[3])));
}
void bytesIndex(NativeCtx&, uint64_t* f) {  // func Index(s, sep []byte) int
  GoSlice s = nat::slice(f, 0), t = nat::slice(f, 3);
  nat::setI64(f, 0, index(bytesOf(s), s.len, bytesOf(t), t.len));
}
void bytesLastIndex(NativeCtx&, uint64_t* f) {  // func LastIndex(s, sep []byte) int
  GoSlice s = nat::slice(f, 0), t = nat::slice(f, 3);
  nat::setI64(f, 0, lastIndex(bytesOf(s), s.len, bytesOf(t), t.len));
}
void bytesCountNonEmpty(NativeCtx&, uint64_t* f) {  // func countNonEmpty(s, sep []byte) int
  GoSlice s = nat::slice(f, 0), t = nat::slice(f, 3);
  nat::setI64(f, 0, t.len ? count(bytesOf(s), s.len, bytesOf(t), t.len) : 0);
}
void bytesEqual(NativeCtx&, uint64_t* f) {  // func Equal(a, b []byte) bool
  GoSlice a = nat::slice(f, 0), b = nat::slice(f, 3);
  nat::setBool(f, 0, a.len == b.len && (a.len == 0 || std::memcmp(a.ptr, b.ptr, size_t(a.len)) == 0));
}

NativeReg r1("strings.IndexByte", &stringsIndexByte);
NativeReg r2("strings.LastIndexByte", &stringsLastIndexByte);
NativeReg r3("strings.Index", &stringsIndex);
NativeReg r4("strings.LastIndex", &stringsLastIndex);
NativeReg r5("strings.countNonEmpty", &stringsCountNonEmpty);
NativeReg r12("strings.fieldsASCII", &stringsFieldsASCII);
NativeReg r6("bytes.IndexByte", &bytesIndexByte);
NativeReg r7("bytes.LastIndexByte", &bytesLastIndexByte);
NativeReg r8("bytes.Index", &bytesIndex);
NativeReg r9("bytes.LastIndex", &bytesLastIndex);
NativeReg r10("bytes.countNonEmpty", &bytesCountNonEmpty);
NativeReg r11("bytes.Equal", &bytesEqual);

}  // namespace

void linkStringsNatives() {}
}  // namespace goro
