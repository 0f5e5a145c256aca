// vm/check_expr.cpp — expressions (go/types expr.go, operand.go,
// assignments.go): operands, untyped constants and their conversion by
// context, unary/binary/shift/comparison operators, assignability.
#include <algorithm>
#include <cmath>

#include "vm/check_internal.h"

namespace goro::chk {

using EK = ast::ExprKind;

// ---------------------------------------------------------------------------
// Recording types on the AST

void Checker::recordFinal(ast::Expr* e, Mode mode, Type* t, const ast::ConstValue& v) {
  if (!e) return;
  e->mode = mode;
  e->type = t;
  if (mode == Mode::Constant) e->cval = v;
}

void Checker::rememberUntyped(ast::Expr* e, bool lhs, Mode mode, Type* t, const ast::ConstValue& v) {
  UntypedInfo& u = untyped_[e];
  u.isLhs = lhs;
  u.mode = mode;
  u.type = t;
  u.val = v;
}

void Checker::record(Operand& x) {
  ast::Expr* e = x.expr;
  if (!e) return;
  if (x.mode == Mode::Invalid) {
    e->mode = Mode::Invalid;
    if (!e->type) e->type = types::Invalid();
    return;
  }
  e->mode = x.mode;
  e->type = x.type;
  if (x.mode == Mode::Constant) e->cval = x.val;
  if (x.type && types::isUntyped(x.type)) rememberUntyped(e, false, x.mode, x.type, x.val);
}

void Checker::updateExprVal(ast::Expr* e, const ast::ConstValue& v) {
  auto it = untyped_.find(e);
  if (it != untyped_.end()) it->second.val = v;
  if (e->mode == Mode::Constant) e->cval = v;
}

static bool isComparisonOp(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
         op == Tok::Geq;
}
static bool isShiftOp(Tok op) { return op == Tok::Shl || op == Tok::Shr; }

// go/types updateExprType: propagate the final type of an untyped expression
// to its untyped operands.
void Checker::updateExprType0(ast::Expr* parent, ast::Expr* e, Type* t, bool final) {
  auto it = untyped_.find(e);
  if (it == untyped_.end()) return;
  UntypedInfo old = it->second;
  switch (e->kind) {
    case EK::Paren:
      updateExprType0(e, static_cast<ast::ParenExpr*>(e)->x, t, final);
      break;
    case EK::Unary:
      if (old.mode != Mode::Constant) updateExprType0(e, static_cast<ast::UnaryExpr*>(e)->x, t, final);
      break;
    case EK::Binary: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      if (old.mode != Mode::Constant) {
        if (isComparisonOp(b->op)) {
          // result is untyped bool; operands have their own types
        } else if (isShiftOp(b->op)) {
          updateExprType0(e, b->x, t, final);
        } else {
          updateExprType0(e, b->x, t, final);
          updateExprType0(e, b->y, t, final);
        }
      }
      break;
    }
    default:
      break;
  }
  if (!final && types::isUntyped(t)) {
    it = untyped_.find(e);
    if (it != untyped_.end()) it->second.type = t;
    e->type = t;
    return;
  }
  untyped_.erase(e);
  if (old.isLhs) {
    // the lhs of a non-constant shift must end up an integer
    if (!types::isInteger(t)) {
      error(startPos(e), "invalid operation: " + exprStr(parent ? parent : e) + " (shift of type " + typeStr(t) + ")");
      return;
    }
  }
  ast::ConstValue v = old.val;
  if (old.mode == Mode::Constant) {
    // a constant must be representable in its final type
    Operand c;
    c.mode = old.mode;
    c.expr = e;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, t);
    if (c.mode == Mode::Invalid) return;
    v = c.val;
  }
  recordFinal(e, old.mode, t, v);
}

// Untyped expressions left at the end get their default type.
void Checker::finalizeUntyped() {
  std::vector<ast::Expr*> es;
  for (auto& [e, u] : untyped_) es.push_back(e);
  for (ast::Expr* e : es) {
    auto it = untyped_.find(e);
    if (it == untyped_.end()) continue;
    UntypedInfo u = it->second;
    untyped_.erase(it);
    Type* t = types::defaultType(u.type);
    ast::ConstValue v = u.val;
    if (u.mode == Mode::Constant && t != u.type) {
      ast::ConstValue r;
      bool trunc;
      if (constant::representable(u.val, t, &r, &trunc)) v = r;
    }
    recordFinal(e, u.mode, t, v);
  }
}

// ---------------------------------------------------------------------------
// Entry points

void Checker::rawExpr(Operand& x, ast::Expr* e, Type* hint, bool) {
  x = Operand{};
  exprInternal(x, e, hint);
  x.expr = e;
  record(x);
}

static void exclude(Checker& c, Operand& x, bool noValue, bool builtin, bool typexpr, bool typeOk) {
  const char* msg = nullptr;
  if (noValue && x.mode == Mode::NoValue) msg = typeOk ? "%s used as value or type" : "%s used as value";
  else if (builtin && x.mode == Mode::Builtin) msg = "%s must be called";
  else if (typexpr && x.mode == Mode::TypeExpr) msg = "%s is not an expression";
  if (!msg) return;
  std::string s = msg;
  s.replace(s.find("%s"), 2, c.operandStr(x));
  c.error(Checker::startPos(x.expr), s);
  x.mode = Mode::Invalid;
}

// A call of a declared function with named results: its result tuple as
// types2 prints it, names included ("(n int, err error)"); "" otherwise.
std::string Checker::namedResultsStr(const ast::Expr* e) const {
  e = unparen(const_cast<ast::Expr*>(e));
  if (!e || e->kind != EK::Call) return "";
  ast::Expr* fun = unparen(static_cast<const ast::CallExpr*>(e)->fun);
  Object* fn = nullptr;
  if (fun->kind == EK::Ident) fn = static_cast<ast::Ident*>(fun)->obj;
  else if (fun->kind == EK::Selector) fn = static_cast<ast::SelectorExpr*>(fun)->sel->obj;
  if (!fn || fn->kind != ObjKind::Func || !fn->decl || !fn->decl->sig || !fn->type) return "";
  ast::FieldList* res = fn->decl->sig->results;
  if (!res || res->list.empty() || res->list[0]->names.empty()) return "";
  std::string s = "(";
  size_t k = 0;
  for (ast::FieldDecl* f : res->list)
    for (ast::Ident* id : f->names) {
      if (k >= fn->type->results.size()) return "";
      if (k) s += ", ";
      s += id->name + " " + typeStr(fn->type->results[k++]);
    }
  return s + ")";
}

void Checker::singleValue(Operand& x) {
  if (x.mode == Mode::Value && x.type && x.type->kind == Kind::Tuple) {
    std::string named = namedResultsStr(x.expr);
    std::string xs = named.empty() ? operandStr(x) : exprStr(x.expr) + " (value of type " + named + ")";
    error(startPos(x.expr), "multiple-value " + xs + " in single-value context");
    x.mode = Mode::Invalid;
  }
}

void Checker::expr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(*this, x, true, true, true, false);
  singleValue(x);
}

void Checker::multiExpr(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(*this, x, true, true, true, false);
}

void Checker::exprWithHint(Operand& x, ast::Expr* e, Type* hint) {
  rawExpr(x, e, hint);
  exclude(*this, x, true, true, true, false);
  singleValue(x);
}

void Checker::exprOrType(Operand& x, ast::Expr* e) {
  rawExpr(x, e, nullptr);
  exclude(*this, x, true, false, false, true);
  singleValue(x);
}

void Checker::use(ast::Expr* e) {
  if (!e) return;
  Operand x;
  rawExpr(x, e, nullptr);
}

void Checker::useExprs(const std::vector<ast::Expr*>& es) {
  for (ast::Expr* e : es) use(e);
}

// The variable at the root of an addressable expression that does not go
// through a pointer (x, x.f, x[i] of an array x, (x)).
Object* Checker::rootVar(ast::Expr* e) {
  while (e) {
    switch (e->kind) {
      case EK::Paren: e = static_cast<ast::ParenExpr*>(e)->x; continue;
      case EK::Ident: {
        Object* o = static_cast<ast::Ident*>(e)->obj;
        return o && o->kind == ObjKind::Var ? o : nullptr;
      }
      case EK::Selector: {
        auto* s = static_cast<ast::SelectorExpr*>(e);
        if (s->selKind != ast::SelectorExpr::Sel::Field || s->indirect) return nullptr;
        e = s->x;
        continue;
      }
      case EK::Index: {
        auto* ix = static_cast<ast::IndexExpr*>(e);
        Type* t = ix->x->type;
        if (!t || !t->underlying || t->underlying->kind != Kind::Array) return nullptr;
        e = ix->x;
        continue;
      }
      default:
        return nullptr;
    }
  }
  return nullptr;
}

void Checker::markAddressed(ast::Expr* e) {
  if (Object* o = rootVar(e)) o->addressed = true;
}

// ---------------------------------------------------------------------------
// Literals

void Checker::basicLit(Operand& x, ast::BasicLit* e) {
  if (e->bad) {  // reported by the scanner (types2: BasicLit.Bad)
    x.mode = Mode::Invalid;
    x.type = types::Invalid();
    return;
  }
  switch (e->litKind) {
    case Tok::Int:
      x.mode = Mode::Constant;
      x.type = types::UntypedInt();
      if (e->intOverflow) {  // beyond 128 bits: exact up to 512 like gc
        if (!constant::parseIntLit(e->text, &x.val)) {
          error(e->pos, "integer constant overflow");
          x.mode = Mode::Invalid;
        }
        return;
      }
      x.val = constant::makeInt(e->intVal);
      return;
    case Tok::Char:
      x.mode = Mode::Constant;
      x.type = types::UntypedRune();
      x.val = constant::makeInt(e->intVal);
      return;
    case Tok::Float:
      x.mode = Mode::Constant;
      x.type = types::UntypedFloat();
      if (!constant::parseFloatLit(e->text, &x.val)) x.val = constant::makeFloat(e->floatVal);
      return;
    case Tok::String:
      x.mode = Mode::Constant;
      x.type = types::UntypedString();
      x.val = constant::makeString(e->strVal);
      return;
    case Tok::Imag:
      error(e->pos, "complex numbers are not supported");
      return;
    default:
      error(e->pos, "invalid literal " + e->text);
      return;
  }
}

void Checker::funcLit(Operand& x, ast::FuncLit* e) {
  FuncInfo fi;
  FuncCtx ctx;
  ctx.outer = fctx_;
  ctx.decl = fctx_ ? fctx_->decl : nullptr;
  ctx.lit = e;
  FuncCtx* saved = fctx_;
  fctx_ = &ctx;
  Type* sig = funcType(e->sig, nullptr, &fi);
  recordFinal(e->sig, Mode::TypeExpr, sig, ast::ConstValue{});
  ctx.sig = sig;
  ctx.results = fi.results;
  ctx.namedResults = fi.namedResults;
  ctx.scope = fi.scope;
  if (e->body) {
    Scope* sScope = scope_;
    scope_ = fi.scope;
    e->body->scope = fi.scope;
    bool sHasIota = hasIota_;
    hasIota_ = false;
    stmtList(0, e->body->list);
    hasIota_ = sHasIota;
    if (!sig->results.empty() && !isTerminatingList(e->body->list, ""))
      error(e->body->rbrace, "missing return");
    usage(fi.scope);
    scope_ = sScope;
  }
  fctx_ = saved;
  x.mode = Mode::Value;
  x.type = sig;
}

// ---------------------------------------------------------------------------
// exprInternal

void Checker::exprInternal(Operand& x, ast::Expr* e, Type* hint) {
  x.mode = Mode::Invalid;
  x.type = types::Invalid();
  x.expr = e;
  switch (e->kind) {
    case EK::Bad:
      return;
    case EK::Ident:
      ident(x, static_cast<ast::Ident*>(e), nullptr, false);
      return;
    case EK::BasicLit:
      basicLit(x, static_cast<ast::BasicLit*>(e));
      return;
    case EK::FuncLit:
      funcLit(x, static_cast<ast::FuncLit*>(e));
      return;
    case EK::CompositeLit:
      compositeLit(x, static_cast<ast::CompositeLit*>(e), hint);
      return;
    case EK::Paren: {
      Operand y;
      rawExpr(y, static_cast<ast::ParenExpr*>(e)->x, nullptr);
      x = y;
      x.expr = e;
      return;
    }
    case EK::Selector:
      selector(x, static_cast<ast::SelectorExpr*>(e));
      return;
    case EK::Index:
      indexExpr(x, static_cast<ast::IndexExpr*>(e));
      return;
    case EK::Slice:
      sliceExpr(x, static_cast<ast::SliceExpr*>(e));
      return;
    case EK::TypeAssert: {
      auto* ta = static_cast<ast::TypeAssertExpr*>(e);
      if (!ta->typeExpr) {
        error(startPos(e), "use of .(type) outside type switch");
        use(ta->x);
        return;
      }
      typeAssertion(x, ta);
      return;
    }
    case EK::Call:
      callExpr(x, static_cast<ast::CallExpr*>(e));
      return;
    case EK::Star: {
      auto* s = static_cast<ast::StarExpr*>(e);
      Operand y;
      exprOrType(y, s->x);
      switch (y.mode) {
        case Mode::Invalid:
          return;
        case Mode::TypeExpr:
          x.mode = Mode::TypeExpr;
          x.type = newPointer(y.type);
          return;
        default:
          if (y.isNil() || !y.type->underlying || y.type->underlying->kind != Kind::Pointer) {
            if (y.type->kind != Kind::Invalid)
              error(startPos(y.expr), "invalid operation: cannot indirect " + operandStr(y));
            return;
          }
          x.mode = Mode::Variable;
          x.type = y.type->underlying->elem;
          return;
      }
    }
    case EK::Unary:
      unary(x, static_cast<ast::UnaryExpr*>(e));
      return;
    case EK::Binary: {
      auto* b = static_cast<ast::BinaryExpr*>(e);
      binary(x, e, b->x, b->y, b->op, b->pos);
      return;
    }
    case EK::KeyValue:
      error(startPos(e), "unexpected key:value expression");
      return;
    case EK::ArrayType: case EK::StructType: case EK::FuncType: case EK::InterfaceType:
    case EK::MapType: case EK::ChanType:
      x.type = typExpr(e);
      x.mode = Mode::TypeExpr;
      return;
    case EK::Ellipsis:
      error(e->pos, "invalid use of ...");
      return;
  }
}

// ---------------------------------------------------------------------------
// Operators

static bool allNumeric(const Type* t) { return types::isNumeric(t); }
static bool allInteger(const Type* t) { return types::isInteger(t); }
static bool allBoolean(const Type* t) { return types::isBoolean(t); }
static bool allString(const Type* t) { return types::isString(t); }

bool Checker::opPredicate(Operand& x, Tok op, bool binaryOp) {
  bool ok = true;
  switch (op) {
    case Tok::Add:
      ok = binaryOp ? (allNumeric(x.type) || allString(x.type)) : allNumeric(x.type);
      break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo:
      ok = allNumeric(x.type);
      break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::AndNot:
      ok = allInteger(x.type);
      break;
    case Tok::Xor:
      ok = allInteger(x.type);
      break;
    case Tok::LAnd: case Tok::LOr: case Tok::Not:
      ok = allBoolean(x.type);
      break;
    default:
      ok = false;
  }
  if (!ok) {
    error(startPos(x.expr), "invalid operation: operator " + tokString(op) + " not defined on " + operandStr(x));
    return false;
  }
  return true;
}

void Checker::unary(Operand& x, ast::UnaryExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) return;
  switch (e->op) {
    case Tok::Tilde:  // (the parser takes ~x as gc's does, for constraints)
      error(e->pos, "cannot use ~ outside of interface or type constraint");
      x.mode = Mode::Invalid;
      return;
    case Tok::Amp: {
      ast::Expr* inner = unparen(e->x);
      if (inner->kind != EK::CompositeLit && x.mode != Mode::Variable) {
        error(startPos(x.expr), "invalid operation: cannot take address of " + operandStr(x));
        x.mode = Mode::Invalid;
        return;
      }
      markAddressed(e->x);
      x.mode = Mode::Value;
      x.type = newPointer(x.type);
      return;
    }
    case Tok::Arrow: {
      Type* u = x.type->underlying;
      if (!u || u->kind != Kind::Chan) {
        error(startPos(x.expr), "invalid operation: cannot receive from non-channel " + operandStr(x));
        x.mode = Mode::Invalid;
        return;
      }
      if (u->dir == ChanDir::Send) {
        error(startPos(x.expr), "invalid operation: cannot receive from send-only channel " + operandStr(x));
        x.mode = Mode::Invalid;
        return;
      }
      x.mode = Mode::CommaOk;
      x.type = u->elem;
      hasCallOrRecv_ = true;
      return;
    }
    default:
      break;
  }
  if (!opPredicate(x, e->op, false)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant) {
    int usize = types::isUnsigned(x.type) ? int(x.type->size) : 0;
    ast::ConstValue r;
    if (!constant::unaryOp(e->op, x.val, usize, &r)) {
      // types2 opName: only ^ has a name among the unary operators
      error(e->pos, e->op == Tok::Xor ? "constant bitwise complement overflow" : "constant  overflow");
      x.mode = Mode::Invalid;
      return;
    }
    x.val = r;
    x.expr = e;
    overflow(x, e->pos);
    return;
  }
  x.mode = Mode::Value;
}

// Typed constants must stay representable; untyped ones bounded.
void Checker::overflow(Operand& x, Pos opPos) {
  if (types::isTyped(x.type)) {
    representable(x, x.type->underlying);
    return;
  }
  (void)opPos;
}

int Checker::representation(Operand& x, Type* t, ast::ConstValue* out) {
  bool trunc = false;
  if (!constant::representable(x.val, t, out, &trunc)) {
    if (types::isNumeric(x.type) && types::isNumeric(t)) {
      if (!types::isInteger(x.type) && types::isInteger(t)) return 1;
      return 2;
    }
    return 3;
  }
  return 0;
}

void Checker::invalidConversion(int code, Operand& x, Type* target) {
  std::string xs = operandStr(x), ts = typeStr(target);
  Pos p = startPos(x.expr);
  switch (code) {
    case 1: error(p, xs + " truncated to " + ts); break;
    case 2: error(p, xs + " overflows " + ts); break;
    default: error(p, "cannot convert " + xs + " to " + ts); break;
  }
}

void Checker::representable(Operand& x, Type* t) {
  ast::ConstValue v;
  int code = representation(x, t, &v);
  if (code) {
    invalidConversion(code, x, t);
    x.mode = Mode::Invalid;
    return;
  }
  x.val = v;
}

static int untypedRank(Kind k) {
  switch (k) {
    case Kind::UntypedInt: return 1;
    case Kind::UntypedRune: return 2;
    case Kind::UntypedFloat: return 3;
    default: return 0;
  }
}

// go/types implicitTypeAndValue: the type an untyped x takes in a context of
// type target; null (with *code) if impossible.
Type* Checker::implicitTypeAndValue(Operand& x, Type* target, int* code, ast::ConstValue* val) {
  *code = 0;
  val->k = ast::ConstValue::K::None;
  if (x.mode == Mode::Invalid || types::isTyped(x.type) || target->kind == Kind::Invalid) return x.type;
  if (types::isUntyped(target)) {
    // both untyped
    int a = untypedRank(x.type->kind), b = untypedRank(target->kind);
    if (a && b) return a > b ? x.type : target;
    if (x.type == target) return x.type;
    *code = 3;
    return nullptr;
  }
  Type* u = target->underlying;
  if (!u) {
    *code = 3;
    return nullptr;
  }
  if (types::isBasic(u) && u->kind != Kind::UnsafePointer) {
    if (x.mode == Mode::Constant) {
      ast::ConstValue v;
      int c = representation(x, u, &v);
      if (c) {
        *code = c;
        return nullptr;
      }
      *val = v;
      return target;
    }
    switch (x.type->kind) {
      case Kind::UntypedBool:
        if (!types::isBoolean(target)) break;
        return target;
      case Kind::UntypedInt: case Kind::UntypedRune: case Kind::UntypedFloat:
        if (!types::isNumeric(target)) break;
        return target;
      case Kind::UntypedString:
        if (!types::isString(target)) break;
        return target;
      case Kind::UntypedNil:
        if (!types::hasNil(target)) break;
        return types::UntypedNil();
      default:
        break;
    }
    *code = 3;
    return nullptr;
  }
  switch (u->kind) {
    case Kind::Interface:
      if (x.isNil()) return types::UntypedNil();
      if (!u->methods.empty()) {
        *code = 3;
        return nullptr;
      }
      return types::defaultType(x.type);
    case Kind::Pointer: case Kind::Func: case Kind::Slice: case Kind::Map: case Kind::Chan:
    case Kind::UnsafePointer:
      if (!x.isNil()) {
        *code = 3;
        return nullptr;
      }
      return types::UntypedNil();
    default:
      *code = 3;
      return nullptr;
  }
}

void Checker::convertUntyped(Operand& x, Type* target) {
  int code;
  ast::ConstValue v;
  Type* nt = implicitTypeAndValue(x, target, &code, &v);
  if (code) {
    Type* t = target->underlying ? target->underlying : target;  // types2: safeUnderlying
    invalidConversion(code, x, t);
    x.mode = Mode::Invalid;
    return;
  }
  if (v.k != ast::ConstValue::K::None) {
    x.val = v;
    updateExprVal(x.expr, v);
  }
  if (nt != x.type) {
    x.type = nt;
    updateExprType(x.expr, nt, false);
  }
  // nil keeps its untyped type in the checker but is materialised as the target
  if (x.isNil() && types::isTyped(target) && x.expr) updateExprType(x.expr, target, true);
}

void Checker::matchTypes(Operand& x, Operand& y) {
  auto canMix = [](Operand& a, Operand& b) {
    if ((types::isInterface(a.type) && !a.isNil()) || (types::isInterface(b.type) && !b.isNil())) return true;
    if (allBoolean(a.type) != allBoolean(b.type)) return false;
    if (allString(a.type) != allString(b.type)) return false;
    if (a.isNil() && !types::hasNil(b.type)) return false;
    if (b.isNil() && !types::hasNil(a.type)) return false;
    return true;
  };
  if (canMix(x, y)) {
    convertUntyped(x, y.type);
    if (x.mode == Mode::Invalid) return;
    convertUntyped(y, x.type);
    if (y.mode == Mode::Invalid) {
      x.mode = Mode::Invalid;
      return;
    }
  }
}

static std::string kindString(const Checker& c, const Type* t) {
  switch (t->underlying ? t->underlying->kind : Kind::Invalid) {
    case Kind::Array: return "array";
    case Kind::Slice: return "slice";
    case Kind::Struct: return "struct";
    case Kind::Pointer: return "pointer";
    case Kind::Func: return "func";
    case Kind::Interface: return "interface";
    case Kind::Map: return "map";
    case Kind::Chan: return "chan";
    default: return c.typeStr(t);
  }
}

static std::string incomparableCause(const Checker& c, const Type* t) {
  Kind k = t->underlying ? t->underlying->kind : Kind::Invalid;
  if (k == Kind::Slice || k == Kind::Func || k == Kind::Map) return kindString(c, t) + " can only be compared to nil";
  if (k == Kind::Struct) {
    for (const Field& f : t->underlying->fields)
      if (!types::comparable(f.type)) return "struct containing " + c.typeStr(f.type) + " cannot be compared";
  }
  if (k == Kind::Array) return c.typeStr(t->underlying) + " cannot be compared";
  return "";
}

bool Checker::assignableTo(Operand& x, Type* T, std::string* reason) {
  if (x.mode == Mode::Invalid || T->kind == Kind::Invalid) return true;
  Type* V = x.type;
  if (V == T) return true;
  if (types::isUntyped(V)) {
    int code;
    ast::ConstValue v;
    Operand tmp = x;
    size_t before = diags_.size();
    bool sAny = anyError_;
    Type* nt = implicitTypeAndValue(tmp, T, &code, &v);
    // implicitTypeAndValue never reports; keep the state regardless
    (void)before;
    anyError_ = sAny;
    return nt != nullptr;
  }
  Type* Vu = V->underlying;
  Type* Tu = T->underlying;
  if (!Vu || !Tu) return true;
  if (Vu == Tu && (!types::hasName(V) || !types::hasName(T))) return true;
  // types2: T a pointer to an interface gets the implements() explanation
  if (Tu->kind == Kind::Pointer && Tu->elem && Tu->elem->underlying &&
      Tu->elem->underlying->kind == Kind::Interface) {
    if (reason)
      *reason = typeStr(V) + " does not implement " + typeStr(T) + " (type " + typeStr(T) +
                " is pointer to interface, not interface)";
    return false;
  }
  if (Tu->kind == Kind::Interface) {
    MissingMethod mm;
    if (!implements(V, T, &mm)) {
      if (reason) *reason = typeStr(V) + " does not implement " + typeStr(T) + " " + missingMethodReason(V, T, mm);
      return false;
    }
    return true;
  }
  if (Vu->kind == Kind::Interface) {
    if (goro::implements(T, V, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (Vu->kind == Kind::Chan && Vu->dir == ChanDir::Both && Tu->kind == Kind::Chan && Vu->elem == Tu->elem)
    return !types::hasName(V) || !types::hasName(T);
  return false;
}

std::string Checker::missingMethodReason(Type* V, Type* T, const MissingMethod& mm) {
  std::string mname = mm.name + " method";
  // "have M(x int)": each signature with the parameter names of the method's
  // declaration (go/types prints the signature it recorded)
  auto sigOf = [&](Type* in, const std::string& name, Type* sig) {
    const ast::FuncType* ft = nullptr;
    if (in) {
      Selection sel = lookupFieldOrMethod(in, name);
      if (const Object* o = sel.kind == Selection::K::Method ? sel.obj : nullptr) {
        if (o->decl) ft = o->decl->sig;
        else if (o->typeSyntax && o->typeSyntax->kind == ast::ExprKind::FuncType)
          ft = static_cast<const ast::FuncType*>(o->typeSyntax);
      }
    }
    std::string s = sigWithNames(ft, sig);
    return s.empty() ? tp_.signature(sig) : s.substr(4);  // (without "func")
  };
  switch (mm.why) {
    case MissingMethod::Why::PtrRecv: return "(" + mname + " has pointer receiver)";
    case MissingMethod::Why::WrongType:
      return "(wrong type for " + mname + ")\n\t\thave " + mm.altName + sigOf(V, mm.altName, mm.have) +
             "\n\t\twant " + mm.name + sigOf(T, mm.name, mm.want);
    case MissingMethod::Why::WrongCase:
      return "(missing " + mname + ")\n\t\thave " + mm.altName + sigOf(V, mm.altName, mm.have) + "\n\t\twant " +
             mm.name + sigOf(T, mm.name, mm.want);
    default:
      if (V->underlying && !V->isNamed() && V->kind == Kind::Pointer && V->elem->underlying &&
          V->elem->underlying->kind == Kind::Interface)
        return "(type " + typeStr(V) + " is pointer to interface, not interface)";
      return "(missing " + mname + ")";
  }
}

std::string Checker::implementsError(Type* V, Type* T) {
  MissingMethod mm;
  if (goro::implements(V, T, &mm)) return "";
  return typeStr(V) + " does not implement " + typeStr(T) + " " + missingMethodReason(V, T, mm);
}

// go/types assignment: x is assigned to a variable of type T (null: blank `_`).
void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case Mode::Invalid:
      return;
    case Mode::Constant: case Mode::Variable: case Mode::MapIndex: case Mode::Value: case Mode::CommaOk:
      break;
    default:
      error(startPos(x.expr), "cannot assign " + operandStr(x) + " to " + (T ? typeStr(T) : "_") + " in " + context);
      x.mode = Mode::Invalid;
      return;
  }
  if (types::isUntyped(x.type)) {
    Type* target = T;
    if (x.isNil()) {
      if (!T) {
        error(startPos(x.expr), "use of untyped nil in " + context);
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!T || types::isInterface(T)) {
      target = types::defaultType(x.type);
    }
    int code;
    ast::ConstValue v;
    Type* nt = implicitTypeAndValue(x, target, &code, &v);
    if (!nt) {
      std::string ts = target == T ? typeStrAs(T, targetSpelling_ ? targetSpelling_ : argTypeSyntax()) : typeStr(target);
      std::string msg;
      if (x.isNil()) msg = "cannot use nil as " + ts + " value in " + context;
      else msg = "cannot use " + operandStr(x) + " as " + ts + " value in " + context;
      if (code == 1) msg += " (truncated)";
      else if (code == 2) msg += " (overflows)";
      error(startPos(x.expr), msg);
      x.mode = Mode::Invalid;
      return;
    }
    if (v.k != ast::ConstValue::K::None) {
      x.val = v;
      updateExprVal(x.expr, v);
    }
    if (nt != x.type) {
      x.type = nt;
      updateExprType(x.expr, nt, false);
    }
    if (x.isNil() && T && x.expr) updateExprType(x.expr, T, true);
    else if (x.expr && types::isTyped(x.type)) updateExprType(x.expr, x.type, true);
  }
  if (!T) return;
  std::string reason;
  if (!assignableTo(x, T, &reason)) {
    std::string xs = x.isNil() ? "nil" : operandStr(x);
    std::string ts = typeStrAs(T, targetSpelling_ ? targetSpelling_ : argTypeSyntax());
    if (!reason.empty())
      error(startPos(x.expr), "cannot use " + xs + " as type " + ts + " in " + context + ":\n\t" + reason);
    else
      error(startPos(x.expr), "cannot use " + xs + " as type " + ts + " in " + context);
    x.mode = Mode::Invalid;
  }
}

void Checker::binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op, Pos opPos) {
  Operand y;
  expr(x, lhs);
  expr(y, rhs);
  if (x.mode == Mode::Invalid) return;
  if (y.mode == Mode::Invalid) {
    x.mode = Mode::Invalid;
    x.expr = y.expr;
    return;
  }
  if (isShiftOp(op)) {
    shift(x, y, e, op);
    return;
  }
  matchTypes(x, y);
  if (x.mode == Mode::Invalid) return;
  if (isComparisonOp(op)) {
    comparison(x, y, op, e);
    return;
  }
  if (x.type != y.type) {
    if (x.type->kind != Kind::Invalid && y.type->kind != Kind::Invalid) {
      if (e)
        error(startPos(e), "invalid operation: " + exprStr(e) + " (mismatched types " + typeStr(x.type) + " and " +
                               typeStr(y.type) + ")");
      else
        error(startPos(x.expr), "invalid operation: " + exprStr(lhs) + " " + tokString(op) + "= " + exprStr(rhs) +
                                    " (mismatched types " + typeStr(x.type) + " and " + typeStr(y.type) + ")");
    }
    x.mode = Mode::Invalid;
    return;
  }
  if (!opPredicate(x, op, true)) {
    x.mode = Mode::Invalid;
    return;
  }
  if (op == Tok::Quo || op == Tok::Rem) {
    if ((x.mode == Mode::Constant || allInteger(x.type)) && y.mode == Mode::Constant && constant::isZero(y.val)) {
      error(startPos(y.expr), "invalid operation: division by zero");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    bool intDiv = types::isInteger(x.type);
    ast::ConstValue r;
    ast::ConstValue a = x.val, b = y.val;
    if (types::isFloat(x.type)) {
      a = constant::asFloat(a);
      b = constant::asFloat(b);
    }
    if (!constant::binaryOp(op, a, b, intDiv, &r)) {
      if (a.k == ast::ConstValue::K::Float || b.k == ast::ConstValue::K::Float ||
          (op == Tok::Quo && !intDiv)) {
        // go/constant's float result became infinite (Unknown)
        error(opPos, "constant result is not representable");
        x.mode = Mode::Invalid;
        return;
      }
      static const std::map<Tok, std::string> names = {
          {Tok::Add, "addition"}, {Tok::Sub, "subtraction"}, {Tok::Mul, "multiplication"}, {Tok::Xor, "bitwise XOR"}};
      auto it = names.find(op);
      error(opPos, "constant " + (it != names.end() ? it->second + " " : std::string()) + "overflow");
      x.mode = Mode::Invalid;
      return;
    }
    x.val = r;
    x.expr = e;
    overflow(x, opPos);
    return;
  }
  x.mode = Mode::Value;
}

void Checker::shift(Operand& x, Operand& y, ast::Expr* e, Tok op) {
  bool xIsInt = false;
  if (x.mode == Mode::Constant) {
    xIsInt = constant::isIntegral(x.val);
  }
  if (!(allInteger(x.type) || (types::isUntyped(x.type) && xIsInt))) {
    error(startPos(x.expr), "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  if (y.mode == Mode::Constant) {
    __int128 yi;
    bool yIsInt = constant::toInt(y.val, &yi);
    if (yIsInt && yi < 0) {
      error(startPos(y.expr), "invalid operation: negative shift count " + operandStr(y));
      x.mode = Mode::Invalid;
      return;
    }
    if (types::isUntyped(y.type)) {
      representable(y, types::Uint());
      if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        return;
      }
    } else if (!allInteger(y.type)) {
      error(startPos(y.expr), "invalid operation: shift count " + operandStr(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  } else {
    if (allInteger(y.type)) {
      // ok (signed counts allowed since Go 1.13)
    } else if (types::isUntyped(y.type)) {
      convertUntyped(y, types::Uint());
      if (y.mode == Mode::Invalid) {
        x.mode = Mode::Invalid;
        return;
      }
    } else {
      error(startPos(y.expr), "invalid operation: shift count " + operandStr(y) + " must be integer");
      x.mode = Mode::Invalid;
      return;
    }
  }
  if (x.mode == Mode::Constant) {
    if (y.mode == Mode::Constant) {
      __int128 s;
      constant::toInt(y.val, &s);
      if (s > 1023 - 1 + 52) {
        error(startPos(y.expr), "invalid operation: invalid shift count " + operandStr(y));
        x.mode = Mode::Invalid;
        return;
      }
      if (!types::isInteger(x.type)) x.type = types::UntypedInt();
      ast::ConstValue r;
      ast::ConstValue xv = x.val;
      bool exact = true;
      if (xv.k == ast::ConstValue::K::Float) xv = constant::asInt(xv, &exact);
      if (!exact && op == Tok::Shr) {
        // an integral float too large for 512 bits: shift it as a float
        xv = constant::asInt(constant::makeFloat(std::trunc(std::ldexp(x.val.f, -int(s)))), &exact);
        s = 0;
      }
      if (!exact || !constant::shift(op, xv, uint64_t(s), &r)) {
        error(e ? e->pos : startPos(x.expr), "constant shift overflow");
        x.mode = Mode::Invalid;
        return;
      }
      x.val = r;
      x.expr = e;
      overflow(x, e ? e->pos : Pos{});
      return;
    }
    if (types::isUntyped(x.type)) {
      // the lhs takes the type the shift expression gets from its context
      auto it = untyped_.find(x.expr);
      if (it != untyped_.end()) it->second.isLhs = true;
      x.mode = Mode::Value;
      return;
    }
  }
  if (!allInteger(x.type)) {
    error(startPos(x.expr), "invalid operation: shifted operand " + operandStr(x) + " must be integer");
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
}

void Checker::comparison(Operand& x, Operand& y, Tok op, ast::Expr* e) {
  Operand* errOp = &x;
  std::string cause;
  bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
  if (!ok) {
    errOp = &y;
    cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
  } else if (op == Tok::Eql || op == Tok::Neq) {
    if (x.isNil() || y.isNil()) {
      Type* t = x.isNil() ? y.type : x.type;
      if (!types::hasNil(t) || (x.isNil() && y.isNil())) {
        errOp = &y;
        ok = false;
      }
    } else if (!types::comparable(x.type)) {
      errOp = &x;
      cause = incomparableCause(*this, x.type);
      ok = false;
    } else if (!types::comparable(y.type)) {
      errOp = &y;
      cause = incomparableCause(*this, y.type);
      ok = false;
    }
  } else {
    if (!types::isOrdered(x.type)) {
      errOp = &x;
      ok = false;
    } else if (!types::isOrdered(y.type)) {
      errOp = &y;
      ok = false;
    }
  }
  if (!ok) {
    if (cause.empty()) cause = "operator " + tokString(op) + " not defined on " + kindString(*this, errOp->type);
    if (e && e->kind == EK::Binary && static_cast<ast::BinaryExpr*>(e)->x != x.expr) {
      // switch case comparison
    }
    if (e)
      error(startPos(errOp->expr), "invalid operation: " + exprStr(x.expr) + " " + tokString(op) + " " +
                                       exprStr(y.expr) + " (" + cause + ")");
    else
      error(startPos(x.expr), "invalid case " + exprStr(x.expr) + " in switch on " + exprStr(y.expr) + " (" + cause + ")");
    x.mode = Mode::Invalid;
    return;
  }
  if (x.mode == Mode::Constant && y.mode == Mode::Constant) {
    x.val = constant::makeBool(constant::compare(op, x.val, y.val));
  } else {
    x.mode = Mode::Value;
    if (x.isNil() && !y.isNil()) updateExprType(x.expr, y.type, true);
    else updateExprType(x.expr, types::defaultType(x.type), true);
    if (y.isNil() && !x.isNil()) updateExprType(y.expr, x.type, true);
    else updateExprType(y.expr, types::defaultType(y.type), true);
  }
  x.type = types::UntypedBool();
}

}  // namespace goro::chk
