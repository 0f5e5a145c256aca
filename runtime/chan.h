// runtime/chan.h — channels (Go's runtime/chan.go) and select (select.go).
//
// Invariants (as in Go):
//   - at least one of c.sendq and c.recvq is empty, except for an unbuffered
//     channel with a single goroutine blocked on it for both send and receive
//     through select;
//   - for buffered channels: qcount > 0 implies recvq is empty; qcount < dataqsiz
//     implies sendq is empty.
// Elements travel in register form (vm/opcodes.def): elemBytes = 8 * slots.
// A sudog's elem points at the blocked G's frame slots: its stack does not
// move while it is parked (a G shrinks its stack just before it parks,
// runtime/stack.cpp shrinkStackOnPark, relocating the elems it publishes).
// Lock order: channel locks by increasing address (select locks several).
#pragma once
#include <cstdint>
#include <mutex>

#include "runtime/g.h"

namespace goro {

struct Hchan;

struct Sudog {
  G* g = nullptr;
  void* elem = nullptr;     // data to send / where to receive
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  Hchan* c = nullptr;
  Sudog* waitLink = nullptr;  // G's list of sudogs (select)
  int caseIndex = 0;
  bool isSelect = false;
  bool isSend = false;      // queued on c->sendq (else c->recvq)
  bool success = false;
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
};

struct Hchan {
  uint64_t qcount = 0;      // elements in buf
  uint64_t dataqsiz = 0;    // buffer size
  uint8_t* buf = nullptr;
  int64_t elemBytes = 0;
  const Type* elemtype = nullptr;
  bool closed = false;
  uint64_t sendx = 0, recvx = 0;
  WaitQ recvq, sendq;
  std::mutex lock;          // guards every field above
};

Hchan* makechan(const Type* elem, int64_t size);  // elem: the element type
// Returns false if a non-blocking send could not proceed; if blocking and
// no receiver/room, parks g and returns false with *parked = true.
bool chansend(Hchan* c, const void* ep, bool block, G* g, bool* parked);
// Returns selected; *received = false for a closed channel (ep zeroed).
bool chanrecv(Hchan* c, void* ep, bool block, G* g, bool* received, bool* parked);
void closechan(Hchan* c);
int64_t chanlen(Hchan* c);
int64_t chancap(Hchan* c);

// One case of a select: kind 0 receive, 1 send, 2 default.
struct SelectCase {
  int kind;
  Hchan* c;
  void* elem;
};
// Returns the chosen case (and *recvOK), or -1 with *parked = true.
int selectgo(G* g, SelectCase* cases, int n, bool* recvOK, bool* parked);
// After a select's G was woken: dequeue its sudogs from the other channels.
void selectCleanup(G* g);

}  // namespace goro
