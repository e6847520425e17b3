/* runtime/py/str.c — the str type: construction, UTF-8 helpers, interning, the object
 * protocol (repr, hash, comparison, len, indexing, slicing, iteration, `in`, + and *),
 * a string builder and the printf-like py_str_format.
 *
 * A str holds UTF-8 with a NUL after it, its length in code points and whether it is
 * pure ASCII. ASCII strs index in O(1); others scan (iteration keeps a byte offset, so
 * a loop over a str stays linear). UTF-8 byte order equals code point order, so
 * comparisons are memcmp. The methods are in str_methods.c, formatting in
 * str_format.c. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "py/object.h"
#include "py/scalars.h"

#define STR_HEADER offsetof(py_str_object, data)
/* Largest str we agree to build (bytes); beyond it MemoryError / OverflowError. */
#define PY_SSIZE_MAX_STR ((py_ssize)(PTRDIFF_MAX / 4))

/* ===================================================================================
 * UTF-8
 * =================================================================================== */

int py__utf8_put(char *w, uint32_t c) {
  unsigned char *o = (unsigned char *)w;
  if (c < 0x80) { o[0] = (unsigned char)c; return 1; }
  if (c < 0x800) {
    o[0] = (unsigned char)(0xC0 | (c >> 6));
    o[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (c >> 12));
    o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (c >> 18));
  o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

/* Lone surrogates (which CPython strs may hold, e.g. from '\ud800') are accepted as
 * three-byte sequences; everything else follows RFC 3629. */
size_t py__utf8_check(const char *str, size_t n, py_ssize *length, bool *ascii) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0;
  py_ssize len = 0;
  bool all_ascii = true;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) { i++; len++; continue; }
    all_ascii = false;
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; cp = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; cp = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; cp = c & 0x07; min = 0x10000; }
    else break;
    if (need >= n - i) break;
    size_t k;
    for (k = 1; k <= need; k++) {
      if (i + k >= n || (s[i + k] & 0xC0) != 0x80) break;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (k <= need || cp < min || cp > 0x10FFFF) break;
    i += need + 1;
    len++;
  }
  if (length) *length = len;
  if (ascii) *ascii = all_ascii;
  return i;
}

void *py__memmem(const void *hay, size_t n, const void *needle, size_t m) {
  /* memchr finds candidates for the first byte quickly; memcmp confirms. */
  if (m == 0) return (void *)hay;
  if (m > n) return NULL;
  const char *h = hay, *end = h + (n - m) + 1;
  const char first = *(const char *)needle;
  while (h < end) {
    const char *p = memchr(h, first, (size_t)(end - h));
    if (!p) return NULL;
    if (memcmp(p, needle, m) == 0) return (void *)p;
    h = p + 1;
  }
  return NULL;
}

/* ===================================================================================
 * Allocation and the caches of "" and one-character strs
 * =================================================================================== */

static py_object *char_cache[256];
static py_object *empty_str;

static void forget_offsets(py_object *o);

static void str_dealloc(py_object *o) {
  py_str_object *s = (py_str_object *)o;
  forget_offsets(o);
  if (PY_TYPE(o) == &py_str_type)
    py_mem_free(o, STR_HEADER + (size_t)s->size + 1);
  else
    py_type_free(o);
}

static py_object *make_immortal(py_object *o) {
  if (o) o->refcnt = PY_IMMORTAL;
  return o;
}

py_object *py__str_new(size_t size, py_ssize length, bool ascii) {
  py_str_object *s = py_mem_alloc(STR_HEADER + size + 1);
  if (!s) return py_raise_nomemory();
  s->ob_base.refcnt = 1;
  s->ob_base.type = &py_str_type;
  s->size = (py_ssize)size;
  s->length = length;
  s->hash = -1;
  s->ascii = ascii;
  s->interned = false;
  s->data[size] = 0;
  return (py_object *)s;
}

py_object *py__str_empty(void) {
  if (!empty_str) {
    empty_str = make_immortal(py__str_new(0, 0, true)); /* borrowed by callers */
    if (!empty_str) return NULL;
  }
  return empty_str;
}

py_object *py__str_from_char(uint32_t c) {
  if (c < 256 && char_cache[c]) return py_newref(char_cache[c]);
  char buf[4];
  int n = py__utf8_put(buf, c);
  py_object *s = py__str_new((size_t)n, 1, c < 0x80);
  if (!s) return NULL;
  memcpy(((py_str_object *)s)->data, buf, (size_t)n);
  if (c < 256) {
    char_cache[c] = make_immortal(s);
    return py_newref(s); /* counted like any other, so the count never drifts down */
  }
  return s;
}

static py_object *from_utf8_known(const char *s, size_t n, py_ssize length, bool ascii) {
  if (n == 0) return py_newref(py__str_empty());
  if (length == 1) {
    const char *p = s;
    return py__str_from_char(py__utf8_next(&p));
  }
  py_object *o = py__str_new(n, length, ascii);
  if (o) memcpy(((py_str_object *)o)->data, s, n);
  return o;
}

py_object *py__str_from_utf8_counted(const char *s, size_t n) {
  py_ssize length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) != 0x80) length++;
    if (c >= 0x80) ascii = false;
  }
  return from_utf8_known(s, n, length, ascii);
}

py_object *py_str_from_utf8(const char *s, size_t n) {
  return py__str_from_utf8_counted(s, n);
}

py_object *py_str_from_cstr(const char *s) { return py__str_from_utf8_counted(s, strlen(s)); }

py_object *py__str_from_codepoints(const uint32_t *cps, size_t n) {
  size_t size = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    size += (size_t)py__utf8_len(cps[i]);
    if (cps[i] >= 0x80) ascii = false;
  }
  if (n == 0) return py_newref(py__str_empty());
  if (n == 1) return py__str_from_char(cps[0]);
  py_object *o = py__str_new(size, (py_ssize)n, ascii);
  if (!o) return NULL;
  char *w = ((py_str_object *)o)->data;
  for (size_t i = 0; i < n; i++) w += py__utf8_put(w, cps[i]);
  return o;
}

/* ===================================================================================
 * Code point access
 * =================================================================================== */

uint32_t py__str_max_char(py_object *s) {
  py_str_object *o = (py_str_object *)s;
  if (o->ascii) return 0x7F;
  uint32_t m = 0;
  const char *p = o->data, *end = o->data + o->size;
  while (p < end) {
    uint32_t c = py__utf8_next(&p);
    if (c > m) m = c;
  }
  return m;
}

/* The byte offset n code points after byte offset off (staying within the data). */
static py_ssize advance(py_object *s, py_ssize off, py_ssize n) {
  py_str_object *o = (py_str_object *)s;
  const unsigned char *p = (const unsigned char *)o->data;
  /* Every byte that is not a continuation byte starts a code point. */
  while (n > 0 && off < o->size) {
    off++;
    while (off < o->size && (p[off] & 0xC0) == 0x80) off++;
    n--;
  }
  return off;
}

/* The last (str, code point index, byte offset) resolved for a non-ASCII str, so that
 * walking a str by index (for i in range(len(s)): s[i]) costs O(1) per step instead of
 * a scan from the start. str_dealloc forgets a str that dies. */
static struct {
  py_object *s;
  py_ssize index, offset;
} offset_cache;

static void forget_offsets(py_object *o) {
  if (offset_cache.s == o) offset_cache.s = NULL;
}

py_ssize py__str_offset(py_object *s, py_ssize i) {
  py_str_object *o = (py_str_object *)s;
  if (o->ascii) return i;
  if (i >= o->length) return o->size;
  py_ssize from_i = 0, from_off = 0;
  if (offset_cache.s == s && offset_cache.index <= i) {
    from_i = offset_cache.index;
    from_off = offset_cache.offset;
  }
  py_ssize off = advance(s, from_off, i - from_i);
  offset_cache.s = s;
  offset_cache.index = i;
  offset_cache.offset = off;
  return off;
}

uint32_t py__str_char_at(py_object *s, py_ssize i) {
  py_str_object *o = (py_str_object *)s;
  if (o->ascii) return (unsigned char)o->data[i];
  const char *p = o->data + py__str_offset(s, i);
  return py__utf8_next(&p);
}

uint32_t *py__str_to_codepoints(py_object *s) {
  py_str_object *o = (py_str_object *)s;
  uint32_t *cps = py_mem_alloc((size_t)o->length * 4 + 4);
  if (!cps) {
    py_raise_nomemory();
    return NULL;
  }
  const char *p = o->data, *end = o->data + o->size;
  size_t i = 0;
  while (p < end) cps[i++] = py__utf8_next(&p);
  return cps;
}

py_object *py__str_substr(py_object *s, py_ssize start, py_ssize stop) {
  py_str_object *o = (py_str_object *)s;
  if (start < 0) start = 0;
  if (stop > o->length) stop = o->length;
  if (start >= stop) return py_newref(py__str_empty());
  if (start == 0 && stop == o->length && PY_IS_TYPE(s, &py_str_type)) return py_newref(s);
  py_ssize a = py__str_offset(s, start);
  py_ssize b = o->ascii ? stop : advance(s, a, stop - start);
  return from_utf8_known(o->data + a, (size_t)(b - a), stop - start,
                         o->ascii || (b - a) == stop - start);
}

/* ===================================================================================
 * Interning: one immortal str per distinct name, found by content
 * =================================================================================== */

static py_object **intern_slots;
static size_t intern_cap, intern_count;

static py_object **intern_find(const char *s, size_t n, py_hash h) {
  size_t mask = intern_cap - 1, i = (size_t)h & mask;
  for (;;) {
    py_object *e = intern_slots[i];
    if (!e || (((py_str_object *)e)->hash == h && (size_t)PY_STR_SIZE(e) == n &&
               memcmp(PY_STR_DATA(e), s, n) == 0))
      return &intern_slots[i];
    i = (i + 1) & mask;
  }
}

static int intern_grow(void) {
  size_t ncap = intern_cap ? intern_cap * 2 : 1024;
  py_object **old = intern_slots;
  size_t oldcap = intern_cap;
  py_object **slots = py_mem_calloc(ncap * sizeof *slots);
  if (!slots) return -1;
  intern_slots = slots;
  intern_cap = ncap;
  for (size_t i = 0; i < oldcap; i++) {
    py_object *e = old[i];
    if (e) *intern_find(PY_STR_DATA(e), (size_t)PY_STR_SIZE(e), ((py_str_object *)e)->hash) = e;
  }
  py_mem_free(old, oldcap * sizeof *old);
  return 0;
}

void py_str_intern(py_object **p) {
  py_object *s = *p;
  if (!s || !PY_IS_TYPE(s, &py_str_type) || ((py_str_object *)s)->interned) return;
  if ((intern_count + 1) * 2 > intern_cap && intern_grow() < 0) return; /* stays usable */
  py_hash h = py_hash_str(s);
  py_object **slot = intern_find(PY_STR_DATA(s), (size_t)PY_STR_SIZE(s), h);
  if (*slot) {
    py_decref(s);
    *p = py_newref(*slot);
    return;
  }
  /* Interned strs live until the run ends: names are few and reused. */
  s->refcnt = PY_IMMORTAL;
  ((py_str_object *)s)->interned = true;
  *slot = s;
  intern_count++;
}

py_object *py_str_intern_cstr(const char *c) {
  py_object *s = py_str_from_cstr(c);
  if (s) py_str_intern(&s);
  return s;
}

/* ===================================================================================
 * Equality, comparison, hash
 * =================================================================================== */

int py_str_equal(py_object *a, py_object *b) {
  if (a == b) return 1;
  py_str_object *x = (py_str_object *)a, *y = (py_str_object *)b;
  if (x->size != y->size) return 0;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
  return memcmp(x->data, y->data, (size_t)x->size) == 0;
}

int py_str_equal_cstr(py_object *s, const char *c) {
  /* One pass, stopping at the first difference: keyword binding compares each keyword
   * with several parameter names, most of which differ at once. */
  const char *d = PY_STR_DATA(s);
  py_ssize n = PY_STR_SIZE(s);
  for (py_ssize i = 0; i < n; i++)
    if (c[i] != d[i] || !c[i]) return 0;
  return c[n] == 0;
}

static int str_cmp(py_object *a, py_object *b) {
  size_t na = (size_t)PY_STR_SIZE(a), nb = (size_t)PY_STR_SIZE(b);
  int c = memcmp(PY_STR_DATA(a), PY_STR_DATA(b), na < nb ? na : nb);
  if (c) return c < 0 ? -1 : 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

static py_object *str_richcompare(py_object *a, py_object *b, int op) {
  if (!PY_STR_CHECK(a) || !PY_STR_CHECK(b)) return py_newref(PY_NOTIMPLEMENTED);
  int r;
  switch (op) {
  case PY_EQ: r = py_str_equal(a, b); break;
  case PY_NE: r = !py_str_equal(a, b); break;
  case PY_LT: r = str_cmp(a, b) < 0; break;
  case PY_LE: r = str_cmp(a, b) <= 0; break;
  case PY_GT: r = str_cmp(a, b) > 0; break;
  default: r = str_cmp(a, b) >= 0; break;
  }
  return py_bool(r);
}

static py_hash str_hash(py_object *s) { return py_hash_str(s); }

/* ===================================================================================
 * repr
 * =================================================================================== */

py_object *py__str_repr(py_object *s, bool ascii_only) {
  py_str_object *o = (py_str_object *)s;
  /* CPython prefers single quotes, and switches to double quotes when the text has a
   * single quote but no double quote. */
  bool has_sq = memchr(o->data, '\'', (size_t)o->size) != NULL;
  bool has_dq = memchr(o->data, '"', (size_t)o->size) != NULL;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  py__strbuf b;
  py__strbuf_init(&b);
  py__strbuf_append_char(&b, (uint32_t)quote);
  const char *p = o->data, *end = o->data + o->size;
  const char *run = p; /* start of a stretch copied as is */
  while (p < end) {
    const char *here = p;
    uint32_t c = py__utf8_next(&p);
    char esc[12];
    int en = 0;
    if (c == (uint32_t)quote || c == '\\') {
      esc[0] = '\\'; esc[1] = (char)c; en = 2;
    } else if (c == '\t') {
      memcpy(esc, "\\t", 2); en = 2;
    } else if (c == '\n') {
      memcpy(esc, "\\n", 2); en = 2;
    } else if (c == '\r') {
      memcpy(esc, "\\r", 2); en = 2;
    } else if (c < ' ' || c == 0x7F) {
      en = snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
    } else if (c >= 0x80 && (ascii_only || !py__uc_isprintable(c))) {
      if (c < 0x100) en = snprintf(esc, sizeof esc, "\\x%02x", (unsigned)c);
      else if (c < 0x10000) en = snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
      else en = snprintf(esc, sizeof esc, "\\U%08x", (unsigned)c);
    }
    if (en) {
      py__strbuf_append(&b, run, (size_t)(here - run), -1);
      py__strbuf_append(&b, esc, (size_t)en, en);
      run = p;
    }
  }
  py__strbuf_append(&b, run, (size_t)(end - run), -1);
  py__strbuf_append_char(&b, (uint32_t)quote);
  return py__strbuf_finish(&b);
}

static py_object *str_repr(py_object *s) { return py__str_repr(s, false); }

static py_object *str_str(py_object *s) {
  if (PY_IS_TYPE(s, &py_str_type)) return py_newref(s);
  return from_utf8_known(PY_STR_DATA(s), (size_t)PY_STR_SIZE(s), PY_STR_LEN(s),
                         ((py_str_object *)s)->ascii);
}

/* ===================================================================================
 * Concatenation and repetition
 * =================================================================================== */

py_object *py_str_concat(py_object *a, py_object *b) {
  py_str_object *x = (py_str_object *)a, *y = (py_str_object *)b;
  if (y->size == 0 && PY_IS_TYPE(a, &py_str_type)) return py_newref(a);
  if (x->size == 0 && PY_IS_TYPE(b, &py_str_type)) return py_newref(b);
  if (x->length > PY_SSIZE_MAX_STR - y->length) return py_raise(&py_exc_OverflowError, "strings are too large to concat");
  py_object *r = py__str_new((size_t)(x->size + y->size), x->length + y->length,
                             x->ascii && y->ascii);
  if (!r) return NULL;
  memcpy(((py_str_object *)r)->data, x->data, (size_t)x->size);
  memcpy(((py_str_object *)r)->data + x->size, y->data, (size_t)y->size);
  return r;
}

int py_str_concat_inplace(py_object **left, py_object *right) {
  py_object *a = *left;
  if (!PY_STR_CHECK(a) || !PY_STR_CHECK(right)) {
    py_object *r = py_binop(a, right, PY_OP_ADD);
    if (!r) return -1;
    *left = r;
    py_decref(a);
    return 0;
  }
  py_str_object *x = (py_str_object *)a, *y = (py_str_object *)right;
  /* Only a str nobody else can see may grow in place: CPython's optimisation for
   * `s += t` (the vm drops its own extra reference first). realloc usually extends the
   * block where it is, which makes building a str in a loop linear, as in CPython. */
  if (a->refcnt == 1 && PY_IS_TYPE(a, &py_str_type) && !x->interned && x->size > 0 &&
      y->size > 0) {
    size_t old = STR_HEADER + (size_t)x->size + 1;
    size_t nsize = (size_t)(x->size + y->size);
    forget_offsets(a); /* the block may move */
    py_str_object *n = py_mem_realloc(x, old, STR_HEADER + nsize + 1);
    if (!n) {
      py_raise_nomemory();
      return -1;
    }
    memcpy(n->data + n->size, y->data, (size_t)y->size);
    n->size = (py_ssize)nsize;
    n->data[nsize] = 0;
    n->length += y->length;
    n->ascii = n->ascii && y->ascii;
    n->hash = -1;
    *left = (py_object *)n;
    return 0;
  }
  py_object *r = py_str_concat(a, right);
  if (!r) return -1;
  *left = r;
  py_decref(a);
  return 0;
}

static py_object *str_add(py_object *a, py_object *b) {
  if (!PY_STR_CHECK(a)) return py_newref(PY_NOTIMPLEMENTED);
  if (!PY_STR_CHECK(b)) {
    /* Leave the door open for b.__radd__; otherwise CPython's own wording. */
    if (PY_HAS_FLAG(PY_TYPE(b), PY_TPFLAGS_HEAPTYPE) &&
        py_type_lookup(PY_TYPE(b), PY_ID(__radd__)))
      return py_newref(PY_NOTIMPLEMENTED);
    return py_raise(&py_exc_TypeError, "can only concatenate str (not \"%T\") to str", b);
  }
  return py_str_concat(a, b);
}

static py_object *str_repeat(py_object *s, py_ssize n) {
  py_str_object *o = (py_str_object *)s;
  if (n <= 0 || o->size == 0) return py_newref(py__str_empty());
  if (n == 1 && PY_IS_TYPE(s, &py_str_type)) return py_newref(s);
  if (o->size > PY_SSIZE_MAX_STR / n) return py_raise_nomemory();
  size_t total = (size_t)o->size * (size_t)n;
  py_object *r = py__str_new(total, o->length * n, o->ascii);
  if (!r) return NULL;
  char *w = ((py_str_object *)r)->data;
  if (o->size == 1) {
    memset(w, o->data[0], total);
  } else {
    /* Double the filled prefix each time: log(n) memcpy calls. */
    memcpy(w, o->data, (size_t)o->size);
    size_t done = (size_t)o->size;
    while (done < total) {
      size_t k = done < total - done ? done : total - done;
      memcpy(w + done, w, k);
      done += k;
    }
  }
  return r;
}

static py_object *str_mul(py_object *a, py_object *b) {
  py_object *s = PY_STR_CHECK(a) ? a : b, *n = PY_STR_CHECK(a) ? b : a;
  if (!PY_STR_CHECK(s)) return py_newref(PY_NOTIMPLEMENTED);
  if (!PY_TYPE(n)->index) {
    if (PY_HAS_FLAG(PY_TYPE(n), PY_TPFLAGS_HEAPTYPE) &&
        (py_type_lookup(PY_TYPE(n), PY_ID(__rmul__)) ||
         py_type_lookup(PY_TYPE(n), PY_ID(__mul__))))
      return py_newref(PY_NOTIMPLEMENTED);
    return py_raise(&py_exc_TypeError, "can't multiply sequence by non-int of type '%T'", n);
  }
  py_ssize count;
  if (PY_INT_CHECK(n) && PY_INT_IS_SMALL(n)) {
    int64_t v = PY_INT_SMALL(n);
    if (v > PY_SSIZE_MAX_STR) v = PY_SSIZE_MAX_STR;
    count = (py_ssize)v;
  } else {
    if (py_index_ssize(n, &count) < 0) {
      if (!py_err_matches(&py_exc_OverflowError)) return NULL;
      py_err_clear();
      py_object *idx = py_number_index(n);
      if (!idx) return NULL;
      int sign = py__int_sign(idx);
      py_decref(idx);
      if (sign < 0 || PY_STR_SIZE(s) == 0) return py_newref(py__str_empty());
      return py_raise(&py_exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
  }
  return str_repeat(s, count);
}

/* ===================================================================================
 * Sequence protocol
 * =================================================================================== */

static py_ssize str_len(py_object *s) { return PY_STR_LEN(s); }

static py_object *str_getitem(py_object *s, py_object *key) {
  py_str_object *o = (py_str_object *)s;
  if (PY_INT_CHECK(key) || (!PY_IS_TYPE(key, &py_slice_type) && PY_TYPE(key)->index)) {
    py_ssize i;
    if (PY_INT_CHECK(key) && PY_INT_IS_SMALL(key)) {
      int64_t v = PY_INT_SMALL(key);
      if (v < 0) v += o->length;
      if (v < 0 || v >= o->length) return py_raise(&py_exc_IndexError, "string index out of range");
      i = (py_ssize)v;
    } else {
      if (py_index_ssize(key, &i) < 0) {
        if (py_err_matches(&py_exc_OverflowError)) {
          py_err_clear();
          return py_raise(&py_exc_IndexError, "cannot fit 'int' into an index-sized integer");
        }
        return NULL;
      }
      if (i < 0) i += o->length;
      if (i < 0 || i >= o->length) return py_raise(&py_exc_IndexError, "string index out of range");
    }
    if (o->ascii) return py__str_from_char((unsigned char)o->data[i]);
    return py__str_from_char(py__str_char_at(s, i));
  }
  if (PY_IS_TYPE(key, &py_slice_type)) {
    py_ssize start, stop, step;
    py_ssize n = py_slice_indices(key, o->length, &start, &stop, &step);
    if (n < 0) return NULL;
    if (step == 1) return py__str_substr(s, start, start + n);
    if (n == 0) return py_newref(py__str_empty());
    if (o->ascii) {
      py_object *r = py__str_new((size_t)n, n, true);
      if (!r) return NULL;
      for (py_ssize k = 0; k < n; k++) ((py_str_object *)r)->data[k] = o->data[start + k * step];
      return r;
    }
    uint32_t *cps = py__str_to_codepoints(s);
    if (!cps) return NULL;
    uint32_t *pick = py_mem_alloc((size_t)n * 4);
    py_object *r = NULL;
    if (pick) {
      for (py_ssize k = 0; k < n; k++) pick[k] = cps[start + k * step];
      r = py__str_from_codepoints(pick, (size_t)n);
      py_mem_free(pick, (size_t)n * 4);
    } else {
      py_raise_nomemory();
    }
    py_mem_free(cps, (size_t)o->length * 4 + 4);
    return r;
  }
  return py_raise(&py_exc_TypeError, "string indices must be integers, not '%T'", key);
}

static int str_contains(py_object *s, py_object *item) {
  if (!PY_STR_CHECK(item)) {
    py_raise(&py_exc_TypeError, "'in <string>' requires string as left operand, not %T", item);
    return -1;
  }
  if (PY_STR_SIZE(item) == 0) return 1;
  return py__memmem(PY_STR_DATA(s), (size_t)PY_STR_SIZE(s), PY_STR_DATA(item),
                (size_t)PY_STR_SIZE(item)) != NULL;
}

static int str_truth(py_object *s) { return PY_STR_SIZE(s) != 0; }

/* ---- iteration: the iterator keeps a byte offset, so every step is O(1) ---- */

typedef struct str_iter_object {
  PY_HEAD;
  py_object *s; /* NULL once exhausted */
  py_ssize off;
} str_iter_object;

static void str_iter_dealloc(py_object *o) {
  str_iter_object *it = (str_iter_object *)o;
  py_xdecref(it->s);
  py_mem_free(it, sizeof *it);
}

static py_object *str_iter_next(py_object *o) {
  str_iter_object *it = (str_iter_object *)o;
  if (!it->s) return NULL;
  if (it->off >= PY_STR_SIZE(it->s)) {
    PY_CLEAR(it->s);
    return NULL;
  }
  const char *p = PY_STR_DATA(it->s) + it->off;
  uint32_t c = py__utf8_next(&p);
  it->off = p - PY_STR_DATA(it->s);
  return py__str_from_char(c);
}

static py_object *iter_self(py_object *o) { return py_newref(o); }

static py_object *str_iter_length_hint(py_object *self, py_object *const *args, size_t nargs,
                                       py_object *kwnames) {
  (void)args; (void)nargs; (void)kwnames;
  str_iter_object *it = (str_iter_object *)self;
  if (!it->s) return py_int_from_i64(0);
  py_ssize left = 0;
  const unsigned char *p = (const unsigned char *)PY_STR_DATA(it->s);
  for (py_ssize i = it->off; i < PY_STR_SIZE(it->s); i++) left += (p[i] & 0xC0) != 0x80;
  return py_int_from_i64(left);
}

static const py_method_def str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* CPython 3.11 names the iterator of an ASCII str differently; the behaviour is the
 * same. */
#define STR_ITER_TYPE(var, tname)                 \
  py_type var = {                                 \
      .ob_base = {PY_IMMORTAL, &py_type_type},    \
      .name = tname,                              \
      .basicsize = sizeof(str_iter_object),       \
      .flags = 0,                                 \
      .base = &py_object_type,                    \
      .methods = str_iter_methods,                \
      .dealloc = str_iter_dealloc,                \
      .getattr = py_generic_getattr,              \
      .iter = iter_self,                          \
      .iternext = str_iter_next,                  \
  };
STR_ITER_TYPE(py__str_iter_type, "str_iterator")
STR_ITER_TYPE(py__str_ascii_iter_type, "str_ascii_iterator")

static py_object *str_iter(py_object *s) {
  str_iter_object *it = py_mem_alloc(sizeof *it);
  if (!it) return py_raise_nomemory();
  it->ob_base.refcnt = 1;
  it->ob_base.type = ((py_str_object *)s)->ascii ? &py__str_ascii_iter_type : &py__str_iter_type;
  it->s = py_newref(s);
  it->off = 0;
  return (py_object *)it;
}

/* ===================================================================================
 * The string builder
 * =================================================================================== */

void py__strbuf_init(py__strbuf *b) {
  b->data = NULL;
  b->size = b->cap = 0;
  b->length = 0;
  b->ascii = true;
  b->failed = false;
}

void py__strbuf_free(py__strbuf *b) {
  if (b->data) py_mem_free(b->data, b->cap);
  py__strbuf_init(b);
}

static int strbuf_reserve(py__strbuf *b, size_t extra) {
  if (b->failed) return -1;
  if (b->size + extra + 1 <= b->cap) return 0;
  size_t ncap = b->cap ? b->cap : 64;
  while (ncap < b->size + extra + 1) ncap *= 2;
  char *d = b->data ? py_mem_realloc(b->data, b->cap, ncap) : py_mem_alloc(ncap);
  if (!d) {
    b->failed = true;
    py_raise_nomemory();
    return -1;
  }
  b->data = d;
  b->cap = ncap;
  return 0;
}

int py__strbuf_append(py__strbuf *b, const char *s, size_t n, py_ssize length) {
  if (n == 0) return b->failed ? -1 : 0;
  if (strbuf_reserve(b, n) < 0) return -1;
  memcpy(b->data + b->size, s, n);
  b->size += n;
  if (length < 0 || b->ascii) {
    py_ssize count = 0;
    bool ascii = true;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)s[i];
      count += (c & 0xC0) != 0x80;
      ascii &= c < 0x80;
    }
    b->ascii &= ascii;
    if (length < 0) length = count;
  }
  b->length += length;
  return 0;
}

int py__strbuf_append_cstr(py__strbuf *b, const char *s) {
  return py__strbuf_append(b, s, strlen(s), -1);
}

int py__strbuf_append_str(py__strbuf *b, py_object *s) {
  py_str_object *o = (py_str_object *)s;
  if (o->size == 0) return b->failed ? -1 : 0;
  if (strbuf_reserve(b, (size_t)o->size) < 0) return -1;
  memcpy(b->data + b->size, o->data, (size_t)o->size);
  b->size += (size_t)o->size;
  b->length += o->length;
  b->ascii &= o->ascii;
  return 0;
}

int py__strbuf_append_char(py__strbuf *b, uint32_t c) {
  if (strbuf_reserve(b, 4) < 0) return -1;
  b->size += (size_t)py__utf8_put(b->data + b->size, c);
  b->length++;
  if (c >= 0x80) b->ascii = false;
  return 0;
}

int py__strbuf_append_repeat(py__strbuf *b, uint32_t c, py_ssize n) {
  if (n <= 0) return b->failed ? -1 : 0;
  int w = py__utf8_len(c);
  if (strbuf_reserve(b, (size_t)n * (size_t)w) < 0) return -1;
  if (w == 1) {
    memset(b->data + b->size, (int)c, (size_t)n);
    b->size += (size_t)n;
  } else {
    for (py_ssize i = 0; i < n; i++) b->size += (size_t)py__utf8_put(b->data + b->size, c);
    b->ascii = false;
  }
  b->length += n;
  return 0;
}

int py__strbuf_append_obj(py__strbuf *b, py_object *o, bool repr) {
  py_object *s = repr ? py_repr(o) : py_str(o);
  if (!s) {
    b->failed = true;
    return -1;
  }
  int r = py__strbuf_append_str(b, s);
  py_decref(s);
  return r;
}

py_object *py__strbuf_finish(py__strbuf *b) {
  if (b->failed) {
    py__strbuf_free(b);
    return NULL;
  }
  py_object *r = b->size ? from_utf8_known(b->data, b->size, b->length, b->ascii)
                         : py_newref(py__str_empty());
  py__strbuf_free(b);
  return r;
}

/* ===================================================================================
 * py_str_format: printf plus %R %S %T %U
 * =================================================================================== */

py_object *py_str_format_v(const char *fmt, va_list ap) {
  py__strbuf b;
  py__strbuf_init(&b);
  va_list args;
  va_copy(args, ap);
  const char *p = fmt;
  while (*p) {
    const char *pct = strchr(p, '%');
    if (!pct) {
      py__strbuf_append_cstr(&b, p);
      break;
    }
    py__strbuf_append(&b, p, (size_t)(pct - p), -1);
    /* One conversion: %[flags][width][.precision][length]conv */
    const char *q = pct + 1;
    while (*q && strchr("-+ #0", *q)) q++;
    while (*q >= '0' && *q <= '9') q++;
    int precision = -1;
    if (*q == '.') {
      q++;
      precision = 0;
      while (*q >= '0' && *q <= '9') precision = precision * 10 + (*q++ - '0');
    }
    char len[3] = {0};
    int nl = 0;
    while (*q && strchr("hlzjt", *q) && nl < 2) len[nl++] = *q++;
    char conv = *q;
    if (!conv) break;
    p = q + 1;
    char spec[32];
    size_t speclen = (size_t)(p - pct);
    if (speclen >= sizeof spec) speclen = sizeof spec - 1;
    memcpy(spec, pct, speclen);
    spec[speclen] = 0;
    char tmp[128];
    int n = -1;
    switch (conv) {
    case '%': py__strbuf_append_char(&b, '%'); break;
    case 'R': case 'S': {
      py_object *o = va_arg(args, py_object *);
      py__strbuf_append_obj(&b, o, conv == 'R');
      break;
    }
    case 'T': {
      py_object *o = va_arg(args, py_object *);
      py__strbuf_append_cstr(&b, PY_TYPE(o)->name);
      break;
    }
    case 'U': {
      py_object *o = va_arg(args, py_object *);
      py__strbuf_append_str(&b, o);
      break;
    }
    case 's': {
      const char *s = va_arg(args, const char *);
      if (!s) s = "(null)";
      size_t sl = strlen(s);
      if (precision >= 0) {
        /* %.200s counts bytes in C, but never split a UTF-8 sequence. */
        if ((size_t)precision < sl) {
          sl = (size_t)precision;
          while (sl > 0 && ((unsigned char)s[sl] & 0xC0) == 0x80) sl--;
        }
      }
      py__strbuf_append(&b, s, sl, -1);
      break;
    }
    case 'c': {
      /* A code point, written as UTF-8 (a byte above 0x7F would not be valid text). */
      int c = va_arg(args, int);
      py__strbuf_append_char(&b, c < 0 || c > 0x10FFFF ? 0xFFFD : (uint32_t)c);
      break;
    }
    case 'p': n = snprintf(tmp, sizeof tmp, spec, va_arg(args, void *)); break;
    case 'f': case 'g': case 'e': case 'F': case 'G': case 'E':
      n = snprintf(tmp, sizeof tmp, spec, va_arg(args, double));
      break;
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
      if (nl == 0 || (nl == 1 && len[0] == 'h'))
        n = snprintf(tmp, sizeof tmp, spec, va_arg(args, int));
      else if (len[0] == 'z' || len[0] == 't')
        n = snprintf(tmp, sizeof tmp, spec, va_arg(args, ptrdiff_t));
      else if (len[0] == 'j')
        n = snprintf(tmp, sizeof tmp, spec, va_arg(args, intmax_t));
      else if (nl == 2)
        n = snprintf(tmp, sizeof tmp, spec, va_arg(args, long long));
      else
        n = snprintf(tmp, sizeof tmp, spec, va_arg(args, long));
      break;
    default:
      py__strbuf_append(&b, pct, (size_t)(p - pct), -1);
      break;
    }
    if (n > 0) py__strbuf_append(&b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1, -1);
  }
  va_end(args);
  return py__strbuf_finish(&b);
}

int py__noargs(const char *qualname, size_t nargs, py_object *kwnames) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
  }
  if (nargs) {
    py_raise(&py_exc_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return -1;
  }
  return 0;
}

int py__args_range(const char *fname, size_t nargs, py_object *kwnames, size_t min, size_t max) {
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  if (nargs < min) {
    py_raise(&py_exc_TypeError, "%s() takes at least %zu argument%s (%zu given)", fname, min,
             min == 1 ? "" : "s", nargs);
    return -1;
  }
  if (nargs > max) {
    py_raise(&py_exc_TypeError, "%s() takes at most %zu argument%s (%zu given)", fname, max,
             max == 1 ? "" : "s", nargs);
    return -1;
  }
  return 0;
}

py_object *py_str_format(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  py_object *r = py_str_format_v(fmt, ap);
  va_end(ap);
  return r;
}

/* ===================================================================================
 * str(object='') / str(bytes, encoding, errors) and the type
 * =================================================================================== */

static py_object *str_new(py_type *type, py_object *const *args, size_t nargs,
                          py_object *kwnames) {
  static const char *const names[] = {"object", "encoding", "errors"};
  static const py_params params = {"str", names, 3, 0, 3, 0};
  py_object *a[3];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *s;
  if (!a[0]) {
    s = py_newref(py__str_empty());
  } else if (a[1] || a[2]) {
    s = py__bytes_decode(a[0], a[1], a[2]);
  } else {
    s = py_str(a[0]);
  }
  if (!s || type == &py_str_type) return s;
  /* A subclass instance: a copy of the text in an object of that type. */
  py_str_object *o = (py_str_object *)py_type_alloc(type, PY_STR_SIZE(s) + 1);
  if (o) {
    o->size = PY_STR_SIZE(s);
    o->length = PY_STR_LEN(s);
    o->hash = -1;
    o->ascii = ((py_str_object *)s)->ascii;
    memcpy(o->data, PY_STR_DATA(s), (size_t)o->size + 1);
  }
  py_decref(s);
  return (py_object *)o;
}

py_type py_str_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "str",
    .basicsize = STR_HEADER,
    .itemsize = 1,
    .flags = PY_TPFLAGS_BASETYPE | PY_TPFLAGS_STR_SUBCLASS,
    .base = &py_object_type,
    .methods = py__str_methods,
    .new = str_new,
    .dealloc = str_dealloc,
    .getattr = py_generic_getattr,
    .repr = str_repr,
    .str = str_str,
    .hash = str_hash,
    .richcompare = str_richcompare,
    .iter = str_iter,
    .number = {[PY_OP_ADD] = str_add, [PY_OP_MUL] = str_mul, [PY_OP_MOD] = py__str_mod},
    .truth = str_truth,
    .len = str_len,
    .getitem = str_getitem,
    .contains = str_contains,
};
