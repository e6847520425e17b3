/* runtime/py/slice.c — slice objects: slice(stop), slice(start, stop, step), their
 * repr and comparison, .indices(len), and the index resolution every sequence's
 * subscript uses (py_slice_indices, with CPython's clamping rules). */
#include "py/containers.h"

typedef struct {
  PY_HEAD;
  py_object *start, *stop, *step; /* never NULL (None when omitted) */
} py_slice_object;

#define S(o) ((py_slice_object *)(o))

int py__slice_check(py_object *o) { return PY_TYPE(o) == &py_slice_type; }

py_object *py_slice_new(py_object *start, py_object *stop, py_object *step) {
  py_slice_object *s = (py_slice_object *)py_type_alloc(&py_slice_type, 0);
  if (!s) return NULL;
  s->start = py_newref(start ? start : PY_NONE);
  s->stop = py_newref(stop ? stop : PY_NONE);
  s->step = py_newref(step ? step : PY_NONE);
  return (py_object *)s;
}

static void slice_dealloc(py_object *self) {
  py_decref(S(self)->start);
  py_decref(S(self)->stop);
  py_decref(S(self)->step);
  py_type_free(self);
}

/* Reads one slice bound: an int (or __index__), clamped to the py_ssize range as
 * CPython's _PyEval_SliceIndex does. 0 or -1. */
static int slice_bound(py_object *v, py_ssize *out) {
  if (PY_INT_CHECK(v) && PY_INT_IS_SMALL(v)) {
    int64_t x = PY_INT_SMALL(v);
    *out = x > PTRDIFF_MAX ? PTRDIFF_MAX : x < -PTRDIFF_MAX ? -PTRDIFF_MAX : (py_ssize)x;
    return 0;
  }
  if (!PY_INT_CHECK(v) && !PY_TYPE(v)->index) {
    py_raise(&py_exc_TypeError,
             "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  if (py_index_ssize(v, out) == 0) return 0;
  if (!py_err_matches(&py_exc_OverflowError)) return -1;
  py_err_clear();
  py_object *zero = py_int_from_i64(0);
  if (!zero) return -1;
  int neg = py_richcompare_bool(v, zero, PY_LT);
  py_decref(zero);
  if (neg < 0) return -1;
  *out = neg ? -PTRDIFF_MAX : PTRDIFF_MAX;
  return 0;
}

py_ssize py_slice_indices(py_object *slice, py_ssize length, py_ssize *start,
                          py_ssize *stop, py_ssize *step) {
  py_slice_object *s = S(slice);
  if (s->step == PY_NONE) {
    *step = 1;
  } else {
    if (slice_bound(s->step, step) < 0) return -1;
    if (*step == 0) {
      py_raise(&py_exc_ValueError, "slice step cannot be zero");
      return -1;
    }
    if (*step < -PTRDIFF_MAX) *step = -PTRDIFF_MAX; /* so -step cannot overflow */
  }
  py_ssize lo_default = *step < 0 ? PTRDIFF_MAX : 0;
  py_ssize hi_default = *step < 0 ? -PTRDIFF_MAX - 1 : PTRDIFF_MAX;
  if (s->start == PY_NONE) *start = lo_default;
  else if (slice_bound(s->start, start) < 0) return -1;
  if (s->stop == PY_NONE) *stop = hi_default;
  else if (slice_bound(s->stop, stop) < 0) return -1;

  /* Clamp into the sequence (CPython's PySlice_AdjustIndices). */
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = *step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = *step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = *step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = *step < 0 ? length - 1 : length;
  }
  if (*step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-*step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / *step + 1;
  }
  return 0;
}

/* slice(stop) / slice(start, stop[, step]) */
static py_object *slice_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)type;
  if (py_args_check("slice", nargs, kwnames, 1, 3) < 0) return NULL;
  if (nargs == 1) return py_slice_new(NULL, args[0], NULL);
  return py_slice_new(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static py_object *slice_repr(py_object *self) {
  return py_str_format("slice(%R, %R, %R)", S(self)->start, S(self)->stop, S(self)->step);
}

static py_object *slice_richcompare(py_object *a, py_object *b, int op) {
  if (!py__slice_check(a) || !py__slice_check(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_object *x[3] = {S(a)->start, S(a)->stop, S(a)->step};
  py_object *y[3] = {S(b)->start, S(b)->stop, S(b)->step};
  return py__seq_richcompare(x, 3, y, 3, op);
}

static py_object *slice_indices_meth(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  if (py__arg_one("slice.indices", nargs, kwnames) < 0) return NULL;
  py_ssize len;
  if (!PY_INT_CHECK(args[0]) && !PY_TYPE(args[0])->index)
    return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                    PY_TYPE(args[0])->name);
  if (py_index_ssize(args[0], &len) < 0) return NULL;
  if (len < 0) return py_raise(&py_exc_ValueError, "length should not be negative");
  py_ssize start, stop, step;
  if (py_slice_indices(self, len, &start, &stop, &step) < 0) return NULL;
  /* .indices() reports the raw clamped bounds, not only the item count. */
  py_object *a = py_int_from_i64(start), *b = py_int_from_i64(stop), *c = py_int_from_i64(step);
  py_object *r = a && b && c ? py_tuple_pack(3, a, b, c) : NULL;
  py_xdecref(a);
  py_xdecref(b);
  py_xdecref(c);
  return r;
}

static py_object *get_start(py_object *self) { return py_newref(S(self)->start); }
static py_object *get_stop(py_object *self) { return py_newref(S(self)->stop); }
static py_object *get_step(py_object *self) { return py_newref(S(self)->step); }

static const py_getset_def slice_getset[] = {
    {"start", get_start, NULL},
    {"stop", get_stop, NULL},
    {"step", get_step, NULL},
    {0},
};

static const py_method_def slice_methods[] = {
    {"indices", slice_indices_meth, 0, NULL},
    {0},
};

py_type py_slice_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "slice",
    .basicsize = sizeof(py_slice_object),
    .base = &py_object_type,
    .methods = slice_methods,
    .getset = slice_getset,
    .new = slice_new,
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .richcompare = slice_richcompare,
};
