// grammar/unicode_class.h — Go's unicode.IsLetter and unicode.IsDigit, for the
// characters of identifiers (gc's scanner: "invalid character U+00B7 '·' in
// identifier"), and unicode.IsPrint, for %#U in messages ("U+2028" alone). The data are package unicode's own tables (Unicode 13.0.0, as
// Go 1.19), taken from stdlib/go/unicode/tables.go at build time, so the
// scanner and the library agree.
#pragma once
#include <cstdint>

namespace goro::grammar {

bool isUnicodeLetter(uint32_t r);  // unicode.IsLetter
bool isUnicodeDigit(uint32_t r);   // unicode.IsDigit
bool isUnicodePrint(uint32_t r);   // unicode.IsPrint (= strconv.IsPrint): L, M, N, P, S or ' '

}  // namespace goro::grammar
