// grammar/literals.h — interpreting Go literal tokens (Go spec "Integer
// literals" ... "String literals"), with gc's scanner error texts.
//
// Each function takes the token's source text and reports problems through
// `err(byteOffsetInToken, message)`; the offset lets the caller position the
// error as gc does (gc reports "invalid digit '8' in octal literal" at the
// digit, "unknown escape" at the character after the backslash).
#pragma once
#include <cstdint>
#include <functional>
#include <string>

namespace goro::grammar {

using LitError = std::function<void(size_t offset, const std::string& msg)>;

// Integer literal (decimal, 0x, 0o, 0b, 0-prefixed octal, '_' separators).
// Returns the value; *overflow is set when it does not fit in 127 bits.
__int128 decodeInt(const std::string& text, bool* overflow, const LitError& err);

// Float literal (decimal or hexadecimal mantissa); also validates it.
long double decodeFloat(const std::string& text, const LitError& err);

// Imaginary literal "...i": returns the imaginary part.
long double decodeImag(const std::string& text, const LitError& err);

// Rune literal including the quotes: returns the rune value.
int32_t decodeRune(const std::string& text, const LitError& err);

// Interpreted ("...") or raw (`...`) string literal including the quotes:
// returns the bytes of its value (raw strings lose their '\r's).
std::string decodeString(const std::string& text, const LitError& err);

// UTF-8 encoding of a code point (invalid ones become U+FFFD, as in Go).
void appendUtf8(std::string& out, uint32_t r);

// Go's %#U: "U+0041 'A'" ("U+0007" for a non-printable code point).
std::string formatCodePoint(uint32_t r);

// Decodes the UTF-8 rune at s[i] and advances i (invalid bytes: U+FFFD).
uint32_t decodeRuneAt(const std::string& s, size_t& i);

}  // namespace goro::grammar
