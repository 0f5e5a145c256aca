// tests/unit/test_live.cpp — vm/check_live.cpp: which library functions a
// program can reach (the rest are declared but neither checked nor compiled),
// and that the whole library still checks and compiles.
#include <set>

#include "tests/unit/compile_test_util.h"

using namespace goro;
using goro::testutil::Compiled;

namespace {

// The declaration of function `name` (recvType empty) or method recvType.name
// of package `path`.
ast::FuncDecl* libFunc(const CheckedProgram& cp, const std::string& path, const std::string& name,
                       const std::string& recvType = "") {
  for (Package* p : cp.packages)
    if (p->path == path)
      for (ast::File* f : p->files)
        for (ast::FuncDecl* fd : f->funcs) {
          if (!fd->name || fd->name->name != name || bool(fd->recv) != !recvType.empty()) continue;
          if (!fd->recv) return fd;
          ast::Expr* t = fd->recv->list[0]->typeExpr;
          if (t->kind == ast::ExprKind::Star) t = static_cast<ast::StarExpr*>(t)->x;
          if (t->kind == ast::ExprKind::Ident && static_cast<ast::Ident*>(t)->name == recvType) return fd;
        }
  return nullptr;
}

Compiled checkOnly(const std::string& src) {
  Compiled c = goro::testutil::compileSource(src, false);
  REQUIRE_MESSAGE(c.errs.empty(), c.errText());
  return c;
}

}  // namespace

TEST_CASE("live: every library package checks and compiles whole") {
  std::set<std::string> pkgs;
  for (const EmbeddedAst* e = embeddedAsts(); e->pkg; e++) pkgs.insert(e->pkg);
  REQUIRE(pkgs.size() > 10);
  std::string src = "package main\n\nimport (\n";
  for (const std::string& p : pkgs) src += "\t_ \"" + p + "\"\n";
  src += ")\n\nfunc main() {}\n";
  Compiled c;
  ast::File* f = parseFile("t.go", src, c.errs);
  REQUIRE(f);
  REQUIRE_MESSAGE(checkProgram(f, stdlibFiles, c.cp, c.errs, /*wholeLibrary=*/true), c.errText());
  Program prog;
  prog.mainFile = "t.go";
  REQUIRE_MESSAGE(compileProgram(c.cp, prog, c.errs), c.errText());
  int bodies = 0;
  for (Package* p : c.cp.packages)
    for (ast::File* file : p->files)
      for (ast::FuncDecl* fd : file->funcs) {
        CHECK_MESSAGE(!fd->unreached, (p->path + "." + fd->name->name));
        if (fd->body) bodies++;
      }
  CHECK(bodies > 1000);
}

TEST_CASE("live: only what the program can call is checked; the rest is unreached") {
  Compiled c = checkOnly(R"(package main

import (
	"fmt"
	"strings"
)

type T struct{}

func (T) String() string { return "T" }

func unused() {}

func main() {
	var b strings.Builder
	b.WriteString(strings.ToUpper("x"))
	fmt.Println(b.String(), T{})
}
)");
  ast::FuncDecl* up = libFunc(c.cp, "strings", "ToUpper");
  ast::FuncDecl* fields = libFunc(c.cp, "strings", "Fields");
  ast::FuncDecl* sscan = libFunc(c.cp, "fmt", "Sscan");
  REQUIRE(up);
  REQUIRE(fields);
  REQUIRE(sscan);
  CHECK(!up->unreached);
  CHECK(fields->unreached);
  CHECK(sscan->unreached);
  // an unreached body is not even read from the embedded tree
  CHECK(fields->body == nullptr);
  CHECK(fields->lazyBody != nullptr);
  REQUIRE(up->body != nullptr);
  CHECK(up->body->scope != nullptr);  // (checked)
  // package main is always checked whole
  for (ast::FuncDecl* fd : c.cp.main->files[0]->funcs) CHECK(!fd->unreached);
  // methods: their name and their type's name must both be live
  ast::FuncDecl* builderString = libFunc(c.cp, "strings", "String", "Builder");
  REQUIRE(builderString);
  CHECK(!builderString->unreached);
  ast::FuncDecl* builderLen = libFunc(c.cp, "strings", "Len", "Builder");  // no Len anywhere
  REQUIRE(builderLen);
  CHECK(builderLen->unreached);
  ast::FuncDecl* readerLen = libFunc(c.cp, "strings", "Len", "Reader");  // no Reader anywhere
  REQUIRE(readerLen);
  CHECK(readerLen->unreached);
}

TEST_CASE("live: String and Error are called by name (fmt, panics), but only on types that can have values") {
  const char* itoa = "package main\n\nimport \"strconv\"\n\nfunc main() { println(strconv.Itoa(42)) }\n";
  const char* atoi =
      "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\n"
      "func main() {\n\t_, err := strconv.Atoi(\"x\")\n\tfmt.Println(err)\n}\n";
  Compiled a = checkOnly(itoa);
  ast::FuncDecl* numErr = libFunc(a.cp, "strconv", "Error", "NumError");
  REQUIRE(numErr);
  CHECK(numErr->unreached);  // only Atoi and the Parse functions make a *NumError
  Compiled b = checkOnly(atoi);
  numErr = libFunc(b.cp, "strconv", "Error", "NumError");
  REQUIRE(numErr);
  CHECK(!numErr->unreached);  // fmt.Println(err) calls it by name
}

TEST_CASE("live: a method called through an interface in reached library code is kept, by name") {
  Compiled c = checkOnly(R"(package main

import (
	"sort"
	"strings"
)

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	r := strings.NewReader("abc")
	x := byLen{"ccc", "a", strings.Repeat("b", r.Len())}
	sort.Sort(x)
	println(x[0])
}
)");
  // sort.Sort calls data.Len(); NewReader spells Reader: (*Reader).Len is kept
  ast::FuncDecl* readerLen = libFunc(c.cp, "strings", "Len", "Reader");
  REQUIRE(readerLen);
  CHECK(!readerLen->unreached);
  ast::FuncDecl* sortSort = libFunc(c.cp, "sort", "Sort");
  REQUIRE(sortSort);
  CHECK(!sortSort->unreached);
  ast::FuncDecl* stable = libFunc(c.cp, "sort", "Stable");
  REQUIRE(stable);
  CHECK(stable->unreached);
}

TEST_CASE("live: functions a package variable's initialiser calls are checked (init order needs them)") {
  Compiled c = checkOnly("package main\n\nimport \"unicode\"\n\nfunc main() { println(unicode.IsUpper('A')) }\n");
  for (Package* p : c.cp.packages)
    for (ast::File* f : p->files)
      for (ast::FuncDecl* fd : f->funcs)
        if (!fd->recv && fd->name->name == "init") CHECK(!fd->unreached);
  ast::FuncDecl* isUpper = libFunc(c.cp, "unicode", "IsUpper");
  REQUIRE(isUpper);
  CHECK(!isUpper->unreached);
}
