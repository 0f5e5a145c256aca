// tests/unit/test_lexer.cpp — the Go lexer (grammar/Go.g4): token kinds,
// automatic semicolon insertion (Go spec "Semicolons"), byte columns.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "grammar/builder.h"
#include "grammar/unicode_class.h"

using goro::grammar::LexToken;
using goro::grammar::tokenize;

namespace {

// "KIND" for each token, with inserted semicolons shown as ";nl" / ";eof".
std::string kinds(const std::string& src) {
  std::string out;
  for (const LexToken& t : tokenize(src)) {
    if (!out.empty()) out += ' ';
    if (t.kind == "SEMI" && t.text == "newline") out += ";nl";
    else if (t.kind == "SEMI" && t.text == "EOF") out += ";eof";
    else if (t.kind == "SEMI") out += ";";
    else out += t.kind;
  }
  return out;
}

// The texts of the tokens (inserted semicolons as ";nl"/";eof").
std::string texts(const std::string& src) {
  std::string out;
  for (const LexToken& t : tokenize(src)) {
    if (t.kind == "EOF") break;
    if (!out.empty()) out += ' ';
    if (t.kind == "SEMI" && t.text == "newline") out += ";nl";
    else if (t.kind == "SEMI" && t.text == "EOF") out += ";eof";
    else out += t.text;
  }
  return out;
}

}  // namespace

TEST_CASE("semicolons are inserted after the tokens the spec lists") {
  CHECK(texts("x\n") == "x ;nl");
  CHECK(texts("42\n3.5\n1i\n'a'\n\"s\"\n`r`\n") == "42 ;nl 3.5 ;nl 1i ;nl 'a' ;nl \"s\" ;nl `r` ;nl");
  CHECK(texts("break\ncontinue\nfallthrough\nreturn\n") == "break ;nl continue ;nl fallthrough ;nl return ;nl");
  CHECK(texts("x++\nx--\nf()\na[i]\n}\n") == "x ++ ;nl x -- ;nl f ( ) ;nl a [ i ] ;nl } ;nl");
}

TEST_CASE("no semicolon after other tokens") {
  CHECK(texts("x +\ny") == "x + y ;eof");
  CHECK(texts("f(a,\nb)") == "f ( a , b ) ;eof");
  CHECK(texts("if x {\n}") == "if x { } ;eof");
  CHECK(texts("func\nvar\n") == "func var");
  CHECK(texts("x :=\n1\n") == "x := 1 ;nl");
  CHECK(texts("\n\nx\n\n\ny\n") == "x ;nl y ;nl");
}

TEST_CASE("comments and semicolons") {
  // a line comment ends at the newline, which inserts the semicolon
  CHECK(texts("x // comment\ny") == "x ;nl y ;eof");
  // a block comment without a newline is like a space
  CHECK(texts("x /* c */ y") == "x y ;eof");
  // a block comment containing a newline acts like a newline
  CHECK(texts("x /* a\nb */ y") == "x ;nl y ;eof");
  CHECK(texts("x = /* a\nb */ y") == "x = y ;eof");
  // a comment at the end of the file
  CHECK(texts("x // c") == "x ;eof");
  CHECK(texts("return /* c */") == "return ;eof");
}

TEST_CASE("a semicolon is inserted before EOF") {
  CHECK(kinds("package main") == "PACKAGE IDENTIFIER ;eof EOF");
  CHECK(kinds("}") == "R_CURLY ;eof EOF");
  CHECK(kinds("{") == "L_CURLY EOF");
  CHECK(kinds("") == "EOF");
}

TEST_CASE("explicit semicolons") {
  CHECK(kinds("a; b;") == "IDENTIFIER ; IDENTIFIER ; EOF");
  CHECK(kinds("a;\n") == "IDENTIFIER ; EOF");
}

TEST_CASE("number literals") {
  for (const char* lit : {"0", "42", "1_000_000", "0x1F", "0X_1f", "0o17", "0O17", "017", "0b101", "0B_1",
                          "09" /* one token; rejected by the builder */, "0x" /* likewise */})
    CHECK_MESSAGE(kinds(lit) == "INT_LIT ;eof EOF", lit);
  for (const char* lit : {"1.5", "1.", ".5", "1e10", "1E+10", "1.5e-3", "0x1p-2", "0x1.8p1", "0X.8P0",
                          "1_0.2_5", "089.5"})
    CHECK_MESSAGE(kinds(lit) == "FLOAT_LIT ;eof EOF", lit);
  for (const char* lit : {"1i", "1.5i", "0x1p2i", "0i", "089i"}) CHECK_MESSAGE(kinds(lit) == "IMAG_LIT ;eof EOF", lit);
  CHECK(texts("x.y") == "x . y ;eof");
  CHECK(texts("a[1:]") == "a [ 1 : ] ;eof");
  CHECK(texts("1..5") == "1. .5 ;eof");
}

TEST_CASE("rune and string literals") {
  for (const char* lit : {"'a'", "'\\n'", "'\\''", "'\\x41'", "'\\377'", "'\\u00e9'", "'\\U0001F600'", "'é'"})
    CHECK_MESSAGE(kinds(lit) == "RUNE_LIT ;eof EOF", lit);
  CHECK(kinds("\"a\\\"b\"") == "STRING_LIT ;eof EOF");
  CHECK(kinds("`a\\n\nb`") == "RAW_STRING_LIT ;eof EOF");
  // unterminated literals are still literals (the error is reported by parseFile)
  CHECK(kinds("\"abc\nx") == "UNTERMINATED_STRING ;nl IDENTIFIER ;eof EOF");
}

TEST_CASE("operators") {
  CHECK(texts("a &^= b <<= c >>= d &^ e") == "a &^= b <<= c >>= d &^ e ;eof");
  CHECK(texts("ch <- <-c") == "ch <- <- c ;eof");
  CHECK(texts("x := y... && z || !w") == "x := y ... && z || ! w ;eof");
  CHECK(kinds("&^ &^= <- ... :=") == "BIT_CLEAR BIT_CLEAR_ASSIGN RECEIVE ELLIPSIS DECLARE_ASSIGN EOF");
}

TEST_CASE("keywords and identifiers") {
  CHECK(kinds("func main") == "FUNC IDENTIFIER ;eof EOF");
  CHECK(kinds("_x9 π café 日本") == "IDENTIFIER IDENTIFIER IDENTIFIER IDENTIFIER ;eof EOF");
  CHECK(kinds("range rangex") == "RANGE IDENTIFIER ;eof EOF");
}

TEST_CASE("positions are 1-based lines and byte columns") {
  auto toks = tokenize("package main\n\nvar s = \"héllo\"; var x\n\tx++");
  // package main ;nl var s = "héllo" ; var x ;nl x ++ ;eof EOF
  REQUIRE(toks.size() == 15);
  CHECK(toks[0].pos.line == 1);
  CHECK(toks[0].pos.col == 1);
  CHECK(toks[1].pos.col == 9);
  CHECK(toks[2].text == "newline");
  CHECK(toks[2].pos.line == 1);  // at the newline character
  CHECK(toks[2].pos.col == 13);
  CHECK(toks[3].pos.line == 3);
  CHECK(toks[6].text == "\"héllo\"");
  CHECK(toks[6].pos.col == 9);
  CHECK(toks[7].kind == "SEMI");
  CHECK(toks[7].pos.col == 17);  // "héllo" is 8 bytes (é is 2)
  CHECK(toks[9].text == "x");
  CHECK(toks[9].pos.col == 23);
  CHECK(toks[11].pos.line == 4);
  CHECK(toks[11].pos.col == 2);  // a tab is one byte
  CHECK(toks[13].text == "EOF");
  CHECK(toks[13].pos.col == 5);
  CHECK(toks[14].kind == "EOF");
}

TEST_CASE("line numbers after raw strings and block comments") {
  auto toks = tokenize("a `x\ny\nz` /* c\n\n */ b");
  REQUIRE(toks.size() >= 4);
  CHECK(toks[1].pos.line == 1);
  CHECK(toks[2].text == "newline");  // the multi-line comment
  CHECK(toks[3].text == "b");
  CHECK(toks[3].pos.line == 5);
  CHECK(toks[3].pos.col == 5);
}

TEST_CASE("identifiers take every non-ASCII character, as gc's scanner does") {
  // the parse reports those that are not letters or digits (invalid character ... in identifier)
  CHECK(kinds("été٣ x·y € 日本語") == "IDENTIFIER IDENTIFIER IDENTIFIER IDENTIFIER ;eof EOF");
  CHECK(texts("a·b+c") == "a·b + c ;eof");
  // but the BOM, which is white space
  CHECK(kinds("a\xEF\xBB\xBF" "b") == "IDENTIFIER IDENTIFIER ;eof EOF");
}

TEST_CASE("unicode.IsLetter and unicode.IsDigit from package unicode's tables") {
  using goro::grammar::isUnicodeDigit;
  using goro::grammar::isUnicodeLetter;
  for (uint32_t r : {uint32_t('a'), uint32_t('Z'), 0xAAu, 0xB5u, 0xE9u, 0x3C0u, 0x1C5u, 0x1F88u, 0x65E5u, 0x3042u,
                     0x10400u, 0x20000u})
    CHECK_MESSAGE(isUnicodeLetter(r), r);
  for (uint32_t r : {uint32_t('_'), uint32_t('1'), 0xB7u, 0xD7u, 0x20ACu, 0x663u, 0x2028u, 0xFEFFu, 0x110000u})
    CHECK_MESSAGE(!isUnicodeLetter(r), r);
  for (uint32_t r : {uint32_t('0'), uint32_t('9'), 0x660u, 0x669u, 0x966u, 0xFF10u, 0x1D7CEu})
    CHECK_MESSAGE(isUnicodeDigit(r), r);
  for (uint32_t r : {uint32_t('a'), 0xB2u, 0xBDu, 0x2160u, 0x3007u, 0x1D7CDu})
    CHECK_MESSAGE(!isUnicodeDigit(r), r);
}

TEST_CASE("unicode.IsPrint for %#U in messages") {
  using goro::grammar::isUnicodePrint;
  // (expected values from Go 1.19's unicode.IsPrint)
  for (uint32_t r : {uint32_t('a'), uint32_t(' '), 0xE9u, 0x1F600u, 0x300u}) CHECK_MESSAGE(isUnicodePrint(r), r);
  for (uint32_t r : {0x2028u, 0xA0u, 0xADu, 0x7Fu, 0x200Bu, 0xFEFFu, 0x3000u, 0x1Fu}) CHECK_MESSAGE(!isUnicodePrint(r), r);
}
