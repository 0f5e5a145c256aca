// stdlib/native_args.h — reading arguments and writing results of natives in
// register form (vm/opcodes.def "Value forms"; vm/native.h): one slot per
// scalar (narrow integers sign/zero-extended, float32 held as a double), a
// string in 2 slots, a slice or a variadic parameter in 3, an interface in 2.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

#include "vm/native.h"

namespace goro::nat {

inline double f64(const uint64_t* f, int i) {
  double d;
  std::memcpy(&d, &f[i], 8);
  return d;
}
inline int64_t i64(const uint64_t* f, int i) { return int64_t(f[i]); }
inline GoString str(const uint64_t* f, int i) {
  GoString s;
  std::memcpy(&s, &f[i], sizeof s);
  return s;
}
inline GoSlice slice(const uint64_t* f, int i) {
  GoSlice s;
  std::memcpy(&s, &f[i], sizeof s);
  return s;
}
inline GoIface iface(const uint64_t* f, int i) {
  GoIface v;
  std::memcpy(&v, &f[i], sizeof v);
  return v;
}

inline void setF64(uint64_t* f, int i, double d) { std::memcpy(&f[i], &d, 8); }
inline void setI64(uint64_t* f, int i, int64_t v) { f[i] = uint64_t(v); }
inline void setBool(uint64_t* f, int i, bool b) { f[i] = b ? 1 : 0; }
inline void setStr(uint64_t* f, int i, GoString s) { std::memcpy(&f[i], &s, sizeof s); }
inline void setSlice(uint64_t* f, int i, GoSlice s) { std::memcpy(&f[i], &s, sizeof s); }
inline void setIface(uint64_t* f, int i, GoIface v) { std::memcpy(&f[i], &v, sizeof v); }

}  // namespace goro::nat
