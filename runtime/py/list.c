/* runtime/py/list.c — the list type: a growable array of references with CPython's
 * growth pattern, every list method, slicing (read, assign, delete, extended steps),
 * concatenation and repetition, comparison, repr with the [...] recursion guard, and
 * the forward and reverse list iterators. Sorting lives in list_sort.c. */
#include "py/containers.h"

#include <string.h>

/* ===================================================================================
 * Storage
 * =================================================================================== */

#define L(o) ((py_list_object *)(o))

/* Resizes the item array so it holds at least newsize items, over-allocating as
 * CPython does (about 1/8 extra) so appends are amortised O(1). */
static int list_resize(py_object *self, py_ssize newsize) {
  py_list_object *l = L(self);
  if (newsize <= l->capacity && newsize >= (l->capacity >> 1)) return 0;
  size_t cap = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
  if (newsize - l->size > (py_ssize)(cap - (size_t)newsize)) cap = ((size_t)newsize + 3) & ~(size_t)3;
  if (newsize == 0) cap = 0;
  if (cap > (size_t)PTRDIFF_MAX / sizeof(py_object *)) {
    py_raise_nomemory();
    return -1;
  }
  size_t oldbytes = (size_t)l->capacity * sizeof(py_object *);
  /* Resizing to nothing keeps an (empty) block, as CPython's realloc to 0 bytes does:
   * a later extend of this list then grows it instead of allocating it exactly. */
  py_object **items = py_mem_realloc(l->items, oldbytes, cap * sizeof(py_object *));
  if (!items) {
    py_raise_nomemory();
    return -1;
  }
  l->items = items;
  l->capacity = (py_ssize)cap;
  return 0;
}

int py__list_reserve(py_object *list, py_ssize n) {
  py_list_object *l = L(list);
  if (n <= l->capacity) return 0;
  py_object **items = py_mem_realloc(l->items, (size_t)l->capacity * sizeof(py_object *),
                                     (size_t)n * sizeof(py_object *));
  if (!items) {
    py_raise_nomemory();
    return -1;
  }
  l->items = items;
  l->capacity = n;
  return 0;
}

py_object *py_list_new(py_ssize n) {
  if (n < 0) return py_raise(&py_exc_SystemError, "negative list size");
  py_list_object *l = (py_list_object *)py_type_alloc(&py_list_type, 0);
  if (!l) return NULL;
  if (n > 0) {
    if ((size_t)n > (size_t)PTRDIFF_MAX / sizeof(py_object *) ||
        !(l->items = py_mem_calloc((size_t)n * sizeof(py_object *)))) {
      py_decref((py_object *)l);
      return py_raise_nomemory();
    }
  }
  l->size = l->capacity = n;
  return (py_object *)l;
}

int py_list_append(py_object *list, py_object *item) {
  py_list_object *l = L(list);
  if (l->size == l->capacity && list_resize(list, l->size + 1) < 0) return -1;
  l->items[l->size++] = py_newref(item);
  return 0;
}

/* Drops every item; the list may be mutated by the decrefs, so detach first. */
static void list_clear_items(py_object *self) {
  py_list_object *l = L(self);
  py_object **items = l->items;
  py_ssize n = l->size, cap = l->capacity;
  l->items = NULL;
  l->size = l->capacity = 0;
  for (py_ssize i = n - 1; i >= 0; i--) py_xdecref(items[i]);
  py_mem_free(items, (size_t)cap * sizeof(py_object *));
}

static void list_dealloc(py_object *self) {
  list_clear_items(self);
  py_type_free(self);
}

/* A new list's first allocation from a known length: exactly n items, rounded up to an
 * even count (CPython's list_preallocate_exact). */
static int list_preallocate(py_object *list, py_ssize n) {
  py_list_object *l = L(list);
  n = (n + 1) & ~(py_ssize)1;
  py_object **items = py_mem_realloc(l->items, (size_t)l->capacity * sizeof(py_object *),
                                     (size_t)n * sizeof(py_object *));
  if (!items) {
    py_raise_nomemory();
    return -1;
  }
  l->items = items;
  l->capacity = n;
  return 0;
}

/* list.extend(iterable) as CPython's list_extend, allocations included (they show in
 * sys.getsizeof): a list or tuple is copied at once; any other iterable is iterated
 * (__iter__ first, then its length hint: len(), __length_hint__ or 8) after room for
 * the hint is made, exactly in an empty list, and the excess is given back at the end. */
int py__list_extend(py_object *list, py_object *iterable) {
  if (PY_IS_TYPE(iterable, &py_list_type) || PY_IS_TYPE(iterable, &py_tuple_type) ||
      iterable == list) {
    py_ssize n = PY_LIST_CHECK(iterable) ? PY_LIST_SIZE(iterable) : PY_TUPLE_SIZE(iterable);
    if (n == 0) return 0;
    py_ssize old = PY_LIST_SIZE(list);
    int rc = L(list)->items ? list_resize(list, old + n) : list_preallocate(list, n);
    if (rc < 0) return -1;
    /* Read the source after the resize: it may be the list itself. */
    py_object **src = PY_LIST_CHECK(iterable) ? PY_LIST_ITEMS(iterable) : PY_TUPLE_ITEMS(iterable);
    for (py_ssize i = 0; i < n; i++) PY_LIST_ITEMS(list)[old + i] = py_newref(src[i]);
    L(list)->size = old + n;
    return 0;
  }
  py_object *it = py_iter(iterable);
  if (!it) return -1;
  py_ssize hint = py__length_hint(iterable, 8);
  int rc = hint < 0 ? -1 : 0;
  if (hint > 0 && hint < PTRDIFF_MAX / 16)
    rc = L(list)->items ? list_resize(list, L(list)->size + hint) : list_preallocate(list, hint);
  if (rc < 0) {
    py_decref(it);
    return -1;
  }
  py_object *item;
  while ((item = py_next(it))) {
    py_list_object *l = L(list);
    if (l->size == l->capacity && list_resize(list, l->size + 1) < 0) {
      py_decref(item);
      py_decref(it);
      return -1;
    }
    l->items[l->size++] = item;
  }
  py_decref(it);
  if (py_err_occurred()) return -1;
  if (L(list)->size < L(list)->capacity) return list_resize(list, L(list)->size);
  return 0;
}

py_object *py__list_new_reserved(py_ssize n) {
  py_object *l = py_list_new(0);
  if (l && n > 0 && py__list_reserve(l, n) < 0) PY_CLEAR(l);
  return l;
}

py_object *py_list_from_iterable(py_object *it) {
  py_object *l = py_list_new(0);
  if (!l) return NULL;
  if (py__list_extend(l, it) < 0) {
    py_decref(l);
    return NULL;
  }
  return l;
}

/* list.__new__ makes an empty list; __init__ fills it (as CPython, so subclasses that
 * override __init__ see an empty list). */
static py_object *list_new(py_type *type, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  if (type == &py_list_type && py_args_check("list", nargs, kwnames, 0, 1) < 0) return NULL;
  return py_type_alloc(type, 0);
}

static int list_init(py_object *self, py_object *const *args, size_t nargs,
                     py_object *kwnames) {
  if (py_args_check("list", nargs, kwnames, 0, 1) < 0) return -1;
  if (L(self)->items) list_clear_items(self);
  return nargs ? py__list_extend(self, args[0]) : 0;
}

/* ===================================================================================
 * Object protocol
 * =================================================================================== */

static py_object *list_repr(py_object *self) {
  if (L(self)->size == 0) return py_str_from_cstr("[]");
  int r = py__repr_enter(self);
  if (r != 0) return r > 0 ? py_str_from_cstr("[...]") : NULL;
  py__buf b = {0};
  if (py__buf_add(&b, "[", 1) < 0) goto fail;
  /* The list may change while its items are repr'd: re-read size and items. */
  for (py_ssize i = 0; i < L(self)->size; i++) {
    if (i && py__buf_add(&b, ", ", 2) < 0) goto fail;
    py_object *item = py_newref(L(self)->items[i]);
    int rc = py__buf_addrepr(&b, item);
    py_decref(item);
    if (rc < 0) goto fail;
  }
  if (py__buf_add(&b, "]", 1) < 0) goto fail;
  py__repr_leave(self);
  return py__buf_finish(&b);
fail:
  py__buf_free(&b);
  py__repr_leave(self);
  return NULL;
}

static py_object *list_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_LIST_CHECK(a) || !PY_LIST_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  if ((op == PY_EQ || op == PY_NE) && L(a)->size != L(b)->size) return py_bool(op == PY_NE);
  /* Items are compared with == until one differs; user __eq__ may mutate either
   * list, so sizes are re-read each round. */
  py_ssize i;
  for (i = 0; i < L(a)->size && i < L(b)->size; i++) {
    py_object *x = py_newref(L(a)->items[i]), *y = py_newref(L(b)->items[i]);
    int k = py_richcompare_bool(x, y, PY_EQ);
    py_decref(x);
    py_decref(y);
    if (k < 0) return NULL;
    if (!k) break;
  }
  if (i >= L(a)->size || i >= L(b)->size) {
    /* No more items to compare: compare the sizes. */
    py_ssize na = L(a)->size, nb = L(b)->size;
    int r;
    switch (op) {
      case PY_LT: r = na < nb; break;
      case PY_LE: r = na <= nb; break;
      case PY_EQ: r = na == nb; break;
      case PY_NE: r = na != nb; break;
      case PY_GT: r = na > nb; break;
      default: r = na >= nb; break;
    }
    return py_bool(r);
  }
  if (op == PY_EQ) return py_bool(0);
  if (op == PY_NE) return py_bool(1);
  py_object *x = py_newref(L(a)->items[i]), *y = py_newref(L(b)->items[i]);
  py_object *r = py_richcompare(x, y, op);
  py_decref(x);
  py_decref(y);
  return r;
}

static py_ssize list_len(py_object *self) { return L(self)->size; }

static int list_contains(py_object *self, py_object *item) {
  for (py_ssize i = 0; i < L(self)->size; i++) {
    py_object *x = py_newref(L(self)->items[i]);
    int k = py_richcompare_bool(x, item, PY_EQ);
    py_decref(x);
    if (k != 0) return k;
  }
  return 0;
}

static py_object *list_slice(py_object *self, py_ssize start, py_ssize step, py_ssize len) {
  py_object *r = py_list_new(len);
  if (!r) return NULL;
  for (py_ssize i = 0, j = start; i < len; i++, j += step)
    L(r)->items[i] = py_newref(L(self)->items[j]);
  return r;
}

static py_object *list_getitem(py_object *self, py_object *key) {
  if (PY_INT_CHECK(key) && PY_INT_IS_SMALL(key)) {
    int64_t i = PY_INT_SMALL(key);
    if (i < 0) i += L(self)->size;
    if (i < 0 || i >= L(self)->size) return py_raise(&py_exc_IndexError, "list index out of range");
    return py_newref(L(self)->items[i]);
  }
  if (py__slice_check(key)) {
    py_ssize start, stop, step;
    py_ssize len = py_slice_indices(key, L(self)->size, &start, &stop, &step);
    if (len < 0) return NULL;
    return list_slice(self, start, step, len);
  }
  py_ssize i;
  if (py__seq_index(key, "list", &i) < 0) return NULL;
  py_ssize k = py__wrap_index(i, L(self)->size);
  if (k < 0) return py_raise(&py_exc_IndexError, "list index out of range");
  return py_newref(L(self)->items[k]);
}

/* Replaces items [lo, hi) by the n items of src (references copied). */
static int list_replace_range(py_object *self, py_ssize lo, py_ssize hi,
                              py_object *const *src, py_ssize n) {
  py_list_object *l = L(self);
  py_ssize d = n - (hi - lo);
  py_ssize oldsize = l->size;
  if (oldsize + d == 0) {
    /* Emptied: CPython frees the item array (as clear() does). */
    list_clear_items(self);
    return 0;
  }
  /* Keep the replaced items alive until the list is consistent again. */
  py_ssize nold = hi - lo;
  py_object **old = NULL;
  if (nold) {
    old = py_mem_alloc((size_t)nold * sizeof(py_object *));
    if (!old) {
      py_raise_nomemory();
      return -1;
    }
    memcpy(old, l->items + lo, (size_t)nold * sizeof(py_object *));
  }
  if (d > 0) {
    if (list_resize(self, oldsize + d) < 0) {
      py_mem_free(old, (size_t)nold * sizeof(py_object *));
      return -1;
    }
    memmove(l->items + hi + d, l->items + hi, (size_t)(oldsize - hi) * sizeof(py_object *));
  } else if (d < 0) {
    memmove(l->items + hi + d, l->items + hi, (size_t)(oldsize - hi) * sizeof(py_object *));
  }
  for (py_ssize i = 0; i < n; i++) l->items[lo + i] = py_newref(src[i]);
  l->size = oldsize + d;
  if (d < 0) list_resize(self, l->size); /* shrinking never fails */
  for (py_ssize i = 0; i < nold; i++) py_decref(old[i]);
  py_mem_free(old, (size_t)nold * sizeof(py_object *));
  return 0;
}

/* The items of value for a slice assignment to self: *src, *n of them, kept alive by
 * *tmp (to release after) when they had to be gathered. a[i:j] = a reads a copy of a
 * taken first. A value that cannot be iterated raises TypeError(not_iterable). 0 or
 * -1. */
static int assigned_items(py_object *self, py_object *value, const char *not_iterable,
                          py_object ***src, py_ssize *n, py_object **tmp) {
  if (value == self) {
    *tmp = py_list_from_iterable(value);
    if (!*tmp) return -1;
    *n = L(*tmp)->size;
    *src = L(*tmp)->items;
    return 0;
  }
  if (!PY_LIST_CHECK(value) && !PY_TUPLE_CHECK(value) && !PY_TYPE(value)->iter &&
      !PY_TYPE(value)->getitem) {
    py_raise(&py_exc_TypeError, "%s", not_iterable);
    return -1;
  }
  *src = py__seq_items(value, n, tmp);
  return *src ? 0 : -1;
}

static int list_ass_slice(py_object *self, py_object *slice, py_object *value) {
  py_ssize start, stop, step;
  py_ssize len = py_slice_indices(slice, L(self)->size, &start, &stop, &step);
  if (len < 0) return -1;
  if (step == 1) {
    if (stop < start) stop = start;
    if (!value) return list_replace_range(self, start, stop, NULL, 0);
    py_object *tmp = NULL;
    py_ssize n;
    py_object **src;
    if (assigned_items(self, value, "can only assign an iterable", &src, &n, &tmp) < 0) return -1;
    int rc = list_replace_range(self, start, stop, src, n);
    py_xdecref(tmp);
    return rc;
  }
  if (!value) {
    /* Extended slice deletion: compact the survivors in one pass. */
    if (len == 0) return 0;
    if (step < 0) {
      start = start + step * (len - 1);
      step = -step;
    }
    py_list_object *l = L(self);
    py_object **gone = py_mem_alloc((size_t)len * sizeof(py_object *));
    if (!gone) {
      py_raise_nomemory();
      return -1;
    }
    py_ssize w = start, g = 0;
    for (py_ssize r = start; r < l->size; r++) {
      if (g < len && r == start + g * step) gone[g++] = l->items[r];
      else l->items[w++] = l->items[r];
    }
    l->size = w;
    list_resize(self, w);
    for (py_ssize i = 0; i < len; i++) py_decref(gone[i]);
    py_mem_free(gone, (size_t)len * sizeof(py_object *));
    return 0;
  }
  py_object *tmp = NULL;
  py_ssize n;
  py_object **src;
  if (assigned_items(self, value, "must assign iterable to extended slice", &src, &n, &tmp) < 0)
    return -1;
  if (n != len) {
    py_xdecref(tmp);
    py_raise(&py_exc_ValueError,
             "attempt to assign sequence of size %zd to extended slice of size %zd", n, len);
    return -1;
  }
  py_object **old = len ? py_mem_alloc((size_t)len * sizeof(py_object *)) : NULL;
  if (len && !old) {
    py_xdecref(tmp);
    py_raise_nomemory();
    return -1;
  }
  for (py_ssize i = 0, j = start; i < len; i++, j += step) {
    old[i] = L(self)->items[j];
    L(self)->items[j] = py_newref(src[i]);
  }
  for (py_ssize i = 0; i < len; i++) py_decref(old[i]);
  py_mem_free(old, (size_t)len * sizeof(py_object *));
  py_xdecref(tmp);
  return 0;
}

static int list_setitem(py_object *self, py_object *key, py_object *value) {
  if (py__slice_check(key)) return list_ass_slice(self, key, value);
  py_ssize i;
  if (py__seq_index(key, "list", &i) < 0) return -1;
  py_ssize k = py__wrap_index(i, L(self)->size);
  if (k < 0) {
    py_raise(&py_exc_IndexError, "list assignment index out of range");
    return -1;
  }
  if (!value) return list_replace_range(self, k, k + 1, NULL, 0);
  py_setref(&L(self)->items[k], py_newref(value));
  return 0;
}

static py_object *list_concat(py_object *a, py_object *b) {
  if (!PY_LIST_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED);
  if (!PY_LIST_CHECK(b)) {
    if (PY_HAS_FLAG(PY_TYPE(b), PY_TPFLAGS_HEAPTYPE)) return py_newref(PY_NOTIMPLEMENTED);
    return py_raise(&py_exc_TypeError, "can only concatenate list (not \"%s\") to list",
                    PY_TYPE(b)->name);
  }
  py_ssize na = L(a)->size, nb = L(b)->size;
  py_object *r = py_list_new(na + nb);
  if (!r) return NULL;
  for (py_ssize i = 0; i < na; i++) L(r)->items[i] = py_newref(L(a)->items[i]);
  for (py_ssize i = 0; i < nb; i++) L(r)->items[na + i] = py_newref(L(b)->items[i]);
  return r;
}

static py_object *list_inplace_concat(py_object *a, py_object *b) {
  if (!PY_LIST_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED);
  if (py__list_extend(a, b) < 0) return NULL;
  return py_newref(a);
}

static py_object *list_repeat(py_object *a, py_object *b) {
  py_object *seq = PY_LIST_CHECK(a) ? a : b, *other = seq == a ? b : a;
  py_ssize n;
  int rc = py__repeat_count(other, &n);
  if (rc <= 0) return rc < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED);
  py_ssize len = L(seq)->size;
  if (len && n > PTRDIFF_MAX / (py_ssize)sizeof(py_object *) / len) return py_raise_nomemory();
  py_object *r = py_list_new(len * n);
  if (!r) return NULL;
  py_object **dst = L(r)->items;
  for (py_ssize k = 0; k < n; k++)
    for (py_ssize i = 0; i < len; i++) *dst++ = py_newref(L(seq)->items[i]);
  return r;
}

static py_object *list_inplace_repeat(py_object *a, py_object *b) {
  if (!PY_LIST_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED);
  py_ssize n;
  int rc = py__repeat_count(b, &n);
  if (rc <= 0) return rc < 0 ? NULL : py_newref(PY_NOTIMPLEMENTED);
  py_ssize len = L(a)->size;
  if (len == 0 || n == 1) return py_newref(a);
  if (n <= 0) {
    list_clear_items(a);
    return py_newref(a);
  }
  if (n > PTRDIFF_MAX / (py_ssize)sizeof(py_object *) / len) return py_raise_nomemory();
  if (list_resize(a, len * n) < 0) return NULL;
  for (py_ssize k = 1; k < n; k++)
    for (py_ssize i = 0; i < len; i++) L(a)->items[k * len + i] = py_newref(L(a)->items[i]);
  L(a)->size = len * n;
  return py_newref(a);
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

static py_object *list_append_meth(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  if (py__arg_one("list.append", nargs, kwnames) < 0) return NULL;
  if (py_list_append(self, args[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *list_extend_meth(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  if (py__arg_one("list.extend", nargs, kwnames) < 0) return NULL;
  if (py__list_extend(self, args[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static int arg_index(py_object *o, py_ssize *out) {
  if (!PY_INT_CHECK(o) && !PY_TYPE(o)->index) {
    py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
             PY_TYPE(o)->name);
    return -1;
  }
  return py_index_ssize(o, out);
}

static py_object *list_insert(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py_args_check("insert", nargs, kwnames, 2, 2) < 0) return NULL;
  py_ssize i;
  if (arg_index(args[0], &i) < 0) return NULL;
  py_ssize n = L(self)->size;
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  if (list_replace_range(self, i, i, &args[1], 1) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *list_pop(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (py_args_check("pop", nargs, kwnames, 0, 1) < 0) return NULL;
  py_ssize i = -1;
  if (nargs && arg_index(args[0], &i) < 0) return NULL;
  py_list_object *l = L(self);
  if (l->size == 0) return py_raise(&py_exc_IndexError, "pop from empty list");
  py_ssize k = py__wrap_index(i, l->size);
  if (k < 0) return py_raise(&py_exc_IndexError, "pop index out of range");
  py_object *item = l->items[k];
  memmove(l->items + k, l->items + k + 1, (size_t)(l->size - k - 1) * sizeof(py_object *));
  l->size--;
  list_resize(self, l->size);
  return item;
}

static py_object *list_remove(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py__arg_one("list.remove", nargs, kwnames) < 0) return NULL;
  for (py_ssize i = 0; i < L(self)->size; i++) {
    py_object *x = py_newref(L(self)->items[i]);
    int k = py_richcompare_bool(x, args[0], PY_EQ);
    py_decref(x);
    if (k < 0) return NULL;
    if (k) {
      if (list_replace_range(self, i, i + 1, NULL, 0) < 0) return NULL;
      return py_newref(PY_NONE);
    }
  }
  return py_raise(&py_exc_ValueError, "list.remove(x): x not in list");
}

static py_object *list_index(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  if (py_args_check("index", nargs, kwnames, 1, 3) < 0) return NULL;
  py_ssize start, stop;
  if (py__index_bounds(args, nargs, L(self)->size, &start, &stop) < 0) return NULL;
  for (py_ssize i = start; i < stop && i < L(self)->size; i++) {
    py_object *x = py_newref(L(self)->items[i]);
    int k = py_richcompare_bool(x, args[0], PY_EQ);
    py_decref(x);
    if (k < 0) return NULL;
    if (k) return py_int_from_i64(i);
  }
  return py_raise(&py_exc_ValueError, "%R is not in list", args[0]);
}

static py_object *list_count(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  if (py__arg_one("list.count", nargs, kwnames) < 0) return NULL;
  int64_t c = 0;
  for (py_ssize i = 0; i < L(self)->size; i++) {
    py_object *x = py_newref(L(self)->items[i]);
    int k = py_richcompare_bool(x, args[0], PY_EQ);
    py_decref(x);
    if (k < 0) return NULL;
    c += k;
  }
  return py_int_from_i64(c);
}

static void reverse_range(py_object **lo, py_object **hi) {
  for (--hi; lo < hi; lo++, hi--) {
    py_object *t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

static py_object *list_reverse(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)args;
  if (py__arg_none("list.reverse", nargs, kwnames) < 0) return NULL;
  if (L(self)->size > 1) reverse_range(L(self)->items, L(self)->items + L(self)->size);
  return py_newref(PY_NONE);
}

static py_object *list_copy(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  if (py__arg_none("list.copy", nargs, kwnames) < 0) return NULL;
  return list_slice(self, 0, 1, L(self)->size);
}

static py_object *list_clear_meth(py_object *self, py_object *const *args, size_t nargs,
                                  py_object *kwnames) {
  (void)args;
  if (py__arg_none("list.clear", nargs, kwnames) < 0) return NULL;
  list_clear_items(self);
  return py_newref(PY_NONE);
}

int py_list_sort(py_object *list, py_object *key, int reverse) {
  py_list_object *l = L(list);
  /* Detach the items while sorting, so a key function or __lt__ that mutates the list
   * is detected afterwards (CPython's "list modified during sort"). */
  py_object **items = l->items;
  py_ssize n = l->size, cap = l->capacity;
  l->items = NULL;
  l->size = l->capacity = 0;
  py_object **keys = NULL;
  int rc = 0;
  if (key && key != PY_NONE && n > 0) {
    keys = py_mem_alloc((size_t)n * sizeof(py_object *));
    if (!keys) {
      py_raise_nomemory();
      rc = -1;
    }
    for (py_ssize i = 0; rc == 0 && i < n; i++) {
      keys[i] = py_call1(key, items[i]);
      if (!keys[i]) {
        for (py_ssize j = 0; j < i; j++) py_decref(keys[j]);
        py_mem_free(keys, (size_t)n * sizeof(py_object *));
        keys = NULL;
        rc = -1;
      }
    }
  }
  if (rc == 0) {
    /* Reversing before and after a stable sort keeps equal items in their original
     * order, as CPython's reverse=True does. */
    if (reverse && n > 1) {
      reverse_range(items, items + n);
      if (keys) reverse_range(keys, keys + n);
    }
    rc = py__sort_items(items, keys, n);
    if (reverse && n > 1) {
      reverse_range(items, items + n);
      if (keys) reverse_range(keys, keys + n);
    }
  }
  if (keys) {
    for (py_ssize i = 0; i < n; i++) py_decref(keys[i]);
    py_mem_free(keys, (size_t)n * sizeof(py_object *));
  }
  int modified = l->items != NULL || l->size != 0;
  if (modified) list_clear_items(list);
  l->items = items;
  l->size = n;
  l->capacity = cap;
  if (modified && rc == 0) {
    py_raise(&py_exc_ValueError, "list modified during sort");
    return -1;
  }
  return rc;
}

static py_object *list_sort_meth(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  static const char *const names[] = {"key", "reverse"};
  static const py_params params = {"sort", names, 2, 0, 0, 0};
  if (nargs) return py_raise(&py_exc_TypeError, "sort() takes no positional arguments");
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  int reverse = 0;
  if (a[1]) {
    reverse = py_truthy(a[1]);
    if (reverse < 0) return NULL;
  }
  if (py_list_sort(self, a[0], reverse) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *list_getitem_meth(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  if (py__arg_one("list.__getitem__", nargs, kwnames) < 0) return NULL;
  return list_getitem(self, args[0]);
}

static py_object *list_reversed_meth(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames);

static const py_method_def list_methods[] = {
    {"append", list_append_meth, 0, "Append object to the end of the list."},
    {"extend", list_extend_meth, 0, "Extend list by appending elements from the iterable."},
    {"insert", list_insert, 0, "Insert object before index."},
    {"pop", list_pop, 0, "Remove and return item at index (default last)."},
    {"remove", list_remove, 0, "Remove first occurrence of value."},
    {"index", list_index, 0, "Return first index of value."},
    {"count", list_count, 0, "Return number of occurrences of value."},
    {"sort", list_sort_meth, 0, "Sort the list in ascending order and return None."},
    {"reverse", list_reverse, 0, "Reverse *IN PLACE*."},
    {"copy", list_copy, 0, "Return a shallow copy of the list."},
    {"clear", list_clear_meth, 0, "Remove all items from list."},
    {"__getitem__", list_getitem_meth, 0, NULL},
    {"__reversed__", list_reversed_meth, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {0},
};

/* ===================================================================================
 * Iterators
 * =================================================================================== */

typedef struct {
  PY_HEAD;
  py_object *seq; /* NULL when exhausted */
  py_ssize index;
} list_iter_object;

static void list_iter_dealloc(py_object *self) {
  py_xdecref(((list_iter_object *)self)->seq);
  py_type_free(self);
}

static py_object *list_iter_next(py_object *self) {
  list_iter_object *it = (list_iter_object *)self;
  if (!it->seq) return NULL;
  if (it->index < L(it->seq)->size) return py_newref(L(it->seq)->items[it->index++]);
  PY_CLEAR(it->seq);
  return NULL;
}

static py_object *list_reviter_next(py_object *self) {
  list_iter_object *it = (list_iter_object *)self;
  if (!it->seq) return NULL;
  if (it->index >= 0 && it->index < L(it->seq)->size)
    return py_newref(L(it->seq)->items[it->index--]);
  PY_CLEAR(it->seq);
  return NULL;
}

static py_object *list_iter_length_hint(py_object *self, py_object *const *args,
                                        size_t nargs, py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  list_iter_object *it = (list_iter_object *)self;
  py_ssize n = 0;
  if (it->seq) {
    if (PY_TYPE(self) == &py_list_iter_type) n = L(it->seq)->size - it->index;
    else n = it->index < L(it->seq)->size ? it->index + 1 : 0;
  }
  return py_int_from_i64(n < 0 ? 0 : n);
}

static const py_method_def list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, 0, NULL},
    {0},
};

py_type py_list_iter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "list_iterator",
    .basicsize = sizeof(list_iter_object),
    .base = &py_object_type,
    .dealloc = list_iter_dealloc,
    .iter = py__self_iter,
    .iternext = list_iter_next,
    .methods = list_iter_methods,
};

py_type py_list_reviter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "list_reverseiterator",
    .basicsize = sizeof(list_iter_object),
    .base = &py_object_type,
    .dealloc = list_iter_dealloc,
    .iter = py__self_iter,
    .iternext = list_reviter_next,
    .methods = list_iter_methods,
};

static py_object *list_iter(py_object *self) {
  list_iter_object *it = (list_iter_object *)py_type_alloc(&py_list_iter_type, 0);
  if (!it) return NULL;
  it->seq = py_newref(self);
  it->index = 0;
  return (py_object *)it;
}

static py_object *list_reversed_meth(py_object *self, py_object *const *args, size_t nargs,
                                     py_object *kwnames) {
  (void)args;
  if (py__arg_none("list.__reversed__", nargs, kwnames) < 0) return NULL;
  list_iter_object *it = (list_iter_object *)py_type_alloc(&py_list_reviter_type, 0);
  if (!it) return NULL;
  it->seq = py_newref(self);
  it->index = L(self)->size - 1;
  return (py_object *)it;
}

/* ===================================================================================
 * The type
 * =================================================================================== */

py_type py_list_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "list",
    .basicsize = sizeof(py_list_object),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_LIST_SUBCLASS,
    .base = &py_object_type,
    .methods = list_methods,
    .new = list_new,
    .init = list_init,
    .dealloc = list_dealloc,
    .repr = list_repr,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .number = {[PY_OP_ADD] = list_concat, [PY_OP_MUL] = list_repeat},
    .inplace = {[PY_OP_ADD] = list_inplace_concat, [PY_OP_MUL] = list_inplace_repeat},
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
};
