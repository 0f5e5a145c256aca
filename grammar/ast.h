// grammar/ast.h — the abstract syntax tree of a Go source file.
//
// Built from the ANTLR parse tree by grammar/builder.cpp; shaped after Go's own
// go/ast so the checker and compiler can follow the Go spec section by section.
// Nodes are allocated with `new` and never freed (a program's AST lives as long
// as the process; the REPL keeps every line's tree).
//
// Three groups of fields:
//   - syntax (set by the builder): kinds, children, positions, literal text;
//   - checker annotations (set by vm/check*.cpp, null/zero until then), marked
//     "checker:" — the compiler reads only these, never re-derives types;
//   - compiler annotations, marked "compiler:".
//
// Positions: 1-based line and column (bytes), as gc reports them. A binary
// expression's pos is its operator's; a call's is its '('; a selector's is the
// selected name's; other nodes use their first token.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace goro {
struct Type;
struct Object;   // vm/object.h: what an identifier denotes
struct Scope;    // vm/object.h
}  // namespace goro

namespace goro::ast {

struct Pos {
  int line = 0;
  int col = 0;
};

// A diagnostic: "file:line:col: msg".
struct Diag {
  std::string file;
  Pos pos;
  std::string msg;
};

// ---------------------------------------------------------------------------
// Constant values (checker: the value of a constant expression)
// Integers are exact up to 128 bits (Go requires 256; beyond 128 bits the checker
// reports "constant overflow"). Floats are long double.
struct ConstValue {
  enum class K : uint8_t { None, Bool, Int, Float, String } k = K::None;
  bool b = false;
  __int128 i = 0;
  long double f = 0;
  std::string s;
};

// ---------------------------------------------------------------------------
// Expressions (and type expressions, which share the node family as in go/ast)

enum class ExprKind : uint8_t {
  Bad,
  Ident,         // name
  BasicLit,      // 42, 0x1F, 1.5, 'a', "s", `raw`
  CompositeLit,  // T{elts}   (type may be null when elided inside another literal)
  FuncLit,       // func(params) results { body }
  Paren,         // (x)
  Selector,      // x.sel
  Index,         // x[index]
  Slice,         // x[lo:hi] / x[lo:hi:max]
  TypeAssert,    // x.(T)   (type null for x.(type) in a type switch)
  Call,          // fun(args) / fun(args...)
  Star,          // *x  (dereference or pointer type)
  Unary,         // op x : + - ! ^ & <-
  Binary,        // x op y
  KeyValue,      // key: value (in composite literals only)
  // type expressions
  ArrayType,     // [len]elem ; [...]elem (ellipsisLen) ; []elem (len == null: slice)
  StructType,
  FuncType,
  InterfaceType,
  MapType,
  ChanType,
  Ellipsis,      // ...T in a variadic parameter list (elem)
};

enum class Tok : uint8_t {
  None,
  // binary operators
  Add, Sub, Mul, Quo, Rem, And, Or, Xor, Shl, Shr, AndNot,
  LAnd, LOr, Eql, Neq, Lss, Leq, Gtr, Geq,
  // unary-only
  Not, Arrow /* <- */, Amp /* & as unary */, Tilde /* ~ (constraints only: the checker refuses it) */,
  // assignment / statements
  Assign, Define, Inc, Dec,
  AddAssign, SubAssign, MulAssign, QuoAssign, RemAssign,
  AndAssign, OrAssign, XorAssign, ShlAssign, ShrAssign, AndNotAssign,
  // literal kinds (BasicLit::kind)
  Int, Float, Imag, Char, String,
  // branch statements (BranchStmt::tok)
  Break, Continue, Goto, Fallthrough,
  // declarations (GenDecl::tok)
  Import, Const, Var, Type,
};

// How an expression was classified by the checker (go/types' operand modes).
enum class Mode : uint8_t {
  Invalid,
  NoValue,   // call of a function without results
  Builtin,   // a built-in function name (only legal as call target)
  TypeExpr,  // denotes a type
  Constant,  // constant value in `cval`
  Variable,  // addressable
  MapIndex,  // m[k]: assignable, not addressable
  Value,     // any other value
  CommaOk,   // v, ok forms: map index, type assertion, channel receive
  Package,   // a package name (only legal before '.')
};

struct Stmt;
struct BlockStmt;
struct FuncType;
struct FieldList;

struct Expr {
  ExprKind kind;
  Pos pos;
  // checker:
  Mode mode = Mode::Invalid;
  Type* type = nullptr;     // final type (untyped constants get their default or
                            // the type they were converted to by context)
  ConstValue cval;          // when mode == Constant
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
};

struct Ident : Expr {
  std::string name;
  Object* obj = nullptr;    // checker: what it denotes (null for the blank `_`)
  Ident() : Expr(ExprKind::Ident) {}
};

struct BasicLit : Expr {
  Tok litKind = Tok::Int;   // Int, Float, Imag, Char, String
  std::string text;         // source text as written
  std::string strVal;       // String: decoded bytes (escapes interpreted)
  __int128 intVal = 0;      // Int and Char (Char: the rune value)
  bool intOverflow = false; // Int literal does not fit in 128 bits
  long double floatVal = 0; // Float
  bool bad = false;         // malformed (the scanner reported it): an invalid operand, no more messages
  BasicLit() : Expr(ExprKind::BasicLit) {}
};

struct CompositeLit : Expr {
  Expr* typeExpr = nullptr;     // null when elided (inside an outer literal)
  std::vector<Expr*> elts;      // elements; KeyValue for keyed ones
  Pos lbrace, rbrace;
  CompositeLit() : Expr(ExprKind::CompositeLit) {}
};

struct FuncLit : Expr {
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  // checker: variables of enclosing functions that this literal uses (captured
  // by reference), in first-use order.
  std::vector<Object*> captures;
  FuncLit() : Expr(ExprKind::FuncLit) {}
};

struct ParenExpr : Expr {
  Expr* x = nullptr;
  ParenExpr() : Expr(ExprKind::Paren) {}
};

struct SelectorExpr : Expr {
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // checker: what the selection is.
  enum class Sel : uint8_t {
    None,
    Qualified,   // pkg.Name: sel->obj is the package member; x is the package Ident
    Field,       // x.f (possibly promoted: path through embedded fields)
    Method,      // x.m called or as a method value (path = embedded walk)
    MethodExpr,  // T.m — method expression (func with receiver as first param)
  } selKind = Sel::None;
  std::vector<int> path;     // field indices from x's struct type down to the
                             // field (last) or to the method's receiver struct
  bool indirect = false;     // checker: the path dereferences a pointer somewhere
  // Method: the method found (sel->obj is its Func object); recvPtr: its receiver
  // is a pointer; autoAddr: x must be addressed (&x) to call it; autoDeref: x is
  // a pointer and the method has a value receiver.
  bool recvPtr = false, autoAddr = false, autoDeref = false;
  bool ifaceMethod = false;  // x (after the path) is an interface: dynamic dispatch
  SelectorExpr() : Expr(ExprKind::Selector) {}
};

struct IndexExpr : Expr {
  Expr* x = nullptr;
  Expr* index = nullptr;
  Pos lbrack;  // gc's position of the index operation (its bounds check)
  Pos rbrack;
  IndexExpr() : Expr(ExprKind::Index) {}
};

struct SliceExpr : Expr {
  Expr* x = nullptr;
  Expr* lo = nullptr;   // may be null
  Expr* hi = nullptr;   // may be null
  Expr* max = nullptr;  // non-null only for 3-index
  bool slice3 = false;
  Pos lbrack;  // gc's position of the slice operation (its bounds checks)
  SliceExpr() : Expr(ExprKind::Slice) {}
};

struct TypeAssertExpr : Expr {
  Expr* x = nullptr;
  Expr* typeExpr = nullptr;  // null for x.(type)
  TypeAssertExpr() : Expr(ExprKind::TypeAssert) {}
};

struct CallExpr : Expr {
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(a, b...)
  Pos rparen;
  // checker:
  enum class CallKind : uint8_t {
    Normal,       // function value / func name / method call (fun is a Selector)
    Conversion,   // T(x): fun denotes a type
    Builtin,      // len, cap, append, ... : builtinId says which
  } callKind = CallKind::Normal;
  int builtinId = -1;        // see vm/object.h Builtin
  CallExpr() : Expr(ExprKind::Call) {}
};

struct StarExpr : Expr {
  Expr* x = nullptr;
  StarExpr() : Expr(ExprKind::Star) {}
};

struct UnaryExpr : Expr {
  Tok op = Tok::None;  // Add, Sub, Not, Xor, Amp (&x), Arrow (<-x)
  Expr* x = nullptr;
  UnaryExpr() : Expr(ExprKind::Unary) {}
};

struct BinaryExpr : Expr {
  Tok op = Tok::None;
  Expr* x = nullptr;
  Expr* y = nullptr;
  BinaryExpr() : Expr(ExprKind::Binary) {}
};

struct KeyValueExpr : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
  KeyValueExpr() : Expr(ExprKind::KeyValue) {}
};

// ---- type expressions ----

struct ArrayTypeExpr : Expr {
  Expr* len = nullptr;        // null: slice type
  bool ellipsisLen = false;   // [...]T
  Expr* elem = nullptr;
  Pos ellipsis;               // [...]T: the '...' (parser only; not serialized)
  ArrayTypeExpr() : Expr(ExprKind::ArrayType) {}
};

struct FieldDecl {
  std::vector<Ident*> names;  // empty: anonymous (embedded field / unnamed param)
  Expr* typeExpr = nullptr;
  std::string tag;            // struct tags (decoded)
  Pos pos;
};

struct FieldList {
  std::vector<FieldDecl*> list;
  Pos open, close;
  // number of entries counting each name (an unnamed entry counts 1)
  size_t count() const {
    size_t n = 0;
    for (auto* f : list) n += f->names.empty() ? 1 : f->names.size();
    return n;
  }
};

struct StructTypeExpr : Expr {
  FieldList* fields = nullptr;
  StructTypeExpr() : Expr(ExprKind::StructType) {}
};

struct FuncType : Expr {
  FieldList* params = nullptr;   // never null (may be empty)
  FieldList* results = nullptr;  // may be null (no results)
  FuncType() : Expr(ExprKind::FuncType) {}
};

struct InterfaceTypeExpr : Expr {
  // Methods: names has exactly one name and typeExpr is a FuncType.
  // Embedded interfaces: names empty, typeExpr is the interface's name.
  FieldList* methods = nullptr;
  InterfaceTypeExpr() : Expr(ExprKind::InterfaceType) {}
};

struct MapTypeExpr : Expr {
  Expr* key = nullptr;
  Expr* value = nullptr;
  MapTypeExpr() : Expr(ExprKind::MapType) {}
};

struct ChanTypeExpr : Expr {
  enum class Dir : uint8_t { Both, Send, Recv } dir = Dir::Both;  // chan T, chan<- T, <-chan T
  Expr* value = nullptr;
  ChanTypeExpr() : Expr(ExprKind::ChanType) {}
};

struct EllipsisExpr : Expr {
  Expr* elem = nullptr;  // ...elem
  EllipsisExpr() : Expr(ExprKind::Ellipsis) {}
};

// ---------------------------------------------------------------------------
// Statements

enum class StmtKind : uint8_t {
  Bad, Decl, Empty, Labeled, Expr, Send, IncDec, Assign, Go, Defer, Return,
  Branch, Block, If, CaseClause, Switch, TypeSwitch, CommClause, Select, For, Range,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
};

struct GenDecl;

struct DeclStmt : Stmt {  // const/var/type inside a function
  GenDecl* decl = nullptr;
  DeclStmt() : Stmt(StmtKind::Decl) {}
};

struct EmptyStmt : Stmt {
  EmptyStmt() : Stmt(StmtKind::Empty) {}
};

struct LabeledStmt : Stmt {
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
  LabeledStmt() : Stmt(StmtKind::Labeled) {}
};

struct ExprStmt : Stmt {
  Expr* x = nullptr;
  ExprStmt() : Stmt(StmtKind::Expr) {}
};

struct SendStmt : Stmt {
  Expr* chan = nullptr;
  Expr* value = nullptr;
  SendStmt() : Stmt(StmtKind::Send) {}
};

struct IncDecStmt : Stmt {
  Expr* x = nullptr;
  Tok tok = Tok::Inc;  // Inc or Dec
  IncDecStmt() : Stmt(StmtKind::IncDec) {}
};

struct AssignStmt : Stmt {
  std::vector<Expr*> lhs;
  Tok tok = Tok::Assign;  // Assign, Define, or an op-assign
  std::vector<Expr*> rhs;
  // checker (Define): for each lhs, whether it declares a new variable
  std::vector<bool> isNew;
  AssignStmt() : Stmt(StmtKind::Assign) {}
};

struct GoStmt : Stmt {
  CallExpr* call = nullptr;
  GoStmt() : Stmt(StmtKind::Go) {}
};

struct DeferStmt : Stmt {
  CallExpr* call = nullptr;
  DeferStmt() : Stmt(StmtKind::Defer) {}
};

struct ReturnStmt : Stmt {
  std::vector<Expr*> results;
  ReturnStmt() : Stmt(StmtKind::Return) {}
};

struct BranchStmt : Stmt {
  Tok tok = Tok::Break;    // Break, Continue, Goto, Fallthrough
  Ident* label = nullptr;  // may be null
  Stmt* target = nullptr;  // checker: the labeled/enclosing for/switch/select it refers to
  BranchStmt() : Stmt(StmtKind::Branch) {}
};

struct BlockStmt : Stmt {
  std::vector<Stmt*> list;
  Pos rbrace;
  Scope* scope = nullptr;  // checker
  BlockStmt() : Stmt(StmtKind::Block) {}
};

struct IfStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* els = nullptr;  // null, IfStmt or BlockStmt
  IfStmt() : Stmt(StmtKind::If) {}
};

struct CaseClause : Stmt {     // in Switch and TypeSwitch
  std::vector<Expr*> list;     // empty: default
  bool isDefault = false;
  std::vector<Stmt*> body;
  Pos colon;
  Scope* scope = nullptr;      // checker
  Object* implicitObj = nullptr;  // checker, TypeSwitch with `x :=`: the clause's x
  CaseClause() : Stmt(StmtKind::CaseClause) {}
};

struct SwitchStmt : Stmt {
  Stmt* init = nullptr;
  Expr* tag = nullptr;         // null: switch true
  BlockStmt* body = nullptr;   // list of CaseClause
  Ident* label = nullptr;      // set by the builder when labeled (for break L)
  SwitchStmt() : Stmt(StmtKind::Switch) {}
};

struct TypeSwitchStmt : Stmt {
  Stmt* init = nullptr;
  Ident* binding = nullptr;    // x in `switch x := y.(type)`; may be null
  Expr* x = nullptr;           // y (the operand of .(type))
  BlockStmt* body = nullptr;   // list of CaseClause (list holds type exprs; `nil` allowed)
  Ident* label = nullptr;
  TypeSwitchStmt() : Stmt(StmtKind::TypeSwitch) {}
};

struct CommClause : Stmt {     // in Select
  Stmt* comm = nullptr;        // SendStmt, ExprStmt(<-c), AssignStmt(v[,ok] = / := <-c); null: default
  std::vector<Stmt*> body;
  Pos colon;
  Scope* scope = nullptr;      // checker
  CommClause() : Stmt(StmtKind::CommClause) {}
};

struct SelectStmt : Stmt {
  BlockStmt* body = nullptr;   // list of CommClause
  Ident* label = nullptr;
  SelectStmt() : Stmt(StmtKind::Select) {}
};

struct ForStmt : Stmt {
  Stmt* init = nullptr;
  Expr* cond = nullptr;        // null: forever
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  Ident* label = nullptr;
  ForStmt() : Stmt(StmtKind::For) {}
};

struct RangeStmt : Stmt {
  Expr* key = nullptr;         // may be null
  Expr* value = nullptr;       // may be null
  Tok tok = Tok::None;         // Assign, Define, or None (for range x)
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  Ident* label = nullptr;
  RangeStmt() : Stmt(StmtKind::Range) {}
};

// ---------------------------------------------------------------------------
// Declarations

struct ImportSpec {
  Ident* name = nullptr;  // null, `_`, `.`, or a rename
  std::string path;       // decoded import path
  Pos pos;
  bool used = false;      // checker
  bool badPath = false;   // parser: the path was reported invalid (not loaded)
};

struct ValueSpec {        // const or var
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;       // may be null
  std::vector<Expr*> values;      // may be empty
  int iota = 0;                   // const: index within its group
  bool implicit = false;          // const: values copied from the previous spec
  Pos pos;
};

struct TypeSpec {
  Ident* name = nullptr;
  bool alias = false;     // type A = B
  Expr* typeExpr = nullptr;
  Pos pos;
};

struct GenDecl {
  Tok tok = Tok::Var;     // Import, Const, Var, Type
  Pos pos;
  std::vector<ImportSpec*> imports;
  std::vector<ValueSpec*> values;
  std::vector<TypeSpec*> types;
};

struct FuncDecl {
  FieldList* recv = nullptr;   // null for plain functions
  Ident* name = nullptr;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;   // null: body-less declaration (a native), or not read yet
  const unsigned char* lazyBody = nullptr;  // a body not read yet (grammar/ast_serial.h: loadBody)
  size_t lazyBodySize = 0;
  Pos pos;
  bool hasBody() const { return body || lazyBody; }
  Object* obj = nullptr;       // checker: the Func object
  bool unreached = false;      // checker: a library function nothing in the program can
                               // call (vm/check_live.cpp): its body is neither read, checked
                               // nor compiled (a plain function's signature neither)
};

struct File {
  std::string filename;
  std::string pkgName;
  Pos pkgPos;
  std::vector<GenDecl*> imports;   // leading import declarations
  std::vector<GenDecl*> genDecls;  // all other top-level const/var/type decls, in order
  std::vector<FuncDecl*> funcs;    // top-level functions and methods, in order
  // Top-level declarations in source order (each either a GenDecl or a FuncDecl).
  struct Decl {
    GenDecl* gen = nullptr;
    FuncDecl* func = nullptr;
  };
  std::vector<Decl> decls;
};

}  // namespace goro::ast

namespace goro {
// grammar/parse.cpp: parse one file. On errors appends them to `errors` (gc
// style: "syntax error: ...", the scanner's "invalid character ...") and
// returns null — but with keepOnScannerErrors, a file whose errors are all
// the scanner's (none a "syntax error") is returned too: gc type-checks it and
// reports the checker's errors with them.
ast::File* parseFile(const std::string& filename, const std::string& source,
                     std::vector<ast::Diag>& errors, bool keepOnScannerErrors = false);
}  // namespace goro
