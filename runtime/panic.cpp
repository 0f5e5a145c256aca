// runtime/panic.cpp — panic values, Go's panic/fatal-error printing and
// tracebacks, and the buffered standard output.
//
// Output protocol: Go's stdout is unbuffered (each fmt.Print is one write(2));
// goro buffers fd 1 for speed and flushes it before anything goes to fd 2, before
// a read of fd 0 and at exit, so interleaving as seen on a terminal or in a
// merged pipe is kept. Output also never waits much longer than kFlushDelay:
// sysmon calls flushStaleStdout each round (every 20 µs to 10 ms); once the
// oldest buffered byte is kFlushDelay old, it wakes the flusher thread, which
// writes the buffer out (a program that prints, then sleeps, blocks or is
// killed, has shown what it printed). sysmon never blocks here (it only
// try-locks outMu); the flusher, started on first need, may block in write(2)
// on a full pipe as a Go program's writer would.
#include "runtime/trace.h"
#include "runtime/panic.h"

#include <pthread.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cinttypes>
#include <csignal>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace goro {

static const Instr kPanicReturnInstr{};
const Instr* const kPanicReturn = &kPanicReturnInstr;
RuntimeTypes rtTypes;
bool (*callStringMethodHook)(const GoIface& v, const char* name, GoString* out) = nullptr;
void (*dumpGoroutinesHook)(G* except) = nullptr;

// ---- output

// (never destroyed: the detached flusher may wait on them while the process exits)
static std::mutex& outMu = *new std::mutex;
static std::condition_variable& outCv = *new std::condition_variable;
static char outBuf[1 << 16];
static size_t outLen = 0;            // guarded by outMu
static bool flusherUp = false;       // guarded by outMu
static bool flushWanted = false;     // guarded by outMu
static std::atomic<int64_t> outSince{0};  // monoNow() when the buffer became non-empty; 0: empty
constexpr int64_t kFlushDelay = 1000000;  // ns

// CLOCK_MONOTONIC in ns, the clock of the scheduler's nanotime().
static int64_t monoNow() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

static void writeAll(int fd, const void* p, size_t n) {
  const char* c = static_cast<const char*>(p);
  while (n > 0) {
    ssize_t w = ::write(fd, c, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;
    }
    c += w;
    n -= size_t(w);
  }
}

static void flushLocked() {
  if (outLen) writeAll(1, outBuf, outLen);
  outLen = 0;
  outSince.store(0, std::memory_order_relaxed);
}

void flushStdout() {
  std::lock_guard<std::mutex> l(outMu);
  flushLocked();
}

// Writes the buffer out when flushStaleStdout asks.
static void flusher() {
  std::unique_lock<std::mutex> l(outMu);
  for (;;) {
    outCv.wait(l, [] { return flushWanted; });
    flushWanted = false;
    flushLocked();
  }
}

void flushStaleStdout(int64_t now) {
  int64_t since = outSince.load(std::memory_order_relaxed);
  if (since == 0 || now - since < kFlushDelay) return;
  std::unique_lock<std::mutex> l(outMu, std::try_to_lock);
  if (!l.owns_lock() || outLen == 0 || flushWanted) return;
  if (!flusherUp) {
    flusherUp = true;
    std::thread(flusher).detach();
  }
  flushWanted = true;
  outCv.notify_one();
}

void writeStdout(const void* p, size_t n) {
  if (n == 0) return;  // (p may be null: an empty slice or string)
  std::lock_guard<std::mutex> l(outMu);
  if (outLen + n > sizeof outBuf) {
    flushLocked();
    if (n > sizeof outBuf) {
      writeAll(1, p, n);
      return;
    }
  }
  if (outLen == 0) outSince.store(monoNow(), std::memory_order_relaxed);
  std::memcpy(outBuf + outLen, p, n);
  outLen += n;
}

void writeStderr(const void* p, size_t n) {
  std::lock_guard<std::mutex> l(outMu);
  flushLocked();
  writeAll(2, p, n);
}

static void errs(const std::string& s) { writeStderr(s.data(), s.size()); }

// The first thread to end the program (a fatal report or an exit) does it;
// any other that tries meanwhile waits for that exit, as Go's do (paniclk;
// main's wait while a panic prints), so one report comes out whole: two
// goroutines that both catch a concurrent map write would otherwise print
// two reports into each other.
static std::atomic<bool> gDying{false};
static thread_local bool tDying = false;
static void startDying() {
  if (tDying) return;
  if (gDying.exchange(true, std::memory_order_acq_rel))
    for (;;) ::pause();
  tDying = true;
}

[[noreturn]] void exitProgram(int code) {
  startDying();
  flushStdout();
  trace::finish();  // (goro trace: the file is written whatever the exit status)
  if (gStackDebug) printStackStats();
  std::fflush(nullptr);
  std::_Exit(code);
}

static std::vector<std::string> gArgs;
const std::vector<std::string>& programArgs() { return gArgs; }
void setProgramArgs(std::vector<std::string> args) { gArgs = std::move(args); }

// ---- panics

static GoIface boxString(Type* t, const std::string& s) {
  GoString gs = makeString(s);
  return makeIface(t, &gs);
}

[[noreturn]] void panicValue(const GoIface& v) {
  G* g = curG;
  auto* p = static_cast<Panic*>(gcAlloc(sizeof(Panic)));
  new (p) Panic();
  p->arg = v;
  p->link = g->panic;  // (older panics are aborted only if this one unwinds out of
                       // their deferred calls: vm/interp.cpp runNextDefer)
  g->panic = p;
  throw GoPanicSignal{};
}

[[noreturn]] void panicGoexit() {
  G* g = curG;
  auto* p = static_cast<Panic*>(gcAlloc(sizeof(Panic)));
  new (p) Panic();
  p->goexit = true;
  p->link = g->panic;
  g->panic = p;
  throw GoPanicSignal{};
}

[[noreturn]] void panicString(const std::string& msg) { panicValue(boxString(rtTypes.string, msg)); }

// Without package runtime's types (unit tests): the message as a string.
static GoIface runtimeErrorValue(Type* t, const std::string& prefix, const std::string& msg) {
  return t ? boxString(t, msg) : boxString(rtTypes.string, prefix + msg);
}

[[noreturn]] void panicRuntimeError(const std::string& msg) {
  panicValue(runtimeErrorValue(rtTypes.errorString, "runtime error: ", msg));
}

[[noreturn]] void panicBoundsError(const std::string& msg) {
  panicValue(runtimeErrorValue(rtTypes.boundsError, "runtime error: ", msg));
}

[[noreturn]] void panicPlainError(const std::string& msg) { panicValue(runtimeErrorValue(rtTypes.plainError, "", msg)); }

[[noreturn]] void panicTypeAssertion(const std::string& msg) {
  Type* t = rtTypes.typeAssertionError;
  if (!t) panicValue(boxString(rtTypes.string, msg));
  auto* e = static_cast<GoString*>(gcAlloc(sizeof(GoString)));  // a TypeAssertionError{msg}
  *e = makeString(msg);
  panicValue(GoIface{t, e});
}

// ---- printing values as Go's runtime print does

static std::string hex(uint64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%" PRIx64, v);
  return b;
}

// Go's runtime printfloat: +1.500000e+000, by its own algorithm (scale to
// [1, 10) by repeated *10 or /10, add half a unit of the 7th digit, take the
// digits one at a time), whose last digit can differ from correct rounding.
std::string runtimeFloatString(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int d = int(v);
    buf[i + 2] = char(d + '0');
    v -= double(d);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

// The register/memory-form value at p of type t, as print/println show it.
std::string runtimePrintString(const Type* t, const void* p) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Bool: return *static_cast<const uint8_t*>(p) ? "true" : "false";
    case Kind::Int: case Kind::Int64: return std::to_string(*static_cast<const int64_t*>(p));
    case Kind::Int32: return std::to_string(*static_cast<const int32_t*>(p));
    case Kind::Int16: return std::to_string(*static_cast<const int16_t*>(p));
    case Kind::Int8: return std::to_string(*static_cast<const int8_t*>(p));
    case Kind::Uint: case Kind::Uint64: case Kind::Uintptr: return std::to_string(*static_cast<const uint64_t*>(p));
    case Kind::Uint32: return std::to_string(*static_cast<const uint32_t*>(p));
    case Kind::Uint16: return std::to_string(*static_cast<const uint16_t*>(p));
    case Kind::Uint8: return std::to_string(*static_cast<const uint8_t*>(p));
    case Kind::Float64: return runtimeFloatString(*static_cast<const double*>(p));
    case Kind::Float32: return runtimeFloatString(*static_cast<const float*>(p));
    case Kind::String: {
      auto* s = static_cast<const GoString*>(p);
      return std::string(s->view());
    }
    case Kind::Slice: {
      auto* s = static_cast<const GoSlice*>(p);
      return "[" + std::to_string(s->len) + "/" + std::to_string(s->cap) + "]" + hex(uint64_t(s->ptr));
    }
    case Kind::Interface: {
      auto* i = static_cast<const GoIface*>(p);
      return "(" + hex(uint64_t(i->type)) + "," + hex(uint64_t(i->data)) + ")";
    }
    default: return hex(*static_cast<const uint64_t*>(p));
  }
}

// Go's printpanicval (after preprintpanics turned errors and Stringers into text).
static std::string panicValString(const GoIface& v) {
  if (!v.type) return "nil";
  GoString out;
  if (v.type == rtTypes.errorString || v.type == rtTypes.boundsError)
    return "runtime error: " + std::string(static_cast<const GoString*>(v.data)->view());
  if (v.type == rtTypes.plainError || v.type == rtTypes.typeAssertionError)
    return std::string(static_cast<const GoString*>(v.data)->view());
  if (callStringMethodHook) {
    if (callStringMethodHook(v, "Error", &out)) return std::string(out.view());
    if (callStringMethodHook(v, "String", &out)) return std::string(out.view());
  }
  const Type* t = v.type;
  Kind k = t->underlying->kind;
  bool basic = (k >= Kind::Bool && k <= Kind::Float64) || k == Kind::String;
  if (!basic) return "(" + t->str() + ") " + hex(uint64_t(v.data));
  std::string val = runtimePrintString(t, v.valuePtr());
  if (!t->isNamed() || t->pkg.empty()) return val;  // predeclared types
  if (k == Kind::String) {
    std::string q = "\"";
    for (char c : val) {
      if (c == '"' || c == '\\') q += '\\';
      q += c;
    }
    val = q + "\"";
  }
  return t->str() + "(" + val + ")";
}

// GOTRACEBACK, read once as Go's runtime reads it: none (0) prints no
// goroutine at all, single (the default) the failing one, all (or a number)
// every goroutine, system every goroutine (goro has no runtime frames to add),
// crash as system and then dies of SIGABRT. (A deadlock report lists every
// goroutine unless none.)
struct TracebackSetting {
  int level = 1;
  bool all = false;
  bool crash = false;
};
static const TracebackSetting& tracebackSetting() {
  static const TracebackSetting s = [] {
    TracebackSetting t;
    const char* e = std::getenv("GOTRACEBACK");
    std::string v = e ? e : "";
    if (v == "none") t.level = 0;
    else if (v == "all") t.all = true;
    else if (v == "system") t.level = 2, t.all = true;
    else if (v == "crash") t.level = 2, t.all = true, t.crash = true;
    else if (!v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }))
      t.level = std::atoi(v.c_str()), t.all = true;
    return t;
  }();
  return s;
}

int tracebackLevel() { return tracebackSetting().level; }

// A nil dereference: in Go, a fault the signal handler turned into a panic;
// its report adds the signal line.
static bool isSigPanic(const Panic* p) {
  static const char kNilDeref[] = "invalid memory address or nil pointer dereference";
  return p && !p->goexit && p->arg.type == rtTypes.errorString &&
         static_cast<const GoString*>(p->arg.data)->view() == kNilDeref;
}

static void printSignalLine(const Panic* p) {
  errs("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=" + hex(uint64_t(p->sitePc)) + "]\n");
}

// Go's printpanics: oldest first; vals holds each panic's text, newest first.
static void printPanics(Panic* p, const std::vector<std::string>& vals, size_t i) {
  if (!p) return;
  if (p->link) {
    printPanics(p->link, vals, i + 1);
    if (!p->link->goexit) errs("\t");
  }
  if (p->goexit) return;
  std::string s = "panic: " + vals[i];
  if (p->recovered) s += " [recovered]";
  s += "\n";
  errs(s);
}

// Go's preprintpanics: each panic value's text, newest panic first, before
// anything prints (an error's or a Stringer's text comes from its method,
// which may itself panic: that is fatal, as in Go).
static thread_local bool tlPreprinting = false;
bool preprintingPanics() { return tlPreprinting; }

static std::vector<std::string> preprintPanics(G* g, const std::string& tb) {
  std::vector<std::string> vals;
  tlPreprinting = true;
  Panic* const top = g->panic;
  for (Panic* p = top; p; p = p->link) {
    if (p->goexit) {
      vals.emplace_back();
      continue;
    }
    try {
      vals.push_back(panicValString(p->arg));
    } catch (GoPanicSignal&) {
      tlPreprinting = false;
      Panic* inner = g->panic;
      g->panic = top;
      std::string why = "panic while printing panic value: ";
      if (inner && !inner->goexit && inner->arg.type == rtTypes.string)
        why += std::string(static_cast<const GoString*>(inner->arg.data)->view());
      else
        why += "type " + (inner && inner->arg.type ? inner->arg.type->str() : std::string("nil"));
      errs("fatal error: " + why + "\n");
      if (isSigPanic(inner)) printSignalLine(inner);
      errs("\n");  // (a throw during a panic: Go shows the goroutine even with GOTRACEBACK=none)
      errs(tb);
      exitProgram(2);
    }
  }
  tlPreprinting = false;
  return vals;
}

// The end of a fatal report: the other goroutines if GOTRACEBACK asks, then
// exit 2 (or SIGABRT for crash).
[[noreturn]] static void finishFatal(G* g, bool all) {
  const TracebackSetting& ts = tracebackSetting();
  if (ts.level > 0 && all && dumpGoroutinesHook) {
    errs("\n");
    dumpGoroutinesHook(g);
  }
  if (ts.crash) {
    flushStdout();
    std::fflush(nullptr);
    std::signal(SIGABRT, SIG_DFL);
    std::abort();
  }
  exitProgram(2);
}

[[noreturn]] void fatalPanic(G* g, uint64_t* fp, const Instr* pc) {
  startDying();
  // The traceback's text first: printing the panic values may call their
  // Error or String methods, whose frames go on this stack above g->fp, and
  // once deferred calls have run, g->fp is a caller of the panic site: the
  // frames the traceback shows lie where those calls would write.
  std::string tb = tracebackString(g, fp, pc, "running");
  std::vector<std::string> vals = preprintPanics(g, tb);
  printPanics(g->panic, vals, 0);
  for (const Panic* p = g->panic; p; p = p->link) {
    if (isSigPanic(p)) {
      printSignalLine(p);
      break;
    }
  }
  if (tracebackSetting().level > 0) {
    errs("\n");
    errs(tb);
  }
  finishFatal(g, tracebackSetting().all);
}

[[noreturn]] void fatalError(const std::string& msg) {
  startDying();
  errs("fatal error: " + msg + "\n");
  G* g = curG;
  if (tracebackSetting().level > 0) {
    errs("\n");
    if (g) traceback(g, g->fp, g->pc, "running");
  }
  finishFatal(g, tracebackSetting().all);
}

[[noreturn]] void fatalSignal(const std::string& what) {
  startDying();
  errs(what + "\n");
  G* g = curG;
  if (tracebackLevel() > 0) {
    errs("\n");
    if (g) traceback(g, g->fp, g->pc, "running");
  }
  finishFatal(g, tracebackSetting().all);
}

void forwardSegv(const struct sigaction& prev, int sig, siginfo_t* si, void* ctx) {
  if (prev.sa_flags & SA_SIGINFO) {
    prev.sa_sigaction(sig, si, ctx);
    return;
  }
  if (prev.sa_handler != SIG_DFL && prev.sa_handler != SIG_IGN) {
    prev.sa_handler(sig);
    return;
  }
  signal(SIGSEGV, SIG_DFL);  // (the faulting instruction runs again and kills the process)
}

bool threadStackRange(uintptr_t* lo, uintptr_t* hi) {
  pthread_attr_t a;
  if (pthread_getattr_np(pthread_self(), &a) != 0) return false;
  void* addr = nullptr;
  size_t size = 0;
  pthread_attr_getstack(&a, &addr, &size);
  pthread_attr_destroy(&a);
  *lo = uintptr_t(addr);
  *hi = uintptr_t(addr) + size;
  return true;
}

[[noreturn]] void stackOverflow(G* g, int64_t wantBytes) {
  startDying();
  (void)wantBytes;
  uint64_t limit = std::min(uint64_t(gStackLimit.load(std::memory_order_relaxed)), uint64_t(kMaxStackCeiling));
  errs("runtime: goroutine stack exceeds " + std::to_string(limit) + "-byte limit\n");
  errs("runtime: sp=" + hex(uint64_t(g->fp)) + " stack=[" + hex(uint64_t(g->stackLo)) + ", " +
       hex(uint64_t(g->stackHi)) + "]\n");
  errs("fatal error: stack overflow\n");
  if (tracebackLevel() > 0) {
    errs("\n");
    traceback(g, g->fp, g->pc, "running");
  }
  finishFatal(g, tracebackSetting().all);
}

}  // namespace goro
