/* tests/py/containers_testlib.h — small helpers shared by the containers_* tests:
 * building ints/strs/lists quickly and reading reprs as C strings. Objects made here
 * are leaked on purpose: each test is a short-lived process. */
#ifndef TASKSCOPE_TESTS_CONTAINERS_TESTLIB_H
#define TASKSCOPE_TESTS_CONTAINERS_TESTLIB_H
#include "../check.h"
#include "py/containers.h"

/* The tests build many small objects and never release them (the process ends right
 * after), so LeakSanitizer's report would only list those. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

static inline py_object *I(int64_t v) { return py_int_from_i64(v); }
static inline py_object *S(const char *s) { return py_str_from_cstr(s); }

/* repr(o) as a C string, or the pending exception as "!Type: message". */
static inline const char *R(py_object *o) {
  static char buf[8][4096];
  static int slot;
  char *b = buf[slot++ & 7];
  if (!o) {
    py_object *e = py_err_fetch();
    py_object *s = e ? py_str(e) : NULL;
    snprintf(b, 4096, "!%s: %s", e ? PY_TYPE(e)->name : "?", s ? PY_STR_DATA(s) : "?");
    return b;
  }
  py_object *r = py_repr(o);
  if (!r) return R(NULL);
  snprintf(b, 4096, "%s", PY_STR_DATA(r));
  return b;
}

static inline py_object *list_of_ints(const int64_t *v, int n) {
  py_object *l = py_list_new(0);
  for (int i = 0; i < n; i++) py_list_append(l, I(v[i]));
  return l;
}

static inline py_object *set_of_strs(const char *const *w, int n) {
  py_object *s = py_set_new(NULL);
  for (int i = 0; i < n; i++) py_set_add(s, S(w[i]));
  return s;
}

static inline py_object *set_of_ints(const int64_t *v, int n) {
  py_object *s = py_set_new(NULL);
  for (int i = 0; i < n; i++) py_set_add(s, I(v[i]));
  return s;
}

/* Calls o.name(*args). */
static inline py_object *M(py_object *o, const char *name, int n, ...) {
  py_object *a[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) a[i] = va_arg(ap, py_object *);
  va_end(ap);
  return py_call_method(o, py_str_intern_cstr(name), a, (size_t)n);
}

/* The builtins module, made once. */
static inline py_object *builtins_mod(void) {
  py_object *py_builtins_module_new(void);
  static py_object *m;
  if (!m) m = py_builtins_module_new();
  return m;
}

/* Calls builtins.name(*args, **kw) with kwnames given as "a,b" (NULL for none). */
static inline py_object *B(const char *name, const char *kw, int n, ...) {
  py_object *f = py_dict_get_str(py_module_dict(builtins_mod()), name);
  py_object *a[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) a[i] = va_arg(ap, py_object *);
  va_end(ap);
  py_object *kwnames = NULL;
  int nkw = 0;
  if (kw) {
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%s", kw);
    py_object *names[8];
    for (char *p = strtok(tmp, ","); p; p = strtok(NULL, ",")) names[nkw++] = S(p);
    kwnames = py_tuple_from_array(names, nkw);
  }
  return py_call(f, a, (size_t)(n - nkw), kwnames);
}

/* Readies the object core and the container types. */
static inline void setup(void) {
  py_objcore_init();
  py_type *types[] = {&py_tuple_type, &py_list_type, &py_dict_type, &py_set_type,
                      &py_frozenset_type, &py_range_type, &py_slice_type};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) py_type_ready(types[i]);
}

#endif
