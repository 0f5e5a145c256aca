// tests/trace/trace_check.cpp — checks a `goro trace` file (tests/trace.sh):
//   trace_check FILE.json GOROUTINES     (GOROUTINES -1: any number of go events)
// The file must be valid JSON in the trace-event format, and hold: a run
// slice on a P lane and its twin on an M lane for every slice; slices of one
// P that do not overlap; GOROUTINES "go" events, each G created running at
// least once; every flow that starts ("s") ends ("f") at the start of a run
// slice of the G it names, or is still pending at exit; the end reasons Go's
// programs give (block: chan send / chan receive / semacquire, exit, yield,
// preempted); GC slices on their own lane; the program's annotations
// (runtime/trace): regions that nest on each goroutine's lane, logs with a
// category, tasks that end after they begin; timer spans (Timers process)
// that each end once, after they begin. Prints what it counted; exits 1
// on the first violation.
#include <algorithm>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

using nlohmann::json;

static int fail(const std::string& why) {
  std::cerr << "trace_check: " << why << "\n";
  return 1;
}

int main(int argc, char** argv) {
  if (argc != 3) return fail("usage: trace_check FILE.json GOROUTINES");
  std::ifstream in(argv[1]);
  if (!in) return fail(std::string("cannot open ") + argv[1]);
  json d;
  try {
    d = json::parse(in);
  } catch (const std::exception& e) {
    return fail(std::string("not JSON: ") + e.what());
  }
  const int wantGo = std::atoi(argv[2]);
  if (!d.contains("traceEvents") || !d["traceEvents"].is_array()) return fail("no traceEvents array");
  struct Slice {
    double ts, dur;
    int64_t g;
  };
  std::map<int64_t, std::vector<Slice>> pLanes;  // P -> slices
  int mSlices = 0, pSlices = 0, creates = 0, gcs = 0;
  std::set<int64_t> created, ran;
  std::map<int64_t, double> flowStart;  // id -> ts
  std::vector<std::pair<int64_t, double>> flowEnds;
  std::map<std::string, int> ends;
  std::set<std::string> okEnds = {"exit", "yield", "preempted", "block: chan send", "block: chan receive",
                                  "block: semacquire", "block: sync.Mutex.Lock", "block: sleep",
                                  "block: select", "block: sync.Cond.Wait"};
  // the program's annotations (runtime/trace): regions nest on each
  // goroutine's lane; a task ends after it begins, once
  std::map<int64_t, std::vector<Slice>> regionLanes;  // goid -> regions
  int regions = 0, logs = 0;
  std::map<int64_t, double> taskBegin, taskEnd;
  std::map<int64_t, double> timerBegin, timerEnd;  // timer spans: each ends once, after it begins
  for (const json& e : d["traceEvents"]) {
    const std::string ph = e.at("ph");
    if (ph == "X" && e.value("cat", "") == "region") {
      Slice s{e.at("ts").get<double>(), e.at("dur").get<double>(), e.at("args").at("g").get<int64_t>()};
      if (s.dur < 0 || e.at("pid") != 3 || e.at("tid").get<int64_t>() != s.g) return fail("a bad region slice");
      regionLanes[s.g].push_back(s);
      regions++;
    } else if (ph == "i" && e.value("cat", "") == "log") {
      if (e.at("pid") != 3 || !e.at("args").contains("category")) return fail("a bad log event");
      logs++;
    } else if ((ph == "b" || ph == "e") && e.value("cat", "") == "timer") {
      if (e.at("pid") != 5) return fail("a timer span outside the Timers process");
      auto& m = ph == "b" ? timerBegin : timerEnd;
      if (!m.emplace(e.at("id").get<int64_t>(), e.at("ts").get<double>()).second) return fail("a timer span begins or ends twice");
    } else if (ph == "b" || ph == "e") {
      if (e.value("cat", "") != "task" || e.at("pid") != 4) return fail("an async event that is not a task or a timer");
      auto& m = ph == "b" ? taskBegin : taskEnd;
      if (!m.emplace(e.at("id").get<int64_t>(), e.at("ts").get<double>()).second) return fail("a task begins or ends twice");
    } else if (ph == "X" && e.value("cat", "") == "gc") {  // a collection on the GC lane
      if (e.at("dur").get<double>() < 0 || e.at("tid") != 9998) return fail("a bad GC slice");
      gcs++;
    } else if (ph == "X") {
      Slice s{e.at("ts").get<double>(), e.at("dur").get<double>(), e.at("args").at("g").get<int64_t>()};
      if (s.dur < 0) return fail("negative duration");
      if (e.at("pid") == 1) {
        pSlices++;
        pLanes[e.at("tid").get<int64_t>()].push_back(s);
        ran.insert(s.g);
        ends[e.at("args").at("end")]++;
      } else if (e.at("pid") == 2) {
        mSlices++;
      } else {
        return fail("a slice outside the P and M processes");
      }
    } else if (ph == "i") {
      const std::string name = e.at("name");
      if (name.rfind("go G", 0) == 0) {
        creates++;
        created.insert(e.at("args").at("g").get<int64_t>());
      }
    } else if (ph == "s") {
      flowStart[e.at("id").get<int64_t>()] = e.at("ts").get<double>();
    } else if (ph == "f") {
      if (e.value("bp", "") != "e") return fail("a flow end not bound to its enclosing slice");
      flowEnds.push_back({e.at("id").get<int64_t>(), e.at("ts").get<double>()});
    } else if (ph != "M") {
      return fail("unexpected phase " + ph);
    }
  }
  if (pSlices == 0) return fail("no run slices");
  if (pSlices != mSlices) return fail("P-lane and M-lane slices differ in number");
  for (auto& [p, v] : pLanes)
    for (size_t i = 1; i < v.size(); i++)
      if (v[i].ts < v[i - 1].ts + v[i - 1].dur - 0.002)
        return fail("overlapping slices on P" + std::to_string(p));
  if (wantGo >= 0 && creates != wantGo)  // (-1: a count that depends on timing)
    return fail("go events: " + std::to_string(creates) + ", want " + std::to_string(wantGo));
  for (int64_t g : created)
    if (!ran.count(g)) return fail("G" + std::to_string(g) + " created but never ran");
  if (!ran.count(1)) return fail("main's G1 never ran");
  for (auto& [id, t] : flowEnds) {
    auto it = flowStart.find(id);
    if (it == flowStart.end()) return fail("flow " + std::to_string(id) + " ends without a start");
    if (t + 0.002 < it->second) return fail("flow " + std::to_string(id) + " ends before it starts");
  }
  for (auto& [end, n] : ends)
    if (!okEnds.count(end)) return fail("unexpected end of a run slice: " + end);
  for (auto& [g, v] : regionLanes) {  // regions on a lane either nest or follow one another
    std::sort(v.begin(), v.end(), [](const Slice& a, const Slice& b) { return a.ts != b.ts ? a.ts < b.ts : a.dur > b.dur; });
    std::vector<double> openEnds;
    for (const Slice& r : v) {
      while (!openEnds.empty() && openEnds.back() <= r.ts + 0.002) openEnds.pop_back();
      if (!openEnds.empty() && r.ts + r.dur > openEnds.back() + 0.002)
        return fail("regions of G" + std::to_string(g) + " overlap without nesting");
      openEnds.push_back(r.ts + r.dur);
    }
  }
  if (timerBegin.size() != timerEnd.size()) return fail("a timer span without its end");
  for (auto& [id, t] : timerEnd) {
    auto it = timerBegin.find(id);
    if (it == timerBegin.end() || t + 0.002 < it->second) return fail("timer span " + std::to_string(id) + " ends before it begins");
  }
  for (auto& [id, t] : taskEnd) {
    auto it = taskBegin.find(id);
    if (it == taskBegin.end() || t + 0.002 < it->second) return fail("task " + std::to_string(id) + " ends before it begins");
  }
  std::printf("trace_check: %d slices on %zu P lanes, %d go, %zu flows (%zu ended), %d GCs", pSlices,
              pLanes.size(), creates, flowStart.size(), flowEnds.size(), gcs);
  for (auto& [end, n] : ends) std::printf(", %s %d", end.c_str(), n);
  std::printf(", regions %d, logs %d, tasks %zu, timers %zu\n", regions, logs, taskBegin.size(), timerBegin.size());
  return 0;
}
