// grammar/ast_serial.cpp — see ast_serial.h.
//
// One list of fields per node type (the walk() overloads below) drives both
// directions: Writer::field appends a value, Reader::field reads it back into
// the same member. Encoding: unsigned LEB128 varints; ints zigzag-coded;
// strings as length + bytes; long doubles as sign, binary exponent and a
// 64-bit mantissa (exact for x86's 80-bit format). A node pointer is 0 (null),
// 1 (a new node follows: its kind for Expr/Stmt, then its fields) or 2 + n
// (the n-th node already written, numbered in pre-order).
#include "grammar/ast_serial.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <vector>

namespace goro::ast {
namespace {

// Expression and statement node types by kind (Bad has no type of its own).
#define GORO_EXPR_NODES(X)                                                               \
  X(Ident, Ident) X(BasicLit, BasicLit) X(CompositeLit, CompositeLit) X(FuncLit, FuncLit) \
  X(Paren, ParenExpr) X(Selector, SelectorExpr) X(Index, IndexExpr) X(Slice, SliceExpr)  \
  X(TypeAssert, TypeAssertExpr) X(Call, CallExpr) X(Star, StarExpr) X(Unary, UnaryExpr)  \
  X(Binary, BinaryExpr) X(KeyValue, KeyValueExpr) X(ArrayType, ArrayTypeExpr)           \
  X(StructType, StructTypeExpr) X(FuncType, FuncType) X(InterfaceType, InterfaceTypeExpr) \
  X(MapType, MapTypeExpr) X(ChanType, ChanTypeExpr) X(Ellipsis, EllipsisExpr)
#define GORO_STMT_NODES(X)                                                                  \
  X(Decl, DeclStmt) X(Empty, EmptyStmt) X(Labeled, LabeledStmt) X(Expr, ExprStmt)          \
  X(Send, SendStmt) X(IncDec, IncDecStmt) X(Assign, AssignStmt) X(Go, GoStmt)              \
  X(Defer, DeferStmt) X(Return, ReturnStmt) X(Branch, BranchStmt) X(Block, BlockStmt)      \
  X(If, IfStmt) X(CaseClause, CaseClause) X(Switch, SwitchStmt) X(TypeSwitch, TypeSwitchStmt) \
  X(CommClause, CommClause) X(Select, SelectStmt) X(For, ForStmt) X(Range, RangeStmt)

// The type a node is numbered (and shared) as: its family's base.
template <class T>
using BaseOf = std::conditional_t<std::is_base_of_v<Expr, T>, Expr,
                                  std::conditional_t<std::is_base_of_v<Stmt, T>, Stmt, T>>;

// ---- the fields of each node type (syntax only; Expr/Stmt pos is written by node())

template <class A> void walk(A& a, Ident& n) { a(n.name); }
template <class A> void walk(A& a, BasicLit& n) {
  a(n.litKind, n.text, n.strVal, n.intVal, n.intOverflow, n.floatVal, n.bad);
}
template <class A> void walk(A& a, CompositeLit& n) { a(n.typeExpr, n.elts, n.lbrace, n.rbrace); }
template <class A> void walk(A& a, FuncLit& n) { a(n.sig, n.body); }
template <class A> void walk(A& a, ParenExpr& n) { a(n.x); }
template <class A> void walk(A& a, SelectorExpr& n) { a(n.x, n.sel); }
template <class A> void walk(A& a, IndexExpr& n) { a(n.x, n.index, n.lbrack, n.rbrack); }
template <class A> void walk(A& a, SliceExpr& n) { a(n.x, n.lo, n.hi, n.max, n.slice3, n.lbrack); }
template <class A> void walk(A& a, TypeAssertExpr& n) { a(n.x, n.typeExpr); }
template <class A> void walk(A& a, CallExpr& n) { a(n.fun, n.args, n.hasEllipsis, n.rparen); }
template <class A> void walk(A& a, StarExpr& n) { a(n.x); }
template <class A> void walk(A& a, UnaryExpr& n) { a(n.op, n.x); }
template <class A> void walk(A& a, BinaryExpr& n) { a(n.op, n.x, n.y); }
template <class A> void walk(A& a, KeyValueExpr& n) { a(n.key, n.value); }
template <class A> void walk(A& a, ArrayTypeExpr& n) { a(n.len, n.ellipsisLen, n.elem); }
template <class A> void walk(A& a, FieldDecl& n) { a(n.names, n.typeExpr, n.tag, n.pos); }
template <class A> void walk(A& a, FieldList& n) { a(n.list, n.open, n.close); }
template <class A> void walk(A& a, StructTypeExpr& n) { a(n.fields); }
template <class A> void walk(A& a, FuncType& n) { a(n.params, n.results); }
template <class A> void walk(A& a, InterfaceTypeExpr& n) { a(n.methods); }
template <class A> void walk(A& a, MapTypeExpr& n) { a(n.key, n.value); }
template <class A> void walk(A& a, ChanTypeExpr& n) { a(n.dir, n.value); }
template <class A> void walk(A& a, EllipsisExpr& n) { a(n.elem); }

template <class A> void walk(A& a, DeclStmt& n) { a(n.decl); }
template <class A> void walk(A&, EmptyStmt&) {}
template <class A> void walk(A& a, LabeledStmt& n) { a(n.label, n.stmt); }
template <class A> void walk(A& a, ExprStmt& n) { a(n.x); }
template <class A> void walk(A& a, SendStmt& n) { a(n.chan, n.value); }
template <class A> void walk(A& a, IncDecStmt& n) { a(n.x, n.tok); }
template <class A> void walk(A& a, AssignStmt& n) { a(n.lhs, n.tok, n.rhs); }
template <class A> void walk(A& a, GoStmt& n) { a(n.call); }
template <class A> void walk(A& a, DeferStmt& n) { a(n.call); }
template <class A> void walk(A& a, ReturnStmt& n) { a(n.results); }
template <class A> void walk(A& a, BranchStmt& n) { a(n.tok, n.label); }
template <class A> void walk(A& a, BlockStmt& n) { a(n.list, n.rbrace); }
template <class A> void walk(A& a, IfStmt& n) { a(n.init, n.cond, n.body, n.els); }
template <class A> void walk(A& a, CaseClause& n) { a(n.list, n.isDefault, n.body, n.colon); }
template <class A> void walk(A& a, SwitchStmt& n) { a(n.init, n.tag, n.body, n.label); }
template <class A> void walk(A& a, TypeSwitchStmt& n) { a(n.init, n.binding, n.x, n.body, n.label); }
template <class A> void walk(A& a, CommClause& n) { a(n.comm, n.body, n.colon); }
template <class A> void walk(A& a, SelectStmt& n) { a(n.body, n.label); }
template <class A> void walk(A& a, ForStmt& n) { a(n.init, n.cond, n.post, n.body, n.label); }
template <class A> void walk(A& a, RangeStmt& n) { a(n.key, n.value, n.tok, n.x, n.body, n.label); }

template <class A> void walk(A& a, ImportSpec& n) { a(n.name, n.path, n.pos); }
template <class A> void walk(A& a, ValueSpec& n) { a(n.names, n.typeExpr, n.values, n.iota, n.implicit, n.pos); }
template <class A> void walk(A& a, TypeSpec& n) { a(n.name, n.alias, n.typeExpr, n.pos); }
template <class A> void walk(A& a, GenDecl& n) { a(n.tok, n.pos, n.imports, n.values, n.types); }
template <class A> void walk(A& a, FuncDecl& n) {
  a(n.recv, n.name, n.sig, n.pos);
  a.funcBody(n);  // a record of its own (see ast_serial.h)
}
template <class A> void walk(A& a, File& n) {
  a(n.filename, n.pkgName, n.pkgPos, n.imports, n.genDecls, n.funcs, n.decls);
}

// ---- a new node: kind (Expr/Stmt), then fields. The reader allocates it and
// numbers it before its children, as the writer did.

template <class A, class N, class Base> void nodeAs(A& a, Base*& b) {
  if constexpr (A::kReading) {
    N* n = new N();
    a.remember(static_cast<Base*>(n));
    b = n;
  }
  N& n = static_cast<N&>(*b);
  a(n.pos);
  walk(a, n);
}

template <class A> void exprNode(A& a, Expr*& e) {
  ExprKind k = A::kReading ? ExprKind::Bad : e->kind;
  a(k);
  switch (k) {
    case ExprKind::Bad:  // the builder's placeholder for a malformed operand
      if constexpr (A::kReading) a.remember(e = new Expr(ExprKind::Bad));
      a(e->pos);
      return;
#define X(K, T) \
  case ExprKind::K: nodeAs<A, T>(a, e); return;
      GORO_EXPR_NODES(X)
#undef X
  }
  a.fail();
}

template <class A> void stmtNode(A& a, Stmt*& s) {
  StmtKind k = A::kReading ? StmtKind::Bad : s->kind;
  a(k);
  switch (k) {
    case StmtKind::Bad:
      if constexpr (A::kReading) a.remember(s = new Stmt(StmtKind::Bad));
      a(s->pos);
      return;
#define X(K, T) \
  case StmtKind::K: nodeAs<A, T>(a, s); return;
      GORO_STMT_NODES(X)
#undef X
  }
  a.fail();
}

// Reads or writes the node *p points to (p non-null when writing).
template <class A, class T> void newNode(A& a, T*& p) {
  using B = BaseOf<T>;
  if constexpr (std::is_same_v<B, Expr> || std::is_same_v<B, Stmt>) {
    B* b = p;
    if constexpr (std::is_same_v<B, Expr>) exprNode(a, b);
    else stmtNode(a, b);
    if constexpr (A::kReading) {
      if constexpr (std::is_same_v<T, B>) p = b;
      else p = b ? dynamic_cast<T*>(b) : nullptr;
      if (!p) a.fail();
    }
  } else {
    if constexpr (A::kReading) {
      p = new T();
      a.remember(p);
    }
    walk(a, *p);
  }
}

// Walks a subtree (through the same walk() lists) reporting identifiers.
class NameCollector {
 public:
  static constexpr bool kReading = false;
  explicit NameCollector(std::vector<std::string_view>& out) : out_(out) {}

  template <class... Ts> void operator()(Ts&... xs) { (field(xs), ...); }
  void fail() {}
  void funcBody(FuncDecl& n);

 private:
  std::vector<std::string_view>& out_;

  template <class T> void field(T&) {}               // scalars, strings, positions
  void field(File::Decl&) {}                         // (the same nodes as funcs and genDecls)
  template <class T> void field(std::vector<T>& v) {
    for (auto& x : v) field(x);
  }
  template <class T> void field(T*& p) {
    if (!p) return;
    if constexpr (std::is_base_of_v<Expr, T>)
      if (p->kind == ExprKind::Ident) out_.push_back(static_cast<Ident*>(static_cast<Expr*>(p))->name);
    newNode(*this, p);
  }
};

// A body record: the names the body spells (each once), then the body's own
// serialization. Returns the record's parts; false if it is malformed.
struct BodyRecord {
  std::vector<std::string_view> names;
  const uint8_t* blob = nullptr;
  size_t blobSize = 0;
};

uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
int64_t unzigzag(uint64_t u) { return int64_t(u >> 1) ^ -int64_t(u & 1); }

// long double class tags
enum : uint8_t { kFinite, kPosInf, kNegInf, kNaN };

class Writer {
 public:
  static constexpr bool kReading = false;
  std::string out;

  template <class... Ts> void operator()(Ts&... xs) { (field(xs), ...); }
  void fail() { failed = true; }
  bool failed = false;

  // 0 (no body) or 1, the record's length, then the record: the names (count,
  // then each as a string), the body's serialization (its length, then it).
  void funcBody(FuncDecl& n) {
    if (!n.body) return varint(0);
    varint(1);
    std::vector<std::string_view> names;
    NameCollector c(names);
    BlockStmt* b = n.body;
    c(b);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    Writer rec;
    rec.varint(names.size());
    for (std::string_view s : names) {
      rec.varint(s.size());
      rec.out.append(s);
    }
    Writer body;
    body(b);
    rec.varint(body.out.size());
    rec.out += body.out;
    if (body.failed) failed = true;
    varint(rec.out.size());
    out += rec.out;
  }

 private:
  std::unordered_map<const void*, uint64_t> ids;

  void varint(uint64_t v) {
    while (v >= 0x80) {
      out.push_back(char(v | 0x80));
      v >>= 7;
    }
    out.push_back(char(v));
  }
  void field(bool& b) { varint(b ? 1 : 0); }
  void field(int& v) { varint(zigzag(v)); }
  template <class E>
    requires std::is_enum_v<E>
  void field(E& e) { varint(uint64_t(e)); }
  void field(std::string& s) {
    varint(s.size());
    out.append(s);
  }
  void field(__int128& v) {
    auto u = static_cast<unsigned __int128>(v);
    varint(uint64_t(u));
    varint(uint64_t(u >> 64));
  }
  void field(long double& v) {
    if (std::isnan(v)) return varint(kNaN);
    if (std::isinf(v)) return varint(v > 0 ? kPosInf : kNegInf);
    varint(kFinite);
    int exp = 0;
    long double m = std::frexp(std::fabs(v), &exp);  // v = ±m·2^exp, m in [0.5, 1)
    varint(std::signbit(v) ? 1 : 0);
    varint(zigzag(exp));
    varint(uint64_t(std::ldexp(m, 64)));  // the 64 significant bits, exactly
  }
  void field(Pos& p) { (*this)(p.line, p.col); }
  void field(File::Decl& d) { (*this)(d.gen, d.func); }
  template <class T> void field(std::vector<T>& v) {
    varint(v.size());
    for (auto& x : v) field(x);
  }
  template <class T> void field(T*& p) {
    if (!p) return varint(0);
    auto [it, fresh] = ids.try_emplace(static_cast<const BaseOf<T>*>(p), ids.size());
    if (!fresh) return varint(2 + it->second);
    varint(1);
    newNode(*this, p);
  }
};

class Reader {
 public:
  static constexpr bool kReading = true;
  Reader(const uint8_t* p, size_t n, bool lazyBodies = false) : p_(p), end_(p + n), lazy_(lazyBodies) {}

  template <class... Ts> void operator()(Ts&... xs) { (field(xs), ...); }
  void fail() { ok = false; }
  bool ok = true;
  bool atEnd() const { return p_ == end_; }

  template <class B> void remember(B* n) { nodes_.push_back({n, &typeid(B)}); }

  void funcBody(FuncDecl& n) {
    n.body = nullptr;
    n.lazyBody = nullptr;
    n.lazyBodySize = 0;
    uint64_t tag = varint();
    if (!ok || tag == 0) return;
    uint64_t size = varint();
    if (tag != 1 || size > uint64_t(end_ - p_)) return fail();
    const uint8_t* rec = p_;
    p_ += size;
    if (lazy_) {
      n.lazyBody = rec;
      n.lazyBodySize = size;
    } else if (!readBody(rec, size, n.body)) {
      fail();
    }
  }

  // The parts of a body record (names point into the data).
  static bool parseRecord(const uint8_t* rec, size_t size, BodyRecord& out) {
    Reader r(rec, size);
    uint64_t n = r.varint();
    if (!r.ok || n > size) return false;
    out.names.resize(n);
    for (auto& name : out.names) {
      uint64_t len = r.varint();
      if (!r.ok || len > uint64_t(r.end_ - r.p_)) return false;
      name = std::string_view(reinterpret_cast<const char*>(r.p_), len);
      r.p_ += len;
    }
    out.blobSize = r.varint();
    if (!r.ok || out.blobSize != uint64_t(r.end_ - r.p_)) return false;
    out.blob = r.p_;
    return true;
  }

  static bool readBody(const uint8_t* rec, size_t size, BlockStmt*& body) {
    BodyRecord br;
    if (!parseRecord(rec, size, br)) return false;
    Reader r(br.blob, br.blobSize);
    BlockStmt* b = nullptr;
    r(b);
    if (!r.ok || !r.atEnd() || !b) return false;
    body = b;
    return true;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
  bool lazy_ = false;
  struct Node {
    void* p;
    const std::type_info* base;
  };
  std::vector<Node> nodes_;

  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) break;
      uint8_t b = *p_++;
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  void field(bool& b) { b = varint() != 0; }
  void field(int& v) { v = int(unzigzag(varint())); }
  template <class E>
    requires std::is_enum_v<E>
  void field(E& e) { e = E(varint()); }
  void field(std::string& s) {
    uint64_t n = varint();
    if (n > uint64_t(end_ - p_)) return fail();
    s.assign(reinterpret_cast<const char*>(p_), n);
    p_ += n;
  }
  void field(__int128& v) {
    uint64_t lo = varint(), hi = varint();
    v = static_cast<__int128>((static_cast<unsigned __int128>(hi) << 64) | lo);
  }
  void field(long double& v) {
    switch (varint()) {
      case kNaN: v = __builtin_nanl(""); return;
      case kPosInf: v = __builtin_infl(); return;
      case kNegInf: v = -__builtin_infl(); return;
      case kFinite: break;
      default: return fail();
    }
    bool neg = varint() != 0;
    int exp = int(unzigzag(varint()));
    long double m = std::ldexp(static_cast<long double>(varint()), -64);
    v = std::ldexp(m, exp);
    if (neg) v = -v;
  }
  void field(Pos& p) { (*this)(p.line, p.col); }
  void field(File::Decl& d) { (*this)(d.gen, d.func); }
  template <class T> void field(std::vector<T>& v) {
    uint64_t n = varint();
    if (n > uint64_t(end_ - p_)) return fail();  // every element takes a byte at least
    v.resize(n);
    for (auto& x : v) {
      if (!ok) return;
      field(x);
    }
  }
  template <class T> void field(T*& p) {
    p = nullptr;
    uint64_t tag = varint();
    if (!ok || tag == 0) return;
    if (tag == 1) return newNode(*this, p);
    using B = BaseOf<T>;
    uint64_t i = tag - 2;
    if (i >= nodes_.size() || *nodes_[i].base != typeid(B)) return fail();
    B* b = static_cast<B*>(nodes_[i].p);
    if constexpr (std::is_same_v<T, B>) p = b;
    else p = dynamic_cast<T*>(b);
    if (!p) fail();
  }
};


}  // namespace

void namesInFile(const File& f, std::vector<std::string_view>& out) {
  NameCollector c(out);
  walk(c, const_cast<File&>(f));  // the collector only reads the fields
}

void namesInGenDecl(const GenDecl& d, std::vector<std::string_view>& out) {
  NameCollector c(out);
  walk(c, const_cast<GenDecl&>(d));
}

void namesInExpr(const Expr& e, std::vector<std::string_view>& out) {
  NameCollector c(out);
  Expr* p = const_cast<Expr*>(&e);  // the collector only reads the fields
  c(p);
}

void NameCollector::funcBody(FuncDecl& n) {
  if (n.body) {
    BlockStmt* b = n.body;
    (*this)(b);
  } else if (n.lazyBody) {
    BodyRecord br;
    if (Reader::parseRecord(n.lazyBody, n.lazyBodySize, br)) out_.insert(out_.end(), br.names.begin(), br.names.end());
  }
}

void namesInFuncBody(const FuncDecl& fd, std::vector<std::string_view>& out) {
  NameCollector c(out);
  c.funcBody(const_cast<FuncDecl&>(fd));  // the collector only reads the fields
}

bool loadBody(FuncDecl& fd) {
  if (!fd.lazyBody) return true;
  if (!Reader::readBody(fd.lazyBody, fd.lazyBodySize, fd.body)) return false;
  fd.lazyBody = nullptr;
  fd.lazyBodySize = 0;
  return true;
}

std::string serializeFile(const File& f) {
  Writer w;
  walk(w, const_cast<File&>(f));  // the writer only reads the fields
  return std::move(w.out);
}

File* deserializeFile(const uint8_t* data, size_t size, bool lazyBodies) {
  Reader r(data, size, lazyBodies);
  auto* f = new File();
  walk(r, *f);
  if (!r.ok || !r.atEnd()) return nullptr;  // (a partial tree is left to the collector)
  return f;
}

}  // namespace goro::ast
