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
// The index check of an array element being assigned by a multi-assignment
// waits for the assignment phase, as in gc (LVal::Arr, compile_expr.cpp):
// in `n, a[i] = f(), g()` with i out of range, n is assigned, then a[i]
// panics. (A nested element, a[i][j], still checks the inner index i with
// the operands.)
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

bool skipped(const ast::Expr* e) {
  return !e || e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr || e->mode == ast::Mode::Package;
}

// Calls f on the position of each operand of e that is evaluated with it, in
// evaluation order (not function literals' bodies, not types). For && and ||
// the right operand is included: callers that must not reorder it check.
template <class F>
void operands(ast::Expr* e, F&& f) {
  switch (e->kind) {
    case ExprKind::Paren: f(&static_cast<ast::ParenExpr*>(e)->x); return;
    case ExprKind::Selector: f(&static_cast<ast::SelectorExpr*>(e)->x); return;
    case ExprKind::Index: {
      auto* x = static_cast<ast::IndexExpr*>(e);
      f(&x->x);
      f(&x->index);
      return;
    }
    case ExprKind::Slice: {
      auto* x = static_cast<ast::SliceExpr*>(e);
      f(&x->x);
      f(&x->lo);
      f(&x->hi);
      f(&x->max);
      return;
    }
    case ExprKind::TypeAssert: f(&static_cast<ast::TypeAssertExpr*>(e)->x); return;
    case ExprKind::Star: f(&static_cast<ast::StarExpr*>(e)->x); return;
    case ExprKind::Unary: f(&static_cast<ast::UnaryExpr*>(e)->x); return;
    case ExprKind::Binary: {
      auto* x = static_cast<ast::BinaryExpr*>(e);
      f(&x->x);
      f(&x->y);
      return;
    }
    case ExprKind::KeyValue: {
      auto* x = static_cast<ast::KeyValueExpr*>(e);
      f(&x->key);
      f(&x->value);
      return;
    }
    case ExprKind::CompositeLit:
      for (ast::Expr*& el : static_cast<ast::CompositeLit*>(e)->elts) f(&el);
      return;
    case ExprKind::Call: {
      auto* c = static_cast<ast::CallExpr*>(e);
      if (c->callKind == ast::CallExpr::CallKind::Normal && c->fun->kind != ExprKind::FuncLit) f(&c->fun);
      for (ast::Expr*& a : c->args) f(&a);
      return;
    }
    default:
      return;
  }
}

bool isAndOr(const ast::Expr* e) {
  if (e->kind != ExprKind::Binary) return false;
  Tok op = static_cast<const ast::BinaryExpr*>(e)->op;
  return op == Tok::LAnd || op == Tok::LOr;
}

// A call of a function, method or closure, or a channel receive: what can
// change the variables the rest of a statement reads.
bool realCall(const ast::Expr* e) {
  if (e->kind == ExprKind::Unary) return static_cast<const ast::UnaryExpr*>(e)->op == Tok::Arrow;
  return e->kind == ExprKind::Call &&
         static_cast<const ast::CallExpr*>(e)->callKind == ast::CallExpr::CallKind::Normal;
}

int realCalls(ast::Expr* e) {
  if (skipped(e)) return 0;
  int n = realCall(e) ? 1 : 0;
  operands(e, [&](ast::Expr** c) { n += realCalls(*c); });
  return n;
}

// gc's types.IsDirectIface: a value stored in an interface's data word itself.
bool directIface(const Type* t) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Pointer: case Kind::Chan: case Kind::Map: case Kind::Func: case Kind::UnsafePointer: return true;
    case Kind::Array: return u->len == 1 && directIface(u->elem);
    case Kind::Struct: return u->fields.size() == 1 && directIface(u->fields[0].type);
    default: return false;
  }
}

// gc's dataWordFuncName(t) needsaddr: converting a value of type t to an
// interface passes its address to the runtime (so gc's order pass copies the
// operand into a temp where it stands, unless it is addressable memory other
// than a local variable).
bool convNeedsAddr(const Type* t) {
  if (t->size == 2 && t->align == 2) return false;
  if ((t->size == 4 || t->size == 8) && t->align == t->size && !t->hasPointers()) return false;
  const Type* sc = t->underlying;  // SoleComponent
  for (;;) {
    if (sc->kind == Kind::Struct && sc->fields.size() == 1) sc = sc->fields[0].type->underlying;
    else if (sc->kind == Kind::Array && sc->len == 1) sc = sc->elem->underlying;
    else break;
  }
  return sc->kind != Kind::String && sc->kind != Kind::Slice;
}

}  // namespace

bool FuncCompiler::callLike(ast::Expr* e) {
  if (!e->type || e->mode == ast::Mode::Constant || e->mode == ast::Mode::NoValue || e->type->kind == Kind::Tuple ||
      slotsOf(e->type) > kBigTempSlots)
    return false;
  if (realCall(e)) return true;
  // what gc's order pass also copies into a temp where it stands: slicing,
  // a type assertion to a type not stored in the interface word itself,
  // copy/make/new/append, and string to []byte or []rune
  switch (e->kind) {
    case ExprKind::Slice: return true;
    case ExprKind::TypeAssert: return static_cast<ast::TypeAssertExpr*>(e)->typeExpr && !directIface(e->type);
    case ExprKind::Call: {
      auto* c = static_cast<ast::CallExpr*>(e);
      if (c->callKind == ast::CallExpr::CallKind::Builtin) {
        const int b = c->builtinId;
        return orderedBuiltin(c) || b == int(Builtin::Copy) || b == int(Builtin::Make) || b == int(Builtin::New) ||
               b == int(Builtin::Append);
      }
      if (c->callKind == ast::CallExpr::CallKind::Conversion && c->args.size() == 1 && c->args[0]->type) {
        const Type* to = e->type->underlying;
        return to->kind == Kind::Slice && c->args[0]->type->underlying->kind == Kind::String;
      }
      return false;
    }
    default:
      return false;
  }
}

// An argument converted to an interface parameter whose value gc's order
// pass copies where it stands (convNeedsAddr): a local variable or a value
// that is not addressable memory.
bool FuncCompiler::ifaceArgCopied(const ast::Expr* arg, const Type* param) {
  if (!param || !arg->type || arg->mode == ast::Mode::Constant || arg->mode == ast::Mode::NoValue ||
      arg->type->kind == Kind::Tuple || param->underlying->kind != Kind::Interface ||
      arg->type->underlying->kind == Kind::Interface || isUntyped(arg->type) || !convNeedsAddr(arg->type) ||
      slotsOf(arg->type) > kBigTempSlots)
    return false;
  const ast::Expr* u = unparen(const_cast<ast::Expr*>(arg));
  if (u->mode != ast::Mode::Variable) return true;
  if (u->kind != ExprKind::Ident) return false;
  const Object* o = static_cast<const ast::Ident*>(u)->obj;
  return o && o->kind == ObjKind::Var && !o->isGlobal;
}

bool FuncCompiler::hasCall(ast::Expr* e) {
  if (skipped(e)) return false;
  if (callLike(e)) return true;
  bool any = false;
  operands(e, [&](ast::Expr** c) { any = any || hasCall(*c); });
  return any;
}

void FuncCompiler::orderCalls(CallOrder& co, ast::Expr** pe, bool root) {
  ast::Expr* e = *pe;
  if (skipped(e)) return;
  if (isAndOr(e)) {
    // `a || g()`: g runs (or not) where the whole operation stands, so the
    // operation is evaluated in its turn, as a call is
    auto* x = static_cast<ast::BinaryExpr*>(e);
    orderCalls(co, &x->x, false);
    if (!root && hasCall(x->y)) hoist(co, pe);
    return;
  }
  if (e->kind == ExprKind::CompositeLit && e->type && ukind(e->type) == Kind::Map) {
    // gc makes a map literal's entries statements in its turn, `m[k] = v`
    // one after the other, each with its own calls (compile_lit.cpp)
    if (!root && hasCall(e)) hoist(co, pe);
    return;
  }
  if (e->kind == ExprKind::Call && static_cast<ast::CallExpr*>(e)->callKind == ast::CallExpr::CallKind::Normal) {
    // an argument converted to an interface parameter is copied in its turn
    auto* c = static_cast<ast::CallExpr*>(e);
    if (c->fun->kind != ExprKind::FuncLit) orderCalls(co, &c->fun, false);
    const Type* sig = c->fun->type ? c->fun->type->underlying : nullptr;
    if (sig && sig->kind != Kind::Func) sig = nullptr;
    for (size_t i = 0; i < c->args.size(); i++) {
      orderCalls(co, &c->args[i], false);
      const Type* param = nullptr;
      if (sig && !c->hasEllipsis) {
        if (sig->variadic && i + 1 >= sig->params.size()) param = sig->params.back()->underlying->elem;
        else if (i < sig->params.size()) param = sig->params[i];
      }
      if (param && ifaceArgCopied(c->args[i], param)) hoist(co, &c->args[i]);
    }
  } else {
    operands(e, [&](ast::Expr** c) { orderCalls(co, c, e->kind == ExprKind::Paren && root); });
  }
  if (root || !callLike(e)) return;
  hoist(co, pe);
}

void FuncCompiler::order(CallOrder& co, const std::vector<std::pair<ast::Expr**, bool>>& roots) {
  // Nothing to order unless a call would move ahead of something: one call
  // (or receive) that is not a root left in place.
  int calls = 0;
  for (auto& [pe, keep] : roots) {
    if (skipped(*pe)) continue;
    calls += realCalls(*pe);
    if (keep && realCall(unparen(*pe))) calls--;
  }
  if (calls <= 0) return;
  for (auto& [pe, keep] : roots) orderCalls(co, pe, keep);
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

bool FuncCompiler::plainTarget(ast::Expr* lhs) {
  ast::Expr* u = unparen(lhs);
  return isBlank(u) || (u->kind == ExprKind::Ident && identObj(u));
}

}  // namespace goro::cg
