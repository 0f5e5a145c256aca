// vm/compile_expr.cpp — expressions: constants, operators, conversions,
// selectors, indexing, slicing, type assertions, function literals, and the
// lvalue machinery (load/store/address of variables, fields, elements).
//
// Go spec sections: Operands, Constants, Selectors, Index expressions, Slice
// expressions, Type assertions, Operators (Arithmetic, Comparison, Logical,
// Address, Receive), Conversions, Function literals, Order of evaluation.
#include <bit>
#include <cmath>

#include "vm/compile_internal.h"
#include "vm/divmagic.h"
#include "vm/types.h"

namespace goro::cg {

using ast::ExprKind;
using ast::Tok;

Type* ProgCompiler::defaultType(Type* t) const {
  if (!t) return intType;
  switch (t->kind) {
    case Kind::UntypedBool: return boolType;
    case Kind::UntypedInt: return intType;
    case Kind::UntypedRune: return int32Type;
    case Kind::UntypedFloat: return float64Type;
    case Kind::UntypedString: return stringType;
    default: return t;
  }
}

int FuncCompiler::kpair(uint64_t a, uint64_t b) {
  for (size_t i = 0; i + 1 < fn->consts.size(); i++)
    if (fn->consts[i] == a && fn->consts[i + 1] == b) return int(i);
  fn->consts.push_back(a);
  fn->consts.push_back(b);
  return int(fn->consts.size()) - 2;
}

bool isNilExpr(ast::Expr* e) {
  e = unparen(e);
  if (!e) return false;
  if (e->type && e->type->kind == Kind::UntypedNil) return true;
  if (e->kind == ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(e);
    return id->obj && id->obj->kind == ObjKind::Nil;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Constants

void FuncCompiler::constant(const ast::ConstValue& cv, Type* t, int dst) {
  t = P.defaultType(t);
  if (isIface(t)) {
    // a constant assigned to an interface: box its default type
    Type* dt = nullptr;
    switch (cv.k) {
      case ast::ConstValue::K::Bool: dt = P.boolType; break;
      case ast::ConstValue::K::Int: dt = P.intType; break;
      case ast::ConstValue::K::Float: dt = P.float64Type; break;
      case ast::ConstValue::K::String: dt = P.stringType; break;
      default: break;
    }
    if (!dt) {
      emit(OP_ZERO, dst, 2);
      clearPtrs(dst, 2);
      return;
    }
    int mark = top;
    int s = allocT(dt);
    constant(cv, dt, s);
    emit(OP_MKIFACE, dst, s, kdyn(dt));
    freeTo(mark);
    setPtrs(dst, t);
    return;
  }
  switch (cv.k) {
    case ast::ConstValue::K::Bool:
      loadInt(dst, cv.b ? 1 : 0);
      return;
    case ast::ConstValue::K::Int:
      if (isFloat(t)) {
        double d = double(cv.i);
        if (ukind(t) == Kind::Float32) d = double(float(d));
        emit(OP_LOADK, dst, kconst(std::bit_cast<uint64_t>(d)));
        setPtr(dst, false);
        return;
      }
      loadInt(dst, int64_t(uint64_t(cv.i)));
      return;
    case ast::ConstValue::K::Float: {
      if (isInteger(t)) {
        loadInt(dst, int64_t(cv.f));
        return;
      }
      double d = double(cv.f);
      if (ukind(t) == Kind::Float32) d = double(float(cv.f));
      emit(OP_LOADK, dst, kconst(std::bit_cast<uint64_t>(d)));
      setPtr(dst, false);
      return;
    }
    case ast::ConstValue::K::String:
      emit(OP_LOADSTR, dst, kstr(cv.s));
      setPtr(dst, !cv.s.empty());
      setPtr(dst + 1, false);
      return;
    default:
      if (int n = slotsOf(t); n > 0) emit(OP_ZERO, dst, n);
      clearPtrs(dst, slotsOf(t));
  }
}

void FuncCompiler::nilValue(Type* t, int dst) {
  int n = std::max(slotsOf(t), 1);
  emit(OP_ZERO, dst, n);
  clearPtrs(dst, n);
}

// ---------------------------------------------------------------------------
// Dispatch

void FuncCompiler::expr(ast::Expr* e, int dst) {
  if (!e) return;
  if (e->mode == ast::Mode::Constant && e->cval.k != ast::ConstValue::K::None) {
    constant(e->cval, e->type, dst);
    return;
  }
  switch (e->kind) {
    case ExprKind::Paren:
      expr(static_cast<ast::ParenExpr*>(e)->x, dst);
      return;
    case ExprKind::Ident:
      ident(static_cast<ast::Ident*>(e), dst);
      break;
    case ExprKind::BasicLit: {
      auto* b = static_cast<ast::BasicLit*>(e);
      ast::ConstValue cv;
      switch (b->litKind) {
        case Tok::Int: case Tok::Char: cv.k = ast::ConstValue::K::Int; cv.i = b->intVal; break;
        case Tok::Float: cv.k = ast::ConstValue::K::Float; cv.f = b->floatVal; break;
        case Tok::String: cv.k = ast::ConstValue::K::String; cv.s = b->strVal; break;
        default: err(e->pos, "goro: complex numbers are not supported"); return;
      }
      constant(cv, e->type, dst);
      return;
    }
    case ExprKind::CompositeLit:
      compositeLit(static_cast<ast::CompositeLit*>(e), dst);
      break;
    case ExprKind::FuncLit:
      funcLit(static_cast<ast::FuncLit*>(e), dst);
      break;
    case ExprKind::Selector:
      selector(static_cast<ast::SelectorExpr*>(e), dst);
      break;
    case ExprKind::Index:
      index(static_cast<ast::IndexExpr*>(e), dst);
      break;
    case ExprKind::Slice:
      sliceExpr(static_cast<ast::SliceExpr*>(e), dst);
      break;
    case ExprKind::TypeAssert:
      typeAssert(static_cast<ast::TypeAssertExpr*>(e), dst, -1);
      break;
    case ExprKind::Call:
      callInto(static_cast<ast::CallExpr*>(e), dst);
      return;
    case ExprKind::Star: {
      int mark = top;
      auto* s = static_cast<ast::StarExpr*>(e);
      int p = exprAny(s->x);
      int saved = curLine;
      curLine.at(e->pos);
      load(derefTo(p, e->type), dst);
      curLine = saved;
      freeTo(mark);
      break;
    }
    case ExprKind::Unary:
      unary(static_cast<ast::UnaryExpr*>(e), dst);
      break;
    case ExprKind::Binary:
      binary(static_cast<ast::BinaryExpr*>(e), dst);
      break;
    default:
      err(e->pos, "goro: unsupported expression");
      return;
  }
  setPtrs(dst, e->type);
}

int FuncCompiler::regVarSlot(ast::Expr* e) {
  ast::Expr* u = unparen(e);
  if (u->mode == ast::Mode::Constant || u->kind != ExprKind::Ident) return -1;
  const Object* v = identObj(u);
  auto it = v ? vars.find(v) : vars.end();
  return it != vars.end() && it->second.k == VarLoc::Reg ? it->second.slot : -1;
}

// x.f (or x.f.g: no pointer on the way) of a struct variable held in frame
// slots: the root variable's slot and the field's byte offset, or false.
bool FuncCompiler::regFieldOf(ast::Expr* e, int& slot, int64_t& off) {
  ast::Expr* u = unparen(e);
  if (int r = regVarSlot(u); r >= 0) {
    slot = r;
    off = 0;
    return true;
  }
  if (u->kind != ExprKind::Selector) return false;
  auto* s = static_cast<ast::SelectorExpr*>(u);
  if (s->selKind != ast::SelectorExpr::Sel::Field || s->indirect || !s->x->type) return false;
  if (!regFieldOf(s->x, slot, off)) return false;
  const Type* t = s->x->type;
  for (int i : s->path) {
    if (ukind(t) != Kind::Struct) return false;
    const Field& f = t->underlying->fields[size_t(i)];
    off += f.offset;
    t = f.type;
  }
  return true;
}

// A field of a struct variable in frame slots whose register form is its
// memory form (whole slots, not narrow): read in place, as a variable is.
int FuncCompiler::regFieldSlot(ast::Expr* e) {
  ast::Expr* u = unparen(e);
  if (u->kind != ExprKind::Selector || !u->type || isNarrow(u->type) || u->type->size == 0 ||
      u->type->size % 8 != 0)
    return -1;
  int slot;
  int64_t off;
  if (!regFieldOf(u, slot, off) || off % 8 != 0) return -1;
  return slot + int(off / 8);
}

int FuncCompiler::exprAny(ast::Expr* e) {
  if (!hoisted.empty()) {
    auto h = hoisted.find(e);
    if (h != hoisted.end()) return h->second;
  }
  if (int r = regVarSlot(e); r >= 0) return r;
  if (int r = regFieldSlot(e); r >= 0) return r;
  int t = allocT(e->type);
  expr(e, t);
  return t;
}

void FuncCompiler::exprAs(ast::Expr* e, Type* target, int dst) {
  if (!target) target = e->type;
  if (isNilExpr(e)) {
    nilValue(target, dst);
    return;
  }
  if (isIface(target) && e->type && !isIface(e->type)) {
    int mark = top;
    Type* st = P.defaultType(e->type);
    if (slotsOf(st) > kBigTempSlots && !st->isPointerShaped()) {
      // a big value goes from its memory straight into the interface's box
      // (not through frame slots: it may be larger than any frame)
      LVal lv = materialize(locOf(e));
      int p = alloc(1);
      addrOf(lv, p);
      emit(OP_NEW, dst + 1, kdyn(st));
      emit(OP_COPYMEM, dst + 1, p, int(st->size), st->hasPointers() ? 1 : 0);
      emit(OP_LOADK, dst, kdyn(st));
      freeTo(mark);
      setPtrs(dst, target);
      return;
    }
    int s = exprAny(e);
    emit(OP_MKIFACE, dst, s, kdyn(st));
    freeTo(mark);
    setPtrs(dst, target);
    return;
  }
  expr(e, dst);
  setPtrs(dst, target);
}

void FuncCompiler::convertSlot(int src, Type* from, Type* to, int dst) {
  if (!to) to = from;
  if (from && from->kind == Kind::UntypedNil) {
    nilValue(to, dst);
    return;
  }
  if (isIface(to) && from && !isIface(from)) {
    emit(OP_MKIFACE, dst, src, kdyn(P.defaultType(from)));
    setPtrs(dst, to);
    return;
  }
  mov(dst, src, slotsOf(to));
  setPtrs(dst, to);
}

void FuncCompiler::ident(ast::Ident* e, int dst) {
  Object* o = e->obj;
  if (!o) {
    err(e->pos, "goro: unresolved identifier " + e->name);
    return;
  }
  switch (o->kind) {
    case ObjKind::Var:
      load(varLVal(o), dst);
      return;
    case ObjKind::Const:
      constant(o->value, e->type ? e->type : o->type, dst);
      return;
    case ObjKind::Nil:
      nilValue(e->type, dst);
      return;
    case ObjKind::Func:
      if (!o->proto) {
        err(e->pos, "goro: internal error: function " + o->name + " has no code");
        return;
      }
      emit(OP_FUNCVAL, dst, o->proto->index);
      setPtr(dst, true);
      return;
    default:
      err(e->pos, "goro: " + e->name + " is not a value");
  }
}

// ---------------------------------------------------------------------------
// lvalues

LVal FuncCompiler::varLVal(const Object* v) {
  VarLoc l = locOfVar(v);
  LVal lv;
  lv.type = v->type;
  switch (l.k) {
    case VarLoc::Reg:
      lv.k = LVal::Reg;
      lv.slot = l.slot;
      break;
    case VarLoc::Frame:
      lv.k = LVal::Frame;
      lv.slot = l.slot;
      break;
    case VarLoc::Boxed:
      lv.k = LVal::Ptr;
      lv.slot = l.slot;
      lv.checked = true;
      break;
    case VarLoc::Global: {
      int t = alloc(1);
      emit(OP_GADDR, t, int(l.off));
      setPtr(t, true);
      lv.k = LVal::Ptr;
      lv.slot = t;
      lv.checked = true;
      break;
    }
  }
  return lv;
}

LVal FuncCompiler::normFrame(LVal lv) {
  if (lv.k == LVal::Frame && !isNarrow(lv.type) && lv.off % 8 == 0 && lv.type->size % 8 == 0) {
    lv.k = LVal::Reg;
    lv.slot += int(lv.off / 8);
    lv.off = 0;
  }
  return lv;
}

// A slice element or map value as an addressable memory location (for
// selecting a field or element inside it).
LVal FuncCompiler::materialize(LVal lv) {
  if (lv.k == LVal::Arr) return arrElem(lv);
  if (lv.k == LVal::Idx) {
    int a = alloc(1);
    emitBoundsAt(lv.at, lv.keyUnsigned, OP_IDXADDR, a, lv.slot, lv.key, int(lv.type->size));
    setPtr(a, true);
    LVal p = derefTo(a, lv.type);
    p.checked = true;
    return p;
  }
  if (lv.k == LVal::Map && slotsOf(lv.type) > kBigTempSlots) {
    // a big element is read in place (no frame temp): the value's (or the
    // zero value's) address, valid until the next write to the map
    return mapElem(lv, true);
  }
  if (lv.k == LVal::Map) {
    int t = allocT(lv.type);
    load(lv, t);
    LVal r;
    r.k = LVal::Reg;
    r.slot = t;
    r.type = lv.type;
    return r;
  }
  return lv;
}

LVal FuncCompiler::fieldOf(LVal base, const Type* structT, int idx) {
  const Type* st = structT->underlying;
  const Field& f = st->fields[size_t(idx)];
  base = materialize(base);
  if (base.k == LVal::Reg) {
    base.k = LVal::Frame;
    base.off = 0;
  }
  base.off += f.offset;
  base.type = f.type;
  return normFrame(base);
}

LVal FuncCompiler::derefTo(int ptrSlot, Type* elemT, int64_t off) {
  LVal lv;
  lv.k = LVal::Ptr;
  lv.slot = ptrSlot;
  lv.off = off;
  lv.type = elemT;
  return lv;
}

// Follow a field path (embedded fields, each step dereferencing a pointer
// when the current value is one).
LVal FuncCompiler::walkPath(LVal cur, const std::vector<int>& path, bool stopBeforeLast) {
  size_t n = path.size() - (stopBeforeLast && !path.empty() ? 1 : 0);
  for (size_t i = 0; i < n; i++) {
    if (ukind(cur.type) == Kind::Pointer) {
      int p;
      if (cur.k == LVal::Reg) p = cur.slot;
      else {
        p = alloc(1);
        load(cur, p);
      }
      cur = derefTo(p, cur.type->underlying->elem);
    }
    cur = fieldOf(cur, cur.type, path[i]);
  }
  return cur;
}

// m[k] (a map index expression, read or written in place when big)
static bool isMapIndex(ast::Expr* u) {
  return u->kind == ExprKind::Index && static_cast<ast::IndexExpr*>(u)->x->type &&
         ukind(static_cast<ast::IndexExpr*>(u)->x->type) == Kind::Map;
}

LVal FuncCompiler::locOf(ast::Expr* e) {
  ast::Expr* u = unparen(e);
  if (u->mode == ast::Mode::Variable && u->kind != ExprKind::CompositeLit) return lvalue(u);
  if (isMapIndex(u) && u->type && slotsOf(u->type) > kBigTempSlots) return lvalue(u);  // (materialize reads it in place)
  if (u->kind == ExprKind::Ident && identObj(u)) return lvalue(u);
  Kind k = u->type ? ukind(u->type) : Kind::Invalid;
  if (u->kind == ExprKind::CompositeLit && (k == Kind::Struct || k == Kind::Array) && slotsOf(u->type) > kBigTempSlots) {
    // a big struct/array literal is built in a new heap object, not in frame temps
    int p = alloc(1);
    emit(OP_NEW, p, ktype(u->type));
    setPtr(p, true);
    LVal lv = derefTo(p, u->type);
    lv.checked = true;
    compositeInto(static_cast<ast::CompositeLit*>(u), u->type, lv);
    return lv;
  }
  LVal lv;
  lv.k = LVal::Reg;
  lv.type = e->type;
  lv.slot = exprAny(e);
  return lv;
}

// The key operand of a map operation: a variable of the key's own type is
// read in place (map ops copy the key before anything can write it; an
// assignment that writes it too pins it first, pinOperands); anything
// else is converted into a temp.
int FuncCompiler::mapKey(ast::Expr* key, Type* mapType, bool lookup) {
  Type* kt = mapType->underlying->key;
  if (lookup && ukind(kt) == Kind::String && key->type && goro::identical(key->type, kt)) {
    ast::Expr* k = unparen(key);
    if (k->kind == ExprKind::Call) {
      auto* c = static_cast<ast::CallExpr*>(k);
      if (c->callKind == ast::CallExpr::CallKind::Conversion && c->args.size() == 1 && c->args[0]->type &&
          ukind(c->args[0]->type) == Kind::Slice && ukind(c->args[0]->type->underlying->elem) == Kind::Uint8)
        return exprAny(c->args[0]);  // a slice's {ptr, len} is the string's {ptr, len}
    } else if (k->kind == ExprKind::Binary && static_cast<ast::BinaryExpr*>(k)->op == Tok::Add &&
               k->mode != ast::Mode::Constant) {
      auto* b = static_cast<ast::BinaryExpr*>(k);
      int x = exprAny(b->x);
      int y = exprAny(b->y);
      int buf = alloc(4);
      for (int i = 0; i < 4; i++) setPtr(buf + i, false);
      int dst = allocT(kt);
      emit(OP_CONCATTMP, dst, x, y, buf);
      setPtrs(dst, kt);
      return dst;
    }
  }
  if (key->type && goro::identical(key->type, kt)) return exprAny(key);
  int k = allocT(kt);
  exprAs(key, kt, k);
  return k;
}

LVal FuncCompiler::elemOf(ast::IndexExpr* e, bool late, bool lookup) {
  Type* xt = e->x->type;
  const Type* u = xt->underlying;
  LVal lv;
  lv.type = e->type;
  int saved = curLine;
  // an array element whose checks wait for the store (LVal::Arr)
  auto lateElem = [&](int slot, int key, int64_t len) {
    LVal r;
    r.k = LVal::Arr;
    r.type = e->type;
    r.slot = slot;
    r.key = key;
    r.len = len;
    r.keyUnsigned = unsignedIndex(e->index);
    r.at = opPos(e);
    return r;
  };
  switch (u->kind) {
    case Kind::Map: {
      lv.k = LVal::Map;
      lv.slot = exprAny(e->x);
      lv.key = mapKey(e->index, xt, lookup);
      lv.mapType = xt;
      return lv;
    }
    case Kind::Slice: {
      lv.k = LVal::Idx;
      lv.slot = exprAny(e->x);
      lv.key = exprAny(e->index);
      lv.keyUnsigned = unsignedIndex(e->index);
      lv.at = e->lbrack.line ? e->lbrack : e->pos;
      return lv;
    }
    case Kind::Array: {
      LVal base = materialize(locOf(e->x));
      int64_t es = u->elem->size;
      if (e->index->mode == ast::Mode::Constant && e->index->cval.k == ast::ConstValue::K::Int) {
        int64_t i = int64_t(e->index->cval.i);
        if (base.k == LVal::Reg) {
          base.k = LVal::Frame;
          base.off = 0;
        }
        base.off += i * es;
        base.type = u->elem;
        return normFrame(base);
      }
      int i = exprAny(e->index);
      bool inFrame = base.k == LVal::Reg || (base.k == LVal::Frame && base.off == 0);
      if (late) {
        if (inFrame || base.k == LVal::Ptr) {  // (a pointer's nil check comes with the index check)
          lv = lateElem(base.slot, i, int64_t(u->len));
          lv.off = inFrame ? 0 : base.off;
          lv.checked = !inFrame && base.checked;
        } else {
          int a = alloc(1);
          addrOf(base, a);
          lv = lateElem(a, i, int64_t(u->len));
          lv.checked = true;
        }
        lv.inFrame = inFrame;
        return lv;
      }
      int a = alloc(1);
      if (!inFrame) addrOf(base, a);
      curLine.at(opPos(e));
      emitBounds(unsignedIndex(e->index), inFrame ? OP_ARRADDRF : OP_ARRADDR, a, inFrame ? base.slot : a, i,
                 kpair(uint64_t(u->len), uint64_t(es)));
      curLine = saved;
      setPtr(a, true);
      lv = derefTo(a, u->elem);
      lv.checked = true;
      return lv;
    }
    case Kind::Pointer: {
      const Type* at = u->elem->underlying;
      int p = exprAny(e->x);
      int i = exprAny(e->index);
      if (late) return lateElem(p, i, int64_t(at->len));
      int a = alloc(1);
      curLine.at(opPos(e));
      emitBounds(unsignedIndex(e->index), OP_ARRADDR, a, p, i, kpair(uint64_t(at->len), uint64_t(at->elem->size)));
      curLine = saved;
      setPtr(a, true);
      lv = derefTo(a, at->elem);
      lv.checked = true;
      return lv;
    }
    default:
      err(e->pos, "goro: cannot index this type");
      return lv;
  }
}

// The element an LVal::Arr names, after its index check (and the nil check
// of the array's address), as a checked location.
LVal FuncCompiler::arrElem(const LVal& lv) {
  int a = alloc(1);
  int base = lv.slot;
  if (!lv.inFrame && lv.off) {  // the array at an offset from a pointer: nil-check the pointer first
    if (!lv.checked) {
      int saved = curLine;
      curLine.at(lv.at);
      emit(OP_NILCHECK, lv.slot);
      curLine = saved;
    }
    emit(OP_ADDI, a, lv.slot, int(lv.off));
    base = a;
  }
  emitBoundsAt(lv.at, lv.keyUnsigned, lv.inFrame ? OP_ARRADDRF : OP_ARRADDR, a, base, lv.key,
               kpair(uint64_t(lv.len), uint64_t(lv.type->size)));
  setPtr(a, true);
  LVal p = derefTo(a, lv.type);
  p.checked = true;
  return p;
}

LVal FuncCompiler::lvalue(ast::Expr* e, bool late) {
  e = unparen(e);
  LVal lv;
  lv.type = e->type;
  switch (e->kind) {
    case ExprKind::Ident: {
      auto* id = static_cast<ast::Ident*>(e);
      if (id->name == "_") {
        lv.k = LVal::Blank;
        return lv;
      }
      if (id->obj && id->obj->kind == ObjKind::Var) return varLVal(id->obj);
      break;
    }
    case ExprKind::Selector: {
      auto* s = static_cast<ast::SelectorExpr*>(e);
      if (s->selKind == ast::SelectorExpr::Sel::Qualified) {
        if (s->sel->obj && s->sel->obj->kind == ObjKind::Var) return varLVal(s->sel->obj);
        break;
      }
      if (s->selKind == ast::SelectorExpr::Sel::Field) {
        LVal cur = locOf(s->x);
        int saved = curLine;
        curLine.at(s->pos);
        LVal r = walkPath(cur, s->path);
        curLine = saved;
        return r;
      }
      break;
    }
    case ExprKind::Index:
      return elemOf(static_cast<ast::IndexExpr*>(e), late);
    case ExprKind::Star: {
      auto* s = static_cast<ast::StarExpr*>(e);
      int p = exprAny(s->x);
      return derefTo(p, e->type);
    }
    default:
      break;
  }
  // not addressable: a temp holding the value
  lv.k = LVal::Reg;
  lv.slot = exprAny(e);
  return lv;
}

void FuncCompiler::load(const LVal& lv0, int dst) {
  LVal lv = normFrame(lv0);
  Type* t = lv.type;
  int n = slotsOf(t);
  switch (lv.k) {
    case LVal::Reg:
      mov(dst, lv.slot, n);
      break;
    case LVal::Frame: {
      if (t->size == 0) break;
      int mark = top;
      int a = alloc(1);
      emit(OP_ADDR, a, lv.slot);
      setPtr(a, true);
      Op op = loadOp(t);
      if (op == OP_LOAD_MEM) emit(op, dst, a, int(lv.off), int(t->size));
      else emit(op, dst, a, int(lv.off));
      freeTo(mark);
      break;
    }
    case LVal::Ptr: {
      Op op = loadOp(t);
      if (t->size == 0) {
        if (!lv.checked) emit(OP_NILCHECK, lv.slot);
        break;
      }
      if (op == OP_LOAD_MEM) emit(op, dst, lv.slot, int(lv.off), int(t->size));
      else emit(op, dst, lv.slot, int(lv.off));
      break;
    }
    case LVal::Idx: {
      Kind k = ukind(t);
      if (t->size == 8 && !isNarrow(t)) {
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_LDIDX_64, dst, lv.slot, lv.key);
      } else if (k == Kind::Uint8 || k == Kind::Bool) {
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_LDIDX_U8, dst, lv.slot, lv.key);
      } else if (loadOp(t) == OP_LOAD_128) {
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_LDIDX_128, dst, lv.slot, lv.key);
      } else {
        int mark = top;
        int a = alloc(1);
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_IDXADDR, a, lv.slot, lv.key, int(t->size));
        setPtr(a, true);
        LVal p = derefTo(a, t);
        p.checked = true;
        load(p, dst);
        freeTo(mark);
      }
      break;
    }
    case LVal::Arr: {
      int mark = top;
      load(arrElem(lv), dst);
      freeTo(mark);
      break;
    }
    case LVal::Map: {
      if (t->size == 8 && !isNarrow(t)) {  // the value itself, in one instruction
        emit(OP_MAPGET_64, dst, lv.slot, lv.key, ktype(lv.mapType));
        break;
      }
      int mark = top;
      int a = alloc(1);
      emit(OP_MAPACCESS, a, lv.slot, lv.key, ktype(lv.mapType));
      setPtr(a, true);
      LVal p = derefTo(a, t);
      p.checked = true;
      load(p, dst);
      freeTo(mark);
      break;
    }
    default:
      break;
  }
  setPtrs(dst, t);
}

void FuncCompiler::store(const LVal& lv0, int src) {
  LVal lv = normFrame(lv0);
  Type* t = lv.type;
  int n = slotsOf(t);
  switch (lv.k) {
    case LVal::Reg:
      mov(lv.slot, src, n);
      setPtrs(lv.slot, t);
      break;
    case LVal::Frame: {
      if (t->size == 0) break;
      int mark = top;
      int a = alloc(1);
      emit(OP_ADDR, a, lv.slot);
      setPtr(a, true);
      Op op = storeOp(t);
      if (op == OP_STORE_MEM) emit(op, a, int(lv.off), src, int(t->size));
      else emit(op, a, int(lv.off), src);
      freeTo(mark);
      break;
    }
    case LVal::Ptr: {
      if (t->size == 0) {
        if (!lv.checked) emit(OP_NILCHECK, lv.slot);
        break;
      }
      Op op = storeOp(t);
      if (op == OP_STORE_MEM) emit(op, lv.slot, int(lv.off), src, int(t->size));
      else emit(op, lv.slot, int(lv.off), src);
      break;
    }
    case LVal::Idx: {
      Kind k = ukind(t);
      if (t->size == 8 && !isNarrow(t)) {
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_STIDX_64, lv.slot, lv.key, src);
      } else if (t->size == 1) {
        (void)k;
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_STIDX_8, lv.slot, lv.key, src);
      } else {
        int mark = top;
        int a = alloc(1);
        emitBoundsAt(lv.at, lv.keyUnsigned, OP_IDXADDR, a, lv.slot, lv.key, int(t->size));
        setPtr(a, true);
        LVal p = derefTo(a, t);
        p.checked = true;
        store(p, src);
        freeTo(mark);
      }
      break;
    }
    case LVal::Arr: {
      if (lv.inFrame && ((t->size == 1 && storeOp(t) == OP_STORE_8) || (t->size == 8 && !isNarrow(t)))) {
        emitBoundsAt(lv.at, lv.keyUnsigned, t->size == 1 ? OP_STARRF_8 : OP_STARRF_64, lv.slot, lv.key, src,
                     kpair(uint64_t(lv.len), uint64_t(t->size)));
        break;
      }
      int mark = top;
      store(arrElem(lv), src);
      freeTo(mark);
      break;
    }
    case LVal::Map: {
      if (t->size == 8 && !isNarrow(t)) {  // the value itself, in one instruction
        emit(OP_MAPSET_64, src, lv.slot, lv.key, ktype(lv.mapType));
        break;
      }
      int mark = top;
      int a = alloc(1);
      emit(OP_MAPASSIGN, a, lv.slot, lv.key, ktype(lv.mapType));
      setPtr(a, true);
      LVal p = derefTo(a, t);
      p.checked = true;
      store(p, src);
      freeTo(mark);
      break;
    }
    default:
      break;
  }
}

LVal FuncCompiler::mapElem(const LVal& lv, bool read) {
  int a = alloc(1);
  emit(read ? OP_MAPACCESS : OP_MAPASSIGN, a, lv.slot, lv.key, ktype(lv.mapType));
  setPtr(a, true);
  LVal p = derefTo(a, lv.type);
  p.checked = true;
  return p;
}

void FuncCompiler::addrOf(const LVal& lv0, int dst) {
  LVal lv = lv0;
  if (lv.k == LVal::Reg) {
    lv.k = LVal::Frame;
    lv.off = 0;
  }
  switch (lv.k) {
    case LVal::Frame:
      emit(OP_ADDR, dst, lv.slot);
      if (lv.off) emit(OP_ADDI, dst, dst, int(lv.off));
      break;
    case LVal::Ptr:
      if (!lv.checked) emit(OP_NILCHECK, lv.slot);
      if (lv.off) emit(OP_ADDI, dst, lv.slot, int(lv.off));
      else mov(dst, lv.slot, 1);
      break;
    case LVal::Idx:
      emitBoundsAt(lv.at, lv.keyUnsigned, OP_IDXADDR, dst, lv.slot, lv.key, int(lv.type->size));
      break;
    case LVal::Arr: {
      int mark = top;
      LVal p = arrElem(lv);
      mov(dst, p.slot, 1);
      freeTo(mark);
      break;
    }
    default:
      err(ast::Pos{curLine, 0}, "goro: cannot take the address of this expression");
      break;
  }
  setPtr(dst, true);
}

void FuncCompiler::storeExpr(const LVal& lv, ast::Expr* e) {
  if (lv.k == LVal::Blank) {
    int mark = top;
    if (unparen(e)->kind == ExprKind::Call) call(static_cast<ast::CallExpr*>(unparen(e)));
    else exprAny(e);
    freeTo(mark);
    return;
  }
  LVal n = normFrame(lv);
  ast::Expr* ue = unparen(e);
  if (slotsOf(lv.type) > kBigTempSlots && e->type == lv.type &&
      (ue->mode == ast::Mode::Variable || ue->kind == ExprKind::CompositeLit || isMapIndex(ue))) {
    // big value from memory to memory: one copy, no frame temp (a map
    // element is made after its value: a literal that panics inserts nothing)
    int mark = top;
    int d = alloc(1), s = alloc(1);
    if (lv.k == LVal::Map) {
      addrOf(materialize(locOf(e)), s);
      addrOf(mapElem(lv), d);
    } else {
      addrOf(lv, d);
      addrOf(materialize(locOf(e)), s);
    }
    emit(OP_COPYMEM, d, s, int(lv.type->size), lv.type->hasPointers() ? 1 : 0);
    freeTo(mark);
    return;
  }
  if (n.k == LVal::Reg) {
    // evaluate straight into the variable unless the expression reads it
    // after writing part of it (composite literals and multi-slot values)
    int sz = slotsOf(n.type);
    ast::Expr* u = unparen(e);
    // (a composite literal zeroes its target first: `x = T{F: !x.F}`, or
    // `x = T{F: *p}` with p == &x.F, must read the old x)
    bool direct = (sz <= 1 && u->kind != ExprKind::CompositeLit) || u->kind == ExprKind::Call ||
                  u->kind == ExprKind::Ident || u->kind == ExprKind::BasicLit || u->mode == ast::Mode::Constant;
    if (direct) {
      exprAs(e, n.type, n.slot);
      return;
    }
  }
  int mark = top;
  if (auto h = hoisted.find(e); h != hoisted.end()) {
    store(lv, h->second);  // a loop-invariant constant (hoistLoopConstants)
    return;
  }
  if (n.k != LVal::Reg && n.k != LVal::Map && isNarrow(lv.type) && isInteger(lv.type) && ue->kind == ExprKind::Call &&
      static_cast<ast::CallExpr*>(ue)->callKind == ast::CallExpr::CallKind::Conversion) {
    // `buf[i] = byte(x)` with an integer x: a narrow store keeps the low
    // bytes, which are those of the converted value; no extension op
    ast::Expr* x = static_cast<ast::CallExpr*>(ue)->args[0];
    if (x->type && isInteger(x->type) && x->mode != ast::Mode::Constant) {
      store(lv, exprAny(x));
      freeTo(mark);
      return;
    }
  }
  if (ue->kind == ExprKind::Ident && ue->type && goro::identical(ue->type, lv.type)) {
    // a variable of the destination's type: stored from its own slot
    // (exprAny), no temp copy; nothing between its read and the store can
    // write a register variable (they are not addressable)
    store(lv, exprAny(e));
    freeTo(mark);
    return;
  }
  int t = allocT(lv.type);
  exprAs(e, lv.type, t);
  store(lv, t);
  freeTo(mark);
}

// ---------------------------------------------------------------------------
// Operators

void FuncCompiler::normalize(Type* t, int slot) {
  switch (ukind(t)) {
    case Kind::Int8: emit(OP_SEXT8, slot, slot); break;
    case Kind::Int16: emit(OP_SEXT16, slot, slot); break;
    case Kind::Int32: emit(OP_SEXT32, slot, slot); break;
    case Kind::Uint8: emit(OP_ZEXT8, slot, slot); break;
    case Kind::Uint16: emit(OP_ZEXT16, slot, slot); break;
    case Kind::Uint32: emit(OP_ZEXT32, slot, slot); break;
    case Kind::Float32: emit(OP_ROUND_F32, slot, slot); break;
    default: break;
  }
}

// dst = s converted between integer types. Registers hold integers extended
// to 64 bits by their type's signedness, so a conversion is one extension op
// from s, or a move when every value of `from` is a value of `to`.
void FuncCompiler::convertInt(int s, Type* from, Type* to, int dst) {
  bool fs = isSigned(from), ts = isSigned(to);
  int64_t fz = from->underlying->size, tz = to->underlying->size;
  bool fits = tz == 8 || (fs == ts ? fz <= tz : !fs && fz < tz);
  Op o = OP_NOP;
  if (!fits) {
    switch (ukind(to)) {
      case Kind::Int8: o = OP_SEXT8; break;
      case Kind::Int16: o = OP_SEXT16; break;
      case Kind::Int32: o = OP_SEXT32; break;
      case Kind::Uint8: o = OP_ZEXT8; break;
      case Kind::Uint16: o = OP_ZEXT16; break;
      case Kind::Uint32: o = OP_ZEXT32; break;
      default: break;
    }
  }
  if (o == OP_NOP) mov(dst, s, 1);
  else emit(o, dst, s);
  setPtr(dst, false);
}

bool FuncCompiler::immShiftCount(ast::Expr* count, int64_t& c) {
  return smallConst(count, c) && c >= 0 && c < 64;
}

// x / c and x % c for an integer constant c >= 2: a multiply by a magic number
// (vm/divmagic.h) instead of a hardware divide; cannot panic.
bool FuncCompiler::divImm(Tok op, Type* t, int dst, int xs, ast::Expr* y) {
  int64_t c;
  if ((op != Tok::Quo && op != Tok::Rem) || !isInteger(t) || !smallConst(y, c) || c < 2) return false;
  bool sgn = isSigned(t);
  DivMagic mg = sgn ? signedDivMagic(c) : unsignedDivMagic(uint64_t(c));
  int k = kpair(mg.m, uint64_t(mg.s) | uint64_t(mg.add) << 8);
  Op o = op == Tok::Quo ? (sgn ? OP_DIVK_I : OP_DIVK_U) : (sgn ? OP_REMK_I : OP_REMK_U);
  emit(o, dst, xs, int(c), k);
  setPtr(dst, false);
  return true;
}

bool FuncCompiler::shiftImm(Tok op, Type* t, int dst, int xs, ast::Expr* count) {
  int64_t c;
  if (!immShiftCount(count, c)) return false;
  emit(op == Tok::Shl ? OP_SHLI : isSigned(t) ? OP_SHRI_I : OP_SHRI_U, dst, xs, int(c));
  if (op == Tok::Shl) normalize(t, dst);  // (a right shift stays in the type's range)
  setPtr(dst, false);
  return true;
}

void FuncCompiler::arith(Tok op, Type* t, int dst, int xs, int ys) {
  if (isStringT(t)) {
    if (op == Tok::Add) emit(OP_CONCAT, dst, xs, ys);
    else err(ast::Pos{curLine, 0}, "goro: bad string operator");
    setPtrs(dst, t);
    return;
  }
  if (isFloat(t)) {
    Op o = OP_ADD_F;
    switch (op) {
      case Tok::Add: o = OP_ADD_F; break;
      case Tok::Sub: o = OP_SUB_F; break;
      case Tok::Mul: o = OP_MUL_F; break;
      case Tok::Quo: o = OP_DIV_F; break;
      default: err(ast::Pos{curLine, 0}, "goro: bad float operator"); break;
    }
    emit(o, dst, xs, ys);
    if (ukind(t) == Kind::Float32) emit(OP_ROUND_F32, dst, dst);
    setPtr(dst, false);
    return;
  }
  bool sgn = isSigned(t);
  Op o = OP_ADD_I;
  bool norm = true;
  switch (op) {
    case Tok::Add: o = OP_ADD_I; break;
    case Tok::Sub: o = OP_SUB_I; break;
    case Tok::Mul: o = OP_MUL_I; break;
    case Tok::Quo: o = sgn ? OP_DIV_I : OP_DIV_U; break;
    case Tok::Rem: o = sgn ? OP_REM_I : OP_REM_U; norm = false; break;
    case Tok::And: o = OP_AND; norm = false; break;
    case Tok::Or: o = OP_OR; norm = false; break;
    case Tok::Xor: o = OP_XOR; norm = false; break;
    case Tok::AndNot: o = OP_ANDNOT; norm = false; break;
    case Tok::Shl: o = OP_SHL; break;
    case Tok::Shr: o = sgn ? OP_SHR_I : OP_SHR_U; norm = false; break;
    default: err(ast::Pos{curLine, 0}, "goro: bad integer operator"); break;
  }
  emit(o, dst, xs, ys);
  if (norm) normalize(t, dst);
  setPtr(dst, false);
}

bool smallConst(ast::Expr* e, int64_t& v) {
  e = unparen(e);
  if (e->mode != ast::Mode::Constant || e->cval.k != ast::ConstValue::K::Int) return false;
  if (e->cval.i < -(__int128(1) << 30) || e->cval.i > (__int128(1) << 30)) return false;
  v = int64_t(e->cval.i);
  return true;
}

static bool isCompare(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

// !(x op y) as x op' y, for integer comparisons
static Tok negateCompare(Tok op) {
  switch (op) {
    case Tok::Eql: return Tok::Neq;
    case Tok::Neq: return Tok::Eql;
    case Tok::Lss: return Tok::Geq;
    case Tok::Leq: return Tok::Gtr;
    case Tok::Gtr: return Tok::Leq;
    case Tok::Geq: return Tok::Lss;
    default: return op;
  }
}

// x op y as y op' x
static Tok swapCompare(Tok op) {
  switch (op) {
    case Tok::Lss: return Tok::Gtr;
    case Tok::Leq: return Tok::Geq;
    case Tok::Gtr: return Tok::Lss;
    case Tok::Geq: return Tok::Leq;
    default: return op;  // == and != are symmetric
  }
}

void FuncCompiler::binary(ast::BinaryExpr* e, int dst) {
  Tok op = e->op;
  int mark = top;
  if (op == Tok::LAnd || op == Tok::LOr) {
    // into a temp: dst may be a variable that y reads
    Label end;
    int t = alloc(1);
    expr(e->x, t);
    jumpTo(op == Tok::LAnd ? OP_JF : OP_JT, t, 0, end);
    expr(e->y, t);
    place(end);
    mov(dst, t, 1);
    freeTo(mark);
    setPtr(dst, false);
    return;
  }
  if (isCompare(op)) {
    compare(op, e->x, e->y, dst);
    freeTo(mark);
    return;
  }
  Type* t = e->type;
  int saved = curLine;
  if (op == Tok::Shl || op == Tok::Shr) {
    int xs = exprAny(e->x);
    if (shiftImm(op, t, dst, xs, e->y)) {
      freeTo(mark);
      return;
    }
    int ys;
    int64_t c;
    if (auto h = hoisted.find(e->y); h != hoisted.end()) {
      ys = h->second;
    } else if (smallConst(e->y, c)) {
      ys = alloc(1);
      loadInt(ys, c);
    } else {
      ys = exprAny(e->y);
      if (isSigned(e->y->type)) {
        curLine.at(e->pos);
        emit(OP_SHIFTCHK, ys);
        curLine = saved;
      }
    }
    arith(op, t, dst, xs, ys);
    freeTo(mark);
    return;
  }
  int64_t c;
  if (isInteger(t) && (op == Tok::Add || op == Tok::Sub || op == Tok::Mul) && smallConst(e->y, c)) {
    int xs = exprAny(e->x);
    if (op == Tok::Mul) emit(OP_MULI, dst, xs, int(c));
    else emit(OP_ADDI, dst, xs, int(op == Tok::Add ? c : -c));
    normalize(t, dst);
    setPtr(dst, false);
    freeTo(mark);
    return;
  }
  if (isInteger(t) && (op == Tok::Add || op == Tok::Mul) && smallConst(e->x, c)) {
    int ys = exprAny(e->y);
    if (op == Tok::Mul) emit(OP_MULI, dst, ys, int(c));
    else emit(OP_ADDI, dst, ys, int(c));
    normalize(t, dst);
    setPtr(dst, false);
    freeTo(mark);
    return;
  }
  int xs = exprAny(e->x);
  if (divImm(op, t, dst, xs, e->y)) {
    freeTo(mark);
    return;
  }
  int ys = exprAny(e->y);
  if ((op == Tok::Quo || op == Tok::Rem) && e->pos.line) curLine = e->pos.line;
  arith(op, t, dst, xs, ys);
  curLine = saved;
  freeTo(mark);
}

void FuncCompiler::compare(Tok op, ast::Expr* x, ast::Expr* y, int dst) {
  int mark = top;
  // comparison with nil: the first word decides (pointer, slice data, interface type, map, chan, func)
  if (isNilExpr(y) || isNilExpr(x)) {
    ast::Expr* v = isNilExpr(y) ? x : y;
    int s = exprAny(v);
    emit(OP_EQI, dst, s, 0);
    if (op == Tok::Neq) emit(OP_NOT, dst, dst);
    setPtr(dst, false);
    freeTo(mark);
    return;
  }
  Type* xt = x->type;
  Type* yt = y->type;
  int64_t c;
  if ((op == Tok::Eql || op == Tok::Neq || op == Tok::Lss) && (isInteger(xt) || ukind(xt) == Kind::Bool) &&
      !isUnsigned64(xt) && smallConst(y, c)) {
    int xs = exprAny(x);
    emit(op == Tok::Lss ? OP_LTI : OP_EQI, dst, xs, int(c));
    if (op == Tok::Neq) emit(OP_NOT, dst, dst);
    setPtr(dst, false);
    freeTo(mark);
    return;
  }
  if (isIface(xt) != isIface(yt)) {
    // mixed: box the concrete operand (Go spec: Comparison operators)
    Type* it = isIface(xt) ? xt : yt;
    int xs = alloc(2), ys = alloc(2);
    exprAs(x, it, xs);
    exprAs(y, it, ys);
    compareSlots(op, xs, it, ys, it, dst);
    freeTo(mark);
    return;
  }
  Kind xk = ukind(xt);
  if ((xk == Kind::Struct || xk == Kind::Array) && slotsOf(xt) > kBigTempSlots) {
    // big values are compared where they are (no frame temps)
    int px = alloc(1), py = alloc(1);
    addrOf(materialize(locOf(x)), px);
    addrOf(materialize(locOf(y)), py);
    emit(OP_EQ_PTR, dst, px, py, ktype(xt));
    if (op == Tok::Neq) emit(OP_NOT, dst, dst);
    setPtr(dst, false);
    freeTo(mark);
    return;
  }
  int xs = exprAny(x);
  int ys = exprAny(y);
  compareSlots(op, xs, xt, ys, yt, dst);
  freeTo(mark);
}

void FuncCompiler::compareSlots(Tok op, int xs, Type* xt, int ys, Type* yt, int dst) {
  (void)yt;
  Kind k = ukind(xt);
  bool swap = op == Tok::Gtr || op == Tok::Geq;
  if (swap) std::swap(xs, ys);
  bool neg = op == Tok::Neq;
  Op o;
  if (k == Kind::Interface) {
    o = OP_EQ_IFACE;
  } else if (isStringT(xt)) {
    o = (op == Tok::Eql) ? OP_EQ_S : (op == Tok::Neq) ? OP_NE_S : (op == Tok::Lss || op == Tok::Gtr) ? OP_LT_S : OP_LE_S;
    neg = false;
  } else if (isFloat(xt)) {
    o = (op == Tok::Eql) ? OP_EQ_F : (op == Tok::Neq) ? OP_NE_F : (op == Tok::Lss || op == Tok::Gtr) ? OP_LT_F : OP_LE_F;
    neg = false;
  } else if (k == Kind::Struct || k == Kind::Array) {
    emit(OP_EQ_MEM, dst, xs, ys, ktype(xt));
    if (neg) emit(OP_NOT, dst, dst);
    setPtr(dst, false);
    return;
  } else if (isUnsigned64(xt)) {
    o = (op == Tok::Eql) ? OP_EQ_I : (op == Tok::Neq) ? OP_NE_I : (op == Tok::Lss || op == Tok::Gtr) ? OP_LT_U : OP_LE_U;
    neg = false;
  } else {
    o = (op == Tok::Eql) ? OP_EQ_I : (op == Tok::Neq) ? OP_NE_I : (op == Tok::Lss || op == Tok::Gtr) ? OP_LT_I : OP_LE_I;
    neg = false;
  }
  emit(o, dst, xs, ys);
  if (neg) emit(OP_NOT, dst, dst);
  setPtr(dst, false);
}

// Branch to `target` when the boolean e equals jumpIf; fused compare-and-
// branch for integer comparisons.
void FuncCompiler::cond(ast::Expr* e, bool jumpIf, Label& target) {
  e = unparen(e);
  int mark = top;
  if (e->mode == ast::Mode::Constant && e->cval.k == ast::ConstValue::K::Bool) {
    if (e->cval.b == jumpIf) jumpTo(OP_JMP, 0, 0, target);
    return;
  }
  if (e->kind == ExprKind::Unary && static_cast<ast::UnaryExpr*>(e)->op == Tok::Not) {
    cond(static_cast<ast::UnaryExpr*>(e)->x, !jumpIf, target);
    return;
  }
  if (e->kind == ExprKind::Binary) {
    auto* b = static_cast<ast::BinaryExpr*>(e);
    if (b->op == Tok::LAnd || b->op == Tok::LOr) {
      bool isAnd = b->op == Tok::LAnd;
      if (isAnd != jumpIf) {
        // (x && y) false: x false or y false;  (x || y) true: x true or y true
        cond(b->x, jumpIf, target);
        cond(b->y, jumpIf, target);
      } else {
        Label skip;
        cond(b->x, !jumpIf, skip);
        cond(b->y, jumpIf, target);
        place(skip);
      }
      return;
    }
    Type* xt = b->x->type;
    if (isCompare(b->op) && !isNilExpr(b->x) && !isNilExpr(b->y) && xt && b->y->type && !isIface(xt) &&
        !isIface(b->y->type)) {
      Kind k = ukind(xt);
      bool intLike = (isInteger(xt) && !isUnsigned64(xt)) || k == Kind::Bool;
      bool eqOnly = b->op == Tok::Eql || b->op == Tok::Neq;
      bool ptrLike = eqOnly && (k == Kind::Pointer || k == Kind::Chan || k == Kind::Map || k == Kind::UnsafePointer ||
                                isUnsigned64(xt));
      if (intLike || ptrLike) {
        int xs, ys;
        int64_t c;
        auto hx = hoisted.find(b->x), hy = hoisted.find(b->y);
        Tok op = b->op;
        if (!jumpIf) op = negateCompare(op);
        // one side a constant with no hoisted slot: compare with an immediate
        // (JEQI & co.; the constant side becomes the right one)
        bool yImm = hy == hoisted.end() && smallConst(b->y, c);
        bool xImm = !yImm && hx == hoisted.end() && smallConst(b->x, c);
        if (yImm || xImm) {
          ast::Expr* v = yImm ? b->x : b->y;
          auto hv = yImm ? hx : hy;
          int vs = hv != hoisted.end() ? hv->second : exprAny(v);
          if (xImm) op = swapCompare(op);
          Op o = op == Tok::Eql ? OP_JEQI : op == Tok::Neq ? OP_JNEI : op == Tok::Lss ? OP_JLTI
               : op == Tok::Leq ? OP_JLEI : op == Tok::Gtr ? OP_JGTI : OP_JGEI;
          jumpTo(o, vs, int(c), target);
          freeTo(mark);
          return;
        }
        if (hx != hoisted.end()) {
          xs = hx->second;
        } else if (smallConst(b->x, c)) {
          xs = alloc(1);
          loadInt(xs, c);
        } else {
          xs = exprAny(b->x);
        }
        if (hy != hoisted.end()) {
          ys = hy->second;
        } else if (smallConst(b->y, c)) {
          ys = alloc(1);
          loadInt(ys, c);
        } else {
          ys = exprAny(b->y);
        }
        switch (op) {
          case Tok::Eql: jumpTo(OP_JEQ_I, xs, ys, target); break;
          case Tok::Neq: jumpTo(OP_JNE_I, xs, ys, target); break;
          case Tok::Lss: jumpTo(OP_JLT_I, xs, ys, target); break;
          case Tok::Geq: jumpTo(OP_JGE_I, xs, ys, target); break;
          case Tok::Gtr: jumpTo(OP_JLT_I, ys, xs, target); break;
          case Tok::Leq: jumpTo(OP_JGE_I, ys, xs, target); break;
          default: break;
        }
        freeTo(mark);
        return;
      }
    }
  }
  if (e->kind == ExprKind::Index) {
    // `if s[i]` / `if !s[i]` on a []bool: the element tested in place
    auto* ix = static_cast<ast::IndexExpr*>(e);
    if (ix->x->type && ukind(ix->x->type) == Kind::Slice && e->type && ukind(e->type) == Kind::Bool) {
      int s = exprAny(ix->x);
      int i = exprAny(ix->index);
      int saved = curLine;
      curLine.at(opPos(ix));  // (an index panic reports the index operation's position)
      jumpTo(jumpIf ? OP_JTIDX_8 : OP_JFIDX_8, s, i, target);
      if (unsignedIndex(ix->index)) fn->unsignedBounds.emplace_back(here() - 1, 1);
      curLine = saved;
      freeTo(mark);
      return;
    }
  }
  int t = exprAny(e);
  jumpTo(jumpIf ? OP_JT : OP_JF, t, 0, target);
  freeTo(mark);
}

void FuncCompiler::unary(ast::UnaryExpr* e, int dst) {
  int mark = top;
  Type* t = e->type;
  switch (e->op) {
    case Tok::Add:
      expr(e->x, dst);
      break;
    case Tok::Sub: {
      int xs = exprAny(e->x);
      if (isFloat(t)) emit(OP_NEG_F, dst, xs);
      else {
        emit(OP_NEG_I, dst, xs);
        normalize(t, dst);
      }
      break;
    }
    case Tok::Not: {
      int xs = exprAny(e->x);
      emit(OP_NOT, dst, xs);
      break;
    }
    case Tok::Xor: {
      int xs = exprAny(e->x);
      emit(OP_NOT_I, dst, xs);
      normalize(t, dst);
      break;
    }
    case Tok::Amp: {
      ast::Expr* x = unparen(e->x);
      if (x->kind == ExprKind::CompositeLit) {
        compositeAddr(static_cast<ast::CompositeLit*>(x), t, dst);
        break;
      }
      LVal lv = lvalue(x);
      addrOf(lv, dst);
      break;
    }
    case Tok::Arrow: {
      int ch = exprAny(e->x);
      recvInto(dst, ch, -1, e->type, e->pos.line);
      break;
    }
    default:
      err(e->pos, "goro: unsupported unary operator");
  }
  freeTo(mark);
  setPtrs(dst, t);
}

// ---------------------------------------------------------------------------
// Conversions (Go spec: Conversions)

void FuncCompiler::conversion(ast::CallExpr* e, int dst) {
  Type* to = e->type;
  ast::Expr* x = e->args[0];
  if (isNilExpr(x)) {
    nilValue(to, dst);
    return;
  }
  int mark = top;
  Type* from = P.defaultType(x->type);
  if (isIface(to)) {
    exprAs(x, to, dst);
    freeTo(mark);
    return;
  }
  int s = exprAny(x);
  convertValue(s, from, to, dst);
  freeTo(mark);
}

void FuncCompiler::convertValue(int s, Type* from, Type* to, int dst) {
  Kind fk = ukind(from), tk = ukind(to);
  if (tk == Kind::String && isInteger(from)) {
    emit(OP_RUNE2STR, dst, s);
  } else if (tk == Kind::String && fk == Kind::Slice) {
    Kind ek = ukind(from->underlying->elem);
    emit(ek == Kind::Uint8 ? OP_BYTES2STR : OP_RUNES2STR, dst, s);
  } else if (tk == Kind::Slice && fk == Kind::String) {
    Kind ek = ukind(to->underlying->elem);
    emit(ek == Kind::Uint8 ? OP_STR2BYTES : OP_STR2RUNES, dst, s);
  } else if (tk == Kind::Pointer && fk == Kind::Slice) {
    // Go 1.17: slice to array pointer, with a length check
    emit(OP_SLICE2ARRP, dst, s, int(to->underlying->elem->underlying->len));
  } else if (isInteger(to) && isInteger(from)) {
    convertInt(s, from, to, dst);
  } else if (isFloat(to) && isInteger(from)) {
    emit(isUnsigned64(from) ? OP_U2F : OP_I2F, dst, s, tk == Kind::Float32 ? 1 : 0);  // (one rounding)
  } else if (isInteger(to) && isFloat(from)) {
    // gc's amd64 code: to 64 bits unsigned by its two-range sequence, to uint32
    // through int64, to the smaller kinds through int32 (out of range or NaN:
    // the instruction's MinInt32, then truncated)
    bool small = tk == Kind::Int8 || tk == Kind::Int16 || tk == Kind::Int32 || tk == Kind::Uint8 || tk == Kind::Uint16;
    emit(isUnsigned64(to) ? OP_F2U : small ? OP_F2I32 : OP_F2I, dst, s);
    normalize(to, dst);
  } else if (isFloat(to) && isFloat(from)) {
    mov(dst, s, 1);
    if (tk == Kind::Float32 && fk != Kind::Float32) emit(OP_ROUND_F32, dst, dst);
  } else if (isIface(to)) {
    convertSlot(s, from, to, dst);
  } else {
    mov(dst, s, slotsOf(to));
  }
  setPtrs(dst, to);
}

// ---------------------------------------------------------------------------
// Selectors, indexing, slicing

void FuncCompiler::selector(ast::SelectorExpr* e, int dst) {
  using S = ast::SelectorExpr::Sel;
  int mark = top;
  switch (e->selKind) {
    case S::Qualified: {
      Object* o = e->sel->obj;
      if (!o) break;
      if (o->kind == ObjKind::Var) load(varLVal(o), dst);
      else if (o->kind == ObjKind::Const) constant(o->value, e->type, dst);
      else if (o->kind == ObjKind::Func && o->proto) {
        emit(OP_FUNCVAL, dst, o->proto->index);
        setPtr(dst, true);
      } else err(e->pos, "goro: unsupported qualified identifier");
      break;
    }
    case S::Field: {
      LVal lv = lvalue(e);
      load(lv, dst);
      break;
    }
    case S::Method:
      methodValue(e, dst);
      break;
    case S::MethodExpr: {
      // Go spec: Method expressions
      Object* o = e->sel->obj;
      const Type* ft = e->type ? e->type->underlying : nullptr;
      if (!ft || ft->kind != Kind::Func || ft->params.empty()) {
        err(e->pos, "goro: unsupported method expression");
        break;
      }
      FuncProto* proto = nullptr;
      if (o && o->proto && !e->ifaceMethod && e->path.empty() && !e->autoDeref) {
        proto = o->proto;  // the method itself: its receiver is the first parameter
      } else {
        auto key = std::make_pair(static_cast<const Type*>(ft->params[0]), e->sel->name);
        auto it = P.methodExprProtos.find(key);
        if (it != P.methodExprProtos.end()) {
          proto = it->second;
        } else {
          const Type* rt = ft->params[0];
          std::string rname = rt->isNamed() ? rt->name
                              : (rt->kind == Kind::Pointer && rt->elem && rt->elem->isNamed()) ? "(*" + rt->elem->name + ")"
                                                                                                  : std::string("T");
          std::string name = P.pkgPrefix(pkg) + "." + rname + "." + e->sel->name;
          proto = P.newProto(name, file, e->pos.line);
          P.methodExprProtos[key] = proto;
          FuncCompiler fc(P, proto, file, pkg);
          fc.compileMethodExpr(e);
        }
      }
      emit(OP_FUNCVAL, dst, proto->index);
      setPtr(dst, true);
      break;
    }
    default:
      err(e->pos, "goro: unresolved selector");
  }
  freeTo(mark);
}

void FuncCompiler::index(ast::IndexExpr* e, int dst) {
  int mark = top;
  int saved = curLine;
  if (isStringT(e->x->type)) {
    int s = exprAny(e->x);
    int i = exprAny(e->index);
    curLine.at(opPos(e));
    emitBounds(unsignedIndex(e->index), OP_INDEX_S, dst, s, i);
    curLine = saved;
    setPtr(dst, false);
    freeTo(mark);
    return;
  }
  LVal lv = elemOf(e, false, true);
  curLine.at(opPos(e));
  load(lv, dst);
  curLine = saved;
  freeTo(mark);
}

void FuncCompiler::sliceExpr(ast::SliceExpr* e, int dst) {
  int mark = top;
  int saved = curLine;
  const Type* u = e->x->type->underlying;
  auto bound = [&](ast::Expr* b) { return b ? exprAny(b) : -1; };
  const uint8_t umask = uint8_t(unsignedIndex(e->lo) | unsignedIndex(e->hi) << 1 | unsignedIndex(e->max) << 2);
  if (isStringT(e->x->type)) {
    int s = exprAny(e->x);
    int lo = bound(e->lo), hi = bound(e->hi);
    curLine.at(opPos(e));
    emitBounds(umask, OP_SLICE_S, dst, s, lo, hi);
  } else if (u->kind == Kind::Slice) {
    int s = exprAny(e->x);
    int lo = bound(e->lo), hi = bound(e->hi), mx = bound(e->max);
    curLine.at(opPos(e));
    emitBounds(umask, OP_SLICE, dst, s, lo, hi);
    emit(OP_EXTRA, mx < 0 ? 0xFFFF : mx, int(u->elem->size));
  } else {
    // array (addressable) or pointer to array
    int p;
    const Type* at;
    if (u->kind == Kind::Pointer) {
      p = exprAny(e->x);
      at = u->elem->underlying;
    } else {
      LVal lv = lvalue(e->x);
      p = alloc(1);
      addrOf(lv, p);
      at = u;
    }
    int lo = bound(e->lo), hi = bound(e->hi), mx = bound(e->max);
    curLine.at(opPos(e));
    emitBounds(umask, OP_SLICEARR, dst, p, lo, hi);
    fn->consts.push_back(uint64_t(at->len));
    emit(OP_EXTRA, mx < 0 ? 0xFFFF : mx, int(at->elem->size), int(fn->consts.size()) - 1);
  }
  curLine = saved;
  freeTo(mark);
  setPtrs(dst, e->type);
}

void FuncCompiler::typeAssert(ast::TypeAssertExpr* e, int dst, int okSlot) {
  int mark = top;
  Type* T = e->typeExpr && e->typeExpr->type ? e->typeExpr->type : e->type;
  int x = exprAny(e->x);
  int saved = curLine;
  curLine.at(e->pos);
  int k = kpair(reinterpret_cast<uint64_t>(T), reinterpret_cast<uint64_t>(e->x->type));
  emit(isIface(T) ? OP_ASSERTI : OP_ASSERT, dst, x, k, okSlot);
  curLine = saved;
  freeTo(mark);
  setPtrs(dst, T);
  if (okSlot >= 0) setPtr(okSlot, false);
}

// Go spec: Receive operator.
void FuncCompiler::recvInto(int dst, int ch, int okSlot, Type* elem, int line) {
  int n = slotsOf(elem);
  bool anyPtr = false;
  for (bool b : regPtrMask(elem)) anyPtr |= b;
  if (anyPtr) emit(OP_ZERO, dst, n);
  setPtrs(dst, elem);
  int saved = curLine;
  if (line) curLine = line;
  emitSafe(OP_RECV, dst, ch, okSlot, 0, top);
  curLine = saved;
  setPtrs(dst, elem);
  if (okSlot >= 0) setPtr(okSlot, false);
}

// Go spec: Function literals. Captured variables are heap boxes; the closure
// holds their pointers.
void FuncCompiler::funcLit(ast::FuncLit* e, int dst) {
  std::string name;
  if (lit) name = symbol + "." + std::to_string(++litCount);
  else name = symbol + ".func" + std::to_string(++litCount);
  FuncProto* proto = P.newProto(name, file, e->pos.line);
  {
    FuncCompiler fc(P, proto, file, pkg);
    fc.symbol = name;
    fc.compileFuncLit(e, this);
  }
  auto it = P.esc.captures.find(e);
  if (it == P.esc.captures.end() || it->second.empty()) {
    emit(OP_FUNCVAL, dst, proto->index);
    setPtr(dst, true);
    return;
  }
  const auto& caps = it->second;
  int mark = top;
  int base = alloc(int(caps.size()));
  for (size_t i = 0; i < caps.size(); i++) {
    VarLoc l = locOfVar(caps[i]);
    if (l.k != VarLoc::Boxed) {
      err(e->pos, "goro: internal error: captured variable " + caps[i]->name + " is not boxed");
      continue;
    }
    mov(base + int(i), l.slot, 1);
  }
  emit(OP_MKCLOSURE, dst, proto->index, base, int(caps.size()));
  freeTo(mark);
  setPtr(dst, true);
}

}  // namespace goro::cg
