// stdlib/fmt_format.cpp — Go's fmt engine (see fmt_format.h).
//
// Two layers, as in Go:
//   Fmt      the raw formatter (fmt/format.go): flags, width, precision,
//            padding, integer/float/string/quote layout into the buffer;
//   Printer  the argument walker (fmt/print.go's pp): verb dispatch per
//            kind, method handling (Format, Error/String/GoString), the recursive
//            printValue over Type descriptors, Printf's format parser.
// A value is a (Type*, address of its memory layout) pair; interface values
// inside composites are unwrapped through their dynamic type.
#include "stdlib/fmt_format.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/map.h"
#include "stdlib/strconv_impl.h"
#include "stdlib/utf8_impl.h"

namespace goro::gofmt {
namespace {

const char kLdigits[] = "0123456789abcdefx";
const char kUdigits[] = "0123456789ABCDEFX";

constexpr std::string_view kCommaSpace = ", ";
constexpr std::string_view kNilAngle = "<nil>";
constexpr std::string_view kNilParen = "(nil)";
constexpr std::string_view kPercentBang = "%!";
constexpr std::string_view kMissing = "(MISSING)";
constexpr std::string_view kBadIndex = "(BADINDEX)";
constexpr std::string_view kPanic = "(PANIC=";
constexpr std::string_view kExtra = "%!(EXTRA ";
constexpr std::string_view kBadWidth = "%!(BADWIDTH)";
constexpr std::string_view kBadPrec = "%!(BADPREC)";
constexpr std::string_view kNoVerb = "%!(NOVERB)";

struct Flags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v set these (and clear plus/sharp): different, flagless formats.
  bool plusV = false;
  bool sharpV = false;
};

// ---- reading values in memory layout

Kind kindOf(const Type* t) { return t->underlying->kind; }

bool isIntKind(Kind k) {
  return k == Kind::Int || k == Kind::Int8 || k == Kind::Int16 || k == Kind::Int32 || k == Kind::Int64;
}
bool isUintKind(Kind k) {
  return k == Kind::Uint || k == Kind::Uint8 || k == Kind::Uint16 || k == Kind::Uint32 || k == Kind::Uint64 ||
         k == Kind::Uintptr;
}

template <class T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

int64_t readInt(Kind k, const void* p) {
  switch (k) {
    case Kind::Int8: return load<int8_t>(p);
    case Kind::Int16: return load<int16_t>(p);
    case Kind::Int32: return load<int32_t>(p);
    default: return load<int64_t>(p);
  }
}
uint64_t readUint(Kind k, const void* p) {
  switch (k) {
    case Kind::Uint8: return load<uint8_t>(p);
    case Kind::Uint16: return load<uint16_t>(p);
    case Kind::Uint32: return load<uint32_t>(p);
    default: return load<uint64_t>(p);
  }
}
double readFloat(Kind k, const void* p) { return k == Kind::Float32 ? double(load<float>(p)) : load<double>(p); }
std::string_view readString(const void* p) { return load<GoString>(p).view(); }
const void* readPtr(const void* p) { return load<const void*>(p); }

// The interface value of a value (dynamic type t at address p) — what Go's
// value.Interface() gives, without copying: data points at the value.
GoIface ifaceOf(const Type* t, const void* p) {
  GoIface v;
  v.type = const_cast<Type*>(t);
  v.data = t->isPointerShaped() ? const_cast<void*>(readPtr(p)) : const_cast<void*>(p);
  return v;
}

// t has method `name` with signature func() string.
bool hasStringMethod(const Type* t, const char* name) {
  for (const Method& m : t->methods) {
    if (m.name != name) continue;
    const Type* sig = m.type;
    return sig && sig->params.empty() && sig->results.size() == 1 &&
           sig->results[0]->underlying->kind == Kind::String;
  }
  return false;
}

// Format(State, rune): a fmt.Formatter.
bool hasFormatMethod(const Type* t) {
  for (const Method& m : t->methods) {
    if (m.name != "Format") continue;
    const Type* sig = m.type;
    return sig && sig->params.size() == 2 && sig->results.empty() && !sig->variadic &&
           sig->params[0]->underlying->kind == Kind::Interface && sig->params[1]->underlying->kind == Kind::Int32;
  }
  return false;
}

// A predeclared type that print.go's printArg formats without method lookup.
bool isPredeclaredBasic(const Type* t) {
  if (!t->isNamed() || !t->pkg.empty() || t->underlying != t) return false;
  Kind k = t->kind;
  return k == Kind::Bool || isIntKind(k) || isUintKind(k) || k == Kind::Float32 || k == Kind::Float64 ||
         k == Kind::String;
}
// []byte exactly (unnamed slice of the predeclared uint8).
bool isByteSlice(const Type* t) {
  return !t->isNamed() && t->kind == Kind::Slice && t->elem && t->elem->kind == Kind::Uint8 &&
         t->elem->isNamed() && t->elem->pkg.empty();
}

// ---- map key order (internal/fmtsort)

int cmp3(bool lt, bool gt) { return lt ? -1 : gt ? 1 : 0; }

int floatCompare(double a, double b) {
  if (std::isnan(a)) return -1;
  if (std::isnan(b)) return 1;
  return cmp3(a < b, a > b);
}

int typeOrder(const Type* a, const Type* b) {
  if (a == b) return 0;
  std::string sa = a->str(), sb = b->str();
  if (sa != sb) return sa < sb ? -1 : 1;
  return cmp3(a < b, a > b);
}

int compareValues(const Type* t, const void* a, const void* b) {
  Kind k = kindOf(t);
  if (isIntKind(k)) return cmp3(readInt(k, a) < readInt(k, b), readInt(k, a) > readInt(k, b));
  if (isUintKind(k)) return cmp3(readUint(k, a) < readUint(k, b), readUint(k, a) > readUint(k, b));
  switch (k) {
    case Kind::String: {
      std::string_view x = readString(a), y = readString(b);
      return cmp3(x < y, x > y);
    }
    case Kind::Float32:
    case Kind::Float64: return floatCompare(readFloat(k, a), readFloat(k, b));
    case Kind::Bool: {
      bool x = load<uint8_t>(a) != 0, y = load<uint8_t>(b) != 0;
      return x == y ? 0 : x ? 1 : -1;
    }
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan: {
      uintptr_t x = uintptr_t(readPtr(a)), y = uintptr_t(readPtr(b));
      return cmp3(x < y, x > y);
    }
    case Kind::Struct:
      for (const Field& f : t->underlying->fields) {
        const auto* pa = static_cast<const uint8_t*>(a) + f.offset;
        const auto* pb = static_cast<const uint8_t*>(b) + f.offset;
        if (int c = compareValues(f.type, pa, pb)) return c;
      }
      return 0;
    case Kind::Array: {
      const Type* e = t->underlying->elem;
      for (int64_t i = 0; i < t->underlying->len; i++) {
        const auto* pa = static_cast<const uint8_t*>(a) + i * e->size;
        const auto* pb = static_cast<const uint8_t*>(b) + i * e->size;
        if (int c = compareValues(e, pa, pb)) return c;
      }
      return 0;
    }
    case Kind::Interface: {
      GoIface x = load<GoIface>(a), y = load<GoIface>(b);
      if (!x.type || !y.type) return !x.type && !y.type ? 0 : !x.type ? -1 : 1;
      if (int c = typeOrder(x.type, y.type)) return c;
      GoIface xs = load<GoIface>(a), ys = load<GoIface>(b);
      return compareValues(x.type, xs.valuePtr(), ys.valuePtr());
    }
    default: return 0;
  }
}

// ---- the raw formatter (fmt/format.go)

struct Fmt {
  std::string* buf = nullptr;
  Flags f;
  int wid = 0;
  int prec = 0;

  void clearflags() { f = Flags{}; }

  void writePadding(int n) {
    if (n <= 0) return;
    buf->append(size_t(n), f.zero ? '0' : ' ');
  }

  // Appends s, padded on the left (or the right with '-') to the width in runes.
  void pad(std::string_view s) {
    if (!f.widPresent || wid == 0) {
      buf->append(s);
      return;
    }
    int width = wid - int(utf8::runeCount(s));
    if (!f.minus) {
      writePadding(width);
      buf->append(s);
    } else {
      buf->append(s);
      writePadding(width);
    }
  }

  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }

  // "U+0078", or with '#' "U+0078 'x'".
  void fmtUnicode(uint64_t u) {
    int p = 4;
    if (f.precPresent && prec > 4) p = prec;
    std::string out;
    uint64_t v = u;
    std::string hex;
    do {
      hex.push_back(kUdigits[v & 0xF]);
      v >>= 4;
    } while (v != 0);
    for (int i = int(hex.size()); i < p; i++) hex.push_back('0');
    out = "U+";
    out.append(hex.rbegin(), hex.rend());
    if (f.sharp && u <= uint64_t(utf8::kMaxRune) && strconv::isPrint(int32_t(u))) {
      out += " '";
      utf8::appendRune(out, int32_t(u));
      out += "'";
    }
    bool oldZero = f.zero;
    f.zero = false;
    pad(out);
    f.zero = oldZero;
  }

  void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits) {
    bool negative = isSigned && int64_t(u) < 0;
    if (negative) u = 0 - u;
    // Two ways to ask for extra leading zero digits: %.3d or %03d. With both,
    // the zero flag is ignored and padding is with spaces.
    int p = 0;
    if (f.precPresent) {
      p = prec;
      if (p == 0 && u == 0) {  // precision 0 and value 0 print nothing but padding
        bool oldZero = f.zero;
        f.zero = false;
        writePadding(wid);
        f.zero = oldZero;
        return;
      }
    } else if (f.zero && f.widPresent) {
      p = wid;
      if (negative || f.plus || f.space) p--;  // room for the sign
    }
    std::string rev;  // digits, least significant first
    switch (base) {
      case 10:
        while (u >= 10) {
          rev.push_back(char('0' + u % 10));
          u /= 10;
        }
        break;
      case 16:
        while (u >= 16) {
          rev.push_back(digits[u & 0xF]);
          u >>= 4;
        }
        break;
      case 8:
        while (u >= 8) {
          rev.push_back(char('0' + (u & 7)));
          u >>= 3;
        }
        break;
      case 2:
        while (u >= 2) {
          rev.push_back(char('0' + (u & 1)));
          u >>= 1;
        }
        break;
    }
    rev.push_back(digits[u]);
    while (int(rev.size()) < p) rev.push_back('0');
    if (f.sharp) {
      switch (base) {
        case 2:
          rev += "b0";
          break;
        case 8:
          if (rev.back() != '0') rev.push_back('0');
          break;
        case 16:
          rev.push_back(digits[16]);
          rev.push_back('0');
          break;
      }
    }
    if (verb == 'O') rev += "o0";
    if (negative) rev.push_back('-');
    else if (f.plus) rev.push_back('+');
    else if (f.space) rev.push_back(' ');
    std::string out(rev.rbegin(), rev.rend());
    // Zero padding was done above as precision (or is ignored with a precision).
    bool oldZero = f.zero;
    f.zero = false;
    pad(out);
    f.zero = oldZero;
  }

  std::string_view truncateString(std::string_view s) const {
    if (f.precPresent) {
      int n = prec;
      for (size_t i = 0; i < s.size();) {
        if (--n < 0) return s.substr(0, i);
        int w = 1;
        if (uint8_t(s[i]) >= utf8::kRuneSelf) utf8::decodeRune(s.substr(i), &w);
        i += size_t(w);
      }
    }
    return s;
  }

  void fmtS(std::string_view s) { pad(truncateString(s)); }

  // Hex encoding of a string or byte slice ("% x", "%#x", "% #X" ...).
  void fmtSbx(std::string_view s, const char* digits) {
    int length = int(s.size());
    if (f.precPresent && prec < length) length = prec;
    int width = 2 * length;
    if (width > 0) {
      if (f.space) {
        if (f.sharp) width *= 2;
        width += length - 1;
      } else if (f.sharp) {
        width += 2;
      }
    } else {
      if (f.widPresent) writePadding(wid);
      return;
    }
    if (f.widPresent && wid > width && !f.minus) writePadding(wid - width);
    if (f.sharp) {
      buf->push_back('0');
      buf->push_back(digits[16]);
    }
    for (int i = 0; i < length; i++) {
      if (f.space && i > 0) {
        buf->push_back(' ');
        if (f.sharp) {
          buf->push_back('0');
          buf->push_back(digits[16]);
        }
      }
      uint8_t c = uint8_t(s[size_t(i)]);
      buf->push_back(digits[c >> 4]);
      buf->push_back(digits[c & 0xF]);
    }
    if (f.widPresent && wid > width && f.minus) writePadding(wid - width);
  }

  void fmtQ(std::string_view s) {
    s = truncateString(s);
    if (f.sharp && strconv::canBackquote(s)) {
      std::string q = "`";
      q.append(s);
      q.push_back('`');
      pad(q);
      return;
    }
    std::string q;
    strconv::appendQuote(q, s, f.plus);
    pad(q);
  }

  void fmtC(uint64_t c) {
    int32_t r = int32_t(uint32_t(c));
    if (c > uint64_t(utf8::kMaxRune)) r = utf8::kRuneError;
    std::string s;
    utf8::appendRune(s, r);
    pad(s);
  }

  void fmtQc(uint64_t c) {
    int32_t r = int32_t(uint32_t(c));
    if (c > uint64_t(utf8::kMaxRune)) r = utf8::kRuneError;
    std::string s;
    strconv::appendQuoteRune(s, r, f.plus);
    pad(s);
  }

  void fmtFloat(double v, int size, char verb, int p) {
    if (f.precPresent) p = prec;
    std::string num = "+";  // room for a sign
    strconv::appendFloat(num, v, verb, p, size);
    if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
    else num[0] = '+';
    if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
    // Infinities and NaN don't look like numbers: no zero padding.
    if (num[1] == 'I' || num[1] == 'N') {
      bool oldZero = f.zero;
      f.zero = false;
      if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
      pad(num);
      f.zero = oldZero;
      return;
    }
    // '#' forces a decimal point and keeps trailing zeros (except for %b).
    if (f.sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = p;
        if (digits == -1) digits = 6;
      }
      std::string tail;
      bool hasDecimalPoint = false, sawNonzeroDigit = false;
      for (size_t i = 1; i < num.size(); i++) {
        char c = num[i];
        if (c == '.') {
          hasDecimalPoint = true;
          continue;
        }
        if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substr(i);
          num.resize(i);
          break;
        }
        if (c != '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (num.size() == 2 && num[1] == '0') digits--;  // a leading 0 counts once
        num.push_back('.');
      }
      while (digits > 0) {
        num.push_back('0');
        digits--;
      }
      num += tail;
    }
    if (f.plus || num[0] != '+') {
      // Zero padding goes between the sign and the digits.
      if (f.zero && f.widPresent && wid > int(num.size())) {
        buf->push_back(num[0]);
        writePadding(wid - int(num.size()));
        buf->append(num, 1, std::string::npos);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));
  }
};

// ---- the argument walker (fmt/print.go)

struct Val {
  const Type* t = nullptr;  // null: nil interface
  const void* p = nullptr;  // the value's memory layout
};

class Printer {
 public:
  Printer(std::string& out, MethodCaller* mc) : buf_(out), mc_(mc) { fmt_.buf = &out; }

  void doPrintf(std::string_view format, const GoIface* a, size_t n);
  void doPrint(const GoIface* a, size_t n);
  void doPrintln(const GoIface* a, size_t n);

  bool wrapErrs = false;
  int wrappedErr = -1;

 private:
  std::string& buf_;
  MethodCaller* mc_;
  Fmt fmt_;
  Val cur_;               // the value a bad verb reports (p.arg / p.value)
  bool curIsArg_ = false; // cur_ is a top-level argument (p.arg), not a nested value
  int curArgIndex_ = -1;  // index of the top-level argument being printed
  bool erroring_ = false; // printing a bad-verb report: no methods
  bool panicking_ = false;
  bool reordered_ = false;
  bool goodArgNum_ = true;

  void writeRune(char32_t r) { utf8::appendRune(buf_, int32_t(r)); }

  void printArg(Val v, char32_t verb);
  void printValue(Val v, char32_t verb, int depth, bool canIface);
  bool handleMethods(Val v, char32_t verb);
  void catchPanic(Val v, char32_t verb, const char* method, const GoIface& panicValue);
  void badVerb(char32_t verb);
  void fmtBool(bool v, char32_t verb);
  void fmt0x64(uint64_t v, bool leading0x);
  void fmtInteger(uint64_t v, bool isSigned, char32_t verb);
  void fmtFloat(double v, int size, char32_t verb);
  void fmtString(std::string_view v, char32_t verb);
  void fmtBytes(Val v, std::string_view bytes, bool isNil, char32_t verb, const std::string& typeString);
  void fmtPointer(Val v, char32_t verb);
  void argNumber(int& argNum, std::string_view format, size_t& i, size_t numArgs, bool& found);
};

void Printer::badVerb(char32_t verb) {
  erroring_ = true;
  buf_ += kPercentBang;
  writeRune(verb);
  buf_.push_back('(');
  Val v = cur_;
  if (v.t) {
    buf_ += v.t->str();
    buf_.push_back('=');
    if (curIsArg_) printArg(v, 'v');
    else printValue(v, 'v', 0, false);
  } else {
    buf_ += kNilAngle;
  }
  buf_.push_back(')');
  erroring_ = false;
}

void Printer::fmtBool(bool v, char32_t verb) {
  if (verb == 't' || verb == 'v') fmt_.fmtBoolean(v);
  else badVerb(verb);
}

void Printer::fmt0x64(uint64_t v, bool leading0x) {
  bool sharp = fmt_.f.sharp;
  fmt_.f.sharp = leading0x;
  fmt_.fmtInteger(v, 16, false, 'v', kLdigits);
  fmt_.f.sharp = sharp;
}

void Printer::fmtInteger(uint64_t v, bool isSigned, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV && !isSigned) fmt0x64(v, true);
      else fmt_.fmtInteger(v, 10, isSigned, verb, kLdigits);
      break;
    case 'd': fmt_.fmtInteger(v, 10, isSigned, verb, kLdigits); break;
    case 'b': fmt_.fmtInteger(v, 2, isSigned, verb, kLdigits); break;
    case 'o':
    case 'O': fmt_.fmtInteger(v, 8, isSigned, verb, kLdigits); break;
    case 'x': fmt_.fmtInteger(v, 16, isSigned, verb, kLdigits); break;
    case 'X': fmt_.fmtInteger(v, 16, isSigned, verb, kUdigits); break;
    case 'c': fmt_.fmtC(v); break;
    case 'q': fmt_.fmtQc(v); break;
    case 'U': fmt_.fmtUnicode(v); break;
    default: badVerb(verb);
  }
}

void Printer::fmtFloat(double v, int size, char32_t verb) {
  switch (verb) {
    case 'v': fmt_.fmtFloat(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmt_.fmtFloat(v, size, char(verb), -1); break;
    case 'f':
    case 'e':
    case 'E': fmt_.fmtFloat(v, size, char(verb), 6); break;
    case 'F': fmt_.fmtFloat(v, size, 'f', 6); break;
    default: badVerb(verb);
  }
}

void Printer::fmtString(std::string_view v, char32_t verb) {
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) fmt_.fmtQ(v);
      else fmt_.fmtS(v);
      break;
    case 's': fmt_.fmtS(v); break;
    case 'x': fmt_.fmtSbx(v, kLdigits); break;
    case 'X': fmt_.fmtSbx(v, kUdigits); break;
    case 'q': fmt_.fmtQ(v); break;
    default: badVerb(verb);
  }
}

// A byte slice or array (v, for the fallback) holding `bytes`.
void Printer::fmtBytes(Val v, std::string_view bytes, bool isNil, char32_t verb, const std::string& typeString) {
  switch (verb) {
    case 'v':
    case 'd':
      if (fmt_.f.sharpV) {
        buf_ += typeString;
        if (isNil) {
          buf_ += kNilParen;
          return;
        }
        buf_.push_back('{');
        for (size_t i = 0; i < bytes.size(); i++) {
          if (i > 0) buf_ += kCommaSpace;
          fmt0x64(uint8_t(bytes[i]), true);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (size_t i = 0; i < bytes.size(); i++) {
          if (i > 0) buf_.push_back(' ');
          fmt_.fmtInteger(uint8_t(bytes[i]), 10, false, verb, kLdigits);
        }
        buf_.push_back(']');
      }
      break;
    case 's': fmt_.fmtS(bytes); break;
    case 'x': fmt_.fmtSbx(bytes, kLdigits); break;
    case 'X': fmt_.fmtSbx(bytes, kUdigits); break;
    case 'q': fmt_.fmtQ(bytes); break;
    default: printValue(v, verb, 0, true);
  }
}

void Printer::fmtPointer(Val v, char32_t verb) {
  uintptr_t u;
  switch (kindOf(v.t)) {
    case Kind::Chan:
    case Kind::Func:
    case Kind::Map:
    case Kind::Pointer:
    case Kind::UnsafePointer: u = uintptr_t(readPtr(v.p)); break;
    case Kind::Slice: u = uintptr_t(load<GoSlice>(v.p).ptr); break;
    default: badVerb(verb); return;
  }
  switch (verb) {
    case 'v':
      if (fmt_.f.sharpV) {
        buf_.push_back('(');
        buf_ += v.t->str();
        buf_ += ")(";
        if (u == 0) buf_ += "nil";
        else fmt0x64(u, true);
        buf_.push_back(')');
      } else if (u == 0) {
        fmt_.pad(kNilAngle);
      } else {
        fmt0x64(u, !fmt_.f.sharp);
      }
      break;
    case 'p': fmt0x64(u, !fmt_.f.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmtInteger(u, false, verb); break;
    default: badVerb(verb);
  }
}

void Printer::catchPanic(Val v, char32_t verb, const char* method, const GoIface& panicValue) {
  // A nil pointer receiver (a Stringer that does not guard against nil, or a
  // value method on a nil pointer) prints "<nil>".
  if (kindOf(v.t) == Kind::Pointer && readPtr(v.p) == nullptr) {
    buf_ += kNilAngle;
    return;
  }
  Flags oldFlags = fmt_.f;
  fmt_.clearflags();
  buf_ += kPercentBang;
  writeRune(verb);
  buf_ += kPanic;
  buf_ += method;
  buf_ += " method: ";
  panicking_ = true;
  GoIface pv = panicValue;
  Val pval{pv.type, pv.type ? pv.valuePtr() : nullptr};
  printArg(pval, 'v');
  panicking_ = false;
  buf_.push_back(')');
  fmt_.f = oldFlags;
}

bool Printer::handleMethods(Val v, char32_t verb) {
  if (erroring_) return false;
  const Type* t = v.t;
  if (verb == 'w') {
    // %w: only in Errorf, once, with an error operand.
    if (!hasStringMethod(t, "Error") || !wrapErrs || wrappedErr >= 0) {
      wrappedErr = -1;
      wrapErrs = false;
      badVerb(verb);
      return true;
    }
    wrappedErr = curArgIndex_;
    verb = 'v';
  }
  if (t->methods.empty() || !mc_) return false;
  if (hasFormatMethod(t)) {  // a Formatter: it prints itself, whatever the verb
    std::string flags;
    const Flags& f = fmt_.f;
    if (f.minus) flags += '-';
    if (f.plus || f.plusV) flags += '+';
    if (f.sharp || f.sharpV) flags += '#';
    if (f.space) flags += ' ';
    if (f.zero) flags += '0';
    std::string s;
    GoIface panicValue{nullptr, nullptr};
    switch (mc_->callFormat(ifaceOf(t, v.p), verb, fmt_.wid, f.widPresent, fmt_.prec, f.precPresent, flags, &s,
                            &panicValue)) {
      case CallResult::NoMethod: break;
      case CallResult::Panicked: catchPanic(v, verb, "Format", panicValue); return true;
      case CallResult::Ok: buf_ += s; return true;
    }
  }
  const char* method = nullptr;
  if (fmt_.f.sharpV) {
    if (hasStringMethod(t, "GoString")) method = "GoString";
  } else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
    if (hasStringMethod(t, "Error")) method = "Error";
    else if (hasStringMethod(t, "String")) method = "String";
  }
  if (!method) return false;
  std::string s;
  GoIface panicValue{nullptr, nullptr};
  switch (mc_->callStringMethod(ifaceOf(t, v.p), method, &s, &panicValue)) {
    case CallResult::NoMethod: return false;
    case CallResult::Panicked: catchPanic(v, verb, method, panicValue); return true;
    case CallResult::Ok: break;
  }
  if (fmt_.f.sharpV) fmt_.fmtS(s);  // GoString's result, unadorned
  else fmtString(s, verb);
  return true;
}

void Printer::printArg(Val v, char32_t verb) {
  cur_ = v;
  curIsArg_ = true;
  if (!v.t) {
    if (verb == 'T' || verb == 'v') fmt_.pad(kNilAngle);
    else badVerb(verb);
    return;
  }
  // %T and %p are special: done first.
  if (verb == 'T') {
    fmt_.fmtS(v.t->str());
    return;
  }
  if (verb == 'p') {
    fmtPointer(v, 'p');
    return;
  }
  if (isPredeclaredBasic(v.t)) {  // print.go's type switch: no methods
    printValue(v, verb, 0, false);
    return;
  }
  if (isByteSlice(v.t)) {
    GoSlice s = load<GoSlice>(v.p);
    fmtBytes(v, std::string_view(static_cast<const char*>(s.ptr), size_t(s.len)), s.ptr == nullptr, verb,
             "[]byte");
    return;
  }
  if (handleMethods(v, verb)) return;
  printValue(v, verb, 0, true);
}

void Printer::printValue(Val v, char32_t verb, int depth, bool canIface) {
  // Values with methods, if not already handled by printArg (depth 0).
  if (depth > 0 && canIface) {
    cur_ = v;
    curIsArg_ = true;
    if (handleMethods(v, verb)) return;
  }
  cur_ = v;
  curIsArg_ = false;
  const Type* t = v.t;
  const Type* u = t->underlying;
  Kind k = u->kind;
  if (isIntKind(k)) return fmtInteger(uint64_t(readInt(k, v.p)), true, verb);
  if (isUintKind(k)) return fmtInteger(readUint(k, v.p), false, verb);
  switch (k) {
    case Kind::Bool: fmtBool(load<uint8_t>(v.p) != 0, verb); return;
    case Kind::Float32: fmtFloat(readFloat(k, v.p), 32, verb); return;
    case Kind::Float64: fmtFloat(readFloat(k, v.p), 64, verb); return;
    case Kind::String: fmtString(readString(v.p), verb); return;
    case Kind::Map: {
      GoMap* m = const_cast<GoMap*>(static_cast<const GoMap*>(readPtr(v.p)));
      if (fmt_.f.sharpV) {
        buf_ += t->str();
        if (!m) {
          buf_ += kNilParen;
          return;
        }
        buf_.push_back('{');
      } else {
        buf_ += "map[";
      }
      const Type* kt = u->key;
      std::vector<std::pair<const void*, const void*>> entries;
      if (m) {
        // Keys are copied (a key pointer lasts one iterator step), into GC
        // memory: they may hold the only pointers to their strings while
        // String methods run.
        const size_t n = size_t(mapLen(m)), ks = size_t(kt->size);
        auto* keys = static_cast<uint8_t*>(gcAlloc(n * ks));
        entries.reserve(n);
        MapIter* it = mapIterInit(t, m);
        void *key, *val;
        while (entries.size() < n && mapIterNext(it, &key, &val)) {
          uint8_t* copy = keys + entries.size() * ks;
          std::memcpy(copy, key, ks);
          entries.emplace_back(copy, val);
        }
      }
      std::stable_sort(entries.begin(), entries.end(),
                       [kt](const auto& a, const auto& b) { return compareValues(kt, a.first, b.first) < 0; });
      for (size_t i = 0; i < entries.size(); i++) {
        if (i > 0) {
          if (fmt_.f.sharpV) buf_ += kCommaSpace;
          else buf_.push_back(' ');
        }
        printValue(Val{kt, entries[i].first}, verb, depth + 1, canIface);
        buf_.push_back(':');
        printValue(Val{u->elem, entries[i].second}, verb, depth + 1, canIface);
      }
      buf_.push_back(fmt_.f.sharpV ? '}' : ']');
      return;
    }
    case Kind::Struct: {
      if (fmt_.f.sharpV) buf_ += t->str();
      buf_.push_back('{');
      for (size_t i = 0; i < u->fields.size(); i++) {
        const Field& fl = u->fields[i];
        if (i > 0) {
          if (fmt_.f.sharpV) buf_ += kCommaSpace;
          else buf_.push_back(' ');
        }
        if ((fmt_.f.plusV || fmt_.f.sharpV) && !fl.name.empty()) {
          buf_ += fl.name;
          buf_.push_back(':');
        }
        // Methods of an unexported field's value cannot be called (reflect's
        // CanInterface is false for it and everything reached through it).
        printValue(Val{fl.type, static_cast<const uint8_t*>(v.p) + fl.offset}, verb, depth + 1,
                   canIface && fl.exported);
      }
      buf_.push_back('}');
      return;
    }
    case Kind::Interface: {
      GoIface x = load<GoIface>(v.p);
      if (!x.type) {
        if (fmt_.f.sharpV) {
          buf_ += t->str();
          buf_ += kNilParen;
        } else {
          buf_ += kNilAngle;
        }
        return;
      }
      const void* data = x.type->isPointerShaped() ? static_cast<const uint8_t*>(v.p) + 8 : x.data;
      printValue(Val{x.type, data}, verb, depth + 1, canIface);
      return;
    }
    case Kind::Array:
    case Kind::Slice: {
      const Type* et = u->elem;
      const uint8_t* base;
      int64_t n;
      bool isNil = false;
      if (k == Kind::Slice) {
        GoSlice s = load<GoSlice>(v.p);
        base = static_cast<const uint8_t*>(s.ptr);
        n = s.len;
        isNil = s.ptr == nullptr;
      } else {
        base = static_cast<const uint8_t*>(v.p);
        n = u->len;
      }
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && et->underlying->kind == Kind::Uint8) {
        fmtBytes(v, std::string_view(reinterpret_cast<const char*>(base), size_t(n)), isNil, verb, t->str());
        return;
      }
      if (fmt_.f.sharpV) {
        buf_ += t->str();
        if (k == Kind::Slice && isNil) {
          buf_ += kNilParen;
          return;
        }
        buf_.push_back('{');
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf_ += kCommaSpace;
          printValue(Val{et, base + i * et->size}, verb, depth + 1, canIface);
        }
        buf_.push_back('}');
      } else {
        buf_.push_back('[');
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf_.push_back(' ');
          printValue(Val{et, base + i * et->size}, verb, depth + 1, canIface);
        }
        buf_.push_back(']');
      }
      return;
    }
    case Kind::Pointer: {
      // A pointer to an array, slice, struct or map prints as &value at the
      // top level, but not nested (avoids loops).
      const void* target = readPtr(v.p);
      if (depth == 0 && target) {
        Kind ek = u->elem->underlying->kind;
        if (ek == Kind::Array || ek == Kind::Slice || ek == Kind::Struct || ek == Kind::Map) {
          buf_.push_back('&');
          printValue(Val{u->elem, target}, verb, depth + 1, canIface);
          return;
        }
      }
      fmtPointer(v, verb);
      return;
    }
    case Kind::Chan:
    case Kind::Func:
    case Kind::UnsafePointer: fmtPointer(v, verb); return;
    default:
      buf_.push_back('?');
      buf_ += t->str();
      buf_.push_back('?');
  }
}

// ---- Printf's format parsing

bool tooLarge(int x) { return x > 1000000 || x < -1000000; }

// parsenum: digits at s[start:end) → (num, isnum, newi).
int parsenum(std::string_view s, size_t start, size_t end, bool& isnum, size_t& newi) {
  int num = 0;
  isnum = false;
  if (start >= end) {
    newi = end;
    return 0;
  }
  for (newi = start; newi < end && s[newi] >= '0' && s[newi] <= '9'; newi++) {
    if (tooLarge(num)) {
      isnum = false;
      newi = end;
      return 0;
    }
    num = num * 10 + (s[newi] - '0');
    isnum = true;
  }
  return num;
}

// intFromArg: the argNum'th argument as a width/precision.
int intFromArg(const GoIface* a, size_t n, int& argNum, bool& isInt) {
  int64_t num = 0;  // Go's int: 64 bits
  isInt = false;
  if (size_t(argNum) < n) {
    const GoIface& x = a[argNum];
    if (x.type) {
      Kind k = kindOf(x.type);
      const void* p = x.valuePtr();
      if (isIntKind(k)) {
        num = readInt(k, p);
        isInt = true;
      } else if (isUintKind(k)) {
        uint64_t v = readUint(k, p);
        if (int64_t(v) >= 0) {
          num = int64_t(v);
          isInt = true;
        }
      }
    }
    argNum++;
    if (num > 1000000 || num < -1000000) {  // tooLarge
      num = 0;
      isInt = false;
    }
  }
  return int(num);
}

// parseArgNumber: "[n]" at format[0] → (index-1, bytes consumed, ok).
int parseArgNumber(std::string_view format, size_t& wid, bool& ok) {
  ok = false;
  wid = 1;
  if (format.size() < 3) return 0;
  for (size_t i = 1; i < format.size(); i++) {
    if (format[i] == ']') {
      bool isnum;
      size_t newi;
      int width = parsenum(format, 1, i, isnum, newi);
      if (!isnum || newi != i) {
        wid = i + 1;
        return 0;
      }
      wid = i + 1;
      ok = true;
      return width - 1;
    }
  }
  return 0;
}

void Printer::argNumber(int& argNum, std::string_view format, size_t& i, size_t numArgs, bool& found) {
  found = false;
  if (format.size() <= i || format[i] != '[') return;
  reordered_ = true;
  size_t wid;
  bool ok;
  int index = parseArgNumber(format.substr(i), wid, ok);
  if (ok && 0 <= index && size_t(index) < numArgs) {
    argNum = index;
    i += wid;
    found = true;
    return;
  }
  goodArgNum_ = false;
  i += wid;
  found = ok;
}

Val argVal(const GoIface& a) { return Val{a.type, a.type ? a.valuePtr() : nullptr}; }

void Printer::doPrintf(std::string_view format, const GoIface* a, size_t n) {
  size_t end = format.size();
  int argNum = 0;
  bool afterIndex = false;
  reordered_ = false;
  for (size_t i = 0; i < end;) {
    goodArgNum_ = true;
    size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip '%'
    fmt_.clearflags();
    bool simple = false;
    for (; i < end; i++) {
      char c = format[i];
      if (c == '#') fmt_.f.sharp = true;
      else if (c == '0') fmt_.f.zero = !fmt_.f.minus;  // only pad with zeros on the left
      else if (c == '+') fmt_.f.plus = true;
      else if (c == '-') {
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      } else if (c == ' ') fmt_.f.space = true;
      else {
        // Fast path: a lower-case verb right after the flags.
        if (c >= 'a' && c <= 'z' && size_t(argNum) < n) {
          if (c == 'v') {
            fmt_.f.sharpV = fmt_.f.sharp;
            fmt_.f.sharp = false;
            fmt_.f.plusV = fmt_.f.plus;
            fmt_.f.plus = false;
          }
          curArgIndex_ = argNum;
          printArg(argVal(a[argNum]), char32_t(c));
          argNum++;
          i++;
          simple = true;
        }
        break;
      }
    }
    if (simple) continue;

    // Argument index?
    argNumber(argNum, format, i, n, afterIndex);

    // Width?
    if (i < end && format[i] == '*') {
      i++;
      fmt_.wid = intFromArg(a, n, argNum, fmt_.f.widPresent);
      if (!fmt_.f.widPresent) buf_ += kBadWidth;
      if (fmt_.wid < 0) {  // negative width: left-justify
        fmt_.wid = -fmt_.wid;
        fmt_.f.minus = true;
        fmt_.f.zero = false;
      }
      afterIndex = false;
    } else {
      fmt_.wid = parsenum(format, i, end, fmt_.f.widPresent, i);
      if (afterIndex && fmt_.f.widPresent) goodArgNum_ = false;  // "%[3]2d"
    }

    // Precision?
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
      argNumber(argNum, format, i, n, afterIndex);
      if (i < end && format[i] == '*') {
        i++;
        fmt_.prec = intFromArg(a, n, argNum, fmt_.f.precPresent);
        if (fmt_.prec < 0) {  // negative precision makes no sense
          fmt_.prec = 0;
          fmt_.f.precPresent = false;
        }
        if (!fmt_.f.precPresent) buf_ += kBadPrec;
        afterIndex = false;
      } else {
        fmt_.prec = parsenum(format, i, end, fmt_.f.precPresent, i);
        if (!fmt_.f.precPresent) {
          fmt_.prec = 0;
          fmt_.f.precPresent = true;
        }
      }
    }

    if (!afterIndex) argNumber(argNum, format, i, n, afterIndex);

    if (i >= end) {
      buf_ += kNoVerb;
      break;
    }

    char32_t verb = uint8_t(format[i]);
    int size = 1;
    if (verb >= utf8::kRuneSelf) verb = char32_t(utf8::decodeRune(format.substr(i), &size));
    i += size_t(size);

    if (verb == '%') {  // absorbs no operand, ignores width and precision
      buf_.push_back('%');
    } else if (!goodArgNum_) {
      buf_ += kPercentBang;
      writeRune(verb);
      buf_ += kBadIndex;
    } else if (size_t(argNum) >= n) {
      buf_ += kPercentBang;
      writeRune(verb);
      buf_ += kMissing;
    } else {
      if (verb == 'v') {
        fmt_.f.sharpV = fmt_.f.sharp;
        fmt_.f.sharp = false;
        fmt_.f.plusV = fmt_.f.plus;
        fmt_.f.plus = false;
      }
      curArgIndex_ = argNum;
      printArg(argVal(a[argNum]), verb);
      argNum++;
    }
  }

  // Extra arguments, unless the format used explicit indexes.
  if (!reordered_ && size_t(argNum) < n) {
    fmt_.clearflags();
    buf_ += kExtra;
    for (size_t i = size_t(argNum); i < n; i++) {
      if (i > size_t(argNum)) buf_ += kCommaSpace;
      if (!a[i].type) {
        buf_ += kNilAngle;
      } else {
        buf_ += a[i].type->str();
        buf_.push_back('=');
        curArgIndex_ = int(i);
        printArg(argVal(a[i]), 'v');
      }
    }
    buf_.push_back(')');
  }
}

void Printer::doPrint(const GoIface* a, size_t n) {
  bool prevString = false;
  for (size_t i = 0; i < n; i++) {
    bool isString = a[i].type && kindOf(a[i].type) == Kind::String;
    // A space between two operands when neither is a string.
    if (i > 0 && !isString && !prevString) buf_.push_back(' ');
    curArgIndex_ = int(i);
    printArg(argVal(a[i]), 'v');
    prevString = isString;
  }
}

void Printer::doPrintln(const GoIface* a, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (i > 0) buf_.push_back(' ');
    curArgIndex_ = int(i);
    printArg(argVal(a[i]), 'v');
  }
  buf_.push_back('\n');
}

}  // namespace

void appendSprintf(std::string& out, std::string_view format, const GoIface* args, size_t nargs, MethodCaller* mc,
                   int* wrapped) {
  Printer p(out, mc);
  p.wrapErrs = wrapped != nullptr;
  p.doPrintf(format, args, nargs);
  if (wrapped) *wrapped = p.wrappedErr;
}

void appendSprint(std::string& out, const GoIface* args, size_t nargs, MethodCaller* mc) {
  Printer p(out, mc);
  p.doPrint(args, nargs);
}

void appendSprintln(std::string& out, const GoIface* args, size_t nargs, MethodCaller* mc) {
  Printer p(out, mc);
  p.doPrintln(args, nargs);
}

std::string sprintf(std::string_view format, const GoIface* args, size_t nargs, MethodCaller* mc, int* wrapped) {
  std::string s;
  appendSprintf(s, format, args, nargs, mc, wrapped);
  return s;
}

std::string sprint(const GoIface* args, size_t nargs, MethodCaller* mc) {
  std::string s;
  appendSprint(s, args, nargs, mc);
  return s;
}

std::string sprintln(const GoIface* args, size_t nargs, MethodCaller* mc) {
  std::string s;
  appendSprintln(s, args, nargs, mc);
  return s;
}

}  // namespace goro::gofmt
