/* runtime/py/bytes_edit.c — the byte-rewriting operations of bytes and bytearray:
 * translate / maketrans, bytearray slice assignment and deletion (b[i:j] = ...,
 * b[::2] = ..., del b[i:j]), and bytearray's insert / remove / reverse / copy.
 * bytes.c keeps the types themselves; messages are CPython 3.11's. */
#include <string.h>

#include "py/bytes_impl.h"

/* ---- translate / maketrans --------------------------------------------------------- */

py_object *py__bytes_translate(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  static const char *const names[] = {"", "delete"};
  static const py_params params = {"translate", names, 2, 1, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  const char *table = NULL, *del = "", *src;
  size_t ntable = 0, ndel = 0, n;
  if (a[0] != PY_NONE) {
    if (py__bytes_need_buffer(a[0]) < 0) return NULL;
    py__bytes_view(a[0], &table, &ntable);
    if (ntable != 256)
      return py_raise(&py_exc_ValueError, "translation table must be 256 characters long");
  }
  if (a[1]) {
    if (py__bytes_need_buffer(a[1]) < 0) return NULL;
    py__bytes_view(a[1], &del, &ndel);
  }
  bool drop[256] = {false};
  for (size_t i = 0; i < ndel; i++) drop[(unsigned char)del[i]] = true;
  py__bytes_view(self, &src, &n);
  char *out = py_mem_alloc(n + 1);
  if (!out) return py_raise_nomemory();
  size_t w = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)src[i];
    if (drop[c]) continue;
    out[w++] = table ? table[c] : (char)c;
  }
  py_object *r = py__bytes_is_bytearray(self) ? py__bytearray_from(out, w) : py_bytes_from(out, w);
  py_mem_free(out, n + 1);
  return r;
}

py_object *py__bytes_maketrans(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  if (kwnames && PY_TUPLE_SIZE(kwnames))
    return py_raise(&py_exc_TypeError, "bytes.maketrans() takes no keyword arguments");
  if (py_args_check("maketrans", nargs, NULL, 2, 2) < 0) return NULL;
  if (py__bytes_need_buffer(args[0]) < 0 || py__bytes_need_buffer(args[1]) < 0) return NULL;
  const char *from, *to;
  size_t nfrom, nto;
  py__bytes_view(args[0], &from, &nfrom);
  py__bytes_view(args[1], &to, &nto);
  if (nfrom != nto)
    return py_raise(&py_exc_ValueError, "maketrans arguments must have same length");
  char table[256];
  for (int i = 0; i < 256; i++) table[i] = (char)i;
  for (size_t i = 0; i < nfrom; i++) table[(unsigned char)from[i]] = to[i];
  return py_bytes_from(table, sizeof table);
}

/* ---- bytearray slices ---------------------------------------------------------------- */

/* Replaces b[start:start+count] (count >= 0) by n bytes from data (not b's own), resizing
 * as CPython does. 0 or -1. */
static int replace_range(py_bytearray_object *b, py_ssize start, py_ssize count,
                         const char *data, size_t n) {
  size_t old = (size_t)b->size, tail = old - (size_t)(start + count);
  size_t size = old - (size_t)count + n;
  if (size != old && py__bytearray_check_resize(b) < 0) return -1;
  if (size > old) {
    if (py__bytearray_resize(b, size) < 0) return -1;
    memmove(b->data + start + (py_ssize)n, b->data + start + count, tail);
  } else if (start == 0 && size < old) {
    /* CPython drops bytes at the front by advancing its start, not by moving the rest. */
    b->data += old - size;
    b->offset += (py_ssize)(old - size);
    if (py__bytearray_resize(b, size) < 0) return -1;
  } else {
    if (b->data) memmove(b->data + start + (py_ssize)n, b->data + start + count, tail);
    if (py__bytearray_resize(b, size) < 0) return -1;
  }
  if (n) memcpy(b->data + start, data, n);
  return 0;
}

/* The bytes a slice assignment stores: a buffer's, or bytes(value) for an iterable of
 * ints. New, or NULL with CPython's TypeError. */
static py_object *assigned_bytes(py_object *value) {
  if (py__bytes_is_buffer(value)) return py__bytes_from_object(value); /* a copy, also of self */
  if (PY_STR_CHECK(value) || PY_TYPE(value)->index || PY_TYPE(value)->to_float ||
      PY_TYPE(value)->to_int)
    return py_raise(&py_exc_TypeError,
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  return py_call1((py_object *)&py_bytearray_type, value);
}

int py__bytearray_setslice(py_object *self, py_object *slice, py_object *value) {
  py_bytearray_object *b = (py_bytearray_object *)self;
  py_ssize start, stop, step;
  py_ssize count = py_slice_indices(slice, b->size, &start, &stop, &step);
  if (count < 0) return -1;
  if (!value) {
    /* Deletion: a plain range closes up; a stepped one keeps the others in order. */
    if (step == 1) return replace_range(b, start, count, NULL, 0);
    /* CPython checks before it looks at the length (an empty one raises too). */
    if (py__bytearray_check_resize(b) < 0) return -1;
    if (count == 0) return 0;
    if (step < 0) {
      start += step * (count - 1); /* walk the same items upwards */
      step = -step;
    }
    py_ssize w = start;
    for (py_ssize r = start, k = 0; r < b->size; r++) {
      if (k < count && r == start + k * step) {
        k++;
        continue;
      }
      b->data[w++] = b->data[r];
    }
    return py__bytearray_resize(b, (size_t)w);
  }
  py_object *src = assigned_bytes(value);
  if (!src) return -1;
  const char *d;
  size_t n;
  py__bytes_view(src, &d, &n);
  if (n == 0 && step != 1) {
    /* CPython reads assigning nothing to an extended slice as deleting it. */
    py_decref(src);
    return py__bytearray_setslice(self, slice, NULL);
  }
  int rc = 0;
  if (step == 1) {
    rc = replace_range(b, start, count, d, n);
  } else if ((py_ssize)n != count) {
    py_raise(&py_exc_ValueError,
             "attempt to assign bytes of size %zd to extended slice of size %zd", (py_ssize)n,
             count);
    rc = -1;
  } else {
    for (py_ssize k = 0; k < count; k++) b->data[start + k * step] = d[k];
  }
  py_decref(src);
  return rc;
}

/* ---- insert, remove, reverse, copy ---------------------------------------------------- */

static int byte_arg(py_object *o, unsigned char *out) {
  py_object *i = py_number_index(o);
  if (!i) return -1;
  int64_t v;
  int rc = py_int_as_i64(i, &v);
  py_decref(i);
  if (rc < 0 || v < 0 || v > 255) {
    py_err_clear();
    py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  *out = (unsigned char)v;
  return 0;
}

py_object *py__bytearray_insert(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (py__bytes_posargs(self, "insert", nargs, kwnames, 2, 2) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  py_ssize i;
  unsigned char v;
  if (py_index_ssize(args[0], &i) < 0 || byte_arg(args[1], &v) < 0) return NULL;
  if (i < 0) i = i + b->size < 0 ? 0 : i + b->size;
  if (i > b->size) i = b->size;
  char c = (char)v;
  if (replace_range(b, i, 0, &c, 1) < 0) return NULL;
  return py_newref(PY_NONE);
}

py_object *py__bytearray_remove(py_object *self, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  if (py__bytes_onearg(self, "remove", nargs, kwnames) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  unsigned char v;
  if (byte_arg(args[0], &v) < 0) return NULL;
  for (py_ssize i = 0; i < b->size; i++) {
    if ((unsigned char)b->data[i] == v) {
      if (py__bytearray_check_resize(b) < 0) return NULL;
      memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
      if (py__bytearray_resize(b, (size_t)b->size - 1) < 0) return NULL;
      return py_newref(PY_NONE);
    }
  }
  return py_raise(&py_exc_ValueError, "value not found in bytearray");
}

py_object *py__bytearray_reverse(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  (void)args;
  if (py__bytes_noargs(self, "reverse", nargs, kwnames) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  for (py_ssize i = 0, j = b->size - 1; i < j; i++, j--) {
    char t = b->data[i];
    b->data[i] = b->data[j];
    b->data[j] = t;
  }
  return py_newref(PY_NONE);
}

py_object *py__bytearray_copy(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  (void)args;
  if (py__bytes_noargs(self, "copy", nargs, kwnames) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  return py__bytearray_from(b->data, (size_t)b->size);
}
