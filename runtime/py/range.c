/* runtime/py/range.c — range objects and their iterator. Bounds are kept as int64:
 * ranges beyond that (rare in the programs we run) raise OverflowError with CPython's
 * text for an over-long length. Membership of ints is O(1); slicing gives a range;
 * equality and hashing compare the sequences, as CPython does. */
#include "py/containers.h"

typedef struct {
  PY_HEAD;
  int64_t start, stop, step, len;
} range_object;

#define R(o) ((range_object *)(o))

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

static py_object *range_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)type;
  if (py_args_check("range", nargs, kwnames, 1, 3) < 0) return NULL;
  int64_t start = 0, stop, step = 1;
  if (nargs == 1) {
    if (range_arg(args[0], &stop) < 0) return NULL;
  } else {
    if (range_arg(args[0], &start) < 0 || range_arg(args[1], &stop) < 0) return NULL;
    if (nargs == 3) {
      if (range_arg(args[2], &step) < 0) return NULL;
      if (step == 0) return py_raise(&py_exc_ValueError, "range() arg 3 must not be zero");
    }
  }
  if (step == INT64_MIN) return py_raise(&py_exc_OverflowError, "range step too large");
  return range_make(start, stop, step);
}

static void range_dealloc(py_object *self) { py_type_free(self); }

static py_object *range_repr(py_object *self) {
  range_object *r = R(self);
  if (r->step == 1) return py_str_format("range(%lld, %lld)", (long long)r->start, (long long)r->stop);
  return py_str_format("range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop,
                       (long long)r->step);
}

static py_ssize range_len(py_object *self) { return (py_ssize)R(self)->len; }

static int range_truth(py_object *self) { return R(self)->len != 0; }

/* 1 when the int value v is one of the range's items. */
static int range_has(range_object *r, int64_t v) {
  if (r->len == 0) return 0;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return 0;
  uint64_t diff = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
  return diff % (r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step) == 0;
}

static int range_contains(py_object *self, py_object *x) {
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
  return range_iter_make(R(self)->start, R(self)->step, R(self)->len);
}

static py_object *range_reversed(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)args;
  if (py__arg_none("range.__reversed__", nargs, kwnames) < 0) return NULL;
  range_object *r = R(self);
  if (r->len == 0) return range_iter_make(0, 1, 0);
  return range_iter_make(r->start + (r->len - 1) * r->step, -r->step, r->len);
}

static py_object *get_start(py_object *self) { return py_int_from_i64(R(self)->start); }
static py_object *get_stop(py_object *self) { return py_int_from_i64(R(self)->stop); }
static py_object *get_step(py_object *self) { return py_int_from_i64(R(self)->step); }

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
