/* runtime/py/mod_string.c — the string module: the character-class constants,
 * capwords, and Template with $-substitution (substitute / safe_substitute). */
#include <string.h>

#include "py/object.h"
#include "py/scalars.h"

/* capwords(s, sep=None): sep.join(word.capitalize() for word in s.split(sep)). */
static py_object *m_capwords(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)self;
  static const char *const names[] = {"s", "sep"};
  static const py_params params = {"capwords", names, 2, 0, 2, 1};
  py_object *a[2];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  py_object *sep = a[1] && a[1] != PY_NONE ? a[1] : NULL;
  py_object *split = py_getattr_str(a[0], "split");
  if (!split) return NULL;
  py_object *words = sep ? py_call1(split, sep) : py_call0(split);
  py_decref(split);
  if (!words) return NULL;
  if (!PY_LIST_CHECK(words)) {
    py_decref(words);
    return py_raise(&py_exc_TypeError, "split() did not return a list");
  }
  for (py_ssize i = 0; i < PY_LIST_SIZE(words); i++) {
    py_object *w = PY_LIST_ITEMS(words)[i];
    py_object *cap = py_call_method(w, py_str_intern_cstr("capitalize"), NULL, 0);
    if (!cap) {
      py_decref(words);
      return NULL;
    }
    py_setref(&PY_LIST_ITEMS(words)[i], cap);
  }
  py_object *joiner = sep ? py_newref(sep) : py_str_from_cstr(" ");
  py_object *r = joiner ? py_str_join(joiner, words) : NULL;
  py_xdecref(joiner);
  py_decref(words);
  return r;
}

/* ===================================================================================
 * Template
 * =================================================================================== */

typedef struct template_object {
  PY_HEAD;
  py_object *dict;     /* instance __dict__ */
  py_object *template; /* str */
} template_object;

static bool id_start(uint32_t c) { return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }
static bool id_char(uint32_t c) { return id_start(c) || (c >= '0' && c <= '9'); }

/* Line and column (1-based) of byte offset i, for the invalid-placeholder message. */
static void line_col(const char *s, size_t i, py_ssize *line, py_ssize *col) {
  *line = 1;
  size_t start = 0;
  for (size_t k = 0; k < i; k++)
    if (s[k] == '\n') {
      (*line)++;
      start = k + 1;
    }
  *col = (py_ssize)(i - start) + 1;
}

static py_object *substitute(py_object *self, py_object *const *args, size_t nargs,
                             py_object *kwnames, bool safe) {
  if (nargs > 1) return py_raise(&py_exc_TypeError, "Too many positional arguments");
  /* The mapping: keywords override the positional mapping, as a ChainMap would. */
  py_object *kw = NULL;
  if (kwnames && PY_TUPLE_SIZE(kwnames)) {
    kw = py_dict_new();
    if (!kw) return NULL;
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(kwnames); i++)
      if (py_dict_set(kw, PY_TUPLE_ITEMS(kwnames)[i], args[nargs + (size_t)i]) < 0) {
        py_decref(kw);
        return NULL;
      }
  }
  py_object *mapping = nargs ? args[0] : NULL;
  py_object *tmpl = ((template_object *)self)->template;
  const char *s = PY_STR_DATA(tmpl);
  size_t n = (size_t)PY_STR_SIZE(tmpl), i = 0, lit = 0;
  py__strbuf out;
  py__strbuf_init(&out);
  while (i < n) {
    if (s[i] != '$') {
      i++;
      continue;
    }
    py__strbuf_append(&out, s + lit, i - lit, -1);
    size_t start = i;
    i++;
    if (i < n && s[i] == '$') {
      py__strbuf_append(&out, "$", 1, 1);
      lit = ++i;
      continue;
    }
    bool braced = i < n && s[i] == '{';
    size_t name_start = braced ? i + 1 : i, j = name_start;
    if (j < n && id_start((unsigned char)s[j]))
      while (j < n && id_char((unsigned char)s[j])) j++;
    bool valid = j > name_start && (!braced || (j < n && s[j] == '}'));
    if (!valid) {
      if (safe) {
        py__strbuf_append(&out, "$", 1, 1);
        lit = i;
        continue;
      }
      py_ssize line, col;
      line_col(s, start, &line, &col);
      py_raise(&py_exc_ValueError, "Invalid placeholder in string: line %zd, col %zd", line, col);
      goto fail;
    }
    size_t end = braced ? j + 1 : j;
    py_object *key = py_str_from_utf8(s + name_start, j - name_start);
    if (!key) goto fail;
    py_object *v = NULL;
    if (kw) {
      v = py_dict_get(kw, key);
      if (v) py_incref(v);
    }
    if (!v && mapping) {
      v = py_getitem(mapping, key);
      if (!v && !py_err_matches(&py_exc_KeyError)) {
        py_decref(key);
        goto fail;
      }
      if (!v) py_err_clear();
    }
    if (!v) {
      if (safe) {
        py__strbuf_append(&out, s + start, end - start, -1);
        py_decref(key);
        i = lit = end;
        continue;
      }
      py_raise_with(&py_exc_KeyError, key);
      py_decref(key);
      goto fail;
    }
    py_decref(key);
    int rc = py__strbuf_append_obj(&out, v, false);
    py_decref(v);
    if (rc < 0) goto fail;
    i = lit = end;
  }
  py__strbuf_append(&out, s + lit, n - lit, -1);
  py_xdecref(kw);
  return py__strbuf_finish(&out);
fail:
  py_xdecref(kw);
  py__strbuf_free(&out);
  return NULL;
}

static py_object *t_substitute(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  return substitute(self, args, nargs, kwnames, false);
}
static py_object *t_safe_substitute(py_object *self, py_object *const *args, size_t nargs,
                                    py_object *kwnames) {
  return substitute(self, args, nargs, kwnames, true);
}

static py_object *t_get_template(py_object *self) {
  return py_newref(((template_object *)self)->template);
}

static void template_dealloc(py_object *o) {
  template_object *t = (template_object *)o;
  py_xdecref(t->dict);
  py_xdecref(t->template);
  py_type_free(o);
}

static py_object *template_new(py_type *type, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  static const char *const names[] = {"template"};
  static const py_params params = {"Template", names, 1, 0, 1, 1};
  py_object *a[1];
  if (py_args_bind(&params, args, nargs, kwnames, a) < 0) return NULL;
  if (!PY_STR_CHECK(a[0]))
    return py_raise(&py_exc_TypeError, "expected string or bytes-like object, got '%T'", a[0]);
  template_object *t = (template_object *)py_type_alloc(type, 0);
  if (!t) return NULL;
  t->template = py_newref(a[0]);
  return (py_object *)t;
}

static int template_init(py_object *self, py_object *const *args, size_t nargs, py_object *kw) {
  (void)self; (void)args; (void)nargs; (void)kw;
  return 0;
}

static const py_method_def template_methods[] = {
    {"substitute", t_substitute, 0, NULL},
    {"safe_substitute", t_safe_substitute, 0, NULL},
    {NULL, NULL, 0, NULL},
};
static const py_getset_def template_getset[] = {
    {"template", t_get_template, NULL},
    {NULL, NULL, NULL},
};

py_type py__template_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "Template",
    .basicsize = sizeof(template_object),
    .dictoffset = offsetof(template_object, dict),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = template_methods,
    .getset = template_getset,
    .new = template_new,
    .init = template_init,
    .dealloc = template_dealloc,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
};

static const py_method_def string_functions[] = {
    {"capwords", m_capwords, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_object *py_mod_string_init(void) {
  static const struct {
    const char *name, *value;
  } consts[] = {
      {"ascii_letters", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"},
      {"ascii_lowercase", "abcdefghijklmnopqrstuvwxyz"},
      {"ascii_uppercase", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
      {"digits", "0123456789"},
      {"hexdigits", "0123456789abcdefABCDEF"},
      {"octdigits", "01234567"},
      {"punctuation", "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"},
      {"printable", "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c"},
      {"whitespace", " \t\n\r\x0b\x0c"},
  };
  py_object *m = py_module_new("string");
  if (!m) return NULL;
  if (py_module_add_functions(m, string_functions) < 0) goto fail;
  for (size_t i = 0; i < sizeof consts / sizeof *consts; i++) {
    py_object *s = py_str_from_cstr(consts[i].value);
    int rc = s ? py_module_add(m, consts[i].name, s) : -1;
    py_xdecref(s);
    if (rc < 0) goto fail;
  }
  if (py_type_ready(&py__template_type) < 0) goto fail;
  py_object *modname = py_str_from_cstr("string");
  if (!modname) goto fail;
  py_setref(&py__template_type.module, modname);
  if (py_module_add(m, "Template", (py_object *)&py__template_type) < 0) goto fail;
  return m;
fail:
  py_decref(m);
  return NULL;
}
