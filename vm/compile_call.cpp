// vm/compile_call.cpp — calls (static, closure, method, interface), argument
// passing (multi-value forwarding, variadic packing), method values,
// defer/go, and the built-in functions.
//
// Go spec sections: Calls, Passing arguments to ... parameters, Method
// values, Method expressions, Defer statements, Go statements, Built-in
// functions (Length and capacity, Allocation, Making slices maps and
// channels, Appending to and copying slices, Deletion of map elements,
// Min and max, Handling panics, Bootstrapping).
#include "vm/compile_internal.h"

namespace goro::cg {

using ast::ExprKind;

static const Type* funcSig(const Type* t) {
  if (!t) return nullptr;
  const Type* u = t->underlying;
  return u->kind == Kind::Func ? u : nullptr;
}

int FuncCompiler::callSlots(const Type* sig, bool results) {
  int n = 0;
  if (!sig) return 0;
  for (Type* t : results ? sig->results : sig->params) n += slotsOf(t);
  return n;
}

// Is `fun` a statically known function (not a method)?
static Object* staticFunc(ast::Expr* fun) {
  fun = unparen(fun);
  if (fun->kind == ExprKind::Ident) {
    Object* o = static_cast<ast::Ident*>(fun)->obj;
    if (o && o->kind == ObjKind::Func && !o->recvType) return o;
  } else if (fun->kind == ExprKind::Selector) {
    auto* s = static_cast<ast::SelectorExpr*>(fun);
    if (s->selKind == ast::SelectorExpr::Sel::Qualified && s->sel->obj && s->sel->obj->kind == ObjKind::Func)
      return s->sel->obj;
  }
  return nullptr;
}

static ast::SelectorExpr* methodSel(ast::Expr* fun) {
  fun = unparen(fun);
  if (fun->kind != ExprKind::Selector) return nullptr;
  auto* s = static_cast<ast::SelectorExpr*>(fun);
  return s->selKind == ast::SelectorExpr::Sel::Method ? s : nullptr;
}

// ---------------------------------------------------------------------------
// Arguments

struct ArgSrc {
  ast::Expr* e = nullptr;
  int slot = -1;
  Type* t = nullptr;
};

int FuncCompiler::placeArgs(ast::CallExpr* e, const Type* sig, int at) {
  std::vector<ArgSrc> src;
  if (e->args.size() == 1 && tupleLen(e->args[0]->type) > 1) {
    // f(g()): forward g's results
    ast::Expr* a = unparen(e->args[0]);
    int r = call(static_cast<ast::CallExpr*>(a));
    for (size_t i = 0; i < tupleLen(a->type); i++) {
      Type* t = tupleAt(a->type, i);
      src.push_back(ArgSrc{nullptr, r, t});
      r += slotsOf(t);
    }
  } else {
    for (auto* a : e->args) src.push_back(ArgSrc{a, -1, a->type});
  }
  const auto& params = sig->params;
  size_t nfixed = sig->variadic ? params.size() - 1 : params.size();
  int pos = at;
  auto put = [&](const ArgSrc& s, Type* pt, int dst) {
    if (s.e) exprAs(s.e, pt, dst);
    else convertSlot(s.slot, s.t, pt, dst);
  };
  for (size_t i = 0; i < nfixed && i < src.size(); i++) {
    put(src[i], params[i], pos);
    pos += slotsOf(params[i]);
  }
  if (sig->variadic) {
    Type* st = params.back();
    if (e->hasEllipsis) {
      if (nfixed < src.size()) put(src[nfixed], st, pos);
    } else if (src.size() <= nfixed) {
      emit(OP_ZERO, pos, 3);
      clearPtrs(pos, 3);
    } else {
      // pack the extra arguments into a new slice
      Type* et = st->underlying->elem;
      int n = int(src.size() - nfixed);
      int mark = top;
      int len = alloc(1);
      loadInt(len, n);
      emit(OP_MAKESLICE, pos, len, -1, ktype(et));
      setPtrs(pos, st);
      freeTo(mark);
      for (int i = 0; i < n; i++) {
        int m2 = top;
        int v = allocT(et);
        put(src[nfixed + size_t(i)], et, v);
        LVal lv = derefTo(pos, et, int64_t(i) * et->size);
        lv.checked = true;
        store(lv, v);
        freeTo(m2);
      }
    }
    pos += 3;
  }
  return pos - at;
}

// ---------------------------------------------------------------------------
// Receivers

LVal FuncCompiler::methodBase(ast::SelectorExpr* sel) {
  LVal cur = locOf(sel->x);
  if (!sel->path.empty()) cur = walkPath(cur, sel->path);
  return cur;
}

void FuncCompiler::receiver(ast::SelectorExpr* sel, int dst) {
  Object* m = sel->sel->obj;
  bool wantPtr = m && m->recvType ? ukind(m->recvType) == Kind::Pointer : sel->recvPtr;
  LVal b = methodBase(sel);
  bool isPtr = ukind(b.type) == Kind::Pointer;
  if (wantPtr) {
    if (isPtr) load(b, dst);
    else addrOf(b, dst);
  } else if (isPtr) {
    int p;
    if (normFrame(b).k == LVal::Reg) p = normFrame(b).slot;
    else {
      p = alloc(1);
      load(b, p);
    }
    Type* et = b.type->underlying->elem;
    load(derefTo(p, et), dst);
  } else {
    load(b, dst);
  }
}

void FuncCompiler::methodValue(ast::SelectorExpr* sel, int dst) {
  int mark = top;
  if (sel->ifaceMethod) {
    LVal b = methodBase(sel);
    int is = alloc(2);
    load(b, is);
    emit(OP_METHODVAL, dst, is, kconst(uint64_t(P.methodName(sel->sel->name))));
  } else {
    Object* m = sel->sel->obj;
    if (!m || !m->proto) {
      err(sel->pos, "goro: internal error: method without code");
      return;
    }
    int r = alloc(std::max(slotsOf(m->recvType), 1));
    receiver(sel, r);
    emit(OP_BOUNDVAL, dst, r, m->proto->index);
  }
  freeTo(mark);
  setPtr(dst, true);
}

// ---------------------------------------------------------------------------
// Calls

int FuncCompiler::call(ast::CallExpr* e) {
  using CK = ast::CallExpr::CallKind;
  if (e->callKind == CK::Conversion) {
    int t = allocT(e->type);
    conversion(e, t);
    return t;
  }
  if (e->callKind == CK::Builtin) {
    int t = e->type && e->mode != ast::Mode::NoValue ? allocT(e->type) : -1;
    builtin(e, t);
    return t;
  }
  int saved = curLine;
  ast::Expr* fun = unparen(e->fun);
  const Type* sig = funcSig(fun->type);
  if (!sig) {
    err(e->pos, "goro: call of a non-function");
    return alloc(1);
  }
  int nargs = callSlots(sig, false);
  int nres = callSlots(sig, true);
  int base;
  if (ast::SelectorExpr* sel = methodSel(fun)) {
    if (sel->ifaceMethod) {
      // Go spec: Calls — dynamic dispatch through the interface value
      LVal b = methodBase(sel);
      int is;
      LVal nb = normFrame(b);
      if (nb.k == LVal::Reg) is = nb.slot;
      else {
        is = alloc(2);
        load(b, is);
      }
      base = alloc(kFrameHeader + std::max(1 + nargs, nres));
      placeArgs(e, sig, base + kFrameHeader + 1);
      curLine = e->pos.line ? e->pos.line : saved;
      emitSafe(OP_CALLI, base, is, kconst(uint64_t(P.methodName(sel->sel->name))), nargs, base);
    } else {
      Object* m = sel->sel->obj;
      FuncProto* proto = m ? m->proto : nullptr;
      if (!proto) {
        err(e->pos, "goro: internal error: method without code");
        return alloc(std::max(nres, 1));
      }
      int rs = slotsOf(m->recvType);
      base = alloc(kFrameHeader + std::max(rs + nargs, nres));
      receiver(sel, base + kFrameHeader);
      placeArgs(e, sig, base + kFrameHeader + rs);
      curLine = e->pos.line ? e->pos.line : saved;
      emitSafe(proto->native ? OP_CALLNAT : OP_CALL, base, proto->index, 0, 0, base);
    }
  } else if (Object* f = staticFunc(fun)) {
    FuncProto* proto = f->proto;
    if (!proto) {
      err(e->pos, "goro: internal error: function " + f->name + " without code");
      return alloc(std::max(nres, 1));
    }
    base = alloc(kFrameHeader + std::max(nargs, nres));
    placeArgs(e, sig, base + kFrameHeader);
    curLine = e->pos.line ? e->pos.line : saved;
    emitSafe(proto->native ? OP_CALLNAT : OP_CALL, base, proto->index, 0, 0, base);
  } else {
    int fv = exprAny(fun);
    base = alloc(kFrameHeader + std::max(nargs, nres));
    placeArgs(e, sig, base + kFrameHeader);
    curLine = e->pos.line ? e->pos.line : saved;
    emitSafe(OP_CALLCLO, base, fv, 0, 0, base);
  }
  curLine = saved;
  // the callee's frame is gone: its results are in R[base+4..]
  clearPtrs(base, top - base);
  int at = base + kFrameHeader;
  for (Type* t : sig->results) {
    setPtrs(at, t);
    at += slotsOf(t);
  }
  return base + kFrameHeader;
}

void FuncCompiler::callInto(ast::CallExpr* e, int dst) {
  using CK = ast::CallExpr::CallKind;
  int mark = top;
  if (e->callKind == CK::Builtin) {
    builtin(e, dst);
    freeTo(mark);
    if (e->type && e->type->kind != Kind::Tuple) setPtrs(dst, e->type);
    return;
  }
  if (e->callKind == CK::Conversion) {
    conversion(e, dst);
    freeTo(mark);
    setPtrs(dst, e->type);
    return;
  }
  int r = call(e);
  Type* t = tupleAt(e->type, 0);
  mov(dst, r, slotsOf(t));
  freeTo(mark);
  setPtrs(dst, t);
}

// ---------------------------------------------------------------------------
// defer and go (Go spec: Defer statements, Go statements): the function value
// and the arguments are evaluated now; the call runs later.

void FuncCompiler::funcValueOf(ast::Expr* fun, int dst) { expr(fun, dst); }

FuncProto* FuncCompiler::synthWrapper(ast::CallExpr* c, std::vector<ast::Expr*>& args, std::vector<Type*>& types) {
  // func(p0 T0, p1 T1, ...) { builtin(p0, p1, ...) }
  auto* clone = new ast::CallExpr(*c);
  std::vector<Object*> params;
  clone->args.clear();
  for (size_t i = 0; i < args.size(); i++) {
    auto* o = new Object();
    o->kind = ObjKind::Var;
    o->name = "~p" + std::to_string(i);
    o->type = types[i];
    o->isParam = true;
    params.push_back(o);
    auto* id = new ast::Ident();
    id->name = o->name;
    id->obj = o;
    id->pos = args[i]->pos;
    id->type = types[i];
    id->mode = ast::Mode::Variable;
    clone->args.push_back(id);
  }
  std::string name = symbol + ".deferwrap" + std::to_string(++wrapCount);
  FuncProto* proto = P.newProto(name, file, c->pos.line);
  FuncCompiler fc(P, proto, file, pkg);
  fc.symbol = name;
  fc.compileWrapper(clone, params);
  return proto;
}

void FuncCompiler::deferOrGo(ast::CallExpr* c, bool isGo, int stmtLine) {
  using CK = ast::CallExpr::CallKind;
  int mark = top;
  int saved = curLine;
  int fv = alloc(1);
  int base, nargs;
  ast::Expr* fun = unparen(c->fun);
  if (c->callKind != CK::Normal) {
    // a built-in (or conversion): wrap it in a small function whose
    // parameters carry the arguments evaluated now
    std::vector<ast::Expr*> args(c->args.begin(), c->args.end());
    std::vector<Type*> types;
    bool typeArg = c->callKind == CK::Builtin && (c->builtinId == int(Builtin::Make) || c->builtinId == int(Builtin::New));
    if (typeArg) {
      args.clear();
    }
    for (auto* a : args) types.push_back(P.defaultType(a->type && a->type->kind != Kind::UntypedNil ? a->type : P.anyType));
    FuncProto* w;
    if (typeArg) {
      std::vector<ast::Expr*> none;
      std::vector<Type*> nt;
      w = synthWrapper(c, none, nt);
    } else {
      w = synthWrapper(c, args, types);
    }
    emit(OP_FUNCVAL, fv, w->index);
    setPtr(fv, true);
    nargs = 0;
    for (Type* t : types) nargs += slotsOf(t);
    base = alloc(std::max(nargs, 1));
    int at = base;
    for (size_t i = 0; i < args.size(); i++) {
      exprAs(args[i], types[i], at);
      at += slotsOf(types[i]);
    }
  } else {
    const Type* sig = funcSig(fun->type);
    if (!sig) {
      err(c->pos, "goro: defer/go of a non-function");
      return;
    }
    if (ast::SelectorExpr* sel = methodSel(fun)) {
      methodValue(sel, fv);
    } else if (Object* f = staticFunc(fun)) {
      emit(OP_FUNCVAL, fv, f->proto ? f->proto->index : 0);
      setPtr(fv, true);
    } else {
      expr(fun, fv);
    }
    nargs = callSlots(sig, false);
    base = alloc(std::max(nargs, 1));
    placeArgs(c, sig, base);
  }
  curLine = stmtLine ? stmtLine : c->pos.line ? c->pos.line : saved;
  if (isGo) emitSafe(OP_GO, base, fv, nargs, 0, top);
  else emit(OP_DEFER, base, fv, nargs);
  curLine = saved;
  freeTo(mark);
}

// ---------------------------------------------------------------------------
// Built-in functions

void FuncCompiler::printCall(ast::CallExpr* e, bool ln) {
  int mark = top;
  // evaluate all arguments first (calls among them run before any printing)
  std::vector<std::pair<int, Type*>> vals;
  for (auto* a : e->args) {
    Type* t = P.defaultType(a->type);
    if (t && t->kind == Kind::UntypedNil) t = P.anyType;
    int s = allocT(t);
    exprAs(a, t, s);
    vals.push_back({s, t});
  }
  for (size_t i = 0; i < vals.size(); i++) {
    if (ln && i > 0) emit(OP_PRINTSP);
    emit(OP_PRINT, vals[i].first, ktype(vals[i].second));
  }
  if (ln) emit(OP_PRINTNL);
  freeTo(mark);
}

void FuncCompiler::appendCall(ast::CallExpr* e, int dst) {
  int mark = top;
  Type* st = e->type;
  Type* et = st->underlying->elem;
  int s = allocT(st);
  exprAs(e->args[0], st, s);
  if (e->hasEllipsis) {
    ast::Expr* t = e->args[1];
    int ts = exprAny(t);
    if (isStringT(t->type)) {
      // append([]byte, string...): the string viewed as a []byte (ptr, len, len).
      // (APPENDSTR would do it in one instruction, but the interpreter's
      // APPENDSTR has no element type for growth yet.)
      int view = alloc(3);
      mov(view, ts, 2);
      mov(view + 2, ts + 1, 1);
      emit(OP_APPENDSL, dst, s, view, ktype(et));
    } else {
      emit(OP_APPENDSL, dst, s, ts, ktype(et));
    }
  } else if (e->args.size() == 1) {
    mov(dst, s, 3);
  } else if (e->args.size() == 2) {
    int v = allocT(et);
    exprAs(e->args[1], et, v);
    emit(OP_APPEND, dst, s, v, ktype(et));
  } else {
    // several values: one growth, as Go's append does
    int n = int(e->args.size()) - 1;
    int tmp = alloc(3);
    int len = alloc(1);
    loadInt(len, n);
    emit(OP_MAKESLICE, tmp, len, -1, ktype(et));
    setPtrs(tmp, st);
    for (int i = 0; i < n; i++) {
      int m2 = top;
      int v = allocT(et);
      exprAs(e->args[size_t(i) + 1], et, v);
      LVal lv = derefTo(tmp, et, int64_t(i) * et->size);
      lv.checked = true;
      store(lv, v);
      freeTo(m2);
    }
    emit(OP_APPENDSL, dst, s, tmp, ktype(et));
  }
  freeTo(mark);
  setPtrs(dst, st);
}

void FuncCompiler::makeCall(ast::CallExpr* e, int dst) {
  int mark = top;
  Type* t = e->type;
  const Type* u = t->underlying;
  auto intArg = [&](size_t i) -> int { return i < e->args.size() ? exprAny(e->args[i]) : -1; };
  switch (u->kind) {
    case Kind::Slice: {
      int len = intArg(1);
      int cap = intArg(2);
      emit(OP_MAKESLICE, dst, len, cap, ktype(u->elem));
      break;
    }
    case Kind::Map: {
      int hint = intArg(1);
      emit(OP_MAKEMAP, dst, hint, ktype(t));
      break;
    }
    case Kind::Chan: {
      int n = intArg(1);
      if (n < 0) {
        n = alloc(1);
        loadInt(n, 0);
      }
      emit(OP_MAKECHAN, dst, n, ktype(u->elem));
      break;
    }
    default:
      err(e->pos, "goro: cannot make this type");
  }
  freeTo(mark);
  setPtrs(dst, t);
}

void FuncCompiler::minmax(ast::CallExpr* e, bool isMin, int dst) {
  int mark = top;
  Type* t = P.defaultType(e->type);
  int r = allocT(t);
  exprAs(e->args[0], t, r);
  for (size_t i = 1; i < e->args.size(); i++) {
    int m2 = top;
    int v = allocT(t);
    exprAs(e->args[i], t, v);
    int c = alloc(1);
    Op lt = isStringT(t) ? OP_LT_S : isFloat(t) ? OP_LT_F : isUnsigned64(t) ? OP_LT_U : OP_LT_I;
    if (isMin) emit(lt, c, v, r);  // v < r
    else emit(lt, c, r, v);        // r < v
    if (isFloat(t)) {
      // Go spec: Min and max — a NaN argument makes the result NaN
      int n = alloc(1);
      emit(OP_NE_F, n, v, v);
      emit(OP_OR, c, c, n);
    }
    Label skip;
    jumpTo(OP_JF, c, 0, skip);
    mov(r, v, slotsOf(t));
    place(skip);
    setPtrs(r, t);
    freeTo(m2);
  }
  mov(dst, r, slotsOf(t));
  freeTo(mark);
  setPtrs(dst, t);
}

int FuncCompiler::builtin(ast::CallExpr* e, int dst) {
  ast::Expr* a0 = e->args.size() == 1 ? unparen(e->args[0]) : nullptr;
  if (a0 && a0->kind == ExprKind::Call && tupleLen(a0->type) > 1) {
    // Go spec: Calls — "as a special case", the results of g become the
    // arguments of builtin(g()): they are bound to hidden register
    // variables that the built-in's own code reads as ordinary arguments
    if (dst < 0 && e->type && e->mode != ast::Mode::NoValue) dst = allocT(e->type);
    int mark = top;
    int r = call(static_cast<ast::CallExpr*>(a0));
    std::vector<ast::Expr*> saved = e->args;
    std::vector<Object*> hidden;
    e->args.clear();
    for (size_t i = 0; i < tupleLen(a0->type); i++) {
      Type* t = tupleAt(a0->type, i);
      auto* o = new Object();
      o->kind = ObjKind::Var;
      o->name = "~arg" + std::to_string(i);
      o->type = t;
      VarLoc l;
      l.k = VarLoc::Reg;
      l.slot = r;
      vars[o] = l;
      hidden.push_back(o);
      auto* id = new ast::Ident();
      id->name = o->name;
      id->obj = o;
      id->pos = a0->pos;
      id->type = t;
      id->mode = ast::Mode::Variable;
      e->args.push_back(id);
      r += slotsOf(t);
    }
    int res = builtin(e, dst);
    e->args = saved;
    for (Object* o : hidden) vars.erase(o);
    freeTo(mark);
    return res;
  }
  int mark = top;
  int saved = curLine;
  curLine.at(e->pos);
  auto want = [&](Type* t) {
    if (dst < 0) dst = allocT(t);
    return dst;
  };
  switch (Builtin(e->builtinId)) {
    case Builtin::Len:
    case Builtin::Cap: {
      bool isLen = Builtin(e->builtinId) == Builtin::Len;
      ast::Expr* x = e->args[0];
      const Type* u = x->type->underlying;
      if (u->kind == Kind::Pointer) u = u->elem->underlying;
      want(e->type);
      switch (u->kind) {
        case Kind::String: case Kind::Slice: {
          int s = exprAny(x);
          mov(dst, s + (isLen ? 1 : 2), 1);
          break;
        }
        case Kind::Array: {
          // not a constant (Go spec: Length and capacity): x has calls or
          // receives, evaluated for their effects; the length is the type's
          ast::Expr* ux = unparen(x);
          if (ux->kind == ExprKind::Call) call(static_cast<ast::CallExpr*>(ux));
          else if (ukind(x->type) == Kind::Pointer || ux->mode != ast::Mode::Variable) exprAny(x);
          loadInt(dst, u->len);
          break;
        }
        case Kind::Map: {
          int s = exprAny(x);
          emit(OP_LEN_MAP, dst, s);
          break;
        }
        case Kind::Chan: {
          int s = exprAny(x);
          emit(isLen ? OP_LEN_CHAN : OP_CAP_CHAN, dst, s);
          break;
        }
        default:
          err(e->pos, "goro: bad len/cap argument");
      }
      setPtr(dst, false);
      break;
    }
    case Builtin::Append:
      appendCall(e, want(e->type));
      break;
    case Builtin::Copy: {
      int d = exprAny(e->args[0]);
      int s = exprAny(e->args[1]);
      int r = dst >= 0 ? dst : alloc(1);
      if (isStringT(e->args[1]->type)) emit(OP_COPYSTR, r, d, s);
      else {
        const Type* et = e->args[0]->type->underlying->elem;
        emit(OP_COPY, r, d, s, et->hasPointers() ? -int(et->size) : int(et->size));
      }
      setPtr(r, false);
      break;
    }
    case Builtin::Delete: {
      Type* mt = e->args[0]->type;
      int m = exprAny(e->args[0]);
      int k = mapKey(e->args[1], mt, true);
      emit(OP_MAPDELETE, m, k, ktype(mt));
      break;
    }
    case Builtin::Make:
      makeCall(e, want(e->type));
      break;
    case Builtin::New: {
      want(e->type);
      emit(OP_NEW, dst, ktype(e->type->underlying->elem));
      setPtr(dst, true);
      break;
    }
    case Builtin::Panic: {
      Type* it = P.anyType;
      int v = alloc(2);
      ast::Expr* a = e->args[0];
      if (isNilExpr(a)) nilValue(it, v);
      else if (isIface(a->type)) expr(a, v);
      else exprAs(a, it, v);
      setPtrs(v, it);
      emitSafe(OP_PANIC, v, 0, 0, 0, top);
      break;
    }
    case Builtin::Print:
    case Builtin::Println:
      printCall(e, Builtin(e->builtinId) == Builtin::Println);
      break;
    case Builtin::Recover:
      want(P.anyType);
      emit(OP_RECOVER, dst, isWrapper ? 1 : 0);  // b = 1: `defer recover()` (see opcodes.def)
      setPtrs(dst, P.anyType);
      break;
    case Builtin::Close: {
      int c = exprAny(e->args[0]);
      emit(OP_CLOSE, c);
      break;
    }
    case Builtin::Min:
    case Builtin::Max:
      minmax(e, Builtin(e->builtinId) == Builtin::Min, want(e->type));
      break;
    default:
      err(e->pos, "goro: complex numbers are not supported");
  }
  curLine = saved;
  if (dst >= 0 && dst < mark) freeTo(mark);
  else if (dst >= mark) {
    // dst was allocated here (no destination given): keep it
    int keep = dst + std::max(slotsOf(e->type), 1);
    if (top > keep) freeTo(keep);
  } else {
    freeTo(mark);
  }
  return dst;
}

}  // namespace goro::cg
