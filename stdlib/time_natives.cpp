// stdlib/time_natives.cpp — the pure natives of package time (stdlib/go/time).
// (Sleep, runtimeNano and the timer natives talk to the scheduler: they are
// in stdlib/rt_natives.cpp.)
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string>
#include <vector>

#include "runtime/sched.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

// func now() (sec int64, nsec int32, mono int64): the wall clock
// (CLOCK_REALTIME) and the runtime's monotonic clock, nanotime() — the clock
// of time.runtimeNano and the timers, so a Time's monotonic reading and the
// timers agree (in deterministic mode too).
void timeNow(NativeCtx&, uint64_t* f) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  int64_t mono = nanotime();
  nat::setI64(f, 0, int64_t(ts.tv_sec));
  nat::setI64(f, 1, int64_t(ts.tv_nsec));
  nat::setI64(f, 2, mono);
}

// func readFileNative(name string, max int) (data []byte, errno int)
void timeReadFile(NativeCtx&, uint64_t* f) {
  std::string name(nat::str(f, 0).view());
  int64_t max = nat::i64(f, 2);
  GoSlice out{nullptr, 0, 0};
  int fd;
  do fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    int e = errno;
    nat::setSlice(f, 0, out);
    nat::setI64(f, 3, e);
    return;
  }
  std::vector<char> buf;
  char chunk[4096];
  int err = 0;
  for (;;) {
    ssize_t n = ::read(fd, chunk, sizeof chunk);
    if (n < 0) {
      if (errno == EINTR) continue;
      err = errno;
      break;
    }
    if (n == 0) break;
    buf.insert(buf.end(), chunk, chunk + n);
    if (int64_t(buf.size()) > max) {
      err = -1;
      break;
    }
  }
  ::close(fd);
  if (err == 0 && !buf.empty()) {
    void* p = gcAllocAtomic(buf.size());
    std::memcpy(p, buf.data(), buf.size());
    out = GoSlice{p, int64_t(buf.size()), int64_t(buf.size())};
  }
  nat::setSlice(f, 0, out);
  nat::setI64(f, 3, err);
}

// func getenv(key string) (value string, ok bool)
void timeGetenv(NativeCtx&, uint64_t* f) {
  std::string key(nat::str(f, 0).view());
  const char* v = ::getenv(key.c_str());
  nat::setStr(f, 0, v ? makeString(std::string_view(v)) : GoString{nullptr, 0});
  nat::setBool(f, 2, v != nullptr);
}

NativeReg r1("time.now", &timeNow);
NativeReg r2("time.readFileNative", &timeReadFile);
NativeReg r3("time.getenv", &timeGetenv);

}  // namespace

void linkTimeNatives() {}
}  // namespace goro
