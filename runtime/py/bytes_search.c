/* runtime/py/bytes_search.c — the methods of bytes and bytearray that look for a
 * sub-sequence: find/rfind/index/rindex/count, startswith/endswith, partition/rpartition,
 * split/rsplit/splitlines, replace, removeprefix/removesuffix. Results, index
 * adjustments and messages follow CPython 3.11 (Objects/bytes_methods.c and
 * stringlib's algorithms, rewritten here). */
#include <string.h>

#include "py/bytes_impl.h"
#include "py/containers.h"

static bool is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

/* ---- find, rfind, index, rindex, count ------------------------------------------------ */

/* The needle of find-like methods: a buffer, or an integer (anything with __index__)
 * naming one byte. */
static int needle(py_object *o, char *one, const char **d, size_t *n) {
  if (py__bytes_is_buffer(o)) {
    py__bytes_view(o, d, n);
    return 0;
  }
  if (!PY_INT_CHECK(o) && !PY_TYPE(o)->index) {
    py_raise(&py_exc_TypeError, "argument should be integer or bytes-like object, not '%T'",
             o);
    return -1;
  }
  py_ssize v;
  if (py_index_ssize(o, &v) < 0) {
    /* CPython clamps an out-of-range int (PyNumber_AsSsize_t without an error type),
     * which then fails the range check below. */
    if (!py_err_matches(&py_exc_OverflowError)) return -1;
    py_err_clear();
    v = -1;
  }
  if (v < 0 || v > 255) {
    py_raise(&py_exc_ValueError, "byte must be in range(0, 256)");
    return -1;
  }
  *one = (char)v;
  *d = one;
  *n = 1;
  return 0;
}

/* start and end (args[1], args[2]; None or absent mean the whole data) read as slice
 * indices (huge values clamp) and adjusted as CPython's ADJUST_INDICES: end clamped to
 * [0, n], start counted from the end when negative and clamped at 0, but not at n. */
static int slice_bounds(py_object *const *args, size_t nargs, size_t n, py_ssize *start,
                        py_ssize *end) {
  py_ssize b[2] = {0, PTRDIFF_MAX};
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
      py_object *i = py_number_index(args[k]);
      if (!i) return -1;
      v = py__int_sign(i) < 0 ? -PTRDIFF_MAX : PTRDIFF_MAX;
      py_decref(i);
    }
    b[k - 1] = v;
  }
  py_ssize len = (py_ssize)n;
  if (b[1] > len) b[1] = len;
  else if (b[1] < 0 && (b[1] += len) < 0) b[1] = 0;
  if (b[0] < 0 && (b[0] += len) < 0) b[0] = 0;
  *start = b[0];
  *end = b[1];
  return 0;
}

/* Where the needle of args[0] occurs in self[start:end] (first or last), as an index
 * of self or -1; -2 with an exception set. */
static py_ssize find_common(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames, const char *name, bool last) {
  if (py__bytes_varargs(self, name, nargs, kwnames, 1, 3) < 0) return -2;
  char one;
  const char *s, *d;
  size_t sn, n;
  py_ssize start, end;
  py__bytes_view(self, &d, &n);
  if (slice_bounds(args, nargs, n, &start, &end) < 0 || needle(args[0], &one, &s, &sn) < 0)
    return -2;
  if (end - start < (py_ssize)sn) return -1;
  if (sn == 0) return last ? end : start;
  if (!last) {
    const char *p = py__memmem(d + start, (size_t)(end - start), s, sn);
    return p ? p - d : -1;
  }
  for (py_ssize i = end - (py_ssize)sn; i >= start; i--)
    if (d[i] == s[0] && memcmp(d + i, s, sn) == 0) return i;
  return -1;
}

static py_object *found(py_ssize i, bool raise) {
  if (i == -2) return NULL;
  if (i == -1 && raise) return py_raise(&py_exc_ValueError, "subsection not found");
  return py_int_from_i64(i);
}

PY__BYTES_METHOD(py__bytes_find) {
  return found(find_common(self, args, nargs, kwnames, "find", false), false);
}
PY__BYTES_METHOD(py__bytes_rfind) {
  return found(find_common(self, args, nargs, kwnames, "rfind", true), false);
}
PY__BYTES_METHOD(py__bytes_index) {
  return found(find_common(self, args, nargs, kwnames, "index", false), true);
}
PY__BYTES_METHOD(py__bytes_rindex) {
  return found(find_common(self, args, nargs, kwnames, "rindex", true), true);
}

PY__BYTES_METHOD(py__bytes_count) {
  if (py__bytes_varargs(self, "count", nargs, kwnames, 1, 3) < 0) return NULL;
  char one;
  const char *s, *d;
  size_t sn, n;
  py_ssize start, end;
  py__bytes_view(self, &d, &n);
  if (slice_bounds(args, nargs, n, &start, &end) < 0 || needle(args[0], &one, &s, &sn) < 0)
    return NULL;
  if (end - start < (py_ssize)sn) return py_int_from_i64(0);
  if (sn == 0) return py_int_from_i64(end - start + 1);
  int64_t c = 0;
  py_ssize i = start;
  const char *p;
  while (i < end && (p = py__memmem(d + i, (size_t)(end - i), s, sn))) {
    c++;
    i = (p - d) + (py_ssize)sn;
  }
  return py_int_from_i64(c);
}

/* ---- startswith, endswith -------------------------------------------------------------- */

/* Whether one candidate matches at the start (or end) of self[start:end], with
 * CPython's tailmatch rules (an empty candidate matches unless start is past the data
 * or past end). */
static bool tail_match(const char *d, py_ssize n, py_ssize start, py_ssize end,
                       const char *s, py_ssize sn, bool at_end) {
  if (!at_end) {
    if (start > n - sn) return false;
  } else {
    if (end - start < sn || start > n) return false;
    if (end - sn > start) start = end - sn;
  }
  if (end - start < sn) return false;
  return memcmp(d + start, s, (size_t)sn) == 0;
}

static py_object *starts_ends(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames, bool at_end) {
  const char *name = at_end ? "endswith" : "startswith";
  if (py__bytes_varargs(self, name, nargs, kwnames, 1, 3) < 0) return NULL;
  const char *d;
  size_t n;
  py_ssize start, end;
  py__bytes_view(self, &d, &n);
  py_object *x = args[0];
  if (slice_bounds(args, nargs, n, &start, &end) < 0) return NULL;
  if (!PY_TUPLE_CHECK(x) && !py__bytes_is_buffer(x))
    return py_raise(&py_exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %T",
                    name, x);
  py_object *const *items = PY_TUPLE_CHECK(x) ? PY_TUPLE_ITEMS(x) : &x;
  py_ssize cnt = PY_TUPLE_CHECK(x) ? PY_TUPLE_SIZE(x) : 1;
  for (py_ssize i = 0; i < cnt; i++) {
    if (py__bytes_need_buffer(items[i]) < 0) return NULL;
    const char *s;
    size_t sn;
    py__bytes_view(items[i], &s, &sn);
    if (tail_match(d, (py_ssize)n, start, end, s, (py_ssize)sn, at_end)) return py_bool(1);
  }
  return py_bool(0);
}

PY__BYTES_METHOD(py__bytes_startswith) { return starts_ends(self, args, nargs, kwnames, false); }
PY__BYTES_METHOD(py__bytes_endswith) { return starts_ends(self, args, nargs, kwnames, true); }

/* ---- partition, rpartition ------------------------------------------------------------ */

/* (d[:a], d[a:b], d[b:n]); when sep is given (found), bytes puts that very object in
 * the middle, as CPython does, and bytearray a bytearray copy of it. */
static py_object *triple(py_object *self, py_object *sep, const char *d, size_t a, size_t b,
                         size_t n) {
  py_object *t = py_tuple_new(3);
  if (!t) return NULL;
  size_t cut[4] = {0, a, b, n};
  for (int k = 0; k < 3; k++) {
    py_object *part = k == 1 && sep && !py__bytes_is_bytearray(self)
                          ? py_newref(sep)
                          : py__bytes_like(self, d + cut[k], cut[k + 1] - cut[k]);
    if (!part) {
      py_decref(t);
      return NULL;
    }
    PY_TUPLE_ITEMS(t)[k] = part;
  }
  return t;
}

/* The start of a method taking one bytes-like argument (partition, removeprefix):
 * checks the call, then views self as d/n and the argument as s/sn. 0 or -1. */
static int view_with_arg(py_object *self, const char *name, py_object *const *args,
                         size_t nargs, py_object *kwnames, const char **d, size_t *n,
                         const char **s, size_t *sn) {
  if (py__bytes_onearg(self, name, nargs, kwnames) < 0 || py__bytes_need_buffer(args[0]) < 0)
    return -1;
  py__bytes_view(self, d, n);
  py__bytes_view(args[0], s, sn);
  return 0;
}

static py_object *partition(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames, bool last) {
  const char *d, *s;
  size_t n, sn;
  if (view_with_arg(self, last ? "rpartition" : "partition", args, nargs, kwnames, &d, &n, &s,
                    &sn) < 0)
    return NULL;
  if (sn == 0) return py_raise(&py_exc_ValueError, "empty separator");
  const char *p = NULL;
  if (!last) {
    p = py__memmem(d, n, s, sn);
  } else {
    for (size_t i = n >= sn ? n - sn + 1 : 0; i-- > 0;)
      if (memcmp(d + i, s, sn) == 0) {
        p = d + i;
        break;
      }
  }
  if (!p) return last ? triple(self, NULL, d, 0, 0, n) : triple(self, NULL, d, n, n, n);
  size_t at = (size_t)(p - d);
  return triple(self, args[0], d, at, at + sn, n);
}

PY__BYTES_METHOD(py__bytes_partition) { return partition(self, args, nargs, kwnames, false); }
PY__BYTES_METHOD(py__bytes_rpartition) { return partition(self, args, nargs, kwnames, true); }

/* ---- split, rsplit, splitlines ---------------------------------------------------------- */

static int add_part(py_object *list, py_object *self, const char *d, size_t a, size_t b) {
  py_object *part = py__bytes_like(self, d + a, b - a);
  if (!part) return -1;
  int rc = py_list_append(list, part);
  py_decref(part);
  return rc;
}

static void reverse_list(py_object *list) {
  py_object **it = PY_LIST_ITEMS(list);
  for (py_ssize i = 0, j = PY_LIST_SIZE(list) - 1; i < j; i++, j--) {
    py_object *t = it[i];
    it[i] = it[j];
    it[j] = t;
  }
}

/* Splits on runs of ASCII whitespace, at most `max` times, from the left or the right
 * (stringlib's split_whitespace / rsplit_whitespace). */
static int split_space(py_object *list, py_object *self, const char *d, py_ssize n,
                       py_ssize max, bool right) {
  if (!right) {
    py_ssize i = 0;
    while (max-- > 0) {
      while (i < n && is_space((unsigned char)d[i])) i++;
      if (i == n) return 0;
      py_ssize j = i++;
      while (i < n && !is_space((unsigned char)d[i])) i++;
      if (add_part(list, self, d, (size_t)j, (size_t)i) < 0) return -1;
    }
    while (i < n && is_space((unsigned char)d[i])) i++;
    return i < n ? add_part(list, self, d, (size_t)i, (size_t)n) : 0;
  }
  py_ssize i = n - 1;
  while (max-- > 0) {
    while (i >= 0 && is_space((unsigned char)d[i])) i--;
    if (i < 0) break;
    py_ssize j = i--;
    while (i >= 0 && !is_space((unsigned char)d[i])) i--;
    if (add_part(list, self, d, (size_t)(i + 1), (size_t)(j + 1)) < 0) return -1;
  }
  if (i >= 0) {
    while (i >= 0 && is_space((unsigned char)d[i])) i--;
    if (i >= 0 && add_part(list, self, d, 0, (size_t)(i + 1)) < 0) return -1;
  }
  reverse_list(list);
  return 0;
}

/* Splits on a separator at most `max` times, from the left or the right. */
static int split_sep(py_object *list, py_object *self, const char *d, size_t n,
                     const char *s, size_t sn, py_ssize max, bool right) {
  if (!right) {
    size_t i = 0;
    const char *p;
    while (max-- > 0 && (p = py__memmem(d + i, n - i, s, sn))) {
      if (add_part(list, self, d, i, (size_t)(p - d)) < 0) return -1;
      i = (size_t)(p - d) + sn;
    }
    return add_part(list, self, d, i, n);
  }
  size_t j = n;
  while (max > 0 && j >= sn) {
    size_t k = j - sn + 1;
    bool hit = false;
    while (k-- > 0)
      if (memcmp(d + k, s, sn) == 0) {
        hit = true;
        break;
      }
    if (!hit) break;
    if (add_part(list, self, d, k + sn, j) < 0) return -1;
    j = k;
    max--;
  }
  if (add_part(list, self, d, 0, j) < 0) return -1;
  reverse_list(list);
  return 0;
}

static py_object *split(py_object *self, py_object *const *args, size_t nargs,
                        py_object *kwnames, bool right) {
  static const char *const names[] = {"sep", "maxsplit"};
  static const py_params split_params = {"split", names, 2, 0, 2, 0};
  static const py_params rsplit_params = {"rsplit", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(right ? &rsplit_params : &split_params, args, nargs, kwnames, a) < 0)
    return NULL;
  py_ssize max = -1;
  if (a[1] && py__bytes_int_arg(a[1], 64, &max) < 0) return NULL;
  if (max < 0) max = PTRDIFF_MAX;
  const char *d, *s = NULL;
  size_t n, sn = 0;
  py__bytes_view(self, &d, &n);
  if (a[0] && a[0] != PY_NONE) {
    if (py__bytes_need_buffer(a[0]) < 0) return NULL;
    py__bytes_view(a[0], &s, &sn);
    if (sn == 0) return py_raise(&py_exc_ValueError, "empty separator");
  }
  /* CPython allocates room for 12 parts (fewer for a small maxsplit) up front. */
  py_object *list = py__list_new_reserved(max >= 12 ? 12 : max + 1);
  if (!list) return NULL;
  int rc = s ? split_sep(list, self, d, n, s, sn, max, right)
             : split_space(list, self, d, (py_ssize)n, max, right);
  if (rc < 0) PY_CLEAR(list);
  return list;
}

PY__BYTES_METHOD(py__bytes_split) { return split(self, args, nargs, kwnames, false); }
PY__BYTES_METHOD(py__bytes_rsplit) { return split(self, args, nargs, kwnames, true); }

PY__BYTES_METHOD(py__bytes_splitlines) {
  static const char *const names[] = {"keepends"};
  static const py_params params = {"splitlines", names, 1, 0, 1, 0};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize keep = 0;
  if (a[0] && py__bytes_int_arg(a[0], 32, &keep) < 0) return NULL;
  const char *d;
  size_t n;
  py__bytes_view(self, &d, &n);
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (i < n && d[i] != '\n' && d[i] != '\r') i++;
    size_t eol = i;
    if (i < n) {
      i += (d[i] == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
      if (keep) eol = i;
    }
    if (add_part(list, self, d, j, eol) < 0) {
      py_decref(list);
      return NULL;
    }
  }
  return list;
}

/* ---- replace, removeprefix, removesuffix ----------------------------------------------- */

PY__BYTES_METHOD(py__bytes_replace) {
  if (py__bytes_posargs(self, "replace", nargs, kwnames, 2, 3) < 0 ||
      py__bytes_need_buffer(args[0]) < 0 || py__bytes_need_buffer(args[1]) < 0)
    return NULL;
  py_ssize count = -1;
  if (nargs > 2 && py__bytes_int_arg(args[2], 64, &count) < 0) return NULL;
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
    for (; i <= n && count-- > 0; i++) {
      py__strbuf_append(&b, nw, nn, 0);
      if (i < n) py__strbuf_append(&b, d + i, 1, 0);
    }
    if (i < n) py__strbuf_append(&b, d + i, n - i, 0);
  } else {
    const char *p;
    while (count-- > 0 && (p = py__memmem(d + i, n - i, o, on))) {
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
  py_object *r = py__bytes_like(self, b.data ? b.data : "", b.size);
  py__strbuf_free(&b);
  return r;
}

static py_object *remove_affix(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames, bool suffix) {
  const char *d, *s;
  size_t n, sn;
  if (view_with_arg(self, suffix ? "removesuffix" : "removeprefix", args, nargs, kwnames, &d, &n,
                    &s, &sn) < 0)
    return NULL;
  if (sn <= n && sn > 0 && memcmp(suffix ? d + n - sn : d, s, sn) == 0)
    return suffix ? py__bytes_like(self, d, n - sn) : py__bytes_like(self, d + sn, n - sn);
  return py__bytes_like(self, d, n);
}

PY__BYTES_METHOD(py__bytes_removeprefix) { return remove_affix(self, args, nargs, kwnames, false); }
PY__BYTES_METHOD(py__bytes_removesuffix) { return remove_affix(self, args, nargs, kwnames, true); }
