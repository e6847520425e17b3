/* runtime/py/container_util.c — small helpers the container types share: the repr
 * recursion guard, a byte buffer for building reprs, sequence comparison and index
 * conversion. See containers.h. */
#include "py/containers.h"

#include <string.h>

/* ===================================================================================
 * Repr recursion guard
 * =================================================================================== */

/* The containers whose repr is in progress, innermost last. A repr nests only as deep
 * as the data does, so a linear scan is fine. */
static py_object **busy;
static py_ssize nbusy, capbusy;

int py__repr_enter(py_object *o) {
  for (py_ssize i = 0; i < nbusy; i++)
    if (busy[i] == o) return 1;
  if (nbusy == capbusy) {
    py_ssize ncap = capbusy ? capbusy * 2 : 16;
    py_object **nb = py_mem_realloc(busy, (size_t)capbusy * sizeof *busy,
                                    (size_t)ncap * sizeof *busy);
    if (!nb) {
      py_raise_nomemory();
      return -1;
    }
    busy = nb;
    capbusy = ncap;
  }
  busy[nbusy++] = o;
  return 0;
}

void py__repr_leave(py_object *o) {
  for (py_ssize i = nbusy - 1; i >= 0; i--) {
    if (busy[i] == o) {
      memmove(busy + i, busy + i + 1, (size_t)(nbusy - i - 1) * sizeof *busy);
      nbusy--;
      return;
    }
  }
}

/* ===================================================================================
 * Byte buffer
 * =================================================================================== */

int py__buf_add(py__buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + n + 1) ncap *= 2;
    char *nd = py_mem_realloc(b->data, b->cap, ncap);
    if (!nd) {
      py_raise_nomemory();
      return -1;
    }
    b->data = nd;
    b->cap = ncap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  return 0;
}

int py__buf_adds(py__buf *b, const char *s) { return py__buf_add(b, s, strlen(s)); }

int py__buf_addstr(py__buf *b, py_object *str) {
  return py__buf_add(b, PY_STR_DATA(str), (size_t)PY_STR_SIZE(str));
}

int py__buf_addrepr(py__buf *b, py_object *o) {
  py_object *r = py_repr(o);
  if (!r) return -1;
  int rc = py__buf_addstr(b, r);
  py_decref(r);
  return rc;
}

void py__buf_free(py__buf *b) {
  py_mem_free(b->data, b->cap);
  b->data = NULL;
  b->len = b->cap = 0;
}

py_object *py__buf_finish(py__buf *b) {
  py_object *s = py_str_from_utf8(b->data ? b->data : "", b->len);
  py__buf_free(b);
  return s;
}

py_object *py__repr_join(const char *open, py_object *const *items, py_ssize n,
                         const char *close) {
  py__buf b = {0};
  if (py__buf_adds(&b, open) < 0) goto fail;
  for (py_ssize i = 0; i < n; i++) {
    if (i && py__buf_add(&b, ", ", 2) < 0) goto fail;
    if (py__buf_addrepr(&b, items[i]) < 0) goto fail;
  }
  if (py__buf_adds(&b, close) < 0) goto fail;
  return py__buf_finish(&b);
fail:
  py__buf_free(&b);
  return NULL;
}

/* ===================================================================================
 * Sequences
 * =================================================================================== */

py_object **py__seq_items(py_object *o, py_ssize *n, py_object **tmp) {
  *tmp = NULL;
  if (PY_LIST_CHECK(o)) {
    /* An empty list may have no array: hand back a valid pointer all the same, since
     * NULL means failure here. */
    *n = PY_LIST_SIZE(o);
    return PY_LIST_ITEMS(o) ? PY_LIST_ITEMS(o) : (py_object **)tmp;
  }
  if (PY_TUPLE_CHECK(o)) {
    *n = PY_TUPLE_SIZE(o);
    return PY_TUPLE_ITEMS(o);
  }
  py_object *l = py_list_from_iterable(o);
  if (!l) return NULL;
  *tmp = l;
  *n = PY_LIST_SIZE(l);
  /* A list of no items may have no array: hand back a valid pointer anyway. */
  return PY_LIST_ITEMS(l) ? PY_LIST_ITEMS(l) : (py_object **)tmp;
}

py_object *py__seq_richcompare(py_object *const *a, py_ssize na, py_object *const *b,
                               py_ssize nb, int op) {
  if ((op == PY_EQ || op == PY_NE) && na != nb) return py_bool(op == PY_NE);
  /* Find the first index where the items differ. Items are compared with == even
   * for ordering, as CPython does. */
  py_ssize i;
  for (i = 0; i < na && i < nb; i++) {
    int k = py_richcompare_bool(a[i], b[i], PY_EQ);
    if (k < 0) return NULL;
    if (!k) break;
  }
  if (i >= na || i >= nb) {
    /* No more items to compare: compare the sizes. */
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
  return py_richcompare(a[i], b[i], op);
}

int py__seq_index(py_object *key, const char *what, py_ssize *out) {
  if (PY_INT_CHECK(key) && PY_INT_IS_SMALL(key)) {
    *out = (py_ssize)PY_INT_SMALL(key);
    return 0;
  }
  if (PY_INT_CHECK(key) || PY_TYPE(key)->index) {
    if (py_index_ssize(key, out) < 0) {
      if (py_err_matches(&py_exc_OverflowError)) {
        py_err_clear();
        py_raise(&py_exc_IndexError, "cannot fit '%T' into an index-sized integer", key);
      }
      return -1;
    }
    return 0;
  }
  py_raise(&py_exc_TypeError, "%s indices must be integers or slices, not %T", what, key);
  return -1;
}

py_object *py__self_iter(py_object *self) { return py_newref(self); }

/* seq * n: a class from Python may still implement the reflected operation, so it gets
 * NotImplemented; a builtin non-index type gets CPython's sequence-repeat TypeError. */
int py__repeat_count(py_object *other, py_ssize *n) {
  if (!PY_INT_CHECK(other) && !PY_TYPE(other)->index) {
    if (PY_HAS_FLAG(PY_TYPE(other), PY_TPFLAGS_HEAPTYPE)) return 0;
    py_raise(&py_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
             PY_TYPE(other)->name);
    return -1;
  }
  if (py_index_ssize(other, n) < 0) {
    if (py_err_matches(&py_exc_OverflowError)) {
      py_err_clear();
      py_raise(&py_exc_OverflowError, "cannot fit '%T' into an index-sized integer", other);
    }
    return -1;
  }
  if (*n < 0) *n = 0;
  return 1;
}

/* index(x, start, stop) bounds, clamped like slice bounds (start/stop may be huge). */
int py__index_bounds(py_object *const *args, size_t nargs, py_ssize n, py_ssize *start,
                     py_ssize *stop) {
  *start = 0;
  *stop = n;
  for (size_t k = 1; k < nargs && k < 3; k++) {
    py_ssize v;
    if (!PY_INT_CHECK(args[k]) && !PY_TYPE(args[k])->index) {
      py_raise(&py_exc_TypeError,
               "slice indices must be integers or have an __index__ method");
      return -1;
    }
    if (py_index_ssize(args[k], &v) < 0) {
      if (!py_err_matches(&py_exc_OverflowError)) return -1;
      py_err_clear();
      py_object *zero = py_int_from_i64(0);
      if (!zero) return -1;
      int neg = py_richcompare_bool(args[k], zero, PY_LT);
      py_decref(zero);
      if (neg < 0) return -1;
      v = neg ? -PTRDIFF_MAX : PTRDIFF_MAX;
    }
    if (v < 0) {
      v += n;
      if (v < 0) v = 0;
    }
    if (v > n) v = n;
    if (k == 1) *start = v;
    else *stop = v;
  }
  return 0;
}

/* list[int] and the like: a types.GenericAlias (it prints as "list[int]"). */
py_object *py__class_getitem(py_object *cls, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  if (py_args_check("__class_getitem__", nargs, kwnames, 1, 1) < 0) return NULL;
  return py_generic_alias_new(cls, args[0]);
}

int py__arg_one(const char *qualname, size_t nargs, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
  }
  if (nargs != 1) {
    py_raise(&py_exc_TypeError, "%s() takes exactly one argument (%zd given)", qualname,
             (py_ssize)nargs);
    return -1;
  }
  return 0;
}

int py__arg_none(const char *qualname, size_t nargs, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
  }
  if (nargs != 0) {
    py_raise(&py_exc_TypeError, "%s() takes no arguments (%zd given)", qualname,
             (py_ssize)nargs);
    return -1;
  }
  return 0;
}
