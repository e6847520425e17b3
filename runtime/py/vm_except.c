/* runtime/py/vm_except.c — the eval loop's instructions that raise exceptions, enter
 * handler bodies, match exceptions against except and except* clauses, and enter and
 * leave with-statements. Out of vm_run so that a program compiles them only when it
 * uses them (vm_ops.h); the unwinding itself, and SETUP_FINALLY, PUSH_EXC_INFO,
 * POP_EXCEPT and RERAISE that every try statement runs, stay in the loop. */
#include "py/vm_ops.h"

#define POP() (*--sp)
#define PUSH(v) (*sp++ = (v))
#define TOP() (sp[-1])
#define THIRD() (sp[-3])

/* Checks the class of an `except` clause. */
static int check_except_type(py_object *t) {
  if (PY_TUPLE_CHECK(t)) {
    for (py_ssize i = 0; i < PY_TUPLE_SIZE(t); i++)
      if (check_except_type(PY_TUPLE_ITEMS(t)[i]) < 0) return -1;
    return 0;
  }
  if (PY_TYPE_CHECK(t) && py_type_is_subtype((py_type *)t, &py_exc_BaseException)) return 0;
  py_raise(&py_exc_TypeError,
           "catching classes that do not inherit from BaseException is not allowed");
  return -1;
}

/* Makes an exception instance of what `raise X` names. New, or NULL. */
static py_object *make_exception(py_object *x, bool cause) {
  if (PY_TYPE_CHECK(x) && py_type_is_subtype((py_type *)x, &py_exc_BaseException)) {
    py_object *e = py_call0(x);
    if (e && !PY_EXC_CHECK(e)) {
      py_raise(&py_exc_TypeError,
               "calling %R should have returned an instance of BaseException, not %T", x, e);
      py_decref(e);
      return NULL;
    }
    return e;
  }
  if (PY_EXC_CHECK(x)) return py_newref(x);
  if (cause) return py_raise(&py_exc_TypeError, "exception causes must derive from BaseException");
  return py_raise(&py_exc_TypeError, "exceptions must derive from BaseException");
}

/* Sets the error `raise exc from cause` raises (exc NULL: a bare raise). Returns 1
 * for a bare raise of the handled exception, else 0. */
static int do_raise(py_object *exc, py_object *cause) {
  if (!exc) {
    py_object *handled = py_vm_handled_exception();
    if (!handled) {
      py_raise(&py_exc_RuntimeError, "No active exception to reraise");
      return 0;
    }
    py_err_restore(py_newref(handled));
    return 1; /* a re-raise: keep its traceback and context */
  }
  py_object *e = make_exception(exc, false);
  if (!e) return 0;
  if (cause) {
    py_exception_object *ee = (py_exception_object *)e;
    if (cause == PY_NONE) {
      PY_CLEAR(ee->cause);
    } else {
      py_object *c = make_exception(cause, true);
      if (!c) {
        py_decref(e);
        return 0;
      }
      py_setref(&ee->cause, c);
    }
    ee->suppress_context = true;
  }
  py_vm_chain_context(e);
  py_err_restore(e);
  return 0;
}

int py__vm_op_raise(py_frame *f, int oparg) {
  py_object **sp = py__vm_sp(f);
  py_object *cause = oparg == 2 ? POP() : NULL;
  py_object *exc = oparg >= 1 ? POP() : NULL;
  py__vm_set_sp(f, sp);
  int reraise = do_raise(exc, cause);
  py_xdecref(exc);
  py_xdecref(cause);
  return reraise ? PY_VM_OP_RERAISED : PY_VM_OP_RAISED;
}

int py__vm_op_setup_cleanup(py_frame *f, int oparg) {
  /* The handler of an except/with handler body: [prev, exc] are on the stack; an
   * error unwinds to just above prev (the exception being handled is dropped). */
  if (f->nblocks >= f->blockcap) {
    py_raise(&py_exc_SystemError, "too many nested blocks");
    return -1;
  }
  py_frame_blocks(f)[f->nblocks].handler = oparg;
  py_frame_blocks(f)[f->nblocks].level = f->stackdepth - 1;
  f->nblocks++;
  return 0;
}

int py__vm_op_load_assertion_error(py_frame *f, int oparg) {
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  PUSH(py_newref((py_object *)&py_exc_AssertionError));
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_check_exc_match(py_frame *f, int oparg) {
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *type = POP();
  py__vm_set_sp(f, sp);
  py_object *exc = TOP();
  int m = check_except_type(type) < 0 ? -1 : py_isinstance(exc, type);
  py_decref(type);
  if (m < 0) return -1;
  PUSH(py_bool(m));
  py__vm_set_sp(f, sp);
  return 0;
}

/* except* matching: splits exc by type into (rest, match). */
static int eg_match(py_object *exc, py_object *type, py_object **rest, py_object **match) {
  *rest = *match = NULL;
  if (exc == PY_NONE) {
    *rest = py_newref(PY_NONE);
    *match = py_newref(PY_NONE);
    return 0;
  }
  if (PY_TYPE_CHECK(type) && py_type_is_subtype((py_type *)type, &py_exc_BaseExceptionGroup)) {
    py_raise(&py_exc_TypeError,
             "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return -1;
  }
  if (check_except_type(type) < 0) return -1;
  if (!py_isinstance(exc, (py_object *)&py_exc_BaseExceptionGroup)) {
    int m = py_isinstance(exc, type);
    if (m < 0) return -1;
    if (!m) {
      *rest = py_newref(exc);
      *match = py_newref(PY_NONE);
      return 0;
    }
    py_object *lst = py_tuple_pack(1, exc);
    py_object *msg = py_str_from_cstr("");
    py_object *eg = lst && msg ? py_call2((py_object *)&py_exc_ExceptionGroup, msg, lst) : NULL;
    py_xdecref(lst);
    py_xdecref(msg);
    if (!eg) return -1;
    *rest = py_newref(PY_NONE);
    *match = eg;
    return 0;
  }
  py_object *split = py_getattr_str(exc, "split");
  if (!split) return -1;
  py_object *pair = py_call1(split, type);
  py_decref(split);
  if (!pair) return -1;
  if (!PY_TUPLE_CHECK(pair) || PY_TUPLE_SIZE(pair) != 2) {
    py_decref(pair);
    py_raise(&py_exc_TypeError, "split must return a 2-tuple");
    return -1;
  }
  *match = py_newref(PY_TUPLE_ITEMS(pair)[0]);
  *rest = py_newref(PY_TUPLE_ITEMS(pair)[1]);
  py_decref(pair);
  if (*match != PY_NONE) {
    /* The matched group keeps the original's traceback. */
    py_exception_object *m = (py_exception_object *)*match;
    py_exception_object *o = (py_exception_object *)exc;
    if (!m->traceback && o->traceback) m->traceback = py_newref(o->traceback);
  }
  return 0;
}

int py__vm_op_check_eg_match(py_frame *f, int oparg) {
  /* [exc, type] -> [rest, match] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *type = POP();
  py__vm_set_sp(f, sp);
  py_object *exc = TOP();
  py_object *rest, *match;
  int rc = eg_match(exc, type, &rest, &match);
  py_decref(type);
  if (rc < 0) return -1;
  TOP() = rest;
  py_decref(exc);
  PUSH(match);
  py__vm_set_sp(f, sp);
  if (match != PY_NONE) py__vm_set_handled(match);
  return 0;
}

int py__vm_op_prep_reraise_star(py_frame *f, int oparg) {
  /* [orig, list of raised + rest] -> [the exception to raise, or None] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *excs = POP();
  py_object *orig = POP();
  py__vm_set_sp(f, sp);
  py_object *res = py__exc_group_prep_reraise(orig, excs);
  py_decref(excs);
  py_decref(orig);
  if (!res) return -1;
  PUSH(res);
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_before_with(py_frame *f, int is_async) {
  /* [mgr] -> [bound __exit__ (__aexit__), result of __enter__ (__aenter__)] */
  py_object **sp = py__vm_sp(f);
  py_object *mgr = TOP();
  py_object *enter_name = is_async ? PY_ID(__aenter__) : PY_ID(__enter__);
  py_object *exit_name = is_async ? PY_ID(__aexit__) : PY_ID(__exit__);
  py_object *enter = py_type_lookup(PY_TYPE(mgr), enter_name);
  py_object *exitm = py_type_lookup(PY_TYPE(mgr), exit_name);
  if (!enter || !exitm) {
    const char *kind = is_async ? "asynchronous context manager" : "context manager";
    if (!enter)
      py_raise(&py_exc_TypeError, "'%s' object does not support the %s protocol",
               PY_TYPE(mgr)->name, kind);
    else
      py_raise(&py_exc_TypeError, "'%s' object does not support the %s protocol (missed %s "
               "method)", PY_TYPE(mgr)->name, kind, is_async ? "__aexit__" : "__exit__");
    return -1;
  }
  py_object *ex = py_getattr(mgr, exit_name);
  if (!ex) return -1;
  py_object *res = py_call_method(mgr, enter_name, NULL, 0);
  if (!res) {
    py_decref(ex);
    return -1;
  }
  TOP() = ex;
  py_decref(mgr);
  PUSH(res);
  py__vm_set_sp(f, sp);
  return 0;
}

int py__vm_op_with_exit_normal(py_frame *f, int oparg) {
  /* [exit] -> [] or, oparg set, [exit(None, None, None)] */
  py_object **sp = py__vm_sp(f);
  py_object *ex = POP();
  py__vm_set_sp(f, sp);
  py_object *nones[3] = {PY_NONE, PY_NONE, PY_NONE};
  py_object *r = py_call(ex, nones, 3, NULL);
  py_decref(ex);
  if (!r) return -1;
  if (oparg) {
    PUSH(r);
    py__vm_set_sp(f, sp);
  } else {
    py_decref(r);
  }
  return 0;
}

int py__vm_op_with_except_start(py_frame *f, int oparg) {
  /* [exit, prev, exc] -> [exit, prev, exc, exit(type, exc, tb)] */
  (void)oparg;
  py_object **sp = py__vm_sp(f);
  py_object *exc = TOP();
  py_object *ex = THIRD();
  py_exception_object *e = (py_exception_object *)exc;
  py_object *a[3] = {(py_object *)PY_TYPE(exc), exc, e->traceback ? e->traceback : PY_NONE};
  py_object *r = py_call(ex, a, 3, NULL);
  if (!r) return -1;
  PUSH(r);
  py__vm_set_sp(f, sp);
  return 0;
}

void py__vm_gen_exit_error(py_frame *f) {
  int flags = f->code->flags;
  const char *what = (flags & PY_CO_COROUTINE) ? "coroutine"
                     : (flags & PY_CO_ASYNC_GENERATOR) ? "async generator" : "generator";
  bool stop = py_err_matches(&py_exc_StopIteration);
  bool astop = (flags & PY_CO_ASYNC_GENERATOR) && py_err_matches(&py_exc_StopAsyncIteration);
  if (!stop && !astop) return;
  py_object *cause = py_err_fetch();
  py_raise(&py_exc_RuntimeError, astop ? "%s raised StopAsyncIteration" : "%s raised StopIteration",
           what);
  py_object *e = py_err_fetch();
  py_exception_object *ee = (py_exception_object *)e;
  py_setref(&ee->context, py_newref(cause));
  py_setref(&ee->cause, cause);
  ee->suppress_context = true;
  py_err_restore(e);
}
