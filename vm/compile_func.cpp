// vm/compile_func.cpp — the compiler's driver and frame machinery: program
// layout (globals, protos, method tables, goro.entry), function prologues and
// epilogues, slot allocation, pointer tracking and stack maps.
//
// Go spec sections implemented here: Function declarations, Method
// declarations, Package initialization, Program execution.
#include <gc/gc.h>

#include <algorithm>
#include <cstring>

#include "vm/compile_internal.h"
#include "vm/native.h"
#include "vm/types.h"

namespace goro::cg {

// ---------------------------------------------------------------------------
// Type helpers

int slotsOf(const Type* t) {
  if (!t) return 0;
  if (isNarrow(t)) return 1;
  return int((t->size + 7) / 8);
}

bool isNarrow(const Type* t) {
  switch (ukind(t)) {
    case Kind::Bool: case Kind::Int8: case Kind::Int16: case Kind::Int32:
    case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Float32:
    case Kind::UntypedBool: case Kind::UntypedRune:
      return true;
    default:
      return false;
  }
}

bool isSigned(const Type* t) {
  switch (ukind(t)) {
    case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::UntypedInt: case Kind::UntypedRune:
      return true;
    default:
      return false;
  }
}

bool isUnsigned64(const Type* t) {
  Kind k = ukind(t);
  return k == Kind::Uint || k == Kind::Uint64 || k == Kind::Uintptr;
}

bool unsignedIndex(const ast::Expr* e) { return e && e->type && isUnsigned64(e->type); }

bool isInteger(const Type* t) {
  Kind k = ukind(t);
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}

bool isFloat(const Type* t) {
  Kind k = ukind(t);
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}

bool isStringT(const Type* t) {
  Kind k = ukind(t);
  return k == Kind::String || k == Kind::UntypedString;
}

bool isIface(const Type* t) { return t && ukind(t) == Kind::Interface; }

bool isPtrShapedRegister(const Type* t) { return t && t->isPointerShaped(); }

bool isUntyped(const Type* t) { return t && ukind(t) >= Kind::UntypedBool && ukind(t) <= Kind::UntypedNil; }

static void maskInto(const Type* t, std::vector<bool>& m, int64_t byteOff) {
  const Type* u = t->underlying;
  auto set = [&](int64_t off) {
    size_t w = size_t(off / 8);
    if (w < m.size()) m[w] = true;
  };
  switch (u->kind) {
    case Kind::Pointer: case Kind::Map: case Kind::Chan: case Kind::Func: case Kind::UnsafePointer:
    case Kind::String: case Kind::Slice:
      set(byteOff);
      break;
    case Kind::Interface:
      set(byteOff + 8);
      break;
    case Kind::Array:
      if (u->elem && u->elem->size > 0)
        for (int64_t i = 0; i < u->len; i++) maskInto(u->elem, m, byteOff + i * u->elem->size);
      break;
    case Kind::Struct:
      for (const Field& f : u->fields) maskInto(f.type, m, byteOff + f.offset);
      break;
    default:
      break;
  }
}

std::vector<bool> regPtrMask(const Type* t) {
  std::vector<bool> m(size_t(slotsOf(t)), false);
  if (!t || isNarrow(t)) return m;
  maskInto(t, m, 0);
  return m;
}

Type* tupleAt(const Type* t, size_t i) {
  if (t && t->kind == Kind::Tuple) return i < t->params.size() ? t->params[i] : nullptr;
  return i == 0 ? const_cast<Type*>(t) : nullptr;
}

size_t tupleLen(const Type* t) {
  if (!t) return 0;
  if (t->kind == Kind::Tuple) return t->params.size();
  return 1;
}

ast::Expr* unparen(ast::Expr* e) {
  while (e && e->kind == ast::ExprKind::Paren) e = static_cast<ast::ParenExpr*>(e)->x;
  return e;
}

bool isBlank(ast::Expr* e) {
  e = unparen(e);
  return e && e->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(e)->name == "_";
}

const Object* identObj(ast::Expr* e) {
  e = unparen(e);
  if (!e || e->kind != ast::ExprKind::Ident) return nullptr;
  const Object* o = static_cast<ast::Ident*>(e)->obj;
  return o && o->kind == ObjKind::Var ? o : nullptr;
}

Op loadOp(const Type* t) {
  switch (ukind(t)) {
    case Kind::Int8: return OP_LOAD_I8;
    case Kind::Bool: case Kind::Uint8: return OP_LOAD_U8;
    case Kind::Int16: return OP_LOAD_I16;
    case Kind::Uint16: return OP_LOAD_U16;
    case Kind::Int32: return OP_LOAD_I32;
    case Kind::Uint32: return OP_LOAD_U32;
    case Kind::Float32: return OP_LOAD_F32;
    case Kind::Array: case Kind::Struct: return OP_LOAD_MEM;
    default:
      if (t->size == 8) return OP_LOAD_64;
      if (t->size == 16) return OP_LOAD_128;
      if (t->size == 24) return OP_LOAD_192;
      return OP_LOAD_MEM;
  }
}

Op storeOp(const Type* t) {
  switch (ukind(t)) {
    case Kind::Int8: case Kind::Bool: case Kind::Uint8: return OP_STORE_8;
    case Kind::Int16: case Kind::Uint16: return OP_STORE_16;
    case Kind::Int32: case Kind::Uint32: return OP_STORE_32;
    case Kind::Float32: return OP_STORE_F32;
    case Kind::Array: case Kind::Struct: return OP_STORE_MEM;
    default:
      if (t->size == 8) return OP_STORE_64;
      if (t->size == 16) return OP_STORE_128;
      if (t->size == 24) return OP_STORE_192;
      return OP_STORE_MEM;
  }
}

// Does the block contain a defer statement (not counting function literals)?
static bool stmtHasDefer(ast::Stmt* s);
static bool listHasDefer(const std::vector<ast::Stmt*>& l) {
  for (auto* s : l)
    if (stmtHasDefer(s)) return true;
  return false;
}
static bool stmtHasDefer(ast::Stmt* s) {
  using K = ast::StmtKind;
  if (!s) return false;
  switch (s->kind) {
    case K::Defer: return true;
    case K::Labeled: return stmtHasDefer(static_cast<ast::LabeledStmt*>(s)->stmt);
    case K::Block: return listHasDefer(static_cast<ast::BlockStmt*>(s)->list);
    case K::If: {
      auto* x = static_cast<ast::IfStmt*>(s);
      return stmtHasDefer(x->init) || stmtHasDefer(x->body) || stmtHasDefer(x->els);
    }
    case K::CaseClause: return listHasDefer(static_cast<ast::CaseClause*>(s)->body);
    case K::CommClause: return listHasDefer(static_cast<ast::CommClause*>(s)->body);
    case K::Switch: {
      auto* x = static_cast<ast::SwitchStmt*>(s);
      return stmtHasDefer(x->init) || stmtHasDefer(x->body);
    }
    case K::TypeSwitch: {
      auto* x = static_cast<ast::TypeSwitchStmt*>(s);
      return stmtHasDefer(x->init) || stmtHasDefer(x->body);
    }
    case K::Select: return stmtHasDefer(static_cast<ast::SelectStmt*>(s)->body);
    case K::For: {
      auto* x = static_cast<ast::ForStmt*>(s);
      return stmtHasDefer(x->init) || stmtHasDefer(x->body);
    }
    case K::Range: return stmtHasDefer(static_cast<ast::RangeStmt*>(s)->body);
    default: return false;
  }
}
bool scanHasDefer(ast::BlockStmt* b) { return b && listHasDefer(b->list); }

// ---------------------------------------------------------------------------
// ProgCompiler

FuncProto* ProgCompiler::newProto(const std::string& name, const std::string& f, int line) {
  auto* p = new FuncProto();
  p->name = name;
  p->file = f;
  p->line = line;
  if (ast::lineBasesOf(f)) {  // the func keyword's line under line directives
    const ast::RelPos r = ast::relPos(f, ast::Pos{line, 1});
    p->line = r.line;
    if (r.directive && !r.ownFile) p->fileRuns.push_back(FuncProto::FileRun{0, true, r.file->empty() ? "??" : *r.file});
  }
  p->index = int(prog->funcs.size());
  prog->funcs.push_back(p);
  return p;
}

int ProgCompiler::methodName(const std::string& name) {
  auto it = methodNameIdx.find(name);
  if (it != methodNameIdx.end()) return it->second;
  int i = int(prog->methodNames.size());
  prog->methodNames.push_back(name);
  methodNameIdx[name] = i;
  return i;
}

void ProgCompiler::error(const std::string& f, ast::Pos pos, const std::string& msg) {
  errs->push_back(ast::Diag{f, pos, msg});
}

std::string ProgCompiler::pkgPrefix(const Package* p) const { return p ? p->path : std::string("main"); }

static const Type* recvBase(const Type* t) {
  if (t && t->kind == Kind::Pointer && !t->isNamed()) return t->elem;
  return t;
}

std::string ProgCompiler::funcSymbol(const Object* fnObj) const {
  std::string pre = pkgPrefix(fnObj->pkg);
  if (fnObj->recvType) {
    const Type* rt = fnObj->recvType;
    bool ptr = rt->kind == Kind::Pointer && !rt->isNamed();
    const Type* base = recvBase(rt);
    if (ptr) return pre + ".(*" + base->name + ")." + fnObj->name;
    return pre + "." + base->name + "." + fnObj->name;
  }
  return pre + "." + fnObj->name;
}

FuncProto* ProgCompiler::protoOf(Object* fnObj) { return fnObj ? fnObj->proto : nullptr; }

// Interned string constant data: lives as long as the program.
static const uint8_t* internString(const std::string& s) {
  static std::unordered_map<std::string, const uint8_t*>* table = new std::unordered_map<std::string, const uint8_t*>();
  auto it = table->find(s);
  if (it != table->end()) return it->second;
  auto* p = new uint8_t[s.size() + 1];
  std::memcpy(p, s.data(), s.size());
  p[s.size()] = 0;
  (*table)[s] = p;
  return p;
}

// ---------------------------------------------------------------------------
// FuncCompiler: emission

FuncCompiler::FuncCompiler(ProgCompiler& pc, FuncProto* proto, const std::string& f, Package* p)
    : P(pc), fn(proto), file(f), pkg(p) {
  symbol = proto->name;
  bases_ = ast::lineBasesOf(file);
}

// The line an instruction at `line` reports under the file's line directives.
// The column is the statement's or call's being compiled (CurPos): in the
// middle of a line with /*line*/ directives, its instructions follow the last
// directive before that column.
int FuncCompiler::relLine(int line, int col) {
  const ast::RelPos r = ast::relPos(*bases_, file, ast::Pos{line, col});
  const uint32_t pc = fn->code.empty() ? 0 : uint32_t(fn->code.size() - 1);
  const bool named = r.directive && !r.ownFile;  // the instruction reports another file's name
  std::string f = named ? (r.file->empty() ? std::string("??") : *r.file) : std::string();
  const bool change = fn->fileRuns.empty() ? named
                                           : fn->fileRuns.back().directive != named || fn->fileRuns.back().file != f;
  if (change) fn->fileRuns.push_back(FuncProto::FileRun{pc, named, std::move(f)});
  return r.line;
}

int FuncCompiler::emit(Op op, int a, int b, int c, int d) {
  if (a < 0 || a > 0xFFFF) {
    static bool reported = false;
    if (!reported && (a > 0xFFFF)) {
      reported = true;
      err(ast::Pos{curLine, 1}, "goro: function frame too large");
    }
  }
  Instr in;
  in.op = uint16_t(op);
  in.a = uint16_t(a);
  in.b = b;
  in.c = c;
  in.d = d;
  fn->code.push_back(in);
  fn->lines.push_back(bases_ ? relLine(curLine.line, curLine.col) : curLine.line);
  return int(fn->code.size()) - 1;
}

int FuncCompiler::emitBounds(uint8_t umask, Op op, int a, int b, int c, int d) {
  int pc = emit(op, a, b, c, d);
  if (umask) fn->unsignedBounds.emplace_back(pc, umask);
  return pc;
}

int FuncCompiler::emitSafe(Op op, int a, int b, int c, int d, int mapLimit) {
  int pc = emit(op, a, b, c, d);
  addStackMap(pc, mapLimit);
  return pc;
}

void FuncCompiler::addStackMap(int pc, int mapLimit) {
  StackMap sm;
  sm.pc = pc;
  int n = std::min<int>(mapLimit, int(ptrNow.size()));
  sm.bits.assign(size_t((std::max(n, 1) + 63) / 64), 0);
  for (int i = 0; i < n; i++)
    if (ptrNow[size_t(i)]) sm.bits[size_t(i / 64)] |= uint64_t(1) << (i % 64);
  fn->stackmaps.push_back(std::move(sm));
}

static void setTarget(Instr& in, int target) {
  switch (in.op) {
    case OP_JLT_I: case OP_JGE_I: case OP_JEQ_I: case OP_JNE_I:
    case OP_JEQI: case OP_JNEI: case OP_JLTI: case OP_JLEI: case OP_JGTI: case OP_JGEI:
    case OP_JTIDX_8: case OP_JFIDX_8:
    case OP_LOOPLT_I: case OP_LOOPGE_I: case OP_LOOPEQ_I: case OP_LOOPNE_I:
    case OP_FORLOOPK: case OP_FORLOOPR:
      in.c = target;
      break;
    default:
      in.b = target;
  }
}

void FuncCompiler::place(Label& l) {
  l.pc = here();
  for (int u : l.uses) setTarget(fn->code[size_t(u)], l.pc);
  l.uses.clear();
}

void FuncCompiler::jumpTo(Op op, int a, int b, Label& l) {
  int pc;
  if (op == OP_LOOP) pc = emitSafe(op, a, b, 0, 0, top);
  else pc = emit(op, a, b);
  if (l.pc >= 0) setTarget(fn->code[size_t(pc)], l.pc);
  else l.uses.push_back(pc);
}

int FuncCompiler::kconst(uint64_t v) {
  for (size_t i = 0; i < fn->consts.size(); i++)
    if (fn->consts[i] == v) return int(i);
  fn->consts.push_back(v);
  return int(fn->consts.size()) - 1;
}

int FuncCompiler::ktype(const Type* t) { return kconst(reinterpret_cast<uint64_t>(t)); }

int FuncCompiler::kdyn(const Type* t) {
  if (t && !t->methods.empty()) P.fillMethods(const_cast<Type*>(t));
  return ktype(t);
}

int FuncCompiler::kstr(const std::string& s) {
  uint64_t p = s.empty() ? 0 : reinterpret_cast<uint64_t>(internString(s));
  uint64_t n = s.size();
  for (size_t i = 0; i + 1 < fn->consts.size(); i++)
    if (fn->consts[i] == p && fn->consts[i + 1] == n) return int(i);
  fn->consts.push_back(p);
  fn->consts.push_back(n);
  return int(fn->consts.size()) - 2;
}

void FuncCompiler::loadInt(int dst, int64_t v) {
  if (v >= INT32_MIN && v <= INT32_MAX) emit(OP_LOADI, dst, int(v));
  else emit(OP_LOADK, dst, kconst(uint64_t(v)));
  setPtr(dst, false);
}

void FuncCompiler::mov(int dst, int src, int n) {
  if (dst == src || n <= 0) return;
  if (n == 1) emit(OP_MOV, dst, src);
  else if (n == 2) emit(OP_MOV2, dst, src);
  else if (n == 3) emit(OP_MOV3, dst, src);
  else emit(OP_MOVN, dst, src, n);
  for (int i = 0; i < n; i++) {
    uint8_t v = size_t(src + i) < ptrNow.size() ? ptrNow[size_t(src + i)] : 0;
    if (size_t(dst + i) >= ptrNow.size()) ptrNow.resize(size_t(dst + i + 1), 0);
    ptrNow[size_t(dst + i)] = v;
  }
}

// ---------------------------------------------------------------------------
// Slots

int FuncCompiler::alloc(int n) {
  int s = top;
  top += n;
  if (top > maxSlots) maxSlots = top;
  if (ptrNow.size() < size_t(top)) ptrNow.resize(size_t(top), 0);
  for (int i = s; i < top; i++) ptrNow[size_t(i)] = 0;
  return s;
}

void FuncCompiler::freeTo(int mark) {
  mark = std::max(mark, pinnedTop);
  if (mark > top) return;
  for (int i = mark; i < top && size_t(i) < ptrNow.size(); i++) ptrNow[size_t(i)] = 0;
  top = mark;
}

void FuncCompiler::setPtrs(int slot, const Type* t) {
  if (slot < 0 || !t) return;
  auto m = regPtrMask(t);
  if (ptrNow.size() < slot + m.size()) ptrNow.resize(slot + m.size(), 0);
  for (size_t i = 0; i < m.size(); i++) ptrNow[size_t(slot) + i] = m[i];
}

void FuncCompiler::setPtr(int slot, bool p) {
  if (slot < 0) return;
  if (ptrNow.size() <= size_t(slot)) ptrNow.resize(size_t(slot) + 1, 0);
  ptrNow[size_t(slot)] = p;
}

void FuncCompiler::clearPtrs(int slot, int n) {
  for (int i = 0; i < n; i++) setPtr(slot + i, false);
}

// ---------------------------------------------------------------------------
// Variables

void FuncCompiler::pushScope() {
  scopeMarks.push_back(top);
  scopeVars.emplace_back();
}

void FuncCompiler::popScope() {
  for (const Object* v : scopeVars.back()) {
    auto it = vars.find(v);
    if (it == vars.end()) continue;
    VarLoc& l = it->second;
    if (l.k == VarLoc::Boxed) setPtr(l.slot, false);
    else if (v->addressed) continue;  // pinned: a pointer may still reach it
    else if (l.k == VarLoc::Reg || l.k == VarLoc::Frame) clearPtrs(l.slot, l.k == VarLoc::Frame ? 1 : slotsOf(v->type));
  }
  scopeVars.pop_back();
  freeTo(scopeMarks.back());
  scopeMarks.pop_back();
}

bool FuncCompiler::boxedVar(const Object* v) const {
  if (v->isGlobal) return false;
  return v->escapes || v->captured || slotsOf(v->type) > kBigVarSlots;
}

VarLoc& FuncCompiler::declareVar(const Object* v) {
  VarLoc l;
  if (boxedVar(v)) {
    l.k = VarLoc::Boxed;
    l.slot = alloc(1);
    emit(OP_NEW, l.slot, ktype(v->type));
    setPtr(l.slot, true);
  } else if (v->addressed && isNarrow(v->type)) {
    l.k = VarLoc::Frame;
    l.slot = alloc(1);
  } else {
    l.k = VarLoc::Reg;
    l.slot = alloc(slotsOf(v->type));
  }
  if (v->addressed && l.k != VarLoc::Boxed) pinnedTop = std::max(pinnedTop, top);
  if (!scopeVars.empty()) scopeVars.back().push_back(v);
  const_cast<Object*>(v)->slot = l.slot;
  vars[v] = l;
  return vars[v];
}

void FuncCompiler::varLive(const Object* v) {
  auto it = vars.find(v);
  if (it == vars.end()) return;
  if (it->second.k == VarLoc::Reg) setPtrs(it->second.slot, v->type);
}

void FuncCompiler::declareZeroVar(const Object* v) {
  VarLoc& l = declareVar(v);
  if (l.k == VarLoc::Reg || l.k == VarLoc::Frame) {
    int n = l.k == VarLoc::Frame ? 1 : slotsOf(v->type);
    if (n > 0) emit(OP_ZERO, l.slot, n);
  }
  varLive(v);
}

VarLoc FuncCompiler::locOfVar(const Object* v) {
  auto it = vars.find(v);
  if (it != vars.end()) return it->second;
  VarLoc l;
  auto g = P.globalOff.find(v);
  if (g != P.globalOff.end() || v->isGlobal) {
    l.k = VarLoc::Global;
    l.off = g != P.globalOff.end() ? g->second : 0;
    return l;
  }
  // A variable we never saw declared (should not happen): give it a zeroed slot.
  err(v->pos, "goro: internal error: variable " + v->name + " used before its declaration");
  VarLoc& nl = declareVar(v);
  return nl;
}

// ---------------------------------------------------------------------------
// Function bodies

void FuncCompiler::recordResult(Type* t, int slot) {
  (void)t;
  (void)slot;
}

static void paramBits(FuncProto* fn, const std::vector<Type*>& params) {
  int total = 0;
  for (Type* t : params) total += slotsOf(t);
  fn->paramPtrs.assign(size_t((std::max(total, 1) + 63) / 64), 0);
  int at = 0;
  for (Type* t : params) {
    auto m = regPtrMask(t);
    for (size_t i = 0; i < m.size(); i++)
      if (m[i]) fn->paramPtrs[size_t(at + int(i)) / 64] |= uint64_t(1) << ((at + int(i)) % 64);
    at += slotsOf(t);
  }
}

// The body of a library function vm/check_live.cpp found unreachable: never
// called unless that analysis is wrong.
static void unreachedNative(NativeCtx&, uint64_t* frame) {
  auto* f = reinterpret_cast<const FuncProto*>(frame[-2]);
  fatalError("goro: internal error: " + (f ? f->name : std::string("?")) +
             " was called but not compiled (vm/check_live.cpp found it unreachable)");
}

static void stubNative(NativeCtx&, uint64_t* frame) {
  auto* f = reinterpret_cast<const FuncProto*>(frame[-2]);
  panicString("goro: native " + (f ? f->name : std::string("?")) + " not implemented");
}

// Parameters (receiver first) of a declaration: their objects (null when
// unnamed or blank) and types.
static void declParams(ast::FuncDecl* fd, std::vector<Object*>& objs, std::vector<Type*>& types) {
  const Type* sig = fd->obj ? fd->obj->type : nullptr;
  size_t nsig = fd->sig && fd->sig->params ? fd->sig->params->count() : 0;
  bool sigHasRecv = fd->recv && sig && sig->params.size() == nsig + 1;
  auto addList = [&](ast::FieldList* fl, const std::vector<Type*>* fromSig, size_t sigOff) {
    if (!fl) return;
    size_t idx = sigOff;
    for (auto* f : fl->list) {
      if (f->names.empty()) {
        Type* t = fromSig && idx < fromSig->size() ? (*fromSig)[idx] : (f->typeExpr ? f->typeExpr->type : nullptr);
        objs.push_back(nullptr);
        types.push_back(t);
        idx++;
      } else {
        for (auto* id : f->names) {
          Type* t = id->obj ? id->obj->type : nullptr;
          if (!t && fromSig && idx < fromSig->size()) t = (*fromSig)[idx];
          objs.push_back(id->obj && id->name != "_" ? id->obj : nullptr);
          types.push_back(t);
          idx++;
        }
      }
    }
  };
  if (fd->recv) {
    if (fd->recv->list.empty() || fd->recv->list[0]->names.empty()) {
      objs.push_back(nullptr);
      types.push_back(fd->obj ? fd->obj->recvType : nullptr);
    } else {
      auto* id = fd->recv->list[0]->names[0];
      objs.push_back(id->obj && id->name != "_" ? id->obj : nullptr);
      types.push_back(id->obj ? id->obj->type : (fd->obj ? fd->obj->recvType : nullptr));
    }
  }
  addList(fd->sig ? fd->sig->params : nullptr, sig ? &sig->params : nullptr, sigHasRecv ? 1 : 0);
}

static void funcTypeParams(ast::FuncType* ft, const Type* sig, std::vector<Object*>& objs,
                           std::vector<Type*>& types, bool results) {
  ast::FieldList* fl = results ? ft->results : ft->params;
  const std::vector<Type*>* fromSig = sig ? (results ? &sig->results : &sig->params) : nullptr;
  if (!fl) return;
  size_t idx = 0;
  for (auto* f : fl->list) {
    if (f->names.empty()) {
      objs.push_back(nullptr);
      types.push_back(fromSig && idx < fromSig->size() ? (*fromSig)[idx] : (f->typeExpr ? f->typeExpr->type : nullptr));
      idx++;
    } else {
      for (auto* id : f->names) {
        Type* t = id->obj ? id->obj->type : nullptr;
        if (!t && fromSig && idx < fromSig->size()) t = (*fromSig)[idx];
        objs.push_back(id->obj ? id->obj : nullptr);
        types.push_back(t);
        idx++;
      }
    }
  }
}

// Common prologue: parameters at slots 0.., results, boxes for escaping
// parameters, then the body and the epilogues.
static void compileBody(FuncCompiler& fc, const std::vector<Object*>& pobjs, const std::vector<Type*>& ptypes,
                        int recvCount, const std::vector<Object*>& robjs, const std::vector<Type*>& rtypes,
                        ast::BlockStmt* body, const std::vector<Object*>* captures) {
  FuncProto* fn = fc.fn;
  fc.pushScope();  // function scope: params, results
  int at = 0;
  std::vector<std::pair<Object*, int>> paramSlot;
  for (size_t i = 0; i < ptypes.size(); i++) {
    int n = slotsOf(ptypes[i]);
    if (int(i) == recvCount - 1) fn->recvSlots = at + n;
    if (pobjs[i]) paramSlot.push_back({pobjs[i], at});
    at += n;
  }
  fn->paramSlots = at;
  fc.alloc(at);
  paramBits(fn, ptypes);
  for (size_t i = 0, s = 0; i < ptypes.size(); s += size_t(slotsOf(ptypes[i])), i++) fc.setPtrs(int(s), ptypes[i]);
  int rs = 0;
  for (Type* t : rtypes) rs += slotsOf(t);
  fn->resultSlots = rs;

  // parameters
  for (auto& [obj, slot] : paramSlot) {
    VarLoc l;
    if (fc.boxedVar(obj)) {
      l.k = VarLoc::Boxed;
      l.slot = fc.alloc(1);
      fc.emit(OP_NEW, l.slot, fc.ktype(obj->type));
      fc.setPtr(l.slot, true);
      LVal lv;
      lv.k = LVal::Ptr;
      lv.slot = l.slot;
      lv.type = obj->type;
      lv.checked = true;
      fc.store(lv, slot);
    } else if (obj->addressed && isNarrow(obj->type)) {
      l.k = VarLoc::Frame;
      l.slot = fc.alloc(1);
      LVal lv;
      lv.k = LVal::Frame;
      lv.slot = l.slot;
      lv.type = obj->type;
      fc.store(lv, slot);
      fc.pinnedTop = std::max(fc.pinnedTop, fc.top);
    } else {
      l.k = VarLoc::Reg;
      l.slot = slot;
    }
    obj->slot = l.slot;
    fc.vars[obj] = l;
  }
  // captured variables of a function literal: cache the box pointers
  if (captures) {
    for (size_t i = 0; i < captures->size(); i++) {
      VarLoc l;
      l.k = VarLoc::Boxed;
      l.slot = fc.alloc(1);
      fc.emit(OP_GETCAP, l.slot, int(i));
      fc.setPtr(l.slot, true);
      fc.vars[(*captures)[i]] = l;
    }
  }
  // results: named ones are variables; unnamed ones get hidden variables when
  // deferred calls run between `return` and RET
  fc.hasDefer = scanHasDefer(body);
  fc.resultTypes = rtypes;
  bool named = !robjs.empty() && robjs[0] != nullptr;
  if (named || fc.hasDefer) {
    for (size_t i = 0; i < rtypes.size(); i++) {
      Object* o = i < robjs.size() ? robjs[i] : nullptr;
      if (!o) {
        o = new Object();
        o->kind = ObjKind::Var;
        o->name = "~r" + std::to_string(i);
        o->type = rtypes[i];
        o->isResult = true;
      }
      fc.declareZeroVar(o);
      fc.resultVars.push_back(o);
    }
  }
  if (fc.hasDefer) fn->hasDefer = true;

  if (body) fc.block(body);
  // falling off the end: the implicit return of a function without results
  // (not emitted after a final `return`: nothing reaches it)
  bool endsInReturn = body && !body->list.empty() && body->list.back() &&
                      body->list.back()->kind == ast::StmtKind::Return;
  if (!endsInReturn) {
    if (body && body->rbrace.line) fc.curLine = body->rbrace.line;  // (Go: the closing brace's line)
    fc.emitReturnSequence();
  }
  // the recovery epilogue: resume here when a deferred call recovered a panic
  if (fc.hasDefer) {
    fn->recoverPc = fc.here();
    fc.emitReturnSequence();
  }
  fc.popScope();
}

void FuncCompiler::compileFuncDecl(ast::FuncDecl* fd) {
  std::vector<Object*> pobjs;
  std::vector<Type*> ptypes;
  declParams(fd, pobjs, ptypes);
  std::vector<Object*> robjs;
  std::vector<Type*> rtypes;
  const Type* sig = fd->obj ? fd->obj->type : nullptr;
  if (fd->sig) funcTypeParams(fd->sig, sig, robjs, rtypes, true);
  fn->sig = fd->obj ? fd->obj->type : nullptr;
  curLine = fd->pos.line;
  if (!fd->hasBody() || fd->unreached) {
    // a native (or unreached): same frame convention, no bytecode
    int ps = 0, rs = 0;
    for (Type* t : ptypes) ps += slotsOf(t);
    for (Type* t : rtypes) rs += slotsOf(t);
    fn->paramSlots = ps;
    fn->resultSlots = rs;
    if (fd->recv && !ptypes.empty()) fn->recvSlots = slotsOf(ptypes[0]);
    fn->frameSize = std::max(ps, rs);
    paramBits(fn, ptypes);
    fn->native = fd->unreached ? &unreachedNative : findNative(fn->name);
    if (!fn->native) fn->native = &stubNative;
    return;
  }
  compileBody(*this, pobjs, ptypes, fd->recv ? 1 : 0, robjs, rtypes, fd->body, nullptr);
  finish();
}

void FuncCompiler::compileFuncLit(ast::FuncLit* l, FuncCompiler* par) {
  parent = par;
  lit = l;
  fn->isClosure = true;
  fn->sig = l->type;
  std::vector<Object*> pobjs, robjs;
  std::vector<Type*> ptypes, rtypes;
  funcTypeParams(l->sig, l->type, pobjs, ptypes, false);
  funcTypeParams(l->sig, l->type, robjs, rtypes, true);
  for (auto*& o : pobjs)
    if (o && o->name == "_") o = nullptr;
  curLine = l->pos.line;
  auto it = P.esc.captures.find(l);
  static const std::vector<Object*> none;
  compileBody(*this, pobjs, ptypes, 0, robjs, rtypes, l->body, it != P.esc.captures.end() ? &it->second : &none);
  finish();
}

// Go spec: Method expressions — `T.M` (or `(*T).M`, `I.M`) is a function
// whose first parameter is the receiver. A method declared on exactly that
// receiver type is its own method expression (vm/compile_expr.cpp uses its
// proto); every other form — a promoted method (embedding path), a value
// method through a pointer, an interface method — gets this wrapper:
//     func(~r Recv, ~p0 P0, ...) (results) { return ~r.M(~p0, ...) }
void FuncCompiler::compileMethodExpr(ast::SelectorExpr* e) {
  const Type* ft = e->type->underlying;
  fn->sig = e->type;
  curLine = e->pos.line;
  std::vector<Object*> pobjs;
  std::vector<Type*> ptypes;
  std::vector<ast::Expr*> args;
  for (size_t i = 0; i < ft->params.size(); i++) {
    auto* o = new Object();
    o->kind = ObjKind::Var;
    o->name = i == 0 ? std::string("~r") : "~p" + std::to_string(i - 1);
    o->type = ft->params[i];
    o->isParam = true;
    pobjs.push_back(o);
    ptypes.push_back(o->type);
    auto* id = new ast::Ident();
    id->name = o->name;
    id->obj = o;
    id->pos = e->pos;
    id->type = o->type;
    id->mode = ast::Mode::Variable;
    args.push_back(id);
  }
  auto* sel = new ast::SelectorExpr(*e);
  sel->x = args[0];
  sel->selKind = ast::SelectorExpr::Sel::Method;
  std::vector<Type*> mparams(ft->params.begin() + 1, ft->params.end());
  sel->type = newFunc(mparams, ft->results, ft->variadic);
  sel->mode = ast::Mode::Value;
  auto* call = new ast::CallExpr();
  call->pos = e->pos;
  call->fun = sel;
  call->args.assign(args.begin() + 1, args.end());
  call->hasEllipsis = ft->variadic;
  if (ft->results.empty()) {
    call->mode = ast::Mode::NoValue;
  } else {
    call->mode = ast::Mode::Value;
    call->type = ft->results.size() == 1 ? ft->results[0] : newTuple(ft->results);
  }
  auto* body = new ast::BlockStmt();
  body->pos = e->pos;
  if (ft->results.empty()) {
    auto* es = new ast::ExprStmt();
    es->pos = e->pos;
    es->x = call;
    body->list.push_back(es);
  } else {
    auto* rs = new ast::ReturnStmt();
    rs->pos = e->pos;
    rs->results.push_back(call);
    body->list.push_back(rs);
  }
  std::vector<Object*> robjs;
  compileBody(*this, pobjs, ptypes, 0, robjs, ft->results, body, nullptr);
  finish();
}

void FuncCompiler::compileWrapper(ast::CallExpr* c, const std::vector<Object*>& params) {
  isWrapper = true;
  std::vector<Type*> ptypes;
  for (auto* o : params) ptypes.push_back(o->type);
  std::vector<Object*> pobjs(params.begin(), params.end());
  curLine = c->pos.line;
  fn->paramSlots = 0;
  pushScope();
  int at = 0;
  for (auto* o : params) {
    VarLoc l;
    l.k = VarLoc::Reg;
    l.slot = at;
    vars[o] = l;
    at += slotsOf(o->type);
  }
  fn->paramSlots = at;
  alloc(at);
  paramBits(fn, ptypes);
  for (auto* o : params) setPtrs(vars[o].slot, o->type);
  int mark = top;
  auto* es = new ast::ExprStmt();
  es->pos = c->pos;
  es->x = c;
  stmt(es);
  freeTo(mark);
  emit(OP_RET, 0, 0);
  popScope();
  finish();
}

void FuncCompiler::finish() {
  fn->frameSize = std::max(maxSlots, std::max(fn->paramSlots, fn->resultSlots));
  size_t words = size_t((std::max(fn->frameSize, 1) + 63) / 64);
  for (StackMap& sm : fn->stackmaps) sm.bits.resize(words, 0);
  std::sort(fn->stackmaps.begin(), fn->stackmaps.end(),
            [](const StackMap& a, const StackMap& b) { return a.pc < b.pc; });
}

// Load the result variables into consecutive slots and return (running the
// deferred calls first when the function has any).
void FuncCompiler::emitReturnSequence() {
  int mark = top;
  if (hasDefer) emitSafe(OP_DEFERRETURN, 0, 0, 0, 0, top);
  int n = 0;
  for (Type* t : resultTypes) n += slotsOf(t);
  if (resultVars.empty()) {
    if (n > 0) {
      int base = alloc(n);
      emit(OP_ZERO, base, n);
      emit(OP_RET, base, n);
    } else {
      emit(OP_RET, 0, 0);
    }
    freeTo(mark);
    return;
  }
  // a single register variable can be returned in place
  if (resultVars.size() == 1) {
    VarLoc l = locOfVar(resultVars[0]);
    if (l.k == VarLoc::Reg) {
      emit(OP_RET, l.slot, n);
      freeTo(mark);
      return;
    }
  }
  int base = alloc(n);
  int at = base;
  for (size_t i = 0; i < resultVars.size(); i++) {
    load(varLVal(resultVars[i]), at);
    at += slotsOf(resultTypes[i]);
  }
  emit(OP_RET, base, n);
  freeTo(mark);
}

// <pkg>.init: package p's variable initialisers in dependency order (gc's
// function of that name: tracebacks of a panic in an initialiser show it).
void FuncCompiler::compileVarInits(Package* p) {
  pushScope();
  symbol = P.pkgPrefix(p) + ".glob.";
  litCount = 0;
  for (auto& vi : p->varInits) {
    if (!vi.rhs) continue;
    int mark = top;
    curLine = vi.rhs->pos.line;
    if (!vi.rhs->pos.line && !vi.lhs.empty()) curLine = vi.lhs[0]->pos.line;
    if (vi.lhs.size() == 1) {
      Object* v = vi.lhs[0];
      if (!v || v->name == "_") {
        int s = alloc(slotsOf(vi.rhs->type));
        if (vi.rhs->kind == ast::ExprKind::Call) call(static_cast<ast::CallExpr*>(vi.rhs));
        else expr(vi.rhs, s);
      } else {
        LVal lv = varLVal(v);
        storeExpr(lv, vi.rhs);
      }
    } else {
      // v1, v2 = f() / m[k] / x.(T) / <-c
      std::vector<Type*> ts;
      int base = tupleValues(vi.rhs, ts);
      int at = base;
      for (size_t i = 0; i < vi.lhs.size() && i < ts.size(); i++) {
        Object* v = vi.lhs[i];
        if (v && v->name != "_") {
          int tmp = alloc(slotsOf(v->type));
          convertSlot(at, ts[i], v->type, tmp);
          store(varLVal(v), tmp);
        }
        at += slotsOf(ts[i]);
      }
    }
    freeTo(mark);
  }
  emit(OP_RET, 0, 0);
  popScope();
  finish();
}

// goro.entry: each package's variable initialisers (varInits[i]: its
// <pkg>.init, or null) and init functions in dependency order, then
// main.main (Go spec: Package initialization, Program execution).
void FuncCompiler::compileEntry(const std::vector<FuncProto*>& varInits) {
  pushScope();
  auto callProto = [&](const FuncProto* callee, int line) {
    curLine = line;
    int base = alloc(kFrameHeader);
    emitSafe(OP_CALL, base, callee->index, 0, 0, base);
    freeTo(base);
  };
  for (size_t i = 0; i < P.cp->packages.size(); i++) {
    Package* p = P.cp->packages[i];
    if (varInits[i]) callProto(varInits[i], varInits[i]->line);
    for (ast::FuncDecl* fd : p->inits)
      if (FuncProto* ip = protoOfDecl(P, fd)) callProto(ip, fd->pos.line);
  }
  // main.main
  Package* mp = P.cp->main;
  Object* mainObj = mp && mp->scope ? mp->scope->lookupLocal("main") : nullptr;
  if (mainObj && mainObj->kind == ObjKind::Func && mainObj->proto) {
    callProto(mainObj->proto, mainObj->decl ? mainObj->decl->pos.line : 0);
  } else {
    err(ast::Pos{}, "function main is undeclared in the main package");
  }
  emit(OP_RET, 0, 0);
  popScope();
  finish();
}

// ---------------------------------------------------------------------------
// Program

FuncProto* protoOfDecl(ProgCompiler& P, const ast::FuncDecl* fd) {
  auto it = P.declProtos.find(fd);
  return it == P.declProtos.end() ? nullptr : it->second;
}

static int64_t alignUp(int64_t x, int64_t a) { return a <= 1 ? x : (x + a - 1) / a * a; }

// A method promoted from an embedded interface field: the interpreter places
// the interface value (2 slots) as the receiver; the wrapper dispatches on it.
static FuncProto* ifaceWrapper(ProgCompiler& P, Type* iface, const std::string& name, Type* sig) {
  static std::map<std::pair<const Type*, std::string>, FuncProto*> cache;
  auto key = std::make_pair(static_cast<const Type*>(iface), name);
  auto it = cache.find(key);
  if (it != cache.end() && it->second->index < int(P.prog->funcs.size()) && P.prog->funcs[size_t(it->second->index)] == it->second)
    return it->second;
  FuncProto* proto = P.newProto(iface->str() + "." + name, "<autogenerated>", 1);
  cache[key] = proto;
  FuncCompiler fc(P, proto, "<autogenerated>", nullptr);
  const Type* fs = sig ? sig->underlying : nullptr;
  std::vector<Type*> ptypes{iface};
  if (fs)
    for (Type* t : fs->params) ptypes.push_back(t);
  int nargs = 0, nres = 0;
  for (size_t i = 1; i < ptypes.size(); i++) nargs += slotsOf(ptypes[i]);
  if (fs)
    for (Type* t : fs->results) nres += slotsOf(t);
  fc.curLine = 1;
  fc.alloc(2 + nargs);
  proto->paramSlots = 2 + nargs;
  proto->recvSlots = 2;
  proto->resultSlots = nres;
  paramBits(proto, ptypes);
  for (size_t i = 0, at = 0; i < ptypes.size(); at += size_t(slotsOf(ptypes[i])), i++) fc.setPtrs(int(at), ptypes[i]);
  int base = fc.alloc(kFrameHeader + std::max(1 + nargs, nres));
  fc.mov(base + kFrameHeader + 1, 2, nargs);
  fc.emitSafe(OP_CALLI, base, 0, fc.kconst(uint64_t(P.methodName(name))), nargs, base);
  fc.emit(OP_RET, base + kFrameHeader, nres);
  fc.finish();
  return proto;
}

// Method tables: Type::methods[i].fn for every named type (and its pointer
// type), and for every other type that is stored in an interface.
void ProgCompiler::fillMethods(Type* t) {
  ProgCompiler& P = *this;
  if (!t || methodsFilled.count(t)) return;
  methodsFilled.insert(t);
  if (ukind(t) == Kind::Interface) return;
  bool any = false;
  for (Method& m : t->methods) {
    if (m.fn) {
      any = true;
      continue;
    }
    // walk the embedding path to the declaring type
    const Type* cur = t->kind == Kind::Pointer && !t->isNamed() ? t->elem : t;
    for (int idx : m.path) {
      const Type* st = cur->underlying;
      if (st->kind == Kind::Pointer) st = st->elem->underlying;
      if (st->kind != Kind::Struct || size_t(idx) >= st->fields.size()) break;
      cur = st->fields[size_t(idx)].type;
    }
    const Type* base = recvBase(cur);
    if (!m.path.empty() && ukind(base) == Kind::Interface) {
      m.fn = ifaceWrapper(P, const_cast<Type*>(base), m.name, m.type);
    } else {
      auto it = P.methodProtos.find({base, m.name});
      if (it != P.methodProtos.end()) m.fn = it->second;
    }
    any = true;
  }
  if (any) P.prog->allTypes.push_back(t);
}

}  // namespace goro::cg

namespace goro {

using namespace cg;

bool compileProgram(const CheckedProgram& cp, Program& prog, std::vector<ast::Diag>& errs) {
  ProgCompiler P;
  P.cp = &cp;
  P.prog = &prog;
  P.errs = &errs;
  size_t errs0 = errs.size();

  analyzeEscapes(cp.packages, P.esc);

  // well-known types
  P.stringType = types::String();
  P.intType = types::Int();
  P.boolType = types::Bool();
  P.errorType = types::ErrorType();
  P.anyType = types::AnyType();
  P.float64Type = types::Float64();
  P.int32Type = types::Int32();
  P.uint8Type = types::Uint8();
  prog.stringType = P.stringType;
  prog.errorType = P.errorType;

  // globals
  int64_t goff = 0;
  for (Package* p : cp.packages) {
    std::vector<Object*> gv;
    for (auto& vi : p->varInits)
      for (Object* v : vi.lhs)
        if (v && v->name != "_") gv.push_back(v);
    if (p->scope)
      for (auto& [n, o] : p->scope->names)
        if (o->kind == ObjKind::Var && std::find(gv.begin(), gv.end(), o) == gv.end()) gv.push_back(o);
    for (Object* v : gv) {
      if (P.globalOff.count(v)) continue;
      v->isGlobal = true;
      int64_t a = v->type ? std::max<int64_t>(v->type->align, 1) : 8;
      goff = alignUp(goff, std::max<int64_t>(a, 8));
      P.globalOff[v] = goff;
      v->slot = int(goff);
      goff += v->type ? std::max<int64_t>(v->type->size, 0) : 8;
    }
  }
  prog.globalsSize = alignUp(goff, 8);

  // protos for every declared function and method
  std::vector<std::tuple<ast::FuncDecl*, Package*, ast::File*, FuncProto*>> decls;
  for (Package* p : cp.packages) {
    int initN = 0;
    for (ast::File* f : p->files) {
      for (ast::FuncDecl* fd : f->funcs) {
        if (fd->unreached && !fd->recv) continue;  // (no code refers to it: vm/check_live.cpp)
        std::string name;
        if (fd->obj) name = P.funcSymbol(fd->obj);
        else name = P.pkgPrefix(p) + "." + fd->name->name;
        if (!fd->recv && fd->name && fd->name->name == "init") name = P.pkgPrefix(p) + ".init." + std::to_string(initN++);
        FuncProto* proto = P.newProto(name, f->filename, fd->pos.line);
        P.declProtos[fd] = proto;
        if (fd->obj) {
          fd->obj->proto = proto;
          if (fd->obj->recvType) {
            const Type* base = recvBase(fd->obj->recvType);
            P.methodProtos[{base, fd->obj->name}] = proto;
          }
        }
        P.fileOf[fd] = f;
        P.pkgOf[fd] = p;
        decls.emplace_back(fd, p, f, proto);
      }
    }
  }
  // bodies
  for (auto& [fd, p, f, proto] : decls) {
    FuncCompiler fc(P, proto, f->filename, p);
    fc.compileFuncDecl(fd);
  }
  // package initialisers, entry
  std::vector<FuncProto*> varInits;
  for (Package* p : cp.packages) {
    FuncProto* vp = nullptr;
    for (auto& vi : p->varInits) {
      if (!vi.rhs) continue;
      const std::string file = p->files.empty() ? prog.mainFile : p->files[0]->filename;
      vp = P.newProto(P.pkgPrefix(p) + ".init", file, vi.rhs->pos.line);
      FuncCompiler fc(P, vp, file, p);
      fc.compileVarInits(p);
      break;
    }
    varInits.push_back(vp);
  }
  FuncProto* entry = P.newProto("goro.entry", prog.mainFile, 0);
  {
    FuncCompiler fc(P, entry, prog.mainFile, cp.main);
    fc.compileEntry(varInits);
  }
  prog.entry = entry;

  // method tables
  for (Package* p : cp.packages) {
    if (!p->scope) continue;
    for (auto& [n, o] : p->scope->names) {
      if (o->kind != ObjKind::TypeName || !o->type || !o->type->isNamed()) continue;
      P.fillMethods(o->type);
      if (o->type->ptrToThis) P.fillMethods(o->type->ptrToThis);
    }
    if (p->path == "runtime") {
      auto typeNamed = [&](const char* name) -> Type* {
        Object* o = p->scope->lookupLocal(name);
        return o && o->kind == ObjKind::TypeName ? o->type : nullptr;
      };
      prog.rtErrorString = typeNamed("errorString");
      prog.rtPlainError = typeNamed("plainError");
      prog.rtBoundsError = typeNamed("boundsError");
      if (Type* t = typeNamed("TypeAssertionError")) prog.rtTypeAssertionError = newPointer(t);
    }
  }
  // named types declared inside functions are reached through the methods
  // map too (their methods are declared at package level only in Go).
  for (auto& [key, proto] : P.methodProtos) {
    Type* t = const_cast<Type*>(key.first);
    P.fillMethods(t);
    if (t->ptrToThis) P.fillMethods(t->ptrToThis);
  }
  return errs.size() == errs0;
}

}  // namespace goro
