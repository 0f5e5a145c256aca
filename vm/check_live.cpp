// vm/check_live.cpp — which library functions a program can reach.
//
// Why: a program that imports fmt would otherwise check, analyse and compile
// every function of fmt, os, io, strconv, ... (most of a hello-world's
// start-up). Before anything is checked, this pass finds the library
// functions nothing in the program can call and marks them `unreached`
// (grammar/ast.h): their bodies are neither read from the embedded trees,
// checked, escape-analysed nor compiled. A method's signature is still
// checked (method sets and interface satisfaction need it) and the compiler
// gives it a body that stops the program with an internal error
// (vm/compile_func.cpp), which no test may ever see; a plain function gets
// nothing past its name (no signature, no code: nothing refers to it).
//
// The rule works on names (as Go's linker keeps methods by name). A name is
// live when it is spelled
//   - anywhere in package main, or in a package-level var declaration or an
//     init function of a loaded package (they run), or in package runtime;
//   - in the body or the signature of a live function;
//   - in the declaration of a package-level type whose name is live (a value
//     of a live type holds values of the types it is made of), or in the
//     const declaration of a live constant (its type: `time.Saturday` is a
//     Weekday; the whole group, as an iota constant takes its group's type);
//   - or it is a method or function the runtime and natives call by name
//     (Error, String, GoString: fmt's and panic's printing; fmt.callFormat,
//     which calls Formatters for fmt's engine).
// A library function is live when its name is live; a method, when its name
// and its receiver's type name both are. Types by name: a value of type T
// exists only where live code spells T (a literal, conversion, declaration,
// make/new, a signature it calls) or inside a value of a live type; natives
// create no values of Go-declared types (only package runtime's, all live).
// Calls by name: every call — direct, through an interface, a method value or
// expression, a function value — spells the callee's name in live code, but
// the calls C++ makes by name, which are the roots above. A native that calls
// a Go method by name must add it to kCalledByName.
//
// The rule over-approximates (a method `Write` of a live type is kept once
// anything calls a `Write`), never under-approximates. Package initialisation
// order needs the functions a var initialiser reaches checked first (their
// bodies are dependencies): the initialiser spells their names.
//
// Invariant: after markUnreached, a FuncDecl of a loaded library package
// (natives too) has unreached == false exactly when the rule makes it live; the
// checker skips unreached bodies (checkPackage) and unused-import checks for
// library packages (an import may be used only by unreached code).
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "grammar/ast_serial.h"
#include "vm/check_internal.h"

namespace goro::chk {

namespace {

const char* const kCalledByName[] = {"Error", "String", "GoString", "callFormat"};

// The type name of a method's receiver (`T` of `(t *T)`).
std::string_view recvTypeName(const ast::FuncDecl& fd) {
  if (!fd.recv || fd.recv->list.empty()) return {};
  ast::Expr* t = fd.recv->list[0]->typeExpr;
  for (;;) {
    if (!t) return {};
    if (t->kind == ast::ExprKind::Paren) t = static_cast<ast::ParenExpr*>(t)->x;
    else if (t->kind == ast::ExprKind::Star) t = static_cast<ast::StarExpr*>(t)->x;
    else break;
  }
  return t->kind == ast::ExprKind::Ident ? std::string_view(static_cast<ast::Ident*>(t)->name) : std::string_view();
}

void namesInFields(const ast::FieldList* fl, std::vector<std::string_view>& out) {
  if (!fl) return;
  for (const ast::FieldDecl* f : fl->list)
    if (f->typeExpr) ast::namesInExpr(*f->typeExpr, out);
}

}  // namespace

void Checker::markUnreached(ast::File* mainFile) {
  // every package the program imports, transitively, read once (loadPackage
  // takes them from preloaded_)
  std::vector<std::string> work;
  std::unordered_set<std::string> seen;
  auto addImports = [&](ast::File* f) {
    for (ast::GenDecl* gd : f->imports)
      for (ast::ImportSpec* is : gd->imports)
        if (is->path != "unsafe" && is->path != "C" && seen.insert(is->path).second) work.push_back(is->path);
  };
  for (auto& [path, pre] : preloaded_) {
    seen.insert(path);
    for (ast::File* f : pre.first) addImports(f);
  }
  if (mainFile) addImports(mainFile);
  while (!work.empty()) {
    std::string path = std::move(work.back());
    work.pop_back();
    std::vector<ast::File*> files;
    std::vector<ast::Diag> perrs;
    if (!importer_(path, files, perrs)) continue;  // loadPackage reports it
    for (ast::File* f : files) addImports(f);
    preloaded_[path] = {std::move(files), std::move(perrs)};
  }

  std::unordered_set<std::string_view> live;
  std::vector<std::string_view> names, fresh;
  auto addNames = [&]() {
    for (std::string_view n : names)
      if (live.insert(n).second) fresh.push_back(n);
    names.clear();
  };
  auto reach = [&](ast::FuncDecl* fd) {
    fd->unreached = false;
    namesInFields(fd->recv, names);
    if (fd->sig) {
      namesInFields(fd->sig->params, names);
      namesInFields(fd->sig->results, names);
    }
    ast::namesInFuncBody(*fd, names);
  };
  if (mainFile) ast::namesInFile(*mainFile, names);
  for (const char* n : kCalledByName) names.push_back(n);
  std::unordered_map<std::string_view, std::vector<ast::FuncDecl*>> byName;     // not yet live
  std::unordered_map<std::string_view, std::vector<ast::FuncDecl*>> byRecvType;  // live name, type not yet
  std::unordered_map<std::string_view, std::vector<ast::TypeSpec*>> typeDecls;
  std::unordered_map<std::string_view, std::vector<ast::GenDecl*>> constDecls;
  std::unordered_set<ast::GenDecl*> constsDone;
  for (auto& [path, pre] : preloaded_) {
    bool all = path == "runtime";
    for (ast::File* f : pre.first) {
      for (ast::GenDecl* gd : f->genDecls) {
        if (gd->tok == Tok::Var || all) ast::namesInGenDecl(*gd, names);
        if (gd->tok == Tok::Type)
          for (ast::TypeSpec* ts : gd->types)
            if (ts->name && ts->typeExpr) typeDecls[ts->name->name].push_back(ts);
        if (gd->tok == Tok::Const && !all)
          for (ast::ValueSpec* vs : gd->values)
            for (ast::Ident* id : vs->names)
              if (id) constDecls[id->name].push_back(gd);
      }
      for (ast::FuncDecl* fd : f->funcs) {
        if (!fd->name) continue;
        if (all || (!fd->recv && fd->name->name == "init")) {
          reach(fd);
        } else {
          fd->unreached = true;  // (natives too: reaching one adds its signature's names)
          byName[fd->name->name].push_back(fd);
        }
      }
    }
  }
  addNames();
  while (!fresh.empty()) {
    std::string_view n = fresh.back();
    fresh.pop_back();
    if (auto it = byName.find(n); it != byName.end()) {
      for (ast::FuncDecl* fd : it->second) {
        std::string_view t = recvTypeName(*fd);
        if (!fd->recv || live.count(t)) reach(fd);
        else byRecvType[t].push_back(fd);
      }
      byName.erase(it);
    }
    if (auto it = byRecvType.find(n); it != byRecvType.end()) {  // a type gone live: its methods called by now
      for (ast::FuncDecl* fd : it->second) reach(fd);
      byRecvType.erase(it);
    }
    if (auto it = typeDecls.find(n); it != typeDecls.end()) {
      for (ast::TypeSpec* ts : it->second) ast::namesInExpr(*ts->typeExpr, names);
      typeDecls.erase(it);
    }
    if (auto it = constDecls.find(n); it != constDecls.end()) {
      for (ast::GenDecl* gd : it->second)
        if (constsDone.insert(gd).second) ast::namesInGenDecl(*gd, names);
      constDecls.erase(it);
    }
    addNames();
  }
}

}  // namespace goro::chk
