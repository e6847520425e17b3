/* runtime/py/parser.h — Python 3.11 source text to a syntax tree (ast.h).
 *
 * The whole grammar of 3.11, match statements included. A program that is not valid
 * Python yields the SyntaxError CPython 3.11 would raise for it (same message, line and
 * columns), including the tokenizer's errors and the nesting limits CPython has (200
 * nested brackets; deeply nested expressions give "too many nested parentheses" or
 * "too complex" errors instead of overflowing the C stack).
 *
 * Errors CPython raises later, in its compiler or symbol table ('return' outside
 * function, 'break' outside loop, 'await' outside async function, nonlocal/global
 * conflicts, duplicate argument names, ...) are not detected here: they are the
 * compiler's. */
#ifndef TASKSCOPE_PY_PARSER_H
#define TASKSCOPE_PY_PARSER_H
#include <stddef.h>

#include "py/ast.h"
#include "py/syntax_error.h"

/* What the source is, as the `mode` argument of CPython's compile(). */
typedef enum {
  PY_PARSE_FILE = 1,                   /* a module: yields a Module */
  PY_PARSE_EVAL,                       /* one expression: yields an Expression */
  PY_PARSE_SINGLE                      /* one statement (then only blank lines or
                                          comments), wrapped in an Interactive; an
                                          empty source is invalid syntax */
} py_parse_mode;

/* Parses src (src_len bytes of UTF-8; need not be NUL-terminated) into a tree allocated
 * in arena. Returns the tree, or NULL with *err filled in (err->type is
 * PY_SYNERR_MemoryError when memory ran out, or when the nesting is so deep that
 * CPython's parser gives up with MemoryError too, e.g. 100,000 unary minus signs).
 * The source must be UTF-8: a `# coding:` declaration of another encoding is not
 * honoured. Identifiers get the NFKC folding of common compatibility characters only
 * (see parser.c), and \N{name} escapes know a table of common names only (see
 * parser_string.c). */
py_ast_mod *py_parse(const char *src, size_t src_len, py_parse_mode mode,
                     py_ast_arena *arena, py_syntax_error *err);

/* py_parse for a source string given to compile(), exec() or eval() rather than read
 * from a file. CPython tokenizes those differently: no final newline is added in
 * 'eval' and 'single' mode, and errors at the end of input get other columns. */
py_ast_mod *py_parse_string(const char *src, size_t src_len, py_parse_mode mode,
                            py_ast_arena *arena, py_syntax_error *err);

#endif
