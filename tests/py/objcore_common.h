/* tests/py/objcore_common.h — helpers shared by the object core's C tests: a
 * stand-in "function" type (what the vm's Python functions look like to the object
 * core: callable, binding like a method), classes built from C, and string views of
 * results. Expected texts in the tests come from running python3. */
#ifndef TASKSCOPE_TESTS_OBJCORE_COMMON_H
#define TASKSCOPE_TESTS_OBJCORE_COMMON_H
#include <string.h>

#include "../check.h"
#include "py/object.h"

/* ---- a Python-function stand-in ---- */

typedef struct {
  PY_HEAD;
  py_cfunc fn;
  const char *name;
} fake_fn;

static py_object *fake_call(py_object *callable, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  return ((fake_fn *)callable)->fn(callable, args, nargs, kwnames);
}

static py_object *fake_get(py_object *descr, py_object *obj, py_object *type) {
  (void)type;
  if (!obj) return py_newref(descr);
  return py_method_new(descr, obj);
}

static void fake_dealloc(py_object *o) { py_type_free(o); }

static py_type fake_fn_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "function",
    .basicsize = sizeof(fake_fn),
    .flags = PY_TPFLAGS_METHOD_DESCRIPTOR,
    .dealloc = fake_dealloc,
    .call = fake_call,
    .descr_get = fake_get,
};

/* A function object calling fn(self=the function, args...). New. */
static inline py_object *fn_new(const char *name, py_cfunc fn) {
  fake_fn *f = (fake_fn *)py_type_alloc(&fake_fn_type, 0);
  if (!f) return NULL;
  f->fn = fn;
  f->name = name;
  return (py_object *)f;
}

/* ---- strings ---- */

/* The text of a str (or "(null)" for NULL, with the pending error's text appended
 * as "!Type: msg"), kept in a rotating static buffer; steals o. */
static inline const char *txt(py_object *o) {
  static char bufs[8][512];
  static int k;
  char *b = bufs[k++ & 7];
  if (!o) {
    py_object *e = py_err_fetch();
    if (!e) {
      snprintf(b, 512, "(null)");
      return b;
    }
    py_object *s = py_str(e);
    snprintf(b, 512, "!%s: %s", PY_TYPE(e)->name, s ? PY_STR_DATA(s) : "?");
    py_xdecref(s);
    py_decref(e);
    py_err_clear();
    return b;
  }
  py_object *s = PY_STR_CHECK(o) ? py_newref(o) : py_str(o);
  snprintf(b, 512, "%s", s ? PY_STR_DATA(s) : "(str failed)");
  py_xdecref(s);
  py_decref(o);
  if (!s) py_err_clear();
  return b;
}

/* repr(o) as text; does not steal. */
static inline const char *rep(py_object *o) { return txt(py_repr(o)); }

/* The pending error as "Type: msg" (clears it), or "" if none. */
static inline const char *err(void) {
  if (!py_err_occurred()) return "";
  const char *t = txt(NULL);
  return t + 1;
}

static inline py_object *S(const char *s) { return py_str_from_cstr(s); }
static inline py_object *I(int64_t v) { return py_int_from_i64(v); }

/* A class made as `class name(*bases): ns` with __module__ "__main__". bases may be
 * NULL for (). Each (name, fn) pair in defs becomes a method. New. */
typedef struct {
  const char *name;
  py_cfunc fn;
} meth;

static inline py_object *make_class_meta(py_object *meta, const char *name, py_object *bases,
                                  const meth *defs) {
  py_object *ns = py_dict_new();
  py_object *m = S("__main__");
  py_dict_set_str(ns, "__module__", m);
  py_decref(m);
  for (; defs && defs->name; defs++) {
    py_object *f = fn_new(defs->name, defs->fn);
    py_dict_set_str(ns, defs->name, f);
    py_decref(f);
  }
  py_object *b = bases ? py_newref(bases) : py_tuple_new(0);
  py_object *n = S(name);
  py_object *args[3] = {n, b, ns};
  py_object *cls = py_call(meta, args, 3, NULL);
  py_decref(n);
  py_decref(b);
  py_decref(ns);
  return cls;
}

static inline py_object *make_class(const char *name, py_object *bases, const meth *defs) {
  return make_class_meta((py_object *)&py_type_type, name, bases, defs);
}

#endif
