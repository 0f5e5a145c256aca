// stdlib/rt_trace_natives.cpp — natives of package runtime/trace: the
// program's annotations (tasks, regions, logs) into `goro trace`'s file
// (runtime/trace.h records them; stdlib/go/runtime/trace/trace.go).
#include "runtime/g.h"
#include "runtime/trace.h"
#include "stdlib/native_args.h"

namespace goro {
namespace {

std::string strArg(const uint64_t* f, int i) { return std::string(nat::str(f, i).view()); }

void traceStart(NativeCtx&, uint64_t* f) { nat::setI64(f, 0, trace::userStart()); }  // func start() int
void traceStop(NativeCtx&, uint64_t*) { trace::userStop(); }                         // func stop()
void traceEnabled(NativeCtx&, uint64_t* f) { nat::setBool(f, 0, trace::userEnabled()); }

// func userTaskCreate(id, parentID uint64, taskType string)
void traceTaskCreate(NativeCtx& ctx, uint64_t* f) {
  if (trace::userEnabled()) trace::userTask(ctx.g->goid, f[0], f[1], strArg(f, 2), false);
}
// func userTaskEnd(id uint64)
void traceTaskEnd(NativeCtx& ctx, uint64_t* f) {
  if (trace::userEnabled()) trace::userTask(ctx.g->goid, f[0], 0, std::string(), true);
}
// func userRegion(id, mode uint64, regionType string): mode 0 begins, 1 ends
void traceRegion(NativeCtx& ctx, uint64_t* f) {
  if (trace::userEnabled()) trace::userRegion(ctx.g->goid, f[0], strArg(f, 2), f[1] == 1);
}
// func userLog(id uint64, category, message string)
void traceLog(NativeCtx& ctx, uint64_t* f) {
  if (trace::userEnabled()) trace::userLog(ctx.g->goid, f[0], strArg(f, 1), strArg(f, 3));
}

NativeReg r1("runtime/trace.start", &traceStart);
NativeReg r2("runtime/trace.stop", &traceStop);
NativeReg r3("runtime/trace.enabled", &traceEnabled);
NativeReg r4("runtime/trace.userTaskCreate", &traceTaskCreate);
NativeReg r5("runtime/trace.userTaskEnd", &traceTaskEnd);
NativeReg r6("runtime/trace.userRegion", &traceRegion);
NativeReg r7("runtime/trace.userLog", &traceLog);

}  // namespace

void linkTraceNatives() {}
}  // namespace goro
