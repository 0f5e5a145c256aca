// vm/constant.h — exact constant arithmetic for the checker (Go spec: Constant
// expressions), on ast::ConstValue: integers exact up to 512 bits like gc (as
// __int128 in `i`; a larger untyped value keeps its decimal text in `s`),
// floats exact as rationals like go/constant (`f` always holds the value
// rounded to long double, which is what the compiler reads; `s`, when not
// empty, the exact value "[-]NUM/DEN" in hex — empty means exactly `f`),
// strings, booleans.
//
// Invariant kept by the checker: a constant's value kind matches its type —
// Int for integer types (and untyped int/rune), Float for float types (and
// untyped float), String, Bool — so the compiler reads cval by expr->type.
#pragma once
#include <string>

#include "grammar/ast.h"
#include "runtime/type.h"

namespace goro::constant {

using ast::ConstValue;
using K = ast::ConstValue::K;

ConstValue makeBool(bool b);
ConstValue makeInt(__int128 i);
ConstValue makeFloat(long double f);
ConstValue makeString(std::string s);

// The value of a float literal's text (decimal or hex, '_'), exact; false for
// exponents too large to keep exactly (the caller falls back to the parsed
// long double).
bool parseFloatLit(const std::string& text, ConstValue* out);
// Whether an Int or Float value is an integer (exactly).
bool isIntegral(const ConstValue& v);
// The value as an integer if it is one exactly (an integral float included)
// and fits in 128 bits.
bool toInt(const ConstValue& v, __int128* out);
long double toFloat(const ConstValue& v);
// Converts an integral Float value to Int (or Int to Float); false if not exact.
ConstValue asInt(const ConstValue& v, bool* exact);
ConstValue asFloat(const ConstValue& v);

// Go spec: Representability. Whether v fits basic type t (typed or untyped);
// *rounded receives the value converted to t's kind (floats rounded to the
// type's precision). `truncated` is set when a non-integral float was asked to
// be an integer (gc's "(truncated)"), otherwise a failure is an overflow or a
// kind mismatch.
bool representable(const ConstValue& v, const Type* t, ConstValue* rounded, bool* truncated);

// Binary arithmetic (+ - * / % & | ^ &^) on values of the same kind after
// matching (int op float promotes to float). `intDiv`: / truncates (both
// operands integers). Returns false on overflow of the 128-bit range.
// Division by zero must be ruled out by the caller.
bool binaryOp(ast::Tok op, const ConstValue& x, const ConstValue& y, bool intDiv, ConstValue* out);
// x << s, x >> s for an integer x. false on overflow.
bool shift(ast::Tok op, const ConstValue& x, uint64_t s, ConstValue* out);
// Comparison (== != < <= > >=).
bool compare(ast::Tok op, const ConstValue& x, const ConstValue& y);
// Unary + - ^ ! . For ^ on an unsigned type of `size` bytes the result is
// masked to that size (size 0: untyped/signed: ^x = -x-1).
bool unaryOp(ast::Tok op, const ConstValue& x, int unsignedSize, ConstValue* out);

bool isZero(const ConstValue& v);
// An integer that does not fit in 128 bits (exact decimal text in v.s).
bool isBig(const ConstValue& v);
// The value of an integer literal's text (0x.., 0b.., 0o.., 0.., '_'); false
// past 512 bits.
bool parseIntLit(const std::string& text, ConstValue* out);
// go/constant's String(): ints in decimal, floats %.6g, strings quoted and
// shortened past 72 characters, booleans.
std::string toString(const ConstValue& v);
// Decimal text of a 128-bit integer.
std::string int128ToString(__int128 v);

}  // namespace goro::constant
