// tools/driver.cpp — the front half of `goro run`: read, parse, check, compile.
#include "tools/driver.h"

#include <gc/gc.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <vector>

#include <fstream>
#include <sstream>

#include "grammar/ast.h"
#include "grammar/line_directive.h"
#include "runtime/panic.h"
#include "stdlib/embed.h"
#include "vm/check.h"
#include "vm/compile.h"

namespace goro {

static void printDiags(std::vector<ast::Diag> errs) {
  // Under line directives, in the order of their relative positions (file
  // name, line, column), as gc's syntax.Pos.Cmp orders them.
  if (std::any_of(errs.begin(), errs.end(), [](const ast::Diag& d) { return ast::lineBasesOf(d.file); })) {
    std::stable_sort(errs.begin(), errs.end(), [](const ast::Diag& a, const ast::Diag& b) {
      if (a.pos.line <= 0 || b.pos.line <= 0) return false;
      const ast::RelPos x = ast::relPos(a.file, a.pos), y = ast::relPos(b.file, b.pos);
      if (*x.file != *y.file) return *x.file < *y.file;
      return x.line != y.line ? x.line < y.line : x.col < y.col;
    });
  }
  std::string out;
  for (const auto& d : errs) {
    if (d.pos.line > 0) {
      // at the position line directives give it (grammar/line_directive.h);
      // gc leaves out an unknown column, and one of 255 or more (its
      // positions keep 8 bits of column, saturated at 255: "unknown")
      const ast::RelPos r = ast::relPos(d.file, d.pos);
      out += *r.file + ":" + std::to_string(r.line) + (r.col > 0 && r.col < 255 ? ":" + std::to_string(r.col) : "") +
             ": " + d.msg + "\n";
    } else
      out += (d.file.empty() ? std::string() : d.file + ": ") + d.msg + "\n";  // (no file: the go command's or linker's own words)
  }
  writeStderr(out.data(), out.size());
}

static Program* buildOnThisThread(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::string msg = "goro: cannot open " + path + "\n";
    writeStderr(msg.data(), msg.size());
    return nullptr;
  }
  std::stringstream ss;
  ss << in.rdbuf();
  std::vector<ast::Diag> errs;
  // (a file with only the scanner's errors is still checked, as gc does)
  ast::File* file = parseFile(path, ss.str(), errs, /*keepOnScannerErrors=*/true);
  if (!file) {
    printDiags(errs);
    return nullptr;
  }
  CheckedProgram cp;
  if (!checkProgram(file, stdlibFiles, cp, errs)) {
    printDiags(errs);
    return nullptr;
  }
  auto* prog = new Program();
  prog->mainFile = path;
  if (!compileProgram(cp, *prog, errs)) {
    printDiags(errs);
    return nullptr;
  }
  return prog;
}

// The front end recurses over the syntax tree (ANTLR's parser, the builder,
// the checker, escape analysis, the compiler), a few hundred bytes to a few
// KiB of C++ stack per level: a program nested 100 000 deep needs far more
// than the main thread's 8 MiB. It runs on a thread of its own whose stack is
// 1 GiB of address space (pages are committed only as they are
// touched). Input nested deeper still (millions of levels) would overflow
// even that: a SIGSEGV handler, installed only while the front end runs and
// running on an alternate signal stack, recognizes a fault in the guard area
// below the front end's stack and ends goro with a compile error instead of a
// crash. Any other fault is left to the previous handler (re-raised).
// GORO_FRONTEND_STACK=MiB overrides it (tests/deep_nesting.sh uses a small one).
static size_t frontendStackBytes() {
  if (const char* e = std::getenv("GORO_FRONTEND_STACK")) {
    const long mib = std::atol(e);
    if (mib >= 1 && mib <= 65536) return size_t(mib) << 20;
  }
  return size_t(1) << 30;
}
constexpr size_t kGuardSlack = size_t(1) << 20;  // faults this far below the stack's end count as overflow

namespace {
struct FrontendJob {
  const std::string* path;
  Program* prog;
};
std::atomic<uintptr_t> gFrontLo{0}, gFrontHi{0};  // the front end thread's stack [lo, hi)
const std::string* gFrontPath = nullptr;
struct sigaction gOldSegv;

void onSegv(int sig, siginfo_t* si, void* ctx) {
  const uintptr_t a = uintptr_t(si->si_addr);
  const uintptr_t lo = gFrontLo.load(std::memory_order_relaxed);
  if (lo && a + kGuardSlack >= lo && a < gFrontHi.load(std::memory_order_relaxed)) {
    // (async-signal-safe: the fault may have come inside malloc, so no allocation)
    static const char kMsg[] = ": goro: program nested too deeply to compile (the compiler's stack is exhausted)\n";
    if (::write(2, gFrontPath->data(), gFrontPath->size()) < 0 || ::write(2, kMsg, sizeof kMsg - 1) < 0) _exit(1);
    _exit(1);
  }
  forwardSegv(gOldSegv, sig, si, ctx);  // (not ours)
}

void* frontendMain(void* p) {
  auto* j = static_cast<FrontendJob*>(p);
  uintptr_t lo, hi;
  if (threadStackRange(&lo, &hi)) {
    gFrontLo.store(lo, std::memory_order_relaxed);
    gFrontHi.store(hi, std::memory_order_relaxed);
  }
  // The handler needs a stack of its own: the thread's is the one exhausted.
  static thread_local std::vector<char> alt(size_t(64) << 10);
  stack_t ss{};
  ss.ss_sp = alt.data();
  ss.ss_size = alt.size();
  sigaltstack(&ss, nullptr);
  j->prog = buildOnThisThread(*j->path);
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, nullptr);
  return nullptr;
}
}  // namespace

Program* buildProgram(const std::string& path) {
  FrontendJob job{&path, nullptr};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, frontendStackBytes());
  gFrontPath = &path;
  struct sigaction sa{};
  sa.sa_sigaction = onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, &gOldSegv);
  // The front end mallocs a lot (ANTLR's parse tree, the AST): a thread of its
  // own would get a fresh malloc arena, grown by hundreds of mprotect calls
  // (a millisecond at start-up); it shares the main thread's arena instead.
  // Threads created later (the runtime's Ms) get arenas as glibc would give them.
  mallopt(M_ARENA_MAX, 1);
  pthread_t t;
  if (pthread_create(&t, &attr, frontendMain, &job) == 0) {  // (GC_pthread_create: Boehm scans its stack)
    pthread_join(t, nullptr);
  } else {
    job.prog = buildOnThisThread(path);
  }
  pthread_attr_destroy(&attr);
  mallopt(M_ARENA_MAX, int(8 * std::max(1L, sysconf(_SC_NPROCESSORS_ONLN))));  // (glibc's default on 64-bit)
  gFrontLo.store(0, std::memory_order_relaxed);
  sigaction(SIGSEGV, &gOldSegv, nullptr);
  return job.prog;
}

}  // namespace goro
