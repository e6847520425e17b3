/* runtime/py/vm_build.c — the eval loop's instructions that build values: set and dict
 * displays, the *x and **x merges, f-strings, functions, unpacking of anything but an
 * exact tuple or list, and the argument vector of a call with *args or **kwargs. Out
 * of vm_run so that a program compiles them only when it uses them (vm_ops.h). */
#include <string.h>

#include "py/opcodes.h"
#include "py/vm_ops.h"

#define POP() (*--sp)
#define PUSH(v) (*sp++ = (v))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])

/* "f()" as CPython names a callable in argument errors (_PyObject_FunctionStr). New. */
static py_object *func_desc(py_object *f) {
  if (PY_TYPE(f) == &py_function_type)
    return py_str_format("%U()", ((py_function *)f)->qualname);
  py_object *qn = py_getattr_opt(f, PY_ID(__qualname__));
  if (qn && PY_STR_CHECK(qn)) {
    py_object *r = py_str_format("%U()", qn);
    py_decref(qn);
    return r;
  }
  py_xdecref(qn);
  py_err_clear();
  return py_str_format("%s object", PY_TYPE(f)->name);
}

int py__vm_op_build_set(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *s = py_set_new(NULL);
  if (!s) return -1;
  int rc = 0;
  for (int i = oparg; i >= 1; i--)
    if (rc == 0 && py_set_add(s, PEEK(i)) < 0) rc = -1;
  for (int i = 0; i < oparg; i++) py_decref(POP());
  if (rc == 0) PUSH(s);
  else py_decref(s);
  py__vm_set_sp(f, sp);
  return rc;
}

int py__vm_op_build_map(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *d = py_dict_new();
  if (!d) return -1;
  int rc = 0;
  for (int i = oparg; i >= 1; i--)
    if (rc == 0 && py_dict_set(d, PEEK(2 * i), PEEK(2 * i - 1)) < 0) rc = -1;
  for (int i = 0; i < 2 * oparg; i++) py_decref(POP());
  if (rc == 0) PUSH(d);
  else py_decref(d);
  py__vm_set_sp(f, sp);
  return rc;
}

int py__vm_op_list_extend(py_frame *f, int oparg) {
  /* list.extend's own path, so [*x] and [1, 2, 3] allocate as CPython's do. */
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  int rc = py__list_extend(PEEK(oparg), v);
  if (rc < 0 && py_err_matches(&py_exc_TypeError) && !PY_TYPE(v)->iter &&
      !PY_TYPE(v)->getitem) {
    py_err_clear();
    py_raise(&py_exc_TypeError, "Value after * must be an iterable, not %T", v);
  }
  py_decref(v);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_set_update(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  py_object *s = PEEK(oparg);
  py_object *it = py_iter(v);
  py_decref(v);
  if (!it) return -1;
  py_object *x;
  int rc = 0;
  while ((x = py_next(it))) {
    rc = py_set_add(s, x);
    py_decref(x);
    if (rc < 0) break;
  }
  py_decref(it);
  return rc < 0 || py_err_occurred() ? -1 : 0;
}

int py__vm_op_dict_update(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  int rc = py_dict_update(PEEK(oparg), v);
  if (rc < 0 && py_err_matches(&py_exc_AttributeError)) {
    py_err_clear();
    py_raise(&py_exc_TypeError, "'%s' object is not a mapping", PY_TYPE(v)->name);
  }
  py_decref(v);
  return rc < 0 ? -1 : 0;
}

int py__vm_op_dict_merge(py_frame *f, int oparg) {
  /* Like DICT_UPDATE, but a repeated keyword is an error (f(**a, **b)). */
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  py_object *d = PEEK(oparg);
  py_object *func = PEEK(oparg + 3);
  py_object *tmp = py_dict_new();
  int rc = tmp ? py_dict_update(tmp, v) : -1;
  py_object *desc = NULL;
  if (rc < 0 && py_err_matches(&py_exc_AttributeError)) {
    py_err_clear();
    desc = func_desc(func);
    if (desc)
      py_raise(&py_exc_TypeError, "%U argument after ** must be a mapping, not %T", desc, v);
  }
  if (rc == 0) {
    py_ssize pos = 0;
    py_object *k, *x;
    while (py_dict_next(tmp, &pos, &k, &x)) {
      if (py_dict_get(d, k)) {
        desc = func_desc(func);
        if (desc)
          py_raise(&py_exc_TypeError, "%U got multiple values for keyword argument '%S'",
                   desc, k);
        rc = -1;
        break;
      }
      if (py_dict_set(d, k, x) < 0) {
        rc = -1;
        break;
      }
    }
  }
  py_xdecref(desc);
  py_xdecref(tmp);
  py_decref(v);
  return rc < 0 ? -1 : 0;
}

/* Concatenates n str objects. New. */
static py_object *build_string(py_object **items, int n) {
  size_t total = 0;
  for (int i = 0; i < n; i++) total += (size_t)PY_STR_SIZE(items[i]);
  if (total == 0) return py_str_from_utf8("", 0);
  char small[512];
  char *buf = total <= sizeof small ? small : py_mem_alloc(total);
  if (!buf) return py_raise_nomemory();
  size_t pos = 0;
  for (int i = 0; i < n; i++) {
    memcpy(buf + pos, PY_STR_DATA(items[i]), (size_t)PY_STR_SIZE(items[i]));
    pos += (size_t)PY_STR_SIZE(items[i]);
  }
  py_object *r = py_str_from_utf8(buf, total);
  if (buf != small) py_mem_free(buf, total);
  return r;
}

int py__vm_op_build_string(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *s = build_string(sp - oparg, oparg);
  if (!s) return -1;
  for (int i = 0; i < oparg; i++) py_decref(POP());
  PUSH(s);
  py__vm_set_sp(f, sp);
  return 0;
}

/* The conversion (!s, !r, !a) and format spec of an f-string field. New. */
static py_object *format_value(py_object *v, int flags, py_object *spec) {
  py_object *conv = NULL;
  switch (flags & 3) {
  case PY_FV_STR: conv = py_str(v); break;
  case PY_FV_REPR: conv = py_repr(v); break;
  case PY_FV_ASCII: {
    py_object *fn = py_dict_get_str(py_builtins_dict(), "ascii");
    conv = fn ? py_call1(fn, v) : py_repr(v);
    break;
  }
  default: conv = py_newref(v);
  }
  if (!conv) return NULL;
  if (!spec && PY_TYPE(conv) == &py_str_type) return conv;
  py_object *empty = NULL;
  if (!spec) {
    empty = py_str_from_cstr("");
    if (!empty) {
      py_decref(conv);
      return NULL;
    }
  }
  py_object *r = py_format(conv, spec ? spec : empty);
  py_xdecref(empty);
  py_decref(conv);
  return r;
}

int py__vm_op_format_value(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *spec = (oparg & PY_FV_HAVE_SPEC) ? POP() : NULL;
  py__vm_set_sp(f, sp);
  py_object *v = TOP();
  py_object *r = format_value(v, oparg, spec);
  py_xdecref(spec);
  if (!r) return -1;
  TOP() = r;
  py_decref(v);
  return 0;
}

int py__vm_op_make_function(py_frame *f, int oparg) {
  /* [defaults?, kwdefaults?, annotations?, closure?, code, qualname] -> [function] */
  py_object **sp = py__vm_sp(f);
  py_object *qualname = POP();
  py_code *fco = (py_code *)POP();
  py_object *fn = py_function_new(fco, f->globals, qualname);
  py_decref(qualname);
  py_decref((py_object *)fco);
  if (!fn) {
    int parts = !!(oparg & PY_MF_CLOSURE) + !!(oparg & PY_MF_ANNOTATIONS) +
                !!(oparg & PY_MF_KWDEFAULTS) + !!(oparg & PY_MF_DEFAULTS);
    for (int i = 0; i < parts; i++) py_decref(POP());
    py__vm_set_sp(f, sp);
    return -1;
  }
  py_function *pf = (py_function *)fn;
  if (oparg & PY_MF_CLOSURE) pf->closure = POP();
  if (oparg & PY_MF_ANNOTATIONS) pf->annotations = POP();
  if (oparg & PY_MF_KWDEFAULTS) pf->kwdefaults = POP();
  if (oparg & PY_MF_DEFAULTS) pf->defaults = POP();
  PUSH(fn);
  py__vm_set_sp(f, sp);
  return 0;
}

/* Unpacks v's items to sp_top[-1] (the first), sp_top[-2], ...: before of them, then,
 * when after >= 0, a list of the rest and after more (a, *b, c = v). Stores nothing on
 * failure. */
static int unpack_iterable(py_object *v, int before, int after, py_object **sp_top) {
  py_object *it = py_iter(v);
  if (!it) {
    if (py_err_matches(&py_exc_TypeError) && !PY_TYPE(v)->iter && !PY_TYPE(v)->getitem) {
      py_err_clear();
      py_raise(&py_exc_TypeError, "cannot unpack non-iterable %T object", v);
    }
    return -1;
  }
  int total = before + (after >= 0 ? after + 1 : 0);
  py_object **out = sp_top + total; /* items go to out[-1] (first) down to out[-total] */
  int i = 0;
  for (; i < before; i++) {
    py_object *x = py_next(it);
    if (!x) {
      if (!py_err_occurred()) {
        if (after < 0)
          py_raise(&py_exc_ValueError, "not enough values to unpack (expected %d, got %d)",
                   before, i);
        else
          py_raise(&py_exc_ValueError,
                   "not enough values to unpack (expected at least %d, got %d)",
                   before + after, i);
      }
      goto fail;
    }
    out[-1 - i] = x;
  }
  if (after < 0) {
    py_object *x = py_next(it);
    if (x) {
      py_decref(x);
      py_raise(&py_exc_ValueError, "too many values to unpack (expected %d)", before);
      goto fail;
    }
    if (py_err_occurred()) goto fail;
    py_decref(it);
    return 0;
  }
  py_object *rest = py_list_from_iterable(it);
  if (!rest) goto fail;
  py_ssize n = PY_LIST_SIZE(rest);
  if (n < after) {
    py_raise(&py_exc_ValueError,
             "not enough values to unpack (expected at least %d, got %zd)", before + after,
             (py_ssize)before + n);
    py_decref(rest);
    goto fail;
  }
  for (int k = 0; k < after; k++) out[-1 - before - 1 - k] = PY_LIST_ITEMS(rest)[n - after + k];
  ((py_list_object *)rest)->size = n - after;
  out[-1 - before] = rest;
  py_decref(it);
  return 0;
fail:
  for (int k = 0; k < i; k++) py_decref(out[-1 - k]);
  py_decref(it);
  return -1;
}

/* UNPACK_SEQUENCE and UNPACK_EX: [v] -> its items, the first on top. */
static int unpack(py_frame *f, int before, int after) {
  py_object **sp = py__vm_sp(f);
  py_object *v = POP();
  py__vm_set_sp(f, sp);
  int rc = unpack_iterable(v, before, after, sp);
  py_decref(v);
  if (rc < 0) return -1;
  py__vm_set_sp(f, sp + before + (after >= 0 ? after + 1 : 0));
  return 0;
}

int py__vm_op_unpack_sequence(py_frame *f, int oparg) { return unpack(f, oparg, -1); }

int py__vm_op_unpack_ex(py_frame *f, int oparg) { return unpack(f, oparg & 0xff, oparg >> 8); }

/* Makes x (what f(*x) passes) a tuple, with CPython's message when it is not iterable.
 * func is the callable, for the message. New, or NULL. */
static py_object *star_args_tuple(py_object *x, py_object *func) {
  if (PY_TYPE(x)->iter || PY_TYPE(x)->getitem) {
    py_object *l = py_list_from_iterable(x);
    if (!l) return NULL;
    py_object *t = py_tuple_from_array(PY_LIST_ITEMS(l), PY_LIST_SIZE(l));
    py_decref(l);
    return t;
  }
  py_object *desc = func_desc(func);
  if (desc) {
    py_raise(&py_exc_TypeError, "%U argument after * must be an iterable, not %T", desc, x);
    py_decref(desc);
  }
  return NULL;
}

/* Makes x (what f(**x) passes) a dict, with CPython's message when it is not a
 * mapping. New, or NULL. */
static py_object *star_kwargs_dict(py_object *x, py_object *func) {
  py_object *d = py_dict_new();
  int rc = d ? py_dict_update(d, x) : -1;
  if (rc == 0) return d;
  py_xdecref(d);
  if (py_err_matches(&py_exc_AttributeError)) {
    py_err_clear();
    py_object *desc = func_desc(func);
    if (desc) {
      py_raise(&py_exc_TypeError, "%U argument after ** must be a mapping, not %T", desc, x);
      py_decref(desc);
    }
  }
  return NULL;
}

int py__vm_call_ex_prepare(py_frame *f, int oparg, vm_outcall *oc) {
  /* [func, NULL or self, args tuple, kwargs dict?] */
  py_object **sp = py__vm_sp(f);
  py_object *ex_kwargs = (oparg & 1) ? POP() : NULL;
  py_object *ex_args = POP();
  py__vm_set_sp(f, sp);
  py_object *callable = PEEK(2), *self = TOP();
  if (!PY_TUPLE_CHECK(ex_args)) {
    py_object *t = star_args_tuple(ex_args, callable);
    py_decref(ex_args);
    if (!t) {
      py_xdecref(ex_kwargs);
      return -1;
    }
    ex_args = t;
  }
  if (ex_kwargs && !PY_DICT_CHECK(ex_kwargs)) {
    py_object *d = star_kwargs_dict(ex_kwargs, callable);
    py_decref(ex_kwargs);
    ex_kwargs = d;
    if (!d) {
      py_decref(ex_args);
      return -1;
    }
  }
  /* Flatten into one vector, self first when there is one (the frame has room only
   * for its stack, so allocate). */
  size_t nkw = ex_kwargs ? (size_t)py_dict_size(ex_kwargs) : 0;
  size_t npos = (size_t)PY_TUPLE_SIZE(ex_args);
  size_t veclen = npos + nkw + 1;
  py_object **vec = py_mem_alloc(veclen * sizeof(py_object *));
  py_object *kwnames = NULL;
  if (!vec) {
    py_raise_nomemory();
    goto fail;
  }
  vec[0] = self;
  memcpy(vec + 1, PY_TUPLE_ITEMS(ex_args), npos * sizeof(py_object *));
  if (nkw) {
    kwnames = py_tuple_new((py_ssize)nkw);
    if (!kwnames) goto fail;
    py_ssize pos = 0;
    py_object *k, *v;
    size_t i = 0;
    while (py_dict_next(ex_kwargs, &pos, &k, &v)) {
      if (!PY_STR_CHECK(k)) {
        py_raise(&py_exc_TypeError, "keywords must be strings");
        goto fail;
      }
      PY_TUPLE_ITEMS(kwnames)[i] = py_newref(k);
      vec[1 + npos + i] = v;
      i++;
    }
  }
  oc->kind = OUT_CALL_EX;
  oc->frame = f;
  oc->callable = callable;
  oc->args = self ? vec : vec + 1;
  oc->nargs = self ? npos + 1 : npos;
  oc->kwnames = kwnames;
  oc->vec = vec;
  oc->veclen = veclen;
  oc->ex_args = ex_args;
  oc->ex_kwargs = ex_kwargs;
  return 0;
fail:
  if (vec) py_mem_free(vec, veclen * sizeof(py_object *));
  py_xdecref(kwnames);
  py_decref(ex_args);
  py_xdecref(ex_kwargs);
  return -1;
}

void py__vm_call_ex_done(py_frame *f, vm_outcall *oc) {
  py_object **sp = py__vm_sp(f);
  py_mem_free(oc->vec, oc->veclen * sizeof(py_object *));
  py_xdecref(oc->kwnames);
  py_decref(oc->ex_args);
  py_xdecref(oc->ex_kwargs);
  py_xdecref(POP());
  py_decref(POP());
  py__vm_set_sp(f, sp);
}
