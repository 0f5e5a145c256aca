// grammar/ast_dump.h — a compact, deterministic text form of the AST, for
// tests and debugging (not Go source: every binary expression is fully
// parenthesized, so the tree's shape is visible).
//
//   expressions: (a + (b * c))  (-x)  (*p)  (<-ch)  f(a, b...)  x.f  x[i]
//                x[lo:hi:max]  x.(T)  x.(type)  T{a, k: v}  {...elided...}
//                paren(x)  []T  [N]T  [...]T  map[K]V  chan<- T  <-chan T
//                func(a int, b ...string) (int, error)  struct{a, b int; T}
//                interface{M(); E}
//   statements:  one per line, indented by nesting.
#pragma once
#include <string>

#include "grammar/ast.h"

namespace goro::ast {

// The source text of an operator or keyword token ("+", "&^=", "<-", "break").
const char* tokText(Tok t);

std::string dump(const Expr* e);
std::string dump(const Stmt* s, int indent = 0);
std::string dump(const File* f);
// The same with each node's position: expressions end in "@LINE:COL",
// statement lines start with it.
std::string dumpWithPositions(const File* f);

}  // namespace goro::ast
