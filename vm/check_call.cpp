// vm/check_call.cpp — calls, conversions and selectors (go/types call.go,
// conversions.go).
#include <cctype>

#include "vm/check_internal.h"

namespace goro::chk {

using EK = ast::ExprKind;
using Sel = ast::SelectorExpr::Sel;

std::string Checker::calleeName(ast::Expr* fun) const { return exprStr(fun); }

// go/types typesSummary.
// spelled: the declared syntax of each type, where known (byte or uint8, any
// or interface{} as the callee's declaration writes them).
static std::string typesSummary(const Checker& c, const std::vector<Type*>& list, bool variadic,
                                const std::vector<const ast::Expr*>& spelled = {}) {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) s += ", ";
    Type* t = list[i];
    const ast::Expr* sp = i < spelled.size() ? spelled[i] : nullptr;
    if (!t || (t->kind == Kind::Invalid && !t->isNamed())) {
      s += "<T>";
    } else if (types::isUntyped(t)) {
      if (types::isNumeric(t)) s += "number";
      else {
        std::string n = c.typeStr(t);
        if (n.rfind("untyped ", 0) == 0) n = n.substr(8);
        s += n;
      }
    } else if (variadic && i + 1 == list.size() && t->underlying && t->underlying->kind == Kind::Slice) {
      const ast::Expr* el = sp && sp->kind == ast::ExprKind::Ellipsis ? static_cast<const ast::EllipsisExpr*>(sp)->elem : nullptr;
      s += "..." + c.typeStrAs(t->underlying->elem, el);
    } else {
      s += c.typeStrAs(t, sp);
    }
  }
  return s + ")";
}

// Evaluates call arguments; a single multi-value call is spread into operands.
void Checker::evalArgs(std::vector<Operand>& args, const std::vector<ast::Expr*>& es, bool* tupleForwarded) {
  *tupleForwarded = false;
  if (es.size() == 1) {
    Operand x;
    multiExpr(x, es[0]);
    if (x.mode != Mode::Invalid && x.type && x.type->kind == Kind::Tuple) {
      *tupleForwarded = true;
      for (Type* t : x.type->params) {
        Operand o;
        o.mode = Mode::Value;
        o.expr = es[0];
        o.type = t;
        args.push_back(o);
      }
      return;
    }
    args.push_back(x);
    return;
  }
  for (ast::Expr* e : es) {
    Operand x;
    expr(x, e);
    args.push_back(x);
  }
}

void Checker::arguments(ast::CallExpr* call, Type* sig, std::vector<Operand>& args, const std::string& fname) {
  for (Operand& a : args) {
    if (a.mode == Mode::TypeExpr) {
      error(startPos(a.expr), operandStr(a) + " used as value");
      return;
    }
    if (a.mode == Mode::Invalid) return;
  }
  size_t nargs = args.size();
  size_t npars = sig->params.size();
  bool ddd = call->hasEllipsis;
  std::vector<Type*> params = sig->params;
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        error(startPos(call), "cannot use ... with " + std::to_string(nargs) + "-valued " + exprStr(call->args[0]));
        return;
      }
    } else {
      if (nargs + 1 >= npars) {
        Type* last = sig->params.back();
        Type* et = last->underlying->elem;
        params.pop_back();
        while (params.size() < nargs) params.push_back(et);
        npars = nargs;
      } else {
        npars--;
      }
    }
  } else if (ddd) {
    error(startPos(call), "cannot use ... in call to non-variadic " + fname);
    return;
  }
  if (nargs != npars) {
    Pos at = startPos(call);
    std::string q = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars].expr);
      q = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1].expr);
    }
    std::vector<Type*> have;
    for (Operand& a : args) have.push_back(a.type);
    std::vector<const ast::Expr*> spelled;  // the callee's parameter syntax, one per parameter
    if (const ast::FuncType* ft = calleeSyntax(call->fun); ft && ft->params)
      for (auto* fd : ft->params->list)
        for (size_t n = 0; n < std::max<size_t>(1, fd->names.size()); n++) spelled.push_back(fd->typeExpr);
    if (spelled.size() != sig->params.size()) spelled.clear();
    error(at, q + " arguments in call to " + fname + "\n\thave " + typesSummary(*this, have, false) + "\n\twant " +
                  typesSummary(*this, sig->params, sig->variadic, spelled));
    return;
  }
  std::string context = "argument to " + fname;
  for (size_t i = 0; i < nargs; i++) {
    argSpelling_ = ArgSpelling{call, sig, i};  // (read only if the argument is reported)
    assignment(args[i], params[i], context);
  }
  argSpelling_ = ArgSpelling{};
}

// The declared type syntax of the parameter that argument argSpelling_.i of a
// call to a declared function, method or literal goes to (for its spelling in
// a message): the variadic parameter's element (...T) unless the call passes
// a slice (xs...). Null when unknown.
const ast::Expr* Checker::argTypeSyntax() const {
  const ArgSpelling& a = argSpelling_;
  if (!a.call) return nullptr;
  const ast::FuncType* ft = calleeSyntax(a.call->fun);
  if (!ft || !ft->params) return nullptr;
  const bool toVariadic = a.sig->variadic && a.i + 1 >= a.sig->params.size();
  if (toVariadic && a.call->hasEllipsis) return nullptr;
  const size_t want = toVariadic ? a.sig->params.size() - 1 : a.i;
  size_t k = 0;
  for (auto* fd : ft->params->list)
    for (size_t n = 0; n < std::max<size_t>(1, fd->names.size()); n++, k++) {
      if (k != want) continue;
      if (!toVariadic) return fd->typeExpr;
      return fd->typeExpr && fd->typeExpr->kind == ast::ExprKind::Ellipsis
                 ? static_cast<const ast::EllipsisExpr*>(fd->typeExpr)->elem
                 : nullptr;
    }
  return nullptr;
}

// The signature syntax of a called declared function, method or literal.
const ast::FuncType* Checker::calleeSyntax(const ast::Expr* fun) const {
  const ast::Expr* e = unparen(const_cast<ast::Expr*>(fun));
  if (e->kind == ast::ExprKind::FuncLit) return static_cast<const ast::FuncLit*>(e)->sig;
  const Object* o = nullptr;
  if (e->kind == ast::ExprKind::Ident) {
    o = static_cast<const ast::Ident*>(e)->obj;
  } else if (e->kind == ast::ExprKind::Selector) {
    auto* sel = static_cast<const ast::SelectorExpr*>(e);
    if (sel->selKind == ast::SelectorExpr::Sel::Qualified || sel->selKind == ast::SelectorExpr::Sel::Method)
      o = sel->sel->obj;
  }
  return o && o->kind == ObjKind::Func && o->decl ? o->decl->sig : nullptr;
}

void Checker::callExpr(Operand& x, ast::CallExpr* call) {
  exprOrType(x, call->fun);
  switch (x.mode) {
    case Mode::Invalid:
      useExprs(call->args);
      x.mode = Mode::Invalid;
      x.expr = call;
      return;
    case Mode::TypeExpr: {
      call->callKind = ast::CallExpr::CallKind::Conversion;
      Type* T = x.type;
      x.mode = Mode::Invalid;
      size_t n = call->args.size();
      if (n == 0) {
        error(startPos(call), "missing argument in conversion to " + typeStr(T));
      } else if (n == 1) {
        expr(x, call->args[0]);
        if (x.mode != Mode::Invalid) {
          if (call->hasEllipsis) {
            error(startPos(call->args[0]), "invalid use of ... in conversion to " + typeStr(T));
            x.mode = Mode::Invalid;
          } else {
            conversion(x, T, call);
          }
        }
      } else {
        useExprs(call->args);
        error(startPos(call->args[n - 1]), "too many arguments in conversion to " + typeStr(T));
      }
      x.expr = call;
      return;
    }
    case Mode::Builtin: {
      call->callKind = ast::CallExpr::CallKind::Builtin;
      call->builtinId = x.id;
      Builtin id = Builtin(x.id);
      if (!builtin(x, call, id)) x.mode = Mode::Invalid;
      if (x.mode != Mode::Invalid && x.mode != Mode::Constant) hasCallOrRecv_ = true;
      x.expr = call;
      return;
    }
    default:
      break;
  }
  call->callKind = ast::CallExpr::CallKind::Normal;
  Type* sig = x.type && x.type->underlying && x.type->underlying->kind == Kind::Func ? x.type->underlying : nullptr;
  if (!sig) {
    error(startPos(x.expr), "invalid operation: cannot call non-function " + operandStr(x));
    useExprs(call->args);
    x.mode = Mode::Invalid;
    x.expr = call;
    return;
  }
  std::vector<Operand> args;
  bool fwd;
  evalArgs(args, call->args, &fwd);
  arguments(call, sig, args, calleeName(call->fun));
  hasCallOrRecv_ = true;
  switch (sig->results.size()) {
    case 0:
      x.mode = Mode::NoValue;
      x.type = types::Invalid();
      break;
    case 1:
      x.mode = Mode::Value;
      x.type = sig->results[0];
      break;
    default:
      x.mode = Mode::Value;
      x.type = newTuple(sig->results);
      break;
  }
  x.expr = call;
}

bool Checker::convertibleTo(Operand& x, Type* T, std::string* cause) {
  if (assignableTo(x, T, cause)) return true;
  if (types::isUntyped(x.type)) {
    // e.g. float64(1 << s): the non-constant untyped operand converts by kind
    Type* d = types::defaultType(x.type);
    if (x.isNil()) return types::hasNil(T);
    return goro::convertibleTo(d, T);
  }
  return goro::convertibleTo(x.type, T);
}

// Go spec: Conversions (go/types conversion).
void Checker::conversion(Operand& x, Type* T, ast::CallExpr* call) {
  (void)call;
  bool constArg = x.mode == Mode::Constant;
  ast::ConstValue argVal = x.val;
  Type* argType = x.type;
  bool ok = false;
  std::string cause;
  if (types::isComplex(T)) {
    error(startPos(x.expr), "complex numbers are not supported");
    x.mode = Mode::Invalid;
    return;
  }
  if (constArg && types::isConstType(T)) {
    ast::ConstValue v;
    bool trunc;
    Type* tu = T->underlying;
    if (constant::representable(x.val, tu, &v, &trunc)) {
      ok = true;
      x.val = v;
    } else if (types::isInteger(x.type) && types::isString(tu)) {
      __int128 i = 0;
      constant::toInt(x.val, &i);
      uint32_t cp = (i >= 0 && i <= 0x10FFFF && !(i >= 0xD800 && i <= 0xDFFF)) ? uint32_t(i) : 0xFFFD;
      std::string s;
      if (cp < 0x80) s += char(cp);
      else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      } else {
        s += char(0xF0 | (cp >> 18));
        s += char(0x80 | ((cp >> 12) & 0x3F));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
      }
      x.val = constant::makeString(s);
      ok = true;
    }
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = Mode::Value;
  }
  if (!ok) {
    std::string xs = x.isNil() ? "nil" : operandStr(x);
    if (!cause.empty())
      error(startPos(x.expr), "cannot convert " + xs + " to type " + typeStr(T) + ":\n\t" + cause);
    else
      error(startPos(x.expr), "cannot convert " + xs + " to type " + typeStr(T));
    x.mode = Mode::Invalid;
    return;
  }
  if (types::isUntyped(x.type)) {
    Type* fin = T;
    if (types::isInterface(T) || (constArg && !types::isConstType(T))) fin = types::defaultType(x.type);
    else if (x.mode == Mode::Constant && types::isInteger(x.type) && types::isString(T)) {
      // types2 keeps the argument untyped (string(1<<100) is "\uFFFD"); we
      // give it its default type when its value fits
      fin = types::defaultType(x.type);
      if (!constant::representable(argVal, fin, nullptr, nullptr)) fin = argType;
    }
    if (x.isNil()) fin = T;  // materialised as T
    updateExprType(x.expr, fin, true);
  }
  x.type = T;
}

// Go spec: Selectors, Qualified identifiers, Method values, Method expressions.
void Checker::selector(Operand& x, ast::SelectorExpr* e) {
  const std::string& sel = e->sel->name;
  if (e->x->kind == EK::Ident) {
    auto* id = static_cast<ast::Ident*>(e->x);
    Object* obj = lookup(id->name);
    if (obj && obj->kind == ObjKind::Package) {
      id->obj = obj;
      if (obj->importSpec) obj->importSpec->used = true;
      Package* p = obj->imported;
      e->x->mode = Mode::Package;
      e->selKind = Sel::Qualified;
      Object* exp = p->scope ? p->scope->lookupLocal(sel) : nullptr;
      if (!exp) {
        error(e->sel->pos, "undefined: " + p->name + "." + sel);
        x.mode = Mode::Invalid;
        x.expr = e;
        return;
      }
      if (!isExported(sel)) {
        error(e->sel->pos, "name " + sel + " not exported by package " + p->name);
        x.mode = Mode::Invalid;
        x.expr = e;
        return;
      }
      e->sel->obj = exp;
      switch (exp->kind) {
        case ObjKind::Const:
          x.mode = Mode::Constant;
          x.type = exp->type;
          x.val = exp->value;
          break;
        case ObjKind::TypeName:
          x.mode = Mode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjKind::Var:
          x.mode = Mode::Variable;
          x.type = exp->type;
          break;
        case ObjKind::Func:
          x.mode = Mode::Value;
          x.type = exp->type;
          break;
        case ObjKind::Builtin:
          x.mode = Mode::Builtin;
          x.id = int(exp->builtin);
          break;
        default:
          x.mode = Mode::Invalid;
          break;
      }
      if (!x.type && x.mode != Mode::Builtin) x.mode = Mode::Invalid;
      x.expr = e;
      return;
    }
  }
  exprOrType(x, e->x);
  switch (x.mode) {
    case Mode::Builtin:
      error(e->pos, "cannot select on " + operandStr(x));
      x.mode = Mode::Invalid;
      x.expr = e;
      return;
    case Mode::Invalid:
      x.expr = e;
      return;
    default:
      break;
  }
  if (!x.type->underlying || (x.type->kind == Kind::Invalid && !x.type->isNamed())) {
    // a named type whose declaration is in progress has nothing to select yet
    if (!x.type->underlying && x.type->isNamed())
      error(e->sel->pos, exprStr(e->x) + "." + sel + " undefined (type " + typeStr(x.type) +
                             " has no field or method " + sel + ")");
    x.mode = Mode::Invalid;
    x.expr = e;
    return;
  }
  Selection s = lookupFieldOrMethod(x.type, sel);
  // unexported names of other packages are not visible
  if ((s.kind == Selection::K::Field || s.kind == Selection::K::Method) && !s.exported && s.recvBase &&
      s.recvBase->isNamed() && !s.recvBase->pkg.empty() && s.recvBase->pkg != pkg_->name)
    s.kind = Selection::K::NotFound;
  bool addressable = x.mode == Mode::Variable;
  if (s.kind == Selection::K::Method && s.ptrRecv && !s.indirect && !s.ifaceMethod && !addressable &&
      x.mode != Mode::TypeExpr) {
    error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeStr(x.type));
    x.mode = Mode::Invalid;
    x.expr = e;
    return;
  }
  if (s.kind == Selection::K::NotFound || s.kind == Selection::K::Ambiguous) {
    if (x.type->underlying->kind == Kind::Invalid) {
      x.mode = Mode::Invalid;
      x.expr = e;
      return;
    }
    if (s.kind == Selection::K::Ambiguous) {
      error(e->sel->pos, "ambiguous selector " + exprStr(e->x) + "." + sel);
    } else {
      std::string why;
      Type* t = x.type;
      if (!t->isNamed() && t->kind == Kind::Pointer && t->elem->underlying &&
          t->elem->underlying->kind == Kind::Interface) {
        why = "type " + typeStr(t) + " is pointer to interface, not interface";
      } else {
        why = "type " + typeStr(t) + " has no field or method " + sel;
        if (!sel.empty()) {
          std::string alt = sel;
          alt[0] = std::isupper((unsigned char)alt[0]) ? char(std::tolower((unsigned char)alt[0]))
                                                       : char(std::toupper((unsigned char)alt[0]));
          Selection a = lookupFieldOrMethod(x.type, alt);
          if (a.kind == Selection::K::Field || a.kind == Selection::K::Method) why += ", but does have " + alt;
        }
      }
      error(e->sel->pos, exprStr(e->x) + "." + sel + " undefined (" + why + ")");
    }
    x.mode = Mode::Invalid;
    x.expr = e;
    return;
  }
  if (s.kind == Selection::K::Method && s.obj) {
    objDecl(s.obj);
    recordUse(s.obj);
  }
  e->path = s.path;
  e->indirect = s.indirect;
  if (x.mode == Mode::TypeExpr) {
    // method expression T.m
    if (s.kind != Selection::K::Method) {
      error(e->sel->pos, exprStr(e->x) + "." + sel + " undefined (type " + typeStr(x.type) + " has no method " + sel + ")");
      x.mode = Mode::Invalid;
      x.expr = e;
      return;
    }
    if (s.ptrRecv && !s.indirect && !s.ifaceMethod) {
      // (T).m where m has a pointer receiver: not in T's method set
      // types2: LookupFieldOrMethod finds it only through a pointer
      error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeStr(x.type));
      x.mode = Mode::Invalid;
      x.expr = e;
      return;
    }
    e->selKind = Sel::MethodExpr;
    e->sel->obj = s.obj;
    e->recvPtr = s.ptrRecv;
    e->ifaceMethod = s.ifaceMethod;
    e->autoDeref = !s.ptrRecv && s.indirect && !s.ifaceMethod;
    std::vector<Type*> params{x.type};
    for (Type* p : s.type->params) params.push_back(p);
    x.mode = Mode::Value;
    x.type = newFunc(params, s.type->results, s.type->variadic);
    x.expr = e;
    return;
  }
  if (s.kind == Selection::K::Field) {
    e->selKind = Sel::Field;
    x.mode = (x.mode == Mode::Variable || s.indirect) ? Mode::Variable : Mode::Value;
    x.type = s.type;
    x.expr = e;
    return;
  }
  // method value / call
  e->selKind = Sel::Method;
  e->sel->obj = s.obj;
  e->recvPtr = s.ptrRecv;
  e->ifaceMethod = s.ifaceMethod;
  e->autoAddr = s.ptrRecv && !s.indirect && !s.ifaceMethod;
  e->autoDeref = !s.ptrRecv && s.indirect && !s.ifaceMethod;
  if (e->autoAddr) markAddressed(e->x);
  x.mode = Mode::Value;
  x.type = s.type;
  x.expr = e;
}

}  // namespace goro::chk
