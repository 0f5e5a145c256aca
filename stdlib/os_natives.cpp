// stdlib/os_natives.cpp — natives of package os (stdlib/go/os/os.go, file.go):
// the process's file descriptors, files and directories by name, exit,
// arguments and environment.
//
// fd 1 goes through goro's buffered stdout (runtime/panic.h: flushed before
// any stderr output, before a read from stdin, and at exit), so output
// interleaves on a terminal or a merged pipe as Go's unbuffered writes do.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "runtime/panic.h"
#include "runtime/sched.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

// Writes n bytes to fd: (bytes written, errno or 0).
std::pair<int64_t, int64_t> writeFd(int64_t fd, const void* p, int64_t n) {
  if (fd == 1) {
    writeStdout(p, size_t(n));
    return {n, 0};
  }
  if (fd == 2) {
    writeStderr(p, size_t(n));
    return {n, 0};
  }
  const char* c = static_cast<const char*>(p);
  int64_t done = 0;
  while (done < n) {
    ssize_t w = ::write(int(fd), c + done, size_t(n - done));
    if (w < 0) {
      if (errno == EINTR) continue;
      return {done, errno};
    }
    done += w;
  }
  return {done, 0};
}

// func write(fd int, b []byte) (n int, errno int)
void osWrite(NativeCtx&, uint64_t* f) {
  GoSlice b = nat::slice(f, 1);
  auto [n, err] = writeFd(nat::i64(f, 0), b.ptr, b.len);
  nat::setI64(f, 0, n);
  nat::setI64(f, 1, err);
}

// func writeString(fd int, s string) (n int, errno int)
void osWriteString(NativeCtx&, uint64_t* f) {
  GoString s = nat::str(f, 1);
  auto [n, err] = writeFd(nat::i64(f, 0), s.ptr, s.len);
  nat::setI64(f, 0, n);
  nat::setI64(f, 1, err);
}

// func read(fd int, b []byte) (n int, errno int) — n 0 and errno 0 at end of file.
void osRead(NativeCtx& ctx, uint64_t* f) {
  int64_t fd = nat::i64(f, 0);
  GoSlice b = nat::slice(f, 1);
  if (fd == 0) flushStdout();  // Go's stdout is unbuffered: a prompt shows before the read
  ssize_t n;
  entersyscall(ctx.g);  // may block: let other goroutines have the P
  do {
    n = ::read(int(fd), b.ptr, size_t(b.len));
  } while (n < 0 && errno == EINTR);
  exitsyscall(ctx.g);
  int64_t err = n < 0 ? errno : 0;
  nat::setI64(f, 0, n < 0 ? -1 : int64_t(n));
  nat::setI64(f, 1, err);
}

// func closeFd(fd int) int — errno or 0.
void osCloseFd(NativeCtx&, uint64_t* f) {
  int64_t fd = nat::i64(f, 0);
  if (fd == 1) flushStdout();
  nat::setI64(f, 0, ::close(int(fd)) < 0 ? errno : 0);
}

// func flush(fd int)
void osFlush(NativeCtx&, uint64_t* f) {
  if (nat::i64(f, 0) == 1) flushStdout();
}

// func Exit(code int)
void osExit(NativeCtx&, uint64_t* f) { exitProgram(int(nat::i64(f, 0))); }

// func Getpid() int
void osGetpid(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::getpid())); }

// func runtime_args() []string
void osRuntimeArgs(NativeCtx&, uint64_t* f) {
  const std::vector<std::string>& args = programArgs();
  auto* arr = static_cast<GoString*>(gcAlloc(args.size() * sizeof(GoString)));
  for (size_t i = 0; i < args.size(); i++) arr[i] = makeString(args[i]);
  nat::setSlice(f, 0, GoSlice{arr, int64_t(args.size()), int64_t(args.size())});
}

// func lookupEnv(key string) (value string, ok bool)
void osLookupEnv(NativeCtx&, uint64_t* f) {
  std::string key(nat::str(f, 0).view());
  const char* v = std::getenv(key.c_str());
  nat::setStr(f, 0, v ? makeString(std::string_view(v)) : GoString{nullptr, 0});
  nat::setBool(f, 2, v != nullptr);
}

// func errnoString(errno int) string — Go's syscall.Errno texts are the C
// library's with a lower-case first letter ("bad file descriptor").
void osErrnoString(NativeCtx&, uint64_t* f) {
  int64_t e = nat::i64(f, 0);
  std::string s = std::strerror(int(e));
  if (s.rfind("Unknown error", 0) == 0) s = "errno " + std::to_string(e);
  else if (!s.empty()) s[0] = char(std::tolower(uint8_t(s[0])));
  nat::setStr(f, 0, makeString(s));
}

// ---- files and directories by name (stdlib/go/os/file.go); calls that may
// block (a slow disk, NFS) run as system calls: other goroutines keep the P.

std::string cstr(const uint64_t* f, int i) { return std::string(nat::str(f, i).view()); }

// Runs call() as a blocking system call, retrying on EINTR; its result, and
// errno (0 when it succeeded: a result >= 0).
template <class F>
std::pair<int64_t, int64_t> sysCall(NativeCtx& ctx, F call) {
  int64_t r;
  entersyscall(ctx.g);
  do {
    r = int64_t(call());
  } while (r < 0 && errno == EINTR);
  int64_t err = r < 0 ? errno : 0;
  exitsyscall(ctx.g);
  return {r, err};
}

// func open(name string, flag int, perm uint32) (fd int, errno int)
void osOpen(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  int flag = int(nat::i64(f, 2));
  auto perm = mode_t(f[3]);
  auto [fd, err] = sysCall(ctx, [&] { return ::open(name.c_str(), flag | O_CLOEXEC, perm); });
  nat::setI64(f, 0, fd);
  nat::setI64(f, 1, err);
}

void setStat(uint64_t* f, const struct stat& st) {
  nat::setI64(f, 0, int64_t(st.st_size));
  f[1] = uint64_t(st.st_mode);
  nat::setI64(f, 2, int64_t(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec);
  f[3] = uint64_t(st.st_dev);
  f[4] = uint64_t(st.st_ino);
  nat::setI64(f, 5, 0);
}

// func stat(name string, follow bool) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
void osStat(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  bool follow = f[2] != 0;
  struct stat st {};
  auto [r, err] = sysCall(ctx, [&] { return follow ? ::stat(name.c_str(), &st) : ::lstat(name.c_str(), &st); });
  if (r < 0) {
    std::memset(f, 0, 5 * 8);
    nat::setI64(f, 5, err);
    return;
  }
  setStat(f, st);
}

// func fstat(fd int) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
void osFstat(NativeCtx&, uint64_t* f) {
  struct stat st {};
  if (::fstat(int(nat::i64(f, 0)), &st) < 0) {
    int64_t err = errno;
    std::memset(f, 0, 5 * 8);
    nat::setI64(f, 5, err);
    return;
  }
  setStat(f, st);
}

// func seek(fd int, offset int64, whence int) (off int64, errno int)
void osSeek(NativeCtx&, uint64_t* f) {
  off_t r = ::lseek(int(nat::i64(f, 0)), off_t(nat::i64(f, 1)), int(nat::i64(f, 2)));
  nat::setI64(f, 1, r < 0 ? errno : 0);
  nat::setI64(f, 0, r < 0 ? 0 : int64_t(r));
}

// func readDirNames(name string) (names []string, errno int) — sorted, no . and ..
void osReadDirNames(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  std::vector<std::string> names;
  entersyscall(ctx.g);
  int64_t err = 0;
  if (DIR* d = ::opendir(name.c_str())) {
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(std::move(n));
    }
    err = errno;
    ::closedir(d);
  } else {
    err = errno;
  }
  exitsyscall(ctx.g);
  std::sort(names.begin(), names.end());
  auto* arr = static_cast<GoString*>(gcAlloc(names.size() * sizeof(GoString)));
  for (size_t i = 0; i < names.size(); i++) arr[i] = makeString(names[i]);
  nat::setSlice(f, 0, GoSlice{arr, int64_t(names.size()), int64_t(names.size())});
  nat::setI64(f, 3, err);
}

// func mkdir(name string, perm uint32) int
void osMkdir(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  auto perm = mode_t(f[2]);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::mkdir(name.c_str(), perm); }).second);
}

// func unlink(name string) int
void osUnlink(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::unlink(name.c_str()); }).second);
}

// func rmdir(name string) int
void osRmdir(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::rmdir(name.c_str()); }).second);
}

// func removeAll(path string) int — the tree under path (symbolic links not followed)
void osRemoveAll(NativeCtx& ctx, uint64_t* f) {
  std::string path = cstr(f, 0);
  std::error_code ec;
  entersyscall(ctx.g);
  std::filesystem::remove_all(path, ec);
  exitsyscall(ctx.g);
  nat::setI64(f, 0, ec ? ec.value() : 0);
}

// func rename(from, to string) int
void osRename(NativeCtx& ctx, uint64_t* f) {
  std::string from = cstr(f, 0), to = cstr(f, 2);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::rename(from.c_str(), to.c_str()); }).second);
}

// func getwd() (dir string, errno int)
void osGetwd(NativeCtx&, uint64_t* f) {
  std::vector<char> buf(4096);
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE || buf.size() > (1u << 20)) {
      int64_t err = errno;
      nat::setStr(f, 0, GoString{nullptr, 0});
      nat::setI64(f, 2, err);
      return;
    }
    buf.resize(buf.size() * 2);
  }
  nat::setStr(f, 0, makeString(std::string_view(buf.data())));
  nat::setI64(f, 2, 0);
}

// func chdir(dir string) int
void osChdir(NativeCtx&, uint64_t* f) {
  std::string dir = cstr(f, 0);
  nat::setI64(f, 0, ::chdir(dir.c_str()) < 0 ? errno : 0);
}

// func setenv(key, value string)
void osSetenv(NativeCtx&, uint64_t* f) {
  std::string key = cstr(f, 0), value = cstr(f, 2);
  ::setenv(key.c_str(), value.c_str(), 1);
}

// func unsetenv(key string)
void osUnsetenv(NativeCtx&, uint64_t* f) {
  std::string key = cstr(f, 0);
  ::unsetenv(key.c_str());
}

// func environ() []string
void osEnviron(NativeCtx&, uint64_t* f) {
  size_t n = 0;
  while (::environ && ::environ[n]) n++;  // clearenv() leaves environ null
  auto* arr = static_cast<GoString*>(gcAlloc(n * sizeof(GoString)));
  for (size_t i = 0; i < n; i++) arr[i] = makeString(std::string_view(::environ[i]));
  nat::setSlice(f, 0, GoSlice{arr, int64_t(n), int64_t(n)});
}

// ---- more of File, links, permissions (stdlib/go/os/dir.go) and the
// process's identity (proc.go).

// func pread(fd int, b []byte, off int64) (n int, errno int) — one pread.
void osPread(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  GoSlice b = nat::slice(f, 1);
  off_t off = off_t(nat::i64(f, 4));
  auto [n, err] = sysCall(ctx, [&] { return ::pread(fd, b.ptr, size_t(b.len), off); });
  nat::setI64(f, 0, n < 0 ? 0 : n);
  nat::setI64(f, 1, err);
}

// func pwrite(fd int, b []byte, off int64) (n int, errno int) — one pwrite.
void osPwrite(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  GoSlice b = nat::slice(f, 1);
  off_t off = off_t(nat::i64(f, 4));
  auto [n, err] = sysCall(ctx, [&] { return ::pwrite(fd, b.ptr, size_t(b.len), off); });
  nat::setI64(f, 0, n < 0 ? 0 : n);
  nat::setI64(f, 1, err);
}

// func ftruncate(fd int, size int64) int
void osFtruncate(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  off_t size = off_t(nat::i64(f, 1));
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::ftruncate(fd, size); }).second);
}

// func truncate(name string, size int64) int
void osTruncate(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  off_t size = off_t(nat::i64(f, 2));
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::truncate(name.c_str(), size); }).second);
}

// func fchmod(fd int, mode uint32) int
void osFchmod(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  auto mode = mode_t(f[1]);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::fchmod(fd, mode); }).second);
}

// func chmod(name string, mode uint32) int
void osChmod(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  auto mode = mode_t(f[2]);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::chmod(name.c_str(), mode); }).second);
}

// func fchown(fd int, uid, gid int) int
void osFchown(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  auto uid = uid_t(nat::i64(f, 1));
  auto gid = gid_t(nat::i64(f, 2));
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::fchown(fd, uid, gid); }).second);
}

// func chown(name string, uid, gid int, follow bool) int — chown or lchown
void osChown(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  auto uid = uid_t(nat::i64(f, 2));
  auto gid = gid_t(nat::i64(f, 3));
  bool follow = f[4] != 0;
  nat::setI64(f, 0, sysCall(ctx, [&] {
                      return follow ? ::chown(name.c_str(), uid, gid) : ::lchown(name.c_str(), uid, gid);
                    }).second);
}

// func fchdir(fd int) int
void osFchdir(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, ::fchdir(int(nat::i64(f, 0))) < 0 ? errno : 0); }

// func fsync(fd int) int
void osFsync(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::fsync(fd); }).second);
}

// func readDirFd(fd int) (names []string, errno int) — the entries of the open
// directory fd except . and .., sorted; read through a duplicate descriptor
// from the start (fd's offset moves, its own state is untouched).
void osReadDirFd(NativeCtx& ctx, uint64_t* f) {
  int fd = int(nat::i64(f, 0));
  std::vector<std::string> names;
  int64_t err = 0;
  entersyscall(ctx.g);
  int dfd = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
  if (dfd < 0) {
    err = errno;
  } else if (DIR* d = ::fdopendir(dfd)) {
    ::rewinddir(d);
    errno = 0;
    while (struct dirent* e = ::readdir(d)) {
      std::string n = e->d_name;
      if (n != "." && n != "..") names.push_back(std::move(n));
    }
    err = errno;
    ::closedir(d);
  } else {
    err = errno;
    ::close(dfd);
  }
  exitsyscall(ctx.g);
  std::sort(names.begin(), names.end());
  auto* arr = static_cast<GoString*>(gcAlloc(names.size() * sizeof(GoString)));
  for (size_t i = 0; i < names.size(); i++) arr[i] = makeString(names[i]);
  nat::setSlice(f, 0, GoSlice{arr, int64_t(names.size()), int64_t(names.size())});
  nat::setI64(f, 3, err);
}

// func readlink(name string) (target string, errno int)
void osReadlink(NativeCtx& ctx, uint64_t* f) {
  std::string name = cstr(f, 0);
  std::vector<char> buf(256);
  int64_t err = 0;
  ssize_t n;
  entersyscall(ctx.g);
  for (;;) {
    n = ::readlink(name.c_str(), buf.data(), buf.size());
    if (n < 0) {
      err = errno;
      break;
    }
    if (size_t(n) < buf.size()) break;
    buf.resize(buf.size() * 2);
  }
  exitsyscall(ctx.g);
  nat::setStr(f, 0, err ? GoString{nullptr, 0} : makeString(std::string_view(buf.data(), size_t(n))));
  nat::setI64(f, 2, err);
}

// func symlink(oldname, newname string) int
void osSymlink(NativeCtx& ctx, uint64_t* f) {
  std::string from = cstr(f, 0), to = cstr(f, 2);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::symlink(from.c_str(), to.c_str()); }).second);
}

// func link(oldname, newname string) int
void osLink(NativeCtx& ctx, uint64_t* f) {
  std::string from = cstr(f, 0), to = cstr(f, 2);
  nat::setI64(f, 0, sysCall(ctx, [&] { return ::link(from.c_str(), to.c_str()); }).second);
}

// func pipe() (r, w int, errno int)
void osPipe(NativeCtx&, uint64_t* f) {
  int fds[2] = {-1, -1};
  int64_t err = ::pipe2(fds, O_CLOEXEC) < 0 ? errno : 0;
  nat::setI64(f, 0, fds[0]);
  nat::setI64(f, 1, fds[1]);
  nat::setI64(f, 2, err);
}

// func fastrand() uint32 — a random number for temporary names (the
// runtime's per-thread generator, as Go's os uses runtime_rand).
void osFastrand(NativeCtx&, uint64_t* f) { f[0] = uint64_t(fastrand()); }

// func Getppid() int, Getuid, Geteuid, Getgid, Getegid, Getpagesize
void osGetppid(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::getppid())); }
void osGetuid(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::getuid())); }
void osGeteuid(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::geteuid())); }
void osGetgid(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::getgid())); }
void osGetegid(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::getegid())); }
void osGetpagesize(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, int64_t(::sysconf(_SC_PAGESIZE))); }

// func getgroups() (gids []int, errno int)
void osGetgroups(NativeCtx&, uint64_t* f) {
  int n = ::getgroups(0, nullptr);
  std::vector<gid_t> g(size_t(n > 0 ? n : 0));
  if (n > 0) n = ::getgroups(n, g.data());
  if (n < 0) {
    int64_t err = errno;
    nat::setSlice(f, 0, GoSlice{nullptr, 0, 0});
    nat::setI64(f, 3, err);
    return;
  }
  auto* arr = static_cast<int64_t*>(gcAlloc(size_t(n) * sizeof(int64_t)));
  for (int i = 0; i < n; i++) arr[i] = int64_t(g[size_t(i)]);
  nat::setSlice(f, 0, GoSlice{arr, int64_t(n), int64_t(n)});
  nat::setI64(f, 3, 0);
}

// func hostname() (name string, errno int)
void osHostname(NativeCtx&, uint64_t* f) {
  char buf[256 + 1] = {};
  if (::gethostname(buf, sizeof buf - 1) < 0) {
    int64_t err = errno;
    nat::setStr(f, 0, GoString{nullptr, 0});
    nat::setI64(f, 2, err);
    return;
  }
  nat::setStr(f, 0, makeString(std::string_view(buf)));
  nat::setI64(f, 2, 0);
}

// func clearenv()
void osClearenv(NativeCtx&, uint64_t*) { ::clearenv(); }

NativeReg r1("os.write", &osWrite);
NativeReg r2("os.writeString", &osWriteString);
NativeReg r3("os.read", &osRead);
NativeReg r4("os.closeFd", &osCloseFd);
NativeReg r5("os.flush", &osFlush);
NativeReg r6("os.Exit", &osExit);
NativeReg r7("os.Getpid", &osGetpid);
NativeReg r8("os.runtime_args", &osRuntimeArgs);
NativeReg r9("os.lookupEnv", &osLookupEnv);
NativeReg r10("os.errnoString", &osErrnoString);
NativeReg r11("os.open", &osOpen);
NativeReg r12("os.stat", &osStat);
NativeReg r13("os.fstat", &osFstat);
NativeReg r14("os.seek", &osSeek);
NativeReg r15("os.readDirNames", &osReadDirNames);
NativeReg r16("os.mkdir", &osMkdir);
NativeReg r17("os.unlink", &osUnlink);
NativeReg r18("os.rmdir", &osRmdir);
NativeReg r19("os.removeAll", &osRemoveAll);
NativeReg r20("os.rename", &osRename);
NativeReg r21("os.getwd", &osGetwd);
NativeReg r22("os.chdir", &osChdir);
NativeReg r23("os.setenv", &osSetenv);
NativeReg r24("os.unsetenv", &osUnsetenv);
NativeReg r25("os.environ", &osEnviron);
NativeReg r26("os.pread", &osPread);
NativeReg r27("os.pwrite", &osPwrite);
NativeReg r28("os.ftruncate", &osFtruncate);
NativeReg r29("os.truncate", &osTruncate);
NativeReg r30("os.fchmod", &osFchmod);
NativeReg r31("os.chmod", &osChmod);
NativeReg r32("os.fchown", &osFchown);
NativeReg r33("os.chown", &osChown);
NativeReg r34("os.fchdir", &osFchdir);
NativeReg r35("os.fsync", &osFsync);
NativeReg r36("os.readDirFd", &osReadDirFd);
NativeReg r37("os.readlink", &osReadlink);
NativeReg r38("os.symlink", &osSymlink);
NativeReg r39("os.link", &osLink);
NativeReg r40("os.pipe", &osPipe);
NativeReg r41("os.fastrand", &osFastrand);
NativeReg r42("os.Getppid", &osGetppid);
NativeReg r43("os.Getuid", &osGetuid);
NativeReg r44("os.Geteuid", &osGeteuid);
NativeReg r45("os.Getgid", &osGetgid);
NativeReg r46("os.Getegid", &osGetegid);
NativeReg r47("os.Getpagesize", &osGetpagesize);
NativeReg r48("os.getgroups", &osGetgroups);
NativeReg r49("os.hostname", &osHostname);
NativeReg r50("os.clearenv", &osClearenv);

}  // namespace

void linkOsNatives() {}
}  // namespace goro
