// grammar/ast_dump.cpp — see ast_dump.h.
#include "grammar/ast_dump.h"

// GCC 12 reports false -Wrestrict positives for `"lit" + std::string` at -O2
// (GCC bug 105651); this file is all string concatenation.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

namespace goro::ast {

const char* tokText(Tok t) {
  switch (t) {
    case Tok::Add: return "+";
    case Tok::Sub: return "-";
    case Tok::Mul: return "*";
    case Tok::Quo: return "/";
    case Tok::Rem: return "%";
    case Tok::And: return "&";
    case Tok::Or: return "|";
    case Tok::Xor: return "^";
    case Tok::Shl: return "<<";
    case Tok::Shr: return ">>";
    case Tok::AndNot: return "&^";
    case Tok::LAnd: return "&&";
    case Tok::LOr: return "||";
    case Tok::Eql: return "==";
    case Tok::Neq: return "!=";
    case Tok::Lss: return "<";
    case Tok::Leq: return "<=";
    case Tok::Gtr: return ">";
    case Tok::Geq: return ">=";
    case Tok::Not: return "!";
    case Tok::Arrow: return "<-";
    case Tok::Amp: return "&";
    case Tok::Tilde: return "~";
    case Tok::Assign: return "=";
    case Tok::Define: return ":=";
    case Tok::Inc: return "++";
    case Tok::Dec: return "--";
    case Tok::AddAssign: return "+=";
    case Tok::SubAssign: return "-=";
    case Tok::MulAssign: return "*=";
    case Tok::QuoAssign: return "/=";
    case Tok::RemAssign: return "%=";
    case Tok::AndAssign: return "&=";
    case Tok::OrAssign: return "|=";
    case Tok::XorAssign: return "^=";
    case Tok::ShlAssign: return "<<=";
    case Tok::ShrAssign: return ">>=";
    case Tok::AndNotAssign: return "&^=";
    case Tok::Break: return "break";
    case Tok::Continue: return "continue";
    case Tok::Goto: return "goto";
    case Tok::Fallthrough: return "fallthrough";
    case Tok::Import: return "import";
    case Tok::Const: return "const";
    case Tok::Var: return "var";
    case Tok::Type: return "type";
    default: return "?";
  }
}

namespace {

std::string list(const std::vector<Expr*>& xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); i++) {
    if (i) s += ", ";
    s += dump(xs[i]);
  }
  return s;
}

std::string names(const std::vector<Ident*>& ns) {
  std::string s;
  for (size_t i = 0; i < ns.size(); i++) {
    if (i) s += ", ";
    s += ns[i]->name;
  }
  return s;
}

std::string fields(const FieldList* fl, const char* sep) {
  std::string s;
  if (!fl) return s;
  for (size_t i = 0; i < fl->list.size(); i++) {
    const FieldDecl* f = fl->list[i];
    if (i) s += sep;
    if (!f->names.empty()) s += names(f->names) + " ";
    s += dump(f->typeExpr);
    if (!f->tag.empty()) s += " `" + f->tag + "`";
  }
  return s;
}

std::string signature(const FuncType* ft) {
  std::string s = "(" + fields(ft->params, ", ") + ")";
  if (ft->results) {
    bool paren = ft->results->list.size() != 1 || !ft->results->list[0]->names.empty();
    s += paren ? " (" + fields(ft->results, ", ") + ")" : " " + fields(ft->results, ", ");
  }
  return s;
}

std::string pad(int n) { return std::string(size_t(n) * 2, ' '); }

std::string body(const std::vector<Stmt*>& list, int indent) {
  std::string s;
  for (const Stmt* st : list) s += dump(st, indent);
  return s;
}

std::string simple(const Stmt* s) {  // a statement on one line, without newline
  if (!s) return "";
  std::string d = dump(s, 0);
  if (!d.empty() && d.back() == '\n') d.pop_back();
  return d;
}

}  // namespace

namespace {
thread_local bool g_positions = false;  // dumpWithPositions in progress
std::string at(const Pos& p) { return "@" + std::to_string(p.line) + ":" + std::to_string(p.col); }
std::string exprBody(const Expr* e);
std::string stmtBody(const Stmt* st, int indent);
}  // namespace

std::string dump(const Expr* e) {
  if (!e) return "<nil>";
  std::string s = exprBody(e);
  return g_positions ? s + at(e->pos) : s;
}

std::string dump(const Stmt* st, int indent) {
  std::string s = stmtBody(st, indent);
  if (g_positions && st && st->kind != StmtKind::Decl) s.insert(pad(indent).size(), at(st->pos) + " ");
  return s;
}

std::string dumpWithPositions(const File* f) {
  g_positions = true;
  std::string s = dump(f);
  g_positions = false;
  return s;
}

namespace {

std::string exprBody(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Bad: return "<bad>";
    case ExprKind::Ident: return static_cast<const Ident*>(e)->name;
    case ExprKind::BasicLit: return static_cast<const BasicLit*>(e)->text;
    case ExprKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(e);
      return (c->typeExpr ? dump(c->typeExpr) : "") + "{" + list(c->elts) + "}";
    }
    case ExprKind::FuncLit: {
      auto* f = static_cast<const FuncLit*>(e);
      return "func" + signature(f->sig) + " {" + std::to_string(f->body->list.size()) + " stmts}";
    }
    case ExprKind::Paren: return "paren(" + dump(static_cast<const ParenExpr*>(e)->x) + ")";
    case ExprKind::Selector: {
      auto* s = static_cast<const SelectorExpr*>(e);
      return dump(s->x) + "." + s->sel->name;
    }
    case ExprKind::Index: {
      auto* i = static_cast<const IndexExpr*>(e);
      return dump(i->x) + "[" + dump(i->index) + "]";
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      std::string r = dump(s->x) + "[" + (s->lo ? dump(s->lo) : "") + ":" + (s->hi ? dump(s->hi) : "");
      if (s->slice3) r += ":" + (s->max ? dump(s->max) : "");
      return r + "]";
    }
    case ExprKind::TypeAssert: {
      auto* t = static_cast<const TypeAssertExpr*>(e);
      return dump(t->x) + ".(" + (t->typeExpr ? dump(t->typeExpr) : "type") + ")";
    }
    case ExprKind::Call: {
      auto* c = static_cast<const CallExpr*>(e);
      return dump(c->fun) + "(" + list(c->args) + (c->hasEllipsis ? "...)" : ")");
    }
    case ExprKind::Star: return "(*" + dump(static_cast<const StarExpr*>(e)->x) + ")";
    case ExprKind::Unary: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return std::string("(") + tokText(u->op) + dump(u->x) + ")";
    }
    case ExprKind::Binary: {
      auto* b = static_cast<const BinaryExpr*>(e);
      return "(" + dump(b->x) + " " + tokText(b->op) + " " + dump(b->y) + ")";
    }
    case ExprKind::KeyValue: {
      auto* kv = static_cast<const KeyValueExpr*>(e);
      return dump(kv->key) + ": " + dump(kv->value);
    }
    case ExprKind::ArrayType: {
      auto* a = static_cast<const ArrayTypeExpr*>(e);
      if (a->ellipsisLen) return "[...]" + dump(a->elem);
      return "[" + (a->len ? dump(a->len) : "") + "]" + dump(a->elem);
    }
    case ExprKind::StructType:
      return "struct{" + fields(static_cast<const StructTypeExpr*>(e)->fields, "; ") + "}";
    case ExprKind::FuncType: return "func" + signature(static_cast<const FuncType*>(e));
    case ExprKind::InterfaceType: {
      auto* it = static_cast<const InterfaceTypeExpr*>(e);
      std::string s = "interface{";
      for (size_t i = 0; i < it->methods->list.size(); i++) {
        const FieldDecl* f = it->methods->list[i];
        if (i) s += "; ";
        if (f->names.empty()) s += dump(f->typeExpr);
        else s += f->names[0]->name + signature(static_cast<const FuncType*>(f->typeExpr));
      }
      return s + "}";
    }
    case ExprKind::MapType: {
      auto* m = static_cast<const MapTypeExpr*>(e);
      return "map[" + dump(m->key) + "]" + dump(m->value);
    }
    case ExprKind::ChanType: {
      auto* c = static_cast<const ChanTypeExpr*>(e);
      const char* d = c->dir == ChanTypeExpr::Dir::Send ? "chan<- "
                      : c->dir == ChanTypeExpr::Dir::Recv ? "<-chan "
                                                          : "chan ";
      return d + dump(c->value);
    }
    case ExprKind::Ellipsis: return "..." + dump(static_cast<const EllipsisExpr*>(e)->elem);
  }
  return "?";
}

}  // namespace

static std::string genDecl(const GenDecl* g, int indent) {
  std::string s;
  for (auto* i : g->imports)
    s += pad(indent) + "import " + (i->name ? i->name->name + " " : "") + "\"" + i->path + "\"\n";
  for (auto* v : g->values) {
    s += pad(indent) + tokText(g->tok) + " " + names(v->names);
    if (v->typeExpr) s += " " + dump(v->typeExpr);
    if (!v->values.empty()) s += " = " + list(v->values);
    if (g->tok == Tok::Const) s += " /*iota " + std::to_string(v->iota) + (v->implicit ? " implicit*/" : "*/");
    s += "\n";
  }
  for (auto* t : g->types)
    s += pad(indent) + "type " + t->name->name + (t->alias ? " = " : " ") + dump(t->typeExpr) + "\n";
  return s;
}

namespace {

std::string stmtBody(const Stmt* st, int indent) {
  std::string p = pad(indent);
  if (!st) return p + "<nil>\n";
  switch (st->kind) {
    case StmtKind::Bad: return p + "<bad>\n";
    case StmtKind::Decl: return genDecl(static_cast<const DeclStmt*>(st)->decl, indent);
    case StmtKind::Empty: return p + "empty\n";
    case StmtKind::Labeled: {
      auto* l = static_cast<const LabeledStmt*>(st);
      return p + l->label->name + ":\n" + dump(l->stmt, indent);
    }
    case StmtKind::Expr: return p + dump(static_cast<const ExprStmt*>(st)->x) + "\n";
    case StmtKind::Send: {
      auto* s = static_cast<const SendStmt*>(st);
      return p + dump(s->chan) + " <- " + dump(s->value) + "\n";
    }
    case StmtKind::IncDec: {
      auto* s = static_cast<const IncDecStmt*>(st);
      return p + dump(s->x) + tokText(s->tok) + "\n";
    }
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(st);
      return p + list(a->lhs) + " " + tokText(a->tok) + " " + list(a->rhs) + "\n";
    }
    case StmtKind::Go: return p + "go " + dump(static_cast<const GoStmt*>(st)->call) + "\n";
    case StmtKind::Defer: return p + "defer " + dump(static_cast<const DeferStmt*>(st)->call) + "\n";
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(st);
      return p + "return" + (r->results.empty() ? "" : " " + list(r->results)) + "\n";
    }
    case StmtKind::Branch: {
      auto* b = static_cast<const BranchStmt*>(st);
      return p + tokText(b->tok) + (b->label ? " " + b->label->name : "") + "\n";
    }
    case StmtKind::Block: {
      auto* b = static_cast<const BlockStmt*>(st);
      return p + "{\n" + body(b->list, indent + 1) + p + "}\n";
    }
    case StmtKind::If: {
      auto* s = static_cast<const IfStmt*>(st);
      std::string r = p + "if " + (s->init ? simple(s->init) + "; " : "") + dump(s->cond) + " {\n" +
                      body(s->body->list, indent + 1) + p + "}";
      if (s->els) {
        std::string e = dump(s->els, indent);
        r += " else " + e.substr(p.size());
        return r;
      }
      return r + "\n";
    }
    case StmtKind::CaseClause: {
      auto* c = static_cast<const CaseClause*>(st);
      return p + (c->isDefault ? "default" : "case " + list(c->list)) + ":\n" + body(c->body, indent + 1);
    }
    case StmtKind::Switch: {
      auto* s = static_cast<const SwitchStmt*>(st);
      return p + "switch " + (s->init ? simple(s->init) + "; " : "") + (s->tag ? dump(s->tag) + " " : "") +
             "{\n" + body(s->body->list, indent) + p + "}\n";
    }
    case StmtKind::TypeSwitch: {
      auto* s = static_cast<const TypeSwitchStmt*>(st);
      return p + "typeswitch " + (s->init ? simple(s->init) + "; " : "") +
             (s->binding ? s->binding->name + " := " : "") + dump(s->x) + ".(type) {\n" +
             body(s->body->list, indent) + p + "}\n";
    }
    case StmtKind::CommClause: {
      auto* c = static_cast<const CommClause*>(st);
      return p + (c->comm ? "case " + simple(c->comm) : "default") + ":\n" + body(c->body, indent + 1);
    }
    case StmtKind::Select: {
      auto* s = static_cast<const SelectStmt*>(st);
      return p + "select {\n" + body(s->body->list, indent) + p + "}\n";
    }
    case StmtKind::For: {
      auto* s = static_cast<const ForStmt*>(st);
      return p + "for " + simple(s->init) + "; " + (s->cond ? dump(s->cond) : "") + "; " + simple(s->post) +
             " {\n" + body(s->body->list, indent + 1) + p + "}\n";
    }
    case StmtKind::Range: {
      auto* s = static_cast<const RangeStmt*>(st);
      std::string lhs;
      if (s->key) lhs = dump(s->key) + (s->value ? ", " + dump(s->value) : "") + " " + tokText(s->tok) + " ";
      return p + "for " + lhs + "range " + dump(s->x) + " {\n" + body(s->body->list, indent + 1) + p + "}\n";
    }
  }
  return p + "?\n";
}

}  // namespace

std::string dump(const File* f) {
  std::string s = "package " + f->pkgName + "\n";
  for (auto* g : f->imports) s += genDecl(g, 0);
  for (auto& d : f->decls) {
    if (d.gen) {
      s += genDecl(d.gen, 0);
      continue;
    }
    const FuncDecl* fd = d.func;
    s += "func ";
    if (fd->recv) s += "(" + fields(fd->recv, ", ") + ") ";
    s += fd->name->name + signature(fd->sig);
    if (fd->body) s += " {\n" + body(fd->body->list, 1) + "}";
    s += "\n";
  }
  return s;
}

}  // namespace goro::ast
