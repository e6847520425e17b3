/* tests/tools/freeze_pylib.c — compiles the runtime/lib modules and writes their
 * serialized code objects as a C table (py__frozen_code, runtime/py/frozen.h):
 *   build/rel/tests/tools/freeze_pylib OUT.c --lib DIR [--lines-only]
 *                                      [--bundle BUNDLE [--more MORE NAMES]...] [MODULE...]
 * Each module is compiled from its file under DIR (runtime/lib), docstrings included;
 * the text the binaries embed (build/gen/pylib.c, linked into this tool as well) has
 * its comments and docstrings blanked out (scripts/embed_pylib.mjs), since it only
 * serves the source lines of tracebacks and their carets. The tool compiles that text
 * too and checks that it gives the same instructions, lines and columns as the file,
 * so a traceback through a library frame reads the same either way (the build fails
 * otherwise).
 *
 * --lines-only leaves the end lines and columns out of the code objects
 * (PY_MARSHAL_LINES_ONLY: a third of the bytes; tracebacks get them back from the
 * source). With no MODULE it freezes every module. With some, only the modules that
 * importing those MODULEs loads (read from sys.modules after importing them).
 *
 * --bundle (the wasm engine, docs/engine.md "The library bundle"): OUT.c then holds
 * everything the engine embeds about runtime/lib — the text and the code of the modules
 * the MODULEs load (`import asyncio`), the names of all the others and a stamp — and
 * BUNDLE (wasm/dist/taskscope-lib.bin) holds the text and code of all the others, which
 * the engine loads from its host on the first import of one of them
 * (runtime/py/libbundle.c reads the format written by part_file below). Each --more
 * adds a part: the modules its NAMES lists (comma-separated; a package brings its
 * submodules) go to MORE (wasm/dist/taskscope-lib-more.bin, then
 * taskscope-lib-unicode.bin), read only when one of them is imported.
 *
 * The format of the code is platform independent (marshal.h). Each module is read back
 * and written again, and the two byte strings must be equal, so a gap in the reader
 * fails the build rather than an import. Output files are left untouched when their
 * contents would not change (make then rebuilds nothing behind them). */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/code.h"
#include "py/frozen.h"
#include "py/interp.h"
#include "py/libbundle.h"
#include "py/marshal.h"
#include "py/syntax_error.h"

/* This program compiles from source: its own code table is empty, and it has no
 * bundle. */
const py_frozen_code py__frozen_code[] = {{NULL, NULL, 0}};
const py_lib_bundled py__lib_bundle_modules[] = {{NULL, 0}};
const uint64_t py__lib_bundle_stamp = 0;

py_code *py__compile_source(const char *src, size_t n, const char *filename,
                            py_syntax_error *err);

/* Appends bytes to a growing buffer; exits on out of memory (a build tool). */
typedef struct text {
  char *s;
  size_t len, cap;
} text;

static void add(text *t, const void *s, size_t n) {
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

static void add_u32(text *t, uint32_t v) {
  unsigned char b[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                        (unsigned char)(v >> 24)};
  add(t, b, 4);
}

/* Prints the pending Python exception and exits. */
static void fail(const char *module, const char *what) {
  py_object *e = py_err_fetch();
  py_object *s = e ? py_repr(e) : NULL;
  fprintf(stderr, "freeze_pylib: %s: %s: %s\n", module, what, s ? PY_STR_DATA(s) : "?");
  exit(1);
}

/* The whole file at path (malloc'd, *n bytes), or NULL. */
static char *read_file(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  text t = {0};
  char buf[65536];
  size_t got;
  while ((got = fread(buf, 1, sizeof buf, f)) > 0) add(&t, buf, got);
  fclose(f);
  if (!t.s) add(&t, "", 0);
  *n = t.len;
  return t.s;
}

/* Whether two code trees (a module's code and the code constants nested in it) have
 * the same instructions, line tables and positions: what tracebacks read from the code
 * a module runs (compiled from its file) and from the text embedded beside it. */
static bool same_positions(const int32_t *a, const int32_t *b, int n) {
  if (!a || !b) return a == b;
  return memcmp(a, b, (size_t)n * sizeof(int32_t)) == 0;
}

/* Whether two code trees match; when not, *why names the first difference. */
static bool same_code(const py_code *a, const py_code *b, const char **why, const py_code **where) {
  *where = a;
  *why = a->ninstrs != b->ninstrs || a->firstlineno != b->firstlineno ||
                 !py_str_equal(a->qualname, b->qualname) ||
                 memcmp(a->instrs, b->instrs, (size_t)a->ninstrs * sizeof(uint32_t)) != 0
             ? "instructions"
         : !same_positions(a->lines, b->lines, a->ninstrs)       ? "line table"
         : !same_positions(a->endlines, b->endlines, a->ninstrs) ? "end lines"
         : !same_positions(a->cols, b->cols, a->ninstrs) ||
                 !same_positions(a->endcols, b->endcols, a->ninstrs)
             ? "columns"
         : PY_TUPLE_SIZE(a->consts) != PY_TUPLE_SIZE(b->consts) ? "constants"
                                                                : NULL;
  if (*why) return false;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(a->consts); i++) {
    py_object *x = PY_TUPLE_ITEMS(a->consts)[i], *y = PY_TUPLE_ITEMS(b->consts)[i];
    bool xc = PY_TYPE(x) == &py_code_type, yc = PY_TYPE(y) == &py_code_type;
    if (xc != yc) {
      *why = "constants";
      return false;
    }
    if (xc && !same_code((const py_code *)x, (const py_code *)y, why, where)) return false;
  }
  return true;
}

static const char *lib_dir;

/* The serialized code of one module, checked by a round trip; empty when the module
 * does not compile (it is then compiled, and its SyntaxError raised, at import, as
 * before this tool existed: one broken module must not break the build). */
static int marshal_flags;

static py_marshal_buf freeze(const py_embedded_module *m) {
  char filename[256], path[1024];
  snprintf(filename, sizeof filename, "<frozen %s>", m->name);
  snprintf(path, sizeof path, "%s/", lib_dir);
  for (const char *p = m->name; *p; p++) {
    size_t k = strlen(path);
    if (k + 2 < sizeof path) {
      path[k] = *p == '.' ? '/' : *p;
      path[k + 1] = 0;
    }
  }
  strncat(path, m->is_package ? "/__init__.py" : ".py", sizeof path - strlen(path) - 1);
  size_t n;
  char *src = read_file(path, &n);
  if (!src) {
    perror(path);
    exit(1);
  }
  py_syntax_error err;
  py_marshal_buf out = {0}, again = {0};
  py_code *co = py__compile_source(src, n, filename, &err);
  free(src);
  if (!co) {
    fprintf(stderr, "freeze_pylib: warning: %s does not compile; left to import\n", m->name);
    py_err_clear();
    return out;
  }
  py_code *embedded = py__compile_source(m->source, m->size, filename, &err);
  const char *why = "a syntax error";
  const py_code *where = co;
  if (!embedded || !same_code(co, embedded, &why, &where)) {
    fprintf(stderr,
            "freeze_pylib: %s: the embedded text (build/gen/pylib.c, scripts/embed_pylib.mjs) "
            "and %s differ in the %s of %s (line %d)\n",
            m->name, path, why, PY_STR_DATA(where->qualname), where->firstlineno);
    exit(1);
  }
  py_decref((py_object *)embedded);
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

/* A C string literal for arbitrary bytes, split after each newline. */
static void add_c_string(text *c, const char *s, size_t n) {
  add(c, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char b = (unsigned char)s[i];
    if (b == '\\') add(c, "\\\\", 2);
    else if (b == '"') add(c, "\\\"", 2);
    else if (b == '\n') addf(c, "\\n\"\n    \"");
    else if (b >= 0x20 && b < 0x7f && b != '?') add(c, &s[i], 1);
    else addf(c, "\\%03o", b);
  }
  add(c, "\"", 1);
}

/* FNV-1a, 64 bits, continuing from h (0xcbf29ce484222325 to start): the stamp that
 * ties a bundle's parts to the engine built with them. */
static uint64_t fnv1a(uint64_t h, const void *data, size_t n) {
  const unsigned char *p = data;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 0x100000001b3u;
  return h;
}

/* True when names (comma-separated) names the module or a package it belongs to. */
static bool names_module(const char *names, const char *name) {
  size_t len = strlen(name);
  for (const char *at = names; at && *at;) {
    const char *end = strchr(at, ',');
    size_t n = end ? (size_t)(end - at) : strlen(at);
    if (n && n <= len && memcmp(name, at, n) == 0 && (name[n] == 0 || name[n] == '.'))
      return true;
    at = end ? end + 1 : NULL;
  }
  return false;
}

/* The part of the bundle a module goes to: k when the names of part k (1 and up, from
 * the --more options) name it, 0 otherwise. */
static int part_of(const char *name, const char *const *part_names) {
  for (int k = 1; k < PY_LIB_BUNDLE_PARTS; k++)
    if (names_module(part_names[k], name)) return k;
  return 0;
}

/* The records of one part (runtime/py/libbundle.h describes the layout): one per module
 * that is not in the engine and goes to that part; *count gets their number. */
static text part_records(size_t nmods, const bool *in_engine, const int *parts, int which,
                         py_marshal_buf *codes, uint32_t *count) {
  text body = {0};
  *count = 0;
  for (size_t i = 0; i < nmods; i++) {
    if (in_engine[i] || parts[i] != which) continue;
    const py_embedded_module *m = &py__embedded_modules[i];
    size_t nlen = strlen(m->name);
    add_u32(&body, (uint32_t)nlen);
    add_u32(&body, m->is_package ? PY_LIB_BUNDLE_PACKAGE : 0);
    add_u32(&body, (uint32_t)m->size);
    add_u32(&body, (uint32_t)codes[i].len);
    add(&body, m->name, nlen + 1);
    add(&body, m->source, m->size);
    if (codes[i].len) add(&body, codes[i].data, codes[i].len);
    (*count)++;
  }
  return body;
}

/* A part's file: the header, then its records. */
static text part_file(const text *records, uint32_t count, uint64_t stamp) {
  text out = {0};
  add(&out, PY_LIB_BUNDLE_MAGIC, PY_LIB_BUNDLE_MAGIC_LEN);
  add_u32(&out, (uint32_t)stamp);
  add_u32(&out, (uint32_t)(stamp >> 32));
  add_u32(&out, count);
  if (records->len) add(&out, records->s, records->len);
  return out;
}

/* Writes t to path unless the file already holds exactly that. */
static void write_if_changed(const char *path, const text *t) {
  size_t n;
  char *old = read_file(path, &n);
  bool same = old && n == t->len && memcmp(old, t->s, n) == 0;
  free(old);
  if (same) return;
  FILE *f = fopen(path, "wb");
  if (!f || fwrite(t->s, 1, t->len, f) != t->len || fclose(f) != 0) {
    perror(path);
    exit(1);
  }
}

static void usage(void) {
  fputs("usage: freeze_pylib OUT.c --lib DIR [--lines-only] [--bundle BUNDLE [--more MORE "
        "NAMES]...] [MODULE...]\n",
        stderr);
  exit(2);
}

int main(int argc, char **argv) {
  if (argc < 2) usage();
  const char *out_c = argv[1];
  /* paths[0] is the bundle's first part (--bundle), the others come from --more. */
  const char *paths[PY_LIB_BUNDLE_PARTS] = {0}, *part_names[PY_LIB_BUNDLE_PARTS] = {0};
  const char *bundle_path = NULL;
  int nparts = 1;
  int first_module = 2;
  while (first_module < argc && strncmp(argv[first_module], "--", 2) == 0) {
    const char *opt = argv[first_module++];
    if (strcmp(opt, "--lines-only") == 0) {
      marshal_flags = PY_MARSHAL_LINES_ONLY;
    } else if (strcmp(opt, "--lib") == 0 && first_module < argc) {
      lib_dir = argv[first_module++];
    } else if (strcmp(opt, "--bundle") == 0 && first_module < argc) {
      bundle_path = paths[0] = argv[first_module++];
    } else if (strcmp(opt, "--more") == 0 && first_module + 1 < argc &&
               nparts < PY_LIB_BUNDLE_PARTS) {
      paths[nparts] = argv[first_module++];
      part_names[nparts++] = argv[first_module++];
    } else {
      usage();
    }
  }
  bool some = first_module < argc;
  if (!lib_dir || (bundle_path && !some) || (nparts > 1 && !bundle_path)) usage();
  if (py_init(NULL) < 0) {
    fputs("freeze_pylib: the interpreter did not start\n", stderr);
    return 1;
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
  size_t nmods = 0;
  while (py__embedded_modules[nmods].name) nmods++;
  bool *loaded = calloc(nmods + 1, sizeof *loaded);
  int *parts = calloc(nmods + 1, sizeof *parts);
  py_marshal_buf *codes = calloc(nmods + 1, sizeof *codes);
  if (!loaded || !parts || !codes) return 1;
  for (size_t i = 0; i < nmods; i++) {
    const py_embedded_module *m = &py__embedded_modules[i];
    loaded[i] = !some || py_dict_get_str(py_sys_modules(), m->name);
    parts[i] = part_of(m->name, part_names);
    /* A bundle holds the code of the modules the engine does not embed. */
    if (loaded[i] || bundle_path) codes[i] = freeze(m);
  }

  text c = {0};
  addf(&c, "/* Generated by tests/tools/freeze_pylib.c from runtime/lib — do not edit. */\n"
           "#include <stdint.h>\n\n#include \"py/frozen.h\"\n#include \"py/libbundle.h\"\n\n");
  size_t nfrozen = 0, total = 0;
  for (size_t i = 0; i < nmods; i++) {
    const py_embedded_module *m = &py__embedded_modules[i];
    if (!loaded[i] || !codes[i].len) continue;
    nfrozen++;
    addf(&c, "/* %s: %zu bytes of source, %zu of code */\n", m->name, m->size, codes[i].len);
    addf(&c, "static const unsigned char code_%zu[] = {", i);
    for (size_t k = 0; k < codes[i].len; k++)
      addf(&c, "%s%u,", k % 24 ? "" : "\n  ", codes[i].data[k]);
    addf(&c, "\n};\n");
    total += codes[i].len;
  }
  addf(&c, "\nconst py_frozen_code py__frozen_code[] = {\n");
  for (size_t i = 0; i < nmods; i++)
    if (loaded[i] && codes[i].len)
      addf(&c, "  {\"%s\", code_%zu, sizeof code_%zu},\n", py__embedded_modules[i].name, i, i);
  addf(&c, "  {NULL, NULL, 0},\n};\n/* %zu of %zu modules, %zu bytes of code in all. */\n",
       nfrozen, nmods, total);

  uint64_t stamp = 0;
  if (bundle_path) {
    /* The engine embeds the text of the modules it freezes (build/gen/pylib.c is not
     * linked into it) and only the names of the others. */
    addf(&c, "\nconst py_embedded_module py__embedded_modules[] = {\n");
    for (size_t i = 0; i < nmods; i++) {
      const py_embedded_module *m = &py__embedded_modules[i];
      if (!loaded[i]) continue;
      addf(&c, "  {\"%s\",\n    ", m->name);
      add_c_string(&c, m->source, m->size);
      addf(&c, ",\n    %zu, %d},\n", m->size, m->is_package);
    }
    addf(&c, "  {NULL, NULL, 0, 0},\n};\n");
    /* The stamp covers every part, so a part of another build is refused even when the
     * part itself did not change. */
    text records[PY_LIB_BUNDLE_PARTS];
    uint32_t counts[PY_LIB_BUNDLE_PARTS];
    stamp = 0xcbf29ce484222325u;
    for (int k = 0; k < PY_LIB_BUNDLE_PARTS; k++) {
      records[k] = part_records(nmods, loaded, parts, k, codes, &counts[k]);
      stamp = fnv1a(stamp, records[k].s, records[k].len);
    }
    for (int k = 0; k < PY_LIB_BUNDLE_PARTS; k++) {
      if (paths[k]) {
        text file = part_file(&records[k], counts[k], stamp);
        write_if_changed(paths[k], &file);
        free(file.s);
      } else if (counts[k]) {
        fprintf(stderr, "freeze_pylib: part %d of the bundle has modules but no file\n", k);
        return 1;
      }
      free(records[k].s);
    }
  }
  addf(&c, "\n/* The modules kept in the library bundle and their parts "
           "(runtime/py/libbundle.h). */\n"
           "const py_lib_bundled py__lib_bundle_modules[] = {");
  for (size_t i = 0; bundle_path && i < nmods; i++)
    if (!loaded[i]) addf(&c, "\n  {\"%s\", %d},", py__embedded_modules[i].name, parts[i]);
  addf(&c, "\n  {NULL, 0},\n};\nconst uint64_t py__lib_bundle_stamp = 0x%016llxu;\n",
       (unsigned long long)stamp);
  write_if_changed(out_c, &c);

  for (size_t i = 0; i < nmods; i++) py_marshal_buf_free(&codes[i]);
  free(codes);
  free(parts);
  free(loaded);
  free(c.s);
  py_fini();
  return 0;
}
