// stdlib/strconv_float.cpp — strconv.FormatFloat and strconv.ParseFloat with
// Go 1.19's output and acceptance rules.
//
// Digits come from the C++ library, which converts exactly: std::to_chars
// gives the shortest round-trip digits (prec -1; for bitSize 32 those of the
// float32) and correctly rounded fixed digits (round half to even on the
// exact binary value, as Go's decimal rounding does). The layout of those
// digits — when %g switches to an exponent, how many zeros are padded, the
// two-digit exponent minimum — follows strconv/ftoa.go's formatDigits, fmtE,
// fmtF, fmtB and fmtX. Parsing checks Go's syntax (readFloat/special in
// strconv/atof.go) and converts the validated text with strtod/strtof.
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "stdlib/strconv_impl.h"

namespace goro::strconv {

bool underscoreOKForFloat(std::string_view s);  // strconv_quote.cpp

namespace {

// A decimal number 0.d[0]d[1]...d[nd-1] × 10^dp, no trailing zeros; zero is
// nd == 0, dp == 0 (Go's decimalSlice).
struct Decimal {
  std::string d;
  int dp = 0;
  int nd() const { return int(d.size()); }
};

void trim(Decimal& dec) {
  while (!dec.d.empty() && dec.d.back() == '0') dec.d.pop_back();
  if (dec.d.empty()) dec.dp = 0;
}

// Parse to_chars' scientific output "d[.ddd]e±XX" into dec.
void fromScientific(const char* b, const char* e, Decimal& dec) {
  dec.d.clear();
  const char* p = b;
  for (; p < e && *p != 'e'; p++)
    if (*p != '.') dec.d.push_back(*p);
  int exp = 0;
  if (p < e) std::from_chars(p + 1 + (p[1] == '+'), e, exp);
  dec.dp = exp + 1;
  // A leading zero only happens for the value zero.
  if (!dec.d.empty() && dec.d[0] == '0') dec.d.clear();
  trim(dec);
}

// Shortest digits that read back as av (as a float32 when bitSize is 32).
void shortestDigits(double av, int bitSize, Decimal& dec) {
  if (av == 0) {
    dec.d.clear();
    dec.dp = 0;
    return;
  }
  char buf[64];
  std::to_chars_result r = bitSize == 32
                               ? std::to_chars(buf, buf + sizeof buf, float(av), std::chars_format::scientific)
                               : std::to_chars(buf, buf + sizeof buf, av, std::chars_format::scientific);
  fromScientific(buf, r.ptr, dec);
}

// av rounded to n >= 1 significant digits.
void significantDigits(double av, int n, Decimal& dec) {
  if (av == 0) {
    dec.d.clear();
    dec.dp = 0;
    return;
  }
  std::string buf(size_t(n) + 32, '\0');
  std::to_chars_result r =
      std::to_chars(buf.data(), buf.data() + buf.size(), av, std::chars_format::scientific, n - 1);
  fromScientific(buf.data(), r.ptr, dec);
}

// av rounded to prec >= 0 digits after the decimal point.
void fractionDigits(double av, int prec, Decimal& dec) {
  dec.d.clear();
  dec.dp = 0;
  if (av == 0) return;
  std::string buf(size_t(prec) + 330, '\0');
  std::to_chars_result r = std::to_chars(buf.data(), buf.data() + buf.size(), av, std::chars_format::fixed, prec);
  std::string all;
  int intLen = -1;
  for (const char* p = buf.data(); p < r.ptr; p++) {
    if (*p == '.') intLen = int(all.size());
    else all.push_back(*p);
  }
  if (intLen < 0) intLen = int(all.size());
  size_t k = 0;  // leading zeros move the decimal point
  while (k < all.size() && all[k] == '0') k++;
  dec.d = all.substr(k);
  dec.dp = intLen - int(k);
  trim(dec);
}

void appendExp2(std::string& dst, int exp) {  // at least two digits
  if (exp < 10) {
    dst.push_back('0');
    dst.push_back(char('0' + exp));
  } else if (exp < 100) {
    dst.push_back(char('0' + exp / 10));
    dst.push_back(char('0' + exp % 10));
  } else {
    dst.push_back(char('0' + exp / 100));
    dst.push_back(char('0' + exp / 10 % 10));
    dst.push_back(char('0' + exp % 10));
  }
}

// %e: -d.ddddde±dd
void fmtE(std::string& dst, bool neg, const Decimal& d, int prec, char fmt) {
  if (neg) dst.push_back('-');
  dst.push_back(d.nd() ? d.d[0] : '0');
  if (prec > 0) {
    dst.push_back('.');
    int i = 1;
    int m = std::min(d.nd(), prec + 1);
    if (i < m) {
      dst.append(d.d, size_t(i), size_t(m - i));
      i = m;
    }
    for (; i <= prec; i++) dst.push_back('0');
  }
  dst.push_back(fmt);
  int exp = d.nd() == 0 ? 0 : d.dp - 1;
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  } else {
    dst.push_back('+');
  }
  appendExp2(dst, exp);
}

// %f: -ddddddd.ddddd
void fmtF(std::string& dst, bool neg, const Decimal& d, int prec) {
  if (neg) dst.push_back('-');
  if (d.dp > 0) {
    int m = std::min(d.nd(), d.dp);
    dst.append(d.d, 0, size_t(m));
    for (; m < d.dp; m++) dst.push_back('0');
  } else {
    dst.push_back('0');
  }
  if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst.push_back(j >= 0 && j < d.nd() ? d.d[size_t(j)] : '0');
    }
  }
}

void formatDigits(std::string& dst, bool shortest, bool neg, const Decimal& d, int prec, char fmt) {
  switch (fmt) {
    case 'e':
    case 'E':
      fmtE(dst, neg, d, prec, fmt);
      return;
    case 'f':
      fmtF(dst, neg, d, prec);
      return;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > d.nd() && d.nd() >= d.dp) eprec = d.nd();
      // %e is used if the exponent from the conversion is less than -4 or
      // greater than or equal to the precision; shortest uses precision 6.
      if (shortest) eprec = 6;
      int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.nd()) prec = d.nd();
        fmtE(dst, neg, d, prec - 1, char(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd();
      fmtF(dst, neg, d, std::max(prec - d.dp, 0));
      return;
    }
    default:
      dst.push_back('%');
      dst.push_back(fmt);
  }
}

struct FloatInfo {
  int mantbits, expbits, bias;
};
constexpr FloatInfo kFloat32{23, 8, -127};
constexpr FloatInfo kFloat64{52, 11, -1023};

// %b: -ddddddddp±ddd
void fmtB(std::string& dst, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  if (neg) dst.push_back('-');
  appendUint(dst, mant, 10);
  dst.push_back('p');
  exp -= flt.mantbits;
  if (exp >= 0) dst.push_back('+');
  appendInt(dst, exp, 10);
}

// %x: -0x1.yyyyyyyyp±ddd or -0x0p+0
void fmtX(std::string& dst, int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  if (mant == 0) exp = 0;
  // Shift so the leading 1 (if any) is at bit 60.
  mant <<= 60 - flt.mantbits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = unsigned(prec * 4);
    uint64_t extra = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {  // wrapped around
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  if (neg) dst.push_back('-');
  dst.push_back('0');
  dst.push_back(fmt);
  dst.push_back(char('0' + ((mant >> 60) & 1)));
  mant <<= 4;  // drop the leading 0 or 1
  if (prec < 0 && mant != 0) {
    dst.push_back('.');
    while (mant != 0) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst.push_back('.');
    for (int i = 0; i < prec; i++) {
      dst.push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  }
  dst.push_back(fmt == 'X' ? 'P' : 'p');
  if (exp < 0) {
    dst.push_back('-');
    exp = -exp;
  } else {
    dst.push_back('+');
  }
  if (exp < 100) {
    dst.push_back(char('0' + exp / 10));
    dst.push_back(char('0' + exp % 10));
  } else if (exp < 1000) {
    dst.push_back(char('0' + exp / 100));
    dst.push_back(char('0' + exp / 10 % 10));
    dst.push_back(char('0' + exp % 10));
  } else {
    dst.push_back(char('0' + exp / 1000));
    dst.push_back(char('0' + exp / 100 % 10));
    dst.push_back(char('0' + exp / 10 % 10));
    dst.push_back(char('0' + exp % 10));
  }
}

char lowerc(char c) { return char(c | ('x' - 'X')); }

// Length of the common prefix of s and the lower-case word, ignoring case.
size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view word) {
  size_t n = std::min(s.size(), word.size());
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = char(c + 'a' - 'A');
    if (c != word[i]) return i;
  }
  return n;
}

// Go's special(): a leading (signed) "inf"/"infinity" or "nan".
bool special(std::string_view s, double* f, size_t* n) {
  if (s.empty()) return false;
  int sign = 1;
  size_t nsign = 0;
  switch (s[0]) {
    case '+':
    case '-':
      if (s[0] == '-') sign = -1;
      nsign = 1;
      s.remove_prefix(1);
      [[fallthrough]];
    case 'i':
    case 'I': {
      size_t k = commonPrefixLenIgnoreCase(s, "infinity");
      if (3 < k && k < 8) k = 3;  // "infin" etc. match just "inf"
      if (k == 3 || k == 8) {
        *f = sign < 0 ? -HUGE_VAL : HUGE_VAL;
        *n = nsign + k;
        return true;
      }
      break;
    }
    case 'n':
    case 'N':
      if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
        *f = std::nan("");
        *n = 3;
        return true;
      }
      break;
    default:
      break;
  }
  return false;
}

// Go's readFloat, syntax only: the length of the float prefix of s, or false.
bool readFloat(std::string_view s, size_t* n, bool* hex) {
  size_t i = 0;
  bool underscores = false;
  *hex = false;
  if (i >= s.size()) return false;
  if (s[i] == '+' || s[i] == '-') i++;
  int base = 10;
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lowerc(s[i + 1]) == 'x') {
    base = 16;
    i += 2;
    expChar = 'p';
    *hex = true;
  }
  bool sawdot = false, sawdigits = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (sawdot) break;
      sawdot = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || (base == 16 && lowerc(c) >= 'a' && lowerc(c) <= 'f')) {
      sawdigits = true;
      continue;
    }
    break;
  }
  if (!sawdigits) {
    *n = i;
    return false;
  }
  if (i < s.size() && lowerc(s[i]) == expChar) {
    i++;
    if (i >= s.size()) {
      *n = i;
      return false;
    }
    if (s[i] == '+' || s[i] == '-') i++;
    if (i >= s.size() || s[i] < '0' || s[i] > '9') {
      *n = i;
      return false;
    }
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
      if (s[i] == '_') underscores = true;
  } else if (base == 16) {
    *n = i;
    return false;  // a hex mantissa must have a 'p' exponent
  }
  *n = i;
  if (underscores && !underscoreOKForFloat(s.substr(0, i))) return false;
  return true;
}

}  // namespace

void appendFloat(std::string& dst, double v, char fmt, int prec, int bitSize) {
  const FloatInfo& flt = bitSize == 32 ? kFloat32 : kFloat64;
  uint64_t bits;
  if (bitSize == 32) {
    float f = float(v);
    uint32_t b;
    std::memcpy(&b, &f, 4);
    bits = b;
  } else {
    std::memcpy(&bits, &v, 8);
  }
  bool neg = (bits >> (flt.expbits + flt.mantbits)) != 0;
  int exp = int(bits >> flt.mantbits) & ((1 << flt.expbits) - 1);
  uint64_t mant = bits & ((uint64_t(1) << flt.mantbits) - 1);
  if (exp == (1 << flt.expbits) - 1) {
    dst += mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf";
    return;
  }
  if (exp == 0) exp++;  // denormal
  else mant |= uint64_t(1) << flt.mantbits;
  exp += flt.bias;
  if (fmt == 'b') return fmtB(dst, neg, mant, exp, flt);
  if (fmt == 'x' || fmt == 'X') return fmtX(dst, prec, fmt, neg, mant, exp, flt);

  double av = std::fabs(bitSize == 32 ? double(float(v)) : v);
  Decimal digs;
  bool shortest = prec < 0;
  if (shortest) {
    shortestDigits(av, bitSize, digs);
    switch (fmt) {
      case 'e': case 'E': prec = std::max(digs.nd() - 1, 0); break;
      case 'f': prec = std::max(digs.nd() - digs.dp, 0); break;
      case 'g': case 'G': prec = digs.nd(); break;
      default: break;
    }
  } else {
    switch (fmt) {
      case 'e': case 'E': significantDigits(av, prec + 1, digs); break;
      case 'f': fractionDigits(av, prec, digs); break;
      case 'g': case 'G':
        if (prec == 0) prec = 1;
        significantDigits(av, prec, digs);
        break;
      default: significantDigits(av, 1, digs); break;
    }
  }
  formatDigits(dst, shortest, neg, digs, prec, fmt);
}

std::string formatFloat(double v, char fmt, int prec, int bitSize) {
  std::string s;
  appendFloat(s, v, fmt, prec, bitSize);
  return s;
}

double parseFloatPrefix(std::string_view s, int bitSize, size_t* n, NumError* err) {
  *err = NumError::None;
  double f;
  if (special(s, &f, n)) return bitSize == 32 ? double(float(f)) : f;
  bool hex;
  if (!readFloat(s, n, &hex)) {
    *err = NumError::Syntax;
    return 0;
  }
  std::string clean;
  clean.reserve(*n);
  for (size_t i = 0; i < *n; i++)
    if (s[i] != '_') clean.push_back(s[i]);
  errno = 0;
  char* end = nullptr;
  if (bitSize == 32) {
    float g = std::strtof(clean.c_str(), &end);
    f = double(g);
  } else {
    f = std::strtod(clean.c_str(), &end);
  }
  if (std::isinf(f)) *err = NumError::Range;  // overflow (underflow is not an error in Go)
  return f;
}

double parseFloat(std::string_view s, int bitSize, NumError* err) {
  size_t n;
  double f = parseFloatPrefix(s, bitSize, &n, err);
  if (n != s.size() && (*err == NumError::None || *err != NumError::Syntax)) {
    *err = NumError::Syntax;
    return 0;
  }
  if (*err == NumError::Syntax) return 0;
  return f;
}

}  // namespace goro::strconv
