/* runtime/py/mod_random.c — the random module on the numeric library's Mersenne
 * Twister (py/mt19937.h), consuming generator output exactly as CPython 3.11's
 * random.py does so that seeded programs print the same numbers.
 *
 * random.Random instances each own a generator; the module-level functions are the
 * methods of one hidden instance, seeded with 0 when the module is created (design
 * decision 3: programs start with a seeded, reproducible generator). seed() accepts
 * ints, floats (by hash), and str/bytes/bytearray with CPython's version 2 scheme (the
 * text followed by its SHA-512 digest, read as a big-endian int: py_mt_seed_bytes). */
#include <math.h>
#include <string.h>
#include <time.h>

#include "py/bigint.h"
#include "py/interp.h"
#include "py/mt19937.h"
#include "py/object.h"
#include "py/scalars.h"

typedef struct random_object {
  PY_HEAD;
  py_mt mt;
} random_object;

#define MT(self) (&((random_object *)(self))->mt)

/* ===================================================================================
 * Seeding
 * =================================================================================== */

/* splitmix64's finaliser: spreads the bits of a clock reading over the whole word. */
static uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

/* seed(None), Random(): CPython reads the OS's entropy. Under the virtual clock runs
 * must repeat (design decision 3), so the n-th seeding without a value uses n: the
 * module's own generator starts as seed(0), a later random.seed() is seed(1), and so
 * on. On the real clock each run differs, as in CPython: the seed mixes the C
 * library's wall and monotonic clocks (Date.now and performance.now under Emscripten;
 * the host hooks give no entropy source, and are not set before py_init), the count
 * and an address. */
static uint64_t unseeded_count; /* reset when the module is created (a new program run) */

static void seed_from_host(py_mt *mt) {
  uint64_t n = unseeded_count++;
  if (py_clock_is_virtual()) {
    py_mt_seed_uint64(mt, n);
    return;
  }
  struct timespec wall = {0, 0}, mono = {0, 0};
  clock_gettime(CLOCK_REALTIME, &wall);
  clock_gettime(CLOCK_MONOTONIC, &mono);
  uint64_t x = mix64((uint64_t)wall.tv_sec * 1000000000u + (uint64_t)wall.tv_nsec);
  x = mix64(x ^ ((uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec));
  x = mix64(x ^ n ^ (uint64_t)(uintptr_t)mt);
  py_mt_seed_uint64(mt, x);
}

static int seed_with(py_mt *mt, py_object *a) {
  if (!a || a == PY_NONE) {
    seed_from_host(mt);
    return 0;
  }
  if (PY_INT_CHECK(a)) {
    if (PY_INT_IS_SMALL(a)) {
      py_mt_seed_int64(mt, PY_INT_SMALL(a));
    } else {
      py_mt_seed_bigint(mt, ((py_int_object *)a)->big);
    }
    return 0;
  }
  if (PY_STR_CHECK(a) || PY_IS_TYPE(a, &py_bytes_type) || PY_IS_TYPE(a, &py_bytearray_type)) {
    const char *d;
    size_t n;
    if (PY_STR_CHECK(a)) {
      d = PY_STR_DATA(a);
      n = (size_t)PY_STR_SIZE(a);
    } else {
      py__bytes_view(a, &d, &n);
    }
    if (py_mt_seed_bytes(mt, (const uint8_t *)d, n)) {
      py_raise_nomemory();
      return -1;
    }
    return 0;
  }
  py_hash h = py_hash_of(a);
  if (h == -1 && py_err_occurred()) return -1;
  py_mt_seed_uint64(mt, (uint64_t)h);
  return 0;
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

static py_object *r_seed(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  static const char *const names[] = {"a", "version"};
  static const py_params params = {"seed", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (seed_with(MT(self), a[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *r_random(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py__noargs("Random.random", nargs, kw) < 0) return NULL;
  return py_float_from_double(py_mt_random(MT(self)));
}

static py_object *r_getrandbits(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kw) {
  if (py_args_check("getrandbits", nargs, kw, 1, 1) < 0) return NULL;
  py_ssize k;
  if (py_index_ssize(args[0], &k) < 0) return NULL;
  if (k < 0) return py_raise(&py_exc_ValueError, "number of bits must be non-negative");
  if (k <= 64) return py_int_from_u64(py_mt_getrandbits64(MT(self), (unsigned)k));
  py_bigint *b;
  if (py_mt_getrandbits(MT(self), (uint64_t)k, &b)) return py_raise_nomemory();
  return py__int_from_bigint(b);
}

/* An int argument of randrange: an int, or an integral float (accepted by 3.11 with a
 * deprecation warning); "non-integer arg 1 for randrange()" otherwise. New. */
static py_object *range_arg(py_object *o, int which) {
  if (PY_INT_CHECK(o)) return py_newref(o);
  if (PY_TYPE(o)->index) return py_number_index(o);
  if (PY_FLOAT_CHECK(o)) {
    double d = PY_FLOAT_VALUE(o);
    if (isfinite(d) && floor(d) == d) return py_int_from_double(d);
    return py_raise(&py_exc_ValueError, "non-integer %s for randrange()",
                    which == 1 ? "arg 1" : which == 2 ? "stop" : "step");
  }
  return py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
}

static py_object *randrange_ints(py_mt *mt, py_object *start, py_object *stop, py_object *step) {
  if (!stop) {
    if (PY_INT_IS_SMALL(start)) {
      int64_t v;
      if (py_mt_randrange1(mt, PY_INT_SMALL(start), &v))
        return py_raise(&py_exc_ValueError, "empty range for randrange()");
      return py_int_from_i64(v);
    }
    if (py__int_sign(start) <= 0) return py_raise(&py_exc_ValueError, "empty range for randrange()");
    py_bigint *r;
    if (py_mt_randbelow_bigint(mt, ((py_int_object *)start)->big, &r)) return py_raise_nomemory();
    return py__int_from_bigint(r);
  }
  int64_t st = 1;
  bool small = PY_INT_IS_SMALL(start) && PY_INT_IS_SMALL(stop) && (!step || PY_INT_IS_SMALL(step));
  if (step) st = PY_INT_IS_SMALL(step) ? PY_INT_SMALL(step) : 2;
  if (step && py__int_sign(step) == 0) return py_raise(&py_exc_ValueError, "zero step for randrange()");
  if (small) {
    int64_t v;
    int rc = py_mt_randrange(mt, PY_INT_SMALL(start), PY_INT_SMALL(stop), st, &v);
    if (rc == PY_NUM_OK) return py_int_from_i64(v);
    if (rc != PY_NUM_EOVERFLOW) {
      if (st == 1) {
        py_object *width = py_binop(stop, start, PY_OP_SUB);
        if (!width) return NULL;
        py_raise(&py_exc_ValueError, "empty range for randrange() (%R, %R, %R)", start, stop, width);
        py_decref(width);
        return NULL;
      }
      return py_raise(&py_exc_ValueError, "empty range for randrange()");
    }
  }
  py_bigint *a = py__int_to_bigint(start), *b = a ? py__int_to_bigint(stop) : NULL;
  py_bigint *c = (b && step) ? py__int_to_bigint(step) : NULL, *r = NULL;
  int rc = (!a || !b || (step && !c)) ? PY_NUM_ENOMEM : py_mt_randrange_bigint(mt, a, b, c, &r);
  py_bigint_free(a);
  py_bigint_free(b);
  py_bigint_free(c);
  if (rc == PY_NUM_OK) return py__int_from_bigint(r);
  if (rc == PY_NUM_EVALUE) {
    if (!step || st == 1) {
      py_object *width = py_binop(stop, start, PY_OP_SUB);
      if (!width) return NULL;
      py_raise(&py_exc_ValueError, "empty range for randrange() (%R, %R, %R)", start, stop, width);
      py_decref(width);
      return NULL;
    }
    return py_raise(&py_exc_ValueError, "empty range for randrange()");
  }
  return py_raise_nomemory();
}

static py_object *r_randrange(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  static const char *const names[] = {"start", "stop", "step"};
  static const py_params params = {"randrange", names, 3, 0, 3, 1};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *start = range_arg(a[0], 1);
  if (!start) return NULL;
  py_object *stop = NULL, *step = NULL, *r = NULL;
  if (a[1] && a[1] != PY_NONE && !(stop = range_arg(a[1], 2))) goto done;
  if (a[2] && !(step = range_arg(a[2], 3))) goto done;
  if (!stop && step && !(PY_INT_IS_SMALL(step) && PY_INT_SMALL(step) == 1)) {
    r = py_raise(&py_exc_TypeError, "Missing a non-None stop argument");
    goto done;
  }
  r = randrange_ints(MT(self), start, stop, stop ? step : NULL);
done:
  py_decref(start);
  py_xdecref(stop);
  py_xdecref(step);
  return r;
}

static py_object *r_randint(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("randint", nargs, kw, 2, 2) < 0) return NULL;
  py_object *a = range_arg(args[0], 1);
  if (!a) return NULL;
  py_object *b = range_arg(args[1], 2);
  py_object *one = py_int_from_i64(1);
  py_object *b1 = b ? py_binop(b, one, PY_OP_ADD) : NULL;
  py_object *r = b1 ? randrange_ints(MT(self), a, b1, NULL) : NULL;
  py_decref(a);
  py_xdecref(b);
  py_xdecref(b1);
  return r;
}

static py_object *r_choice(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("choice", nargs, kw, 1, 1) < 0) return NULL;
  py_ssize n = py_len(args[0]);
  if (n < 0) return NULL;
  if (n == 0) return py_raise(&py_exc_IndexError, "Cannot choose from an empty sequence");
  py_object *idx = py_int_from_i64((int64_t)py_mt_choice(MT(self), (size_t)n));
  if (!idx) return NULL;
  py_object *r = py_getitem(args[0], idx);
  py_decref(idx);
  return r;
}

static py_object *r_shuffle(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("shuffle", nargs, kw, 1, 1) < 0) return NULL;
  py_object *x = args[0];
  if (PY_LIST_CHECK(x)) {
    py_mt_shuffle(MT(self), (void **)PY_LIST_ITEMS(x), (size_t)PY_LIST_SIZE(x));
    return py_newref(PY_NONE);
  }
  /* Any mutable sequence: shuffle a copy with the same draws, then store it back. */
  py_object *copy = py_list_from_iterable(x);
  if (!copy) return NULL;
  py_mt_shuffle(MT(self), (void **)PY_LIST_ITEMS(copy), (size_t)PY_LIST_SIZE(copy));
  for (py_ssize i = 0; i < PY_LIST_SIZE(copy); i++) {
    py_object *k = py_int_from_i64(i);
    int rc = k ? py_setitem(x, k, PY_LIST_ITEMS(copy)[i]) : -1;
    py_xdecref(k);
    if (rc < 0) {
      py_decref(copy);
      return NULL;
    }
  }
  py_decref(copy);
  return py_newref(PY_NONE);
}

static bool is_set_or_dict(py_object *o) {
  return PY_DICT_CHECK(o) || py_type_is_subtype(PY_TYPE(o), &py_set_type) ||
         py_type_is_subtype(PY_TYPE(o), &py_frozenset_type);
}

static py_object *r_sample(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  static const char *const names[] = {"population", "k", "counts"};
  static const py_params params = {"sample", names, 3, 0, 2, 2};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (is_set_or_dict(a[0]) || !PY_TYPE(a[0])->getitem || !PY_TYPE(a[0])->len)
    return py_raise(&py_exc_TypeError,
                    "Population must be a sequence.  For dicts or sets, use sorted(d).");
  py_object *pop = py_list_from_iterable(a[0]);
  if (!pop) return NULL;
  py_object *result = NULL;
  if (a[2] && a[2] != PY_NONE) {
    /* counts: sampling range(total) and mapping back is sampling the expanded list. */
    py_object *counts = py_list_from_iterable(a[2]);
    if (!counts) goto done;
    if (PY_LIST_SIZE(counts) != PY_LIST_SIZE(pop)) {
      py_decref(counts);
      py_raise(&py_exc_ValueError, "The number of counts does not match the population");
      goto done;
    }
    py_object *expanded = py_list_new(0);
    for (py_ssize i = 0; expanded && i < PY_LIST_SIZE(pop); i++) {
      py_ssize c;
      if (py_index_ssize(PY_LIST_ITEMS(counts)[i], &c) < 0) {
        py_decref(expanded);
        expanded = NULL;
        break;
      }
      for (py_ssize j = 0; j < c; j++)
        if (py_list_append(expanded, PY_LIST_ITEMS(pop)[i]) < 0) {
          py_decref(expanded);
          expanded = NULL;
          break;
        }
    }
    py_decref(counts);
    if (!expanded) goto done;
    py_setref(&pop, expanded);
  }
  py_ssize k;
  if (py_index_ssize(a[1], &k) < 0) goto done;
  size_t n = (size_t)PY_LIST_SIZE(pop);
  if (k < 0 || (size_t)k > n) {
    py_raise(&py_exc_ValueError, "Sample larger than population or is negative");
    goto done;
  }
  size_t *idx = py_mem_alloc((size_t)k * sizeof(size_t) + 1);
  if (!idx) {
    py_raise_nomemory();
    goto done;
  }
  if (py_mt_sample(MT(self), n, (size_t)k, idx)) {
    py_mem_free(idx, (size_t)k * sizeof(size_t) + 1);
    py_raise_nomemory();
    goto done;
  }
  result = py_list_new(k);
  if (result)
    for (py_ssize i = 0; i < k; i++) PY_LIST_ITEMS(result)[i] = py_newref(PY_LIST_ITEMS(pop)[idx[i]]);
  py_mem_free(idx, (size_t)k * sizeof(size_t) + 1);
done:
  py_decref(pop);
  return result;
}

static py_object *r_choices(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  static const char *const names[] = {"population", "weights", "cum_weights", "k"};
  static const py_params params = {"choices", names, 4, 0, 2, 1};
  py_object *a[4];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize n = py_len(a[0]);
  if (n < 0) return NULL;
  py_ssize k = 1;
  if (a[3] && py_index_ssize(a[3], &k) < 0) return NULL;
  if (k < 0) k = 0;
  py_object *weights = a[1] && a[1] != PY_NONE ? a[1] : NULL;
  py_object *cumw = a[2] && a[2] != PY_NONE ? a[2] : NULL;
  if (weights && cumw)
    return py_raise(&py_exc_TypeError, "Cannot specify both weights and cumulative weights");
  size_t *idx = py_mem_alloc((size_t)k * sizeof(size_t) + 1);
  if (!idx) return py_raise_nomemory();
  py_object *result = NULL;
  if (!weights && !cumw) {
    py_mt_choices(MT(self), (size_t)n, (size_t)k, idx);
  } else {
    py_object *wl = py_list_from_iterable(weights ? weights : cumw);
    if (!wl) goto done;
    py_ssize nw = PY_LIST_SIZE(wl);
    double *cum = py_mem_alloc((size_t)nw * sizeof(double) + 1);
    if (!cum) {
      py_decref(wl);
      py_raise_nomemory();
      goto done;
    }
    double acc = 0.0;
    bool ok = true;
    for (py_ssize i = 0; i < nw; i++) {
      double w = py_as_double(PY_LIST_ITEMS(wl)[i]);
      if (w == -1.0 && py_err_occurred()) {
        ok = false;
        break;
      }
      acc = weights ? acc + w : w;
      cum[i] = acc;
    }
    py_decref(wl);
    int rc = 0;
    if (ok && nw != n) {
      py_raise(&py_exc_ValueError, "The number of weights does not match the population");
      ok = false;
    }
    if (ok) rc = py_mt_choices_cum(MT(self), cum, (size_t)n, (size_t)k, idx);
    double total = nw ? cum[nw - 1] : 0.0;
    py_mem_free(cum, (size_t)nw * sizeof(double) + 1);
    if (!ok) goto done;
    if (rc) {
      py_raise(&py_exc_ValueError, total <= 0.0 ? "Total of weights must be greater than zero"
                                                : "Total of weights must be finite");
      goto done;
    }
  }
  result = py_list_new(k);
  for (py_ssize i = 0; result && i < k; i++) {
    py_object *key = py_int_from_i64((int64_t)idx[i]);
    py_object *v = key ? py_getitem(a[0], key) : NULL;
    py_xdecref(key);
    if (!v) {
      py_decref(result);
      result = NULL;
      break;
    }
    PY_LIST_ITEMS(result)[i] = v;
  }
done:
  py_mem_free(idx, (size_t)k * sizeof(size_t) + 1);
  return result;
}

static int float_args(const char *name, py_object *const *args, size_t nargs, py_object *kwnames,
                      const char *const *names, unsigned count, unsigned required,
                      const double *defaults, double *out) {
  py_params params = {name, names, count, 0, count, required};
  py_object *a[4];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return -1;
  for (unsigned i = 0; i < count; i++) {
    if (!a[i]) {
      out[i] = defaults[i];
      continue;
    }
    out[i] = py_as_double(a[i]);
    if (out[i] == -1.0 && py_err_occurred()) return -1;
  }
  return 0;
}

static py_object *r_uniform(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  static const char *const names[] = {"a", "b"};
  static const double defs[] = {0, 0};
  double v[2];
  if (float_args("uniform", args, nargs, kw, names, 2, 2, defs, v) < 0) return NULL;
  return py_float_from_double(py_mt_uniform(MT(self), v[0], v[1]));
}

static py_object *r_gauss(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  static const char *const names[] = {"mu", "sigma"};
  static const double defs[] = {0.0, 1.0};
  double v[2];
  if (float_args("gauss", args, nargs, kw, names, 2, 0, defs, v) < 0) return NULL;
  return py_float_from_double(py_mt_gauss(MT(self), v[0], v[1]));
}

static py_object *r_normalvariate(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kw) {
  static const char *const names[] = {"mu", "sigma"};
  static const double defs[] = {0.0, 1.0};
  double v[2];
  if (float_args("normalvariate", args, nargs, kw, names, 2, 0, defs, v) < 0) return NULL;
  return py_float_from_double(py_mt_normalvariate(MT(self), v[0], v[1]));
}

static py_object *r_expovariate(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kw) {
  static const char *const names[] = {"lambd"};
  static const double defs[] = {1.0};
  double v[1];
  if (float_args("expovariate", args, nargs, kw, names, 1, 1, defs, v) < 0) return NULL;
  if (v[0] == 0.0) return py_raise(&py_exc_ZeroDivisionError, "float division by zero");
  return py_float_from_double(py_mt_expovariate(MT(self), v[0]));
}

static py_object *r_triangular(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  static const char *const names[] = {"low", "high", "mode"};
  static const py_params params = {"triangular", names, 3, 0, 3, 0};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  double low = a[0] ? py_as_double(a[0]) : 0.0, high = a[1] ? py_as_double(a[1]) : 1.0;
  if (py_err_occurred()) return NULL;
  double u = py_mt_random(MT(self)), c;
  if (a[2] && a[2] != PY_NONE) {
    double mode = py_as_double(a[2]);
    if (mode == -1.0 && py_err_occurred()) return NULL;
    if (high == low) return py_float_from_double(low);
    c = (mode - low) / (high - low);
  } else {
    c = 0.5;
  }
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    double t = low;
    low = high;
    high = t;
  }
  return py_float_from_double(low + (high - low) * sqrt(u * c));
}

static py_object *r_lognormvariate(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kw) {
  static const char *const names[] = {"mu", "sigma"};
  static const double defs[] = {0.0, 1.0};
  double v[2];
  if (float_args("lognormvariate", args, nargs, kw, names, 2, 2, defs, v) < 0) return NULL;
  return py_float_from_double(exp(py_mt_normalvariate(MT(self), v[0], v[1])));
}

/* getstate(): (3, (624 state words..., index), gauss_next or None), as random.py. */
static py_object *r_getstate(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kw) {
  (void)args;
  if (py__noargs("Random.getstate", nargs, kw) < 0) return NULL;
  py_mt *mt = MT(self);
  py_object *words = py_tuple_new(PY_MT_N + 1);
  if (!words) return NULL;
  for (int i = 0; i < PY_MT_N; i++) {
    py_object *w = py_int_from_u64(mt->state[i]);
    if (!w) {
      py_decref(words);
      return NULL;
    }
    PY_TUPLE_ITEMS(words)[i] = w;
  }
  PY_TUPLE_ITEMS(words)[PY_MT_N] = py_int_from_i64(mt->index);
  py_object *version = py_int_from_i64(3);
  py_object *gauss = mt->has_gauss_next ? py_float_from_double(mt->gauss_next) : py_newref(PY_NONE);
  py_object *r = (version && gauss && PY_TUPLE_ITEMS(words)[PY_MT_N])
                     ? py_tuple_pack(3, version, words, gauss)
                     : NULL;
  py_xdecref(version);
  py_xdecref(gauss);
  py_decref(words);
  return r;
}

static py_object *r_setstate(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kw) {
  if (py_args_check("setstate", nargs, kw, 1, 1) < 0) return NULL;
  py_object *st = args[0];
  if (!PY_TUPLE_CHECK(st) || PY_TUPLE_SIZE(st) != 3)
    return py_raise(&py_exc_ValueError, "state with version %R passed to Random.setstate() of version 3",
                    PY_TUPLE_CHECK(st) && PY_TUPLE_SIZE(st) ? PY_TUPLE_ITEMS(st)[0] : st);
  py_object *version = PY_TUPLE_ITEMS(st)[0], *words = PY_TUPLE_ITEMS(st)[1];
  py_object *gauss = PY_TUPLE_ITEMS(st)[2];
  if (!PY_INT_CHECK(version) || !PY_INT_IS_SMALL(version) || PY_INT_SMALL(version) != 3)
    return py_raise(&py_exc_ValueError, "state with version %R passed to Random.setstate() of version 3",
                    version);
  if (!PY_TUPLE_CHECK(words)) return py_raise(&py_exc_TypeError, "state vector must be a tuple");
  if (PY_TUPLE_SIZE(words) != PY_MT_N + 1) return py_raise(&py_exc_ValueError, "state vector is the wrong size");
  py_mt next = *MT(self);
  for (int i = 0; i <= PY_MT_N; i++) {
    py_object *w = PY_TUPLE_ITEMS(words)[i];
    int64_t v;
    if (!PY_INT_CHECK(w)) return py_raise(&py_exc_TypeError, "state vector items must be integers");
    if (py_int_as_i64(w, &v) < 0) return NULL;
    if (i < PY_MT_N) next.state[i] = (uint32_t)v;
    else if (v < 0 || v > PY_MT_N) return py_raise(&py_exc_ValueError, "invalid state");
    else next.index = (int)v;
  }
  if (gauss == PY_NONE) {
    next.has_gauss_next = 0;
  } else {
    double g = py_as_double(gauss);
    if (g == -1.0 && py_err_occurred()) return NULL;
    next.has_gauss_next = 1;
    next.gauss_next = g;
  }
  *MT(self) = next;
  return py_newref(PY_NONE);
}

static const py_method_def random_methods[] = {
    {"lognormvariate", r_lognormvariate, 0, NULL},
    {"getstate", r_getstate, 0, NULL},
    {"setstate", r_setstate, 0, NULL},
    {"seed", r_seed, 0, NULL},
    {"random", r_random, 0, NULL},
    {"getrandbits", r_getrandbits, 0, NULL},
    {"randrange", r_randrange, 0, NULL},
    {"randint", r_randint, 0, NULL},
    {"choice", r_choice, 0, NULL},
    {"choices", r_choices, 0, NULL},
    {"shuffle", r_shuffle, 0, NULL},
    {"sample", r_sample, 0, NULL},
    {"uniform", r_uniform, 0, NULL},
    {"triangular", r_triangular, 0, NULL},
    {"gauss", r_gauss, 0, NULL},
    {"normalvariate", r_normalvariate, 0, NULL},
    {"expovariate", r_expovariate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* ===================================================================================
 * The Random type and the module
 * =================================================================================== */

static void random_dealloc(py_object *o) { py_type_free(o); }

static py_object *random_new(py_type *type, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)kwnames;
  if (nargs > 1) return py_raise(&py_exc_TypeError, "Random() expected at most 1 argument, got %zu", nargs);
  py_object *self = py_type_alloc(type, 0);
  if (!self) return NULL;
  if (seed_with(MT(self), nargs ? args[0] : NULL) < 0) {
    py_decref(self);
    return NULL;
  }
  return self;
}

/* __init__ accepts what __new__ took (a subclass may define its own __init__). */
static int random_init(py_object *self, py_object *const *args, size_t nargs, py_object *kwnames) {
  (void)self; (void)args; (void)nargs; (void)kwnames;
  return 0;
}

py_type py__random_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "Random",
    .basicsize = sizeof(random_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = random_methods,
    .new = random_new,
    .init = random_init,
    .dealloc = random_dealloc,
    .getattr = py_generic_getattr,
};

/* random.__getattr__(name) (PEP 562): the distributions this file does not implement
 * (gammavariate, betavariate, randbytes...) come from the Python module _random_extra,
 * imported on first use and copied into random. */
static py_object *random_getattr_hook(py_object *self, py_object *const *args,
                                      size_t nargs, py_object *kwnames) {
  (void)self;
  if (py_args_check("__getattr__", nargs, kwnames, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "attribute name must be string");
  const char *name = PY_STR_DATA(args[0]);
  py_object *found = NULL;
  if (name[0] != '_') {
    py_object *extra = py_import("_random_extra");
    if (!extra) return NULL;
    found = py_dict_get_str(py_module_dict(extra), name);
    py_xincref(found);
    py_decref(extra);
  }
  if (!found)
    return py_raise(&py_exc_AttributeError, "module 'random' has no attribute '%s'", name);
  py_object *random_module = py_import("random");
  if (!random_module) {
    py_decref(found);
    return NULL;
  }
  int rc = py_module_add(random_module, name, found);
  py_decref(random_module);
  if (rc < 0) {
    py_decref(found);
    return NULL;
  }
  return found;
}

static const py_method_def random_module_hooks[] = {
    {"__getattr__", random_getattr_hook, 0, NULL},
    {0},
};

py_object *py_mod_random_init(void) {
  py_object *m = py_module_new("random");
  if (!m) return NULL;
  py_object *inst = NULL;
  if (py_type_ready(&py__random_type) < 0) goto fail;
  py_object *modname = py_str_from_cstr("random");
  if (!modname) goto fail;
  py_setref(&py__random_type.module, modname);
  if (py_module_add(m, "Random", (py_object *)&py__random_type) < 0) goto fail;
  if (py_module_add_functions(m, random_module_hooks) < 0) goto fail;
  /* Seeded as random.py's module instance is: from the host (0 on the virtual clock;
   * one engine instance runs many programs, each importing random afresh). */
  unseeded_count = 0;
  inst = random_new(&py__random_type, NULL, 0, NULL);
  if (!inst) goto fail;
  /* The module functions are the hidden instance's bound methods, as in random.py. */
  for (const py_method_def *d = random_methods; d->name; d++) {
    py_object *f = py_cfunction_new(d, inst);
    int rc = f ? py_module_add(m, d->name, f) : -1;
    py_xdecref(f);
    if (rc < 0) goto fail;
  }
  py_decref(inst);
  return m;
fail:
  py_xdecref(inst);
  py_decref(m);
  return NULL;
}
