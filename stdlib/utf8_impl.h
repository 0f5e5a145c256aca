// stdlib/utf8_impl.h — UTF-8 decoding and encoding with Go's rules
// (unicode/utf8): an invalid or truncated sequence, an overlong encoding or a
// surrogate decodes as RuneError (U+FFFD) of width 1; encoding an invalid rune
// (surrogate, negative, > MaxRune) writes RuneError.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace goro::utf8 {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kMaxRune = 0x10FFFF;
constexpr uint8_t kRuneSelf = 0x80;

inline bool validRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= kMaxRune); }

// Decodes the rune at the start of s (non-empty); *width gets its byte length.
inline int32_t decodeRune(const uint8_t* s, size_t n, int* width) {
  uint8_t c0 = s[0];
  if (c0 < 0x80) {
    *width = 1;
    return c0;
  }
  *width = 1;
  auto cont = [&](size_t i) { return i < n && (s[i] & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(1)) return kRuneError;
    *width = 2;
    return int32_t(c0 & 0x1F) << 6 | (s[1] & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    if (n < 2) return kRuneError;
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (s[1] < lo || s[1] > hi || !cont(2)) return kRuneError;
    *width = 3;
    return int32_t(c0 & 0x0F) << 12 | int32_t(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    if (n < 2) return kRuneError;
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (s[1] < lo || s[1] > hi || !cont(2) || !cont(3)) return kRuneError;
    *width = 4;
    return int32_t(c0 & 0x07) << 18 | int32_t(s[1] & 0x3F) << 12 | int32_t(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
  }
  return kRuneError;
}
inline int32_t decodeRune(std::string_view s, int* width) {
  return decodeRune(reinterpret_cast<const uint8_t*>(s.data()), s.size(), width);
}

// Number of runes in s, counting each invalid byte as one (utf8.RuneCountInString).
inline size_t runeCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); n++) {
    if (uint8_t(s[i]) < 0x80) {
      i++;
      continue;
    }
    int w;
    decodeRune(s.substr(i), &w);
    i += size_t(w);
  }
  return n;
}

// Appends the UTF-8 encoding of r (RuneError's if r is not a valid rune).
inline void appendRune(std::string& dst, int32_t r) {
  if (!validRune(r)) r = kRuneError;
  uint32_t u = uint32_t(r);
  if (u < 0x80) {
    dst.push_back(char(u));
  } else if (u < 0x800) {
    dst.push_back(char(0xC0 | (u >> 6)));
    dst.push_back(char(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    dst.push_back(char(0xE0 | (u >> 12)));
    dst.push_back(char(0x80 | ((u >> 6) & 0x3F)));
    dst.push_back(char(0x80 | (u & 0x3F)));
  } else {
    dst.push_back(char(0xF0 | (u >> 18)));
    dst.push_back(char(0x80 | ((u >> 12) & 0x3F)));
    dst.push_back(char(0x80 | ((u >> 6) & 0x3F)));
    dst.push_back(char(0x80 | (u & 0x3F)));
  }
}

inline int runeLen(int32_t r) {
  if (r < 0) return -1;
  if (r < 0x80) return 1;
  if (r < 0x800) return 2;
  if (r >= 0xD800 && r <= 0xDFFF) return -1;
  if (r < 0x10000) return 3;
  if (r <= kMaxRune) return 4;
  return -1;
}

}  // namespace goro::utf8
