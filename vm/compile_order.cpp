// vm/compile_order.cpp — the order in which a statement's operands are
// evaluated, as gc does it.
//
// Go's spec fixes only the order of the calls, method calls and channel
// receives of a statement (left to right); when the other operands are read
// relative to them is left to the implementation. gc (cmd/compile's order
// pass) evaluates the calls first, each into a temporary, and then the rest
// of the statement: variable reads, indexing with its bounds check, field
// loads, map reads, conversions, arithmetic, the assignment. So in
//     out = append(out, build(n-1))   // build appends to out
//     x := cnt + bump()               // bump changes cnt
//     a[i] = f()                      // f changes i, or i is out of range
// `out`, `cnt` and `i` are read after the call, and the index panic comes
// after f ran. Programs observe this, so goro does the same: before a
// statement is compiled, orderCalls compiles each call-like operand (a call
// of a function, method, closure or interface method with one result, a
// channel receive, len and cap, which gc also orders as calls) into a temp,
// innermost and leftmost first, and puts an identifier of the temp in its
// place in the tree; the statement then compiles as usual. The tree is put
// back when the statement is done (CallOrder's destructor).
//
// An && or || whose right side holds a call is evaluated whole in its turn
// (its right side runs only if the left says so, so its calls cannot go
// ahead of it); calls in its left side go first as any. Function literals'
// bodies are their own functions; calls with several results stand alone on
// a right-hand side. A call that is the whole right-hand side of an
// assignment to plain variables, or the whole statement or condition, stays
// where it is: it comes first anyway.
//
// Known difference left: gc checks the index of an array element being
// assigned in the assignment phase (after earlier targets of the same
// statement are assigned); goro checks it with the operands, so in
// `n, a[i] = f(), g()` with i out of range, n keeps its old value.
#include "vm/compile_internal.h"

namespace goro::cg {

using ast::ExprKind;
using ast::Tok;

CallOrder::~CallOrder() {
  for (auto it = replaced.rbegin(); it != replaced.rend(); ++it) *it->first = it->second;
  for (auto& o : objs) fc.vars.erase(o.get());
}

namespace {

bool orderedBuiltin(const ast::CallExpr* c) {
  return c->builtinId == int(Builtin::Len) || c->builtinId == int(Builtin::Cap);
}

}  // namespace

bool FuncCompiler::callLike(ast::Expr* e) {
  if (!e->type || e->mode == ast::Mode::Constant || e->mode == ast::Mode::NoValue ||
      e->type->kind == Kind::Tuple || slotsOf(e->type) > kBigTempSlots)
    return false;
  if (e->kind == ExprKind::Unary) return static_cast<ast::UnaryExpr*>(e)->op == Tok::Arrow;
  if (e->kind != ExprKind::Call) return false;
  auto* c = static_cast<ast::CallExpr*>(e);
  switch (c->callKind) {
    case ast::CallExpr::CallKind::Normal: return true;
    case ast::CallExpr::CallKind::Builtin: return orderedBuiltin(c);
    default: return false;
  }
}

void FuncCompiler::orderCalls(CallOrder& co, ast::Expr** pe, bool root) {
  ast::Expr* e = *pe;
  if (!e || e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr || e->mode == ast::Mode::Package)
    return;
  switch (e->kind) {
    case ExprKind::Paren:
      orderCalls(co, &static_cast<ast::ParenExpr*>(e)->x, root);
      return;
    case ExprKind::Selector:
      orderCalls(co, &static_cast<ast::SelectorExpr*>(e)->x, false);
      return;
    case ExprKind::Index: {
      auto* x = static_cast<ast::IndexExpr*>(e);
      orderCalls(co, &x->x, false);
      orderCalls(co, &x->index, false);
      return;
    }
    case ExprKind::Slice: {
      auto* x = static_cast<ast::SliceExpr*>(e);
      orderCalls(co, &x->x, false);
      orderCalls(co, &x->lo, false);
      orderCalls(co, &x->hi, false);
      orderCalls(co, &x->max, false);
      return;
    }
    case ExprKind::TypeAssert:
      orderCalls(co, &static_cast<ast::TypeAssertExpr*>(e)->x, false);
      return;
    case ExprKind::Star:
      orderCalls(co, &static_cast<ast::StarExpr*>(e)->x, false);
      return;
    case ExprKind::Binary: {
      auto* x = static_cast<ast::BinaryExpr*>(e);
      orderCalls(co, &x->x, false);
      if (x->op != Tok::LAnd && x->op != Tok::LOr) {
        orderCalls(co, &x->y, false);
        return;
      }
      // `a || g()`: g runs (or not) where the whole operation stands, so the
      // operation is evaluated in its turn, as a call is
      if (root || !hasCall(x->y)) return;
      hoist(co, pe);
      return;
    }
    case ExprKind::KeyValue: {
      auto* x = static_cast<ast::KeyValueExpr*>(e);
      orderCalls(co, &x->key, false);
      orderCalls(co, &x->value, false);
      return;
    }
    case ExprKind::CompositeLit:
      for (ast::Expr*& el : static_cast<ast::CompositeLit*>(e)->elts) orderCalls(co, &el, false);
      return;
    case ExprKind::Unary:
      orderCalls(co, &static_cast<ast::UnaryExpr*>(e)->x, false);
      break;
    case ExprKind::Call: {
      auto* c = static_cast<ast::CallExpr*>(e);
      if (c->callKind == ast::CallExpr::CallKind::Normal && c->fun->kind != ExprKind::FuncLit)
        orderCalls(co, &c->fun, false);
      for (ast::Expr*& a : c->args) orderCalls(co, &a, false);
      break;
    }
    default:
      return;
  }
  if (root || !callLike(e)) return;
  hoist(co, pe);
}

// *pe (a call, or an operation with calls) into a temp, and an identifier of
// the temp in its place.
void FuncCompiler::hoist(CallOrder& co, ast::Expr** pe) {
  ast::Expr* e = *pe;
  Type* t = P.defaultType(e->type);
  int slot = allocT(t);
  exprAs(e, t, slot);
  auto obj = std::make_unique<Object>();
  obj->kind = ObjKind::Var;
  obj->name = ".call";
  obj->type = t;
  VarLoc loc;
  loc.k = VarLoc::Reg;
  loc.slot = slot;
  vars[obj.get()] = loc;
  auto id = std::make_unique<ast::Ident>();
  id->pos = e->pos;
  id->name = obj->name;
  id->mode = ast::Mode::Value;
  id->type = t;
  id->obj = obj.get();
  co.replaced.push_back({pe, e});
  *pe = id.get();
  co.objs.push_back(std::move(obj));
  co.ids.push_back(std::move(id));
}

bool FuncCompiler::hasCall(ast::Expr* e) {
  if (!e || e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr) return false;
  if (callLike(e)) return true;
  switch (e->kind) {
    case ExprKind::Paren: return hasCall(static_cast<ast::ParenExpr*>(e)->x);
    case ExprKind::Selector: return hasCall(static_cast<ast::SelectorExpr*>(e)->x);
    case ExprKind::Index: {
      auto* x = static_cast<ast::IndexExpr*>(e);
      return hasCall(x->x) || hasCall(x->index);
    }
    case ExprKind::Slice: {
      auto* x = static_cast<ast::SliceExpr*>(e);
      return hasCall(x->x) || hasCall(x->lo) || hasCall(x->hi) || hasCall(x->max);
    }
    case ExprKind::TypeAssert: return hasCall(static_cast<ast::TypeAssertExpr*>(e)->x);
    case ExprKind::Star: return hasCall(static_cast<ast::StarExpr*>(e)->x);
    case ExprKind::Unary: return hasCall(static_cast<ast::UnaryExpr*>(e)->x);
    case ExprKind::Binary: {
      auto* x = static_cast<ast::BinaryExpr*>(e);
      return hasCall(x->x) || hasCall(x->y);
    }
    case ExprKind::KeyValue: {
      auto* x = static_cast<ast::KeyValueExpr*>(e);
      return hasCall(x->key) || hasCall(x->value);
    }
    case ExprKind::CompositeLit:
      for (ast::Expr* el : static_cast<ast::CompositeLit*>(e)->elts)
        if (hasCall(el)) return true;
      return false;
    case ExprKind::Call: {
      auto* c = static_cast<ast::CallExpr*>(e);  // (a conversion, or a builtin not ordered)
      for (ast::Expr* a : c->args)
        if (hasCall(a)) return true;
      return false;
    }
    default:
      return false;
  }
}

bool FuncCompiler::plainTarget(ast::Expr* lhs) {
  ast::Expr* u = unparen(lhs);
  return isBlank(u) || (u->kind == ExprKind::Ident && identObj(u));
}

}  // namespace goro::cg
