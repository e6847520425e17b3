/* tests/py/numeric_vectors.h — reads the vector files of scripts/gen_numeric_vectors.py.
 *
 * One case per line, fields separated by single spaces; a field starting with 's' is
 * hex-encoded text (decoded in place by vec_text). The files are found relative to the
 * repository root, where `make test-py` runs; argv[1] overrides the path. */
#ifndef TASKSCOPE_TESTS_NUMERIC_VECTORS_H
#define TASKSCOPE_TESTS_NUMERIC_VECTORS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VEC_MAX_FIELDS 64

typedef struct vec_file {
  FILE *f;
  char *line;
  size_t cap;
  int lineno;
  int nf;
  char *field[VEC_MAX_FIELDS];
} vec_file;

static inline int vec_open(vec_file *v, int argc, char **argv, const char *path) {
  memset(v, 0, sizeof *v);
  v->f = fopen(argc > 1 ? argv[1] : path, "r");
  if (!v->f) {
    fprintf(stderr, "cannot open %s\n", argc > 1 ? argv[1] : path);
    return 0;
  }
  return 1;
}

/* Reads the next case into v->field; returns 0 at the end of the file. */
static inline int vec_next(vec_file *v) {
  ssize_t n = getline(&v->line, &v->cap, v->f);
  if (n < 0) return 0;
  v->lineno++;
  if (n && v->line[n - 1] == '\n') v->line[--n] = '\0';
  v->nf = 0;
  char *p = v->line;
  while (*p && v->nf < VEC_MAX_FIELDS) {
    v->field[v->nf++] = p;
    char *sp = strchr(p, ' ');
    if (!sp) break;
    *sp = '\0';
    p = sp + 1;
  }
  return 1;
}

static inline void vec_close(vec_file *v) {
  free(v->line);
  if (v->f) fclose(v->f);
}

static inline int hexval(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

/* Decodes an 's'-prefixed hex field in place; returns the text and its length. */
static inline char *vec_text(char *field, size_t *len) {
  size_t n = strlen(field + 1) / 2;
  for (size_t i = 0; i < n; i++)
    field[i] = (char)(hexval(field[1 + 2 * i]) * 16 + hexval(field[2 + 2 * i]));
  field[n] = '\0';
  if (len) *len = n;
  return field;
}

#endif
