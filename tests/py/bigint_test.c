/* tests/py/bigint_test.c — checks runtime/py/bigint against CPython's results in
 * tests/vectors/bigint.txt (made by scripts/gen_numeric_vectors.py), then times the
 * whole computations the brief names (fib(1000), 2**10000, 1000! and their str()). */
#include <math.h>
#include <stdlib.h>
#include <time.h>

#include "../check.h"
#include "numeric_vectors.h"
#include "py/bigint.h"
#include "py/mem.h"

static vec_file V;

static void fail_line(const char *what) {
  check_failures++;
  fprintf(stderr, "bigint.txt:%d: %s: %s %s %s\n", V.lineno, what, V.field[0],
          V.nf > 1 ? V.field[1] : "", V.nf > 2 ? V.field[2] : "");
}

/* Parses a hex() field; aborts the test on a malformed vector. */
static py_bigint *num(const char *s) {
  py_bigint *r = NULL;
  if (py_bigint_from_string(s, strlen(s), 0, 0, &r, NULL) != PY_NUM_OK) {
    fprintf(stderr, "bigint.txt:%d: bad vector field %s\n", V.lineno, s);
    exit(2);
  }
  return r;
}

static const char *status_name(int rc) {
  switch (rc) {
  case PY_NUM_OK: return "OK";
  case PY_NUM_ENOMEM: return "!NOMEM";
  case PY_NUM_EZERODIV: return "!ZERODIV";
  case PY_NUM_EOVERFLOW: return "!OVERFLOW";
  case PY_NUM_EVALUE: return "!VALUE";
  case PY_NUM_ELIMIT: return "!LIMIT";
  }
  return "?";
}

/* Checks a result (consumed) against an expected field: a hex() value or an error. */
static void expect(int rc, py_bigint *got, const char *want) {
  check_count++;
  if (want[0] == '!') {
    if (strcmp(status_name(rc), want) != 0) fail_line("wrong status");
    py_bigint_free(got);
    return;
  }
  if (rc != PY_NUM_OK || !got) {
    fail_line(rc ? status_name(rc) : "NULL result");
    return;
  }
  py_bigint *w = num(want);
  if (py_bigint_cmp(got, w) != 0) fail_line("wrong value");
  py_bigint_free(w);
  py_bigint_free(got);
}

static void expect_double(int rc, double got, const char *want) {
  check_count++;
  if (want[0] == '!') {
    if (strcmp(status_name(rc), want) != 0) fail_line("wrong status");
    return;
  }
  double w = strtod(want, NULL);
  if (rc != PY_NUM_OK) fail_line(status_name(rc));
  else if (memcmp(&got, &w, sizeof w) != 0 && !(isnan(got) && isnan(w))) {
    fprintf(stderr, "  got %a want %a\n", got, w);
    fail_line("wrong double");
  }
}

static void expect_string(int rc, char *got, size_t len, const char *want) {
  check_count++;
  if (want[0] == '!') {
    if (strcmp(status_name(rc), want) != 0) fail_line("wrong status");
  } else if (rc != PY_NUM_OK) {
    fail_line(status_name(rc));
  } else if (strlen(got) != len || strcmp(got, want) != 0) {
    fail_line("wrong string");
  }
  if (rc == PY_NUM_OK) py_mem_free(got, len + 1);
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Times a computation already checked elsewhere and checks its value and str(). */
static void timed_case(void) {
  const char *op = V.field[0];
  int n = atoi(V.field[1]);
  double t0 = now();
  py_bigint *r = NULL;
  if (strcmp(op, "factorial") == 0) {
    r = py_bigint_from_int64(1);
    for (int i = 2; i <= n && r; i++) {
      py_bigint *k = py_bigint_from_int64(i), *t = k ? py_bigint_mul(r, k) : NULL;
      py_bigint_free(k);
      py_bigint_free(r);
      r = t;
    }
  } else if (strcmp(op, "fib") == 0) {
    py_bigint *a = py_bigint_from_int64(0), *b = py_bigint_from_int64(1);
    for (int i = 0; i < n; i++) {
      py_bigint *t = py_bigint_add(a, b);
      py_bigint_free(a);
      a = b;
      b = t;
    }
    py_bigint_free(b);
    r = a;
  } else {
    py_bigint *two = py_bigint_from_int64(2), *e = py_bigint_from_int64(n);
    py_bigint_pow(two, e, NULL, &r);
    py_bigint_free(two);
    py_bigint_free(e);
  }
  double t1 = now();
  char *s = NULL;
  size_t len = 0;
  int rc = r ? py_bigint_to_string(r, 10, PY_BIGINT_MAX_STR_DIGITS, &s, &len) : PY_NUM_ENOMEM;
  double t2 = now();
  fprintf(stderr, "bigint: %s(%d): compute %.1f us, str() %.1f us (%zu digits)\n", op, n,
          (t1 - t0) * 1e6, (t2 - t1) * 1e6, len);
  expect_string(rc, s, len, V.field[3]);
  expect(r ? PY_NUM_OK : PY_NUM_ENOMEM, r, V.field[2]);
}

static void run_case(void) {
  const char *op = V.field[0];
  char **f = V.field;
  if (strcmp(op, "fromstr") == 0) {
    size_t n, nd = 0;
    char *text = vec_text(f[1], &n);
    py_bigint *r = NULL;
    int rc = py_bigint_from_string(text, n, atoi(f[2]), PY_BIGINT_MAX_STR_DIGITS, &r, &nd);
    expect(rc, r, f[3]);
    if (rc == PY_NUM_ELIMIT) CHECK_INT(nd, strtoull(f[4], NULL, 10));
    return;
  }
  if (strcmp(op, "fromdouble") == 0) {
    py_bigint *r = NULL;
    int rc = py_bigint_from_double(strtod(f[1], NULL), &r);
    expect(rc, r, f[2]);
    return;
  }
  if (strcmp(op, "factorial") == 0 || strcmp(op, "fib") == 0 || strcmp(op, "pow2") == 0) {
    timed_case();
    return;
  }
  if (strcmp(op, "i64divmod") == 0) {
    int64_t q = 0, r = 0;
    int rc = py_int64_divmod(strtoll(f[1], NULL, 10), strtoll(f[2], NULL, 10), &q, &r);
    if (f[3][0] == '!') CHECK_STR(status_name(rc), f[3]);
    else {
      CHECK_INT(rc, 0);
      CHECK_INT(q, strtoll(f[3], NULL, 10));
      CHECK_INT(r, strtoll(f[4], NULL, 10));
    }
    return;
  }
  if (strcmp(op, "i64truediv") == 0) {
    double d = 0;
    int rc = py_int64_true_divide(strtoll(f[1], NULL, 10), strtoll(f[2], NULL, 10), &d);
    expect_double(rc, d, f[3]);
    return;
  }
  if (strcmp(op, "i64pow") == 0) {
    int64_t v = 0;
    int rc = py_int64_pow(strtoll(f[1], NULL, 10), strtoll(f[2], NULL, 10), &v);
    if (f[3][0] == '!') CHECK_STR(status_name(rc), f[3]);
    else {
      CHECK_INT(rc, 0);
      CHECK_INT(v, strtoll(f[3], NULL, 10));
    }
    return;
  }
  py_bigint *a = num(f[1]);
  py_bigint *b = V.nf > 3 && f[2][0] != '!' && strcmp(op, "lshift") != 0 &&
                         strcmp(op, "rshift") != 0 && strcmp(op, "bitlen") != 0 &&
                         strcmp(op, "hash") != 0 && strcmp(op, "int64") != 0 &&
                         strcmp(op, "roundtens") != 0 && strcmp(op, "cmpdouble") != 0
                     ? num(f[2])
                     : NULL;
  if (strcmp(op, "add") == 0) expect(0, py_bigint_add(a, b), f[3]);
  else if (strcmp(op, "sub") == 0) expect(0, py_bigint_sub(a, b), f[3]);
  else if (strcmp(op, "mul") == 0) expect(0, py_bigint_mul(a, b), f[3]);
  else if (strcmp(op, "and") == 0) expect(0, py_bigint_and(a, b), f[3]);
  else if (strcmp(op, "or") == 0) expect(0, py_bigint_or(a, b), f[3]);
  else if (strcmp(op, "xor") == 0) expect(0, py_bigint_xor(a, b), f[3]);
  else if (strcmp(op, "gcd") == 0) expect(0, py_bigint_gcd(a, b), f[3]);
  else if (strcmp(op, "roundtens") == 0)
    expect(0, py_bigint_round_tens(a, strtoull(f[2], NULL, 10)), f[3]);
  else if (strcmp(op, "cmpdouble") == 0) {
    int st;
    double x = strtod(f[2], NULL);
    CHECK_INT(py_bigint_cmp_double(a, x, &st), atoi(f[3]));
    CHECK_INT(st, 0);
    int64_t small;
    if (py_bigint_to_int64(a, &small)) CHECK_INT(py_int64_cmp_double(small, x), atoi(f[3]));
  }
  else if (strcmp(op, "neg") == 0) expect(0, py_bigint_neg(a), f[2]);
  else if (strcmp(op, "abs") == 0) expect(0, py_bigint_abs(a), f[2]);
  else if (strcmp(op, "invert") == 0) expect(0, py_bigint_invert(a), f[2]);
  else if (strcmp(op, "cmp") == 0) {
    CHECK_INT(py_bigint_cmp(a, b), atoi(f[3]));
    int64_t small;
    if (py_bigint_to_int64(b, &small)) CHECK_INT(py_bigint_cmp_int64(a, small), atoi(f[3]));
  } else if (strcmp(op, "divmod") == 0) {
    py_bigint *q = NULL, *r = NULL;
    int rc = py_bigint_divmod(a, b, &q, &r);
    expect(rc, q, f[3]);
    expect(rc, r, f[4]);
  } else if (strcmp(op, "truediv") == 0) {
    double d = 0;
    int rc = py_bigint_true_divide(a, b, &d);
    expect_double(rc, d, f[3]);
  } else if (strcmp(op, "todouble") == 0) {
    double d = 0;
    int rc = py_bigint_to_double(a, &d);
    expect_double(rc, d, f[2]);
  } else if (strcmp(op, "bitlen") == 0) {
    CHECK_INT(py_bigint_bit_length(a), strtoll(f[2], NULL, 10));
  } else if (strcmp(op, "hash") == 0) {
    CHECK_INT(py_bigint_hash(a), strtoll(f[2], NULL, 10));
    int64_t small;
    if (py_bigint_to_int64(a, &small)) CHECK_INT(py_int64_hash(small), strtoll(f[2], NULL, 10));
  } else if (strcmp(op, "int64") == 0) {
    int64_t v = 0;
    int ok = py_bigint_to_int64(a, &v);
    if (f[2][0] == '!') CHECK(!ok);
    else {
      CHECK(ok);
      CHECK_INT(v, strtoll(f[2], NULL, 10));
      py_bigint *back = py_bigint_from_int64(v);
      CHECK(back && py_bigint_cmp(back, a) == 0);
      py_bigint_free(back);
    }
  } else if (strcmp(op, "lshift") == 0) {
    expect(0, py_bigint_lshift(a, strtoull(f[2], NULL, 10)), f[3]);
  } else if (strcmp(op, "rshift") == 0) {
    expect(0, py_bigint_rshift(a, strtoull(f[2], NULL, 10)), f[3]);
  } else if (strncmp(op, "tostr", 5) == 0) {
    char *s = NULL;
    size_t len = 0;
    int rc = py_bigint_to_string(a, atoi(op + 5), PY_BIGINT_MAX_STR_DIGITS, &s, &len);
    expect_string(rc, s, len, f[2]);
  } else if (strcmp(op, "pow") == 0) {
    py_bigint *r = NULL;
    int rc = py_bigint_pow(a, b, NULL, &r);
    expect(rc, r, f[3]);
  } else if (strcmp(op, "powmod") == 0) {
    py_bigint *m = num(f[3]), *r = NULL;
    int rc = py_bigint_pow(a, b, m, &r);
    expect(rc, r, f[4]);
    py_bigint_free(m);
  } else {
    fail_line("unknown op");
  }
  py_bigint_free(a);
  py_bigint_free(b);
}

/* Out of memory must surface as a status, never a crash or a leak. */
static void out_of_memory_is_reported(void) {
  py_bigint *a = py_bigint_from_int64(3), *e = py_bigint_from_int64(100000), *r = NULL;
  size_t before = py_mem_used();
  py_mem_set_limit(before + 4096);
  CHECK_INT(py_bigint_pow(a, e, NULL, &r), PY_NUM_ENOMEM);
  py_bigint *big = py_bigint_lshift(a, 1000000);
  CHECK(big == NULL);
  py_mem_set_limit(0);
  CHECK_INT(py_mem_used(), before);
  py_bigint_free(a);
  py_bigint_free(e);
}

/* Runs a series of operations under every memory cap from nothing up to enough, so each
 * allocation failure path runs once: the result must be a status, never a crash, and
 * nothing may leak. */
static void every_allocation_failure_is_clean(void) {
  py_bigint *a = NULL, *b = NULL;
  const char *x = "123456789012345678901234567890123456789012345678901234567890123456789"
                  "012345678901234567890123456789012345678901234567890123456789012345678"
                  "901234567890123456789012345678901234567890123456789012345678901234567";
  py_bigint_from_string(x, strlen(x), 10, 0, &a, NULL);
  b = py_bigint_lshift(a, 3000); /* long enough for Karatsuba */
  size_t base = py_mem_used();
  int completed = 0;
  for (size_t cap = 0; cap < 200000 && !completed; cap += 64) {
    py_mem_set_limit(base + cap);
    py_bigint *p = py_bigint_mul(b, b), *q = NULL, *r = NULL, *w = NULL, *t = NULL;
    int ok = p != NULL;
    if (ok) ok = py_bigint_divmod(p, a, &q, &r) == PY_NUM_OK;
    if (ok) {
      /* a has an inverse modulo a * 2**3000 + 1. */
      py_bigint *e = py_bigint_from_int64(-1), *m = e ? py_bigint_sub(b, e) : NULL;
      ok = m && py_bigint_pow(a, e, m, &w) == PY_NUM_OK;
      py_bigint_free(e);
      py_bigint_free(m);
    }
    char *s = NULL;
    size_t len = 0;
    if (ok) ok = py_bigint_to_string(p, 10, 0, &s, &len) == PY_NUM_OK;
    if (ok) {
      ok = py_bigint_from_string(s, len, 10, 0, &t, NULL) == PY_NUM_OK;
      py_mem_free(s, len + 1);
    }
    if (ok) {
      double d;
      ok = py_bigint_true_divide(p, a, &d) != PY_NUM_ENOMEM;
    }
    completed = ok;
    py_bigint_free(p);
    py_bigint_free(q);
    py_bigint_free(r);
    py_bigint_free(w);
    py_bigint_free(t);
    py_mem_set_limit(0);
    CHECK_INT(py_mem_used(), base);
  }
  CHECK(completed);
  py_bigint_free(a);
  py_bigint_free(b);
}

int main(int argc, char **argv) {
  if (!vec_open(&V, argc, argv, "tests/vectors/bigint.txt")) return 1;
  int cases = 0;
  while (vec_next(&V)) {
    run_case();
    cases++;
  }
  vec_close(&V);
  out_of_memory_is_reported();
  every_allocation_failure_is_clean();
  CHECK_INT(py_mem_used(), 0);
  fprintf(stderr, "bigint: %d vector cases\n", cases);
  return CHECK_DONE("bigint_test");
}
