/* tests/fuzz/fuzz_parse.c — libFuzzer target: arbitrary bytes through the lexer and the
 * parser, in the three modes of compile().
 *
 * Whatever the bytes, py_parse must return a tree or a filled-in syntax error, never
 * read out of bounds, leak (the arena owns everything) or overflow the C stack: deep
 * nesting has to end in CPython's "too many nested parentheses" style SyntaxError. The
 * error report is formatted too, since that code quotes the source line and counts
 * columns in code points, a classic place for off-by-one reads. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "py/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* The first byte picks the mode, so one corpus exercises module, eval and single
   * input; the rest is the source, not NUL-terminated (py_parse must not need it). */
  if (size == 0) return 0;
  py_parse_mode mode = (py_parse_mode)(PY_PARSE_FILE + data[0] % 3);
  const char *src = (const char *)data + 1;
  size_t n = size - 1;
  py_ast_arena *arena = py_ast_arena_new();
  if (!arena) return 0;
  py_syntax_error err;
  memset(&err, 0, sizeof err);
  py_ast_mod *mod = py_parse(src, n, mode, arena, &err);
  if (!mod) {
    char buf[512];
    (void)py_syntax_error_format(&err, "<fuzz>", src, n, buf, sizeof buf);
  }
  py_ast_arena_free(arena);
  return 0;
}
