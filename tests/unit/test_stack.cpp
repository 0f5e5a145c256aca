// Stack growth with pointer adjustment, on hand-assembled bytecode (no
// compiler involved): a recursion that passes a pointer to each frame's local
// down to the next call, 100 000 deep, from a 512-byte stack.
#include <doctest/doctest.h>
#include <gc/gc.h>

#include <cstring>

#include "runtime/g.h"
#include "runtime/panic.h"
#include "vm/interp.h"
#include "vm/native.h"

using namespace goro;

namespace {
int64_t gChecked = 0, gInRange = 0;

// checkptr(p *int64): p must point into the running G's current stack.
void checkPtr(NativeCtx& ctx, uint64_t* frame) {
  auto p = reinterpret_cast<uint8_t*>(frame[0]);
  gChecked++;
  if (p >= ctx.g->stackLo && p < ctx.g->stackHi) gInRange++;
}

Instr I(Op op, int a = 0, int b = 0, int c = 0, int d = 0) {
  Instr i;
  i.op = op;
  i.a = uint16_t(a);
  i.b = b;
  i.c = c;
  i.d = d;
  return i;
}

StackMap mapBits(int pc, uint64_t bits) {
  StackMap m;
  m.pc = pc;
  m.bits = {bits};
  return m;
}
}  // namespace

TEST_CASE("100000-deep recursion with pointers to parents' locals survives stack copies") {
  GC_INIT();
  Program prog;
  auto* check = new FuncProto();
  check->name = "main.checkptr";
  check->native = &checkPtr;
  check->paramSlots = 1;
  check->frameSize = 1;
  check->index = 0;

  // func rec(parent *int64, n int64) int64 {
  //   x := n; checkptr(parent)
  //   if n == 0 { return *parent }
  //   v := rec(&x, n-1); return v + *parent }
  auto* rec = new FuncProto();
  rec->name = "main.rec";
  rec->file = "rec.go";
  rec->paramSlots = 2;
  rec->resultSlots = 1;
  rec->frameSize = 11;
  rec->index = 1;
  rec->paramPtrs = {1};  // slot 0
  rec->code = {
      I(OP_MOV, 2, 1),          // 0: x = n            (x lives in frame memory, slot 2)
      I(OP_MOV, 9, 0),          // 1: arg: parent
      I(OP_CALL, 5, 0),         // 2: checkptr(parent)
      I(OP_LOADI, 3, 0),        // 3
      I(OP_JNE_I, 1, 3, 7),     // 4: if n != 0 goto 7
      I(OP_LOAD_64, 3, 0, 0),   // 5: *parent
      I(OP_RET, 3, 1),          // 6
      I(OP_ADDR, 9, 2),         // 7: arg0 = &x  (a raw pointer into this stack)
      I(OP_ADDI, 10, 1, -1),    // 8: arg1 = n-1
      I(OP_CALL, 5, 1),         // 9: v = rec(&x, n-1)  -> slot 9
      I(OP_LOAD_64, 3, 0, 0),   // 10: *parent (parent was adjusted if the stack moved)
      I(OP_ADD_I, 3, 9, 3),     // 11
      I(OP_RET, 3, 1),          // 12
  };
  rec->lines.assign(rec->code.size(), 1);
  rec->stackmaps = {mapBits(2, 1), mapBits(9, 1)};
  prog.funcs = {check, rec};

  G* g = newG(1, kStackMin);
  g->status = GStatus::Running;  // execute() runs the G that is Running
  curG = g;
  const int64_t depth = 100000, root = 1000000;
  // bottom frame: root variable in slot 0, call rec(&root, depth) at base 1
  auto* entry = new FuncProto();
  entry->name = "main.main";
  entry->frameSize = 8;
  entry->resultSlots = 1;
  entry->code = {
      I(OP_LOADK, 0, 0),      // root
      I(OP_ADDR, 5, 0),       // &root
      I(OP_LOADK, 6, 1),      // depth
      I(OP_CALL, 1, 1),       // rec -> slot 5
      I(OP_RET, 5, 1),
  };
  entry->consts = {uint64_t(root), uint64_t(depth)};
  entry->lines.assign(entry->code.size(), 1);
  entry->stackmaps = {mapBits(3, 0)};  // root is an int: nothing to adjust
  prog.funcs.push_back(entry);

  uint64_t* fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  fp[-4] = fp[-3] = 0;
  fp[-2] = reinterpret_cast<uint64_t>(entry);
  fp[-1] = 0;
  std::memset(fp, 0, 8 * 4);
  int64_t growsBefore = g->stackGrows;
  execute(g, &prog, fp);
  fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  int64_t want = depth * (depth + 1) / 2 + root;
  CHECK(int64_t(fp[0]) == want);
  CHECK(g->stackGrows - growsBefore >= 10);  // 512 B -> several MiB: many copies
  CHECK(gChecked == depth + 1);
  CHECK(gInRange == depth + 1);  // every parent pointer pointed into the current stack
}

TEST_CASE("stack stress mode moves the stack at every call and keeps pointers right") {
  // Same program shape as above, smaller: every call copies the whole stack.
  gStackStress = true;
  Program prog;
  auto* rec = new FuncProto();
  rec->name = "main.rec";
  rec->paramSlots = 2;
  rec->resultSlots = 1;
  rec->frameSize = 11;
  rec->index = 0;
  rec->paramPtrs = {1};
  rec->code = {
      I(OP_MOV, 2, 1),        I(OP_LOADI, 3, 0),     I(OP_JNE_I, 1, 3, 5), I(OP_LOAD_64, 3, 0, 0),
      I(OP_RET, 3, 1),        I(OP_ADDR, 9, 2),      I(OP_ADDI, 10, 1, -1), I(OP_CALL, 5, 0),
      I(OP_LOAD_64, 3, 0, 0), I(OP_ADD_I, 3, 9, 3),  I(OP_RET, 3, 1),
  };
  rec->lines.assign(rec->code.size(), 1);
  rec->stackmaps = {mapBits(7, 1)};
  prog.funcs = {rec};
  G* g = newG(2, kStackMin);
  g->status = GStatus::Running;
  curG = g;
  const int64_t depth = 3000, root = 7;
  auto* entry = new FuncProto();
  entry->name = "main.main";
  entry->frameSize = 8;
  entry->code = {I(OP_LOADK, 0, 0), I(OP_ADDR, 5, 0), I(OP_LOADK, 6, 1), I(OP_CALL, 1, 0), I(OP_RET, 5, 1)};
  entry->consts = {uint64_t(root), uint64_t(depth)};
  entry->lines.assign(entry->code.size(), 1);
  entry->stackmaps = {mapBits(3, 0)};
  uint64_t* fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  fp[-4] = fp[-3] = 0;
  fp[-2] = reinterpret_cast<uint64_t>(entry);
  fp[-1] = 0;
  std::memset(fp, 0, 8 * 8);
  int64_t movesBefore = stackStats().moves;
  execute(g, &prog, fp);
  fp = reinterpret_cast<uint64_t*>(g->stackLo) + kFrameHeader;
  CHECK(int64_t(fp[0]) == depth * (depth + 1) / 2 + root);
  CHECK(stackStats().moves - movesBefore >= depth / 2);  // moved (not just grown) at most calls
  gStackStress = false;
}
