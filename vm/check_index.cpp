// vm/check_index.cpp — index and slice expressions, type assertions and
// composite literals (go/types index.go and the CompositeLit case of expr.go).
#include "vm/check_internal.h"

namespace goro::chk {

using EK = ast::ExprKind;

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
  if (x.mode == Mode::Invalid) return false;
  convertUntyped(x, types::Int());
  if (x.mode == Mode::Invalid) return false;
  if (!types::isInteger(x.type)) {
    error(startPos(x.expr), std::string("invalid argument: ") + what + " " + operandStr(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::Constant) {
    __int128 v = 0;
    constant::toInt(x.val, &v);
    if (!allowNegative && v < 0) {
      error(startPos(x.expr), std::string("invalid argument: ") + what + " " + operandStr(x) + " must not be negative");
      return false;
    }
    if (v > INT64_MAX || v < INT64_MIN) {
      error(startPos(x.expr), std::string("invalid argument: ") + what + " " + operandStr(x) + " overflows int");
      return false;
    }
  }
  return true;
}

// go/types index: checks an index expression against [0, max) (max < 0:
// unknown); *val receives a constant index (or -1).
bool Checker::index(ast::Expr* idx, int64_t max, int64_t* val, const char* what) {
  *val = -1;
  Operand x;
  expr(x, idx);
  if (!isValidIndex(x, what, false)) return false;
  if (x.mode != Mode::Constant) return true;
  __int128 v = 0;
  constant::toInt(x.val, &v);
  if (max >= 0 && v >= max) {
    error(startPos(x.expr), "invalid argument: index " + valueStr(x.val) + " out of bounds [0:" +
                                std::to_string(max) + "]");
    return false;
  }
  *val = int64_t(v);
  return true;
}

void Checker::indexExpr(Operand& x, ast::IndexExpr* e) {
  exprOrType(x, e->x);
  if (x.mode == Mode::Invalid) {
    use(e->index);
    return;
  }
  if (x.mode == Mode::TypeExpr) {
    error(startPos(e->x), typeStr(x.type) + " is not a generic type");
    use(e->index);
    x.mode = Mode::Invalid;
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = x.type->underlying;
  if (u) {
    switch (u->kind) {
      case Kind::String: case Kind::UntypedString:
        valid = true;
        if (x.mode == Mode::Constant) length = int64_t(x.val.s.size());
        x.mode = Mode::Value;
        x.type = types::Byte();
        break;
      case Kind::Array:
        valid = true;
        length = u->len;
        if (x.mode != Mode::Variable) x.mode = Mode::Value;
        x.type = u->elem;
        break;
      case Kind::Pointer:
        if (u->elem->underlying && u->elem->underlying->kind == Kind::Array) {
          valid = true;
          length = u->elem->underlying->len;
          x.mode = Mode::Variable;
          x.type = u->elem->underlying->elem;
        }
        break;
      case Kind::Slice:
        valid = true;
        x.mode = Mode::Variable;
        x.type = u->elem;
        break;
      case Kind::Map: {
        Operand key;
        expr(key, e->index);
        assignment(key, u->key, "map index");
        x.mode = Mode::MapIndex;
        x.type = u->elem;
        x.expr = e;
        return;
      }
      default:
        break;
    }
  }
  if (!valid) {
    Pos lbrack = startPos(e->index);  // gc reports at '[' (not in the AST: assume x[i] spelling)
    if (lbrack.col > 1) lbrack.col--;
    error(lbrack, "invalid operation: cannot index " + operandStr(x));
    use(e->index);
    x.mode = Mode::Invalid;
    return;
  }
  int64_t v;
  index(e->index, length, &v);
}

void Checker::sliceExpr(Operand& x, ast::SliceExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) {
    use(e->lo);
    use(e->hi);
    use(e->max);
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type* u = x.type->underlying;
  if (u) {
    switch (u->kind) {
      case Kind::String: case Kind::UntypedString:
        if (e->slice3) {
          error(e->max ? startPos(e->max) : startPos(e), "invalid operation: 3-index slice of string");
          x.mode = Mode::Invalid;
          return;
        }
        valid = true;
        if (x.mode == Mode::Constant) length = int64_t(x.val.s.size());
        if (types::isUntyped(x.type)) x.type = types::String();
        break;
      case Kind::Array:
        valid = true;
        length = u->len;
        if (x.mode != Mode::Variable) {
          error(startPos(x.expr), "invalid operation: " + operandStr(x) + " (slice of unaddressable value)");
          x.mode = Mode::Invalid;
          return;
        }
        markAddressed(e->x);
        x.type = newSlice(u->elem);
        break;
      case Kind::Pointer:
        if (u->elem->underlying && u->elem->underlying->kind == Kind::Array) {
          valid = true;
          length = u->elem->underlying->len;
          x.type = newSlice(u->elem->underlying->elem);
        }
        break;
      case Kind::Slice:
        valid = true;
        break;
      default:
        break;
    }
  }
  if (!valid) {
    error(startPos(x.expr), "invalid operation: cannot slice " + operandStr(x));
    x.mode = Mode::Invalid;
    return;
  }
  x.mode = Mode::Value;
  if (e->slice3 && (!e->hi || !e->max)) {  // (the parser has reported it, as gc's)
    use(e->lo);  // (the indices given still count as uses: gc reports no unused variable)
    use(e->hi);
    use(e->max);
    x.mode = Mode::Invalid;
    return;
  }
  ast::Expr* idx[3] = {e->lo, e->hi, e->max};
  int64_t ind[3] = {-1, -1, -1};
  int n = e->slice3 ? 3 : 2;
  for (int i = 0; i < n; i++) {
    int64_t v = -1;
    if (idx[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t cv;
      if (index(idx[i], max, &cv) && cv >= 0) v = cv;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < n - 1; i++) {
    if (ind[i] > 0) {
      bool done = false;
      for (int j = i + 1; j < n; j++) {
        if (ind[j] >= 0 && ind[j] < ind[i]) {
          error(startPos(idx[j] ? idx[j] : e), "invalid slice indices: " + std::to_string(ind[j]) + " < " +
                                                   std::to_string(ind[i]));
          done = true;
          break;
        }
      }
      if (done) break;
    }
  }
}

// Whether a value of interface type x.type may hold a T (go/types assertableTo).
bool Checker::typeAssertionOk(Operand& x, Type* T, ast::Expr* e, std::string* cause) {
  (void)e;
  if (types::isInterface(T)) return true;
  MissingMethod mm;
  if (goro::implements(T, x.type, &mm)) return true;
  *cause = missingMethodReason(T, x.type, mm);
  return false;
}

void Checker::typeAssertion(Operand& x, ast::TypeAssertExpr* e) {
  expr(x, e->x);
  if (x.mode == Mode::Invalid) {
    typExpr(e->typeExpr);
    return;
  }
  if (!types::isInterface(x.type)) {
    error(startPos(x.expr), "invalid operation: " + operandStr(x) + " is not an interface");
    typExpr(e->typeExpr);
    x.mode = Mode::Invalid;
    return;
  }
  Type* T = varType(e->typeExpr);
  if (T->kind == Kind::Invalid && !T->isNamed()) {
    x.mode = Mode::Invalid;
    return;
  }
  std::string cause;
  if (!typeAssertionOk(x, T, e, &cause)) {
    error(startPos(e), "impossible type assertion: " + exprStr(e) + "\n\t" + typeStr(T) + " does not implement " +
                           typeStr(x.type) + " " + cause);
  }
  x.mode = Mode::CommaOk;
  x.type = T;
}

int64_t Checker::indexedElts(const std::vector<ast::Expr*>& elts, Type* elem, int64_t length) {
  std::set<int64_t> visited;
  int64_t idx = 0, max = 0;
  for (ast::Expr* e : elts) {
    bool validIndex = false;
    ast::Expr* eval = e;
    if (e->kind == EK::KeyValue) {
      auto* kv = static_cast<ast::KeyValueExpr*>(e);
      int64_t i;
      Operand probe;
      if (index(kv->key, length, &i)) {
        if (i >= 0) {
          idx = i;
          validIndex = true;
        } else {
          error(startPos(e), "index " + exprStr(kv->key) + " must be integer constant");
        }
      }
      eval = kv->value;
    } else if (length >= 0 && idx >= length) {
      error(startPos(e), "index " + std::to_string(idx) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      validIndex = true;
    }
    if (validIndex) {
      if (visited.count(idx)) error(startPos(e), "duplicate index " + std::to_string(idx) + " in array or slice literal");
      visited.insert(idx);
    }
    idx++;
    if (idx > max) max = idx;
    exprElem(eval, elem, "array or slice literal");
  }
  return max;
}

// An element of a composite literal (its type may be elided when it is itself
// a composite literal).
void Checker::exprElem(ast::Expr* e, Type* elem, const std::string& context) {
  Operand x;
  exprWithHint(x, e, elem);
  assignment(x, elem, context);
}

// The elements of a literal that is not checked further (its type is
// invalid or missing): their operands count as uses, and an untyped inner
// literal `{1, 2}` is walked into, not reported as missing its type.
void Checker::useElts(const std::vector<ast::Expr*>& elts) {
  for (ast::Expr* el : elts) {
    if (el->kind == EK::KeyValue) el = static_cast<ast::KeyValueExpr*>(el)->value;
    if (el->kind == EK::CompositeLit && !static_cast<ast::CompositeLit*>(el)->typeExpr)
      useElts(static_cast<ast::CompositeLit*>(el)->elts);
    else
      use(el);
  }
}

void Checker::compositeLit(Operand& x, ast::CompositeLit* e, Type* hint) {
  Type* typ = nullptr;
  Type* base = nullptr;
  bool openArray = false;
  Type* openElem = nullptr;
  if (e->typeExpr) {
    ast::Expr* te = e->typeExpr;
    if (te->kind == EK::ArrayType && static_cast<ast::ArrayTypeExpr*>(te)->ellipsisLen) {
      openArray = true;
      openElem = varType(static_cast<ast::ArrayTypeExpr*>(te)->elem);
    } else {
      typ = typExpr(te);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = hint;
    if (!hint->isNamed() && hint->kind == Kind::Pointer) base = hint->elem;
  } else {
    error(startPos(e), "missing type in composite literal");
    useElts(e->elts);
    return;
  }
  if (openArray) {
    if (openElem->kind == Kind::Invalid && !openElem->isNamed()) {
      useElts(e->elts);
      return;
    }
    int64_t n = indexedElts(e->elts, openElem, -1);
    typ = newArray(openElem, n);
    recordFinal(e->typeExpr, Mode::TypeExpr, typ, ast::ConstValue{});
    x.mode = Mode::Value;
    x.type = typ;
    return;
  }
  Type* u = base->underlying;
  if (!u) {
    error(startPos(e), "invalid recursive type " + typeStr(base));
    return;
  }
  switch (u->kind) {
    case Kind::Struct: {
      if (e->elts.empty()) break;
      const auto& fields = u->fields;
      if (e->elts[0]->kind == EK::KeyValue) {
        std::vector<bool> visited(fields.size(), false);
        for (ast::Expr* el : e->elts) {
          if (el->kind != EK::KeyValue) {
            error(startPos(el), "mixture of field:value and value elements in struct literal");
            continue;
          }
          auto* kv = static_cast<ast::KeyValueExpr*>(el);
          Operand v;
          exprWithHint(v, kv->value, nullptr);
          if (kv->key->kind != EK::Ident) {
            error(startPos(kv), "invalid field name " + exprStr(kv->key) + " in struct literal");
            continue;
          }
          auto* key = static_cast<ast::Ident*>(kv->key);
          int fi = -1;
          for (size_t i = 0; i < fields.size() && key->name != "_"; i++)
            if (fields[i].name == key->name && (fields[i].exported || base->pkg == pkg_->name || !base->isNamed())) {
              fi = int(i);
              break;
            }
          if (fi < 0) {
            error(key->pos, "unknown field '" + key->name + "' in struct literal of type " + typeStr(base));
            continue;
          }
          // the field name resolves to nothing in scope (it is not an expression)
          key->mode = Mode::Value;
          key->type = fields[size_t(fi)].type;
          assignment(v, fields[size_t(fi)].type, "struct literal");
          if (visited[size_t(fi)]) {
            error(startPos(kv), "duplicate field name " + key->name + " in struct literal");
            continue;
          }
          visited[size_t(fi)] = true;
        }
      } else {
        for (size_t i = 0; i < e->elts.size(); i++) {
          ast::Expr* el = e->elts[i];
          if (el->kind == EK::KeyValue) {
            error(startPos(el), "mixture of field:value and value elements in struct literal");
            use(static_cast<ast::KeyValueExpr*>(el)->value);
            continue;
          }
          Operand v;
          exprWithHint(v, el, nullptr);
          if (i >= fields.size()) {
            error(startPos(el), "too many values in " + typeStr(base) + "{…}");
            break;
          }
          const Field& f = fields[i];
          if (!f.exported && base->isNamed() && base->pkg != pkg_->name) {
            error(startPos(el), "implicit assignment to unexported field " + f.name + " in " + typeStr(base) + " literal");
            continue;
          }
          assignment(v, f.type, "struct literal");
        }
        if (e->elts.size() < fields.size()) error(e->rbrace, "too few values in " + typeStr(base) + "{…}");
      }
      break;
    }
    case Kind::Array:
      indexedElts(e->elts, u->elem, u->len);
      break;
    case Kind::Slice:
      indexedElts(e->elts, u->elem, -1);
      break;
    case Kind::Map: {
      bool keyIsIface = u->key->underlying && u->key->underlying->kind == Kind::Interface;
      std::vector<std::pair<ast::ConstValue, Type*>> seen;
      for (ast::Expr* el : e->elts) {
        if (el->kind != EK::KeyValue) {
          error(startPos(el), "missing key in map literal");
          use(el);
          continue;
        }
        auto* kv = static_cast<ast::KeyValueExpr*>(el);
        Operand k;
        exprWithHint(k, kv->key, u->key);
        assignment(k, u->key, "map literal");
        if (k.mode == Mode::Constant) {
          bool dup = false;
          for (auto& [sv, st] : seen) {
            if (sv.k != k.val.k) continue;
            bool eq = sv.k == ast::ConstValue::K::String ? sv.s == k.val.s
                      : sv.k == ast::ConstValue::K::Bool ? sv.b == k.val.b
                                                          : constant::compare(Tok::Eql, sv, k.val);
            if (eq && (!keyIsIface || st == k.type)) dup = true;
          }
          if (dup) {
            error(startPos(k.expr), "duplicate key " + valueStr(k.val) + " in map literal");
            continue;
          }
          seen.push_back({k.val, k.type});
        }
        exprElem(kv->value, u->elem, "map literal");
      }
      break;
    }
    default:
      useElts(e->elts);
      if (u->kind != Kind::Invalid) error(startPos(e), "invalid composite literal type " + typeStr(typ));
      return;
  }
  x.mode = Mode::Value;
  x.type = typ;
}

}  // namespace goro::chk
