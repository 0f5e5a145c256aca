// vm/interp_support.h — out-of-line helpers of the interpreter's instructions.
#pragma once
#include <atomic>
#include <string>
#include <vector>

#include "vm/native.h"

namespace goro {

// Go's boundsError texts. `unsignedIdx`: the index has an unsigned 64-bit type
// (printed as uint64). checkSlice's bit i of umask: the i-th bound (lo, hi,
// max) is unsigned; `three`: a 3-index slice; capName: "length" (strings,
// arrays) or "capacity" (slices).
[[noreturn]] void panicIndex(int64_t i, int64_t len, bool unsignedIdx);
[[noreturn]] void panicSliceBounds(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three, const char* capName,
                                   uint8_t umask);
[[noreturn]] void panicNilDeref();
[[noreturn]] void panicDivide();

int encodeRune(uint8_t* p, int64_t r);                       // returns width (1..4)
int64_t decodeRune(const uint8_t* p, int64_t n, int* width);  // U+FFFD, width 1 on invalid input

GoString concatStrings(GoString a, GoString b);
int compareStrings(GoString a, GoString b);
GoSlice stringToBytes(GoString s);
GoString bytesToString(GoSlice b);
GoSlice stringToRunes(GoString s);
GoString runesToString(GoSlice r);
GoString runeToString(int64_t r);

// Capacity growth exactly as Go 1.19's growslice (incl. size-class rounding).
GoSlice growSlice(GoSlice s, int64_t newLen, const Type* elem);
GoSlice makeSlice(const Type* elem, int64_t len, int64_t cap);

// Bound method values (METHODVAL/BOUNDVAL): ncaps has this bit set, caps[0]
// points at a heap copy of the receiver's register-form slots (their count in
// the low bits). With kLazyRecv too, caps[0] holds {dynamic type, data,
// Method*} of an interface whose dynamic type is a pointer and whose method
// reads through it (a value receiver, or one promoted from an embedded
// field): as in Go, the pointer is followed when the method value is called,
// not when it is made, so it sees later writes and a nil pointer panics then.
constexpr int64_t kBoundMethod = int64_t(1) << 62;
constexpr int64_t kLazyRecv = int64_t(1) << 61;

// A lazy bound method's receiver, read now into buf; returns its slot count.
int lazyReceiver(const Closure* c, std::vector<uint64_t>& buf);
// The receiver slots of a bound method value: *recv points at them (a lazy
// receiver is read now, into buf); returns their count. (Inline: every call
// of a bound method value goes through here.)
inline int boundReceiver(const Closure* c, const uint64_t** recv, std::vector<uint64_t>& buf) {
  if (c->ncaps & kLazyRecv) {
    int k = lazyReceiver(c, buf);
    *recv = buf.data();
    return k;
  }
  *recv = static_cast<const uint64_t*>(c->caps[0]);
  return int(c->ncaps & ~kBoundMethod);
}

const Method* findMethod(const Type* t, const std::string& name);
// Interface calls: a dynamic type's table (Type::dispatch) maps every method
// name of the program, by its index in Program::methodNames, to the type's
// Method or null. Built once (methodByIndexSlow) and published with a release
// store; a call reads it with one acquire load and an array index.
struct DispatchTable {
  const Program* prog;
  size_t n;
  const Method** methods;  // [n], allocated right after the header
};
const Method* methodByIndexSlow(const Program* prog, const Type* t, uint32_t nameIdx);
// The method named prog->methodNames[nameIdx] of dynamic type t, or null.
inline const Method* methodByIndex(const Program* prog, const Type* t, uint32_t nameIdx) {
  auto* tab = static_cast<const DispatchTable*>(std::atomic_ref<const void*>(t->dispatch).load(std::memory_order_acquire));
  if (__builtin_expect(tab && tab->prog == prog && nameIdx < tab->n, 1)) return tab->methods[nameIdx];
  return methodByIndexSlow(prog, t, nameIdx);
}
bool implementsIface(const Type* t, const Type* iface, std::string* missing);
const void* walkPath(const Type* t, const void* addr, const std::vector<int>& path, const Type** outType);
// The receiver of m for a value of dynamic type dyn (interface data word `data`),
// in register form, into `out`; returns its slot count.
int placeReceiver(const Method& m, const Type* dyn, void* data, std::vector<uint64_t>& out);
// The same, into a callee's frame at dst, whose argSlots argument slots the caller
// placed from dst + 1: they move up when the receiver takes other than one slot.
int placeReceiverAt(const Method& m, const Type* dyn, void* data, uint64_t* dst, int argSlots);

}  // namespace goro
