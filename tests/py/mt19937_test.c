/* tests/py/mt19937_test.c — replays the operation streams of tests/vectors/mt19937.txt
 * (scripts/gen_numeric_vectors.py ran each against CPython's random.Random) and checks
 * every value: the generator and random.py's algorithms must consume bits identically. */
#include <math.h>
#include <stdlib.h>

#include "../check.h"
#include "numeric_vectors.h"
#include "py/mem.h"
#include "py/mt19937.h"

static vec_file V;
static py_mt MT;

static py_bigint *num(const char *s) {
  py_bigint *r = NULL;
  if (py_bigint_from_string(s, strlen(s), 0, 0, &r, NULL)) {
    fprintf(stderr, "mt19937.txt:%d: bad field %s\n", V.lineno, s);
    exit(2);
  }
  return r;
}

static void fail_here(const char *what) {
  check_failures++;
  fprintf(stderr, "mt19937.txt:%d: %s (%s)\n", V.lineno, what, V.field[0]);
}

static void expect_i64(int rc, int64_t got, const char *want) {
  check_count++;
  if (want[0] == '!') {
    if (rc != PY_NUM_EVALUE) fail_here("expected ValueError");
  } else if (rc != PY_NUM_OK || got != strtoll(want, NULL, 10)) {
    fprintf(stderr, "  got %lld rc %d want %s\n", (long long)got, rc, want);
    fail_here("wrong value");
  }
}

static void expect_big(int rc, py_bigint *got, const char *want) {
  check_count++;
  if (want[0] == '!') {
    if (rc != PY_NUM_EVALUE) fail_here("expected ValueError");
  } else {
    py_bigint *w = num(want);
    if (rc != PY_NUM_OK || py_bigint_cmp(got, w) != 0) fail_here("wrong value");
    py_bigint_free(w);
  }
  if (rc == PY_NUM_OK) py_bigint_free(got);
}

static void expect_double(double got, const char *want) {
  check_count++;
  double w = strtod(want, NULL);
  if (memcmp(&got, &w, sizeof w) != 0) {
    fprintf(stderr, "  got %a want %a\n", got, w);
    fail_here("wrong double");
  }
}

/* Compares an index list with the fields from `first` on. */
static void expect_list(const size_t *got, size_t n, int first) {
  check_count++;
  for (size_t i = 0; i < n; i++) {
    if (got[i] != strtoull(V.field[first + (int)i], NULL, 10)) {
      fail_here("wrong list");
      return;
    }
  }
}

static void run_case(void) {
  char **f = V.field;
  const char *op = f[0];
  if (strcmp(op, "seed") == 0) {
    py_bigint *s = num(f[1]);
    py_mt_seed_bigint(&MT, s);
    py_bigint_free(s);
  } else if (strcmp(op, "seedbytes") == 0) {
    size_t n;
    char *raw = vec_text(f[1], &n); /* the 'x' prefix plays vec_text's 's' */
    CHECK_INT(py_mt_seed_bytes(&MT, (const uint8_t *)raw, n), PY_NUM_OK);
  } else if (strcmp(op, "seedu64") == 0) {
    py_mt_seed_uint64(&MT, strtoull(f[1], NULL, 10));
  } else if (strcmp(op, "u32") == 0) {
    expect_i64(0, py_mt_genrand_uint32(&MT), f[1]);
  } else if (strcmp(op, "random") == 0) {
    expect_double(py_mt_random(&MT), f[1]);
  } else if (strcmp(op, "bits") == 0) {
    py_bigint *r = NULL;
    int rc = py_mt_getrandbits(&MT, strtoull(f[1], NULL, 10), &r);
    expect_big(rc, r, f[2]);
  } else if (strcmp(op, "randbelow") == 0) {
    expect_i64(0, (int64_t)py_mt_randbelow(&MT, strtoull(f[1], NULL, 10)), f[2]);
  } else if (strcmp(op, "randbelowbig") == 0) {
    py_bigint *n = num(f[1]), *r = NULL;
    int rc = py_mt_randbelow_bigint(&MT, n, &r);
    expect_big(rc, r, f[2]);
    py_bigint_free(n);
  } else if (strcmp(op, "randrange") == 0) {
    int64_t v = 0;
    int rc = py_mt_randrange(&MT, strtoll(f[1], NULL, 10), strtoll(f[2], NULL, 10),
                             strtoll(f[3], NULL, 10), &v);
    expect_i64(rc, v, f[4]);
  } else if (strcmp(op, "randrange1") == 0) {
    int64_t v = 0;
    int rc = py_mt_randrange1(&MT, strtoll(f[1], NULL, 10), &v);
    expect_i64(rc, v, f[2]);
  } else if (strcmp(op, "randint") == 0) {
    int64_t v = 0;
    int rc = py_mt_randint(&MT, strtoll(f[1], NULL, 10), strtoll(f[2], NULL, 10), &v);
    expect_i64(rc, v, f[3]);
  } else if (strcmp(op, "randrangebig") == 0) {
    py_bigint *a = num(f[1]), *b = num(f[2]), *st = num(f[3]), *r = NULL;
    int rc = py_mt_randrange_bigint(&MT, a, b, st, &r);
    expect_big(rc, r, f[4]);
    py_bigint_free(a);
    py_bigint_free(b);
    py_bigint_free(st);
  } else if (strcmp(op, "choice") == 0) {
    expect_i64(0, (int64_t)py_mt_choice(&MT, strtoull(f[1], NULL, 10)), f[2]);
  } else if (strcmp(op, "shuffle") == 0) {
    size_t n = strtoull(f[1], NULL, 10), idx[64];
    void *ptrs[64];
    for (size_t i = 0; i < n; i++) idx[i] = i;
    /* Both entry points run on a copy of the same state and must agree. */
    py_mt copy = MT;
    py_mt_shuffle_indexes(&MT, idx, n);
    expect_list(idx, n, 2);
    static size_t items[64];
    for (size_t i = 0; i < n; i++) ptrs[i] = &items[i];
    py_mt_shuffle(&copy, ptrs, n);
    for (size_t i = 0; i < n; i++) idx[i] = (size_t)((size_t *)ptrs[i] - items);
    expect_list(idx, n, 2);
  } else if (strcmp(op, "sample") == 0) {
    size_t n = strtoull(f[1], NULL, 10), k = strtoull(f[2], NULL, 10), out[64];
    CHECK_INT(py_mt_sample(&MT, n, k, out), PY_NUM_OK);
    expect_list(out, k, 3);
  } else if (strcmp(op, "choices") == 0) {
    size_t n = strtoull(f[1], NULL, 10), k = strtoull(f[2], NULL, 10), out[64];
    py_mt_choices(&MT, n, k, out);
    expect_list(out, k, 3);
  } else if (strcmp(op, "choicescum") == 0) {
    size_t n = strtoull(f[1], NULL, 10), k = strtoull(f[2], NULL, 10), out[64];
    double cum[64];
    for (size_t i = 0; i < n; i++) cum[i] = strtod(f[3 + i], NULL);
    CHECK_INT(py_mt_choices_cum(&MT, cum, n, k, out), PY_NUM_OK);
    expect_list(out, k, 3 + (int)n);
  } else if (strcmp(op, "uniform") == 0) {
    expect_double(py_mt_uniform(&MT, strtod(f[1], NULL), strtod(f[2], NULL)), f[3]);
  } else if (strcmp(op, "gauss") == 0) {
    expect_double(py_mt_gauss(&MT, strtod(f[1], NULL), strtod(f[2], NULL)), f[3]);
  } else if (strcmp(op, "normal") == 0) {
    expect_double(py_mt_normalvariate(&MT, strtod(f[1], NULL), strtod(f[2], NULL)), f[3]);
  } else if (strcmp(op, "expo") == 0) {
    expect_double(py_mt_expovariate(&MT, strtod(f[1], NULL)), f[2]);
  } else {
    fail_here("unknown op");
  }
}

/* Errors that need no stream. */
static void error_cases(void) {
  py_mt mt;
  py_mt_seed_int64(&mt, 0);
  size_t out[4];
  CHECK_INT(py_mt_sample(&mt, 3, 4, out), PY_NUM_EVALUE);
  double zero[2] = {0.0, 0.0}, inf[2] = {1.0, INFINITY};
  CHECK_INT(py_mt_choices_cum(&mt, zero, 2, 1, out), PY_NUM_EVALUE);
  CHECK_INT(py_mt_choices_cum(&mt, inf, 2, 1, out), PY_NUM_EVALUE);
  int64_t v;
  CHECK_INT(py_mt_randrange(&mt, INT64_MIN, INT64_MAX, 1, &v), PY_NUM_EOVERFLOW);
  CHECK_INT(py_mt_randrange(&mt, 0, 10, 0, &v), PY_NUM_EVALUE);
  /* random.seed(0); random.random() in CPython. */
  py_mt_seed_int64(&mt, 0);
  CHECK(py_mt_random(&mt) == 0.8444218515250481);
}

int main(int argc, char **argv) {
  if (!vec_open(&V, argc, argv, "tests/vectors/mt19937.txt")) return 1;
  int cases = 0;
  while (vec_next(&V)) {
    run_case();
    cases++;
  }
  vec_close(&V);
  error_cases();
  CHECK_INT(py_mem_used(), 0);
  fprintf(stderr, "mt19937: %d vector cases\n", cases);
  return CHECK_DONE("mt19937_test");
}
