// vm/check_typexpr.cpp — identifiers, type expressions and signatures
// (go/types typexpr.go, signature.go, struct.go, interface.go).
#include <algorithm>
#include <cstdint>

#include "vm/check_internal.h"

namespace goro::chk {

Object* Checker::lookup(const std::string& name) {
  for (Scope* s = scope_; s; s = s->parent)
    if (Object* o = s->lookupLocal(name)) return o;
  return nullptr;
}

// A package-level Var or Func of this package used by the declaration being
// checked (Go spec: Package initialization — references).
void Checker::recordUse(Object* obj) {
  if (!decl_ || !obj || obj->pkg != pkg_) return;
  if (obj->kind != ObjKind::Var && obj->kind != ObjKind::Func && obj->kind != ObjKind::Const) return;
  if (!decls_.count(obj)) return;
  decl_->addDep(obj);
}

void Checker::ident(Operand& x, ast::Ident* e, Type* def, bool wantType) {
  (void)def;
  (void)wantType;
  x.mode = Mode::Invalid;
  x.expr = e;
  x.type = types::Invalid();
  if (e->name == "_") {
    error(e->pos, "cannot use _ as value or type");
    return;
  }
  Object* obj = lookup(e->name);
  if (!obj) {
    error(e->pos, "undefined: " + e->name);
    return;
  }
  e->obj = obj;
  if (!dotImports_.empty() && obj->pkg != pkg_) {
    auto di = dotImports_.find(obj);
    if (di != dotImports_.end()) di->second->used = true;
  }
  switch (obj->kind) {
    case ObjKind::Package:
      error(e->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const: {
      recordUse(obj);
      if (obj == universe()->lookupLocal("iota")) {
        if (!hasIota_) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = constant::makeInt(iota_);
        x.type = types::UntypedInt();
        x.mode = Mode::Constant;
        return;
      }
      objDecl(obj);
      if (!obj->type || obj->type->kind == Kind::Invalid) return;
      x.val = obj->value;
      x.type = obj->type;
      x.mode = Mode::Constant;
      return;
    }
    case ObjKind::TypeName:
      objDecl(obj);
      if (!obj->type) {
        // a local alias used in its own declaration (package-level cycles are
        // reported by objDecl)
        if (!decls_.count(obj)) reportCycle({obj});
        return;
      }
      if (!obj->pkg && types::isComplex(obj->type)) {
        error(e->pos, "complex numbers are not supported");
        return;
      }
      x.type = obj->type;
      x.mode = Mode::TypeExpr;
      return;
    case ObjKind::Var: {
      objDecl(obj);
      recordUse(obj);
      if (obj->pkg == pkg_) obj->used = true;
      if (!obj->type) return;
      // closures: a local variable of an enclosing function
      if (!obj->isGlobal && fctx_ && obj->declFuncLit != fctx_->lit) {
        for (FuncCtx* c = fctx_; c && c->lit && c->lit != obj->declFuncLit; c = c->outer) {
          auto& caps = c->lit->captures;
          if (std::find(caps.begin(), caps.end(), obj) == caps.end()) caps.push_back(obj);
        }
        obj->captured = true;
      }
      x.type = obj->type;
      x.mode = obj->type->kind == Kind::Invalid ? Mode::Invalid : Mode::Variable;
      return;
    }
    case ObjKind::Func:
      objDecl(obj);
      recordUse(obj);
      if (!obj->type) {
        // used within its own signature (types2: the incomplete signature)
        x.type = newFunc({}, {}, false);
        x.mode = Mode::Value;
        return;
      }
      x.type = obj->type;
      x.mode = Mode::Value;
      return;
    case ObjKind::Builtin:
      x.id = int(obj->builtin);
      x.mode = Mode::Builtin;
      return;
    case ObjKind::Nil:
      x.type = types::UntypedNil();
      x.mode = Mode::Value;
      return;
    case ObjKind::Label:
      error(e->pos, "undefined: " + e->name);
      return;
  }
}

Type* Checker::typExpr(ast::Expr* e) { return definedType(e, nullptr); }

// Errors of gc's back end (type sizes): at the declaration's name, once per
// type and declaration, reported only if type checking succeeds.
void Checker::sizeError(Type* t, ast::Expr* e, const std::string& msg) {
  Pos p = declNamePos_.line ? declNamePos_ : startPos(e);
  if (!tooLarge_.insert({t, {p.line, p.col}}).second) return;
  sizeErrs_.push_back(PendingDiag{curFileName(), p, msg, 0});
}

// goro's bytecode carries value sizes and offsets in 32-bit operands: a type
// of 2 GiB or more (which gc would accept up to types.MaxWidth) is refused
// with a clear error rather than miscompiled.
void Checker::goroSizeLimit(Type* t, ast::Expr* e) {
  constexpr int64_t kMaxValue = INT32_MAX;
  if (t->size <= kMaxValue) return;
  Pos p = declNamePos_.line ? declNamePos_ : startPos(e);
  if (!tooLarge_.insert({t, {p.line, p.col}}).second) return;
  limitErrs_.push_back(PendingDiag{curFileName(), p,
                                   "goro: type " + typeStr(t) + " too large (" + std::to_string(t->size) +
                                       " bytes > " + std::to_string(kMaxValue) + " bytes)",
                                   0});
}

Type* Checker::varTypeAt(ast::Expr* e, Pos namePos) {
  Pos saved = declNamePos_;
  declNamePos_ = namePos;
  Type* t = varType(e);
  declNamePos_ = saved;
  return t;
}

Type* Checker::varType(ast::Expr* e) { return definedType(e, nullptr); }

Type* Checker::definedType(ast::Expr* e, Type* def) {
  Type* t = typInternal(e, def);
  if (!t) t = types::Invalid();
  recordFinal(e, Mode::TypeExpr, t, ast::ConstValue{});
  return t;
}

Type* Checker::typInternal(ast::Expr* e, Type* def) {
  using EK = ast::ExprKind;
  switch (e->kind) {
    case EK::Ident: case EK::Selector: {
      Operand x;
      if (e->kind == EK::Ident) ident(x, static_cast<ast::Ident*>(e), def, true);
      else selector(x, static_cast<ast::SelectorExpr*>(e));
      switch (x.mode) {
        case Mode::TypeExpr: return x.type;
        case Mode::Invalid: return types::Invalid();
        case Mode::NoValue:
          error(startPos(e), operandStr(x) + " used as type");
          return types::Invalid();
        default:
          error(startPos(e), operandStr(x) + " is not a type");
          return types::Invalid();
      }
    }
    case EK::Paren:
      return definedType(static_cast<ast::ParenExpr*>(e)->x, def);
    case EK::ArrayType: {
      auto* a = static_cast<ast::ArrayTypeExpr*>(e);
      if (!a->len && !a->ellipsisLen) return newSlice(varType(a->elem));
      if (a->ellipsisLen) {
        error(a->pos, "invalid use of [...] array (outside a composite literal)");
        varType(a->elem);
        return types::Invalid();
      }
      int64_t n = arrayLength(a->len);
      Type* elem = varType(a->elem);
      if (n < 0 || (elem->kind == Kind::Invalid && !elem->isNamed())) return types::Invalid();
      Type* t = newArray(elem, n);
      const int64_t kMaxWidth = int64_t(1) << 50;  // gc's types.MaxWidth on 64-bit targets
      if (elem->size > 0 && n > (kMaxWidth - 1) / elem->size)
        sizeError(t, e, "type " + typeStr(t) + " larger than address space");
      else
        goroSizeLimit(t, e);
      return t;
    }
    case EK::Ellipsis:
      error(e->pos, "invalid use of ...");
      return types::Invalid();
    case EK::StructType: {
      Type* t = structType(static_cast<ast::StructTypeExpr*>(e));
      goroSizeLimit(t, e);
      return t;
    }
    case EK::Star: {
      Type* base = varType(static_cast<ast::StarExpr*>(e)->x);
      if (base->kind == Kind::Invalid && !base->isNamed()) return types::Invalid();
      return newPointer(base);
    }
    case EK::FuncType: {
      FuncInfo fi;
      Scope* saved = scope_;
      Type* t = funcType(static_cast<ast::FuncType*>(e), nullptr, &fi);
      scope_ = saved;
      return t;
    }
    case EK::InterfaceType:
      return interfaceType(static_cast<ast::InterfaceTypeExpr*>(e), def);
    case EK::MapType: {
      auto* m = static_cast<ast::MapTypeExpr*>(e);
      Type* k = varType(m->key);
      Type* v = varType(m->value);
      if (k->kind == Kind::Invalid && !k->isNamed()) return types::Invalid();
      if (v->kind == Kind::Invalid && !v->isNamed()) return types::Invalid();
      ast::Expr* keyExpr = m->key;
      later_.push_back([this, k, keyExpr, f = file_]() {
        if (!k->underlying || k->kind == Kind::Invalid) return;
        if (!types::comparable(k)) {
          ast::File* saved = file_;
          file_ = f;
          error(startPos(keyExpr), "invalid map key type " + typeStr(k));
          file_ = saved;
        }
      });
      return newMap(k, v);
    }
    case EK::ChanType: {
      auto* c = static_cast<ast::ChanTypeExpr*>(e);
      Type* el = varType(c->value);
      ChanDir d = c->dir == ast::ChanTypeExpr::Dir::Send   ? ChanDir::Send
                  : c->dir == ast::ChanTypeExpr::Dir::Recv ? ChanDir::Recv
                                                           : ChanDir::Both;
      if (el->kind == Kind::Invalid && !el->isNamed()) return types::Invalid();
      Type* t = newChan(el, d);
      if (el->size >= (int64_t(1) << 16)) sizeError(t, e, "channel element type too large (>64kB)");
      return t;
    }
    default:
      error(startPos(e), exprStr(e) + " is not a type");
      return types::Invalid();
  }
}

int64_t Checker::arrayLength(ast::Expr* e) {
  if (e->kind == ast::ExprKind::Ident) {
    auto* id = static_cast<ast::Ident*>(e);
    Object* obj = lookup(id->name);
    if (!obj) {
      error(e->pos, "undeclared name " + id->name + " for array length");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      error(e->pos, "invalid array length " + id->name);
      return -1;
    }
  }
  Operand x;
  expr(x, e);
  if (x.mode != Mode::Constant) {
    if (x.mode != Mode::Invalid) error(startPos(e), "array length " + operandStr(x) + " must be constant");
    return -1;
  }
  if (types::isUntyped(x.type) || types::isInteger(x.type)) {
    __int128 v;
    if (constant::toInt(x.val, &v)) {
      if (v >= INT64_MIN && v <= INT64_MAX) {
        if (v >= 0) {
          return int64_t(v);
        }
        error(startPos(e), "invalid array length " + operandStr(x));
        return -1;
      }
    }
  }
  error(startPos(e), "array length " + operandStr(x) + " must be integer");
  return -1;
}

// Declares the parameters of one list into s (go/types collectParams).
void Checker::collectParams(Scope* s, ast::FieldList* fl, bool variadicOk, bool isResult,
                            std::vector<Object*>& objs, std::vector<Type*>& tys, bool* variadic,
                            bool* named) {
  if (!fl) return;
  for (size_t i = 0; i < fl->list.size(); i++) {
    ast::FieldDecl* f = fl->list[i];
    ast::Expr* te = f->typeExpr;
    Type* t;
    if (te && te->kind == ast::ExprKind::Ellipsis) {
      auto* el = static_cast<ast::EllipsisExpr*>(te);
      Type* et = varType(el->elem);
      t = newSlice(et);
      recordFinal(te, Mode::TypeExpr, t, ast::ConstValue{});
      if (variadicOk && i + 1 == fl->list.size() && f->names.size() <= 1) {
        *variadic = true;
      } else {
        error(te->pos, "can only use ... with final parameter in list");
      }
    } else {
      t = varType(te);
    }
    auto add = [&](const std::string& name, Pos pos, ast::Ident* id) {
      Object* o = newVar(name, pos, t);
      o->typeSyntax = te;
      o->isParam = !isResult;
      o->isResult = isResult;
      objs.push_back(o);
      tys.push_back(t);
      if (id) {
        if (name != "_") {
          if (Object* alt = s->lookupLocal(name)) {
            error(pos, name + " redeclared in this block\n\t" + posString(alt->pos) +
                           ": other declaration of " + name);
          } else {
            s->names[name] = o;
          }
        }
        id->obj = name == "_" ? nullptr : o;
      }
    };
    if (f->names.empty()) {
      add("", te ? startPos(te) : f->pos, nullptr);
    } else {
      if (named) *named = true;
      for (ast::Ident* id : f->names) add(id->name, id->pos, id);
    }
  }
}

Object* Checker::newVar(const std::string& name, Pos pos, Type* t) {
  Object* o = new Object;
  o->kind = ObjKind::Var;
  o->name = name;
  o->pos = pos;
  o->type = t;
  o->pkg = pkg_;
  if (fctx_) {
    o->declFunc = fctx_->decl;
    o->declFuncLit = fctx_->lit;
  }
  return o;
}

Type* Checker::funcType(ast::FuncType* ft, ast::FieldList* recv, FuncInfo* info) {
  Scope* s = new Scope;
  s->parent = scope_;
  s->isFuncScope = true;
  info->scope = s;
  std::vector<Type*> ptys, rtys, recvTys;
  std::vector<Object*> recvObjs;
  bool variadic = false, dummy = false;
  if (recv) {
    // gc's parser: the errors are at the token after ')' (the method name);
    // the first receiver is used
    Pos at = recvErrPos_.line ? recvErrPos_ : recv->open;
    ast::FieldList first = *recv;
    if (recv->count() > 1) {
      error(at, "method has multiple receivers");
      ast::FieldDecl* f0 = new ast::FieldDecl;
      f0->typeExpr = recv->list[0]->typeExpr;
      f0->pos = recv->list[0]->pos;
      if (!recv->list[0]->names.empty()) f0->names.push_back(recv->list[0]->names[0]);
      first.list = {f0};
    }
    collectParams(s, &first, false, false, recvObjs, recvTys, &dummy, nullptr);
    if (recvObjs.empty()) {
      error(at, "method has no receiver");
    } else {
      info->recv = recvObjs[0];
    }
  }
  collectParams(s, ft->params, true, false, info->params, ptys, &variadic, nullptr);
  collectParams(s, ft->results, false, true, info->results, rtys, &dummy, &info->namedResults);
  for (Type* t : ptys)
    if (types::isComplex(t)) {
      // reported where the type was written
    }
  info->sig = newFunc(ptys, rtys, variadic);
  return info->sig;
}

// Go spec: Struct types.
Type* Checker::structType(ast::StructTypeExpr* st) {
  std::vector<Field> fields;
  std::map<std::string, Pos> seen;
  if (st->fields) {
    for (ast::FieldDecl* f : st->fields->list) {
      Type* t = varType(f->typeExpr);
      auto add = [&](const std::string& name, Pos pos, bool embedded) {
        if (name != "_") {
          auto it = seen.find(name);
          if (it != seen.end()) {
            error(pos, name + " redeclared\n\t" + posString(it->second) + ": other declaration of " + name);
            return;
          }
          seen[name] = pos;
        }
        Field fd;
        fd.name = name;
        fd.type = t;
        fd.embedded = embedded;
        fd.exported = isExported(name);
        fd.tag = f->tag;
        fields.push_back(fd);
      };
      if (f->names.empty()) {
        // embedded: T, *T, pkg.T, *pkg.T
        ast::Expr* te = unparen(f->typeExpr);
        bool star = false;
        if (te->kind == ast::ExprKind::Star) {
          te = unparen(static_cast<ast::StarExpr*>(te)->x);
          star = true;
        }
        std::string name;
        Pos pos = te->pos;
        if (te->kind == ast::ExprKind::Ident) {
          name = static_cast<ast::Ident*>(te)->name;
        } else if (te->kind == ast::ExprKind::Selector) {
          name = static_cast<ast::SelectorExpr*>(te)->sel->name;
          pos = static_cast<ast::SelectorExpr*>(te)->sel->pos;
        } else {
          error(startPos(te), "embedded field type must be a type name");  // syntax error in gc
          continue;
        }
        Pos epos = startPos(f->typeExpr);
        add(name, pos, true);
        later_.push_back([this, t, star, epos, fl = file_]() {
          if (!t->underlying || t->kind == Kind::Invalid) return;
          ast::File* saved = file_;
          file_ = fl;
          Type* b = t;
          bool isPtr = star;
          if (!t->isNamed() && t->kind == Kind::Pointer) {
            b = t->elem;
            isPtr = true;
          }
          if (b->underlying) {
            if (b->underlying->kind == Kind::Pointer) error(epos, "embedded field type cannot be a pointer");
            else if (b->underlying->kind == Kind::UnsafePointer)
              error(epos, "embedded field type cannot be unsafe.Pointer");
            else if (b->underlying->kind == Kind::Interface && isPtr)
              error(epos, "embedded field type cannot be a pointer to an interface");
          }
          file_ = saved;
        });
      } else {
        for (ast::Ident* id : f->names) add(id->name, id->pos, false);
      }
    }
  }
  Type* t = newStruct(fields, pkg_ ? pkg_->path : "");
  auto& fp = fieldPos_[t];
  if (fp.empty()) fp = seen;
  return t;
}

// Go spec: Interface types (basic interfaces: methods and embedded interfaces).
Type* Checker::interfaceType(ast::InterfaceTypeExpr* it, Type* def) {
  struct Own {
    std::string name;
    Type* sig;
    Pos pos;
    Object* obj;
  };
  std::vector<Own> own;
  std::vector<Method> methods;
  std::map<std::string, Pos> seen;
  std::vector<std::pair<Type*, ast::Expr*>> embeds;
  if (it->methods) {
    for (ast::FieldDecl* f : it->methods->list) {
      if (f->names.size() == 1 && f->typeExpr && f->typeExpr->kind == ast::ExprKind::FuncType) {
        ast::Ident* id = f->names[0];
        FuncInfo fi;
        Scope* saved = scope_;
        Type* sig = funcType(static_cast<ast::FuncType*>(f->typeExpr), nullptr, &fi);
        scope_ = saved;
        recordFinal(f->typeExpr, Mode::TypeExpr, sig, ast::ConstValue{});
        if (id->name == "_") {
          error(id->pos, "methods must have a unique non-blank name");
          continue;
        }
        auto s = seen.find(id->name);
        if (s != seen.end()) {
          error(id->pos, "duplicate method " + id->name + "\n\t" + posString(s->second) +
                             ": other declaration of " + id->name);
          continue;
        }
        seen[id->name] = id->pos;
        Object* m = new Object;
        m->kind = ObjKind::Func;
        m->name = id->name;
        m->pos = id->pos;
        m->type = sig;
        m->pkg = pkg_;
        m->recvType = def;
        m->typeSyntax = f->typeExpr;  // (its FuncType: messages print its parameter names)
        id->obj = m;
        own.push_back({id->name, sig, id->pos, m});
        Method md;
        md.name = id->name;
        md.type = sig;
        methods.push_back(md);
      } else {
        Type* t = typExpr(f->typeExpr);
        if (t->kind == Kind::Invalid && !t->isNamed()) continue;
        if (!t->underlying) {
          // an interface whose declaration is in progress: completed later
          embeds.push_back({t, f->typeExpr});
          continue;
        }
        if (t->underlying->kind != Kind::Interface) {
          error(startPos(f->typeExpr), "cannot use " + typeStr(t) + " as interface");  // unions unsupported
          continue;
        }
        embeds.push_back({t, f->typeExpr});
      }
    }
  }
  bool pending = false;
  for (auto& [et, te] : embeds) {
    bool inProgress = !et->underlying;
    for (const PendingIface& p : pendingIfaces_)
      if (p.named == et) inProgress = true;
    if (inProgress) pending = true;
  }
  if (def) {
    std::vector<Type*> es;
    for (auto& [et, te] : embeds) es.push_back(et);
    ifaceEmbeds_[def] = es;
  }
  if (pending) {
    if (!def) {
      // an alias's interface embedding a type in progress: the cycle goes
      // through the alias (transparent) back to that type
      bool inAlias = false;
      if (!objPath_.empty()) {
        Object* cur = objPath_.back();
        DeclInfo* d = decls_.count(cur) ? decls_[cur] : nullptr;
        inAlias = d && d->tspec && d->tspec->alias;
      }
      for (auto& [et, te] : embeds)
        if (!et->underlying) {
          if (inAlias && typeObj_.count(et)) reportCycle({typeObj_[et]});
          else  // e.g. type I interface{ F() interface{ I } }: valid Go
            error(startPos(te), "goro: an interface literal embedding " + exprStr(te) +
                                    " inside its declaration is not supported");
        }
    } else {
      PendingIface p;
      p.named = def;
      p.own = methods;
      for (auto& o : own) p.ownObjs.push_back({o.name, o.obj});
      p.embeds = embeds;
      p.file = file_;
      pendingIfaces_.push_back(p);
    }
    std::vector<std::pair<Type*, ast::Expr*>> ready;
    for (auto& e : embeds)
      if (e.first->underlying) ready.push_back(e);
    embeds = ready;
  }
  methods = flattenInterface(methods, embeds);
  Type* t = newInterface(methods, pkg_ ? pkg_->path : "");
  for (auto& o : own)
    if (!declaredMethod(t, o.name)) setInterfaceMethodObj(t, o.name, o.obj);
  for (auto& [et, te] : embeds)
    for (const Method& m : et->underlying->methods)
      if (!declaredMethod(t, m.name))
        if (Object* mo = declaredMethod(et, m.name)) setInterfaceMethodObj(t, m.name, mo);
  return t;
}

// The method set of an interface: its own methods and those of the embedded
// interfaces (identical duplicates are allowed).
std::vector<Method> Checker::flattenInterface(const std::vector<Method>& own,
                                              const std::vector<std::pair<Type*, ast::Expr*>>& embeds) {
  std::vector<Method> methods = own;
  std::vector<Pos> from(own.size());  // where each came in: an embedding's position (own: unknown here)
  for (auto& [t, te] : embeds) {
    if (!t->underlying || t->underlying->kind != Kind::Interface) continue;
    for (const Method& m : t->underlying->methods) {
      bool dup = false;
      for (size_t j = 0; j < methods.size(); j++) {
        const Method& x = methods[j];
        if (x.name != m.name) continue;
        dup = true;
        if (x.type == m.type) continue;
        std::string msg = "duplicate method " + m.name;
        if (from[j].line > 0) msg += "\n\t" + posString(from[j]) + ": other declaration of " + m.name;
        error(startPos(te), msg);
      }
      if (dup) continue;
      from.push_back(startPos(te));
      Method md;
      md.name = m.name;
      md.type = m.type;
      methods.push_back(md);
    }
  }
  return methods;
}

// Completes the pending interfaces whose embedded interfaces are all complete
// (repeatedly: completing one may make another ready).
void Checker::completeInterfaces() {
  bool progress = true;
  while (progress && !pendingIfaces_.empty()) {
    progress = false;
    for (size_t i = 0; i < pendingIfaces_.size(); i++) {
      PendingIface p = pendingIfaces_[i];
      bool ready = true;
      for (auto& [et, te] : p.embeds) {
        if (!et->underlying) ready = false;
        for (size_t j = 0; j < pendingIfaces_.size(); j++)
          if (j != i && pendingIfaces_[j].named == et) ready = false;
        if (et == p.named) ready = false;
      }
      if (!ready) continue;
      pendingIfaces_.erase(pendingIfaces_.begin() + long(i));
      ast::File* saved = file_;
      file_ = p.file;
      Type* t = newInterface(flattenInterface(p.own, p.embeds), pkg_ ? pkg_->path : "");
      file_ = saved;
      for (auto& [name, obj] : p.ownObjs)
        if (!declaredMethod(t, name)) setInterfaceMethodObj(t, name, obj);
      for (auto& [et, te] : p.embeds)
        for (const Method& m : et->underlying->methods)
          if (!declaredMethod(t, m.name))
            if (Object* mo = declaredMethod(et, m.name)) setInterfaceMethodObj(t, m.name, mo);
      setUnderlying(p.named, t);
      progress = true;
      break;
    }
  }
}

}  // namespace goro::chk
