/* tests/py/floatfmt_test.c — checks runtime/py/floatfmt against CPython's results in
 * tests/vectors/floatfmt.txt (made by scripts/gen_numeric_vectors.py): repr, format()
 * bodies, round, float() parsing, % and //, hash. */
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "../check.h"
#include "numeric_vectors.h"
#include "py/floatfmt.h"
#include "py/mem.h"

static vec_file V;

static void fail_line(const char *what, const char *got) {
  check_failures++;
  fprintf(stderr, "floatfmt.txt:%d: %s: %s %s %s (got %s)\n", V.lineno, what, V.field[0],
          V.nf > 1 ? V.field[1] : "", V.nf > 2 ? V.field[2] : "", got);
}

static int same_double(double a, double b) {
  return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

/* Checks a double result (or an expected error such as !OVERFLOW). */
static void expect_double(int rc, double got, const char *want) {
  check_count++;
  char g[64];
  snprintf(g, sizeof g, "%a rc=%d", got, rc);
  if (want[0] == '!') {
    int w = strcmp(want, "!OVERFLOW") == 0   ? PY_NUM_EOVERFLOW
            : strcmp(want, "!ZERODIV") == 0 ? PY_NUM_EZERODIV
                                             : PY_NUM_EVALUE;
    if (rc != w) fail_line("wrong status", g);
    return;
  }
  if (rc != PY_NUM_OK || !same_double(got, strtod(want, NULL))) fail_line("wrong value", g);
}

static void run_case(void) {
  char **f = V.field;
  const char *op = f[0];
  if (strcmp(op, "parse") == 0) {
    size_t n;
    char *text = vec_text(f[1], &n);
    double d = 0;
    int rc = py_float_parse(text, n, &d);
    expect_double(rc, d, f[2]);
    return;
  }
  if (strcmp(op, "fromhex") == 0) {
    size_t n;
    char *text = vec_text(f[1], &n);
    double d = 0;
    int rc = py_float_fromhex(text, n, &d);
    expect_double(rc, d, f[2]);
    return;
  }
  double x = strtod(f[1], NULL);
  if (strcmp(op, "repr") == 0) {
    char buf[PY_FLOAT_REPR_MAX];
    size_t n = py_float_repr(x, buf);
    const char *want = vec_text(f[2], NULL);
    CHECK_STR(buf, want);
    CHECK_INT(n, strlen(want));
    /* The vector's own hex field is Python's float.hex(). */
    char hex[PY_FLOAT_REPR_MAX];
    py_float_hex(x, hex);
    CHECK_STR(hex, f[1]);
  } else if (strcmp(op, "hash") == 0) {
    CHECK_INT(py_float_hash(x), strtoll(f[2], NULL, 10));
  } else if (strcmp(op, "fmt") == 0) {
    char type = f[2][0] == '-' ? 0 : f[2][0];
    char *s = NULL;
    size_t len = 0;
    int rc = py_float_format(x, type, atoi(f[3]), atoi(f[4]), &s, &len);
    const char *want = vec_text(f[5], NULL);
    check_count++;
    if (rc != PY_NUM_OK || strcmp(s, want) != 0 || len != strlen(want)) {
      check_failures++;
      fprintf(stderr, "floatfmt.txt:%d: format(%a, type %c prec %s flags %s) = \"%s\", want \"%s\"\n",
              V.lineno, x, type ? type : '-', f[3], f[4], s ? s : "(null)", want);
    }
    if (rc == PY_NUM_OK) py_mem_free(s, len + 1);
  } else if (strcmp(op, "round") == 0) {
    double d = 0;
    int rc = py_float_round(x, strtoll(f[2], NULL, 10), &d);
    expect_double(rc, d, f[3]);
  } else if (strcmp(op, "roundint") == 0) {
    /* The vector went through int(), which has no negative zero. */
    expect_double(PY_NUM_OK, py_float_round_half_even(x) + 0.0, f[2]);
  } else if (strcmp(op, "mod") == 0) {
    double d = 0;
    int rc = py_float_mod(x, strtod(f[2], NULL), &d);
    expect_double(rc, d, f[3]);
  } else if (strcmp(op, "floordiv") == 0) {
    double d = 0;
    int rc = py_float_floordiv(x, strtod(f[2], NULL), &d);
    expect_double(rc, d, f[3]);
  } else {
    fail_line("unknown op", "");
  }
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* One-shot timing of repr on awkward (17-digit) and easy values, for the report. */
static void time_repr(void) {
  char buf[PY_FLOAT_REPR_MAX];
  double t0 = now();
  for (int i = 0; i < 10000; i++) py_float_repr(1.0 / (i + 3), buf);
  double t1 = now();
  for (int i = 0; i < 10000; i++) py_float_repr(i * 0.5, buf);
  double t2 = now();
  fprintf(stderr, "floatfmt: repr %.2f us per 1/n value, %.2f us per short value\n",
          (t1 - t0) * 1e6 / 10000, (t2 - t1) * 1e6 / 10000);
}

int main(int argc, char **argv) {
  if (!vec_open(&V, argc, argv, "tests/vectors/floatfmt.txt")) return 1;
  int cases = 0;
  while (vec_next(&V)) {
    run_case();
    cases++;
  }
  vec_close(&V);
  time_repr();
  CHECK_INT(py_mem_used(), 0);
  fprintf(stderr, "floatfmt: %d vector cases\n", cases);
  return CHECK_DONE("floatfmt_test");
}
