// stdlib/errors_natives.cpp — natives of package errors: the reflection step
// of errors.As (is err's dynamic type assignable to *target's type; if so,
// store err there).
#include <cstring>
#include <string>

#include "stdlib/native_args.h"
#include "vm/interp_support.h"

namespace goro {
namespace {

// Go spec: Assignability, for a value of (non-interface, dynamic) type v to
// type t, as reflect's AssignableTo decides it.
bool assignable(const Type* v, const Type* t) {
  if (v == t) return true;
  if (t->underlying->kind == Kind::Interface) return implementsIface(v, t, nullptr);
  // Identical underlying types, at least one of the two not named.
  return v->underlying == t->underlying && (!v->isNamed() || !t->isNamed());
}

// The element type of As's target if it is an acceptable one (see asTargetKind).
int targetKind(const GoIface& target) {
  if (!target.type || target.type->underlying->kind != Kind::Pointer || !target.data) return 1;
  const Type* want = target.type->underlying->elem;
  if (want->underlying->kind != Kind::Interface && !findMethod(want, "Error")) return 2;
  return 0;
}

// func asTargetKind(target any) int
// 0: a non-nil pointer to an interface type or to a type implementing error;
// 1: not a pointer, or a nil pointer; 2: a pointer to anything else.
void errorsAsTargetKind(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, targetKind(nat::iface(f, 0))); }

// func asTarget(err error, target any) bool
// target passed asTargetKind; err is non-nil. If err's dynamic type is
// assignable to *target's type, stores err there and returns true.
void errorsAsTarget(NativeCtx&, uint64_t* f) {
  GoIface err = nat::iface(f, 0);
  GoIface target = nat::iface(f, 2);
  if (targetKind(target) != 0) panicString("errors: target must be a non-nil pointer");
  const Type* want = target.type->underlying->elem;
  if (!err.type || !assignable(err.type, want)) {
    nat::setBool(f, 0, false);
    return;
  }
  if (want->underlying->kind == Kind::Interface) {
    std::memcpy(target.data, &err, sizeof err);  // the interface value itself
  } else if (err.type->isPointerShaped()) {
    std::memcpy(target.data, &err.data, 8);
  } else {
    std::memcpy(target.data, err.data, size_t(want->size));
  }
  nat::setBool(f, 0, true);
}

NativeReg r1("errors.asTarget", &errorsAsTarget);
NativeReg r2("errors.asTargetKind", &errorsAsTargetKind);

}  // namespace

void linkErrorsNatives() {}
}  // namespace goro
