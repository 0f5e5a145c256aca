// grammar/parse_support.h — what the builder needs around the generated
// ANTLR parser: the source as code points with a byte-position map (ANTLR
// counts columns in code points, gc in bytes), gc's names for tokens, and the
// error strategy that turns ANTLR's recognition errors into gc's syntax
// error messages.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "antlr4-runtime.h"
#include "grammar/ast.h"

namespace goro_antlr {
class GoLexer;
}

namespace goro::grammar {

// The source file, decoded for ANTLR.
class SourceText {
 public:
  explicit SourceText(const std::string& bytes);

  const std::string& bytes() const { return bytes_; }
  const std::u32string& codePoints() const { return cps_; }
  // Byte offset of code point index i (i == size() gives the end).
  size_t byteOffset(size_t cpIndex) const {
    return cpIndex < cpByte_.size() ? cpByte_[cpIndex] : bytes_.size();
  }
  ast::Pos posOfByte(size_t offset) const;
  // The position of a token's first character (also right for inserted
  // semicolons and EOF, which point at the newline / end of input).
  ast::Pos pos(const antlr4::Token* t) const { return posOfByte(byteOffset(t->getStartIndex())); }
  // A token's source text (empty for inserted semicolons and EOF).
  std::string text(const antlr4::Token* t) const;
  // Encoding problems found while decoding: (byte offset, message).
  const std::vector<std::pair<size_t, std::string>>& encodingErrors() const { return encErrors_; }

 private:
  std::string bytes_;
  std::u32string cps_;
  std::vector<uint32_t> cpByte_;     // code point index -> byte offset (+ end)
  std::vector<uint32_t> lineStart_;  // byte offset of each line's start
  std::vector<std::pair<size_t, std::string>> encErrors_;
};

class SourceText;

// The lexical errors of a file, in gc's words and source order: encoding
// errors, the lexer's malformed tokens (invalid characters, unterminated
// literals and comments) and invalid literals ("invalid digit '8' in octal
// literal"), which gc's scanner reports whatever the parser makes of them.
void lexicalErrors(const SourceText& src, const goro_antlr::GoLexer& lexer, antlr4::CommonTokenStream& tokens,
                   const std::string& file, std::vector<ast::Diag>& errors);

// An ANTLR char stream over already-decoded code points.
class CodePointStream : public antlr4::ANTLRInputStream {
 public:
  explicit CodePointStream(const std::u32string& cps) {
    _data = cps;
    p = 0;
  }
};

// gc's name for a token in "syntax error: unexpected X": a name as itself,
// "literal 42", an operator as written, "comma", "newline"/"semicolon"/"EOF"
// for semicolons, a keyword as itself.
std::string describeToken(const SourceText& src, const antlr4::Token* t);

// Error strategy for the LL stage: the first recognition error is reported
// in gc's words (appended to `errors`), then parsing stops by throwing
// antlr4::ParseCancellationException.
class GcErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  GcErrorStrategy(const SourceText& src, std::string file, std::vector<ast::Diag>& errors)
      : src_(src), file_(std::move(file)), errors_(errors) {}

  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* recognizer, std::exception_ptr e) override;
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override;
  void sync(antlr4::Parser* recognizer) override;

  // Token index of the offending token of the reported error (or -1).
  size_t errorTokenIndex() const { return errorTokenIndex_; }

 private:
  std::string message(antlr4::Parser* parser, antlr4::Token* offending,
                      const antlr4::misc::IntervalSet& expected, size_t deepRule, antlr4::Token** at);
  const SourceText& src_;
  std::string file_;
  std::vector<ast::Diag>& errors_;
  bool reported_ = false;
  size_t errorTokenIndex_ = size_t(-1);
};

}  // namespace goro::grammar
