/* runtime/py/iter.c — the generic iterators and the iterator builtins: the sequence
 * iterator (iter() over __getitem__), the callable iterator (iter(f, sentinel)),
 * enumerate, zip (with strict=), map, filter and reversed, with CPython's messages. */
#include "py/containers.h"

#define NOARGS_UNUSED (void)args, (void)nargs, (void)kwnames

/* ===================================================================================
 * Sequence iterator: calls seq[i] for i = 0, 1, ... until IndexError/StopIteration
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *seq; /* NULL when exhausted */
  py_ssize index;
} seq_iter_object;

static void seq_iter_dealloc(py_object *self) {
  py_xdecref(((seq_iter_object *)self)->seq);
  py_type_free(self);
}

static py_object *seq_iter_next(py_object *self) {
  seq_iter_object *it = (seq_iter_object *)self;
  if (!it->seq) return NULL;
  py_object *i = py_int_from_i64(it->index);
  if (!i) return NULL;
  py_object *v = py_getitem(it->seq, i);
  py_decref(i);
  if (v) {
    it->index++;
    return v;
  }
  if (py_err_matches(&py_exc_IndexError) || py_err_matches(&py_exc_StopIteration)) {
    py_err_clear();
    PY_CLEAR(it->seq);
  }
  return NULL;
}

py_type py_seq_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "iterator",
    .basicsize = sizeof(seq_iter_object),
    .base = &py_object_type,
    .dealloc = seq_iter_dealloc,
    .iter = py__self_iter,
    .iternext = seq_iter_next,
};

py_object *py__seq_iter_new(py_object *seq) { return py_seqiter_new(seq); }

py_object *py_seqiter_new(py_object *seq) {
  seq_iter_object *it = (seq_iter_object *)py_type_alloc(&py_seq_iter_type, 0);
  if (!it) return NULL;
  it->seq = py_newref(seq);
  it->index = 0;
  return (py_object *)it;
}

/* ===================================================================================
 * Callable iterator: iter(callable, sentinel)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *callable; /* NULL when exhausted */
  py_object *sentinel;
} callable_iter_object;

static void callable_iter_dealloc(py_object *self) {
  callable_iter_object *it = (callable_iter_object *)self;
  py_xdecref(it->callable);
  py_xdecref(it->sentinel);
  py_type_free(self);
}

static py_object *callable_iter_next(py_object *self) {
  callable_iter_object *it = (callable_iter_object *)self;
  if (!it->callable) return NULL;
  py_object *v = py_call0(it->callable);
  if (!v) {
    if (py_err_matches(&py_exc_StopIteration)) {
      py_err_clear();
      PY_CLEAR(it->callable);
    }
    return NULL;
  }
  int eq = py_richcompare_bool(v, it->sentinel, PY_EQ);
  if (eq == 0) return v;
  py_decref(v);
  if (eq > 0) PY_CLEAR(it->callable);
  return NULL;
}

py_type py_callable_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "callable_iterator",
    .basicsize = sizeof(callable_iter_object),
    .base = &py_object_type,
    .dealloc = callable_iter_dealloc,
    .iter = py__self_iter,
    .iternext = callable_iter_next,
};

py_object *py__callable_iter_new(py_object *callable, py_object *sentinel) {
  callable_iter_object *it = (callable_iter_object *)py_type_alloc(&py_callable_iter_type, 0);
  if (!it) return NULL;
  it->callable = py_newref(callable);
  it->sentinel = py_newref(sentinel);
  return (py_object *)it;
}

/* ===================================================================================
 * enumerate(iterable, start=0)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *it;
  int64_t index;       /* the next count while it fits */
  py_object *big;      /* the next count once it does not (or start was big), else NULL */
  py_object *result;   /* the last (index, value) tuple, reused when unshared */
} enumerate_object;

static py_object *enumerate_new(py_type *type, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  static const char *const names[] = {"iterable", "start"};
  static const py_params params = {"enumerate", names, 2, 0, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  int64_t start = 0;
  py_object *big = NULL;
  if (a[1]) {
    if (!PY_INT_CHECK(a[1]) && !PY_TYPE(a[1])->index)
      return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      PY_TYPE(a[1])->name);
    py_object *i = py_number_index(a[1]);
    if (!i) return NULL;
    if (PY_INT_IS_SMALL(i) && PY_INT_SMALL(i) < INT64_MAX) {
      start = PY_INT_SMALL(i);
      py_decref(i);
    } else {
      big = i;
    }
  }
  py_object *it = py_iter(a[0]);
  if (!it) {
    py_xdecref(big);
    return NULL;
  }
  enumerate_object *e = (enumerate_object *)py_type_alloc(type, 0);
  if (!e) {
    py_decref(it);
    py_xdecref(big);
    return NULL;
  }
  e->it = it;
  e->index = start;
  e->big = big;
  return (py_object *)e;
}

static void enumerate_dealloc(py_object *self) {
  enumerate_object *e = (enumerate_object *)self;
  py_xdecref(e->it);
  py_xdecref(e->big);
  py_xdecref(e->result);
  py_type_free(self);
}

static py_object *enumerate_next(py_object *self) {
  enumerate_object *e = (enumerate_object *)self;
  py_object *v = py_next(e->it);
  if (!v) return NULL;
  py_object *idx;
  if (!e->big) {
    idx = py_int_from_i64(e->index);
    if (e->index == INT64_MAX - 1) e->big = py_int_from_i64(INT64_MAX);
    else e->index++;
  } else {
    idx = py_newref(e->big);
    py_object *one = py_int_from_i64(1);
    py_object *next = one ? py_binop(e->big, one, PY_OP_ADD) : NULL;
    py_xdecref(one);
    if (!next) {
      py_decref(idx);
      py_decref(v);
      return NULL;
    }
    py_setref(&e->big, next);
  }
  if (!idx) {
    py_decref(v);
    return NULL;
  }
  /* `for i, x in enumerate(...)` drops each pair at once: reuse it, as CPython does. */
  py_object *t = e->result;
  if (t && t->refcnt == 1) {
    py_object *oi = PY_TUPLE_ITEMS(t)[0], *ov = PY_TUPLE_ITEMS(t)[1];
    PY_TUPLE_ITEMS(t)[0] = idx;
    PY_TUPLE_ITEMS(t)[1] = v;
    py_decref(oi);
    py_decref(ov);
    return py_newref(t);
  }
  t = py_tuple_new(2);
  if (!t) {
    py_decref(idx);
    py_decref(v);
    return NULL;
  }
  PY_TUPLE_ITEMS(t)[0] = idx;
  PY_TUPLE_ITEMS(t)[1] = v;
  py_setref(&e->result, py_newref(t));
  return t;
}

py_type py_enumerate_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "enumerate",
    .basicsize = sizeof(enumerate_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = (const py_method_def[]){{"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL}, {0}},
    .new = enumerate_new,
    .dealloc = enumerate_dealloc,
    .iter = py__self_iter,
    .iternext = enumerate_next,
};

/* ===================================================================================
 * zip(*iterables, strict=False)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *its; /* tuple of iterators */
  py_object *result; /* the last tuple produced, reused when unshared */
  bool strict;
  bool done;
} zip_object;

static py_object *zip_new(py_type *type, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  bool strict = false;
  if (kwnames) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++) {
      py_object *name = PY_TUPLE_ITEMS(kwnames)[i];
      if (!py_str_equal_cstr(name, "strict"))
        return py_raise(&py_exc_TypeError, "%R is an invalid keyword argument for zip()", name);
      int t = py_truthy(args[nargs + i]);
      if (t < 0) return NULL;
      strict = t;
    }
  }
  py_object *its = py_tuple_new((py_ssize)nargs);
  if (!its) return NULL;
  for (size_t i = 0; i < nargs; i++) {
    py_object *it = py_iter(args[i]);
    if (!it) {
      py_decref(its);
      return NULL;
    }
    PY_TUPLE_ITEMS(its)[i] = it;
  }
  zip_object *z = (zip_object *)py_type_alloc(type, 0);
  if (!z) {
    py_decref(its);
    return NULL;
  }
  z->its = its;
  z->strict = strict;
  z->done = false;
  return (py_object *)z;
}

static void zip_dealloc(py_object *self) {
  py_xdecref(((zip_object *)self)->its);
  py_xdecref(((zip_object *)self)->result);
  py_type_free(self);
}

/* strict=True found iterator i (0-based) exhausted: check the others agree. */
static py_object *zip_strict_mismatch(zip_object *z, py_ssize i) {
  py_ssize n = PY_TUPLE_SIZE(z->its);
  if (i > 0) {
    if (i == 1) return py_raise(&py_exc_ValueError, "zip() argument 2 is shorter than argument 1");
    return py_raise(&py_exc_ValueError, "zip() argument %zd is shorter than arguments 1-%zd",
                    i + 1, i);
  }
  /* The first ran out: every other must be exhausted too. */
  for (py_ssize j = 1; j < n; j++) {
    py_object *v = py_next(PY_TUPLE_ITEMS(z->its)[j]);
    if (v) {
      py_decref(v);
      if (j == 1) return py_raise(&py_exc_ValueError, "zip() argument 2 is longer than argument 1");
      return py_raise(&py_exc_ValueError, "zip() argument %zd is longer than arguments 1-%zd",
                      j + 1, j);
    }
    if (py_err_occurred()) return NULL;
  }
  return NULL;
}

static py_object *zip_next(py_object *self) {
  zip_object *z = (zip_object *)self;
  py_ssize n = PY_TUPLE_SIZE(z->its);
  if (n == 0 || z->done) return NULL;
  /* `for a, b in zip(...)` drops each tuple at once: reuse it, as CPython does. A new
   * tuple's items start NULL, so one loop fills either. */
  py_object *t = z->result;
  bool reused = t && t->refcnt == 1;
  if (reused) py_incref(t);
  else if (!(t = py_tuple_new(n))) return NULL;
  for (py_ssize i = 0; i < n; i++) {
    py_object *v = py_next(PY_TUPLE_ITEMS(z->its)[i]);
    if (!v) {
      py_decref(t);
      if (py_err_occurred()) return NULL;
      z->done = true;
      if (z->strict) return zip_strict_mismatch(z, i);
      return NULL;
    }
    py_setref(&PY_TUPLE_ITEMS(t)[i], v);
  }
  if (!reused) py_setref(&z->result, py_newref(t));
  return t;
}

py_type py_zip_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "zip",
    .basicsize = sizeof(zip_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .new = zip_new,
    .dealloc = zip_dealloc,
    .iter = py__self_iter,
    .iternext = zip_next,
};

/* ===================================================================================
 * map(func, *iterables)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *func;
  py_object *its; /* tuple of iterators */
} map_object;

static py_object *map_new(py_type *type, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  if (type == &py_map_type && kwnames && PY_TUPLE_SIZE(kwnames))
    return py_raise(&py_exc_TypeError, "map() takes no keyword arguments");
  if (nargs < 2) return py_raise(&py_exc_TypeError, "map() must have at least two arguments.");
  py_object *its = py_tuple_new((py_ssize)nargs - 1);
  if (!its) return NULL;
  for (size_t i = 1; i < nargs; i++) {
    py_object *it = py_iter(args[i]);
    if (!it) {
      py_decref(its);
      return NULL;
    }
    PY_TUPLE_ITEMS(its)[i - 1] = it;
  }
  map_object *m = (map_object *)py_type_alloc(type, 0);
  if (!m) {
    py_decref(its);
    return NULL;
  }
  m->func = py_newref(args[0]);
  m->its = its;
  return (py_object *)m;
}

static void map_dealloc(py_object *self) {
  map_object *m = (map_object *)self;
  py_xdecref(m->func);
  py_xdecref(m->its);
  py_type_free(self);
}

static py_object *map_next(py_object *self) {
  map_object *m = (map_object *)self;
  py_ssize n = PY_TUPLE_SIZE(m->its);
  py_object *small[8], **vals = small;
  if (n > 8) {
    vals = py_mem_alloc((size_t)n * sizeof(py_object *));
    if (!vals) return py_raise_nomemory();
  }
  py_ssize got = 0;
  py_object *r = NULL;
  for (; got < n; got++) {
    vals[got] = py_next(PY_TUPLE_ITEMS(m->its)[got]);
    if (!vals[got]) break;
  }
  if (got == n) r = py_call(m->func, vals, (size_t)n, NULL);
  for (py_ssize i = 0; i < got; i++) py_decref(vals[i]);
  if (vals != small) py_mem_free(vals, (size_t)n * sizeof(py_object *));
  return r;
}

py_type py_map_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "map",
    .basicsize = sizeof(map_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .new = map_new,
    .dealloc = map_dealloc,
    .iter = py__self_iter,
    .iternext = map_next,
};

/* ===================================================================================
 * filter(function or None, iterable)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *func; /* None: keep truthy items */
  py_object *it;
} filter_object;

static py_object *filter_new(py_type *type, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  if (type == &py_filter_type && kwnames && PY_TUPLE_SIZE(kwnames))
    return py_raise(&py_exc_TypeError, "filter() takes no keyword arguments");
  if (nargs != 2)
    return py_raise(&py_exc_TypeError, "filter expected 2 arguments, got %zd", (py_ssize)nargs);
  py_object *it = py_iter(args[1]);
  if (!it) return NULL;
  filter_object *f = (filter_object *)py_type_alloc(type, 0);
  if (!f) {
    py_decref(it);
    return NULL;
  }
  f->func = py_newref(args[0]);
  f->it = it;
  return (py_object *)f;
}

static void filter_dealloc(py_object *self) {
  filter_object *f = (filter_object *)self;
  py_xdecref(f->func);
  py_xdecref(f->it);
  py_type_free(self);
}

static py_object *filter_next(py_object *self) {
  filter_object *f = (filter_object *)self;
  for (;;) {
    py_object *v = py_next(f->it);
    if (!v) return NULL;
    int ok;
    if (f->func == PY_NONE || f->func == (py_object *)&py_bool_type) {
      ok = py_truthy(v);
    } else {
      py_object *r = py_call1(f->func, v);
      ok = r ? py_truthy(r) : -1;
      py_xdecref(r);
    }
    if (ok > 0) return v;
    py_decref(v);
    if (ok < 0) return NULL;
  }
}

py_type py_filter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "filter",
    .basicsize = sizeof(filter_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .new = filter_new,
    .dealloc = filter_dealloc,
    .iter = py__self_iter,
    .iternext = filter_next,
};

/* ===================================================================================
 * reversed(sequence)
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *seq; /* NULL when exhausted */
  py_ssize index;
} reversed_object;

static py_object *reversed_new(py_type *type, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  if (type == &py_reversed_type && kwnames && PY_TUPLE_SIZE(kwnames))
    return py_raise(&py_exc_TypeError, "reversed() takes no keyword arguments");
  if (nargs != 1)
    return py_raise(&py_exc_TypeError, "reversed expected 1 argument, got %zd", (py_ssize)nargs);
  py_object *seq = args[0];
  py_object *rev = py_type_lookup(PY_TYPE(seq), PY_ID(__reversed__));
  if (rev == PY_NONE)
    return py_raise(&py_exc_TypeError, "'%s' object is not reversible", PY_TYPE(seq)->name);
  if (rev) return py_call_method(seq, PY_ID(__reversed__), NULL, 0);
  /* The sequence protocol: __len__ and __getitem__, and not a mapping. */
  if (!PY_TYPE(seq)->len || !PY_TYPE(seq)->getitem || PY_DICT_CHECK(seq))
    return py_raise(&py_exc_TypeError, "'%s' object is not reversible", PY_TYPE(seq)->name);
  py_ssize n = py_len(seq);
  if (n < 0) return NULL;
  reversed_object *r = (reversed_object *)py_type_alloc(type, 0);
  if (!r) return NULL;
  r->seq = py_newref(seq);
  r->index = n - 1;
  return (py_object *)r;
}

static void reversed_dealloc(py_object *self) {
  py_xdecref(((reversed_object *)self)->seq);
  py_type_free(self);
}

static py_object *reversed_next(py_object *self) {
  reversed_object *r = (reversed_object *)self;
  if (!r->seq) return NULL;
  if (r->index >= 0) {
    py_object *i = py_int_from_i64(r->index);
    if (!i) return NULL;
    py_object *v = py_getitem(r->seq, i);
    py_decref(i);
    if (v) {
      r->index--;
      return v;
    }
    if (!py_err_matches(&py_exc_IndexError) && !py_err_matches(&py_exc_StopIteration))
      return NULL;
    py_err_clear();
  }
  r->index = -1;
  PY_CLEAR(r->seq);
  return NULL;
}

static py_object *reversed_length_hint(py_object *self, py_object *const *args, size_t nargs,
                                       py_object *kwnames) {
  NOARGS_UNUSED;
  reversed_object *r = (reversed_object *)self;
  return py_int_from_i64(r->seq ? r->index + 1 : 0);
}

py_type py_reversed_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "reversed",
    .basicsize = sizeof(reversed_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = (const py_method_def[]){{"__length_hint__", reversed_length_hint, 0, NULL}, {0}},
    .new = reversed_new,
    .dealloc = reversed_dealloc,
    .iter = py__self_iter,
    .iternext = reversed_next,
};
