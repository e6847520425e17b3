/* runtime/py/parser_internal.h — what parser.c and parser_string.c share: the parser
 * state, node constructors and error helpers. Not for use outside the parser. */
#ifndef TASKSCOPE_PY_PARSER_INTERNAL_H
#define TASKSCOPE_PY_PARSER_INTERNAL_H
#include "py/ast.h"
#include "py/lexer.h"
#include "py/parser.h"

typedef struct py__parser {
  py_tokens *t;               /* borrowed */
  const py_token *toks;
  size_t ntok;
  size_t pos;                 /* the next token */
  size_t fill;                /* one past the furthest token looked at */
  py_ast_arena *arena;        /* borrowed */
  py_syntax_error *err;       /* borrowed: where the error goes */
  int error;                  /* an error is set: everything unwinds */
  int second_pass;            /* CPython's second pass: look for specific errors */
  int depth;                  /* nesting of expression(), bounded (C stack) */
  /* For an f-string's expression: positions are shifted to the source text. */
  int line_shift, col_shift;  /* added to line; col_shift applies on the first line */
  int in_fstring;
  int string_input;           /* the source is a string given to compile/exec/eval, not
                                 a file: CPython's tokenizer ends in another place */
  size_t call_arg_start;      /* 1 + index of the token starting a call's positional
                                 argument being parsed (0: none) */
} py__parser;

/* A growable array of pointers in the arena (the old storage is left in the arena). */
typedef struct {
  void **items;
  size_t len, cap;
} py__vec;

/* Appends x; returns -1 (with a MemoryError set) when out of memory. */
int py__vec_push(py__parser *p, py__vec *v, void *x);

/* Sets a SyntaxError (or subclass) with the message and CPython-style positions:
 * lines 1-based, columns 0-based UTF-8 byte columns (converted to character offsets);
 * an end column of -1 is stored as -1. Always returns NULL. */
void *py__raise_at(py__parser *p, py_syntax_error_type type, int lineno, int col,
                   int end_lineno, int end_col, const char *fmt, ...);
/* Sets MemoryError; returns NULL. */
void *py__no_memory(py__parser *p);

/* Allocates a zeroed node in the arena (NULL with MemoryError set on failure). */
void *py__alloc(py__parser *p, size_t n);

/* Turns STRING tokens toks[first..last] (adjacent literals, implicitly concatenated)
 * into a Constant or JoinedStr node. Returns NULL with an error set on failure. */
py_ast_expr *py__parse_strings(py__parser *p, size_t first, size_t last);

/* Parses src as the expression of an f-string replacement field; the node positions
 * are shifted so that byte 0 of src sits at (lineno, col) of the real source. */
py_ast_expr *py__parse_fstring_expr(py__parser *p, const char *src, size_t len, int lineno,
                                    int col, const py_token *string_tok);

#endif
