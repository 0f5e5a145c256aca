// tests/unit/compile_test_util.h — helpers shared by the compiler, checker,
// escape, shape and preemption tests: parse + check + compile a Go snippet, find its functions,
// variables and instructions.
#pragma once
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include <gc/gc.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>

#include "grammar/ast.h"
#include "runtime/g.h"
#include "stdlib/embed.h"
#include "vm/check.h"
#include "vm/compile.h"
#include "vm/func.h"
#include "vm/interp.h"
#include "vm/object.h"

namespace goro::testutil {

struct Compiled {
  CheckedProgram cp;
  Program* prog = nullptr;
  std::vector<ast::Diag> errs;
  std::string errText() const {
    std::string s;
    for (auto& d : errs) s += d.file + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg + "\n";
    return s;
  }
};

inline Compiled compileSource(const std::string& src, bool compile = true) {
  Compiled c;
  ast::File* f = parseFile("t.go", src, c.errs);
  if (!f) return c;
  if (!checkProgram(f, stdlibFiles, c.cp, c.errs)) return c;
  if (!compile) return c;
  c.prog = new Program();
  c.prog->mainFile = "t.go";
  if (!compileProgram(c.cp, *c.prog, c.errs)) c.prog = nullptr;
  return c;
}

// compileSource that must succeed (the test stops with the errors otherwise).
inline Compiled mustCompile(const std::string& src) {
  Compiled c = compileSource(src);
  REQUIRE_MESSAGE(c.prog, c.errText());
  return c;
}

inline ast::FuncDecl* findFunc(const CheckedProgram& cp, const std::string& name) {
  if (!cp.main) return nullptr;
  for (ast::File* f : cp.main->files)
    for (ast::FuncDecl* fd : f->funcs)
      if (fd->name && fd->name->name == name) return fd;
  return nullptr;
}

inline const FuncProto* findProto(const Program* p, const std::string& name) {
  if (!p) return nullptr;
  for (const FuncProto* f : p->funcs)
    if (f->name == name) return f;
  return nullptr;
}

// Every identifier object named `name` declared in the statements of fd
// (definitions, var declarations, range variables, parameters).
inline Object* findVar(ast::FuncDecl* fd, const std::string& name) {
  Object* found = nullptr;
  std::function<void(ast::Stmt*)> st;
  auto ident = [&](ast::Expr* e) {
    if (e && e->kind == ast::ExprKind::Ident) {
      auto* id = static_cast<ast::Ident*>(e);
      if (id->name == name && id->obj && id->obj->kind == ObjKind::Var && !found) found = id->obj;
    }
  };
  auto fields = [&](ast::FieldList* fl) {
    if (!fl) return;
    for (auto* f : fl->list)
      for (auto* id : f->names) ident(id);
  };
  st = [&](ast::Stmt* s) {
    if (!s || found) return;
    using K = ast::StmtKind;
    switch (s->kind) {
      case K::Decl: {
        auto* d = static_cast<ast::DeclStmt*>(s);
        if (d->decl)
          for (auto* vs : d->decl->values)
            for (auto* id : vs->names) ident(id);
        break;
      }
      case K::Assign: {
        auto* a = static_cast<ast::AssignStmt*>(s);
        if (a->tok == ast::Tok::Define)
          for (auto* l : a->lhs) ident(l);
        break;
      }
      case K::Labeled: st(static_cast<ast::LabeledStmt*>(s)->stmt); break;
      case K::Block:
        for (auto* x : static_cast<ast::BlockStmt*>(s)->list) st(x);
        break;
      case K::If: {
        auto* x = static_cast<ast::IfStmt*>(s);
        st(x->init);
        st(x->body);
        st(x->els);
        break;
      }
      case K::For: {
        auto* x = static_cast<ast::ForStmt*>(s);
        st(x->init);
        st(x->body);
        break;
      }
      case K::Range: {
        auto* x = static_cast<ast::RangeStmt*>(s);
        if (x->tok == ast::Tok::Define) {
          ident(x->key);
          ident(x->value);
        }
        st(x->body);
        break;
      }
      case K::Switch: {
        auto* x = static_cast<ast::SwitchStmt*>(s);
        st(x->init);
        st(x->body);
        break;
      }
      case K::CaseClause:
        for (auto* b : static_cast<ast::CaseClause*>(s)->body) st(b);
        break;
      default: break;
    }
  };
  fields(fd->recv);
  if (fd->sig) {
    fields(fd->sig->params);
    fields(fd->sig->results);
  }
  if (fd->body) st(fd->body);
  return found;
}

inline bool hasOp(const FuncProto* f, Op op) {
  if (!f) return false;
  for (const Instr& in : f->code)
    if (in.op == op) return true;
  return false;
}

inline int countOp(const FuncProto* f, Op op) {
  int n = 0;
  if (f)
    for (const Instr& in : f->code)
      if (in.op == op) n++;
  return n;
}

// Run a compiled program in a child process (a finished Go program exits
// its process: the scheduler's main M calls exit when main.main returns);
// returns its exit status and its stdout and stderr together.
// `stackStress`: move the goroutine stack at every call (runtime/g.h).
struct RunResult {
  int status = -1;
  std::string out;
};
inline RunResult runForked(Compiled& c, bool stackStress = false) {
  RunResult r;
  GC_INIT();
  GC_allow_register_threads();
  int fds[2];
  if (!c.prog || pipe(fds) != 0) return r;
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid < 0) return r;
  if (pid == 0) {
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    close(fds[0]);
    close(fds[1]);
    gStackStress = stackStress;
    int rc = runProgram(c.prog);
    std::fflush(nullptr);
    _exit(rc);
  }
  close(fds[1]);
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) r.out.append(buf, size_t(n));
  close(fds[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return r;
}

}  // namespace goro::testutil
