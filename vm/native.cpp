// vm/native.cpp — the registry of C++ natives, by qualified Go name.
#include "vm/native.h"

#include <map>
#include <mutex>

namespace goro {

static std::map<std::string, NativeFn>& registry() {
  static std::map<std::string, NativeFn> r;
  return r;
}

void registerNative(const std::string& name, NativeFn fn) { registry()[name] = fn; }

NativeFn findNative(const std::string& name) {
  auto it = registry().find(name);
  return it == registry().end() ? nullptr : it->second;
}

}  // namespace goro
