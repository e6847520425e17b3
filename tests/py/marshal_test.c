/* tests/py/marshal_test.c — the serialized form of code objects (runtime/py/marshal.h):
 * constants and code survive a round trip, a module loaded from its serialized code
 * runs and reports the same lines in tracebacks as one compiled from source, and
 * damaged data (every truncation, every single-byte change of a small module) gives
 * ValueError, never a crash (this binary runs under ASan and UBSan). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "py/code.h"
#include "py/frozen.h"
#include "py/interp.h"
#include "py/marshal.h"
#include "py/syntax_error.h"

py_code *py__compile_source(const char *src, size_t n, const char *filename,
                            py_syntax_error *err);
void py__sys_flush(void);

/* Serializes o and reads it back; NULL (with the failure counted) when either fails. */
static py_object *round_trip(py_object *o) {
  py_marshal_buf b = {0};
  py_object *back = NULL;
  if (py_marshal_write(o, &b, 0) == 0) back = py_marshal_read(b.data, b.len);
  CHECK(back != NULL);
  if (!back) py_err_clear();
  py_marshal_buf_free(&b);
  return back;
}

/* repr(a) == repr(b), for values whose repr shows everything that matters. */
static int same_repr(py_object *a, py_object *b) {
  py_object *ra = py_repr(a), *rb = py_repr(b);
  int same = ra && rb && strcmp(PY_STR_DATA(ra), PY_STR_DATA(rb)) == 0;
  py_xdecref(ra);
  py_xdecref(rb);
  return same;
}

static void test_constants(void) {
  const char *src =
      "x = (None, True, False, ..., 0, -1, 2**62, -2**63, 10**40, -7**50, 1.5, -0.0,\n"
      "     float('inf'), 'text', 'ünïcode ✓', b'\\x00bytes\\xff', (), ((1,), ('a', 'a')),\n"
      "     frozenset({1, 2, 3}))\n";
  py_object *g = py_dict_new();
  CHECK(g != NULL);
  py_dict_set_str(g, "__builtins__", py_builtins_dict());
  py_syntax_error err;
  py_code *co = py__compile_source(src, strlen(src), "<consts>", &err);
  CHECK(co != NULL);
  py_object *r = co ? py_vm_exec_code(co, g, NULL, NULL) : NULL;
  CHECK(r != NULL);
  py_xdecref(r);
  py_object *x = py_dict_get_str(g, "x");
  CHECK(x != NULL);
  if (x) {
    py_object *back = round_trip(x);
    CHECK(back && same_repr(x, back));
    /* -0.0 keeps its sign, and nan its nan-ness. */
    py_object *nan = py_float_from_double(NAN);
    py_object *nb = nan ? round_trip(nan) : NULL;
    CHECK(nb && isnan(PY_FLOAT_VALUE(nb)));
    py_xdecref(nb);
    py_xdecref(nan);
    py_xdecref(back);
  }
  /* A list is not a constant the compiler makes: TypeError, nothing written. */
  py_object *l = py_list_new(0);
  py_marshal_buf b = {0};
  CHECK(l && py_marshal_write(l, &b, 0) < 0 && py_err_occurred());
  py_err_clear();
  py_marshal_buf_free(&b);
  py_xdecref(l);
  py_xdecref((py_object *)co);
  py_decref(g);
}

/* Runs code in a fresh namespace and returns what the program wrote to stdout. */
static char out_buf[4096];
static size_t out_len;
static void capture(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  (void)fd;
  if (out_len + n < sizeof out_buf) {
    memcpy(out_buf + out_len, s, n);
    out_len += n;
    out_buf[out_len] = 0;
  }
}

static const char module_src[] =
    "import sys\n"
    "def deep(n):\n"
    "    if n == 0:\n"
    "        return [][1]\n"
    "    return deep(n - 1)\n"
    "class K:\n"
    "    def __init__(self, *a, k=3, **kw):\n"
    "        self.t = (a, k, kw)\n"
    "    async def co(self):\n"
    "        return [i async for i in self.agen()]\n"
    "    async def agen(self):\n"
    "        for i in range(2):\n"
    "            yield i\n"
    "def cells():\n"
    "    x = 1\n"
    "    def inner():\n"
    "        nonlocal x\n"
    "        x += 1\n"
    "        return x\n"
    "    return inner\n"
    "try:\n"
    "    deep(2)\n"
    "except IndexError as e:\n"
    "    tb = e.__traceback__\n"
    "    lines = []\n"
    "    while tb:\n"
    "        lines.append(tb.tb_lineno)\n"
    "        tb = tb.tb_next\n"
    "    print(lines)\n"
    "c = K(1, 2, k=4, z=5).co()\n"
    "try:\n"
    "    c.send(None)\n"
    "except StopIteration as s:\n"
    "    print(s.value, K(9).t, cells()(), {1, 2, 3, 4} & {2, 4})\n";

/* The same program, from source and from its serialized code, prints the same. */
static void test_code(void) {
  py_syntax_error err;
  py_code *co = py__compile_source(module_src, sizeof module_src - 1, "<mod>", &err);
  CHECK(co != NULL);
  if (!co) return;
  py_code *back = (py_code *)round_trip((py_object *)co);
  CHECK(back && PY_TYPE(back) == &py_code_type);
  if (!back || PY_TYPE(back) != &py_code_type) return;
  CHECK_INT(back->ninstrs, co->ninstrs);
  CHECK(memcmp(back->instrs, co->instrs, (size_t)co->ninstrs * 4) == 0);
  CHECK(memcmp(back->lines, co->lines, (size_t)co->ninstrs * 4) == 0);
  CHECK(memcmp(back->endlines, co->endlines, (size_t)co->ninstrs * 4) == 0);
  CHECK(memcmp(back->cols, co->cols, (size_t)co->ninstrs * 4) == 0);
  CHECK(memcmp(back->endcols, co->endcols, (size_t)co->ninstrs * 4) == 0);
  char outs[2][4096];
  py_code *codes[2] = {co, back};
  for (int i = 0; i < 2; i++) {
    out_len = 0;
    out_buf[0] = 0;
    py_object *g = py_dict_new();
    py_dict_set_str(g, "__builtins__", py_builtins_dict());
    py_object *r = py_vm_exec_code(codes[i], g, NULL, NULL);
    CHECK(r != NULL);
    if (!r) py_err_clear();
    py_xdecref(r);
    /* The module's functions and class refer to g (their globals): emptying it breaks
     * those cycles, which nothing else would (no cycle collector, object.h). */
    py_object *clear = py_getattr_str(g, "clear");
    py_object *cleared = clear ? py_call(clear, NULL, 0, NULL) : NULL;
    if (!cleared) py_err_clear();
    py_xdecref(cleared);
    py_xdecref(clear);
    py_decref(g);
    py__sys_flush();
    snprintf(outs[i], sizeof outs[i], "%s", out_buf);
  }
  CHECK_STR(outs[0], "[22, 5, 5, 4]\n[0, 1] ((9,), 3, {}) 2 {2, 4}\n");
  CHECK_STR(outs[1], outs[0]);
  py_decref((py_object *)back);

  /* Damaged data: every truncation and every single-byte change of the serialized
   * module is refused or read as some object, never a crash. */
  py_marshal_buf b = {0};
  CHECK(py_marshal_write((py_object *)co, &b, 0) == 0);
  for (size_t n = 0; n < b.len; n++) {
    py_object *o = py_marshal_read(b.data, n);
    CHECK(o == NULL && py_err_occurred());
    py_xdecref(o);
    py_err_clear();
  }
  for (size_t i = 0; i < b.len; i++) {
    unsigned char saved = b.data[i];
    for (int v = 0; v < 256; v += 37) {
      b.data[i] = (unsigned char)(saved ^ (v | 1));
      py_object *o = py_marshal_read(b.data, b.len);
      if (!o) CHECK(py_err_occurred());
      py_xdecref(o);
      py_err_clear();
    }
    b.data[i] = saved;
  }
  py_marshal_buf_free(&b);
  py_decref((py_object *)co);
}

static double no_clock(void *ctx) {
  (void)ctx;
  return 0;
}
static void no_sleep(void *ctx, double secs) {
  (void)ctx;
  (void)secs;
}

/* Frozen with lines only, an embedded module's code gets its columns back from the
 * source, equal to what compiling gives, in nested functions too. */
static void test_lines_only(void) {
  const py_embedded_module *em = NULL;
  for (const py_embedded_module *m = py__embedded_modules; m->name; m++)
    if (strcmp(m->name, "heapq") == 0) em = m;
  CHECK(em != NULL);
  if (!em) return;
  py_syntax_error err;
  py_code *co = py__compile_source(em->source, em->size, "<frozen heapq>", &err);
  CHECK(co != NULL);
  if (!co) return;
  py_marshal_buf b = {0}, full = {0};
  CHECK(py_marshal_write((py_object *)co, &b, PY_MARSHAL_LINES_ONLY) == 0);
  CHECK(py_marshal_write((py_object *)co, &full, 0) == 0);
  CHECK(b.len < full.len);
  py_code *back = (py_code *)py_marshal_read(b.data, b.len);
  CHECK(back && PY_TYPE(back) == &py_code_type);
  if (back && PY_TYPE(back) == &py_code_type) {
    CHECK(back->cols == NULL && back->endcols == NULL && back->endlines == NULL);
    CHECK(memcmp(back->lines, co->lines, (size_t)co->ninstrs * 4) == 0);
    py_code *nested = NULL, *orig = NULL;
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(back->consts) && !nested; i++)
      if (PY_TYPE(PY_TUPLE_ITEMS(back->consts)[i]) == &py_code_type) {
        nested = (py_code *)PY_TUPLE_ITEMS(back->consts)[i];
        orig = (py_code *)PY_TUPLE_ITEMS(co->consts)[i];
      }
    CHECK(nested != NULL);
    py_code *pairs[2][2] = {{back, co}, {nested, orig}};
    for (int k = 0; k < 2 && nested; k++) {
      py_code *got = pairs[k][0], *want = pairs[k][1];
      CHECK(py__code_fill_positions(got) == 0);
      CHECK(got->cols && memcmp(got->cols, want->cols, (size_t)want->ninstrs * 4) == 0);
      CHECK(got->endcols && memcmp(got->endcols, want->endcols, (size_t)want->ninstrs * 4) == 0);
      CHECK(got->endlines &&
            memcmp(got->endlines, want->endlines, (size_t)want->ninstrs * 4) == 0);
    }
    CHECK(!py_err_occurred());
  }
  py_xdecref((py_object *)back);
  py_marshal_buf_free(&b);
  py_marshal_buf_free(&full);
  py_decref((py_object *)co);
}

/* Serializes o; 0 with *out filled, or -1. */
static int dump(py_object *o, py_marshal_buf *out) {
  memset(out, 0, sizeof *out);
  int rc = py_marshal_write(o, out, 0);
  CHECK(rc == 0);
  if (rc < 0) py_err_clear();
  return rc;
}

/* Frozenset constants (`x in {'a', 'b', ...}`) serialize the same whatever order their
 * items went in, and reading one back then writing it again gives the same bytes: a
 * set's iteration order depends on the order of insertion when items collide, so
 * writing that order (what freeze_pylib's round-trip check once tripped on) is not
 * stable. The items are written sorted by their own serialized bytes, as CPython 3.11's
 * marshal does. */
static void test_frozenset_order(void) {
  char src[8192];
  int bad_trips = 0, bad_orders = 0;
  for (int round = 0; round < 60; round++) {
    /* Items of three kinds, many enough that some collide; two insertion orders. In
     * odd rounds all are strs and ints, which the compiler folds into one frozenset
     * constant; a tuple among them keeps the items apart (the constants' order then
     * follows the source, so only the round trip is checked). */
    int n = 8 + round * 3;
    for (int order = 0; order < 2; order++) {
      size_t k = (size_t)snprintf(src, sizeof src, "def f(x):\n    return x in {");
      for (int j = 0; j < n; j++) {
        int i = order ? n - 1 - j : j;
        if (i % 3 == 0 || (round % 2 && i % 3 == 2))
          k += (size_t)snprintf(src + k, sizeof src - k, "'k%d', ", i * 7 + round);
        else if (i % 3 == 1)
          k += (size_t)snprintf(src + k, sizeof src - k, "%d, ", i * 8 + round * 64);
        else
          k += (size_t)snprintf(src + k, sizeof src - k, "('t', %d), ", i + round);
      }
      snprintf(src + k, sizeof src - k, "}\n");
      py_syntax_error err;
      py_code *co = py__compile_source(src, strlen(src), "<sets>", &err);
      CHECK(co != NULL);
      if (!co) {
        py_err_clear();
        continue;
      }
      static py_marshal_buf first[2];
      py_marshal_buf a, again;
      if (dump((py_object *)co, &a) == 0) {
        py_object *back = py_marshal_read(a.data, a.len);
        CHECK(back != NULL);
        if (back && dump(back, &again) == 0) {
          if (again.len != a.len || memcmp(again.data, a.data, a.len) != 0) bad_trips++;
          py_marshal_buf_free(&again);
        }
        py_xdecref(back);
        if (order == 0) {
          first[0] = a;
        } else {
          if (round % 2 && (first[0].len != a.len || memcmp(first[0].data, a.data, a.len) != 0))
            bad_orders++;
          py_marshal_buf_free(&first[0]);
          py_marshal_buf_free(&a);
        }
      }
      py_decref((py_object *)co);
    }
  }
  CHECK(bad_trips == 0);
  CHECK(bad_orders == 0);
  if (bad_trips || bad_orders)
    fprintf(stderr, "marshal_test: %d unstable round trips, %d order-dependent dumps\n",
            bad_trips, bad_orders);
}

int main(void) {
  py_host host = {capture, no_clock, no_clock, no_sleep, NULL};
  py_config cfg = {.virtual_clock = true, .host = &host};
  if (py_init(&cfg) < 0) {
    fputs("marshal_test: py_init failed\n", stderr);
    return 1;
  }
  test_constants();
  test_code();
  test_lines_only();
  test_frozenset_order();
  py_fini();
  return CHECK_DONE("marshal_test");
}
