// vm/universe.cpp — the universe block (Go spec: Predeclared identifiers).
#include "vm/check.h"
#include "vm/constant.h"
#include "vm/types.h"

namespace goro {

static const char* const kBuiltinNames[] = {
    "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
    "min", "new", "panic", "print", "println", "real", "recover",
};
static_assert(sizeof(kBuiltinNames) / sizeof(kBuiltinNames[0]) == size_t(Builtin::Count));

const char* builtinName(Builtin b) {
  return b < Builtin::Count ? kBuiltinNames[int(b)] : "?";
}

static Scope* makeUniverse() {
  Scope* s = new Scope;
  auto def = [&](Object* o) { s->names[o->name] = o; };
  auto typ = [&](const char* name, Type* t) {
    Object* o = new Object;
    o->kind = ObjKind::TypeName;
    o->name = name;
    o->type = t;
    def(o);
  };
  typ("bool", types::Bool());
  typ("int", types::Int());
  typ("int8", types::Int8());
  typ("int16", types::Int16());
  typ("int32", types::Int32());
  typ("int64", types::Int64());
  typ("uint", types::Uint());
  typ("uint8", types::Uint8());
  typ("uint16", types::Uint16());
  typ("uint32", types::Uint32());
  typ("uint64", types::Uint64());
  typ("uintptr", types::Uintptr());
  typ("float32", types::Float32());
  typ("float64", types::Float64());
  typ("complex64", types::Complex64());
  typ("complex128", types::Complex128());
  typ("string", types::String());
  typ("byte", types::Byte());
  typ("rune", types::Rune());
  typ("error", types::ErrorType());
  typ("any", types::AnyType());

  // error's Error method: a Func object for selections (e.Error()).
  {
    Object* m = new Object;
    m->kind = ObjKind::Func;
    m->name = "Error";
    m->type = types::ErrorType()->underlying->methods[0].type;
    m->recvType = types::ErrorType();
    setInterfaceMethodObj(types::ErrorType(), "Error", m);
  }

  auto cst = [&](const char* name, Type* t, ast::ConstValue v) {
    Object* o = new Object;
    o->kind = ObjKind::Const;
    o->name = name;
    o->type = t;
    o->value = v;
    def(o);
  };
  cst("true", types::UntypedBool(), constant::makeBool(true));
  cst("false", types::UntypedBool(), constant::makeBool(false));
  cst("iota", types::UntypedInt(), constant::makeInt(0));

  Object* nil = new Object;
  nil->kind = ObjKind::Nil;
  nil->name = "nil";
  nil->type = types::UntypedNil();
  def(nil);

  for (int i = 0; i < int(Builtin::Count); i++) {
    // min and max are Go 1.21 built-ins; the subset includes them (a program
    // that declares its own min/max shadows them, as in Go).
    Object* o = new Object;
    o->kind = ObjKind::Builtin;
    o->name = kBuiltinNames[i];
    o->builtin = Builtin(i);
    o->type = types::Invalid();
    def(o);
  }
  return s;
}

Scope* universe() {
  static Scope* u = makeUniverse();
  return u;
}

}  // namespace goro
