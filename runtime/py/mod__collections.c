/* runtime/py/mod__collections.c — `_collections.deque`, the storage and the hot
 * operations of collections.deque.
 *
 * asyncio's Queue keeps its items in a deque and its locks and queues keep their
 * waiters in deques: append, popleft and remove-the-first run once per item or waiter,
 * so they must be O(1) and cost no Python frame. The items live in a ring buffer whose
 * capacity is a power of two. runtime/lib/collections/__init__.py subclasses this type
 * and adds the rarely used rest (rotate, insert, index, comparisons, repr, ...) in
 * Python on top of these operations.
 *
 * Error messages follow CPython 3.11's Modules/_collectionsmodule.c. Iterators see a
 * mutation counter, so changing the deque while iterating over it raises RuntimeError
 * as in CPython. */
#include <string.h>

#include "py/interp.h"
#include "py/mem.h"
#include "py/objimpl.h"

typedef struct {
  PY_HEAD;
  py_object **items; /* ring buffer of cap slots; NULL while cap is 0 */
  size_t cap, head, len;
  py_ssize maxlen;   /* -1: unbounded */
  size_t state;      /* bumped by every change of the items, for iterators */
} deque;

#define DQ(o) ((deque *)(o))
#define AT(d, i) ((d)->items[((d)->head + (i)) & ((d)->cap - 1)])

static py_type deque_type, deque_iter_type;

/* Makes room for one more item. 0 or -1. */
static int grow(deque *d) {
  if (d->len < d->cap) return 0;
  size_t ncap = d->cap ? d->cap * 2 : 8;
  py_object **n = py_mem_alloc(ncap * sizeof *n);
  if (!n) {
    py_raise_nomemory();
    return -1;
  }
  for (size_t i = 0; i < d->len; i++) n[i] = AT(d, i);
  py_mem_free(d->items, d->cap * sizeof *n);
  d->items = n;
  d->cap = ncap;
  d->head = 0;
  return 0;
}

/* Takes the first or the last item (the deque must not be empty): a new reference. */
static py_object *take_left(deque *d) {
  py_object *x = AT(d, 0);
  d->head = (d->head + 1) & (d->cap - 1);
  d->len--;
  d->state++;
  return x;
}

static py_object *take_right(deque *d) {
  py_object *x = AT(d, d->len - 1);
  d->len--;
  d->state++;
  return x;
}

/* Adds x (a reference is taken) at one end, dropping an item from the other end when
 * the deque is at its maxlen. 0 or -1. */
static int put_right(deque *d, py_object *x) {
  if (d->maxlen == 0) return 0;
  if (grow(d) < 0) return -1;
  AT(d, d->len) = py_newref(x);
  d->len++;
  d->state++;
  if (d->maxlen > 0 && d->len > (size_t)d->maxlen) py_decref(take_left(d));
  return 0;
}

static int put_left(deque *d, py_object *x) {
  if (d->maxlen == 0) return 0;
  if (grow(d) < 0) return -1;
  d->head = (d->head - 1) & (d->cap - 1);
  d->items[d->head] = py_newref(x);
  d->len++;
  d->state++;
  if (d->maxlen > 0 && d->len > (size_t)d->maxlen) py_decref(take_right(d));
  return 0;
}

static void clear_items(deque *d) {
  /* Detach first: a decref may run code that looks at the deque. */
  py_object **items = d->items;
  size_t cap = d->cap, head = d->head, len = d->len;
  d->items = NULL;
  d->cap = d->head = d->len = 0;
  d->state++;
  for (size_t i = 0; i < len; i++) py_decref(items[(head + i) & (cap - 1)]);
  py_mem_free(items, cap * sizeof *items);
}

/* Removes the item at position i, moving the shorter side over the hole. */
static void delete_at(deque *d, size_t i) {
  py_object *x = AT(d, i);
  if (i < d->len / 2) {
    for (size_t j = i; j > 0; j--) AT(d, j) = AT(d, j - 1);
    d->head = (d->head + 1) & (d->cap - 1);
  } else {
    for (size_t j = i; j + 1 < d->len; j++) AT(d, j) = AT(d, j + 1);
  }
  d->len--;
  d->state++;
  py_decref(x);
}

/* ---- construction -------------------------------------------------------------------- */

static py_object *deque_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  py_object *self = py_type_alloc(type, 0);
  if (self) DQ(self)->maxlen = -1;
  return self;
}

static int extend_right(deque *d, py_object *iterable);

static int deque_init(py_object *self, py_object *const *args, size_t nargs,
                      py_object *kwnames) {
  static const char *const names[] = {"iterable", "maxlen"};
  static const py_params params = {"deque", names, 2, 0, 2, 0};
  py_object *out[2] = {NULL, NULL};
  if (py_args_bind(&params, args, nargs, kwnames, out) < 0) return -1;
  deque *d = DQ(self);
  py_ssize maxlen = -1;
  if (out[1] && out[1] != PY_NONE) {
    int64_t v;
    if (!PY_INT_CHECK(out[1])) {
      py_raise(&py_exc_TypeError, "an integer is required");
      return -1;
    }
    if (py_int_as_i64(out[1], &v) < 0) return -1;
    if (v < 0) {
      py_raise(&py_exc_ValueError, "maxlen must be non-negative");
      return -1;
    }
    maxlen = (py_ssize)v;
  }
  d->maxlen = maxlen;
  if (d->len) clear_items(d);
  return out[0] ? extend_right(d, out[0]) : 0;
}

static void deque_dealloc(py_object *self) {
  clear_items(DQ(self));
  py_type_free(self);
}

/* ---- the operations -------------------------------------------------------------------- */

static py_object *d_append(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("append", n, k, 1, 1) < 0) return NULL;
  if (put_right(DQ(self), a[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *d_appendleft(py_object *self, py_object *const *a, size_t n,
                               py_object *k) {
  if (py_args_check("appendleft", n, k, 1, 1) < 0) return NULL;
  if (put_left(DQ(self), a[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *d_pop(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("pop", n, k, 0, 0) < 0) return NULL;
  if (!DQ(self)->len) return py_raise(&py_exc_IndexError, "pop from an empty deque");
  return take_right(DQ(self));
}

static py_object *d_popleft(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("popleft", n, k, 0, 0) < 0) return NULL;
  if (!DQ(self)->len) return py_raise(&py_exc_IndexError, "pop from an empty deque");
  return take_left(DQ(self));
}

/* Iterating over the deque itself while adding to it would not end: copy it first. */
static py_object *iterable_of(deque *d, py_object *iterable) {
  if (iterable != (py_object *)d) return py_iter(iterable);
  py_object *l = py_list_new(0);
  for (size_t i = 0; l && i < d->len; i++)
    if (py_list_append(l, AT(d, i)) < 0) py_setref(&l, NULL);
  if (!l) return NULL;
  py_object *it = py_iter(l);
  py_decref(l);
  return it;
}

static int extend_with(deque *d, py_object *iterable, int (*put)(deque *, py_object *)) {
  py_object *it = iterable_of(d, iterable);
  if (!it) return -1;
  py_object *x;
  while ((x = py_next(it))) {
    int r = put(d, x);
    py_decref(x);
    if (r < 0) {
      py_decref(it);
      return -1;
    }
  }
  py_decref(it);
  return py_err_occurred() ? -1 : 0;
}

static int extend_right(deque *d, py_object *iterable) {
  return extend_with(d, iterable, put_right);
}

static py_object *d_extend(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("extend", n, k, 1, 1) < 0) return NULL;
  if (extend_right(DQ(self), a[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *d_extendleft(py_object *self, py_object *const *a, size_t n,
                               py_object *k) {
  if (py_args_check("extendleft", n, k, 1, 1) < 0) return NULL;
  if (extend_with(DQ(self), a[0], put_left) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *d_clear(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("clear", n, k, 0, 0) < 0) return NULL;
  clear_items(DQ(self));
  return py_newref(PY_NONE);
}

/* The position of the first item equal to x (identity first, as CPython), -1 if none,
 * -2 on error (also when the comparison changed the deque). */
static py_ssize find(deque *d, py_object *x) {
  size_t state = d->state;
  for (size_t i = 0; i < d->len; i++) {
    py_object *y = py_newref(AT(d, i));
    int eq = y == x ? 1 : py_richcompare_bool(y, x, PY_EQ);
    py_decref(y);
    if (eq < 0) return -2;
    if (d->state != state) {
      py_raise(&py_exc_RuntimeError, "deque mutated during iteration");
      return -2;
    }
    if (eq) return (py_ssize)i;
  }
  return -1;
}

static py_object *d_remove(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("remove", n, k, 1, 1) < 0) return NULL;
  deque *d = DQ(self);
  /* The waiter lists of asyncio remove their first item nearly always. */
  py_ssize i = d->len && AT(d, 0) == a[0] ? 0 : find(d, a[0]);
  if (i == -2) return NULL;
  if (i < 0) return py_raise(&py_exc_ValueError, "%R is not in deque", a[0]);
  delete_at(d, (size_t)i);
  return py_newref(PY_NONE);
}

static py_ssize deque_len(py_object *self) { return (py_ssize)DQ(self)->len; }

static int deque_contains(py_object *self, py_object *x) {
  py_ssize i = find(DQ(self), x);
  return i == -2 ? -1 : i >= 0;
}

/* An index as a position in the deque, or -1 with IndexError/TypeError set. */
static py_ssize position(deque *d, py_object *key) {
  if (!PY_INT_CHECK(key)) {
    py_raise(&py_exc_TypeError, "sequence index must be integer, not '%s'", PY_TYPE(key)->name);
    return -1;
  }
  int64_t i;
  if (py_int_as_i64(key, &i) < 0) {
    py_err_clear();
    i = -1 - (int64_t)d->len; /* out of range either way */
  }
  if (i < 0) i += (int64_t)d->len;
  if (i < 0 || i >= (int64_t)d->len) {
    py_raise(&py_exc_IndexError, "deque index out of range");
    return -1;
  }
  return (py_ssize)i;
}

static py_object *deque_getitem(py_object *self, py_object *key) {
  py_ssize i = position(DQ(self), key);
  return i < 0 ? NULL : py_newref(AT(DQ(self), (size_t)i));
}

static int deque_setitem(py_object *self, py_object *key, py_object *value) {
  deque *d = DQ(self);
  py_ssize i = position(d, key);
  if (i < 0) return -1;
  if (!value) {
    delete_at(d, (size_t)i);
    return 0;
  }
  py_object *old = AT(d, (size_t)i);
  AT(d, (size_t)i) = py_newref(value);
  py_decref(old);
  return 0;
}

static py_object *g_maxlen(py_object *self) {
  py_ssize m = DQ(self)->maxlen;
  return m < 0 ? py_newref(PY_NONE) : py_int_from_i64(m);
}

/* ---- iteration ------------------------------------------------------------------------- */

typedef struct {
  PY_HEAD;
  deque *d; /* owned */
  size_t next, state;
} deque_iter;

static py_object *deque_iter_new(py_object *self) {
  deque_iter *it = (deque_iter *)py_type_alloc(&deque_iter_type, 0);
  if (!it) return NULL;
  it->d = DQ(py_newref(self));
  it->state = DQ(self)->state;
  return (py_object *)it;
}

static py_object *deque_iter_next(py_object *self) {
  deque_iter *it = (deque_iter *)self;
  deque *d = it->d;
  if (d->state != it->state) {
    it->next = d->len; /* stays exhausted afterwards, as CPython's */
    return py_raise(&py_exc_RuntimeError, "deque mutated during iteration");
  }
  if (it->next >= d->len) return NULL;
  return py_newref(AT(d, it->next++));
}

static py_object *deque_iter_self(py_object *self) { return py_newref(self); }

static void deque_iter_dealloc(py_object *self) {
  py_decref((py_object *)((deque_iter *)self)->d);
  py_type_free(self);
}

static py_type deque_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(deque_iter),
    .base = &py_object_type,
    .dealloc = deque_iter_dealloc,
    .getattr = py_generic_getattr,
    .iter = deque_iter_self,
    .iternext = deque_iter_next,
};

/* ---- the type and the module ----------------------------------------------------------- */

static const py_method_def deque_methods[] = {
    {"append", d_append, 0, NULL},
    {"appendleft", d_appendleft, 0, NULL},
    {"pop", d_pop, 0, NULL},
    {"popleft", d_popleft, 0, NULL},
    {"extend", d_extend, 0, NULL},
    {"extendleft", d_extendleft, 0, NULL},
    {"clear", d_clear, 0, NULL},
    {"remove", d_remove, 0, NULL},
    {0},
};

static const py_getset_def deque_getset[] = {
    {"maxlen", g_maxlen, NULL},
    {NULL, NULL, NULL},
};

static py_type deque_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "collections.deque",
    .basicsize = sizeof(deque),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = deque_methods,
    .getset = deque_getset,
    .new = deque_new,
    .init = deque_init,
    .dealloc = deque_dealloc,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
    .iter = deque_iter_new,
    .len = deque_len,
    .getitem = deque_getitem,
    .setitem = deque_setitem,
    .contains = deque_contains,
};

py_object *py_mod__collections_init(void) {
  py_object *m = py_module_new("_collections");
  if (m && py_module_add(m, "deque", (py_object *)&deque_type) < 0) py_setref(&m, NULL);
  return m;
}
