// stdlib/strconv_natives.cpp — natives of package strconv: float conversion
// and quoting, which need exact decimal conversion and Unicode tables
// (stdlib/strconv_impl.h). Errors are returned as codes; the Go side wraps
// them in *NumError (0 = nil, 1 = ErrSyntax, 2 = ErrRange).
#include <string>

#include "stdlib/native_args.h"
#include "stdlib/strconv_impl.h"

namespace goro {
namespace {

// func formatFloat(f float64, fmt byte, prec, bitSize int) string (also bound as FormatFloat)
void formatFloat(NativeCtx&, uint64_t* f) {
  std::string s = strconv::formatFloat(nat::f64(f, 0), char(uint8_t(f[1])), int(nat::i64(f, 2)), int(nat::i64(f, 3)));
  nat::setStr(f, 0, makeString(s));
}

// func parseFloat(s string, bitSize int) (f float64, code int)
void parseFloat(NativeCtx&, uint64_t* f) {
  strconv::NumError err;
  double v = strconv::parseFloat(nat::str(f, 0).view(), int(nat::i64(f, 2)), &err);
  nat::setF64(f, 0, v);
  nat::setI64(f, 1, int64_t(err));
}

// func parseFloatPrefix(s string, bitSize int) (f float64, n int, code int)
void parseFloatPrefix(NativeCtx&, uint64_t* f) {
  strconv::NumError err;
  size_t n;
  double v = strconv::parseFloatPrefix(nat::str(f, 0).view(), int(nat::i64(f, 2)), &n, &err);
  nat::setF64(f, 0, v);
  nat::setI64(f, 1, int64_t(n));
  nat::setI64(f, 2, int64_t(err));
}

template <bool ascii, bool graphic>
void quote(NativeCtx&, uint64_t* f) {  // func Quote(s string) string, QuoteToASCII, QuoteToGraphic
  std::string out;
  strconv::appendQuote(out, nat::str(f, 0).view(), ascii, graphic);
  nat::setStr(f, 0, makeString(out));
}

template <bool ascii, bool graphic>
void quoteRune(NativeCtx&, uint64_t* f) {  // func QuoteRune(r rune) string, ...ToASCII, ...ToGraphic
  std::string out;
  strconv::appendQuoteRune(out, int32_t(int64_t(f[0])), ascii, graphic);
  nat::setStr(f, 0, makeString(out));
}

// func CanBackquote(s string) bool
void canBackquote(NativeCtx&, uint64_t* f) { nat::setBool(f, 0, strconv::canBackquote(nat::str(f, 0).view())); }
// func IsPrint(r rune) bool
void isPrint(NativeCtx&, uint64_t* f) { nat::setBool(f, 0, strconv::isPrint(int32_t(int64_t(f[0])))); }
// func IsGraphic(r rune) bool
void isGraphic(NativeCtx&, uint64_t* f) { nat::setBool(f, 0, strconv::isGraphic(int32_t(int64_t(f[0])))); }

// func unquote(s string) (string, bool)
void unquote(NativeCtx&, uint64_t* f) {
  std::string out;
  bool ok = strconv::unquote(nat::str(f, 0).view(), &out);
  nat::setStr(f, 0, ok ? makeString(out) : GoString{nullptr, 0});
  nat::setBool(f, 2, ok);
}

NativeReg r0("strconv.formatFloat", &formatFloat);
NativeReg r1("strconv.FormatFloat", &formatFloat);
NativeReg r2("strconv.parseFloat", &parseFloat);
NativeReg r3("strconv.parseFloatPrefix", &parseFloatPrefix);
NativeReg r4("strconv.Quote", &quote<false, false>);
NativeReg r5("strconv.QuoteToASCII", &quote<true, false>);
NativeReg r6("strconv.QuoteToGraphic", &quote<false, true>);
NativeReg r7("strconv.QuoteRune", &quoteRune<false, false>);
NativeReg r8("strconv.QuoteRuneToASCII", &quoteRune<true, false>);
NativeReg r9("strconv.QuoteRuneToGraphic", &quoteRune<false, true>);
NativeReg r10("strconv.CanBackquote", &canBackquote);
NativeReg r11("strconv.IsPrint", &isPrint);
NativeReg r12("strconv.IsGraphic", &isGraphic);
NativeReg r13("strconv.unquote", &unquote);

}  // namespace

// The runtime's goQuote (type strings, constants) is strconv.Quote exactly.
static std::string quoteForRuntime(const std::string& s) {
  std::string out;
  strconv::appendQuote(out, s);
  return out;
}

void linkStrconvNatives() { gQuoteHook = &quoteForRuntime; }
}  // namespace goro
