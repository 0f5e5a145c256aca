// vm/compile_stmt.cpp — statements.
//
// Go spec sections: Statements (Declarations and scope, Assignment
// statements, IncDec statements, If, Switch (expression and type switches),
// For (with for clause, with range clause), Select, Return, Break, Continue,
// Goto, Fallthrough, Labeled statements, Send statements).
//
// Loops: the condition is tested at the top with a fused compare-and-branch;
// the back-edge is a preemption point: LOOP, or, where the condition is one
// integer compare, the test again fused with it (LOOPLT_I & co.; FORLOOPK/R
// with the post `i++` too). A range over a slice, an array, a pointer to an
// array or an integer counts a hidden index (or the key variable itself, when
// nothing else can write it) up to the length fixed at loop start: an entry
// test, then FORLOOPK at the bottom. `len(s)` of a register local slice or
// string compared in a loop is read from s's length slot (lenSlot). Variables
// declared in a loop header are one variable for the whole loop (Go 1.19
// semantics).
#include <functional>

#include "vm/compile_internal.h"
#include "vm/types.h"

namespace goro::cg {

using ast::ExprKind;
using ast::StmtKind;
using ast::Tok;

void FuncCompiler::block(ast::BlockStmt* b) {
  if (!b) return;
  pushScope();
  stmts(b->list);
  popScope();
}

void FuncCompiler::stmts(const std::vector<ast::Stmt*>& list) {
  for (auto* s : list) stmt(s);
}

void FuncCompiler::stmt(ast::Stmt* s) {
  if (!s) return;
  curLine.at(s->pos);
  int mark = top;
  switch (s->kind) {
    case StmtKind::Decl:
      declStmt(static_cast<ast::DeclStmt*>(s));
      return;  // declared variables stay allocated
    case StmtKind::Empty:
      break;
    case StmtKind::Labeled:
      labeled(static_cast<ast::LabeledStmt*>(s));
      return;  // a labeled declaration keeps its variables
    case StmtKind::Expr: {
      CallOrder co(*this);  // the calls in the arguments first (compile_order.cpp)
      order(co, {{&static_cast<ast::ExprStmt*>(s)->x, true}});
      ast::Expr* x = unparen(static_cast<ast::ExprStmt*>(s)->x);
      if (x->kind == ExprKind::Call) call(static_cast<ast::CallExpr*>(x));
      else exprAny(x);
      break;
    }
    case StmtKind::Send:
      sendStmt(static_cast<ast::SendStmt*>(s));
      break;
    case StmtKind::IncDec:
      incDec(static_cast<ast::IncDecStmt*>(s));
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<ast::AssignStmt*>(s);
      assign(a);
      if (a->tok == Tok::Define) return;  // new variables stay allocated
      break;
    }
    case StmtKind::Go:
      deferOrGo(static_cast<ast::GoStmt*>(s)->call, true, s->pos.line);
      break;
    case StmtKind::Defer:
      deferOrGo(static_cast<ast::DeferStmt*>(s)->call, false, s->pos.line);
      break;
    case StmtKind::Return:
      returnStmt(static_cast<ast::ReturnStmt*>(s));
      break;
    case StmtKind::Branch:
      branch(static_cast<ast::BranchStmt*>(s));
      break;
    case StmtKind::Block:
      block(static_cast<ast::BlockStmt*>(s));
      break;
    case StmtKind::If:
      ifStmt(static_cast<ast::IfStmt*>(s));
      break;
    case StmtKind::Switch:
      switchStmt(static_cast<ast::SwitchStmt*>(s), nullptr);
      break;
    case StmtKind::TypeSwitch:
      typeSwitch(static_cast<ast::TypeSwitchStmt*>(s), nullptr);
      break;
    case StmtKind::Select:
      selectStmt(static_cast<ast::SelectStmt*>(s), nullptr);
      break;
    case StmtKind::For:
      forStmt(static_cast<ast::ForStmt*>(s), nullptr);
      break;
    case StmtKind::Range:
      rangeStmt(static_cast<ast::RangeStmt*>(s), nullptr);
      break;
    default:
      err(s->pos, "goro: unsupported statement");
  }
  freeTo(mark);
}

// ---------------------------------------------------------------------------
// Declarations and assignments

void FuncCompiler::declStmt(ast::DeclStmt* s) {
  if (!s->decl || s->decl->tok != Tok::Var) return;  // const and type declarations need no code
  for (auto* vs : s->decl->values) varSpec(vs);
}

static Object* declObj(ast::Ident* id) {
  if (!id || id->name == "_" || !id->obj || id->obj->kind != ObjKind::Var) return nullptr;
  return id->obj;
}

void FuncCompiler::varSpec(ast::ValueSpec* vs) {
  curLine.at(vs->pos);
  if (vs->values.empty()) {
    for (auto* id : vs->names)
      if (Object* o = declObj(id)) declareZeroVar(o);
    return;
  }
  if (vs->values.size() == vs->names.size()) {
    if (vs->names.size() == 1) {
      Object* o = declObj(vs->names[0]);
      if (!o) {
        int mark = top;
        CallOrder co(*this);  // calls first (compile_order.cpp)
        order(co, {{&vs->values[0], true}});
        LVal blank;
        blank.k = LVal::Blank;
        storeExpr(blank, vs->values[0]);
        freeTo(mark);
        return;
      }
      declareVar(o);
      int mark = top;
      CallOrder co(*this);  // calls first (compile_order.cpp)
      order(co, {{&vs->values[0], true}});
      storeExpr(varLVal(o), vs->values[0]);
      freeTo(mark);
      varLive(o);
      return;
    }
    std::vector<Object*> objs;
    for (auto* id : vs->names) {
      Object* o = declObj(id);
      if (o) declareVar(o);
      objs.push_back(o);
    }
    int mark = top;
    std::vector<int> tmps;
    for (size_t i = 0; i < vs->values.size(); i++) {
      Type* t = objs[i] ? objs[i]->type : P.defaultType(vs->values[i]->type);
      int tmp = allocT(t);
      CallOrder co(*this);  // each value's calls first (gc: `var a, b = x, f()` reads x before f)
      order(co, {{&vs->values[i], true}});
      exprAs(vs->values[i], t, tmp);
      tmps.push_back(tmp);
    }
    for (size_t i = 0; i < objs.size(); i++)
      if (objs[i]) store(varLVal(objs[i]), tmps[i]);
    freeTo(mark);
    for (Object* o : objs)
      if (o) varLive(o);
    return;
  }
  // var a, b = f()  (or a comma-ok form)
  auto* as = new ast::AssignStmt();
  as->pos = vs->pos;
  as->tok = Tok::Define;
  for (auto* id : vs->names) {
    as->lhs.push_back(id);
    as->isNew.push_back(true);
  }
  as->rhs = vs->values;
  assign(as);
}

// Store the value at src (type srcT) into lhs; `define`: lhs is a new variable
// already declared by the caller.
void FuncCompiler::assignTo(ast::Expr* lhs, int src, Type* srcT, bool define) {
  (void)define;
  if (isBlank(lhs)) return;
  int mark = top;
  storeConv(lvalue(lhs), src, srcT);
  freeTo(mark);
}

// lv := the value at src of type srcT, converted to lv's type (interface
// boxing, untyped nil).
void FuncCompiler::storeConv(const LVal& lv, int src, Type* srcT) {
  if (lv.k == LVal::Blank) return;
  int mark = top;
  Type* lt = lv.type ? lv.type : srcT;
  if (isIface(lt) != isIface(srcT) || (srcT && srcT->kind == Kind::UntypedNil)) {
    int tmp = allocT(lt);
    convertSlot(src, srcT, lt, tmp);
    store(lv, tmp);
  } else {
    store(lv, src);
  }
  freeTo(mark);
}

// Go spec: Assignment statements — "First, the operands of index expressions
// and pointer indirections ... on the left and the expressions on the right
// are all evaluated in the usual order. Second, the assignments are carried
// out in left-to-right order."
//
// An lvalue's operands may be a register variable's own slots (exprAny
// returns them: the slice of a[i], the index i, the pointer of *p, the map and
// key of m[k]). When an earlier assignment of the same statement writes such
// a variable, the operand is copied to a temp first, so the later assignment
// sees the value of phase one. Only register variables can alias this way:
// every other variable is read into a temp by exprAny already, and the
// location of a Frame/Reg destination is the variable itself, not an operand.
void FuncCompiler::pinOperands(std::vector<LVal>& lvs) {
  std::vector<std::pair<int, int>> written;  // [from, to) slots of register variables assigned
  for (const LVal& lv : lvs) {
    LVal n = normFrame(lv);
    if (n.k == LVal::Reg) written.push_back({n.slot, n.slot + slotsOf(n.type)});
    else if (n.k == LVal::Frame) written.push_back({n.slot, n.slot + int((n.off + n.type->size + 7) / 8)});
    else if (n.k == LVal::Arr && n.inFrame) written.push_back({n.slot, n.slot + int((n.len * n.type->size + 7) / 8)});
  }
  if (written.empty()) return;
  auto pin = [&](int& slot, int n, const Type* t) {
    if (slot < 0 || n <= 0) return;
    bool hit = false;
    for (auto& w : written)
      if (slot < w.second && w.first < slot + n) hit = true;
    if (!hit) return;
    int tmp = alloc(n);
    mov(tmp, slot, n);
    if (t) setPtrs(tmp, t);
    else
      for (int i = 0; i < n; i++) setPtr(tmp + i, ptrNow[size_t(slot + i)]);
    slot = tmp;
  };
  for (LVal& lv : lvs) {
    switch (lv.k) {
      case LVal::Ptr:
        pin(lv.slot, 1, nullptr);
        break;
      case LVal::Idx:
        pin(lv.slot, 3, nullptr);
        pin(lv.key, 1, nullptr);
        break;
      case LVal::Arr:  // (an array in the frame is the location itself: not an operand)
        if (!lv.inFrame) pin(lv.slot, 1, nullptr);
        pin(lv.key, 1, nullptr);
        break;
      case LVal::Map: {
        Type* kt = lv.mapType->underlying->key;
        pin(lv.slot, 1, nullptr);
        pin(lv.key, slotsOf(kt), kt);
        break;
      }
      default:
        break;
    }
  }
}

// The values of a multi-value right-hand side (call, comma-ok forms) in
// consecutive temps; returns the first slot and their types. `into` >= 0: a
// comma-ok form may put its value and ok straight there (the caller's
// consecutive register variables of exactly those types), saving the moves.
static int tupleRhs(FuncCompiler& fc, ast::Expr* r0, std::vector<Type*>& ts, int into = -1) {
  ast::Expr* r = unparen(r0);
  if (r->kind == ExprKind::Call) {
    int base = fc.call(static_cast<ast::CallExpr*>(r));
    for (size_t i = 0; i < tupleLen(r->type); i++) ts.push_back(tupleAt(r->type, i));
    return base;
  }
  // the value's own type (the checker may record the comma-ok expression
  // with the type of the variable it is assigned to)
  Type* vt = r->type && r->type->kind == Kind::Tuple ? tupleAt(r->type, 0) : r->type;
  if (r->kind == ExprKind::TypeAssert) {
    auto* ta = static_cast<ast::TypeAssertExpr*>(r);
    if (ta->typeExpr && ta->typeExpr->type) vt = ta->typeExpr->type;
  } else if (r->kind == ExprKind::Index) {
    const Type* mt = static_cast<ast::IndexExpr*>(r)->x->type;
    if (mt && ukind(mt) == Kind::Map) vt = mt->underlying->elem;
  } else if (r->kind == ExprKind::Unary && static_cast<ast::UnaryExpr*>(r)->op == Tok::Arrow) {
    const Type* ct = static_cast<ast::UnaryExpr*>(r)->x->type;
    if (ct && ukind(ct) == Kind::Chan) vt = ct->underlying->elem;
  }
  int n = slotsOf(vt);
  int base = into >= 0 ? into : fc.alloc(n + 1);
  int ok = base + n;
  if (r->kind == ExprKind::TypeAssert) {
    fc.typeAssert(static_cast<ast::TypeAssertExpr*>(r), base, ok);
  } else if (r->kind == ExprKind::Index) {
    auto* ix = static_cast<ast::IndexExpr*>(r);
    Type* mt = ix->x->type;
    int m = fc.exprAny(ix->x);
    int k = fc.mapKey(ix->index, mt, true);
    if (vt->size == 8 && !isNarrow(vt)) {
      // an 8-byte value: MAPGET2_64 puts it and ok where they belong
      fc.emit(OP_MAPGET2_64, base, m, k, fc.ktype(mt));
    } else {
      // A one-slot value loaded by one instruction: MAPACCESS2 puts the pointer
      // in the value's own slot and ok right after it, where it belongs.
      const bool inPlace = n == 1 && vt->size > 0 && loadOp(vt) != OP_LOAD_MEM;
      int pp = inPlace ? base : fc.alloc(2);
      fc.emit(OP_MAPACCESS2, pp, m, k, fc.ktype(mt));
      fc.setPtr(pp, true);
      LVal lv = fc.derefTo(pp, vt);
      lv.checked = true;
      fc.load(lv, base);
      if (!inPlace) fc.mov(ok, pp + 1, 1);
    }
  } else if (r->kind == ExprKind::Unary && static_cast<ast::UnaryExpr*>(r)->op == Tok::Arrow) {
    auto* u = static_cast<ast::UnaryExpr*>(r);
    int ch = fc.exprAny(u->x);
    fc.recvInto(base, ch, ok, vt, u->pos.line);
  } else {
    fc.err(r->pos, "goro: unsupported multi-value expression");
  }
  fc.setPtrs(base, vt);
  fc.setPtr(ok, false);
  ts.push_back(vt);
  ts.push_back(fc.P.boolType);
  return base;
}

int FuncCompiler::tupleValues(ast::Expr* rhs, std::vector<Type*>& ts) { return tupleRhs(*this, rhs, ts); }

void FuncCompiler::assign(ast::AssignStmt* s) {
  if (s->tok != Tok::Assign && s->tok != Tok::Define) {
    Tok op = Tok::Add;
    switch (s->tok) {
      case Tok::AddAssign: op = Tok::Add; break;
      case Tok::SubAssign: op = Tok::Sub; break;
      case Tok::MulAssign: op = Tok::Mul; break;
      case Tok::QuoAssign: op = Tok::Quo; break;
      case Tok::RemAssign: op = Tok::Rem; break;
      case Tok::AndAssign: op = Tok::And; break;
      case Tok::OrAssign: op = Tok::Or; break;
      case Tok::XorAssign: op = Tok::Xor; break;
      case Tok::ShlAssign: op = Tok::Shl; break;
      case Tok::ShrAssign: op = Tok::Shr; break;
      case Tok::AndNotAssign: op = Tok::AndNot; break;
      default: break;
    }
    opAssign(s->lhs[0], op, s->rhs[0], s);
    return;
  }
  bool define = s->tok == Tok::Define;
  auto isNewVar = [&](size_t i) -> Object* {
    if (!define) return nullptr;
    if (i < s->isNew.size() && !s->isNew[i]) return nullptr;
    ast::Expr* l = unparen(s->lhs[i]);
    if (l->kind != ExprKind::Ident) return nullptr;
    Object* o = declObj(static_cast<ast::Ident*>(l));
    if (!o) return nullptr;
    if (s->isNew.empty() && vars.count(o)) return nullptr;
    return o;
  };
  // new variables first (their slots below this statement's temps)
  std::vector<Object*> news;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    Object* o = isNewVar(i);
    news.push_back(o);
    if (o) declareVar(o);
  }
  int mark = top;
  // calls first, then the operands of both sides (compile_order.cpp); a
  // lone right-hand call stays in place when no left side reads an operand
  CallOrder co(*this);
  bool plain = s->rhs.size() == 1;
  for (ast::Expr* l : s->lhs) plain = plain && plainTarget(l);
  std::vector<std::pair<ast::Expr**, bool>> roots;
  for (ast::Expr*& l : s->lhs) roots.push_back({&l, true});
  for (ast::Expr*& r : s->rhs) roots.push_back({&r, plain});
  order(co, roots);
  if (s->lhs.size() == s->rhs.size()) {
    if (s->lhs.size() == 1) {
      if (news[0]) storeExpr(varLVal(news[0]), s->rhs[0]);
      else storeExpr(lvalue(s->lhs[0], true), s->rhs[0]);  // (an array index is checked after the value, as gc)
    } else {
      // Go spec: Assignment statements — operands first, then the
      // assignments left to right (pinOperands)
      std::vector<LVal> lvs;
      for (size_t i = 0; i < s->lhs.size(); i++) {
        if (news[i]) lvs.push_back(varLVal(news[i]));
        else lvs.push_back(lvalue(s->lhs[i], true));
      }
      pinOperands(lvs);
      std::vector<int> tmps;
      for (size_t i = 0; i < s->rhs.size(); i++) {
        Type* t = lvs[i].k == LVal::Blank ? P.defaultType(s->rhs[i]->type) : lvs[i].type;
        int tmp = allocT(t);
        exprAs(s->rhs[i], t, tmp);
        tmps.push_back(tmp);
      }
      for (size_t i = 0; i < lvs.size(); i++)
        if (lvs[i].k != LVal::Blank) store(lvs[i], tmps[i]);
    }
  } else if (s->rhs.size() == 1) {
    // x, y = f() / v, ok = m[k] ...: as gc (its as2func/as2ok), the right
    // side into temps first, then the left side's operands (`a[i], b = f()`
    // reads i after f ran; calls among them went first, above), then the
    // assignments, left to right
    bool plainLhs = true;
    for (size_t i = 0; i < s->lhs.size(); i++) plainLhs = plainLhs && (news[i] || plainTarget(s->lhs[i]));
    std::vector<LVal> lvs;
    auto leftSide = [&] {
      for (size_t i = 0; i < s->lhs.size(); i++) {
        if (news[i]) lvs.push_back(varLVal(news[i]));
        else lvs.push_back(lvalue(s->lhs[i], true));
      }
      pinOperands(lvs);
    };
    if (plainLhs) leftSide();  // (reads nothing; the in-place form below needs them)
    std::vector<Type*> ts;
    // `v, ok := m[k]` or `v, ok := x.(T)` declaring both in consecutive
    // registers: the values go straight into them.
    int into = -1;
    const ExprKind rk = unparen(s->rhs[0])->kind;
    if (plainLhs && lvs.size() == 2 && news[0] && news[1] && (rk == ExprKind::Index || rk == ExprKind::TypeAssert)) {
      LVal v = normFrame(lvs[0]), ok = normFrame(lvs[1]);
      ast::Expr* r = unparen(s->rhs[0]);
      Type* vt = r->type && r->type->kind == Kind::Tuple ? tupleAt(r->type, 0) : nullptr;
      if (v.k == LVal::Reg && ok.k == LVal::Reg && ok.slot == v.slot + slotsOf(v.type) && vt &&
          goro::identical(vt, v.type) && ukind(ok.type) == Kind::Bool && !isIface(v.type))
        into = v.slot;
    }
    if (rk == ExprKind::Index && s->lhs.size() == 2) {
      // v, ok = m[k] with a big element: read in place, copied memory to memory
      auto* ix = static_cast<ast::IndexExpr*>(unparen(s->rhs[0]));
      Type* mt = ix->x->type;
      if (mt && ukind(mt) == Kind::Map && slotsOf(mt->underlying->elem) > kBigTempSlots) {
        Type* vt = mt->underlying->elem;
        int m = exprAny(ix->x);
        int k = mapKey(ix->index, mt, true);
        int pp = alloc(2);
        emit(OP_MAPACCESS2, pp, m, k, ktype(mt));
        setPtr(pp, true);
        setPtr(pp + 1, false);
        if (!plainLhs) leftSide();
        if (lvs[0].k != LVal::Blank) {
          int d = alloc(1);
          addrOf(lvs[0].k == LVal::Map ? mapElem(lvs[0]) : lvs[0], d);
          emit(OP_COPYMEM, d, pp, int(vt->size), vt->hasPointers() ? 1 : 0);
        }
        storeConv(lvs[1], pp + 1, P.boolType);
        freeTo(mark);
        for (Object* o : news)
          if (o) varLive(o);
        return;
      }
    }
    int base = tupleRhs(*this, s->rhs[0], ts, into);
    if (into >= 0 && goro::identical(ts[0], lvs[0].type) && ts[1] == lvs[1].type) {
      setPtrs(into, lvs[0].type);
      setPtr(into + slotsOf(lvs[0].type), false);
      freeTo(mark);
      for (Object* o : news) varLive(o);
      return;
    }
    if (!plainLhs) leftSide();
    int at = base;
    for (size_t i = 0; i < lvs.size() && i < ts.size(); i++) {
      storeConv(lvs[i], at, ts[i]);
      at += slotsOf(ts[i]);
    }
  } else {
    err(s->pos, "goro: assignment count mismatch");
  }
  freeTo(mark);
  for (Object* o : news)
    if (o) varLive(o);
}

void FuncCompiler::opAssign(ast::Expr* lhs, Tok op, ast::Expr* rhs, ast::Stmt* s) {
  int mark = top;
  CallOrder co(*this);  // calls first (compile_order.cpp)
  order(co, {{&lhs, true}, {&rhs, plainTarget(lhs)}});
  LVal lv = normFrame(lvalue(lhs));
  Type* t = lv.type;
  int saved = curLine;
  bool shift = op == Tok::Shl || op == Tok::Shr;
  // shiftCheck false: the caller emits the negative-count check itself
  auto rhsSlot = [&](bool shiftCheck = true) -> int {
    int64_t c = 0;
    ast::Expr* r = unparen(rhs);
    if (shift && r->mode == ast::Mode::Constant && r->cval.k == ast::ConstValue::K::Int) {
      int k = alloc(1);
      c = int64_t(r->cval.i);
      loadInt(k, c);
      return k;
    }
    if (shift) {
      int y = exprAny(rhs);
      if (shiftCheck && isSigned(rhs->type)) emit(OP_SHIFTCHK, y);
      return y;
    }
    // an operand already in a slot of the same type (a local, a hoisted constant): no copy
    if (rhs->type == t && (hoisted.count(rhs) || unparen(rhs)->mode != ast::Mode::Constant)) return exprAny(rhs);
    int y = allocT(t);
    exprAs(rhs, t, y);
    return y;
  };
  if (lv.k == LVal::Reg) {
    ast::Expr* r = unparen(rhs);
    if (isInteger(t) && (op == Tok::Add || op == Tok::Sub) && r->mode == ast::Mode::Constant &&
        r->cval.k == ast::ConstValue::K::Int && r->cval.i > -(__int128(1) << 30) && r->cval.i < (__int128(1) << 30)) {
      int64_t c = int64_t(r->cval.i);
      emit(OP_ADDI, lv.slot, lv.slot, int(op == Tok::Add ? c : -c));
      normalize(t, lv.slot);
      freeTo(mark);
      return;
    }
    if ((op == Tok::Shl || op == Tok::Shr) && shiftImm(op, t, lv.slot, lv.slot, rhs)) {
      freeTo(mark);
      return;
    }
    if (divImm(op, t, lv.slot, lv.slot, rhs)) {
      freeTo(mark);
      return;
    }
    int y = rhsSlot();
    if ((op == Tok::Quo || op == Tok::Rem) && s) curLine = s->pos.line;
    arith(op, t, lv.slot, lv.slot, y);
    curLine = saved;
    setPtrs(lv.slot, t);
    freeTo(mark);
    return;
  }
  int64_t sc;
  bool immShift = shift && immShiftCount(rhs, sc);
  // m[k] op= v: one map lookup (mapElem) unless the op can panic after it, as
  // gc does (integer / and %: a division by zero must leave k absent). A
  // negative shift count panics after the element is inserted, as in gc.
  bool oneLookup = lv.k == LVal::Map && !(isInteger(t) && (op == Tok::Quo || op == Tok::Rem));
  if (oneLookup && (op == Tok::Add || op == Tok::Sub) && mapAddable(t)) {  // m[k] += v: one instruction
    int y = rhsSlot();
    if (op == Tok::Sub) {
      int n = alloc(1);
      emit(OP_NEG_I, n, y);
      y = n;
    }
    emit(OP_MAPADD_I, y, lv.slot, lv.key, ktype(lv.mapType));
    freeTo(mark);
    return;
  }
  int y = immShift ? -1 : rhsSlot(!oneLookup);
  if (oneLookup) {
    lv = mapElem(lv);
    if (shift && !immShift && isSigned(rhs->type) && unparen(rhs)->mode != ast::Mode::Constant) emit(OP_SHIFTCHK, y);
  }
  int cur = allocT(t);
  load(lv, cur);
  if (immShift) shiftImm(op, t, cur, cur, rhs);
  else if (!divImm(op, t, cur, cur, rhs)) arith(op, t, cur, cur, y);
  store(lv, cur);
  freeTo(mark);
}

void FuncCompiler::incDec(ast::IncDecStmt* s) {
  int mark = top;
  CallOrder co(*this);  // calls first (compile_order.cpp)
  order(co, {{&s->x, true}});
  LVal lv = normFrame(lvalue(s->x));
  Type* t = lv.type;
  int d = s->tok == Tok::Inc ? 1 : -1;
  auto bump = [&](int slot) {
    if (isFloat(t)) {
      int one = alloc(1);
      ast::ConstValue cv;
      cv.k = ast::ConstValue::K::Float;
      cv.f = 1;
      constant(cv, t, one);
      emit(d > 0 ? OP_ADD_F : OP_SUB_F, slot, slot, one);
      normalize(t, slot);
    } else {
      emit(OP_ADDI, slot, slot, d);
      normalize(t, slot);
    }
  };
  if (lv.k == LVal::Reg) {
    bump(lv.slot);
  } else if (lv.k == LVal::Map && mapAddable(t)) {  // m[k]++: one instruction
    int one = alloc(1);
    loadInt(one, d);
    emit(OP_MAPADD_I, one, lv.slot, lv.key, ktype(lv.mapType));
  } else {
    if (lv.k == LVal::Map) lv = mapElem(lv);  // m[k]++: one lookup
    int cur = allocT(t);
    load(lv, cur);
    bump(cur);
    store(lv, cur);
  }
  freeTo(mark);
}

void FuncCompiler::sendStmt(ast::SendStmt* s) {
  int mark = top;
  CallOrder co(*this);  // calls first (compile_order.cpp)
  order(co, {{&s->chan, false}, {&s->value, false}});
  Type* et = s->chan->type->underlying->elem;
  int ch = exprAny(s->chan);
  int v = allocT(et);
  exprAs(s->value, et, v);
  emitSafe(OP_SEND, ch, v, 0, 0, top);
  freeTo(mark);
}

// ---------------------------------------------------------------------------
// Control flow

void FuncCompiler::ifStmt(ast::IfStmt* s) {
  pushScope();
  if (s->init) stmt(s->init);
  Label els, end;
  curLine.at(s->cond->pos);
  {
    CallOrder co(*this);  // calls first (compile_order.cpp)
    int m = top;
    order(co, {{&s->cond, true}});
    cond(s->cond, false, els);
    freeTo(m);
  }
  block(s->body);
  if (s->els) {
    jumpTo(OP_JMP, 0, 0, end);
    place(els);
    stmt(s->els);
    place(end);
  } else {
    place(els);
  }
  popScope();
}

static std::string labelName(const ast::LabeledStmt* lab) {
  return lab && lab->label ? lab->label->name : std::string();
}

bool FuncCompiler::simpleIntCond(ast::Expr* e) {
  e = unparen(e);
  if (e->kind != ExprKind::Binary) return false;
  auto* b = static_cast<ast::BinaryExpr*>(e);
  if (!(b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq || b->op == Tok::Eql ||
        b->op == Tok::Neq))
    return false;
  if (!b->x->type || !b->y->type || !isInteger(b->x->type) || isUnsigned64(b->x->type) || isIface(b->y->type))
    return false;
  for (ast::Expr* x : {b->x, b->y})
    if (!hoisted.count(x) && regVarSlot(x) < 0) return false;
  return true;
}

// `for ...; v < n; v++` (or v += constant / v += register local): v a
// register local of type int or int64 (64-bit wrap-around, no normalizing),
// n a simpleIntCond operand. Sets the slot of v and the step.
bool FuncCompiler::forLoopShape(ast::ForStmt* s, int& v, int& step, bool& stepReg) {
  if (!s->cond || !s->post) return false;
  auto* b = static_cast<ast::BinaryExpr*>(unparen(s->cond));
  if (b->kind != ExprKind::Binary || b->op != Tok::Lss || hoisted.count(b->x)) return false;
  Kind k = ukind(b->x->type);
  if (k != Kind::Int && k != Kind::Int64) return false;
  v = regVarSlot(b->x);
  if (v < 0) return false;
  auto sameVar = [&](ast::Expr* e) { return regVarSlot(e) == v; };
  if (s->post->kind == StmtKind::IncDec) {
    auto* p = static_cast<ast::IncDecStmt*>(s->post);
    if (!sameVar(p->x)) return false;
    step = p->tok == Tok::Inc ? 1 : -1;
    stepReg = false;
    return true;
  }
  if (s->post->kind != StmtKind::Assign) return false;
  auto* a = static_cast<ast::AssignStmt*>(s->post);
  if (a->tok != Tok::AddAssign || a->lhs.size() != 1 || a->rhs.size() != 1 || !sameVar(a->lhs[0])) return false;
  ast::Expr* r = unparen(a->rhs[0]);
  int64_t c;
  if (smallConst(r, c)) {
    step = int(c);
    stepReg = false;
    return true;
  }
  if (a->rhs[0]->type != b->x->type) return false;
  step = regVarSlot(r);
  stepReg = true;
  return step >= 0;
}

// After the body and post: the back-edge of a loop whose condition is a
// simpleIntCond — the condition tested again, jumping to `body`, as one
// LOOPLT_I & co. (which also check for preemption).
void FuncCompiler::fusedBackEdge(ast::ForStmt* s, Label& body) {
  int before = here();
  cond(s->cond, true, body);
  Instr& j = fn->code.back();
  if (here() != before + 1 || j.c != body.pc ||
      !(j.op == OP_JLT_I || j.op == OP_JGE_I || j.op == OP_JEQ_I || j.op == OP_JNE_I)) {
    err(s->pos, "goro: internal error: loop condition did not compile to one branch");
    return;
  }
  j.op = j.op == OP_JLT_I ? OP_LOOPLT_I : j.op == OP_JGE_I ? OP_LOOPGE_I : j.op == OP_JEQ_I ? OP_LOOPEQ_I : OP_LOOPNE_I;
  fn->lines.back() = bases_ ? relLine(curLine.line, curLine.col) : curLine.line;
  addStackMap(before, top);
}

void FuncCompiler::forStmt(ast::ForStmt* s, const ast::LabeledStmt* lab) {
  pushScope();
  if (s->init) stmt(s->init);
  BranchTarget bt;
  bt.stmt = s;
  bt.labeled = lab;
  bt.label = labelName(lab);
  bt.isLoop = true;
  targets.push_back(&bt);
  if (s->cond) hoistConstants(s->cond);
  hoistLoopConstants(s->body);
  // A condition that compiles to one compare-and-branch is tested again at
  // the bottom, fused with the back-edge (LOOPLT_I & co., which also check
  // for preemption): one dispatch per iteration instead of LOOP + a test.
  bool fuse = s->cond && simpleIntCond(s->cond);
  Label head, body;
  place(head);
  if (s->cond) {
    curLine.at(s->cond->pos);
    CallOrder co(*this);  // calls first, at every test (compile_order.cpp)
    int m = top;
    order(co, {{&s->cond, true}});
    cond(s->cond, false, bt.brk);
    freeTo(m);
  }
  place(body);
  block(s->body);
  place(bt.cont);
  int v, step;
  bool stepReg;
  if (fuse && forLoopShape(s, v, step, stepReg)) {
    // `v < n` with post `v++` / `v += k` / `v += w`: one FORLOOP op
    curLine = s->pos.line;
    ast::Expr* n = static_cast<ast::BinaryExpr*>(unparen(s->cond))->y;
    int pc = emit(stepReg ? OP_FORLOOPR : OP_FORLOOPK, v, exprAny(n), body.pc, step);  // (n: hoisted or a register)
    addStackMap(pc, top);
  } else {
    if (s->post) stmt(s->post);
    curLine = s->pos.line;
    if (fuse) fusedBackEdge(s, body);
    else jumpTo(OP_LOOP, 0, 0, head);
  }
  place(bt.brk);
  targets.pop_back();
  popScope();
}

// `len(s)` / `cap(s)` of a register local slice or string s whose address
// is not taken: the slot that holds it (s's header is ptr, len[, cap]), or -1.
// No copy is needed where it is an operand of a comparison: the slot always
// holds the current value (only an assignment to s can change it, not a
// call made while the other operand is evaluated: that would need &s or a
// closure, which move s out of its register slots).
int FuncCompiler::lenSlot(ast::Expr* e) {
  e = unparen(e);
  if (e->kind != ExprKind::Call || e->mode == ast::Mode::Constant) return -1;
  auto* c = static_cast<ast::CallExpr*>(e);
  if (c->callKind != ast::CallExpr::CallKind::Builtin || c->args.size() != 1) return -1;
  bool isLen = c->builtinId == int(Builtin::Len);
  if (!isLen && c->builtinId != int(Builtin::Cap)) return -1;
  const Object* o = identObj(c->args[0]);
  Kind k = c->args[0]->type ? ukind(c->args[0]->type) : Kind::Invalid;
  if (!o || o->addressed || !(k == Kind::Slice || (isLen && k == Kind::String))) return -1;
  int r = regVarSlot(c->args[0]);
  return r < 0 ? -1 : r + (isLen ? 1 : 2);
}

// Constants compared in a loop condition are loaded into slots once, before
// the loop (the slots live in the loop's scope); `len(s)` is read from s's
// slot (lenSlot).
void FuncCompiler::hoistConstants(ast::Expr* c) {
  c = unparen(c);
  if (!c || c->kind != ExprKind::Binary) return;
  auto* b = static_cast<ast::BinaryExpr*>(c);
  if (b->op == Tok::LAnd || b->op == Tok::LOr) {
    hoistConstants(b->x);
    hoistConstants(b->y);
    return;
  }
  if (!(b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq || b->op == Tok::Eql ||
        b->op == Tok::Neq))
    return;
  if (!b->x->type || !isInteger(b->x->type) || isUnsigned64(b->x->type)) return;
  for (ast::Expr* e : {b->x, b->y}) {
    int64_t v;
    if (int ls = lenSlot(e); ls >= 0) {
      hoisted[e] = ls;
    } else if (smallConst(e, v) && !hoisted.count(e)) {
      int k = alloc(1);
      loadInt(k, v);
      hoisted[e] = k;
    }
  }
}

// Visit every expression of a statement tree (not entering function literals).
static void visitExprs(ast::Expr* e, const std::function<void(ast::Expr*)>& f);
static void visitStmts(ast::Stmt* s, const std::function<void(ast::Expr*)>& f) {
  if (!s) return;
  auto E = [&](ast::Expr* e) { visitExprs(e, f); };
  switch (s->kind) {
    case StmtKind::Labeled: visitStmts(static_cast<ast::LabeledStmt*>(s)->stmt, f); break;
    case StmtKind::Expr: E(static_cast<ast::ExprStmt*>(s)->x); break;
    case StmtKind::Send: E(static_cast<ast::SendStmt*>(s)->chan); E(static_cast<ast::SendStmt*>(s)->value); break;
    case StmtKind::IncDec: E(static_cast<ast::IncDecStmt*>(s)->x); break;
    case StmtKind::Assign:
      for (auto* x : static_cast<ast::AssignStmt*>(s)->lhs) E(x);
      for (auto* x : static_cast<ast::AssignStmt*>(s)->rhs) E(x);
      break;
    case StmtKind::Return:
      for (auto* x : static_cast<ast::ReturnStmt*>(s)->results) E(x);
      break;
    case StmtKind::Block:
      for (auto* x : static_cast<ast::BlockStmt*>(s)->list) visitStmts(x, f);
      break;
    case StmtKind::If: {
      auto* x = static_cast<ast::IfStmt*>(s);
      visitStmts(x->init, f);
      E(x->cond);
      visitStmts(x->body, f);
      visitStmts(x->els, f);
      break;
    }
    case StmtKind::CaseClause:
      for (auto* x : static_cast<ast::CaseClause*>(s)->list) E(x);
      for (auto* x : static_cast<ast::CaseClause*>(s)->body) visitStmts(x, f);
      break;
    case StmtKind::Switch: {
      auto* x = static_cast<ast::SwitchStmt*>(s);
      visitStmts(x->init, f);
      E(x->tag);
      visitStmts(x->body, f);
      break;
    }
    case StmtKind::For: {
      auto* x = static_cast<ast::ForStmt*>(s);
      visitStmts(x->init, f);
      E(x->cond);
      visitStmts(x->post, f);
      visitStmts(x->body, f);
      break;
    }
    case StmtKind::Range: visitStmts(static_cast<ast::RangeStmt*>(s)->body, f); break;
    default: break;
  }
}
static void visitExprs(ast::Expr* e, const std::function<void(ast::Expr*)>& f) {
  if (!e || e->mode == ast::Mode::Constant) return;
  f(e);
  switch (e->kind) {
    case ExprKind::Paren: visitExprs(static_cast<ast::ParenExpr*>(e)->x, f); break;
    case ExprKind::Selector: visitExprs(static_cast<ast::SelectorExpr*>(e)->x, f); break;
    case ExprKind::Index:
      visitExprs(static_cast<ast::IndexExpr*>(e)->x, f);
      visitExprs(static_cast<ast::IndexExpr*>(e)->index, f);
      break;
    case ExprKind::Call:
      for (auto* a : static_cast<ast::CallExpr*>(e)->args) visitExprs(a, f);
      break;
    case ExprKind::Star: visitExprs(static_cast<ast::StarExpr*>(e)->x, f); break;
    case ExprKind::Unary: visitExprs(static_cast<ast::UnaryExpr*>(e)->x, f); break;
    case ExprKind::Binary:
      visitExprs(static_cast<ast::BinaryExpr*>(e)->x, f);
      visitExprs(static_cast<ast::BinaryExpr*>(e)->y, f);
      break;
    default: break;
  }
}

// Integer constants used by operators without an immediate form (shifts,
// bit operations, division, comparisons) inside a loop are loaded into slots
// once before the loop.
void FuncCompiler::hoistLoopConstants(ast::Stmt* body) {
  std::map<int64_t, int> bySlot;
  int count = 0;
  auto slotFor = [&](int64_t v) {  // one slot per distinct constant, loaded before the loop
    auto it = bySlot.find(v);
    if (it == bySlot.end()) {
      int k = alloc(1);
      loadInt(k, v);
      it = bySlot.emplace(v, k).first;
      count++;
    }
    return it->second;
  };
  // integer and boolean constants stored to memory (`a[i] = true`, `p.n = 0`)
  std::function<void(ast::Stmt*)> stores = [&](ast::Stmt* s) {
    if (!s || count >= 8) return;
    switch (s->kind) {
      case StmtKind::Block:
        for (auto* x : static_cast<ast::BlockStmt*>(s)->list) stores(x);
        break;
      case StmtKind::If:
        stores(static_cast<ast::IfStmt*>(s)->body);
        stores(static_cast<ast::IfStmt*>(s)->els);
        break;
      case StmtKind::Assign: {
        auto* a = static_cast<ast::AssignStmt*>(s);
        if (a->lhs.size() != 1 || a->rhs.size() != 1) break;
        if (a->tok == Tok::MulAssign || a->tok == Tok::QuoAssign || a->tok == Tok::RemAssign ||
            a->tok == Tok::AndAssign || a->tok == Tok::OrAssign || a->tok == Tok::XorAssign ||
            a->tok == Tok::AndNotAssign) {
          // `n &= 0xff`: the operator has no immediate form (opAssign takes a
          // hoisted operand of the variable's type as it is); `n /= 10` has one
          // (divImm: a constant divisor >= 2)
          ast::Expr* r = a->rhs[0];
          int64_t v;
          Type* lt = a->lhs[0]->type;
          if (lt && isInteger(lt) && r->type == lt && !hoisted.count(r) && smallConst(r, v) &&
              !((a->tok == Tok::QuoAssign || a->tok == Tok::RemAssign) && v >= 2))
            hoisted[r] = slotFor(v);
          break;
        }
        if (a->tok != Tok::Assign) break;
        ast::Expr* l = unparen(a->lhs[0]);
        if (l->kind != ExprKind::Index && l->kind != ExprKind::Selector) break;
        ast::Expr* r = a->rhs[0];
        ast::Expr* ur = unparen(r);
        Type* lt = l->type;
        if (!lt || hoisted.count(r) || ur->mode != ast::Mode::Constant) break;
        if (!(isInteger(lt) || ukind(lt) == Kind::Bool)) break;
        int64_t v;
        if (ur->cval.k == ast::ConstValue::K::Bool) v = ur->cval.b ? 1 : 0;
        else if (!smallConst(ur, v)) break;
        hoisted[r] = slotFor(v);
        break;
      }
      default:
        break;
    }
  };
  stores(body);
  visitStmts(body, [&](ast::Expr* e) {
    if (e->kind != ExprKind::Binary) return;
    auto* b = static_cast<ast::BinaryExpr*>(e);
    if (b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq || b->op == Tok::Eql ||
        b->op == Tok::Neq) {
      for (ast::Expr* x : {b->x, b->y})  // `j < len(s)`: read s's length slot (lenSlot)
        if (int ls = lenSlot(x); ls >= 0) hoisted[x] = ls;
    }
    if (count >= 8) return;
    switch (b->op) {
      case Tok::Shl: case Tok::Shr: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot:
      case Tok::Quo: case Tok::Rem: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq:
      case Tok::Eql: case Tok::Neq:
        break;
      default:
        return;
    }
    bool shift = b->op == Tok::Shl || b->op == Tok::Shr;
    if (!b->x->type || !isInteger(b->x->type)) return;
    if (!shift && isUnsigned64(b->x->type) && b->op != Tok::And && b->op != Tok::Or && b->op != Tok::Xor &&
        b->op != Tok::AndNot && b->op != Tok::Quo && b->op != Tok::Rem && b->op != Tok::Eql && b->op != Tok::Neq)
      return;
    for (ast::Expr* x : {b->x, b->y}) {
      if (shift && x == b->x) continue;
      int64_t v;
      if (shift && immShiftCount(x, v)) continue;  // an operand of the instruction (SHLI & co.)
      if (hoisted.count(x) || !smallConst(x, v)) continue;
      if ((b->op == Tok::Quo || b->op == Tok::Rem) && x == b->y && v >= 2) continue;  // an operand of DIVK/REMK (divImm)
      hoisted[x] = slotFor(v);
    }
  });
}

// The iteration values (key at ksrc, value at vsrc; -1: none) into the range
// variables. With `=`, `k, v = key, value` is an assignment statement: both
// left operands are evaluated before either is assigned (`for i, x[i] = range`).
static void rangeAssign(FuncCompiler& fc, ast::RangeStmt* s, ast::Expr* keyE, int ksrc, Type* kt, ast::Expr* valE,
                        int vsrc, Type* vt) {
  int mark = fc.top;
  ast::Expr* lhs[2] = {ksrc >= 0 ? keyE : nullptr, vsrc >= 0 ? valE : nullptr};
  int src[2] = {ksrc, vsrc};
  Type* ts[2] = {kt, vt};
  std::vector<LVal> lvs;
  std::vector<int> which;
  for (int j = 0; j < 2; j++) {
    if (!lhs[j] || isBlank(lhs[j])) continue;
    if (s->tok == Tok::Define) {
      const Object* o = identObj(lhs[j]);
      if (!o) continue;
      lvs.push_back(fc.varLVal(o));
    } else {
      lvs.push_back(fc.lvalue(lhs[j], true));
    }
    which.push_back(j);
  }
  if (s->tok != Tok::Define) fc.pinOperands(lvs);
  for (size_t n = 0; n < lvs.size(); n++) fc.storeConv(lvs[n], src[which[n]], ts[which[n]]);
  fc.freeTo(mark);
}

// Whether a statement tree may assign the variable o (an assignment or
// IncDec with o as an operand, a range clause with `=`, select's `o = <-c`).
// Writes through pointers and from closures are not seen: callers use it for
// variables whose address is not taken and that no closure captures.
static bool assignsVar(ast::Stmt* s, const Object* o) {
  if (!s) return false;
  auto is = [&](ast::Expr* e) { return e && identObj(unparen(e)) == o; };
  auto any = [&](const std::vector<ast::Stmt*>& l) {
    for (auto* x : l)
      if (assignsVar(x, o)) return true;
    return false;
  };
  switch (s->kind) {
    case StmtKind::Labeled: return assignsVar(static_cast<ast::LabeledStmt*>(s)->stmt, o);
    case StmtKind::IncDec: return is(static_cast<ast::IncDecStmt*>(s)->x);
    case StmtKind::Assign:
      for (auto* x : static_cast<ast::AssignStmt*>(s)->lhs)
        if (is(x)) return true;
      return false;
    case StmtKind::Block: return any(static_cast<ast::BlockStmt*>(s)->list);
    case StmtKind::If: {
      auto* x = static_cast<ast::IfStmt*>(s);
      return assignsVar(x->init, o) || assignsVar(x->body, o) || assignsVar(x->els, o);
    }
    case StmtKind::CaseClause: return any(static_cast<ast::CaseClause*>(s)->body);
    case StmtKind::Switch: {
      auto* x = static_cast<ast::SwitchStmt*>(s);
      return assignsVar(x->init, o) || assignsVar(x->body, o);
    }
    case StmtKind::TypeSwitch: {
      auto* x = static_cast<ast::TypeSwitchStmt*>(s);
      return assignsVar(x->init, o) || assignsVar(x->body, o);
    }
    case StmtKind::CommClause: {
      auto* x = static_cast<ast::CommClause*>(s);
      return assignsVar(x->comm, o) || any(x->body);
    }
    case StmtKind::Select: return assignsVar(static_cast<ast::SelectStmt*>(s)->body, o);
    case StmtKind::For: {
      auto* x = static_cast<ast::ForStmt*>(s);
      return assignsVar(x->init, o) || assignsVar(x->post, o) || assignsVar(x->body, o);
    }
    case StmtKind::Range: {
      auto* x = static_cast<ast::RangeStmt*>(s);
      return (x->tok == Tok::Assign && (is(x->key) || is(x->value))) || assignsVar(x->body, o);
    }
    default: return false;  // declarations declare new variables; other statements assign none
  }
}

void FuncCompiler::rangeStmt(ast::RangeStmt* s, const ast::LabeledStmt* lab) {
  pushScope();
  Type* xt = s->x->type;
  const Type* u = xt->underlying;
  Kind k = u->kind;
  bool arrPtr = k == Kind::Pointer && u->elem && ukind(u->elem) == Kind::Array;
  // the range expression's calls first (compile_order.cpp); an array's may
  // not be evaluated at all (a constant length), so it is left as it is
  CallOrder co(*this);
  if (k != Kind::Array) order(co, {{&s->x, true}});
  ast::Expr* keyE = s->key && !isBlank(s->key) ? s->key : nullptr;
  ast::Expr* valE = s->value && !isBlank(s->value) ? s->value : nullptr;

  // hidden iteration state
  int xs = -1, n = -1, i = -1;
  int64_t constLen = -1;  // an array's length (known before the loop)
  bool bigCopy = false;   // an array value copied to the heap object at xs (walked as arrPtr)
  Type* keyT = P.intType;
  Type* valT = nullptr;
  if (k == Kind::Slice || k == Kind::Array || arrPtr) {
    const Type* at = arrPtr ? u->elem->underlying : u;
    valT = at->elem;
    if (k == Kind::Slice) {
      xs = alloc(3);
      expr(s->x, xs);
      n = xs + 1;  // the length slot of the copy: fixed at loop start
    } else if (arrPtr) {
      xs = alloc(1);
      expr(s->x, xs);
      n = alloc(1);
      loadInt(n, at->len);
    } else {
      if (valE && slotsOf(xt) > kBigTempSlots) {
        // a big array is copied once into a heap object (not frame temps)
        xs = alloc(1);
        emit(OP_NEW, xs, ktype(xt));
        setPtr(xs, true);
        LVal copy = derefTo(xs, xt);
        copy.checked = true;
        storeExpr(copy, s->x);
        bigCopy = true;
      } else if (valE) {
        // the range expression is evaluated (copied) once
        xs = allocT(xt);
        expr(s->x, xs);
      } else if (unparen(s->x)->kind == ExprKind::Call) {
        int m2 = top;
        call(static_cast<ast::CallExpr*>(unparen(s->x)));
        freeTo(m2);
      }
      n = alloc(1);
      loadInt(n, at->len);
    }
    constLen = at->len;
  } else if (k == Kind::String) {
    xs = alloc(2);
    expr(s->x, xs);
    i = alloc(1);
    loadInt(i, 0);
    n = alloc(2);  // rune, next index
    emit(OP_ZERO, n, 2);
    valT = P.int32Type;
  } else if (k == Kind::Map) {
    keyT = u->key;
    valT = u->elem;
    int m = exprAny(s->x);
    i = alloc(3);  // iterator, key pointer, value pointer
    emit(OP_ZERO, i + 1, 2);
    emit(OP_MAPITER, i, m, ktype(xt));
    setPtr(i, true);
    setPtr(i + 1, true);
    setPtr(i + 2, true);
  } else if (k == Kind::Chan) {
    keyT = u->elem;
    xs = exprAny(s->x);
    i = alloc(slotsOf(u->elem) + 1);
  } else if (isInteger(xt)) {
    keyT = P.defaultType(xt);
    n = alloc(1);
    expr(s->x, n);
  } else {
    err(s->pos, "goro: cannot range over this type");
    popScope();
    return;
  }
  // key/value variables (Define): one pair for the whole loop
  if (s->tok == Tok::Define) {
    for (ast::Expr* v : {keyE, valE})
      if (const Object* o = identObj(v)) declareZeroVar(o);
  }
  // A counted range (slice, array, pointer to array, integer) keeps its index
  // in i, from 0 to the length n. The key variable itself is that index when
  // nothing but the loop can write it (a register int that the body never
  // assigns, whose address is not taken and that no closure captures): after
  // the loop, where it would hold n instead of n-1, it is out of scope.
  bool counted = k == Kind::Slice || k == Kind::Array || arrPtr || isInteger(xt);
  bool keyIsIndex = false;
  if (counted) {
    const Object* ko = s->tok == Tok::Define ? identObj(keyE) : nullptr;
    int ks = ko ? regVarSlot(keyE) : -1;
    if (ks >= 0 && !ko->addressed && (ukind(ko->type) == Kind::Int || ukind(ko->type) == Kind::Int64) &&
        !assignsVar(s->body, ko)) {
      i = ks;  // (zeroed by its declaration)
      keyIsIndex = true;
    } else {
      i = alloc(1);
      loadInt(i, 0);
    }
  }

  hoistLoopConstants(s->body);
  BranchTarget bt;
  bt.stmt = s;
  bt.labeled = lab;
  bt.label = labelName(lab);
  bt.isLoop = true;
  targets.push_back(&bt);
  Label head;
  int mark = top;
  if (counted) {
    // tested once on entry (not at all for a non-empty array), then at the
    // bottom by the back-edge (FORLOOPK)
    if (constLen <= 0) jumpTo(OP_JGE_I, i, n, bt.brk);
    place(head);
    int v = -1;
    if (valE) {
      // a register variable declared by the loop gets the element directly
      int vs = s->tok == Tok::Define ? regVarSlot(valE) : -1;
      v = vs >= 0 ? vs : allocT(valT);
      if (k == Kind::Slice) {
        LVal lv;
        lv.k = LVal::Idx;
        lv.slot = xs;
        lv.key = i;
        lv.type = valT;
        load(lv, v);
      } else if (arrPtr || bigCopy) {
        const Type* at = arrPtr ? u->elem->underlying : u;
        int a = alloc(1);
        emit(OP_ARRADDR, a, xs, i, kpair(uint64_t(at->len), uint64_t(at->elem->size)));
        setPtr(a, true);
        LVal lv = derefTo(a, valT);
        lv.checked = true;
        load(lv, v);
      } else {
        int a = alloc(1);
        emit(OP_ARRADDRF, a, xs, i, kpair(uint64_t(u->len), uint64_t(u->elem->size)));
        setPtr(a, true);
        LVal lv = derefTo(a, valT);
        lv.checked = true;
        load(lv, v);
      }
      if (vs >= 0) {
        valE = nullptr;  // assigned
        v = -1;
      }
    }
    rangeAssign(*this, s, keyIsIndex ? nullptr : keyE, i, keyT, valE, v, valT);
  } else if (k == Kind::String) {
    place(head);
    jumpTo(OP_JGE_I, i, xs + 1, bt.brk);
    emit(OP_NEXTRUNE, n, xs, i);
    rangeAssign(*this, s, keyE, i, keyT, valE, n, valT);
  } else if (k == Kind::Map) {
    place(head);
    // `for k, v := range m` with 8-byte keys and values (either may be
    // absent) into the loop's register variables: one op
    auto word = [&](ast::Expr* e, Type* t) {
      return e && s->tok == Tok::Define && t->size == 8 && !isNarrow(t) ? regVarSlot(e) : -1;
    };
    const int k8 = word(keyE, keyT), v8 = word(valE, valT);
    if ((keyE || valE) && (!keyE || k8 >= 0) && (!valE || v8 >= 0)) {
      int pc = emit(OP_MAPNEXT2_64, i, 0, k8, v8);
      if (bt.brk.pc >= 0) fn->code[size_t(pc)].b = bt.brk.pc;
      else bt.brk.uses.push_back(pc);
      if (keyE) setPtrs(k8, keyT);
      if (valE) setPtrs(v8, valT);
    } else {
      jumpTo(OP_MAPNEXT, i, 0, bt.brk);
      // the key and value, loaded from the entry; a register variable declared
      // by the loop gets its own directly
      int kv = -1, vv = -1;
      for (int part = 1; part <= 2; part++) {
        ast::Expr*& e = part == 1 ? keyE : valE;
        if (!e) continue;
        Type* t = part == 1 ? keyT : valT;
        int vs = s->tok == Tok::Define ? regVarSlot(e) : -1;
        int& dst = part == 1 ? kv : vv;
        dst = vs >= 0 ? vs : allocT(t);
        LVal lv = derefTo(i + part, t);
        lv.checked = true;
        load(lv, dst);
        if (vs >= 0) e = nullptr;  // assigned
      }
      rangeAssign(*this, s, keyE, kv, keyT, valE, vv, valT);
    }
  } else {  // chan
    place(head);
    int okSlot = i + slotsOf(u->elem);
    recvInto(i, xs, okSlot, u->elem, s->pos.line);
    jumpTo(OP_JF, okSlot, 0, bt.brk);
    rangeAssign(*this, s, keyE, i, keyT, nullptr, -1, nullptr);
  }
  freeTo(mark);
  block(s->body);
  place(bt.cont);
  curLine = s->pos.line;
  if (counted) {
    // i++ and the test and the back-edge (with its preemption check) in one
    int pc = emit(OP_FORLOOPK, i, n, head.pc, 1);
    addStackMap(pc, top);
  } else {
    if (k == Kind::String) mov(i, n + 1, 1);
    jumpTo(OP_LOOP, 0, 0, head);
  }
  place(bt.brk);
  targets.pop_back();
  popScope();
}

void FuncCompiler::switchStmt(ast::SwitchStmt* s, const ast::LabeledStmt* lab) {
  pushScope();
  if (s->init) stmt(s->init);
  BranchTarget bt;
  bt.stmt = s;
  bt.labeled = lab;
  bt.label = labelName(lab);
  targets.push_back(&bt);
  int tag = -1;
  Type* tagT = nullptr;
  if (s->tag) {
    tagT = P.defaultType(s->tag->type);
    tag = allocT(tagT);
    curLine.at(s->tag->pos);
    int m = top;
    {
      CallOrder co(*this);  // calls first (compile_order.cpp)
      order(co, {{&s->tag, true}});
      exprAs(s->tag, tagT, tag);
    }
    freeTo(m);
  }
  std::vector<ast::CaseClause*> clauses;
  for (auto* st : s->body->list) clauses.push_back(static_cast<ast::CaseClause*>(st));
  std::vector<Label> bodies(clauses.size());
  int def = -1;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    ast::CaseClause* cc = clauses[ci];
    if (cc->isDefault || cc->list.empty()) {
      def = int(ci);
      continue;
    }
    for (ast::Expr*& caseExpr : cc->list) {
      int mark = top;
      CallOrder co(*this);  // calls first (compile_order.cpp)
      order(co, {{&caseExpr, true}});
      ast::Expr* e = caseExpr;
      curLine.at(e->pos);
      if (!s->tag) {
        cond(e, true, bodies[ci]);
      } else {
        Type* et = e->type;
        bool intLike = !isIface(tagT) && (isInteger(tagT) || ukind(tagT) == Kind::Bool || ukind(tagT) == Kind::Pointer) &&
                       !(et && et->kind == Kind::UntypedNil);
        int64_t k;
        if (intLike && ukind(tagT) != Kind::Pointer && smallConst(e, k)) {
          jumpTo(OP_JEQI, tag, int(k), bodies[ci]);  // `case 3:` compares with an immediate
        } else if (intLike) {
          int v = allocT(tagT);
          exprAs(e, tagT, v);
          jumpTo(OP_JEQ_I, tag, v, bodies[ci]);
        } else {
          int c = alloc(1);
          if (et && et->kind == Kind::UntypedNil) {
            emit(OP_EQI, c, tag, 0);
          } else {
            Type* ct = isIface(tagT) ? tagT : (isIface(et) ? et : tagT);
            int a = allocT(ct), b = allocT(ct);
            convertSlot(tag, tagT, ct, a);
            exprAs(e, ct, b);
            compareSlots(Tok::Eql, a, ct, b, ct, c);
          }
          jumpTo(OP_JT, c, 0, bodies[ci]);
        }
      }
      freeTo(mark);
    }
  }
  if (def >= 0) jumpTo(OP_JMP, 0, 0, bodies[size_t(def)]);
  else jumpTo(OP_JMP, 0, 0, bt.brk);
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    place(bodies[ci]);
    Label* savedFt = fallthroughTo;
    fallthroughTo = ci + 1 < clauses.size() ? &bodies[ci + 1] : nullptr;
    pushScope();
    stmts(clauses[ci]->body);
    popScope();
    fallthroughTo = savedFt;
    bool ft = !clauses[ci]->body.empty() && clauses[ci]->body.back()->kind == StmtKind::Branch &&
              static_cast<ast::BranchStmt*>(clauses[ci]->body.back())->tok == Tok::Fallthrough;
    if (!ft) jumpTo(OP_JMP, 0, 0, bt.brk);
  }
  place(bt.brk);
  targets.pop_back();
  popScope();
}

void FuncCompiler::typeSwitch(ast::TypeSwitchStmt* s, const ast::LabeledStmt* lab) {
  pushScope();
  if (s->init) stmt(s->init);
  BranchTarget bt;
  bt.stmt = s;
  bt.labeled = lab;
  bt.label = labelName(lab);
  targets.push_back(&bt);
  Type* xt = s->x->type;
  int x = alloc(2);
  curLine.at(s->x->pos);
  expr(s->x, x);
  int tt = alloc(1);
  emit(OP_IFACETYPE, tt, x);
  std::vector<ast::CaseClause*> clauses;
  for (auto* st : s->body->list) clauses.push_back(static_cast<ast::CaseClause*>(st));
  std::vector<Label> bodies(clauses.size());
  int def = -1;
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    ast::CaseClause* cc = clauses[ci];
    if (cc->isDefault || cc->list.empty()) {
      def = int(ci);
      continue;
    }
    for (ast::Expr* e : cc->list) {
      int mark = top;
      int c = alloc(1);
      if (isNilExpr(e)) {
        emit(OP_EQI, c, tt, 0);
        jumpTo(OP_JT, c, 0, bodies[ci]);
      } else if (isIface(e->type)) {
        emit(OP_IMPLEMENTS, c, tt, ktype(e->type));
        jumpTo(OP_JT, c, 0, bodies[ci]);
      } else {
        emit(OP_LOADK, c, ktype(e->type));
        jumpTo(OP_JEQ_I, tt, c, bodies[ci]);
      }
      freeTo(mark);
    }
  }
  if (def >= 0) jumpTo(OP_JMP, 0, 0, bodies[size_t(def)]);
  else jumpTo(OP_JMP, 0, 0, bt.brk);
  for (size_t ci = 0; ci < clauses.size(); ci++) {
    ast::CaseClause* cc = clauses[ci];
    place(bodies[ci]);
    pushScope();
    if (const Object* v = cc->implicitObj) {
      declareVar(v);
      int mark = top;
      Type* vt = v->type;
      int tmp = allocT(vt);
      if (cc->list.size() == 1 && !isNilExpr(cc->list[0]) && !isIface(vt)) {
        int ok = alloc(1);
        emit(OP_ASSERT, tmp, x, kpair(reinterpret_cast<uint64_t>(vt), reinterpret_cast<uint64_t>(xt)), ok);
      } else {
        mov(tmp, x, 2);
      }
      setPtrs(tmp, vt);
      store(varLVal(v), tmp);
      freeTo(mark);
      varLive(v);
    }
    stmts(cc->body);
    popScope();
    jumpTo(OP_JMP, 0, 0, bt.brk);
  }
  place(bt.brk);
  targets.pop_back();
  popScope();
}

// Go spec: Select statements. The case table (K[c], 3 words per case):
//   kind (0 receive, 1 send, 2 default), channel slot, value slot (send: the
//   value in register form; receive: where the value goes, zeroed first).
// SELECT sets R[a] := index of the chosen case, R[b] := receive ok.
void FuncCompiler::selectStmt(ast::SelectStmt* s, const ast::LabeledStmt* lab) {
  pushScope();
  BranchTarget bt;
  bt.stmt = s;
  bt.labeled = lab;
  bt.label = labelName(lab);
  targets.push_back(&bt);
  std::vector<ast::CommClause*> clauses;
  for (auto* st : s->body->list) clauses.push_back(static_cast<ast::CommClause*>(st));
  struct CaseInfo {
    int kind = 2;
    int ch = -1, val = -1;
    Type* elem = nullptr;
    ast::UnaryExpr* recv = nullptr;
  };
  std::vector<CaseInfo> cases(clauses.size());
  std::vector<int> recvZero;
  for (size_t i = 0; i < clauses.size(); i++) {
    ast::Stmt* comm = clauses[i]->comm;
    CaseInfo& ci = cases[i];
    if (!comm) continue;
    curLine.at(comm->pos);
    if (comm->kind == StmtKind::Send) {
      auto* ss = static_cast<ast::SendStmt*>(comm);
      ci.kind = 1;
      ci.elem = ss->chan->type->underlying->elem;
      ci.ch = allocT(ss->chan->type);
      expr(ss->chan, ci.ch);
      ci.val = allocT(ci.elem);
      exprAs(ss->value, ci.elem, ci.val);
      continue;
    }
    ast::Expr* rx = nullptr;
    if (comm->kind == StmtKind::Expr) rx = static_cast<ast::ExprStmt*>(comm)->x;
    else if (comm->kind == StmtKind::Assign) rx = static_cast<ast::AssignStmt*>(comm)->rhs[0];
    rx = unparen(rx);
    if (!rx || rx->kind != ExprKind::Unary) {
      err(comm->pos, "goro: bad select case");
      continue;
    }
    ci.kind = 0;
    ci.recv = static_cast<ast::UnaryExpr*>(rx);
    ci.elem = ci.recv->x->type->underlying->elem;
    ci.ch = allocT(ci.recv->x->type);
    expr(ci.recv->x, ci.ch);
    ci.val = allocT(ci.elem);
    if (slotsOf(ci.elem) > 0) emit(OP_ZERO, ci.val, slotsOf(ci.elem));
    setPtrs(ci.val, ci.elem);  // zeroed: a sender may write into it while parked
    recvZero.push_back(int(i));
  }
  int idx = alloc(1), ok = alloc(1);
  int k0 = int(fn->consts.size());
  for (auto& ci : cases) {
    fn->consts.push_back(uint64_t(ci.kind));
    fn->consts.push_back(uint64_t(int64_t(ci.ch)));
    fn->consts.push_back(uint64_t(int64_t(ci.val)));
  }
  // Go compiles a one-case select to the plain channel operation: tracebacks
  // show the case's line (and the runtime its wait reason, runtime/chan.cpp)
  curLine = clauses.size() == 1 && clauses[0]->comm && clauses[0]->comm->pos.line ? clauses[0]->comm->pos.line
                                                                                  : s->pos.line;
  emitSafe(OP_SELECT, idx, ok, k0, int(cases.size()), top);
  for (int i : recvZero) setPtrs(cases[size_t(i)].val, cases[size_t(i)].elem);
  std::vector<Label> bodies(clauses.size());
  for (size_t i = 0; i < clauses.size(); i++) {
    int c = alloc(1);
    emit(OP_EQI, c, idx, int(i));
    jumpTo(OP_JT, c, 0, bodies[i]);
    freeTo(c);
  }
  jumpTo(OP_JMP, 0, 0, bt.brk);
  for (size_t i = 0; i < clauses.size(); i++) {
    place(bodies[i]);
    pushScope();
    ast::Stmt* comm = clauses[i]->comm;
    if (comm && comm->kind == StmtKind::Assign) {
      auto* as = static_cast<ast::AssignStmt*>(comm);
      bool define = as->tok == Tok::Define;
      for (size_t j = 0; j < as->lhs.size() && j < 2; j++) {
        ast::Expr* l = as->lhs[j];
        if (isBlank(l)) continue;
        int src = j == 0 ? cases[i].val : ok;
        Type* st = j == 0 ? cases[i].elem : P.boolType;
        if (define) {
          const Object* o = identObj(l);
          if (!o) continue;
          declareVar(o);
          int mark = top;
          store(varLVal(o), src);
          freeTo(mark);
          varLive(o);
        } else {
          assignTo(l, src, st, false);
        }
      }
    }
    stmts(clauses[i]->body);
    popScope();
    jumpTo(OP_JMP, 0, 0, bt.brk);
  }
  place(bt.brk);
  targets.pop_back();
  popScope();
}

void FuncCompiler::returnStmt(ast::ReturnStmt* s) {
  int mark = top;
  if (s->results.empty()) {
    emitReturnSequence();
    return;
  }
  CallOrder co(*this);  // calls first (compile_order.cpp)
  std::vector<std::pair<ast::Expr**, bool>> roots;
  for (ast::Expr*& r : s->results) roots.push_back({&r, s->results.size() == 1});
  order(co, roots);
  // results in consecutive temps (converted to the result types)
  std::vector<int> slots;
  int n = 0;
  for (Type* t : resultTypes) n += slotsOf(t);
  int base = -1;
  if (s->results.size() == 1 && resultTypes.size() > 1) {
    // return f()
    int r = call(static_cast<ast::CallExpr*>(unparen(s->results[0])));
    ast::Expr* ce = unparen(s->results[0]);
    base = alloc(n);
    int at = base, from = r;
    for (size_t i = 0; i < resultTypes.size(); i++) {
      Type* ft = tupleAt(ce->type, i);
      convertSlot(from, ft, resultTypes[i], at);
      from += slotsOf(ft);
      at += slotsOf(resultTypes[i]);
    }
  } else if (!hasDefer && s->results.size() == 1 && resultTypes.size() == 1) {
    ast::Expr* e = s->results[0];
    const Object* v = identObj(e);
    auto it = v ? vars.find(v) : vars.end();
    if (it != vars.end() && it->second.k == VarLoc::Reg && !isIface(resultTypes[0]) == !isIface(v->type) &&
        e->mode != ast::Mode::Constant) {
      emit(OP_RET, it->second.slot, n);
      freeTo(mark);
      return;
    }
    base = alloc(n);
    exprAs(e, resultTypes[0], base);
  } else {
    base = alloc(n);
    int at = base;
    for (size_t i = 0; i < s->results.size() && i < resultTypes.size(); i++) {
      exprAs(s->results[i], resultTypes[i], at);
      at += slotsOf(resultTypes[i]);
    }
  }
  if (hasDefer) {
    // the result variables hold the results while deferred calls run
    int at = base;
    for (size_t i = 0; i < resultVars.size(); i++) {
      int m2 = top;
      store(varLVal(resultVars[i]), at);
      freeTo(m2);
      at += slotsOf(resultTypes[i]);
    }
    freeTo(mark);
    emitReturnSequence();
    return;
  }
  emit(OP_RET, base, n);
  freeTo(mark);
}

BranchTarget* FuncCompiler::findTarget(ast::BranchStmt* s) {
  bool isCont = s->tok == Tok::Continue;
  for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
    BranchTarget* bt = *it;
    if (s->target && (bt->stmt == s->target || bt->labeled == s->target)) return bt;
  }
  for (auto it = targets.rbegin(); it != targets.rend(); ++it) {
    BranchTarget* bt = *it;
    if (s->label) {
      if (bt->label == s->label->name) return bt;
      continue;
    }
    if (isCont && !bt->isLoop) continue;
    return bt;
  }
  return nullptr;
}

void FuncCompiler::branch(ast::BranchStmt* s) {
  switch (s->tok) {
    case Tok::Break:
    case Tok::Continue: {
      BranchTarget* bt = findTarget(s);
      if (!bt) {
        err(s->pos, "goro: branch target not found");
        return;
      }
      jumpTo(OP_JMP, 0, 0, s->tok == Tok::Break ? bt->brk : bt->cont);
      return;
    }
    case Tok::Goto:
      if (s->label) {
        // a backward goto closes a loop: a back-edge, with its preemption check
        Label& l = gotoLabels[s->label->name];
        jumpTo(l.pc >= 0 ? OP_LOOP : OP_JMP, 0, 0, l);
      }
      return;
    case Tok::Fallthrough:
      if (fallthroughTo) jumpTo(OP_JMP, 0, 0, *fallthroughTo);
      return;
    default:
      return;
  }
}

void FuncCompiler::labeled(ast::LabeledStmt* s) {
  if (s->label) place(gotoLabels[s->label->name]);
  ast::Stmt* in = s->stmt;
  if (!in) return;
  curLine.at(in->pos);
  switch (in->kind) {
    case StmtKind::For: forStmt(static_cast<ast::ForStmt*>(in), s); break;
    case StmtKind::Range: rangeStmt(static_cast<ast::RangeStmt*>(in), s); break;
    case StmtKind::Switch: switchStmt(static_cast<ast::SwitchStmt*>(in), s); break;
    case StmtKind::TypeSwitch: typeSwitch(static_cast<ast::TypeSwitchStmt*>(in), s); break;
    case StmtKind::Select: selectStmt(static_cast<ast::SelectStmt*>(in), s); break;
    default: stmt(in);
  }
}

}  // namespace goro::cg
