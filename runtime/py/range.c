/* runtime/py/range.c — range objects and their iterator. Bounds are kept as int64
 * when they and the length fit; a range beyond that (range(10**30)) keeps them as
 * Python ints in `big` and takes the slower paths at the end of this file, as CPython's
 * longrangeiter does: indexing, membership, iteration work; len() raises CPython's
 * OverflowError. Membership of ints is O(1); slicing gives a range; equality and
 * hashing compare the sequences, as CPython does. */
#include "py/containers.h"

typedef struct {
  PY_HEAD;
  int64_t start, stop, step, len;
  py_object *big; /* NULL, or the tuple (start, stop, step, len) of Python ints */
} range_object;

#define R(o) ((range_object *)(o))
#define BIG(o, i) (PY_TUPLE_ITEMS(R(o)->big)[i])

static py_object *big_range_new(py_object *start, py_object *stop, py_object *step);
static py_object *big_repr(py_object *self);
static int big_truth(py_object *self);
static int big_contains(py_object *self, py_object *x);
static py_object *big_getitem(py_object *self, py_object *key);
static py_object *big_parts(py_object *self);
static py_object *big_iter(py_object *self, bool reversed);
static py_object *big_index(py_object *self, py_object *x, bool count);

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  /* Computed in unsigned arithmetic so extreme bounds cannot overflow. */
  if (step > 0) return start < stop ? (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1) : 0;
  return start > stop
             ? (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1)
             : 0;
}

static py_object *range_make(int64_t start, int64_t stop, int64_t step) {
  range_object *r = (range_object *)py_type_alloc(&py_range_type, 0);
  if (!r) return NULL;
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->len = range_length(start, stop, step);
  return (py_object *)r;
}

/* Reads a range argument as int64 (after __index__). 0 or -1. */
static int range_arg(py_object *o, int64_t *out) {
  if (PY_INT_CHECK(o) && PY_INT_IS_SMALL(o)) {
    *out = PY_INT_SMALL(o);
    return 0;
  }
  if (!PY_INT_CHECK(o) && !PY_TYPE(o)->index) {
    py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
             PY_TYPE(o)->name);
    return -1;
  }
  py_object *i = py_number_index(o);
  if (!i) return -1;
  int rc = py_int_as_i64(i, out);
  py_decref(i);
  return rc;
}

/* True when the bounds fit int64 but the length does not (range(-2**63, 2**63 - 1)). */
static bool length_overflows(int64_t start, int64_t stop, int64_t step) {
  uint64_t span = step > 0 ? (start < stop ? (uint64_t)stop - (uint64_t)start - 1 : 0)
                           : (start > stop ? (uint64_t)start - (uint64_t)stop - 1 : 0);
  uint64_t mag = step > 0 ? (uint64_t)step : 0 - (uint64_t)step;
  return (span / mag) >= (uint64_t)INT64_MAX;
}

/* range() with arguments that do not fit int64: Python ints all the way. */
static py_object *range_new_big(py_object *const *args, size_t nargs) {
  py_object *v[3] = {NULL, NULL, NULL};
  for (size_t i = 0; i < nargs; i++) {
    if (!PY_INT_CHECK(args[i]) && !PY_TYPE(args[i])->index) {
      for (size_t j = 0; j < i; j++) py_decref(v[j]);
      return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      PY_TYPE(args[i])->name);
    }
    v[i] = py_number_index(args[i]);
    if (!v[i]) {
      for (size_t j = 0; j < i; j++) py_decref(v[j]);
      return NULL;
    }
  }
  py_object *start, *stop, *step;
  if (nargs == 1) {
    start = py_int_from_i64(0);
    stop = v[0];
    step = py_int_from_i64(1);
  } else {
    start = v[0];
    stop = v[1];
    step = nargs == 3 ? v[2] : py_int_from_i64(1);
  }
  py_object *r = NULL;
  if (start && stop && step) {
    py_object *zero = py_int_from_i64(0);
    int z = zero ? py_richcompare_bool(step, zero, PY_EQ) : -1;
    py_xdecref(zero);
    if (z == 1) py_raise(&py_exc_ValueError, "range() arg 3 must not be zero");
    else if (z == 0) r = big_range_new(start, stop, step);
  }
  py_xdecref(start);
  py_xdecref(stop);
  py_xdecref(step);
  return r;
}

static py_object *range_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)type;
  if (py_args_check("range", nargs, kwnames, 1, 3) < 0) return NULL;
  int64_t start = 0, stop, step = 1;
  int rc;
  if (nargs == 1) {
    rc = range_arg(args[0], &stop);
  } else {
    rc = range_arg(args[0], &start);
    if (rc == 0) rc = range_arg(args[1], &stop);
    if (rc == 0 && nargs == 3) {
      rc = range_arg(args[2], &step);
      if (rc == 0 && step == 0) return py_raise(&py_exc_ValueError, "range() arg 3 must not be zero");
    }
  }
  if (rc < 0) {
    if (!py_err_matches(&py_exc_OverflowError)) return NULL;
    py_err_clear();
    return range_new_big(args, nargs);
  }
  if (step == INT64_MIN || length_overflows(start, stop, step)) return range_new_big(args, nargs);
  return range_make(start, stop, step);
}

static void range_dealloc(py_object *self) {
  if (PY_TYPE(self) == &py_range_type) py_xdecref(R(self)->big);
  py_type_free(self);
}

static py_object *range_repr(py_object *self) {
  range_object *r = R(self);
  if (r->big) return big_repr(self);
  if (r->step == 1) return py_str_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return py_str_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                       (long long)r->step);
}

static py_ssize range_len(py_object *self) {
  if (R(self)->big) {
    /* Bounds beyond int64 may still hold few items (list(range(2**63, 2**63 + 2))). */
    int64_t n;
    if (py_int_as_i64(BIG(self, 3), &n) < 0 || n > PTRDIFF_MAX) {
      py_err_clear();
      py_raise(&py_exc_OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    return (py_ssize)n;
  }
  return (py_ssize)R(self)->len;
}

static int range_truth(py_object *self) { return R(self)->big ? big_truth(self) : R(self)->len != 0; }

/* 1 when the int value v is one of the range's items. */
static int range_has(range_object *r, int64_t v) {
  if (r->len == 0) return 0;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
  uint64_t diff = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
  return diff % (r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step) == 0;
}

static int range_contains(py_object *self, py_object *x) {
  if (R(self)->big) return big_contains(self, x);
  if ((PY_TYPE(x) == &py_int_type || PY_TYPE(x) == &py_bool_type)) {
    if (!PY_INT_IS_SMALL(x)) return 0;
    return range_has(R(self), PY_INT_SMALL(x));
  }
  /* Anything else: compare item by item, as CPython's generic sequence search. */
  range_object *r = R(self);
  for (int64_t i = 0; i < r->len; i++) {
    py_object *v = py_int_from_i64(r->start + i * r->step);
    if (!v) return -1;
    int c = py_richcompare_bool(v, x, PY_EQ);
    py_decref(v);
    if (c != 0) return c;
  }
  return 0;
}

static py_object *range_getitem(py_object *self, py_object *key) {
  range_object *r = R(self);
  if (r->big) return big_getitem(self, key);
  if (py__slice_check(key)) {
    py_ssize start, stop, step;
    if (py_slice_indices(key, (py_ssize)r->len, &start, &stop, &step) < 0) return NULL;
    return range_make(r->start + (int64_t)start * r->step, r->start + (int64_t)stop * r->step,
                      r->step * (int64_t)step);
  }
  py_ssize i;
  if (py__seq_index(key, "range", &i) < 0) {
    if (py_err_matches(&py_exc_TypeError)) {
      py_err_clear();
      return py_raise(&py_exc_TypeError, "range indices must be integers or slices, not %s",
                      PY_TYPE(key)->name);
    }
    return NULL;
  }
  if (i < 0) i += (py_ssize)r->len;
  if (i < 0 || i >= (py_ssize)r->len)
    return py_raise(&py_exc_IndexError, "range object index out of range");
  return py_int_from_i64(r->start + (int64_t)i * r->step);
}

static py_object *range_richcompare(py_object *a, py_object *b, int op) {
  if (PY_TYPE(a) != &py_range_type || PY_TYPE(b) != &py_range_type || (op != PY_EQ && op != PY_NE))
    return py_newref(PY_NOTIMPLEMENTED);
  range_object *x = R(a), *y = R(b);
  int eq;
  if (x->big || y->big) {
    py_object *px = big_parts(a), *py = px ? big_parts(b) : NULL;
    eq = py ? py_richcompare_bool(px, py, PY_EQ) : -1;
    py_xdecref(px);
    py_xdecref(py);
    if (eq < 0) return NULL;
    return py_bool(op == PY_EQ ? eq : !eq);
  }
  if (x->len != y->len) eq = 0;
  else if (x->len == 0) eq = 1;
  else if (x->start != y->start) eq = 0;
  else if (x->len == 1) eq = 1;
  else eq = x->step == y->step;
  return py_bool(op == PY_EQ ? eq : !eq);
}

/* hash((len, start, step)) with the parts that do not matter replaced by None, so
 * equal ranges hash alike. */
static py_hash range_hash(py_object *self) {
  range_object *r = R(self);
  if (r->big) {
    py_object *t = big_parts(self);
    py_hash h = t ? py_hash_of(t) : -1;
    py_xdecref(t);
    return h;
  }
  py_object *len = py_int_from_i64(r->len), *start = NULL, *step = NULL, *t = NULL;
  py_hash h = -1;
  if (!len) return -1;
  start = r->len == 0 ? py_newref(PY_NONE) : py_int_from_i64(r->start);
  step = r->len <= 1 ? py_newref(PY_NONE) : py_int_from_i64(r->step);
  if (start && step) t = py_tuple_pack(3, len, start, step);
  if (t) h = py_hash_of(t);
  py_decref(len);
  py_xdecref(start);
  py_xdecref(step);
  py_xdecref(t);
  return h;
}

static py_object *range_count(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py__arg_one("range.count", nargs, kwnames) < 0) return NULL;
  if (R(self)->big) return big_index(self, args[0], true);
  if (PY_TYPE(args[0]) == &py_int_type || PY_TYPE(args[0]) == &py_bool_type)
    return py_int_from_i64(PY_INT_IS_SMALL(args[0]) && range_has(R(self), PY_INT_SMALL(args[0])));
  int64_t c = 0;
  range_object *r = R(self);
  for (int64_t i = 0; i < r->len; i++) {
    py_object *v = py_int_from_i64(r->start + i * r->step);
    if (!v) return NULL;
    int k = py_richcompare_bool(v, args[0], PY_EQ);
    py_decref(v);
    if (k < 0) return NULL;
    c += k;
  }
  return py_int_from_i64(c);
}

static py_object *range_index(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py__arg_one("range.index", nargs, kwnames) < 0) return NULL;
  range_object *r = R(self);
  if (r->big) return big_index(self, args[0], false);
  if (PY_TYPE(args[0]) == &py_int_type || PY_TYPE(args[0]) == &py_bool_type) {
    if (PY_INT_IS_SMALL(args[0]) && range_has(r, PY_INT_SMALL(args[0])))
      return py_int_from_i64((PY_INT_SMALL(args[0]) - r->start) / r->step);
  } else {
    for (int64_t i = 0; i < r->len; i++) {
      py_object *v = py_int_from_i64(r->start + i * r->step);
      if (!v) return NULL;
      int k = py_richcompare_bool(v, args[0], PY_EQ);
      py_decref(v);
      if (k < 0) return NULL;
      if (k) return py_int_from_i64(i);
    }
  }
  return py_raise(&py_exc_ValueError, "%R is not in range", args[0]);
}

/* ---- iterator --------------------------------------------------------------------- */

typedef struct {
  PY_HEAD;
  int64_t next, step, left;
} range_iter_object;

py_type py_range_iter_type;

static py_object *range_iter_make(int64_t start, int64_t step, int64_t len) {
  range_iter_object *it = (range_iter_object *)py_type_alloc(&py_range_iter_type, 0);
  if (!it) return NULL;
  it->next = start;
  it->step = step;
  it->left = len;
  return (py_object *)it;
}

static py_object *range_iter_next(py_object *self) {
  range_iter_object *it = (range_iter_object *)self;
  if (it->left <= 0) return NULL;
  int64_t v = it->next;
  it->left--;
  it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
  return py_int_from_i64(v);
}

static py_object *range_iter_length_hint(py_object *self, py_object *const *args,
                                         size_t nargs, py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  return py_int_from_i64(((range_iter_object *)self)->left);
}

static const py_method_def range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 0, NULL},
    {0},
};

py_type py_range_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "range_iterator",
    .basicsize = sizeof(range_iter_object),
    .base = &py_object_type,
    .dealloc = range_dealloc,
    .iter = py__self_iter,
    .iternext = range_iter_next,
    .methods = range_iter_methods,
};

static py_object *range_iter(py_object *self) {
  if (R(self)->big) return big_iter(self, false);
  return range_iter_make(R(self)->start, R(self)->step, R(self)->len);
}

static py_object *range_reversed(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)args;
  if (py__arg_none("range.__reversed__", nargs, kwnames) < 0) return NULL;
  range_object *r = R(self);
  if (r->big) return big_iter(self, true);
  if (r->len == 0) return range_iter_make(0, 1, 0);
  return range_iter_make(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static py_object *get_start(py_object *self) {
  return R(self)->big ? py_newref(BIG(self, 0)) : py_int_from_i64(R(self)->start);
}
static py_object *get_stop(py_object *self) {
  return R(self)->big ? py_newref(BIG(self, 1)) : py_int_from_i64(R(self)->stop);
}
static py_object *get_step(py_object *self) {
  return R(self)->big ? py_newref(BIG(self, 2)) : py_int_from_i64(R(self)->step);
}

static const py_getset_def range_getset[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {0},
};

static const py_method_def range_methods[] = {
    {"count", range_count, 0, NULL},
    {"index", range_index, 0, NULL},
    {"__reversed__", range_reversed, 0, NULL},
    {0},
};

py_type py_range_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "range",
    .basicsize = sizeof(range_object),
    .base = &py_object_type,
    .methods = range_methods,
    .getset = range_getset,
    .new = range_new,
    .dealloc = range_dealloc,
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .iter = range_iter,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
};

/* ---- ranges beyond int64 ------------------------------------------------------------
 * Everything in Python ints through py_binop: slow, and only for programs that ask for
 * range(10**30). */

static py_object *op(py_object *a, py_object *b, int o) { return a && b ? py_binop(a, b, o) : NULL; }

/* 1 if a < b, 0 if not, -1 on error; a NULL operand is an error already raised. */
static int lt(py_object *a, py_object *b) { return a && b ? py_richcompare_bool(a, b, PY_LT) : -1; }

static py_object *zero_int(void) { return py_int_from_i64(0); }

/* The length of range(start, stop, step) (step != 0), as CPython's compute_range_length. */
static py_object *big_length(py_object *start, py_object *stop, py_object *step) {
  py_object *zero = zero_int();
  int neg = lt(step, zero);
  py_object *lo = neg == 1 ? stop : start, *hi = neg == 1 ? start : stop;
  py_object *mag = neg == 1 ? py_neg(step) : py_newref(step);
  py_object *len = NULL;
  int empty = neg < 0 ? -1 : py_richcompare_bool(lo, hi, PY_GE);
  if (empty == 1) {
    len = py_newref(zero);
  } else if (empty == 0 && mag) {
    /* (hi - lo - 1) // mag + 1 */
    py_object *one = py_int_from_i64(1);
    py_object *d = op(hi, lo, PY_OP_SUB);
    py_object *d1 = op(d, one, PY_OP_SUB);
    py_object *q = op(d1, mag, PY_OP_FLOORDIV);
    len = op(q, one, PY_OP_ADD);
    py_xdecref(one);
    py_xdecref(d);
    py_xdecref(d1);
    py_xdecref(q);
  }
  py_xdecref(mag);
  py_xdecref(zero);
  return len;
}

static py_object *big_range_new(py_object *start, py_object *stop, py_object *step) {
  py_object *len = big_length(start, stop, step);
  if (!len) return NULL;
  py_object *t = py_tuple_pack(4, start, stop, step, len);
  py_decref(len);
  if (!t) return NULL;
  range_object *r = (range_object *)py_type_alloc(&py_range_type, 0);
  if (!r) {
    py_decref(t);
    return NULL;
  }
  r->big = t;
  return (py_object *)r;
}

static py_object *big_repr(py_object *self) {
  py_object *one = py_int_from_i64(1);
  int unit = one ? py_richcompare_bool(BIG(self, 2), one, PY_EQ) : -1;
  py_xdecref(one);
  if (unit < 0) return NULL;
  if (unit) return py_str_format("range(%R, %R)", BIG(self, 0), BIG(self, 1));
  return py_str_format("range(%R, %R, %R)", BIG(self, 0), BIG(self, 1), BIG(self, 2));
}

static int big_truth(py_object *self) {
  py_object *zero = zero_int();
  int r = zero ? py_richcompare_bool(BIG(self, 3), zero, PY_NE) : -1;
  py_xdecref(zero);
  return r;
}

/* (start, len-or-None-parts) for equality and hashing: (len, start, step) with the parts
 * that do not matter replaced by None, as range_hash does for small ranges. */
static py_object *big_parts(py_object *self) {
  range_object *r = R(self);
  py_object *len, *start, *step;
  if (r->big) {
    len = py_newref(BIG(self, 3));
    start = py_newref(BIG(self, 0));
    step = py_newref(BIG(self, 2));
  } else {
    len = py_int_from_i64(r->len);
    start = py_int_from_i64(r->start);
    step = py_int_from_i64(r->step);
  }
  py_object *zero = zero_int(), *one = py_int_from_i64(1), *t = NULL;
  int is0 = len && zero ? py_richcompare_bool(len, zero, PY_EQ) : -1;
  int is1 = len && one ? py_richcompare_bool(len, one, PY_EQ) : -1;
  if (is0 >= 0 && is1 >= 0 && start && step) {
    if (is0) py_setref(&start, py_newref(PY_NONE));
    if (is0 || is1) py_setref(&step, py_newref(PY_NONE));
    t = py_tuple_pack(3, len, start, step);
  }
  py_xdecref(len);
  py_xdecref(start);
  py_xdecref(step);
  py_xdecref(zero);
  py_xdecref(one);
  return t;
}

/* The item at Python int i (already made non-negative and checked): start + i * step. */
static py_object *big_item(py_object *self, py_object *i) {
  py_object *m = op(i, BIG(self, 2), PY_OP_MUL);
  py_object *v = op(BIG(self, 0), m, PY_OP_ADD);
  py_xdecref(m);
  return v;
}

/* One bound of a slice (CPython's _PySlice_GetLongIndices): None gives dflt; negative
 * counts from len; the result is clamped to [lower, upper]. */
static py_object *slice_bound(py_object *v, py_object *dflt, py_object *len, py_object *lower,
                              py_object *upper) {
  if (v == PY_NONE) return py_newref(dflt);
  py_object *i = py_number_index(v);
  py_object *zero = zero_int();
  int neg = lt(i, zero);
  py_xdecref(zero);
  if (neg == 1) {
    py_setref(&i, op(i, len, PY_OP_ADD));
    if (lt(i, lower) == 1) py_setref(&i, py_newref(lower));
  } else if (neg == 0 && lt(upper, i) == 1) {
    py_setref(&i, py_newref(upper));
  }
  if (neg < 0 || py_err_occurred()) PY_CLEAR(i);
  return i;
}

static py_object *big_slice(py_object *self, py_object *key) {
  py_object *sv[3];
  sv[0] = py_getattr_str(key, "start");
  sv[1] = py_getattr_str(key, "stop");
  sv[2] = py_getattr_str(key, "step");
  py_object *len = BIG(self, 3), *zero = zero_int(), *one = py_int_from_i64(1);
  py_object *step = NULL, *lower = NULL, *upper = NULL, *a = NULL, *b = NULL, *r = NULL;
  if (sv[0] && sv[1] && sv[2] && zero && one) {
    step = sv[2] == PY_NONE ? py_newref(one) : py_number_index(sv[2]);
    int z = step ? py_richcompare_bool(step, zero, PY_EQ) : -1;
    int down = z == 0 ? lt(step, zero) : -1;
    if (z == 1) py_raise(&py_exc_ValueError, "slice step cannot be zero");
    if (down == 1) {
      lower = py_int_from_i64(-1);
      upper = op(len, one, PY_OP_SUB);
    } else if (down == 0) {
      lower = py_newref(zero);
      upper = py_newref(len);
    }
    if (lower && upper) {
      py_object *start = slice_bound(sv[0], down ? upper : lower, len, lower, upper);
      py_object *stop = start ? slice_bound(sv[1], down ? lower : upper, len, lower, upper) : NULL;
      a = start ? big_item(self, start) : NULL;
      b = stop ? big_item(self, stop) : NULL;
      py_object *st = op(BIG(self, 2), step, PY_OP_MUL);
      if (a && b && st) r = big_range_new(a, b, st);
      py_xdecref(start);
      py_xdecref(stop);
      py_xdecref(st);
    }
  }
  for (int i = 0; i < 3; i++) py_xdecref(sv[i]);
  py_xdecref(zero);
  py_xdecref(one);
  py_xdecref(step);
  py_xdecref(lower);
  py_xdecref(upper);
  py_xdecref(a);
  py_xdecref(b);
  return r;
}

static py_object *big_getitem(py_object *self, py_object *key) {
  if (py__slice_check(key)) return big_slice(self, key);
  if (!PY_INT_CHECK(key) && !PY_TYPE(key)->index)
    return py_raise(&py_exc_TypeError, "range indices must be integers or slices, not %s",
                    PY_TYPE(key)->name);
  py_object *i = py_number_index(key);
  if (!i) return NULL;
  py_object *zero = zero_int();
  int neg = lt(i, zero);
  if (neg == 1) py_setref(&i, op(i, BIG(self, 3), PY_OP_ADD));
  int bad = neg < 0 || !i ? -1 : lt(i, zero);
  if (bad == 0) bad = py_richcompare_bool(i, BIG(self, 3), PY_GE);
  py_xdecref(zero);
  py_object *v = NULL;
  if (bad == 1) py_raise(&py_exc_IndexError, "range object index out of range");
  else if (bad == 0) v = big_item(self, i);
  py_xdecref(i);
  return v;
}

/* For an int x: its position in the range as a Python int, None if absent, NULL on error. */
static py_object *big_position(py_object *self, py_object *x) {
  py_object *d = op(x, BIG(self, 0), PY_OP_SUB);
  py_object *q = op(d, BIG(self, 2), PY_OP_FLOORDIV);
  py_object *rem = op(d, BIG(self, 2), PY_OP_MOD);
  py_object *zero = zero_int(), *res = NULL;
  int exact = rem && zero ? py_richcompare_bool(rem, zero, PY_EQ) : -1;
  int before = exact == 1 ? lt(q, zero) : 0;
  int after = exact == 1 && before == 0 ? py_richcompare_bool(q, BIG(self, 3), PY_GE) : 0;
  if (exact >= 0 && before >= 0 && after >= 0)
    res = exact == 1 && !before && !after ? py_newref(q) : py_newref(PY_NONE);
  py_xdecref(d);
  py_xdecref(q);
  py_xdecref(rem);
  py_xdecref(zero);
  return res;
}

static int big_contains(py_object *self, py_object *x) {
  if (PY_TYPE(x) == &py_int_type || PY_TYPE(x) == &py_bool_type) {
    py_object *pos = big_position(self, x);
    if (!pos) return -1;
    int in = pos != PY_NONE;
    py_decref(pos);
    return in;
  }
  /* Anything else: compare item by item, as CPython's generic sequence search. */
  py_object *it = big_iter(self, false), *v;
  if (!it) return -1;
  int found = 0;
  while (!found && (v = py_next(it))) {
    found = py_richcompare_bool(v, x, PY_EQ);
    py_decref(v);
  }
  py_decref(it);
  return found < 0 || py_err_occurred() ? -1 : found;
}

static py_object *big_index(py_object *self, py_object *x, bool count) {
  if (PY_TYPE(x) == &py_int_type || PY_TYPE(x) == &py_bool_type) {
    py_object *pos = big_position(self, x);
    if (!pos) return NULL;
    if (count) {
      int in = pos != PY_NONE;
      py_decref(pos);
      return py_int_from_i64(in);
    }
    if (pos != PY_NONE) return pos;
    py_decref(pos);
    return py_raise(&py_exc_ValueError, "%R is not in range", x);
  }
  py_object *it = big_iter(self, false), *v;
  if (!it) return NULL;
  int64_t i = 0, n = 0;
  int k = 0;
  while ((v = py_next(it))) {
    k = py_richcompare_bool(v, x, PY_EQ);
    py_decref(v);
    if (k < 0) break;
    if (k && !count) break;
    n += k;
    i++;
  }
  py_decref(it);
  if (k < 0 || py_err_occurred()) return NULL;
  if (count) return py_int_from_i64(n);
  if (k) return py_int_from_i64(i);
  return py_raise(&py_exc_ValueError, "%R is not in range", x);
}

/* The iterator of a big range: next, step and the number left, as Python ints. */
typedef struct {
  PY_HEAD;
  py_object *next, *step, *left;
} big_iter_object;

static py_type big_iter_type;

static py_object *big_iter_next(py_object *self) {
  big_iter_object *it = (big_iter_object *)self;
  py_object *zero = zero_int();
  int more = lt(zero, it->left);
  py_xdecref(zero);
  if (more != 1) return NULL;
  py_object *one = py_int_from_i64(1);
  py_object *left = op(it->left, one, PY_OP_SUB);
  py_object *next = op(it->next, it->step, PY_OP_ADD);
  py_xdecref(one);
  if (!left || !next) {
    py_xdecref(left);
    py_xdecref(next);
    return NULL;
  }
  py_object *v = it->next;
  it->next = next;
  py_setref(&it->left, left);
  return v;
}

static void big_iter_dealloc(py_object *self) {
  big_iter_object *it = (big_iter_object *)self;
  py_xdecref(it->next);
  py_xdecref(it->step);
  py_xdecref(it->left);
  py_type_free(self);
}

static py_type big_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "longrange_iterator",
    .basicsize = sizeof(big_iter_object),
    .base = &py_object_type,
    .dealloc = big_iter_dealloc,
    .iter = py__self_iter,
    .iternext = big_iter_next,
};

static py_object *big_iter(py_object *self, bool reversed) {
  py_object *start, *step;
  if (!reversed) {
    start = py_newref(BIG(self, 0));
    step = py_newref(BIG(self, 2));
  } else {
    /* start + (len - 1) * step, going by -step. */
    py_object *one = py_int_from_i64(1);
    py_object *last = op(BIG(self, 3), one, PY_OP_SUB);
    py_xdecref(one);
    start = last ? big_item(self, last) : NULL;
    py_xdecref(last);
    step = py_neg(BIG(self, 2));
  }
  big_iter_object *it = start && step ? (big_iter_object *)py_type_alloc(&big_iter_type, 0) : NULL;
  if (!it) {
    py_xdecref(start);
    py_xdecref(step);
    return NULL;
  }
  it->next = start;
  it->step = step;
  it->left = py_newref(BIG(self, 3));
  return (py_object *)it;
}
