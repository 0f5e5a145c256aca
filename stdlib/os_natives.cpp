// stdlib/os_natives.cpp — natives of package os (stdlib/go/os/os.go): the
// process's file descriptors, exit, arguments and environment.
//
// fd 1 goes through goro's buffered stdout (runtime/panic.h: flushed before
// any stderr output, before a read from stdin, and at exit), so output
// interleaves on a terminal or a merged pipe as Go's unbuffered writes do.
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

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

}  // namespace

void linkOsNatives() {}
}  // namespace goro
