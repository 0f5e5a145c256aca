// vm/compile_internal.h — shared state of the compiler's translation units
// (vm/compile_func.cpp, compile_expr.cpp, compile_call.cpp, compile_lit.cpp,
// compile_stmt.cpp) and the interface of escape analysis (vm/escape.cpp).
//
// Code generation model (vm/opcodes.def "Value forms", vm/func.h frames):
//   - a frame is params (receiver first) | result variables | locals and temps,
//     allocated stack-like: a block's variables are released at its end, an
//     expression's temps at the end of its statement; a call's base is the
//     current top, so the callee frame overlaps nothing live;
//   - every variable has a VarLoc: a register-form value in frame slots, a
//     narrow scalar kept in memory form in its slot (its address is taken), a
//     heap box (escapes; the slot holds the box pointer), or a global;
//   - `ptrNow` mirrors, in emission order, which frame slots hold a pointer
//     right now; each safepoint records a copy (its StackMap). Structured
//     control flow keeps this exact: temps die at statement ends, variables at
//     block ends, so every join point sees the same live set on all paths.
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.h"
#include "grammar/line_directive.h"
#include "runtime/type.h"
#include "vm/check.h"
#include "vm/compile.h"
#include "vm/func.h"
#include "vm/object.h"

namespace goro::cg {

// ---------------------------------------------------------------------------
// Escape analysis (vm/escape.cpp)

// What a function does with the pointers its caller passes in parameter i.
struct ParamSummary {
  bool leaks = false;         // the pointer itself may be stored in the heap (or returned by an unknown path)
  bool contentLeaks = false;  // what it points to may reach the heap
  bool toResult = false;      // it (or what it reaches) may be returned
};

struct EscapeResult {
  // Summaries of top-level functions and methods (receiver = parameter 0).
  std::unordered_map<const ast::FuncDecl*, std::vector<ParamSummary>> summaries;
  // Variables of enclosing functions each function literal uses (nested
  // literals included), in first-use order.
  std::unordered_map<const ast::FuncLit*, std::vector<Object*>> captures;
  int passes = 0;  // fixed-point iterations (for tests)
};

// Sets Object::addressed / captured / escapes on every local variable.
void analyzeEscapes(const std::vector<Package*>& pkgs, EscapeResult& out);

// ---------------------------------------------------------------------------
// Type helpers

inline Kind ukind(const Type* t) { return t->underlying->kind; }
int slotsOf(const Type* t);                // register-form slots (0 for zero-size)
bool isNarrow(const Type* t);              // register form differs from memory form
bool isSigned(const Type* t);
bool isUnsigned64(const Type* t);          // uint, uint64, uintptr
bool unsignedIndex(const ast::Expr* e);    // an index expression of such a type (null: false)
bool isInteger(const Type* t);
inline bool mapAddable(const Type* t) { return isInteger(t) && t->size == 8; }  // a MAPADD_I value (wraps in 64 bits)
bool isFloat(const Type* t);
bool isStringT(const Type* t);
bool isIface(const Type* t);
bool isPtrShapedRegister(const Type* t);   // one slot that is a pointer
std::vector<bool> regPtrMask(const Type* t);
bool isUntyped(const Type* t);
Type* tupleAt(const Type* t, size_t i);    // result i of a call's type (Tuple or single)
size_t tupleLen(const Type* t);

// Local variables larger than this live in the heap (8 KiB: a frame stays
// well within the 16-bit slot operands, and a stack copy stays cheap).
constexpr int kBigVarSlots = 1024;
// Values larger than this are copied memory to memory (into an interface
// box, between variables) rather than through frame temps.
constexpr int kBigTempSlots = 64;

// ---------------------------------------------------------------------------
// Whole-program state

struct ProgCompiler {
  const CheckedProgram* cp = nullptr;
  Program* prog = nullptr;
  std::vector<ast::Diag>* errs = nullptr;
  EscapeResult esc;

  std::unordered_map<const Object*, int64_t> globalOff;     // byte offset in Program::globals
  std::unordered_map<const ast::FuncDecl*, ast::File*> fileOf;
  std::unordered_map<const ast::FuncDecl*, Package*> pkgOf;
  std::unordered_map<const ast::FuncDecl*, FuncProto*> declProtos;
  std::unordered_map<std::string, int> methodNameIdx;
  // closure counters per enclosing symbol ("main.f" -> 2)
  std::unordered_map<std::string, int> litCounter;
  // declared methods: (named receiver base type, name) -> proto
  std::map<std::pair<const Type*, std::string>, FuncProto*> methodProtos;
  std::map<std::pair<const Type*, std::string>, Object*> methodObjs;
  // wrappers of method expressions: (receiver parameter type, method name) -> proto
  std::map<std::pair<const Type*, std::string>, FuncProto*> methodExprProtos;

  Type* stringType = nullptr;
  Type* intType = nullptr;
  Type* boolType = nullptr;
  Type* errorType = nullptr;
  Type* anyType = nullptr;
  Type* float64Type = nullptr;
  Type* int32Type = nullptr;
  Type* uint8Type = nullptr;
  Type* defaultType(Type* t) const;  // untyped -> its default type

  FuncProto* newProto(const std::string& name, const std::string& file, int line);
  int methodName(const std::string& name);
  void error(const std::string& file, ast::Pos pos, const std::string& msg);
  std::string pkgPrefix(const Package* p) const;
  std::string funcSymbol(const Object* fn) const;  // "main.f", "main.(*T).M"
  // The proto of a declared function/method object (created on demand).
  FuncProto* protoOf(Object* fn);
  // Method tables (Type::methods[i].fn) filled so far; fillMethods fills a
  // type's table once. Every type that becomes an interface's dynamic type
  // (MKIFACE) goes through it, so unnamed structs with promoted methods and
  // local named types get tables too.
  std::set<Type*> methodsFilled;
  void fillMethods(Type* t);
  // Wrapper protos synthesised for method values of embedded interfaces etc.
  std::vector<std::pair<ast::FuncDecl*, Package*>> pendingDecls;
};

// A jump target, patched when placed.
struct Label {
  int pc = -1;
  std::vector<int> uses;
};

// Where a variable lives.
struct VarLoc {
  enum K : uint8_t { Reg, Frame, Boxed, Global } k = Reg;
  int slot = -1;    // Reg/Frame: first slot; Boxed: slot holding the box pointer
  int64_t off = 0;  // Global: byte offset in the globals
};

// A location a value can be loaded from / stored to.
struct LVal {
  // Arr: an array element whose index (and nil) check is still to come, for
  // the second phase of a multi-assignment (lvalue(e, true)): slot = the
  // array's frame slot (inFrame) or a slot holding its address; key = index
  // slot; len = the array's length.
  enum K : uint8_t { None, Reg, Frame, Ptr, Map, Idx, Arr, Blank } k = None;
  Type* type = nullptr;
  int slot = -1;     // Reg: the value's slots; Frame: frame-memory base slot; Ptr: slot holding the base address; Map: map slot
  int64_t off = 0;   // Frame/Ptr: byte offset
  int key = -1;      // Map: key slot (register form); Idx: index slot (slot = the slice)
  Type* mapType = nullptr;
  bool checked = false;  // Ptr: base already known non-nil
  bool keyUnsigned = false;  // Idx: the index has an unsigned 64-bit type (panic texts)
  ast::Pos at;               // Idx, Arr: the index operation's position (its bounds check reports it)
  bool inFrame = false;      // Arr: slot is the array itself (frame memory), not its address
  int64_t len = 0;           // Arr: the array's length
};

struct BranchTarget {
  const ast::Stmt* stmt = nullptr;      // the for/range/switch/select statement
  const ast::LabeledStmt* labeled = nullptr;
  std::string label;
  bool isLoop = false;
  Label brk, cont;
  int ptrDepth = 0;  // `top` at the statement (temps above are dead at a jump)
};

class FuncCompiler;

// The calls of a statement compiled ahead of it (compile_order.cpp): the tree
// positions replaced by identifiers of their temps, restored on destruction.
struct CallOrder {
  FuncCompiler& fc;
  std::vector<std::pair<ast::Expr**, ast::Expr*>> replaced;
  std::vector<std::unique_ptr<Object>> objs;
  std::vector<std::unique_ptr<ast::Ident>> ids;
  explicit CallOrder(FuncCompiler& f) : fc(f) {}
  CallOrder(const CallOrder&) = delete;
  CallOrder& operator=(const CallOrder&) = delete;
  ~CallOrder();
};

class FuncCompiler {
 public:
  FuncCompiler(ProgCompiler& pc, FuncProto* proto, const std::string& file, Package* pkg);

  // Entry points (compile_func.cpp)
  void compileFuncDecl(ast::FuncDecl* fd);
  void compileFuncLit(ast::FuncLit* lit, FuncCompiler* parent);
  void compileVarInits(Package* p);  // <pkg>.init: p's variable initialisers
  void compileEntry(const std::vector<FuncProto*>& varInits);  // goro.entry
  void compileMethodExpr(ast::SelectorExpr* e);  // wrapper function of a method expression
  // Synthesised wrapper: `call` applied to parameters of the given types (defer/go of builtins)
  void compileWrapper(ast::CallExpr* call, const std::vector<Object*>& params);
  void finish();

  ProgCompiler& P;
  FuncProto* fn;
  std::string file;
  Package* pkg;
  std::string symbol;  // for closure naming
  bool isWrapper = false;  // compiling the wrapper of `defer builtin(...)` / `go builtin(...)` (compileWrapper)

  // ---- emission
  // The source position instructions are emitted for. Used as an int (the
  // line); assigning a different line forgets the column. The column matters
  // only under line directives in the middle of a line (relLine); statements
  // and calls set it with at().
  struct CurPos {
    int line = 0;
    int col = 1 << 30;  // (unknown: the end of the line)
    operator int() const { return line; }
    CurPos& operator=(int l) {
      if (l != line) col = 1 << 30;
      line = l;
      return *this;
    }
    void at(const ast::Pos& p) {
      if (p.line) {
        line = p.line;
        col = p.col;
      }
    }
  };
  CurPos curLine;
  // Where gc puts an index or slice operation: at its `[`.
  static ast::Pos opPos(const ast::IndexExpr* e) { return e->lbrack.line ? e->lbrack : e->pos; }
  static ast::Pos opPos(const ast::SliceExpr* e) { return e->lbrack.line ? e->lbrack : e->pos; }
  // Emit a bounds-checked instruction at position p (an index or slice
  // operation's `[`), then go back to the current position.
  int emitBoundsAt(const ast::Pos& p, uint8_t umask, Op op, int a, int b, int c = 0, int d = 0) {
    const CurPos saved = curLine;
    curLine.at(p);
    const int pc = emitBounds(umask, op, a, b, c, d);
    curLine = saved;
    return pc;
  }
  const std::vector<ast::LineBase>* bases_ = nullptr;  // the file's line directives (null: none)
  int relLine(int line, int col);  // line under the directives; records fn->fileRuns (compile_func.cpp)
  int emit(Op op, int a = 0, int b = 0, int c = 0, int d = 0);
  int emitSafe(Op op, int a, int b, int c, int d, int mapLimit);  // safepoint with stack map of [0, mapLimit)
  // A bounds-checking instruction; umask: its unsigned index operands (FuncProto::unsignedBounds).
  int emitBounds(uint8_t umask, Op op, int a = 0, int b = 0, int c = 0, int d = 0);
  void addStackMap(int pc, int mapLimit);  // make pc a safepoint: the stack map of [0, mapLimit) now
  // A loop condition that compiles to a single compare-and-branch on slots
  // already holding its operands (vm/compile_stmt.cpp forStmt).
  bool simpleIntCond(ast::Expr* e);
  bool forLoopShape(ast::ForStmt* s, int& v, int& step, bool& stepReg);
  void fusedBackEdge(ast::ForStmt* s, Label& body);
  // The slot of e if it is a (non-constant) register local, else -1.
  int regVarSlot(ast::Expr* e);
  bool regFieldOf(ast::Expr* e, int& slot, int64_t& off);
  int regFieldSlot(ast::Expr* e);
  int here() const { return int(fn->code.size()); }
  void place(Label& l);
  void jumpTo(Op op, int a, int b, Label& l);  // JMP/JT/JF/LOOP (target in b) or J*_I (target in c)
  int kconst(uint64_t v);
  int ktype(const Type* t);
  int kdyn(const Type* t);  // ktype of a value's dynamic type (MKIFACE): fills its method table
  int kstr(const std::string& s);  // K index of the (ptr, len) pair
  int kpair(uint64_t a, uint64_t b);  // two consecutive constants
  void loadInt(int dst, int64_t v);
  void mov(int dst, int src, int n);

  // ---- slots and pointer tracking
  int top = 0;
  int maxSlots = 0;
  // Slots below pinnedTop hold a variable whose address was taken: a pointer
  // to it (a slice of a block-local array, say) may outlive its block, so its
  // slots are never handed out again in this function (freeTo stops there).
  int pinnedTop = 0;
  std::vector<uint8_t> ptrNow;
  int alloc(int n);
  int allocT(const Type* t) { return alloc(slotsOf(t)); }
  void freeTo(int mark);
  void setPtrs(int slot, const Type* t);
  void setPtr(int slot, bool p);
  void clearPtrs(int slot, int n);

  // ---- evaluation order (compile_order.cpp)
  bool callLike(ast::Expr* e);
  bool hasCall(ast::Expr* e);  // a callLike operand anywhere in e (not in function literals)
  bool ifaceArgCopied(const ast::Expr* arg, const Type* param);
  // The calls of a statement's expressions (each: its position, and whether
  // it stays in place itself) ahead of the statement, if any call would move.
  void order(CallOrder& co, const std::vector<std::pair<ast::Expr**, bool>>& roots);
  void orderCalls(CallOrder& co, ast::Expr** pe, bool root);  // root: leave *pe itself in place
  void hoist(CallOrder& co, ast::Expr** pe);
  static bool plainTarget(ast::Expr* lhs);  // a variable or _: assigning to it reads no operand

  // ---- variables
  std::unordered_map<const Object*, VarLoc> vars;
  std::vector<std::vector<const Object*>> scopeVars;
  std::vector<int> scopeMarks;
  void pushScope();
  void popScope();
  bool boxedVar(const Object* v) const;
  // Allocate a local (not yet live); call varLive after initialising it.
  VarLoc& declareVar(const Object* v);
  void varLive(const Object* v);
  VarLoc locOfVar(const Object* v);
  // A new local initialised to its zero value.
  void declareZeroVar(const Object* v);

  // ---- expressions (compile_expr.cpp)
  void expr(ast::Expr* e, int dst);                      // e's value in register form at dst
  int exprAny(ast::Expr* e);                             // a slot holding e's value (may be a variable's own)
  // A slot holding key as the map's key type (exprAny when no conversion).
  // lookup: the map op keeps no reference to the key (a read or delete), so
  // string(b) of a byte slice uses b's bytes and a two-string concatenation
  // up to 32 bytes is built in the frame, without allocating (as gc does).
  int mapKey(ast::Expr* key, Type* mapType, bool lookup = false);
  void exprAs(ast::Expr* e, Type* target, int dst);      // assignability conversion to target
  void convertSlot(int src, Type* from, Type* to, int dst);  // value conversion (assignability)
  void constant(const ast::ConstValue& cv, Type* t, int dst);
  void cond(ast::Expr* e, bool jumpIf, Label& target);   // branch to target when e == jumpIf
  void binary(ast::BinaryExpr* e, int dst);
  void compare(ast::Tok op, ast::Expr* x, ast::Expr* y, int dst);
  void compareSlots(ast::Tok op, int xs, Type* xt, int ys, Type* yt, int dst);
  // m[k] (a Map lvalue) as the element's own memory: emits MAPASSIGN (k is
  // inserted with the zero value if absent). For m[k] op= v and m[k]++, whose
  // read and write then take one lookup: nothing that may write the map may
  // run before the store through the result. read: MAPACCESS instead, the
  // element's address or the zero value's (nothing inserted; read only).
  LVal mapElem(const LVal& lv, bool read = false);
  void arith(ast::Tok op, Type* t, int dst, int xs, int ys);  // dst := xs op ys (arith ops, normalised)
  // x << c / x >> c for a constant c in [0, 64): dst := xs shifted by an
  // immediate (SHLI & co.); false (nothing emitted) for other counts
  bool shiftImm(ast::Tok op, Type* t, int dst, int xs, ast::Expr* count);
  bool divImm(ast::Tok op, Type* t, int dst, int xs, ast::Expr* y);
  static bool immShiftCount(ast::Expr* count, int64_t& c);
  void normalize(Type* t, int slot);
  void convertInt(int s, Type* from, Type* to, int dst);
  void unary(ast::UnaryExpr* e, int dst);
  void conversion(ast::CallExpr* e, int dst);
  void convertValue(int src, Type* from, Type* to, int dst);  // explicit conversion T(x)
  void index(ast::IndexExpr* e, int dst);
  void sliceExpr(ast::SliceExpr* e, int dst);
  void selector(ast::SelectorExpr* e, int dst);
  void typeAssert(ast::TypeAssertExpr* e, int dst, int okSlot);
  void funcLit(ast::FuncLit* e, int dst);
  // R[dst..] := <-R[ch] (okSlot >= 0: R[okSlot] := ok). The destination is
  // zeroed and marked in the stack map first: a sender writes straight into
  // it while this G is parked (sudog.elem).
  void recvInto(int dst, int ch, int okSlot, Type* elem, int line);
  void ident(ast::Ident* e, int dst);
  void nilValue(Type* t, int dst);

  // lvalues
  // Addressable location, map element, or blank. late: an array element's
  // index and nil checks are left to the store (LVal::Arr), as the second
  // phase of a multi-assignment does them.
  LVal lvalue(ast::Expr* e, bool late = false);
  LVal arrElem(const LVal& lv);         // LVal::Arr checked, as a location
  LVal locOf(ast::Expr* e);             // lvalue if addressable, else a temp with the value
  LVal varLVal(const Object* v);
  LVal fieldOf(LVal base, const Type* structT, int fieldIdx);
  LVal derefTo(int ptrSlot, Type* elemT, int64_t off = 0);
  LVal walkPath(LVal cur, const std::vector<int>& path, bool stopBeforeLast = false);
  LVal elemOf(ast::IndexExpr* e, bool late = false, bool lookup = false);  // lookup: see mapKey
  void load(const LVal& lv, int dst);
  void store(const LVal& lv, int src);
  void addrOf(const LVal& lv, int dst);
  void storeExpr(const LVal& lv, ast::Expr* e);  // lv := e (with conversion)
  LVal normFrame(LVal lv);
  LVal materialize(LVal lv);  // Idx/Map -> memory location

  // ---- calls and builtins (compile_call.cpp)
  // Compile a call; results (register form) are at the returned slot, in temps.
  int call(ast::CallExpr* e);
  void callInto(ast::CallExpr* e, int dst);  // single (or first) result into dst
  int builtin(ast::CallExpr* e, int dst);    // returns slot of result (dst) ; dst -1: no result wanted
  // Arguments of a call to a function of type sig, placed from slot `at`
  // (receiver excluded); returns the number of slots.
  int placeArgs(ast::CallExpr* e, const Type* sig, int at);
  void receiver(ast::SelectorExpr* sel, int dst);  // method receiver (per method's recv kind) into dst
  LVal methodBase(ast::SelectorExpr* sel);         // value the method is called on, after the embedding path
  void methodValue(ast::SelectorExpr* sel, int dst);
  void funcValueOf(ast::Expr* fun, int dst);       // a func value (FUNCVAL/closure/method value)
  // stmtLine: the line of the `go`/`defer` keyword ("created by" tracebacks show it)
  void deferOrGo(ast::CallExpr* call, bool isGo, int stmtLine);
  FuncProto* synthWrapper(ast::CallExpr* call, std::vector<ast::Expr*>& args, std::vector<Type*>& types);
  int callSlots(const Type* sig, bool results);    // param / result slot counts
  void appendCall(ast::CallExpr* e, int dst);
  void printCall(ast::CallExpr* e, bool ln);
  void makeCall(ast::CallExpr* e, int dst);
  void minmax(ast::CallExpr* e, bool isMin, int dst);

  // ---- composite literals (compile_lit.cpp)
  void compositeLit(ast::CompositeLit* e, int dst);
  void compositeInto(ast::CompositeLit* e, Type* t, const LVal& where);  // struct/array into memory
  void compositeAddr(ast::CompositeLit* e, Type* ptrT, int dst);          // &T{...}

  // ---- statements (compile_stmt.cpp)
  void block(ast::BlockStmt* b);
  void stmts(const std::vector<ast::Stmt*>& list);
  void stmt(ast::Stmt* s);
  void assign(ast::AssignStmt* s);
  void opAssign(ast::Expr* lhs, ast::Tok op, ast::Expr* rhs, ast::Stmt* s);
  void incDec(ast::IncDecStmt* s);
  void declStmt(ast::DeclStmt* s);
  void varSpec(ast::ValueSpec* vs);
  void ifStmt(ast::IfStmt* s);
  void forStmt(ast::ForStmt* s, const ast::LabeledStmt* lab);
  void rangeStmt(ast::RangeStmt* s, const ast::LabeledStmt* lab);
  void switchStmt(ast::SwitchStmt* s, const ast::LabeledStmt* lab);
  void typeSwitch(ast::TypeSwitchStmt* s, const ast::LabeledStmt* lab);
  void selectStmt(ast::SelectStmt* s, const ast::LabeledStmt* lab);
  void returnStmt(ast::ReturnStmt* s);
  void branch(ast::BranchStmt* s);
  void labeled(ast::LabeledStmt* s);
  void sendStmt(ast::SendStmt* s);
  void emitReturnSequence();  // DEFERRETURN (if needed) + load results + RET
  void assignTo(ast::Expr* lhs, int src, Type* srcT, bool define);
  // The values of a multi-value right-hand side (call, comma-ok form) in
  // consecutive temps; returns the first slot, their types in ts.
  int tupleValues(ast::Expr* rhs, std::vector<Type*>& ts);
  void storeConv(const LVal& lv, int src, Type* srcT);  // lv := src, converted to lv's type
  void pinOperands(std::vector<LVal>& lvs);  // Go's two-phase assignment (compile_stmt.cpp)

  // function state
  std::vector<const Object*> resultVars;  // named or hidden results, in order
  std::vector<Type*> resultTypes;
  bool hasDefer = false;
  std::vector<BranchTarget*> targets;
  std::map<std::string, Label> gotoLabels;
  std::map<std::string, int> labelDepth;
  Label* fallthroughTo = nullptr;
  FuncCompiler* parent = nullptr;
  const ast::FuncLit* lit = nullptr;
  int litCount = 0;
  int wrapCount = 0;
  std::vector<std::pair<ast::FuncLit*, FuncProto*>> pendingLits;
  // loop-invariant constants of a loop condition, loaded once before the loop
  std::unordered_map<const ast::Expr*, int> hoisted;
  void hoistConstants(ast::Expr* cond);
  int lenSlot(ast::Expr* e);  // the slot holding len(s)/cap(s) of a register local s, or -1
  void hoistLoopConstants(ast::Stmt* body);

  void err(ast::Pos pos, const std::string& msg) { P.error(file, pos, msg); }
  BranchTarget* findTarget(ast::BranchStmt* s);
  void recordResult(Type* t, int slot);
};

// Helpers shared by the compile_*.cpp files.
ast::Expr* unparen(ast::Expr* e);
bool isBlank(ast::Expr* e);
bool isNilExpr(ast::Expr* e);  // the predeclared nil (untyped)
bool smallConst(ast::Expr* e, int64_t& v);  // an integer constant that fits an imm operand
const Object* identObj(ast::Expr* e);  // the Var object an identifier denotes (null otherwise)
Op loadOp(const Type* t);
Op storeOp(const Type* t);
bool scanHasDefer(ast::BlockStmt* b);
FuncProto* protoOfDecl(ProgCompiler& P, const ast::FuncDecl* fd);

}  // namespace goro::cg
