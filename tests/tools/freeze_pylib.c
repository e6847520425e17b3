/* tests/tools/freeze_pylib.c — compiles every embedded runtime/lib module and writes
 * their serialized code objects as a C table (py__frozen_code, runtime/py/frozen.h):
 *   build/rel/tests/tools/freeze_pylib OUT.c [--lines-only] [MODULE...]
 * --lines-only leaves the end lines and columns out of the code objects
 * (PY_MARSHAL_LINES_ONLY: a third of the bytes; tracebacks get them back from the
 * source). With no MODULE it freezes every module. With some, only the embedded modules that
 * importing those MODULEs loads (read from sys.modules after importing them): the wasm
 * build freezes what `import asyncio` needs, because its download size counts (each
 * module's serialized code is larger than its source, which stays embedded for
 * tracebacks) and the rest is rarely imported in a playground. The Makefile runs it
 * to make build/gen/pylib_code.c (native) and build/gen/pylib_code_wasm.c; the format
 * is platform independent (marshal.h). This tool links the
 * source table but not the code table (it defines an empty one below), so it always
 * compiles from source. Each module is read back and written again, and the two byte
 * strings must be equal, so a gap in the reader fails the build rather than an import.
 * OUT.c is left untouched when its contents would not change. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/code.h"
#include "py/frozen.h"
#include "py/interp.h"
#include "py/marshal.h"
#include "py/syntax_error.h"

/* This program compiles from source: its own code table is empty. */
const py_frozen_code py__frozen_code[] = {{NULL, NULL, 0}};

py_code *py__compile_source(const char *src, size_t n, const char *filename,
                            py_syntax_error *err);

/* Appends text to a growing string; exits on out of memory (a build tool). */
typedef struct text {
  char *s;
  size_t len, cap;
} text;

static void add(text *t, const char *s, size_t n) {
  if (t->len + n + 1 > t->cap) {
    size_t cap = t->cap ? t->cap : 1 << 16;
    while (cap < t->len + n + 1) cap *= 2;
    char *p = realloc(t->s, cap);
    if (!p) {
      fputs("freeze_pylib: out of memory\n", stderr);
      exit(1);
    }
    t->s = p;
    t->cap = cap;
  }
  memcpy(t->s + t->len, s, n);
  t->len += n;
  t->s[t->len] = 0;
}

static void addf(text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void addf(text *t, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  add(t, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* Prints the pending Python exception and exits. */
static void fail(const char *module, const char *what) {
  py_object *e = py_err_fetch();
  py_object *s = e ? py_repr(e) : NULL;
  fprintf(stderr, "freeze_pylib: %s: %s: %s\n", module, what, s ? PY_STR_DATA(s) : "?");
  exit(1);
}

/* The serialized code of one module, checked by a round trip; empty when the module
 * does not compile (it is then compiled, and its SyntaxError raised, at import, as
 * before this tool existed: one broken module must not break the build). */
static int marshal_flags;

static py_marshal_buf freeze(const py_embedded_module *m) {
  char filename[256];
  snprintf(filename, sizeof filename, "<frozen %s>", m->name);
  py_syntax_error err;
  py_marshal_buf out = {0}, again = {0};
  py_code *co = py__compile_source(m->source, m->size, filename, &err);
  if (!co) {
    fprintf(stderr, "freeze_pylib: warning: %s does not compile; left to import\n", m->name);
    py_err_clear();
    return out;
  }
  if (py_marshal_write((py_object *)co, &out, marshal_flags) < 0) fail(m->name, "cannot serialize");
  py_object *back = py_marshal_read(out.data, out.len);
  if (!back) fail(m->name, "cannot read back");
  if (py_marshal_write(back, &again, marshal_flags) < 0) fail(m->name, "cannot serialize again");
  if (again.len != out.len || memcmp(again.data, out.data, out.len) != 0) {
    fprintf(stderr, "freeze_pylib: %s: reading back changed the code\n", m->name);
    exit(1);
  }
  py_marshal_buf_free(&again);
  py_decref(back);
  py_decref((py_object *)co);
  return out;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: freeze_pylib OUT.c [--lines-only] [MODULE...]\n", stderr);
    return 2;
  }
  if (py_init(NULL) < 0) {
    fputs("freeze_pylib: the interpreter did not start\n", stderr);
    return 1;
  }
  int first_module = 2;
  if (argc > 2 && strcmp(argv[2], "--lines-only") == 0) {
    marshal_flags = PY_MARSHAL_LINES_ONLY;
    first_module = 3;
  }
  for (int i = first_module; i < argc; i++) {
    py_object *m = py_import(argv[i]);
    if (!m) {
      /* What it imported before failing is still frozen; the failure shows at run time
       * (and in the tests), not as a build that stops every other target. */
      fprintf(stderr, "freeze_pylib: warning: importing %s failed\n", argv[i]);
      py_err_clear();
      continue;
    }
    py_decref(m);
  }
  text c = {0};
  addf(&c, "/* Generated by tests/tools/freeze_pylib.c from runtime/lib — do not edit. */\n"
           "#include \"py/frozen.h\"\n\n");
  size_t nmods = 0, nfrozen = 0, total = 0;
  while (py__embedded_modules[nmods].name) nmods++;
  bool *frozen = calloc(nmods + 1, sizeof *frozen);
  if (!frozen) return 1;
  for (size_t i = 0; i < nmods; i++) {
    const py_embedded_module *m = &py__embedded_modules[i];
    if (argc > first_module && !py_dict_get_str(py_sys_modules(), m->name)) continue;
    py_marshal_buf b = freeze(m);
    if (!b.len) continue;
    frozen[i] = true;
    nfrozen++;
    addf(&c, "/* %s: %zu bytes of source, %zu of code */\n", m->name, m->size, b.len);
    addf(&c, "static const unsigned char code_%zu[] = {", i);
    for (size_t k = 0; k < b.len; k++) addf(&c, "%s%u,", k % 24 ? "" : "\n  ", b.data[k]);
    addf(&c, "\n};\n");
    total += b.len;
    py_marshal_buf_free(&b);
  }
  addf(&c, "\nconst py_frozen_code py__frozen_code[] = {\n");
  for (size_t i = 0; i < nmods; i++)
    if (frozen[i])
      addf(&c, "  {\"%s\", code_%zu, sizeof code_%zu},\n", py__embedded_modules[i].name, i, i);
  addf(&c, "  {NULL, NULL, 0},\n};\n/* %zu of %zu modules, %zu bytes of code in all. */\n",
       nfrozen, nmods, total);
  free(frozen);

  FILE *f = fopen(argv[1], "rb");
  if (f) {
    char *old = malloc(c.len + 1);
    size_t got = old ? fread(old, 1, c.len + 1, f) : 0;
    fclose(f);
    bool same = old && got == c.len && memcmp(old, c.s, c.len) == 0;
    free(old);
    if (same) return 0;
  }
  f = fopen(argv[1], "wb");
  if (!f || fwrite(c.s, 1, c.len, f) != c.len || fclose(f) != 0) {
    perror(argv[1]);
    return 1;
  }
  free(c.s);
  py_fini();
  return 0;
}
