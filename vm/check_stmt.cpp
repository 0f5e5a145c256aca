// vm/check_stmt.cpp — statements (go/types stmt.go, assignments.go,
// return.go): assignments and short variable declarations, control flow,
// switches, select, range, terminating statements.
#include <algorithm>

#include "vm/check_internal.h"

namespace goro::chk {

using EK = ast::ExprKind;
using SK = ast::StmtKind;

void Checker::openScope(Scope** out) {
  Scope* s = new Scope;
  s->parent = scope_;
  children_[scope_].push_back(s);
  scope_ = s;
  if (out) *out = s;
}

void Checker::closeScope() { scope_ = scope_->parent; }

void Checker::stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list) {
  bool ok = ctxt & kFallthroughOk;
  unsigned inner = ctxt & ~unsigned(kFallthroughOk);
  size_t n = list.size();
  while (n > 0 && list[n - 1]->kind == SK::Empty) n--;
  for (size_t i = 0; i < n; i++) {
    unsigned c = inner;
    if (ok && i + 1 == n) c |= kFallthroughOk;
    stmt(c, list[i]);
  }
}

void Checker::simpleStmt(ast::Stmt* s) {
  if (s) stmt(0, s);
}

// The position of the operator of an assignment: the AST keeps the first
// token's position only, so it is derived from the end of the last lhs
// (gofmt'd code: "x := 1").
static Pos assignOpPos(const ast::AssignStmt* s) {
  if (s->lhs.empty()) return s->pos;
  const ast::Expr* last = s->lhs.back();
  if (last->kind == EK::Ident) {
    Pos p = last->pos;
    p.col += int(static_cast<const ast::Ident*>(last)->name.size()) + 1;
    return p;
  }
  return s->pos;
}

// go/types assignError.
void Checker::assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t x, const char* unit) {
    std::string s = std::to_string(x) + " " + unit;
    if (x != 1) s += "s";
    return s;
  };
  std::string vars = measure(nvars, "variable"), vals = measure(nvals, "value");
  ast::Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    ast::Expr* u = unparen(rhs0);
    if (u->kind == EK::Call) {
      error(startPos(rhs0), "assignment mismatch: " + vars + " but " +
                                exprStr(static_cast<ast::CallExpr*>(u)->fun) + " returns " + vals);
      return;
    }
  }
  error(startPos(rhs0), "assignment mismatch: " + vars + " but " + vals);
}

static std::string typesSummaryR(const Checker& c, const std::vector<Type*>& list) {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) s += ", ";
    Type* t = list[i];
    if (!t || (t->kind == Kind::Invalid && !t->isNamed())) s += "<T>";
    else if (types::isUntyped(t)) {
      if (types::isNumeric(t)) s += "number";
      else {
        std::string n = c.typeStr(t);
        if (n.rfind("untyped ", 0) == 0) n = n.substr(8);
        s += n;
      }
    } else {
      s += c.typeStr(t);
    }
  }
  return s + ")";
}

// Evaluates an expression list; a single multi-value call (or comma-ok
// expression when allowCommaOk) is spread into operands.
static void exprList(Checker& c, const std::vector<ast::Expr*>& es, bool allowCommaOk,
                     std::vector<Operand>& out, bool* commaOk) {
  *commaOk = false;
  if (es.size() == 1) {
    Operand x;
    c.multiExpr(x, es[0]);
    if (x.mode != Mode::Invalid && x.type && x.type->kind == Kind::Tuple) {
      for (Type* t : x.type->params) {
        Operand o;
        o.mode = Mode::Value;
        o.expr = es[0];
        o.type = t;
        out.push_back(o);
      }
      return;
    }
    out.push_back(x);
    if (allowCommaOk && (x.mode == Mode::MapIndex || x.mode == Mode::CommaOk)) {
      Operand o;
      o.mode = Mode::Value;
      o.expr = es[0];
      o.type = types::UntypedBool();
      out.push_back(o);
      *commaOk = true;
    }
    return;
  }
  for (ast::Expr* e : es) {
    Operand x;
    c.expr(x, e);
    out.push_back(x);
  }
}

// A comma-ok expression used in a two-value context: its type becomes the
// tuple (T, bool) and its mode CommaOk (go/types recordCommaOkTypes).
static void recordCommaOk(ast::Expr* e, Type* t0) {
  Type* tup = newTuple({t0, types::Bool()});
  while (e) {
    e->mode = Mode::CommaOk;
    e->type = tup;
    if (e->kind != EK::Paren) break;
    e = static_cast<ast::ParenExpr*>(e)->x;
  }
}

bool Checker::initVar(Object* lhs, Operand& x, const std::string& context) {
  if (x.mode == Mode::Invalid || !x.type || (x.type->kind == Kind::Invalid && !x.type->isNamed()) ||
      (lhs->type && lhs->type->kind == Kind::Invalid && !lhs->type->isNamed())) {
    if (!lhs->type) lhs->type = types::Invalid();
    x.mode = Mode::Invalid;
    lhs->used = true;  // avoid follow-on "declared but not used" errors (types2)
    return false;
  }
  if (!lhs->type) {
    Type* t = x.type;
    if (types::isUntyped(t)) {
      if (t == types::UntypedNil()) {
        error(startPos(x.expr), "use of untyped nil in " + context);
        lhs->type = types::Invalid();
        x.mode = Mode::Invalid;
        return false;
      }
      t = types::defaultType(t);
    }
    lhs->type = t;
  }
  assignment(x, lhs->type, context);
  if (x.mode == Mode::Invalid) {
    lhs->used = true;
    return false;
  }
  return true;
}

void Checker::initVars(const std::vector<Object*>& lhs, const std::vector<ast::Expr*>& rhs,
                       ast::Stmt* returnStmt, const std::string&) {
  std::vector<Operand> vals;
  bool commaOk;
  exprList(*this, rhs, lhs.size() == 2 && !returnStmt, vals, &commaOk);
  if (lhs.size() != vals.size()) {
    for (Object* o : lhs) {
      o->used = true;
      if (!o->type) o->type = types::Invalid();
    }
    for (Operand& v : vals)
      if (v.mode == Mode::Invalid) return;
    if (returnStmt) {
      returnError(static_cast<ast::ReturnStmt*>(returnStmt), vals);
      return;
    }
    assignError(rhs, lhs.size(), vals.size());
    return;
  }
  std::string context = returnStmt ? "return statement" : "assignment";
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!initVar(lhs[i], vals[i], context)) ok = false;
  if (commaOk) {
    recordCommaOk(rhs[0], lhs[0]->type);
    return;
  }
  // avoid follow-on "declared but not used" errors if any initialization failed
  if (!ok)
    for (Object* o : lhs) o->used = true;
}

void Checker::returnError(ast::ReturnStmt* s, const std::vector<Operand>& vals) {
  size_t l = fctx_->results.size(), r = vals.size();
  Pos at = s->pos;
  std::string q = "not enough";
  if (r > l) {
    at = startPos(vals[l].expr);
    q = "too many";
  } else if (r > 0) {
    at = startPos(vals[r - 1].expr);
  }
  std::vector<Type*> have, want;
  for (const Operand& v : vals) have.push_back(v.type);
  for (Object* o : fctx_->results) want.push_back(o->type);
  error(at, q + " return values\n\thave " + typesSummaryR(*this, have) + "\n\twant " + typesSummaryR(*this, want));
}

// go/types assignVar: assignment of x to the lhs expression.
bool Checker::assignVar(ast::Expr* lhs, Operand& x, const std::string&) {
  if (x.mode == Mode::Invalid || (x.type && x.type->kind == Kind::Invalid && !x.type->isNamed())) {
    // use the lhs (gc 1.19's check.use: marks it used, no follow-on errors)
    ast::Expr* u = unparen(lhs);
    if (u->kind == EK::Ident && static_cast<ast::Ident*>(u)->name == "_") return false;
    Operand z;
    rawExpr(z, lhs, nullptr);
    return false;
  }
  ast::Expr* u = unparen(lhs);
  Object* v = nullptr;
  bool vUsed = false;
  if (u->kind == EK::Ident) {
    auto* id = static_cast<ast::Ident*>(u);
    if (id->name == "_") {
      id->obj = nullptr;
      assignment(x, nullptr, "assignment to _ identifier");
      recordFinal(lhs, Mode::Variable, x.type, ast::ConstValue{});
      return x.mode != Mode::Invalid;
    }
    Object* w = lookup(id->name);
    if (w && w->kind == ObjKind::Var && w->pkg == pkg_) {
      v = w;
      vUsed = w->used;
    }
  }
  Operand z;
  expr(z, lhs);
  if (v) v->used = vUsed;
  if (z.mode == Mode::Invalid || (z.type->kind == Kind::Invalid && !z.type->isNamed())) return false;
  switch (z.mode) {
    case Mode::Variable: case Mode::MapIndex:
      break;
    default: {
      if (z.isNil()) {
        error(startPos(z.expr), "cannot assign to nil");
        return false;
      }
      if (unparen(z.expr)->kind == EK::Selector) {
        auto* sel = static_cast<ast::SelectorExpr*>(unparen(z.expr));
        if (unparen(sel->x)->mode == Mode::MapIndex) {
          error(startPos(z.expr), "cannot assign to struct field " + exprStr(z.expr) + " in map");
          return false;
        }
      }
      error(startPos(z.expr), "cannot assign to " + operandStr(z));
      return false;
    }
  }
  targetSpelling_ = declaredTypeSyntax(z.expr);
  assignment(x, z.type, "assignment");
  targetSpelling_ = nullptr;
  return x.mode != Mode::Invalid;
}

Type* Checker::lhsVar(ast::Expr* lhs) {
  Operand z;
  expr(z, lhs);
  return z.type;
}

void Checker::assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs) {
  std::vector<Operand> vals;
  bool commaOk;
  exprList(*this, rhs, lhs.size() == 2, vals, &commaOk);
  if (lhs.size() != vals.size()) {
    // use the lhs (gc 1.19's check.use: this marks the variables used)
    for (ast::Expr* l : lhs) {
      ast::Expr* u = unparen(l);
      if (u->kind == EK::Ident && static_cast<ast::Ident*>(u)->name == "_") continue;
      Operand z;
      rawExpr(z, l, nullptr);
    }
    for (Operand& v : vals)
      if (v.mode == Mode::Invalid) return;
    assignError(rhs, lhs.size(), vals.size());
    return;
  }
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); i++)
    if (!assignVar(lhs[i], vals[i], "assignment")) ok = false;
  if (commaOk) {
    recordCommaOk(rhs[0], vals[0].type);
    return;
  }
  // avoid follow-on "declared but not used" errors if any assignment failed
  if (!ok)
    for (ast::Expr* l : lhs) {
      ast::Expr* u = unparen(l);
      if (u->kind != EK::Ident) continue;
      Object* o = lookup(static_cast<ast::Ident*>(u)->name);
      if (o && o->kind == ObjKind::Var && o->pkg == pkg_) o->used = true;
    }
}

void Checker::shortVarDecl(ast::AssignStmt* s) {
  std::set<std::string> seen;
  std::vector<Object*> lhsVars(s->lhs.size(), nullptr);
  std::vector<Object*> newVars;
  s->isNew.assign(s->lhs.size(), false);
  bool hasErr = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    ast::Expr* l = s->lhs[i];
    if (l->kind != EK::Ident) {
      use(l);
      error(startPos(l), "non-name " + exprStr(l) + " on left side of :=");
      hasErr = true;
      continue;
    }
    auto* id = static_cast<ast::Ident*>(l);
    const std::string& name = id->name;
    if (name != "_") {
      if (seen.count(name)) {
        error(id->pos, name + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.insert(name);
    }
    if (Object* alt = scope_->lookupLocal(name)) {
      id->obj = alt;
      if (alt->kind == ObjKind::Var) {
        lhsVars[i] = alt;
      } else {
        error(id->pos, "cannot assign to " + name);
        hasErr = true;
      }
      continue;
    }
    Object* o = newVar(name, id->pos, nullptr);
    lhsVars[i] = o;
    if (name != "_") {
      newVars.push_back(o);
      s->isNew[i] = true;
      id->obj = o;
    } else {
      id->obj = nullptr;
    }
  }
  for (size_t i = 0; i < lhsVars.size(); i++)
    if (!lhsVars[i]) lhsVars[i] = newVar("_", s->lhs[i]->pos, nullptr);
  // assignment to existing variables is not a use of them
  std::vector<std::pair<Object*, bool>> usedState;
  for (size_t i = 0; i < lhsVars.size(); i++)
    if (!s->isNew[i]) usedState.push_back({lhsVars[i], lhsVars[i]->used});
  initVars(lhsVars, s->rhs, nullptr, "assignment");
  for (size_t i = 0; i < lhsVars.size(); i++) {
    ast::Expr* l = s->lhs[i];
    if (l->kind == EK::Ident) recordFinal(l, Mode::Variable, lhsVars[i]->type, ast::ConstValue{});
  }
  if (newVars.empty() && !hasErr) {
    error(assignOpPos(s), "no new variables on left side of :=", true);
    return;
  }
  for (Object* o : newVars) scope_->names[o->name] = o;
}

void Checker::incDec(ast::IncDecStmt* s) {
  Operand x;
  expr(x, s->x);
  if (x.mode == Mode::Invalid) return;
  if (!types::isNumeric(x.type)) {
    const char* op = s->tok == Tok::Inc ? "++" : "--";
    error(startPos(s->x), "invalid operation: " + exprStr(s->x) + op + " (non-numeric type " + typeStr(x.type) + ")");
    return;
  }
  assignVar(s->x, x, "assignment");
}

static Tok binOpOf(Tok t) {
  switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::None;
  }
}

void Checker::opAssign(ast::AssignStmt* s) {
  Tok op = binOpOf(s->tok);
  if (s->lhs.size() != 1 || s->rhs.size() != 1) {
    error(startPos(s->lhs.empty() ? nullptr : s->lhs[0]),
          "assignment operation " + tokString(s->tok) + " requires single-valued expressions");
    return;
  }
  Operand x;
  binary(x, nullptr, s->lhs[0], s->rhs[0], op, s->pos);
  assignVar(s->lhs[0], x, "assignment");
}

void Checker::suspendedCall(const char* keyword, ast::CallExpr* call, ast::Expr* raw) {
  if (!call) {
    if (raw) use(raw);
    return;
  }
  Operand x;
  rawExpr(x, call, nullptr);
  if (x.mode == Mode::Invalid) return;
  std::string msg;
  if (call->callKind == ast::CallExpr::CallKind::Conversion) msg = "requires function call, not conversion";
  else if (call->callKind == ast::CallExpr::CallKind::Builtin) {
    switch (Builtin(call->builtinId)) {
      case Builtin::Append: case Builtin::Cap: case Builtin::Len: case Builtin::Make: case Builtin::New:
      case Builtin::Max: case Builtin::Min: case Builtin::Complex: case Builtin::Real: case Builtin::Imag:
        msg = "discards result of";
        break;
      default:
        break;
    }
  }
  if (!msg.empty()) error(startPos(call), std::string(keyword) + " " + msg + " " + operandStr(x));
}

void Checker::returnStmt(ast::ReturnStmt* s) {
  const auto& res = fctx_->results;
  if (s->results.empty() && !res.empty() && fctx_->namedResults) {
    for (Object* o : res) {
      if (o->name.empty() || o->name == "_") continue;
      Object* alt = lookup(o->name);
      if (alt && alt != o)
        error(s->pos, "result parameter " + o->name + " not in scope at return\n\t" + posString(alt->pos) +
                          ": inner declaration of var " + o->name + " " + typeStr(alt->type));
    }
    return;
  }
  if (!s->results.empty() || !res.empty()) {
    // result variables are not "used" by being assigned
    std::vector<Object*> lhs = res;
    std::vector<bool> used;
    for (Object* o : lhs) used.push_back(o->used);
    initVars(lhs, s->results, s, "return statement");
    for (size_t i = 0; i < lhs.size(); i++) lhs[i]->used = used[i];
  }
}

void Checker::ifStmt(unsigned ctxt, ast::IfStmt* s) {
  openScope();
  simpleStmt(s->init);
  Operand x;
  expr(x, s->cond);
  if (x.mode != Mode::Invalid && !types::isBoolean(x.type))
    error(startPos(s->cond), "non-boolean condition in if statement");
  stmt(ctxt, s->body);
  if (s->els) stmt(ctxt, s->els);
  closeScope();
}

void Checker::switchStmt(unsigned ctxt, ast::SwitchStmt* s) {
  ctxt |= kBreakOk;
  openScope();
  simpleStmt(s->init);
  Operand x;
  static ast::Ident* trueIdent = [] {
    auto* id = new ast::Ident;
    id->name = "true";
    return id;
  }();
  if (s->tag) {
    expr(x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (x.mode != Mode::Invalid && !types::comparable(x.type) && !types::hasNil(x.type)) {
      error(startPos(x.expr), "cannot switch on " + operandStr(x) + " (" + typeStr(x.type) + " is not comparable)");
      x.mode = Mode::Invalid;
    }
  } else {
    x.mode = Mode::Constant;
    x.type = types::Bool();
    x.val = constant::makeBool(true);
    x.expr = trueIdent;
  }
  std::vector<ast::CaseClause*> clauses;
  for (ast::Stmt* st : s->body->list)
    if (st->kind == SK::CaseClause) clauses.push_back(static_cast<ast::CaseClause*>(st));
  ast::CaseClause* firstDefault = nullptr;
  for (ast::CaseClause* cc : clauses) {
    if (cc->isDefault || cc->list.empty()) {
      if (firstDefault) error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else firstDefault = cc;
    }
  }
  struct Seen {
    ast::ConstValue v;
    Type* t;
    Pos pos;
  };
  std::vector<Seen> seen;
  s->body->scope = scope_;
  for (size_t i = 0; i < clauses.size(); i++) {
    ast::CaseClause* cc = clauses[i];
    unsigned inner = ctxt;
    if (i + 1 < clauses.size()) inner |= kFallthroughOk;
    else inner |= kFinalSwitchCase;
    for (ast::Expr* e : cc->list) {
      Operand v;
      expr(v, e);
      if (x.mode == Mode::Invalid || v.mode == Mode::Invalid) continue;
      convertUntyped(v, x.type);
      if (v.mode == Mode::Invalid) continue;
      Operand res = v;
      Operand xx = x;
      comparison(res, xx, Tok::Eql, nullptr);
      if (res.mode == Mode::Invalid) continue;
      if (v.mode != Mode::Constant) continue;
      // gc checks duplicates only among integer, float and string values
      if (v.val.k == ast::ConstValue::K::Bool) continue;
      bool dup = false;
      for (Seen& sv : seen) {
        if (sv.t != v.type || sv.v.k != v.val.k) continue;
        if (constant::compare(Tok::Eql, sv.v, v.val)) {
          error(startPos(v.expr), "duplicate case " + operandStr(v) + " in expression switch\n\t" + posString(sv.pos) +
                                      ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) seen.push_back({v.val, v.type, nodePos(v.expr)});
    }
    openScope(&cc->scope);
    stmtList(inner, cc->body);
    closeScope();
  }
  closeScope();
}

void Checker::typeSwitchStmt(unsigned ctxt, ast::TypeSwitchStmt* s) {
  ctxt |= kBreakOk | kInTypeSwitch;
  openScope();
  simpleStmt(s->init);
  ast::Ident* lhs = s->binding;
  if (lhs && lhs->name == "_") {
    error(lhs->pos, "no new variable on left side of :=", true);
    lhs = nullptr;
  }
  Operand x;
  expr(x, s->x);
  if (x.mode == Mode::Invalid) {
    // still check the clauses' bodies
  }
  bool sxValid = false;
  if (x.mode != Mode::Invalid) {
    if (types::isInterface(x.type)) sxValid = true;
    else error(startPos(x.expr), operandStr(x) + " is not an interface");
  }
  std::vector<ast::CaseClause*> clauses;
  for (ast::Stmt* st : s->body->list)
    if (st->kind == SK::CaseClause) clauses.push_back(static_cast<ast::CaseClause*>(st));
  ast::CaseClause* firstDefault = nullptr;
  for (ast::CaseClause* cc : clauses) {
    if (cc->isDefault || cc->list.empty()) {
      if (firstDefault) error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else firstDefault = cc;
    }
  }
  s->body->scope = scope_;
  std::vector<std::pair<Type*, ast::Expr*>> seen;  // null type: nil case
  std::vector<Object*> lhsVars;
  for (ast::CaseClause* cc : clauses) {
    Type* T = nullptr;
    for (ast::Expr* e : cc->list) {
      ast::Expr* ue = unparen(e);
      bool isNilCase = false;
      if (ue->kind == EK::Ident && static_cast<ast::Ident*>(ue)->name == "nil") {
        Object* o = lookup("nil");
        isNilCase = o && o->kind == ObjKind::Nil;
      }
      if (isNilCase) {
        T = nullptr;
        Operand d;
        expr(d, e);
        recordFinal(e, Mode::Value, x.mode != Mode::Invalid ? x.type : types::UntypedNil(), ast::ConstValue{});
      } else {
        T = varType(e);
        if (T->kind == Kind::Invalid && !T->isNamed()) continue;
      }
      bool dup = false;
      for (auto& [t, other] : seen) {
        if (t == T) {
          error(startPos(e), "duplicate case " + (T ? typeStr(T) : std::string("nil")) + " in type switch\n\t" +
                                 posString(startPos(other)) + ": previous case");
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.push_back({T, e});
      if (sxValid && T) {
        std::string cause;
        if (!typeAssertionOk(x, T, e, &cause))
          error(startPos(e), "impossible type switch case: " + exprStr(e) + "\n\t" + operandStr(x) +
                                 " cannot have dynamic type " + typeStr(T) + " " + cause);
      }
    }
    openScope(&cc->scope);
    if (lhs) {
      Type* vt = T;
      // types2: a single case type that is invalid gives an invalid variable
      // (no follow-on errors in the clause)
      if (cc->list.size() != 1 || !T) vt = sxValid ? x.type : types::Invalid();
      Object* o = newVar(lhs->name, lhs->pos, vt);
      scope_->names[lhs->name] = o;
      cc->implicitObj = o;
      lhsVars.push_back(o);
    }
    stmtList(ctxt, cc->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Object* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;
    }
    if (!used) error(lhs->pos, lhs->name + " declared but not used", true);
  }
  closeScope();
}

void Checker::selectStmt(unsigned ctxt, ast::SelectStmt* s) {
  ctxt |= kBreakOk;
  std::vector<ast::CommClause*> clauses;
  for (ast::Stmt* st : s->body->list)
    if (st->kind == SK::CommClause) clauses.push_back(static_cast<ast::CommClause*>(st));
  ast::CommClause* firstDefault = nullptr;
  for (ast::CommClause* cc : clauses) {
    if (!cc->comm) {
      if (firstDefault) error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
      else firstDefault = cc;
    }
  }
  s->body->scope = scope_;
  for (ast::CommClause* cc : clauses) {
    bool valid = false;
    ast::Expr* rhs = nullptr;
    if (!cc->comm || cc->comm->kind == SK::Send) {
      valid = true;
    } else if (cc->comm->kind == SK::Assign) {
      auto* as = static_cast<ast::AssignStmt*>(cc->comm);
      if (as->rhs.size() == 1) rhs = as->rhs[0];
    } else if (cc->comm->kind == SK::Expr) {
      rhs = static_cast<ast::ExprStmt*>(cc->comm)->x;
    }
    if (rhs) {
      ast::Expr* u = unparen(rhs);
      if (u->kind == EK::Unary && static_cast<ast::UnaryExpr*>(u)->op == Tok::Arrow) valid = true;
    }
    if (!valid) continue;  // (the parser reported it: "select case must be send or receive ...")
    openScope(&cc->scope);
    if (cc->comm) stmt(ctxt, cc->comm);
    stmtList(ctxt, cc->body);
    closeScope();
  }
}

void Checker::forStmt(unsigned ctxt, ast::ForStmt* s) {
  ctxt |= kBreakOk | kContinueOk;
  openScope();
  simpleStmt(s->init);
  if (s->cond) {
    Operand x;
    expr(x, s->cond);
    if (x.mode != Mode::Invalid && !types::isBoolean(x.type))
      error(startPos(s->cond), "non-boolean condition in for statement");
  }
  simpleStmt(s->post);
  stmt(ctxt, s->body);
  closeScope();
}

void Checker::rangeStmt(unsigned ctxt, ast::RangeStmt* s) {
  ctxt |= kBreakOk | kContinueOk;
  Operand x;
  expr(x, s->x);
  Type* key = nullptr;
  Type* val = nullptr;
  if (x.mode != Mode::Invalid) {
    std::string cause;
    Type* u = x.type->underlying;
    if (u && u->kind == Kind::Pointer && u->elem->underlying && u->elem->underlying->kind == Kind::Array)
      u = u->elem->underlying;
    if (u) {
      switch (u->kind) {
        case Kind::String: case Kind::UntypedString:
          key = types::Int();
          val = types::Rune();
          break;
        case Kind::Array: case Kind::Slice:
          key = types::Int();
          val = u->elem;
          break;
        case Kind::Map:
          key = u->key;
          val = u->elem;
          break;
        case Kind::Chan:
          key = u->elem;
          val = types::Invalid();
          if (s->value) error(startPos(s->value), "range over " + operandStr(x) + " permits only one iteration variable", true);
          if (u->dir == ChanDir::Send) cause = "receive from send-only channel";
          break;
        default:
          break;
      }
    }
    if (!key || !cause.empty()) {
      if (cause.empty()) error(startPos(x.expr), "cannot range over " + operandStr(x), true);
      else error(startPos(x.expr), "cannot range over " + operandStr(x) + " (" + cause + ")", true);
    }
    if (types::isUntyped(x.type)) updateExprType(x.expr, types::defaultType(x.type), true);
  }
  openScope();
  ast::Expr* lhs[2] = {s->key, s->value};
  Type* rhs[2] = {key, val};
  if (s->tok == Tok::Define) {
    std::vector<Object*> vars;
    std::vector<ast::Ident*> varIds;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Object* obj;
      if (lhs[i]->kind == EK::Ident) {
        auto* id = static_cast<ast::Ident*>(lhs[i]);
        obj = newVar(id->name, id->pos, nullptr);
        if (id->name != "_") {
          vars.push_back(obj);
          varIds.push_back(id);
          id->obj = obj;
        }
      } else {
        error(startPos(lhs[i]), "cannot declare " + exprStr(lhs[i]));  // (types2's rangeStmt)
        obj = newVar("_", lhs[i]->pos, nullptr);
      }
      if (rhs[i] && !(rhs[i]->kind == Kind::Invalid && !rhs[i]->isNamed())) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        initVar(obj, v, "range clause");
      } else {
        obj->type = types::Invalid();
        obj->used = true;
      }
      recordFinal(lhs[i], Mode::Variable, obj->type, ast::ConstValue{});
    }
    if (!vars.empty()) {
      for (size_t i = 0; i < vars.size(); i++) declare(scope_, varIds[i], vars[i]);
    } else {
      error(s->pos, "no new variables on left side of :=");
    }
  } else if (s->tok == Tok::Assign) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      if (rhs[i] && !(rhs[i]->kind == Kind::Invalid && !rhs[i]->isNamed())) {
        Operand v;
        v.mode = Mode::Value;
        v.expr = lhs[i];
        v.type = rhs[i];
        assignVar(lhs[i], v, "range clause");
      } else {
        use(lhs[i]);
      }
    }
  }
  stmt(ctxt, s->body);
  closeScope();
}

void Checker::stmt(unsigned ctxt, ast::Stmt* s) {
  if (!s) return;
  unsigned inner = ctxt & ~unsigned(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case SK::Bad: case SK::Empty:
      break;
    case SK::Decl:
      declStmt(static_cast<ast::DeclStmt*>(s)->decl);
      break;
    case SK::Labeled:
      stmt(ctxt, static_cast<ast::LabeledStmt*>(s)->stmt);
      break;
    case SK::Expr: {
      auto* es = static_cast<ast::ExprStmt*>(s);
      Operand x;
      rawExpr(x, es->x, nullptr);
      std::string msg;
      switch (x.mode) {
        case Mode::Invalid:
          return;
        case Mode::Builtin:
          msg = "must be called";
          break;
        case Mode::TypeExpr:
          msg = "is not an expression";
          break;
        default: {
          ast::Expr* u = unparen(es->x);
          bool isStmt = false;
          if (u->kind == EK::Call) {
            auto* c = static_cast<ast::CallExpr*>(u);
            if (c->callKind == ast::CallExpr::CallKind::Normal) isStmt = true;
            else if (c->callKind == ast::CallExpr::CallKind::Builtin) {
              switch (Builtin(c->builtinId)) {
                case Builtin::Close: case Builtin::Copy: case Builtin::Delete: case Builtin::Panic:
                case Builtin::Print: case Builtin::Println: case Builtin::Recover:
                  isStmt = true;
                  break;
                default:
                  break;
              }
            }
          } else if (u->kind == EK::Unary && static_cast<ast::UnaryExpr*>(u)->op == Tok::Arrow) {
            isStmt = true;
          }
          if (isStmt) return;
          msg = "is not used";
        }
      }
      error(startPos(x.expr), operandStr(x) + " " + msg);
      break;
    }
    case SK::Send: {
      auto* ss = static_cast<ast::SendStmt*>(s);
      Operand ch, val;
      expr(ch, ss->chan);
      expr(val, ss->value);
      if (ch.mode == Mode::Invalid || val.mode == Mode::Invalid) return;
      Type* u = ch.type->underlying;
      if (!u || u->kind != Kind::Chan) {
        error(startPos(ss->chan), "invalid operation: cannot send to non-channel " + operandStr(ch));
        return;
      }
      if (u->dir == ChanDir::Recv) {
        error(startPos(ss->chan), "invalid operation: cannot send to receive-only channel " + operandStr(ch));
        return;
      }
      assignment(val, u->elem, "send");
      break;
    }
    case SK::IncDec:
      incDec(static_cast<ast::IncDecStmt*>(s));
      break;
    case SK::Assign: {
      auto* as = static_cast<ast::AssignStmt*>(s);
      if (as->tok == Tok::Assign) assignVars(as->lhs, as->rhs);
      else if (as->tok == Tok::Define) shortVarDecl(as);
      else opAssign(as);
      break;
    }
    case SK::Go: {
      auto* g = static_cast<ast::GoStmt*>(s);
      suspendedCall("go", g->call, nullptr);
      break;
    }
    case SK::Defer: {
      auto* d = static_cast<ast::DeferStmt*>(s);
      suspendedCall("defer", d->call, nullptr);
      break;
    }
    case SK::Return:
      returnStmt(static_cast<ast::ReturnStmt*>(s));
      break;
    case SK::Branch:
      break;  // checked by checkBranches
    case SK::Block: {
      auto* b = static_cast<ast::BlockStmt*>(s);
      openScope(&b->scope);
      stmtList(inner, b->list);
      closeScope();
      break;
    }
    case SK::If:
      ifStmt(inner, static_cast<ast::IfStmt*>(s));
      break;
    case SK::Switch:
      switchStmt(inner, static_cast<ast::SwitchStmt*>(s));
      break;
    case SK::TypeSwitch:
      typeSwitchStmt(inner, static_cast<ast::TypeSwitchStmt*>(s));
      break;
    case SK::Select:
      selectStmt(inner, static_cast<ast::SelectStmt*>(s));
      break;
    case SK::For:
      forStmt(inner, static_cast<ast::ForStmt*>(s));
      break;
    case SK::Range:
      rangeStmt(inner, static_cast<ast::RangeStmt*>(s));
      break;
    case SK::CaseClause: case SK::CommClause:
      error(s->pos, "unexpected case clause");
      break;
  }
}

// ---------------------------------------------------------------------------
// Go spec: Terminating statements (go/types return.go)

static bool isPanicCall(ast::Expr* e) {
  e = unparen(e);
  if (!e || e->kind != EK::Call) return false;
  auto* c = static_cast<ast::CallExpr*>(e);
  return c->callKind == ast::CallExpr::CallKind::Builtin && c->builtinId == int(Builtin::Panic);
}

bool Checker::isTerminating(ast::Stmt* s, const std::string& label) {
  if (!s) return false;
  switch (s->kind) {
    case SK::Labeled: {
      auto* l = static_cast<ast::LabeledStmt*>(s);
      return isTerminating(l->stmt, l->label->name);
    }
    case SK::Expr:
      return isPanicCall(static_cast<ast::ExprStmt*>(s)->x);
    case SK::Return:
      return true;
    case SK::Branch: {
      Tok t = static_cast<ast::BranchStmt*>(s)->tok;
      return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case SK::Block:
      return isTerminatingList(static_cast<ast::BlockStmt*>(s)->list, "");
    case SK::If: {
      auto* i = static_cast<ast::IfStmt*>(s);
      return i->els && isTerminating(i->body, "") && isTerminating(i->els, "");
    }
    case SK::Switch: case SK::TypeSwitch: {
      ast::BlockStmt* body = s->kind == SK::Switch ? static_cast<ast::SwitchStmt*>(s)->body
                                                   : static_cast<ast::TypeSwitchStmt*>(s)->body;
      bool hasDefault = false;
      for (ast::Stmt* st : body->list) {
        if (st->kind != SK::CaseClause) continue;
        auto* cc = static_cast<ast::CaseClause*>(st);
        if (cc->isDefault || cc->list.empty()) hasDefault = true;
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return hasDefault;
    }
    case SK::Select: {
      auto* sel = static_cast<ast::SelectStmt*>(s);
      for (ast::Stmt* st : sel->body->list) {
        if (st->kind != SK::CommClause) continue;
        auto* cc = static_cast<ast::CommClause*>(st);
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return true;
    }
    case SK::For: {
      auto* f = static_cast<ast::ForStmt*>(s);
      return !f->cond && !hasBreak(f->body, label, true);
    }
    default:
      return false;
  }
}

bool Checker::isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i-- > 0;)
    if (list[i]->kind != SK::Empty) return isTerminating(list[i], label);
  return false;
}

bool Checker::hasBreak(ast::Stmt* s, const std::string& label, bool implicit) {
  if (!s) return false;
  switch (s->kind) {
    case SK::Labeled:
      return hasBreak(static_cast<ast::LabeledStmt*>(s)->stmt, label, implicit);
    case SK::Branch: {
      auto* b = static_cast<ast::BranchStmt*>(s);
      if (b->tok == Tok::Break) {
        if (!b->label) return implicit;
        if (b->label->name == label) return true;
      }
      return false;
    }
    case SK::Block:
      return hasBreakList(static_cast<ast::BlockStmt*>(s)->list, label, implicit);
    case SK::If: {
      auto* i = static_cast<ast::IfStmt*>(s);
      return hasBreak(i->body, label, implicit) || (i->els && hasBreak(i->els, label, implicit));
    }
    case SK::CaseClause:
      return hasBreakList(static_cast<ast::CaseClause*>(s)->body, label, implicit);
    case SK::CommClause:
      return hasBreakList(static_cast<ast::CommClause*>(s)->body, label, implicit);
    case SK::Switch:
      return !label.empty() && hasBreak(static_cast<ast::SwitchStmt*>(s)->body, label, false);
    case SK::TypeSwitch:
      return !label.empty() && hasBreak(static_cast<ast::TypeSwitchStmt*>(s)->body, label, false);
    case SK::Select:
      return !label.empty() && hasBreak(static_cast<ast::SelectStmt*>(s)->body, label, false);
    case SK::For:
      return !label.empty() && hasBreak(static_cast<ast::ForStmt*>(s)->body, label, false);
    case SK::Range:
      return !label.empty() && hasBreak(static_cast<ast::RangeStmt*>(s)->body, label, false);
    default:
      return false;
  }
}

bool Checker::hasBreakList(const std::vector<ast::Stmt*>& list, const std::string& label, bool implicit) {
  for (ast::Stmt* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

}  // namespace goro::chk
