// grammar/literals.cpp — see literals.h. The validation follows gc's scanner
// (cmd/compile/internal/syntax/scanner.go: number, invalidSep, rune, escape)
// so that the messages and their columns are gc's.
#include "grammar/literals.h"

#include <cstdlib>
#include <string>

#include "grammar/unicode_class.h"

namespace goro::grammar {
namespace {

bool isDecimal(int c) { return c >= '0' && c <= '9'; }
bool isHex(int c) { return isDecimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int lower(int c) { return c | 0x20; }
int digitVal(int c) {
  if (isDecimal(c)) return c - '0';
  if (lower(c) >= 'a' && lower(c) <= 'f') return lower(c) - 'a' + 10;
  return 16;
}

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// Go's %q for a rune (ASCII subset; others as \u escapes are rare in errors).
std::string quoteRune(uint32_t r) {
  switch (r) {
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    case 0: return "'\\x00'";
    default: break;
  }
  std::string s = "'";
  if (r < 0x20 || r == 0x7f) {
    static const char* hex = "0123456789abcdef";
    s += "\\x";
    s += hex[r >> 4];
    s += hex[r & 15];
  } else {
    appendUtf8(s, r);
  }
  return s + "'";
}

// Go's %#U: "U+0041 'A'" (just "U+2028" for a code point strconv.IsPrint
// rejects).
std::string formatU(uint32_t r) {
  char buf[32];
  snprintf(buf, sizeof buf, "U+%04X", r);
  std::string s = buf;
  if (isUnicodePrint(r)) {  // %#U shows the character itself, unescaped
    s += " '";
    appendUtf8(s, r);
    s += '\'';
  }
  return s;
}

// gc's invalidSep: the index of the first '_' that does not separate two
// digits (or a prefix and a digit), or -1.
int invalidSep(const std::string& x) {
  int x1 = ' ';
  int d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    int p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return int(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return int(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return int(x.size()) - 1;
  return -1;
}

std::string withoutUnderscores(const std::string& s) {
  std::string r;
  r.reserve(s.size());
  for (char c : s)
    if (c != '_') r += c;
  return r;
}

// Decodes one rune of UTF-8 at s[i]; advances i. Invalid bytes give U+FFFD.
uint32_t decodeUtf8(const std::string& s, size_t& i) {
  unsigned char c = s[i];
  if (c < 0x80) {
    i++;
    return c;
  }
  int n = c >= 0xF8 ? -1 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (n < 0 || i + size_t(n) >= s.size()) {
    i++;
    return 0xFFFD;
  }
  uint32_t r = c & (0x3F >> n);
  for (int k = 1; k <= n; k++) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) {
      i++;
      return 0xFFFD;
    }
    r = (r << 6) | (cc & 0x3F);
  }
  i += size_t(n) + 1;
  return r;
}

// gc's escape(): s[i] is the character after the backslash. Appends the
// value to `out` (as bytes for \x and octal, UTF-8 otherwise) and returns the
// code point (or byte value) in *val; advances i. Returns false on error.
bool escape(const std::string& s, size_t& i, char quote, std::string* out, uint32_t* val,
            const LitError& err) {
  int c = i < s.size() ? (unsigned char)s[i] : -1;
  int n;
  uint32_t base, max;
  switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
    case '\'': case '"': {
      if ((c == '\'' || c == '"') && c != quote) break;
      static const std::string from = "abfnrtv\\'\"", to = "\a\b\f\n\r\t\v\\'\"";
      char v = to[from.find(char(c))];
      if (out) *out += v;
      *val = (unsigned char)v;
      i++;
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      goto digits;
    case 'x':
      i++;
      n = 2, base = 16, max = 255;
      goto digits;
    case 'u':
      i++;
      n = 4, base = 16, max = 0x10FFFF;
      goto digits;
    case 'U':
      i++;
      n = 8, base = 16, max = 0x10FFFF;
      goto digits;
    default:
      break;
  }
  err(i, "unknown escape");
  return false;

digits: {
  uint32_t x = 0;
  for (int k = n; k > 0; k--) {
    if (i >= s.size()) return false;
    size_t at = i;
    uint32_t ch = decodeUtf8(s, i);
    uint32_t d = uint32_t(digitVal(int(ch < 128 ? ch : 0xFF)));
    if (ch >= 128) d = base;
    if (d >= base) {
      err(at, "invalid character " + quoteRune(ch) + " in " + baseName(int(base)) + " escape");
      i = at;
      return false;
    }
    x = x * base + d;
  }
  if (x > max && base == 8) {
    std::string m = "octal escape value ";
    m += std::to_string(x);
    m += " > 255";
    err(i, m);
    return false;
  }
  if (x > max || (x >= 0xD800 && x < 0xE000)) {
    std::string m = "escape is invalid Unicode code point ";
    m += formatU(x);
    err(i, m);
    return false;
  }
  *val = x;
  if (out) {
    if (max == 255)
      *out += char(x);
    else
      appendUtf8(*out, x);
  }
  return true;
}
}

}  // namespace

std::string formatCodePoint(uint32_t r) { return formatU(r); }
uint32_t decodeRuneAt(const std::string& s, size_t& i) { return decodeUtf8(s, i); }

void appendUtf8(std::string& out, uint32_t r) {
  if (r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
  if (r < 0x80) {
    out += char(r);
  } else if (r < 0x800) {
    out += char(0xC0 | (r >> 6));
    out += char(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += char(0xE0 | (r >> 12));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  } else {
    out += char(0xF0 | (r >> 18));
    out += char(0x80 | ((r >> 12) & 0x3F));
    out += char(0x80 | ((r >> 6) & 0x3F));
    out += char(0x80 | (r & 0x3F));
  }
}

__int128 decodeInt(const std::string& text, bool* overflow, const LitError& err) {
  *overflow = false;
  int base = 10;
  int prefix = 0;
  size_t i = 0;
  if (text.size() >= 1 && text[0] == '0') {
    int c = text.size() >= 2 ? lower(text[1]) : 0;
    if (c == 'x') base = 16, prefix = 'x', i = 2;
    else if (c == 'o') base = 8, prefix = 'o', i = 2;
    else if (c == 'b') base = 2, prefix = 'b', i = 2;
    else base = 8, prefix = '0', i = 1;
  }
  if (prefix == 'x' && text.find('.') != std::string::npos) {
    err(text.size(), "hexadecimal mantissa requires a 'p' exponent");
    return 0;
  }
  bool hasDigit = prefix == '0';
  int invalid = -1;
  for (size_t k = i; k < text.size(); k++) {
    int c = text[k];
    if (c == '_') continue;
    hasDigit = true;
    if (digitVal(c) >= base && invalid < 0) invalid = int(k);
  }
  if (!hasDigit) {
    err(text.size(), std::string(baseName(base)) + " literal has no digits");
    return 0;
  }
  if (invalid >= 0) {
    err(size_t(invalid), std::string("invalid digit ") + quoteRune((unsigned char)text[invalid]) +
                             " in " + baseName(base) + " literal");
    return 0;
  }
  if (text.find('_') != std::string::npos) {
    int at = invalidSep(text);
    if (at >= 0) {
      err(size_t(at), "'_' must separate successive digits");
      return 0;
    }
  }
  unsigned __int128 v = 0;
  const unsigned __int128 limit = (~(unsigned __int128)0) >> 1;  // 2^127-1
  for (size_t k = i; k < text.size(); k++) {
    if (text[k] == '_') continue;
    unsigned d = unsigned(digitVal(text[k]));
    if (v > (limit - d) / unsigned(base)) {
      *overflow = true;
      return 0;
    }
    v = v * unsigned(base) + d;
  }
  return (__int128)v;
}

long double decodeFloat(const std::string& text, const LitError& err) {
  bool hex = text.size() >= 2 && text[0] == '0' && lower(text[1]) == 'x';
  // ("0"-prefixed decimal floats such as 0777.5 are decimal; all digits valid)
  size_t e = text.find_first_of(hex ? "pP" : "eE");
  if (hex) {
    bool digit = false;
    for (size_t k = 2; k < e && k < text.size(); k++) digit = digit || isHex(text[k]);
    if (!digit) {
      err(e, "hexadecimal literal has no digits");
      return 0;
    }
  }
  if (e != std::string::npos && text.find_first_of("0123456789", e) == std::string::npos) {
    err(text.size(), "exponent has no digits");
    return 0;
  }
  if (text.find('_') != std::string::npos) {
    int at = invalidSep(text);
    if (at >= 0) {
      err(size_t(at), "'_' must separate successive digits");
      return 0;
    }
  }
  std::string clean = withoutUnderscores(text);
  return strtold(clean.c_str(), nullptr);
}

long double decodeImag(const std::string& text, const LitError& err) {
  std::string body = text.substr(0, text.size() - 1);
  bool isInt = body.find_first_of(".eEpP") == std::string::npos ||
               (body.size() >= 2 && body[0] == '0' && lower(body[1]) == 'x' &&
                body.find_first_of(".pP") == std::string::npos);
  if (isInt) {
    bool allDecimal = body.find_first_not_of("0123456789_") == std::string::npos;
    if (allDecimal) {
      // Go spec: for backward compatibility, an all-decimal integer part with
      // a leading 0 is decimal.
      if (body.find('_') != std::string::npos && invalidSep(body) >= 0) {
        err(size_t(invalidSep(body)), "'_' must separate successive digits");
        return 0;
      }
      return strtold(withoutUnderscores(body).c_str(), nullptr);
    }
    bool ovf = false;
    return (long double)decodeInt(body, &ovf, err);
  }
  return decodeFloat(body, err);
}

int32_t decodeRune(const std::string& text, const LitError& err) {
  // text = 'x' including quotes (the lexer guarantees the closing quote)
  size_t i = 1;
  size_t end = text.size() - 1;
  int n = 0;
  uint32_t val = 0;
  bool ok = true;
  while (i < end) {
    if (text[i] == '\\') {
      i++;
      uint32_t v = 0;
      if (!escape(text, i, '\'', nullptr, &v, err)) return 0;
      val = v;
    } else {
      val = decodeUtf8(text, i);
    }
    n++;
  }
  if (n == 0) {
    err(1, "empty rune literal or unescaped '");
    ok = false;
  } else if (n != 1) {
    err(0, "more than one character in rune literal");
    ok = false;
  }
  return ok ? int32_t(val) : 0;
}

std::string decodeString(const std::string& text, const LitError& err) {
  std::string out;
  if (!text.empty() && text[0] == '`') {
    out.reserve(text.size());
    for (size_t i = 1; i + 1 < text.size(); i++)
      if (text[i] != '\r') out += text[i];
    return out;
  }
  size_t end = text.size() - 1;
  out.reserve(end);
  size_t i = 1;
  while (i < end) {
    if (text[i] == '\\') {
      i++;
      uint32_t v;
      escape(text, i, '"', &out, &v, err);  // (after a bad escape gc's scanner goes on: later ones are reported too)
    } else {
      out += text[i++];
    }
  }
  return out;
}

}  // namespace goro::grammar
