/* tests/tools/ast_dump.c — prints what `print(ast.dump(ast.parse(src)))` prints in
 * CPython, for comparing our parser with it (scripts/ast_compare.py).
 *
 *   ast_dump [-a] [-e] FILE     -a: include_attributes=True; -e: mode='eval'
 *
 * On a syntax error it prints CPython's report (as `python3 FILE` would) and exits 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/ast_dump.h"
#include "py/mem.h"
#include "py/parser.h"

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, n = 0;
  char *s = malloc(cap);
  size_t r;
  while (s && (r = fread(s + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *t = realloc(s, cap *= 2);
      if (!t) { free(s); s = NULL; }
      else s = t;
    }
  }
  fclose(f);
  *len = n;
  return s;
}

int main(int argc, char **argv) {
  int attrs = 0, eval = 0;
  const char *path = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-a") == 0) attrs = 1;
    else if (strcmp(argv[i], "-e") == 0) eval = 1;
    else path = argv[i];
  }
  if (!path) {
    fprintf(stderr, "usage: ast_dump [-a] [-e] FILE\n");
    return 2;
  }
  size_t len;
  char *src = read_file(path, &len);
  if (!src) {
    perror(path);
    return 2;
  }
  py_ast_arena *arena = py_ast_arena_new();
  py_syntax_error err;
  py_ast_mod *m = arena ? py_parse(src, len, eval ? PY_PARSE_EVAL : PY_PARSE_FILE, arena, &err) : NULL;
  int status = 0;
  if (m) {
    size_t size;
    char *d = py_ast_dump(m, attrs, &size);
    if (d) {
      puts(d);
      py_mem_free(d, size);
    } else {
      status = 1;
    }
  } else {
    char buf[4096];
    py_syntax_error_format(&err, path, src, len, buf, sizeof buf);
    fputs(buf, stdout);
    status = 1;
  }
  py_ast_arena_free(arena);
  free(src);
  return status;
}
