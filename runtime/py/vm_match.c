/* runtime/py/vm_match.c — the match statement's runtime checks; see vm_match.h. */
#include "py/vm_match.h"

#include <string.h>

#include "py/interp.h"
#include "py/objimpl.h"
#include "py/vm_ops.h"

/* ---- sequence and mapping subjects ------------------------------------------------- */

/* CPython marks types with Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING: the builtins
 * below in C, collections.abc.Sequence and Mapping through their `__abc_tpflags__`,
 * and classes registered with an ABC that has a flag; a class takes the flag of the
 * first class of its MRO that has one. Our abc module records the flags of its classes
 * in abc._collection_flags (class -> 32 or 64, CPython's bit values), so the kind of a
 * type is found by walking its MRO. */
static int builtin_kind(py_type *t) {
  if (t == &py_list_type || t == &py_tuple_type || t == &py_range_type) return PY_MATCH_SEQUENCE;
  if (t == &py_dict_type || t == &py__mappingproxy_type) return PY_MATCH_MAPPING;
  if (!(t->flags & PY_TPFLAGS_HEAPTYPE) && strcmp(t->name, "collections.deque") == 0)
    return PY_MATCH_SEQUENCE;
  return PY_MATCH_NONE;
}

/* abc._collection_flags, borrowed, or NULL when abc was never imported. */
static py_object *abc_flags(void) {
  py_object *mods = py_sys_modules();
  py_object *abc = mods ? py_dict_get_str(mods, "abc") : NULL;
  if (!abc || PY_TYPE(abc) != &py_module_type) return NULL;
  py_object *d = py_getattr_str(abc, "_collection_flags");
  if (!d) {
    py_err_clear();
    return NULL;
  }
  py_decref(d); /* the module keeps it */
  return PY_TYPE(d) == &py_dict_type ? d : NULL;
}

int py__match_kind(py_object *o) {
  py_type *t = PY_TYPE(o);
  int k = builtin_kind(t);
  if (k) return k;
  py_object *mro = t->mro;
  if (!mro) return PY_MATCH_NONE;
  py_object *flags = NULL;
  bool looked = false;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(mro); i++) {
    py_type *c = (py_type *)PY_TUPLE_ITEMS(mro)[i];
    k = builtin_kind(c);
    if (k) return k;
    if (!(c->flags & PY_TPFLAGS_HEAPTYPE)) continue;
    if (!looked) {
      flags = abc_flags();
      looked = true;
    }
    if (!flags) continue;
    py_object *v = py_dict_get(flags, (py_object *)c);
    if (!v) {
      py_err_clear();
      continue;
    }
    if (PY_INT_CHECK(v) && PY_INT_IS_SMALL(v)) {
      int64_t bits = PY_INT_SMALL(v);
      if (bits & 32) return PY_MATCH_SEQUENCE;
      if (bits & 64) return PY_MATCH_MAPPING;
    }
  }
  return PY_MATCH_NONE;
}

/* ---- class patterns ---------------------------------------------------------------- */

/* The builtins whose instances a class pattern's one positional sub-pattern matches
 * whole (CPython's _Py_TPFLAGS_MATCH_SELF, inherited along the solid bases). */
static bool matches_self(py_type *t) {
  for (; t; t = t->base) {
    if (t == &py_bool_type || t == &py_bytearray_type || t == &py_bytes_type ||
        t == &py_dict_type || t == &py_float_type || t == &py_frozenset_type ||
        t == &py_int_type || t == &py_list_type || t == &py_set_type ||
        t == &py_str_type || t == &py_tuple_type)
      return true;
  }
  return false;
}

/* getattr(subject, name) for a sub-pattern: NULL without error when it is missing,
 * NULL with an error for a name given twice or another failure. */
static py_object *class_attr(py_object *subject, py_type *type, py_object *name,
                             py_object *seen, bool *missing) {
  int in = py_contains(seen, name);
  if (in == 0 && py_set_add(seen, name) < 0) in = -1;
  if (in) {
    if (in > 0)
      py_raise(&py_exc_TypeError, "%s() got multiple sub-patterns for attribute %R",
               type->name, name);
    return NULL;
  }
  py_object *v = py_getattr(subject, name);
  if (!v && py_err_matches(&py_exc_AttributeError)) {
    py_err_clear();
    *missing = true;
  }
  return v;
}

py_object *py__match_class(py_object *subject, py_object *cls, int nargs, py_object *kwnames) {
  if (!PY_TYPE_CHECK(cls))
    return py_raise(&py_exc_TypeError, "called match pattern must be a type");
  py_type *type = (py_type *)cls;
  int is = py_isinstance(subject, cls);
  if (is < 0) return NULL;
  if (!is) return py_newref(PY_NONE);
  py_ssize nkw = PY_TUPLE_SIZE(kwnames);
  py_object *attrs = py_tuple_new(nargs + nkw);
  py_object *seen = py_set_new(NULL);
  py_object *match_args = NULL;
  py_object *result = NULL;
  bool missing = false;
  if (!attrs || !seen) goto done;
  py_ssize filled = 0;
  if (nargs) {
    bool match_self = false;
    match_args = py_getattr_str(cls, "__match_args__");
    if (match_args) {
      if (PY_TYPE(match_args) != &py_tuple_type) {
        py_raise(&py_exc_TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                 PY_TYPE(match_args)->name);
        goto done;
      }
    } else if (py_err_matches(&py_exc_AttributeError)) {
      /* The builtins match themselves only while no class defines __match_args__. */
      py_err_clear();
      match_args = py_tuple_new(0);
      if (!match_args) goto done;
      match_self = matches_self(type);
    } else {
      goto done;
    }
    py_ssize allowed = match_self ? 1 : PY_TUPLE_SIZE(match_args);
    if (allowed < nargs) {
      py_raise(&py_exc_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)",
               type->name, (int)allowed, allowed == 1 ? "" : "s", nargs);
      goto done;
    }
    if (match_self) {
      PY_TUPLE_ITEMS(attrs)[filled++] = py_newref(subject);
    } else {
      for (int i = 0; i < nargs; i++) {
        py_object *name = PY_TUPLE_ITEMS(match_args)[i];
        if (PY_TYPE(name) != &py_str_type) {
          py_raise(&py_exc_TypeError, "__match_args__ elements must be strings (got %s)",
                   PY_TYPE(name)->name);
          goto done;
        }
        py_object *v = class_attr(subject, type, name, seen, &missing);
        if (!v) goto done;
        PY_TUPLE_ITEMS(attrs)[filled++] = v;
      }
    }
  }
  for (py_ssize i = 0; i < nkw; i++) {
    py_object *v = class_attr(subject, type, PY_TUPLE_ITEMS(kwnames)[i], seen, &missing);
    if (!v) goto done;
    PY_TUPLE_ITEMS(attrs)[filled++] = v;
  }
  result = attrs;
  attrs = NULL;
done:
  if (!result && missing && !py_err_occurred()) result = py_newref(PY_NONE);
  py_xdecref(attrs);
  py_xdecref(seen);
  py_xdecref(match_args);
  return result;
}

/* ---- mapping keys ------------------------------------------------------------------ */

py_object *py__match_keys(py_object *map, py_object *keys) {
  py_ssize n = PY_TUPLE_SIZE(keys);
  if (!n) return py_tuple_new(0);
  py_object *get = py_getattr_str(map, "get");
  if (!get) return NULL;
  py_object *seen = py_set_new(NULL);
  py_object *dummy = py_call0((py_object *)&py_object_type);
  py_object *values = py_tuple_new(n);
  py_object *result = NULL;
  if (!seen || !dummy || !values) goto done;
  for (py_ssize i = 0; i < n; i++) {
    py_object *key = PY_TUPLE_ITEMS(keys)[i];
    int in = py_contains(seen, key);
    if (in == 0 && py_set_add(seen, key) < 0) in = -1;
    if (in) {
      if (in > 0) py_raise(&py_exc_ValueError, "mapping pattern checks duplicate key (%R)", key);
      goto done;
    }
    py_object *v = py_call2(get, key, dummy);
    if (!v) goto done;
    if (v == dummy) {
      py_decref(v);
      result = py_newref(PY_NONE);
      goto done;
    }
    PY_TUPLE_ITEMS(values)[i] = v;
  }
  result = values;
  values = NULL;
done:
  py_decref(get);
  py_xdecref(seen);
  py_xdecref(dummy);
  py_xdecref(values);
  return result;
}

/* ---- the instructions (vm_ops.h) ----------------------------------------------------- */

int py__vm_op_match_sequence(py_frame *f, int oparg) {
  /* [subject] -> [subject, is it a sequence for patterns] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  int kind = py__match_kind(sp[-1]);
  *sp++ = py_bool(kind == PY_MATCH_SEQUENCE);
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_match_mapping(py_frame *f, int oparg) {
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  int kind = py__match_kind(sp[-1]);
  *sp++ = py_bool(kind == PY_MATCH_MAPPING);
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_get_len(py_frame *f, int oparg) {
  /* [subject] -> [subject, len(subject)] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_ssize n = py_len(sp[-1]);
  if (n < 0) return -1;
  py_object *v = py_int_from_i64(n);
  if (!v) return -1;
  *sp++ = v;
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_match_keys(py_frame *f, int oparg) {
  /* [subject, keys] -> [subject, keys, values or None] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *v = py__match_keys(sp[-2], sp[-1]);
  if (!v) return -1;
  *sp++ = v;
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_match_class(py_frame *f, int oparg) {
  /* [subject, cls, kwnames] -> [attributes or None] */
  py_object **sp = py__vm_sp(f);
  py_object *names = *--sp;
  py_object *cls = *--sp;
  py__vm_set_sp(f, sp);
  py_object *subject = sp[-1];
  py_object *r = py__match_class(subject, cls, oparg, names);
  py_decref(names);
  py_decref(cls);
  if (!r) return -1;
  sp[-1] = r;
  py_decref(subject);
  return 0;
}
