// vm/check.cpp — the checker's driver: packages and imports, diagnostics (gc's
// ordering, de-duplication and 10-error limit), and expression printing for
// messages (cmd/compile/internal/syntax's ShortForm printer).
#include <algorithm>

#include "grammar/ast_dump.h"
#include "grammar/ast_serial.h"
#include "vm/check_internal.h"

namespace goro {

bool checkProgram(ast::File* mainFile, const Importer& importer, CheckedProgram& out,
                  std::vector<ast::Diag>& errs, bool wholeLibrary) {
  std::vector<ast::Diag> prior;
  prior.swap(errs);
  chk::Checker c(importer, errs);
  c.wholeLibrary_ = wholeLibrary;
  for (const ast::Diag& d : prior) c.errorAt(d.file, d.pos, d.msg);
  return c.run(mainFile, out);
}

namespace chk {

int gErrorLimit = 10;

ast::Expr* unparen(ast::Expr* e) {
  while (e && e->kind == ast::ExprKind::Paren) e = static_cast<ast::ParenExpr*>(e)->x;
  return e;
}

std::string tokString(Tok t) { return ast::tokText(t); }  // (grammar/ast_dump.h)

// ---------------------------------------------------------------------------
// Program and packages

bool Checker::run(ast::File* mainFile, CheckedProgram& out) {
  (void)universe();
  // Package runtime is always loaded (it defines the runtime error type).
  {
    std::vector<ast::File*> files;
    std::vector<ast::Diag> perrs;
    if (importer_("runtime", files, perrs))
      preloaded_["runtime"] = {std::move(files), std::move(perrs)};  // (parsed once: loadPackage takes them)
  }
  if (!wholeLibrary_) markUnreached(mainFile);
  if (preloaded_.count("runtime")) loadPackage("runtime", nullptr, nullptr);
  if (mainFile && mainFile->pkgName != "main") {
    // the go command's check, before compiling anything
    out_.push_back(ast::Diag{"", Pos{}, "package command-line-arguments is not a main package"});
    return false;
  }
  if (mainFile) {
    Package* mp = new Package;
    mp->path = "main";
    mp->name = mainFile->pkgName;
    mp->files.push_back(mainFile);
    pkgs_["main"] = mp;
    loading_.insert("main");
    checkPackage(mp);
    loading_.erase("main");
    order_.push_back(mp);
    out.main = mp;
  }
  out.packages = order_;
  if (!anyError_ && !bodyErrs_.empty())
    for (const PendingDiag& d : bodyErrs_) errorAt(d.file, d.pos, d.msg);
  if (!anyError_ && !sizeErrs_.empty())
    for (const PendingDiag& d : sizeErrs_) errorAt(d.file, d.pos, d.msg);
  if (!anyError_ && !linkErrs_.empty())
    for (const PendingDiag& d : linkErrs_) errorAt(d.file, d.pos, d.msg);
  if (!anyError_ && !limitErrs_.empty())
    for (const PendingDiag& d : limitErrs_) errorAt(d.file, d.pos, d.msg);
  if (!anyError_ && missingMain_) {
    anyError_ = true;
    out_.push_back(ast::Diag{"", Pos{}, "runtime.main_main·f: function main is undeclared in the main package"});
  }
  if (!anyError_) {
    if (!completeLayouts()) {
      // an invalid recursive type slipped through; should not happen
    }
    computeMethodSets();
  }
  flushDiags();
  return !anyError_;
}

Package* Checker::loadPackage(const std::string& path, ast::File* from, ast::ImportSpec* spec) {
  auto it = pkgs_.find(path);
  if (it != pkgs_.end()) {
    if (loading_.count(path) && spec && from) {
      errorAt(from->filename, spec->pos, "import cycle not allowed");
      return nullptr;
    }
    return it->second;
  }
  std::vector<ast::File*> files;
  std::vector<ast::Diag> perrs;
  bool found;
  if (auto pre = preloaded_.find(path); pre != preloaded_.end()) {
    files = std::move(pre->second.first);
    perrs = std::move(pre->second.second);
    preloaded_.erase(pre);
    found = true;
  } else {
    found = importer_(path, files, perrs);
  }
  if (!found || files.empty()) {
    for (auto& d : perrs) errorAt(d.file, d.pos, d.msg);
    if (spec && from) errorAt(from->filename, spec->pos, "package " + path + " is not in GOROOT ($GOROOT/src/" + path + ")");
    return nullptr;
  }
  if (!perrs.empty()) {
    for (auto& d : perrs) errorAt(d.file, d.pos, d.msg);
    return nullptr;
  }
  // bodies the embedded library left unread: those the program can reach
  for (ast::File* f : files)
    for (ast::FuncDecl* fd : f->funcs)
      if (fd->lazyBody && !fd->unreached && !ast::loadBody(*fd)) {
        errorAt(f->filename, fd->pos, "goro: corrupt embedded syntax tree");
        return nullptr;
      }
  Package* p = new Package;
  p->path = path;
  p->name = files[0]->pkgName;
  p->files = files;
  pkgs_[path] = p;
  loading_.insert(path);
  checkPackage(p);
  loading_.erase(path);
  order_.push_back(p);
  return p;
}

// Counts the source spellings of byte/uint8, rune/int32 and any/interface{}
// so messages print the alias the package uses (our identity is canonical:
// byte and uint8 are one Type).
static void countSpellings(ast::Expr* e, std::map<std::string, int>& n);
static void countFile(ast::File* f, std::map<std::string, int>& n);

bool Checker::checkPackage(Package* p) {
  // Imports first: each imported package is checked completely before.
  // A package that cannot be found is the go command's error: nothing else is
  // reported then.
  bool importsOk = true;
  for (ast::File* f : p->files)
    for (ast::GenDecl* gd : f->imports)
      for (ast::ImportSpec* is : gd->imports)
        if (is->badPath) {
          importsOk = false;  // (the parser reported it)
        } else if (is->path == "unsafe" || is->path == "C") {
          errorAt(f->filename, is->pos, "package " + is->path + " is not supported");
          importsOk = false;
        } else if (!loadPackage(is->path, f, is)) {
          importsOk = false;
        }
  if (!importsOk) return false;

  // Branch statements and labels (gc: at parse time, as errors that do not
  // stop type checking).
  bool branchesOk = true;
  for (ast::File* f : p->files) {
    file_ = f;
    for (ast::FuncDecl* fd : f->funcs)
      if (fd->body && !fd->unreached && !checkBranches(fd->body)) branchesOk = false;
    for (ast::GenDecl* gd : f->genDecls)
      for (ast::ValueSpec* vs : gd->values)
        for (ast::Expr* e : vs->values)
          if (!checkBranchesInExpr(e)) branchesOk = false;
  }
  (void)branchesOk;  // (reported; the package has errors either way)

  // fresh per-package state
  pkg_ = p;
  p->scope = new Scope;
  p->scope->parent = universe();
  tp_ = TypePrinter{};
  tp_.curPkg = p->name;
  decls_.clear();
  objList_.clear();
  fileScopes_.clear();
  dotImports_.clear();
  bodies_.clear();
  untyped_.clear();
  decl_ = nullptr;
  fctx_ = nullptr;
  hasIota_ = false;
  hasErrpos_ = false;
  objPath_.clear();
  {
    std::map<std::string, int> n;
    for (ast::File* f : p->files) countFile(f, n);
    if (n["uint8"] > 0 && n["byte"] == 0) tp_.byteForUint8 = false;
    if (n["int32"] > 0 && n["rune"] == 0) tp_.runeForInt32 = false;
    if (n["any"] > 0 && n["interface{}"] == 0) tp_.anyForEmpty = true;
  }

  collectObjects();
  packageObjects();
  // function bodies in source order
  for (auto& [fd, d] : bodies_) {
    if (fd->unreached) continue;
    file_ = d->file;
    scope_ = d->fileScope;
    decl_ = d;
    funcBody(fd, d);
    decl_ = nullptr;
  }
  if (p->path == "main" || wholeLibrary_) unusedImports();  // (a library import may serve unreached code only)
  initOrder();
  p->checked = true;
  return true;
}

// ---------------------------------------------------------------------------
// Spelling statistics (a light walk over type expressions and identifiers)

static void countFieldList(ast::FieldList* fl, std::map<std::string, int>& n) {
  if (!fl) return;
  for (auto* f : fl->list) countSpellings(f->typeExpr, n);
}
static void countStmt(ast::Stmt* s, std::map<std::string, int>& n);
static void countStmts(const std::vector<ast::Stmt*>& l, std::map<std::string, int>& n) {
  for (auto* s : l) countStmt(s, n);
}
static void countGen(ast::GenDecl* g, std::map<std::string, int>& n) {
  if (!g) return;
  for (auto* v : g->values) {
    countSpellings(v->typeExpr, n);
    for (auto* e : v->values) countSpellings(e, n);
  }
  for (auto* t : g->types) countSpellings(t->typeExpr, n);
}
static void countStmt(ast::Stmt* s, std::map<std::string, int>& n) {
  using SK = ast::StmtKind;
  if (!s) return;
  switch (s->kind) {
    case SK::Decl: countGen(static_cast<ast::DeclStmt*>(s)->decl, n); break;
    case SK::Labeled: countStmt(static_cast<ast::LabeledStmt*>(s)->stmt, n); break;
    case SK::Expr: countSpellings(static_cast<ast::ExprStmt*>(s)->x, n); break;
    case SK::Send: {
      auto* x = static_cast<ast::SendStmt*>(s);
      countSpellings(x->chan, n);
      countSpellings(x->value, n);
      break;
    }
    case SK::IncDec: countSpellings(static_cast<ast::IncDecStmt*>(s)->x, n); break;
    case SK::Assign: {
      auto* x = static_cast<ast::AssignStmt*>(s);
      for (auto* e : x->lhs) countSpellings(e, n);
      for (auto* e : x->rhs) countSpellings(e, n);
      break;
    }
    case SK::Go: countSpellings(static_cast<ast::GoStmt*>(s)->call, n); break;
    case SK::Defer: countSpellings(static_cast<ast::DeferStmt*>(s)->call, n); break;
    case SK::Return:
      for (auto* e : static_cast<ast::ReturnStmt*>(s)->results) countSpellings(e, n);
      break;
    case SK::Block: countStmts(static_cast<ast::BlockStmt*>(s)->list, n); break;
    case SK::If: {
      auto* x = static_cast<ast::IfStmt*>(s);
      countStmt(x->init, n);
      countSpellings(x->cond, n);
      countStmt(x->body, n);
      countStmt(x->els, n);
      break;
    }
    case SK::CaseClause: {
      auto* x = static_cast<ast::CaseClause*>(s);
      for (auto* e : x->list) countSpellings(e, n);
      countStmts(x->body, n);
      break;
    }
    case SK::Switch: {
      auto* x = static_cast<ast::SwitchStmt*>(s);
      countStmt(x->init, n);
      countSpellings(x->tag, n);
      countStmt(x->body, n);
      break;
    }
    case SK::TypeSwitch: {
      auto* x = static_cast<ast::TypeSwitchStmt*>(s);
      countStmt(x->init, n);
      countSpellings(x->x, n);
      countStmt(x->body, n);
      break;
    }
    case SK::CommClause: {
      auto* x = static_cast<ast::CommClause*>(s);
      countStmt(x->comm, n);
      countStmts(x->body, n);
      break;
    }
    case SK::Select: countStmt(static_cast<ast::SelectStmt*>(s)->body, n); break;
    case SK::For: {
      auto* x = static_cast<ast::ForStmt*>(s);
      countStmt(x->init, n);
      countSpellings(x->cond, n);
      countStmt(x->post, n);
      countStmt(x->body, n);
      break;
    }
    case SK::Range: {
      auto* x = static_cast<ast::RangeStmt*>(s);
      countSpellings(x->key, n);
      countSpellings(x->value, n);
      countSpellings(x->x, n);
      countStmt(x->body, n);
      break;
    }
    default: break;
  }
}

static void countFile(ast::File* f, std::map<std::string, int>& n) {
  for (auto* g : f->genDecls) countGen(g, n);
  for (auto* fd : f->funcs) {
    countFieldList(fd->recv, n);
    if (fd->sig) {
      countFieldList(fd->sig->params, n);
      countFieldList(fd->sig->results, n);
    }
    if (fd->body && !fd->unreached) countStmt(fd->body, n);
  }
}

static void countSpellings(ast::Expr* e, std::map<std::string, int>& n) {
  using EK = ast::ExprKind;
  if (!e) return;
  switch (e->kind) {
    case EK::Ident: n[static_cast<ast::Ident*>(e)->name]++; break;
    case EK::CompositeLit: {
      auto* x = static_cast<ast::CompositeLit*>(e);
      countSpellings(x->typeExpr, n);
      for (auto* el : x->elts) countSpellings(el, n);
      break;
    }
    case EK::FuncLit: {
      auto* x = static_cast<ast::FuncLit*>(e);
      countSpellings(x->sig, n);
      countStmt(x->body, n);
      break;
    }
    case EK::Paren: countSpellings(static_cast<ast::ParenExpr*>(e)->x, n); break;
    case EK::Selector: countSpellings(static_cast<ast::SelectorExpr*>(e)->x, n); break;
    case EK::Index: {
      auto* x = static_cast<ast::IndexExpr*>(e);
      countSpellings(x->x, n);
      countSpellings(x->index, n);
      break;
    }
    case EK::Slice: {
      auto* x = static_cast<ast::SliceExpr*>(e);
      countSpellings(x->x, n);
      countSpellings(x->lo, n);
      countSpellings(x->hi, n);
      countSpellings(x->max, n);
      break;
    }
    case EK::TypeAssert: {
      auto* x = static_cast<ast::TypeAssertExpr*>(e);
      countSpellings(x->x, n);
      countSpellings(x->typeExpr, n);
      break;
    }
    case EK::Call: {
      auto* x = static_cast<ast::CallExpr*>(e);
      countSpellings(x->fun, n);
      for (auto* a : x->args) countSpellings(a, n);
      break;
    }
    case EK::Star: countSpellings(static_cast<ast::StarExpr*>(e)->x, n); break;
    case EK::Unary: countSpellings(static_cast<ast::UnaryExpr*>(e)->x, n); break;
    case EK::Binary: {
      auto* x = static_cast<ast::BinaryExpr*>(e);
      countSpellings(x->x, n);
      countSpellings(x->y, n);
      break;
    }
    case EK::KeyValue: {
      auto* x = static_cast<ast::KeyValueExpr*>(e);
      countSpellings(x->key, n);
      countSpellings(x->value, n);
      break;
    }
    case EK::ArrayType: {
      auto* x = static_cast<ast::ArrayTypeExpr*>(e);
      countSpellings(x->len, n);
      countSpellings(x->elem, n);
      break;
    }
    case EK::StructType: countFieldList(static_cast<ast::StructTypeExpr*>(e)->fields, n); break;
    case EK::FuncType: {
      auto* x = static_cast<ast::FuncType*>(e);
      countFieldList(x->params, n);
      countFieldList(x->results, n);
      break;
    }
    case EK::InterfaceType: {
      auto* x = static_cast<ast::InterfaceTypeExpr*>(e);
      if (!x->methods || x->methods->list.empty()) n["interface{}"]++;
      else countFieldList(x->methods, n);
      break;
    }
    case EK::MapType: {
      auto* x = static_cast<ast::MapTypeExpr*>(e);
      countSpellings(x->key, n);
      countSpellings(x->value, n);
      break;
    }
    case EK::ChanType: countSpellings(static_cast<ast::ChanTypeExpr*>(e)->value, n); break;
    case EK::Ellipsis: countSpellings(static_cast<ast::EllipsisExpr*>(e)->elem, n); break;
    default: break;
  }
}

// ---------------------------------------------------------------------------
// Diagnostics

std::string Checker::curFileName() const { return file_ ? file_->filename : std::string(); }

std::string Checker::posString(Pos p) const {
  // (gc prints no column of 255 or more: tools/driver.cpp printDiags)
  return curFileName() + ":" + std::to_string(p.line) + (p.col < 255 ? ":" + std::to_string(p.col) : "");
}

void Checker::error(Pos pos, const std::string& msg, bool soft) {
  (void)soft;
  // go/types: "invalid operand"/"invalid type" inside a message is a follow-on error.
  if (anyError_) {
    size_t a = msg.find("invalid operand"), b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  if (hasErrpos_) pos = errpos_;
  errorAt(curFileName(), pos, msg);
}

void Checker::errorAt(const std::string& file, Pos pos, const std::string& msg) {
  anyError_ = true;
  if (tooMany_) return;
  // gc: only one of several equal errors per line
  if (!diags_.empty()) {
    const PendingDiag& l = diags_.back();
    if (l.file == file && l.pos.line == pos.line && l.msg == msg) return;
  }
  diags_.push_back(PendingDiag{file, pos, msg, seq_++});
  if (gErrorLimit > 0 && int(diags_.size()) >= gErrorLimit) {
    tooMany_ = true;
    tooManyPos_ = pos;
    tooManyFile_ = file;
  }
}

void Checker::flushDiags() {
  std::stable_sort(diags_.begin(), diags_.end(), [](const PendingDiag& a, const PendingDiag& b) {
    if (a.file != b.file) return a.file < b.file;
    if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
    return a.pos.col < b.pos.col;
  });
  for (size_t i = 0; i < diags_.size(); i++) {
    if (i > 0 && diags_[i].file == diags_[i - 1].file && diags_[i].pos.line == diags_[i - 1].pos.line &&
        diags_[i].pos.col == diags_[i - 1].pos.col && diags_[i].msg == diags_[i - 1].msg)
      continue;
    out_.push_back(ast::Diag{diags_[i].file, diags_[i].pos, diags_[i].msg});
  }
  if (tooMany_) out_.push_back(ast::Diag{tooManyFile_, tooManyPos_, "too many errors"});
  diags_.clear();
}

// ---------------------------------------------------------------------------
// Printing operands and expressions for messages

std::string Checker::objKindName(const Object* o) const {
  switch (o->kind) {
    case ObjKind::Var: return "variable";
    case ObjKind::Const: return "constant";
    case ObjKind::TypeName: return "type";
    case ObjKind::Func: return "func";
    case ObjKind::Package: return "package";
    case ObjKind::Builtin: return "builtin";
    case ObjKind::Label: return "label";
    case ObjKind::Nil: return "nil";
  }
  return "object";
}

// The type of a function value spelled as go/types spells it when the value
// comes from a declaration: with the parameter and result names of that
// declaration (`func(x int) (n int)`). Our function types are canonical, names
// left out; this recovers them from the function's syntax for an operand
// that is a function literal or names a declared function. "" otherwise.
std::string Checker::declaredSigStr(const Operand& x) const {
  if (!x.expr || !x.type || x.type->kind != Kind::Func || x.type->isNamed()) return "";
  const ast::Expr* e = unparen(x.expr);
  const ast::FuncType* ft = nullptr;
  if (e->kind == ast::ExprKind::FuncLit) {
    ft = static_cast<const ast::FuncLit*>(e)->sig;
  } else {
    const Object* o = nullptr;
    if (e->kind == ast::ExprKind::Ident) o = static_cast<const ast::Ident*>(e)->obj;
    else if (e->kind == ast::ExprKind::Selector) {
      auto* sel = static_cast<const ast::SelectorExpr*>(e);
      if (sel->selKind == ast::SelectorExpr::Sel::Qualified) o = sel->sel->obj;
    }
    if (o && o->kind == ObjKind::Func && !o->recvType && o->decl) ft = o->decl->sig;
  }
  return sigWithNames(ft, x.type);
}

// "func(x int) (n int)": function type f spelled with the parameter and
// result names of its syntax ft; "" when ft has no names or does not match f.
std::string Checker::sigWithNames(const ast::FuncType* ft, const Type* f) const {
  if (!ft || !ft->params || !f || f->kind != Kind::Func) return "";
  // names in declaration order; a list entry without names is one unnamed item
  auto names = [](const ast::FieldList* fl, std::vector<std::string>& out, std::vector<const ast::Expr*>& ts) {
    bool any = false;
    if (!fl) return any;
    for (auto* fd : fl->list) {
      if (fd->names.empty()) {
        out.push_back("");
        ts.push_back(fd->typeExpr);
      }
      for (auto* id : fd->names) {
        out.push_back(id->name);
        ts.push_back(fd->typeExpr);
        any = true;
      }
    }
    return any;
  };
  std::vector<std::string> pn, rn;
  std::vector<const ast::Expr*> pt, rt;
  bool named = names(ft->params, pn, pt);
  bool rnamed = names(ft->results, rn, rt);
  if (!named && !rnamed) return "";
  if (pn.size() != f->params.size() || rn.size() != f->results.size()) return "";
  auto item = [&](const std::string& n, std::string t) { return n.empty() ? t : n + " " + t; };
  std::string out = "func(";
  for (size_t i = 0; i < f->params.size(); i++) {
    if (i) out += ", ";
    const Type* p = f->params[i];
    if (f->variadic && i + 1 == f->params.size() && p->underlying && p->underlying->kind == Kind::Slice) {
      const ast::Expr* te = pt[i] && pt[i]->kind == ast::ExprKind::Ellipsis ? static_cast<const ast::EllipsisExpr*>(pt[i])->elem : nullptr;
      out += item(pn[i], "..." + tp_.str(p->underlying->elem, te));
    } else {
      out += item(pn[i], tp_.str(p, pt[i]));
    }
  }
  out += ')';
  if (f->results.size() == 1 && !rnamed) {
    out += " " + tp_.str(f->results[0], rt[0]);
  } else if (!f->results.empty()) {
    out += " (";
    for (size_t i = 0; i < f->results.size(); i++) {
      if (i) out += ", ";
      out += item(rn[i], tp_.str(f->results[i], rt[i]));
    }
    out += ')';
  }
  return out;
}

// A type as its declaration spells it: a function type written with
// parameter names keeps them (go/types keeps the syntax's signature).
std::string Checker::typeStrAs(const Type* t, const ast::Expr* spelled) const {
  if (spelled && t && t->kind == Kind::Func && !t->isNamed()) {
    const ast::Expr* e = unparen(const_cast<ast::Expr*>(spelled));
    if (e->kind == ast::ExprKind::FuncType) {
      std::string s = sigWithNames(static_cast<const ast::FuncType*>(e), t);
      if (!s.empty()) return s;
    }
  }
  return tp_.str(t, spelled);
}

// The type expression that declared the variable e names (null for anything
// else): `var x uint8` spells x's type uint8 even where the package says byte.
// So does what is derived from it: &x, *p, a[i] (an operand the error path
// describes: the few *T nodes made for &x are never freed).
const ast::Expr* Checker::declaredTypeSyntax(const ast::Expr* e) const {
  using EK = ast::ExprKind;
  if (!e) return nullptr;
  e = unparen(const_cast<ast::Expr*>(e));
  auto syntaxOf = [this](const ast::Expr* x) {
    x = declaredTypeSyntax(x);
    return x ? unparen(const_cast<ast::Expr*>(x)) : nullptr;
  };
  switch (e->kind) {
    case EK::Ident: {
      const Object* o = static_cast<const ast::Ident*>(e)->obj;
      return o && o->kind == ObjKind::Var ? o->typeSyntax : nullptr;
    }
    case EK::Unary: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      const ast::Expr* t = u->op == Tok::Amp ? syntaxOf(u->x) : nullptr;
      if (!t) return nullptr;
      auto* star = new ast::StarExpr;
      star->x = const_cast<ast::Expr*>(t);
      return star;
    }
    case EK::Star: {
      const ast::Expr* t = syntaxOf(static_cast<const ast::StarExpr*>(e)->x);
      return t && t->kind == EK::Star ? static_cast<const ast::StarExpr*>(t)->x : nullptr;
    }
    case EK::Index: {
      const ast::Expr* t = syntaxOf(static_cast<const ast::IndexExpr*>(e)->x);
      if (t && t->kind == EK::ArrayType) return static_cast<const ast::ArrayTypeExpr*>(t)->elem;
      if (t && t->kind == EK::Ellipsis) return static_cast<const ast::EllipsisExpr*>(t)->elem;
      if (t && t->kind == EK::MapType) return static_cast<const ast::MapTypeExpr*>(t)->value;
      return nullptr;
    }
    default:
      return nullptr;
  }
}

// go/types operandString.
std::string Checker::operandStr(const Operand& x) const {
  if (x.mode != Mode::Invalid && x.type == types::UntypedNil() &&
      (!x.expr || unparen(x.expr)->kind == ast::ExprKind::Ident))
    return "nil";
  std::string expr = x.expr ? exprStr(x.expr) : "";
  if (expr.empty()) {
    if (x.mode == Mode::Builtin && x.id >= 0) expr = builtinName(Builtin(x.id));
    else if (x.mode == Mode::TypeExpr) expr = typeStr(x.type);
    else if (x.mode == Mode::Constant) expr = valueStr(x.val);
  }
  std::string buf;
  if (!expr.empty()) buf = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case Mode::Invalid: case Mode::NoValue: case Mode::Builtin: case Mode::TypeExpr: break;
    default:
      if (x.type) {
        if (types::isUntyped(x.type)) {
          buf += typeStr(x.type) + " ";
          break;
        }
        hasType = true;
      }
  }
  switch (x.mode) {
    case Mode::Invalid: buf += "invalid operand"; break;
    case Mode::NoValue: buf += "no value"; break;
    case Mode::Builtin: buf += "built-in"; break;
    case Mode::TypeExpr: buf += "type"; break;
    case Mode::Constant: buf += "constant"; break;
    case Mode::Variable: buf += "variable"; break;
    case Mode::MapIndex: buf += "map index expression"; break;
    case Mode::Value: buf += "value"; break;
    case Mode::CommaOk: buf += "comma, ok expression"; break;
    case Mode::Package: buf += "package"; break;
  }
  if (x.mode == Mode::Constant) {
    std::string s = valueStr(x.val);
    if (s != expr) buf += " " + s;
  }
  if (hasType) {
    std::string sig = declaredSigStr(x);
    if (!sig.empty()) buf += " of type " + sig;
    else if (x.type->kind != Kind::Invalid) buf += " of type " + typeStrAs(x.type, declaredTypeSyntax(x.expr));
    else buf += " with invalid type";
  }
  if (!expr.empty()) buf += ")";
  return buf;
}

// syntax.StartPos: the leftmost position, except that a slice expression
// starts at its '[' and a key:value pair at its ':' (their own positions in
// gc's syntax tree, which StartPos does not correct).
Pos Checker::startPos(const ast::Expr* e) {
  using EK = ast::ExprKind;
  while (e) {
    switch (e->kind) {
      case EK::Selector: e = static_cast<const ast::SelectorExpr*>(e)->x; continue;
      case EK::Index: e = static_cast<const ast::IndexExpr*>(e)->x; continue;
      case EK::TypeAssert: e = static_cast<const ast::TypeAssertExpr*>(e)->x; continue;
      case EK::Call: e = static_cast<const ast::CallExpr*>(e)->fun; continue;
      case EK::Binary: e = static_cast<const ast::BinaryExpr*>(e)->x; continue;
      case EK::CompositeLit: {
        auto* c = static_cast<const ast::CompositeLit*>(e);
        if (c->typeExpr) {
          e = c->typeExpr;
          continue;
        }
        return c->lbrace.line ? c->lbrace : c->pos;
      }
      case EK::FuncType: {
        // gc's function type node starts at its '('
        auto* f = static_cast<const ast::FuncType*>(e);
        return f->params && f->params->open.line ? f->params->open : e->pos;
      }
      default: return e->pos;
    }
  }
  return Pos{};
}

// gc's syntax.Node.Pos(): an operation's operator, a call's '(', a
// selector's '.', a composite literal's '{', a function type's '('.
Pos Checker::nodePos(const ast::Expr* e) {
  using EK = ast::ExprKind;
  if (!e) return Pos{};
  switch (e->kind) {
    case EK::Call: case EK::Binary: case EK::Slice: case EK::KeyValue:
      return e->pos;
    case EK::Selector: {
      Pos p = static_cast<const ast::SelectorExpr*>(e)->sel->pos;
      if (p.col > 1) p.col--;
      return p;
    }
    case EK::CompositeLit: {
      auto* c = static_cast<const ast::CompositeLit*>(e);
      return c->lbrace.line ? c->lbrace : c->pos;
    }
    default:
      return startPos(e);
  }
}

Pos Checker::opPos(const ast::Expr* e) {
  if (!e) return Pos{};
  if (e->kind == ast::ExprKind::Binary || e->kind == ast::ExprKind::Unary) return e->pos;
  return startPos(e);
}

static void printFieldList(const Checker& c, std::string& out, ast::FieldList* fl, const char* sep,
                           bool method);

static void printExpr(const Checker& c, std::string& out, const ast::Expr* e);

static void printSig(const Checker& c, std::string& out, const ast::FuncType* ft) {
  out += '(';
  if (ft->params) printFieldList(c, out, ft->params, ", ", false);
  out += ')';
  if (ft->results && !ft->results->list.empty()) {
    out += ' ';
    auto& l = ft->results->list;
    if (l.size() == 1 && l[0]->names.empty()) {
      printExpr(c, out, unparen(l[0]->typeExpr));
    } else {
      out += '(';
      printFieldList(c, out, ft->results, ", ", false);
      out += ')';
    }
  }
}

static void printFieldList(const Checker& c, std::string& out, ast::FieldList* fl, const char* sep,
                           bool method) {
  bool first = true;
  for (ast::FieldDecl* f : fl->list) {
    if (!first) out += sep;
    first = false;
    if (method && f->names.size() == 1 && f->typeExpr && f->typeExpr->kind == ast::ExprKind::FuncType) {
      out += f->names[0]->name;
      printSig(c, out, static_cast<ast::FuncType*>(f->typeExpr));
      continue;
    }
    for (size_t i = 0; i < f->names.size(); i++) {
      if (i) out += ", ";
      out += f->names[i]->name;
    }
    if (!f->names.empty()) out += ' ';
    printExpr(c, out, unparen(f->typeExpr));
  }
}

static void printExpr(const Checker& c, std::string& out, const ast::Expr* e) {
  using EK = ast::ExprKind;
  if (!e) return;
  switch (e->kind) {
    case EK::Bad: out += "<bad expr>"; return;
    case EK::Ident: out += static_cast<const ast::Ident*>(e)->name; return;
    case EK::BasicLit: out += static_cast<const ast::BasicLit*>(e)->text; return;
    case EK::CompositeLit: {
      auto* x = static_cast<const ast::CompositeLit*>(e);
      if (x->typeExpr) printExpr(c, out, x->typeExpr);
      out += x->elts.empty() ? "{}" : "{…}";
      return;
    }
    case EK::FuncLit: {
      auto* x = static_cast<const ast::FuncLit*>(e);
      out += "func";
      printSig(c, out, x->sig);
      out += (x->body && !x->body->list.empty()) ? " {…}" : " {}";
      return;
    }
    case EK::Paren:
      out += '(';
      printExpr(c, out, static_cast<const ast::ParenExpr*>(e)->x);
      out += ')';
      return;
    case EK::Selector: {
      auto* x = static_cast<const ast::SelectorExpr*>(e);
      printExpr(c, out, x->x);
      out += '.';
      out += x->sel->name;
      return;
    }
    case EK::Index: {
      auto* x = static_cast<const ast::IndexExpr*>(e);
      printExpr(c, out, x->x);
      out += '[';
      printExpr(c, out, x->index);
      out += ']';
      return;
    }
    case EK::Slice: {
      auto* x = static_cast<const ast::SliceExpr*>(e);
      printExpr(c, out, x->x);
      out += '[';
      printExpr(c, out, x->lo);
      out += ':';
      printExpr(c, out, x->hi);
      if (x->max) {
        out += ':';
        printExpr(c, out, x->max);
      }
      out += ']';
      return;
    }
    case EK::TypeAssert: {
      auto* x = static_cast<const ast::TypeAssertExpr*>(e);
      printExpr(c, out, x->x);
      out += ".(";
      if (x->typeExpr) printExpr(c, out, x->typeExpr);
      else out += "type";
      out += ')';
      return;
    }
    case EK::Call: {
      auto* x = static_cast<const ast::CallExpr*>(e);
      printExpr(c, out, x->fun);
      out += '(';
      for (size_t i = 0; i < x->args.size(); i++) {
        if (i) out += ", ";
        printExpr(c, out, x->args[i]);
      }
      if (x->hasEllipsis) out += "...";
      out += ')';
      return;
    }
    case EK::Star:
      out += '*';
      printExpr(c, out, static_cast<const ast::StarExpr*>(e)->x);
      return;
    case EK::Unary: {
      auto* x = static_cast<const ast::UnaryExpr*>(e);
      out += tokString(x->op);
      printExpr(c, out, x->x);
      return;
    }
    case EK::Binary: {
      auto* x = static_cast<const ast::BinaryExpr*>(e);
      printExpr(c, out, x->x);
      out += ' ';
      out += tokString(x->op);
      out += ' ';
      printExpr(c, out, x->y);
      return;
    }
    case EK::KeyValue: {
      auto* x = static_cast<const ast::KeyValueExpr*>(e);
      printExpr(c, out, x->key);
      out += ": ";
      printExpr(c, out, x->value);
      return;
    }
    case EK::ArrayType: {
      auto* x = static_cast<const ast::ArrayTypeExpr*>(e);
      out += '[';
      if (x->ellipsisLen) out += "...";
      else if (x->len) printExpr(c, out, x->len);
      out += ']';
      printExpr(c, out, x->elem);
      return;
    }
    case EK::StructType: {
      auto* x = static_cast<const ast::StructTypeExpr*>(e);
      out += "struct{";
      if (x->fields) printFieldList(c, out, x->fields, "; ", false);
      out += '}';
      return;
    }
    case EK::FuncType:
      out += "func";
      printSig(c, out, static_cast<const ast::FuncType*>(e));
      return;
    case EK::InterfaceType: {
      auto* x = static_cast<const ast::InterfaceTypeExpr*>(e);
      out += "interface{";
      if (x->methods) printFieldList(c, out, x->methods, "; ", true);
      out += '}';
      return;
    }
    case EK::MapType: {
      auto* x = static_cast<const ast::MapTypeExpr*>(e);
      out += "map[";
      printExpr(c, out, x->key);
      out += ']';
      printExpr(c, out, x->value);
      return;
    }
    case EK::ChanType: {
      auto* x = static_cast<const ast::ChanTypeExpr*>(e);
      if (x->dir == ast::ChanTypeExpr::Dir::Recv) out += "<-";
      out += "chan";
      if (x->dir == ast::ChanTypeExpr::Dir::Send) out += "<-";
      out += ' ';
      auto* el = x->value;
      bool paren = x->dir == ast::ChanTypeExpr::Dir::Both && el && el->kind == EK::ChanType &&
                   static_cast<const ast::ChanTypeExpr*>(el)->dir == ast::ChanTypeExpr::Dir::Recv;
      if (paren) out += '(';
      printExpr(c, out, el);
      if (paren) out += ')';
      return;
    }
    case EK::Ellipsis:
      out += "...";
      printExpr(c, out, static_cast<const ast::EllipsisExpr*>(e)->elem);
      return;
  }
}

std::string Checker::exprStr(const ast::Expr* e) const {
  std::string s;
  printExpr(*this, s, e);
  return s;
}

}  // namespace chk
}  // namespace goro
