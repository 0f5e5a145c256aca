// grammar/builder.h — Go source text -> ast::File.
//
// goro::parseFile() (declared in grammar/ast.h, defined in grammar/parse.cpp)
// runs the ANTLR lexer generated from grammar/Go.g4 (with Go's automatic
// semicolon insertion), the parser (SLL prediction first, full LL only if
// SLL fails) and builds the AST.
//
// Errors are gc's (go 1.19), with 1-based line and byte column: lexical ones
// ("invalid character U+0040 '@'", "newline in string", "invalid digit '8'
// in octal literal"), syntax errors ("syntax error: unexpected newline,
// expecting comma or )", "syntax error: unexpected x at end of statement")
// and the checks gc's parser makes ("syntax error: missing condition in if
// statement", "expression in defer must be function call"). Like gc: at most
// one syntax error per line, at most 10 errors, sorted by position. Unlike
// gc: after a syntax error, parsing resumes only at the next top-level
// declaration (a func/type/var/const at column 1), so a second syntax error
// inside the same function is not reported. On any error parseFile returns
// null. `//line` directives are not interpreted.
//
// Not thread-safe to call concurrently (parse statistics are per thread, but
// ANTLR's shared DFA cache is only as thread-safe as the 4.9 runtime makes it).
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
// inserted), ending with EOF. For tests and tools.
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
