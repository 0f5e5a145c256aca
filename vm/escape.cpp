// vm/escape.cpp — escape analysis: which local variables must live in the
// heap.
//
// A simplified, sound version of Go's (cmd/compile/internal/escape): a
// flow-insensitive points-to analysis over "locations":
//   - every local variable v: pts(v) = the locations whose address v's value
//     may hold (directly, or inside a struct/array it holds);
//   - for each parameter i of a top-level function: A_i, "what the caller's
//     argument points to", and C_i, "anything reachable from there through
//     one or more dereferences" (pts(param i) starts as {A_i}).
// Rules (field-insensitive):
//   &x            -> {x} (x is `addressed`)        x (a variable) -> pts(x)
//   *p, p.f via a pointer, s[i] of a slice         -> deref(pts(p))
//   x = v         -> pts(x) ⊇ pts(v), for x a local variable or a field or
//                    element of one (without a pointer indirection);
//   any other store (through a pointer, into a slice/map element, a global,
//   a channel send, an interface conversion, a bound method value, a
//   closure capture, a `defer`/`go` argument, an unknown callee's argument,
//   a variadic argument, append's elements) -> the value escapes.
// An escaping location makes everything its value reaches escape (the heap
// never points into a stack). `return v` marks v's locations escaping, or,
// for a parameter's A/C, records that the parameter flows to the result.
//
// A call of a statically known function applies the callee's summary per
// parameter: leaks (A escapes) -> the argument's locations escape;
// contentLeaks (C escapes) -> what they point to escapes; toResult -> the
// call's value may point to what the argument reaches. Summaries start
// optimistic (nothing escapes) and the whole program is re-walked until
// nothing changes, so recursion gets the least fixed point: a recursive
// function that passes pointers to its locals down keeps them on the stack.
//
// Loop depth (as in Go's escape analysis): a variable declared inside a loop
// body (or after a label that a goto jumps back to) is a new variable on
// each iteration, but it keeps one frame slot. If its address flows into a
// variable declared outside that loop, the pointer would outlive the
// iteration: such a variable escapes (one heap object per iteration).
//
// Variables captured by function literals are always boxed (escape), as are
// variables too large for a frame (decided by the compiler).
#include <algorithm>
#include <map>

#include "vm/compile_internal.h"

namespace goro::cg {

using ast::ExprKind;
using ast::StmtKind;
using ast::Tok;

namespace {

using Set = std::vector<int>;  // sorted location ids

void addAll(Set& dst, const Set& src, bool* changed = nullptr) {
  for (int x : src) {
    auto it = std::lower_bound(dst.begin(), dst.end(), x);
    if (it == dst.end() || *it != x) {
      dst.insert(it, x);
      if (changed) *changed = true;
    }
  }
}

struct Loc {
  Object* var = nullptr;                 // a variable, or
  const ast::FuncDecl* fn = nullptr;     // a parameter location of fn
  int param = -1;
  bool content = false;                  // C_i (else A_i)
};

class Escape {
 public:
  EscapeResult& out;
  explicit Escape(EscapeResult& o) : out(o) {}

  std::vector<Loc> locs;
  std::vector<Set> pts;  // per location (variables only)
  std::unordered_map<const Object*, int> varLoc;
  std::map<std::tuple<const ast::FuncDecl*, int, bool>, int> paramLoc;
  std::unordered_map<const Object*, const void*> declCtx;  // FuncDecl* or FuncLit*
  std::unordered_map<const Object*, const ast::FuncDecl*> funcDecl;  // Func object -> decl
  bool changed = false;

  // current function context
  std::vector<const void*> ctxStack;  // FuncDecl* then FuncLit*s
  std::vector<const ast::FuncLit*> litStack;
  const ast::FuncDecl* curDecl = nullptr;
  std::vector<const Type*> resultTypes;  // signature of each function being walked
  std::unordered_map<const ast::FuncDecl*, std::vector<Object*>> paramObjs;
  // loop depth of the statement being walked, and of each variable's declaration
  int loopDepth = 0;
  std::unordered_map<const Object*, int> depthOf;
  std::vector<std::vector<std::string>> gotoLabels;  // per function being walked

  int locOf(Object* v) {
    auto it = varLoc.find(v);
    if (it != varLoc.end()) return it->second;
    int id = int(locs.size());
    Loc l;
    l.var = v;
    locs.push_back(l);
    pts.emplace_back();
    varLoc[v] = id;
    return id;
  }
  int paramLocOf(const ast::FuncDecl* fn, int i, bool content) {
    auto key = std::make_tuple(fn, i, content);
    auto it = paramLoc.find(key);
    if (it != paramLoc.end()) return it->second;
    int id = int(locs.size());
    Loc l;
    l.fn = fn;
    l.param = i;
    l.content = content;
    locs.push_back(l);
    pts.emplace_back();
    paramLoc[key] = id;
    return id;
  }
  ParamSummary& summary(const ast::FuncDecl* fn, int i) {
    auto& v = out.summaries[fn];
    if (v.size() <= size_t(i)) v.resize(size_t(i) + 1);
    return v[size_t(i)];
  }

  bool isLocal(const Object* v) const { return v && v->kind == ObjKind::Var && !v->isGlobal; }

  // ---- escaping
  void escapeLoc(int l) {
    Loc& L = locs[size_t(l)];
    if (L.var) {
      if (!L.var->escapes) {
        L.var->escapes = true;
        changed = true;
        escape(pts[size_t(l)]);
      }
      return;
    }
    ParamSummary& s = summary(L.fn, L.param);
    bool& f = L.content ? s.contentLeaks : s.leaks;
    if (!f) {
      f = true;
      changed = true;
    }
  }
  void escape(const Set& s) {
    Set copy = s;
    for (int l : copy) escapeLoc(l);
  }

  Set deref(const Set& s) {
    Set r;
    for (int l : s) {
      const Loc& L = locs[size_t(l)];
      if (L.var) addAll(r, pts[size_t(l)]);
      else addAll(r, Set{paramLocOf(L.fn, L.param, true)});
    }
    return r;
  }
  Set reach(const Set& s) {
    Set r = s;
    for (;;) {
      bool ch = false;
      addAll(r, deref(r), &ch);
      if (!ch) return r;
    }
  }

  void returned(const Set& s) {
    if (!litStack.empty() || !curDecl) {
      escape(s);
      return;
    }
    for (int l : s) {
      const Loc& L = locs[size_t(l)];
      if (!L.var && L.fn == curDecl) {
        ParamSummary& ps = summary(L.fn, L.param);
        if (!ps.toResult) {
          ps.toResult = true;
          changed = true;
        }
      } else {
        escapeLoc(l);
      }
    }
  }

  // ---- variables
  const void* curCtx() const { return ctxStack.empty() ? nullptr : ctxStack.back(); }

  void declare(Object* v) {
    if (!v || v->kind != ObjKind::Var || v->isGlobal) return;
    declCtx[v] = curCtx();
    depthOf[v] = loopDepth;
    locOf(v);
  }
  void declareIdent(ast::Expr* e) {
    e = unparen(e);
    if (e && e->kind == ExprKind::Ident) {
      auto* id = static_cast<ast::Ident*>(e);
      if (id->name != "_") declare(id->obj);
    }
  }

  // A use of variable v in the current context: captured by every literal
  // between here and its declaring function.
  void use(Object* v) {
    if (!isLocal(v)) return;
    auto it = declCtx.find(v);
    const void* dc;
    if (it != declCtx.end()) dc = it->second;
    else if (v->declFuncLit) dc = v->declFuncLit;
    else if (v->declFunc) dc = v->declFunc;
    else return;
    if (dc == curCtx()) return;
    if (!v->captured) {
      v->captured = true;
      changed = true;
    }
    escapeLoc(locOf(v));
    for (size_t i = ctxStack.size(); i-- > 0;) {
      if (ctxStack[i] == dc) break;
      auto* lit = static_cast<const ast::FuncLit*>(ctxStack[i]);
      auto& caps = out.captures[lit];
      if (std::find(caps.begin(), caps.end(), v) == caps.end()) {
        caps.push_back(v);
        changed = true;
      }
    }
  }

  Set varPts(Object* v) {
    if (!isLocal(v)) return {};
    use(v);
    return pts[size_t(locOf(v))];
  }

  void flowTo(Object* v, const Set& s) {
    if (!isLocal(v)) {
      escape(s);
      return;
    }
    use(v);
    int l = locOf(v);
    if (v->escapes) escape(s);
    // the address of a variable of an inner loop iteration kept in a
    // variable of an outer one
    auto dv = depthOf.find(v);
    int vd = dv == depthOf.end() ? 0 : dv->second;
    for (int x : s) {
      const Loc& L = locs[size_t(x)];
      if (!L.var) continue;
      auto dx = depthOf.find(L.var);
      if (dx != depthOf.end() && dx->second > vd) escapeLoc(x);
    }
    bool ch = false;
    addAll(pts[size_t(l)], s, &ch);
    if (ch) changed = true;
  }

  // The local variable whose own storage the lvalue e is (no pointer
  // indirection on the way), or null.
  Object* rootVar(ast::Expr* e) {
    e = unparen(e);
    switch (e->kind) {
      case ExprKind::Ident: {
        Object* o = static_cast<ast::Ident*>(e)->obj;
        return isLocal(o) ? o : nullptr;
      }
      case ExprKind::Selector: {
        auto* s = static_cast<ast::SelectorExpr*>(e);
        if (s->selKind != ast::SelectorExpr::Sel::Field) return nullptr;
        const Type* t = s->x->type;
        for (size_t i = 0; i < s->path.size(); i++) {
          if (!t || ukind(t) == Kind::Pointer) return nullptr;
          const Type* st = t->underlying;
          if (st->kind != Kind::Struct || size_t(s->path[i]) >= st->fields.size()) return nullptr;
          t = st->fields[size_t(s->path[i])].type;
        }
        return rootVar(s->x);
      }
      case ExprKind::Index: {
        auto* ix = static_cast<ast::IndexExpr*>(e);
        if (ix->x->type && ukind(ix->x->type) == Kind::Array) return rootVar(ix->x);
        return nullptr;
      }
      default:
        return nullptr;
    }
  }

  // ---- expressions
  // Walk a field path: value pts of the selected field, and the pts of its
  // address (addrFromRoot: the address is inside the root variable).
  void walkPath(ast::Expr* x, const std::vector<int>& path, size_t steps, Set& V, Set& A, bool& fromRoot) {
    const Type* t = x->type;
    V = val(x);
    fromRoot = true;
    A.clear();
    if (t && ukind(t) == Kind::Pointer) {
      fromRoot = false;
    }
    for (size_t i = 0; i < steps && t; i++) {
      if (ukind(t) == Kind::Pointer) {
        A = V;
        fromRoot = false;
        V = deref(V);
        t = t->underlying->elem;
      }
      const Type* st = t->underlying;
      if (st->kind != Kind::Struct || size_t(path[i]) >= st->fields.size()) break;
      t = st->fields[size_t(path[i])].type;
    }
  }

  Set fieldAddr(ast::SelectorExpr* s) {
    Set V, A;
    bool fromRoot;
    walkPath(s->x, s->path, s->path.size(), V, A, fromRoot);
    if (fromRoot) return addr(s->x);
    return A;
  }

  // Address of an addressable expression.
  Set addr(ast::Expr* e) {
    e = unparen(e);
    switch (e->kind) {
      case ExprKind::Ident: {
        Object* o = static_cast<ast::Ident*>(e)->obj;
        if (!isLocal(o)) return {};
        use(o);
        if (!o->addressed) {
          o->addressed = true;
          changed = true;
        }
        return Set{locOf(o)};
      }
      case ExprKind::Selector: {
        auto* s = static_cast<ast::SelectorExpr*>(e);
        if (s->selKind == ast::SelectorExpr::Sel::Field) return fieldAddr(s);
        val(e);
        return {};
      }
      case ExprKind::Index: {
        auto* ix = static_cast<ast::IndexExpr*>(e);
        val(ix->index);
        Kind k = ix->x->type ? ukind(ix->x->type) : Kind::Invalid;
        if (k == Kind::Array) return addr(ix->x);
        return val(ix->x);  // slice or pointer to array: the elements it points to
      }
      case ExprKind::Star:
        return val(static_cast<ast::StarExpr*>(e)->x);
      case ExprKind::CompositeLit:
        escape(val(e));
        return {};
      default:
        val(e);
        return {};
    }
  }

  Set call(ast::CallExpr* e) {
    using CK = ast::CallExpr::CallKind;
    if (e->callKind == CK::Conversion) {
      if (e->args.empty()) return {};
      Set v = val(e->args[0]);
      const Type* to = e->type;
      if (to && ukind(to) == Kind::Interface) {
        escape(v);
        return {};
      }
      if (to && (ukind(to) == Kind::String || (e->args[0]->type && ukind(e->args[0]->type) == Kind::String)))
        return {};
      return v;
    }
    if (e->callKind == CK::Builtin) return builtinCall(e);
    ast::Expr* fun = unparen(e->fun);
    const ast::FuncDecl* callee = nullptr;
    std::vector<Set> args;
    bool isMethod = false;
    ast::SelectorExpr* sel = nullptr;
    if (fun->kind == ExprKind::Selector) {
      sel = static_cast<ast::SelectorExpr*>(fun);
      if (sel->selKind == ast::SelectorExpr::Sel::Method) {
        isMethod = true;
        Set recv = receiverPts(sel);
        if (sel->ifaceMethod) {
          escape(recv);
        } else {
          auto it = funcDecl.find(sel->sel->obj);
          if (it != funcDecl.end()) callee = it->second;
          args.push_back(recv);
        }
      } else if (sel->selKind == ast::SelectorExpr::Sel::Qualified) {
        if (sel->sel->obj && sel->sel->obj->kind == ObjKind::Func) {
          auto it = funcDecl.find(sel->sel->obj);
          if (it != funcDecl.end()) callee = it->second;
        }
      } else {
        escape(val(fun));
      }
    } else if (fun->kind == ExprKind::Ident && static_cast<ast::Ident*>(fun)->obj &&
               static_cast<ast::Ident*>(fun)->obj->kind == ObjKind::Func) {
      auto it = funcDecl.find(static_cast<ast::Ident*>(fun)->obj);
      if (it != funcDecl.end()) callee = it->second;
    } else {
      escape(val(fun));  // a func value: its captures are boxed anyway
    }
    (void)isMethod;
    // arguments, one set per parameter position
    const Type* sig = fun->type ? fun->type->underlying : nullptr;
    bool isFunc = sig && sig->kind == Kind::Func;
    bool variadic = isFunc && sig->variadic;
    size_t nparams = isFunc ? sig->params.size() : e->args.size();
    size_t nfixed = variadic ? nparams - 1 : nparams;
    auto boxes = [&](size_t i, const Type* at) {
      return isFunc && i < sig->params.size() && ukind(sig->params[i]) == Kind::Interface && at &&
             ukind(at) != Kind::Interface;
    };
    if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == Kind::Tuple) {
      Set r = val(e->args[0]);
      const Type* tt = e->args[0]->type;
      for (size_t i = 0; i < tt->params.size(); i++) {
        if ((variadic && i >= nfixed) || boxes(i, tt->params[i])) escape(r);
        else if (i < nfixed) args.push_back(r);
      }
    } else {
      for (size_t i = 0; i < e->args.size(); i++) {
        Set a = val(e->args[i]);
        if (variadic && i >= nfixed && !e->hasEllipsis) {
          escape(a);  // packed into a new heap slice
          continue;
        }
        if (boxes(i, e->args[i]->type)) {
          escape(a);  // converted to an interface (boxed in the heap)
          args.push_back({});
          continue;
        }
        args.push_back(a);
      }
    }
    if (!callee || !callee->body) {
      for (auto& a : args) escape(a);
      return {};
    }
    Set result;
    for (size_t i = 0; i < args.size(); i++) {
      ParamSummary s = summary(callee, int(i));
      if (s.leaks) escape(args[i]);
      else if (s.contentLeaks) escape(deref(args[i]));
      if (s.toResult) addAll(result, reach(args[i]));
    }
    return result;
  }

  // The receiver argument of a method call/value.
  Set receiverPts(ast::SelectorExpr* sel) {
    Object* m = sel->sel->obj;
    bool wantPtr = m && m->recvType ? ukind(m->recvType) == Kind::Pointer : sel->recvPtr;
    Set V, A;
    bool fromRoot;
    walkPath(sel->x, sel->path, sel->path.size(), V, A, fromRoot);
    // type after the path
    const Type* t = sel->x->type;
    for (size_t i = 0; i < sel->path.size() && t; i++) {
      if (ukind(t) == Kind::Pointer) t = t->underlying->elem;
      const Type* st = t->underlying;
      if (st->kind != Kind::Struct || size_t(sel->path[i]) >= st->fields.size()) break;
      t = st->fields[size_t(sel->path[i])].type;
    }
    bool isPtr = t && ukind(t) == Kind::Pointer;
    if (sel->ifaceMethod) return V;
    if (wantPtr) {
      if (isPtr) return V;
      if (fromRoot) return addr(sel->x);
      return A;
    }
    if (isPtr) return deref(V);
    return V;
  }

  Set builtinCall(ast::CallExpr* e) {
    if (e->args.size() == 1 && e->args[0]->type && e->args[0]->type->kind == Kind::Tuple) {
      // copy(f()), append(f()), delete(f()), println(f()): the results are
      // the arguments; what they reach is treated as stored in the heap
      Set v = val(e->args[0]);
      escape(reach(v));
      return v;
    }
    switch (Builtin(e->builtinId)) {
      case Builtin::Append: {
        if (e->args.empty()) return {};
        Set s = val(e->args[0]);
        for (size_t i = 1; i < e->args.size(); i++) {
          Set v = val(e->args[i]);
          if (e->hasEllipsis) escape(deref(v));
          else escape(v);
        }
        return s;
      }
      case Builtin::Copy: {
        val(e->args[0]);
        escape(deref(val(e->args[1])));
        return {};
      }
      case Builtin::Panic:
      case Builtin::Print:
      case Builtin::Println:
        for (auto* a : e->args) {
          Set v = val(a);
          if (Builtin(e->builtinId) == Builtin::Panic) escape(v);
        }
        return {};
      case Builtin::Min:
      case Builtin::Max:
        for (auto* a : e->args) val(a);
        return {};
      case Builtin::Make:
      case Builtin::New:
        for (size_t i = 1; i < e->args.size(); i++) val(e->args[i]);
        return {};
      default:
        for (auto* a : e->args) val(a);
        return {};
    }
  }

  // Pointer-free values carry no locations.
  Set val(ast::Expr* e) {
    Set s = valRaw(e);
    if (!s.empty() && e->type && e->type->kind != Kind::Tuple && !mayHoldPointer(e->type)) return {};
    return s;
  }
  static bool mayHoldPointer(const Type* t) {
    for (bool b : regPtrMask(t))
      if (b) return true;
    return false;
  }

  Set valRaw(ast::Expr* e) {
    if (!e) return {};
    if (e->mode == ast::Mode::Constant || e->mode == ast::Mode::TypeExpr) return {};
    switch (e->kind) {
      case ExprKind::Paren:
        return val(static_cast<ast::ParenExpr*>(e)->x);
      case ExprKind::Ident: {
        Object* o = static_cast<ast::Ident*>(e)->obj;
        if (o && o->kind == ObjKind::Var) return varPts(o);
        return {};
      }
      case ExprKind::CompositeLit: {
        auto* cl = static_cast<ast::CompositeLit*>(e);
        Set s;
        Kind k = e->type ? ukind(e->type) : Kind::Invalid;
        const Type* u = e->type ? e->type->underlying : nullptr;
        size_t idx = 0;
        for (ast::Expr* el : cl->elts) {
          ast::Expr* v = el;
          const Type* ft = nullptr;
          if (el->kind == ExprKind::KeyValue) {
            auto* kv = static_cast<ast::KeyValueExpr*>(el);
            if (k == Kind::Map) escape(val(kv->key));
            else if (kv->key->kind != ExprKind::Ident || k != Kind::Struct) val(kv->key);
            if (k == Kind::Struct && kv->key->kind == ExprKind::Ident)
              for (const Field& f : u->fields)
                if (f.name == static_cast<ast::Ident*>(kv->key)->name) ft = f.type;
            v = kv->value;
          } else if (k == Kind::Struct && idx < u->fields.size()) {
            ft = u->fields[idx].type;
          }
          if (k == Kind::Array) ft = u->elem;
          idx++;
          Set sv = val(v);
          bool boxed = ft && ukind(ft) == Kind::Interface && v->type && ukind(v->type) != Kind::Interface;
          if ((k == Kind::Struct || k == Kind::Array) && !boxed) addAll(s, sv);
          else escape(sv);  // slice backing arrays, maps, &T{} objects, boxes live in the heap
        }
        if (k == Kind::Struct || k == Kind::Array) return s;
        return {};
      }
      case ExprKind::FuncLit:
        funcLit(static_cast<ast::FuncLit*>(e));
        return {};
      case ExprKind::Selector: {
        auto* s = static_cast<ast::SelectorExpr*>(e);
        switch (s->selKind) {
          case ast::SelectorExpr::Sel::Qualified:
            return {};
          case ast::SelectorExpr::Sel::Field: {
            Set V, A;
            bool fromRoot;
            walkPath(s->x, s->path, s->path.size(), V, A, fromRoot);
            // through a final pointer container: the field's value is in the pointee
            return V;
          }
          case ast::SelectorExpr::Sel::Method:
            escape(receiverPts(s));  // bound into a heap closure
            return {};
          default:
            return {};
        }
      }
      case ExprKind::Index: {
        auto* ix = static_cast<ast::IndexExpr*>(e);
        Kind k = ix->x->type ? ukind(ix->x->type) : Kind::Invalid;
        Set x = val(ix->x);
        Set i = val(ix->index);
        if (k == Kind::Map) {
          (void)i;
          return {};
        }
        if (k == Kind::Array) return x;
        if (k == Kind::String) return {};
        return deref(x);
      }
      case ExprKind::Slice: {
        auto* sl = static_cast<ast::SliceExpr*>(e);
        val(sl->lo);
        val(sl->hi);
        val(sl->max);
        Kind k = sl->x->type ? ukind(sl->x->type) : Kind::Invalid;
        if (k == Kind::Array) return addr(sl->x);
        if (k == Kind::String) {
          val(sl->x);
          return {};
        }
        return val(sl->x);
      }
      case ExprKind::TypeAssert: {
        val(static_cast<ast::TypeAssertExpr*>(e)->x);
        return {};
      }
      case ExprKind::Call:
        return call(static_cast<ast::CallExpr*>(e));
      case ExprKind::Star:
        return deref(val(static_cast<ast::StarExpr*>(e)->x));
      case ExprKind::Unary: {
        auto* u = static_cast<ast::UnaryExpr*>(e);
        if (u->op == Tok::Amp) {
          ast::Expr* x = unparen(u->x);
          if (x->kind == ExprKind::CompositeLit) {
            escape(val(x));  // &T{...} is a heap object
            return {};
          }
          return addr(x);
        }
        val(u->x);
        return {};
      }
      case ExprKind::Binary: {
        auto* b = static_cast<ast::BinaryExpr*>(e);
        val(b->x);
        val(b->y);
        // comparisons with an interface box the other side
        if (b->x->type && b->y->type && (ukind(b->x->type) == Kind::Interface) != (ukind(b->y->type) == Kind::Interface)) {
          // boxing copies the value; pointers in it escape
          escape(val(ukind(b->x->type) == Kind::Interface ? b->y : b->x));
        }
        return {};
      }
      case ExprKind::KeyValue: {
        auto* kv = static_cast<ast::KeyValueExpr*>(e);
        val(kv->key);
        return val(kv->value);
      }
      default:
        return {};
    }
  }

  // Assignment of value pts `v` (of type vt) to lhs.
  void assign(ast::Expr* lhs, const Set& v, const Type* vt) {
    lhs = unparen(lhs);
    if (!lhs) return;
    if (lhs->kind == ExprKind::Ident && static_cast<ast::Ident*>(lhs)->name == "_") return;
    bool boxing = lhs->type && ukind(lhs->type) == Kind::Interface && vt && ukind(vt) != Kind::Interface;
    if (boxing) {
      escape(v);
      walkLhs(lhs);
      return;
    }
    if (Object* root = rootVar(lhs)) {
      walkLhs(lhs);
      flowTo(root, v);
      return;
    }
    walkLhs(lhs);
    escape(v);
  }
  // Evaluate the operands of an lvalue (index expressions, pointers) for
  // their side effects.
  void walkLhs(ast::Expr* e) {
    e = unparen(e);
    switch (e->kind) {
      case ExprKind::Ident: {
        Object* o = static_cast<ast::Ident*>(e)->obj;
        if (o && o->kind == ObjKind::Var) use(o);
        return;
      }
      case ExprKind::Selector: {
        auto* s = static_cast<ast::SelectorExpr*>(e);
        if (s->selKind == ast::SelectorExpr::Sel::Field) {
          if (s->x->type && ukind(s->x->type) == Kind::Pointer) val(s->x);
          else walkLhs(s->x);
        }
        return;
      }
      case ExprKind::Index: {
        auto* ix = static_cast<ast::IndexExpr*>(e);
        Kind k = ix->x->type ? ukind(ix->x->type) : Kind::Invalid;
        if (k == Kind::Array) walkLhs(ix->x);
        else val(ix->x);
        Set key = val(ix->index);
        if (k == Kind::Map) escape(key);
        return;
      }
      case ExprKind::Star:
        val(static_cast<ast::StarExpr*>(e)->x);
        return;
      default:
        val(e);
    }
  }

  // ---- statements
  void stmts(const std::vector<ast::Stmt*>& l) {
    int depth = loopDepth;  // a looping label deepens the rest of its block
    for (auto* s : l) stmt(s);
    loopDepth = depth;
  }

  // Labels that some goto of the function names (a goto may jump backwards:
  // the label starts a loop).
  static void collectGotos(ast::Stmt* s, std::vector<std::string>& out) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Branch: {
        auto* b = static_cast<ast::BranchStmt*>(s);
        if (b->tok == Tok::Goto && b->label) out.push_back(b->label->name);
        return;
      }
      case StmtKind::Labeled: collectGotos(static_cast<ast::LabeledStmt*>(s)->stmt, out); return;
      case StmtKind::Block:
        for (auto* x : static_cast<ast::BlockStmt*>(s)->list) collectGotos(x, out);
        return;
      case StmtKind::If: {
        auto* x = static_cast<ast::IfStmt*>(s);
        collectGotos(x->body, out);
        collectGotos(x->els, out);
        return;
      }
      case StmtKind::CaseClause:
        for (auto* x : static_cast<ast::CaseClause*>(s)->body) collectGotos(x, out);
        return;
      case StmtKind::CommClause:
        for (auto* x : static_cast<ast::CommClause*>(s)->body) collectGotos(x, out);
        return;
      case StmtKind::Switch: collectGotos(static_cast<ast::SwitchStmt*>(s)->body, out); return;
      case StmtKind::TypeSwitch: collectGotos(static_cast<ast::TypeSwitchStmt*>(s)->body, out); return;
      case StmtKind::Select: collectGotos(static_cast<ast::SelectStmt*>(s)->body, out); return;
      case StmtKind::For: collectGotos(static_cast<ast::ForStmt*>(s)->body, out); return;
      case StmtKind::Range: collectGotos(static_cast<ast::RangeStmt*>(s)->body, out); return;
      default: return;
    }
  }
  void enterBody(ast::BlockStmt* body) {
    gotoLabels.emplace_back();
    if (body) collectGotos(body, gotoLabels.back());
  }

  void stmt(ast::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Decl: {
        auto* d = static_cast<ast::DeclStmt*>(s);
        if (!d->decl || d->decl->tok != Tok::Var) return;
        for (auto* vs : d->decl->values) {
          for (auto* id : vs->names) declareIdent(id);
          if (vs->values.size() == vs->names.size()) {
            for (size_t i = 0; i < vs->names.size(); i++)
              assign(vs->names[i], val(vs->values[i]), vs->values[i]->type);
          } else if (vs->values.size() == 1) {
            Set v = val(vs->values[0]);
            for (size_t i = 0; i < vs->names.size(); i++)
              assign(vs->names[i], v, tupleAt(vs->values[0]->type, i));
          }
        }
        return;
      }
      case StmtKind::Labeled: {
        auto* l = static_cast<ast::LabeledStmt*>(s);
        if (l->label && !gotoLabels.empty()) {
          const auto& g = gotoLabels.back();
          if (std::find(g.begin(), g.end(), l->label->name) != g.end()) loopDepth++;
        }
        stmt(l->stmt);
        return;
      }
      case StmtKind::Expr:
        val(static_cast<ast::ExprStmt*>(s)->x);
        return;
      case StmtKind::Send: {
        auto* ss = static_cast<ast::SendStmt*>(s);
        val(ss->chan);
        escape(val(ss->value));
        return;
      }
      case StmtKind::IncDec:
        walkLhs(static_cast<ast::IncDecStmt*>(s)->x);
        return;
      case StmtKind::Assign: {
        auto* a = static_cast<ast::AssignStmt*>(s);
        if (a->tok == Tok::Define) {
          for (size_t i = 0; i < a->lhs.size(); i++)
            if (i >= a->isNew.size() || a->isNew[i]) declareIdent(a->lhs[i]);
        }
        if (a->tok != Tok::Assign && a->tok != Tok::Define) {
          walkLhs(a->lhs[0]);
          val(a->rhs[0]);
          return;
        }
        if (a->lhs.size() == a->rhs.size()) {
          std::vector<Set> vs;
          for (auto* r : a->rhs) vs.push_back(val(r));
          for (size_t i = 0; i < a->lhs.size(); i++) assign(a->lhs[i], vs[i], a->rhs[i]->type);
        } else if (a->rhs.size() == 1) {
          // x, y = f(): the call's value set covers every result (what any
          // argument reaches may come back in any of them)
          Set v = val(a->rhs[0]);
          for (size_t i = 0; i < a->lhs.size(); i++) assign(a->lhs[i], v, tupleAt(a->rhs[0]->type, i));
        }
        return;
      }
      case StmtKind::Go:
      case StmtKind::Defer: {
        // the function value and the arguments are kept in the heap
        ast::CallExpr* c = s->kind == StmtKind::Go ? static_cast<ast::GoStmt*>(s)->call
                                                   : static_cast<ast::DeferStmt*>(s)->call;
        if (!c) return;
        ast::Expr* fun = unparen(c->fun);
        if (c->callKind == ast::CallExpr::CallKind::Normal) {
          if (fun->kind == ExprKind::Selector &&
              static_cast<ast::SelectorExpr*>(fun)->selKind == ast::SelectorExpr::Sel::Method)
            escape(receiverPts(static_cast<ast::SelectorExpr*>(fun)));
          else
            escape(val(fun));
        }
        for (auto* a : c->args) escape(val(a));
        return;
      }
      case StmtKind::Return: {
        auto* r = static_cast<ast::ReturnStmt*>(s);
        const Type* rt = resultTypes.empty() ? nullptr : resultTypes.back();
        for (size_t i = 0; i < r->results.size(); i++) {
          Set v = val(r->results[i]);
          const Type* want = rt && i < rt->results.size() && r->results.size() == rt->results.size() ? rt->results[i] : nullptr;
          const Type* have = r->results[i]->type;
          if (want && have && ukind(want) == Kind::Interface && ukind(have) != Kind::Interface) escape(v);
          else returned(v);
        }
        return;
      }
      case StmtKind::Block:
        stmts(static_cast<ast::BlockStmt*>(s)->list);
        return;
      case StmtKind::If: {
        auto* x = static_cast<ast::IfStmt*>(s);
        stmt(x->init);
        val(x->cond);
        stmt(x->body);
        stmt(x->els);
        return;
      }
      case StmtKind::CaseClause: {
        auto* cc = static_cast<ast::CaseClause*>(s);
        for (auto* e : cc->list) val(e);
        if (cc->implicitObj) declare(cc->implicitObj);
        stmts(cc->body);
        return;
      }
      case StmtKind::Switch: {
        auto* x = static_cast<ast::SwitchStmt*>(s);
        stmt(x->init);
        Set t = val(x->tag);
        if (x->tag && x->tag->type && ukind(x->tag->type) != Kind::Interface) {
          // compared with interface cases: boxed
          for (auto* st : x->body->list)
            for (auto* e : static_cast<ast::CaseClause*>(st)->list)
              if (e->type && ukind(e->type) == Kind::Interface) escape(t);
        }
        stmt(x->body);
        return;
      }
      case StmtKind::TypeSwitch: {
        auto* x = static_cast<ast::TypeSwitchStmt*>(s);
        stmt(x->init);
        val(x->x);
        stmt(x->body);
        return;
      }
      case StmtKind::CommClause: {
        auto* cc = static_cast<ast::CommClause*>(s);
        if (cc->comm) {
          if (cc->comm->kind == StmtKind::Assign) {
            auto* a = static_cast<ast::AssignStmt*>(cc->comm);
            if (a->tok == Tok::Define)
              for (auto* l : a->lhs) declareIdent(l);
            for (auto* r : a->rhs) val(r);
            for (auto* l : a->lhs) assign(l, {}, nullptr);
          } else {
            stmt(cc->comm);
          }
        }
        stmts(cc->body);
        return;
      }
      case StmtKind::Select:
        stmt(static_cast<ast::SelectStmt*>(s)->body);
        return;
      case StmtKind::For: {
        auto* x = static_cast<ast::ForStmt*>(s);
        stmt(x->init);  // one variable for the whole loop (Go 1.19)
        loopDepth++;
        val(x->cond);
        stmt(x->post);
        stmt(x->body);
        loopDepth--;
        return;
      }
      case StmtKind::Range: {
        auto* x = static_cast<ast::RangeStmt*>(s);
        if (x->tok == Tok::Define) {
          declareIdent(x->key);
          declareIdent(x->value);
        }
        Kind k = x->x->type ? ukind(x->x->type) : Kind::Invalid;
        Set v;
        if (k == Kind::Array) v = val(x->x);
        else if (k == Kind::Slice || k == Kind::Pointer) v = deref(val(x->x));
        else val(x->x);
        if (x->key) assign(x->key, {}, nullptr);
        if (x->value) assign(x->value, v, nullptr);
        loopDepth++;
        stmt(x->body);
        loopDepth--;
        return;
      }
      default:
        return;
    }
  }

  // ---- functions
  void declareFields(ast::FieldList* fl) {
    if (!fl) return;
    for (auto* f : fl->list)
      for (auto* id : f->names)
        if (id->name != "_") declare(id->obj);
  }

  void funcLit(ast::FuncLit* lit) {
    ctxStack.push_back(lit);
    litStack.push_back(lit);
    resultTypes.push_back(lit->type ? lit->type->underlying : nullptr);
    out.captures[lit];  // present even when empty
    int depth = loopDepth;
    enterBody(lit->body);
    if (lit->sig) {
      declareFields(lit->sig->params);
      declareFields(lit->sig->results);
    }
    if (lit->body) stmts(lit->body->list);
    // named results are returned by a bare return
    if (lit->sig && lit->sig->results)
      for (auto* f : lit->sig->results->list)
        for (auto* id : f->names)
          if (isLocal(id->obj)) escape(pts[size_t(locOf(id->obj))]);
    litStack.pop_back();
    ctxStack.pop_back();
    resultTypes.pop_back();
    gotoLabels.pop_back();
    loopDepth = depth;
  }

  void walkFuncDecl(ast::FuncDecl* fd) {
    if (!fd->body || fd->unreached) return;
    curDecl = fd;
    loopDepth = 0;
    enterBody(fd->body);
    ctxStack.push_back(fd);
    resultTypes.push_back(fd->obj && fd->obj->type ? fd->obj->type->underlying : nullptr);
    int i = 0;
    auto seed = [&](ast::FieldList* fl) {
      if (!fl) return;
      for (auto* f : fl->list) {
        if (f->names.empty()) {
          i++;
          continue;
        }
        for (auto* id : f->names) {
          if (id->obj && id->name != "_") {
            declare(id->obj);
            bool ch = false;
            addAll(pts[size_t(locOf(id->obj))], Set{paramLocOf(fd, i, false)}, &ch);
            if (ch) changed = true;
          }
          summary(fd, i);
          i++;
        }
      }
    };
    seed(fd->recv);
    if (fd->sig) {
      seed(fd->sig->params);
      declareFields(fd->sig->results);
    }
    stmts(fd->body->list);
    if (fd->sig && fd->sig->results)
      for (auto* f : fd->sig->results->list)
        for (auto* id : f->names)
          if (isLocal(id->obj)) returned(pts[size_t(locOf(id->obj))]);
    ctxStack.pop_back();
    resultTypes.pop_back();
    gotoLabels.pop_back();
    curDecl = nullptr;
  }

  void run(const std::vector<Package*>& pkgs) {
    // globals and the declaration map
    for (Package* p : pkgs) {
      for (auto& vi : p->varInits)
        for (Object* v : vi.lhs)
          if (v) v->isGlobal = true;
      if (p->scope)
        for (auto& [n, o] : p->scope->names)
          if (o->kind == ObjKind::Var) o->isGlobal = true;
      for (ast::File* f : p->files)
        for (ast::FuncDecl* fd : f->funcs)
          if (fd->obj) funcDecl[fd->obj] = fd;
    }
    for (int pass = 0; pass < 100; pass++) {
      changed = false;
      for (Package* p : pkgs) {
        for (ast::File* f : p->files)
          for (ast::FuncDecl* fd : f->funcs) walkFuncDecl(fd);
        // package initialisers: values stored in globals escape
        ctxStack.push_back(p);
        for (auto& vi : p->varInits)
          if (vi.rhs) escape(val(vi.rhs));
        ctxStack.pop_back();
      }
      // an escaped variable's contents escape (its pts may have grown)
      for (size_t l = 0; l < locs.size(); l++)
        if (locs[l].var && locs[l].var->escapes) escape(pts[l]);
      out.passes = pass + 1;
      if (!changed) break;
    }
  }
};

}  // namespace

void analyzeEscapes(const std::vector<Package*>& pkgs, EscapeResult& out) {
  Escape e(out);
  e.run(pkgs);
}

}  // namespace goro::cg
