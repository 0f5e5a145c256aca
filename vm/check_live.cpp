// vm/check_live.cpp — which library functions a program can reach.
//
// Why: a program that imports fmt would otherwise check, analyse and compile
// every function of fmt, os, io, strconv, ... (most of a hello-world's
// start-up). Before anything is checked, this pass finds the library
// functions nothing in the program can call and marks them `unreached`
// (grammar/ast.h): their signatures are still checked (method sets and
// interface satisfaction need them), their bodies are neither checked,
// escape-analysed nor compiled; the compiler gives them a body that stops the
// program with an internal error (vm/compile_func.cpp), which no test may
// ever see.
//
// The rule, by name (like Go's linker keeps methods by name): a name is live
// when it is spelled anywhere in package main, in any package-level var
// declaration of a loaded package (not in consts and types: an interface's
// method list calls nothing), in the body of a live
// function, or is one of the methods the runtime and natives call by name
// (Error, String, GoString: fmt's and panic's printing). A library function
// or method is live when its name is live; init functions and package runtime
// are always live. The rule over-approximates (every method called `Write`
// is kept once anything calls a `Write`) and never under-approximates: a call
// — direct, through an interface, a method value or expression, a function
// value — spells the callee's name in live code, except the by-name calls
// from C++, which are the roots above. A native that calls a Go method by
// name must add it to kCalledByName.
//
// Package initialisation order needs the functions a var initialiser reaches
// checked first (their bodies are dependencies): they are live, since the
// initialiser spells their names.
//
// Invariant: after markUnreached, every FuncDecl of a loaded library package
// with a body has unreached == false exactly when its name is live; the
// checker skips unreached bodies (checkPackage) and unused-import checks for
// library packages (an import may be used only by unreached code).
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "grammar/ast_serial.h"
#include "vm/check_internal.h"

namespace goro::chk {

namespace {
const char* const kCalledByName[] = {"Error", "String", "GoString"};
}

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
  if (mainFile) ast::namesInFile(*mainFile, names);
  for (const char* n : kCalledByName) names.push_back(n);
  std::unordered_map<std::string_view, std::vector<ast::FuncDecl*>> byName;
  for (auto& [path, pre] : preloaded_)
    for (ast::File* f : pre.first) {
      for (ast::GenDecl* gd : f->genDecls)
        if (gd->tok == Tok::Var) ast::namesInGenDecl(*gd, names);  // (consts and types call nothing)
      for (ast::FuncDecl* fd : f->funcs) {
        if (!fd->hasBody() || !fd->name) continue;
        if (path == "runtime" || (!fd->recv && fd->name->name == "init")) {
          ast::namesInFuncBody(*fd, names);
        } else {
          fd->unreached = true;
          byName[fd->name->name].push_back(fd);
        }
      }
    }
  addNames();
  while (!fresh.empty()) {
    std::string_view n = fresh.back();
    fresh.pop_back();
    auto it = byName.find(n);
    if (it == byName.end()) continue;
    for (ast::FuncDecl* fd : it->second) {
      fd->unreached = false;
      ast::namesInFuncBody(*fd, names);
    }
    byName.erase(it);
    addNames();
  }
}

}  // namespace goro::chk
