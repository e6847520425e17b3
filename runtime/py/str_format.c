/* runtime/py/str_format.c — everything that turns values into formatted text:
 *   - the built-in __format__ of int, float and str (the numeric library's
 *     format-spec mini-language, py/formatspec.h),
 *   - the f-string helper py_format_value (format() itself is the object protocol's),
 *   - str.format / str.format_map,
 *   - the printf-style % operator of str.
 * Float digits come from the numeric library (py/floatfmt.h); the field parsing of
 * str.format and the argument handling of % follow CPython 3.11's rules and messages
 * (Objects/stringlib/unicode_format.h, Objects/unicodeobject.c). */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "py/bigint.h"
#include "py/floatfmt.h"
#include "py/formatspec.h"
#include "py/object.h"
#include "py/scalars.h"

/* ===================================================================================
 * The built-in __format__s: the numeric library's format-spec mini-language
 * =================================================================================== */

/* Turns a formatspec result into a str, or its status into the exception. */
static py_object *spec_result(int st, char *out, size_t len, const py_fmt_error *err) {
  if (st == PY_NUM_OK) {
    py_object *r = py_str_from_utf8(out, len);
    py_mem_free(out, len + 1);
    return r;
  }
  if (st == PY_NUM_EVALUE) return py_raise(&py_exc_ValueError, "%s", err->msg);
  if (st == PY_NUM_EOVERFLOW) return py_raise(&py_exc_OverflowError, "%s", err->msg);
  return py_raise_nomemory();
}

static int parse(py_object *o, py_object *spec_str, py_formatspec *sp) {
  py_fmt_error err;
  int st = py_formatspec_parse(PY_STR_DATA(spec_str), (size_t)PY_STR_SIZE(spec_str),
                               PY_TYPE(o)->name, sp, &err);
  if (st == PY_NUM_OK) return 0;
  spec_result(st, NULL, 0, &err);
  return -1;
}

py_object *py__format_float(py_object *o, py_object *spec_str) {
  if (PY_STR_LEN(spec_str) == 0) return py_str(o);
  py_formatspec sp;
  if (parse(o, spec_str, &sp) < 0) return NULL;
  py_fmt_error err;
  char *out = NULL;
  size_t len = 0;
  int st = py_formatspec_float(&sp, PY_FLOAT_VALUE(o), PY_TYPE(o)->name, &out, &len, &err);
  return spec_result(st, out, len, &err);
}

py_object *py__format_int(py_object *o, py_object *spec_str) {
  if (PY_STR_LEN(spec_str) == 0) return py_str(o);
  py_formatspec sp;
  if (parse(o, spec_str, &sp) < 0) return NULL;
  py_fmt_error err;
  char *out = NULL;
  size_t len = 0;
  int st = PY_INT_IS_SMALL(o)
               ? py_formatspec_int64(&sp, PY_INT_SMALL(o), PY_TYPE(o)->name, &out, &len, &err)
               : py_formatspec_int(&sp, ((py_int_object *)o)->big, PY_TYPE(o)->name, &out, &len,
                                   &err);
  return spec_result(st, out, len, &err);
}

py_object *py__format_str(py_object *o, py_object *spec_str) {
  if (PY_STR_LEN(spec_str) == 0) return py_str(o);
  py_formatspec sp;
  if (parse(o, spec_str, &sp) < 0) return NULL;
  py_fmt_error err;
  char *out = NULL;
  size_t len = 0;
  int st = py_formatspec_str(&sp, PY_STR_DATA(o), (size_t)PY_STR_SIZE(o), PY_TYPE(o)->name, &out,
                             &len, &err);
  return spec_result(st, out, len, &err);
}

/* ===================================================================================
 * format(), FORMAT_VALUE
 * =================================================================================== */

/* format(o, spec) with fast paths for the exact builtin types; everything else goes
 * through the object protocol's py_format (__format__). */
static py_object *format_fast(py_object *o, py_object *spec_str) {
  if (!spec_str) spec_str = py__str_empty();
  if (PY_IS_TYPE(o, &py_str_type)) {
    if (PY_STR_SIZE(spec_str) == 0) return py_newref(o);
    return py__format_str(o, spec_str);
  }
  if (PY_IS_TYPE(o, &py_int_type)) {
    if (PY_STR_SIZE(spec_str) == 0) return py__int_repr(o);
    return py__format_int(o, spec_str);
  }
  if (PY_IS_TYPE(o, &py_float_type)) return py__format_float(o, spec_str);
  return py_format(o, spec_str);
}

py_object *py_ascii(py_object *o) {
  py_object *r = py_repr(o);
  if (!r || ((py_str_object *)r)->ascii) return r;
  /* Escape what is not ASCII in the repr, as ascii() does. */
  py__strbuf b;
  py__strbuf_init(&b);
  const char *p = PY_STR_DATA(r), *end = p + PY_STR_SIZE(r);
  while (p < end) {
    uint32_t c = py__utf8_next(&p);
    char esc[12];
    if (c < 0x80) py__strbuf_append_char(&b, c);
    else {
      int n = snprintf(esc, sizeof esc, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x",
                       (unsigned)c);
      py__strbuf_append(&b, esc, (size_t)n, n);
    }
  }
  py_decref(r);
  return py__strbuf_finish(&b);
}

py_object *py_format_value(py_object *value, int conversion, py_object *spec_str) {
  py_object *v;
  switch (conversion) {
  case 'r': v = py_repr(value); break;
  case 's': v = py_str(value); break;
  case 'a': v = py_ascii(value); break;
  default: v = py_newref(value); break;
  }
  if (!v) return NULL;
  if ((!spec_str || PY_STR_SIZE(spec_str) == 0) && PY_IS_TYPE(v, &py_str_type)) return v;
  py_object *r = format_fast(v, spec_str);
  py_decref(v);
  return r;
}

py_object *py_str_build(py_object *const *parts, size_t n) {
  size_t size = 0;
  py_ssize length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; i++) {
    size += (size_t)PY_STR_SIZE(parts[i]);
    length += PY_STR_LEN(parts[i]);
    ascii &= ((py_str_object *)parts[i])->ascii;
  }
  if (size == 0) return py_newref(py__str_empty());
  if (n == 1 && PY_IS_TYPE(parts[0], &py_str_type)) return py_newref(parts[0]);
  py_object *r = py__str_new(size, length, ascii);
  if (!r) return NULL;
  char *w = ((py_str_object *)r)->data;
  for (size_t i = 0; i < n; i++) {
    memcpy(w, PY_STR_DATA(parts[i]), (size_t)PY_STR_SIZE(parts[i]));
    w += PY_STR_SIZE(parts[i]);
  }
  return r;
}

/* ===================================================================================
 * str.format and str.format_map
 * =================================================================================== */

typedef struct fmt_state {
  py_object *const *args; /* positional arguments */
  size_t nargs;
  py_object *kwargs;      /* mapping or NULL */
  int auto_state;         /* 0 unknown, 1 automatic numbering, 2 manual */
  py_ssize next_auto;
} fmt_state;

static int render(py__strbuf *out, const char *s, const char *end, fmt_state *st, int depth);

/* Resolves a field name "arg_name(.attr|[key])*" to a new reference. */
static py_object *resolve_field(const char *s, const char *end, fmt_state *st) {
  const char *p = s;
  while (p < end && *p != '.' && *p != '[') p++;
  py_object *obj;
  bool numeric = p > s;
  for (const char *q = s; q < p; q++)
    if (*q < '0' || *q > '9') numeric = false;
  if (p == s || numeric) {
    py_ssize idx;
    if (p == s) {
      if (st->auto_state == 2)
        return py_raise(&py_exc_ValueError,
                        "cannot switch from manual field specification to automatic field numbering");
      st->auto_state = 1;
      idx = st->next_auto++;
    } else {
      if (st->auto_state == 1)
        return py_raise(&py_exc_ValueError,
                        "cannot switch from automatic field numbering to manual field specification");
      st->auto_state = 2;
      idx = 0;
      for (const char *q = s; q < p; q++) {
        if (idx > (PTRDIFF_MAX - 9) / 10)
          return py_raise(&py_exc_ValueError, "Too many decimal digits in format string");
        idx = idx * 10 + (*q - '0');
      }
    }
    if (!st->args || (size_t)idx >= st->nargs) {
      if (!st->args && st->kwargs)
        return py_raise(&py_exc_ValueError, "Format string contains positional fields");
      return py_raise(&py_exc_IndexError,
                      "Replacement index %zd out of range for positional args tuple", idx);
    }
    obj = py_newref(st->args[idx]);
  } else {
    py_object *key = py_str_from_utf8(s, (size_t)(p - s));
    if (!key) return NULL;
    if (!st->kwargs) {
      py_raise_with(&py_exc_KeyError, key);
      py_decref(key);
      return NULL;
    }
    if (PY_DICT_CHECK(st->kwargs) && PY_IS_TYPE(st->kwargs, &py_dict_type)) {
      obj = py_dict_get(st->kwargs, key);
      if (obj) py_incref(obj);
      else if (!py_err_occurred()) py_raise_with(&py_exc_KeyError, key);
    } else {
      obj = py_getitem(st->kwargs, key);
    }
    py_decref(key);
    if (!obj) return NULL;
  }
  while (p < end) {
    if (*p == '.') {
      const char *a = ++p;
      while (p < end && *p != '.' && *p != '[') p++;
      if (p == a) {
        py_decref(obj);
        return py_raise(&py_exc_ValueError, "Empty attribute in format string");
      }
      py_object *name = py_str_from_utf8(a, (size_t)(p - a));
      py_object *v = name ? py_getattr(obj, name) : NULL;
      py_xdecref(name);
      py_decref(obj);
      if (!v) return NULL;
      obj = v;
    } else if (*p == '[') {
      const char *a = ++p;
      while (p < end && *p != ']') p++;
      if (p >= end) {
        py_decref(obj);
        return py_raise(&py_exc_ValueError, "Missing ']' in format string");
      }
      if (p == a) {
        py_decref(obj);
        return py_raise(&py_exc_ValueError, "Empty attribute in format string");
      }
      bool digits = true;
      for (const char *q = a; q < p; q++)
        if (*q < '0' || *q > '9') digits = false;
      py_object *key = digits ? py_int_from_string(a, (size_t)(p - a), 10)
                              : py_str_from_utf8(a, (size_t)(p - a));
      py_object *v = key ? py_getitem(obj, key) : NULL;
      py_xdecref(key);
      py_decref(obj);
      if (!v) return NULL;
      obj = v;
      p++;
      if (p < end && *p != '.' && *p != '[') {
        py_decref(obj);
        return py_raise(&py_exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      }
    } else {
      break;
    }
  }
  return obj;
}

/* One replacement field: the text between '{' and its matching '}'. */
static int render_field(py__strbuf *out, const char *s, const char *end, fmt_state *st, int depth) {
  /* Split into name, conversion and spec; brackets may hold ':' or '!'. */
  const char *p = s;
  while (p < end && *p != '!' && *p != ':') {
    if (*p == '[') {
      while (p < end && *p != ']') p++;
      if (p < end) p++;
      continue;
    }
    p++;
  }
  const char *name_end = p;
  int conversion = 0;
  if (p < end && *p == '!') {
    if (p + 1 >= end) {
      py_raise(&py_exc_ValueError, "end of string while looking for conversion specifier");
      return -1;
    }
    conversion = (unsigned char)p[1];
    p += 2;
    if (p < end && *p != ':') {
      py_raise(&py_exc_ValueError, "expected ':' after conversion specifier");
      return -1;
    }
    if (conversion != 'r' && conversion != 's' && conversion != 'a') {
      py_raise(&py_exc_ValueError, "Unknown conversion specifier %c", conversion);
      return -1;
    }
  }
  /* The field's object first, then the replacement fields nested in its spec: that
   * is the order automatic numbering hands out arguments in. */
  py_object *obj = resolve_field(s, name_end, st);
  if (!obj) return -1;
  py_object *spec_str = NULL;
  if (p < end && *p == ':') {
    p++;
    /* The spec may itself contain replacement fields: render it first. */
    if (memchr(p, '{', (size_t)(end - p))) {
      if (depth >= 2) {
        py_decref(obj);
        py_raise(&py_exc_ValueError, "Max string recursion exceeded");
        return -1;
      }
      py__strbuf sb;
      py__strbuf_init(&sb);
      if (render(&sb, p, end, st, depth + 1) < 0) {
        py__strbuf_free(&sb);
        py_decref(obj);
        return -1;
      }
      spec_str = py__strbuf_finish(&sb);
    } else {
      spec_str = py_str_from_utf8(p, (size_t)(end - p));
    }
    if (!spec_str) {
      py_decref(obj);
      return -1;
    }
  }
  py_object *r = py_format_value(obj, conversion, spec_str);
  py_decref(obj);
  py_xdecref(spec_str);
  if (!r) return -1;
  int rc = py__strbuf_append_str(out, r);
  py_decref(r);
  return rc;
}

static int render(py__strbuf *out, const char *s, const char *end, fmt_state *st, int depth) {
  const char *p = s, *lit = s;
  while (p < end) {
    char c = *p;
    if (c == '{') {
      py__strbuf_append(out, lit, (size_t)(p - lit), -1);
      if (p + 1 < end && p[1] == '{') {
        py__strbuf_append(out, "{", 1, 1);
        p += 2;
        lit = p;
        continue;
      }
      /* Find the matching '}' (nested braces count). */
      const char *q = p + 1;
      int level = 1;
      while (q < end) {
        if (*q == '[') {
          /* Inside an index, braces are literal characters. */
          while (q < end && *q != ']' && *q != '}' ) q++;
          if (q < end && *q == ']') q++;
          continue;
        }
        if (*q == '{') level++;
        else if (*q == '}' && --level == 0) break;
        q++;
      }
      if (q >= end) {
        py_raise(&py_exc_ValueError, level > 1 || p + 1 < end ? "expected '}' before end of string"
                                                             : "Single '{' encountered in format string");
        return -1;
      }
      if (render_field(out, p + 1, q, st, depth) < 0) return -1;
      p = q + 1;
      lit = p;
    } else if (c == '}') {
      py__strbuf_append(out, lit, (size_t)(p - lit), -1);
      if (p + 1 < end && p[1] == '}') {
        py__strbuf_append(out, "}", 1, 1);
        p += 2;
        lit = p;
        continue;
      }
      py_raise(&py_exc_ValueError, "Single '}' encountered in format string");
      return -1;
    } else {
      p++;
    }
  }
  py__strbuf_append(out, lit, (size_t)(p - lit), -1);
  return out->failed ? -1 : 0;
}

py_object *py__str_format_with(py_object *fmt, py_object *const *args, size_t nargs,
                               py_object *kwargs) {
  fmt_state st = {args, nargs, kwargs, 0, 0};
  py__strbuf out;
  py__strbuf_init(&out);
  const char *s = PY_STR_DATA(fmt);
  if (render(&out, s, s + PY_STR_SIZE(fmt), &st, 0) < 0) {
    py__strbuf_free(&out);
    return NULL;
  }
  return py__strbuf_finish(&out);
}

py_object *py__str_format_method(py_object *self, py_object *const *args, size_t nargs,
                                 py_object *kwnames) {
  static py_object *const no_args[1];
  py_object *kw = NULL;
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    kw = py_dict_new();
    if (!kw) return NULL;
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++) {
      if (py_dict_set(kw, PY_TUPLE_ITEMS(kwnames)[i], args[nargs + (size_t)i]) < 0) {
        py_decref(kw);
        return NULL;
      }
    }
  }
  py_object *r = py__str_format_with(self, nargs ? args : no_args, nargs, kw);
  py_xdecref(kw);
  return r;
}

/* ===================================================================================
 * The % operator: printf-style formatting
 * =================================================================================== */

typedef struct pct_args {
  py_object *const *items;
  py_ssize n, next;
  py_object *dict; /* mapping for %(key)s, or NULL */
  py_object *single; /* the right operand when it is not a tuple */
} pct_args;

static py_object *next_arg(pct_args *a) {
  if (a->next < a->n) return a->items[a->next++];
  py_raise(&py_exc_TypeError, "not enough arguments for format string");
  return NULL;
}

/* Appends the integer conversion of v for %d %i %u %x %X %o. */
static py_object *pct_int_text(py_object *v, char type) {
  py_object *iv;
  if (type == 'd' || type == 'i' || type == 'u') {
    if (PY_INT_CHECK(v)) iv = py_newref(v);
    else if (PY_FLOAT_CHECK(v)) iv = py_int_from_double(PY_FLOAT_VALUE(v));
    else if (PY_TYPE(v)->to_int || PY_TYPE(v)->index) iv = py__int_from_object(v);
    else return py_raise(&py_exc_TypeError, "%%%c format: a real number is required, not %T", type, v);
  } else {
    if (PY_INT_CHECK(v)) iv = py_newref(v);
    else if (PY_TYPE(v)->index) iv = py_number_index(v);
    else return py_raise(&py_exc_TypeError, "%%%c format: an integer is required, not %T", type, v);
  }
  if (!iv) return NULL;
  int base = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
  py_object *s = py__int_to_base(iv, base, false);
  py_decref(iv);
  return s;
}

py_object *py__str_mod(py_object *fmt, py_object *arg) {
  if (!PY_STR_CHECK(fmt)) return py_newref(PY_NOTIMPLEMENTED);
  pct_args a = {0};
  if (PY_TUPLE_CHECK(arg)) {
    a.items = PY_TUPLE_ITEMS(arg);
    a.n = PY_TUPLE_SIZE(arg);
  } else {
    a.items = &a.single;
    a.single = arg;
    a.n = 1;
    if (PY_TYPE(arg)->getitem && !PY_STR_CHECK(arg)) a.dict = arg;
  }
  py__strbuf out;
  py__strbuf_init(&out);
  const char *s = PY_STR_DATA(fmt), *end = s + PY_STR_SIZE(fmt), *p = s, *lit = s;
  py_object *tmp = NULL;
  while (p < end) {
    if (*p != '%') {
      p++;
      continue;
    }
    py__strbuf_append(&out, lit, (size_t)(p - lit), -1);
    p++;
    py_object *v = NULL;
    bool keyed = false;
    if (p < end && *p == '(') {
      if (!a.dict) {
        py_raise(&py_exc_TypeError, "format requires a mapping");
        goto fail;
      }
      const char *k = ++p;
      int level = 1;
      while (p < end && level) {
        if (*p == '(') level++;
        else if (*p == ')') level--;
        if (level) p++;
      }
      if (p >= end) {
        py_raise(&py_exc_ValueError, "incomplete format key");
        goto fail;
      }
      py_object *key = py_str_from_utf8(k, (size_t)(p - k));
      if (!key) goto fail;
      v = py_getitem(a.dict, key);
      py_decref(key);
      if (!v) goto fail;
      tmp = v;
      keyed = true;
      p++;
    }
    bool left = false, zero = false, plus = false, space = false, alt = false;
    for (; p < end; p++) {
      if (*p == '-') left = true;
      else if (*p == '0') zero = true;
      else if (*p == '+') plus = true;
      else if (*p == ' ') space = true;
      else if (*p == '#') alt = true;
      else break;
    }
    py_ssize width = -1, prec = -1;
    if (p < end && *p == '*') {
      py_object *w = next_arg(&a);
      if (!w) goto fail;
      if (!PY_INT_CHECK(w)) {
        py_raise(&py_exc_TypeError, "* wants int");
        goto fail;
      }
      if (py_index_ssize(w, &width) < 0) goto fail;
      if (width < 0) {
        left = true;
        width = -width;
      }
      p++;
    } else {
      /* CPython's bounds: a width fits a Py_ssize_t, a precision a C int. */
      while (p < end && *p >= '0' && *p <= '9') {
        int dgt = *p++ - '0';
        if (width > (PTRDIFF_MAX - dgt) / 10) {
          py_raise(&py_exc_ValueError, "width too big");
          goto fail;
        }
        width = (width < 0 ? 0 : width) * 10 + dgt;
      }
    }
    if (p < end && *p == '.') {
      p++;
      prec = 0;
      if (p < end && *p == '*') {
        py_object *w = next_arg(&a);
        if (!w) goto fail;
        if (!PY_INT_CHECK(w)) {
          py_raise(&py_exc_TypeError, "* wants int");
          goto fail;
        }
        if (py_index_ssize(w, &prec) < 0) goto fail;
        if (prec < 0) prec = 0;
        p++;
      } else {
        while (p < end && *p >= '0' && *p <= '9') {
          int dgt = *p++ - '0';
          if (prec > (INT_MAX - dgt) / 10) {
            py_raise(&py_exc_ValueError, "precision too big");
            goto fail;
          }
          prec = prec * 10 + dgt;
        }
      }
    }
    while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
    if (p >= end) {
      py_raise(&py_exc_ValueError, "incomplete format");
      goto fail;
    }
    char type = *p++;
    if (type == '%') {
      py__strbuf_append(&out, "%", 1, 1);
      lit = p;
      if (tmp) PY_CLEAR(tmp);
      continue;
    }
    if (!keyed) {
      v = next_arg(&a);
      if (!v) goto fail;
    }
    /* Body text and whether it is numeric (for '0' and sign handling). */
    py_object *body = NULL;
    bool numeric = false, neg = false;
    const char *prefix = "";
    switch (type) {
    case 's': body = py_str(v); break;
    case 'r': body = py_repr(v); break;
    case 'a': body = py_ascii(v); break;
    case 'c': {
      uint32_t c;
      if (PY_STR_CHECK(v)) {
        if (PY_STR_LEN(v) != 1) {
          py_raise(&py_exc_TypeError, "%%c requires int or char");
          goto fail;
        }
        c = py__str_char_at(v, 0);
      } else if (PY_INT_CHECK(v)) {
        if (!PY_INT_IS_SMALL(v) || PY_INT_SMALL(v) < 0 || PY_INT_SMALL(v) > 0x10FFFF) {
          py_raise(&py_exc_OverflowError, "%%c arg not in range(0x110000)");
          goto fail;
        }
        c = (uint32_t)PY_INT_SMALL(v);
      } else {
        py_raise(&py_exc_TypeError, "%%c requires int or char");
        goto fail;
      }
      body = py__str_from_char(c);
      break;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
      body = pct_int_text(v, type);
      numeric = true;
      if (body && PY_STR_DATA(body)[0] == '-') {
        neg = true;
        py_object *b2 = py__str_substr(body, 1, PY_STR_LEN(body));
        py_decref(body);
        body = b2;
      }
      if (body && prec > PY_STR_LEN(body)) {
        /* Precision gives a minimum number of digits. */
        py__strbuf zb;
        py__strbuf_init(&zb);
        py__strbuf_append_repeat(&zb, '0', prec - PY_STR_LEN(body));
        py__strbuf_append_str(&zb, body);
        py_decref(body);
        body = py__strbuf_finish(&zb);
      }
      if (body && type == 'X') {
        py_object *u = py_call_method(body, py_str_intern_cstr("upper"), NULL, 0);
        py_decref(body);
        body = u;
      }
      if (alt) prefix = type == 'x' ? "0x" : type == 'X' ? "0X" : type == 'o' ? "0o" : "";
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      double d;
      if (PY_FLOAT_CHECK(v)) d = PY_FLOAT_VALUE(v);
      else if (PY_INT_CHECK(v)) {
        bool err;
        d = py__int_to_double(v, &err);
        if (err) goto fail;
      } else if (PY_TYPE(v)->to_float || PY_TYPE(v)->index) {
        d = py_as_double(v);
        if (d == -1.0 && py_err_occurred()) goto fail;
      } else {
        py_raise(&py_exc_TypeError, "must be real number, not %T", v);
        goto fail;
      }
      char *fs;
      size_t fl;
      if (py_float_format(d, type, prec < 0 ? 6 : (int)prec, alt ? PY_FLOAT_ALT : 0, &fs, &fl)) {
        py_raise_nomemory();
        goto fail;
      }
      neg = fs[0] == '-';
      body = py_str_from_utf8(fs + neg, fl - neg);
      py_mem_free(fs, fl + 1);
      numeric = true;
      break;
    }
    default: {
      py_ssize idx = 0;
      for (const char *q = s; q < p - 1; q++) idx += ((unsigned char)*q & 0xC0) != 0x80;
      unsigned char ch = (unsigned char)type;
      if (ch < 0x80 && ch >= 0x20 && ch < 0x7f)
        py_raise(&py_exc_ValueError, "unsupported format character '%c' (0x%x) at index %zd", type,
                 (unsigned)ch, idx);
      else {
        const char *q = p - 1;
        uint32_t cp = py__utf8_next(&q);
        py_object *chs = py__str_from_char(cp);
        if (chs)
          py_raise(&py_exc_ValueError, "unsupported format character '%U' (0x%x) at index %zd", chs,
                   (unsigned)cp, idx);
        py_xdecref(chs);
      }
      goto fail;
    }
    }
    if (!body) goto fail;
    if ((type == 's' || type == 'r' || type == 'a') && prec >= 0 && prec < PY_STR_LEN(body)) {
      py_object *cut = py__str_substr(body, 0, prec);
      py_decref(body);
      body = cut;
      if (!body) goto fail;
    }
    const char *signs = neg ? "-" : (numeric && plus) ? "+" : (numeric && space) ? " " : "";
    py_ssize total = (py_ssize)strlen(signs) + (py_ssize)strlen(prefix) + PY_STR_LEN(body);
    py_ssize padn = width > total ? width - total : 0;
    if (left) {
      py__strbuf_append_cstr(&out, signs);
      py__strbuf_append_cstr(&out, prefix);
      py__strbuf_append_str(&out, body);
      py__strbuf_append_repeat(&out, ' ', padn);
    } else if (zero && numeric) {
      py__strbuf_append_cstr(&out, signs);
      py__strbuf_append_cstr(&out, prefix);
      py__strbuf_append_repeat(&out, '0', padn);
      py__strbuf_append_str(&out, body);
    } else {
      py__strbuf_append_repeat(&out, ' ', padn);
      py__strbuf_append_cstr(&out, signs);
      py__strbuf_append_cstr(&out, prefix);
      py__strbuf_append_str(&out, body);
    }
    py_decref(body);
    if (tmp) PY_CLEAR(tmp);
    lit = p;
  }
  py__strbuf_append(&out, lit, (size_t)(p - lit), -1);
  if (a.next < a.n && !a.dict) {
    py_raise(&py_exc_TypeError, "not all arguments converted during string formatting");
    goto fail;
  }
  return py__strbuf_finish(&out);
fail:
  py_xdecref(tmp);
  py__strbuf_free(&out);
  return NULL;
}
