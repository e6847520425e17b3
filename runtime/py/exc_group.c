/* runtime/py/exc_group.c — BaseExceptionGroup and ExceptionGroup as Python 3.11 has
 * them: the constructor's rules (BaseExceptionGroup(...) gives an ExceptionGroup when
 * every member is an Exception; ExceptionGroup refuses BaseExceptions), str
 * "msg (N sub-exceptions)", .message, .exceptions, split, subgroup and derive —
 * the machinery `except*` runs on. */
#include "py/objimpl.h"

typedef py__excgroup_object eg_object;

static int is_sequence(py_object *o) {
  return PY_LIST_CHECK(o) || PY_TUPLE_CHECK(o) ||
         (PY_TYPE(o)->getitem && PY_TYPE(o)->len && !PY_DICT_CHECK(o));
}

static py_object *eg_new(py_type *cls, py_object *const *args, size_t nargs,
                         py_object *kwnames) {
  (void)kwnames; /* __init__ rejects them, naming the final type */
  if (nargs != 2)
    return py_raise(&py_exc_TypeError,
                    "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                    (py_ssize)nargs);
  py_object *msg = args[0], *seq = args[1];
  if (!PY_STR_CHECK(msg))
    return py_raise(&py_exc_TypeError,
                    "BaseExceptionGroup.__new__() argument 1 must be str, not %T", msg);
  if (!is_sequence(seq))
    return py_raise(&py_exc_TypeError, "second argument (exceptions) must be a sequence");
  py_object *list = py_list_from_iterable(seq);
  if (!list) return NULL;
  py_object *excs = py_tuple_from_array(PY_LIST_ITEMS(list), PY_LIST_SIZE(list));
  py_decref(list);
  if (!excs) return NULL;
  py_ssize n = PY_TUPLE_SIZE(excs);
  if (n == 0) {
    py_decref(excs);
    return py_raise(&py_exc_ValueError,
                    "second argument (exceptions) must be a non-empty sequence");
  }
  int nested_base = 0;
  for (py_ssize i = 0; i < n; i++) {
    py_object *e = PY_TUPLE_ITEMS(excs)[i];
    if (!PY_EXC_CHECK(e)) {
      py_decref(excs);
      return py_raise(&py_exc_ValueError,
                      "Item %zd of second argument (exceptions) is not an exception", i);
    }
    if (!py_type_is_subtype(PY_TYPE(e), &py_exc_Exception)) nested_base = 1;
  }
  if (cls == &py_exc_BaseExceptionGroup) {
    if (!nested_base) cls = &py_exc_ExceptionGroup;
  } else if (cls == &py_exc_ExceptionGroup) {
    if (nested_base) {
      py_decref(excs);
      return py_raise(&py_exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (nested_base && py_type_is_subtype(cls, &py_exc_Exception)) {
    py_decref(excs);
    return py_raise(&py_exc_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
  }
  eg_object *self = (eg_object *)py_type_alloc(cls, 0);
  if (!self) {
    py_decref(excs);
    return NULL;
  }
  self->base.args = py_tuple_pack(2, msg, seq);
  if (!self->base.args) {
    py_decref(excs);
    py_decref((py_object *)self);
    return NULL;
  }
  self->msg = py_newref(msg);
  self->excs = excs;
  return (py_object *)self;
}

static void eg_dealloc(py_object *self) {
  eg_object *e = (eg_object *)self;
  PY_CLEAR(e->msg);
  PY_CLEAR(e->excs);
  /* BaseException's dealloc releases the common fields and the memory. */
  py_exc_BaseException.dealloc(self);
}

static py_object *eg_str(py_object *self) {
  eg_object *e = (eg_object *)self;
  py_ssize n = e->excs ? PY_TUPLE_SIZE(e->excs) : 0;
  return py_str_format("%S (%zd sub-exception%s)", e->msg ? e->msg : PY_NONE, n,
                       n > 1 ? "s" : "");
}

static py_object *eg_get_message(py_object *self) {
  eg_object *e = (eg_object *)self;
  return py_newref(e->msg ? e->msg : PY_NONE);
}

static py_object *eg_get_exceptions(py_object *self) {
  eg_object *e = (eg_object *)self;
  return e->excs ? py_newref(e->excs) : py_tuple_new(0);
}

static const py_getset_def eg_getset[] = {
    {"message", eg_get_message, NULL},
    {"exceptions", eg_get_exceptions, NULL},
    {0},
};

int py_exc_is_group(py_object *exc) {
  return py_type_is_subtype(PY_TYPE(exc), &py_exc_BaseExceptionGroup);
}

py_object *py_exc_group_new(py_object *msg, py_object *excs) {
  return py_call2((py_object *)&py_exc_BaseExceptionGroup, msg, excs);
}

static py_object *eg_derive(py_object *self, py_object *const *args, size_t nargs,
                            py_object *kwnames) {
  if (py_args_check("derive", nargs, kwnames, 1, 1) < 0) return NULL;
  eg_object *e = (eg_object *)self;
  return py_exc_group_new(e->msg, args[0]);
}

/* ---- split / subgroup ---- */

/* BY_LEAVES (used by except*): the value is a list of exceptions, matched by identity. */
enum matcher { BY_TYPE, BY_PREDICATE, BY_LEAVES };

static int is_exception_class(py_object *o) {
  return PY_TYPE_CHECK(o) && py_type_is_subtype((py_type *)o, &py_exc_BaseException);
}

static int matcher_kind(py_object *value, enum matcher *kind) {
  if (PY_TYPE(value)->call && !PY_TYPE_CHECK(value)) {
    *kind = BY_PREDICATE;
    return 0;
  }
  if (is_exception_class(value)) {
    *kind = BY_TYPE;
    return 0;
  }
  if (PY_IS_TYPE(value, &py_tuple_type)) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(value); i++)
      if (!is_exception_class(PY_TUPLE_ITEMS(value)[i])) goto bad;
    *kind = BY_TYPE;
    return 0;
  }
bad:
  py_raise(&py_exc_TypeError, "expected a function, exception type or tuple of exception types");
  return -1;
}

static int matches(py_object *exc, enum matcher kind, py_object *value) {
  if (kind == BY_TYPE) return py_isinstance(exc, value);
  if (kind == BY_LEAVES) {
    for (py_ssize i = 0; i < PY_LIST_SIZE(value); i++)
      if (PY_LIST_ITEMS(value)[i] == exc) return 1;
    return 0;
  }
  py_object *r = py_call1(value, exc);
  if (!r) return -1;
  int t = py_truthy(r);
  py_decref(r);
  return t;
}

/* eg.derive(excs) with the group's traceback, context, cause and notes copied. */
static py_object *derive_and_copy(py_object *eg, py_object *excs) {
  static py_object *derive_name;
  if (!derive_name && !(derive_name = py_str_intern_cstr("derive"))) return NULL;
  py_object *r = py_call_method(eg, derive_name, &excs, 1);
  if (!r) return NULL;
  if (!py_exc_is_group(r)) {
    py_decref(r);
    return py_raise(&py_exc_TypeError, "derive must return an instance of BaseExceptionGroup");
  }
  py_exception_object *src = (py_exception_object *)eg, *dst = (py_exception_object *)r;
  py_setref(&dst->traceback, py_xnewref(src->traceback));
  py_setref(&dst->context, py_xnewref(src->context));
  py_setref(&dst->cause, py_xnewref(src->cause));
  py_object *notes = py__exc_notes(eg);
  if (notes) {
    /* A copy, so that the parts have lists of their own. */
    py_object *copy = PY_LIST_CHECK(notes) ? py_list_from_iterable(notes) : py_newref(notes);
    py_object *name = copy ? py_str_intern_cstr("__notes__") : NULL;
    int rc = name ? py_setattr(r, name, copy) : -1;
    py_xdecref(name);
    py_xdecref(copy);
    if (rc < 0) {
      py_decref(r);
      return NULL;
    }
  }
  return r;
}

static int split_recursive(py_object *exc, enum matcher kind, py_object *value,
                           int construct_rest, py_object **match, py_object **rest) {
  *match = *rest = NULL;
  int m = matches(exc, kind, value);
  if (m < 0) return -1;
  if (m) {
    *match = py_newref(exc);
    return 0;
  }
  if (!py_exc_is_group(exc)) {
    if (construct_rest) *rest = py_newref(exc);
    return 0;
  }
  eg_object *eg = (eg_object *)exc;
  py_object *mlist = py_list_new(0), *rlist = construct_rest ? py_list_new(0) : NULL;
  int r = -1;
  if (!mlist || (construct_rest && !rlist)) goto done;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(eg->excs); i++) {
    py_object *em, *er;
    if (split_recursive(PY_TUPLE_ITEMS(eg->excs)[i], kind, value, construct_rest, &em, &er) < 0)
      goto done;
    int bad = (em && py_list_append(mlist, em) < 0) || (er && py_list_append(rlist, er) < 0);
    py_xdecref(em);
    py_xdecref(er);
    if (bad) goto done;
  }
  if (PY_LIST_SIZE(mlist) && !(*match = derive_and_copy(exc, mlist))) goto done;
  if (rlist && PY_LIST_SIZE(rlist) && !(*rest = derive_and_copy(exc, rlist))) {
    PY_CLEAR(*match);
    goto done;
  }
  r = 0;
done:
  py_xdecref(mlist);
  py_xdecref(rlist);
  return r;
}

int py_exc_group_split(py_object *eg, py_object *match_type, py_object **match,
                       py_object **rest) {
  enum matcher kind;
  if (matcher_kind(match_type, &kind) < 0) return -1;
  return split_recursive(eg, kind, match_type, 1, match, rest);
}

/* Appends the leaf exceptions of exc (exc itself when it is not a group) to list. */
static int collect_leaves(py_object *exc, py_object *list) {
  if (exc == PY_NONE) return 0;
  if (!py_exc_is_group(exc)) return py_list_append(list, exc);
  eg_object *eg = (eg_object *)exc;
  for (py_ssize i = 0; i < PY_TUPLE_SIZE(eg->excs); i++)
    if (collect_leaves(PY_TUPLE_ITEMS(eg->excs)[i], list) < 0) return -1;
  return 0;
}

/* A part of orig split off by except* (same traceback, context and cause objects; the
 * notes are copied to each part, and CPython 3.11's comparison of its unused notes
 * slot always agrees): re-raising it is not raising something new. */
static bool is_part_of(py_object *e, py_object *orig) {
  py_exception_object *a = (py_exception_object *)e, *b = (py_exception_object *)orig;
  return a->traceback == b->traceback && a->cause == b->cause &&
         a->context == b->context;
}

py_object *py__exc_group_prep_reraise(py_object *orig, py_object *excs) {
  if (!py_exc_is_group(orig)) {
    /* A lone exception was wrapped to be matched: at most one clause ran, so there is
     * at most one exception to raise (or the unmatched original). */
    return py_newref(PY_LIST_SIZE(excs) ? PY_LIST_ITEMS(excs)[0] : PY_NONE);
  }
  py_object *raised = py_list_new(0), *leaves = py_list_new(0), *result = NULL;
  py_object *kept = NULL, *unused = NULL;
  if (!raised || !leaves) goto done;
  for (py_ssize i = 0; i < PY_LIST_SIZE(excs); i++) {
    py_object *e = PY_LIST_ITEMS(excs)[i];
    if (e == PY_NONE) continue;
    int rc = is_part_of(e, orig) ? collect_leaves(e, leaves) : py_list_append(raised, e);
    if (rc < 0) goto done;
  }
  /* The re-raised leaves keep the structure they had in orig. */
  if (split_recursive(orig, BY_LEAVES, leaves, 0, &kept, &unused) < 0) goto done;
  if (PY_LIST_SIZE(raised) == 0) {
    result = kept ? py_newref(kept) : py_newref(PY_NONE);
    goto done;
  }
  if (kept && py_list_append(raised, kept) < 0) goto done;
  if (PY_LIST_SIZE(raised) == 1) {
    result = py_newref(PY_LIST_ITEMS(raised)[0]);
  } else {
    py_object *msg = py_str_from_cstr("");
    result = msg ? py_exc_group_new(msg, raised) : NULL;
    py_xdecref(msg);
  }
done:
  py_xdecref(raised);
  py_xdecref(leaves);
  py_xdecref(kept);
  py_xdecref(unused);
  return result;
}

static py_object *eg_split(py_object *self, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  if (py_args_check("split", nargs, kwnames, 1, 1) < 0) return NULL;
  py_object *m, *r;
  if (py_exc_group_split(self, args[0], &m, &r) < 0) return NULL;
  py_object *t = py_tuple_pack(2, m ? m : PY_NONE, r ? r : PY_NONE);
  py_xdecref(m);
  py_xdecref(r);
  return t;
}

static py_object *eg_subgroup(py_object *self, py_object *const *args, size_t nargs,
                              py_object *kwnames) {
  if (py_args_check("subgroup", nargs, kwnames, 1, 1) < 0) return NULL;
  enum matcher kind;
  if (matcher_kind(args[0], &kind) < 0) return NULL;
  py_object *m, *r;
  if (split_recursive(self, kind, args[0], 0, &m, &r) < 0) return NULL;
  py_xdecref(r);
  return m ? m : py_newref(PY_NONE);
}

static py_object *eg_class_getitem(py_object *self, py_object *const *args, size_t nargs,
                                   py_object *kwnames) {
  (void)args;
  if (py_args_check("__class_getitem__", nargs, kwnames, 1, 1) < 0) return NULL;
  return py_newref(self);
}

static const py_method_def eg_methods[] = {
    {"derive", eg_derive, 0, NULL},
    {"split", eg_split, 0, NULL},
    {"subgroup", eg_subgroup, 0, NULL},
    {"__class_getitem__", eg_class_getitem, PY_METH_CLASS, NULL},
    {0},
};

int py__exc_group_init(void) {
  py_type *b = &py_exc_BaseExceptionGroup;
  b->basicsize = sizeof(eg_object);
  b->new = eg_new;
  b->dealloc = eg_dealloc;
  b->str = eg_str;
  b->getset = eg_getset;
  b->methods = eg_methods;
  /* ExceptionGroup(BaseExceptionGroup, Exception): the group layout is its solid base. */
  py_type *g = &py_exc_ExceptionGroup;
  if (py_type_ready(&py_exc_Exception) < 0 || py_type_ready(b) < 0) return -1;
  g->base = b;
  g->bases = py_tuple_pack(2, (py_object *)b, (py_object *)&py_exc_Exception);
  if (!g->bases) return -1;
  /* Its mro, the C3 merge of the bases' (checked by tests/programs): given here so
   * that the interpreter's start runs no C3 merge, which V8 would otherwise compile
   * before every program's first line (docs/performance.md, "Cold start (session 7)"). */
  if (g->mro) return 0; /* a second start: ready since the first */
  g->mro = py_tuple_pack(5, (py_object *)g, (py_object *)b, (py_object *)&py_exc_Exception,
                         (py_object *)&py_exc_BaseException, (py_object *)&py_object_type);
  return g->mro ? 0 : -1;
}
