// runtime/roots.h — a growable array of pointers that the collector scans
// (GC_MALLOC_UNCOLLECTABLE memory): how the runtime keeps objects alive that
// only its malloc'd structures point to (every G, pending timers).
// Not locked: the owner's lock guards it.
#pragma once
#include <gc/gc.h>

#include <cstddef>
#include <cstring>

namespace goro {

struct GcRootArray {
  void** items = nullptr;
  size_t len = 0, cap = 0;

  void push(void* p) {
    if (len == cap) {
      size_t n = cap ? cap * 2 : 64;
      auto** a = static_cast<void**>(GC_MALLOC_UNCOLLECTABLE(n * sizeof(void*)));
      if (len) std::memcpy(a, items, len * sizeof(void*));
      if (items) GC_FREE(items);
      items = a;
      cap = n;
    }
    items[len++] = p;
  }

  // Remove one occurrence of p (the last item takes its place); false if absent.
  bool remove(void* p) {
    for (size_t i = 0; i < len; i++)
      if (items[i] == p) {
        items[i] = items[--len];
        items[len] = nullptr;  // no stale root keeps p alive
        return true;
      }
    return false;
  }

  void release() {
    if (items) GC_FREE(items);
    items = nullptr;
    len = cap = 0;
  }
};

}  // namespace goro
