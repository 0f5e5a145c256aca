// grammar/builder_internal.h — the parse tree -> AST builder, shared by
// builder.cpp (declarations, types, expressions), builder_stmt.cpp
// (statements) and parse.cpp (the parseFile driver). Not for use outside
// grammar/.
//
// The walk is generic over contexts (rule index + children) so that a rule
// and its header twin (expression / expressionNL, ...) share one function;
// see the notes at the top of Go.g4. Besides building nodes, the builder
// reports the errors that gc's parser reports but that the grammar accepts
// (gc's header(): "missing condition in if statement", "cannot use x := 0 as
// value"; "expression in defer must be function call"; "mixed named and
// unnamed parameters"; ...).
#pragma once
#include <string>
#include <vector>

#include "GoLexer.h"
#include "GoParser.h"
#include "antlr4-runtime.h"
#include "grammar/ast.h"
#include "grammar/parse_support.h"

namespace goro::grammar::detail {

using namespace goro::ast;
using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using goro_antlr::GoLexer;
using goro_antlr::GoParser;
using goro::grammar::SourceText;

inline constexpr size_t kNoRule = size_t(-1);

inline ParserRuleContext* rule(ParseTree* t) { return dynamic_cast<ParserRuleContext*>(t); }
inline size_t ruleIndex(ParseTree* t) {
  auto* r = rule(t);
  return r ? r->getRuleIndex() : kNoRule;
}
inline Token* token(ParseTree* t) {
  auto* n = dynamic_cast<TerminalNode*>(t);
  return n ? n->getSymbol() : nullptr;
}
inline size_t tokenType(ParseTree* t) {
  Token* k = token(t);
  return k ? k->getType() : 0;
}
inline bool isRule(ParseTree* t, size_t r) { return ruleIndex(t) == r; }

// Go's operator for a binary / assignment operator token (Tok::None if not one).
Tok binaryOp(size_t tokenType);
Tok assignOp(size_t tokenType);

// A statement-level result that may be a range clause (for headers).
struct Simple {
  Stmt* stmt = nullptr;
  RangeStmt* range = nullptr;  // set instead of stmt for `k, v := range x`
  Pos pos;                     // gc's position of the statement (operator of an assignment)
  ParserRuleContext* ctx = nullptr;
};

class Builder {
 public:
  Builder(const SourceText& src, antlr4::TokenStream& tokens, const std::string& file,
          std::vector<Diag>& errors)
      : src_(src), tokens_(tokens), file_(file), errors_(errors) {}

  File* sourceFile(GoParser::SourceFileContext* c);

 private:
  // --- positions, text, errors ---
  Pos pos(Token* t) const { return src_.pos(t); }
  Pos pos(ParseTree* t) const {
    if (Token* k = token(t)) return pos(k);
    return pos(rule(t)->getStart());
  }
  std::string text(Token* t) const { return src_.text(t); }
  std::string text(ParseTree* t) const { return text(token(t)); }
  void error(Pos p, std::string msg) { errors_.push_back(Diag{file_, p, std::move(msg)}); }
  void syntaxError(Pos p, const std::string& msg) { error(p, "syntax error: " + msg); }
  void rejectNamedEllipsisArray(const Expr* type);  // `x [...]T` as a parameter or field
  Token* tokenAfter(ParserRuleContext* c) {
    return tokens_.get(c->getStop()->getTokenIndex() + 1);
  }
  std::string sourceString(ParserRuleContext* c);

  // --- declarations ---
  GenDecl* genDecl(ParserRuleContext* c);  // declaration / constDecl / varDecl / typeDecl / importDecl
  FuncDecl* funcDecl(ParserRuleContext* c);
  std::vector<Ident*> identList(ParserRuleContext* c);
  std::vector<Expr*> exprList(ParserRuleContext* c);

  // --- types ---
  FuncType* signature(ParserRuleContext* c, Pos funcPos);
  FieldList* parameters(ParserRuleContext* c, bool results = false);
  Expr* structType(ParserRuleContext* c);
  Expr* interfaceType(ParserRuleContext* c);

  // --- expressions ---
  Expr* expr(ParseTree* t);
  Expr* operand(ParserRuleContext* c);
  Expr* suffix(Expr* x, ParserRuleContext* s, ParserRuleContext* whole);
  Expr* unary(Token* op, Expr* x);
  Expr* basicLit(Token* t);
  Ident* ident(Token* t);
  CompositeLit* compositeLit(Expr* type, ParserRuleContext* literalValue, Pos p);

  // --- statements ---
  std::vector<Stmt*> stmtList(ParserRuleContext* c);
  Stmt* stmt(ParserRuleContext* c);
  Simple simple(ParserRuleContext* c);
  BlockStmt* block(ParserRuleContext* c);
  Stmt* ifStmt(ParserRuleContext* c);
  Stmt* forStmt(ParserRuleContext* c);
  Stmt* switchStmt(ParserRuleContext* c);
  Stmt* selectStmt(ParserRuleContext* c);
  Stmt* callStmt(ParserRuleContext* c, bool isGo);
  struct Header {
    size_t keyword = 0;              // GoLexer::IF, FOR or SWITCH
    Stmt* init = nullptr;
    Expr* cond = nullptr;            // if/for condition, switch tag
    Stmt* post = nullptr;            // for
    RangeStmt* range = nullptr;      // for k, v := range x (body unset)
    TypeAssertExpr* guard = nullptr; // switch [x :=] y.(type)
    Ident* binding = nullptr;
    Token* semi1 = nullptr;
    Token* semi2 = nullptr;
  };
  Header header(ParserRuleContext* c);

 public:
  void headerErrors(ParseTree* t);
  // After a syntax error: the builder's errors in the declarations that
  // were parsed completely, and the header errors in the failing one.
  void partialErrors(ParserRuleContext* root);

 private:

  const SourceText& src_;
  antlr4::TokenStream& tokens_;
  const std::string& file_;
  std::vector<Diag>& errors_;
  std::vector<TypeAssertExpr*> typeGuards_;  // x.(type) nodes not yet claimed by a type switch
};

}  // namespace goro::grammar::detail
