// vm/check_decl.cpp — package-level objects and declarations (go/types
// resolver.go, decl.go, initorder.go): collecting objects, const/var/type/func
// declarations, methods, function bodies, unused imports, initialization order.
#include <algorithm>
#include <set>
#include <tuple>

#include "vm/check_internal.h"

namespace goro::chk {

void Checker::processLater() {
  // later_ may grow while we run its entries
  for (size_t i = 0; i < later_.size(); i++) {
    auto f = later_[i];
    f();
  }
  later_.clear();
}

void Checker::declarePkgObj(ast::Ident* id, Object* obj, DeclInfo* d) {
  d->order = int(objList_.size());
  decls_[obj] = d;
  objList_.push_back(obj);
  if (id->name == "_") {
    id->obj = nullptr;
    return;
  }
  id->obj = obj;
  // Go spec: Package initialization / Program execution
  if (id->name == "init" && obj->kind != ObjKind::Func) {
    error(id->pos, "cannot declare init - must be func");
    return;
  }
  if (id->name == "main" && pkg_->name == "main" && obj->kind != ObjKind::Func) {
    error(id->pos, "cannot declare main - must be func");
    return;
  }
  if (Object* alt = pkg_->scope->lookupLocal(id->name)) {
    error(id->pos, id->name + " redeclared in this block\n\t" + posString(alt->pos) +
                       ": other declaration of " + id->name);
    return;
  }
  pkg_->scope->names[id->name] = obj;
}

void Checker::declare(Scope* s, ast::Ident* id, Object* obj, Pos) {
  if (!id || id->name == "_") {
    if (id) id->obj = nullptr;
    return;
  }
  id->obj = obj;
  if (Object* alt = s->lookupLocal(id->name)) {
    error(id->pos, id->name + " redeclared in this block\n\t" + posString(alt->pos) +
                       ": other declaration of " + id->name);
    return;
  }
  s->names[id->name] = obj;
}

// go/types arity: the number of names and initializers of a const/var spec.
void Checker::arity(Pos pos, const std::vector<ast::Ident*>& names, const std::vector<ast::Expr*>& inits,
                    bool constDecl, bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    ast::Expr* n = inits[l];
    if (inherited) error(pos, "extra init expr at " + posString(startPos(n)));
    else error(startPos(n), "extra init expr " + exprStr(n));
  } else if (l > r && (constDecl || r != 1)) {
    ast::Ident* n = names[r];
    error(n->pos, "missing init expr for " + n->name);
  }
}

static bool noParamsResults(ast::FuncDecl* fd) {
  return (!fd->sig->params || fd->sig->params->list.empty()) &&
         (!fd->sig->results || fd->sig->results->list.empty());
}

void Checker::collectObjects() {
  methods_.clear();
  for (ast::File* f : pkg_->files) {
    file_ = f;
    Scope* fs = new Scope;
    fs->parent = pkg_->scope;
    fileScopes_[f] = fs;
    for (ast::GenDecl* gd : f->imports) {
      for (ast::ImportSpec* is : gd->imports) {
        auto it = pkgs_.find(is->path);
        if (it == pkgs_.end()) {
          is->used = true;
          if (is->path == "unsafe" || is->path == "C")
            error(is->pos, "package " + is->path + " is not supported");
          continue;
        }
        Package* ip = it->second;
        std::string name = is->name ? is->name->name : ip->name;
        if (name == "_") {
          is->used = true;
          continue;
        }
        if (name == "init") {
          error(is->name ? is->name->pos : is->pos, "cannot import package as init - init must be a func");
          is->used = true;
          continue;
        }
        if (name == ".") {
          // used when one of its names is (ident)
          for (auto& [n, o] : ip->scope->names)
            if (isExported(n)) {
              fs->names[n] = o;
              dotImports_[o] = is;
            }
          continue;
        }
        Object* o = new Object;
        o->kind = ObjKind::Package;
        o->name = name;
        o->pos = is->name ? is->name->pos : is->pos;
        o->pkg = pkg_;
        o->imported = ip;
        o->importSpec = is;
        if (is->name) is->name->obj = o;
        if (Object* alt = fs->lookupLocal(name)) {
          error(o->pos, name + " redeclared in this block\n\t" + posString(alt->pos) +
                            ": other declaration of " + name);
          continue;  // and reported as not used, as gc does
        }
        fs->names[name] = o;
      }
    }
  }
  for (ast::File* f : pkg_->files) {
    file_ = f;
    Scope* fs = fileScopes_[f];
    std::vector<ast::File::Decl> decls = f->decls;
    if (decls.empty()) {  // builder without a combined list: genDecls then funcs
      for (auto* g : f->genDecls) decls.push_back({g, nullptr});
      for (auto* fd : f->funcs) decls.push_back({nullptr, fd});
    }
    for (auto& dd : decls) {
      if (ast::GenDecl* gd = dd.gen) {
        if (gd->tok == Tok::Import) continue;
        if (gd->tok == Tok::Const) {
          ast::ValueSpec* prev = nullptr;
          for (ast::ValueSpec* vs : gd->values) {
            bool inherited = vs->implicit || (vs->values.empty() && !vs->typeExpr && prev);
            ast::ValueSpec* src = (inherited && prev && vs->values.empty()) ? prev : vs;
            ast::Expr* te = vs->typeExpr ? vs->typeExpr : (inherited && prev ? prev->typeExpr : nullptr);
            const auto& vals = src->values;
            for (size_t i = 0; i < vs->names.size(); i++) {
              Object* o = new Object;
              o->kind = ObjKind::Const;
              o->name = vs->names[i]->name;
              o->pos = vs->names[i]->pos;
              o->pkg = pkg_;
              DeclInfo* d = new DeclInfo;
              d->file = f;
              d->fileScope = fs;
              d->spec = vs;
              d->typeExpr = te;
              d->init = i < vals.size() ? vals[i] : nullptr;
              d->iota = vs->iota;
              d->inherited = inherited;
              declarePkgObj(vs->names[i], o, d);
            }
            arity(vs->pos, vs->names, vals, true, inherited);
            if (!inherited) prev = vs;
          }
        } else if (gd->tok == Tok::Var) {
          for (ast::ValueSpec* vs : gd->values) {
            std::vector<Object*> objs;
            DeclInfo* shared = nullptr;
            if (vs->values.size() == 1 && vs->names.size() > 1) {
              shared = new DeclInfo;
              shared->file = f;
              shared->fileScope = fs;
              shared->spec = vs;
              shared->typeExpr = vs->typeExpr;
              shared->init = vs->values[0];
            }
            for (size_t i = 0; i < vs->names.size(); i++) {
              Object* o = new Object;
              o->kind = ObjKind::Var;
              o->name = vs->names[i]->name;
              o->pos = vs->names[i]->pos;
              o->pkg = pkg_;
              o->isGlobal = true;
              o->typeSyntax = vs->typeExpr;
              objs.push_back(o);
              DeclInfo* d = shared;
              if (!d) {
                d = new DeclInfo;
                d->file = f;
                d->fileScope = fs;
                d->spec = vs;
                d->typeExpr = vs->typeExpr;
                d->init = i < vs->values.size() ? vs->values[i] : nullptr;
              }
              declarePkgObj(vs->names[i], o, d);
              pkg_->globals.push_back(o);
            }
            if (shared) shared->lhs = objs;
            if (!vs->typeExpr || !vs->values.empty()) arity(vs->pos, vs->names, vs->values, false, false);
          }
        } else if (gd->tok == Tok::Type) {
          for (ast::TypeSpec* ts : gd->types) {
            Object* o = new Object;
            o->kind = ObjKind::TypeName;
            o->name = ts->name->name;
            o->pos = ts->name->pos;
            o->pkg = pkg_;
            DeclInfo* d = new DeclInfo;
            d->file = f;
            d->fileScope = fs;
            d->tspec = ts;
            declarePkgObj(ts->name, o, d);
          }
        }
      } else if (ast::FuncDecl* fd = dd.func) {
        Object* o = new Object;
        o->kind = ObjKind::Func;
        o->name = fd->name->name;
        o->pos = fd->name->pos;
        o->pkg = pkg_;
        o->decl = fd;
        o->native = !fd->hasBody();
        fd->obj = o;
        DeclInfo* d = new DeclInfo;
        d->file = f;
        d->fileScope = fs;
        d->fdecl = fd;
        if (fd->recv) {
          fd->name->obj = o;
          d->order = int(objList_.size());
          decls_[o] = d;
          objList_.push_back(o);
          methods_.push_back(o);
        } else if (o->name == "init") {
          fd->name->obj = o;
          d->order = int(objList_.size());
          decls_[o] = d;
          objList_.push_back(o);
          pkg_->inits.push_back(fd);
          if (!noParamsResults(fd))
            error(fd->name->pos, "func init must have no arguments and no return values");
        } else {
          if (o->name == "main" && pkg_->name == "main" && !noParamsResults(fd))
            error(fd->name->pos, "func main must have no arguments and no return values");
          declarePkgObj(fd->name, o, d);
        }
        if (!fd->hasBody() && pkg_->path == "main")
          // (at gc's FuncDecl position: the token after `func`, a method's receiver '(')
          bodyErrs_.push_back(PendingDiag{curFileName(), fd->recv && fd->recv->open.line ? fd->recv->open : fd->name->pos,
                                          "missing function body", 0});
        pkg_->funcs.push_back(o);
        if (fd->hasBody()) bodies_.push_back({fd, d});
      }
    }
  }
  // imports that collide with package-level declarations
  for (ast::File* f : pkg_->files) {
    file_ = f;
    for (auto& [name, o] : fileScopes_[f]->names) {
      Object* alt = pkg_->scope->lookupLocal(name);
      if (!alt) continue;
      if (o->kind == ObjKind::Package) {
        error(alt->pos, name + " already declared through import of package " + o->imported->name +
                            " (\"" + o->imported->path + "\")\n\t" + posString(o->pos) +
                            ": other declaration of " + name);
      } else if (auto di = dotImports_.find(o); di != dotImports_.end() && o->pkg) {
        // (the dot-imported object lies in a file of its own package: the one
        // declaring a function of that name at that position, else the first)
        std::string file = o->pkg->files.empty() ? curFileName() : o->pkg->files[0]->filename;
        for (ast::File* pf : o->pkg->files)
          for (ast::FuncDecl* fd : pf->funcs)
            if (!fd->recv && fd->name && fd->name->name == name && fd->name->pos.line == o->pos.line &&
                fd->name->pos.col == o->pos.col)
              file = pf->filename;
        const std::string where = file + ":" + std::to_string(o->pos.line) + ":" + std::to_string(o->pos.col);
        error(alt->pos, name + " already declared through dot-import of package " + o->pkg->name + " (\"" +
                            o->pkg->path + "\")\n\t" + where + ": other declaration of " + name);
      }
    }
  }
}

void Checker::packageObjects() {
  std::vector<Object*> objs = objList_;
  // types2: type definitions first, then aliases (so an alias's type is
  // rarely needed before it is available), then everything else
  auto isAlias = [&](Object* o) {
    DeclInfo* d = decls_.count(o) ? decls_[o] : nullptr;
    return d && d->tspec && d->tspec->alias;
  };
  for (Object* o : objs)
    if (o->kind == ObjKind::TypeName && !isAlias(o)) objDecl(o);
  for (Object* o : objs)
    if (o->kind == ObjKind::TypeName && isAlias(o)) objDecl(o);
  resolvePendingUnderlying(true);
  processLater();
  collectMethods();
  for (Object* o : objs)
    if (o->kind != ObjKind::TypeName && !unreachedFunc(o)) objDecl(o);
  processLater();
  if (pkg_->name == "main" && pkg_->path == "main") {
    Object* m = pkg_->scope->lookupLocal("main");
    if (!m || m->kind != ObjKind::Func) missingMain_ = true;
  }
}

// A library function (not a method: method sets need those) that nothing
// can call (vm/check_live.cpp): not even its signature is checked; no code
// refers to it.
bool Checker::unreachedFunc(const Object* o) const {
  return o->kind == ObjKind::Func && o->decl && o->decl->unreached && !o->decl->recv;
}

// go/types cycleError: report the cycle of objects from obj to the end of objPath_.
bool Checker::cycleError(Object* obj) {
  auto it = std::find(objPath_.begin(), objPath_.end(), obj);
  if (it == objPath_.end()) return false;
  std::vector<Object*> cycle(it, objPath_.end());
  // go/types starts the report at the first object in source order
  size_t i0 = 0;
  for (size_t i = 1; i < cycle.size(); i++) {
    DeclInfo* a = decls_.count(cycle[i]) ? decls_[cycle[i]] : nullptr;
    DeclInfo* b = decls_.count(cycle[i0]) ? decls_[cycle[i0]] : nullptr;
    if (a && b && a->order < b->order) i0 = i;
  }
  Object* first = cycle[i0];
  bool isType = first->kind == ObjKind::TypeName;
  std::string msg = (isType ? "invalid recursive type " : "illegal cycle in declaration of ") + first->name;
  for (size_t k = 0; k < cycle.size(); k++) {
    Object* o = cycle[(i0 + k) % cycle.size()];
    msg += "\n\t" + posString(o->pos) + ": " + o->name + " refers to";
  }
  msg += "\n\t" + posString(first->pos) + ": " + first->name;
  errorAt(curFileName(), first->pos, msg);
  return true;
}

void Checker::objDecl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo* d = it->second;
  if (d->color == 2) return;
  if (d->color == 1) {
    // a cycle: valid through type definitions; consts and vars report it as
    // an initialization loop (initOrder)
    switch (obj->kind) {
      case ObjKind::Const:
      case ObjKind::Var:
        if (!obj->type) obj->type = types::Invalid();
        break;
      case ObjKind::TypeName: {
        // cycles through aliases only are invalid
        auto pit = std::find(objPath_.begin(), objPath_.end(), obj);
        bool anyDef = false, anyVal = false;
        for (auto q = pit; q != objPath_.end(); ++q) {
          Object* o = *q;
          if (o->kind == ObjKind::TypeName) {
            DeclInfo* od = decls_[o];
            if (od && od->tspec && !od->tspec->alias) anyDef = true;
          } else if (o->kind == ObjKind::Const || o->kind == ObjKind::Var) {
            anyVal = true;
          }
        }
        if (!anyDef || anyVal) {
          cycleError(obj);
          if (!obj->type) obj->type = types::Invalid();
        }
        break;
      }
      default:
        break;
    }
    return;
  }
  d->color = 1;
  objPath_.push_back(obj);
  // save the context
  ast::File* sFile = file_;
  Scope* sScope = scope_;
  DeclInfo* sDecl = decl_;
  FuncCtx* sF = fctx_;
  bool sHasIota = hasIota_;
  __int128 sIota = iota_;
  bool sHasErrpos = hasErrpos_;
  Pos sErrpos = errpos_;
  file_ = d->file;
  scope_ = d->fileScope;
  fctx_ = nullptr;
  hasIota_ = false;
  hasErrpos_ = false;
  decl_ = d;
  switch (obj->kind) {
    case ObjKind::Const:
      iota_ = d->iota;
      constDecl(obj, d->typeExpr, d->init, d->inherited, obj->pos);
      break;
    case ObjKind::Var:
      varDecl(obj, d->lhs, d->typeExpr, d->init);
      // gc's linker refuses package-level variables over 2e9 bytes.
      for (Object* o : d->lhs.empty() ? std::vector<Object*>{obj} : d->lhs) {
        constexpr int64_t kMaxSymbol = 2000000000;
        if (o && o->type && o->name != "_" && o->type->size > kMaxSymbol)
          linkErrs_.push_back(PendingDiag{curFileName(), o->pos,
                                          pkg_->path + "." + o->name + ": symbol too large (" +
                                              std::to_string(o->type->size) + " bytes > " +
                                              std::to_string(kMaxSymbol) + " bytes)",
                                          0});
      }
      break;
    case ObjKind::TypeName:
      decl_ = nullptr;
      typeDecl(obj, d->tspec, false);
      break;
    case ObjKind::Func:
      funcDecl(obj, d);
      break;
    default:
      break;
  }
  file_ = sFile;
  scope_ = sScope;
  decl_ = sDecl;
  fctx_ = sF;
  hasIota_ = sHasIota;
  iota_ = sIota;
  hasErrpos_ = sHasErrpos;
  errpos_ = sErrpos;
  objPath_.pop_back();
  d->color = 2;
  // all lhs of a multi-value var declaration are done together
  for (Object* o : d->lhs)
    if (decls_.count(o)) decls_[o]->color = 2;
}

void Checker::constDecl(Object* obj, ast::Expr* typeExpr, ast::Expr* init, bool inherited, Pos namePos) {
  bool sHas = hasIota_;
  hasIota_ = true;
  if (inherited) {
    hasErrpos_ = true;
    errpos_ = namePos;
  }
  Type* t = nullptr;
  if (typeExpr) {
    bool sErr = hasErrpos_;
    hasErrpos_ = false;
    t = typExpr(typeExpr);
    hasErrpos_ = sErr;
    if (t->kind != Kind::Invalid && !types::isConstType(t)) {
      if (t->underlying && t->underlying->kind != Kind::Invalid)
        error(startPos(typeExpr), "invalid constant type " + typeStr(t));
      obj->type = types::Invalid();
      hasIota_ = sHas;
      hasErrpos_ = false;
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (init) {
    expr(x, init);
  }
  // initConst
  if (x.mode == Mode::Invalid || !x.type || x.type->kind == Kind::Invalid ||
      (obj->type && obj->type->kind == Kind::Invalid)) {
    if (!obj->type) obj->type = types::Invalid();
  } else if (x.mode != Mode::Constant) {
    error(startPos(x.expr), operandStr(x) + " is not constant");
    if (!obj->type) obj->type = types::Invalid();
  } else {
    if (!obj->type) obj->type = x.type;
    assignment(x, obj->type, "constant declaration");
    if (x.mode != Mode::Invalid) obj->value = x.val;
    else if (!t) obj->type = types::Invalid();
  }
  if (types::isComplex(obj->type)) error(obj->pos, "complex numbers are not supported");
  hasIota_ = sHas;
  hasErrpos_ = false;
}

void Checker::varDecl(Object* obj, const std::vector<Object*>& lhs, ast::Expr* typeExpr, ast::Expr* init) {
  if (typeExpr) {
    Type* t = varTypeAt(typeExpr, obj->pos);
    obj->type = t;
    for (Object* o : lhs) o->type = t;
  }
  if (!init) {
    if (!typeExpr) obj->type = types::Invalid();
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    expr(x, init);
    targetSpelling_ = typeExpr;
    initVar(obj, x, "variable declaration");
    targetSpelling_ = nullptr;
    return;
  }
  initVars(lhs, {init}, nullptr, "variable declaration");
}

// Go spec: Type declarations.
void Checker::typeDecl(Object* obj, ast::TypeSpec* spec, bool local) {
  (void)local;
  if (spec->alias) {
    obj->type = nullptr;
    Type* t = typExpr(spec->typeExpr);
    obj->type = t;
    return;
  }
  Type* named = newNamed(obj->name, pkg_->name, nullptr);
  obj->type = named;
  typeObj_[named] = obj;
  later_.push_back([this, named]() { validType(named); });
  Pos savedPos = declNamePos_;
  declNamePos_ = obj->pos;
  Type* rhs = definedType(spec->typeExpr, named);
  declNamePos_ = savedPos;
  fromRHS_[named] = rhs;
  if (!rhs->underlying) {
    // rhs is a named type whose declaration is in progress
    pendingUnder_.push_back({named, rhs});
    return;
  }
  setUnderlying(named, rhs->underlying);
  if (types::isComplex(named)) error(startPos(spec->typeExpr), "complex numbers are not supported");
  resolvePendingUnderlying(false);
  completeInterfaces();
}

void Checker::resolvePendingUnderlying(bool final) {
  bool progress = true;
  while (progress) {
    progress = false;
    for (size_t i = 0; i < pendingUnder_.size(); i++) {
      auto [n, r] = pendingUnder_[i];
      if (!r->underlying) continue;
      pendingUnder_.erase(pendingUnder_.begin() + long(i));
      setUnderlying(n, r->underlying);
      progress = true;
      break;
    }
  }
  if (!final || pendingUnder_.empty()) return;
  // the rest: cycles of type definitions (type a b; type b a), and the types
  // defined in terms of them
  std::map<Type*, Type*> next;
  for (auto& [n, r] : pendingUnder_) next[n] = r;
  std::set<Type*> reported;
  for (auto& [n, r] : pendingUnder_) {
    std::vector<Type*> chain{n};
    Type* t = r;
    while (next.count(t) && std::find(chain.begin(), chain.end(), t) == chain.end()) {
      chain.push_back(t);
      t = next[t];
    }
    auto start = std::find(chain.begin(), chain.end(), t);
    if (start == chain.end() || reported.count(t)) continue;
    std::vector<Object*> cycle;
    for (auto it = start; it != chain.end(); ++it) {
      reported.insert(*it);
      if (typeObj_.count(*it)) cycle.push_back(typeObj_[*it]);
    }
    reportCycle(cycle);
  }
  for (auto& [n, r] : pendingUnder_) setUnderlying(n, types::Invalid());
  pendingUnder_.clear();
}

// types2 cycleError: report a cycle of objects, starting at the one first in
// the source.
void Checker::reportCycle(std::vector<Object*> cycle) {
  if (cycle.empty()) return;
  size_t i0 = 0;
  auto before = [&](Object* a, Object* b) {
    DeclInfo* da = decls_.count(a) ? decls_[a] : nullptr;
    DeclInfo* db = decls_.count(b) ? decls_[b] : nullptr;
    if (da && db) return da->order < db->order;
    return a->pos.line < b->pos.line || (a->pos.line == b->pos.line && a->pos.col < b->pos.col);
  };
  for (size_t i = 1; i < cycle.size(); i++)
    if (before(cycle[i], cycle[i0])) i0 = i;
  Object* first = cycle[i0];
  bool isType = first->kind == ObjKind::TypeName;
  std::string msg = (isType ? "invalid recursive type " : "illegal cycle in declaration of ") + first->name;
  for (size_t k = 0; k < cycle.size(); k++) {
    Object* o = cycle[(i0 + k) % cycle.size()];
    msg += "\n\t" + posString(o->pos) + ": " + o->name + " refers to";
  }
  msg += "\n\t" + posString(first->pos) + ": " + first->name;
  error(first->pos, msg);
}

// types2 validType: a named type may not contain itself (through arrays,
// struct fields and embedded interfaces; pointers, slices, maps, channels and
// functions break cycles). Runs after the declarations involved are complete.
void Checker::validType(Type* t) {
  std::vector<Type*> nest, path;
  validType0(t, nest, path);
}

bool Checker::validType0(Type* t, std::vector<Type*>& nest, std::vector<Type*>& path) {
  if (!t) return true;
  if (t->isNamed()) {
    auto rhs = fromRHS_.find(t);
    if (rhs == fromRHS_.end()) return true;  // predeclared or imported: valid
    if (valids_.count(t)) return true;
    if (!t->underlying || (t->underlying->kind == Kind::Invalid && t->underlying != t)) return false;
    for (Type* e : nest) {
      if (e != t) continue;
      // (the memory of) t contains itself
      setUnderlying(t, types::Invalid());
      for (size_t start = 0; start < path.size(); start++) {
        if (path[start] != t) continue;
        std::vector<Object*> objs;
        for (size_t k = start; k < path.size(); k++)
          if (typeObj_.count(path[k])) objs.push_back(typeObj_[path[k]]);
        reportCycle(objs);
        break;
      }
      return false;
    }
    nest.push_back(t);
    path.push_back(t);
    bool ok = true;
    auto emb = ifaceEmbeds_.find(t);
    if (emb != ifaceEmbeds_.end()) {
      for (Type* e : emb->second)
        if (!validType0(e, nest, path)) {
          ok = false;
          break;
        }
    } else {
      ok = validType0(rhs->second, nest, path);
    }
    nest.pop_back();
    path.pop_back();
    if (ok) valids_.insert(t);
    return ok;
  }
  switch (t->kind) {
    case Kind::Array:
      return validType0(t->elem, nest, path);
    case Kind::Struct:
      for (const Field& f : t->fields)
        if (!validType0(f.type, nest, path)) return false;
      return true;
    default:
      return true;
  }
}

void Checker::funcDecl(Object* obj, DeclInfo* d) {
  ast::FuncDecl* fd = d->fdecl;
  FuncInfo& fi = funcInfo_[fd];
  FuncCtx tmp;
  tmp.decl = fd;
  fctx_ = &tmp;
  recvErrPos_ = fd->name->pos;
  Type* sig = funcType(fd->sig, fd->recv, &fi);
  recvErrPos_ = Pos{};
  fctx_ = nullptr;
  recordFinal(fd->sig, Mode::TypeExpr, sig, ast::ConstValue{});
  obj->type = sig;
  if (fd->recv && fi.recv) {
    Object* recv = fi.recv;
    obj->recvType = recv->type;
    Type* rt = recv->type;
    later_.push_back([this, rt, recv, f = file_]() {
      ast::File* saved = file_;
      file_ = f;
      Type* b = rt;
      if (!b->isNamed() && b->kind == Kind::Pointer) b = b->elem;
      if (b->kind == Kind::Invalid && !b->isNamed()) {
        file_ = saved;
        return;
      }
      if (b->isNamed()) {
        if (b->pkg.empty() || b->pkg != pkg_->name || (typeObj_.count(b) && typeObj_[b]->pkg != pkg_)) {
          error(recv->pos, "cannot define new methods on non-local type " + typeStr(b));
        } else if (b->underlying) {
          Kind k = b->underlying->kind;
          if (k == Kind::Pointer || k == Kind::Interface)
            error(recv->pos, "invalid receiver type " + typeStr(b) + " (pointer or interface type)");
          else if (k == Kind::UnsafePointer)
            error(recv->pos, "invalid receiver type " + typeStr(b) + " (unsafe.Pointer)");
        }
      } else {
        error(recv->pos, "invalid receiver type " + typeStr(rt));
      }
      file_ = saved;
    });
  }
  for (Object* o : fi.params) o->declFunc = fd;
  for (Object* o : fi.results) o->declFunc = fd;
  if (fi.recv) fi.recv->declFunc = fd;
}

// Associates methods with their receiver base types (go/types collectMethods).
void Checker::collectMethods() {
  for (Object* m : methods_) {
    ast::FuncDecl* fd = m->decl;
    DeclInfo* d = decls_[m];
    file_ = d->file;
    objDecl(m);
    processLater();
    if (fd->recv->list.empty()) continue;
    ast::Expr* rt = unparen(fd->recv->list[0]->typeExpr);
    bool ptr = false;
    if (rt && rt->kind == ast::ExprKind::Star) {
      rt = unparen(static_cast<ast::StarExpr*>(rt)->x);
      ptr = true;
    }
    if (!rt || rt->kind != ast::ExprKind::Ident) continue;
    Object* base = pkg_->scope->lookupLocal(static_cast<ast::Ident*>(rt)->name);
    if (!base || base->kind != ObjKind::TypeName || !base->type || !base->type->isNamed() ||
        base->pkg != pkg_)
      continue;
    // types2 resolveBaseTypeName: an alias denotes the type it names
    Type* named = base->type;
    if (!typeObj_.count(named) || typeObj_[named]->pkg != pkg_) continue;
    if (!named->underlying || named->underlying->kind == Kind::Pointer ||
        named->underlying->kind == Kind::Interface)
      continue;
    if (m->name == "_") continue;
    file_ = d->file;
    if (Object* prev = declaredMethod(named, m->name)) {
      error(fd->name->pos, named->name + "." + m->name + " redeclared in this block\n\t" +
                               posString(prev->pos) + ": other declaration of " + m->name);
      continue;
    }
    if (named->underlying->kind == Kind::Struct) {
      auto fp = fieldPos_.find(named->underlying);
      if (fp != fieldPos_.end() && fp->second.count(m->name)) {
        // reported, but the method is still added (types2: no follow-on errors)
        error(fd->name->pos, "field and method with the same name " + m->name + "\n\t" +
                                 posString(fp->second[m->name]) + ": other declaration of " + m->name);
      }
    }
    addMethod(named, m, m->type, ptr);
  }
}

void Checker::funcBody(ast::FuncDecl* fd, DeclInfo* d) {
  (void)d;
  FuncInfo& fi = funcInfo_[fd];
  if (!fi.sig) return;
  FuncCtx ctx;
  ctx.decl = fd;
  ctx.sig = fi.sig;
  ctx.results = fi.results;
  ctx.namedResults = fi.namedResults;
  ctx.scope = fi.scope;
  fctx_ = &ctx;
  scope_ = fi.scope;
  fd->body->scope = fi.scope;
  children_.clear();
  stmtList(0, fd->body->list);
  if (!fi.sig->results.empty() && !isTerminatingList(fd->body->list, ""))
    error(fd->body->rbrace, "missing return");
  usage(fi.scope);
  processLater();
  fctx_ = nullptr;
}

// go/types usage: unused variables of a function, scope by scope.
void Checker::usage(Scope* s) {
  std::vector<Object*> unused;
  for (auto& [name, o] : s->names)
    if (o->kind == ObjKind::Var && !o->used && !o->isParam && !o->isResult && !o->isGlobal)
      unused.push_back(o);
  std::sort(unused.begin(), unused.end(), [](Object* a, Object* b) {
    return a->pos.line != b->pos.line ? a->pos.line < b->pos.line : a->pos.col < b->pos.col;
  });
  for (Object* o : unused) error(o->pos, o->name + " declared but not used", true);
  auto it = children_.find(s);
  if (it == children_.end()) return;
  for (Scope* c : it->second)
    if (!c->isFuncScope) usage(c);
}

void Checker::unusedImports() {
  for (ast::File* f : pkg_->files) {
    file_ = f;
    for (ast::GenDecl* gd : f->imports)
      for (ast::ImportSpec* is : gd->imports) {
        if (is->used) continue;
        auto it = pkgs_.find(is->path);
        if (it == pkgs_.end()) continue;
        std::string q = "\"" + is->path + "\"";
        if (is->name && is->name->name != it->second->name && is->name->name != ".")
          error(is->name->pos, "imported and not used: " + q + " as " + is->name->name, true);
        else
          error(is->name ? is->name->pos : is->pos, "imported and not used: " + q, true);
      }
  }
}

// Go spec: Package initialization (go/types initorder.go).
void Checker::initOrder() {
  struct Node {
    Object* obj;
    std::set<Node*> pred, succ;
    int ndeps = 0;
    int order = 0;
    bool done = false;
    bool inG = false;
    size_t idx = 0;
  };
  std::map<Object*, Node*> M;
  std::vector<Node*> all;
  for (Object* o : objList_) {
    if (o->kind != ObjKind::Const && o->kind != ObjKind::Var && o->kind != ObjKind::Func) continue;
    Node* n = new Node{o, {}, {}, 0, decls_[o]->order, false};
    M[o] = n;
    all.push_back(n);
  }
  for (Node* n : all)
    for (Object* dep : decls_[n->obj]->deps) {
      auto it = M.find(dep);
      if (it == M.end()) continue;
      n->succ.insert(it->second);
      it->second->pred.insert(n);
    }
  std::vector<Node*> G, funcG;
  for (Node* n : all) (n->obj->kind == ObjKind::Func ? funcG : G).push_back(n);
  std::stable_sort(funcG.begin(), funcG.end(), [](Node* a, Node* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (Node* n : funcG) {
    for (Node* p : n->pred) {
      if (p == n) continue;
      for (Node* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (Node* s : n->succ) s->pred.erase(n);
  }
  for (Node* n : G) n->ndeps = int(n->succ.size());

  std::function<bool(Object*, Object*, std::set<Object*>&, std::vector<Object*>&)> findPath =
      [&](Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path) -> bool {
    if (seen.count(from)) return false;
    seen.insert(from);
    auto it = decls_.find(from);
    if (it == decls_.end()) return false;
    for (Object* d : it->second->deps) {
      if (!M.count(d)) continue;
      if (d == to) {
        path.push_back(d);
        return true;
      }
      if (findPath(d, to, seen, path)) {
        path.push_back(d);
        return true;
      }
    }
    return false;
  };

  std::set<DeclInfo*> emitted;
  // The pending nodes ordered by (dependencies left, source order, position
  // in G): a priority queue instead of a scan of G per step (the scan made
  // this quadratic in a package's count of constants and variables).
  using QKey = std::tuple<int, int, size_t>;
  std::set<QKey> queue;
  for (size_t i = 0; i < G.size(); i++) {
    G[i]->inG = true;
    G[i]->idx = i;
    queue.insert({G[i]->ndeps, G[i]->order, i});
  }
  size_t remaining = G.size();
  while (remaining > 0) {
    Node* best = G[std::get<2>(*queue.begin())];
    queue.erase(queue.begin());
    best->done = true;
    remaining--;
    if (best->ndeps > 0) {
      std::set<Object*> seen;
      std::vector<Object*> cycle;
      if (findPath(best->obj, best->obj, seen, cycle)) {
        Object* obj = cycle[0];
        DeclInfo* od = decls_[obj];
        file_ = od->file;
        std::string msg = "initialization loop for " + obj->name;
        for (size_t i = cycle.size(); i-- > 0;) {
          msg += "\n\t" + posString(obj->pos) + ": " + obj->name + " refers to";
          obj = cycle[i];
        }
        msg += "\n\t" + posString(obj->pos) + ": " + obj->name;
        error(cycle[0]->pos, msg);
      }
    }
    for (Node* p : best->pred) {
      if (p->inG && !p->done) {
        queue.erase({p->ndeps, p->order, p->idx});
        p->ndeps--;
        queue.insert({p->ndeps, p->order, p->idx});
      } else {
        p->ndeps--;
      }
    }
    Object* v = best->obj;
    if (v->kind != ObjKind::Var) continue;
    DeclInfo* info = decls_[v];
    if (!info->init || emitted.count(info)) continue;
    emitted.insert(info);
    Package::VarInit vi;
    vi.lhs = info->lhs.empty() ? std::vector<Object*>{v} : info->lhs;
    vi.rhs = info->init;
    pkg_->varInits.push_back(vi);
  }
  for (Node* n : all) delete n;
}

// Local declarations (Go spec: Declarations and scope — inside functions the
// scope of a constant or variable begins after its spec, a type's at its name).
void Checker::declStmt(ast::GenDecl* gd) {
  if (gd->tok == Tok::Const) {
    ast::ValueSpec* prev = nullptr;
    for (ast::ValueSpec* vs : gd->values) {
      bool inherited = vs->implicit || (vs->values.empty() && !vs->typeExpr && prev);
      ast::ValueSpec* src = (inherited && prev && vs->values.empty()) ? prev : vs;
      ast::Expr* te = vs->typeExpr ? vs->typeExpr : (inherited && prev ? prev->typeExpr : nullptr);
      const auto& vals = src->values;
      std::vector<Object*> objs;
      for (size_t i = 0; i < vs->names.size(); i++) {
        Object* o = new Object;
        o->kind = ObjKind::Const;
        o->name = vs->names[i]->name;
        o->pos = vs->names[i]->pos;
        o->pkg = pkg_;
        iota_ = vs->iota;
        constDecl(o, te, i < vals.size() ? vals[i] : nullptr, inherited, o->pos);
        objs.push_back(o);
      }
      arity(vs->pos, vs->names, vals, true, inherited);
      for (size_t i = 0; i < objs.size(); i++) declare(scope_, vs->names[i], objs[i]);
      if (!inherited) prev = vs;
    }
  } else if (gd->tok == Tok::Var) {
    for (ast::ValueSpec* vs : gd->values) {
      std::vector<Object*> objs;
      for (ast::Ident* id : vs->names) {
        objs.push_back(newVar(id->name, id->pos, nullptr));
        objs.back()->typeSyntax = vs->typeExpr;
      }
      if (vs->values.size() == 1 && objs.size() > 1) {
        varDecl(objs[0], objs, vs->typeExpr, vs->values[0]);
      } else if (vs->values.size() == objs.size() || vs->values.empty()) {
        Type* t = nullptr;
        if (vs->typeExpr) t = varTypeAt(vs->typeExpr, vs->names[0]->pos);
        for (size_t i = 0; i < objs.size(); i++) {
          objs[i]->type = t;
          if (i < vs->values.size()) {
            Operand x;
            expr(x, vs->values[i]);
            targetSpelling_ = vs->typeExpr;
            initVar(objs[i], x, "variable declaration");
            targetSpelling_ = nullptr;
          } else if (!t) {
            objs[i]->type = types::Invalid();
          }
        }
      } else {
        Type* t = nullptr;
        if (vs->typeExpr) t = varType(vs->typeExpr);
        for (size_t i = 0; i < objs.size(); i++) {
          objs[i]->type = t;
          if (i < vs->values.size()) {
            Operand x;
            expr(x, vs->values[i]);
            initVar(objs[i], x, "variable declaration");
          }
          if (!objs[i]->type) objs[i]->type = types::Invalid();
        }
        for (size_t i = objs.size(); i < vs->values.size(); i++) {
          Operand x;
          expr(x, vs->values[i]);
        }
      }
      if (!vs->typeExpr || !vs->values.empty()) arity(vs->pos, vs->names, vs->values, false, false);
      // types2 varDecl: a variable whose type is invalid counts as used
      // (no follow-on "declared but not used")
      for (Object* o : objs)
        if (o->type && o->type->kind == Kind::Invalid && !o->type->isNamed()) o->used = true;
      for (size_t i = 0; i < objs.size(); i++) declare(scope_, vs->names[i], objs[i]);
    }
  } else if (gd->tok == Tok::Type) {
    for (ast::TypeSpec* ts : gd->types) {
      Object* o = new Object;
      o->kind = ObjKind::TypeName;
      o->name = ts->name->name;
      o->pos = ts->name->pos;
      o->pkg = pkg_;
      declare(scope_, ts->name, o);
      typeDecl(o, ts, true);
      resolvePendingUnderlying(true);
      processLater();
    }
  }
}

}  // namespace goro::chk
