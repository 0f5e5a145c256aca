// stdlib/exec_natives.cpp — natives of package os's processes
// (stdlib/go/os/exec.go): spawning a program with posix_spawn, waiting for it
// and signalling it.
//
// A Process's done flag (Go memory, passed as a *uint32) is read and set only
// here, under gProcMu: Wait sets it once the child is waitable (waitid with
// WNOWAIT leaves it a zombie) and before reaping it, so a Kill either reaches
// the child or sees the flag — never a reused pid (Go's sigMu scheme).
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "runtime/panic.h"
#include "runtime/sched.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

std::mutex gProcMu;  // guards every Process's done flag

// A Go []string as C strings (the vector owns them).
std::vector<std::string> strings(const uint64_t* f, int i) {
  GoSlice s = nat::slice(f, i);
  auto* e = static_cast<const GoString*>(s.ptr);
  std::vector<std::string> v;
  v.reserve(size_t(s.len));
  for (int64_t k = 0; k < s.len; k++) v.emplace_back(e[k].view());
  return v;
}

std::vector<char*> cArray(std::vector<std::string>& v) {
  std::vector<char*> p;
  p.reserve(v.size() + 1);
  for (auto& s : v) p.push_back(s.data());
  p.push_back(nullptr);
  return p;
}

// func spawn(name string, argv []string, env []string, dir string, fds []int) (pid int, errno int)
void osSpawn(NativeCtx& ctx, uint64_t* f) {
  std::string name(nat::str(f, 0).view());
  std::vector<std::string> argv = strings(f, 2), env = strings(f, 5);
  std::string dir(nat::str(f, 8).view());
  GoSlice fs = nat::slice(f, 10);
  std::vector<int64_t> fds(static_cast<const int64_t*>(fs.ptr), static_cast<const int64_t*>(fs.ptr) + fs.len);
  std::vector<char*> argvp = cArray(argv), envp = cArray(env);
  flushStdout();  // the child may write to the same descriptor: Go's stdout is unbuffered

  entersyscall(ctx.g);
  int err = 0;
  // Copies of the sources above every target (close-on-exec), so that one
  // dup2 never overwrites another's source; dup2 onto the target clears
  // close-on-exec there.
  int n = int(fds.size());
  std::vector<int> dups(fds.size(), -1);
  for (size_t i = 0; i < fds.size() && err == 0; i++) {
    if (fds[i] < 0) continue;
    dups[i] = ::fcntl(int(fds[i]), F_DUPFD_CLOEXEC, n);
    if (dups[i] < 0) err = errno;
  }
  pid_t pid = -1;
  if (err == 0) {
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    for (int i = 0; i < n; i++) {
      if (dups[size_t(i)] < 0) posix_spawn_file_actions_addclose(&fa, i);
      else posix_spawn_file_actions_adddup2(&fa, dups[size_t(i)], i);
    }
    if (!dir.empty()) posix_spawn_file_actions_addchdir_np(&fa, dir.c_str());
    sigset_t none, all;
    sigemptyset(&none);
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    err = ::posix_spawn(&pid, name.c_str(), &fa, &attr, argvp.data(), envp.data());
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&fa);
  }
  for (int d : dups)
    if (d >= 0) ::close(d);
  exitsyscall(ctx.g);
  nat::setI64(f, 0, err ? -1 : int64_t(pid));
  nat::setI64(f, 1, err);
}

// func waitid(pid int, done *uint32) int — block until pid is waitable, then
// set *done; 0 or the errno.
void osWaitid(NativeCtx& ctx, uint64_t* f) {
  auto pid = id_t(nat::i64(f, 0));
  siginfo_t si{};
  int r;
  entersyscall(ctx.g);  // blocks until the child ends
  do {
    r = ::waitid(P_PID, pid, &si, WEXITED | WNOWAIT);
  } while (r < 0 && errno == EINTR);
  int64_t err = r < 0 ? errno : 0;
  exitsyscall(ctx.g);
  if (err == 0) {  // (the flag is read after the system call: the goroutine's stack may have moved)
    std::lock_guard<std::mutex> lock(gProcMu);
    *reinterpret_cast<uint32_t*>(f[1]) = 1;
  }
  nat::setI64(f, 0, err);
}

// func wait4(pid int, done *uint32) (wpid int, status int, errno int)
void osWait4(NativeCtx& ctx, uint64_t* f) {
  auto pid = pid_t(nat::i64(f, 0));
  int status = 0;
  pid_t r;
  entersyscall(ctx.g);
  do {
    r = ::wait4(pid, &status, 0, nullptr);
  } while (r < 0 && errno == EINTR);
  int64_t err = r < 0 ? errno : 0;
  exitsyscall(ctx.g);
  if (r > 0) {
    std::lock_guard<std::mutex> lock(gProcMu);
    *reinterpret_cast<uint32_t*>(f[1]) = 1;
  }
  nat::setI64(f, 0, r < 0 ? 0 : int64_t(r));
  nat::setI64(f, 1, status);
  nat::setI64(f, 2, err);
}

// func kill(pid int, sig int, done *uint32) int — 0, the errno, or -1 if done.
void osKill(NativeCtx&, uint64_t* f) {
  auto pid = pid_t(nat::i64(f, 0));
  int sig = int(nat::i64(f, 1));
  auto* done = reinterpret_cast<uint32_t*>(f[2]);
  std::lock_guard<std::mutex> lock(gProcMu);
  if (*done) {
    nat::setI64(f, 0, -1);
    return;
  }
  nat::setI64(f, 0, ::kill(pid, sig) < 0 ? errno : 0);
}

NativeReg r1("os.spawn", &osSpawn);
NativeReg r2("os.waitid", &osWaitid);
NativeReg r3("os.wait4", &osWait4);
NativeReg r4("os.kill", &osKill);

}  // namespace

void linkExecNatives() {}
}  // namespace goro
