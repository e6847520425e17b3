/* tests/py/formatspec_test.c — checks runtime/py/formatspec against CPython's format()
 * and '%' results in tests/vectors/formatspec.txt (scripts/gen_numeric_vectors.py),
 * messages included. */
#include <stdlib.h>

#include "../check.h"
#include "numeric_vectors.h"
#include "py/formatspec.h"
#include "py/mem.h"

static vec_file V;

/* Compares an outcome with the expected field(s): a text, or "!VALUE msg" /
 * "!OVERFLOW msg" for format(), "!msg" for printf. */
static void expect(int rc, char *got, size_t len, const py_fmt_error *err, char **want, int nwant) {
  check_count++;
  const char *w0 = want[0];
  int ok;
  char shown[400];
  if (w0[0] == '!') {
    const char *msg = vec_text(nwant > 1 ? want[1] : (char *)w0 + 1, NULL);
    int want_rc = strcmp(w0, "!OVERFLOW") == 0 ? PY_NUM_EOVERFLOW : PY_NUM_EVALUE;
    ok = (rc == want_rc || (nwant == 1 && rc < 0 && rc != PY_NUM_ENOMEM)) &&
         strcmp(err->msg, msg) == 0;
    snprintf(shown, sizeof shown, "rc %d \"%s\" want \"%s\"", rc, rc ? err->msg : got, msg);
  } else {
    size_t wlen;
    const char *w = vec_text(want[0], &wlen);
    ok = rc == PY_NUM_OK && len == wlen && memcmp(got, w, len) == 0;
    snprintf(shown, sizeof shown, "\"%s\" (rc %d %s) want \"%s\"", rc ? "" : got, rc,
             rc ? err->msg : "", w);
  }
  if (!ok) {
    check_failures++;
    fprintf(stderr, "formatspec.txt:%d: %s\n", V.lineno, shown);
  }
  if (rc == PY_NUM_OK) py_mem_free(got, len + 1);
}

static void format_case(char **f) {
  const char *kind = f[1];
  size_t slen;
  char *spec = vec_text(f[3], &slen);
  const char *tname = f[4];
  py_formatspec sp;
  py_fmt_error err = {{0}};
  char *out = NULL;
  size_t len = 0;
  int rc = py_formatspec_parse(spec, slen, tname, &sp, &err);
  if (rc == PY_NUM_OK) {
    if (strcmp(kind, "int") == 0) {
      py_bigint *v = NULL;
      if (py_bigint_from_string(f[2], strlen(f[2]), 0, 0, &v, NULL)) {
        fprintf(stderr, "bad vector at line %d\n", V.lineno);
        exit(2);
      }
      rc = py_formatspec_int(&sp, v, tname, &out, &len, &err);
      int64_t small;
      if (py_bigint_to_int64(v, &small)) {
        /* The int64 entry point must agree with the bigint one. */
        char *o2 = NULL;
        size_t l2 = 0;
        py_fmt_error e2 = {{0}};
        int rc2 = py_formatspec_int64(&sp, small, tname, &o2, &l2, &e2);
        CHECK(rc2 == rc && (rc ? strcmp(e2.msg, err.msg) == 0 : strcmp(o2, out) == 0));
        if (rc2 == PY_NUM_OK) py_mem_free(o2, l2 + 1);
      }
      py_bigint_free(v);
    } else if (strcmp(kind, "float") == 0) {
      rc = py_formatspec_float(&sp, strtod(f[2], NULL), tname, &out, &len, &err);
    } else {
      size_t n;
      char *s = vec_text(f[2], &n);
      rc = py_formatspec_str(&sp, s, n, tname, &out, &len, &err);
    }
  }
  expect(rc, out, len, &err, f + 5, V.nf - 5);
}

/* printf S(fmt) kind value star1 star2 expected: the test plays the '%' operator's
 * part of taking '*' values from the arguments. */
static void printf_case(char **f) {
  size_t n, used = 0;
  char *fmt = vec_text(f[1], &n);
  py_printf_spec p;
  py_fmt_error err = {{0}};
  char *out = NULL;
  size_t len = 0;
  int rc = py_printf_parse(fmt + 1, n - 1, &used, &p, &err);
  if (rc == PY_NUM_OK) {
    int star = 4;
    if (p.width == PY_PRINTF_STAR) {
      p.width = strtoll(f[star++], NULL, 10);
      if (p.width < 0) {
        p.left = 1;
        p.width = -p.width;
      }
    }
    if (p.precision == PY_PRINTF_STAR) {
      p.precision = strtoll(f[star++], NULL, 10);
      if (p.precision < 0) p.precision = 0;
    }
    if (strcmp(f[2], "int") == 0) {
      py_bigint *v = NULL;
      py_bigint_from_string(f[3], strlen(f[3]), 0, 0, &v, NULL);
      rc = py_printf_int(&p, v, &out, &len, &err);
      py_bigint_free(v);
    } else {
      rc = py_printf_float(&p, strtod(f[3], NULL), &out, &len, &err);
    }
  }
  if (rc == PY_NUM_OK && used + 1 < n) {
    /* The text after the conversion (a '|' marking the width) follows the result. */
    size_t tail = n - 1 - used, whole = len + tail;
    char *joined = py_mem_realloc(out, len + 1, whole + 1);
    if (!joined) {
      py_mem_free(out, len + 1);
      rc = PY_NUM_ENOMEM;
    } else {
      memcpy(joined + len, fmt + 1 + used, tail);
      joined[whole] = '\0';
      out = joined;
      len = whole;
    }
  }
  expect(rc, out, len, &err, f + 6, 1);
}

/* Every allocation failure along a few long formats yields PY_NUM_ENOMEM and no leak. */
static void every_allocation_failure_is_clean(void) {
  static const char *specs[] = {"*^3000,.2f", "0=2000,", ".500e", "#02000_x", "\xc3\xa9>900"};
  size_t base = py_mem_used();
  for (size_t k = 0; k < sizeof specs / sizeof specs[0]; k++) {
    int completed = 0;
    for (size_t cap = 1; cap < 100000 && !completed; cap += 32) {
      py_formatspec sp;
      py_fmt_error err;
      char *out = NULL;
      size_t len = 0;
      CHECK_INT(py_formatspec_parse(specs[k], strlen(specs[k]), "float", &sp, &err), 0);
      py_mem_set_limit(base + cap);
      int rc = k == 4 ? py_formatspec_str(&sp, "abc", 3, "str", &out, &len, &err)
               : k == 1 || k == 3 ? py_formatspec_int64(&sp, 123456789, "int", &out, &len, &err)
                                  : py_formatspec_float(&sp, 1234567.891, "float", &out, &len, &err);
      py_mem_set_limit(0);
      if (rc == PY_NUM_OK) {
        completed = 1;
        py_mem_free(out, len + 1);
      } else {
        CHECK_INT(rc, PY_NUM_ENOMEM);
      }
      CHECK_INT(py_mem_used(), base);
    }
    CHECK(completed);
  }
}

int main(int argc, char **argv) {
  if (!vec_open(&V, argc, argv, "tests/vectors/formatspec.txt")) return 1;
  int cases = 0;
  while (vec_next(&V)) {
    if (strcmp(V.field[0], "fmt") == 0) format_case(V.field);
    else printf_case(V.field);
    cases++;
  }
  vec_close(&V);
  every_allocation_failure_is_clean();
  CHECK_INT(py_mem_used(), 0);
  fprintf(stderr, "formatspec: %d vector cases\n", cases);
  return CHECK_DONE("formatspec_test");
}
