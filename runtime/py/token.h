/* runtime/py/token.h — the tokens of Python 3.11 (Grammar/Tokens plus the keywords).
 *
 * The lexer gives keywords their own kinds (PY_TOK_KW_if, ...) so the parser compares
 * integers, never strings. Operators have one kind each, named as in CPython's
 * Grammar/Tokens. */
#ifndef TASKSCOPE_PY_TOKEN_H
#define TASKSCOPE_PY_TOKEN_H
#include <stddef.h>

/* X(name, spelling): every operator token. */
#define PY_TOKEN_OPERATORS(X) \
  X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(COLON, ":") X(COMMA, ",") \
  X(SEMI, ";") X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") \
  X(AMPER, "&") X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") \
  X(LBRACE, "{") X(RBRACE, "}") X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
  X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") X(LEFTSHIFT, "<<") \
  X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") \
  X(STAREQUAL, "*=") X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
  X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
  X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") X(DOUBLESLASH, "//") \
  X(DOUBLESLASHEQUAL, "//=") X(AT, "@") X(ATEQUAL, "@=") X(RARROW, "->") \
  X(ELLIPSIS, "...") X(COLONEQUAL, ":=")

/* X(word): every hard keyword of 3.11. */
#define PY_TOKEN_KEYWORDS(X) \
  X(False) X(None) X(True) X(and) X(as) X(assert) X(async) X(await) X(break) X(class) \
  X(continue) X(def) X(del) X(elif) X(else) X(except) X(finally) X(for) X(from) \
  X(global) X(if) X(import) X(in) X(is) X(lambda) X(nonlocal) X(not) X(or) X(pass) \
  X(raise) X(return) X(try) X(while) X(with) X(yield)

typedef enum {
  PY_TOK_ENDMARKER,
  PY_TOK_NAME,
  PY_TOK_NUMBER,
  PY_TOK_STRING,
  PY_TOK_NEWLINE,
  PY_TOK_INDENT,
  PY_TOK_DEDENT,
  PY_TOK_ERRORTOKEN,   /* a character no token starts with ('$', '?', '!', '`') */
#define PY_TOK_OP_ENUM(name, s) PY_TOK_##name,
  PY_TOKEN_OPERATORS(PY_TOK_OP_ENUM)
#undef PY_TOK_OP_ENUM
#define PY_TOK_KW_ENUM(w) PY_TOK_KW_##w,
  PY_TOKEN_KEYWORDS(PY_TOK_KW_ENUM)
#undef PY_TOK_KW_ENUM
  PY_TOK_COUNT
} py_token_type;

/* One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets in their line,
 * end_col one past the last byte (CPython's conventions). */
typedef struct {
  py_token_type type;
  size_t start, len;      /* the token's bytes in the (normalized) source */
  int lineno, col;
  int end_lineno, end_col;
  int level;              /* bracket depth after this token, as CPython's tok->level */
} py_token;

/* The token's spelling for messages: "(" for PY_TOK_LPAR, "if" for PY_TOK_KW_if,
 * a description ("NAME", "NEWLINE", ...) for the others. */
const char *py_token_name(py_token_type t);

#endif
