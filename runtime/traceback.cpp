// runtime/traceback.cpp — stack walks and tracebacks: Go's view of a
// goroutine's frames (FrameWalker), for runtime.Caller/Callers (stdlib) and
// for the traceback text of panics, fatal errors, deadlock reports and
// runtime.Stack (tracebackString, tracebackOthers).
//
// A frame of goro's is a FuncProto's activation (vm/func.h draws the
// header: caller fp, return pc, FuncProto*, Closure*). Go's unwinder shows
// more than goro has: the runtime's own functions between and below the
// program's frames (runtime.gopanic calling the deferred calls of a panic,
// runtime.main calling main.main, runtime.goexit at the bottom of every
// goroutine). The walker inserts those as RuntimeFuncs, with Go 1.19's
// files and lines, so pcs, names and lines read as Go's; tracebacks then
// hide what Go's hide (unexported runtime functions) and show gopanic as
// "panic(...)". Frames of the wrappers goro compiles `defer f(args)` into
// are hidden everywhere, as Go hides its own.
//
// Another goroutine's stack may be walked while that goroutine runs on
// another thread (runtime.Stack(buf, true): goro has no stop-the-world); the
// walk then checks each frame before it reads it (FrameWalker's isProto) and
// stops at the first that does not look like one: it reads only words inside
// the stack block it started in, and FuncProtos the program has.
#include "runtime/traceback.h"

#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "runtime/panic.h"

namespace goro {

static void errs(const std::string& s) { writeStderr(s.data(), s.size()); }

static std::string hex(uint64_t v) {
  char b[32];
  std::snprintf(b, sizeof b, "0x%" PRIx64, v);
  return b;
}

static std::string funcName(const FuncProto* f) { return f ? f->name : "?"; }

// The source line of instruction pc of f (f's own line if pc is not in f's code).
static int lineAt(const FuncProto* f, const Instr* pc) {
  if (pc && !f->native && pc >= f->code.data() && pc < f->code.data() + f->code.size())
    return f->lines[size_t(pc - f->code.data())];
  return f->line;
}

void callerFrame(G* g, uint64_t*& fp, const Instr*& pc, const Panic** via) {
  uint64_t ret = fp[-3];
  uint64_t* caller = reinterpret_cast<uint64_t*>(fp[-4]);
  if (via) *via = nullptr;
  if (ret == reinterpret_cast<uint64_t>(kPanicReturn)) {
    // a deferred call run by a panic: its caller stopped where a panic was raised
    pc = nullptr;
    for (Panic* p = g->panic; p; p = p->link)
      if (p->siteSet && reinterpret_cast<uint64_t*>(g->stackLo + p->siteOff) == caller) {
        pc = p->sitePc;
        if (via) *via = p;
        break;
      }
    if (via && !*via) *via = g->panic;
  } else if (ret == 0) {
    pc = nullptr;
  } else {
    bool atSp;
    const Instr* r = decodeReturnPc(ret, &atSp);
    pc = atSp ? r : r - 1;
  }
  fp = caller;
}

// ---- stack walks

// The Go runtime's frames goro shows (Go 1.19's files and lines).
const RuntimeFunc kRuntimeFuncs[kRtFuncCount] = {
    {"runtime.gopanic", "$GOROOT/src/runtime/panic.go", 884},  // d.fn() of open-coded defers
    {"runtime.Goexit", "$GOROOT/src/runtime/panic.go", 522},
    {"runtime.main", "$GOROOT/src/runtime/proc.go", 250},  // fn() (main.main)
#if defined(__aarch64__)
    {"runtime.goexit", "$GOROOT/src/runtime/asm_arm64.s", 1172},
#else
    {"runtime.goexit", "$GOROOT/src/runtime/asm_amd64.s", 1594},
#endif
    {"runtime.Callers", "$GOROOT/src/runtime/extern.go", 247},  // return callers(skip, pc)
};

FrameWalker::FrameWalker(G* g, uint64_t* fp, const Instr* pc, bool (*isProto)(const FuncProto*))
    : g_(g), fp_(fp), pc_(pc), isProto_(isProto),
      lo_(reinterpret_cast<uintptr_t>(g->stackLo)), hi_(reinterpret_cast<uintptr_t>(g->stackHi)) {
  if (isProto_ && fp_ && !inStack(fp_)) done_ = true;
}

bool FrameWalker::inStack(const uint64_t* fp) const {
  auto a = reinterpret_cast<uintptr_t>(fp);
  return a >= lo_ + kFrameHeader * 8 && a < hi_ && a % 8 == 0;
}

FrameWalker FrameWalker::fromNative(G* g, uint64_t* nativeFp) {
  FrameWalker w(g, nativeFp, nullptr);
  w.step();
  return w;
}

void FrameWalker::step() {
  bool viaPanic = fp_[-3] == reinterpret_cast<uint64_t>(kPanicReturn);
  uint64_t* from = fp_;
  callerFrame(g_, fp_, pc_, &viaPanic_);
  pendingPanic_ = viaPanic;
  // another goroutine's stack: its frames must go down inside the stack
  if (isProto_ && fp_ && (fp_ >= from || !inStack(fp_))) done_ = true;
}

// `defer f(args)` compiled to a closure "F.deferwrapN" that calls f: Go's
// compiler makes such wrappers too and marks them, and Go's unwinder hides
// them (from tracebacks and runtime.Callers alike).
static bool isDeferWrapper(const FuncProto* f) { return f->name.find(".deferwrap") != std::string::npos; }

bool FrameWalker::next(CallerInfo* out) {
  if (done_) return false;
  *out = CallerInfo{};
  if (pendingPanic_) {
    pendingPanic_ = false;
    bool goexit = viaPanic_ && viaPanic_->goexit;
    out->rt = &kRuntimeFuncs[goexit ? kRtGoexitDefers : kRtGopanic];
    out->panic = viaPanic_;
    out->line = out->rt->line;
    return true;
  }
  if (!fp_) {
    done_ = true;
    out->rt = &kRuntimeFuncs[kRtGoexit];
    out->line = out->rt->line;
    return true;
  }
  auto* proto = reinterpret_cast<const FuncProto*>(fp_[-2]);
  if (isProto_ && proto && !isProto_(proto)) {
    done_ = true;
    return false;
  }
  if (proto && isDeferWrapper(proto)) {
    step();
    return next(out);
  }
  if (!proto || proto->name == "goro.entry") {  // main.main's caller (and the package inits')
    out->rt = &kRuntimeFuncs[kRtMain];
    out->line = out->rt->line;
  } else {
    out->fn = proto;
    out->pc = pc_;
    out->line = lineAt(proto, pc_);
  }
  step();
  return true;
}

bool callerOfNative(G* g, uint64_t* fp, int skip, CallerInfo* out) {
  FrameWalker w = FrameWalker::fromNative(g, fp);
  for (int i = 0;; i++) {
    if (!w.next(out)) return false;
    if (i == skip) return true;
  }
}

// The directory goro started in: relative file names are relative to it.
static const std::string& startDir() {
  static const std::string dir = [] {
    char buf[4096];
    return ::getcwd(buf, sizeof buf) ? std::string(buf) : std::string();
  }();
  return dir;
}
// (taken before main() runs, before any os.Chdir of the program)
[[maybe_unused]] static const std::string& gStartDirInit = startDir();

std::string goFileName(const std::string& file) {
  if (file.empty() || file[0] == '/' || file.rfind("$GOROOT/", 0) == 0 || startDir().empty()) return file;
  return (std::filesystem::path(startDir()) / file).lexically_normal().string();
}

std::string frameFile(const FuncProto* f, const Instr* pc) {
  if (f->fileRuns.empty()) return goFileName(f->file);
  size_t i = 0;
  if (pc && !f->native && pc >= f->code.data() && pc < f->code.data() + f->code.size()) i = size_t(pc - f->code.data());
  const FuncProto::FileRun* run = nullptr;
  for (const auto& r : f->fileRuns) {
    if (r.pc > i) break;
    run = &r;
  }
  return run && run->directive ? run->file : goFileName(f->file);
}

uint64_t funcEntry(const FuncProto* f) {
  return f->code.empty() ? reinterpret_cast<uint64_t>(f) : reinterpret_cast<uint64_t>(f->code.data());
}

uint64_t framePc(const CallerInfo& c) {
  if (c.rt) return reinterpret_cast<uint64_t>(c.rt) + kCallPcOffset;
  if (c.pc) return reinterpret_cast<uint64_t>(c.pc) + kCallPcOffset;
  return funcEntry(c.fn);
}

// The offset Go prints after a frame's file:line ("+0x1d"): of the pc
// runtime.Callers reports for the frame, from its function's entry (none
// for a frame at its entry, as Go's).
static std::string pcOffset(const CallerInfo& c) {
  uint64_t pc = framePc(c), entry = c.rt ? reinterpret_cast<uint64_t>(c.rt) : funcEntry(c.fn);
  return pc > entry ? " +" + hex(pc - entry) : "";
}

static void addFrame(std::string& s, const FuncProto* f, const Instr* pc, int line, const std::string& off) {
  s += funcName(f) + (f->paramSlots ? "(...)" : "()") + "\n\t" + frameFile(f, pc) + ":" +
       std::to_string(line) + off + "\n";
}

// Go's tracebacks show, of the runtime's functions, runtime.gopanic (as
// "panic") and the exported ones (runtime.Goexit running deferred calls).
static bool isExportedRuntime(const char* name) {
  return std::strncmp(name, "runtime.", 8) == 0 && name[8] >= 'A' && name[8] <= 'Z';
}

// "created by F" and the `go` statement's position (goroutines of `go` statements).
static std::string createdBy(G* g, bool (*isProto)(const FuncProto*)) {
  const FuncProto* cf = g->creatorFn;
  if (!cf || (isProto && !isProto(cf))) return "";
  CallerInfo at{cf, g->creatorPc, lineAt(cf, g->creatorPc), nullptr, nullptr};
  return "created by " + cf->name + "\n\t" + frameFile(cf, g->creatorPc) + ":" + std::to_string(at.line) + pcOffset(at) +
         "\n";
}

std::string tracebackString(G* g, uint64_t* fp, const Instr* pc, const char* status,
                            bool (*isProto)(const FuncProto*)) {
  std::string s = "goroutine " + std::to_string(g->goid) + " [" + status + "]:\n";
  int n = 0;
  // Go walks at most 100 frames, the hidden ones counted, and says frames
  // were elided only if it printed 100: a panicking goroutine's first frame
  // is the hidden runtime.gopanic, so it shows 99 and never says so.
  const bool panicking = g->panic && !g->panic->goexit && std::strcmp(status, "running") == 0;
  const int maxFrames = panicking ? 99 : 100;
  const FuncProto* nf = g->inNative;
  if (nf && pc && pc == g->inNativeRet && (!isProto || isProto(nf))) {
    // inside a native: pc is its caller's return pc; a parked G shows the
    // native's frame too (a running one is in a runtime function, which Go
    // does not show either)
    if (g->status == GStatus::Waiting) {
      addFrame(s, nf, nullptr, nf->line, "");
      n++;
    }
    pc = pc - 1;
  }
  FrameWalker w(g, fp, pc, isProto);
  CallerInfo c;
  while (w.next(&c)) {
    std::string frame;
    if (c.fn) {
      addFrame(frame, c.fn, c.pc, c.line, pcOffset(c));
    } else if (c.rt == &kRuntimeFuncs[kRtGopanic]) {
      GoIface v = c.panic ? c.panic->arg : GoIface{nullptr, nullptr};
      frame = "panic({" + hex(uint64_t(v.type)) + ", " + hex(uint64_t(v.data)) + "})\n\t" + c.rt->file + ":" +
              std::to_string(c.rt->line) + pcOffset(c) + "\n";
    } else if (isExportedRuntime(c.rt->name)) {
      frame = std::string(c.rt->name) + "()\n\t" + c.rt->file + ":" + std::to_string(c.rt->line) + pcOffset(c) + "\n";
    } else {
      continue;  // (runtime.main, runtime.goexit)
    }
    if (n == maxFrames) {
      if (n == 100) s += "...additional frames elided...\n";
      break;
    }
    s += frame;
    n++;
  }
  s += createdBy(g, isProto);
  return s;
}

void traceback(G* g, uint64_t* fp, const Instr* pc, const char* status) {
  errs(tracebackString(g, fp, pc, status));
}

std::vector<G*> allGoroutines();  // runtime/stack.cpp

// Go's goroutineheader status (as runtime/sched.cpp's deadlock dump prints it).
static const char* goStatus(GStatus st, const char* waitReason) {
  switch (st) {
    case GStatus::Running: return "running";
    case GStatus::Runnable: return "runnable";
    case GStatus::Waiting: return waitReason;
    case GStatus::Syscall: return "syscall";
    default: return "dead";
  }
}

std::string tracebackOthers(G* me, bool (*isProto)(const FuncProto*)) {
  std::string s;
  for (G* g : allGoroutines()) {
    // (read while g may run: fields are checked, frames through isProto)
    GStatus st = g->status;
    if (g == me || st == GStatus::Dead || st == GStatus::Idle || g->system) continue;
    const FuncProto* cf = g->creatorFn;
    if (!cf && g->goid != 1) continue;
    s += "\n";
    if (st == GStatus::Running || st == GStatus::Syscall) {
      s += "goroutine " + std::to_string(g->goid) + " [running]:\n\tgoroutine running on other thread; stack unavailable\n";
      s += createdBy(g, isProto);
      continue;
    }
    uint64_t* fp = g->fp;
    const Instr* pc = g->pc;
    // not started yet: its first function's frame is at the bottom, at its entry
    if (!pc && !fp) fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
    const char* why = g->waitReason;
    s += tracebackString(g, fp, pc, goStatus(st, why ? why : ""), isProto);
  }
  return s;
}

}  // namespace goro
