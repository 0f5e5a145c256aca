// vm/native.h — the interface between the VM and C++ natives (stdlib/ and the
// runtime's built-in packages).
//
// A Go function declared without a body (`func Sqrt(x float64) float64`) is bound
// at load time to the NativeFn registered under its qualified name:
//   "math.Sqrt", "os.(*File).write", "fmt.Sprintf".
// Arguments arrive in the callee frame in register form (vm/opcodes.def), laid
// out slot after slot in parameter order (a string takes 2 slots, a slice 3, an
// interface 2, a struct ceil(size/8) slots holding its memory layout, a variadic
// `...T` parameter one slice = 3 slots). Results are written the same way from
// frame[0]. Natives must not keep pointers into the frame across a call back
// into Go (ctx.call*): the goroutine stack may move.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/type.h"
#include "vm/func.h"

namespace goro {

struct G;
struct Program;

struct GoString {
  const uint8_t* ptr;
  int64_t len;
  std::string_view view() const { return {reinterpret_cast<const char*>(ptr), size_t(len)}; }
};
struct GoSlice {
  void* ptr;
  int64_t len;
  int64_t cap;
};
struct GoIface {
  Type* type;  // null: nil interface
  void* data;  // pointer-shaped types: the value itself; others: pointer to a boxed copy
  // Address of the value in memory layout (for pointer-shaped types, &data).
  const void* valuePtr() const {
    return type && type->isPointerShaped() ? static_cast<const void*>(&data) : data;
  }
};
static_assert(sizeof(GoString) == 16 && sizeof(GoSlice) == 24 && sizeof(GoIface) == 16);

struct NativeCtx {
  G* g = nullptr;
  Program* prog = nullptr;
  int64_t frameOff = 0;  // the native's frame, as a byte offset from the stack's low end
  // The native's frame now (re-read it after any ctx.call*: the stack may have moved).
  uint64_t* frame() const;
  // Call a closure with arguments already in register form; results copied to
  // `results` (resultSlots slots). Defined by the interpreter.
  void callClosure(Closure* fn, const uint64_t* args, int argSlots, uint64_t* results, int resultSlots);
  // Call method `name` (no args, one string result) on an interface value —
  // what fmt needs for String() and Error(). Returns false if the dynamic type
  // has no such method with that signature.
  bool callStringMethod(const GoIface& v, const char* name, GoString* out);
  // Set by a native to have the interpreter call this closure in its place
  // once it returns, as a plain call from the native's caller (so, unlike
  // callClosure, the callee may block): its arguments in register form at
  // the native's frame[0] (within the native's own parameter and result
  // slots), its results dropped. Only for natives called by Go code, not
  // through callClosure (runtime.runFinalizer runs finalizers this way).
  Closure* tailCall = nullptr;
};

// ---- registry
void registerNative(const std::string& qualifiedName, NativeFn fn);
NativeFn findNative(const std::string& qualifiedName);
// Static registration: `static NativeReg r("math.Sqrt", &mathSqrt);`
struct NativeReg {
  NativeReg(const char* name, NativeFn fn) { registerNative(name, fn); }
};

// ---- allocation helpers (Boehm GC)
// Blocks of kHugeAllocBytes and more ask the kernel for transparent huge pages
// (madvise mode, Debian's default): big slices and map tables are often walked
// with strides or at random, and 4 KiB pages then miss the TLB on each access.
inline constexpr size_t kHugeAllocBytes = size_t(4) << 20;
void adviseHugePages(void* block, size_t bytes);
// memmove for Go values: with `pointers` (the values hold pointers), aligned
// 8-byte words are copied whole, as Go's memmove guarantees, so a goroutine
// racing the copy never reads half of a pointer.
void typedMove(void* dst, const void* src, size_t n, bool pointers);
void* gcAlloc(size_t bytes);        // zeroed, scanned
void* gcAllocAtomic(size_t bytes);  // zeroed, not scanned (no pointers inside)
void* gcAllocType(const Type* t);   // zeroed object of type t (atomic if t has no pointers)
GoString makeString(std::string_view s);  // copies into the GC heap
inline GoString makeString(const std::string& s) { return makeString(std::string_view(s)); }
// Box a value (memory layout at src) of type t into an interface.
GoIface makeIface(Type* t, const void* src);

// ---- reading/writing register-form values (vm/opcodes.def "Value forms")
// Copy a value of type t from memory layout `mem` to register form at `reg`.
void memToReg(const Type* t, const void* mem, uint64_t* reg);
// Copy a value of type t from register form at `reg` to memory layout `mem`.
void regToMem(const Type* t, const uint64_t* reg, void* mem);
// Slots a value of type t takes in register form.
int regSlots(const Type* t);

// ---- process (runtime/panic.cpp)
[[noreturn]] void exitProgram(int code);          // flush stdout/stderr buffers, exit(code)
const std::vector<std::string>& programArgs();    // os.Args: program name, then its arguments
void setProgramArgs(std::vector<std::string> args);

// ---- panics (runtime/panic.cpp): these throw; they never return.
[[noreturn]] void panicValue(const GoIface& v);                 // panic(v)
[[noreturn]] void panicString(const std::string& msg);          // panic(errors.New-like string value)
[[noreturn]] void panicRuntimeError(const std::string& msg);    // runtime.Error: "runtime error: " + msg
[[noreturn]] void fatalError(const std::string& msg);           // "fatal error: msg", goroutine dump, exit 2
[[noreturn]] void panicPlainError(const std::string& msg);     // runtime error value without the "runtime error: " prefix (e.g. "assignment to entry in nil map")
void writeStdout(const void* p, size_t n);                      // buffered fd 1 (flushed at exit / before stderr writes)
void writeStderr(const void* p, size_t n);

}  // namespace goro
