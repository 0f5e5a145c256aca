// vm/interp.cpp — the interpreter loop.
//
// One dispatch function, execute(): computed goto (GORO_COMPUTED_GOTO) or a
// switch, over the instructions of vm/opcodes.def. Hot state lives in locals:
//   fp  — the running frame (slot 0),  fn — its FuncProto,
//   ins — the instruction being executed (the only instruction pointer: a
//         handler ends with NEXT() = ++ins and dispatch, or JUMP(t) = ins :=
//         code + t and dispatch; a call's resume pc is ins + 1),
//   K, code — fn's constants and instructions (SET_FN keeps all three in step,
//         so a jump is code + t, not a reload of fn->code).
// Speed: a handler is a few loads and stores of frame slots and a dispatch.
// What bounds a tight loop is the chain from one instruction pointer to the
// next: ++ins is one add, but a jump loads its target through ins; so loop
// back-edges take theirs from the lastEdge cache (BACKEDGE), loops exit by
// falling through, and a preemption yield is out of line (takePreemption).
// Re-sync points, by name:
//   SAVE_STATE()    g->fp/g->pc := locals, before anything that may walk the stack
//                   (growth, fatal errors, tracebacks);
//   RELOAD_FRAME    after a native returns: the stack may have moved while it
//                   ran (a callback into Go grew it), so fp is re-derived from
//                   the native frame's offset, never kept as a raw pointer.
// Calls (vm/func.h): the callee frame starts at fp + a + kFrameHeader; the
// header keeps caller fp, resume pc, callee FuncProto*, Closure*. A frame whose
// header resume pc is 0 is the bottom of this activation of execute().
// Invariant: nothing is written past the end of the stack. The caller's frame
// holds the arguments it places; a receiver that goes in front of them (an
// interface call of a method whose receiver is not one slot, a bound method
// value) moves them up past that room, so the stack grows first
// (receiverRoom); a deferred call's frame gets DEFER_ROOM.
//
// Panics are C++ exceptions (runtime/panic.h). The handler runs the G's
// deferred calls newest first, each returning to the kPanicReturn sentinel; a
// deferred call that recovered makes its deferring frame resume at its
// recoverPc. A deferred call belonging to a frame below this activation is
// left to the outer activation: the exception is rethrown.
#include "vm/interp.h"

#include <gc/gc.h>

#include <bit>
#include <climits>
#include <cmath>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "runtime/trace.h"
#include "runtime/chan.h"
#include "runtime/map.h"
#include "runtime/sched.h"
#include "runtime/panic.h"
#include "vm/divmagic.h"
#include "vm/interp_support.h"
#include "vm/native.h"

namespace goro {

const char* const kOpNamesInterp[] = {
#define OP(name, operands, meaning) #name,
#include "vm/opcodes.def"
#undef OP
};


static inline double F(uint64_t v) { return std::bit_cast<double>(v); }
static inline uint64_t U(double d) { return std::bit_cast<uint64_t>(d); }

static std::vector<Closure*> gFuncVals;  // FUNCVAL cache, by function index
static std::mutex gFuncValsMu;

static Closure* funcVal(Program* prog, int idx) {
  std::lock_guard<std::mutex> l(gFuncValsMu);
  if (gFuncVals.size() < prog->funcs.size()) gFuncVals.resize(prog->funcs.size(), nullptr);
  Closure*& c = gFuncVals[size_t(idx)];
  if (!c) {
    c = static_cast<Closure*>(GC_MALLOC_UNCOLLECTABLE(sizeof(Closure)));
    c->fn = prog->funcs[size_t(idx)];
    c->ncaps = 0;
  }
  return c;
}

static Closure* boundClosure(FuncProto* fn, const uint64_t* recv, int slots) {
  auto* c = static_cast<Closure*>(gcAlloc(sizeof(Closure) + sizeof(void*)));
  c->fn = fn;
  c->ncaps = kBoundMethod | slots;
  auto* box = static_cast<uint64_t*>(gcAlloc(size_t(slots > 0 ? slots : 1) * 8));
  std::memcpy(box, recv, size_t(slots) * 8);
  c->caps[0] = box;
  return c;
}

static const Type* methodOwner(const Type* dyn) { return dyn; }

// Slot moves and clears of a few words, the common sizes of a call: stores
// inline instead of a call into libc's memset/memmove.
static inline void zeroSlots(uint64_t* z, int n) {
  switch (n) {
    case 8: z[7] = 0; [[fallthrough]];
    case 7: z[6] = 0; [[fallthrough]];
    case 6: z[5] = 0; [[fallthrough]];
    case 5: z[4] = 0; [[fallthrough]];
    case 4: z[3] = 0; [[fallthrough]];
    case 3: z[2] = 0; [[fallthrough]];
    case 2: z[1] = 0; [[fallthrough]];
    case 1: z[0] = 0; [[fallthrough]];
    case 0: return;
    default: std::memset(z, 0, size_t(n) * 8);
  }
}

static inline void moveSlots(uint64_t* dst, const uint64_t* src, int n) {
  if (n == 1) *dst = *src;
  else if (n == 2 && dst + 2 <= src) dst[0] = src[0], dst[1] = src[1];
  else std::memmove(dst, src, size_t(n) * 8);
}

// Argument slots of a function value's callee, as the caller placed them (a
// bound method's receiver is not among them).
static inline int argSlotsOf(const Closure* c) {
  return (c->ncaps & kBoundMethod) ? c->fn->paramSlots - c->fn->recvSlots : c->fn->paramSlots;
}

// A callee whose receiver goes in front of the arguments the caller placed
// (an interface call of a method whose receiver is not one slot, a bound
// method value) may reach past the end of the stack, where the caller's frame
// reserved no room for it: grow the stack first (state saved at the call, pc).
// The arguments, at newfp[argAt, argAt + nargs), hold no pointers into the
// stack (what a dynamic call is passed escapes to the heap): they are kept
// aside across the move and put back at the same offsets.
static inline void receiverRoom(G* g, const Instr* pc, uint64_t*& fp, uint64_t*& newfp, const FuncProto* callee,
                                int argAt, int nargs, std::vector<uint64_t>& buf) {
  uint8_t* need = reinterpret_cast<uint8_t*>(newfp + callee->frameSize);
  if (__builtin_expect(reinterpret_cast<uintptr_t>(need) <= reinterpret_cast<uintptr_t>(g->stackHi), 1)) return;
  g->fp = fp;
  g->pc = pc;
  buf.assign(newfp + argAt, newfp + argAt + nargs);
  int64_t delta = growStack(g, fp, newfp, nullptr, need);
  fp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(fp) + delta);
  newfp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(newfp) + delta);
  if (nargs > 0) std::memcpy(newfp + argAt, buf.data(), size_t(nargs) * 8);
}

// Insert a bound closure's receiver in front of the arguments at newfp.
static inline void insertBoundReceiver(const Closure* c, uint64_t* newfp) {
  const uint64_t* recv;
  std::vector<uint64_t> buf;
  int k = boundReceiver(c, &recv, buf);
  int nargs = c->fn->paramSlots - k;
  if (nargs > 0) std::memmove(newfp + k, newfp, size_t(nargs) * 8);
  std::memcpy(newfp, recv, size_t(k) * 8);
}

// Zero value source for map reads of absent keys.
alignas(16) static const uint8_t kZeroVal[1 << 16] = {};
// The zero value of a map's element type, for lookups of a missing key
// (elements larger than kZeroVal get a zeroed block of their own).
static inline const void* zeroValOf(const Type* mapType) {
  int64_t n = mapType->underlying->elem->size;
  return n <= int64_t(sizeof kZeroVal) ? static_cast<const void*>(kZeroVal) : gcAlloc(size_t(n));
}

// A deferred nil func: "calling" it panics with Go's nil dereference.
static void nilDeferCall(NativeCtx&, uint64_t*) { panicNilDeref(); }
static FuncProto makeNilDeferProto() {
  FuncProto f;
  f.name = "runtime.deferCallNil";
  f.file = "<autogenerated>";
  f.native = &nilDeferCall;
  return f;
}
static FuncProto gNilDeferProto = makeNilDeferProto();

static const void* keyMem(const Type* kt, const uint64_t* reg, uint64_t* buf) {
  switch (kt->underlying->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: case Kind::Int16: case Kind::Uint16:
    case Kind::Int32: case Kind::Uint32: case Kind::Float32:
      regToMem(kt, reg, buf);
      return buf;
    default:
      return reg;
  }
}

// The map ops' call into runtime/map.h: m = R[b], key at R[c] (register
// form), map type T(d); assign: mapAssign, else mapAccess.
static inline void* mapOp(bool assign, const Instr* ins, const uint64_t* K, uint64_t* fp) {
  auto* mt = reinterpret_cast<const Type*>(K[ins->d]);
  auto* m = reinterpret_cast<GoMap*>(fp[ins->b]);
  uint64_t kb[2];
  const void* key = keyMem(mt->underlying->key, &fp[ins->c], kb);
  return assign ? mapAssign(mt, m, key) : mapAccess(mt, m, key);
}

[[noreturn]] static void assertFail(const Type* dyn, const Type* want, const Type* staticT, const std::string& missing) {
  std::string in = staticT ? staticT->str() : "interface";
  if (!dyn) panicTypeAssertion("interface conversion: " + in + " is nil, not " + want->str());
  if (!missing.empty())
    panicTypeAssertion("interface conversion: " + dyn->str() + " is not " + want->str() + ": missing method " + missing);
  std::string cs = dyn->str(), as = want->str();
  std::string msg = "interface conversion: " + in + " is " + cs + ", not " + as;
  if (cs == as)  // two types spelled alike (as Go's TypeAssertionError says)
    msg += dyn->pkg != want->pkg ? " (types from different packages)" : " (types from different scopes)";
  panicTypeAssertion(msg);
}

// Go's slice bound checks (0 <= lo <= hi <= max <= cap); `capName` is
// "length" for strings and arrays, "capacity" for slices. The bounds check at
// `ins` of `f` says which bounds are unsigned, for the panic text only.
static inline void checkSlice3(int64_t lo, int64_t hi, int64_t max, int64_t cap, bool three, const char* capName,
                               const FuncProto* f, const Instr* ins) {
  bool bad = three ? (uint64_t(max) > uint64_t(cap) || uint64_t(hi) > uint64_t(max) || uint64_t(lo) > uint64_t(hi))
                   : (uint64_t(hi) > uint64_t(cap) || uint64_t(lo) > uint64_t(hi));
  if (bad) [[unlikely]]
    panicSliceBounds(lo, hi, max, cap, three, capName, f->unsignedBoundsAt(int32_t(ins - f->code.data())));
}

static GoSlice appendBytes(GoSlice s, const void* src, int64_t n, const Type* elem) {
  int64_t es = elem->size;
  int64_t newLen;
  if (__builtin_add_overflow(s.len, n, &newLen)) panicRuntimeError("growslice: cap out of range");
  if (newLen > s.cap) s = growSlice(s, newLen, elem);
  if (n) typedMove(static_cast<uint8_t*>(s.ptr) + s.len * es, src, size_t(n * es), elem->hasPointers());
  s.len += n;
  return s;
}

// The element type of []byte, for APPENDSTR's growth (only kind/size/ptrmask are read).
static Type gByteTypeDesc = [] {
  Type t;
  t.kind = Kind::Uint8;
  t.size = 1;
  t.align = 1;
  t.ptrmask = {false};
  return t;
}();
static Type* const gByteType = &gByteTypeDesc;

static inline void restoreGuard(G* g) {
  __atomic_store_n(&g->stackguard0,
                   gStackStress ? reinterpret_cast<uintptr_t>(g->stackLo) + 1
                                : reinterpret_cast<uintptr_t>(g->stackHi) - kStackGuard,
                   __ATOMIC_RELAXED);
  __atomic_store_n(&g->preempt, false, __ATOMIC_RELAXED);
}

// A back-edge found stackguard0 poisoned: restore it; true if the G should
// yield now (not while Go code runs nested inside a native). Out of line: the
// loop instructions' hot path keeps only the load and test of the guard.
[[gnu::cold, gnu::noinline]] static bool takePreemption(G* g) {
  restoreGuard(g);
  return true;
}

void execute(G* g, Program* prog, uint64_t* fp) { executeFrom(g, prog, fp, nullptr, fp); }

void executeFrom(G* g, Program* prog, uint64_t* fp, const Instr* startPc, uint64_t* bottom) {
  const FuncProto* fn = reinterpret_cast<const FuncProto*>(fp[-2]);
  const uint64_t* K = fn->consts.data();
  const Instr* code = fn->code.data();
  const Instr* ins = startPc ? startPc : code;
  // The last taken loop back-edge and its target (see BACKEDGE); right only
  // because a function's instructions never move or change once compiled
  // (anything that would recompile or free code must reset it). Kept in
  // memory, at a fixed frame address (the empty asm takes its address), so
  // that reading the target does not wait for `ins` and the hot locals keep
  // their registers.
  struct { const Instr* from; const Instr* to; } lastEdge = {nullptr, nullptr};
  asm volatile("" : : "r"(&lastEdge) : "memory");
  // The activation's bottom frame, as an offset (the stack may move).
  const int64_t baseOff = reinterpret_cast<uint8_t*>(bottom) - g->stackLo;
  // g->nest of this activation (nested calls restore it before they return):
  // read here, because once g parks another M may run it and change it, so
  // PARKED_RETURN must not read the G again.
  const int32_t entryNest = g->nest;
  std::vector<uint64_t> rbuf;

  // call-entry state
  const FuncProto* callee = nullptr;
  uint64_t* newfp = nullptr;

#define R(x) fp[(x)]
#define RI(x) (int64_t(fp[(x)]))
#define SAVE_STATE() (g->fp = fp, g->pc = ins)
// A deferred call runs in a frame just above frame fp, which may lie past the
// end of the stack: grow it before the header and arguments are written there
// (state saved; the new frame's contents are not live yet).
#define DEFER_ROOM()                                                                               \
  do {                                                                                             \
    uint8_t* need_ = reinterpret_cast<uint8_t*>(newfp + callee->frameSize);                        \
    if (reinterpret_cast<uintptr_t>(need_) > reinterpret_cast<uintptr_t>(g->stackHi) - kStackGuard) { \
      int64_t delta_ = growStack(g, fp, newfp, nullptr, need_ + kStackGuard);                      \
      fp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(fp) + delta_);                   \
      newfp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(newfp) + delta_);             \
    }                                                                                              \
  } while (0)
// Parking (runtime/sched.h): RESUME_HERE() saves the state to re-execute
// this instruction (with g->woken set) BEFORE an operation that may park the
// G; if it parked, PARKED_RETURN() leaves for the scheduler without touching
// the G again (another M may already be running it).
#define RESUME_HERE() (g->fp = fp, g->pc = ins, g->reexec = true)
#define RESUME_AT(p) (g->fp = fp, g->pc = (p), g->reexec = false)
// In a nested activation (Go code a native called back) the G cannot leave
// this M: the M waits for it instead (parkedNested).
#define PARKED_RETURN()              \
  do {                               \
    if (entryNest > 0) goto parkedNested; \
    return;                          \
  } while (0)
// SET_FN: frame fp now runs f (call, return, recovery): its constants and code.
#define SET_FN(f) (fn = (f), K = fn->consts.data(), code = fn->code.data())
#define CODE(i) (code + (i))
// The unsigned index operands of the failing bounds check at `ins` (panic texts).
#define UBOUNDS() fn->unsignedBoundsAt(int32_t(ins - code))

#if GORO_COMPUTED_GOTO
  static void* const labels[] = {
#define OP(name, operands, meaning) &&L_##name,
#include "vm/opcodes.def"
#undef OP
  };
#define CASE(name) L_##name:
#define DISPATCH() goto* labels[ins->op]
#else
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif
// NEXT: on to the following instruction; JUMP: to instruction t of this function.
#define NEXT()  \
  do {          \
    ++ins;      \
    DISPATCH(); \
  } while (0)
#define JUMP(t)        \
  do {                 \
    ins = CODE(t);     \
    DISPATCH();        \
  } while (0)

  bool pendingEnter = false;
  const Closure* pendingRecv = nullptr;  // a deferred bound method whose receiver goes in at entry
  uint64_t* const entryNativeTop = g->nativeTop;
  const FuncProto* const entryInNative = g->inNative;  // (parkedNested restores them)
  const Instr* const entryInNativeRet = g->inNativeRet;
  for (;;) {
    try {
      if (pendingEnter) {
        pendingEnter = false;
        if (const Closure* c = pendingRecv) {
          pendingRecv = nullptr;
          insertBoundReceiver(c, newfp);
        }
        goto enterWithHeader;
      }
#if GORO_COMPUTED_GOTO
      DISPATCH();
#else
    dispatch:
      switch (ins->op) {
#endif
      // ---- moves and constants
      CASE(NOP) NEXT();
      CASE(MOV) R(ins->a) = R(ins->b); NEXT();
      CASE(MOV2) { uint64_t x = R(ins->b), y = R(ins->b + 1); R(ins->a) = x; R(ins->a + 1) = y; NEXT(); }
      CASE(MOV3) {
        uint64_t x = R(ins->b), y = R(ins->b + 1), z = R(ins->b + 2);
        R(ins->a) = x; R(ins->a + 1) = y; R(ins->a + 2) = z;
        NEXT();
      }
      CASE(MOVN) std::memmove(&R(ins->a), &R(ins->b), size_t(ins->c) * 8); NEXT();
      CASE(LOADI) R(ins->a) = uint64_t(int64_t(ins->b)); NEXT();
      CASE(LOADK) R(ins->a) = K[ins->b]; NEXT();
      CASE(LOADSTR) R(ins->a) = K[ins->b]; R(ins->a + 1) = K[ins->b + 1]; NEXT();
      CASE(ZERO) std::memset(&R(ins->a), 0, size_t(ins->b) * 8); NEXT();
      CASE(ADDR) R(ins->a) = reinterpret_cast<uint64_t>(&R(ins->b)); NEXT();
      CASE(GADDR) R(ins->a) = reinterpret_cast<uint64_t>(prog->globals + ins->b); NEXT();
      CASE(FUNCVAL) R(ins->a) = reinterpret_cast<uint64_t>(funcVal(prog, ins->b)); NEXT();

      // ---- memory
#define LOADP(T) \
  const uint8_t* p = reinterpret_cast<const uint8_t*>(R(ins->b)); \
  if (__builtin_expect(!p, 0)) panicNilDeref(); \
  T v; std::memcpy(&v, p + ins->c, sizeof v);
      CASE(LOAD_I8) { LOADP(int8_t) R(ins->a) = uint64_t(int64_t(v)); NEXT(); }
      CASE(LOAD_U8) { LOADP(uint8_t) R(ins->a) = v; NEXT(); }
      CASE(LOAD_I16) { LOADP(int16_t) R(ins->a) = uint64_t(int64_t(v)); NEXT(); }
      CASE(LOAD_U16) { LOADP(uint16_t) R(ins->a) = v; NEXT(); }
      CASE(LOAD_I32) { LOADP(int32_t) R(ins->a) = uint64_t(int64_t(v)); NEXT(); }
      CASE(LOAD_U32) { LOADP(uint32_t) R(ins->a) = v; NEXT(); }
      CASE(LOAD_F32) { LOADP(float) R(ins->a) = U(double(v)); NEXT(); }
      CASE(LOAD_64) { LOADP(uint64_t) R(ins->a) = v; NEXT(); }
      CASE(LOAD_128) {
        const uint8_t* p = reinterpret_cast<const uint8_t*>(R(ins->b));
        if (__builtin_expect(!p, 0)) panicNilDeref();
        std::memcpy(&R(ins->a), p + ins->c, 16);
        NEXT();
      }
      CASE(LOAD_192) {
        const uint8_t* p = reinterpret_cast<const uint8_t*>(R(ins->b));
        if (__builtin_expect(!p, 0)) panicNilDeref();
        std::memcpy(&R(ins->a), p + ins->c, 24);
        NEXT();
      }
      CASE(LOAD_MEM) {
        const uint8_t* p = reinterpret_cast<const uint8_t*>(R(ins->b));
        if (__builtin_expect(!p, 0)) panicNilDeref();
        typedMove(&R(ins->a), p + ins->c, size_t(ins->d), true);  // (whole words: no torn pointer)
        NEXT();
      }
#undef LOADP
#define STOREP(T, val) \
  uint8_t* p = reinterpret_cast<uint8_t*>(R(ins->a)); \
  if (__builtin_expect(!p, 0)) panicNilDeref(); \
  T v = T(val); std::memcpy(p + ins->b, &v, sizeof v);
      CASE(STORE_8) { STOREP(uint8_t, R(ins->c)) NEXT(); }
      CASE(STORE_16) { STOREP(uint16_t, R(ins->c)) NEXT(); }
      CASE(STORE_32) { STOREP(uint32_t, R(ins->c)) NEXT(); }
      CASE(STORE_F32) { STOREP(float, F(R(ins->c))) NEXT(); }
      CASE(STORE_64) { STOREP(uint64_t, R(ins->c)) NEXT(); }
#undef STOREP
      CASE(STORE_128) {
        uint8_t* p = reinterpret_cast<uint8_t*>(R(ins->a));
        if (__builtin_expect(!p, 0)) panicNilDeref();
        std::memcpy(p + ins->b, &R(ins->c), 16);
        NEXT();
      }
      CASE(STORE_192) {
        uint8_t* p = reinterpret_cast<uint8_t*>(R(ins->a));
        if (__builtin_expect(!p, 0)) panicNilDeref();
        std::memcpy(p + ins->b, &R(ins->c), 24);
        NEXT();
      }
      CASE(STORE_MEM) {
        uint8_t* p = reinterpret_cast<uint8_t*>(R(ins->a));
        if (__builtin_expect(!p, 0)) panicNilDeref();
        typedMove(p + ins->b, &R(ins->c), size_t(ins->d), true);
        NEXT();
      }
      CASE(COPYMEM) {
        void* d = reinterpret_cast<void*>(R(ins->a));
        const void* s = reinterpret_cast<const void*>(R(ins->b));
        if (!d || !s) panicNilDeref();
        typedMove(d, s, size_t(ins->c), ins->d != 0);
        NEXT();
      }
      CASE(NILCHECK) if (!R(ins->a)) panicNilDeref(); NEXT();
      CASE(NEW) R(ins->a) = reinterpret_cast<uint64_t>(gcAllocType(reinterpret_cast<const Type*>(K[ins->b]))); NEXT();

      // ---- integers
      CASE(ADD_I) R(ins->a) = R(ins->b) + R(ins->c); NEXT();
      CASE(SUB_I) R(ins->a) = R(ins->b) - R(ins->c); NEXT();
      CASE(MUL_I) R(ins->a) = R(ins->b) * R(ins->c); NEXT();
      CASE(DIV_I) {
        int64_t x = RI(ins->b), y = RI(ins->c);
        if (__builtin_expect(y == 0, 0)) panicDivide();
        R(ins->a) = (y == -1) ? uint64_t(0) - uint64_t(x) : uint64_t(x / y);
        NEXT();
      }
      CASE(REM_I) {
        int64_t x = RI(ins->b), y = RI(ins->c);
        if (__builtin_expect(y == 0, 0)) panicDivide();
        R(ins->a) = (y == -1) ? 0 : uint64_t(x % y);
        NEXT();
      }
      CASE(DIV_U) {
        uint64_t y = R(ins->c);
        if (__builtin_expect(y == 0, 0)) panicDivide();
        R(ins->a) = R(ins->b) / y;
        NEXT();
      }
      CASE(REM_U) {
        uint64_t y = R(ins->c);
        if (__builtin_expect(y == 0, 0)) panicDivide();
        R(ins->a) = R(ins->b) % y;
        NEXT();
      }
      CASE(DIVK_I) R(ins->a) = uint64_t(signedDivApply(RI(ins->b), K[ins->d], uint32_t(K[ins->d + 1]))); NEXT();
      CASE(REMK_I) {
        int64_t x = RI(ins->b);
        R(ins->a) = uint64_t(x - signedDivApply(x, K[ins->d], uint32_t(K[ins->d + 1])) * int64_t(ins->c));
        NEXT();
      }
      CASE(DIVK_U) R(ins->a) = unsignedDivApply(R(ins->b), K[ins->d], uint32_t(K[ins->d + 1] & 0xff), K[ins->d + 1] >> 8); NEXT();
      CASE(REMK_U) {
        uint64_t x = R(ins->b);
        R(ins->a) = x - unsignedDivApply(x, K[ins->d], uint32_t(K[ins->d + 1] & 0xff), K[ins->d + 1] >> 8) * uint64_t(ins->c);
        NEXT();
      }
      CASE(AND) R(ins->a) = R(ins->b) & R(ins->c); NEXT();
      CASE(OR) R(ins->a) = R(ins->b) | R(ins->c); NEXT();
      CASE(XOR) R(ins->a) = R(ins->b) ^ R(ins->c); NEXT();
      CASE(ANDNOT) R(ins->a) = R(ins->b) & ~R(ins->c); NEXT();
      CASE(SHL) { uint64_t s = R(ins->c); R(ins->a) = s >= 64 ? 0 : R(ins->b) << s; NEXT(); }
      CASE(SHR_I) { uint64_t s = R(ins->c); R(ins->a) = uint64_t(RI(ins->b) >> (s >= 64 ? 63 : s)); NEXT(); }
      CASE(SHR_U) { uint64_t s = R(ins->c); R(ins->a) = s >= 64 ? 0 : R(ins->b) >> s; NEXT(); }
      CASE(SHIFTCHK) if (RI(ins->a) < 0) panicRuntimeError("negative shift amount"); NEXT();
      // (the count is in [0, 64); & 63 costs nothing: x86 masks shift counts so)
      CASE(SHLI) R(ins->a) = R(ins->b) << (ins->c & 63); NEXT();
      CASE(SHRI_I) R(ins->a) = uint64_t(RI(ins->b) >> (ins->c & 63)); NEXT();
      CASE(SHRI_U) R(ins->a) = R(ins->b) >> (ins->c & 63); NEXT();
      CASE(NEG_I) R(ins->a) = uint64_t(0) - R(ins->b); NEXT();
      CASE(NOT_I) R(ins->a) = ~R(ins->b); NEXT();
      CASE(ADDI) R(ins->a) = R(ins->b) + uint64_t(int64_t(ins->c)); NEXT();
      CASE(MULI) R(ins->a) = R(ins->b) * uint64_t(int64_t(ins->c)); NEXT();
      CASE(SEXT8) R(ins->a) = uint64_t(int64_t(int8_t(R(ins->b)))); NEXT();
      CASE(SEXT16) R(ins->a) = uint64_t(int64_t(int16_t(R(ins->b)))); NEXT();
      CASE(SEXT32) R(ins->a) = uint64_t(int64_t(int32_t(R(ins->b)))); NEXT();
      CASE(ZEXT8) R(ins->a) = uint8_t(R(ins->b)); NEXT();
      CASE(ZEXT16) R(ins->a) = uint16_t(R(ins->b)); NEXT();
      CASE(ZEXT32) R(ins->a) = uint32_t(R(ins->b)); NEXT();
      CASE(EQ_I) R(ins->a) = R(ins->b) == R(ins->c); NEXT();
      CASE(NE_I) R(ins->a) = R(ins->b) != R(ins->c); NEXT();
      CASE(LT_I) R(ins->a) = RI(ins->b) < RI(ins->c); NEXT();
      CASE(LE_I) R(ins->a) = RI(ins->b) <= RI(ins->c); NEXT();
      CASE(LT_U) R(ins->a) = R(ins->b) < R(ins->c); NEXT();
      CASE(LE_U) R(ins->a) = R(ins->b) <= R(ins->c); NEXT();
      CASE(EQI) R(ins->a) = RI(ins->b) == int64_t(ins->c); NEXT();
      CASE(LTI) R(ins->a) = RI(ins->b) < int64_t(ins->c); NEXT();
      CASE(NOT) R(ins->a) = !R(ins->b); NEXT();

      // ---- floats
      CASE(ADD_F) R(ins->a) = U(F(R(ins->b)) + F(R(ins->c))); NEXT();
      CASE(SUB_F) R(ins->a) = U(F(R(ins->b)) - F(R(ins->c))); NEXT();
      CASE(MUL_F) R(ins->a) = U(F(R(ins->b)) * F(R(ins->c))); NEXT();
      CASE(DIV_F) R(ins->a) = U(F(R(ins->b)) / F(R(ins->c))); NEXT();
      CASE(NEG_F) R(ins->a) = U(-F(R(ins->b))); NEXT();
      CASE(EQ_F) R(ins->a) = F(R(ins->b)) == F(R(ins->c)); NEXT();
      CASE(NE_F) R(ins->a) = F(R(ins->b)) != F(R(ins->c)); NEXT();
      CASE(LT_F) R(ins->a) = F(R(ins->b)) < F(R(ins->c)); NEXT();
      CASE(LE_F) R(ins->a) = F(R(ins->b)) <= F(R(ins->c)); NEXT();
      CASE(ROUND_F32) R(ins->a) = U(double(float(F(R(ins->b))))); NEXT();
      CASE(I2F) R(ins->a) = U(ins->c ? double(float(RI(ins->b))) : double(RI(ins->b))); NEXT();
      CASE(U2F) R(ins->a) = U(ins->c ? double(float(R(ins->b))) : double(R(ins->b))); NEXT();
      CASE(F2I32) {
        double d = F(R(ins->b));
        R(ins->a) = (d > -2147483649.0 && d < 2147483648.0) ? uint64_t(int64_t(int32_t(d))) : uint64_t(int64_t(INT32_MIN));
        NEXT();
      }
      CASE(F2I) {
        double d = F(R(ins->b));
        R(ins->a) = (d >= -9223372036854775808.0 && d < 9223372036854775808.0) ? uint64_t(int64_t(d))
                                                                                : uint64_t(INT64_MIN);
        NEXT();
      }
      CASE(F2U) {
        double d = F(R(ins->b));
        uint64_t r;
        if (d >= 0 && d < 9223372036854775808.0) r = uint64_t(int64_t(d));
        else if (d >= 9223372036854775808.0 && d < 18446744073709551616.0)
          r = uint64_t(int64_t(d - 9223372036854775808.0)) ^ (uint64_t(1) << 63);
        else if (d < 0 && d > -9223372036854775808.0) r = uint64_t(int64_t(d));
        else r = uint64_t(1) << 63;
        R(ins->a) = r;
        NEXT();
      }

      // ---- strings
#define STR(x) (*reinterpret_cast<GoString*>(&R(x)))
#define SLC(x) (*reinterpret_cast<GoSlice*>(&R(x)))
      CASE(CONCAT) { GoString s = concatStrings(STR(ins->b), STR(ins->c)); STR(ins->a) = s; NEXT(); }
      CASE(CONCATTMP) {
        const GoString x = STR(ins->b), y = STR(ins->c);
        const int64_t n = x.len + y.len;
        if (x.len && y.len && n <= 32) {
          auto* buf = reinterpret_cast<uint8_t*>(&R(ins->d));
          std::memcpy(buf, x.ptr, size_t(x.len));
          std::memcpy(buf + x.len, y.ptr, size_t(y.len));
          STR(ins->a) = GoString{buf, n};
        } else {
          GoString s = concatStrings(x, y);
          STR(ins->a) = s;
        }
        NEXT();
      }
      CASE(EQ_S) {
        const GoString& x = STR(ins->b);
        const GoString& y = STR(ins->c);
        R(ins->a) = x.len == y.len && (x.ptr == y.ptr || x.len == 0 || std::memcmp(x.ptr, y.ptr, size_t(x.len)) == 0);
        NEXT();
      }
      CASE(NE_S) {
        const GoString& x = STR(ins->b);
        const GoString& y = STR(ins->c);
        R(ins->a) = !(x.len == y.len && (x.ptr == y.ptr || x.len == 0 || std::memcmp(x.ptr, y.ptr, size_t(x.len)) == 0));
        NEXT();
      }
      CASE(LT_S) R(ins->a) = compareStrings(STR(ins->b), STR(ins->c)) < 0; NEXT();
      CASE(LE_S) R(ins->a) = compareStrings(STR(ins->b), STR(ins->c)) <= 0; NEXT();
      CASE(INDEX_S) {
        const GoString& s = STR(ins->b);
        int64_t i = RI(ins->c);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        R(ins->a) = s.ptr[i];
        NEXT();
      }
      CASE(SLICE_S) {
        GoString s = STR(ins->b);
        int64_t l = ins->c < 0 ? 0 : RI(ins->c);
        int64_t h = ins->d < 0 ? s.len : RI(ins->d);
        checkSlice3(l, h, 0, s.len, false, "length", fn, ins);
        STR(ins->a) = GoString{h > l ? s.ptr + l : nullptr, h - l};
        NEXT();
      }
      CASE(NEXTRUNE) {
        const GoString& s = STR(ins->b);
        int64_t i = RI(ins->c);
        int w;
        int64_t r;
        if (s.ptr[i] < 0x80) { r = s.ptr[i]; w = 1; }
        else r = decodeRune(s.ptr + i, s.len - i, &w);
        R(ins->a) = uint64_t(r);
        R(ins->a + 1) = uint64_t(i + w);
        NEXT();
      }
      CASE(STR2BYTES) { GoSlice r = stringToBytes(STR(ins->b)); SLC(ins->a) = r; NEXT(); }
      CASE(BYTES2STR) { GoString r = bytesToString(SLC(ins->b)); STR(ins->a) = r; NEXT(); }
      CASE(SLICE2ARRP) {
        const GoSlice& sl = SLC(ins->b);
        if (__builtin_expect(sl.len < ins->c, 0))
          panicBoundsError("cannot convert slice with length " + std::to_string(sl.len) +
                            " to pointer to array with length " + std::to_string(ins->c));
        R(ins->a) = reinterpret_cast<uint64_t>(sl.ptr);
        NEXT();
      }
      CASE(STR2RUNES) { GoSlice r = stringToRunes(STR(ins->b)); SLC(ins->a) = r; NEXT(); }
      CASE(RUNES2STR) { GoString r = runesToString(SLC(ins->b)); STR(ins->a) = r; NEXT(); }
      CASE(RUNE2STR) { GoString r = runeToString(RI(ins->b)); STR(ins->a) = r; NEXT(); }

      // ---- control flow
      CASE(JMP) JUMP(ins->b);
      CASE(JT) if (R(ins->a)) JUMP(ins->b); NEXT();
      CASE(JF) if (!R(ins->a)) JUMP(ins->b); NEXT();
      // BACKEDGE(t): a taken loop back-edge to instruction t. Loops usually
      // go round, so it is the expected way out of a LOOP* / FORLOOP* op.
      // - Its target comes from lastEdge when this instruction was also the
      //   last back-edge taken (the innermost loop of a loop nest, every
      //   iteration but the first): code + t needs t, loaded through `ins`, so
      //   it would put a load on the chain from one instruction pointer to the
      //   next, which is what bounds a tight loop's speed; lastEdge.to is read
      //   from a fixed address and the compare is a predicted branch.
      // - Then one load and test of g->stackguard0 (sysmon poisons it: Go's
      //   async preemption point); the yield itself is out of line.
#define LIKELY(c) __builtin_expect(!!(c), 1)
#define BACKEDGE(t)                                                                                  \
  do {                                                                                               \
    if (LIKELY(ins == lastEdge.from)) {                                                              \
      ins = lastEdge.to;                                                                             \
    } else {                                                                                         \
      lastEdge.from = ins;                                                                           \
      ins = lastEdge.to = CODE(t);                                                                   \
    }                                                                                                \
    if (__builtin_expect(__atomic_load_n(&g->stackguard0, __ATOMIC_RELAXED) == kStackPreempt, 0)) \
      goto backEdgePreempt;                                                                          \
    DISPATCH();                                                                                      \
  } while (0)
      CASE(LOOP) BACKEDGE(ins->b);
      CASE(LOOPLT_I) if (LIKELY(RI(ins->a) < RI(ins->b))) BACKEDGE(ins->c); NEXT();
      CASE(LOOPGE_I) if (LIKELY(RI(ins->a) >= RI(ins->b))) BACKEDGE(ins->c); NEXT();
      CASE(LOOPEQ_I) if (LIKELY(R(ins->a) == R(ins->b))) BACKEDGE(ins->c); NEXT();
      CASE(LOOPNE_I) if (LIKELY(R(ins->a) != R(ins->b))) BACKEDGE(ins->c); NEXT();
      CASE(FORLOOPK) {
        int64_t v = int64_t(uint64_t(RI(ins->a)) + uint64_t(int64_t(ins->d)));  // (wraps, as Go)
        R(ins->a) = uint64_t(v);
        if (LIKELY(v < RI(ins->b))) BACKEDGE(ins->c);
        NEXT();
      }
      CASE(FORLOOPR) {
        int64_t v = int64_t(uint64_t(RI(ins->a)) + R(ins->d));
        R(ins->a) = uint64_t(v);
        if (LIKELY(v < RI(ins->b))) BACKEDGE(ins->c);
        NEXT();
      }
    backEdgePreempt:
      if (takePreemption(g)) {
        RESUME_AT(ins);
        if (trace::on()) trace::preempt(g->goid);
        goyield(g);
        PARKED_RETURN();
      }
      DISPATCH();
      CASE(JLT_I) if (RI(ins->a) < RI(ins->b)) JUMP(ins->c); NEXT();
      CASE(JGE_I) if (RI(ins->a) >= RI(ins->b)) JUMP(ins->c); NEXT();
      CASE(JEQ_I) if (R(ins->a) == R(ins->b)) JUMP(ins->c); NEXT();
      CASE(JNE_I) if (R(ins->a) != R(ins->b)) JUMP(ins->c); NEXT();
      CASE(JEQI) if (R(ins->a) == uint64_t(int64_t(ins->b))) JUMP(ins->c); NEXT();
      CASE(JNEI) if (R(ins->a) != uint64_t(int64_t(ins->b))) JUMP(ins->c); NEXT();
      CASE(JLTI) if (RI(ins->a) < int64_t(ins->b)) JUMP(ins->c); NEXT();
      CASE(JLEI) if (RI(ins->a) <= int64_t(ins->b)) JUMP(ins->c); NEXT();
      CASE(JGTI) if (RI(ins->a) > int64_t(ins->b)) JUMP(ins->c); NEXT();
      CASE(JGEI) if (RI(ins->a) >= int64_t(ins->b)) JUMP(ins->c); NEXT();
      CASE(JTIDX_8) {
        const GoSlice& s = SLC(ins->a);
        int64_t i = RI(ins->b);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        if (static_cast<const uint8_t*>(s.ptr)[i]) JUMP(ins->c);
        NEXT();
      }
      CASE(JFIDX_8) {
        const GoSlice& s = SLC(ins->a);
        int64_t i = RI(ins->b);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        if (!static_cast<const uint8_t*>(s.ptr)[i]) JUMP(ins->c);
        NEXT();
      }

      // ---- calls
      CASE(CALL) {
        callee = prog->funcs[size_t(ins->b)];
        newfp = fp + ins->a + kFrameHeader;
        newfp[-1] = 0;
        goto enter;
      }
      CASE(CALLCLO) {
        auto* c = reinterpret_cast<Closure*>(R(ins->b));
        if (__builtin_expect(!c, 0)) panicNilDeref();
        callee = c->fn;
        newfp = fp + ins->a + kFrameHeader;
        if (c->ncaps & kBoundMethod) {
          receiverRoom(g, ins, fp, newfp, callee, 0, argSlotsOf(c), rbuf);
          insertBoundReceiver(c, newfp);
        }
        newfp[-1] = reinterpret_cast<uint64_t>(c);
        goto enter;
      }
      CASE(CALLI) {
        auto* dyn = reinterpret_cast<const Type*>(R(ins->b));
        void* data = reinterpret_cast<void*>(R(ins->b + 1));
        if (__builtin_expect(!dyn, 0)) panicNilDeref();
        const Method* m = methodByIndex(prog, methodOwner(dyn), uint32_t(K[ins->c]));
        if (__builtin_expect(!m || !m->fn, 0))
          fatalError("goro: method " + prog->methodNames[size_t(K[ins->c])] + " of " + dyn->str() + " not found");
        newfp = fp + ins->a + kFrameHeader;
        callee = m->fn;
        newfp[-1] = 0;
        if (m->ptrRecv && m->path.empty() && dyn->underlying->kind == Kind::Pointer) {
          newfp[0] = reinterpret_cast<uint64_t>(data);  // (the common case: the pointer is the receiver)
          goto enter;
        }
        receiverRoom(g, ins, fp, newfp, callee, 1, ins->d, rbuf);
        placeReceiverAt(*m, dyn, data, newfp, ins->d);
        goto enter;
      }
      CASE(CALLNAT) {
        callee = prog->funcs[size_t(ins->b)];
        newfp = fp + ins->a + kFrameHeader;
        newfp[-1] = 0;
        goto enter;
      }
      CASE(RET) {
        if (ins->b && ins->a) moveSlots(&R(0), &R(ins->a), int(ins->b));
        uint64_t ret = fp[-3];
        uint64_t* caller = reinterpret_cast<uint64_t*>(fp[-4]);
        if (ret == 0) return;  // bottom of this activation
        if (ret == reinterpret_cast<uint64_t>(kPanicReturn)) {
          fp = caller;
          SET_FN(reinterpret_cast<const FuncProto*>(fp[-2]));
          goto panicDeferReturned;
        }
        ins = reinterpret_cast<const Instr*>(ret & ~uint64_t(1));
        fp = caller;
        SET_FN(reinterpret_cast<const FuncProto*>(fp[-2]));
        DISPATCH();
      }
      CASE(DEFERRETURN) {
        Defer* d = g->defers;
        if (!d || d->fp != fp) NEXT();
        g->defers = d->link;
        d->started = true;
        callee = d->fn ? d->fn->fn : &gNilDeferProto;
        newfp = fp + fn->frameSize + kFrameHeader;
        SAVE_STATE();
        DEFER_ROOM();
        if (d->argSlots) std::memcpy(newfp, d->args, size_t(d->argSlots) * 8);
        if (d->fn && (d->fn->ncaps & kBoundMethod)) insertBoundReceiver(d->fn, newfp);
        newfp[-1] = reinterpret_cast<uint64_t>(d->fn);
        newfp[-4] = reinterpret_cast<uint64_t>(fp);
        newfp[-3] = reinterpret_cast<uint64_t>(ins) | 1;  // resume at this DEFERRETURN
        goto enterWithHeader;
      }
      CASE(MKCLOSURE) {
        int n = ins->d;
        auto* c = static_cast<Closure*>(gcAlloc(sizeof(Closure) + sizeof(void*) * size_t(n)));
        c->fn = prog->funcs[size_t(ins->b)];
        c->ncaps = n;
        for (int i = 0; i < n; i++) c->caps[i] = reinterpret_cast<void*>(R(ins->c + i));
        R(ins->a) = reinterpret_cast<uint64_t>(c);
        NEXT();
      }
      CASE(GETCAP) R(ins->a) = reinterpret_cast<uint64_t>(reinterpret_cast<Closure*>(fp[-1])->caps[ins->b]); NEXT();
      CASE(METHODVAL) {
        auto* dyn = reinterpret_cast<const Type*>(R(ins->b));
        void* data = reinterpret_cast<void*>(R(ins->b + 1));
        if (!dyn) panicNilDeref();
        const Method* m = methodByIndex(prog, dyn, uint32_t(K[ins->c]));
        if (!m || !m->fn)
          fatalError("goro: method " + prog->methodNames[size_t(K[ins->c])] + " of " + dyn->str() + " not found");
        if (dyn->underlying->kind == Kind::Pointer && !(m->path.empty() && m->ptrRecv)) {
          uint64_t box[3] = {reinterpret_cast<uint64_t>(dyn), reinterpret_cast<uint64_t>(data),
                             reinterpret_cast<uint64_t>(m)};
          Closure* c = boundClosure(m->fn, box, 3);
          c->ncaps = kBoundMethod | kLazyRecv | 3;
          R(ins->a) = reinterpret_cast<uint64_t>(c);
          NEXT();
        }
        int k = placeReceiver(*m, dyn, data, rbuf);
        R(ins->a) = reinterpret_cast<uint64_t>(boundClosure(m->fn, rbuf.data(), k));
        NEXT();
      }
      CASE(BOUNDVAL) {
        FuncProto* f = prog->funcs[size_t(ins->c)];
        R(ins->a) = reinterpret_cast<uint64_t>(boundClosure(f, &R(ins->b), f->recvSlots));
        NEXT();
      }
      CASE(DEFER) {
        auto* d = static_cast<Defer*>(gcAlloc(sizeof(Defer)));
        d->fn = reinterpret_cast<Closure*>(R(ins->b));  // nil: panics when it runs (as Go)
        d->argSlots = ins->c;
        if (ins->c) {
          d->args = static_cast<uint64_t*>(gcAlloc(size_t(ins->c) * 8));
          std::memcpy(d->args, &R(ins->a), size_t(ins->c) * 8);
        }
        d->fp = fp;
        d->link = g->defers;
        g->defers = d;
        NEXT();
      }
      CASE(PANIC) {
        GoIface v = *reinterpret_cast<GoIface*>(&R(ins->a));
        if (!v.type) {
          // Go 1.19: panic(nil) panics with a nil value (prints "panic: nil")
        }
        panicValue(v);
      }
      CASE(RECOVER) {
        Panic* p = g->panic;
        const auto panicRet = reinterpret_cast<uint64_t>(kPanicReturn);
        // the frame that must be the panic's deferred call: this one, or for
        // `defer recover()` (b = 1) the caller, when the wrapper was run by its return
        const uint64_t* rf = fp;
        if (ins->b) rf = fp[-3] == panicRet ? nullptr : reinterpret_cast<const uint64_t*>(fp[-4]);
        if (p && rf && !p->recovered && !p->goexit && rf[-3] == panicRet) {
          p->recovered = true;
          *reinterpret_cast<GoIface*>(&R(ins->a)) = p->arg;
        } else {
          R(ins->a) = 0;
          R(ins->a + 1) = 0;
        }
        NEXT();
      }

      // ---- slices and arrays
      CASE(MAKESLICE) {
        int64_t len = RI(ins->b);
        int64_t cap = ins->c < 0 ? len : RI(ins->c);
        SAVE_STATE();  // (a fatal "out of memory" shows this frame)
        GoSlice s = makeSlice(reinterpret_cast<const Type*>(K[ins->d]), len, cap);
        SLC(ins->a) = s;
        NEXT();
      }
      CASE(IDXADDR) {
        const GoSlice& s = SLC(ins->b);
        int64_t i = RI(ins->c);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        R(ins->a) = reinterpret_cast<uint64_t>(static_cast<uint8_t*>(s.ptr) + i * ins->d);
        NEXT();
      }
      CASE(ARRADDR) {
        auto* p = reinterpret_cast<uint8_t*>(R(ins->b));
        int64_t i = RI(ins->c);
        int64_t len = int64_t(K[ins->d]);
        if (__builtin_expect(uint64_t(i) >= uint64_t(len), 0)) panicIndex(i, len, UBOUNDS());
        if (__builtin_expect(!p, 0)) panicNilDeref();
        R(ins->a) = reinterpret_cast<uint64_t>(p + i * int64_t(K[ins->d + 1]));
        NEXT();
      }
      CASE(ARRADDRF) {
        auto* p = reinterpret_cast<uint8_t*>(&R(ins->b));
        int64_t i = RI(ins->c);
        int64_t len = int64_t(K[ins->d]);
        if (__builtin_expect(uint64_t(i) >= uint64_t(len), 0)) panicIndex(i, len, UBOUNDS());
        R(ins->a) = reinterpret_cast<uint64_t>(p + i * int64_t(K[ins->d + 1]));
        NEXT();
      }
      CASE(STARRF_8) {
        int64_t i = RI(ins->b);
        int64_t len = int64_t(K[ins->d]);
        if (__builtin_expect(uint64_t(i) >= uint64_t(len), 0)) panicIndex(i, len, UBOUNDS());
        reinterpret_cast<uint8_t*>(&R(ins->a))[i] = uint8_t(R(ins->c));
        NEXT();
      }
      CASE(STARRF_64) {
        int64_t i = RI(ins->b);
        int64_t len = int64_t(K[ins->d]);
        if (__builtin_expect(uint64_t(i) >= uint64_t(len), 0)) panicIndex(i, len, UBOUNDS());
        const uint64_t v = R(ins->c);
        std::memcpy(reinterpret_cast<uint8_t*>(&R(ins->a)) + i * 8, &v, 8);
        NEXT();
      }
      CASE(LDIDX_64) {
        const GoSlice& s = SLC(ins->b);
        int64_t i = RI(ins->c);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        R(ins->a) = static_cast<const uint64_t*>(s.ptr)[i];
        NEXT();
      }
      CASE(LDIDX_128) {
        const GoSlice& s = SLC(ins->b);
        int64_t i = RI(ins->c);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        std::memcpy(&R(ins->a), static_cast<const uint8_t*>(s.ptr) + i * 16, 16);
        NEXT();
      }
      CASE(STIDX_64) {
        const GoSlice& s = SLC(ins->a);
        int64_t i = RI(ins->b);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        static_cast<uint64_t*>(s.ptr)[i] = R(ins->c);
        NEXT();
      }
      CASE(LDIDX_U8) {
        const GoSlice& s = SLC(ins->b);
        int64_t i = RI(ins->c);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        R(ins->a) = static_cast<const uint8_t*>(s.ptr)[i];
        NEXT();
      }
      CASE(STIDX_8) {
        const GoSlice& s = SLC(ins->a);
        int64_t i = RI(ins->b);
        if (__builtin_expect(uint64_t(i) >= uint64_t(s.len), 0)) panicIndex(i, s.len, UBOUNDS());
        static_cast<uint8_t*>(s.ptr)[i] = uint8_t(R(ins->c));
        NEXT();
      }
      CASE(SLICE) {
        const Instr* ex = ins + 1;
        GoSlice s = SLC(ins->b);
        int64_t es = ex->b;
        int64_t l = ins->c < 0 ? 0 : RI(ins->c);
        int64_t h = ins->d < 0 ? s.len : RI(ins->d);
        bool three = ex->a != 0xFFFF;
        int64_t m = three ? RI(ex->a) : s.cap;
        checkSlice3(l, h, m, s.cap, three, "capacity", fn, ins);
        GoSlice r{static_cast<uint8_t*>(s.ptr) + l * es, h - l, m - l};
        SLC(ins->a) = r;
        ins = ex;  // (the EXTRA word)
        NEXT();
      }
      CASE(SLICEARR) {
        const Instr* ex = ins + 1;
        auto* p = reinterpret_cast<uint8_t*>(R(ins->b));
        int64_t es = ex->b;
        int64_t len = int64_t(K[ex->c]);
        int64_t l = ins->c < 0 ? 0 : RI(ins->c);
        int64_t h = ins->d < 0 ? len : RI(ins->d);
        bool three = ex->a != 0xFFFF;
        int64_t m = three ? RI(ex->a) : len;
        if (!p) panicNilDeref();
        checkSlice3(l, h, m, len, three, "length", fn, ins);
        SLC(ins->a) = GoSlice{p + l * es, h - l, m - l};
        ins = ex;  // (the EXTRA word)
        NEXT();
      }
      CASE(EXTRA) NEXT();
      CASE(APPEND) {
        auto* et = reinterpret_cast<const Type*>(K[ins->d]);
        GoSlice s = SLC(ins->b);
        if (s.len >= s.cap) {
          SAVE_STATE();
          s = growSlice(s, int64_t(uint64_t(s.len) + 1), et);  // (wraps as Go's: "cap out of range")
        }
        regToMem(et, &R(ins->c), static_cast<uint8_t*>(s.ptr) + s.len * et->size);
        s.len++;
        SLC(ins->a) = s;
        NEXT();
      }
      CASE(APPENDSL) {
        auto* et = reinterpret_cast<const Type*>(K[ins->d]);
        GoSlice t = SLC(ins->c);
        SAVE_STATE();  // (growth may be a fatal "out of memory")
        GoSlice s = appendBytes(SLC(ins->b), t.ptr, t.len, et);
        SLC(ins->a) = s;
        NEXT();
      }
      CASE(APPENDSTR) {
        GoString t = STR(ins->c);
        SAVE_STATE();
        GoSlice s = appendBytes(SLC(ins->b), t.ptr, t.len, gByteType);
        SLC(ins->a) = s;
        NEXT();
      }
      CASE(COPY) {
        GoSlice d = SLC(ins->b), s = SLC(ins->c);
        int64_t n = d.len < s.len ? d.len : s.len;
        int64_t es = ins->d < 0 ? -int64_t(ins->d) : ins->d;
        if (n) typedMove(d.ptr, s.ptr, size_t(n * es), ins->d < 0);
        R(ins->a) = uint64_t(n);
        NEXT();
      }
      CASE(COPYSTR) {
        GoSlice d = SLC(ins->b);
        GoString s = STR(ins->c);
        int64_t n = d.len < s.len ? d.len : s.len;
        if (n) std::memmove(d.ptr, s.ptr, size_t(n));
        R(ins->a) = uint64_t(n);
        NEXT();
      }
      CASE(LEN_MAP) R(ins->a) = uint64_t(mapLen(reinterpret_cast<GoMap*>(R(ins->b)))); NEXT();

      // ---- maps
      CASE(MAKEMAP) {
        SAVE_STATE();
        GoMap* m = mapNew(reinterpret_cast<const Type*>(K[ins->c]), ins->b < 0 ? 0 : RI(ins->b));
        R(ins->a) = reinterpret_cast<uint64_t>(m);
        NEXT();
      }
      CASE(MAPACCESS) {
        SAVE_STATE();
        void* v = mapOp(false, ins, K, fp);
        R(ins->a) = reinterpret_cast<uint64_t>(v ? v : zeroValOf(reinterpret_cast<const Type*>(K[ins->d])));
        NEXT();
      }
      CASE(MAPACCESS2) {
        SAVE_STATE();
        void* v = mapOp(false, ins, K, fp);
        R(ins->a) = reinterpret_cast<uint64_t>(v ? v : zeroValOf(reinterpret_cast<const Type*>(K[ins->d])));
        R(ins->a + 1) = v != nullptr;
        NEXT();
      }
      CASE(MAPGET_64) {
        void* v;
        if (!mapArrayGet(reinterpret_cast<GoMap*>(R(ins->b)), R(ins->c), &v)) {
          SAVE_STATE();
          v = mapOp(false, ins, K, fp);
        }
        uint64_t w = 0;
        if (v) std::memcpy(&w, v, 8);
        R(ins->a) = w;
        NEXT();
      }
      CASE(MAPGET2_64) {
        void* v;
        if (!mapArrayGet(reinterpret_cast<GoMap*>(R(ins->b)), R(ins->c), &v)) {
          SAVE_STATE();
          v = mapOp(false, ins, K, fp);
        }
        uint64_t w = 0;
        if (v) std::memcpy(&w, v, 8);
        R(ins->a) = w;
        R(ins->a + 1) = v != nullptr;
        NEXT();
      }
      CASE(MAPASSIGN) {
        SAVE_STATE();
        void* v = mapOp(true, ins, K, fp);
        R(ins->a) = reinterpret_cast<uint64_t>(v);
        NEXT();
      }
      CASE(MAPSET_64) {
        void* v = mapArrayAssign(reinterpret_cast<GoMap*>(R(ins->b)), R(ins->c));
        if (!v) {
          SAVE_STATE();
          v = mapOp(true, ins, K, fp);
        }
        const uint64_t w = R(ins->a);
        std::memcpy(v, &w, 8);
        NEXT();
      }
      CASE(MAPADD_I) {
        void* v = mapArrayAssign(reinterpret_cast<GoMap*>(R(ins->b)), R(ins->c));
        if (!v) {
          SAVE_STATE();
          v = mapOp(true, ins, K, fp);
        }
        uint64_t w;
        std::memcpy(&w, v, 8);
        w += R(ins->a);
        std::memcpy(v, &w, 8);
        NEXT();
      }
      CASE(MAPDELETE) {
        auto* mt = reinterpret_cast<const Type*>(K[ins->c]);
        uint64_t kb[2];
        SAVE_STATE();
        mapDelete(mt, reinterpret_cast<GoMap*>(R(ins->a)), keyMem(mt->underlying->key, &R(ins->b), kb));
        NEXT();
      }
      CASE(MAPITER) {
        MapIter* it = mapIterInit(reinterpret_cast<const Type*>(K[ins->c]), reinterpret_cast<GoMap*>(R(ins->b)));
        R(ins->a) = reinterpret_cast<uint64_t>(it);
        NEXT();
      }
      CASE(MAPNEXT2_64) {
        void* k;
        void* v;
        SAVE_STATE();
        if (!mapIterNext(reinterpret_cast<MapIter*>(R(ins->a)), &k, &v)) JUMP(ins->b);
        if (ins->c >= 0) std::memcpy(&R(ins->c), k, 8);
        if (ins->d >= 0) std::memcpy(&R(ins->d), v, 8);
        NEXT();
      }
      CASE(MAPNEXT) {
        void* k;
        void* v;
        SAVE_STATE();
        if (!mapIterNext(reinterpret_cast<MapIter*>(R(ins->a)), &k, &v)) JUMP(ins->b);
        R(ins->a + 1) = reinterpret_cast<uint64_t>(k);
        R(ins->a + 2) = reinterpret_cast<uint64_t>(v);
        NEXT();
      }

      // ---- interfaces
      CASE(MKIFACE) {
        auto* t = reinterpret_cast<Type*>(K[ins->c]);
        uint64_t data;
        if (t->isPointerShaped()) {
          data = R(ins->b);
        } else {
          void* box = gcAllocType(t);
          regToMem(t, &R(ins->b), box);
          data = reinterpret_cast<uint64_t>(box);
        }
        R(ins->a) = reinterpret_cast<uint64_t>(t);
        R(ins->a + 1) = data;
        NEXT();
      }
      CASE(ASSERT) {
        auto* want = reinterpret_cast<const Type*>(K[ins->c]);
        auto* dyn = reinterpret_cast<const Type*>(R(ins->b));
        void* data = reinterpret_cast<void*>(R(ins->b + 1));
        if (dyn == want) {
          const void* src = want->isPointerShaped() ? static_cast<const void*>(&data) : data;
          memToReg(want, src, &R(ins->a));
          if (ins->d >= 0) R(ins->d) = 1;
        } else if (ins->d >= 0) {
          std::memset(&R(ins->a), 0, size_t(regSlots(want)) * 8);
          R(ins->d) = 0;
        } else {
          assertFail(dyn, want, reinterpret_cast<const Type*>(K[ins->c + 1]), "");
        }
        NEXT();
      }
      CASE(ASSERTI) {
        auto* want = reinterpret_cast<const Type*>(K[ins->c]);
        auto* dyn = reinterpret_cast<const Type*>(R(ins->b));
        bool ok = dyn && implementsIface(dyn, want, nullptr);
        if (ok) {
          uint64_t x = R(ins->b), y = R(ins->b + 1);
          R(ins->a) = x;
          R(ins->a + 1) = y;
          if (ins->d >= 0) R(ins->d) = 1;
        } else if (ins->d >= 0) {
          R(ins->a) = 0;
          R(ins->a + 1) = 0;
          R(ins->d) = 0;
        } else {
          // Go's assertE2I/assertI2I name no static interface type ("interface is nil")
          std::string missing;
          if (dyn) implementsIface(dyn, want, &missing);
          assertFail(dyn, want, nullptr, missing);
        }
        NEXT();
      }
      CASE(IFACETYPE) R(ins->a) = R(ins->b); NEXT();
      CASE(IMPLEMENTS) {
        auto* t = reinterpret_cast<const Type*>(R(ins->b));
        R(ins->a) = t && implementsIface(t, reinterpret_cast<const Type*>(K[ins->c]), nullptr);
        NEXT();
      }
      CASE(EQ_IFACE) {
        auto* x = reinterpret_cast<GoIface*>(&R(ins->b));
        auto* y = reinterpret_cast<GoIface*>(&R(ins->c));
        bool eq;
        if (x->type != y->type) eq = false;
        else if (!x->type) eq = true;
        else {
          if (!typeComparable(x->type)) panicRuntimeError("comparing uncomparable type " + x->type->str());
          eq = valuesEqual(x->type, x->valuePtr(), y->valuePtr());
        }
        R(ins->a) = eq;
        NEXT();
      }
      CASE(EQ_MEM) {
        auto* t = reinterpret_cast<const Type*>(K[ins->d]);
        R(ins->a) = valuesEqual(t, &R(ins->b), &R(ins->c));
        NEXT();
      }
      CASE(EQ_PTR) {
        auto* t = reinterpret_cast<const Type*>(K[ins->d]);
        SAVE_STATE();
        R(ins->a) = valuesEqual(t, reinterpret_cast<const void*>(R(ins->b)), reinterpret_cast<const void*>(R(ins->c)));
        NEXT();
      }

      // ---- print built-ins
      CASE(PRINT) {
        auto* t = reinterpret_cast<const Type*>(K[ins->b]);
        std::vector<uint8_t> mem(size_t(t->size) + 8);
        regToMem(t, &R(ins->a), mem.data());
        std::string s = runtimePrintString(t, mem.data());
        writeStderr(s.data(), s.size());
        NEXT();
      }
      CASE(PRINTSP) writeStderr(" ", 1); NEXT();
      CASE(PRINTNL) writeStderr("\n", 1); NEXT();

      // ---- goroutines and channels: the runtime issue
      CASE(GO) {
        auto* c = reinterpret_cast<Closure*>(R(ins->b));
        if (!c) {
          SAVE_STATE();
          fatalError("go of nil func value");  // (Go's throw: not a panic, nothing recovers it)
        }
        if (c->ncaps & kLazyRecv) {
          // the new goroutine reads the receiver when it starts (executeG):
          // a nil pointer panics there, as Go's method wrapper does
          newproc(c, &R(ins->a), ins->c, fn, ins);
        } else if (c->ncaps & kBoundMethod) {
          const uint64_t* recv;
          std::vector<uint64_t> buf;
          int k = boundReceiver(c, &recv, buf);  // (a lazy receiver is read by the go statement)
          std::vector<uint64_t> all(size_t(k + ins->c));
          std::memcpy(all.data(), recv, size_t(k) * 8);
          if (ins->c) std::memcpy(all.data() + k, &R(ins->a), size_t(ins->c) * 8);
          auto* plain = static_cast<Closure*>(gcAlloc(sizeof(Closure)));
          plain->fn = c->fn;
          plain->ncaps = 0;
          newproc(plain, all.data(), k + ins->c, fn, ins);
        } else {
          newproc(c, &R(ins->a), ins->c, fn, ins);
        }
        NEXT();
      }
      CASE(MAKECHAN) {
        SAVE_STATE();
        Hchan* c = makechan(reinterpret_cast<const Type*>(K[ins->c]), RI(ins->b));
        R(ins->a) = reinterpret_cast<uint64_t>(c);
        NEXT();
      }
      CASE(SEND) {
        if (g->woken) {
          g->woken = false;
          if (!g->wakeOk) panicPlainError("send on closed channel");
          NEXT();
        }
        bool parked;
        RESUME_HERE();
        chansend(reinterpret_cast<Hchan*>(R(ins->a)), &R(ins->b), true, g, &parked);
        if (parked) PARKED_RETURN();
        NEXT();
      }
      CASE(RECV) {
        if (g->woken) {
          g->woken = false;
          if (ins->c >= 0) R(ins->c) = g->wakeOk;
          NEXT();
        }
        bool parked, received;
        RESUME_HERE();
        chanrecv(reinterpret_cast<Hchan*>(R(ins->b)), &R(ins->a), true, g, &received, &parked);
        if (parked) PARKED_RETURN();
        if (ins->c >= 0) R(ins->c) = received;
        NEXT();
      }
      CASE(CLOSE) closechan(reinterpret_cast<Hchan*>(R(ins->a))); NEXT();
      CASE(LEN_CHAN) R(ins->a) = uint64_t(chanlen(reinterpret_cast<Hchan*>(R(ins->b)))); NEXT();
      CASE(CAP_CHAN) R(ins->a) = uint64_t(chancap(reinterpret_cast<Hchan*>(R(ins->b)))); NEXT();
      CASE(SELECT) {
        if (g->woken) {
          g->woken = false;
          selectCleanup(g);
          int idx = g->selectIndex;
          // a send case woken by close: Go panics in the select
          if (!g->wakeOk && idx >= 0 && K[ins->c + 3 * idx] == 1) panicPlainError("send on closed channel");
          R(ins->a) = uint64_t(int64_t(idx));
          R(ins->b) = g->wakeOk;
          NEXT();
        }
        int n = ins->d;
        SelectCase small[16];
        std::vector<SelectCase> big;
        SelectCase* cs = small;
        if (n > 16) {
          big.resize(size_t(n));
          cs = big.data();
        }
        for (int i = 0; i < n; i++) {
          int kind = int(K[ins->c + 3 * i]);
          int64_t chs = int64_t(K[ins->c + 3 * i + 1]);
          int64_t vs = int64_t(K[ins->c + 3 * i + 2]);
          cs[i].kind = kind;
          cs[i].c = kind == 2 ? nullptr : reinterpret_cast<Hchan*>(R(chs));
          cs[i].elem = kind == 2 ? nullptr : &R(vs);
        }
        bool ok, parked;
        RESUME_HERE();
        int chosen = selectgo(g, cs, n, &ok, &parked);
        if (parked) PARKED_RETURN();
        R(ins->a) = uint64_t(int64_t(chosen));
        R(ins->b) = ok;
        NEXT();
      }
#if !GORO_COMPUTED_GOTO
        default:
          fatalError("goro: bad opcode");
      }
#endif

    // ---- function entry (CALL*, DEFERRETURN, deferred calls run by panics)
    enter:
      newfp[-4] = reinterpret_cast<uint64_t>(fp);
      newfp[-3] = reinterpret_cast<uint64_t>(ins + 1);  // resume at the next instruction
    enterWithHeader:
      newfp[-2] = reinterpret_cast<uint64_t>(callee);
      if (callee->native) {
        NativeCtx ctx;
        ctx.g = g;
        ctx.prog = prog;
        ctx.frameOff = reinterpret_cast<uint8_t*>(newfp) - g->stackLo;
        uint8_t* top = reinterpret_cast<uint8_t*>(newfp + callee->frameSize);
        if (reinterpret_cast<uintptr_t>(top) > reinterpret_cast<uintptr_t>(g->stackHi)) {
          SAVE_STATE();
          int64_t delta = growStack(g, fp, newfp, callee, top);
          fp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(fp) + delta);
          newfp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(newfp) + delta);
          ctx.frameOff = reinterpret_cast<uint8_t*>(newfp) - g->stackLo;
        }
        SAVE_STATE();
        // where this frame goes on after the native (not for a deferred call run by a panic)
        const Instr* after = newfp[-3] != reinterpret_cast<uint64_t>(kPanicReturn) ? ins + 1 : nullptr;
        if (after) RESUME_AT(after);  // in case it parks
        uint64_t* savedTop = g->nativeTop;
        g->nativeTop = newfp + callee->frameSize;
        const FuncProto* outerNative = g->inNative;  // (a native calling back into Go calling a native)
        const Instr* outerNativeRet = g->inNativeRet;
        g->inNative = callee;  // tracebacks taken inside it show the call's line (and a parked G its frame)
        g->inNativeRet = after;
        callee->native(ctx, newfp);
        if (parkedFlag()) PARKED_RETURN();  // (g is not ours any more: executeG resets nativeTop)
        g->inNative = outerNative;
        g->inNativeRet = outerNativeRet;
        g->nativeTop = savedTop;
        // RELOAD_FRAME: the native may have called back into Go and moved the stack.
        newfp = ctx.frame();
        fp = reinterpret_cast<uint64_t*>(newfp[-4]);
        if (Closure* c = ctx.tailCall) [[unlikely]] {
          // the native's caller calls c in its place (NativeCtx::tailCall)
          callee = c->fn;
          if (c->ncaps & kBoundMethod) {
            receiverRoom(g, ins, fp, newfp, callee, 0, argSlotsOf(c), rbuf);
            insertBoundReceiver(c, newfp);
          }
          newfp[-1] = reinterpret_cast<uint64_t>(c);
          goto enterWithHeader;
        }
        uint64_t ret = newfp[-3];
        if (ret == reinterpret_cast<uint64_t>(kPanicReturn)) {
          SET_FN(reinterpret_cast<const FuncProto*>(fp[-2]));
          goto panicDeferReturned;
        }
        ins = reinterpret_cast<const Instr*>(ret & ~uint64_t(1));
        DISPATCH();
      }
      {
        uint8_t* top = reinterpret_cast<uint8_t*>(newfp + callee->frameSize);
        bool yield = false;
        if (__builtin_expect(reinterpret_cast<uintptr_t>(top) > __atomic_load_n(&g->stackguard0, __ATOMIC_RELAXED), 0)) {
          if (__atomic_load_n(&g->stackguard0, __ATOMIC_RELAXED) == kStackPreempt) {
            restoreGuard(g);  // preemption request: enter the callee, then yield
            yield = true;
          }
          if (reinterpret_cast<uintptr_t>(top) > __atomic_load_n(&g->stackguard0, __ATOMIC_RELAXED)) {
            SAVE_STATE();
            int64_t delta = growStack(g, fp, newfp, callee, top);
            fp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(fp) + delta);
            newfp = reinterpret_cast<uint64_t*>(reinterpret_cast<uint8_t*>(newfp) + delta);
          }
        }
        int extra = callee->frameSize - callee->paramSlots;
        if (extra > 0) zeroSlots(newfp + callee->paramSlots, extra);
        fp = newfp;
        SET_FN(callee);
        ins = code;
        if (__builtin_expect(yield, 0)) {
          RESUME_AT(ins);
          if (trace::on()) trace::preempt(g->goid);
          goyield(g);
          PARKED_RETURN();
        }
        DISPATCH();
      }

    // ---- a deferred call run by a panic has returned to frame fp
    panicDeferReturned: {
      Panic* p = g->panic;
      if (p && p->recovered) {
        // Resume the frame that deferred the recovering call, at its recovery
        // epilogue (which runs its remaining defers and returns normally).
        g->panic = p->link;
        while (g->panic && g->panic->aborted) g->panic = g->panic->link;
        fp = reinterpret_cast<uint64_t*>(g->stackLo + p->recoverOff);
        SET_FN(reinterpret_cast<const FuncProto*>(fp[-2]));
        ins = CODE(fn->recoverPc);
        continue;
      }
      goto runNextDefer;
    }

    } catch (GoPanicSignal&) {
      // The faulting instruction is `ins` in frame fp.
      g->nativeTop = entryNativeTop;
      g->fp = fp;
      g->pc = ins;
      Panic* p = g->panic;
      if (!p->siteSet) {
        p->siteSet = true;
        p->sitePc = ins;
        p->siteOff = reinterpret_cast<uint8_t*>(fp) - g->stackLo;
      }
      goto runNextDefer;
    }
    continue;

  parkedNested: {
      // g parked or yielded in this nested activation: this M waits until it
      // may run g again (runtime/sched.h waitNested), then resumes it as
      // executeG does: at g->pc, re-executing the instruction if it asked to.
      waitNested(g);
      g->nativeTop = entryNativeTop;
      g->inNative = entryInNative;
      g->inNativeRet = entryInNativeRet;
      if (!g->reexec) g->woken = false;
      g->reexec = false;
      fp = g->fp;
      SET_FN(reinterpret_cast<const FuncProto*>(fp[-2]));
      ins = g->pc;
      continue;
    }

  runNextDefer: {
      Panic* p = g->panic;
      Defer* d = g->defers;
      uint64_t* base = reinterpret_cast<uint64_t*>(g->stackLo + baseOff);
      if (!d && p->goexit) {
        // runtime.Goexit ran every deferred call: the goroutine ends (from the
        // outermost activation; a nested one passes it out through its native)
        if (g->nest > 0) throw GoPanicSignal{};
        g->panic = p;  // (the scheduler reads it: main's goroutine going away)
        return;
      }
      if (!d) {
        if (g->nest > 0 && preprintingPanics()) throw GoPanicSignal{};
        fatalPanic(g, reinterpret_cast<uint64_t*>(g->stackLo + p->siteOff), p->sitePc);
      }
      if (d->fp < base) throw GoPanicSignal{};  // belongs to an outer activation
      // An older panic whose deferred call this one has unwound out of (d
      // belongs to the frame that deferred that call, or to an older frame)
      // is aborted: it will not go on (Go's gopanic finding a started defer).
      // If this panic is recovered inside that deferred call instead, the
      // call returns normally and the older panic goes on with its defers.
      for (Panic* q = p->link; q; q = q->link)
        if (!q->aborted && d->fp <= reinterpret_cast<uint64_t*>(g->stackLo + q->recoverOff)) q->aborted = true;
      g->defers = d->link;
      d->started = true;
      d->panic = p;
      p->recoverOff = reinterpret_cast<uint8_t*>(d->fp) - g->stackLo;
      callee = d->fn ? d->fn->fn : &gNilDeferProto;
      newfp = fp + fn->frameSize + kFrameHeader;
      // fp is the frame where the panic was raised: its safepoint (if any) is
      // the panic site, never an instruction of a deferred call that returned.
      ins = p->siteSet && reinterpret_cast<uint64_t*>(g->stackLo + p->siteOff) == fp ? p->sitePc : nullptr;
      SAVE_STATE();
      DEFER_ROOM();
      if (d->argSlots) std::memcpy(newfp, d->args, size_t(d->argSlots) * 8);
      // (the receiver inside the try block too: a lazy one may panic, and
      // that panic must run the frame's other deferred calls)
      if (d->fn && (d->fn->ncaps & kBoundMethod)) pendingRecv = d->fn;
      newfp[-1] = reinterpret_cast<uint64_t>(d->fn);
      newfp[-4] = reinterpret_cast<uint64_t>(fp);
      newfp[-3] = reinterpret_cast<uint64_t>(kPanicReturn);
      pendingEnter = true;  // enter it inside the try block (natives, growth as in `enter`)
    }
  }
}

}  // namespace goro

namespace goro {

// Run or resume g (runtime/sched.cpp calls this) until it parks, yields or
// exits; returns true if it parked or yielded (then g must not be touched:
// another M may already run it), false if it exited.
bool executeG(G* g, Program* prog) {
  uint64_t* bottom = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  if (!g->pc) {
    // not started: the bottom frame holds the entry function and its arguments
    auto* f = reinterpret_cast<FuncProto*>(bottom[-2]);
    if (f->native) {
      NativeCtx ctx;
      ctx.g = g;
      ctx.prog = prog;
      ctx.frameOff = reinterpret_cast<uint8_t*>(bottom) - g->stackLo;
      g->nativeTop = bottom + f->frameSize;
      g->fp = bottom;
      g->pc = nullptr;
      f->native(ctx, bottom);
      if (parkedFlag()) fatalError("goro: a goroutine started on a native that blocks (not supported yet)");
      g->nativeTop = nullptr;
      g->status = GStatus::Dead;
      return false;
    }
    auto* c = reinterpret_cast<Closure*>(bottom[-1]);
    if (c && (c->ncaps & kLazyRecv)) {  // `go f()` of a lazy method value (GO)
      try {
        insertBoundReceiver(c, bottom);
      } catch (GoPanicSignal&) {
        fatalPanic(g, nullptr, nullptr);  // nothing deferred yet: the program dies
      }
    }
    int extra = f->frameSize - f->paramSlots;
    if (extra > 0) std::memset(bottom + f->paramSlots, 0, size_t(extra) * 8);
    g->reexec = false;
    executeFrom(g, prog, bottom, nullptr, bottom);
  } else {
    if (!g->reexec) g->woken = false;
    g->reexec = false;
    g->inNative = nullptr;
    g->nativeTop = nullptr;  // it parked in a top-level activation (PARKED_RETURN)
    executeFrom(g, prog, g->fp, g->pc, bottom);
  }
  if (parkedFlag()) return true;
  g->status = GStatus::Dead;
  return false;
}

}  // namespace goro
