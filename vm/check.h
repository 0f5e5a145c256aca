// vm/check.h — the type checker's entry point.
//
// checkProgram type-checks package main and, through the importer, every
// package it imports (recursively, each once), following the Go spec and
// go/types (cmd/compile/internal/types2): it resolves every identifier to an
// Object (vm/object.h), computes every expression's type, mode and constant
// value, and fills the "checker:" annotations of grammar/ast.h that the
// compiler reads. Diagnostics use gc's (Go 1.19) wording and positions.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "grammar/ast.h"
#include "vm/object.h"

namespace goro {

// Supplies the Go source files of a standard-library package (embedded at
// build time). Returns false if there is no such package.
using Importer = std::function<bool(const std::string& importPath, std::vector<ast::File*>& files,
                                    std::vector<ast::Diag>& errs)>;

struct CheckedProgram {
  std::vector<Package*> packages;  // dependency order; "runtime" first if loaded, main last
  Package* main = nullptr;
};

// Type-checks `mainFile` (package main) and every imported package. Always also
// loads package "runtime" (implicitly imported; it defines the runtime error
// type) if the importer has it. On errors appends gc-style diagnostics to errs
// (sorted by position, at most 10 then "too many errors" like gc) and returns
// false. errs may hold errors on entry (the scanner's, for a file gc still
// type-checks: parseFile's keepOnScannerErrors): they are reported with the
// checker's, sorted and counted together, and the result is false. Library
// functions the program cannot call are only declared (vm/check_live.cpp)
// unless wholeLibrary is set (tests check all of them).
bool checkProgram(ast::File* mainFile, const Importer& importer, CheckedProgram& out,
                  std::vector<ast::Diag>& errs, bool wholeLibrary = false);

// The universe scope (predeclared types, constants, nil, built-in functions).
Scope* universe();

// The name of a built-in function ("len") by id.
const char* builtinName(Builtin b);

}  // namespace goro
