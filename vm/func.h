// vm/func.h — compiled code: instructions, function prototypes, closures, the
// program. Produced by the compiler (vm/compile*.cpp), run by the interpreter
// (vm/interp.cpp), listed by the disassembler (vm/disasm.cpp).
//
// Frame layout (one contiguous goroutine stack, slots of 8 bytes):
//
//     caller frame ... | hdr: caller fp | return pc | FuncProto* | Closure* | callee slot 0 ...
//                        ^ caller R[a]                                        ^ callee fp = caller fp + a + 4
//
//   - a call at base `a` writes the header at R[a..a+4) and the arguments at
//     R[a+4..); the callee's parameters are its slots 0..paramSlots, its
//     results are returned in its slots 0..resultSlots (= R[a+4..) of the caller);
//   - the slots of a frame beyond its parameters are zeroed on entry;
//   - pointers into the stack may live in: frame slots (per the stack maps),
//     the header's caller-fp word, G's saved context, defer records, and the
//     `elem` of a sudog (runtime/stack.cpp lists and adjusts them all).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/type.h"

namespace goro {

enum Op : uint16_t {
#define OP(name, operands, meaning) OP_##name,
#include "vm/opcodes.def"
#undef OP
  OP__COUNT
};

extern const char* const kOpNames[OP__COUNT];
extern const char* const kOpOperands[OP__COUNT];

struct Instr {
  uint16_t op = OP_NOP;
  uint16_t a = 0;
  int32_t b = 0;
  int32_t c = 0;
  int32_t d = 0;
};
static_assert(sizeof(Instr) == 16);

constexpr int kFrameHeader = 4;  // caller fp, return pc, FuncProto*, Closure*

// Pointer bitmap of the frame slots [0, nslots) at one safepoint: bit i set iff
// slot i holds a pointer (into the heap or the stack) at that pc.
struct StackMap {
  int32_t pc = 0;                 // index of the safepoint instruction
  std::vector<uint64_t> bits;     // ceil(frameSize/64) words
  bool isPtr(int slot) const {
    size_t w = size_t(slot) / 64;
    return w < bits.size() && ((bits[w] >> (slot % 64)) & 1);
  }
};

struct NativeCtx;
// A native receives the callee frame: arguments in frame[0..), results go to
// frame[0..) (the same convention as bytecode functions). It may panic by
// calling goro::panicError/panicString (vm/panic.h), which throws.
using NativeFn = void (*)(NativeCtx& ctx, uint64_t* frame);

struct FuncProto {
  std::string name;               // Go's symbol: "main.main", "main.(*T).M", "main.f.func1"
  std::string file;               // source file as given on the command line
  int line = 0;                   // line of the func keyword
  Type* sig = nullptr;            // signature (receiver, if any, is the first param)
  std::vector<Instr> code;
  std::vector<int32_t> lines;     // source line of each instruction (under line directives: theirs)
  // Under line directives (grammar/line_directive.h) instructions may belong
  // to other files: from fileRuns[i].pc on, the file is fileRuns[i].file as
  // written ("??" for an empty name), or `file` again when !directive. Empty
  // for almost every function. (runtime/traceback.h frameFile reads it.)
  struct FileRun {
    uint32_t pc;
    bool directive;
    std::string file;
  };
  std::vector<FileRun> fileRuns;
  std::vector<uint64_t> consts;   // K: ints, float bits, Type*, string data/len pairs
  int paramSlots = 0;             // slots taken by the parameters (receiver first)
  int recvSlots = 0;              // methods: slots of the receiver (0 for functions)
  int resultSlots = 0;
  int frameSize = 0;              // all slots of a frame (params, locals, temps)
  std::vector<StackMap> stackmaps;  // sorted by pc, one per safepoint
  std::vector<uint64_t> paramPtrs;  // pointer bitmap of the parameters (at entry)
  // Bounds checks whose index operands have an unsigned 64-bit type (uint,
  // uint64, uintptr), sorted by pc: bit i of the mask = the i-th index
  // operand (lo, hi, max). Go reports such an index as unsigned
  // (18446744073709551615, not -1); read only when a check fails.
  std::vector<std::pair<int32_t, uint8_t>> unsignedBounds;
  bool isClosure = false;         // a function literal: reads captures via GETCAP
  bool hasDefer = false;          // contains DEFER
  // Functions with defers: where execution resumes when a deferred call of this
  // frame recovers a panic — code that runs the remaining defers (DEFERRETURN),
  // loads the (named or hidden) result variables and RETs. -1 otherwise.
  int32_t recoverPc = -1;
  NativeFn native = nullptr;      // body-less declaration bound to C++
  int index = -1;                 // position in Program::funcs

  // The unsignedBounds mask of the bounds check at `pc` (0: all signed).
  uint8_t unsignedBoundsAt(int32_t pc) const {
    for (const auto& [p, mask] : unsignedBounds)
      if (p == pc) return mask;
    return 0;
  }

  // The stack map of safepoint `pc` (binary search); null if none.
  const StackMap* mapAt(int32_t pc) const {
    size_t lo = 0, hi = stackmaps.size();
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (stackmaps[mid].pc < pc) lo = mid + 1;
      else hi = mid;
    }
    return lo < stackmaps.size() && stackmaps[lo].pc == pc ? &stackmaps[lo] : nullptr;
  }
};

// A function value. `fn` is called with `this` in the frame header's closure word.
struct Closure {
  FuncProto* fn;
  int64_t ncaps;
  void* caps[];  // box pointers of captured variables (or bound receivers)
};

struct Program {
  std::vector<FuncProto*> funcs;  // CALL/FUNCVAL/MKCLOSURE operand b indexes this
  int64_t globalsSize = 0;        // bytes of package-level variables
  uint8_t* globals = nullptr;     // allocated by the loader (GC, scanned)
  FuncProto* entry = nullptr;     // initialises packages, then calls main.main
  std::vector<std::string> methodNames;  // interned names for CALLI/METHODVAL K operands
  std::string mainFile;
  // Well-known types the runtime needs (set by the compiler after checking):
  Type* stringType = nullptr;     // string (value of panic("text"))
  Type* errorType = nullptr;      // the `error` interface
  // package runtime's panic-value types (runtime/panic.h RuntimeTypes)
  Type* rtErrorString = nullptr;
  Type* rtPlainError = nullptr;
  Type* rtBoundsError = nullptr;
  Type* rtTypeAssertionError = nullptr;  // *runtime.TypeAssertionError
  std::vector<Type*> allTypes;    // every named type with methods (for method lookup tables)
};

}  // namespace goro
