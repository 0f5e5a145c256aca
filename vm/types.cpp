// vm/types.cpp — type construction, canonicalisation, layout, method sets and
// the relations between types (see vm/types.h).
#include "vm/types.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "vm/object.h"

namespace goro {

namespace {

// Every type ever made (for computeMethodSets and completeLayouts).
std::vector<Type*>& registry() {
  static std::vector<Type*> r;
  return r;
}
std::vector<Type*>& pendingLayouts() {
  static std::vector<Type*> p;
  return p;
}
// Canonical unnamed types by structural key.
std::unordered_map<std::string, Type*>& canon() {
  static std::unordered_map<std::string, Type*> m;
  return m;
}

struct DeclMethod {
  std::string name;
  Object* obj = nullptr;
  Type* sig = nullptr;
  bool ptrRecv = false;
};
// Methods declared on named types; Func objects of interface methods.
std::unordered_map<const Type*, std::vector<DeclMethod>>& declMethods() {
  static std::unordered_map<const Type*, std::vector<DeclMethod>> m;
  return m;
}
std::map<std::pair<const Type*, std::string>, Object*>& ifaceMethodObjs() {
  static std::map<std::pair<const Type*, std::string>, Object*> m;
  return m;
}

uint32_t fnv(const std::string& s, uint32_t h = 2166136261u) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}
uint32_t mix(uint32_t h, uint32_t v) {
  h ^= v + 0x9e3779b9u + (h << 6) + (h >> 2);
  return h;
}

std::string ptrKey(const void* p) {
  char buf[24];
  snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

void setWords(Type* t) {
  int64_t words = (t->size + 7) / 8;
  if (words < 0) words = 0;
  if (words > (int64_t(1) << 28)) words = 0;  // absurdly large pointer-free arrays: no mask
  t->ptrmask.assign(size_t(words), false);
}

Type* mkBasic(Kind k, int64_t size, int64_t align, const char* name) {
  Type* t = new Type;
  t->kind = k;
  t->size = size;
  t->align = align;
  t->name = name;
  t->underlying = t;
  setWords(t);
  if (k == Kind::String || k == Kind::UnsafePointer || k == Kind::UntypedNil ||
      k == Kind::UntypedString)
    t->ptrmask[0] = true;
  t->hash = fnv(name[0] ? name : "untyped") ^ uint32_t(k) * 0x01000193u;
  registry().push_back(t);
  return t;
}

struct Basics {
  Type* t[size_t(Kind::Tuple) + 1] = {};
  Type* error = nullptr;
  Type* any = nullptr;
  Basics();
};

Basics& basics() {
  static Basics b;
  return b;
}

}  // namespace

// Layout of t from its components; false if a component is not laid out yet.
static bool computeLayout(Type* t) {
  switch (t->kind) {
    case Kind::Pointer: case Kind::Map: case Kind::Chan: case Kind::Func:
    case Kind::UnsafePointer:
      t->size = 8;
      t->align = 8;
      t->ptrmask.assign(1, true);
      return true;
    case Kind::Slice:
      t->size = 24;
      t->align = 8;
      t->ptrmask = {true, false, false};
      return true;
    case Kind::String:
      t->size = 16;
      t->align = 8;
      t->ptrmask = {true, false};
      return true;
    case Kind::Interface:
      t->size = 16;
      t->align = 8;
      t->ptrmask = {true, true};
      return true;
    case Kind::Tuple:
      t->size = 0;
      t->align = 1;
      t->ptrmask.clear();
      return true;
    case Kind::Array: {
      Type* e = t->elem;
      if (!e || e->size < 0) return false;
      t->align = e->align;
      __int128 sz = (__int128)e->size * t->len;
      if (sz > (__int128(1) << 50)) sz = __int128(1) << 50;  // reported by the checker
      t->size = int64_t(sz);
      setWords(t);
      if (e->hasPointers() && e->size > 0) {
        int64_t ew = e->size / 8;
        for (int64_t i = 0; i < t->len; i++)
          for (int64_t w = 0; w < ew && w < int64_t(e->ptrmask.size()); w++)
            if (e->ptrmask[size_t(w)]) t->ptrmask[size_t(i * ew + w)] = true;
      }
      return true;
    }
    case Kind::Struct: {
      int64_t off = 0, align = 1;
      for (Field& f : t->fields)
        if (!f.type || f.type->size < 0) return false;
      for (Field& f : t->fields) {
        int64_t a = f.type->align;
        off = (off + a - 1) / a * a;
        f.offset = off;
        off += f.type->size;
        if (a > align) align = a;
      }
      // gc pads a struct ending in a zero-size field so &last stays inside.
      if (!t->fields.empty() && t->fields.back().type->size == 0 && off > 0) off++;
      off = (off + align - 1) / align * align;
      t->size = off;
      t->align = align;
      setWords(t);
      for (Field& f : t->fields) {
        if (!f.type->hasPointers()) continue;
        int64_t base = f.offset / 8;
        for (size_t w = 0; w < f.type->ptrmask.size(); w++)
          if (f.type->ptrmask[w]) t->ptrmask[size_t(base) + w] = true;
      }
      return true;
    }
    default:
      if (t->isNamed() && t->underlying != t) {
        Type* u = t->underlying;
        if (!u || u->size < 0) return false;
        t->size = u->size;
        t->align = u->align;
        t->ptrmask = u->ptrmask;
        t->fields = u->fields;  // offsets
        return true;
      }
      return true;  // basic types are laid out at creation
  }
}

static void register_(Type* t, bool needsLayout) {
  registry().push_back(t);
  if (needsLayout) {
    t->size = -1;
    if (!computeLayout(t)) pendingLayouts().push_back(t);
  }
}

Basics::Basics() {
  auto set = [&](Kind k, int64_t size, int64_t align, const char* name) {
    t[size_t(k)] = mkBasic(k, size, align, name);
  };
  set(Kind::Invalid, 8, 8, "");
  t[size_t(Kind::Invalid)]->name = "";
  set(Kind::Bool, 1, 1, "bool");
  set(Kind::Int, 8, 8, "int");
  set(Kind::Int8, 1, 1, "int8");
  set(Kind::Int16, 2, 2, "int16");
  set(Kind::Int32, 4, 4, "int32");
  set(Kind::Int64, 8, 8, "int64");
  set(Kind::Uint, 8, 8, "uint");
  set(Kind::Uint8, 1, 1, "uint8");
  set(Kind::Uint16, 2, 2, "uint16");
  set(Kind::Uint32, 4, 4, "uint32");
  set(Kind::Uint64, 8, 8, "uint64");
  set(Kind::Uintptr, 8, 8, "uintptr");
  set(Kind::Float32, 4, 4, "float32");
  set(Kind::Float64, 8, 8, "float64");
  set(Kind::Complex64, 8, 4, "complex64");
  set(Kind::Complex128, 16, 8, "complex128");
  set(Kind::String, 16, 8, "string");
  set(Kind::UnsafePointer, 8, 8, "Pointer");
  t[size_t(Kind::UnsafePointer)]->pkg = "unsafe";
  // Untyped kinds are unnamed (they print as "untyped int" etc.).
  set(Kind::UntypedBool, 1, 1, "");
  set(Kind::UntypedInt, 8, 8, "");
  set(Kind::UntypedRune, 4, 4, "");
  set(Kind::UntypedFloat, 8, 8, "");
  set(Kind::UntypedString, 16, 8, "");
  set(Kind::UntypedNil, 8, 8, "");
}

namespace types {
Type* Invalid() { return basics().t[size_t(Kind::Invalid)]; }
Type* Bool() { return basics().t[size_t(Kind::Bool)]; }
Type* Int() { return basics().t[size_t(Kind::Int)]; }
Type* Int8() { return basics().t[size_t(Kind::Int8)]; }
Type* Int16() { return basics().t[size_t(Kind::Int16)]; }
Type* Int32() { return basics().t[size_t(Kind::Int32)]; }
Type* Int64() { return basics().t[size_t(Kind::Int64)]; }
Type* Uint() { return basics().t[size_t(Kind::Uint)]; }
Type* Uint8() { return basics().t[size_t(Kind::Uint8)]; }
Type* Uint16() { return basics().t[size_t(Kind::Uint16)]; }
Type* Uint32() { return basics().t[size_t(Kind::Uint32)]; }
Type* Uint64() { return basics().t[size_t(Kind::Uint64)]; }
Type* Uintptr() { return basics().t[size_t(Kind::Uintptr)]; }
Type* Float32() { return basics().t[size_t(Kind::Float32)]; }
Type* Float64() { return basics().t[size_t(Kind::Float64)]; }
Type* Complex64() { return basics().t[size_t(Kind::Complex64)]; }
Type* Complex128() { return basics().t[size_t(Kind::Complex128)]; }
Type* String() { return basics().t[size_t(Kind::String)]; }
Type* UnsafePointer() { return basics().t[size_t(Kind::UnsafePointer)]; }
Type* UntypedBool() { return basics().t[size_t(Kind::UntypedBool)]; }
Type* UntypedInt() { return basics().t[size_t(Kind::UntypedInt)]; }
Type* UntypedRune() { return basics().t[size_t(Kind::UntypedRune)]; }
Type* UntypedFloat() { return basics().t[size_t(Kind::UntypedFloat)]; }
Type* UntypedString() { return basics().t[size_t(Kind::UntypedString)]; }
Type* UntypedNil() { return basics().t[size_t(Kind::UntypedNil)]; }

Type* basic(Kind k) {
  if (size_t(k) > size_t(Kind::UntypedNil)) return nullptr;
  if (k >= Kind::Array && k <= Kind::Chan) return nullptr;
  return basics().t[size_t(k)];
}

Type* AnyType() {
  Basics& b = basics();
  if (!b.any) b.any = newInterface({});
  return b.any;
}

Type* ErrorType() {
  Basics& b = basics();
  if (!b.error) {
    Type* sig = newFunc({}, {String()}, false);
    Method m;
    m.name = "Error";
    m.type = sig;
    Type* u = newInterface({m});
    b.error = newNamed("error", "", u);
  }
  return b.error;
}

static Kind uk(const Type* t) { return t && t->underlying ? t->underlying->kind : Kind::Invalid; }

bool isBoolean(const Type* t) { Kind k = uk(t); return k == Kind::Bool || k == Kind::UntypedBool; }
bool isInteger(const Type* t) {
  Kind k = uk(t);
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}
bool isUnsigned(const Type* t) { Kind k = uk(t); return k >= Kind::Uint && k <= Kind::Uintptr; }
bool isFloat(const Type* t) {
  Kind k = uk(t);
  return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat;
}
bool isComplex(const Type* t) { Kind k = uk(t); return k == Kind::Complex64 || k == Kind::Complex128; }
bool isNumeric(const Type* t) { return isInteger(t) || isFloat(t) || isComplex(t); }
bool isString(const Type* t) { Kind k = uk(t); return k == Kind::String || k == Kind::UntypedString; }
bool isConstType(const Type* t) { return isBoolean(t) || isNumeric(t) || isString(t); }
bool isOrdered(const Type* t) { return isInteger(t) || isFloat(t) || isString(t); }
bool isUntyped(const Type* t) {
  Kind k = t ? t->kind : Kind::Invalid;
  return k >= Kind::UntypedBool && k <= Kind::UntypedNil;
}
bool isTyped(const Type* t) { return t && !isUntyped(t); }
bool isBasic(const Type* t) {
  Kind k = uk(t);
  return (k >= Kind::Bool && k <= Kind::UnsafePointer) || (k >= Kind::UntypedBool && k <= Kind::UntypedNil);
}
bool isInterface(const Type* t) { return uk(t) == Kind::Interface; }
bool isPointer(const Type* t) { return uk(t) == Kind::Pointer; }
bool isTuple(const Type* t) { return t && t->kind == Kind::Tuple; }
bool hasNil(const Type* t) {
  switch (uk(t)) {
    case Kind::Pointer: case Kind::Slice: case Kind::Map: case Kind::Chan: case Kind::Func:
    case Kind::Interface: case Kind::UnsafePointer: case Kind::UntypedNil:
      return true;
    default:
      return false;
  }
}
// go/types comparable: `seen` cuts the cycles of invalid recursive types
// (already reported by the checker).
static bool comparableSeen(const Type* t, std::vector<const Type*>& seen) {
  const Type* u = t ? t->underlying : nullptr;
  if (!u) return false;
  if (std::find(seen.begin(), seen.end(), t) != seen.end()) return true;
  seen.push_back(t);
  bool r = true;
  switch (u->kind) {
    case Kind::Slice: case Kind::Map: case Kind::Func: case Kind::Tuple: case Kind::Invalid:
      r = false;
      break;
    case Kind::Array:
      r = comparableSeen(u->elem, seen);
      break;
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (!comparableSeen(f.type, seen)) {
          r = false;
          break;
        }
      break;
    default:
      break;
  }
  seen.pop_back();
  return r;
}
bool comparable(const Type* t) {
  std::vector<const Type*> seen;
  return comparableSeen(t, seen);
}
bool hasName(const Type* t) {
  if (!t) return false;
  if (t->isNamed()) return true;
  return t->kind >= Kind::Bool && t->kind <= Kind::UnsafePointer;
}
Type* defaultType(Type* t) {
  if (!t) return t;
  switch (t->kind) {
    case Kind::UntypedBool: return Bool();
    case Kind::UntypedInt: return Int();
    case Kind::UntypedRune: return Int32();
    case Kind::UntypedFloat: return Float64();
    case Kind::UntypedString: return String();
    default: return t;
  }
}
}  // namespace types

// --- constructors ------------------------------------------------------------

static Type* lookupCanon(const std::string& key) {
  auto it = canon().find(key);
  return it == canon().end() ? nullptr : it->second;
}

static uint32_t th(const Type* t) { return t ? t->hash : 0; }

Type* newPointer(Type* elem) {
  if (elem->ptrToThis) return elem->ptrToThis;
  Type* t = new Type;
  t->kind = Kind::Pointer;
  t->elem = elem;
  t->hash = mix(0x50000001u, th(elem));
  elem->ptrToThis = t;
  register_(t, true);
  return t;
}

Type* newSlice(Type* elem) {
  std::string key = "S" + ptrKey(elem);
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Slice;
  t->elem = elem;
  t->hash = mix(0x51000003u, th(elem));
  canon()[key] = t;
  register_(t, true);
  return t;
}

Type* newArray(Type* elem, int64_t len) {
  std::string key = "A" + std::to_string(len) + ptrKey(elem);
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Array;
  t->elem = elem;
  t->len = len;
  t->hash = mix(mix(0x52000005u, th(elem)), uint32_t(len));
  canon()[key] = t;
  register_(t, true);
  return t;
}

Type* newMap(Type* key, Type* value) {
  std::string k = "M" + ptrKey(key) + "," + ptrKey(value);
  if (Type* t = lookupCanon(k)) return t;
  Type* t = new Type;
  t->kind = Kind::Map;
  t->key = key;
  t->elem = value;
  t->hash = mix(mix(0x53000007u, th(key)), th(value));
  canon()[k] = t;
  register_(t, true);
  return t;
}

Type* newChan(Type* elem, ChanDir dir) {
  std::string key = "C" + std::to_string(int(dir)) + ptrKey(elem);
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Chan;
  t->elem = elem;
  t->dir = dir;
  t->hash = mix(mix(0x54000009u, th(elem)), uint32_t(dir));
  canon()[key] = t;
  register_(t, true);
  return t;
}

Type* newFunc(const std::vector<Type*>& params, const std::vector<Type*>& results, bool variadic) {
  std::string key = variadic ? "FV(" : "F(";
  uint32_t h = variadic ? 0x5500000bu : 0x5500000du;
  for (Type* p : params) {
    key += ptrKey(p) + ",";
    h = mix(h, th(p));
  }
  key += ")(";
  h = mix(h, 0x77u);
  for (Type* r : results) {
    key += ptrKey(r) + ",";
    h = mix(h, th(r));
  }
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Func;
  t->params = params;
  t->results = results;
  t->variadic = variadic;
  t->hash = h;
  canon()[key] = t;
  register_(t, true);
  return t;
}

Type* newTuple(const std::vector<Type*>& elems) {
  std::string key = "T(";
  uint32_t h = 0x5600000fu;
  for (Type* p : elems) {
    key += ptrKey(p) + ",";
    h = mix(h, th(p));
  }
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Tuple;
  t->params = elems;
  t->hash = h;
  canon()[key] = t;
  register_(t, true);
  return t;
}

static bool exportedName(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

Type* newStruct(const std::vector<Field>& fields, const std::string& pkgPath) {
  std::string key = "St{";
  uint32_t h = 0x57000011u;
  bool anyUnexported = false;
  for (const Field& f : fields) {
    key += f.name + (f.embedded ? "!" : ":") + ptrKey(f.type);
    if (!f.tag.empty()) key += "`" + std::to_string(f.tag.size()) + ":" + f.tag;  // (tags are part of identity)
    key += ";";
    h = mix(mix(h, fnv(f.name)), th(f.type));
    if (!exportedName(f.name)) anyUnexported = true;
  }
  key += "}";
  if (anyUnexported) key += pkgPath;
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Struct;
  t->fields = fields;
  for (Field& f : t->fields) f.exported = exportedName(f.name);
  t->hash = h;
  canon()[key] = t;
  register_(t, true);
  return t;
}

Type* newInterface(std::vector<Method> methods, const std::string& pkgPath) {
  std::sort(methods.begin(), methods.end(),
            [](const Method& a, const Method& b) { return a.name < b.name; });
  std::string key = "I{";
  uint32_t h = 0x58000013u;
  bool anyUnexported = false;
  for (const Method& m : methods) {
    key += m.name + ":" + ptrKey(m.type) + ";";
    h = mix(mix(h, fnv(m.name)), th(m.type));
    if (!exportedName(m.name)) anyUnexported = true;
  }
  key += "}";
  if (anyUnexported) key += pkgPath;
  if (Type* t = lookupCanon(key)) return t;
  Type* t = new Type;
  t->kind = Kind::Interface;
  t->methods = std::move(methods);
  for (Method& m : t->methods) {
    m.fn = nullptr;
    m.ptrRecv = false;
    m.path.clear();
  }
  t->hash = h;
  canon()[key] = t;
  register_(t, true);
  return t;
}

Type* newNamed(const std::string& name, const std::string& pkg, Type* underlying) {
  static std::map<std::string, int> seen;  // same-named types (locals) get distinct hashes
  Type* t = new Type;
  t->name = name;
  t->pkg = pkg;
  t->kind = Kind::Invalid;
  t->underlying = nullptr;
  std::string qn = pkg + "." + name;
  int n = seen[qn]++;
  t->hash = mix(fnv(qn), uint32_t(n));
  registry().push_back(t);
  t->size = -1;
  if (underlying) setUnderlying(t, underlying);
  else pendingLayouts().push_back(t);
  return t;
}

void setUnderlying(Type* t, Type* u) {
  if (u->underlying && u->underlying != u) u = u->underlying;
  t->underlying = u;
  t->kind = u->kind;
  t->elem = u->elem;
  t->key = u->key;
  t->len = u->len;
  t->dir = u->dir;
  t->fields = u->fields;
  t->params = u->params;
  t->results = u->results;
  t->variadic = u->variadic;
  if (u->kind == Kind::Interface) t->methods = u->methods;
  t->size = -1;
  if (!computeLayout(t)) {
    if (std::find(pendingLayouts().begin(), pendingLayouts().end(), t) == pendingLayouts().end())
      pendingLayouts().push_back(t);
  }
}

static bool ensureLayout(Type* t, std::set<Type*>& visiting) {
  if (t->size >= 0) return true;
  if (visiting.count(t)) return false;
  visiting.insert(t);
  bool ok = true;
  if (t->isNamed()) {
    if (!t->underlying || t->underlying == t) ok = false;
    else ok = ensureLayout(t->underlying, visiting);
  } else if (t->kind == Kind::Array) {
    ok = t->elem && ensureLayout(t->elem, visiting);
  } else if (t->kind == Kind::Struct) {
    for (Field& f : t->fields) ok = ok && f.type && ensureLayout(f.type, visiting);
  }
  visiting.erase(t);
  if (!ok) return false;
  if (t->isNamed()) {
    // refresh copies of a struct's fields (offsets now known)
    t->fields = t->underlying->fields;
  }
  return computeLayout(t);
}

bool completeLayouts() {
  bool ok = true;
  std::vector<Type*> pend;
  pend.swap(pendingLayouts());
  for (Type* t : pend) {
    std::set<Type*> visiting;
    if (!ensureLayout(t, visiting)) {
      ok = false;
      t->size = 8;  // keep going with something sane
      t->align = 8;
      t->ptrmask.assign(1, false);
    }
  }
  // Named types whose underlying was laid out later: refresh their field copies.
  for (Type* t : pend)
    if (t->isNamed() && t->underlying && t->underlying != t) {
      t->fields = t->underlying->fields;
      t->size = t->underlying->size;
      t->align = t->underlying->align;
      t->ptrmask = t->underlying->ptrmask;
    }
  return ok;
}

const std::vector<Type*>& allTypes() { return registry(); }

// --- methods --------------------------------------------------------------------

void addMethod(Type* named, Object* fn, Type* sig, bool ptrRecv) {
  auto& v = declMethods()[named];
  DeclMethod d;
  d.name = fn->name;
  d.obj = fn;
  d.sig = sig;
  d.ptrRecv = ptrRecv;
  auto it = std::lower_bound(v.begin(), v.end(), d.name,
                             [](const DeclMethod& a, const std::string& n) { return a.name < n; });
  v.insert(it, d);
  if (!ptrRecv) {
    Method m;
    m.name = fn->name;
    m.type = sig;
    auto& ms = named->methods;
    auto jt = std::lower_bound(ms.begin(), ms.end(), m.name,
                               [](const Method& a, const std::string& n) { return a.name < n; });
    if (jt == ms.end() || jt->name != m.name) ms.insert(jt, m);
  }
}

static const DeclMethod* findDecl(const Type* t, const std::string& name, bool fold) {
  auto it = declMethods().find(t);
  if (it == declMethods().end()) return nullptr;
  for (const DeclMethod& d : it->second) {
    if (d.name == name) return &d;
    if (fold && d.name.size() == name.size() &&
        std::equal(d.name.begin(), d.name.end(), name.begin(),
                   [](char a, char b) { return std::tolower(a) == std::tolower(b); }))
      return &d;
  }
  return nullptr;
}

Object* declaredMethod(const Type* t, const std::string& name) {
  if (t && t->underlying && t->underlying->kind == Kind::Interface) {
    auto it = ifaceMethodObjs().find({t->underlying, name});
    if (it != ifaceMethodObjs().end()) return it->second;
    return nullptr;
  }
  const DeclMethod* d = findDecl(t, name, false);
  return d ? d->obj : nullptr;
}

void setInterfaceMethodObj(const Type* iface, const std::string& name, Object* fn) {
  ifaceMethodObjs()[{iface->underlying ? iface->underlying : iface, name}] = fn;
}

// --- lookup (Go spec: Selectors; go/types lookupFieldOrMethod) -------------------

namespace {
struct Embedded {
  Type* typ;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

bool foldEq(const std::string& a, const std::string& b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(),
                    [](char x, char y) { return std::tolower(x) == std::tolower(y); });
}

Type* derefUnnamed(Type* t, bool* isPtr) {
  if (t && !t->isNamed() && t->kind == Kind::Pointer) {
    *isPtr = true;
    return t->elem;
  }
  *isPtr = false;
  return t;
}

Selection lookupImpl(Type* T, const std::string& name, bool fold, std::string* foundName) {
  Selection res;
  if (!T || name == "_") return res;
  // A named pointer type has the fields of its base but no methods.
  if (T->isNamed() && T->underlying && T->underlying->kind == Kind::Pointer) {
    Selection s = lookupImpl(T->underlying, name, fold, foundName);
    if (s.kind == Selection::K::Method) return Selection{};
    return s;
  }
  bool isPtr = false;
  Type* typ = derefUnnamed(T, &isPtr);
  if (isPtr && typ && typ->underlying && typ->underlying->kind == Kind::Interface) return res;

  auto match = [&](const std::string& n) { return fold ? foldEq(n, name) : n == name; };

  std::vector<Embedded> current{{typ, {}, isPtr, false}};
  std::set<const Type*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    bool found = false;
    for (Embedded& e : current) {
      Type* t = e.typ;
      if (!t || !t->underlying) continue;
      if (t->isNamed()) {
        if (seen.count(t)) continue;
        seen.insert(t);
        if (const DeclMethod* d = findDecl(t, name, fold)) {
          if (found || e.multiples) {
            res = Selection{};
            res.kind = Selection::K::Ambiguous;
            return res;
          }
          found = true;
          res.kind = Selection::K::Method;
          res.path = e.index;
          res.indirect = e.indirect;
          res.type = d->sig;
          res.obj = d->obj;
          res.ptrRecv = d->ptrRecv;
          res.recvBase = t;
          res.exported = exportedName(d->name);
          if (foundName) *foundName = d->name;
          continue;
        }
      }
      Type* u = t->underlying;
      if (u->kind == Kind::Struct) {
        for (size_t i = 0; i < u->fields.size(); i++) {
          const Field& f = u->fields[i];
          if (match(f.name)) {
            if (found || e.multiples) {
              res = Selection{};
              res.kind = Selection::K::Ambiguous;
              return res;
            }
            found = true;
            res.kind = Selection::K::Field;
            res.path = e.index;
            res.path.push_back(int(i));
            res.indirect = e.indirect;
            res.type = f.type;
            res.recvBase = t;
            res.exported = exportedName(f.name);
            if (foundName) *foundName = f.name;
            continue;
          }
          if (!found && f.embedded) {
            bool p = false;
            Type* ft = derefUnnamed(f.type, &p);
            std::vector<int> idx = e.index;
            idx.push_back(int(i));
            next.push_back({ft, idx, e.indirect || p, e.multiples});
          }
        }
      } else if (u->kind == Kind::Interface) {
        for (const Method& m : u->methods) {
          if (!match(m.name)) continue;
          if (found || e.multiples) {
            res = Selection{};
            res.kind = Selection::K::Ambiguous;
            return res;
          }
          found = true;
          res.kind = Selection::K::Method;
          res.path = e.index;
          res.indirect = e.indirect;
          res.type = m.type;
          auto it = ifaceMethodObjs().find({u, m.name});
          res.obj = it == ifaceMethodObjs().end() ? nullptr : it->second;
          res.ifaceMethod = true;
          res.recvBase = t;
          res.exported = exportedName(m.name);
          if (foundName) *foundName = m.name;
          break;
        }
      }
    }
    if (found) return res;
    // consolidate multiples: the same type reached twice at one depth
    std::vector<Embedded> merged;
    for (Embedded& e : next) {
      bool dup = false;
      for (Embedded& m : merged)
        if (m.typ == e.typ) {
          m.multiples = true;
          dup = true;
          break;
        }
      if (!dup) merged.push_back(e);
    }
    current.swap(merged);
  }
  return res;
}
}  // namespace

Selection lookupFieldOrMethod(Type* T, const std::string& name) {
  return lookupImpl(T, name, false, nullptr);
}

Selection lookupFieldOrMethodFold(Type* T, const std::string& name, std::string* found) {
  return lookupImpl(T, name, true, found);
}

// --- method sets (Go spec: Method sets) ------------------------------------------

static void collectNames(Type* t, std::set<std::string>& names, std::set<const Type*>& seen) {
  if (!t || !t->underlying) return;
  bool p;
  t = derefUnnamed(t, &p);
  if (!t || !t->underlying || seen.count(t)) return;
  seen.insert(t);
  if (t->isNamed()) {
    auto it = declMethods().find(t);
    if (it != declMethods().end())
      for (auto& d : it->second) names.insert(d.name);
  }
  Type* u = t->underlying;
  if (u->kind == Kind::Interface) {
    for (auto& m : u->methods) names.insert(m.name);
  } else if (u->kind == Kind::Struct) {
    for (auto& f : u->fields)
      if (f.embedded) collectNames(f.type, names, seen);
  }
}

static void setMethods(Type* t, std::vector<Method> ms) {
  // keep compiled implementations of entries that did not change
  for (Method& m : ms)
    for (const Method& old : t->methods)
      if (old.name == m.name && old.path == m.path && old.ptrRecv == m.ptrRecv && old.type == m.type)
        m.fn = old.fn;
  t->methods = std::move(ms);
}

void computeMethodSets() {
  size_t n = registry().size();
  for (size_t i = 0; i < n; i++) {
    Type* t = registry()[i];
    if (!t->underlying || t->kind == Kind::Interface || t->kind == Kind::Tuple) continue;
    bool candidate = false;
    if (t->isNamed() && !t->pkg.empty()) candidate = true;
    else if (!t->isNamed() && t->kind == Kind::Struct)
      for (auto& f : t->fields)
        if (f.embedded) candidate = true;
    if (!candidate) continue;
    if (t->underlying->kind == Kind::Pointer) continue;  // named pointer types: no methods
    std::set<std::string> names;
    std::set<const Type*> seen;
    collectNames(t, names, seen);
    if (names.empty()) continue;
    std::vector<Method> vals, ptrs;
    Type* pt = newPointer(t);
    for (const std::string& name : names) {
      Selection s = lookupFieldOrMethod(t, name);
      if (s.kind == Selection::K::Method) {
        Method m;
        m.name = name;
        m.type = s.type;
        m.ptrRecv = s.ptrRecv;
        m.path = s.path;
        if (!(s.ptrRecv && !s.indirect) || s.ifaceMethod) vals.push_back(m);
      }
      Selection ps = lookupFieldOrMethod(pt, name);
      if (ps.kind == Selection::K::Method) {
        Method m;
        m.name = name;
        m.type = ps.type;
        m.ptrRecv = ps.ptrRecv;
        m.path = ps.path;
        ptrs.push_back(m);
      }
    }
    setMethods(t, std::move(vals));
    setMethods(pt, std::move(ptrs));
  }
}

// --- relations --------------------------------------------------------------------

bool identical(const Type* a, const Type* b) { return a == b; }

bool assignableTo(Type* V, Type* T) {
  using namespace types;
  if (!V || !T) return false;
  if (V == T) return true;
  if (V->kind == Kind::Invalid || T->kind == Kind::Invalid) return true;
  Type* Vu = V->underlying;
  Type* Tu = T->underlying;
  if (isUntyped(V)) {
    switch (V->kind) {
      case Kind::UntypedNil: return hasNil(T);
      case Kind::UntypedBool:
        if (Tu->kind == Kind::Interface) return implements(Bool(), T);
        return Tu->kind == Kind::Bool;
      case Kind::UntypedString:
        if (Tu->kind == Kind::Interface) return implements(String(), T);
        return Tu->kind == Kind::String;
      default:
        if (Tu->kind == Kind::Interface) return implements(defaultType(V), T);
        return isNumeric(Tu);
    }
  }
  if (Vu == Tu && (!hasName(V) || !hasName(T))) return true;
  if (Tu->kind == Kind::Interface) return implements(V, T);
  if (Vu->kind == Kind::Chan && Vu->dir == ChanDir::Both && Tu->kind == Kind::Chan &&
      Vu->elem == Tu->elem)
    return !hasName(V) || !hasName(T);
  return false;
}

bool identicalIgnoreTags(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind != b->kind || a->isNamed() || b->isNamed()) return false;
  switch (a->kind) {
    case Kind::Struct:
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); i++) {
        const Field &x = a->fields[i], &y = b->fields[i];
        // (unexported names of different packages would differ: goro's
        // types do not record the package, so such structs pass here)
        if (x.name != y.name || x.embedded != y.embedded || !identicalIgnoreTags(x.type, y.type)) return false;
      }
      return true;
    case Kind::Pointer: case Kind::Slice:
      return identicalIgnoreTags(a->elem, b->elem);
    case Kind::Array:
      return a->len == b->len && identicalIgnoreTags(a->elem, b->elem);
    case Kind::Map:
      return identicalIgnoreTags(a->key, b->key) && identicalIgnoreTags(a->elem, b->elem);
    case Kind::Chan:
      return a->dir == b->dir && identicalIgnoreTags(a->elem, b->elem);
    case Kind::Func:
    case Kind::Tuple:
      if (a->params.size() != b->params.size() || a->results.size() != b->results.size() ||
          a->variadic != b->variadic)
        return false;
      for (size_t i = 0; i < a->params.size(); i++)
        if (!identicalIgnoreTags(a->params[i], b->params[i])) return false;
      for (size_t i = 0; i < a->results.size(); i++)
        if (!identicalIgnoreTags(a->results[i], b->results[i])) return false;
      return true;
    default:
      return false;  // (interfaces: identical only when canonical-equal)
  }
}

bool convertibleTo(Type* V, Type* T) {
  using namespace types;
  if (assignableTo(V, T)) return true;
  Type* Vu = V->underlying;
  Type* Tu = T->underlying;
  // Go spec: identical underlying types ignoring struct tags; unnamed
  // pointers whose base types' underlying types are, ignoring tags.
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (!V->isNamed() && !T->isNamed() && Vu->kind == Kind::Pointer && Tu->kind == Kind::Pointer &&
      identicalIgnoreTags(Vu->elem->underlying, Tu->elem->underlying))
    return true;
  if ((isInteger(Vu) || isFloat(Vu)) && (isInteger(Tu) || isFloat(Tu))) return true;
  if (isComplex(Vu) && isComplex(Tu)) return true;
  if (isString(Tu)) {
    if (isInteger(Vu)) return true;
    if (Vu->kind == Kind::Slice) {
      Kind ek = Vu->elem->underlying->kind;
      if (ek == Kind::Uint8 || ek == Kind::Int32) return true;
    }
  }
  if (isString(Vu) && Tu->kind == Kind::Slice) {
    Kind ek = Tu->elem->underlying->kind;
    if (ek == Kind::Uint8 || ek == Kind::Int32) return true;
  }
  // Go 1.17: slice to array pointer
  if (Vu->kind == Kind::Slice && Tu->kind == Kind::Pointer && Tu->elem->underlying->kind == Kind::Array &&
      Tu->elem->underlying->elem == Vu->elem)
    return true;
  if (Vu->kind == Kind::UnsafePointer && (Tu->kind == Kind::Pointer || Tu->kind == Kind::Uintptr))
    return true;
  if (Tu->kind == Kind::UnsafePointer && (Vu->kind == Kind::Pointer || Vu->kind == Kind::Uintptr))
    return true;
  return false;
}

bool implements(Type* T, Type* iface, MissingMethod* missing) {
  if (!T || !iface || !iface->underlying || iface->underlying->kind != Kind::Interface) return false;
  if (T->kind == Kind::Invalid) return true;
  Type* I = iface->underlying;
  if (I->methods.empty()) return true;
  auto fail = [&](MissingMethod::Why why, const Method& m, const std::string& alt, Type* have) {
    if (missing) {
      missing->why = why;
      missing->name = m.name;
      missing->want = m.type;
      missing->altName = alt;
      missing->have = have;
    }
    return false;
  };
  if (T->underlying && T->underlying->kind == Kind::Interface) {
    const auto& tm = T->underlying->methods;
    for (const Method& m : I->methods) {
      const Method* f = nullptr;
      for (const Method& x : tm)
        if (x.name == m.name) f = &x;
      if (!f) {
        for (const Method& x : tm)
          if (foldEq(x.name, m.name)) return fail(MissingMethod::Why::WrongCase, m, x.name, x.type);
        return fail(MissingMethod::Why::Missing, m, "", nullptr);
      }
      if (f->type != m.type) return fail(MissingMethod::Why::WrongType, m, f->name, f->type);
    }
    return true;
  }
  for (const Method& m : I->methods) {
    Selection s = lookupFieldOrMethod(T, m.name);
    if (s.kind == Selection::K::Method) {
      if (s.ptrRecv && !s.indirect && !s.ifaceMethod) {
        if (s.type == m.type) return fail(MissingMethod::Why::PtrRecv, m, m.name, s.type);
        return fail(MissingMethod::Why::WrongType, m, m.name, s.type);
      }
      if (s.type != m.type) return fail(MissingMethod::Why::WrongType, m, m.name, s.type);
      continue;
    }
    if (s.kind == Selection::K::NotFound) {
      std::string fname;
      Selection f = lookupFieldOrMethodFold(T, m.name, &fname);
      if (f.kind == Selection::K::Method) return fail(MissingMethod::Why::WrongCase, m, fname, f.type);
    }
    return fail(MissingMethod::Why::Missing, m, "", nullptr);
  }
  return true;
}

// --- printing -----------------------------------------------------------------------

static const char* basicNameGo(Kind k) {
  switch (k) {
    case Kind::UntypedBool: return "untyped bool";
    case Kind::UntypedInt: return "untyped int";
    case Kind::UntypedRune: return "untyped rune";
    case Kind::UntypedFloat: return "untyped float";
    case Kind::UntypedString: return "untyped string";
    case Kind::UntypedNil: return "untyped nil";
    case Kind::Invalid: return "invalid type";
    default: return nullptr;
  }
}

std::string TypePrinter::signature(const Type* f) const {
  std::string out = "(";
  for (size_t i = 0; i < f->params.size(); i++) {
    if (i) out += ", ";
    const Type* p = f->params[i];
    if (f->variadic && i + 1 == f->params.size() && p && p->underlying &&
        p->underlying->kind == Kind::Slice) {
      out += "...";
      out += str(p->underlying->elem);
    } else {
      out += str(p);
    }
  }
  out += ')';
  if (f->results.size() == 1) {
    out += ' ';
    out += str(f->results[0]);
  } else if (f->results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < f->results.size(); i++) {
      if (i) out += ", ";
      out += str(f->results[i]);
    }
    out += ')';
  }
  return out;
}

std::string TypePrinter::str(const Type* t, const ast::Expr* spelled) const {
  using EK = ast::ExprKind;
  while (spelled && spelled->kind == EK::Paren) spelled = static_cast<const ast::ParenExpr*>(spelled)->x;
  if (!t || !spelled || (t->isNamed() && t != types::Uint8() && t != types::Int32())) return str(t);
  switch (spelled->kind) {
    case EK::Ident: {
      const std::string& n = static_cast<const ast::Ident*>(spelled)->name;
      if (t == types::Uint8() && (n == "byte" || n == "uint8")) return n;
      if (t == types::Int32() && (n == "rune" || n == "int32")) return n;
      if (n == "any" && t->kind == Kind::Interface && t->methods.empty()) return n;
      break;
    }
    case EK::InterfaceType:
      if (t->kind == Kind::Interface && t->methods.empty()) return "interface{}";
      break;
    case EK::Star:
      if (t->kind == Kind::Pointer) return "*" + str(t->elem, static_cast<const ast::StarExpr*>(spelled)->x);
      break;
    case EK::Ellipsis:  // a variadic parameter: its type is []elem
      if (t->kind == Kind::Slice) return "[]" + str(t->elem, static_cast<const ast::EllipsisExpr*>(spelled)->elem);
      break;
    case EK::ArrayType: {
      auto* a = static_cast<const ast::ArrayTypeExpr*>(spelled);
      if (t->kind == Kind::Slice && !a->len && !a->ellipsisLen) return "[]" + str(t->elem, a->elem);
      if (t->kind == Kind::Array && (a->len || a->ellipsisLen))
        return "[" + std::to_string(t->len) + "]" + str(t->elem, a->elem);
      break;
    }
    case EK::MapType:
      if (t->kind == Kind::Map) {
        auto* m = static_cast<const ast::MapTypeExpr*>(spelled);
        return "map[" + str(t->key, m->key) + "]" + str(t->elem, m->value);
      }
      break;
    case EK::ChanType:
      if (t->kind == Kind::Chan) return chanStr(t, str(t->elem, static_cast<const ast::ChanTypeExpr*>(spelled)->value));
      break;
    default:
      break;
  }
  return str(t);
}

// "chan E", "<-chan E", "chan<- E", with E (t's element, printed) in
// parentheses where go/types puts them: chan (<-chan int).
std::string TypePrinter::chanStr(const Type* t, const std::string& elem) const {
  std::string s = t->dir == ChanDir::Recv ? "<-chan " : t->dir == ChanDir::Send ? "chan<- " : "chan ";
  const Type* e = t->elem;
  bool paren = t->dir == ChanDir::Both && e && !e->isNamed() && e->kind == Kind::Chan && e->dir == ChanDir::Recv;
  return s + (paren ? "(" + elem + ")" : elem);
}

std::string TypePrinter::str(const Type* t) const {
  if (!t) return "<nil>";
  if (const char* b = basicNameGo(t->kind)) {
    if (!t->isNamed()) return b;
  }
  if (t->isNamed()) {
    if (t == types::Uint8() && byteForUint8) return "byte";
    if (t == types::Int32() && runeForInt32) return "rune";
    if (t->pkg.empty() || t->pkg == curPkg) return t->name;
    return t->pkg + "." + t->name;
  }
  switch (t->kind) {
    case Kind::Pointer: return "*" + str(t->elem);
    case Kind::Slice: return "[]" + str(t->elem);
    case Kind::Array: return "[" + std::to_string(t->len) + "]" + str(t->elem);
    case Kind::Map: return "map[" + str(t->key) + "]" + str(t->elem);
    case Kind::Chan: return chanStr(t, str(t->elem));
    case Kind::Func: return "func" + signature(t);
    case Kind::Struct: {
      std::string s = "struct{";
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) s += "; ";
        const Field& f = t->fields[i];
        if (!f.embedded) s += f.name + " ";
        s += str(f.type);
        if (!f.tag.empty()) s += " " + goQuote(f.tag);
      }
      return s + "}";
    }
    case Kind::Interface: {
      if (t->methods.empty()) return anyForEmpty ? "any" : "interface{}";
      std::string s = "interface{";
      for (size_t i = 0; i < t->methods.size(); i++) {
        if (i) s += "; ";
        s += t->methods[i].name;
        s += t->methods[i].type ? signature(t->methods[i].type) : "()";
      }
      return s + "}";
    }
    case Kind::Tuple: {
      std::string s = "(";
      for (size_t i = 0; i < t->params.size(); i++) {
        if (i) s += ", ";
        s += str(t->params[i]);
      }
      return s + ")";
    }
    default:
      return "invalid type";
  }
}

}  // namespace goro
