/* runtime/py/bytes_text.c — the methods of bytes and bytearray that treat the bytes
 * as ASCII text: case changes and predicates, strip, padding (center, ljust, rjust,
 * zfill, expandtabs), hex/fromhex, join, decode; the argument checks all the methods
 * share; and the two method tables. Semantics and messages are CPython 3.11's
 * (Objects/bytes_methods.c, bytesobject.c and their argument clinic code). */
#include <string.h>

#include "py/bytes_impl.h"
#include "py/memoryview.h"

/* ---- helpers shared by the bytes files ---------------------------------------------- */

bool py__bytes_is_buffer(py_object *o) {
  py_type *t = PY_TYPE(o);
  if (t == &py_memoryview_type) return py__memoryview_contiguous(o);
  return t == &py_bytes_type || t == &py_bytearray_type ||
         py_type_is_subtype(t, &py_bytes_type) || py_type_is_subtype(t, &py_bytearray_type);
}

bool py__bytes_is_bytearray(py_object *o) {
  return PY_TYPE(o) == &py_bytearray_type || py_type_is_subtype(PY_TYPE(o), &py_bytearray_type);
}

py_object *py__bytes_like(py_object *like, const char *d, size_t n) {
  return py__bytes_is_bytearray(like) ? py__bytearray_from(d, n) : py_bytes_from(d, n);
}

int py__bytes_need_buffer(py_object *o) {
  if (py__bytes_is_buffer(o)) return 0;
  py_raise(&py_exc_TypeError, "a bytes-like object is required, not '%T'", o);
  return -1;
}

static const char *tname(py_object *self) {
  return py__bytes_is_bytearray(self) ? "bytearray" : "bytes";
}

static int no_keywords(py_object *self, const char *name, py_object *kwnames) {
  if (!kwnames || PY_TUPLE_SIZE(kwnames) == 0) return 0;
  py_raise(&py_exc_TypeError, "%s.%s() takes no keyword arguments", tname(self), name);
  return -1;
}

int py__bytes_noargs(py_object *self, const char *name, size_t nargs, py_object *kwnames) {
  if (no_keywords(self, name, kwnames) < 0) return -1;
  if (nargs == 0) return 0;
  py_raise(&py_exc_TypeError, "%s.%s() takes no arguments (%zd given)", tname(self), name,
           (py_ssize)nargs);
  return -1;
}

int py__bytes_onearg(py_object *self, const char *name, size_t nargs, py_object *kwnames) {
  if (no_keywords(self, name, kwnames) < 0) return -1;
  if (nargs == 1) return 0;
  py_raise(&py_exc_TypeError, "%s.%s() takes exactly one argument (%zd given)", tname(self),
           name, (py_ssize)nargs);
  return -1;
}

int py__bytes_posargs(py_object *self, const char *name, size_t nargs, py_object *kwnames,
                      size_t min, size_t max) {
  if (no_keywords(self, name, kwnames) < 0) return -1;
  return py_args_check(name, nargs, NULL, min, max);
}

int py__bytes_varargs(py_object *self, const char *name, size_t nargs, py_object *kwnames,
                      size_t min, size_t max) {
  if (no_keywords(self, name, kwnames) < 0) return -1;
  if (nargs >= min && nargs <= max) return 0;
  size_t k = nargs < min ? min : max;
  py_raise(&py_exc_TypeError, "%s() takes %s %zd argument%s (%zd given)", name,
           nargs < min ? "at least" : "at most", (py_ssize)k, k == 1 ? "" : "s",
           (py_ssize)nargs);
  return -1;
}

int py__bytes_int_arg(py_object *o, int bits, py_ssize *out) {
  py_object *i = py_number_index(o);
  if (!i) return -1;
  int64_t v;
  int rc = py_int_as_i64(i, &v);
  py_decref(i);
  int64_t lim = bits == 32 ? INT32_MAX : (int64_t)PTRDIFF_MAX;
  if (rc < 0 || v > lim || v < -lim - 1) {
    py_err_clear();
    py_raise(&py_exc_OverflowError, "Python int too large to convert to C %s",
             bits == 32 ? "int" : "ssize_t");
    return -1;
  }
  *out = (py_ssize)v;
  return 0;
}

/* A new object of self's kind holding n bytes that `fill` writes. */
static py_object *build(py_object *self, size_t n, void (*fill)(char *, const char *, size_t),
                        const char *src) {
  char *buf = py_mem_alloc(n + 1);
  if (!buf) return py_raise_nomemory();
  fill(buf, src, n);
  py_object *r = py__bytes_like(self, buf, n);
  py_mem_free(buf, n + 1);
  return r;
}

/* ---- case ----------------------------------------------------------------------------- */

static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static char to_upper(char c) { return is_lower((unsigned char)c) ? (char)(c - 32) : c; }
static char to_lower(char c) { return is_upper((unsigned char)c) ? (char)(c + 32) : c; }

static void fill_upper(char *w, const char *d, size_t n) {
  for (size_t i = 0; i < n; i++) w[i] = to_upper(d[i]);
}
static void fill_lower(char *w, const char *d, size_t n) {
  for (size_t i = 0; i < n; i++) w[i] = to_lower(d[i]);
}
static void fill_swapcase(char *w, const char *d, size_t n) {
  for (size_t i = 0; i < n; i++)
    w[i] = is_upper((unsigned char)d[i]) ? to_lower(d[i]) : to_upper(d[i]);
}
static void fill_capitalize(char *w, const char *d, size_t n) {
  for (size_t i = 0; i < n; i++) w[i] = i ? to_lower(d[i]) : to_upper(d[i]);
}
/* Words are runs of cased letters: the first of each becomes upper, the rest lower. */
static void fill_title(char *w, const char *d, size_t n) {
  bool prev_cased = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (is_lower(c) || is_upper(c)) {
      w[i] = prev_cased ? to_lower(d[i]) : to_upper(d[i]);
      prev_cased = true;
    } else {
      w[i] = d[i];
      prev_cased = false;
    }
  }
}

static py_object *recase(py_object *self, size_t nargs, py_object *kwnames, const char *name,
                         void (*fill)(char *, const char *, size_t)) {
  if (py__bytes_noargs(self, name, nargs, kwnames) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  return build(self, n, fill, d);
}

#define RECASE(fn, name, fill)                                                          \
  static PY__BYTES_METHOD(fn) {                                                         \
    (void)args;                                                                         \
    return recase(self, nargs, kwnames, name, fill);                                    \
  }
RECASE(m_upper, "upper", fill_upper)
RECASE(m_lower, "lower", fill_lower)
RECASE(m_swapcase, "swapcase", fill_swapcase)
RECASE(m_capitalize, "capitalize", fill_capitalize)
RECASE(m_title, "title", fill_title)

/* ---- predicates ------------------------------------------------------------------------- */

static bool b_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
static bool b_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static bool b_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool b_alnum(unsigned char c) { return b_alpha(c) || b_digit(c); }
static bool b_ascii(unsigned char c) { return c < 128; }

/* True when every byte qualifies; an empty object qualifies only for isascii. */
static py_object *predicate(py_object *self, size_t nargs, py_object *kwnames,
                            const char *name, bool (*ok)(unsigned char)) {
  if (py__bytes_noargs(self, name, nargs, kwnames) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  if (n == 0) return py_bool(ok == b_ascii);
  for (size_t i = 0; i < n; i++)
    if (!ok((unsigned char)d[i])) return py_bool(0);
  return py_bool(1);
}

#define PREDICATE(fn, name, test)                                                       \
  static PY__BYTES_METHOD(fn) {                                                         \
    (void)args;                                                                         \
    return predicate(self, nargs, kwnames, name, test);                                 \
  }
PREDICATE(m_isalpha, "isalpha", b_alpha)
PREDICATE(m_isdigit, "isdigit", b_digit)
PREDICATE(m_isspace, "isspace", b_space)
PREDICATE(m_isalnum, "isalnum", b_alnum)
PREDICATE(m_isascii, "isascii", b_ascii)

/* isupper / islower: at least one cased byte and none of the other case. */
static py_object *case_predicate(py_object *self, size_t nargs, py_object *kwnames,
                                 bool upper) {
  if (py__bytes_noargs(self, upper ? "isupper" : "islower", nargs, kwnames) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  bool cased = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (upper ? is_lower(c) : is_upper(c)) return py_bool(0);
    cased |= upper ? is_upper(c) : is_lower(c);
  }
  return py_bool(cased);
}
static PY__BYTES_METHOD(m_isupper) {
  (void)args;
  return case_predicate(self, nargs, kwnames, true);
}
static PY__BYTES_METHOD(m_islower) {
  (void)args;
  return case_predicate(self, nargs, kwnames, false);
}

/* istitle: an upper-case letter only after an uncased byte, a lower-case one only after
 * a cased one, and at least one cased letter. */
static PY__BYTES_METHOD(m_istitle) {
  (void)args;
  if (py__bytes_noargs(self, "istitle", nargs, kwnames) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  bool cased = false, prev_cased = false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)d[i];
    if (is_upper(c)) {
      if (prev_cased) return py_bool(0);
      prev_cased = cased = true;
    } else if (is_lower(c)) {
      if (!prev_cased) return py_bool(0);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return py_bool(cased);
}

/* ---- strip ---------------------------------------------------------------------------- */

static py_object *strip(py_object *self, py_object *const *args, size_t nargs,
                        py_object *kwnames, int sides, const char *name) {
  if (py__bytes_posargs(self, name, nargs, kwnames, 0, 1) < 0) return NULL;
  const char *d, *chars = " \t\n\r\x0b\x0c";
  size_t n, cn = 6;
  py__bytes_view(self, &d, &n);
  if (nargs && args[0] != PY_NONE) {
    if (py__bytes_need_buffer(args[0]) < 0) return NULL;
    py__bytes_view(args[0], &chars, &cn);
  }
  size_t a = 0, b = n;
  if (sides & 1)
    while (a < b && memchr(chars, d[a], cn)) a++;
  if (sides & 2)
    while (b > a && memchr(chars, d[b - 1], cn)) b--;
  return py__bytes_like(self, d + a, b - a);
}
static PY__BYTES_METHOD(m_strip) { return strip(self, args, nargs, kwnames, 3, "strip"); }
static PY__BYTES_METHOD(m_lstrip) { return strip(self, args, nargs, kwnames, 1, "lstrip"); }
static PY__BYTES_METHOD(m_rstrip) { return strip(self, args, nargs, kwnames, 2, "rstrip"); }

/* ---- padding ---------------------------------------------------------------------------- */

/* self with `left` and `right` fill bytes around it. */
static py_object *pad(py_object *self, py_ssize left, py_ssize right, char fill) {
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  size_t total = n + (size_t)left + (size_t)right;
  char *buf = py_mem_alloc(total + 1);
  if (!buf) return py_raise_nomemory();
  memset(buf, fill, (size_t)left);
  memcpy(buf + left, d, n);
  memset(buf + left + n, fill, (size_t)right);
  py_object *r = py__bytes_like(self, buf, total);
  py_mem_free(buf, total + 1);
  return r;
}

/* center/ljust/rjust(width, fillchar=b' ', /). */
static py_object *justify(py_object *self, py_object *const *args, size_t nargs,
                          py_object *kwnames, const char *name, int where) {
  if (py__bytes_posargs(self, name, nargs, kwnames, 1, 2) < 0) return NULL;
  py_ssize width;
  if (py__bytes_int_arg(args[0], 64, &width) < 0) return NULL;
  char fill = ' ';
  if (nargs > 1) {
    py_object *f = args[1];
    if (!py__bytes_is_buffer(f) || py_len(f) != 1)
      return py_raise(&py_exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                      name, f == PY_NONE ? "None" : PY_TYPE(f)->name);
    const char *fd;
    size_t fn;
    py__bytes_view(f, &fd, &fn);
    fill = fd[0];
  }
  py_ssize marg = width - (py_ssize)py_len(self);
  if (where < 0) return pad(self, 0, marg, fill);
  if (where > 0) return pad(self, marg, 0, fill);
  if (marg <= 0) return pad(self, 0, 0, fill);
  py_ssize left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}
static PY__BYTES_METHOD(m_center) { return justify(self, args, nargs, kwnames, "center", 0); }
static PY__BYTES_METHOD(m_ljust) { return justify(self, args, nargs, kwnames, "ljust", -1); }
static PY__BYTES_METHOD(m_rjust) { return justify(self, args, nargs, kwnames, "rjust", 1); }

/* zfill(width, /): zeros on the left, after a leading sign. */
static PY__BYTES_METHOD(m_zfill) {
  if (py__bytes_onearg(self, "zfill", nargs, kwnames) < 0) return NULL;
  py_ssize width;
  if (py__bytes_int_arg(args[0], 64, &width) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  if ((py_ssize)n >= width) return py__bytes_like(self, d, n);
  size_t fill = (size_t)width - n;
  char *buf = py_mem_alloc((size_t)width + 1);
  if (!buf) return py_raise_nomemory();
  memset(buf, '0', fill);
  memcpy(buf + fill, d, n);
  if (n && (d[0] == '+' || d[0] == '-')) {
    buf[0] = d[0];
    buf[fill] = '0';
  }
  py_object *r = py__bytes_like(self, buf, (size_t)width);
  py_mem_free(buf, (size_t)width + 1);
  return r;
}

/* expandtabs(tabsize=8): each tab becomes spaces up to the next multiple of tabsize
 * (nothing when tabsize <= 0); \n and \r restart the column. */
static PY__BYTES_METHOD(m_expandtabs) {
  static const char *const names[] = {"tabsize"};
  static const py_params params = {"expandtabs", names, 1, 0, 1, 0};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize tab = 8;
  if (a[0] && py__bytes_int_arg(a[0], 32, &tab) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  py__strbuf b; /* used as a byte buffer */
  py__strbuf_init(&b);
  py_ssize col = 0;
  for (size_t i = 0; i < n; i++) {
    if (d[i] == '\t') {
      if (tab > 0) {
        py_ssize k = tab - col % tab;
        col += k;
        while (k-- > 0) py__strbuf_append(&b, " ", 1, 0);
      }
      continue;
    }
    py__strbuf_append(&b, d + i, 1, 0);
    col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
  }
  if (b.failed) {
    py__strbuf_free(&b);
    return NULL;
  }
  py_object *r = py__bytes_like(self, b.data ? b.data : "", b.size);
  py__strbuf_free(&b);
  return r;
}

/* ---- hex, fromhex ---------------------------------------------------------------------- */

/* hex(sep=<none>, bytes_per_sep=1): separators every |bytes_per_sep| bytes, counted
 * from the right when positive and from the left when negative. */
static PY__BYTES_METHOD(m_hex) {
  static const char *const names[] = {"sep", "bytes_per_sep"};
  static const py_params params = {"hex", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize group = 1;
  if (a[1] && py__bytes_int_arg(a[1], 32, &group) < 0) return NULL;
  uint32_t sep = 0;
  if (a[0]) {
    py_ssize len = py_len(a[0]);
    if (len < 0) return NULL;
    if (len != 1) return py_raise(&py_exc_ValueError, "sep must be length 1.");
    if (PY_STR_CHECK(a[0])) {
      const char *p = PY_STR_DATA(a[0]);
      sep = py__utf8_next(&p);
    } else if (PY_TYPE(a[0]) == &py_bytes_type ||
               py_type_is_subtype(PY_TYPE(a[0]), &py_bytes_type)) {
      sep = (unsigned char)((py_bytes_object *)a[0])->data[0];
    } else {
      return py_raise(&py_exc_TypeError, "sep must be str or bytes.");
    }
    if (sep > 127) return py_raise(&py_exc_ValueError, "sep must be ASCII.");
  }
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  size_t every = group < 0 ? (size_t)-(int64_t)group : (size_t)group;
  if (!sep) every = 0;
  size_t seps = every && n ? (n - 1) / every : 0, len = 2 * n + seps;
  py_object *r = py__str_new(len, (py_ssize)len, true);
  if (!r) return NULL;
  static const char digits[] = "0123456789abcdef";
  char *w = ((py_str_object *)r)->data;
  for (size_t i = 0; i < n; i++) {
    *w++ = digits[(unsigned char)d[i] >> 4];
    *w++ = digits[(unsigned char)d[i] & 15];
    if (every && i + 1 < n && (group > 0 ? (n - 1 - i) % every : (i + 1) % every) == 0)
      *w++ = (char)sep;
  }
  return r;
}

static int hexval(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* fromhex(string, /), a class method: pairs of hex digits, whitespace allowed between
 * pairs. A subclass gets cls(result), as CPython makes it. */
static py_object *m_fromhex(py_object *cls, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  bool array = py_type_is_subtype((py_type *)cls, &py_bytearray_type);
  if ((kwnames && PY_TUPLE_SIZE(kwnames)) || nargs != 1) {
    if (kwnames && PY_TUPLE_SIZE(kwnames))
      return py_raise(&py_exc_TypeError, "%s.fromhex() takes no keyword arguments",
                      array ? "bytearray" : "bytes");
    return py_raise(&py_exc_TypeError, "%s.fromhex() takes exactly one argument (%zd given)",
                    array ? "bytearray" : "bytes", (py_ssize)nargs);
  }
  py_object *s = args[0];
  if (!PY_STR_CHECK(s))
    return py_raise(&py_exc_TypeError, "fromhex() argument must be str, not %T", s);
  /* Every byte of a non-ASCII character is an error, and the first one comes after
   * ASCII only, so its byte offset equals CPython's character position. */
  size_t n = (size_t)PY_STR_SIZE(s), w = 0;
  char *buf = py_mem_alloc(n / 2 + 1);
  if (!buf) return py_raise_nomemory();
  const char *p = PY_STR_DATA(s);
  for (size_t i = 0; i < n;) {
    if (b_space((unsigned char)p[i])) {
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
  py_object *r = array ? py__bytearray_from(buf, w) : py_bytes_from(buf, w);
  py_mem_free(buf, n / 2 + 1);
  if (r && cls != (py_object *)&py_bytes_type && cls != (py_object *)&py_bytearray_type) {
    py_object *made = py_call1(cls, r);
    py_decref(r);
    r = made;
  }
  return r;
}

/* ---- join, decode, __bytes__, __getnewargs__ -------------------------------------------- */

static PY__BYTES_METHOD(m_join) {
  if (py__bytes_onearg(self, "join", nargs, kwnames) < 0) return NULL;
  py_object *list;
  if (PY_LIST_CHECK(args[0]) || PY_TUPLE_CHECK(args[0])) {
    list = py_list_from_iterable(args[0]);
  } else {
    py_object *it = py_iter(args[0]);
    if (!it) {
      if (py_err_matches(&py_exc_TypeError)) {
        py_err_clear();
        py_raise(&py_exc_TypeError, "can only join an iterable");
      }
      return NULL;
    }
    list = py_list_from_iterable(it);
    py_decref(it);
  }
  if (!list) return NULL;
  const char *sep;
  size_t sn, total = 0;
  py__bytes_view(self, &sep, &sn);
  for (py_ssize i = 0; i < PY_LIST_SIZE(list); i++) {
    py_object *x = PY_LIST_ITEMS(list)[i];
    if (!py__bytes_is_buffer(x)) {
      py_decref(list);
      return py_raise(&py_exc_TypeError,
                      "sequence item %zd: expected a bytes-like object, %T found", i, x);
    }
    total += (size_t)py_len(x) + (i ? sn : 0);
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
  py_object *r = py__bytes_like(self, buf, w);
  py_mem_free(buf, total + 1);
  py_decref(list);
  return r;
}

static PY__BYTES_METHOD(m_decode) {
  static const char *const names[] = {"encoding", "errors"};
  static const py_params params = {"decode", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  for (int k = 0; k < 2; k++)
    if (a[k] && !PY_STR_CHECK(a[k]))
      return py_raise(&py_exc_TypeError, "decode() argument '%s' must be str, not %s", names[k],
                      a[k] == PY_NONE ? "None" : PY_TYPE(a[k])->name);
  return py__bytes_decode(self, a[0], a[1]);
}

static PY__BYTES_METHOD(m_bytes) {
  (void)args;
  if (py__bytes_noargs(self, "__bytes__", nargs, kwnames) < 0) return NULL;
  if (PY_TYPE(self) == &py_bytes_type) return py_newref(self);
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  return py_bytes_from(d, n);
}

static PY__BYTES_METHOD(m_getnewargs) {
  (void)args;
  if (py__bytes_noargs(self, "__getnewargs__", nargs, kwnames) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  py_object *b = py_bytes_from(d, n);
  if (!b) return NULL;
  py_object *t = py_tuple_new(1);
  if (!t) {
    py_decref(b);
    return NULL;
  }
  PY_TUPLE_ITEMS(t)[0] = b;
  return t;
}

/* ---- the tables --------------------------------------------------------------------------- */

/* The methods both types have, in one list so the two tables cannot drift apart. */
#define SHARED_METHODS                                                                  \
  {"capitalize", m_capitalize, 0, NULL}, {"center", m_center, 0, NULL},                 \
      {"count", py__bytes_count, 0, NULL}, {"decode", m_decode, 0, NULL},               \
      {"endswith", py__bytes_endswith, 0, NULL}, {"expandtabs", m_expandtabs, 0, NULL}, \
      {"find", py__bytes_find, 0, NULL}, {"fromhex", m_fromhex, PY_METH_CLASS, NULL},   \
      {"hex", m_hex, 0, NULL}, {"index", py__bytes_index, 0, NULL},                     \
      {"isalnum", m_isalnum, 0, NULL}, {"isalpha", m_isalpha, 0, NULL},                 \
      {"isascii", m_isascii, 0, NULL}, {"isdigit", m_isdigit, 0, NULL},                 \
      {"islower", m_islower, 0, NULL}, {"isspace", m_isspace, 0, NULL},                 \
      {"istitle", m_istitle, 0, NULL}, {"isupper", m_isupper, 0, NULL},                 \
      {"join", m_join, 0, NULL}, {"ljust", m_ljust, 0, NULL},                           \
      {"lower", m_lower, 0, NULL}, {"lstrip", m_lstrip, 0, NULL},                       \
      {"maketrans", py__bytes_maketrans, PY_METH_STATIC, NULL},                         \
      {"partition", py__bytes_partition, 0, NULL},                                      \
      {"removeprefix", py__bytes_removeprefix, 0, NULL},                                \
      {"removesuffix", py__bytes_removesuffix, 0, NULL},                                \
      {"replace", py__bytes_replace, 0, NULL}, {"rfind", py__bytes_rfind, 0, NULL},     \
      {"rindex", py__bytes_rindex, 0, NULL}, {"rjust", m_rjust, 0, NULL},               \
      {"rpartition", py__bytes_rpartition, 0, NULL},                                    \
      {"rsplit", py__bytes_rsplit, 0, NULL}, {"rstrip", m_rstrip, 0, NULL},             \
      {"split", py__bytes_split, 0, NULL}, {"splitlines", py__bytes_splitlines, 0, NULL}, \
      {"startswith", py__bytes_startswith, 0, NULL}, {"strip", m_strip, 0, NULL},       \
      {"swapcase", m_swapcase, 0, NULL}, {"title", m_title, 0, NULL},                   \
      {"translate", py__bytes_translate, 0, NULL}, {"upper", m_upper, 0, NULL},         \
      {"zfill", m_zfill, 0, NULL}

const py_method_def py__bytes_methods[] = {
    SHARED_METHODS,
    {"__bytes__", m_bytes, 0, NULL},
    {"__getnewargs__", m_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const py_method_def py__bytearray_methods[] = {
    SHARED_METHODS,
    {"__alloc__", py__bytearray_alloc, 0, NULL},
    {"append", py__bytearray_append, 0, NULL},
    {"clear", py__bytearray_clear, 0, NULL},
    {"copy", py__bytearray_copy, 0, NULL},
    {"extend", py__bytearray_extend, 0, NULL},
    {"insert", py__bytearray_insert, 0, NULL},
    {"pop", py__bytearray_pop, 0, NULL},
    {"remove", py__bytearray_remove, 0, NULL},
    {"reverse", py__bytearray_reverse, 0, NULL},
    {NULL, NULL, 0, NULL},
};
