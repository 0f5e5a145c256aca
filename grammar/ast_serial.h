// grammar/ast_serial.h — a compact binary form of an ast::File.
//
// Why: the standard library's Go sources are embedded in goro, and parsing
// them with ANTLR on every `goro run` cost more than half of a hello-world's
// start-up. The build parses them once (grammar/astgen.cpp) and embeds this
// form; at run time an import rebuilds the tree from it, which is ~20× faster.
//
// What is kept: every syntax field the builder sets (kinds, positions, names,
// literal text and values, children). Checker and compiler annotations are not
// (they are empty in a freshly built tree). Shared nodes stay shared (the
// builder points a labeled loop's `label` at the LabeledStmt's Ident): a node
// reached a second time is written as a back-reference to its first copy.
//
// Invariant (tests/unit/test_ast_serial.cpp): for every file f the parser
// accepts, deserialize(serialize(f)) dumps (ast_dump) exactly as f does, and
// serializing it again gives the same bytes.
//
// Function bodies are records of their own (numbered apart from the rest of
// the file: shared nodes never cross a body's edge), each preceded by the
// names the body spells (namesInFuncBody below), so a reader can skip a body
// and still tell what it calls.
//
// The format is private to one build: the generator and the reader are the
// same source, so there is no version number.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.h"

namespace goro::ast {

// The binary form of f (syntax fields only).
std::string serializeFile(const File& f);

// Rebuilds a tree from serializeFile's output; null if the data is malformed
// (truncated, an unknown node kind, a dangling back-reference). With
// lazyBodies, function bodies are not read: each FuncDecl with a body gets
// lazyBody instead, and loadBody reads it when it is needed (the data must
// then outlive the tree: the embedded standard library's is static).
File* deserializeFile(const uint8_t* data, size_t size, bool lazyBodies = false);

// Reads fd's body if it has one not read yet; false if that data is
// malformed (the body stays unread).
bool loadBody(FuncDecl& fd);

// The same field lists drive a walk that reports every identifier spelled in
// a subtree (plain names and selectors' names; `fmt.Println` gives "fmt" and
// "Println"), duplicates included. The views point into the tree's strings.
// The checker uses them to find which functions a program can reach
// (vm/check_live.cpp).
void namesInFile(const File& f, std::vector<std::string_view>& out);
void namesInGenDecl(const GenDecl& d, std::vector<std::string_view>& out);
void namesInExpr(const Expr& e, std::vector<std::string_view>& out);
// (For a body not read yet: the names recorded beside it, each once.)
void namesInFuncBody(const FuncDecl& fd, std::vector<std::string_view>& out);

}  // namespace goro::ast
