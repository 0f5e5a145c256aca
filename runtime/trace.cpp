// runtime/trace.cpp — recording the scheduler's events and writing them as a
// Chrome/Perfetto trace (runtime/trace.h has the design).
#include "runtime/trace.h"

#include <cinttypes>
#include <cstdio>
#include <deque>
#include <mutex>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <gc/gc.h>
#include <time.h>

#include "vm/func.h"

namespace goro::trace {

std::atomic<bool> gOn{false};
void (*gWhere)(int* p, int64_t* m) = nullptr;

int64_t now() {
  timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

namespace {

constexpr size_t kMaxEvents = 1'000'000;  // (~300 MB of JSON: about what a browser's trace viewer opens)
constexpr int kNoP = 9999;  // the lane of events outside any P (timers run by sysmon)

struct Event {
  char kind;        // 'X' slice, 'C' create, 'U' unblock, 'S' steal, 'R' preempt, 'K' stack grow, 'Y'/'Z' syscall;
                    // user annotations: 'G' region, 'L' log, 'T'/'E' task begin/end; 'W' a timer's span
  int p;
  int64_t m;
  int64_t g;
  int64_t t0, t1;   // nanotime
  int64_t a, b;     // kind-specific (flow id, sizes, counts)
  const char* s;    // end of a slice, wait reason; a region's or task's type, a log's message
  const char* s2;   // a log's category
};

std::mutex gMu;  // leaf lock
std::vector<Event> gEvents;
std::unordered_map<int64_t, std::string> gNames;  // goid -> entry function
// goid -> (flow id, when it began): the flow ends at the G's next run slice
// that starts after it began (a G may be readied by another M while its own
// slice is still ending: that flow belongs to the slice after).
std::unordered_map<int64_t, std::pair<int64_t, int64_t>> gPendingFlow;
int64_t gNextFlow = 1;
bool gDropped = false;
bool gFinished = false;
std::string gPath;
int64_t gT0 = 0;
// User annotations: their strings (kept for the events: a deque never moves
// its elements), the open regions of each goroutine (a stack: regions nest),
// and whether the program has them on (0 from the start, 1 after its
// trace.Start, 2 after its trace.Stop).
std::deque<std::string> gStrings;
struct OpenRegion {
  const char* type;
  uint64_t task;
  int64_t t0;
};
std::unordered_map<int64_t, std::vector<OpenRegion>> gRegions;
std::unordered_map<uint64_t, const char*> gTaskTypes;  // (an end names its task as the begin did)
struct ArmedTimer {
  const char* kind;  // "sleep", "timer", "ticker"
  int64_t armedBy, t0, when;
};
std::unordered_map<uint64_t, ArmedTimer> gTimers;  // armed, not yet fired
int64_t gNextTimerSpan = 1;
std::atomic<int> gUserState{0};

const char* keep(const std::string& s) {  // gMu held
  gStrings.push_back(s);
  return gStrings.back().c_str();
}

thread_local bool tlsPreempted = false;  // the running G's slice ends by preemption
thread_local const char* tlsParkReason = nullptr;  // ... by parking on this (null: a yield)

void push(const Event& e) {  // gMu held
  if (gEvents.size() >= kMaxEvents) {
    gDropped = true;
    return;
  }
  gEvents.push_back(e);
}

Event here(char kind, int64_t g) {
  Event e{};
  e.kind = kind;
  e.g = g;
  e.p = -1;
  e.m = -1;
  if (gWhere) gWhere(&e.p, &e.m);
  if (e.p < 0) e.p = kNoP;
  e.t0 = e.t1 = now();
  return e;
}

// A flow from the current position to goid's next run slice.
void flowTo(Event& e, int64_t goid) {  // gMu held
  e.a = gNextFlow++;
  gPendingFlow[goid] = {e.a, e.t0};
}

void jsonStr(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += char(c);
    }
  }
  out += '"';
}

void ts(std::string& out, const char* key, int64_t ns) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "\"%s\":%" PRId64 ".%03" PRId64, key, ns / 1000, ns % 1000);
  out += buf;
}

std::string gname(int64_t g) {
  auto it = gNames.find(g);
  return "G" + std::to_string(g) + (it != gNames.end() ? " " + it->second : std::string());
}

// Garbage collections (Boehm stops the world for each): recorded from its
// collection-event callback, which runs with the GC lock held and other
// threads possibly stopped while holding gMu, so without any lock.
constexpr size_t kMaxGcs = 1 << 16;
struct GcSpan {
  int64_t t0, t1;
};
GcSpan* gGcs;  // kMaxGcs spans, allocated by start (outside the GC heap and its roots)
std::atomic<size_t> gNGcs{0};
int64_t gGcStart = 0;  // (GC lock held)

void onGcEvent(GC_EventType ev) {
  if (ev == GC_EVENT_START) {
    gGcStart = now();
  } else if (ev == GC_EVENT_END && gGcStart) {
    const int64_t t1 = now();
    const size_t i = gNGcs.load(std::memory_order_relaxed);
    if (i < kMaxGcs) {
      gGcs[i] = GcSpan{gGcStart, t1};
      gNGcs.store(i + 1, std::memory_order_release);
    }
    gGcStart = 0;
  }
}

}  // namespace

void start(const std::string& path) {
  if (!gGcs) gGcs = new GcSpan[kMaxGcs];
  GC_set_on_collection_event(onGcEvent);
  std::lock_guard<std::mutex> l(gMu);
  gPath = path;
  gT0 = now();
  gNames[1] = "main";
  gOn.store(true, std::memory_order_release);
}

void goCreate(int64_t goid, const FuncProto* fn) {
  Event e = here('C', goid);
  std::lock_guard<std::mutex> l(gMu);
  if (fn) gNames[goid] = fn->name;
  flowTo(e, goid);
  push(e);
}

void parking(const char* reason) { tlsParkReason = reason; }

void slice(int64_t goid, int p, int64_t m, int64_t t0, bool parked) {
  const char* end = !parked ? "exit" : tlsParkReason ? "block" : "yield";
  const char* reason = parked ? tlsParkReason : nullptr;
  tlsParkReason = nullptr;
  Event e{};
  e.kind = 'X';
  e.g = goid;
  e.p = p;
  e.m = m;
  e.t0 = t0;
  e.t1 = now();
  if (tlsPreempted && std::string_view(end) == "yield") end = "preempted";
  tlsPreempted = false;
  e.s = end;
  e.s2 = reason;
  std::lock_guard<std::mutex> l(gMu);
  if (auto it = gPendingFlow.find(goid); it != gPendingFlow.end() && it->second.second <= t0) {
    e.a = it->second.first;
    gPendingFlow.erase(it);
  }
  push(e);
}

void unblock(int64_t goid, const char* reason) {
  Event e = here('U', goid);
  e.s = reason;
  std::lock_guard<std::mutex> l(gMu);
  flowTo(e, goid);
  push(e);
}

void steal(int p, int victim, int n) {
  Event e = here('S', 0);
  e.p = p;
  e.a = victim;
  e.b = n;
  std::lock_guard<std::mutex> l(gMu);
  push(e);
}

void preempt(int64_t goid) {
  tlsPreempted = true;
  Event e = here('R', goid);
  std::lock_guard<std::mutex> l(gMu);
  push(e);
}

void stackGrow(int64_t goid, int64_t from, int64_t to) {
  Event e = here('K', goid);
  e.a = from;
  e.b = to;
  std::lock_guard<std::mutex> l(gMu);
  push(e);
}

void syscall(int64_t goid, bool enter) {
  Event e = here(enter ? 'Y' : 'Z', goid);
  std::lock_guard<std::mutex> l(gMu);
  push(e);
}

bool userEnabled() { return on() && gUserState.load(std::memory_order_relaxed) != 2; }

int userStart() {
  if (!on()) return 2;
  int st = gUserState.load();
  if (st == 1) return 1;
  gUserState.store(1);
  return 0;
}

void userStop() {
  if (gUserState.load() == 1) gUserState.store(2);
}

void userTask(int64_t goid, uint64_t id, uint64_t parent, const std::string& type, bool end) {
  if (!userEnabled()) return;
  Event e = here(end ? 'E' : 'T', goid);
  e.a = int64_t(id);
  e.b = int64_t(parent);
  std::lock_guard<std::mutex> l(gMu);
  if (end) {
    auto it = gTaskTypes.find(id);
    if (it == gTaskTypes.end()) return;  // (begun before tracing was on, or ended twice)
    e.s = it->second;
    gTaskTypes.erase(it);
  } else {
    e.s = gTaskTypes[id] = keep(type);
  }
  push(e);
}

void userRegion(int64_t goid, uint64_t task, const std::string& type, bool end) {
  if (!userEnabled()) return;
  const int64_t t = now();
  std::lock_guard<std::mutex> l(gMu);
  auto& open = gRegions[goid];
  if (!end) {
    open.push_back(OpenRegion{keep(type), task, t});
    return;
  }
  // the innermost open region of that type ends (and the ones opened inside
  // it that did not end: Go's trace reports such misnesting; goro closes them)
  for (size_t i = open.size(); i-- > 0;) {
    if (open[i].type != type || open[i].task != task) continue;
    while (open.size() > i) {
      Event e = here('G', goid);
      e.t0 = open.back().t0;
      e.t1 = t;
      e.a = int64_t(open.back().task);
      e.s = open.back().type;
      push(e);
      open.pop_back();
    }
    return;
  }
}

void userLog(int64_t goid, uint64_t task, const std::string& category, const std::string& message) {
  if (!userEnabled()) return;
  Event e = here('L', goid);
  e.a = int64_t(task);
  std::lock_guard<std::mutex> l(gMu);
  e.s = keep(message);
  e.s2 = keep(category);
  push(e);
}

void timerArm(uint64_t key, const char* kind, int64_t armedBy, int64_t when) {
  const int64_t t = now();
  std::lock_guard<std::mutex> l(gMu);
  gTimers[key] = ArmedTimer{kind, armedBy, t, when};
}

namespace {
void timerEnd(uint64_t key, bool fired, int64_t rearmWhen) {  // gMu held
  auto it = gTimers.find(key);
  if (it == gTimers.end()) return;  // (armed before tracing began)
  const ArmedTimer a = it->second;
  Event e = here('W', a.armedBy);
  e.t0 = a.t0;
  e.a = gNextTimerSpan++;
  e.b = a.when;
  e.s = a.kind;
  e.s2 = fired ? "fired" : "stopped";
  push(e);
  if (rearmWhen >= 0) {  // a ticker: armed again at once
    it->second.t0 = e.t1;
    it->second.when = rearmWhen;
  } else {
    gTimers.erase(it);
  }
}
}  // namespace

void timerFire(uint64_t key, int64_t rearmWhen) {
  std::lock_guard<std::mutex> l(gMu);
  timerEnd(key, true, rearmWhen);
}

void timerStop(uint64_t key) {
  std::lock_guard<std::mutex> l(gMu);
  timerEnd(key, false, -1);
}

void finish() {
  std::vector<Event> evs;
  {
    std::lock_guard<std::mutex> l(gMu);
    if (gFinished || !gOn.load()) return;
    gFinished = true;
    gOn.store(false, std::memory_order_release);
    const int64_t t = now();
    for (auto& [goid, open] : gRegions)  // regions still open at exit end there
      for (const OpenRegion& r : open) {
        Event e{};
        e.kind = 'G';
        e.g = goid;
        e.t0 = r.t0;
        e.t1 = t;
        e.a = int64_t(r.task);
        e.s = r.type;
        gEvents.push_back(e);
      }
    gRegions.clear();
    evs.swap(gEvents);
  }
  FILE* f = std::fopen(gPath.c_str(), "w");
  if (!f) {
    std::fprintf(stderr, "goro trace: cannot write %s\n", gPath.c_str());
    return;
  }
  std::string out = "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"generator\":\"goro trace\"";
  if (gDropped) out += ",\"truncated\":\"more than 1000000 events: the rest were dropped\"";
  out += "},\"traceEvents\":[\n";
  out += "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"args\":{\"name\":\"Ps\"}},\n";
  out += "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":2,\"args\":{\"name\":\"Ms (OS threads)\"}}";
  std::set<int> ps;
  std::set<int64_t> ms;
  for (const Event& e : evs) {
    ps.insert(e.p);
    if (e.kind == 'X') ms.insert(e.m);
  }
  for (int p : ps) {
    out += ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(p) + ",\"args\":{\"name\":";
    jsonStr(out, p == kNoP ? std::string("no P (timers)") : "P" + std::to_string(p));
    out += "}}";
  }
  const size_t ngc = gNGcs.load(std::memory_order_acquire);
  if (ngc) out += ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":9998,\"args\":{\"name\":\"GC (world stopped)\"}}";
  for (int64_t m : ms)
    out += ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":2,\"tid\":" + std::to_string(m) +
           ",\"args\":{\"name\":\"M" + std::to_string(m) + "\"}}";
  std::set<int64_t> annotating;  // goroutines with regions or logs: a lane each
  bool tasks = false, timers = false;
  for (const Event& e : evs) {
    if (e.kind == 'G' || e.kind == 'L') annotating.insert(e.g);
    tasks |= e.kind == 'T';
    timers |= e.kind == 'W';
  }
  if (timers) out += ",\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":5,\"args\":{\"name\":\"Timers\"}}";
  if (!annotating.empty())
    out += ",\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":3,\"args\":{\"name\":\"Goroutines (regions, logs)\"}}";
  for (int64_t g : annotating) {
    out += ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":3,\"tid\":" + std::to_string(g) + ",\"args\":{\"name\":";
    jsonStr(out, gname(g));
    out += "}}";
  }
  if (tasks) out += ",\n{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":4,\"args\":{\"name\":\"Tasks\"}}";
  auto head = [&](const std::string& name, const char* cat, const char* ph, int pid, int64_t tid, int64_t t) {
    out += ",\n{\"name\":";
    jsonStr(out, name);
    out += ",\"cat\":\"";
    out += cat;
    out += "\",\"ph\":\"";
    out += ph;
    out += "\",\"pid\":" + std::to_string(pid) + ",\"tid\":" + std::to_string(tid) + ",";
    ts(out, "ts", t - gT0);
  };
  for (const Event& e : evs) {
    if (out.size() > (size_t(1) << 20)) {  // (written in pieces)
      std::fwrite(out.data(), 1, out.size(), f);
      out.clear();
    }
    switch (e.kind) {
      case 'X': {
        std::string end = e.s ? e.s : "";
        if (e.s2 && *e.s2) end += std::string(": ") + e.s2;
        for (int lane = 0; lane < 2; lane++) {
          head(gname(e.g), "run", "X", lane == 0 ? 1 : 2, lane == 0 ? e.p : e.m, e.t0);
          out += ",";
          ts(out, "dur", e.t1 - e.t0);
          out += ",\"args\":{\"g\":" + std::to_string(e.g) + ",\"P\":" + std::to_string(e.p) +
                 ",\"M\":" + std::to_string(e.m) + ",\"end\":";
          jsonStr(out, end);
          out += "}}";
        }
        if (e.a) {  // the flow from this G's creation or unblocking ends here
          head("wake", "flow", "f", 1, e.p, e.t0);
          out += ",\"bp\":\"e\",\"id\":" + std::to_string(e.a) + "}";
        }
        break;
      }
      case 'C':
      case 'U': {
        const bool create = e.kind == 'C';
        head((create ? "go " : "unblock ") + gname(e.g), "sched", "i", 1, e.p, e.t0);
        out += ",\"s\":\"t\",\"args\":{\"g\":" + std::to_string(e.g);
        if (!create && e.s) {
          out += ",\"was waiting on\":";
          jsonStr(out, e.s);
        }
        out += "}}";
        head("wake", "flow", "s", 1, e.p, e.t0);
        out += ",\"id\":" + std::to_string(e.a) + "}";
        break;
      }
      case 'S':
        head("steal " + std::to_string(e.b) + " from P" + std::to_string(e.a), "sched", "i", 1, e.p, e.t0);
        out += ",\"s\":\"t\",\"args\":{\"victim\":" + std::to_string(e.a) + ",\"n\":" + std::to_string(e.b) + "}}";
        break;
      case 'R':
        head("preempt " + gname(e.g), "sched", "i", 1, e.p, e.t0);
        out += ",\"s\":\"t\",\"args\":{\"g\":" + std::to_string(e.g) + "}}";
        break;
      case 'K':
        head("stack grow " + gname(e.g), "stack", "i", 1, e.p, e.t0);
        out += ",\"s\":\"t\",\"args\":{\"g\":" + std::to_string(e.g) + ",\"from\":" + std::to_string(e.a) +
               ",\"to\":" + std::to_string(e.b) + "}}";
        break;
      case 'Y':
      case 'Z':
        head(std::string(e.kind == 'Y' ? "syscall enter " : "syscall exit ") + gname(e.g), "syscall", "i", 1, e.p,
             e.t0);
        out += ",\"s\":\"t\",\"args\":{\"g\":" + std::to_string(e.g) + "}}";
        break;
      case 'G':
        head(e.s, "region", "X", 3, e.g, e.t0);
        out += ",";
        ts(out, "dur", e.t1 - e.t0);
        out += ",\"args\":{\"g\":" + std::to_string(e.g) + ",\"task\":" + std::to_string(e.a) + "}}";
        break;
      case 'L':
        head(e.s, "log", "i", 3, e.g, e.t0);
        out += ",\"s\":\"t\",\"args\":{\"category\":";
        jsonStr(out, e.s2);
        out += ",\"g\":" + std::to_string(e.g) + ",\"task\":" + std::to_string(e.a) + "}}";
        break;
      case 'T':
      case 'E':
        head(e.s, "task", e.kind == 'T' ? "b" : "e", 4, 0, e.t0);
        out += ",\"id\":" + std::to_string(e.a) + ",\"args\":{\"g\":" + std::to_string(e.g);
        if (e.kind == 'T') out += ",\"parent\":" + std::to_string(e.b);
        out += "}}";
        break;
      case 'W': {  // a timer's span, as an async begin/end pair
        const std::string name = std::string(e.s) + (std::string_view(e.s) == "sleep" ? " " : " armed by ") + gname(e.g);
        head(name, "timer", "b", 5, 0, e.t0);
        out += ",\"id\":" + std::to_string(e.a) + ",\"args\":{\"g\":" + std::to_string(e.g) + ",\"due in ns\":" +
               std::to_string(e.b - e.t0) + "}}";
        head(name, "timer", "e", 5, 0, e.t1);
        out += ",\"id\":" + std::to_string(e.a) + ",\"args\":{\"end\":";
        jsonStr(out, e.s2);
        out += ",\"late by ns\":" + std::to_string(e.t1 - e.b) + "}}";
        break;
      }
      default:
        break;
    }
  }
  for (size_t i = 0; i < ngc; i++) {
    head("GC " + std::to_string(i + 1), "gc", "X", 1, 9998, gGcs[i].t0);
    out += ",";
    ts(out, "dur", gGcs[i].t1 - gGcs[i].t0);
    out += ",\"args\":{\"collection\":" + std::to_string(i + 1) + "}}";
  }
  out += "\n]}\n";
  std::fwrite(out.data(), 1, out.size(), f);
  std::fclose(f);
}

}  // namespace goro::trace
