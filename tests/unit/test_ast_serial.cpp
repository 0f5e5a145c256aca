// tests/unit/test_ast_serial.cpp — the binary AST form (grammar/ast_serial.h)
// and the embedded standard library trees (stdlib/embed.h): a tree read back
// dumps exactly as the parsed one, with positions, and writes the same bytes;
// shared nodes stay shared; literal values survive; corrupt data gives null.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/ast.h"
#include "grammar/ast_dump.h"
#include "grammar/ast_serial.h"
#include "stdlib/embed.h"
#include "tests/unit/test_files.h"

using namespace goro;
using namespace goro::ast;
using goro::testutil::readFile;
using goro::testutil::repoRoot;

namespace {

File* roundTrip(const File* f, std::string* bytes = nullptr) {
  std::string bin = serializeFile(*f);
  if (bytes) *bytes = bin;
  return deserializeFile(reinterpret_cast<const uint8_t*>(bin.data()), bin.size());
}

// parse → serialize → deserialize: same dump (with positions), same bytes again.
void checkRoundTrip(const std::string& name, const std::string& src) {
  std::vector<Diag> errs;
  File* f = parseFile(name, src, errs);
  if (!f) return;  // (error programs: nothing to serialize)
  std::string bin;
  File* g = roundTrip(f, &bin);
  REQUIRE_MESSAGE(g, name);
  CHECK_MESSAGE(dumpWithPositions(g) == dumpWithPositions(f), name);
  CHECK_MESSAGE(g->filename == f->filename, name);
  CHECK_MESSAGE(serializeFile(*g) == bin, name);
}

const char* kAllSyntax = R"(package p

import (
	"fmt"
	str "strings"
)

const (
	a = iota * 2
	b
	c, d = 1.5e300, 'x'
	huge = 1e400
	tiny = 0x1p-1060
	big = 1 << 100
	neg = -170141183460469231731687303715884105728
	s = "a\tb\u00e9"
	raw = `x\n`
)

type (
	T struct {
		x, y int "tag"
		*E
		f func(int, ...string) (r int, err error)
	}
	E  struct{}
	A  = []map[string]chan<- int
	I  interface{ M(); fmt.Stringer }
	RC <-chan [3]*T
)

var v, w = [...]int{1, 2: 3}, T{x: 1}

func (t *T) M() {}

func f(xs ...int) (n int) {
	defer func() { recover() }()
	go f()
outer:
	for i := 0; i < 3; i++ {
		for range xs {
			continue outer
		}
		switch j := i; j {
		case 1, 2:
			fallthrough
		default:
			break outer
		}
	}
	var e any = 1
	switch q := e.(type) {
	case int, nil:
		_ = q
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	case x, ok := <-ch:
		_, _ = x, ok
	default:
	}
	if p := &v[0]; *p > 0 && !(n == 0) {
		n += xs[1:2:3][0] ^ 1
	} else if n--; n < 0 {
		goto end
	}
end:
	{
	}
	_ = str.ToUpper(fmt.Sprint(e.(int), v[:], w.x))
	return
}
)";

}  // namespace

TEST_CASE("round trip: every node kind, with positions") {
  checkRoundTrip("all.go", kAllSyntax);
}

TEST_CASE("round trip: shared label idents stay shared; literal values survive") {
  std::vector<Diag> errs;
  File* f = parseFile("all.go", kAllSyntax, errs);
  REQUIRE(f);
  File* g = roundTrip(f);
  REQUIRE(g);
  FuncDecl* fn = nullptr;
  for (FuncDecl* d : g->funcs)
    if (d->name->name == "f") fn = d;
  REQUIRE(fn);
  LabeledStmt* lab = nullptr;
  for (Stmt* s : fn->body->list)
    if (s->kind == StmtKind::Labeled) {
      lab = static_cast<LabeledStmt*>(s);
      break;
    }
  REQUIRE(lab);
  REQUIRE(lab->stmt->kind == StmtKind::For);
  CHECK(static_cast<ForStmt*>(lab->stmt)->label == lab->label);  // one Ident, as the builder made it
  // File::decls points at the same GenDecl/FuncDecl objects as the typed lists
  bool sawFunc = false;
  for (auto& d : g->decls)
    if (d.func == fn) sawFunc = true;
  CHECK(sawFunc);

  // constant literals: exact values (128-bit ints, long doubles incl. infinity)
  auto constLits = [](File* file) {
    std::vector<BasicLit*> out;
    for (GenDecl* gd : file->genDecls)
      if (gd->tok == Tok::Const)
        for (ValueSpec* vs : gd->values)
          for (Expr* e : vs->values) {
            if (e->kind == ExprKind::Unary) e = static_cast<UnaryExpr*>(e)->x;
            if (e->kind == ExprKind::BasicLit) out.push_back(static_cast<BasicLit*>(e));
          }
    return out;
  };
  std::vector<BasicLit*> lits = constLits(g), orig = constLits(f);
  REQUIRE(lits.size() == orig.size());
  REQUIRE(lits.size() == 7);
  for (size_t i = 0; i < lits.size(); i++) {
    CAPTURE(orig[i]->text);
    CHECK(lits[i]->litKind == orig[i]->litKind);
    CHECK(lits[i]->text == orig[i]->text);
    CHECK(lits[i]->strVal == orig[i]->strVal);
    CHECK(lits[i]->intVal == orig[i]->intVal);
    CHECK(lits[i]->intOverflow == orig[i]->intOverflow);
    CHECK(lits[i]->floatVal == orig[i]->floatVal);  // (none is a NaN)
  }
}

TEST_CASE("round trip: tests/go programs and Go's test/ken") {
  int n = 0;
  for (std::string dir : {repoRoot() + "/tests/go", std::string("/usr/lib/go-1.19/test/ken")}) {
    if (!std::filesystem::exists(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      if (entry.path().extension() != ".go") continue;
      checkRoundTrip(entry.path().string(), readFile(entry.path().string()));
      n++;
    }
  }
  CHECK(n > 100);
}

TEST_CASE("embedded standard library: the trees equal a parse of the sources") {
  // every embedded tree against a parse of its file in stdlib/go
  std::set<std::string> embedded;
  std::string lastPkg;
  for (const EmbeddedAst* e = embeddedAsts(); e->pkg; e++) {
    std::string rel = std::string(e->pkg) + "/" + e->name, name = "$GOROOT/src/" + rel;
    embedded.insert(rel);
    std::string src = readFile(repoRoot() + "/stdlib/go/" + rel);
    REQUIRE_MESSAGE(!src.empty(), rel);
    std::vector<Diag> errs;
    File* parsed = parseFile(name, src, errs);
    REQUIRE_MESSAGE(parsed, name);
    File* tree = deserializeFile(e->data, e->size);
    REQUIRE_MESSAGE(tree, name);
    CHECK(tree->filename == name);
    CHECK_MESSAGE(dumpWithPositions(tree) == dumpWithPositions(parsed), name);
    if (lastPkg != e->pkg) {  // stdlibFiles: the package's files, in the table's order
      lastPkg = e->pkg;
      std::vector<File*> files;
      REQUIRE(stdlibFiles(lastPkg, files, errs));
      CHECK(errs.empty());
      REQUIRE(!files.empty());
      CHECK(files[0]->filename == name);
    }
  }
  // every source file is embedded (but _test.go files and other architectures' goarch_*.go)
  for (const auto& entry : std::filesystem::recursive_directory_iterator(repoRoot() + "/stdlib/go")) {
    std::string rel = std::filesystem::relative(entry.path(), repoRoot() + "/stdlib/go").string();
    if (entry.path().extension() != ".go" || rel.ends_with("_test.go") || rel.find("/goarch_") != std::string::npos)
      continue;
    CHECK_MESSAGE(embedded.count(rel), rel);
  }
  CHECK(embedded.size() > 30);
  std::vector<File*> none;
  std::vector<Diag> errs;
  CHECK_FALSE(stdlibFiles("no/such/pkg", none, errs));
  CHECK(none.empty());
}

TEST_CASE("lazy bodies: read on demand, equal to the eager tree; their names recorded beside them") {
  int bodies = 0;
  for (const EmbeddedAst* e = embeddedAsts(); e->pkg; e++) {
    File* eager = deserializeFile(e->data, e->size);
    File* lazy = deserializeFile(e->data, e->size, /*lazyBodies=*/true);
    REQUIRE(eager);
    REQUIRE(lazy);
    REQUIRE(eager->funcs.size() == lazy->funcs.size());
    for (size_t i = 0; i < lazy->funcs.size(); i++) {
      FuncDecl* a = eager->funcs[i];
      FuncDecl* b = lazy->funcs[i];
      CHECK(b->body == nullptr);
      CHECK(a->hasBody() == b->hasBody());
      if (!a->body) continue;
      bodies++;
      // the recorded names: the eager body's names, each once
      std::vector<std::string_view> want, got;
      namesInFuncBody(*a, want);
      std::sort(want.begin(), want.end());
      want.erase(std::unique(want.begin(), want.end()), want.end());
      namesInFuncBody(*b, got);
      CHECK(got == want);
      REQUIRE(loadBody(*b));
      CHECK(b->body != nullptr);
      CHECK(b->lazyBody == nullptr);
      CHECK(loadBody(*b));  // (a second call does nothing)
    }
    CHECK_MESSAGE(dumpWithPositions(lazy) == dumpWithPositions(eager), e->name);
  }
  CHECK(bodies > 1000);
}

TEST_CASE("corrupt data: null, never a crash") {
  std::vector<Diag> errs;
  File* f = parseFile("all.go", kAllSyntax, errs);
  REQUIRE(f);
  std::string bin = serializeFile(*f);
  auto* data = reinterpret_cast<const uint8_t*>(bin.data());
  // every proper prefix is truncated data
  for (size_t n = 0; n < bin.size(); n += (n < 64 ? 1 : 7)) CHECK(deserializeFile(data, n) == nullptr);
  // trailing garbage
  std::string longer = bin + "x";
  CHECK(deserializeFile(reinterpret_cast<const uint8_t*>(longer.data()), longer.size()) == nullptr);
  // single-byte corruptions: either null or some tree, but no crash (ASan run)
  for (size_t i = 0; i < bin.size(); i += 13) {
    std::string bad = bin;
    bad[i] = char(bad[i] ^ 0x5a);
    (void)deserializeFile(reinterpret_cast<const uint8_t*>(bad.data()), bad.size());
  }
}
