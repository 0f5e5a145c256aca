// grammar/builder.h — Go source text -> ast::File.
//
// parseFile() (declared in grammar/ast.h) runs the ANTLR lexer generated from
// grammar/Go.g4 (with Go's automatic semicolon insertion), the parser (SLL
// prediction first, full LL only if SLL fails) and builds the AST. Errors are
// gc's: "syntax error: unexpected newline, expecting comma or )", lexical
// errors such as "invalid character U+0040 '@'" or "newline in string", with
// 1-based line and byte column. On any error parseFile returns null.
//
// The tokenizer entry point below is for tests and tools (it shows the
// semicolons that the lexer inserted).
#pragma once
#include <string>
#include <vector>

#include "grammar/ast.h"

namespace goro::grammar {

struct LexToken {
  std::string kind;  // the token's symbolic name in Go.g4: IDENTIFIER, INT_LIT,
                     // SEMI, L_PAREN, FUNC, ... ; "EOF" last
  std::string text;  // source text; an inserted semicolon has "newline" or "EOF"
  ast::Pos pos;      // 1-based line, byte column
};

// All tokens the parser sees (comments and white space dropped, semicolons
// inserted), ending with EOF.
std::vector<LexToken> tokenize(const std::string& source);

// Timing/diagnostics of the last parseFile() call on this thread (for tests
// and benchmarks): whether the SLL stage failed and full LL was needed.
struct ParseStats {
  bool usedLL = false;
  double parseMs = 0;  // lexing + parsing, without AST building
  double buildMs = 0;
};
const ParseStats& lastParseStats();

}  // namespace goro::grammar
