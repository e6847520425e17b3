/* runtime/py/memoryview.c — memoryview over bytes and bytearray: one-dimensional views
 * (a start, a length in items and a stride in bytes over the exporter's data), their
 * slices, casts to the native single-character formats, and CPython's errors.
 *
 * A view never keeps a pointer to the exporter's data: it asks for it at each access.
 * A bytearray cannot be resized while views of it are alive (its `exports` count, as
 * CPython's), so the offsets a view holds stay inside the data. Multi-dimensional
 * shapes (cast with a shape of more than one dimension) are not supported. */
#include <stdint.h>
#include <string.h>

#include "py/bytes_impl.h" /* the bytes family's checks: a view is one of them */
#include "py/interp.h"
#include "py/memoryview.h"

typedef struct {
  PY_HEAD;
  py_object *obj;  /* bytes or bytearray (or a subclass); NULL once released */
  py_ssize start;  /* byte offset of the first item in obj's data */
  py_ssize len;    /* items */
  py_ssize stride; /* bytes from one item to the next (negative for reversed slices) */
  int itemsize;
  char format;
  bool readonly;
  py_hash hash;     /* -1 until computed */
  py_object *copies; /* bytes made for a non-contiguous view's py__memoryview_data */
} memview;

#define MV(o) ((memview *)(o))

bool py__memoryview_check(py_object *o) { return PY_TYPE(o) == &py_memoryview_type; }

bool py__memoryview_released(py_object *o) {
  return py__memoryview_check(o) && !MV(o)->obj;
}

/* ---- formats -------------------------------------------------------------------------- */

/* The size of a native single-character format, or 0 for one we do not know. */
static int format_size(char f) {
  switch (f) {
  case 'B': case 'b': case 'c': case '?': return 1;
  case 'h': case 'H': return 2;
  case 'i': case 'I': case 'f': return 4;
  case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': return 8;
  default: return 0;
  }
}

static bool byte_format(char f) { return f == 'B' || f == 'b' || f == 'c'; }

/* ---- the exporter ------------------------------------------------------------------- */

static py_object *released_error(void) {
  return py_raise(&py_exc_ValueError, "operation forbidden on released memoryview object");
}

/* The first byte of obj's data (writable only for a bytearray). */
static char *base(memview *m) {
  const char *d;
  size_t n;
  py__bytes_view(m->obj, &d, &n);
  return (char *)d;
}

static void export_count(py_object *obj, int delta) {
  if (py__bytes_is_bytearray(obj)) ((py_bytearray_object *)obj)->exports += delta;
}

/* A new view of obj's bytes [start, start + len * stride). */
static py_object *view_new(py_object *obj, py_ssize start, py_ssize len, py_ssize stride,
                           char format, bool readonly) {
  memview *m = (memview *)py_type_alloc(&py_memoryview_type, 0);
  if (!m) return NULL;
  m->obj = py_newref(obj);
  export_count(obj, 1);
  m->start = start;
  m->len = len;
  m->stride = stride;
  m->format = format;
  m->itemsize = format_size(format);
  m->readonly = readonly;
  m->hash = -1;
  return (py_object *)m;
}

static void release(memview *m) {
  if (!m->obj) return;
  export_count(m->obj, -1);
  PY_CLEAR(m->obj);
}

static void mv_dealloc(py_object *self) {
  release(MV(self));
  py_xdecref(MV(self)->copies);
  py_type_free(self);
}

/* CPython's test for one dimension: a single item, or items side by side (so an empty
 * reversed view is not contiguous). */
static bool contiguous(memview *m) { return m->len == 1 || m->stride == m->itemsize; }

static py_object *gather(memview *m);

bool py__memoryview_contiguous(py_object *o) {
  return py__memoryview_check(o) && MV(o)->obj && contiguous(MV(o));
}

py_object *py__memoryview_tobytes(py_object *o) {
  if (!MV(o)->obj) return released_error();
  return gather(MV(o));
}

/* ---- items --------------------------------------------------------------------------- */

static py_object *unpack(char f, const char *p) {
  switch (f) {
  case 'B': return py_int_from_i64((unsigned char)*p);
  case 'b': return py_int_from_i64((signed char)*p);
  case 'c': return py_bytes_from(p, 1);
  case '?': return py_bool(*p != 0);
  case 'h': { int16_t v; memcpy(&v, p, 2); return py_int_from_i64(v); }
  case 'H': { uint16_t v; memcpy(&v, p, 2); return py_int_from_i64(v); }
  case 'i': { int32_t v; memcpy(&v, p, 4); return py_int_from_i64(v); }
  case 'I': { uint32_t v; memcpy(&v, p, 4); return py_int_from_i64(v); }
  case 'f': { float v; memcpy(&v, p, 4); return py_float_from_double(v); }
  case 'd': { double v; memcpy(&v, p, 8); return py_float_from_double(v); }
  case 'L': case 'Q': case 'N': { uint64_t v; memcpy(&v, p, 8); return py_int_from_u64(v); }
  default: { int64_t v; memcpy(&v, p, 8); return py_int_from_i64(v); }
  }
}

/* "invalid type" is a TypeError, "invalid value" a ValueError. */
static int invalid(const char *what, char f) {
  py_raise(what[8] == 'v' ? &py_exc_ValueError : &py_exc_TypeError,
           "memoryview: %s for format '%c'", what, f);
  return -1;
}

/* Stores v at p as format f, with CPython's errors. 0 or -1. */
static int pack(char f, char *p, py_object *v) {
  if (f == 'c') {
    if (!PY_IS_TYPE(v, &py_bytes_type) && !py_type_is_subtype(PY_TYPE(v), &py_bytes_type))
      return invalid("invalid type", f);
    if (((py_bytes_object *)v)->size != 1) return invalid("invalid value", f);
    *p = ((py_bytes_object *)v)->data[0];
    return 0;
  }
  if (f == '?') {
    int t = py_truthy(v);
    if (t < 0) return -1;
    *p = (char)t;
    return 0;
  }
  if (f == 'f' || f == 'd') {
    double x;
    if (PY_FLOAT_CHECK(v)) {
      x = PY_FLOAT_VALUE(v);
    } else if (PY_INT_CHECK(v)) {
      bool err = false;
      x = py__int_to_double(v, &err);
      if (err) return -1;
    } else {
      return invalid("invalid type", f);
    }
    if (f == 'f') {
      float y = (float)x;
      memcpy(p, &y, 4);
    } else {
      memcpy(p, &x, 8);
    }
    return 0;
  }
  if (!PY_INT_CHECK(v) && !PY_TYPE(v)->index) return invalid("invalid type", f);
  py_object *i = PY_INT_CHECK(v) ? py_newref(v) : PY_TYPE(v)->index(v);
  if (!i) return -1;
  int64_t x;
  bool unsigned64 = f == 'L' || f == 'Q' || f == 'N';
  uint64_t ux = 0;
  int rc = py_int_as_i64(i, &x);
  if (rc < 0 && unsigned64) {
    /* 2**63 .. 2**64-1: stored as i - 2**64, which fits an int64. */
    py_err_clear();
    py_object *max = py_int_from_u64(UINT64_MAX);
    py_object *one = py_int_from_i64(1);
    py_object *span = max && one ? py_binop(max, one, PY_OP_ADD) : NULL;
    py_object *low = span ? py_binop(i, span, PY_OP_SUB) : NULL;
    int fits = low && py_int_as_i64(low, &x) == 0 && x < 0 &&
               py_richcompare_bool(i, max, PY_LE) == 1;
    py_xdecref(max);
    py_xdecref(one);
    py_xdecref(span);
    py_xdecref(low);
    py_err_clear();
    py_decref(i);
    if (!fits) return invalid("invalid value", f);
    ux = (uint64_t)x;
    memcpy(p, &ux, 8);
    return 0;
  }
  py_decref(i);
  if (rc < 0) {
    py_err_clear();
    return invalid("invalid value", f);
  }
  ux = (uint64_t)x;
  switch (f) {
  case 'B': if (x < 0 || x > 255) return invalid("invalid value", f); *p = (char)x; break;
  case 'b': if (x < -128 || x > 127) return invalid("invalid value", f); *p = (char)x; break;
  case 'h': {
    if (x < INT16_MIN || x > INT16_MAX) return invalid("invalid value", f);
    int16_t y = (int16_t)x;
    memcpy(p, &y, 2);
    break;
  }
  case 'H': {
    if (x < 0 || x > UINT16_MAX) return invalid("invalid value", f);
    uint16_t y = (uint16_t)x;
    memcpy(p, &y, 2);
    break;
  }
  case 'i': {
    if (x < INT32_MIN || x > INT32_MAX) return invalid("invalid value", f);
    int32_t y = (int32_t)x;
    memcpy(p, &y, 4);
    break;
  }
  case 'I': {
    if (x < 0 || x > (int64_t)UINT32_MAX) return invalid("invalid value", f);
    uint32_t y = (uint32_t)x;
    memcpy(p, &y, 4);
    break;
  }
  default:
    if (unsigned64 && x < 0) return invalid("invalid value", f);
    memcpy(p, &ux, 8);
  }
  return 0;
}

/* ---- the buffer for bytes operations --------------------------------------------------- */

/* A new bytes with the view's bytes, in item order. */
static py_object *gather(memview *m) {
  size_t n = (size_t)m->len * (size_t)m->itemsize;
  const char *b = base(m);
  if (contiguous(m)) return py_bytes_from(b + m->start, n);
  py_object *r = py_bytes_from(NULL, n);
  if (!r) return NULL;
  char *w = ((py_bytes_object *)r)->data;
  for (py_ssize i = 0; i < m->len; i++, w += m->itemsize)
    memcpy(w, b + m->start + i * m->stride, (size_t)m->itemsize);
  return r;
}

void py__memoryview_data(py_object *o, const char **data, size_t *n) {
  memview *m = MV(o);
  *data = "";
  *n = 0;
  if (!m->obj) return;
  if (contiguous(m)) {
    *data = base(m) + m->start;
    *n = (size_t)m->len * (size_t)m->itemsize;
    return;
  }
  /* A strided view has no contiguous bytes: a copy, kept while the view lives (the
   * caller may still use an earlier one). */
  py_object *copy = gather(m);
  if (!copy) {
    py_err_clear();
    return;
  }
  if (!m->copies) m->copies = py_list_new(0);
  if (!m->copies || py_list_append(m->copies, copy) < 0) {
    py_err_clear();
    py_decref(copy);
    return;
  }
  py_decref(copy);
  *data = ((py_bytes_object *)copy)->data;
  *n = (size_t)((py_bytes_object *)copy)->size;
}

/* ---- construction ---------------------------------------------------------------------- */

static py_object *mv_new(py_type *type, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  (void)type;
  static const char *const names[] = {"object"};
  static const py_params params = {"memoryview", names, 1, 0, 1, 1};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *o = a[0];
  if (py__memoryview_check(o)) {
    memview *src = MV(o);
    if (!src->obj) return released_error();
    return view_new(src->obj, src->start, src->len, src->stride, src->format, src->readonly);
  }
  if (!py__bytes_is_buffer(o))
    return py_raise(&py_exc_TypeError, "memoryview: a bytes-like object is required, not '%T'",
                    o);
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  return view_new(o, 0, (py_ssize)n, 1, 'B', !py__bytes_is_bytearray(o));
}

/* ---- sequence protocol ----------------------------------------------------------------- */

static py_ssize mv_len(py_object *self) {
  if (!MV(self)->obj) {
    released_error();
    return -1;
  }
  return MV(self)->len;
}

/* The index of key (an int-like) in m, or -1 with IndexError/TypeError. */
static int item_index(memview *m, py_object *key, py_ssize *out) {
  py_ssize i;
  if (py_index_ssize(key, &i) < 0) return -1;
  if (i < 0) i += m->len;
  if (i < 0 || i >= m->len) {
    py_raise(&py_exc_IndexError, "index out of bounds on dimension 1");
    return -1;
  }
  *out = i;
  return 0;
}

static bool int_like(py_object *key) { return PY_INT_CHECK(key) || PY_TYPE(key)->index; }

static py_object *bad_key(py_object *key) {
  if (PY_TUPLE_CHECK(key))
    return py_raise(&py_exc_TypeError, "cannot index 1-dimension view with %zd-element tuple",
                    PY_TUPLE_SIZE(key));
  return py_raise(&py_exc_TypeError, "memoryview: invalid slice key");
}

static py_object *mv_getitem(py_object *self, py_object *key) {
  memview *m = MV(self);
  if (!m->obj) return released_error();
  if (int_like(key)) {
    py_ssize i;
    if (item_index(m, key, &i) < 0) return NULL;
    return unpack(m->format, base(m) + m->start + i * m->stride);
  }
  if (!PY_IS_TYPE(key, &py_slice_type)) return bad_key(key);
  py_ssize start, stop, step;
  py_ssize count = py_slice_indices(key, m->len, &start, &stop, &step);
  if (count < 0) return NULL;
  return view_new(m->obj, m->start + start * m->stride, count, m->stride * step, m->format,
                  m->readonly);
}

static int mv_setitem(py_object *self, py_object *key, py_object *value) {
  memview *m = MV(self);
  if (!m->obj) {
    released_error();
    return -1;
  }
  if (m->readonly) {
    py_raise(&py_exc_TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    py_raise(&py_exc_TypeError, "cannot delete memory");
    return -1;
  }
  if (int_like(key)) {
    py_ssize i;
    if (item_index(m, key, &i) < 0) return -1;
    return pack(m->format, base(m) + m->start + i * m->stride, value);
  }
  if (!PY_IS_TYPE(key, &py_slice_type)) {
    bad_key(key);
    return -1;
  }
  py_ssize start, stop, step;
  py_ssize count = py_slice_indices(key, m->len, &start, &stop, &step);
  if (count < 0) return -1;
  /* The source: a view of the same structure, or bytes-like data for a byte format. */
  char src_format = 'B';
  if (py__memoryview_check(value)) {
    if (!MV(value)->obj) {
      released_error();
      return -1;
    }
    src_format = MV(value)->format;
  } else if (!py__bytes_is_buffer(value)) {
    py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", value);
    return -1;
  }
  py_object *src = py__memoryview_check(value) ? gather(MV(value)) : py__bytes_from_object(value);
  if (!src) return -1;
  size_t n = (size_t)((py_bytes_object *)src)->size;
  if (src_format != m->format || n != (size_t)count * (size_t)m->itemsize) {
    py_decref(src);
    py_raise(&py_exc_ValueError, "memoryview assignment: lvalue and rvalue have different "
                                 "structures");
    return -1;
  }
  char *b = base(m);
  const char *s = ((py_bytes_object *)src)->data;
  for (py_ssize k = 0; k < count; k++)
    memcpy(b + m->start + (start + k * step) * m->stride, s + k * m->itemsize,
           (size_t)m->itemsize);
  py_decref(src);
  return 0;
}

static py_object *mv_iter(py_object *self) {
  if (!MV(self)->obj) return released_error();
  return py_seqiter_new(self);
}

/* ---- methods ---------------------------------------------------------------------------- */

static py_object *m_tobytes(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  static const char *const names[] = {"order"};
  static const py_params params = {"tobytes", names, 1, 0, 1, 0};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!MV(self)->obj) return released_error();
  if (a[0] && a[0] != PY_NONE) {
    if (!PY_STR_CHECK(a[0]))
      return py_raise(&py_exc_TypeError, "tobytes() argument 'order' must be str or None, not %T",
                      a[0]);
    const char *o = PY_STR_DATA(a[0]);
    if (PY_STR_SIZE(a[0]) != 1 || (*o != 'C' && *o != 'F' && *o != 'A'))
      return py_raise(&py_exc_ValueError, "order must be 'C', 'F' or 'A'");
  }
  return gather(MV(self));
}

static py_object *m_tolist(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  (void)args;
  if (py_args_check("tolist", nargs, kwnames, 0, 0) < 0) return NULL;
  memview *m = MV(self);
  if (!m->obj) return released_error();
  py_object *l = py_list_new(0);
  const char *b = base(m);
  for (py_ssize i = 0; l && i < m->len; i++) {
    py_object *item = unpack(m->format, b + m->start + i * m->stride);
    if (!item || py_list_append(l, item) < 0) PY_CLEAR(l);
    py_xdecref(item);
  }
  return l;
}

static py_object *m_hex(py_object *self, py_object *const *args, size_t nargs,
                        py_object *kwnames) {
  if (!MV(self)->obj) return released_error();
  py_object *bytes = gather(MV(self));
  py_object *name = bytes ? py_str_intern_cstr("hex") : NULL;
  py_object *fn = name ? py_getattr(bytes, name) : NULL;
  py_object *r = fn ? py_call(fn, args, nargs, kwnames) : NULL;
  py_xdecref(fn);
  py_xdecref(bytes);
  return r;
}

static py_object *m_release(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  (void)args;
  if (py_args_check("release", nargs, kwnames, 0, 0) < 0) return NULL;
  release(MV(self));
  return py_newref(PY_NONE);
}

static py_object *m_enter(py_object *self, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  (void)args;
  if (py_args_check("__enter__", nargs, kwnames, 0, 0) < 0) return NULL;
  if (!MV(self)->obj) return released_error();
  return py_newref(self);
}

static py_object *m_exit(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  release(MV(self));
  return py_newref(PY_NONE);
}

static py_object *m_toreadonly(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)args;
  if (py_args_check("toreadonly", nargs, kwnames, 0, 0) < 0) return NULL;
  memview *m = MV(self);
  if (!m->obj) return released_error();
  return view_new(m->obj, m->start, m->len, m->stride, m->format, true);
}

static py_object *m_cast(py_object *self, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  static const char *const names[] = {"format", "shape"};
  static const py_params params = {"cast", names, 2, 0, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  memview *m = MV(self);
  if (!m->obj) return released_error();
  if (!PY_STR_CHECK(a[0]))
    return py_raise(&py_exc_TypeError, "cast() argument 'format' must be str, not %T", a[0]);
  const char *f = PY_STR_DATA(a[0]);
  if (PY_STR_SIZE(a[0]) == 2 && f[0] == '@') f++;
  if (strlen(f) != 1 || !format_size(*f))
    return py_raise(&py_exc_ValueError, "memoryview: destination format must be a native single "
                                        "character format prefixed with an optional '@'");
  if (!contiguous(m))
    return py_raise(&py_exc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  if (!byte_format(m->format) && !byte_format(*f))
    return py_raise(&py_exc_TypeError, "memoryview: cannot cast between two non-byte formats");
  py_ssize nbytes = m->len * m->itemsize, size = format_size(*f);
  if (nbytes % size)
    return py_raise(&py_exc_TypeError, "memoryview: length is not a multiple of itemsize");
  if (a[1]) {
    if (!PY_LIST_CHECK(a[1]) && !PY_TUPLE_CHECK(a[1]))
      return py_raise(&py_exc_TypeError, "shape must be a list or a tuple");
    py_ssize dims = PY_LIST_CHECK(a[1]) ? PY_LIST_SIZE(a[1]) : PY_TUPLE_SIZE(a[1]);
    if (dims != 1)
      return py_raise(&py_exc_NotImplementedError,
                      "memoryview: Taskscope supports one-dimensional views only");
    py_object *d0 = PY_LIST_CHECK(a[1]) ? PY_LIST_ITEMS(a[1])[0] : PY_TUPLE_ITEMS(a[1])[0];
    py_ssize n;
    if (py_index_ssize(d0, &n) < 0) return NULL;
    if (n <= 0)
      return py_raise(&py_exc_ValueError, "memoryview.cast(): elements of shape must be integers > 0");
    if (n * size != nbytes)
      return py_raise(&py_exc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
  }
  return view_new(m->obj, m->start, nbytes / size, size, *f, m->readonly);
}

static const py_method_def mv_methods[] = {
    {"tobytes", m_tobytes, 0, NULL},
    {"tolist", m_tolist, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"release", m_release, 0, NULL},
    {"cast", m_cast, 0, NULL},
    {"toreadonly", m_toreadonly, 0, NULL},
    {"__enter__", m_enter, 0, NULL},
    {"__exit__", m_exit, 0, NULL},
    {0},
};

/* ---- attributes ---------------------------------------------------------------------------- */

#define LIVE(self)                                                                           \
  memview *m = MV(self);                                                                     \
  if (!m->obj) return released_error()

static py_object *g_obj(py_object *self) { LIVE(self); return py_newref(m->obj); }
static py_object *g_nbytes(py_object *self) { LIVE(self); return py_int_from_i64(m->len * m->itemsize); }
static py_object *g_readonly(py_object *self) { LIVE(self); return py_bool(m->readonly); }
static py_object *g_itemsize(py_object *self) { LIVE(self); return py_int_from_i64(m->itemsize); }
static py_object *g_format(py_object *self) { LIVE(self); return py_str_from_utf8(&m->format, 1); }
static py_object *g_ndim(py_object *self) { LIVE(self); return py_int_from_i64(1); }
static py_object *g_suboffsets(py_object *self) { LIVE(self); return py_tuple_new(0); }
static py_object *g_contiguous(py_object *self) { LIVE(self); return py_bool(contiguous(m)); }

static py_object *one_tuple(py_ssize v) {
  py_object *i = py_int_from_i64(v);
  py_object *t = i ? py_tuple_pack(1, i) : NULL;
  py_xdecref(i);
  return t;
}
static py_object *g_shape(py_object *self) { LIVE(self); return one_tuple(m->len); }
static py_object *g_strides(py_object *self) { LIVE(self); return one_tuple(m->stride); }

static const py_getset_def mv_getset[] = {
    {"obj", g_obj, NULL},
    {"nbytes", g_nbytes, NULL},
    {"readonly", g_readonly, NULL},
    {"itemsize", g_itemsize, NULL},
    {"format", g_format, NULL},
    {"ndim", g_ndim, NULL},
    {"shape", g_shape, NULL},
    {"strides", g_strides, NULL},
    {"suboffsets", g_suboffsets, NULL},
    {"c_contiguous", g_contiguous, NULL},
    {"f_contiguous", g_contiguous, NULL},
    {"contiguous", g_contiguous, NULL},
    {0},
};

/* ---- comparison, hash, repr --------------------------------------------------------------- */

/* The items of a view or a bytes-like object as a list (new), or NULL; *ok false when
 * other is neither (no error then). */
static py_object *items_of(py_object *o, bool *ok) {
  *ok = true;
  if (py__memoryview_check(o)) return m_tolist(o, NULL, 0, NULL);
  if (!py__bytes_is_buffer(o)) {
    *ok = false;
    return NULL;
  }
  py_object *view = mv_new(&py_memoryview_type, &o, 1, NULL);
  py_object *l = view ? m_tolist(view, NULL, 0, NULL) : NULL;
  py_xdecref(view);
  return l;
}

static py_object *mv_richcompare(py_object *a, py_object *b, int op) {
  if (op != PY_EQ && op != PY_NE) return py_newref(PY_NOTIMPLEMENTED);
  bool equal;
  if (a == b) {
    equal = true;
  } else if (py__memoryview_released(a) || py__memoryview_released(b)) {
    equal = false;
  } else {
    bool ok;
    py_object *la = items_of(a, &ok);
    if (!ok) return py_newref(PY_NOTIMPLEMENTED);
    if (!la) return NULL;
    py_object *lb = items_of(b, &ok);
    if (!ok) {
      py_decref(la);
      return py_newref(PY_NOTIMPLEMENTED);
    }
    if (!lb) {
      py_decref(la);
      return NULL;
    }
    int eq = py_richcompare_bool(la, lb, PY_EQ);
    py_decref(la);
    py_decref(lb);
    if (eq < 0) return NULL;
    equal = eq;
  }
  return py_bool(op == PY_EQ ? equal : !equal);
}

static py_hash mv_hash(py_object *self) {
  memview *m = MV(self);
  if (m->hash != -1) return m->hash;
  if (!m->obj) {
    released_error();
    return -1;
  }
  if (!m->readonly) {
    py_raise(&py_exc_ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  if (!byte_format(m->format)) {
    py_raise(&py_exc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  /* As CPython: the exporter must be hashable too (a read-only view of a bytearray is
   * not). */
  if (py_hash_of(m->obj) == -1 && py_err_occurred()) return -1;
  py_object *bytes = gather(m);
  if (!bytes) return -1;
  m->hash = py_hash_of(bytes);
  py_decref(bytes);
  return m->hash;
}

static py_object *mv_repr(py_object *self) {
  return py_str_format(MV(self)->obj ? "<memory at %p>" : "<released memory at %p>",
                       (void *)self);
}

py_type py_memoryview_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "memoryview",
    .basicsize = sizeof(memview),
    .base = &py_object_type,
    .new = mv_new,
    .dealloc = mv_dealloc,
    .repr = mv_repr,
    .hash = mv_hash,
    .richcompare = mv_richcompare,
    .getattr = py_generic_getattr,
    .iter = mv_iter,
    .len = mv_len,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .methods = mv_methods,
    .getset = mv_getset,
};
