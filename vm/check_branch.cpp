// vm/check_branch.cpp — labels and branch statements (gc checks them while
// parsing: cmd/compile/internal/syntax/branches.go). Misplaced break/continue/
// fallthrough, undefined/unused/duplicate labels, gotos jumping over variable
// declarations or into blocks. Sets BranchStmt::target and label objects.
#include <functional>

#include "vm/check_internal.h"

namespace goro::chk {

using EK = ast::ExprKind;
using SK = ast::StmtKind;

namespace {

struct Block {
  Block* parent;
  Pos start;
  ast::LabeledStmt* lstmt;
};

struct Label {
  Block* parent;
  ast::LabeledStmt* lstmt;
  bool used;
  Object* obj;
};

struct Targets {
  ast::Stmt* breaks = nullptr;     // For, Range, Switch, TypeSwitch, Select
  ast::Stmt* continues = nullptr;  // For, Range
  int caseIndex = -1;
  int caseCount = 0;
};

// Visits the function literals of an expression (not those nested in them).
void funcLitsInExpr(ast::Expr* e, const std::function<void(ast::FuncLit*)>& f);
void funcLitsInStmt(ast::Stmt* s, const std::function<void(ast::FuncLit*)>& f);

void funcLitsInExpr(ast::Expr* e, const std::function<void(ast::FuncLit*)>& f) {
  if (!e) return;
  switch (e->kind) {
    case EK::FuncLit: f(static_cast<ast::FuncLit*>(e)); return;
    case EK::CompositeLit: {
      auto* c = static_cast<ast::CompositeLit*>(e);
      funcLitsInExpr(c->typeExpr, f);
      for (auto* x : c->elts) funcLitsInExpr(x, f);
      return;
    }
    case EK::Paren: funcLitsInExpr(static_cast<ast::ParenExpr*>(e)->x, f); return;
    case EK::Selector: funcLitsInExpr(static_cast<ast::SelectorExpr*>(e)->x, f); return;
    case EK::Index: {
      auto* x = static_cast<ast::IndexExpr*>(e);
      funcLitsInExpr(x->x, f);
      funcLitsInExpr(x->index, f);
      return;
    }
    case EK::Slice: {
      auto* x = static_cast<ast::SliceExpr*>(e);
      funcLitsInExpr(x->x, f);
      funcLitsInExpr(x->lo, f);
      funcLitsInExpr(x->hi, f);
      funcLitsInExpr(x->max, f);
      return;
    }
    case EK::TypeAssert: funcLitsInExpr(static_cast<ast::TypeAssertExpr*>(e)->x, f); return;
    case EK::Call: {
      auto* x = static_cast<ast::CallExpr*>(e);
      funcLitsInExpr(x->fun, f);
      for (auto* a : x->args) funcLitsInExpr(a, f);
      return;
    }
    case EK::Star: funcLitsInExpr(static_cast<ast::StarExpr*>(e)->x, f); return;
    case EK::Unary: funcLitsInExpr(static_cast<ast::UnaryExpr*>(e)->x, f); return;
    case EK::Binary: {
      auto* x = static_cast<ast::BinaryExpr*>(e);
      funcLitsInExpr(x->x, f);
      funcLitsInExpr(x->y, f);
      return;
    }
    case EK::KeyValue: {
      auto* x = static_cast<ast::KeyValueExpr*>(e);
      funcLitsInExpr(x->key, f);
      funcLitsInExpr(x->value, f);
      return;
    }
    case EK::ArrayType: {
      auto* x = static_cast<ast::ArrayTypeExpr*>(e);
      funcLitsInExpr(x->len, f);
      return;
    }
    default:
      return;
  }
}

void funcLitsInStmts(const std::vector<ast::Stmt*>& l, const std::function<void(ast::FuncLit*)>& f) {
  for (auto* s : l) funcLitsInStmt(s, f);
}

void funcLitsInStmt(ast::Stmt* s, const std::function<void(ast::FuncLit*)>& f) {
  if (!s) return;
  switch (s->kind) {
    case SK::Decl: {
      auto* g = static_cast<ast::DeclStmt*>(s)->decl;
      if (!g) return;
      for (auto* v : g->values)
        for (auto* e : v->values) funcLitsInExpr(e, f);
      return;
    }
    case SK::Labeled: funcLitsInStmt(static_cast<ast::LabeledStmt*>(s)->stmt, f); return;
    case SK::Expr: funcLitsInExpr(static_cast<ast::ExprStmt*>(s)->x, f); return;
    case SK::Send: {
      auto* x = static_cast<ast::SendStmt*>(s);
      funcLitsInExpr(x->chan, f);
      funcLitsInExpr(x->value, f);
      return;
    }
    case SK::IncDec: funcLitsInExpr(static_cast<ast::IncDecStmt*>(s)->x, f); return;
    case SK::Assign: {
      auto* x = static_cast<ast::AssignStmt*>(s);
      for (auto* e : x->lhs) funcLitsInExpr(e, f);
      for (auto* e : x->rhs) funcLitsInExpr(e, f);
      return;
    }
    case SK::Go: funcLitsInExpr(static_cast<ast::GoStmt*>(s)->call, f); return;
    case SK::Defer: funcLitsInExpr(static_cast<ast::DeferStmt*>(s)->call, f); return;
    case SK::Return: for (auto* e : static_cast<ast::ReturnStmt*>(s)->results) funcLitsInExpr(e, f); return;
    case SK::Block: funcLitsInStmts(static_cast<ast::BlockStmt*>(s)->list, f); return;
    case SK::If: {
      auto* x = static_cast<ast::IfStmt*>(s);
      funcLitsInStmt(x->init, f);
      funcLitsInExpr(x->cond, f);
      funcLitsInStmt(x->body, f);
      funcLitsInStmt(x->els, f);
      return;
    }
    case SK::CaseClause: {
      auto* x = static_cast<ast::CaseClause*>(s);
      for (auto* e : x->list) funcLitsInExpr(e, f);
      funcLitsInStmts(x->body, f);
      return;
    }
    case SK::Switch: {
      auto* x = static_cast<ast::SwitchStmt*>(s);
      funcLitsInStmt(x->init, f);
      funcLitsInExpr(x->tag, f);
      funcLitsInStmt(x->body, f);
      return;
    }
    case SK::TypeSwitch: {
      auto* x = static_cast<ast::TypeSwitchStmt*>(s);
      funcLitsInStmt(x->init, f);
      funcLitsInExpr(x->x, f);
      funcLitsInStmt(x->body, f);
      return;
    }
    case SK::CommClause: {
      auto* x = static_cast<ast::CommClause*>(s);
      funcLitsInStmt(x->comm, f);
      funcLitsInStmts(x->body, f);
      return;
    }
    case SK::Select: funcLitsInStmt(static_cast<ast::SelectStmt*>(s)->body, f); return;
    case SK::For: {
      auto* x = static_cast<ast::ForStmt*>(s);
      funcLitsInStmt(x->init, f);
      funcLitsInExpr(x->cond, f);
      funcLitsInStmt(x->post, f);
      funcLitsInStmt(x->body, f);
      return;
    }
    case SK::Range: {
      auto* x = static_cast<ast::RangeStmt*>(s);
      funcLitsInExpr(x->x, f);
      funcLitsInStmt(x->body, f);
      return;
    }
    default:
      return;
  }
}

struct BranchChecker {
  Checker& c;
  bool ok = true;
  std::map<std::string, Label*> labels;
  std::vector<Label*> order;

  void err(Pos p, const std::string& msg) {
    ok = false;
    c.error(p, msg);
  }

  Label* declare(Block* b, ast::LabeledStmt* s) {
    const std::string& name = s->label->name;
    auto it = labels.find(name);
    if (it != labels.end()) {
      err(s->label->pos, "label " + name + " already defined at " + c.posString(it->second->lstmt->label->pos));
      return it->second;
    }
    Object* o = new Object;
    o->kind = ObjKind::Label;
    o->name = name;
    o->pos = s->label->pos;
    o->labelStmt = s;
    s->label->obj = o;
    Label* l = new Label{b, s, false, o};
    labels[name] = l;
    order.push_back(l);
    return l;
  }

  ast::LabeledStmt* gotoTarget(Block* b, const std::string& name) {
    auto it = labels.find(name);
    if (it == labels.end()) return nullptr;
    Label* l = it->second;
    l->used = true;
    for (; b; b = b->parent)
      if (l->parent == b) return l->lstmt;
    return nullptr;
  }

  // nullptr: not defined; &invalid: defined but not enclosing
  ast::LabeledStmt* enclosingTarget(Block* b, const std::string& name, bool* defined) {
    auto it = labels.find(name);
    *defined = it != labels.end();
    if (!*defined) return nullptr;
    Label* l = it->second;
    l->used = true;
    for (; b; b = b->parent)
      if (l->lstmt == b->lstmt) return l->lstmt;
    return nullptr;
  }

  std::vector<ast::BranchStmt*> blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt, Pos start,
                                              const std::vector<ast::Stmt*>& body) {
    Block* b = new Block{parent, start, lstmt};
    Pos varPos;
    std::string varName;
    std::vector<ast::BranchStmt*> fwdGotos, badGotos;
    auto recordVarDecl = [&](Pos p, const std::string& name) {
      varPos = p;
      varName = name;
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](ast::BranchStmt* fwd) {
      if (varPos.line == 0) return false;
      for (auto* bad : badGotos)
        if (bad == fwd) return true;
      return false;
    };
    auto innerBlock = [&](Targets t, Pos st, const std::vector<ast::Stmt*>& list) {
      auto inner = blockBranches(b, t, lstmt, st, list);
      fwdGotos.insert(fwdGotos.end(), inner.begin(), inner.end());
    };
    size_t n = body.size();
    while (n > 0 && body[n - 1]->kind == SK::Empty) n--;
    for (size_t idx = 0; idx < n; idx++) {
      ast::Stmt* s = body[idx];
      lstmt = nullptr;
      while (s && s->kind == SK::Labeled) {
        auto* ls = static_cast<ast::LabeledStmt*>(s);
        if (ls->label->name != "_") {
          Label* l = declare(b, ls);
          std::vector<ast::BranchStmt*> keep;
          for (auto* fwd : fwdGotos) {
            if (fwd->label->name == ls->label->name) {
              fwd->target = ls;
              fwd->label->obj = l->obj;
              l->used = true;
              if (jumpsOverVarDecl(fwd))
                err(fwd->label->pos, "goto " + ls->label->name + " jumps over declaration of " + varName + " at " +
                                         c.posString(varPos));
            } else {
              keep.push_back(fwd);
            }
          }
          fwdGotos = keep;
          lstmt = ls;
        }
        s = ls->stmt;
      }
      if (!s) continue;
      switch (s->kind) {
        case SK::Decl: {
          auto* g = static_cast<ast::DeclStmt*>(s)->decl;
          if (g && g->tok == Tok::Var && !g->values.empty() && !g->values[0]->names.empty())
            recordVarDecl(g->values[0]->names[0]->pos, g->values[0]->names[0]->name);
          break;
        }
        case SK::Branch: {
          auto* bs = static_cast<ast::BranchStmt*>(s);
          if (!bs->label) {
            switch (bs->tok) {
              case Tok::Break:
                if (ctxt.breaks) bs->target = ctxt.breaks;
                else err(bs->pos, "break is not in a loop, switch, or select");
                break;
              case Tok::Continue:
                if (ctxt.continues) bs->target = ctxt.continues;
                else err(bs->pos, "continue is not in a loop");
                break;
              case Tok::Fallthrough: {
                std::string msg = "fallthrough statement out of place";
                ast::Stmt* t = ctxt.breaks;
                if (t && (t->kind == SK::Switch || t->kind == SK::TypeSwitch)) {
                  if (t->kind == SK::TypeSwitch) msg = "cannot fallthrough in type switch";
                  else if (ctxt.caseIndex < 0 || idx + 1 < n) {
                  } else if (ctxt.caseIndex + 1 == ctxt.caseCount) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    bs->target = t;
                    msg.clear();
                  }
                }
                if (!msg.empty()) err(bs->pos, msg);
                break;
              }
              default:
                break;
            }
            break;
          }
          const std::string& name = bs->label->name;
          switch (bs->tok) {
            case Tok::Break: {
              bool defined;
              ast::LabeledStmt* t = enclosingTarget(b, name, &defined);
              if (defined) bs->label->obj = labels[name]->obj;
              if (t) {
                SK k = t->stmt ? t->stmt->kind : SK::Bad;
                if (k == SK::Switch || k == SK::TypeSwitch || k == SK::Select || k == SK::For || k == SK::Range)
                  bs->target = t->stmt;
                else
                  err(bs->label->pos, "invalid break label " + name);
              } else if (defined) {
                err(bs->label->pos, "invalid break label " + name);
              } else {
                err(bs->label->pos, "break label not defined: " + name);
              }
              break;
            }
            case Tok::Continue: {
              bool defined;
              ast::LabeledStmt* t = enclosingTarget(b, name, &defined);
              if (defined) bs->label->obj = labels[name]->obj;
              if (t) {
                SK k = t->stmt ? t->stmt->kind : SK::Bad;
                if (k == SK::For || k == SK::Range) bs->target = t->stmt;
                else err(bs->label->pos, "invalid continue label " + name);
              } else if (defined) {
                err(bs->label->pos, "invalid continue label " + name);
              } else {
                err(bs->label->pos, "continue label not defined: " + name);
              }
              break;
            }
            case Tok::Goto:
              if (ast::LabeledStmt* t = gotoTarget(b, name)) {
                bs->target = t;
                bs->label->obj = labels[name]->obj;
              } else {
                fwdGotos.push_back(bs);
              }
              break;
            default:
              break;
          }
          break;
        }
        case SK::Assign: {
          auto* as = static_cast<ast::AssignStmt*>(s);
          if (as->tok == Tok::Define) {
            std::string names;
            for (size_t i = 0; i < as->lhs.size(); i++) {
              if (i) names += ", ";
              names += c.exprStr(as->lhs[i]);
            }
            Pos p = as->pos;
            if (!as->lhs.empty() && as->lhs.back()->kind == EK::Ident) {
              p = as->lhs.back()->pos;
              p.col += int(static_cast<ast::Ident*>(as->lhs.back())->name.size()) + 1;
            }
            recordVarDecl(p, names);
          }
          break;
        }
        case SK::Block: {
          auto* bl = static_cast<ast::BlockStmt*>(s);
          innerBlock(Targets{ctxt.breaks, ctxt.continues, -1, 0}, bl->pos, bl->list);
          break;
        }
        case SK::If: {
          auto* is = static_cast<ast::IfStmt*>(s);
          Targets t{ctxt.breaks, ctxt.continues, -1, 0};
          innerBlock(t, is->body->pos, is->body->list);
          if (is->els) innerBlock(t, is->els->pos, {is->els});
          break;
        }
        case SK::For: {
          auto* fs = static_cast<ast::ForStmt*>(s);
          innerBlock(Targets{s, s, -1, 0}, fs->body->pos, fs->body->list);
          break;
        }
        case SK::Range: {
          auto* rs = static_cast<ast::RangeStmt*>(s);
          innerBlock(Targets{s, s, -1, 0}, rs->body->pos, rs->body->list);
          break;
        }
        case SK::Switch: case SK::TypeSwitch: {
          ast::BlockStmt* bd = s->kind == SK::Switch ? static_cast<ast::SwitchStmt*>(s)->body
                                                     : static_cast<ast::TypeSwitchStmt*>(s)->body;
          int count = 0;
          for (auto* cs : bd->list)
            if (cs->kind == SK::CaseClause) count++;
          int i = 0;
          for (auto* cs : bd->list) {
            if (cs->kind != SK::CaseClause) continue;
            auto* cc = static_cast<ast::CaseClause*>(cs);
            innerBlock(Targets{s, ctxt.continues, i, count}, cc->pos, cc->body);
            i++;
          }
          break;
        }
        case SK::Select: {
          auto* ss = static_cast<ast::SelectStmt*>(s);
          for (auto* cs : ss->body->list) {
            if (cs->kind != SK::CommClause) continue;
            auto* cc = static_cast<ast::CommClause*>(cs);
            innerBlock(Targets{s, ctxt.continues, -1, 0}, cc->pos, cc->body);
          }
          break;
        }
        default:
          break;
      }
    }
    return fwdGotos;
  }

  void run(ast::BlockStmt* body) {
    auto fwd = blockBranches(nullptr, Targets{}, nullptr, body->pos, body->list);
    for (auto* g : fwd) {
      const std::string& name = g->label->name;
      auto it = labels.find(name);
      if (it != labels.end()) {
        it->second->used = true;
        g->label->obj = it->second->obj;
        err(g->label->pos, "goto " + name + " jumps into block starting at " + c.posString(it->second->parent->start));
      } else {
        err(g->label->pos, "label " + name + " not defined");
      }
    }
    for (Label* l : order)
      if (!l->used) err(l->lstmt->label->pos, "label " + l->lstmt->label->name + " defined and not used");
  }
};

}  // namespace

bool Checker::checkBranches(ast::BlockStmt* body) {
  BranchChecker bc{*this, true, {}, {}};
  bc.run(body);
  bool ok = bc.ok;
  // function literals have their own labels
  std::vector<ast::FuncLit*> lits;
  funcLitsInStmts(body->list, [&](ast::FuncLit* l) { lits.push_back(l); });
  for (ast::FuncLit* l : lits)
    if (l->body && !checkBranches(l->body)) ok = false;
  return ok;
}

bool Checker::checkBranchesInExpr(ast::Expr* e) {
  std::vector<ast::FuncLit*> lits;
  funcLitsInExpr(e, [&](ast::FuncLit* l) { lits.push_back(l); });
  bool ok = true;
  for (ast::FuncLit* l : lits)
    if (l->body && !checkBranches(l->body)) ok = false;
  return ok;
}

}  // namespace goro::chk
