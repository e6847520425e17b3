/* runtime/py/bytes.c — the bytes (immutable) and bytearray (mutable) types: construction,
 * repr, hash, comparison, the sequence protocol (len, indexing, slicing, +, *, %, `in`),
 * iteration, decoding, and bytearray's storage (CPython's allocation policy) with
 * append/extend/pop/clear and item assignment. The methods are in bytes_search.c
 * (find, split, partition, ...) and bytes_text.c (case, padding, hex, the method
 * tables); translate, maketrans and the slice edits in bytes_edit.c. */
#include <stdio.h>
#include <string.h>

#include "py/bytes_impl.h"
#include "py/containers.h"
#include "py/memoryview.h"
#include "py/objimpl.h"

#define BYTES_HEADER offsetof(py_bytes_object, data)
#define IS_BYTES(o) (PY_TYPE(o) == &py_bytes_type || py_type_is_subtype(PY_TYPE(o), &py_bytes_type))
#define IS_BYTEARRAY(o) (PY_TYPE(o) == &py_bytearray_type || \
                         py_type_is_subtype(PY_TYPE(o), &py_bytearray_type))

void py__bytes_view(py_object *o, const char **data, size_t *n) {
  if (py__memoryview_check(o)) {
    py__memoryview_data(o, data, n);
  } else if (IS_BYTEARRAY(o)) {
    py_bytearray_object *b = (py_bytearray_object *)o;
    *data = b->data ? b->data : "";
    *n = (size_t)b->size;
  } else {
    *data = ((py_bytes_object *)o)->data;
    *n = (size_t)((py_bytes_object *)o)->size;
  }
}

static bool is_buffer(py_object *o) {
  return IS_BYTES(o) || IS_BYTEARRAY(o) || py__memoryview_contiguous(o);
}

int py__bytearray_check_resize(py_bytearray_object *b) {
  if (b->exports <= 0) return 0;
  py_raise(&py_exc_BufferError, "Existing exports of data: object cannot be re-sized");
  return -1;
}

/* ===================================================================================
 * Construction
 * =================================================================================== */

static py_object *bytes_alloc(size_t n) {
  py_bytes_object *b = py_mem_alloc(BYTES_HEADER + n + 1);
  if (!b) return py_raise_nomemory();
  b->ob_base.refcnt = 1;
  b->ob_base.type = &py_bytes_type;
  b->size = (py_ssize)n;
  b->hash = -1;
  b->data[n] = 0;
  return (py_object *)b;
}

py_object *py_bytes_from(const void *data, size_t n) {
  py_object *b = bytes_alloc(n);
  if (b && n && data) memcpy(((py_bytes_object *)b)->data, data, n); /* NULL: to fill */
  return b;
}

static void bytes_dealloc(py_object *o) {
  if (PY_TYPE(o) == &py_bytes_type)
    py_mem_free(o, BYTES_HEADER + (size_t)((py_bytes_object *)o)->size + 1);
  else
    py_type_free(o);
}

static py_object *bytearray_from(const void *data, size_t n);

/* Collects the byte values of an iterable of ints into a fresh buffer. `what` names
 * the type being made, for the range error ("bytes must be ..." for bytes, "byte must
 * be ..." for bytearray, as CPython words them). */
static int bytes_from_iterable(py_object *it, char **out, size_t *n, size_t *cap,
                               const char *what) {
  py_object *iter = py_iter(it);
  if (!iter) return -1;
  /* bytes() asks for a length hint after __iter__, as CPython (whose __len__ or
   * __length_hint__ may print or fail); bytearray() does not. */
  if (strcmp(what, "bytes") == 0 && !PY_IS_TYPE(it, &py_list_type) &&
      !PY_IS_TYPE(it, &py_tuple_type) && py__length_hint(it, 64) < 0) {
    py_decref(iter);
    return -1;
  }
  *cap = 16;
  *n = 0;
  *out = py_mem_alloc(*cap);
  if (!*out) {
    py_decref(iter);
    py_raise_nomemory();
    return -1;
  }
  py_object *x;
  while ((x = py_next(iter))) {
    py_ssize v;
    int r = py_index_ssize(x, &v);
    py_decref(x);
    if (r < 0) goto fail;
    if (v < 0 || v > 255) {
      py_raise(&py_exc_ValueError, "%s must be in range(0, 256)",
               strcmp(what, "bytearray") == 0 ? "byte" : "bytes");
      goto fail;
    }
    if (*n == *cap) {
      char *g = py_mem_realloc(*out, *cap, *cap * 2);
      if (!g) {
        py_raise_nomemory();
        goto fail;
      }
      *out = g;
      *cap *= 2;
    }
    (*out)[(*n)++] = (char)v;
  }
  py_decref(iter);
  if (py_err_occurred()) {
    py_mem_free(*out, *cap);
    return -1;
  }
  return 0;
fail:
  py_decref(iter);
  py_mem_free(*out, *cap);
  return -1;
}

py_object *py__bytes_from_object(py_object *o) {
  if (PY_IS_TYPE(o, &py_bytes_type)) return py_newref(o);
  if (py__memoryview_check(o)) return py__memoryview_tobytes(o);
  if (is_buffer(o)) {
    const char *d;
    size_t n;
    py__bytes_view(o, &d, &n);
    return py_bytes_from(d, n);
  }
  if (PY_STR_CHECK(o)) return py_raise(&py_exc_TypeError, "cannot convert 'str' object to bytes");
  if (PY_INT_CHECK(o) || !PY_TYPE(o)->iter)
    return py_raise(&py_exc_TypeError, "cannot convert '%T' object to bytes", o);
  char *buf;
  size_t n, cap;
  if (bytes_from_iterable(o, &buf, &n, &cap, "bytes") < 0) return NULL;
  py_object *r = py_bytes_from(buf, n);
  py_mem_free(buf, cap);
  return r;
}

/* Shared by bytes() and bytearray(): the initial contents. */
static int initial_contents(const char *fname, py_object *const *args, size_t nargs,
                            py_object *kwnames, char **out, size_t *n, size_t *cap,
                            bool *appended) {
  static const char *const names[] = {"source", "encoding", "errors"};
  py_params params = {fname, names, 3, 0, 3, 0};
  py_object *a[3];
  *out = NULL;
  *n = *cap = 0;
  *appended = false;
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return -1;
  py_object *src = a[0];
  if (!src) {
    if (a[1] || a[2]) {
      py_raise(&py_exc_TypeError, a[1] ? "encoding without a string argument"
                                       : "errors without a string argument");
      return -1;
    }
    return 0;
  }
  py_object *b = NULL;
  if (PY_STR_CHECK(src)) {
    if (!a[1]) {
      py_raise(&py_exc_TypeError, "string argument without an encoding");
      return -1;
    }
    b = py__str_encode(src, a[1], a[2]);
  } else if (a[1] || a[2]) {
    py_raise(&py_exc_TypeError, a[1] ? "encoding without a string argument"
                                     : "errors without a string argument");
    return -1;
  } else if (PY_INT_CHECK(src) || (PY_TYPE(src)->index && !PY_TYPE(src)->iter)) {
    py_ssize count;
    if (py_index_ssize(src, &count) < 0) return -1;
    if (count < 0) {
      py_raise(&py_exc_ValueError, "negative count");
      return -1;
    }
    *cap = (size_t)count + 1;
    *out = py_mem_calloc(*cap);
    if (!*out) {
      py_raise_nomemory();
      return -1;
    }
    *n = (size_t)count;
    return 0;
  } else if (py__memoryview_check(src)) {
    /* Any view, strided too: bytes(view) copies it in item order. */
    b = py__memoryview_tobytes(src);
  } else if (is_buffer(src)) {
    b = py_newref(src);
  } else if (!PY_TYPE(src)->iter) {
    py_raise(&py_exc_TypeError, "cannot convert '%T' object to %s", src, fname);
    return -1;
  } else {
    /* CPython sizes a bytearray from a list or tuple at once, and grows it byte by
     * byte from any other iterable. */
    *appended = !PY_IS_TYPE(src, &py_list_type) && !PY_IS_TYPE(src, &py_tuple_type);
    return bytes_from_iterable(src, out, n, cap, fname);
  }
  if (!b) return -1;
  const char *d;
  size_t dn;
  py__bytes_view(b, &d, &dn);
  *cap = dn + 1;
  *out = py_mem_alloc(*cap);
  if (!*out) {
    py_decref(b);
    py_raise_nomemory();
    return -1;
  }
  memcpy(*out, d, dn);
  *n = dn;
  py_decref(b);
  return 0;
}

static py_object *bytes_new(py_type *type, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  char *buf;
  size_t n, cap;
  bool appended;
  if (initial_contents("bytes", args, nargs, kwnames, &buf, &n, &cap, &appended) < 0)
    return NULL;
  py_object *r;
  if (type == &py_bytes_type) {
    r = py_bytes_from(buf, n);
  } else {
    r = py_type_alloc(type, (py_ssize)n + 1);
    if (r) {
      ((py_bytes_object *)r)->size = (py_ssize)n;
      ((py_bytes_object *)r)->hash = -1;
      if (n) memcpy(((py_bytes_object *)r)->data, buf, n);
    }
  }
  if (buf) py_mem_free(buf, cap);
  return r;
}

/* ===================================================================================
 * repr, hash, comparison
 * =================================================================================== */

static py_object *bytes_repr_of(const char *d, size_t n, const char *before, const char *after) {
  bool sq = memchr(d, '\'', n) != NULL, dq = memchr(d, '"', n) != NULL;
  char quote = (sq && !dq) ? '"' : '\'';
  py__strbuf b;
  py__strbuf_init(&b);
  py__strbuf_append_cstr(&b, before);
  py__strbuf_append_char(&b, (uint32_t)quote);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    char esc[8];
    if (c == (unsigned char)quote || c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)c;
      py__strbuf_append(&b, esc, 2, 2);
    } else if (c == '\t') py__strbuf_append(&b, "\\t", 2, 2);
    else if (c == '\n') py__strbuf_append(&b, "\\n", 2, 2);
    else if (c == '\r') py__strbuf_append(&b, "\\r", 2, 2);
    else if (c < ' ' || c >= 0x7F) {
      snprintf(esc, sizeof esc, "\\x%02x", c);
      py__strbuf_append(&b, esc, 4, 4);
    } else {
      py__strbuf_append_char(&b, c);
    }
  }
  py__strbuf_append_char(&b, (uint32_t)quote);
  py__strbuf_append_cstr(&b, after);
  return py__strbuf_finish(&b);
}

static py_object *bytes_repr(py_object *o) {
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  return bytes_repr_of(d, n, "b", "");
}

static py_object *bytearray_repr(py_object *o) {
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  py_object *inner = bytes_repr_of(d, n, "b", "");
  if (!inner) return NULL;
  py_object *r = py_str_format("%s(%U)", PY_TYPE(o)->name, inner);
  py_decref(inner);
  return r;
}

static py_hash bytes_hash(py_object *o) {
  py_bytes_object *b = (py_bytes_object *)o;
  if (b->hash == -1) b->hash = py__hash_bytes(b->data, (size_t)b->size);
  return b->hash;
}

static py_object *bytes_richcompare(py_object *a, py_object *b, int op) {
  if (!is_buffer(a) || !is_buffer(b)) return py_newref(PY_NOTIMPLEMENTED);
  const char *x, *y;
  size_t nx, ny;
  py__bytes_view(a, &x, &nx);
  py__bytes_view(b, &y, &ny);
  int c = memcmp(x, y, nx < ny ? nx : ny);
  if (c == 0) c = (nx > ny) - (nx < ny);
  int r;
  switch (op) {
  case PY_LT: r = c < 0; break;
  case PY_LE: r = c <= 0; break;
  case PY_EQ: r = c == 0; break;
  case PY_NE: r = c != 0; break;
  case PY_GT: r = c > 0; break;
  default: r = c >= 0; break;
  }
  return py_bool(r);
}

/* ===================================================================================
 * Sequence protocol (shared by both types; results keep the left operand's kind)
 * =================================================================================== */

static py_object *same_kind(py_object *like, const char *d, size_t n) {
  return IS_BYTEARRAY(like) ? bytearray_from(d, n) : py_bytes_from(d, n);
}

static py_ssize bytes_len(py_object *o) {
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  return (py_ssize)n;
}

static py_object *bytes_getitem(py_object *o, py_object *key) {
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  if (PY_IS_TYPE(key, &py_slice_type)) {
    py_ssize start, stop, step;
    py_ssize cnt = py_slice_indices(key, (py_ssize)n, &start, &stop, &step);
    if (cnt < 0) return NULL;
    if (step == 1) return same_kind(o, d + start, (size_t)cnt);
    char *buf = py_mem_alloc((size_t)cnt + 1);
    if (!buf) return py_raise_nomemory();
    for (py_ssize i = 0; i < cnt; i++) buf[i] = d[start + i * step];
    py_object *r = same_kind(o, buf, (size_t)cnt);
    py_mem_free(buf, (size_t)cnt + 1);
    return r;
  }
  if (!PY_INT_CHECK(key) && !PY_TYPE(key)->index)
    return py_raise(&py_exc_TypeError, "%s indices must be integers or slices, not %T",
                    IS_BYTEARRAY(o) ? "bytearray" : "byte", key);
  py_ssize i;
  if (py_index_ssize(key, &i) < 0) return NULL;
  if (i < 0) i += (py_ssize)n;
  if (i < 0 || i >= (py_ssize)n)
    return py_raise(&py_exc_IndexError, IS_BYTEARRAY(o) ? "bytearray index out of range"
                                                        : "index out of range");
  return py_int_from_i64((unsigned char)d[i]);
}

static int bytes_contains(py_object *o, py_object *item) {
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  if (PY_INT_CHECK(item) || (PY_TYPE(item)->index && !is_buffer(item))) {
    py_ssize v;
    if (py_index_ssize(item, &v) < 0) return -1;
    if (v < 0 || v > 255) {
      py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return memchr(d, (int)v, n) != NULL;
  }
  if (!is_buffer(item)) {
    py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", item);
    return -1;
  }
  const char *s;
  size_t sn;
  py__bytes_view(item, &s, &sn);
  if (sn == 0) return 1;
  return py__memmem(d, n, s, sn) != NULL;
}

static py_object *bytes_add(py_object *a, py_object *b) {
  if (!is_buffer(a)) return py_newref(PY_NOTIMPLEMENTED);
  if (!is_buffer(b)) {
    if (PY_HAS_FLAG(PY_TYPE(b), PY_TPFLAGS_HEAPTYPE)) return py_newref(PY_NOTIMPLEMENTED);
    return py_raise(&py_exc_TypeError, "can't concat %T to %T", b, a);
  }
  const char *x, *y;
  size_t nx, ny;
  py__bytes_view(a, &x, &nx);
  py__bytes_view(b, &y, &ny);
  char *buf = py_mem_alloc(nx + ny + 1);
  if (!buf) return py_raise_nomemory();
  memcpy(buf, x, nx);
  memcpy(buf + nx, y, ny);
  py_object *r = same_kind(a, buf, nx + ny);
  py_mem_free(buf, nx + ny + 1);
  return r;
}

static py_object *bytes_mul(py_object *a, py_object *b) {
  py_object *s = is_buffer(a) ? a : b, *k = is_buffer(a) ? b : a;
  if (!is_buffer(s)) return py_newref(PY_NOTIMPLEMENTED);
  if (!PY_INT_CHECK(k) && !PY_TYPE(k)->index) {
    if (PY_HAS_FLAG(PY_TYPE(k), PY_TPFLAGS_HEAPTYPE)) return py_newref(PY_NOTIMPLEMENTED);
    return py_raise(&py_exc_TypeError, "can't multiply sequence by non-int of type '%T'", k);
  }
  py_ssize count;
  if (py_index_ssize(k, &count) < 0) return NULL;
  if (count < 0) count = 0;
  const char *d;
  size_t n;
  py__bytes_view(s, &d, &n);
  if (n && (size_t)count > ((size_t)PTRDIFF_MAX / 4) / n) return py_raise_nomemory();
  size_t total = n * (size_t)count;
  char *buf = py_mem_alloc(total + 1);
  if (!buf) return py_raise_nomemory();
  for (py_ssize i = 0; i < count; i++) memcpy(buf + (size_t)i * n, d, n);
  py_object *r = same_kind(s, buf, total);
  py_mem_free(buf, total + 1);
  return r;
}

/* Bytes as a str of the same byte values (latin-1), so str's % can format them. */
static py_object *latin1_str(const char *d, size_t n) {
  uint32_t *cps = py_mem_alloc(n * 4 + 4);
  if (!cps) return py_raise_nomemory();
  for (size_t i = 0; i < n; i++) cps[i] = (unsigned char)d[i];
  py_object *r = py__str_from_codepoints(cps, n);
  py_mem_free(cps, n * 4 + 4);
  return r;
}

/* A % argument: bytes-like values become their latin-1 str, so that %s copies their
 * bytes as CPython's bytes formatting does. New. */
static py_object *mod_arg(py_object *o) {
  if (!is_buffer(o)) return py_newref(o);
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  return latin1_str(d, n);
}

static py_object *bytes_mod(py_object *a, py_object *b) {
  if (!is_buffer(a)) return py_newref(PY_NOTIMPLEMENTED);
  const char *d;
  size_t n;
  py__bytes_view(a, &d, &n);
  py_object *fmt = latin1_str(d, n);
  if (!fmt) return NULL;
  py_object *args;
  if (PY_TUPLE_CHECK(b)) {
    args = py_tuple_new(PY_TUPLE_SIZE(b));
    for (py_ssize i = 0; args && i < PY_TUPLE_SIZE(b); i++) {
      py_object *x = mod_arg(PY_TUPLE_ITEMS(b)[i]);
      if (!x) {
        py_decref(args);
        args = NULL;
        break;
      }
      PY_TUPLE_ITEMS(args)[i] = x;
    }
  } else {
    args = mod_arg(b);
  }
  py_object *s = args ? py__str_mod(fmt, args) : NULL;
  py_decref(fmt);
  py_xdecref(args);
  if (!s) return NULL;
  /* Back to bytes: every code point below 256 is one byte; others (a %r of non-Latin-1
   * text) are written as UTF-8. */
  size_t w = 0;
  char *buf = py_mem_alloc((size_t)PY_STR_SIZE(s) + 1);
  py_object *r = NULL;
  if (buf) {
    const char *p = PY_STR_DATA(s), *end = p + PY_STR_SIZE(s);
    while (p < end) {
      const char *q = p;
      uint32_t c = py__utf8_next(&p);
      if (c < 256) buf[w++] = (char)c;
      else {
        memcpy(buf + w, q, (size_t)(p - q));
        w += (size_t)(p - q);
      }
    }
    r = same_kind(a, buf, w);
    py_mem_free(buf, (size_t)PY_STR_SIZE(s) + 1);
  } else {
    py_raise_nomemory();
  }
  py_decref(s);
  return r;
}


/* ---- iteration ---- */

typedef struct bytes_iter_object {
  PY_HEAD;
  py_object *seq;
  py_ssize i;
} bytes_iter_object;

static void bytes_iter_dealloc(py_object *o) {
  py_xdecref(((bytes_iter_object *)o)->seq);
  py_mem_free(o, sizeof(bytes_iter_object));
}

static py_object *bytes_iter_next(py_object *o) {
  bytes_iter_object *it = (bytes_iter_object *)o;
  if (!it->seq) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(it->seq, &d, &n);
  if ((size_t)it->i >= n) {
    PY_CLEAR(it->seq);
    return NULL;
  }
  return py_int_from_i64((unsigned char)d[it->i++]);
}

static py_object *iter_self(py_object *o) { return py_newref(o); }

#define BYTES_ITER_TYPE(var, tname)               \
  static py_type var = {                          \
      .ob_base = {PY_IMMORTAL, &py_type_type},    \
      .name = tname,                              \
      .basicsize = sizeof(bytes_iter_object),     \
      .base = &py_object_type,                    \
      .dealloc = bytes_iter_dealloc,              \
      .getattr = py_generic_getattr,              \
      .iter = iter_self,                          \
      .iternext = bytes_iter_next,                \
  };
BYTES_ITER_TYPE(bytes_iter_type, "bytes_iterator")
BYTES_ITER_TYPE(bytearray_iter_type, "bytearray_iterator")

static py_object *bytes_iter(py_object *o) {
  bytes_iter_object *it = py_mem_alloc(sizeof *it);
  if (!it) return py_raise_nomemory();
  it->ob_base.refcnt = 1;
  it->ob_base.type = IS_BYTEARRAY(o) ? &bytearray_iter_type : &bytes_iter_type;
  it->seq = py_newref(o);
  it->i = 0;
  return (py_object *)it;
}

/* ===================================================================================
 * decode
 * =================================================================================== */

/* CPython's error: the whole input (as bytes) with the range of the bad bytes. An
 * error handler other than strict, replace and ignore (backslashreplace, ...,
 * codecs.register_error's) is Python's: it decodes the whole input again. */
static py_object *decode_error(const char *codec, const char *d, size_t n, size_t start,
                               size_t end, const char *why, py_object *errors) {
  py_object *data = py_bytes_from(d, n), *r = NULL;
  if (!data) return NULL;
  if (errors && PY_STR_CHECK(errors) && strcmp(PY_STR_DATA(errors), "strict")) {
    py_object *a[3] = {data, py_str_from_cstr(codec), errors};
    r = a[1] ? py__codec_bridge("decode_handled", a, 3) : NULL;
    py_xdecref(a[1]);
  } else {
    py__raise_codec_error(&py_exc_UnicodeDecodeError, codec, data, (py_ssize)start,
                          (py_ssize)end, why);
  }
  py_decref(data);
  return r;
}

py_object *py__bytes_decode(py_object *o, py_object *encoding, py_object *errors) {
  if (!is_buffer(o)) {
    if (PY_STR_CHECK(o)) return py_raise(&py_exc_TypeError, "decoding str is not supported");
    return py_raise(&py_exc_TypeError, "decoding to str: need a bytes-like object, %T found", o);
  }
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  /* CPython decodes nothing to '' before it looks the codec up. */
  if (n == 0) return py_str_from_cstr("");
  int kind = 8;
  if (encoding) {
    if (!PY_STR_CHECK(encoding))
      return py_raise(&py_exc_TypeError, "decode() argument 'encoding' must be str, not %T", encoding);
    kind = py__encoding_kind(encoding);
  }
  const char *mode = errors && PY_STR_CHECK(errors) ? PY_STR_DATA(errors) : "strict";
  bool latin1 = kind == 1, utf8 = kind == 8;
  if (kind < 0) {
    /* Other encodings are Python's (codecs.lookup). */
    py_object *a[3] = {o, encoding, errors ? errors : PY_NONE};
    return py__codec_bridge("decode", a, 3);
  }
  py__strbuf b;
  py__strbuf_init(&b);
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)d[i];
    if (c < 0x80) {
      /* Copy the ASCII run at once. */
      size_t j = i;
      while (j < n && (unsigned char)d[j] < 0x80) j++;
      py__strbuf_append(&b, d + i, j - i, (py_ssize)(j - i));
      i = j;
      continue;
    }
    if (latin1) {
      py__strbuf_append_char(&b, c);
      i++;
      continue;
    }
    const char *why = "ordinal not in range(128)";
    size_t bad = 1;
    if (utf8) {
      py_ssize len;
      bool a;
      size_t ok = py__utf8_check(d + i, n - i, &len, &a);
      /* Our strs hold lone surrogates as ED A0..BF xx; UTF-8 data may not. */
      const char *e = memchr(d + i, 0xED, ok);
      while (e && (unsigned char)e[1] < 0xA0) e = memchr(e + 1, 0xED, ok - (size_t)(e + 1 - d - i));
      if (e) ok = py__utf8_check(d + i, (size_t)(e - d - i), &len, &a);
      if (ok > 0) {
        py__strbuf_append(&b, d + i, ok, len);
        i += ok;
        continue;
      }
      /* CPython's error: the lead byte and the continuation bytes that could still
       * start a valid sequence (the second byte's range depends on the lead) are one
       * unit; data that ends inside such a start is "unexpected end of data". */
      size_t need = (c >= 0xC2 && c <= 0xDF) ? 1 : (c >= 0xE0 && c <= 0xEF) ? 2 : (c >= 0xF0 && c <= 0xF4) ? 3 : 0;
      unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      while (bad <= need && i + bad < n) {
        unsigned x = (unsigned char)d[i + bad];
        if (bad == 1 ? x < lo || x > hi : (x & 0xC0) != 0x80) break;
        bad++;
      }
      why = !need ? "invalid start byte" : i + bad >= n ? "unexpected end of data" : "invalid continuation byte";
    }
    if (!strcmp(mode, "replace")) {
      py__strbuf_append_char(&b, 0xFFFD);
    } else if (!strcmp(mode, "ignore")) {
    } else {
      py__strbuf_free(&b);
      return decode_error(utf8 ? "utf-8" : "ascii", d, n, i, i + bad, why, errors);
    }
    i += bad;
  }
  return py__strbuf_finish(&b);
}

py_type py_bytes_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bytes",
    .basicsize = BYTES_HEADER,
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = py__bytes_methods,
    .new = bytes_new,
    .dealloc = bytes_dealloc,
    .getattr = py_generic_getattr,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .number = {[PY_OP_ADD] = bytes_add, [PY_OP_MUL] = bytes_mul, [PY_OP_MOD] = bytes_mod},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
};

/* ===================================================================================
 * bytearray
 * =================================================================================== */

/* CPython 3.11's PyByteArray_Resize: growth over-allocates by an eighth when modest
 * and allocates the exact size after a large jump; shrinking below half the allocation
 * gives memory back; bytes deleted from the front (offset) count as used until the
 * block is reallocated. Following it makes __alloc__() and sys.getsizeof() print
 * CPython's numbers. */
int py__bytearray_resize(py_bytearray_object *b, size_t size) {
  if ((py_ssize)size == b->size) return 0;
  if (py__bytearray_check_resize(b) < 0) return -1;
  if (size > (size_t)PTRDIFF_MAX / 2) {
    py_raise_nomemory();
    return -1;
  }
  size_t alloc = (size_t)b->cap, offset = (size_t)b->offset;
  if (size + offset + 1 <= alloc) {
    if (size >= alloc / 2) {
      b->size = (py_ssize)size;
      b->data[size] = 0;
      return 0;
    }
    alloc = size + 1;
  } else {
    alloc = size <= alloc + alloc / 8 ? size + (size >> 3) + (size < 9 ? 3 : 6) : size + 1;
  }
  char *base = b->data ? b->data - offset : NULL, *d;
  if (offset > 0) {
    /* The bytes move back to the start of a fresh block. */
    d = py_mem_alloc(alloc);
    if (d) {
      memcpy(d, b->data, size < (size_t)b->size ? size : (size_t)b->size);
      py_mem_free(base, (size_t)b->cap);
    }
  } else {
    d = base ? py_mem_realloc(base, (size_t)b->cap, alloc) : py_mem_alloc(alloc);
  }
  if (!d) {
    py_raise_nomemory();
    return -1;
  }
  b->data = d;
  b->offset = 0;
  b->cap = (py_ssize)alloc;
  b->size = (py_ssize)size;
  b->data[size] = 0;
  return 0;
}

/* The allocation n appends to an empty bytearray leave. */
static size_t appended_alloc(size_t n) {
  size_t alloc = 0;
  for (size_t s = 1; s <= n; s++)
    if (s + 1 > alloc)
      alloc = s <= alloc + alloc / 8 ? s + (s >> 3) + (s < 9 ? 3 : 6) : s + 1;
  return alloc;
}

/* A bytearray of type t holding data[0..n), allocated as CPython allocates one made
 * from a buffer (exactly n + 1 bytes, none when empty). */
static py_object *bytearray_of_type(py_type *t, const void *data, size_t n) {
  py_bytearray_object *b = t == &py_bytearray_type ? py_mem_alloc(sizeof *b)
                                                   : (py_bytearray_object *)py_type_alloc(t, 0);
  if (!b) return t == &py_bytearray_type ? py_raise_nomemory() : NULL;
  if (t == &py_bytearray_type) {
    b->ob_base.refcnt = 1;
    b->ob_base.type = t;
  }
  b->size = 0;
  b->cap = 0;
  b->data = NULL;
  b->offset = 0;
  b->exports = 0;
  if (py__bytearray_resize(b, n) < 0) {
    py_decref((py_object *)b);
    return NULL;
  }
  if (n) memcpy(b->data, data, n);
  return (py_object *)b;
}

static py_object *bytearray_from(const void *data, size_t n) {
  return bytearray_of_type(&py_bytearray_type, data, n);
}

py_object *py__bytearray_from(const void *data, size_t n) { return bytearray_from(data, n); }

static void bytearray_dealloc(py_object *o) {
  py_bytearray_object *b = (py_bytearray_object *)o;
  if (b->data) py_mem_free(b->data - b->offset, (size_t)b->cap);
  if (PY_TYPE(o) == &py_bytearray_type) py_mem_free(o, sizeof *b);
  else py_type_free(o);
}

static py_object *bytearray_new(py_type *type, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  char *buf;
  size_t n, cap;
  bool appended;
  if (initial_contents("bytearray", args, nargs, kwnames, &buf, &n, &cap, &appended) < 0)
    return NULL;
  py_object *r = bytearray_of_type(type, buf, n);
  if (buf) py_mem_free(buf, cap);
  if (r && appended && n) {
    /* The allocation n appends would have left (for __alloc__ and sys.getsizeof). */
    py_bytearray_object *b = (py_bytearray_object *)r;
    size_t alloc = appended_alloc(n);
    char *d = py_mem_realloc(b->data, (size_t)b->cap, alloc);
    if (!d) {
      py_decref(r);
      return py_raise_nomemory();
    }
    b->data = d;
    b->cap = (py_ssize)alloc;
  }
  return r;
}

static int byte_value(py_object *v, unsigned char *out) {
  py_ssize x;
  if (!PY_INT_CHECK(v) && !PY_TYPE(v)->index) {
    py_raise(&py_exc_TypeError, "'%T' object cannot be interpreted as an integer", v);
    return -1;
  }
  if (py_index_ssize(v, &x) < 0) return -1;
  if (x < 0 || x > 255) {
    py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  *out = (unsigned char)x;
  return 0;
}

py_object *py__bytearray_append(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__bytes_onearg(self, "append", nargs, kw) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  unsigned char v;
  if (byte_value(args[0], &v) < 0 || py__bytearray_resize(b, (size_t)b->size + 1) < 0)
    return NULL;
  b->data[b->size - 1] = (char)v;
  return py_newref(PY_NONE);
}

py_object *py__bytearray_extend(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__bytes_onearg(self, "extend", nargs, kw) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  py_object *src = args[0];
  char *buf = NULL;
  size_t n, cap = 0;
  const char *d;
  if (is_buffer(src)) {
    /* A copy first: src may be self. */
    py__bytes_view(src, &d, &n);
    cap = n + 1;
    if (!(buf = py_mem_alloc(cap))) return py_raise_nomemory();
    memcpy(buf, d, n);
  } else if (py__memoryview_check(src)) {
    /* A strided or released view: CPython's simple buffer request fails. */
    return py_raise(&py_exc_TypeError, "can't set bytearray slice from memoryview");
  } else {
    py_object *it = py_iter(src);
    if (!it) {
      if (py_err_matches(&py_exc_TypeError)) {
        py_err_clear();
        py_raise(&py_exc_TypeError, "can't extend bytearray with %T", src);
      }
      return NULL;
    }
    int rc = bytes_from_iterable(it, &buf, &n, &cap, "bytearray");
    py_decref(it);
    if (rc < 0) return NULL;
  }
  size_t old = (size_t)b->size;
  int rc = py__bytearray_resize(b, old + n);
  if (rc == 0 && n) memcpy(b->data + old, buf, n);
  py_mem_free(buf, cap);
  return rc < 0 ? NULL : py_newref(PY_NONE);
}

py_object *py__bytearray_pop(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__bytes_posargs(self, "pop", nargs, kw, 0, 1) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  py_ssize i = -1;
  if (nargs && py_index_ssize(args[0], &i) < 0) return NULL;
  if (b->size == 0) return py_raise(&py_exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return py_raise(&py_exc_IndexError, "pop index out of range");
  unsigned char v = (unsigned char)b->data[i];
  memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
  if (py__bytearray_resize(b, (size_t)b->size - 1) < 0) return NULL;
  return py_int_from_i64(v);
}

py_object *py__bytearray_clear(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py__bytes_noargs(self, "clear", nargs, kw) < 0) return NULL;
  if (py__bytearray_resize((py_bytearray_object *)self, 0) < 0) return NULL;
  return py_newref(PY_NONE);
}

static int bytearray_setitem(py_object *self, py_object *key, py_object *value) {
  py_bytearray_object *b = (py_bytearray_object *)self;
  if (PY_IS_TYPE(key, &py_slice_type)) return py__bytearray_setslice(self, key, value);
  py_ssize i;
  if (py_index_ssize(key, &i) < 0) return -1;
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) {
    py_raise(&py_exc_IndexError, "bytearray index out of range");
    return -1;
  }
  if (!value) {
    if (py__bytearray_check_resize(b) < 0) return -1;
    /* As a one-byte slice deletion: at the front CPython advances its start. */
    if (i == 0) {
      b->data++;
      b->offset++;
    } else {
      memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
    }
    return py__bytearray_resize(b, (size_t)b->size - 1);
  }
  unsigned char v;
  if (byte_value(value, &v) < 0) return -1;
  b->data[i] = (char)v;
  return 0;
}

static py_object *bytearray_iadd(py_object *a, py_object *b) {
  if (!IS_BYTEARRAY(a) || !is_buffer(b)) return bytes_add(a, b);
  py_object *r = py__bytearray_extend(a, &b, 1, NULL);
  if (!r) return NULL;
  py_decref(r);
  return py_newref(a);
}

/* b *= n: repeated in place (CPython's bytearray_irepeat). */
static py_object *bytearray_imul(py_object *a, py_object *k) {
  if (!IS_BYTEARRAY(a)) return bytes_mul(a, k);
  /* Not an integer: b * k (reached next) raises CPython's message. */
  if (!PY_INT_CHECK(k) && !PY_TYPE(k)->index) return py_newref(PY_NOTIMPLEMENTED);
  py_ssize count;
  if (py_index_ssize(k, &count) < 0) return NULL;
  if (count < 0) count = 0;
  py_bytearray_object *b = (py_bytearray_object *)a;
  size_t n = (size_t)b->size;
  if (count == 1) return py_newref(a);
  if (n && (size_t)count > ((size_t)PTRDIFF_MAX / 4) / n) return py_raise_nomemory();
  if (py__bytearray_resize(b, n * (size_t)count) < 0) return NULL;
  /* An empty bytearray may have no data at all (memcpy from NULL is undefined). */
  for (py_ssize i = 1; n && i < count; i++) memcpy(b->data + (size_t)i * n, b->data, n);
  return py_newref(a);
}

py_object *py__bytearray_alloc(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)args;
  if (py__bytes_noargs(self, "__alloc__", nargs, kwnames) < 0) return NULL;
  return py_int_from_i64(((py_bytearray_object *)self)->cap);
}

static py_hash unhashable(py_object *o) {
  py_raise(&py_exc_TypeError, "unhashable type: '%T'", o);
  return -1;
}

py_type py_bytearray_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bytearray",
    .basicsize = sizeof(py_bytearray_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = py__bytearray_methods,
    .new = bytearray_new,
    .dealloc = bytearray_dealloc,
    .getattr = py_generic_getattr,
    .repr = bytearray_repr,
    .hash = unhashable,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .number = {[PY_OP_ADD] = bytes_add, [PY_OP_MUL] = bytes_mul, [PY_OP_MOD] = bytes_mod},
    .inplace = {[PY_OP_ADD] = bytearray_iadd, [PY_OP_MUL] = bytearray_imul},
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
};
