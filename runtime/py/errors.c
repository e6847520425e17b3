/* runtime/py/errors.c — the pending exception and the py_raise family.
 *
 * At most one exception is pending at a time: a failing function sets it and returns
 * NULL or -1, and whoever handles the failure takes it out (py_err_fetch) or clears
 * it. The exception is always kept normalised, as an instance, so there is a single
 * representation for the eval loop to attach tracebacks and context to. */
#include "py/objimpl.h"

static py_object *pending; /* owned, or NULL */

/* Raised when even building a MemoryError fails; created by py_objcore_init. */
static py_object *spare_memory_error;

py_object *py_err_occurred(void) { return pending; }

int py_err_matches(py_type *type) {
  return pending && py_type_is_subtype(PY_TYPE(pending), type);
}

py_object *py_err_fetch(void) {
  py_object *e = pending;
  pending = NULL;
  return e;
}

void py_err_restore(py_object *exc) { py_setref(&pending, exc); }

void py_err_clear(void) { PY_CLEAR(pending); }

py_object *py_raise_nomemory(void) {
  if (!spare_memory_error) {
    /* Before py_objcore_init there is nothing sensible to raise. */
    return NULL;
  }
  py_exception_object *e = (py_exception_object *)spare_memory_error;
  PY_CLEAR(e->traceback);
  PY_CLEAR(e->context);
  PY_CLEAR(e->cause);
  py_err_restore(py_newref(spare_memory_error));
  return NULL;
}

int py__errors_init(void) {
  if (spare_memory_error) return 0;
  spare_memory_error = py_call((py_object *)&py_exc_MemoryError, NULL, 0, NULL);
  if (!spare_memory_error) return -1;
  spare_memory_error->refcnt = PY_IMMORTAL;
  return 0;
}

py_object *py_raise_v(py_type *type, const char *fmt, va_list ap) {
  py_object *msg = py_str_format_v(fmt, ap);
  if (!msg) return NULL; /* the formatting error (e.g. a failing __repr__) stands */
  py_object *exc = py__exc_from_message(type, msg);
  if (exc) py_err_restore(exc);
  return NULL;
}

py_object *py_raise(py_type *type, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  py_raise_v(type, fmt, ap);
  va_end(ap);
  return NULL;
}

py_object *py_raise_with(py_type *type, py_object *arg) {
  py_object *exc = py_call1((py_object *)type, arg);
  if (!exc) return NULL;
  if (!PY_EXC_CHECK(exc)) {
    py_decref(exc);
    return py_raise(&py_exc_TypeError,
                    "exceptions must derive from BaseException");
  }
  py_err_restore(exc);
  return NULL;
}
