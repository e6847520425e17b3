/* runtime/py/tuple.c — the tuple type: construction (with a free list of small tuples
 * and a shared empty tuple, as CPython), repr, hashing exactly as CPython 3.11's
 * xxHash-based tuplehash, comparison, indexing, slicing, concatenation, repetition,
 * count/index, and the tuple iterator. */
#include "py/containers.h"

#include <string.h>

/* ===================================================================================
 * Allocation
 * =================================================================================== */

/* Tuples of fewer than FREE_SIZES items are recycled: building and dropping small
 * tuples (argument packs, dict items, zip results) is very common. */
#define FREE_SIZES 20
#define FREE_MAX 2000
static py_tuple_object *free_lists[FREE_SIZES];
static int free_counts[FREE_SIZES];

static py_tuple_object empty_tuple = {
    .ob_base = {PY_IMMORTAL, &py_tuple_type},
    .size = 0,
};

py_object *py_tuple_new(py_ssize n) {
  if (n < 0) return py_raise(&py_exc_SystemError, "negative tuple size");
  if (n == 0) return py_newref((py_object *)&empty_tuple);
  if (n < FREE_SIZES && free_lists[n]) {
    py_tuple_object *t = free_lists[n];
    free_lists[n] = (py_tuple_object *)t->items[0];
    free_counts[n]--;
    t->ob_base.refcnt = 1;
    memset(t->items, 0, (size_t)n * sizeof(py_object *));
    return (py_object *)t;
  }
  py_tuple_object *t = (py_tuple_object *)py_type_alloc(&py_tuple_type, n);
  if (!t) return NULL;
  t->size = n;
  return (py_object *)t;
}

/* A tuple of an arbitrary (sub)type: the subclass path of tuple.__new__. */
static py_object *tuple_alloc_type(py_type *type, py_ssize n) {
  if (type == &py_tuple_type) return py_tuple_new(n);
  py_tuple_object *t = (py_tuple_object *)py_type_alloc(type, n);
  if (!t) return NULL;
  t->size = n;
  return (py_object *)t;
}

py_object *py_tuple_pack(py_ssize n, ...) {
  py_object *t = py_tuple_new(n);
  if (!t) return NULL;
  va_list ap;
  va_start(ap, n);
  for (py_ssize i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(va_arg(ap, py_object *));
  va_end(ap);
  return t;
}

py_object *py_tuple_from_array(py_object *const *items, py_ssize n) {
  py_object *t = py_tuple_new(n);
  if (!t) return NULL;
  for (py_ssize i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(items[i]);
  return t;
}

static void tuple_dealloc(py_object *self) {
  py_tuple_object *t = (py_tuple_object *)self;
  py_ssize n = t->size;
  for (py_ssize i = 0; i < n; i++) py_xdecref(t->items[i]);
  if (PY_TYPE(self) == &py_tuple_type && n > 0 && n < FREE_SIZES &&
      free_counts[n] < FREE_MAX) {
    t->items[0] = (py_object *)free_lists[n];
    free_lists[n] = t;
    free_counts[n]++;
    return;
  }
  if (self == (py_object *)&empty_tuple) return;
  py_type_free(self);
}

/* tuple(iterable) as a new exact tuple. */
static py_object *tuple_from_iterable(py_object *it) {
  if (PY_TYPE(it) == &py_tuple_type) return py_newref(it);
  if (PY_LIST_CHECK(it)) return py_tuple_from_array(PY_LIST_ITEMS(it), PY_LIST_SIZE(it));
  py_object *l = py_list_from_iterable(it);
  if (!l) return NULL;
  py_object *t = py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
  py_decref(l);
  return t;
}

/* tuple(iterable=(), /) */
static py_object *tuple_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (type == &py_tuple_type && py_args_check("tuple", nargs, kwnames, 0, 1) < 0)
    return NULL;
  py_object *src = nargs ? args[0] : NULL;
  if (type == &py_tuple_type) return src ? tuple_from_iterable(src) : py_tuple_new(0);
  py_object *tmp = src ? tuple_from_iterable(src) : py_tuple_new(0);
  if (!tmp) return NULL;
  py_ssize n = PY_TUPLE_SIZE(tmp);
  py_object *t = tuple_alloc_type(type, n);
  if (t)
    for (py_ssize i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(PY_TUPLE_ITEMS(tmp)[i]);
  py_decref(tmp);
  return t;
}

/* ===================================================================================
 * Object protocol
 * =================================================================================== */

static py_object *tuple_repr(py_object *self) {
  py_ssize n = PY_TUPLE_SIZE(self);
  if (n == 0) return py_str_from_cstr("()");
  int r = py__repr_enter(self);
  if (r != 0) return r > 0 ? py_str_from_cstr("(...)") : NULL;
  py_object *s = py__repr_join("(", PY_TUPLE_ITEMS(self), n, n == 1 ? ",)" : ")");
  py__repr_leave(self);
  return s;
}

/* CPython 3.11's tuplehash: xxHash's round function over the items' hashes, plus the
 * length mangled so hash(()) keeps its historical value. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static py_hash tuple_hash(py_object *self) {
  py_ssize n = PY_TUPLE_SIZE(self);
  uint64_t acc = XXPRIME_5;
  for (py_ssize i = 0; i < n; i++) {
    py_hash h = py_hash_of(PY_TUPLE_ITEMS(self)[i]);
    if (h == -1) return -1;
    acc += (uint64_t)h * XXPRIME_2;
    acc = XXROTATE(acc);
    acc *= XXPRIME_1;
  }
  acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
  if (acc == (uint64_t)-1) return 1546275796;
  return (py_hash)acc;
}

static py_object *tuple_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_TUPLE_CHECK(a) || !PY_TUPLE_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  return py__seq_richcompare(PY_TUPLE_ITEMS(a), PY_TUPLE_SIZE(a), PY_TUPLE_ITEMS(b),
                             PY_TUPLE_SIZE(b), op);
}

static py_ssize tuple_len(py_object *self) { return PY_TUPLE_SIZE(self); }

static int tuple_contains(py_object *self, py_object *item) {
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(self); i++) {
    int k = py_richcompare_bool(PY_TUPLE_ITEMS(self)[i], item, PY_EQ);
    if (k != 0) return k;
  }
  return 0;
}

static py_object *tuple_getitem(py_object *self, py_object *key) {
  py_ssize n = PY_TUPLE_SIZE(self);
  if (py__slice_check(key)) {
    py_ssize start, stop, step;
    py_ssize len = py_slice_indices(key, n, &start, &stop, &step);
    if (len < 0) return NULL;
    if (step == 1 && len == n && PY_TYPE(self) == &py_tuple_type) return py_newref(self);
    py_object *t = py_tuple_new(len);
    if (!t) return NULL;
    for (py_ssize i = 0, j = start; i < len; i++, j += step)
      PY_TUPLE_ITEMS(t)[i] = py_newref(PY_TUPLE_ITEMS(self)[j]);
    return t;
  }
  py_ssize i;
  if (py__seq_index(key, "tuple", &i) < 0) return NULL;
  py_ssize k = py__wrap_index(i, n);
  if (k < 0) return py_raise(&py_exc_IndexError, "tuple index out of range");
  return py_newref(PY_TUPLE_ITEMS(self)[k]);
}

static py_object *tuple_concat(py_object *a, py_object *b) {
  if (!PY_TUPLE_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED);
  if (!PY_TUPLE_CHECK(b)) {
    if (PY_HAS_FLAG(PY_TYPE(b), PY_TPFLAGS_HEAPTYPE)) return py_newref(PY_NOTIMPLEMENTED);
    return py_raise(&py_exc_TypeError,
                    "can only concatenate tuple (not \"%s\") to tuple", PY_TYPE(b)->name);
  }
  py_ssize na = PY_TUPLE_SIZE(a), nb = PY_TUPLE_SIZE(b);
  if (nb == 0 && PY_TYPE(a) == &py_tuple_type) return py_newref(a);
  if (na == 0 && PY_TYPE(b) == &py_tuple_type) return py_newref(b);
  py_object *t = py_tuple_new(na + nb);
  if (!t) return NULL;
  for (py_ssize i = 0; i < na; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(PY_TUPLE_ITEMS(a)[i]);
  for (py_ssize i = 0; i < nb; i++) PY_TUPLE_ITEMS(t)[na + i] = py_newref(PY_TUPLE_ITEMS(b)[i]);
  return t;
}

static py_object *tuple_repeat(py_object *a, py_object *b) {
  py_object *seq = PY_TUPLE_CHECK(a) ? a : b, *other = seq == a ? b : a;
  py_ssize n;
  int r = py__repeat_count(other, &n);
  if (r <= 0) return r < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED);
  py_ssize len = PY_TUPLE_SIZE(seq);
  if (n == 1 && PY_TYPE(seq) == &py_tuple_type) return py_newref(seq);
  if (len && n > PTRDIFF_MAX / (py_ssize)sizeof(py_object *) / len)
    return py_raise_nomemory();
  py_object *t = py_tuple_new(len * n);
  if (!t) return NULL;
  py_object **dst = PY_TUPLE_ITEMS(t);
  for (py_ssize k = 0; k < n; k++)
    for (py_ssize i = 0; i < len; i++) *dst++ = py_newref(PY_TUPLE_ITEMS(seq)[i]);
  return t;
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

static py_object *tuple_count(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py__arg_one("tuple.count", nargs, kwnames) < 0) return NULL;
  int64_t c = 0;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(self); i++) {
    int k = py_richcompare_bool(PY_TUPLE_ITEMS(self)[i], args[0], PY_EQ);
    if (k < 0) return NULL;
    c += k;
  }
  return py_int_from_i64(c);
}

static py_object *tuple_index(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py_args_check("index", nargs, kwnames, 1, 3) < 0) return NULL;
  py_ssize start, stop;
  if (py__index_bounds(args, nargs, PY_TUPLE_SIZE(self), &start, &stop) < 0) return NULL;
  for (py_ssize i = start; i < stop && i < PY_TUPLE_SIZE(self); i++) {
    int k = py_richcompare_bool(PY_TUPLE_ITEMS(self)[i], args[0], PY_EQ);
    if (k < 0) return NULL;
    if (k) return py_int_from_i64(i);
  }
  return py_raise(&py_exc_ValueError, "tuple.index(x): x not in tuple");
}

static py_object *tuple_getitem_meth(py_object *self, py_object *const *args,
                                     size_t nargs, py_object *kwnames) {
  if (py_args_check("__getitem__", nargs, kwnames, 1, 1) < 0) return NULL;
  return tuple_getitem(self, args[0]);
}

static py_object *tuple_getnewargs(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  (void)args;
  if (py_args_check("__getnewargs__", nargs, kwnames, 0, 0) < 0) return NULL;
  py_object *copy = py_tuple_from_array(PY_TUPLE_ITEMS(self), PY_TUPLE_SIZE(self));
  if (!copy) return NULL;
  py_object *r = py_tuple_pack(1, copy);
  py_decref(copy);
  return r;
}

static const py_method_def tuple_methods[] = {
    {"count", tuple_count, 0, "Return number of occurrences of value."},
    {"index", tuple_index, 0, "Return first index of value."},
    {"__getitem__", tuple_getitem_meth, 0, NULL},
    {"__getnewargs__", tuple_getnewargs, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {0},
};

/* ===================================================================================
 * The tuple iterator
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *seq; /* NULL when exhausted */
  py_ssize index;
} tuple_iter_object;

static void tuple_iter_dealloc(py_object *self) {
  py_xdecref(((tuple_iter_object *)self)->seq);
  py_type_free(self);
}

static py_object *tuple_iter_next(py_object *self) {
  tuple_iter_object *it = (tuple_iter_object *)self;
  if (!it->seq) return NULL;
  if (it->index < PY_TUPLE_SIZE(it->seq)) return py_newref(PY_TUPLE_ITEMS(it->seq)[it->index++]);
  PY_CLEAR(it->seq);
  return NULL;
}

static py_object *tuple_iter_length_hint(py_object *self, py_object *const *args,
                                         size_t nargs, py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  tuple_iter_object *it = (tuple_iter_object *)self;
  return py_int_from_i64(it->seq ? PY_TUPLE_SIZE(it->seq) - it->index : 0);
}

static const py_method_def tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, 0, NULL},
    {0},
};

py_type py_tuple_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "tuple_iterator",
    .basicsize = sizeof(tuple_iter_object),
    .base = &py_object_type,
    .dealloc = tuple_iter_dealloc,
    .iter = py__self_iter,
    .iternext = tuple_iter_next,
    .methods = tuple_iter_methods,
};

static py_object *tuple_iter(py_object *self) {
  tuple_iter_object *it = (tuple_iter_object *)py_type_alloc(&py_tuple_iter_type, 0);
  if (!it) return NULL;
  it->seq = py_newref(self);
  it->index = 0;
  return (py_object *)it;
}

/* ===================================================================================
 * The type
 * =================================================================================== */

py_type py_tuple_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "tuple",
    .basicsize = sizeof(py_tuple_object),
    .itemsize = sizeof(py_object *),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_TUPLE_SUBCLASS,
    .base = &py_object_type,
    .methods = tuple_methods,
    .new = tuple_new,
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .number = {[PY_OP_ADD] = tuple_concat, [PY_OP_MUL] = tuple_repeat},
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
};
