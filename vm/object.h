// vm/object.h — what names denote: objects, scopes, packages, built-ins.
//
// The checker (vm/check*.cpp) creates one Object per declared entity and points
// every ast::Ident at its Object; escape analysis (vm/escape.cpp) and the
// compiler (vm/compile*.cpp) read and annotate Var objects.
//
// Universe scope: the predeclared types (bool, int…, string, error, any, byte,
// rune), constants (true, false, iota), nil, and the built-in functions.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "grammar/ast.h"
#include "runtime/type.h"

namespace goro {

struct Package;

enum class ObjKind : uint8_t { Var, Const, TypeName, Func, Package, Builtin, Label, Nil };

// Built-in functions (CallExpr::builtinId).
enum class Builtin : int {
  Append, Cap, Close, Complex, Copy, Delete, Imag, Len, Make, Max, Min, New,
  Panic, Print, Println, Real, Recover,
  Count
};

struct Object {
  ObjKind kind = ObjKind::Var;
  std::string name;
  ast::Pos pos;
  Type* type = nullptr;
  Package* pkg = nullptr;          // declaring package (null for universe)

  // Const
  ast::ConstValue value;

  // Var
  bool isGlobal = false;           // package-level variable
  bool isParam = false;            // function parameter (or receiver)
  bool isResult = false;           // named (or unnamed) result
  bool used = false;               // checker: for "declared but not used"
  ast::Expr* typeSyntax = nullptr; // checker: the declaration's type expression, if it has one
                                   // (messages spell the type as written: byte or uint8);
                                   // an interface method's: its FuncType
  ast::FuncLit* declFuncLit = nullptr;   // innermost function literal declaring it (null: top-level func)
  ast::FuncDecl* declFunc = nullptr;     // top-level function declaring it
  // escape analysis:
  bool addressed = false;          // &v taken, or v sliced (array), or method with ptr receiver called on v
  bool captured = false;           // used by a function literal other than its declaring one
  bool escapes = false;            // must live in the heap (boxed): compiler allocates it with new
  // compiler:
  int slot = -1;                   // frame slot (or closure capture index / global index)

  // Func (top-level function or method)
  ast::FuncDecl* decl = nullptr;
  Type* recvType = nullptr;        // methods: the receiver's type (T or *T)
  bool native = false;             // declared without a body: bound to a C++ native
  FuncProto* proto = nullptr;      // compiler: compiled code

  // Package name (import)
  Package* imported = nullptr;
  ast::ImportSpec* importSpec = nullptr;

  // Builtin
  Builtin builtin = Builtin::Count;

  // Label
  ast::LabeledStmt* labelStmt = nullptr;
};

struct Scope {
  Scope* parent = nullptr;
  std::map<std::string, Object*> names;
  bool isFuncScope = false;
  Object* lookupLocal(const std::string& n) const {
    auto it = names.find(n);
    return it == names.end() ? nullptr : it->second;
  }
  Object* lookup(const std::string& n) const {
    for (const Scope* s = this; s; s = s->parent)
      if (Object* o = s->lookupLocal(n)) return o;
    return nullptr;
  }
};

struct Package {
  std::string path;                // "main", "fmt", "unicode/utf8"
  std::string name;                // "main", "fmt", "utf8"
  std::vector<ast::File*> files;
  Scope* scope = nullptr;          // package block
  // Package-level variables in initialization order (Go spec: Package
  // initialization), with the expressions that initialize them.
  struct VarInit {
    std::vector<Object*> lhs;
    ast::Expr* rhs = nullptr;      // one multi-value rhs, or one per lhs (lhs.size()==1)
  };
  std::vector<VarInit> varInits;
  std::vector<Object*> globals;       // checker: every package-level variable, in declaration order
  std::vector<ast::FuncDecl*> inits;  // init() functions in order
  std::vector<Object*> funcs;         // all functions and methods (incl. natives)
  bool checked = false;
};

}  // namespace goro
