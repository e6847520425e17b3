/* runtime/py/stubs_scalars.c — TEMPORARY weak stand-ins for symbols other helpers own
 * (errors, abstract protocol, tuple/list/dict/slice, exception types), so the scalar
 * types link and their tests run before those branches land. Every definition is weak:
 * the real one wins at link time as soon as it exists, and this file is deleted once
 * all of them do. Nothing here is meant to be complete. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/object.h"
#include "py/scalars.h"

#define WEAK __attribute__((weak))

static void stub_type_dealloc(py_object *o) { (void)o; }

WEAK py_type py_type_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "type"};
WEAK py_type py_object_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "object"};
WEAK py_type py_none_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "NoneType",
                             .dealloc = stub_type_dealloc};
WEAK py_type py_notimplemented_type = {.ob_base = {PY_IMMORTAL, &py_type_type},
                                       .name = "NotImplementedType", .dealloc = stub_type_dealloc};
WEAK py_object py__none = {PY_IMMORTAL, &py_none_type};
WEAK py_object py__notimplemented = {PY_IMMORTAL, &py_notimplemented_type};
WEAK struct py_ids py_ids;

/* ---- errors: the pending exception is a (type, message) pair ---- */
typedef struct stub_exc {
  PY_HEAD;
  py_object *msg;
} stub_exc;
static void stub_exc_dealloc(py_object *o) {
  py_xdecref(((stub_exc *)o)->msg);
  free(o);
}
static py_object *stub_exc_str(py_object *o) {
  py_object *m = ((stub_exc *)o)->msg;
  return m ? py_newref(m) : py_str_from_cstr("");
}
#define STUB_EXC(ename, basep)                                                        \
  WEAK py_type py_exc_##ename = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = #ename, \
                                .base = basep, .str = stub_exc_str, .dealloc = stub_exc_dealloc};
STUB_EXC(Exception, NULL)
STUB_EXC(ArithmeticError, &py_exc_Exception)
STUB_EXC(LookupError, &py_exc_Exception)
STUB_EXC(ValueError, &py_exc_Exception)
STUB_EXC(TypeError, &py_exc_Exception)
STUB_EXC(MemoryError, &py_exc_Exception)
STUB_EXC(IndexError, &py_exc_LookupError)
STUB_EXC(KeyError, &py_exc_LookupError)
STUB_EXC(OverflowError, &py_exc_ArithmeticError)
STUB_EXC(ZeroDivisionError, &py_exc_ArithmeticError)
STUB_EXC(UnicodeError, &py_exc_ValueError)
STUB_EXC(UnicodeDecodeError, &py_exc_UnicodeError)
STUB_EXC(UnicodeEncodeError, &py_exc_UnicodeError)

WEAK int py_type_is_subtype(py_type *a, py_type *b) {
  for (; a; a = a->base)
    if (a == b) return 1;
  return 0;
}
WEAK py_object *py_type_lookup(py_type *t, py_object *name) {
  (void)t; (void)name;
  return NULL;
}
WEAK py_object *py_type_alloc(py_type *t, py_ssize n) {
  py_object *o = calloc(1, (size_t)(t->basicsize + n * t->itemsize));
  if (!o) return py_raise_nomemory();
  o->refcnt = 1;
  o->type = t;
  return o;
}
WEAK void py_type_free(py_object *o) { free(o); }
WEAK void py__dealloc(py_object *o) {
  if (o->type->dealloc) o->type->dealloc(o);
}

static py_type *pending_type;
static py_object *pending_msg;

WEAK py_object *py_raise_v(py_type *type, const char *fmt, va_list ap) {
  py_object *m = py_str_format_v(fmt, ap);
  PY_CLEAR(pending_msg);
  pending_type = type;
  pending_msg = m;
  return NULL;
}
WEAK py_object *py_raise(py_type *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  py_raise_v(type, fmt, ap);
  va_end(ap);
  return NULL;
}
WEAK py_object *py_raise_with(py_type *type, py_object *arg) {
  PY_CLEAR(pending_msg);
  pending_type = type;
  pending_msg = py_repr(arg);
  return NULL;
}
WEAK py_object *py_raise_nomemory(void) {
  PY_CLEAR(pending_msg);
  pending_type = &py_exc_MemoryError;
  return NULL;
}
WEAK py_object *py_err_occurred(void) { return pending_type ? (py_object *)pending_type : NULL; }
WEAK int py_err_matches(py_type *type) {
  return pending_type && py_type_is_subtype(pending_type, type);
}
WEAK void py_err_clear(void) {
  pending_type = NULL;
  PY_CLEAR(pending_msg);
}
WEAK py_object *py_err_fetch(void) {
  if (!pending_type) return NULL;
  stub_exc *e = calloc(1, sizeof *e);
  e->ob_base.refcnt = 1;
  e->ob_base.type = pending_type;
  e->msg = pending_msg;
  pending_msg = NULL;
  pending_type = NULL;
  return (py_object *)e;
}

/* ---- abstract protocol ---- */
WEAK py_object *py_repr(py_object *o) {
  if (PY_TYPE(o)->repr) return PY_TYPE(o)->repr(o);
  if (o == PY_NONE) return py_str_from_cstr("None");
  return py_str_format("<%s object>", PY_TYPE(o)->name);
}
WEAK py_object *py_str(py_object *o) {
  if (PY_TYPE(o)->str) return PY_TYPE(o)->str(o);
  return py_repr(o);
}
WEAK int py_args_check(const char *fname, size_t nargs, py_object *kwnames, size_t min,
                       size_t max) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  if (nargs < min || nargs > max) {
    py_raise(&py_exc_TypeError, "%s expected %zu arguments, got %zu", fname, min, nargs);
    return -1;
  }
  return 0;
}
WEAK int py_args_bind(const py_params *p, py_object *const *args, size_t nargs,
                      py_object *kwnames, py_object **out) {
  for (unsigned i = 0; i < p->count; i++) out[i] = NULL;
  if (nargs > p->kwonly_from) {
    py_raise(&py_exc_TypeError, "%s() takes at most %u arguments (%zu given)", p->fname,
             p->kwonly_from, nargs);
    return -1;
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  py_ssize nk = kwnames ? PY_TUPLE_SIZE(kwnames) : 0;
  for (py_ssize k = 0; k < nk; k++) {
    py_object *name = PY_TUPLE_ITEMS(kwnames)[k];
    unsigned i;
    for (i = p->npos_only; i < p->count; i++)
      if (py_str_equal_cstr(name, p->names[i])) break;
    if (i == p->count) {
      py_raise(&py_exc_TypeError, "%s() got an unexpected keyword argument '%U'", p->fname, name);
      return -1;
    }
    out[i] = args[nargs + (size_t)k];
  }
  for (unsigned i = 0; i < p->nrequired; i++)
    if (!out[i]) {
      py_raise(&py_exc_TypeError, "%s() missing required argument '%s' (pos %u)", p->fname,
               p->names[i], i + 1);
      return -1;
    }
  return 0;
}
WEAK py_object *py_number_index(py_object *o) {
  if (PY_INT_CHECK(o)) return py_newref(o);
  if (PY_TYPE(o)->index) return PY_TYPE(o)->index(o);
  return py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", o);
}
WEAK int py_index_ssize(py_object *o, py_ssize *out) {
  py_object *i = py_number_index(o);
  if (!i) return -1;
  int64_t v;
  int r = py_int_as_i64(i, &v);
  py_decref(i);
  if (r < 0) {
    py_err_clear();
    py_raise(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  *out = (py_ssize)v;
  return 0;
}
WEAK int py_truthy(py_object *o) {
  if (o == PY_NONE) return 0;
  if (PY_TYPE(o)->truth) return PY_TYPE(o)->truth(o);
  if (PY_TYPE(o)->len) return PY_TYPE(o)->len(o) != 0;
  return 1;
}
WEAK py_object *py_binop(py_object *a, py_object *b, int op) {
  py_binaryfunc f = PY_TYPE(a)->number[op];
  if (f) {
    py_object *r = f(a, b);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_decref(r);
  }
  f = PY_TYPE(b)->number[op];
  if (f && PY_TYPE(b) != PY_TYPE(a)) {
    py_object *r = f(a, b);
    if (r != PY_NOTIMPLEMENTED) return r;
    py_decref(r);
  }
  return py_raise(&py_exc_TypeError, "unsupported operand type(s): '%T' and '%T'", a, b);
}
WEAK double py_as_double(py_object *o) {
  if (PY_FLOAT_CHECK(o)) return PY_FLOAT_VALUE(o);
  if (PY_INT_CHECK(o)) {
    bool err;
    return py__int_to_double(o, &err);
  }
  py_raise(&py_exc_TypeError, "must be real number, not %T", o);
  return -1.0;
}
WEAK py_object *py_call1(py_object *c, py_object *a) {
  (void)c; (void)a;
  return py_raise(&py_exc_TypeError, "stub: calls are not available");
}
WEAK py_object *py_call_method(py_object *o, py_object *name, py_object *const *args, size_t n) {
  (void)o; (void)args; (void)n;
  if (PY_STR_CHECK(o) && py_str_equal_cstr(name, "upper")) {
    for (const py_method_def *m = py__str_methods; m->name; m++)
      if (!strcmp(m->name, "upper")) return m->fn(o, NULL, 0, NULL);
  }
  return py_raise(&py_exc_TypeError, "stub: method calls are not available");
}
WEAK py_object *py_getattr(py_object *o, py_object *name) {
  (void)o;
  return py_raise(&py_exc_TypeError, "stub: no attribute %U", name);
}
WEAK py_object *py_getitem(py_object *o, py_object *key) {
  if (PY_TYPE(o)->getitem) return PY_TYPE(o)->getitem(o, key);
  return py_raise(&py_exc_TypeError, "'%T' object is not subscriptable", o);
}
WEAK py_object *py_iter(py_object *o) {
  if (PY_TYPE(o)->iter) return PY_TYPE(o)->iter(o);
  return py_raise(&py_exc_TypeError, "'%T' object is not iterable", o);
}
WEAK py_object *py_next(py_object *it) { return PY_TYPE(it)->iternext(it); }

/* ---- tuple, list, dict, slice: just enough ---- */
static void tuple_dealloc(py_object *o) {
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(o); i++) py_xdecref(PY_TUPLE_ITEMS(o)[i]);
  free(o);
}
static py_object *seq_repr(py_object *const *items, py_ssize n, const char *open,
                           const char *close) {
  py__strbuf b;
  py__strbuf_init(&b);
  py__strbuf_append_cstr(&b, open);
  for (py_ssize i = 0; i < n; i++) {
    if (i) py__strbuf_append_cstr(&b, ", ");
    py__strbuf_append_obj(&b, items[i], true);
  }
  if (n == 1 && open[0] == '(') py__strbuf_append_cstr(&b, ",");
  py__strbuf_append_cstr(&b, close);
  return py__strbuf_finish(&b);
}
static py_object *tuple_repr(py_object *o) {
  return seq_repr(PY_TUPLE_ITEMS(o), PY_TUPLE_SIZE(o), "(", ")");
}
static py_object *list_repr(py_object *o) {
  return seq_repr(PY_LIST_ITEMS(o), PY_LIST_SIZE(o), "[", "]");
}
typedef struct seq_iter {
  PY_HEAD;
  py_object *seq;
  py_ssize i;
} seq_iter;
static void seq_iter_dealloc(py_object *o) {
  py_decref(((seq_iter *)o)->seq);
  free(o);
}
static py_object *seq_iter_next(py_object *o) {
  seq_iter *it = (seq_iter *)o;
  bool tup = PY_TUPLE_CHECK(it->seq);
  py_ssize n = tup ? PY_TUPLE_SIZE(it->seq) : PY_LIST_SIZE(it->seq);
  if (it->i >= n) return NULL;
  return py_newref((tup ? PY_TUPLE_ITEMS(it->seq) : PY_LIST_ITEMS(it->seq))[it->i++]);
}
static py_type seq_iter_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "iterator",
                                .dealloc = seq_iter_dealloc, .iternext = seq_iter_next};
static py_object *seq_iter_new(py_object *seq) {
  seq_iter *it = calloc(1, sizeof *it);
  it->ob_base.refcnt = 1;
  it->ob_base.type = &seq_iter_type;
  it->seq = py_newref(seq);
  return (py_object *)it;
}
WEAK py_type py_tuple_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "tuple",
                              .flags = PY_TPFLAGS_TUPLE_SUBCLASS, .dealloc = tuple_dealloc,
                              .repr = tuple_repr, .iter = seq_iter_new};
WEAK py_object *py_tuple_new(py_ssize n) {
  py_tuple_object *t = calloc(1, sizeof *t + (size_t)n * sizeof(py_object *));
  t->ob_base.refcnt = 1;
  t->ob_base.type = &py_tuple_type;
  t->size = n;
  return (py_object *)t;
}
WEAK py_object *py_tuple_pack(py_ssize n, ...) {
  py_object *t = py_tuple_new(n);
  va_list ap;
  va_start(ap, n);
  for (py_ssize i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = py_newref(va_arg(ap, py_object *));
  va_end(ap);
  return t;
}
static void list_dealloc(py_object *o) {
  for (py_ssize i = 0; i < PY_LIST_SIZE(o); i++) py_xdecref(PY_LIST_ITEMS(o)[i]);
  free(PY_LIST_ITEMS(o));
  free(o);
}
static py_object *list_getitem(py_object *l, py_object *k) {
  int64_t i = PY_INT_SMALL(k);
  if (i < 0) i += PY_LIST_SIZE(l);
  if (i < 0 || i >= PY_LIST_SIZE(l)) return py_raise(&py_exc_IndexError, "list index out of range");
  return py_newref(PY_LIST_ITEMS(l)[i]);
}
WEAK py_type py_list_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "list",
                             .flags = PY_TPFLAGS_LIST_SUBCLASS, .dealloc = list_dealloc,
                             .repr = list_repr, .iter = seq_iter_new,
                             .getitem = list_getitem};
WEAK py_object *py_list_new(py_ssize n) {
  py_list_object *l = calloc(1, sizeof *l);
  l->ob_base.refcnt = 1;
  l->ob_base.type = &py_list_type;
  l->size = n;
  l->capacity = n + 4;
  l->items = calloc((size_t)l->capacity, sizeof(py_object *));
  return (py_object *)l;
}
WEAK int py_list_append(py_object *list, py_object *item) {
  py_list_object *l = (py_list_object *)list;
  if (l->size == l->capacity) {
    l->capacity *= 2;
    l->items = realloc(l->items, (size_t)l->capacity * sizeof(py_object *));
  }
  l->items[l->size++] = py_newref(item);
  return 0;
}
WEAK py_object *py_list_from_iterable(py_object *it) {
  py_object *iter = py_iter(it);
  if (!iter) return NULL;
  py_object *l = py_list_new(0), *x;
  while ((x = py_next(iter))) {
    py_list_append(l, x);
    py_decref(x);
  }
  py_decref(iter);
  return l;
}
/* dict: an association list of (key, value) pairs in a list. */
typedef struct stub_dict {
  PY_HEAD;
  py_object *keys, *values;
} stub_dict;
static void dict_dealloc(py_object *o) {
  py_decref(((stub_dict *)o)->keys);
  py_decref(((stub_dict *)o)->values);
  free(o);
}
WEAK py_object *py_dict_get(py_object *d, py_object *key);
static py_object *dict_getitem(py_object *d, py_object *key) {
  py_object *v = py_dict_get(d, key);
  if (!v) return py_raise_with(&py_exc_KeyError, key);
  return py_newref(v);
}
WEAK py_type py_dict_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "dict",
                             .flags = PY_TPFLAGS_DICT_SUBCLASS, .dealloc = dict_dealloc,
                             .getitem = dict_getitem};
WEAK py_object *py_dict_new(void) {
  stub_dict *d = calloc(1, sizeof *d);
  d->ob_base.refcnt = 1;
  d->ob_base.type = &py_dict_type;
  d->keys = py_list_new(0);
  d->values = py_list_new(0);
  return (py_object *)d;
}
static py_ssize dict_find(py_object *d, py_object *key) {
  py_object *k = ((stub_dict *)d)->keys;
  for (py_ssize i = 0; i < PY_LIST_SIZE(k); i++) {
    py_object *x = PY_LIST_ITEMS(k)[i];
    if (PY_TYPE(x) == PY_TYPE(key)) {
      py_object *r = PY_TYPE(x)->richcompare(x, key, PY_EQ);
      int eq = r == PY_TRUE;
      py_decref(r);
      if (eq) return i;
    }
  }
  return -1;
}
WEAK py_object *py_dict_get(py_object *d, py_object *key) {
  py_ssize i = dict_find(d, key);
  return i < 0 ? NULL : PY_LIST_ITEMS(((stub_dict *)d)->values)[i];
}
WEAK int py_dict_set(py_object *d, py_object *key, py_object *value) {
  py_ssize i = dict_find(d, key);
  if (i >= 0) {
    py_setref(&PY_LIST_ITEMS(((stub_dict *)d)->values)[i], py_newref(value));
    return 0;
  }
  py_list_append(((stub_dict *)d)->keys, key);
  return py_list_append(((stub_dict *)d)->values, value);
}
WEAK int py_dict_next(py_object *d, py_ssize *pos, py_object **key, py_object **value) {
  stub_dict *s = (stub_dict *)d;
  if (*pos >= PY_LIST_SIZE(s->keys)) return 0;
  *key = PY_LIST_ITEMS(s->keys)[*pos];
  *value = PY_LIST_ITEMS(s->values)[*pos];
  (*pos)++;
  return 1;
}
typedef struct stub_slice {
  PY_HEAD;
  py_object *start, *stop, *step;
} stub_slice;
static void slice_dealloc(py_object *o) {
  stub_slice *s = (stub_slice *)o;
  py_decref(s->start);
  py_decref(s->stop);
  py_decref(s->step);
  free(o);
}
WEAK py_type py_slice_type = {.ob_base = {PY_IMMORTAL, &py_type_type}, .name = "slice",
                              .dealloc = slice_dealloc};
WEAK py_object *py_slice_new(py_object *start, py_object *stop, py_object *step) {
  stub_slice *s = calloc(1, sizeof *s);
  s->ob_base.refcnt = 1;
  s->ob_base.type = &py_slice_type;
  s->start = py_newref(start ? start : PY_NONE);
  s->stop = py_newref(stop ? stop : PY_NONE);
  s->step = py_newref(step ? step : PY_NONE);
  return (py_object *)s;
}
WEAK py_ssize py_slice_indices(py_object *slice, py_ssize length, py_ssize *start,
                               py_ssize *stop, py_ssize *step) {
  stub_slice *s = (stub_slice *)slice;
  py_ssize st = s->step == PY_NONE ? 1 : (py_ssize)PY_INT_SMALL(s->step);
  if (st == 0) {
    py_raise(&py_exc_ValueError, "slice step cannot be zero");
    return -1;
  }
  py_ssize lo, hi;
  if (s->start == PY_NONE) lo = st < 0 ? length - 1 : 0;
  else {
    lo = (py_ssize)PY_INT_SMALL(s->start);
    if (lo < 0) { lo += length; if (lo < 0) lo = st < 0 ? -1 : 0; }
    else if (lo >= length) lo = st < 0 ? length - 1 : length;
  }
  if (s->stop == PY_NONE) hi = st < 0 ? -1 : length;
  else {
    hi = (py_ssize)PY_INT_SMALL(s->stop);
    if (hi < 0) { hi += length; if (hi < 0) hi = st < 0 ? -1 : 0; }
    else if (hi >= length) hi = st < 0 ? length - 1 : length;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  if (st < 0) return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
  return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}
WEAK py_object *py_pow3(py_object *a, py_object *b, py_object *m) {
  py_ternaryfunc f = PY_TYPE(a)->pow3 ? PY_TYPE(a)->pow3 : PY_TYPE(b)->pow3;
  if (!f) return py_raise(&py_exc_TypeError, "unsupported operand type(s) for pow()");
  py_object *r = f(a, b, m);
  if (r == PY_NOTIMPLEMENTED) {
    py_decref(r);
    if (PY_TYPE(b)->pow3 && PY_TYPE(b)->pow3 != f) r = PY_TYPE(b)->pow3(a, b, m);
    else r = py_raise(&py_exc_TypeError, "unsupported operand type(s) for pow()");
  }
  return r;
}
WEAK py_object *py_neg(py_object *o) { return PY_TYPE(o)->neg(o); }
WEAK py_object *py_pos(py_object *o) { return PY_TYPE(o)->pos(o); }
WEAK py_object *py_invert(py_object *o) { return PY_TYPE(o)->invert(o); }
WEAK py_object *py_absolute(py_object *o) { return PY_TYPE(o)->abs(o); }
WEAK int py_type_ready(py_type *t) {
  py_type *b = t->base;
  if (!b || (t->flags & PY_TPFLAGS_READY)) return 0;
  py_type_ready(b);
#define INHERIT(f) if (!t->f) t->f = b->f
  INHERIT(repr); INHERIT(str); INHERIT(hash); INHERIT(richcompare); INHERIT(iter);
  INHERIT(iternext); INHERIT(pow3); INHERIT(neg); INHERIT(pos); INHERIT(abs);
  INHERIT(invert); INHERIT(truth); INHERIT(to_int); INHERIT(to_float); INHERIT(index);
  INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains); INHERIT(dealloc);
  for (int i = 0; i < PY_BINOP_COUNT; i++) {
    INHERIT(number[i]);
    INHERIT(inplace[i]);
  }
#undef INHERIT
  t->flags |= PY_TPFLAGS_READY;
  return 0;
}
