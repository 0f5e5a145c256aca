// grammar/Go.g4 — Go 1.19 syntax without type parameters, for goro.
//
// The C++ lexer and parser are generated at build time (grammar/CMakeLists.txt);
// grammar/builder.cpp walks the parse tree into grammar/ast.h.
//
// Design notes
//  * Semicolons (Go spec "Semicolons"): the lexer emits NL, comment and
//    whitespace tokens that GoLexer::nextToken() (below) turns into SEMI tokens
//    where the spec inserts one, and drops otherwise. Before a closing ")" or
//    "}" the grammar itself accepts an omitted semicolon (the `(x (';' x)*
//    ';'?)?` lists and statementList).
//  * The composite-literal ambiguity (Go spec "Composite literals": `if x == T{}
//    {`) is solved in the grammar, as gc's parser does with its xnest counter:
//    the *NL rules (simpleStmtNL, expressionNL, primaryExprNL, operandNL) are
//    the expressions of if/for/switch headers, where a bare or qualified type
//    name followed by '{' is never a composite literal. Brackets, parens and
//    braces inside a header go back to the full rules.
//  * The grammar is kept LL(1)-ish where it can be, so that SLL prediction
//    (parse stage 1, see grammar/parse.cpp) succeeds on valid Go with short
//    lookahead: statements are parsed like gc does — simple statements start
//    with an expression list and are classified by what follows; headers are
//    `simpleStmt? (';' ...)?` and the builder decides which part is the
//    condition (and reports gc's header errors); type literals used as values
//    (conversions, make/new arguments, type-switch cases) have their own
//    rules (typeLitExpr, conversion) so that `[]p.T` never competes with a
//    selector suffix. Every non-generic .go file of Go 1.19's source tree
//    parses in stage 1.
//  * The builder walks the contexts generically (by rule index and children),
//    so rules and their NL twins share one builder function. Alternatives are
//    therefore not labelled.
//  * Syntax errors: the first one stops a parse; grammar/parse_support.cpp
//    words it as gc does from the failing rule, the previous token and the
//    expected set; parsing resumes at the next top-level declaration.
grammar Go;

@lexer::members {
  // Semicolon insertion, Go spec "Semicolons": after a line's final token if
  // it is an identifier, a literal, break/continue/fallthrough/return, or one
  // of ++ -- ) ] }. A block comment containing a newline counts as a newline,
  // and so does the end of the input.
  // The inserted token is a SEMI whose text is "newline" or "EOF" (what gc
  // prints for it in "unexpected newline"); a written ';' has text ";".
  std::unique_ptr<antlr4::Token> nextToken() override {
    if (pendingEOF_) return std::move(pendingEOF_);
    for (;;) {
      std::unique_ptr<antlr4::Token> t = antlr4::Lexer::nextToken();
      size_t ty = t->getType();
      bool newline = false;
      switch (ty) {
        case WS:
          continue;
        case LINE_COMMENT:  // a //line directive starts a line
          if (t->getCharPositionInLine() == 0 && t->getText().rfind("//line ", 0) == 0)
            lineDirectives.push_back({ty, t->getStartIndex(), t->getStopIndex()});
          continue;
        case INVALID_CHAR:  // gc skips it (after reporting it)
          errorTokens.push_back({ty, t->getStartIndex(), t->getStopIndex()});
          continue;
        case UNTERMINATED_COMMENT:  // runs to EOF: no newline token follows
          errorTokens.push_back({ty, t->getStartIndex(), t->getStopIndex()});
          newline = t->getText().find('\n') != std::string::npos;
          if (!newline) continue;
          break;
        case BLOCK_COMMENT:
          if (t->getText().find('\n') == std::string::npos) {
            if (t->getText().rfind("/*line ", 0) == 0) lineDirectives.push_back({ty, t->getStartIndex(), t->getStopIndex()});
            continue;
          }
          newline = true;
          break;
        case NL:
          newline = true;
          break;
        case antlr4::Token::EOF:
          if (nlsemi_) {
            nlsemi_ = false;
            auto semi = makeSemi(*t, "EOF");
            pendingEOF_ = std::move(t);
            return semi;
          }
          return t;
        default:
          break;
      }
      if (newline) {
        if (!nlsemi_) continue;
        nlsemi_ = false;
        return makeSemi(*t, "newline");
      }
      switch (ty) {
        case IDENTIFIER: case INT_LIT: case FLOAT_LIT: case IMAG_LIT:
        case RUNE_LIT: case STRING_LIT: case RAW_STRING_LIT:
        case BREAK: case CONTINUE: case FALLTHROUGH: case RETURN:
        case INC: case DEC: case R_PAREN: case R_BRACKET: case R_CURLY:
          nlsemi_ = true;
          break;
        case UNTERMINATED_STRING: case UNTERMINATED_RUNE: case UNTERMINATED_RAW:
          // literals for the parser (as in gc); the error is reported from errorTokens
          errorTokens.push_back({ty, t->getStartIndex(), t->getStopIndex()});
          nlsemi_ = true;
          break;
        default:
          nlsemi_ = false;
      }
      return t;
    }
  }

 private:
  std::unique_ptr<antlr4::Token> makeSemi(const antlr4::Token& at, const char* text) {
    auto semi = std::make_unique<antlr4::CommonToken>(SEMI, text);
    semi->setLine(at.getLine());
    semi->setCharPositionInLine(at.getCharPositionInLine());
    semi->setStartIndex(at.getStartIndex());
    semi->setStopIndex(at.getStartIndex() - 1);  // empty: no source text
    semi->setChannel(antlr4::Token::DEFAULT_CHANNEL);
    return semi;
  }
  bool nlsemi_ = false;
  std::unique_ptr<antlr4::Token> pendingEOF_;
 public:
  // Malformed tokens seen (type, start, stop code point index), reported by
  // the builder in gc's words.
  struct ErrorToken {
    size_t type, start, stop;
  };
  std::vector<ErrorToken> errorTokens;
  // Comments that may be line directives (`//line` at a line's start,
  // `/*line` on one line), decoded by grammar/line_directive.cpp.
  std::vector<ErrorToken> lineDirectives;
}

// ===========================================================================
// Parser

sourceFile
    : packageClause ';' (importDecl ';')* (topLevelDecl ';')* EOF
    ;

// Where parsing resumes after a syntax error, at the next top-level
// declaration (gc's advance(_Const, _Type, _Var, _Func)).
topLevelDecls
    : (topLevelDecl ';')* EOF
    ;

packageClause
    : 'package' IDENTIFIER
    ;

importDecl
    : 'import' (importSpec | '(' (importSpec (';' importSpec)* ';'?)? ')')
    ;

importSpec
    : ('.' | IDENTIFIER)? string_
    ;

topLevelDecl
    : declaration
    | funcDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : 'const' (constSpec | '(' (constSpec (';' constSpec)* ';'?)? ')')
    ;

// `const x` and `const x int` parse; the checker reports them ("missing
// init expr for x"), as types2 does.
constSpec
    : identifierList type_? ('=' expressionList)?
    ;

varDecl
    : 'var' (varSpec | '(' (varSpec (';' varSpec)* ';'?)? ')')
    ;

varSpec
    : identifierList (type_ ('=' expressionList)? | '=' expressionList)
    ;

typeDecl
    : 'type' (typeSpec | '(' (typeSpec (';' typeSpec)* ';'?)? ')')
    ;

typeSpec
    : IDENTIFIER '='? type_
    ;

// FunctionDecl and MethodDecl; a declaration without a body is a native.
funcDecl
    : 'func' parameters? IDENTIFIER signature block?
    ;

identifierList
    : IDENTIFIER (',' IDENTIFIER)*
    ;

// ---------------------------------------------------------------------------
// Types

type_
    : typeNoParen
    | '(' type_ ')'
    ;

typeNoParen
    : typeName
    | typeLit
    ;

typeName
    : IDENTIFIER ('.' IDENTIFIER)?
    ;

typeLit
    : arrayType
    | sliceType
    | pointerType
    | funcType
    | mapType
    | chanType
    | structType
    | interfaceType
    ;

// `[...]T` parses as an array type anywhere; outside a composite literal the
// checker reports gc's "invalid use of [...] array".
arrayType
    : '[' (expression | '...') ']' type_
    ;

sliceType
    : '[' ']' type_
    ;

pointerType
    : '*' type_
    ;

funcType
    : 'func' signature
    ;

mapType
    : 'map' '[' type_ ']' type_
    ;

// "The <- operator associates with the leftmost chan possible": the
// 'chan' '<-' alternative comes first and wins the ambiguity.
chanType
    : 'chan' '<-' type_
    | 'chan' type_
    | '<-' 'chan' type_
    ;

structType
    : 'struct' '{' (fieldDecl (';' fieldDecl)* ';'?)? '}'
    ;

fieldDecl
    : (identifierList type_ | '*'? typeName) string_?
    ;

interfaceType
    : 'interface' '{' (interfaceElem (';' interfaceElem)* ';'?)? '}'
    ;

interfaceElem
    : IDENTIFIER signature
    | typeName
    ;

signature
    : parameters result?
    ;

// A parenthesized result is always a parameter list (as in gc).
result
    : parameters
    | typeNoParen
    ;

parameters
    : '(' (parameterDecl (',' parameterDecl)* ','?)? ')'
    ;

// `a, b int` is parsed as [type-only a] [named b int]; the builder groups
// them as Go does.
parameterDecl
    : IDENTIFIER? '...'? type_
    ;

// ---------------------------------------------------------------------------
// Statements

block
    : '{' statementList '}'
    ;

// Statement lists: an omitted ';' before '}' is accepted; empty statements
// are allowed (";;").
statementList
    : statement? (';' statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt
    : IDENTIFIER ':' statement?
    ;

// ExpressionStmt, SendStmt, IncDecStmt, Assignment, ShortVarDecl — classified
// by what follows the first expression list (the builder checks arities).
simpleStmt
    : expressionList (assignOp expressionList | '<-' expression | '++' | '--')?
    ;

// The header twin: also allows `range` (the builder accepts it in for only).
simpleStmtNL
    : expressionListNL (('=' | ':=') 'range' expressionNL | assignOp expressionListNL | '<-' expressionNL | '++' | '--')?
    | 'range' expressionNL
    ;

assignOp
    : '=' | ':=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^='
    ;

goStmt
    : 'go' expression
    ;

deferStmt
    : 'defer' expression
    ;

returnStmt
    : 'return' expressionList?
    ;

breakStmt
    : 'break' IDENTIFIER?
    ;

continueStmt
    : 'continue' IDENTIFIER?
    ;

gotoStmt
    : 'goto' IDENTIFIER
    ;

fallthroughStmt
    : 'fallthrough'
    ;

// if [init;] cond {...}: the builder takes the last simple statement as the
// condition (gc's header()).
ifStmt
    : 'if' simpleStmtNL? (';' simpleStmtNL?)? block ('else' (ifStmt | block))?
    ;

switchStmt
    : 'switch' simpleStmtNL? (';' simpleStmtNL?)? '{' caseClause* '}'
    ;

caseClause
    : ('case' argumentList | 'default') ':' statementList
    ;

selectStmt
    : 'select' '{' commClause* '}'
    ;

commClause
    : ('case' simpleStmt | 'default') ':' statementList
    ;

// for {} / for cond {} / for init; cond; post {} / for k, v := range x {}
forStmt
    : 'for' (simpleStmtNL? (';' simpleStmtNL? ';' simpleStmtNL?)?) block
    ;

// ---------------------------------------------------------------------------
// Expressions (Go spec "Operator precedence": 5 binary levels; unary binds
// tighter than any binary operator).

expression
    : primaryExpr
    | ('+' | '-' | '!' | '^' | '~' | '*' | '&' | '<-') expression
    | expression ('*' | '/' | '%' | '<<' | '>>' | '&' | '&^') expression
    | expression ('+' | '-' | '|' | '^') expression
    | expression ('==' | '!=' | '<' | '<=' | '>' | '>=') expression
    | expression '&&' expression
    | expression '||' expression
    ;

expressionNL
    : primaryExprNL
    | ('+' | '-' | '!' | '^' | '~' | '*' | '&' | '<-') expressionNL
    | expressionNL ('*' | '/' | '%' | '<<' | '>>' | '&' | '&^') expressionNL
    | expressionNL ('+' | '-' | '|' | '^') expressionNL
    | expressionNL ('==' | '!=' | '<' | '<=' | '>' | '>=') expressionNL
    | expressionNL '&&' expressionNL
    | expressionNL '||' expressionNL
    ;

expressionList
    : expression (',' expression)*
    ;

expressionListNL
    : expressionNL (',' expressionNL)*
    ;

primaryExpr
    : operand
    | conversion
    | primaryExpr selectorSuffix
    ;

primaryExprNL
    : operandNL
    | conversion
    | primaryExprNL selectorSuffix
    ;

// .name  .(T)  .(type)  [i]  [lo:hi:max]  (args); [i,] is [i] (gc accepts the
// comma of an instantiation list)
selectorSuffix
    : '.' IDENTIFIER
    | '.' '(' (type_ | 'type') ')'
    | '[' expression? (':' expression? (':' expression?)?)? ']'
    | '[' expression ',' ']'
    | '(' (argumentList '...'? ','?)? ')'
    ;

// Call arguments and case lists may be types: make([]int, n), new(T),
// case map[K]V:. Pointer and <-chan types are spelled here too, for
// (*[4]int)(p) and (<-chan T)(c).
argumentList
    : exprOrType (',' exprOrType)*
    ;

exprOrType
    : expression
    | typeLitExpr
    ;

// Type literals as values. They are kept out of primaryExpr (no selector,
// index or call may follow them directly) because a type literal may end in
// a qualified name: `[]p.T` is one type, never ([]p).T. A conversion is its
// own operand form, so `[]p.T(x)` is a conversion to []p.T.
// (struct and interface types end in '}', so they are plain operands:
// struct{ I }.M is a method expression.)
typeLitExpr
    : arrayType
    | sliceType
    | mapType
    | chanType
    | funcType
    | '*' typeLitExpr
    ;

conversion
    : typeLitExpr '(' (exprOrType (',' exprOrType)* ','?)? ')'
    ;

// Operands. A bare or qualified type name followed by '{' is a composite
// literal here, never in the header twin operandNL.
operand
    : literal
    | IDENTIFIER literalValue?
    | IDENTIFIER '.' IDENTIFIER literalValue
    | '(' exprOrType ')'
    | 'func' signature block
    | literalTypeLit literalValue
    | structType literalValue?
    | interfaceType
    ;

operandNL
    : literal
    | IDENTIFIER
    | '(' exprOrType ')'
    | 'func' signature block
    | literalTypeLit literalValue
    | structType literalValue?
    | interfaceType
    ;

literalTypeLit
    : arrayType
    | sliceType
    | mapType
    ;

literal
    : INT_LIT
    | FLOAT_LIT
    | IMAG_LIT
    | RUNE_LIT
    | UNTERMINATED_RUNE
    | string_
    ;

string_
    : STRING_LIT
    | RAW_STRING_LIT
    | UNTERMINATED_STRING
    | UNTERMINATED_RAW
    ;

literalValue
    : '{' (element (',' element)* ','?)? '}'
    ;

// key: value or value; a key or value in braces is an elided-type literal.
element
    : elementValue (':' elementValue)?
    ;

elementValue
    : expression
    | literalValue
    ;

// ===========================================================================
// Lexer

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER  : LETTER (LETTER | UNICODE_DIGIT)*;

// Punctuation and operators
L_PAREN     : '(';
R_PAREN     : ')';
L_CURLY     : '{';
R_CURLY     : '}';
L_BRACKET   : '[';
R_BRACKET   : ']';
ASSIGN      : '=';
COMMA       : ',';
SEMI        : ';';
COLON       : ':';
DOT         : '.';
INC         : '++';
DEC         : '--';
DECLARE_ASSIGN : ':=';
ELLIPSIS    : '...';
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_OR_EQUALS : '<=';
GREATER     : '>';
GREATER_OR_EQUALS : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
EXCLAMATION : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';
TILDE       : '~';
PLUS_ASSIGN : '+=';
MINUS_ASSIGN : '-=';
STAR_ASSIGN : '*=';
DIV_ASSIGN  : '/=';
MOD_ASSIGN  : '%=';
AND_ASSIGN  : '&=';
OR_ASSIGN   : '|=';
XOR_ASSIGN  : '^=';
LSHIFT_ASSIGN : '<<=';
RSHIFT_ASSIGN : '>>=';
BIT_CLEAR_ASSIGN : '&^=';

// Number literals are lexed leniently, as gc's scanner does: 0777 (octal),
// 09, 0x, 1__0 and 0b102 are each one token, which the builder validates
// with gc's messages ("invalid digit '9' in octal literal", "'_' must
// separate successive digits", "hexadecimal literal has no digits").
INT_LIT
    : DECIMAL_DIGITS
    | '0' [bBoO] [0-9_]*
    | '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)?  // with '.': "mantissa requires a 'p' exponent"
    ;

FLOAT_LIT
    : DECIMAL_DIGITS '.' DECIMAL_DIGITS? DECIMAL_EXPONENT?
    | DECIMAL_DIGITS DECIMAL_EXPONENT
    | '.' DECIMAL_DIGITS DECIMAL_EXPONENT?
    | '0' [xX] HEX_MANTISSA HEX_EXPONENT
    ;

IMAG_LIT
    : (INT_LIT | FLOAT_LIT) 'i'
    ;

RUNE_LIT
    : '\'' (~['\\\n] | '\\' ~[\n])* '\''
    ;

STRING_LIT
    : '"' (~["\\\n] | '\\' ~[\n])* '"'
    ;

RAW_STRING_LIT
    : '`' ~'`'* '`'
    ;

// Comments and white space: passed to nextToken(), which drops them.
BLOCK_COMMENT : '/*' .*? '*/';
LINE_COMMENT  : '//' ~[\n]*;
NL            : [\n];
WS            : [ \t\r\uFEFF]+;

// Error tokens (shorter than the well-formed tokens, so they only match
// when those don't); the builder reports them in gc's words.
UNTERMINATED_STRING  : '"' (~["\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RUNE    : '\'' (~['\\\n] | '\\' ~[\n])* '\\'?;
UNTERMINATED_RAW     : '`' ~'`'* EOF;
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
INVALID_CHAR         : .;

fragment DECIMAL_DIGITS   : [0-9] [0-9_]*;
fragment DECIMAL_EXPONENT : [eE] [+-]? [0-9_]*;  // no digits: "exponent has no digits"
fragment HEX_MANTISSA
    : [0-9a-fA-F_]+ ('.' [0-9a-fA-F_]*)?
    | '.' [0-9a-fA-F_]+
    ;
fragment HEX_EXPONENT     : [pP] [+-]? [0-9_]*;
// As gc's scanner: every non-ASCII character (but the BOM, white space here)
// continues an identifier; lexicalErrors (parse_support.cpp) reports those that
// are not Unicode letters or digits ("invalid character U+00B7 '·' in
// identifier"). Unicode classes here (\p{L}) cost ~2 ms of every start-up in
// ANTLR's ATN deserialisation.
fragment LETTER           : [a-zA-Z_\u0080-\uFEFE\uFF00-\u{10FFFF}];
fragment UNICODE_DIGIT    : [0-9];
