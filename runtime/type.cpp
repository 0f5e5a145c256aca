// runtime/type.cpp — Go's spelling of types (Type::str) and comparability.
//
// Type::str() prints what Go's %T and the runtime's panic messages print, which
// is the compiler's type string (reflect.Type.String()):
//   named types      pkg.Name ("main.Point", "fmt.Stringer"); predeclared ones
//                    bare ("int", "error"); byte and rune are uint8 and int32
//   *T []T [N]T map[K]V
//   chan T, <-chan T, chan<- T, and "chan (<-chan T)" (parenthesised so the
//                    arrow is not read as part of the outer chan)
//   func(int, ...string) (bool, error)   — one result bare, several in parens
//   struct {}, struct { X int; main.T; *main.U }  — embedded fields by type only
//   interface {}, interface { M(); main.m(int) }  — unexported methods are
//                    package-qualified (Method has no package: the interface's
//                    own pkg is used if it is named, else "main")
// Checker-only kinds print as go/types does ("untyped int", "(int, string)").
#include <cstdio>
#include <string>

#include "runtime/type.h"

namespace goro {

static const char* basicName(Kind k) {
  switch (k) {
    case Kind::Invalid: return "invalid type";
    case Kind::Bool: return "bool";
    case Kind::Int: return "int";
    case Kind::Int8: return "int8";
    case Kind::Int16: return "int16";
    case Kind::Int32: return "int32";
    case Kind::Int64: return "int64";
    case Kind::Uint: return "uint";
    case Kind::Uint8: return "uint8";
    case Kind::Uint16: return "uint16";
    case Kind::Uint32: return "uint32";
    case Kind::Uint64: return "uint64";
    case Kind::Uintptr: return "uintptr";
    case Kind::Float32: return "float32";
    case Kind::Float64: return "float64";
    case Kind::Complex64: return "complex64";
    case Kind::Complex128: return "complex128";
    case Kind::String: return "string";
    case Kind::UnsafePointer: return "unsafe.Pointer";
    case Kind::UntypedBool: return "untyped bool";
    case Kind::UntypedInt: return "untyped int";
    case Kind::UntypedRune: return "untyped rune";
    case Kind::UntypedFloat: return "untyped float";
    case Kind::UntypedString: return "untyped string";
    case Kind::UntypedNil: return "untyped nil";
    default: return nullptr;
  }
}

static bool isExportedName(const std::string& s) { return !s.empty() && s[0] >= 'A' && s[0] <= 'Z'; }

static void appendType(std::string& out, const Type* t);

// "(int, ...string) (bool, error)" — the part of a func type after "func".
static void appendSignature(std::string& out, const Type* f) {
  out += '(';
  for (size_t i = 0; i < f->params.size(); i++) {
    if (i) out += ", ";
    const Type* p = f->params[i];
    if (f->variadic && i + 1 == f->params.size() && p && p->underlying->kind == Kind::Slice) {
      out += "...";
      appendType(out, p->underlying->elem);
    } else {
      appendType(out, p);
    }
  }
  out += ')';
  if (f->results.size() == 1) {
    out += ' ';
    appendType(out, f->results[0]);
  } else if (f->results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < f->results.size(); i++) {
      if (i) out += ", ";
      appendType(out, f->results[i]);
    }
    out += ')';
  }
}

static void appendType(std::string& out, const Type* t) {
  if (!t) {
    out += "<nil>";
    return;
  }
  if (t->isNamed()) {
    if (t->pkg.empty()) {
      // Aliases of predeclared types print as what they alias.
      if (t->name == "byte" && t->kind == Kind::Uint8) out += "uint8";
      else if (t->name == "rune" && t->kind == Kind::Int32) out += "int32";
      else out += t->name;
    } else {
      out += t->pkg;
      out += '.';
      out += t->name;
    }
    return;
  }
  if (const char* b = basicName(t->kind)) {
    out += b;
    return;
  }
  switch (t->kind) {
    case Kind::Pointer:
      out += '*';
      appendType(out, t->elem);
      return;
    case Kind::Slice:
      out += "[]";
      appendType(out, t->elem);
      return;
    case Kind::Array:
      out += '[';
      out += std::to_string(t->len);
      out += ']';
      appendType(out, t->elem);
      return;
    case Kind::Map:
      out += "map[";
      appendType(out, t->key);
      out += ']';
      appendType(out, t->elem);
      return;
    case Kind::Chan: {
      if (t->dir == ChanDir::Recv) out += "<-chan ";
      else if (t->dir == ChanDir::Send) out += "chan<- ";
      else out += "chan ";
      const Type* e = t->elem;
      bool paren = t->dir == ChanDir::Both && e && !e->isNamed() && e->kind == Kind::Chan &&
                   e->dir == ChanDir::Recv;
      if (paren) out += '(';
      appendType(out, e);
      if (paren) out += ')';
      return;
    }
    case Kind::Func:
      out += "func";
      appendSignature(out, t);
      return;
    case Kind::Struct: {
      if (t->fields.empty()) {
        out += "struct {}";
        return;
      }
      out += "struct { ";
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) out += "; ";
        const Field& f = t->fields[i];
        if (!f.embedded) {
          out += f.name;
          out += ' ';
        }
        appendType(out, f.type);
        if (!f.tag.empty()) {
          out += ' ';
          out += goQuote(f.tag);
        }
      }
      out += " }";
      return;
    }
    case Kind::Interface: {
      if (t->methods.empty()) {
        out += "interface {}";
        return;
      }
      out += "interface { ";
      for (size_t i = 0; i < t->methods.size(); i++) {
        if (i) out += "; ";
        const Method& m = t->methods[i];
        if (!isExportedName(m.name)) {
          out += t->pkg.empty() ? "main" : t->pkg;
          out += '.';
        }
        out += m.name;
        if (m.type) appendSignature(out, m.type);
        else out += "()";
      }
      out += " }";
      return;
    }
    case Kind::Tuple: {
      out += '(';
      for (size_t i = 0; i < t->params.size(); i++) {
        if (i) out += ", ";
        appendType(out, t->params[i]);
      }
      out += ')';
      return;
    }
    default:
      out += "invalid type";
      return;
  }
}

std::string (*gQuoteHook)(const std::string& s) = nullptr;

std::string goQuote(const std::string& s) {
  if (gQuoteHook) return gQuoteHook(s);
  std::string out = "\"";
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\a': out += "\\a"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\v': out += "\\v"; break;
        default:
          if (c < 0x20 || c == 0x7f) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
          } else {
            out += char(c);
          }
      }
      i++;
      continue;
    }
    // multi-byte UTF-8: copy a valid sequence, escape invalid bytes
    int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
    bool valid = n > 0 && i + n <= s.size();
    for (int k = 1; valid && k < n; k++)
      if (((unsigned char)s[i + k] & 0xc0) != 0x80) valid = false;
    if (valid) {
      out.append(s, i, n);
      i += n;
    } else {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      i++;
    }
  }
  out += '"';
  return out;
}

std::string Type::str() const {
  std::string s;
  appendType(s, this);
  return s;
}

// Go spec: Comparison operators — slices, maps and functions are not
// comparable; structs and arrays are when their fields/elements are.
// Interfaces are (statically) comparable; comparing two whose dynamic type is
// not panics at run time (valuesEqual).
bool typeComparable(const Type* t) {
  const Type* u = t->underlying;
  switch (u->kind) {
    case Kind::Slice: case Kind::Map: case Kind::Func:
    case Kind::Invalid: case Kind::Tuple: case Kind::UntypedNil:
      return false;
    case Kind::Array:
      return typeComparable(u->elem);
    case Kind::Struct:
      for (const Field& f : u->fields)
        if (!typeComparable(f.type)) return false;
      return true;
    default:
      return true;
  }
}

}  // namespace goro
