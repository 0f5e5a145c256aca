// vm/compile_lit.cpp — composite literals (Go spec: Composite literals).
//
// Structs and arrays are built in place in zeroed memory (a frame temp, or
// the new object of &T{...}); slices get a new backing array (MAKESLICE)
// whose elements are stored through its data pointer; maps are made with a
// size hint and filled with MAPASSIGN. Elements whose type is elided
// (`[]Point{{1, 2}}`, `[]*Point{{1, 2}}`) carry their type from the checker.
#include <algorithm>

#include "vm/compile_internal.h"

namespace goro::cg {

using ast::ExprKind;

static int fieldIndex(const Type* st, const std::string& name) {
  for (size_t i = 0; i < st->fields.size(); i++)
    if (st->fields[i].name == name) return int(i);
  return -1;
}

// Value of element `v` of type t into dst (an elided `&T` when t is a pointer).
static void elemValue(FuncCompiler& fc, ast::Expr* v, Type* t, int dst) {
  ast::Expr* u = unparen(v);
  if (u->kind == ExprKind::CompositeLit && ukind(t) == Kind::Pointer && u->type && ukind(u->type) != Kind::Pointer)
    fc.compositeAddr(static_cast<ast::CompositeLit*>(u), t, dst);
  else
    fc.exprAs(v, t, dst);
}

// Store element value `v` (of type t) into location `lv` (zeroed memory).
static void elemInto(FuncCompiler& fc, ast::Expr* v, Type* t, const LVal& lv) {
  ast::Expr* u = unparen(v);
  Kind k = ukind(t);
  if (u->kind == ExprKind::CompositeLit && (k == Kind::Struct || k == Kind::Array) &&
      (!u->type || u->type == t || ukind(u->type) == k)) {
    fc.compositeInto(static_cast<ast::CompositeLit*>(u), t, lv);
    return;
  }
  bool elidedAddr = u->kind == ExprKind::CompositeLit && k == Kind::Pointer && u->type && ukind(u->type) != Kind::Pointer;
  LVal n = fc.normFrame(lv);
  if (n.k == LVal::Reg && !elidedAddr) {
    fc.exprAs(v, t, n.slot);
    return;
  }
  int mark = fc.top;
  int tmp = fc.allocT(t);
  if (elidedAddr) fc.compositeAddr(static_cast<ast::CompositeLit*>(u), t, tmp);
  else fc.exprAs(v, t, tmp);
  fc.store(lv, tmp);
  fc.freeTo(mark);
}

void FuncCompiler::compositeInto(ast::CompositeLit* e, Type* t, const LVal& where) {
  const Type* u = t->underlying;
  if (u->kind == Kind::Struct) {
    for (size_t i = 0; i < e->elts.size(); i++) {
      ast::Expr* el = e->elts[i];
      int idx = int(i);
      ast::Expr* val = el;
      if (el->kind == ExprKind::KeyValue) {
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        ast::Expr* key = unparen(kv->key);
        if (key->kind == ExprKind::Ident) idx = fieldIndex(u, static_cast<ast::Ident*>(key)->name);
        val = kv->value;
      }
      if (idx < 0 || size_t(idx) >= u->fields.size()) {
        err(el->pos, "goro: unknown field in struct literal");
        continue;
      }
      elemInto(*this, val, u->fields[size_t(idx)].type, fieldOf(where, t, idx));
    }
    return;
  }
  if (u->kind == Kind::Array) {
    int64_t i = 0;
    int64_t es = u->elem->size;
    for (ast::Expr* el : e->elts) {
      ast::Expr* val = el;
      if (el->kind == ExprKind::KeyValue) {
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        if (kv->key->mode == ast::Mode::Constant && kv->key->cval.k == ast::ConstValue::K::Int)
          i = int64_t(kv->key->cval.i);
        val = kv->value;
      }
      LVal lv = where;
      if (lv.k == LVal::Reg) {
        lv.k = LVal::Frame;
        lv.off = 0;
      }
      lv.off += i * es;
      lv.type = u->elem;
      elemInto(*this, val, u->elem, normFrame(lv));
      i++;
    }
    return;
  }
  // slices and maps inside memory: build the value, then store it
  int mark = top;
  int tmp = allocT(t);
  compositeLit(e, tmp);
  store(where, tmp);
  freeTo(mark);
}

static int64_t sliceLitLen(ast::CompositeLit* e) {
  int64_t i = 0, n = 0;
  for (ast::Expr* el : e->elts) {
    if (el->kind == ExprKind::KeyValue) {
      auto* kv = static_cast<ast::KeyValueExpr*>(el);
      if (kv->key->mode == ast::Mode::Constant && kv->key->cval.k == ast::ConstValue::K::Int)
        i = int64_t(kv->key->cval.i);
    }
    i++;
    if (i > n) n = i;
  }
  return n;
}

// A struct literal that writes every byte of its slots and holds no pointer
// need not be zeroed first: every field is given, none is itself a struct or
// array, and the fields leave no padding and fill whole slots. (With
// pointers, the slots must hold valid words from the start: a field's value
// may call a function, a safepoint whose stack map counts them.)
static bool fillsEveryByte(ast::CompositeLit* e, const Type* t) {
  const Type* u = t->underlying;
  if (u->kind != Kind::Struct || t->hasPointers() || t->size % 8 != 0) return false;
  int64_t covered = 0;
  std::vector<bool> given(u->fields.size(), false);
  for (size_t i = 0; i < e->elts.size(); i++) {
    ast::Expr* el = e->elts[i];
    int idx = int(i);
    if (el->kind == ExprKind::KeyValue) {
      ast::Expr* key = unparen(static_cast<ast::KeyValueExpr*>(el)->key);
      if (key->kind != ExprKind::Ident) return false;
      idx = fieldIndex(u, static_cast<ast::Ident*>(key)->name);
    }
    if (idx < 0 || size_t(idx) >= u->fields.size() || given[size_t(idx)] || u->fields[size_t(idx)].name == "_")
      return false;
    Kind fk = u->fields[size_t(idx)].type->underlying->kind;
    if (fk == Kind::Struct || fk == Kind::Array) return false;  // (padding of its own, written by nobody)
    given[size_t(idx)] = true;
    covered += u->fields[size_t(idx)].type->size;
  }
  return covered == t->size;
}

void FuncCompiler::compositeLit(ast::CompositeLit* e, int dst) {
  Type* t = e->type;
  if (!t) {
    err(e->pos, "goro: untyped composite literal");
    return;
  }
  const Type* u = t->underlying;
  int mark = top;
  switch (u->kind) {
    case Kind::Pointer:
      compositeAddr(e, t, dst);
      break;
    case Kind::Struct:
    case Kind::Array: {
      int n = slotsOf(t);
      if (n > 0 && !fillsEveryByte(e, t)) emit(OP_ZERO, dst, n);
      setPtrs(dst, t);  // zeroed words are valid (nil) pointers
      LVal where;
      where.k = LVal::Frame;
      where.slot = dst;
      where.type = t;
      compositeInto(e, t, where);
      break;
    }
    case Kind::Slice: {
      int64_t n = sliceLitLen(e);
      int len = alloc(1);
      loadInt(len, n);
      emit(OP_MAKESLICE, dst, len, -1, ktype(u->elem));
      setPtrs(dst, t);
      int64_t i = 0;
      int64_t es = u->elem->size;
      for (ast::Expr* el : e->elts) {
        ast::Expr* val = el;
        if (el->kind == ExprKind::KeyValue) {
          auto* kv = static_cast<ast::KeyValueExpr*>(el);
          if (kv->key->mode == ast::Mode::Constant && kv->key->cval.k == ast::ConstValue::K::Int)
            i = int64_t(kv->key->cval.i);
          val = kv->value;
        }
        LVal lv = derefTo(dst, u->elem, i * es);
        lv.checked = true;
        elemInto(*this, val, u->elem, lv);
        i++;
      }
      break;
    }
    case Kind::Map: {
      int hint = alloc(1);
      loadInt(hint, int64_t(e->elts.size()));
      emit(OP_MAKEMAP, dst, hint, ktype(t));
      setPtr(dst, true);
      // as gc: the entries whose key and value are constants first, then the
      // others in order, each evaluated and stored before the next
      auto isStatic = [](ast::Expr* x) { return x && (x->mode == ast::Mode::Constant || isNilExpr(x)); };
      std::vector<ast::KeyValueExpr*> entries;
      for (ast::Expr* el : e->elts) {
        if (el->kind != ExprKind::KeyValue) {
          err(el->pos, "goro: missing key in map literal");
          continue;
        }
        entries.push_back(static_cast<ast::KeyValueExpr*>(el));
      }
      std::stable_partition(entries.begin(), entries.end(),
                            [&](ast::KeyValueExpr* kv) { return isStatic(kv->key) && isStatic(kv->value); });
      for (ast::KeyValueExpr* kv : entries) {
        int m2 = top;
        int k = allocT(u->key);
        elemValue(*this, kv->key, u->key, k);
        if (slotsOf(u->elem) > kBigTempSlots) {
          // a big value is built (or found) in memory and copied into its entry
          int src = alloc(1);
          ast::Expr* ve = unparen(kv->value);
          if (ve->kind == ExprKind::CompositeLit) {
            emit(OP_NEW, src, ktype(u->elem));
            setPtr(src, true);
            LVal lv = derefTo(src, u->elem);
            lv.checked = true;
            compositeInto(static_cast<ast::CompositeLit*>(ve), u->elem, lv);
          } else {
            addrOf(materialize(locOf(kv->value)), src);
            setPtr(src, true);
          }
          int p = alloc(1);
          emit(OP_MAPASSIGN, p, dst, k, ktype(t));
          setPtr(p, true);
          emit(OP_COPYMEM, p, src, int(u->elem->size), u->elem->hasPointers() ? 1 : 0);
          freeTo(m2);
          continue;
        }
        int v = allocT(u->elem);
        elemValue(*this, kv->value, u->elem, v);
        int p = alloc(1);
        emit(OP_MAPASSIGN, p, dst, k, ktype(t));
        setPtr(p, true);
        LVal lv = derefTo(p, u->elem);
        lv.checked = true;
        store(lv, v);
        freeTo(m2);
      }
      break;
    }
    default:
      err(e->pos, "goro: unsupported composite literal");
  }
  freeTo(mark);
  setPtrs(dst, t);
}

// &T{...}: a new heap object filled in place.
void FuncCompiler::compositeAddr(ast::CompositeLit* e, Type* ptrT, int dst) {
  Type* et = ptrT->underlying->elem;
  int mark = top;
  int p = alloc(1);  // build in a temp: dst may be read by the elements
  emit(OP_NEW, p, ktype(et));
  setPtr(p, true);
  Kind k = ukind(et);
  LVal where = derefTo(p, et);
  where.checked = true;
  if (k == Kind::Struct || k == Kind::Array) {
    compositeInto(e, et, where);
  } else {
    int tmp = allocT(et);
    compositeLit(e, tmp);
    store(where, tmp);
  }
  mov(dst, p, 1);
  freeTo(mark);
  setPtr(dst, true);
}

}  // namespace goro::cg
