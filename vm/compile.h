// vm/compile.h — escape analysis + bytecode generation: CheckedProgram → Program.
//
// compileProgram runs escape analysis (vm/escape.cpp) over every package, lays
// out the package-level variables in Program::globals, compiles every function,
// method and function literal to a FuncProto (vm/compile_*.cpp), binds
// body-less declarations to natives (vm/native.h), fills the method tables of
// named types (Type::methods[i].fn) and builds the entry function "goro.entry":
// for each package in dependency order it evaluates the package's variable
// initializers and calls its init functions, then calls main.main and returns.
#pragma once
#include <vector>

#include "grammar/ast.h"
#include "vm/func.h"

namespace goro {

struct CheckedProgram;  // vm/check.h

// Returns false (with diagnostics in errs) only for constructs the compiler
// cannot translate; a program the checker accepted normally compiles.
bool compileProgram(const CheckedProgram& cp, Program& prog, std::vector<ast::Diag>& errs);

}  // namespace goro
