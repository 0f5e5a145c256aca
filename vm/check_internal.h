// vm/check_internal.h — the type checker's internals, shared by vm/check*.cpp.
//
// The structure follows go/types (cmd/compile/internal/types2):
//   check.cpp          program driver, packages and imports, diagnostics,
//                      expression printing for messages
//   check_decl.cpp     package-level objects, const/var/type/func declarations,
//                      methods, initialization order, function bodies
//   check_typexpr.cpp  type expressions, signatures, identifiers
//   check_expr.cpp     operands, untyped conversion, unary/binary/shift/
//                      comparison, assignability of values, literals
//   check_index.cpp    index, slice, type assertion, composite literals
//   check_call.cpp     calls, conversions, selectors
//   check_builtin.cpp  built-in functions
//   check_stmt.cpp     statements, assignments, terminating statements
//   check_branch.cpp   labels and branch statements (gc checks them at parse
//                      time: their errors stop compilation before type checking)
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.h"
#include "vm/check.h"
#include "vm/constant.h"
#include "vm/object.h"
#include "vm/types.h"

namespace goro::chk {

using ast::Mode;
using ast::Pos;
using ast::Tok;

// An operand (go/types operand): the result of evaluating an expression.
struct Operand {
  Mode mode = Mode::Invalid;
  ast::Expr* expr = nullptr;
  Type* type = nullptr;
  ast::ConstValue val;
  int id = -1;  // Builtin, for mode Builtin
  bool invalid() const { return mode == Mode::Invalid; }
  bool isNil() const { return type == types::UntypedNil(); }
};

// Package-level declaration info.
struct DeclInfo {
  ast::File* file = nullptr;
  Scope* fileScope = nullptr;
  // const / var
  ast::ValueSpec* spec = nullptr;
  ast::Expr* typeExpr = nullptr;
  ast::Expr* init = nullptr;       // the initializer (var n:1 form: the one rhs)
  std::vector<Object*> lhs;        // var a, b = f(): every lhs (each shares this info)
  int iota = 0;
  bool inherited = false;          // const: init repeated from an earlier spec
  // type
  ast::TypeSpec* tspec = nullptr;
  // func
  ast::FuncDecl* fdecl = nullptr;
  // package-level Vars and Funcs referenced (for initialization order)
  std::vector<Object*> deps;
  std::set<Object*> depSet;
  int color = 0;                   // 0 unseen, 1 in progress, 2 done
  int order = 0;                   // source order
  void addDep(Object* o) {
    if (depSet.insert(o).second) deps.push_back(o);
  }
};

// The function being checked (a declaration or a literal).
struct FuncCtx {
  FuncCtx* outer = nullptr;
  ast::FuncDecl* decl = nullptr;   // top-level declaration (also set for literals in it)
  ast::FuncLit* lit = nullptr;     // this literal (null: the declaration itself)
  Type* sig = nullptr;
  std::vector<Object*> results;    // result variables
  bool namedResults = false;
  Scope* scope = nullptr;          // parameter scope
};

// Statement context (go/types stmtContext).
enum StmtFlags : unsigned {
  kBreakOk = 1,
  kContinueOk = 2,
  kFallthroughOk = 4,
  kFinalSwitchCase = 8,
  kInTypeSwitch = 16,
};

// A function's parameter scope and variables (declarations and literals).
struct FuncInfo {
  Scope* scope = nullptr;
  Object* recv = nullptr;
  std::vector<Object*> params;
  std::vector<Object*> results;
  bool namedResults = false;
  Type* sig = nullptr;
};

struct PendingDiag {
  std::string file;
  Pos pos;
  std::string msg;
  int seq = 0;
};

struct UntypedInfo {
  bool isLhs = false;  // lhs of a non-constant shift
  Mode mode = Mode::Invalid;
  Type* type = nullptr;
  ast::ConstValue val;
};

class Checker {
 public:
  Checker(const Importer& imp, std::vector<ast::Diag>& errs) : importer_(imp), out_(errs) {}
  bool run(ast::File* mainFile, CheckedProgram& out);

  // ---- program / packages (check.cpp)
  const Importer& importer_;
  // packages the importer already returned (runtime, probed at start-up)
  std::map<std::string, std::pair<std::vector<ast::File*>, std::vector<ast::Diag>>> preloaded_;
  std::vector<ast::Diag>& out_;
  std::map<std::string, Package*> pkgs_;
  std::set<std::string> loading_;
  std::vector<Package*> order_;
  std::vector<PendingDiag> diags_;
  int seq_ = 0;
  bool anyError_ = false;
  bool tooMany_ = false;
  bool missingMain_ = false;       // reported (like gc's linker) only without other errors
  Pos tooManyPos_;
  std::string tooManyFile_;

  bool wholeLibrary_ = false;      // check and compile unreached library functions too
  Package* loadPackage(const std::string& path, ast::File* from, ast::ImportSpec* spec);
  bool checkPackage(Package* p);
  void markUnreached(ast::File* mainFile);  // (check_live.cpp)
  bool unreachedFunc(const Object* o) const;
  void flushDiags();

  // ---- diagnostics
  std::string curFileName() const;
  void error(Pos pos, const std::string& msg, bool soft = false);
  void errorAt(const std::string& file, Pos pos, const std::string& msg);
  std::string posString(Pos p) const;  // "file:line:col" for continuation lines
  std::string typeStr(const Type* t) const { return tp_.str(t); }
  std::string operandStr(const Operand& x) const;
  std::string declaredSigStr(const Operand& x) const;  // a function value's type with its declaration's names
  std::string sigWithNames(const ast::FuncType* ft, const Type* f) const;
  const ast::Expr* declaredTypeSyntax(const ast::Expr* e) const;
  std::string typeStrAs(const Type* t, const ast::Expr* spelled) const;  // t as the type expression spells it
  // assignment(): where the target type's syntax is, for its spelling in
  // messages: a var declaration's type (targetSpelling_), or the parameter an
  // argument goes to (argSpelling_, looked up only when there is an error)
  const ast::Expr* targetSpelling_ = nullptr;
  struct ArgSpelling {
    const ast::CallExpr* call = nullptr;
    const Type* sig = nullptr;
    size_t i = 0;
  } argSpelling_;
  const ast::Expr* argTypeSyntax() const;
  const ast::FuncType* calleeSyntax(const ast::Expr* fun) const;
  std::string exprStr(const ast::Expr* e) const;
  std::string valueStr(const ast::ConstValue& v) const { return constant::toString(v); }
  static Pos startPos(const ast::Expr* e);  // leftmost position of an expression
  static Pos opPos(const ast::Expr* e);
  static Pos nodePos(const ast::Expr* e);   // the syntax node's own Pos() in gc
  std::string objKindName(const Object* o) const;

  // ---- per package state
  Package* pkg_ = nullptr;
  TypePrinter tp_;
  std::unordered_map<Object*, DeclInfo*> decls_;
  std::vector<Object*> objList_;   // package-level objects, source order
  std::unordered_map<ast::File*, Scope*> fileScopes_;
  std::unordered_map<Object*, ast::ImportSpec*> dotImports_;  // member of a dot-imported package -> its import
  std::vector<std::pair<ast::FuncDecl*, DeclInfo*>> bodies_;
  std::vector<Object*> pkgVarsOrdered_;
  ast::File* file_ = nullptr;      // current file
  Scope* scope_ = nullptr;         // innermost scope
  DeclInfo* decl_ = nullptr;       // package-level declaration being checked
  FuncCtx* fctx_ = nullptr;
  bool hasIota_ = false;
  bool hasCallOrRecv_ = false;     // the expression being checked contains a call or receive (len of arrays)
  __int128 iota_ = 0;
  Pos errpos_;                     // inherited constant init: report here
  bool hasErrpos_ = false;
  std::unordered_map<ast::Expr*, UntypedInfo> untyped_;
  std::vector<Object*> objPath_;   // objDecl in progress (cycle detection)
  std::unordered_map<ast::FuncDecl*, FuncInfo> funcInfo_;
  std::unordered_map<const Type*, Object*> typeObj_;  // named type -> its TypeName
  std::vector<std::function<void()>> later_;         // checks delayed until types are complete
  std::vector<Object*> methods_;                     // method Func objects (collectMethods)
  std::unordered_map<const Type*, std::map<std::string, Pos>> fieldPos_;  // struct field positions
  std::unordered_map<Scope*, std::vector<Scope*>> children_;  // scope tree (usage)
  void arity(Pos pos, const std::vector<ast::Ident*>& names, const std::vector<ast::Expr*>& inits,
             bool constDecl, bool inherited);
  void processLater();

  // ---- declarations (check_decl.cpp)
  void collectObjects();
  void declare(Scope* s, ast::Ident* id, Object* obj, Pos scopePos = {});
  void declarePkgObj(ast::Ident* id, Object* obj, DeclInfo* d);
  void packageObjects();
  void objDecl(Object* obj);
  void constDecl(Object* obj, ast::Expr* typeExpr, ast::Expr* init, bool inherited, Pos namePos);
  void varDecl(Object* obj, const std::vector<Object*>& lhs, ast::Expr* typeExpr, ast::Expr* init);
  void typeDecl(Object* obj, ast::TypeSpec* spec, bool local);
  void funcDecl(Object* obj, DeclInfo* d);
  void collectMethods();
  void funcBody(ast::FuncDecl* fd, DeclInfo* d);
  void initOrder();
  void unusedImports();
  void declStmt(ast::GenDecl* gd);
  void validType(Type* t);
  // types2 validtype.go: `nest` holds the named types whose memory contains
  // the current one, `path` every named type on the way (for the report).
  bool validType0(Type* t, std::vector<Type*>& nest, std::vector<Type*>& path);
  void reportCycle(std::vector<Object*> cycle);  // types2 cycleError
  std::unordered_map<const Type*, Type*> fromRHS_;   // named type -> its declaration's rhs type
  std::unordered_map<const Type*, std::vector<Type*>> ifaceEmbeds_;  // named interface -> embedded types
  std::set<const Type*> valids_;
  // Interfaces that embed an interface whose declaration is still in progress
  // (types2 computes type sets lazily; we flatten method sets eagerly): their
  // method set is completed by completeInterfaces() once every embedded
  // interface is complete.
  struct PendingIface {
    Type* named = nullptr;
    std::vector<Method> own;
    std::vector<std::pair<std::string, Object*>> ownObjs;
    std::vector<std::pair<Type*, ast::Expr*>> embeds;
    ast::File* file = nullptr;
  };
  std::vector<PendingIface> pendingIfaces_;
  // `type T2 T1` where T1's declaration is in progress (T1 may refer to T2
  // through a pointer): T2 gets T1's underlying type once T1 has one. What is
  // still pending after the type declarations is a cycle (types2 Named.under).
  std::vector<std::pair<Type*, Type*>> pendingUnder_;
  void resolvePendingUnderlying(bool final);
  void completeInterfaces();
  std::vector<Method> flattenInterface(const std::vector<Method>& own,
                                       const std::vector<std::pair<Type*, ast::Expr*>>& embeds);
  bool cycleError(Object* obj);
  Object* newVar(const std::string& name, Pos pos, Type* t);

  // ---- type expressions (check_typexpr.cpp)
  Type* typExpr(ast::Expr* e);
  Type* varType(ast::Expr* e);
  Type* definedType(ast::Expr* e, Type* def);
  Type* typInternal(ast::Expr* e, Type* def);
  int64_t arrayLength(ast::Expr* e);
  // gc's "type [N]T larger than address space" (a size check of its back
  // end): reported once per type, at the name of the declaration that
  // introduces it (declNamePos_ while a var or type declaration's type is
  // checked), else at the type expression.
  Pos declNamePos_;
  std::set<std::pair<const Type*, std::pair<int, int>>> tooLarge_;  // (type, declaration position)
  void sizeError(Type* t, ast::Expr* e, const std::string& msg);
  void goroSizeLimit(Type* t, ast::Expr* e);
  std::vector<PendingDiag> sizeErrs_;  // reported only if type checking succeeds
  std::vector<PendingDiag> bodyErrs_;  // "missing function body": likewise (gc finds them after type checking)
  std::vector<PendingDiag> linkErrs_;  // gc's linker's: reported only if all else succeeds
  std::vector<PendingDiag> limitErrs_;  // goro's own limits: reported only if gc would accept the program
  Type* varTypeAt(ast::Expr* e, Pos namePos);
  Type* funcType(ast::FuncType* ft, ast::FieldList* recv, FuncInfo* info);
  Pos recvErrPos_;  // the method name, while funcType checks a method's receiver
  void collectParams(Scope* s, ast::FieldList* fl, bool variadicOk, bool isResult,
                     std::vector<Object*>& objs, std::vector<Type*>& types, bool* variadic,
                     bool* named);
  Type* structType(ast::StructTypeExpr* st);
  Type* interfaceType(ast::InterfaceTypeExpr* it, Type* def);
  Object* lookup(const std::string& name);
  void ident(Operand& x, ast::Ident* e, Type* def, bool wantType);
  void recordUse(Object* obj);

  // ---- expressions (check_expr.cpp)
  void rawExpr(Operand& x, ast::Expr* e, Type* hint, bool allowGeneric = false);
  void exprInternal(Operand& x, ast::Expr* e, Type* hint);
  void expr(Operand& x, ast::Expr* e);                 // single value
  void multiExpr(Operand& x, ast::Expr* e);            // may be a tuple
  void exprWithHint(Operand& x, ast::Expr* e, Type* hint);
  void exprOrType(Operand& x, ast::Expr* e);
  void record(Operand& x);
  void recordFinal(ast::Expr* e, Mode mode, Type* t, const ast::ConstValue& v);
  void rememberUntyped(ast::Expr* e, bool lhs, Mode mode, Type* t, const ast::ConstValue& v);
  void updateExprType(ast::Expr* e, Type* t, bool final) { updateExprType0(nullptr, e, t, final); }
  void updateExprType0(ast::Expr* parent, ast::Expr* e, Type* t, bool final);
  void updateExprVal(ast::Expr* e, const ast::ConstValue& v);
  void finalizeUntyped();
  void singleValue(Operand& x);
  std::string namedResultsStr(const ast::Expr* call) const;
  void basicLit(Operand& x, ast::BasicLit* e);
  void funcLit(Operand& x, ast::FuncLit* e);
  void unary(Operand& x, ast::UnaryExpr* e);
  void binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, Tok op, Pos opPos);
  void shift(Operand& x, Operand& y, ast::Expr* e, Tok op);
  void comparison(Operand& x, Operand& y, Tok op, ast::Expr* e);
  void matchTypes(Operand& x, Operand& y);
  bool opPredicate(Operand& x, Tok op, bool binaryOp);
  void overflow(Operand& x, Pos opPos);
  void representable(Operand& x, Type* t);
  int representation(Operand& x, Type* t, ast::ConstValue* out);  // 0 ok, 1 truncated, 2 overflow, 3 invalid
  void invalidConversion(int code, Operand& x, Type* target);
  void convertUntyped(Operand& x, Type* target);
  Type* implicitTypeAndValue(Operand& x, Type* target, int* code, ast::ConstValue* val);
  void assignment(Operand& x, Type* T, const std::string& context);
  bool assignableTo(Operand& x, Type* T, std::string* reason);
  std::string implementsError(Type* V, Type* T);
  std::string missingMethodReason(Type* V, Type* T, const MissingMethod& mm);
  void useExprs(const std::vector<ast::Expr*>& es);
  void useElts(const std::vector<ast::Expr*>& elts);  // elements of a literal not checked further
  void use(ast::Expr* e);
  bool isAddressable(const Operand& x) const { return x.mode == Mode::Variable; }
  void markAddressed(ast::Expr* e);
  Object* rootVar(ast::Expr* e);

  // ---- index / slice / assert / composite (check_index.cpp)
  void indexExpr(Operand& x, ast::IndexExpr* e);
  void sliceExpr(Operand& x, ast::SliceExpr* e);
  bool index(ast::Expr* idx, int64_t max, int64_t* val, const char* what = "index");
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);
  void typeAssertion(Operand& x, ast::TypeAssertExpr* e);
  bool typeAssertionOk(Operand& x, Type* T, ast::Expr* e, std::string* cause);
  void compositeLit(Operand& x, ast::CompositeLit* e, Type* hint);
  int64_t indexedElts(const std::vector<ast::Expr*>& elts, Type* elem, int64_t length);
  void exprElem(ast::Expr* e, Type* elem, const std::string& context);

  // ---- calls / selectors / conversions (check_call.cpp)
  void callExpr(Operand& x, ast::CallExpr* e);
  void arguments(ast::CallExpr* call, Type* sig, std::vector<Operand>& args, const std::string& fname);
  void evalArgs(std::vector<Operand>& args, const std::vector<ast::Expr*>& es, bool* tupleForwarded);
  void selector(Operand& x, ast::SelectorExpr* e);
  void conversion(Operand& x, Type* T, ast::CallExpr* call);
  bool convertibleTo(Operand& x, Type* T, std::string* cause);
  std::string calleeName(ast::Expr* fun) const;

  // ---- builtins (check_builtin.cpp)
  bool builtin(Operand& x, ast::CallExpr* call, Builtin id);

  // ---- statements (check_stmt.cpp)
  void stmtList(unsigned ctxt, const std::vector<ast::Stmt*>& list);
  void stmt(unsigned ctxt, ast::Stmt* s);
  void simpleStmt(ast::Stmt* s);
  void openScope(Scope** out = nullptr);
  void closeScope();
  bool assignVar(ast::Expr* lhs, Operand& x, const std::string& context);  // false: failed
  Type* lhsVar(ast::Expr* lhs);
  void assignVars(const std::vector<ast::Expr*>& lhs, const std::vector<ast::Expr*>& rhs);
  void shortVarDecl(ast::AssignStmt* s);
  void initVars(const std::vector<Object*>& lhs, const std::vector<ast::Expr*>& rhs,
                ast::Stmt* returnStmt, const std::string& context);
  bool initVar(Object* lhs, Operand& x, const std::string& context);  // false: failed
  void assignError(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals);
  void returnError(ast::ReturnStmt* s, const std::vector<Operand>& vals);
  void returnStmt(ast::ReturnStmt* s);
  void ifStmt(unsigned ctxt, ast::IfStmt* s);
  void switchStmt(unsigned ctxt, ast::SwitchStmt* s);
  void typeSwitchStmt(unsigned ctxt, ast::TypeSwitchStmt* s);
  void selectStmt(unsigned ctxt, ast::SelectStmt* s);
  void forStmt(unsigned ctxt, ast::ForStmt* s);
  void rangeStmt(unsigned ctxt, ast::RangeStmt* s);
  void incDec(ast::IncDecStmt* s);
  void opAssign(ast::AssignStmt* s);
  void suspendedCall(const char* keyword, ast::CallExpr* call, ast::Expr* raw);
  bool isTerminating(ast::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<ast::Stmt*>& list, const std::string& label);
  bool hasBreak(ast::Stmt* s, const std::string& label, bool implicit);
  bool hasBreakList(const std::vector<ast::Stmt*>& list, const std::string& label, bool implicit);
  void usage(Scope* s);
  std::vector<Scope*> funcScopes_;  // every scope opened in the current function (for usage)

  // ---- labels / branches (check_branch.cpp)
  bool checkBranches(ast::BlockStmt* body);
  bool checkBranchesInExpr(ast::Expr* e);  // function literals in a package-level initializer
};

// gc stops after this many errors (tests may raise it; 0: no limit)
extern int gErrorLimit;

// helpers
inline bool isExported(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }
std::string tokString(Tok t);
ast::Expr* unparen(ast::Expr* e);

}  // namespace goro::chk
