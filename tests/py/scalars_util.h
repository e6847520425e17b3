/* tests/py/scalars_util.h — small helpers for the scalar types' tests: build values,
 * call builtin methods by name, and render a result (or the pending exception) as text
 * to compare with what python3 printed. Every helper steals the references it is
 * given, so a test expression leaks nothing. */
#ifndef TASKSCOPE_TESTS_SCALARS_UTIL_H
#define TASKSCOPE_TESTS_SCALARS_UTIL_H
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../check.h"
#include "py/interp.h"
#include "py/object.h"
#include "py/scalars.h"

/* Starts the interpreter (the codecs' error messages and the encodings the engine
 * does not know are Python, runtime/lib/_codec_bridge.py, so imports must work) and
 * readies the scalar types (slot inheritance: bool from int). */
static inline void scalars_test_init(void) {
  py_config cfg = {.virtual_clock = true};
  if (py_init(&cfg) < 0) {
    fprintf(stderr, "py_init failed\n");
    exit(1);
  }
  py_type *types[] = {&py_int_type, &py_bool_type, &py_float_type, &py_str_type,
                      &py_bytes_type, &py_bytearray_type};
  for (size_t i = 0; i < sizeof types / sizeof *types; i++) py_type_ready(types[i]);
}

/* Keeps o alive until pool_free() (for arguments a function borrows). Returns o. */
static py_object *pool[256];
static int pool_n;
static inline py_object *P(py_object *o) {
  if (pool_n < 256) pool[pool_n++] = o;
  return o;
}
static inline void pool_free(void) {
  while (pool_n) py_xdecref(pool[--pool_n]);
}

static inline py_object *S(const char *s) { return py_str_from_cstr(s); }
static inline py_object *I(int64_t v) { return py_int_from_i64(v); }
static inline py_object *F(double v) { return py_float_from_double(v); }
static inline py_object *BIG(const char *digits) { return py_int_from_string(digits, strlen(digits), 10); }
static inline py_object *BY(const char *s, size_t n) { return py_bytes_from(s, n); }
static inline py_object *N(void) { return py_newref(PY_NONE); }
static inline py_object *T(int n, ...) {
  py_object *t = py_tuple_new(n);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) PY_TUPLE_ITEMS(t)[i] = va_arg(ap, py_object *);
  va_end(ap);
  return t;
}
static inline py_object *L(int n, ...) {
  py_object *l = py_list_new(0);
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) {
    py_object *x = va_arg(ap, py_object *);
    py_list_append(l, x);
    py_decref(x);
  }
  va_end(ap);
  return l;
}

/* The exception's "Type: message" text (as python3's f"{type(e).__name__}: {e}"),
 * taken out of the error state. */
static inline const char *error_text(void) {
  static char buf[600];
  py_object *e = py_err_fetch();
  if (!e) return "NULL without error";
  py_object *m = py_str(e);
  snprintf(buf, sizeof buf, "%s: %s", PY_TYPE(e)->name, m ? PY_STR_DATA(m) : "?");
  py_xdecref(m);
  py_decref(e);
  return buf;
}

/* repr(o), or "!Type: message" if o is NULL. Steals o. */
static inline const char *R(py_object *o) {
  static char ring[8][4096];
  static int k;
  char *buf = ring[k++ % 8];
  if (!o) {
    snprintf(buf, 4096, "!%s", error_text());
    return buf;
  }
  py_object *r = py_repr(o);
  py_decref(o);
  if (!r) {
    snprintf(buf, 4096, "!repr failed: %s", error_text());
    return buf;
  }
  snprintf(buf, 4096, "%s", PY_STR_DATA(r));
  py_decref(r);
  return buf;
}

/* Calls the builtin method `name` of self's type with n positional arguments. Steals
 * self and the arguments. */
static inline py_object *M(py_object *self, const char *name, int n, ...) {
  py_object *args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, py_object *);
  va_end(ap);
  py_object *r = NULL;
  bool found = false;
  for (py_type *t = PY_TYPE(self); t && !found; t = t->base) {
    for (const py_method_def *m = t->methods; m && m->name; m++) {
      if (!strcmp(m->name, name)) {
        py_object *bound = (m->flags & (PY_METH_CLASS | PY_METH_STATIC)) ? (py_object *)t : self;
        r = m->fn(bound, args, (size_t)n, NULL);
        found = true;
        break;
      }
    }
  }
  if (!found) r = py_raise(&py_exc_TypeError, "test: no method %s", name);
  for (int i = 0; i < n; i++) py_decref(args[i]);
  py_decref(self);
  return r;
}

/* Like M with keyword arguments: n positional, then k (name, value) pairs. */
static inline py_object *MK(py_object *self, const char *name, int n, int k, ...) {
  py_object *args[8];
  va_list ap;
  va_start(ap, k);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, py_object *);
  py_object *names = py_tuple_new(k);
  for (int i = 0; i < k; i++) {
    PY_TUPLE_ITEMS(names)[i] = py_str_from_cstr(va_arg(ap, const char *));
    args[n + i] = va_arg(ap, py_object *);
  }
  va_end(ap);
  py_object *r = NULL;
  bool found = false;
  for (py_type *t = PY_TYPE(self); t && !found; t = t->base)
    for (const py_method_def *m = t->methods; m && m->name; m++)
      if (!strcmp(m->name, name)) {
        py_object *bound = (m->flags & (PY_METH_CLASS | PY_METH_STATIC)) ? (py_object *)t : self;
        r = m->fn(bound, args, (size_t)n, names);
        found = true;
        break;
      }
  if (!found) r = py_raise(&py_exc_TypeError, "test: no method %s", name);
  for (int i = 0; i < n + k; i++) py_decref(args[i]);
  py_decref(names);
  py_decref(self);
  return r;
}

/* Calls a type's constructor: T_NEW(&py_int_type, n, args...). Steals the args. */
static inline py_object *NEW(py_type *t, int n, ...) {
  py_object *args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, py_object *);
  va_end(ap);
  py_object *r = t->new(t, args, (size_t)n, NULL);
  for (int i = 0; i < n; i++) py_decref(args[i]);
  return r;
}

/* a <op> b through the type slots (both sides tried). Steals a and b. */
static inline py_object *OP(py_object *a, int op, py_object *b) {
  py_object *r = py_binop(a, b, op);
  py_decref(a);
  py_decref(b);
  return r;
}
static inline py_object *CMP(py_object *a, int op, py_object *b) {
  py_object *r = PY_TYPE(a)->richcompare(a, b, op);
  if (r == PY_NOTIMPLEMENTED) {
    py_decref(r);
    static const int swapped[] = {PY_GT, PY_GE, PY_EQ, PY_NE, PY_LT, PY_LE};
    r = PY_TYPE(b)->richcompare(b, a, swapped[op]);
  }
  py_decref(a);
  py_decref(b);
  return r;
}
static inline py_object *UN(py_object *(*fn)(py_object *), py_object *a) {
  py_object *r = fn(a);
  py_decref(a);
  return r;
}
static inline py_object *HASH(py_object *a) {
  py_hash h = PY_TYPE(a)->hash(a);
  py_decref(a);
  return h == -1 && py_err_occurred() ? NULL : py_int_from_i64(h);
}
static inline py_object *STR(py_object *a) {
  py_object *r = py_str(a);
  py_decref(a);
  return r;
}
static inline py_object *LEN(py_object *a) {
  py_ssize n = PY_TYPE(a)->len(a);
  py_decref(a);
  return py_int_from_i64(n);
}
static inline py_object *GET(py_object *a, py_object *k) {
  py_object *r = PY_TYPE(a)->getitem(a, k);
  py_decref(a);
  py_decref(k);
  return r;
}
static inline py_object *SL(py_object *a, py_object *start, py_object *stop, py_object *step) {
  py_object *s = py_slice_new(start, stop, step);
  py_decref(start);
  py_decref(stop);
  py_decref(step);
  return GET(a, s);
}
static inline py_object *IN(py_object *item, py_object *c) {
  int r = PY_TYPE(c)->contains(c, item);
  py_decref(item);
  py_decref(c);
  return r < 0 ? NULL : py_bool(r);
}
static inline py_object *FMT(py_object *o, const char *spec) {
  py_object *s = py_str_from_cstr(spec);
  py_object *r = py_format(o, s);
  py_decref(s);
  py_decref(o);
  return r;
}
/* Calls module.fn(*args) where module is made by init (cached per init function).
 * Steals the arguments. */
static inline py_object *MODCALL(py_object *(*init)(void), const char *fn, int n, ...) {
  /* Modules hold cycles (their functions point back at them) and live for the whole
   * run, as in the interpreter: keep each one in a static table, never freed. */
  static py_object *(*inits[8])(void);
  static py_object *mods[8];
  py_object *mod = NULL;
  for (int i = 0; i < 8 && init; i++) {
    if (inits[i] == init) {
      mod = mods[i];
      break;
    }
    if (!inits[i]) {
      inits[i] = init;
      mod = mods[i] = init();
      break;
    }
  }
  py_object *args[8];
  va_list ap;
  va_start(ap, n);
  for (int i = 0; i < n; i++) args[i] = va_arg(ap, py_object *);
  va_end(ap);
  py_object *f = mod ? py_getattr_str(mod, fn) : NULL;
  py_object *r = f ? py_call(f, args, (size_t)n, NULL) : NULL;
  py_xdecref(f);
  for (int i = 0; i < n; i++) py_decref(args[i]);
  return r;
}
static inline void modcall_release(void) {}

/* iter(o). Steals. */
static inline py_object *ITER(py_object *o) {
  py_object *r = py_iter(o);
  py_decref(o);
  return r;
}
/* Turns an iterable into a list (for iterators). Steals. */
static inline py_object *LIST(py_object *o) {
  py_object *r = py_list_from_iterable(o);
  py_decref(o);
  return r;
}

#endif
