// vm/check_builtin.cpp — built-in functions (go/types builtins.go; min and
// max with Go 1.21 semantics).
#include "vm/check_internal.h"

namespace goro::chk {

namespace {
struct BuiltinInfo {
  int nargs;
  bool variadic;
};
BuiltinInfo info(Builtin b) {
  switch (b) {
    case Builtin::Append: return {1, true};
    case Builtin::Cap: return {1, false};
    case Builtin::Close: return {1, false};
    case Builtin::Complex: return {2, false};
    case Builtin::Copy: return {2, false};
    case Builtin::Delete: return {2, false};
    case Builtin::Imag: return {1, false};
    case Builtin::Len: return {1, false};
    case Builtin::Make: return {1, true};
    case Builtin::Max: return {1, true};
    case Builtin::Min: return {1, true};
    case Builtin::New: return {1, false};
    case Builtin::Panic: return {1, false};
    case Builtin::Print: return {0, true};
    case Builtin::Println: return {0, true};
    case Builtin::Real: return {1, false};
    case Builtin::Recover: return {0, false};
    default: return {0, false};
  }
}
}  // namespace

bool Checker::builtin(Operand& x, ast::CallExpr* call, Builtin id) {
  BuiltinInfo bin = info(id);
  std::string name = builtinName(id);
  if (call->hasEllipsis && id != Builtin::Append) {
    error(startPos(call), "invalid operation: invalid use of ... with built-in " + name);
    useExprs(call->args);
    return false;
  }
  if (id == Builtin::Complex || id == Builtin::Real || id == Builtin::Imag) {
    error(startPos(call), "complex numbers are not supported (built-in " + name + ")");
    useExprs(call->args);
    return false;
  }
  bool sHasCall = hasCallOrRecv_;
  hasCallOrRecv_ = false;
  struct Restore {
    bool& ref;
    bool val;
    bool len;
    ~Restore() {
      if (len) ref = val;
    }
  } restore{hasCallOrRecv_, sHasCall, id == Builtin::Len || id == Builtin::Cap};
  if (id != Builtin::Len && id != Builtin::Cap) hasCallOrRecv_ = sHasCall;

  std::vector<Operand> args;
  size_t nargs = call->args.size();
  if (id != Builtin::Make && id != Builtin::New) {
    bool fwd;
    evalArgs(args, call->args, &fwd);
    nargs = args.size();
    if (nargs > 0) {
      x = args[0];
      if (x.mode == Mode::Invalid) return false;
    }
  }
  {
    std::string msg;
    if (int(nargs) < bin.nargs) msg = "not enough";
    else if (!bin.variadic && int(nargs) > bin.nargs) msg = "too many";
    if (!msg.empty()) {
      error(startPos(call), "invalid operation: " + msg + " arguments for " + exprStr(call) + " (expected " +
                                std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
      return false;
    }
  }

  switch (id) {
    case Builtin::Append: {
      Type* S = x.type;
      Type* u = S->underlying;
      if (!u || u->kind != Kind::Slice) {
        std::string cause = x.isNil() ? "have untyped nil" : "have " + operandStr(x);
        error(startPos(x.expr), "first argument to append must be a slice; " + cause);
        return false;
      }
      Type* T = u->elem;
      if (nargs == 2 && call->hasEllipsis) {
        Operand tmp = x;
        if (assignableTo(tmp, newSlice(types::Byte()), nullptr) && types::isString(args[1].type)) {
          if (args[1].mode == Mode::Invalid) return false;
          // append([]byte, string...)
          if (types::isUntyped(args[1].type)) convertUntyped(args[1], types::String());
          x.mode = Mode::Value;
          x.type = S;
          break;
        }
      }
      Type* sig = newFunc({S, newSlice(T)}, {S}, true);
      arguments(call, sig, args, "append");
      x.mode = Mode::Value;
      x.type = S;
      hasCallOrRecv_ = true;
      break;
    }
    case Builtin::Cap: case Builtin::Len: {
      Mode mode = Mode::Invalid;
      ast::ConstValue val;
      Type* t = x.type->underlying;
      if (t && t->kind == Kind::Pointer && t->elem->underlying && t->elem->underlying->kind == Kind::Array)
        t = t->elem->underlying;
      if (t) {
        switch (t->kind) {
          case Kind::String: case Kind::UntypedString:
            if (id == Builtin::Len) {
              if (x.mode == Mode::Constant) {
                mode = Mode::Constant;
                val = constant::makeInt(__int128(x.val.s.size()));
              } else {
                mode = Mode::Value;
              }
            }
            break;
          case Kind::Array:
            mode = Mode::Value;
            if (!hasCallOrRecv_) {
              mode = Mode::Constant;
              val = constant::makeInt(t->len);
            }
            break;
          case Kind::Slice: case Kind::Chan:
            mode = Mode::Value;
            break;
          case Kind::Map:
            if (id == Builtin::Len) mode = Mode::Value;
            break;
          default:
            break;
        }
      }
      if (mode == Mode::Invalid) {
        if (x.type->kind != Kind::Invalid || x.type->isNamed())
          error(startPos(x.expr), "invalid argument: " + operandStr(x) + " for " + name);
        return false;
      }
      // an untyped string argument becomes a string
      if (types::isUntyped(x.type)) updateExprType(x.expr, types::defaultType(x.type), true);
      x.mode = mode;
      x.type = types::Int();
      x.val = val;
      break;
    }
    case Builtin::Close: {
      Type* u = x.type->underlying;
      if (!u || u->kind != Kind::Chan) {
        error(startPos(x.expr), "invalid operation: cannot close non-channel " + operandStr(x));
        return false;
      }
      if (u->dir == ChanDir::Recv) {
        error(startPos(x.expr), "invalid operation: cannot close receive-only channel " + operandStr(x));
        return false;
      }
      x.mode = Mode::NoValue;
      break;
    }
    case Builtin::Copy: {
      Operand& y = args[1];
      if (y.mode == Mode::Invalid) return false;
      Type* du = x.type->underlying;
      Type* su = y.type->underlying;
      Type* srcElem = nullptr;
      if (su && (su->kind == Kind::String || su->kind == Kind::UntypedString)) srcElem = types::Byte();
      else if (su && su->kind == Kind::Slice) srcElem = su->elem;
      if (!du || du->kind != Kind::Slice || !srcElem) {
        error(startPos(x.expr), "invalid argument: copy expects slice arguments; found " + operandStr(x) + " and " +
                                    operandStr(y));
        return false;
      }
      if (du->elem != srcElem) {
        error(startPos(x.expr), "invalid argument: arguments to copy " + operandStr(x) + " and " + operandStr(y) +
                                    " have different element types " + typeStr(du->elem) + " and " + typeStr(srcElem));
        return false;
      }
      if (types::isUntyped(y.type)) convertUntyped(y, types::String());
      x.mode = Mode::Value;
      x.type = types::Int();
      hasCallOrRecv_ = true;
      break;
    }
    case Builtin::Delete: {
      Type* u = x.type->underlying;
      if (!u || u->kind != Kind::Map) {
        error(startPos(x.expr), "invalid argument: " + operandStr(x) + " is not a map");
        return false;
      }
      Operand k = args[1];
      if (k.mode == Mode::Invalid) return false;
      assignment(k, u->key, "argument to delete");
      if (k.mode == Mode::Invalid) return false;
      x.mode = Mode::NoValue;
      break;
    }
    case Builtin::Make: {
      ast::Expr* arg0 = call->args[0];
      Type* T = varTypeAt(arg0, call->pos);
      if (T->kind == Kind::Invalid && !T->isNamed()) {
        for (size_t i = 1; i < call->args.size(); i++) use(call->args[i]);
        return false;
      }
      int min = 0;
      Kind k = T->underlying ? T->underlying->kind : Kind::Invalid;
      if (k == Kind::Slice) min = 2;
      else if (k == Kind::Map || k == Kind::Chan) min = 1;
      else {
        error(startPos(arg0), "invalid argument: cannot make " + exprStr(arg0) + "; type must be slice, map, or channel");
        for (size_t i = 1; i < call->args.size(); i++) use(call->args[i]);
        return false;
      }
      if (int(nargs) < min || min + 1 < int(nargs)) {
        error(startPos(call), "invalid operation: " + exprStr(call) + " expects " + std::to_string(min) + " or " +
                                  std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        for (size_t i = 1; i < call->args.size(); i++) use(call->args[i]);
        return false;
      }
      std::vector<int64_t> sizes;
      for (size_t i = 1; i < call->args.size(); i++) {
        int64_t v;
        index(call->args[i], -1, &v);
        if (v >= 0) sizes.push_back(v);
      }
      if (sizes.size() == 2 && sizes[0] > sizes[1])
        error(startPos(call->args[1]), "invalid argument: length and capacity swapped");
      x.mode = Mode::Value;
      x.type = T;
      hasCallOrRecv_ = true;
      break;
    }
    case Builtin::New: {
      Type* T = varTypeAt(call->args[0], call->pos);
      if (T->kind == Kind::Invalid && !T->isNamed()) return false;
      x.mode = Mode::Value;
      x.type = newPointer(T);
      hasCallOrRecv_ = true;
      break;
    }
    case Builtin::Panic: {
      assignment(x, types::AnyType(), "argument to panic");
      if (x.mode == Mode::Invalid) return false;
      x.mode = Mode::NoValue;
      hasCallOrRecv_ = true;
      break;
    }
    case Builtin::Print: case Builtin::Println: {
      for (size_t i = 0; i < nargs; i++) {
        Operand& a = args[i];
        if (a.mode == Mode::Invalid) return false;
        assignment(a, nullptr, "argument to " + name);
        if (a.mode == Mode::Invalid) return false;
      }
      x.mode = Mode::NoValue;
      hasCallOrRecv_ = true;
      break;
    }
    case Builtin::Recover:
      x.mode = Mode::Value;
      x.type = types::AnyType();
      hasCallOrRecv_ = true;
      break;
    case Builtin::Max: case Builtin::Min: {
      Tok op = id == Builtin::Max ? Tok::Gtr : Tok::Lss;
      for (size_t i = 0; i < nargs; i++) {
        Operand& a = args[i];
        if (a.mode == Mode::Invalid) return false;
        if (!types::isOrdered(a.type)) {
          error(startPos(a.expr), "invalid argument: " + operandStr(a) + " cannot be ordered");
          return false;
        }
        if (i > 0) {
          matchTypes(x, a);
          if (x.mode == Mode::Invalid) return false;
          if (x.type != a.type) {
            error(startPos(a.expr), "invalid argument: mismatched types " + typeStr(x.type) + " (previous argument) and " +
                                        typeStr(a.type) + " (type of " + exprStr(a.expr) + ")");
            return false;
          }
          if (x.mode == Mode::Constant && a.mode == Mode::Constant) {
            if (constant::compare(op, a.val, x.val)) x = a;
          } else {
            x.mode = Mode::Value;
          }
        }
      }
      if (x.mode != Mode::Constant) {
        x.mode = Mode::Value;
        assignment(x, types::AnyType(), "argument to built-in " + name);
        if (x.mode == Mode::Invalid) return false;
      }
      for (Operand& a : args) updateExprType(a.expr, x.type, true);
      break;
    }
    default:
      return false;
  }
  return true;
}

}  // namespace goro::chk
