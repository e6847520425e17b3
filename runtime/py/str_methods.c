/* runtime/py/str_methods.c — the methods of str (split, join, strip, find, replace,
 * the case mappings and character classes, padding, partition, translate, encode, …)
 * with CPython 3.11's argument rules and messages.
 *
 * Searching works on the UTF-8 bytes (a valid UTF-8 needle only matches at code point
 * boundaries); code point indices from the caller (start/end) are converted to byte
 * offsets once, and byte offsets of results back to code point indices. */
#include <stdio.h>
#include <string.h>

#include "py/object.h"
#include "py/scalars.h"
#include "py/containers.h"
#include "py/objimpl.h"

#define DATA(o) (((py_str_object *)(o))->data)
#define SIZE(o) (((py_str_object *)(o))->size)
#define IS_ASCII(o) (((py_str_object *)(o))->ascii)

/* Number of code points in the first n bytes of s. */
static py_ssize count_cps(const char *s, py_ssize n) {
  py_ssize k = 0;
  for (py_ssize i = 0; i < n; i++) k += ((unsigned char)s[i] & 0xC0) != 0x80;
  return k;
}

static py_ssize cp_index(py_object *s, py_ssize byte_off) {
  return IS_ASCII(s) ? byte_off : count_cps(DATA(s), byte_off);
}

static py_object *substr_bytes(py_object *s, py_ssize a, py_ssize b) {
  if (a == 0 && b == SIZE(s) && PY_IS_TYPE(s, &py_str_type)) return py_newref(s);
  return py__str_from_utf8_counted(DATA(s) + a, (size_t)(b - a));
}

/* ===================================================================================
 * Argument helpers
 * =================================================================================== */

/* A start/end argument: None or an __index__ object, clamped as a slice bound. */
static int slice_index(py_object *o, py_ssize *out) {
  if (!o || o == PY_NONE) return 0;
  if (!PY_INT_CHECK(o) && !PY_TYPE(o)->index) {
    py_raise(&py_exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return -1;
  }
  if (PY_INT_CHECK(o) && !PY_INT_IS_SMALL(o)) {
    *out = py__int_sign(o) < 0 ? -PTRDIFF_MAX : PTRDIFF_MAX;
    return 0;
  }
  if (py_index_ssize(o, out) < 0) {
    if (!py_err_matches(&py_exc_OverflowError)) return -1;
    py_err_clear();
    *out = PTRDIFF_MAX;
  }
  return 0;
}

/* Resolves optional (start, end) code point bounds of s into byte offsets [*a, *b).
 * Returns 0, 1 when the range is empty because start is past the end (find must then
 * fail even for an empty needle), or -1 on error. */
static int resolve_range(py_object *s, py_object *start, py_object *end, py_ssize *a,
                         py_ssize *b) {
  py_ssize len = PY_STR_LEN(s), lo = 0, hi = PTRDIFF_MAX;
  if (slice_index(start, &lo) < 0 || slice_index(end, &hi) < 0) return -1;
  if (hi > len) hi = len;
  else if (hi < 0) { hi += len; if (hi < 0) hi = 0; }
  if (lo < 0) { lo += len; if (lo < 0) lo = 0; }
  if (lo > len) return 1;
  *a = py__str_offset(s, lo);
  *b = hi < lo ? *a : py__str_offset(s, hi);
  return 0;
}

static int check_str_arg(py_object *o, const char *what) {
  if (PY_STR_CHECK(o)) return 0;
  py_raise(&py_exc_TypeError, "%s, not %T", what, o);
  return -1;
}

/* ===================================================================================
 * Searching: find, rfind, index, rindex, count, startswith, endswith
 * =================================================================================== */

static py_ssize find_bytes(const char *h, py_ssize hn, const char *n, py_ssize nn) {
  if (nn == 0) return 0;
  if (nn > hn) return -1;
  if (nn == 1) {
    const char *p = memchr(h, n[0], (size_t)hn);
    return p ? p - h : -1;
  }
  const char *p = py__memmem(h, (size_t)hn, n, (size_t)nn);
  return p ? p - h : -1;
}

static py_ssize rfind_bytes(const char *h, py_ssize hn, const char *n, py_ssize nn) {
  if (nn > hn) return -1;
  for (py_ssize i = hn - nn; i >= 0; i--)
    if (h[i] == n[0] && memcmp(h + i, n, (size_t)nn) == 0) return i;
  return -1;
}

/* The shared body of find/rfind/index/rindex: code point index or -1; -2 on error. */
static py_ssize find_common(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames, const char *name, bool reverse) {
  if (py__args_range(name, nargs, kwnames, 1, 3) < 0) return -2;
  if (check_str_arg(args[0], "must be str") < 0) return -2;
  py_ssize a = 0, b = 0;
  int r = resolve_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &a, &b);
  if (r < 0) return -2;
  if (r > 0) return -1;
  py_object *sub = args[0];
  py_ssize at = reverse ? rfind_bytes(DATA(self) + a, b - a, DATA(sub), SIZE(sub))
                        : find_bytes(DATA(self) + a, b - a, DATA(sub), SIZE(sub));
  if (at < 0) return -1;
  return cp_index(self, a + at);
}

static py_object *str_find(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  py_ssize i = find_common(self, args, nargs, kw, "find", false);
  return i == -2 ? NULL : py_int_from_i64(i);
}
static py_object *str_rfind(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  py_ssize i = find_common(self, args, nargs, kw, "rfind", true);
  return i == -2 ? NULL : py_int_from_i64(i);
}
static py_object *str_index(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  py_ssize i = find_common(self, args, nargs, kw, "index", false);
  if (i == -1) return py_raise(&py_exc_ValueError, "substring not found");
  return i == -2 ? NULL : py_int_from_i64(i);
}
static py_object *str_rindex(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  py_ssize i = find_common(self, args, nargs, kw, "rindex", true);
  if (i == -1) return py_raise(&py_exc_ValueError, "substring not found");
  return i == -2 ? NULL : py_int_from_i64(i);
}

static py_object *str_count(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py__args_range("count", nargs, kw, 1, 3) < 0) return NULL;
  if (check_str_arg(args[0], "must be str") < 0) return NULL;
  py_ssize a = 0, b = 0;
  int r = resolve_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &a, &b);
  if (r < 0) return NULL;
  if (r > 0) return py_int_from_i64(0);
  py_object *sub = args[0];
  if (SIZE(sub) == 0) return py_int_from_i64(count_cps(DATA(self) + a, b - a) + 1);
  py_ssize n = 0, pos = a;
  for (;;) {
    py_ssize at = find_bytes(DATA(self) + pos, b - pos, DATA(sub), SIZE(sub));
    if (at < 0) break;
    n++;
    pos += at + SIZE(sub);
  }
  return py_int_from_i64(n);
}

static py_object *starts_ends(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kw, bool ends) {
  const char *name = ends ? "endswith" : "startswith";
  if (py__args_range(name, nargs, kw, 1, 3) < 0) return NULL;
  py_ssize a = 0, b = 0;
  int r = resolve_range(self, nargs > 1 ? args[1] : NULL, nargs > 2 ? args[2] : NULL, &a, &b);
  if (r < 0) return NULL;
  py_object *pre = args[0];
  py_object *const *items = &pre;
  py_ssize n = 1;
  if (PY_TUPLE_CHECK(pre)) {
    items = PY_TUPLE_ITEMS(pre);
    n = PY_TUPLE_SIZE(pre);
  } else if (!PY_STR_CHECK(pre)) {
    return py_raise(&py_exc_TypeError, "%s first arg must be str or a tuple of str, not %T", name, pre);
  }
  for (py_ssize i = 0; i < n; i++) {
    py_object *p = items[i];
    if (!PY_STR_CHECK(p))
      return py_raise(&py_exc_TypeError, "tuple for %s must only contain str, not %T", name, p);
    if (r > 0) continue;
    py_ssize pn = SIZE(p);
    if (pn > b - a) continue;
    const char *at = ends ? DATA(self) + b - pn : DATA(self) + a;
    if (memcmp(at, DATA(p), (size_t)pn) == 0) return py_bool(1);
  }
  return py_bool(0);
}

static py_object *str_startswith(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return starts_ends(self, args, nargs, kw, false);
}
static py_object *str_endswith(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return starts_ends(self, args, nargs, kw, true);
}

/* ===================================================================================
 * split, rsplit, splitlines, partition, rpartition, join
 * =================================================================================== */

/* Whitespace test at byte offset i; *w receives the byte width of the code point. */
static bool space_at(const char *s, py_ssize i, int *w) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *w = 1;
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  }
  const char *p = s + i;
  uint32_t cp = py__utf8_next(&p);
  *w = (int)(p - (s + i));
  return py__uc_isspace(cp);
}

/* Width of the code point ending just before byte offset i. */
static py_ssize prev_start(const char *s, py_ssize i) {
  py_ssize j = i - 1;
  while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80) j--;
  return j;
}

static int push(py_object *list, py_object *s, py_ssize a, py_ssize b) {
  py_object *part = substr_bytes(s, a, b);
  if (!part) return -1;
  int r = py_list_append(list, part);
  py_decref(part);
  return r;
}

static int reverse_list(py_object *list) {
  py_object **it = PY_LIST_ITEMS(list);
  for (py_ssize i = 0, j = PY_LIST_SIZE(list) - 1; i < j; i++, j--) {
    py_object *t = it[i];
    it[i] = it[j];
    it[j] = t;
  }
  return 0;
}

static py_object *split_common(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames, bool right) {
  static const char *const names[] = {"sep", "maxsplit"};
  static const py_params p_split = {"split", names, 2, 0, 2, 0};
  static const py_params p_rsplit = {"rsplit", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(right ? &p_rsplit : &p_split, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize maxsplit = -1;
  if (a[1]) {
    if (!PY_INT_CHECK(a[1]) && !PY_TYPE(a[1])->index)
      return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      PY_TYPE(a[1])->name);
    if (py_index_ssize(a[1], &maxsplit) < 0) return NULL;
  }
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  py_object *sep = a[0] && a[0] != PY_NONE ? a[0] : NULL;
  if (sep && !PY_STR_CHECK(sep))
    return py_raise(&py_exc_TypeError, "must be str or None, not %T", sep);
  if (sep && SIZE(sep) == 0) return py_raise(&py_exc_ValueError, "empty separator");
  /* CPython allocates room for 12 parts (fewer for a small maxsplit) up front. */
  py_object *list = py__list_new_reserved(maxsplit >= 12 ? 12 : maxsplit + 1);
  if (!list) return NULL;
  const char *s = DATA(self);
  py_ssize n = SIZE(self);
  int w;
  if (!sep) {
    /* Runs of whitespace separate; leading/trailing whitespace makes no empty part. */
    if (!right) {
      py_ssize i = 0;
      while (true) {
        while (i < n && space_at(s, i, &w)) i += w;
        if (i >= n) break;
        if (maxsplit-- == 0) {
          /* The rest as it is, trailing whitespace included. */
          if (push(list, self, i, n) < 0) goto fail;
          break;
        }
        py_ssize j = i;
        while (j < n && !space_at(s, j, &w)) j += w;
        if (push(list, self, i, j) < 0) goto fail;
        i = j;
      }
    } else {
      py_ssize e = n;
      while (true) {
        while (e > 0) {
          py_ssize ps = prev_start(s, e);
          if (!space_at(s, ps, &w)) break;
          e = ps;
        }
        if (e <= 0) break;
        if (maxsplit-- == 0) {
          if (push(list, self, 0, e) < 0) goto fail;
          break;
        }
        py_ssize b = e;
        while (b > 0) {
          py_ssize ps = prev_start(s, b);
          if (space_at(s, ps, &w)) break;
          b = ps;
        }
        if (push(list, self, b, e) < 0) goto fail;
        e = b;
      }
      reverse_list(list);
    }
    return list;
  }
  const char *sp = DATA(sep);
  py_ssize sn = SIZE(sep);
  if (!right) {
    py_ssize i = 0;
    while (maxsplit-- > 0) {
      py_ssize at = find_bytes(s + i, n - i, sp, sn);
      if (at < 0) break;
      if (push(list, self, i, i + at) < 0) goto fail;
      i += at + sn;
    }
    if (push(list, self, i, n) < 0) goto fail;
  } else {
    py_ssize e = n;
    while (maxsplit-- > 0) {
      py_ssize at = rfind_bytes(s, e, sp, sn);
      if (at < 0) break;
      if (push(list, self, at + sn, e) < 0) goto fail;
      e = at;
    }
    if (push(list, self, 0, e) < 0) goto fail;
    reverse_list(list);
  }
  return list;
fail:
  py_decref(list);
  return NULL;
}

static py_object *str_split(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return split_common(self, args, nargs, kw, false);
}
static py_object *str_rsplit(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return split_common(self, args, nargs, kw, true);
}

static py_object *str_splitlines(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  static const char *const names[] = {"keepends"};
  static const py_params params = {"splitlines", names, 1, 0, 1, 0};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  int keep = 0;
  if (a[0]) {
    keep = py_truthy(a[0]);
    if (keep < 0) return NULL;
  }
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  const char *s = DATA(self);
  py_ssize n = SIZE(self), i = 0;
  while (i < n) {
    py_ssize j = i, eol = -1, next = -1;
    while (j < n) {
      unsigned char c = (unsigned char)s[j];
      const char *p = s + j;
      uint32_t cp = py__utf8_next(&p);
      py_ssize after = p - s;
      if (c == '\n' || c == '\v' || c == '\f' || c == 0x1C || c == 0x1D || c == 0x1E ||
          cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
        eol = j;
        next = after;
        break;
      }
      if (c == '\r') {
        eol = j;
        next = (j + 1 < n && s[j + 1] == '\n') ? j + 2 : j + 1;
        break;
      }
      j = after;
    }
    if (eol < 0) {
      eol = next = n;
    }
    if (push(list, self, i, keep ? next : eol) < 0) {
      py_decref(list);
      return NULL;
    }
    i = next;
  }
  return list;
}

static py_object *partition_common(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kw, bool right) {
  if (py_args_check(right ? "str.rpartition" : "str.partition", nargs, kw, 1, 1) < 0) return NULL;
  py_object *sep = args[0];
  if (check_str_arg(sep, "must be str") < 0) return NULL;
  if (SIZE(sep) == 0) return py_raise(&py_exc_ValueError, "empty separator");
  py_ssize n = SIZE(self);
  py_ssize at = right ? rfind_bytes(DATA(self), n, DATA(sep), SIZE(sep))
                      : find_bytes(DATA(self), n, DATA(sep), SIZE(sep));
  py_object *empty = py__str_empty();
  if (at < 0) {
    py_object *whole = substr_bytes(self, 0, n);
    if (!whole) return NULL;
    py_object *t = right ? py_tuple_pack(3, empty, empty, whole) : py_tuple_pack(3, whole, empty, empty);
    py_decref(whole);
    return t;
  }
  py_object *x = substr_bytes(self, 0, at);
  py_object *y = x ? substr_bytes(self, at + SIZE(sep), n) : NULL;
  py_object *t = y ? py_tuple_pack(3, x, sep, y) : NULL;
  py_xdecref(x);
  py_xdecref(y);
  return t;
}

static py_object *str_partition(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return partition_common(self, args, nargs, kw, false);
}
static py_object *str_rpartition(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return partition_common(self, args, nargs, kw, true);
}

/* sep.join(iterable): sizes first, then one copy, so joining is linear. */
py_object *py_str_join(py_object *sep, py_object *iterable) {
  py_object *seq;
  if (PY_LIST_CHECK(iterable) || PY_TUPLE_CHECK(iterable)) {
    seq = py_newref(iterable);
  } else {
    py_object *it = py_iter(iterable);
    if (!it) {
      if (py_err_matches(&py_exc_TypeError)) {
        py_err_clear();
        return py_raise(&py_exc_TypeError, "can only join an iterable");
      }
      return NULL;
    }
    py_decref(it);
    seq = py_list_from_iterable(iterable);
    if (!seq) return NULL;
  }
  py_ssize n = PY_LIST_CHECK(seq) ? PY_LIST_SIZE(seq) : PY_TUPLE_SIZE(seq);
  py_object **items = PY_LIST_CHECK(seq) ? PY_LIST_ITEMS(seq) : PY_TUPLE_ITEMS(seq);
  if (n == 1 && PY_IS_TYPE(items[0], &py_str_type)) {
    py_object *r = py_newref(items[0]);
    py_decref(seq);
    return r;
  }
  size_t size = 0;
  py_ssize length = 0;
  bool ascii = IS_ASCII(sep);
  for (py_ssize i = 0; i < n; i++) {
    py_object *x = items[i];
    if (!PY_STR_CHECK(x)) {
      py_decref(seq);
      return py_raise(&py_exc_TypeError, "sequence item %zd: expected str instance, %T found", i, x);
    }
    size += (size_t)SIZE(x);
    length += PY_STR_LEN(x);
    ascii &= IS_ASCII(x);
  }
  if (n > 1) {
    size += (size_t)SIZE(sep) * (size_t)(n - 1);
    length += PY_STR_LEN(sep) * (n - 1);
  }
  if (size == 0) {
    py_decref(seq);
    return py_newref(py__str_empty());
  }
  py_object *r = py__str_new(size, length, ascii);
  if (r) {
    char *w = DATA(r);
    for (py_ssize i = 0; i < n; i++) {
      if (i && SIZE(sep)) {
        memcpy(w, DATA(sep), (size_t)SIZE(sep));
        w += SIZE(sep);
      }
      memcpy(w, DATA(items[i]), (size_t)SIZE(items[i]));
      w += SIZE(items[i]);
    }
  }
  py_decref(seq);
  return r;
}

static py_object *str_join(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("str.join", nargs, kw, 1, 1) < 0) return NULL;
  return py_str_join(self, args[0]);
}

/* ===================================================================================
 * strip, replace, removeprefix/suffix
 * =================================================================================== */

static bool in_chars(py_object *chars, uint32_t c) {
  if (!chars) return py__uc_isspace(c);
  const char *p = DATA(chars), *end = p + SIZE(chars);
  while (p < end)
    if (py__utf8_next(&p) == c) return true;
  return false;
}

static py_object *strip_common(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kw, int which /* 1 left, 2 right, 3 both */,
                               const char *name) {
  if (py_args_check(name, nargs, kw, 0, 1) < 0) return NULL;
  py_object *chars = nargs && args[0] != PY_NONE ? args[0] : NULL;
  if (chars && !PY_STR_CHECK(chars))
    return py_raise(&py_exc_TypeError, "%s arg must be None or str", name);
  const char *s = DATA(self);
  py_ssize a = 0, b = SIZE(self);
  if (which & 1) {
    while (a < b) {
      const char *p = s + a;
      uint32_t c = py__utf8_next(&p);
      if (!in_chars(chars, c)) break;
      a = p - s;
    }
  }
  if (which & 2) {
    while (b > a) {
      py_ssize ps = prev_start(s, b);
      const char *p = s + ps;
      if (!in_chars(chars, py__utf8_next(&p))) break;
      b = ps;
    }
  }
  return substr_bytes(self, a, b);
}

static py_object *str_strip(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return strip_common(self, args, nargs, kw, 3, "strip");
}
static py_object *str_lstrip(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return strip_common(self, args, nargs, kw, 1, "lstrip");
}
static py_object *str_rstrip(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return strip_common(self, args, nargs, kw, 2, "rstrip");
}

static py_object *str_replace(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("replace", nargs, kw, 2, 3) < 0) return NULL;
  py_object *old = args[0], *new = args[1];
  if (!PY_STR_CHECK(old))
    return py_raise(&py_exc_TypeError, "replace() argument 1 must be str, not %T", old);
  if (!PY_STR_CHECK(new))
    return py_raise(&py_exc_TypeError, "replace() argument 2 must be str, not %T", new);
  py_ssize count = -1;
  if (nargs > 2) {
    if (!PY_INT_CHECK(args[2]) && !PY_TYPE(args[2])->index)
      return py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                      PY_TYPE(args[2])->name);
    if (py_index_ssize(args[2], &count) < 0) return NULL;
  }
  if (count < 0) count = PTRDIFF_MAX;
  py__strbuf b;
  py__strbuf_init(&b);
  const char *s = DATA(self);
  py_ssize n = SIZE(self);
  if (SIZE(old) == 0) {
    /* Insert `new` before every code point and at the end, up to count times. */
    py_ssize i = 0;
    while (i <= n) {
      if (count-- > 0) py__strbuf_append_str(&b, new);
      else {
        py__strbuf_append(&b, s + i, (size_t)(n - i), -1);
        break;
      }
      if (i == n) break;
      const char *p = s + i;
      py__utf8_next(&p);
      py__strbuf_append(&b, s + i, (size_t)(p - (s + i)), 1);
      i = p - s;
    }
    return py__strbuf_finish(&b);
  }
  py_ssize i = 0;
  bool changed = false;
  while (count-- > 0) {
    py_ssize at = find_bytes(s + i, n - i, DATA(old), SIZE(old));
    if (at < 0) break;
    changed = true;
    py__strbuf_append(&b, s + i, (size_t)at, -1);
    py__strbuf_append_str(&b, new);
    i += at + SIZE(old);
  }
  if (!changed) {
    py__strbuf_free(&b);
    return substr_bytes(self, 0, n);
  }
  py__strbuf_append(&b, s + i, (size_t)(n - i), -1);
  return py__strbuf_finish(&b);
}

static py_object *str_removeprefix(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kw) {
  if (py_args_check("str.removeprefix", nargs, kw, 1, 1) < 0) return NULL;
  py_object *p = args[0];
  if (!PY_STR_CHECK(p))
    return py_raise(&py_exc_TypeError, "removeprefix() argument must be str, not %T", p);
  if (SIZE(p) <= SIZE(self) && memcmp(DATA(self), DATA(p), (size_t)SIZE(p)) == 0)
    return substr_bytes(self, SIZE(p), SIZE(self));
  return substr_bytes(self, 0, SIZE(self));
}

static py_object *str_removesuffix(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kw) {
  if (py_args_check("str.removesuffix", nargs, kw, 1, 1) < 0) return NULL;
  py_object *p = args[0];
  if (!PY_STR_CHECK(p))
    return py_raise(&py_exc_TypeError, "removesuffix() argument must be str, not %T", p);
  if (SIZE(p) && SIZE(p) <= SIZE(self) &&
      memcmp(DATA(self) + SIZE(self) - SIZE(p), DATA(p), (size_t)SIZE(p)) == 0)
    return substr_bytes(self, 0, SIZE(self) - SIZE(p));
  return substr_bytes(self, 0, SIZE(self));
}

/* ===================================================================================
 * Case mappings
 * =================================================================================== */

enum { CASE_UPPER, CASE_LOWER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

/* Greek capital sigma lowers to final sigma at the end of a word (CPython's
 * handle_capital_sigma): a cased letter before it (skipping case-ignorables) and none
 * after. */
static uint32_t lower_sigma(const uint32_t *cps, size_t n, size_t i) {
  size_t j = i;
  bool before = false, after = false;
  while (j > 0) {
    j--;
    if (py__uc_is_case_ignorable(cps[j])) continue;
    before = py__uc_iscased(cps[j]);
    break;
  }
  for (j = i + 1; j < n; j++) {
    if (py__uc_is_case_ignorable(cps[j])) continue;
    after = py__uc_iscased(cps[j]);
    break;
  }
  return (before && !after) ? 0x3C2 : 0x3C3;
}

static void append_lower(py__strbuf *b, const uint32_t *cps, size_t n, size_t i) {
  uint32_t out[3];
  if (cps[i] == 0x3A3) {
    py__strbuf_append_char(b, lower_sigma(cps, n, i));
    return;
  }
  int k = py__uc_lower_full(cps[i], out);
  for (int j = 0; j < k; j++) py__strbuf_append_char(b, out[j]);
}

static py_object *case_map(py_object *self, int mode) {
  py_ssize n = SIZE(self);
  if (IS_ASCII(self)) {
    py_object *r = py__str_new((size_t)n, n, true);
    if (!r) return NULL;
    const char *s = DATA(self);
    char *w = DATA(r);
    bool prev_cased = false;
    for (py_ssize i = 0; i < n; i++) {
      char c = s[i];
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      switch (mode) {
      case CASE_UPPER: if (lo) c -= 32; break;
      case CASE_LOWER: case CASE_FOLD: if (up) c += 32; break;
      case CASE_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
      case CASE_TITLE:
        if (prev_cased ? up : lo) c = up ? c + 32 : c - 32;
        prev_cased = up || lo;
        break;
      case CASE_CAPITALIZE:
        if (i == 0 ? lo : up) c = up ? c + 32 : c - 32;
        break;
      }
      w[i] = c;
    }
    return r;
  }
  uint32_t *cps = py__str_to_codepoints(self);
  if (!cps) return NULL;
  size_t len = (size_t)PY_STR_LEN(self);
  py__strbuf b;
  py__strbuf_init(&b);
  uint32_t out[3];
  bool prev_cased = false;
  for (size_t i = 0; i < len; i++) {
    uint32_t c = cps[i];
    int k = 0;
    switch (mode) {
    case CASE_UPPER: k = py__uc_upper_full(c, out); break;
    case CASE_LOWER: append_lower(&b, cps, len, i); break;
    case CASE_FOLD: k = py__uc_fold_full(c, out); break;
    case CASE_SWAP:
      if (py__uc_isupper(c)) append_lower(&b, cps, len, i);
      else if (py__uc_islower(c)) k = py__uc_upper_full(c, out);
      else { out[0] = c; k = 1; }
      break;
    case CASE_TITLE:
      if (prev_cased) append_lower(&b, cps, len, i);
      else k = py__uc_title_full(c, out);
      prev_cased = py__uc_iscased(c);
      break;
    case CASE_CAPITALIZE:
      if (i == 0) k = py__uc_title_full(c, out);
      else append_lower(&b, cps, len, i);
      break;
    }
    for (int j = 0; j < k; j++) py__strbuf_append_char(&b, out[j]);
  }
  py_mem_free(cps, len * 4 + 4);
  return py__strbuf_finish(&b);
}

#define CASE_METHOD(fn, name, mode)                                                  \
  static py_object *fn(py_object *self, py_object *const *args, size_t nargs,         \
                       py_object *kw) {                                               \
    (void)args;                                                                       \
    if (py__noargs("str." name, nargs, kw) < 0) return NULL;                          \
    return case_map(self, mode);                                                      \
  }
CASE_METHOD(str_upper, "upper", CASE_UPPER)
CASE_METHOD(str_lower, "lower", CASE_LOWER)
CASE_METHOD(str_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_title, "title", CASE_TITLE)
CASE_METHOD(str_capitalize, "capitalize", CASE_CAPITALIZE)
CASE_METHOD(str_casefold, "casefold", CASE_FOLD)

/* ===================================================================================
 * Character class predicates
 * =================================================================================== */

enum { IS_ALPHA, IS_ALNUM, IS_DIGIT, IS_DECIMAL, IS_NUMERIC, IS_SPACE, IS_PRINTABLE, IS_ASCII_P };

static bool char_is(int what, uint32_t c) {
  switch (what) {
  case IS_ALPHA: return py__uc_isalpha(c);
  case IS_ALNUM:
    return py__uc_isalpha(c) || py__uc_isdecimal(c) || py__uc_isdigit(c) || py__uc_isnumeric(c);
  case IS_DIGIT: return py__uc_isdigit(c);
  case IS_DECIMAL: return py__uc_isdecimal(c);
  case IS_NUMERIC: return py__uc_isnumeric(c);
  case IS_SPACE: return py__uc_isspace(c);
  case IS_PRINTABLE: return py__uc_isprintable(c);
  default: return c < 0x80;
  }
}

static py_object *predicate(py_object *self, int what) {
  if (SIZE(self) == 0) return py_bool(what == IS_PRINTABLE || what == IS_ASCII_P);
  if (what == IS_ASCII_P) return py_bool(IS_ASCII(self));
  const char *p = DATA(self), *end = p + SIZE(self);
  while (p < end)
    if (!char_is(what, py__utf8_next(&p))) return py_bool(0);
  return py_bool(1);
}

#define PRED_METHOD(fn, name, what)                                                  \
  static py_object *fn(py_object *self, py_object *const *args, size_t nargs,         \
                       py_object *kw) {                                               \
    (void)args;                                                                       \
    if (py__noargs("str." name, nargs, kw) < 0) return NULL;                          \
    return predicate(self, what);                                                     \
  }
PRED_METHOD(str_isalpha, "isalpha", IS_ALPHA)
PRED_METHOD(str_isalnum, "isalnum", IS_ALNUM)
PRED_METHOD(str_isdigit, "isdigit", IS_DIGIT)
PRED_METHOD(str_isdecimal, "isdecimal", IS_DECIMAL)
PRED_METHOD(str_isnumeric, "isnumeric", IS_NUMERIC)
PRED_METHOD(str_isspace, "isspace", IS_SPACE)
PRED_METHOD(str_isprintable, "isprintable", IS_PRINTABLE)
PRED_METHOD(str_isascii, "isascii", IS_ASCII_P)

/* isupper/islower: no character of the other case and at least one cased one. */
static py_object *case_predicate(py_object *self, bool upper) {
  const char *p = DATA(self), *end = p + SIZE(self);
  bool cased = false;
  while (p < end) {
    uint32_t c = py__utf8_next(&p);
    if (upper ? (py__uc_islower(c) || py__uc_istitle(c)) : (py__uc_isupper(c) || py__uc_istitle(c)))
      return py_bool(0);
    if (upper ? py__uc_isupper(c) : py__uc_islower(c)) cased = true;
  }
  return py_bool(cased);
}

static py_object *str_isupper(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py__noargs("str.isupper", nargs, kw) < 0) return NULL;
  return case_predicate(self, true);
}
static py_object *str_islower(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py__noargs("str.islower", nargs, kw) < 0) return NULL;
  return case_predicate(self, false);
}

static py_object *str_istitle(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)args;
  if (py__noargs("str.istitle", nargs, kw) < 0) return NULL;
  const char *p = DATA(self), *end = p + SIZE(self);
  bool cased = false, prev_cased = false;
  while (p < end) {
    uint32_t c = py__utf8_next(&p);
    if (py__uc_isupper(c) || py__uc_istitle(c)) {
      if (prev_cased) return py_bool(0);
      prev_cased = cased = true;
    } else if (py__uc_islower(c)) {
      if (!prev_cased) return py_bool(0);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return py_bool(cased);
}

bool py__str_isidentifier(py_object *s) {
  const char *p = DATA(s), *end = p + SIZE(s);
  if (p == end) return false;
  uint32_t c = py__utf8_next(&p);
  if (!py__uc_is_xid_start(c) && c != '_') return false;
  while (p < end)
    if (!py__uc_is_xid_continue(py__utf8_next(&p))) return false;
  return true;
}

static py_object *str_isidentifier(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kw) {
  (void)args;
  if (py__noargs("str.isidentifier", nargs, kw) < 0) return NULL;
  return py_bool(py__str_isidentifier(self));
}

/* ===================================================================================
 * Padding: center, ljust, rjust, zfill, expandtabs
 * =================================================================================== */

static int width_arg(py_object *o, py_ssize *out) {
  if (!PY_INT_CHECK(o) && !PY_TYPE(o)->index) {
    py_raise(&py_exc_TypeError, "'%s' object cannot be interpreted as an integer", PY_TYPE(o)->name);
    return -1;
  }
  return py_index_ssize(o, out);
}

static py_object *pad(py_object *self, py_ssize left, py_ssize right, uint32_t fill) {
  if (left <= 0 && right <= 0) return substr_bytes(self, 0, SIZE(self));
  py__strbuf b;
  py__strbuf_init(&b);
  py__strbuf_append_repeat(&b, fill, left);
  py__strbuf_append_str(&b, self);
  py__strbuf_append_repeat(&b, fill, right);
  return py__strbuf_finish(&b);
}

static py_object *justify(py_object *self, py_object *const *args, size_t nargs,
                          py_object *kw, const char *name, int how) {
  if (py_args_check(name, nargs, kw, 1, 2) < 0) return NULL;
  py_ssize width;
  if (width_arg(args[0], &width) < 0) return NULL;
  uint32_t fill = ' ';
  if (nargs > 1) {
    if (!PY_STR_CHECK(args[1]))
      return py_raise(&py_exc_TypeError, "The fill character must be a unicode character, not %T", args[1]);
    if (PY_STR_LEN(args[1]) != 1)
      return py_raise(&py_exc_TypeError, "The fill character must be exactly one character long");
    fill = py__str_char_at(args[1], 0);
  }
  py_ssize marg = width - PY_STR_LEN(self);
  if (marg <= 0) return substr_bytes(self, 0, SIZE(self));
  if (how == 0) return pad(self, 0, marg, fill);
  if (how == 2) return pad(self, marg, 0, fill);
  /* center: CPython puts the odd extra character on the left when width is odd. */
  py_ssize left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

static py_object *str_ljust(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return justify(self, args, nargs, kw, "ljust", 0);
}
static py_object *str_center(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return justify(self, args, nargs, kw, "center", 1);
}
static py_object *str_rjust(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  return justify(self, args, nargs, kw, "rjust", 2);
}

static py_object *str_zfill(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("str.zfill", nargs, kw, 1, 1) < 0) return NULL;
  py_ssize width;
  if (width_arg(args[0], &width) < 0) return NULL;
  py_ssize fill = width - PY_STR_LEN(self);
  if (fill <= 0) return substr_bytes(self, 0, SIZE(self));
  py__strbuf b;
  py__strbuf_init(&b);
  const char *s = DATA(self);
  py_ssize start = 0;
  if (SIZE(self) && (s[0] == '+' || s[0] == '-')) {
    py__strbuf_append(&b, s, 1, 1);
    start = 1;
  }
  py__strbuf_append_repeat(&b, '0', fill);
  py__strbuf_append(&b, s + start, (size_t)(SIZE(self) - start), -1);
  return py__strbuf_finish(&b);
}

static py_object *str_expandtabs(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  static const char *const names[] = {"tabsize"};
  static const py_params params = {"expandtabs", names, 1, 0, 1, 0};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_ssize tab = 8;
  if (a[0] && width_arg(a[0], &tab) < 0) return NULL;
  py__strbuf b;
  py__strbuf_init(&b);
  const char *p = DATA(self), *end = p + SIZE(self);
  py_ssize col = 0;
  while (p < end) {
    const char *q = p;
    uint32_t c = py__utf8_next(&p);
    if (c == '\t') {
      if (tab > 0) {
        py_ssize n = tab - col % tab;
        py__strbuf_append_repeat(&b, ' ', n);
        col += n;
      }
    } else {
      py__strbuf_append(&b, q, (size_t)(p - q), 1);
      col++;
      if (c == '\n' || c == '\r') col = 0;
    }
  }
  return py__strbuf_finish(&b);
}

/* ===================================================================================
 * translate, maketrans, encode
 * =================================================================================== */

static py_object *str_translate(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  if (py_args_check("str.translate", nargs, kw, 1, 1) < 0) return NULL;
  py_object *table = args[0];
  py__strbuf b;
  py__strbuf_init(&b);
  const char *p = DATA(self), *end = p + SIZE(self);
  while (p < end) {
    const char *q = p;
    uint32_t c = py__utf8_next(&p);
    py_object *key = py_int_from_i64(c);
    if (!key) goto fail;
    py_object *v = py_getitem(table, key);
    py_decref(key);
    if (!v) {
      if (!py_err_matches(&py_exc_LookupError)) goto fail;
      py_err_clear();
      py__strbuf_append(&b, q, (size_t)(p - q), 1);
      continue;
    }
    if (v == PY_NONE) {
      /* deleted */
    } else if (PY_INT_CHECK(v)) {
      int64_t x;
      if (py_int_as_i64(v, &x) < 0 || x < 0 || x > 0x10FFFF) {
        py_err_clear();
        py_decref(v);
        py_raise(&py_exc_ValueError, "character mapping must be in range(0x110000)");
        goto fail;
      }
      py__strbuf_append_char(&b, (uint32_t)x);
    } else if (PY_STR_CHECK(v)) {
      py__strbuf_append_str(&b, v);
    } else {
      py_decref(v);
      py_raise(&py_exc_TypeError, "character mapping must return integer, None or str");
      goto fail;
    }
    py_decref(v);
  }
  return py__strbuf_finish(&b);
fail:
  py__strbuf_free(&b);
  return NULL;
}

static py_object *str_maketrans(py_object *cls, py_object *const *args, size_t nargs, py_object *kw) {
  (void)cls;
  if (py_args_check("maketrans", nargs, kw, 1, 3) < 0) return NULL;
  py_object *d = py_dict_new();
  if (!d) return NULL;
  if (nargs == 1) {
    py_object *x = args[0];
    if (!PY_DICT_CHECK(x)) {
      py_decref(d);
      return py_raise(&py_exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    }
    py_ssize pos = 0;
    py_object *k, *v;
    while (py_dict_next(x, &pos, &k, &v)) {
      py_object *key;
      if (PY_STR_CHECK(k)) {
        if (PY_STR_LEN(k) != 1) {
          py_decref(d);
          return py_raise(&py_exc_ValueError, "string keys in translate table must be of length 1");
        }
        key = py_int_from_i64(py__str_char_at(k, 0));
      } else if (PY_INT_CHECK(k)) {
        key = py_newref(k);
      } else {
        py_decref(d);
        return py_raise(&py_exc_TypeError, "keys in translate table must be strings or integers");
      }
      int r = key ? py_dict_set(d, key, v) : -1;
      py_xdecref(key);
      if (r < 0) {
        py_decref(d);
        return NULL;
      }
    }
    return d;
  }
  py_object *x = args[0], *y = args[1];
  if (!PY_STR_CHECK(x)) {
    py_decref(d);
    return py_raise(&py_exc_TypeError, "first maketrans argument must be a string if there is a second argument");
  }
  if (!PY_STR_CHECK(y)) {
    py_decref(d);
    return py_raise(&py_exc_TypeError, "maketrans() argument 2 must be str, not %T", y);
  }
  if (PY_STR_LEN(x) != PY_STR_LEN(y)) {
    py_decref(d);
    return py_raise(&py_exc_ValueError, "the first two maketrans arguments must have equal length");
  }
  const char *p = DATA(x), *pe = p + SIZE(x), *q = DATA(y);
  while (p < pe) {
    py_object *k = py_int_from_i64(py__utf8_next(&p));
    py_object *v = k ? py_int_from_i64(py__utf8_next(&q)) : NULL;
    int r = v ? py_dict_set(d, k, v) : -1;
    py_xdecref(k);
    py_xdecref(v);
    if (r < 0) {
      py_decref(d);
      return NULL;
    }
  }
  if (nargs > 2) {
    py_object *z = args[2];
    if (!PY_STR_CHECK(z)) {
      py_decref(d);
      return py_raise(&py_exc_TypeError, "maketrans() argument 3 must be str, not %T", z);
    }
    const char *r = DATA(z), *re = r + SIZE(z);
    while (r < re) {
      py_object *k = py_int_from_i64(py__utf8_next(&r));
      int st = k ? py_dict_set(d, k, PY_NONE) : -1;
      py_xdecref(k);
      if (st < 0) {
        py_decref(d);
        return NULL;
      }
    }
  }
  return d;
}

int py__encoding_kind(py_object *enc) {
  char buf[32];
  size_t n = (size_t)SIZE(enc), w = 0;
  if (n >= sizeof buf) return -1;
  for (size_t i = 0; i < n; i++) {
    char c = DATA(enc)[i];
    if (c >= 'A' && c <= 'Z') c += 32;
    if (c == '-' || c == ' ') c = '_';
    buf[w++] = c;
  }
  buf[w] = 0;
  if (!strcmp(buf, "utf_8") || !strcmp(buf, "utf8") || !strcmp(buf, "u8")) return 8;
  if (!strcmp(buf, "ascii") || !strcmp(buf, "us_ascii") || !strcmp(buf, "646")) return 7;
  if (!strcmp(buf, "latin_1") || !strcmp(buf, "latin1") || !strcmp(buf, "iso_8859_1") ||
      !strcmp(buf, "iso8859_1") || !strcmp(buf, "l1") || !strcmp(buf, "8859") ||
      !strcmp(buf, "cp819") || !strcmp(buf, "latin"))
    return 1;
  return -1;
}

static bool unencodable(uint32_t c, uint32_t limit, int kind) {
  return c >= limit || (kind == 8 && c >= 0xD800 && c <= 0xDFFF);
}

py_object *py__str_encode(py_object *self, py_object *encoding, py_object *errors) {
  int kind = 8;
  if (encoding) {
    if (!PY_STR_CHECK(encoding))
      return py_raise(&py_exc_TypeError, "encode() argument 'encoding' must be str, not %T", encoding);
    kind = py__encoding_kind(encoding);
  }
  const char *mode = "strict";
  if (errors) {
    if (!PY_STR_CHECK(errors))
      return py_raise(&py_exc_TypeError, "encode() argument 'errors' must be str, not %T", errors);
    mode = DATA(errors);
  }
  if (kind < 0) {
    /* Other encodings are Python's (codecs.lookup). */
    py_object *a[3] = {self, encoding, errors ? errors : PY_NONE};
    return py__codec_bridge("encode", a, 3);
  }
  if (IS_ASCII(self)) return py_bytes_from(DATA(self), (size_t)SIZE(self));
  if (kind == 8) {
    /* Our UTF-8 is the encoding itself, except that lone surrogates (ED A0..BF xx) are
     * not encodable. */
    bool surrogates = false;
    for (py_ssize i = 0; i + 1 < SIZE(self); i++)
      if ((unsigned char)DATA(self)[i] == 0xED && (unsigned char)DATA(self)[i + 1] >= 0xA0)
        surrogates = true;
    if (!surrogates) return py_bytes_from(DATA(self), (size_t)SIZE(self));
  }
  uint32_t limit = kind == 7 ? 0x80 : kind == 1 ? 0x100 : 0x110000;
  const char *codec = kind == 7 ? "ascii" : kind == 1 ? "latin-1" : "utf-8";
  char *buf = py_mem_alloc((size_t)SIZE(self) + 1);
  if (!buf) return py_raise_nomemory();
  size_t w = 0;
  const char *p = DATA(self), *end = p + SIZE(self);
  py_ssize pos = 0;
  py_object *r = NULL;
  while (p < end) {
    uint32_t c = py__utf8_next(&p);
    bool bad = unencodable(c, limit, kind);
    if (!bad) {
      if (kind == 8) w += (size_t)py__utf8_put(buf + w, c);
      else buf[w++] = (char)c;
    } else if (!strcmp(mode, "ignore")) {
    } else if (!strcmp(mode, "replace")) {
      buf[w++] = '?';
    } else if (strcmp(mode, "strict")) {
      /* The other error handlers (backslashreplace, ..., codecs.register_error's) are
       * Python's. */
      py_object *a[3] = {self, py_str_from_cstr(codec), errors};
      r = a[1] ? py__codec_bridge("encode_handled", a, 3) : NULL;
      py_xdecref(a[1]);
      goto done;
    } else {
      /* One error for the whole run of characters that cannot be encoded, as CPython. */
      py_ssize stop = pos + 1;
      for (const char *q = p; q < end && unencodable(py__utf8_next(&q), limit, kind);) stop++;
      py__raise_codec_error(&py_exc_UnicodeEncodeError, codec, self, pos, stop,
                            kind == 8     ? "surrogates not allowed"
                            : kind == 7   ? "ordinal not in range(128)"
                                          : "ordinal not in range(256)");
      goto done;
    }
    pos++;
  }
  r = py_bytes_from(buf, w);
done:
  py_mem_free(buf, (size_t)SIZE(self) + 1);
  return r;
}

static py_object *str_encode(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  static const char *const names[] = {"encoding", "errors"};
  static const py_params params = {"encode", names, 2, 0, 2, 0};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  return py__str_encode(self, a[0], a[1]);
}

/* ===================================================================================
 * Misc
 * =================================================================================== */

static py_object *str_format_method_slot(py_object *self, py_object *const *args, size_t nargs,
                                         py_object *kw) {
  return py__str_format_method(self, args, nargs, kw);
}

static py_object *str_format_map(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kw) {
  if (py_args_check("format_map", nargs, kw, 1, 1) < 0) return NULL;
  return py__str_format_with(self, NULL, 0, args[0]);
}

static py_object *str_dunder_format(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kw) {
  if (py_args_check("str.__format__", nargs, kw, 1, 1) < 0) return NULL;
  if (!PY_STR_CHECK(args[0]))
    return py_raise(&py_exc_TypeError, "__format__() argument must be str, not %T", args[0]);
  return py__format_str(self, args[0]);
}

static py_object *str_getnewargs(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kw) {
  (void)args;
  if (py_args_check("__getnewargs__", nargs, kw, 0, 0) < 0) return NULL;
  py_object *s = substr_bytes(self, 0, SIZE(self));
  if (!s) return NULL;
  py_object *t = py_tuple_pack(1, s);
  py_decref(s);
  return t;
}

const py_method_def py__str_methods[] = {
    {"capitalize", str_capitalize, 0, NULL},
    {"casefold", str_casefold, 0, NULL},
    {"center", str_center, 0, NULL},
    {"count", str_count, 0, NULL},
    {"encode", str_encode, 0, NULL},
    {"endswith", str_endswith, 0, NULL},
    {"expandtabs", str_expandtabs, 0, NULL},
    {"find", str_find, 0, NULL},
    {"format", str_format_method_slot, 0, NULL},
    {"format_map", str_format_map, 0, NULL},
    {"index", str_index, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},
    {"isascii", str_isascii, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL},
    {"isdigit", str_isdigit, 0, NULL},
    {"isidentifier", str_isidentifier, 0, NULL},
    {"islower", str_islower, 0, NULL},
    {"isnumeric", str_isnumeric, 0, NULL},
    {"isprintable", str_isprintable, 0, NULL},
    {"isspace", str_isspace, 0, NULL},
    {"istitle", str_istitle, 0, NULL},
    {"isupper", str_isupper, 0, NULL},
    {"join", str_join, 0, NULL},
    {"ljust", str_ljust, 0, NULL},
    {"lower", str_lower, 0, NULL},
    {"lstrip", str_lstrip, 0, NULL},
    {"maketrans", str_maketrans, PY_METH_STATIC, NULL},
    {"partition", str_partition, 0, NULL},
    {"removeprefix", str_removeprefix, 0, NULL},
    {"removesuffix", str_removesuffix, 0, NULL},
    {"replace", str_replace, 0, NULL},
    {"rfind", str_rfind, 0, NULL},
    {"rindex", str_rindex, 0, NULL},
    {"rjust", str_rjust, 0, NULL},
    {"rpartition", str_rpartition, 0, NULL},
    {"rsplit", str_rsplit, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},
    {"split", str_split, 0, NULL},
    {"splitlines", str_splitlines, 0, NULL},
    {"startswith", str_startswith, 0, NULL},
    {"strip", str_strip, 0, NULL},
    {"swapcase", str_swapcase, 0, NULL},
    {"title", str_title, 0, NULL},
    {"translate", str_translate, 0, NULL},
    {"upper", str_upper, 0, NULL},
    {"zfill", str_zfill, 0, NULL},
    {"__format__", str_dunder_format, 0, NULL},
    {"__getnewargs__", str_getnewargs, 0, NULL},
    {NULL, NULL, 0, NULL},
};
