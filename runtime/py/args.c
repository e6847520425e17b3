/* runtime/py/args.c — binding the arguments of builtin functions to their
 * parameters, with the messages CPython's argument clinic and its positional-only
 * checks produce ("f() missing required argument 'x' (pos 1)", "f expected at most 2
 * arguments, got 3", "'y' is an invalid keyword argument for f()"). */
#include "py/objimpl.h"

int py_args_bind(const py_params *p, py_object *const *args, size_t nargs,
                 py_object *kwnames, py_object **out) {
  size_t nkw = kwnames ? (size_t)PY_TUPLE_SIZE(kwnames) : 0;
  unsigned maxargs = p->count, maxpos = p->kwonly_from;
  unsigned minpos = p->nrequired < maxpos ? p->nrequired : maxpos;
  unsigned minposonly = p->npos_only < minpos ? p->npos_only : minpos;
  for (unsigned i = 0; i < maxargs; i++) out[i] = NULL;
  if (nargs + nkw > maxargs) {
    py_raise(&py_exc_TypeError, "%s() takes at most %u %sargument%s (%zd given)", p->fname,
             maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
             (py_ssize)(nargs + nkw));
    return -1;
  }
  if (nargs > maxpos) {
    if (maxpos == 0)
      py_raise(&py_exc_TypeError, "%s() takes no positional arguments", p->fname);
    else
      py_raise(&py_exc_TypeError, "%s() takes %s %u positional argument%s (%zd given)", p->fname,
               minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s",
               (py_ssize)nargs);
    return -1;
  }
  if (nargs < minposonly) {
    py_raise(&py_exc_TypeError, "%s() takes %s %u positional argument%s (%zd given)", p->fname,
             minposonly < maxpos ? "at least" : "exactly", minposonly,
             minposonly == 1 ? "" : "s", (py_ssize)nargs);
    return -1;
  }
  for (size_t i = 0; i < nargs; i++) out[i] = args[i];
  for (size_t k = 0; k < nkw; k++) {
    py_object *key = PY_TUPLE_ITEMS(kwnames)[k];
    unsigned i;
    for (i = p->npos_only; i < maxargs; i++)
      if (py_str_equal_cstr(key, p->names[i])) break;
    if (i == maxargs) {
      py_raise(&py_exc_TypeError, "'%U' is an invalid keyword argument for %s()", key, p->fname);
      return -1;
    }
    if (out[i]) {
      py_raise(&py_exc_TypeError, "argument for %s() given by name ('%s') and position (%u)",
               p->fname, p->names[i], i + 1);
      return -1;
    }
    out[i] = args[nargs + k];
  }
  for (unsigned i = (unsigned)nargs; i < p->nrequired && i < maxargs; i++) {
    if (out[i]) continue;
    if (i < maxpos)
      py_raise(&py_exc_TypeError, "%s() missing required argument '%s' (pos %u)", p->fname,
               p->names[i], i + 1);
    else
      py_raise(&py_exc_TypeError, "%s() missing required keyword-only argument '%s'", p->fname,
               p->names[i]);
    return -1;
  }
  return 0;
}

int py_args_check(const char *fname, size_t nargs, py_object *kwnames, size_t min,
                  size_t max) {
  if (kwnames && PY_TUPLE_SIZE(kwnames) > 0) {
    py_raise(&py_exc_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
  }
  if (nargs >= min && nargs <= max) return 0;
  /* METH_NOARGS and METH_O builtins word it their own way. */
  if (max == 0) {
    py_raise(&py_exc_TypeError, "%s() takes no arguments (%zd given)", fname, (py_ssize)nargs);
  } else if (min == 1 && max == 1) {
    py_raise(&py_exc_TypeError, "%s() takes exactly one argument (%zd given)", fname,
             (py_ssize)nargs);
  } else if (min == max) {
    py_raise(&py_exc_TypeError, "%s expected %zd argument%s, got %zd", fname, (py_ssize)min,
             min == 1 ? "" : "s", (py_ssize)nargs);
  } else if (nargs < min) {
    py_raise(&py_exc_TypeError, "%s expected at least %zd argument%s, got %zd", fname,
             (py_ssize)min, min == 1 ? "" : "s", (py_ssize)nargs);
  } else {
    py_raise(&py_exc_TypeError, "%s expected at most %zd argument%s, got %zd", fname,
             (py_ssize)max, max == 1 ? "" : "s", (py_ssize)nargs);
  }
  return -1;
}
