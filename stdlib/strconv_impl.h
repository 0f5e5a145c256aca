// stdlib/strconv_impl.h — Go's strconv number and quoting primitives in C++,
// shared by the fmt engine (stdlib/fmt_format.cpp) and the strconv natives.
//
// Output is byte for byte what Go 1.19's strconv produces:
//   formatFloat  = strconv.FormatFloat  (stdlib/strconv_float.cpp)
//   parseFloat   = strconv.ParseFloat   (same file)
//   appendQuote* = strconv.Quote, QuoteToASCII, QuoteToGraphic, QuoteRune...
//                  (stdlib/strconv_quote.cpp)
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace goro::strconv {

// ---- floats
// strconv.FormatFloat(v, fmt, prec, bitSize): fmt is one of 'b' 'e' 'E' 'f' 'g'
// 'G' 'x' 'X'; prec -1 means the fewest digits that read back exactly (as a
// float32 when bitSize is 32). Any other fmt byte gives "%" followed by it.
std::string formatFloat(double v, char fmt, int prec, int bitSize);
void appendFloat(std::string& dst, double v, char fmt, int prec, int bitSize);

enum class NumError : int { None = 0, Syntax = 1, Range = 2 };

// strconv.ParseFloat(s, bitSize): Go's syntax (decimal or hexadecimal
// mantissa, '_' separators where Go accepts them, "inf"/"infinity"/"nan" in any
// case). On Syntax the value is 0; on Range it is ±Inf. bitSize 32 rounds to
// float32 directly (the result is exactly representable as a float32).
double parseFloat(std::string_view s, int bitSize, NumError* err);
// The longest prefix of s that parses as a float (strconv's parseFloatPrefix):
// returns the value, *n = bytes consumed (0 with Syntax if none).
double parseFloatPrefix(std::string_view s, int bitSize, size_t* n, NumError* err);

// ---- integers (strconv.FormatInt / FormatUint / AppendInt, base 2..36)
void appendUint(std::string& dst, uint64_t v, int base);
void appendInt(std::string& dst, int64_t v, int base);

// strconv.ParseUint / ParseInt (base 0 or 2..36; bitSize 0 = 64). *err as
// Go's: Syntax (value 0) or Range (value clamped to the type's limit).
// A base outside the accepted set gives *err = Syntax too (Go reports a
// distinct "invalid base" error; callers wanting it check base themselves).
uint64_t parseUint(std::string_view s, int base, int bitSize, NumError* err);
int64_t parseInt(std::string_view s, int base, int bitSize, NumError* err);

// ---- quoting
// strconv.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020.
bool isPrint(int32_t r);
// strconv.IsGraphic: IsPrint plus the Unicode space separators (Zs).
bool isGraphic(int32_t r);
// strconv.CanBackquote.
bool canBackquote(std::string_view s);
// strconv.AppendQuote (quote '"', asciiOnly false), AppendQuoteToASCII
// (asciiOnly true), AppendQuoteToGraphic (graphicOnly true).
void appendQuote(std::string& dst, std::string_view s, bool asciiOnly = false, bool graphicOnly = false);
// strconv.AppendQuoteRune / AppendQuoteRuneToASCII / ...ToGraphic: invalid
// runes are quoted as '\ufffd'... (RuneError).
void appendQuoteRune(std::string& dst, int32_t r, bool asciiOnly = false, bool graphicOnly = false);
// strconv.Unquote: false on a syntax error.
bool unquote(std::string_view s, std::string* out);
// strconv.UnquoteChar: decodes the first character or escape of s (quote is
// the enclosing quote byte, or 0). Returns false on a syntax error.
bool unquoteChar(std::string_view s, char quote, int32_t* value, bool* multibyte, size_t* consumed);

}  // namespace goro::strconv
