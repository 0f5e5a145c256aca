// grammar/builder_stmt.cpp — parse tree -> AST: statements, and gc's
// checks of if/for/switch headers. See builder_internal.h.
#include <algorithm>

#include "grammar/builder_internal.h"

namespace goro::grammar::detail {

// ---------------------------------------------------------------------------
// Statements

BlockStmt* Builder::block(ParserRuleContext* c) {
  // '{' statementList '}'
  auto* b = new BlockStmt;
  b->pos = pos(c->children.front());
  b->rbrace = pos(c->children.back());
  b->list = stmtList(rule(c->children[1]));
  return b;
}

std::vector<Stmt*> Builder::stmtList(ParserRuleContext* c) {
  std::vector<Stmt*> out;
  if (!c) return out;
  for (ParseTree* ch : c->children)
    if (auto* r = rule(ch)) out.push_back(stmt(r));
  return out;
}

// gc's syntax.String() for the statements in "cannot use ... as value":
// tokens with Go's usual spacing.
std::string Builder::sourceString(ParserRuleContext* c) {
  std::string out;
  size_t prev = 0;
  bool prevSpaced = false;
  auto operandEnd = [](size_t t) {
    switch (t) {
      case GoLexer::IDENTIFIER: case GoLexer::INT_LIT: case GoLexer::FLOAT_LIT: case GoLexer::IMAG_LIT:
      case GoLexer::RUNE_LIT: case GoLexer::STRING_LIT: case GoLexer::RAW_STRING_LIT:
      case GoLexer::R_PAREN: case GoLexer::R_BRACKET: case GoLexer::R_CURLY:
        return true;
      default:
        return false;
    }
  };
  for (size_t i = c->getStart()->getTokenIndex(); i <= c->getStop()->getTokenIndex(); i++) {
    Token* t = tokens_.get(i);
    size_t ty = t->getType();
    // binary operators and the send arrow after an operand, and assignments,
    // are written with spaces around them
    bool spaced = ((binaryOp(ty) != Tok::None || ty == GoLexer::RECEIVE) && operandEnd(prev)) ||
                  assignOp(ty) != Tok::None;
    if (!out.empty() && (spaced || prevSpaced || prev == GoLexer::COMMA)) out += ' ';
    out += text(t);
    prev = ty;
    prevSpaced = spaced;
  }
  return out;
}

Simple Builder::simple(ParserRuleContext* c) {
  // simpleStmt:   expressionList (assignOp expressionList | '<-' expression | '++' | '--')?
  // simpleStmtNL: ... | ('=' | ':=') 'range' expressionNL | 'range' expressionNL
  Simple r;
  r.ctx = c;
  auto& ch = c->children;
  Pos start = pos(c->getStart());
  r.pos = start;
  if (tokenType(ch[0]) == GoLexer::RANGE) {
    auto* rs = new RangeStmt;
    rs->pos = start;
    rs->x = expr(ch[1]);
    r.range = rs;
    return r;
  }
  std::vector<Expr*> lhs = exprList(rule(ch[0]));
  if (ch.size() == 1) {
    if (lhs.size() != 1) {
      Token* next = tokenAfter(c);
      syntaxError(pos(next), "unexpected " + grammar::describeToken(src_, next) +
                                 ", expecting := or = or comma");
    }
    auto* es = new ExprStmt;
    es->pos = start;
    es->x = lhs[0];
    r.stmt = es;
    return r;
  }
  Token* op = token(ch[1]);
  if (!op) op = token(rule(ch[1])->children[0]);  // assignOp rule
  r.pos = pos(op);
  switch (op->getType()) {
    case GoLexer::RECEIVE: {
      auto* s = new SendStmt;
      s->pos = start;
      s->chan = lhs[0];
      s->value = expr(ch[2]);
      if (lhs.size() != 1) syntaxError(pos(op), "unexpected <-, expecting := or = or comma");
      r.stmt = s;
      return r;
    }
    case GoLexer::INC:
    case GoLexer::DEC: {
      auto* s = new IncDecStmt;
      s->pos = start;
      s->x = lhs[0];
      s->tok = op->getType() == GoLexer::INC ? Tok::Inc : Tok::Dec;
      if (lhs.size() != 1)
        syntaxError(pos(op), "unexpected " + text(op) + ", expecting := or = or comma");
      r.stmt = s;
      return r;
    }
    default:
      break;
  }
  if (ch.size() == 4 && tokenType(ch[2]) == GoLexer::RANGE) {
    auto* rs = new RangeStmt;
    rs->pos = start;
    rs->tok = assignOp(op->getType());
    rs->key = lhs[0];
    if (lhs.size() >= 2) rs->value = lhs[1];
    if (lhs.size() > 2) error(lhs[2]->pos, "range clause permits at most two iteration variables");
    rs->x = expr(ch[3]);
    r.range = rs;
    return r;
  }
  auto* as = new AssignStmt;
  as->pos = start;
  as->tok = assignOp(op->getType());
  // gc's simpleStmt: after a list of operands only = and := may come
  if (lhs.size() > 1 && as->tok != Tok::Assign && as->tok != Tok::Define)
    syntaxError(pos(op), "unexpected " + text(op) + ", expecting := or = or comma");
  as->lhs = std::move(lhs);
  as->rhs = exprList(rule(ch[2]));
  r.stmt = as;
  return r;
}

Stmt* Builder::callStmt(ParserRuleContext* c, bool isGo) {
  // 'go' expression / 'defer' expression
  Stmt* s;
  CallExpr** call;
  if (isGo) {
    auto* g = new GoStmt;
    call = &g->call;
    s = g;
  } else {
    auto* d = new DeferStmt;
    call = &d->call;
    s = d;
  }
  s->pos = pos(c->children[0]);
  Expr* x = expr(c->children[1]);
  const char* kw = isGo ? "go" : "defer";
  if (x->kind == ExprKind::Paren) {
    error(x->pos, std::string("expression in ") + kw + " must not be parenthesized");
    while (x->kind == ExprKind::Paren) x = static_cast<ParenExpr*>(x)->x;
  }
  if (x->kind == ExprKind::Call) {
    *call = static_cast<CallExpr*>(x);
  } else {
    error(x->pos, std::string("expression in ") + kw + " must be function call");
    // as gc's parser: taken as a call without arguments (the usual mistake),
    // so the checker still sees the expression (uses, "cannot call non-function")
    auto* cx = new CallExpr;
    cx->pos = x->pos;
    cx->fun = x;
    cx->rparen = x->pos;
    *call = cx;
  }
  return s;
}

Stmt* Builder::stmt(ParserRuleContext* c) {
  auto* s0 = rule(c->children[0]);
  auto& ch = s0->children;
  switch (s0->getRuleIndex()) {
    case GoParser::RuleDeclaration: {
      auto* d = new DeclStmt;
      d->pos = pos(s0->getStart());
      d->decl = genDecl(s0);
      return d;
    }
    case GoParser::RuleLabeledStmt: {
      auto* l = new LabeledStmt;
      l->pos = pos(ch[0]);
      l->label = ident(token(ch[0]));
      if (ch.size() == 3) {
        l->stmt = stmt(rule(ch[2]));
      } else {
        // `L: }` is a labeled empty statement; before anything else (case,
        // default) gc reports the missing statement at the colon
        Token* next = tokenAfter(s0);
        if (next->getType() != GoLexer::R_CURLY && next->getType() != GoLexer::SEMI)
          syntaxError(pos(ch[1]), "missing statement after label");
        l->stmt = new EmptyStmt;
        l->stmt->pos = pos(next);
      }
      switch (l->stmt->kind) {
        case StmtKind::For: static_cast<ForStmt*>(l->stmt)->label = l->label; break;
        case StmtKind::Range: static_cast<RangeStmt*>(l->stmt)->label = l->label; break;
        case StmtKind::Switch: static_cast<SwitchStmt*>(l->stmt)->label = l->label; break;
        case StmtKind::TypeSwitch: static_cast<TypeSwitchStmt*>(l->stmt)->label = l->label; break;
        case StmtKind::Select: static_cast<SelectStmt*>(l->stmt)->label = l->label; break;
        default: break;
      }
      return l;
    }
    case GoParser::RuleSimpleStmt: {
      Simple sm = simple(s0);
      return sm.stmt;
    }
    case GoParser::RuleGoStmt:
      return callStmt(s0, true);
    case GoParser::RuleDeferStmt:
      return callStmt(s0, false);
    case GoParser::RuleReturnStmt: {
      auto* r = new ReturnStmt;
      r->pos = pos(ch[0]);
      if (ch.size() == 2) r->results = exprList(rule(ch[1]));
      return r;
    }
    case GoParser::RuleBreakStmt:
    case GoParser::RuleContinueStmt:
    case GoParser::RuleGotoStmt:
    case GoParser::RuleFallthroughStmt: {
      auto* b = new BranchStmt;
      b->pos = pos(ch[0]);
      switch (tokenType(ch[0])) {
        case GoLexer::BREAK: b->tok = Tok::Break; break;
        case GoLexer::CONTINUE: b->tok = Tok::Continue; break;
        case GoLexer::GOTO: b->tok = Tok::Goto; break;
        default: b->tok = Tok::Fallthrough; break;
      }
      if (ch.size() == 2) b->label = ident(token(ch[1]));
      return b;
    }
    case GoParser::RuleBlock:
      return block(s0);
    case GoParser::RuleIfStmt:
      return ifStmt(s0);
    case GoParser::RuleSwitchStmt:
      return switchStmt(s0);
    case GoParser::RuleSelectStmt:
      return selectStmt(s0);
    case GoParser::RuleForStmt:
      return forStmt(s0);
    default: {
      auto* e = new EmptyStmt;
      e->pos = pos(s0->getStart());
      return e;
    }
  }
}

// Go spec "If statements", "For statements", "Switch statements" / gc's
// header(): `keyword [init;] cond [; post]` (all simple statements in the
// grammar). Splits the parts, recognises range clauses and type switch
// guards, and reports gc's header errors. Safe to call on a header whose
// statement body failed to parse (see headerErrors).
Builder::Header Builder::header(ParserRuleContext* c) {
  Header h;
  h.keyword = tokenType(c->children[0]);
  const char* kw = h.keyword == GoLexer::IF ? "if" : h.keyword == GoLexer::FOR ? "for" : "switch";
  Simple parts[3];
  int part = 0;
  Token* lbrace = nullptr;
  for (size_t i = 1; i < c->children.size(); i++) {
    ParseTree* x = c->children[i];
    if (tokenType(x) == GoLexer::SEMI) {
      (part == 0 ? h.semi1 : h.semi2) = token(x);
      part++;
    } else if (isRule(x, GoParser::RuleSimpleStmtNL)) {
      parts[part] = simple(rule(x));
    } else {
      lbrace = token(x) ? token(x) : rule(x)->getStart();
      break;
    }
  }
  Simple init = parts[0], cond = parts[1], post = parts[2];
  if (!h.semi1) {  // no ';': the only statement is the condition / tag
    cond = parts[0];
    init = Simple{};
  }
  // a range clause is only allowed as the whole header of a for
  if (init.range || post.range || (cond.range && (h.keyword != GoLexer::FOR || h.semi1))) {
    Token* t = h.semi1 ? h.semi1 : lbrace;
    syntaxError(pos(t), "unexpected " + grammar::describeToken(src_, t) + ", expecting { after " + kw + " clause");
    return h;
  }
  h.init = init.stmt;
  h.range = cond.range;
  if (h.keyword == GoLexer::FOR && post.stmt) {
    if (post.stmt->kind == StmtKind::Assign && static_cast<AssignStmt*>(post.stmt)->tok == Tok::Define)
      syntaxError(post.pos, "cannot declare in post statement of for loop");
    h.post = post.stmt;
  }
  if (!cond.stmt) {
    if (h.keyword == GoLexer::IF) {
      if (!h.semi1) {
        syntaxError(pos(lbrace), "missing condition in if statement");
      } else if (std::string semi = grammar::describeToken(src_, h.semi1); semi != "semicolon") {
        syntaxError(pos(h.semi1), "unexpected " + semi + ", expecting { after if clause");
      } else {
        syntaxError(pos(h.semi1), "missing condition in if statement");
      }
    }
    return h;
  }
  if (cond.stmt->kind == StmtKind::Expr) {
    Expr* x = static_cast<ExprStmt*>(cond.stmt)->x;
    if (h.keyword == GoLexer::SWITCH && x->kind == ExprKind::TypeAssert &&
        !static_cast<TypeAssertExpr*>(x)->typeExpr) {
      h.guard = static_cast<TypeAssertExpr*>(x);
      std::erase(typeGuards_, h.guard);
    } else {
      h.cond = x;
    }
    return h;
  }
  if (h.keyword == GoLexer::SWITCH && cond.stmt->kind == StmtKind::Assign) {
    auto* as = static_cast<AssignStmt*>(cond.stmt);
    if (as->tok == Tok::Define && as->lhs.size() == 1 && as->rhs.size() == 1 &&
        as->lhs[0]->kind == ExprKind::Ident && as->rhs[0]->kind == ExprKind::TypeAssert &&
        !static_cast<TypeAssertExpr*>(as->rhs[0])->typeExpr) {
      h.guard = static_cast<TypeAssertExpr*>(as->rhs[0]);
      h.binding = static_cast<Ident*>(as->lhs[0]);
      std::erase(typeGuards_, h.guard);
      return h;
    }
  }
  if (h.keyword == GoLexer::SWITCH && cond.stmt->kind == StmtKind::Assign) {
    // a malformed guard (`a, b := x.(type)`, `f() := x.(type)`) is still a
    // guard for gc: only "cannot use ... as value" is reported
    for (Expr* r : static_cast<AssignStmt*>(cond.stmt)->rhs)
      if (r->kind == ExprKind::TypeAssert) std::erase(typeGuards_, static_cast<TypeAssertExpr*>(r));
  }
  // gc: "cannot use x := 0 as value" (with the common '=' for '==' mistake
  // spelled out), at the statement's position (an assignment's operator).
  std::string str;
  if (cond.stmt->kind == StmtKind::Assign && static_cast<AssignStmt*>(cond.stmt)->tok == Tok::Assign) {
    str = "assignment (" + sourceString(rule(cond.ctx->children[0])) + ") = (" +
          sourceString(rule(cond.ctx->children[2])) + ")";
  } else {
    str = sourceString(cond.ctx);
  }
  syntaxError(cond.pos, "cannot use " + str + " as value");
  return h;
}

// gc checks a header as soon as it has parsed it, so its errors come before a
// syntax error later in the statement's body (`if x := T{}; ok {` fails in
// the body but gc reports "cannot use x := T as value"). Run the header
// checks of every if/for/switch whose header was completely parsed.
void Builder::headerErrors(ParseTree* t) {
  auto* c = rule(t);
  if (!c) return;
  size_t r = c->getRuleIndex();
  if (r == GoParser::RuleIfStmt || r == GoParser::RuleForStmt || r == GoParser::RuleSwitchStmt) {
    bool complete = false;  // the body's '{' was reached
    for (ParseTree* x : c->children)
      if (tokenType(x) == GoLexer::L_CURLY || (isRule(x, GoParser::RuleBlock) && !rule(x)->children.empty()))
        complete = true;
    if (complete) header(c);
  }
  for (ParseTree* x : c->children) headerErrors(x);
}

void Builder::partialErrors(ParserRuleContext* root) {
  std::vector<ParserRuleContext*> decls;
  for (ParseTree* x : root->children)
    if (auto* r = rule(x); r && r->getRuleIndex() != GoParser::RulePackageClause) decls.push_back(r);
  for (size_t i = 0; i < decls.size(); i++) {
    ParserRuleContext* d = decls[i];
    if (i + 1 < decls.size()) {  // complete: build it for its errors
      if (d->getRuleIndex() == GoParser::RuleImportDecl) {
        genDecl(d);
      } else if (d->getRuleIndex() == GoParser::RuleTopLevelDecl) {
        auto* inner = rule(d->children[0]);
        if (inner->getRuleIndex() == GoParser::RuleFuncDecl) funcDecl(inner);
        else genDecl(inner);
      }
    } else {
      headerErrors(d);
    }
  }
}

Stmt* Builder::ifStmt(ParserRuleContext* c) {
  // 'if' simpleStmtNL? (';' simpleStmtNL?)? block ('else' (ifStmt | block))?
  auto* s = new IfStmt;
  s->pos = pos(c->children[0]);
  Header h = header(c);
  s->init = h.init;
  s->cond = h.cond;
  for (size_t i = 1; i < c->children.size(); i++) {
    ParseTree* x = c->children[i];
    if (isRule(x, GoParser::RuleBlock)) {
      if (!s->body) s->body = block(rule(x));
      else s->els = block(rule(x));
    } else if (isRule(x, GoParser::RuleIfStmt)) {
      s->els = ifStmt(rule(x));
    }
  }
  return s;
}

Stmt* Builder::forStmt(ParserRuleContext* c) {
  // 'for' (simpleStmtNL? (';' simpleStmtNL? ';' simpleStmtNL?)?) block
  Pos p = pos(c->children[0]);
  Header h = header(c);
  BlockStmt* body = block(rule(c->children.back()));
  if (h.range) {
    h.range->pos = p;
    h.range->body = body;
    return h.range;
  }
  auto* f = new ForStmt;
  f->pos = p;
  f->body = body;
  f->init = h.init;
  f->cond = h.cond;
  f->post = h.post;
  return f;
}

Stmt* Builder::switchStmt(ParserRuleContext* c) {
  // 'switch' simpleStmtNL? (';' simpleStmtNL?)? '{' caseClause* '}'
  Pos p = pos(c->children[0]);
  Header h = header(c);
  auto* body = new BlockStmt;
  bool inBody = false;
  for (ParseTree* x : c->children) {
    if (tokenType(x) == GoLexer::L_CURLY) {
      body->pos = pos(x);
      inBody = true;
    } else if (tokenType(x) == GoLexer::R_CURLY) {
      body->rbrace = pos(x);
    } else if (inBody && isRule(x, GoParser::RuleCaseClause)) {
      auto* cc_ = rule(x);
      auto* cc = new CaseClause;
      cc->pos = pos(cc_->children[0]);
      cc->isDefault = tokenType(cc_->children[0]) == GoLexer::DEFAULT;
      for (ParseTree* y : cc_->children) {
        if (isRule(y, GoParser::RuleArgumentList)) cc->list = exprList(rule(y));
        else if (tokenType(y) == GoLexer::COLON) cc->colon = pos(y);
        else if (isRule(y, GoParser::RuleStatementList)) cc->body = stmtList(rule(y));
      }
      body->list.push_back(cc);
    }
  }
  if (h.guard) {
    auto* ts = new TypeSwitchStmt;
    ts->pos = p;
    ts->init = h.init;
    ts->binding = h.binding;
    ts->x = h.guard->x;
    ts->body = body;
    return ts;
  }
  auto* s = new SwitchStmt;
  s->pos = p;
  s->init = h.init;
  s->tag = h.cond;
  s->body = body;
  return s;
}

Stmt* Builder::selectStmt(ParserRuleContext* c) {
  // 'select' '{' commClause* '}'
  auto* s = new SelectStmt;
  s->pos = pos(c->children[0]);
  s->body = new BlockStmt;
  s->body->pos = pos(c->children[1]);
  s->body->rbrace = pos(c->children.back());
  for (ParseTree* x : c->children) {
    auto* cc_ = rule(x);
    if (!cc_) continue;
    auto* cc = new CommClause;
    cc->pos = pos(cc_->children[0]);
    for (ParseTree* y : cc_->children) {
      if (isRule(y, GoParser::RuleSimpleStmt)) {
        Simple sm = simple(rule(y));
        cc->comm = sm.stmt;
        // types2: the case must be a send, a receive, or an assignment of one
        bool ok = false;
        auto isRecv = [](Expr* e) {
          while (e && e->kind == ExprKind::Paren) e = static_cast<ParenExpr*>(e)->x;
          return e && e->kind == ExprKind::Unary && static_cast<UnaryExpr*>(e)->op == Tok::Arrow;
        };
        if (Stmt* st = cc->comm) {
          if (st->kind == StmtKind::Send) ok = true;
          if (st->kind == StmtKind::Expr) ok = isRecv(static_cast<ExprStmt*>(st)->x);
          if (st->kind == StmtKind::Assign) {
            auto* as = static_cast<AssignStmt*>(st);
            ok = (as->tok == Tok::Assign || as->tok == Tok::Define) && as->rhs.size() == 1 &&
                 as->lhs.size() <= 2 && isRecv(as->rhs[0]);
          }
          if (!ok) error(st->pos, "select case must be send or receive (possibly with assignment)");
        }
      } else if (tokenType(y) == GoLexer::COLON) {
        cc->colon = pos(y);
      } else if (isRule(y, GoParser::RuleStatementList)) {
        cc->body = stmtList(rule(y));
      }
    }
    s->body->list.push_back(cc);
  }
  return s;
}

}  // namespace goro::grammar::detail
