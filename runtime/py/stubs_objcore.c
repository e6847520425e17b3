/* runtime/py/stubs_objcore.c — TEMPORARY, weak stand-ins for the scalars helper's
 * str, int, bool, float and bytes so the object core's tests link before that branch
 * is merged. Minimal on purpose (ASCII-minded str, int64 ints); the real definitions
 * win at link time as soon as they exist. Delete this file when `scalars` is merged. */
#include <stdio.h>
#include <string.h>

#include "py/object.h"

#define WEAK __attribute__((weak))

/* ---- hashing ---- */

WEAK py_hash py_hash_pointer(const void *p) {
  size_t y = (size_t)p;
  y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
  py_hash x = (py_hash)y;
  return x == -1 ? -2 : x;
}

WEAK py_hash py_hash_str(py_object *s) {
  py_str_object *o = (py_str_object *)s;
  if (o->hash != -1) return o->hash;
  uint64_t h = 1469598103934665603ull;
  for (py_ssize i = 0; i < o->size; i++) h = (h ^ (unsigned char)o->data[i]) * 1099511628211ull;
  py_hash r = (py_hash)(h >> 1);
  if (r == -1) r = -2;
  o->hash = r;
  return r;
}

/* ---- str ---- */

static void str_dealloc(py_object *o) {
  py_mem_free(o, sizeof(py_str_object) + (size_t)PY_STR_SIZE(o) + 1);
}

static py_object *str_new_raw(const char *s, size_t n) {
  py_str_object *o = py_mem_alloc(sizeof(py_str_object) + n + 1);
  if (!o) return py_raise_nomemory();
  o->ob_base.refcnt = 1;
  o->ob_base.type = &py_str_type;
  o->size = (py_ssize)n;
  py_ssize len = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80) len++;
    if ((unsigned char)s[i] >= 0x80) ascii = false;
  }
  o->length = len;
  o->hash = -1;
  o->ascii = ascii;
  o->interned = false;
  memcpy(o->data, s, n);
  o->data[n] = 0;
  return (py_object *)o;
}

static py_object *str_repr(py_object *self) {
  const char *s = PY_STR_DATA(self);
  py_ssize n = PY_STR_SIZE(self);
  char q = (memchr(s, '\'', (size_t)n) && !memchr(s, '"', (size_t)n)) ? '"' : '\'';
  size_t cap = (size_t)n * 4 + 3;
  char *buf = py_mem_alloc(cap);
  if (!buf) return py_raise_nomemory();
  size_t w = 0;
  buf[w++] = q;
  for (py_ssize i = 0; i < n; i++) {
    char c = s[i];
    if (c == q || c == '\\') { buf[w++] = '\\'; buf[w++] = c; }
    else if (c == '\n') { buf[w++] = '\\'; buf[w++] = 'n'; }
    else if (c == '\t') { buf[w++] = '\\'; buf[w++] = 't'; }
    else buf[w++] = c;
  }
  buf[w++] = q;
  py_object *r = str_new_raw(buf, w);
  py_mem_free(buf, cap);
  return r;
}

static py_hash str_hash(py_object *self) { return py_hash_str(self); }

static py_object *str_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_STR_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  py_ssize na = PY_STR_SIZE(a), nb = PY_STR_SIZE(b);
  int c = memcmp(PY_STR_DATA(a), PY_STR_DATA(b), (size_t)(na < nb ? na : nb));
  if (c == 0) c = na < nb ? -1 : na > nb;
  int r = 0;
  switch (op) {
  case PY_LT: r = c < 0; break;
  case PY_LE: r = c <= 0; break;
  case PY_EQ: r = c == 0; break;
  case PY_NE: r = c != 0; break;
  case PY_GT: r = c > 0; break;
  case PY_GE: r = c >= 0; break;
  }
  return py_bool(r);
}

static py_ssize str_len(py_object *self) { return PY_STR_LEN(self); }

static py_object *str_str(py_object *self) { return py_newref(self); }

WEAK py_type py_str_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "str",
    .basicsize = sizeof(py_str_object),
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_STR_SUBCLASS,
    .dealloc = str_dealloc,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .len = str_len,
};

WEAK py_object *py_str_from_utf8(const char *s, size_t n) { return str_new_raw(s, n); }
WEAK py_object *py_str_from_cstr(const char *s) { return str_new_raw(s, strlen(s)); }

WEAK int py_str_equal(py_object *a, py_object *b) {
  return a == b || (PY_STR_SIZE(a) == PY_STR_SIZE(b) &&
                    !memcmp(PY_STR_DATA(a), PY_STR_DATA(b), (size_t)PY_STR_SIZE(a)));
}

WEAK int py_str_equal_cstr(py_object *s, const char *c) {
  size_t n = strlen(c);
  return (size_t)PY_STR_SIZE(s) == n && !memcmp(PY_STR_DATA(s), c, n);
}

WEAK py_object *py_str_concat(py_object *a, py_object *b) {
  size_t na = (size_t)PY_STR_SIZE(a), nb = (size_t)PY_STR_SIZE(b);
  char *buf = py_mem_alloc(na + nb + 1);
  if (!buf) return py_raise_nomemory();
  memcpy(buf, PY_STR_DATA(a), na);
  memcpy(buf + na, PY_STR_DATA(b), nb);
  py_object *r = str_new_raw(buf, na + nb);
  py_mem_free(buf, na + nb + 1);
  return r;
}

static py_object **interned;
static size_t ninterned, capinterned;

WEAK void py_str_intern(py_object **p) {
  py_object *s = *p;
  if (((py_str_object *)s)->interned) return;
  for (size_t i = 0; i < ninterned; i++) {
    if (py_str_equal(interned[i], s)) {
      py_decref(s);
      *p = py_newref(interned[i]);
      return;
    }
  }
  if (ninterned == capinterned) {
    size_t nc = capinterned ? capinterned * 2 : 256;
    py_object **n = py_mem_realloc(interned, capinterned * sizeof *n, nc * sizeof *n);
    if (!n) return;
    interned = n;
    capinterned = nc;
  }
  s->refcnt = PY_IMMORTAL;
  ((py_str_object *)s)->interned = true;
  interned[ninterned++] = s;
}

WEAK py_object *py_str_intern_cstr(const char *c) {
  py_object *s = py_str_from_cstr(c);
  if (s) py_str_intern(&s);
  return s;
}

/* A small growable buffer for py_str_format_v. */
typedef struct {
  char *data;
  size_t len, cap;
  int failed;
} sbuf;

static void sb_put(sbuf *b, const char *s, size_t n) {
  if (b->failed) return;
  if (b->len + n + 1 > b->cap) {
    size_t nc = (b->cap ? b->cap * 2 : 64);
    while (nc < b->len + n + 1) nc *= 2;
    char *d = py_mem_realloc(b->data, b->cap, nc);
    if (!d) {
      b->failed = 1;
      return;
    }
    b->data = d;
    b->cap = nc;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
}

static void sb_obj(sbuf *b, py_object *o, int repr) {
  py_object *s = repr ? py_repr(o) : py_str(o);
  if (!s) {
    b->failed = 2;
    return;
  }
  sb_put(b, PY_STR_DATA(s), (size_t)PY_STR_SIZE(s));
  py_decref(s);
}

WEAK py_object *py_str_format_v(const char *fmt, va_list ap) {
  sbuf b = {0};
  va_list args;
  va_copy(args, ap);
  for (const char *p = fmt; *p;) {
    if (*p != '%') {
      const char *q = strchr(p, '%');
      size_t n = q ? (size_t)(q - p) : strlen(p);
      sb_put(&b, p, n);
      p += n;
      continue;
    }
    const char *start = p++;
    while (*p && strchr("-+ #0123456789.", *p)) p++;
    char len[3] = {0};
    int nl = 0;
    while (*p && strchr("hlzjt", *p) && nl < 2) len[nl++] = *p++;
    char conv = *p ? *p++ : 0;
    char spec[32], tmp[128];
    size_t sl = (size_t)(p - start);
    if (sl >= sizeof spec) sl = sizeof spec - 1;
    memcpy(spec, start, sl);
    spec[sl] = 0;
    int n = -1;
    switch (conv) {
    case '%': sb_put(&b, "%", 1); break;
    case 'R': sb_obj(&b, va_arg(args, py_object *), 1); break;
    case 'S': sb_obj(&b, va_arg(args, py_object *), 0); break;
    case 'T': {
      const char *nm = PY_TYPE(va_arg(args, py_object *))->name;
      sb_put(&b, nm, strlen(nm));
      break;
    }
    case 'U': {
      py_object *o = va_arg(args, py_object *);
      sb_put(&b, PY_STR_DATA(o), (size_t)PY_STR_SIZE(o));
      break;
    }
    case 's': {
      const char *s = va_arg(args, const char *);
      sb_put(&b, s, strlen(s));
      break;
    }
    case 'p': n = snprintf(tmp, sizeof tmp, "%p", va_arg(args, void *)); break;
    case 'c': n = snprintf(tmp, sizeof tmp, spec, va_arg(args, int)); break;
    case 'd': case 'i': case 'u': case 'x':
      if (nl == 0) n = snprintf(tmp, sizeof tmp, spec, va_arg(args, int));
      else if (len[0] == 'z') n = snprintf(tmp, sizeof tmp, spec, va_arg(args, ptrdiff_t));
      else if (nl == 2) n = snprintf(tmp, sizeof tmp, spec, va_arg(args, long long));
      else n = snprintf(tmp, sizeof tmp, spec, va_arg(args, long));
      break;
    default: break;
    }
    if (n > 0) sb_put(&b, tmp, (size_t)n);
  }
  va_end(args);
  if (b.failed) {
    py_mem_free(b.data, b.cap);
    return b.failed == 1 ? py_raise_nomemory() : NULL;
  }
  py_object *r = str_new_raw(b.data ? b.data : "", b.len);
  py_mem_free(b.data, b.cap);
  return r;
}

WEAK py_object *py_str_format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  py_object *r = py_str_format_v(fmt, ap);
  va_end(ap);
  return r;
}

/* ---- int and bool (int64 only) ---- */

static py_object *int_repr(py_object *self) {
  char buf[32];
  snprintf(buf, sizeof buf, "%lld", (long long)PY_INT_SMALL(self));
  return py_str_from_cstr(buf);
}

static py_hash int_hash(py_object *self) {
  int64_t v = PY_INT_SMALL(self);
  return v == -1 ? -2 : v;
}

static py_object *int_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);
  int r = 0;
  switch (op) {
  case PY_LT: r = x < y; break;
  case PY_LE: r = x <= y; break;
  case PY_EQ: r = x == y; break;
  case PY_NE: r = x != y; break;
  case PY_GT: r = x > y; break;
  case PY_GE: r = x >= y; break;
  }
  return py_bool(r);
}

#define INT_BINOP(name, expr)                                        \
  static py_object *int_##name(py_object *a, py_object *b) {         \
    if (!PY_INT_CHECK(a) || !PY_INT_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED); \
    int64_t x = PY_INT_SMALL(a), y = PY_INT_SMALL(b);                \
    return py_int_from_i64(expr);                                    \
  }
INT_BINOP(add, x + y)
INT_BINOP(sub, x - y)
INT_BINOP(mul, x * y)

static py_object *int_index(py_object *self) { return py_int_from_i64(PY_INT_SMALL(self)); }
static int int_truth(py_object *self) { return PY_INT_SMALL(self) != 0; }
static py_object *int_neg(py_object *self) { return py_int_from_i64(-PY_INT_SMALL(self)); }
static py_object *int_to_float(py_object *self) {
  return py_float_from_double((double)PY_INT_SMALL(self));
}

static py_object *int_new(py_type *t, py_object *const *args, size_t nargs, py_object *kwnames) {
  (void)kwnames;
  int64_t v = 0;
  if (nargs >= 1 && PY_INT_CHECK(args[0])) v = PY_INT_SMALL(args[0]);
  py_int_object *o = (py_int_object *)py_type_alloc(t, 0);
  if (o) o->value = v;
  return (py_object *)o;
}

WEAK py_type py_int_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "int",
    .basicsize = sizeof(py_int_object),
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_INT_SUBCLASS,
    .new = int_new,
    .repr = int_repr,
    .hash = int_hash,
    .richcompare = int_richcompare,
    .number = {[PY_OP_ADD] = int_add, [PY_OP_SUB] = int_sub, [PY_OP_MUL] = int_mul},
    .neg = int_neg,
    .truth = int_truth,
    .index = int_index,
    .to_int = int_index,
    .to_float = int_to_float,
};

static py_object *bool_repr(py_object *self) {
  return py_str_from_cstr(PY_INT_SMALL(self) ? "True" : "False");
}

WEAK py_type py_bool_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bool",
    .base = &py_int_type,
    .repr = bool_repr,
};

WEAK struct py_int_object py__false = {{PY_IMMORTAL, &py_bool_type}, 0, NULL};
WEAK struct py_int_object py__true = {{PY_IMMORTAL, &py_bool_type}, 1, NULL};

WEAK py_object *py_int_from_i64(int64_t v) {
  py_int_object *o = (py_int_object *)py_type_alloc(&py_int_type, 0);
  if (o) o->value = v;
  return (py_object *)o;
}

WEAK py_object *py_int_from_u64(uint64_t v) { return py_int_from_i64((int64_t)v); }

WEAK int py_int_as_i64(py_object *o, int64_t *out) {
  *out = PY_INT_SMALL(o);
  return 0;
}

/* ---- float ---- */

static py_object *float_repr(py_object *self) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.17g", PY_FLOAT_VALUE(self));
  return py_str_from_cstr(buf);
}

WEAK py_type py_float_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "float",
    .basicsize = sizeof(py_float_object),
    .flags = PY_TPFLAGS_BASETYPE,
    .repr = float_repr,
};

WEAK py_object *py_float_from_double(double v) {
  py_float_object *o = (py_float_object *)py_type_alloc(&py_float_type, 0);
  if (o) o->value = v;
  return (py_object *)o;
}

/* ---- bytes ---- */

WEAK py_type py_bytes_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bytes",
    .basicsize = sizeof(py_object),
};

WEAK py_type py_bytearray_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "bytearray",
    .basicsize = sizeof(py_object),
};
