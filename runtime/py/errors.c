/* runtime/py/errors.c — the pending exception and the py_raise family.
 *
 * At most one exception is pending at a time: a failing function sets it and returns
 * NULL or -1, and whoever handles the failure takes it out (py_err_fetch) or clears
 * it. The exception is always kept normalised, as an instance, so there is a single
 * representation for the eval loop to attach tracebacks and context to. */
#include "py/objimpl.h"

#include <string.h>

#include "py/syntax_error.h"

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

/* ---- syntax errors ------------------------------------------------------------------ */

void py__raise_syntax_error(const py_syntax_error *e, const char *filename, const char *src,
                            size_t n) {
  if (e->type == PY_SYNERR_MemoryError) {
    py_raise_nomemory();
    return;
  }
  /* The text of the offending line, with its newline, as CPython stores it; an error
   * inside an f-string expression brings its own text. */
  py_object *text;
  if (e->text[0]) {
    /* CPython's text for an f-string expression ends with a newline, as a line does. */
    size_t tl = strlen(e->text);
    text = e->text[tl - 1] == '\n' ? py_str_from_cstr(e->text) : py_str_format("%s\n", e->text);
  } else if (e->lineno > 0 && src) {
    const char *p = src, *end = src + n;
    for (int l = 1; l < e->lineno && p < end; l++) {
      const char *nl = memchr(p, '\n', (size_t)(end - p));
      p = nl ? nl + 1 : end;
    }
    const char *le = memchr(p, '\n', (size_t)(end - p));
    size_t len = le ? (size_t)(le - p) + !e->text_without_newline : (size_t)(end - p);
    text = py_str_from_utf8(p, len);
  } else if (e->lineno == 0 && src && n == 0) {
    text = py_str_from_cstr(""); /* an empty source string: its one empty line */
  } else {
    text = py_newref(PY_NONE);
  }
  py_type *t = e->type == PY_SYNERR_TabError ? &py_exc_TabError
               : e->type == PY_SYNERR_IndentationError ? &py_exc_IndentationError
                                                        : &py_exc_SyntaxError;
  py_object *msg = py_str_from_cstr(e->msg);
  py_object *fn = py_str_from_cstr(filename);
  py_object *ln = py_int_from_i64(e->lineno);
  py_object *off = py_int_from_i64(e->offset);
  py_object *eln = py_int_from_i64(e->end_lineno);
  py_object *eoff = py_int_from_i64(e->end_offset);
  py_object *details = (text && fn && ln && off && eln && eoff)
                           ? py_tuple_pack(6, fn, ln, off, text, eln, eoff) : NULL;
  py_object *exc = details && msg ? py_call2((py_object *)t, msg, details) : NULL;
  py_xdecref(text);
  py_xdecref(msg);
  py_xdecref(fn);
  py_xdecref(ln);
  py_xdecref(off);
  py_xdecref(eln);
  py_xdecref(eoff);
  py_xdecref(details);
  if (exc) py_err_restore(exc);
}
