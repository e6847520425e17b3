/* runtime/py/bytes.c — bytes (immutable) and bytearray (mutable), the basics programs
 * use: literals, repr, len, indexing (ints), slicing, +, *, comparison, hash, `in`,
 * iteration, decode, hex/fromhex, join, find/count/startswith/endswith, and
 * bytearray's append/extend/pop. translate, maketrans, slice assignment and the other
 * in-place edits are in bytes_edit.c. */
#include <stdio.h>
#include <string.h>

#include "py/object.h"
#include "py/scalars.h"

#define BYTES_HEADER offsetof(py_bytes_object, data)
#define IS_BYTES(o) (PY_TYPE(o) == &py_bytes_type || py_type_is_subtype(PY_TYPE(o), &py_bytes_type))
#define IS_BYTEARRAY(o) (PY_TYPE(o) == &py_bytearray_type || \
                         py_type_is_subtype(PY_TYPE(o), &py_bytearray_type))

void py__bytes_view(py_object *o, const char **data, size_t *n) {
  if (IS_BYTEARRAY(o)) {
    py_bytearray_object *b = (py_bytearray_object *)o;
    *data = b->data ? b->data : "";
    *n = (size_t)b->size;
  } else {
    *data = ((py_bytes_object *)o)->data;
    *n = (size_t)((py_bytes_object *)o)->size;
  }
}

static bool is_buffer(py_object *o) { return IS_BYTES(o) || IS_BYTEARRAY(o); }

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
  if (b && n) memcpy(((py_bytes_object *)b)->data, data, n);
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
                            py_object *kwnames, char **out, size_t *n, size_t *cap) {
  static const char *const names[] = {"source", "encoding", "errors"};
  py_params params = {fname, names, 3, 0, 3, 0};
  py_object *a[3];
  *out = NULL;
  *n = *cap = 0;
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
  } else if (is_buffer(src)) {
    b = py_newref(src);
  } else if (!PY_TYPE(src)->iter) {
    py_raise(&py_exc_TypeError, "cannot convert '%T' object to %s", src, fname);
    return -1;
  } else {
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
  if (initial_contents("bytes", args, nargs, kwnames, &buf, &n, &cap) < 0) return NULL;
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

static int bytes_truth(py_object *o) { return bytes_len(o) != 0; }

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

static py_object *decode_error(const char *codec, unsigned char byte, size_t pos, const char *why) {
  return py_raise(&py_exc_UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %zd: %s",
                  codec, (unsigned)byte, (py_ssize)pos, why);
}

py_object *py__bytes_decode(py_object *o, py_object *encoding, py_object *errors) {
  if (!is_buffer(o)) {
    if (PY_STR_CHECK(o)) return py_raise(&py_exc_TypeError, "decoding str is not supported");
    return py_raise(&py_exc_TypeError, "decoding to str: need a bytes-like object, %T found", o);
  }
  const char *d;
  size_t n;
  py__bytes_view(o, &d, &n);
  const char *enc = "utf-8";
  if (encoding) {
    if (!PY_STR_CHECK(encoding))
      return py_raise(&py_exc_TypeError, "decode() argument 'encoding' must be str, not %T", encoding);
    enc = PY_STR_DATA(encoding);
  }
  const char *mode = errors && PY_STR_CHECK(errors) ? PY_STR_DATA(errors) : "strict";
  char norm[32];
  size_t k = 0;
  for (; enc[k] && k < sizeof norm - 1; k++) {
    char c = enc[k];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c == '-' || c == ' ') c = '_';
    norm[k] = c;
  }
  norm[k] = 0;
  bool latin1 = !strcmp(norm, "latin_1") || !strcmp(norm, "latin1") || !strcmp(norm, "iso_8859_1") ||
                !strcmp(norm, "iso8859_1") || !strcmp(norm, "l1");
  bool ascii = !strcmp(norm, "ascii") || !strcmp(norm, "us_ascii");
  bool utf8 = !strcmp(norm, "utf_8") || !strcmp(norm, "utf8") || !strcmp(norm, "u8");
  if (!latin1 && !ascii && !utf8) return py_raise(&py_exc_LookupError, "unknown encoding: %s", enc);
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
      if (ok > 0) {
        py__strbuf_append(&b, d + i, ok, len);
        i += ok;
        continue;
      }
      /* Classify the error as CPython does. */
      size_t need = (c >= 0xC2 && c <= 0xDF) ? 1 : (c >= 0xE0 && c <= 0xEF) ? 2 : (c >= 0xF0 && c <= 0xF4) ? 3 : 0;
      if (!need) why = "invalid start byte";
      else {
        size_t j = 1;
        while (j <= need && i + j < n && ((unsigned char)d[i + j] & 0xC0) == 0x80) j++;
        if (i + j >= n && j <= need) why = "unexpected end of data";
        else why = "invalid continuation byte";
        bad = j > need ? need + 1 : j;
        if (bad == 0) bad = 1;
      }
      if (!strcmp(why, "invalid continuation byte") || !strcmp(why, "unexpected end of data")) {
        /* The maximal valid prefix is one error unit. */
      } else {
        bad = 1;
      }
    }
    if (!strcmp(mode, "replace")) {
      py__strbuf_append_char(&b, 0xFFFD);
    } else if (!strcmp(mode, "ignore")) {
    } else if (!strcmp(mode, "backslashreplace")) {
      for (size_t j = 0; j < bad; j++) {
        char esc[8];
        snprintf(esc, sizeof esc, "\\x%02x", (unsigned char)d[i + j]);
        py__strbuf_append(&b, esc, 4, 4);
      }
    } else {
      py__strbuf_free(&b);
      return decode_error(utf8 ? "utf-8" : "ascii", c, i, why);
    }
    i += bad;
  }
  return py__strbuf_finish(&b);
}

/* ===================================================================================
 * Methods
 * =================================================================================== */

static py_object *m_decode(py_object *self, py_object *const *args, size_t nargs, py_object *kwnames) {
  static const char *const names[] = {"encoding", "errors"};
  static const py_params params = {"decode", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  return py__bytes_decode(self, a[0], a[1]);
}

static py_object *m_hex(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py_args_check("hex", nargs, kw, 0, 0) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  py_object *r = py__str_new(n * 2, (py_ssize)n * 2, true);
  if (!r) return NULL;
  static const char digits[] = "0123456789abcdef";
  char *w = ((py_str_object *)r)->data;
  for (size_t i = 0; i < n; i++) {
    w[2 * i] = digits[(unsigned char)d[i] >> 4];
    w[2 * i + 1] = digits[(unsigned char)d[i] & 15];
  }
  return r;
}

static int hexval(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

static py_object *m_fromhex(py_object *cls, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("fromhex", nargs, kw, 1, 1) < 0) return NULL;
  py_object *s = args[0];
  if (!PY_STR_CHECK(s)) return py_raise(&py_exc_TypeError, "fromhex() argument must be str, not %T", s);
  size_t n = (size_t)PY_STR_SIZE(s), w = 0;
  char *buf = py_mem_alloc(n / 2 + 1);
  if (!buf) return py_raise_nomemory();
  const char *p = PY_STR_DATA(s);
  for (size_t i = 0; i < n;) {
    if (p[i] == ' ' || (p[i] >= 9 && p[i] <= 13)) {
      i++;
      continue;
    }
    int hi = hexval((unsigned char)p[i]), lo = i + 1 < n ? hexval((unsigned char)p[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      py_mem_free(buf, n / 2 + 1);
      return py_raise(&py_exc_ValueError,
                      "non-hexadecimal number found in fromhex() arg at position %zd",
                      (py_ssize)(hi < 0 ? i : i + 1));
    }
    buf[w++] = (char)(hi * 16 + lo);
    i += 2;
  }
  py_object *r = (py_type *)cls == &py_bytearray_type ? bytearray_from(buf, w) : py_bytes_from(buf, w);
  py_mem_free(buf, n / 2 + 1);
  return r;
}

static py_object *m_join(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("join", nargs, kw, 1, 1) < 0) return NULL;
  py_object *list = py_list_from_iterable(args[0]);
  if (!list) return NULL;
  const char *sep;
  size_t sn;
  py__bytes_view(self, &sep, &sn);
  size_t total = 0;
  for (py_ssize i = 0; i < PY_LIST_SIZE(list); i++) {
    py_object *x = PY_LIST_ITEMS(list)[i];
    if (!is_buffer(x)) {
      py_decref(list);
      return py_raise(&py_exc_TypeError, "sequence item %zd: expected a bytes-like object, %T found", i, x);
    }
    total += (size_t)bytes_len(x) + (i ? sn : 0);
  }
  char *buf = py_mem_alloc(total + 1);
  if (!buf) {
    py_decref(list);
    return py_raise_nomemory();
  }
  size_t w = 0;
  for (py_ssize i = 0; i < PY_LIST_SIZE(list); i++) {
    const char *d;
    size_t n;
    if (i) {
      memcpy(buf + w, sep, sn);
      w += sn;
    }
    py__bytes_view(PY_LIST_ITEMS(list)[i], &d, &n);
    memcpy(buf + w, d, n);
    w += n;
  }
  py_object *r = same_kind(self, buf, w);
  py_mem_free(buf, total + 1);
  py_decref(list);
  return r;
}

/* The needle of find/count/in-style methods: bytes-like or an int byte value. */
static int needle(py_object *o, char *one, const char **d, size_t *n) {
  if (is_buffer(o)) {
    py__bytes_view(o, d, n);
    return 0;
  }
  if (PY_INT_CHECK(o)) {
    py_ssize v;
    if (py_index_ssize(o, &v) < 0) return -1;
    if (v < 0 || v > 255) {
      py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    *one = (char)v;
    *d = one;
    *n = 1;
    return 0;
  }
  py_raise(&py_exc_TypeError, "argument should be integer or bytes-like object, not '%T'", o);
  return -1;
}

/* The optional start and end of find/count/index (args[1], args[2]; None allowed) as
 * CPython adjusts them: negative counts from the end, clamped to [0, n]. Returns 0, 1
 * when start lies beyond the data (nothing can be found there), or -1 on error. */
static int search_range(py_object *const *args, size_t nargs, size_t n, size_t *start,
                        size_t *end) {
  py_ssize b[2] = {0, (py_ssize)n};
  for (size_t k = 1; k < nargs && k < 3; k++) {
    if (args[k] == PY_NONE) continue;
    if (!PY_INT_CHECK(args[k]) && !PY_TYPE(args[k])->index) {
      py_raise(&py_exc_TypeError,
               "slice indices must be integers or None or have an __index__ method");
      return -1;
    }
    py_ssize v;
    if (py_index_ssize(args[k], &v) < 0) {
      if (!py_err_matches(&py_exc_OverflowError)) return -1;
      py_err_clear();
      v = py__int_sign(args[k]) < 0 ? -PTRDIFF_MAX : PTRDIFF_MAX;
    }
    b[k - 1] = v;
  }
  if (b[1] > (py_ssize)n) b[1] = (py_ssize)n;
  for (int k = 0; k < 2; k++)
    if (b[k] < 0 && (b[k] += (py_ssize)n) < 0) b[k] = 0;
  if (b[0] > (py_ssize)n) return 1;
  *start = (size_t)b[0];
  *end = b[1] < b[0] ? (size_t)b[0] : (size_t)b[1];
  return 0;
}

static py_object *m_find(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__args_range("find", nargs, kw, 1, 3) < 0) return NULL;
  char one;
  const char *s, *d;
  size_t sn, n, start, end;
  if (needle(args[0], &one, &s, &sn) < 0) return NULL;
  py__bytes_view(self, &d, &n);
  int r = search_range(args, nargs, n, &start, &end);
  if (r) return r < 0 ? NULL : py_int_from_i64(-1);
  if (sn > end - start) return py_int_from_i64(-1);
  if (sn == 0) return py_int_from_i64((int64_t)start);
  const char *p = py__memmem(d + start, end - start, s, sn);
  return py_int_from_i64(p ? p - d : -1);
}

static py_object *m_count(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__args_range("count", nargs, kw, 1, 3) < 0) return NULL;
  char one;
  const char *s, *d;
  size_t sn, n, start, end;
  if (needle(args[0], &one, &s, &sn) < 0) return NULL;
  py__bytes_view(self, &d, &n);
  int r = search_range(args, nargs, n, &start, &end);
  if (r) return r < 0 ? NULL : py_int_from_i64(0);
  if (sn == 0) return py_int_from_i64((int64_t)(end - start) + 1);
  int64_t c = 0;
  size_t i = start;
  const char *p;
  while (i <= end && (p = py__memmem(d + i, end - i, s, sn))) {
    c++;
    i = (size_t)(p - d) + sn;
  }
  return py_int_from_i64(c);
}

static py_object *starts_ends(py_object *self, py_object *const *args, size_t nargs, py_object *kw,
                              bool ends) {
  if (py_args_check(ends ? "endswith" : "startswith", nargs, kw, 1, 1) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  py_object *x = args[0];
  py_object *const *items = &x;
  py_ssize cnt = 1;
  if (PY_TUPLE_CHECK(x)) {
    items = PY_TUPLE_ITEMS(x);
    cnt = PY_TUPLE_SIZE(x);
  }
  for (py_ssize i = 0; i < cnt; i++) {
    if (!is_buffer(items[i]))
      return py_raise(&py_exc_TypeError,
                      "%s first arg must be bytes or a tuple of bytes, not %T",
                      ends ? "endswith" : "startswith", items[i]);
    const char *s;
    size_t sn;
    py__bytes_view(items[i], &s, &sn);
    if (sn <= n && memcmp(ends ? d + n - sn : d, s, sn) == 0) return py_bool(1);
  }
  return py_bool(0);
}

static py_object *m_startswith(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return starts_ends(self, args, nargs, kw, false);
}
static py_object *m_endswith(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return starts_ends(self, args, nargs, kw, true);
}

static py_object *case_copy(py_object *self, py_object *const *args, size_t nargs, py_object *kw,
                            int mode) {
  (void)args;
  if (py_args_check(mode ? "upper" : "lower", nargs, kw, 0, 0) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  char *buf = py_mem_alloc(n + 1);
  if (!buf) return py_raise_nomemory();
  for (size_t i = 0; i < n; i++) {
    char c = d[i];
    if (mode && c >= 'a' && c <= 'z') c -= 32;
    if (!mode && c >= 'A' && c <= 'Z') c += 32;
    buf[i] = c;
  }
  py_object *r = same_kind(self, buf, n);
  py_mem_free(buf, n + 1);
  return r;
}
static py_object *m_upper(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return case_copy(self, args, nargs, kw, 1);
}
static py_object *m_lower(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return case_copy(self, args, nargs, kw, 0);
}

static py_object *m_strip(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("strip", nargs, kw, 0, 1) < 0) return NULL;
  const char *d, *chars = " \t\n\r\x0b\x0c";
  size_t n, cn = 6;
  py__bytes_view(self, &d, &n);
  if (nargs && args[0] != PY_NONE) {
    if (!is_buffer(args[0]))
      return py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    py__bytes_view(args[0], &chars, &cn);
  }
  size_t a = 0, b = n;
  while (a < b && memchr(chars, d[a], cn)) a++;
  while (b > a && memchr(chars, d[b - 1], cn)) b--;
  return same_kind(self, d + a, b - a);
}

static py_object *m_split(py_object *self, py_object *const *args, size_t nargs, py_object *kwnames) {
  static const char *const names[] = {"sep", "maxsplit"};
  static const py_params params = {"split", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize maxsplit = -1;
  if (a[1] && py_index_ssize(a[1], &maxsplit) < 0) return NULL;
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  size_t i = 0;
  if (!a[0] || a[0] == PY_NONE) {
    for (;;) {
      while (i < n && strchr(" \t\n\r\x0b\x0c", d[i]) && d[i]) i++;
      if (i >= n) break;
      size_t j = i;
      if (maxsplit-- == 0) {
        j = n;
        while (j > i && strchr(" \t\n\r\x0b\x0c", d[j - 1]) && d[j - 1]) j--;
      } else {
        while (j < n && !(strchr(" \t\n\r\x0b\x0c", d[j]) && d[j])) j++;
      }
      py_object *part = same_kind(self, d + i, j - i);
      if (!part || py_list_append(list, part) < 0) {
        py_xdecref(part);
        py_decref(list);
        return NULL;
      }
      py_decref(part);
      i = j;
      if (j == n) break;
    }
    return list;
  }
  if (!is_buffer(a[0])) {
    py_decref(list);
    return py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", a[0]);
  }
  const char *s;
  size_t sn;
  py__bytes_view(a[0], &s, &sn);
  if (sn == 0) {
    py_decref(list);
    return py_raise(&py_exc_ValueError, "empty separator");
  }
  for (;;) {
    const char *p = maxsplit-- > 0 ? py__memmem(d + i, n - i, s, sn) : NULL;
    size_t j = p ? (size_t)(p - d) : n;
    py_object *part = same_kind(self, d + i, j - i);
    if (!part || py_list_append(list, part) < 0) {
      py_xdecref(part);
      py_decref(list);
      return NULL;
    }
    py_decref(part);
    if (!p) break;
    i = j + sn;
  }
  return list;
}

static py_object *m_replace(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("replace", nargs, kw, 2, 3) < 0) return NULL;
  for (int i = 0; i < 2; i++)
    if (!is_buffer(args[i]))
      return py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", args[i]);
  py_ssize count = -1;
  if (nargs > 2 && py_index_ssize(args[2], &count) < 0) return NULL;
  if (count < 0) count = PTRDIFF_MAX;
  const char *d, *o, *nw;
  size_t n, on, nn;
  py__bytes_view(self, &d, &n);
  py__bytes_view(args[0], &o, &on);
  py__bytes_view(args[1], &nw, &nn);
  py__strbuf b; /* used as a byte buffer */
  py__strbuf_init(&b);
  size_t i = 0;
  if (on == 0) {
    /* Insert before every byte and at the end, up to count times. */
    for (; i <= n; i++) {
      if (count-- > 0) py__strbuf_append(&b, nw, nn, 0);
      else break;
      if (i < n) py__strbuf_append(&b, d + i, 1, 0);
    }
    if (i < n) py__strbuf_append(&b, d + i, n - i, 0);
  } else {
    while (count-- > 0) {
      const char *p = py__memmem(d + i, n - i, o, on);
      if (!p) break;
      py__strbuf_append(&b, d + i, (size_t)(p - (d + i)), 0);
      py__strbuf_append(&b, nw, nn, 0);
      i = (size_t)(p - d) + on;
    }
    py__strbuf_append(&b, d + i, n - i, 0);
  }
  if (b.failed) {
    py__strbuf_free(&b);
    return NULL;
  }
  py_object *r = same_kind(self, b.data ? b.data : "", b.size);
  py__strbuf_free(&b);
  return r;
}

static py_object *strip_side(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kw, int which, const char *name) {
  if (py_args_check(name, nargs, kw, 0, 1) < 0) return NULL;
  const char *d, *chars = " \t\n\r\x0b\x0c";
  size_t n, cn = 6;
  py__bytes_view(self, &d, &n);
  if (nargs && args[0] != PY_NONE) {
    if (!is_buffer(args[0]))
      return py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", args[0]);
    py__bytes_view(args[0], &chars, &cn);
  }
  size_t a = 0, b = n;
  if (which & 1)
    while (a < b && memchr(chars, d[a], cn)) a++;
  if (which & 2)
    while (b > a && memchr(chars, d[b - 1], cn)) b--;
  return same_kind(self, d + a, b - a);
}
static py_object *m_lstrip(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return strip_side(self, args, nargs, kw, 1, "lstrip");
}
static py_object *m_rstrip(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return strip_side(self, args, nargs, kw, 2, "rstrip");
}

static py_object *m_rfind(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__args_range("rfind", nargs, kw, 1, 3) < 0) return NULL;
  char one;
  const char *s, *d;
  size_t sn, n, start, end;
  if (needle(args[0], &one, &s, &sn) < 0) return NULL;
  py__bytes_view(self, &d, &n);
  int r = search_range(args, nargs, n, &start, &end);
  if (r) return r < 0 ? NULL : py_int_from_i64(-1);
  if (sn > end - start) return py_int_from_i64(-1);
  for (size_t i = end - sn + 1; i-- > start;)
    if (memcmp(d + i, s, sn) == 0) return py_int_from_i64((int64_t)i);
  return py_int_from_i64(-1);
}

static py_object *m_index(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  py_object *r = m_find(self, args, nargs, kw);
  if (r && PY_INT_SMALL(r) < 0) {
    py_decref(r);
    return py_raise(&py_exc_ValueError, "subsection not found");
  }
  return r;
}

/* The ASCII character-class predicates of bytes: true when non-empty and every byte
 * qualifies (isupper/islower: at least one cased byte and none of the other case). */
static bool b_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool b_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool b_alnum(unsigned char c) { return b_alpha(c) || b_digit(c); }

static py_object *predicate(py_object *self, size_t nargs, py_object *kw, const char *name,
                            bool (*ok)(unsigned char)) {
  if (py__noargs(name, nargs, kw) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  if (n == 0) return py_bool(0);
  for (size_t i = 0; i < n; i++)
    if (!ok((unsigned char)d[i])) return py_bool(0);
  return py_bool(1);
}

static py_object *case_predicate(py_object *self, size_t nargs, py_object *kw, const char *name,
                                 bool upper) {
  if (py__noargs(name, nargs, kw) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  bool cased = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
    if (upper ? lo : up) return py_bool(0);
    cased |= upper ? up : lo;
  }
  return py_bool(cased);
}

#define BYTES_PRED(fn, name, test)                                                        \
  static py_object *fn(py_object *self, py_object *const *args, size_t nargs, py_object *kw) { \
    (void)args;                                                                           \
    return predicate(self, nargs, kw, name, test);                                        \
  }
BYTES_PRED(m_isalpha, "bytes.isalpha", b_alpha)
BYTES_PRED(m_isdigit, "bytes.isdigit", b_digit)
BYTES_PRED(m_isspace, "bytes.isspace", b_space)
BYTES_PRED(m_isalnum, "bytes.isalnum", b_alnum)

static py_object *m_isupper(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  return case_predicate(self, nargs, kw, "bytes.isupper", true);
}
static py_object *m_islower(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  return case_predicate(self, nargs, kw, "bytes.islower", false);
}

static const py_method_def bytes_methods[] = {
    {"isalpha", m_isalpha, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isupper", m_isupper, 0, NULL},
    {"islower", m_islower, 0, NULL},
    {"replace", m_replace, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"rfind", m_rfind, 0, NULL},
    {"index", m_index, 0, NULL},
    {"decode", m_decode, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, PY_METH_CLASS, NULL},
    {"join", m_join, 0, NULL},
    {"find", m_find, 0, NULL},
    {"count", m_count, 0, NULL},
    {"startswith", m_startswith, 0, NULL},
    {"endswith", m_endswith, 0, NULL},
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"split", m_split, 0, NULL},
    {"translate", py__bytes_translate, 0, NULL},
    {"maketrans", py__bytes_maketrans, PY_METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_bytes_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bytes",
    .basicsize = BYTES_HEADER,
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = bytes_methods,
    .new = bytes_new,
    .dealloc = bytes_dealloc,
    .getattr = py_generic_getattr,
    .repr = bytes_repr,
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .number = {[PY_OP_ADD] = bytes_add, [PY_OP_MUL] = bytes_mul, [PY_OP_MOD] = bytes_mod},
    .truth = bytes_truth,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = bytes_contains,
};

/* ===================================================================================
 * bytearray
 * =================================================================================== */

static int ba_reserve(py_bytearray_object *b, size_t need) {
  if ((size_t)b->cap >= need + 1) return 0;
  size_t ncap = b->cap ? (size_t)b->cap : 16;
  while (ncap < need + 1) ncap *= 2;
  char *d = b->data ? py_mem_realloc(b->data, (size_t)b->cap, ncap) : py_mem_alloc(ncap);
  if (!d) {
    py_raise_nomemory();
    return -1;
  }
  b->data = d;
  b->cap = (py_ssize)ncap;
  return 0;
}

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
  if (ba_reserve(b, n) < 0) {
    py_decref((py_object *)b);
    return NULL;
  }
  if (n) memcpy(b->data, data, n);
  b->size = (py_ssize)n;
  b->data[n] = 0;
  return (py_object *)b;
}

static py_object *bytearray_from(const void *data, size_t n) {
  return bytearray_of_type(&py_bytearray_type, data, n);
}

py_object *py__bytearray_from(const void *data, size_t n) { return bytearray_from(data, n); }
int py__bytearray_reserve(py_bytearray_object *b, size_t need) { return ba_reserve(b, need); }

static void bytearray_dealloc(py_object *o) {
  py_bytearray_object *b = (py_bytearray_object *)o;
  if (b->data) py_mem_free(b->data, (size_t)b->cap);
  if (PY_TYPE(o) == &py_bytearray_type) py_mem_free(o, sizeof *b);
  else py_type_free(o);
}

static py_object *bytearray_new(py_type *type, py_object *const *args, size_t nargs,
                                py_object *kwnames) {
  char *buf;
  size_t n, cap;
  if (initial_contents("bytearray", args, nargs, kwnames, &buf, &n, &cap) < 0) return NULL;
  py_object *r = bytearray_of_type(type, buf, n);
  if (buf) py_mem_free(buf, cap);
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

static py_object *ba_append(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("append", nargs, kw, 1, 1) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  unsigned char v;
  if (byte_value(args[0], &v) < 0 || ba_reserve(b, (size_t)b->size + 1) < 0) return NULL;
  b->data[b->size++] = (char)v;
  b->data[b->size] = 0;
  return py_newref(PY_NONE);
}

static py_object *ba_extend(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("extend", nargs, kw, 1, 1) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  py_object *src = py__bytes_from_object(args[0]);
  if (!src) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(src, &d, &n);
  if (ba_reserve(b, (size_t)b->size + n) < 0) {
    py_decref(src);
    return NULL;
  }
  memcpy(b->data + b->size, d, n);
  b->size += (py_ssize)n;
  b->data[b->size] = 0;
  py_decref(src);
  return py_newref(PY_NONE);
}

static py_object *ba_pop(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("pop", nargs, kw, 0, 1) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  py_ssize i = -1;
  if (nargs && py_index_ssize(args[0], &i) < 0) return NULL;
  if (b->size == 0) return py_raise(&py_exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) return py_raise(&py_exc_IndexError, "pop index out of range");
  unsigned char v = (unsigned char)b->data[i];
  memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
  b->size--;
  b->data[b->size] = 0;
  return py_int_from_i64(v);
}

static py_object *ba_clear(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py_args_check("clear", nargs, kw, 0, 0) < 0) return NULL;
  py_bytearray_object *b = (py_bytearray_object *)self;
  b->size = 0;
  if (b->data) b->data[0] = 0;
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
    memmove(b->data + i, b->data + i + 1, (size_t)(b->size - i - 1));
    b->size--;
    b->data[b->size] = 0;
    return 0;
  }
  unsigned char v;
  if (byte_value(value, &v) < 0) return -1;
  b->data[i] = (char)v;
  return 0;
}

static py_object *bytearray_iadd(py_object *a, py_object *b) {
  if (!IS_BYTEARRAY(a) || !is_buffer(b)) return bytes_add(a, b);
  py_object *r = ba_extend(a, &b, 1, NULL);
  if (!r) return NULL;
  py_decref(r);
  return py_newref(a);
}

static const py_method_def bytearray_methods[] = {
    {"isalpha", m_isalpha, 0, NULL},
    {"isdigit", m_isdigit, 0, NULL},
    {"isspace", m_isspace, 0, NULL},
    {"isalnum", m_isalnum, 0, NULL},
    {"isupper", m_isupper, 0, NULL},
    {"islower", m_islower, 0, NULL},
    {"replace", m_replace, 0, NULL},
    {"lstrip", m_lstrip, 0, NULL},
    {"rstrip", m_rstrip, 0, NULL},
    {"rfind", m_rfind, 0, NULL},
    {"index", m_index, 0, NULL},
    {"append", ba_append, 0, NULL},
    {"extend", ba_extend, 0, NULL},
    {"pop", ba_pop, 0, NULL},
    {"clear", ba_clear, 0, NULL},
    {"decode", m_decode, 0, NULL},
    {"hex", m_hex, 0, NULL},
    {"fromhex", m_fromhex, PY_METH_CLASS, NULL},
    {"join", m_join, 0, NULL},
    {"find", m_find, 0, NULL},
    {"count", m_count, 0, NULL},
    {"startswith", m_startswith, 0, NULL},
    {"endswith", m_endswith, 0, NULL},
    {"upper", m_upper, 0, NULL},
    {"lower", m_lower, 0, NULL},
    {"strip", m_strip, 0, NULL},
    {"split", m_split, 0, NULL},
    {"translate", py__bytes_translate, 0, NULL},
    {"maketrans", py__bytes_maketrans, PY_METH_STATIC, NULL},
    {"insert", py__bytearray_insert, 0, NULL},
    {"remove", py__bytearray_remove, 0, NULL},
    {"reverse", py__bytearray_reverse, 0, NULL},
    {"copy", py__bytearray_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

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
    .methods = bytearray_methods,
    .new = bytearray_new,
    .dealloc = bytearray_dealloc,
    .getattr = py_generic_getattr,
    .repr = bytearray_repr,
    .hash = unhashable,
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .number = {[PY_OP_ADD] = bytes_add, [PY_OP_MUL] = bytes_mul, [PY_OP_MOD] = bytes_mod},
    .inplace = {[PY_OP_ADD] = bytearray_iadd},
    .truth = bytes_truth,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .setitem = bytearray_setitem,
    .contains = bytes_contains,
};
