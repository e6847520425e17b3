/* runtime/py/asyncio_future.c — asyncio.Future as a builtin type (`_asyncio.Future`)
 * and the iterator its __await__ returns.
 *
 * The behaviour is CPython 3.11's: set_result/set_exception/cancel schedule every done
 * callback through loop.call_soon in registration order, each in its own context, and
 * add_done_callback on a done future schedules at once. Awaiting a pending future
 * yields the future itself with _asyncio_future_blocking set, which is how the task
 * driving the coroutine learns what to wait for. The repr comes from Python
 * (futures.py registers the helper) so that it stays word for word CPython's. */
#include <stddef.h>
#include <string.h>

#include "py/asyncio_types.h"
#include "py/code.h"
#include "py/containers.h"
#include "py/interp.h"
#include "py/objimpl.h"

py_object *py__asyncio_future_repr_info, *py__asyncio_task_repr_info;

static py_object *state_names[3];
static py_object *kw_context, *str_call_soon, *str_repr_info;
static py_object *cancelled_error, *invalid_state_error, *get_event_loop, *copy_context;

/* Interned strings and keyword-name tuples this file and asyncio_task.c use. */
static int init_names(void) {
  if (str_call_soon) return 0;
  state_names[PY_FUT_PENDING] = py_str_intern_cstr("PENDING");
  state_names[PY_FUT_CANCELLED] = py_str_intern_cstr("CANCELLED");
  state_names[PY_FUT_FINISHED] = py_str_intern_cstr("FINISHED");
  py_object *ctx = py_str_intern_cstr("context");
  kw_context = ctx ? py_tuple_pack(1, ctx) : NULL;
  str_repr_info = py_str_intern_cstr("_repr_info");
  str_call_soon = py_str_intern_cstr("call_soon");
  if (!state_names[0] || !state_names[1] || !state_names[2] || !kw_context ||
      !str_repr_info || !str_call_soon)
    return -1;
  return 0;
}

static py_object *exceptions_attr(py_object **cache, const char *name) {
  if (*cache) return *cache;
  py_object *m = py_import("asyncio.exceptions");
  if (!m) return NULL;
  *cache = py_getattr_str(m, name);
  py_decref(m);
  return *cache;
}

py_object *py__asyncio_cancelled_error(void) {
  return exceptions_attr(&cancelled_error, "CancelledError");
}

py_object *py__asyncio_invalid_state_error(void) {
  return exceptions_attr(&invalid_state_error, "InvalidStateError");
}

static py_object *raise_invalid_state(const char *msg) {
  py_object *cls = py__asyncio_invalid_state_error();
  if (!cls) return NULL;
  py_object *text = py_str_from_cstr(msg);
  if (!text) return NULL;
  py_object *e = py_call1(cls, text);
  py_decref(text);
  if (e) py_err_restore(e);
  return NULL;
}

py_object *py__asyncio_copy_context(void) {
  py_object *fast = py__asyncio_copy_context_fast();
  if (fast || py_err_occurred()) return fast;
  if (!copy_context) {
    py_object *m = py_import("contextvars");
    if (!m) return NULL;
    copy_context = py_getattr_str(m, "copy_context");
    py_decref(m);
    if (!copy_context) return NULL;
  }
  return py_call0(copy_context);
}

int py__asyncio_call_soon(py_object *loop, py_object *fn, py_object *arg, py_object *ctx) {
  int fast = py__asyncio_call_soon_fast(loop, fn, arg, ctx);
  if (fast) return fast < 0 ? -1 : 0;
  py_object *meth = py_getattr(loop, str_call_soon);
  if (!meth) return -1;
  py_object *args[3];
  size_t n = 0;
  args[n++] = fn;
  if (arg) args[n++] = arg;
  if (ctx) args[n] = ctx;
  py_object *r = py_call(meth, args, n, ctx ? kw_context : NULL);
  py_decref(meth);
  if (!r) return -1;
  py_decref(r);
  return 0;
}

/* Makes callback0 the object it stands for: a task's wakeup method is made when a
 * program looks at the callbacks (callback0_wakeup). 0 or -1. */
static int callback0_object(py_asyncio_future *f) {
  if (!f->callback0_wakeup) return 0;
  py_object *m = py__asyncio_task_wakeup_method(f->callback0);
  if (!m) return -1;
  f->callback0_wakeup = false;
  py_setref(&f->callback0, m);
  return 0;
}

/* Schedules task's wakeup for f: onto the ready queue without the method object when
 * the loop allows, else loop.call_soon(method, f). */
static int call_soon_wakeup(py_asyncio_future *f, py_object *task, py_object *ctx) {
  int fast = py__asyncio_call_soon_wakeup(f->loop, task, (py_object *)f, ctx);
  if (fast) return fast < 0 ? -1 : 0;
  py_object *m = py__asyncio_task_wakeup_method(task);
  if (!m) return -1;
  int r = py__asyncio_call_soon(f->loop, m, (py_object *)f, ctx);
  py_decref(m);
  return r;
}

/* Schedules every done callback (the future becomes their argument) and forgets them. */
static int schedule_callbacks(py_asyncio_future *f) {
  py_object *self = (py_object *)f;
  if (f->callback0) {
    py_object *fn = f->callback0, *ctx = f->context0;
    bool wakeup = f->callback0_wakeup;
    f->callback0 = f->context0 = NULL;
    f->callback0_wakeup = false;
    int r = wakeup ? call_soon_wakeup(f, fn, ctx) : py__asyncio_call_soon(f->loop, fn, self, ctx);
    py_decref(fn);
    py_xdecref(ctx);
    if (r < 0) return -1;
  }
  if (!f->callbacks) return 0;
  py_object *list = f->callbacks;
  f->callbacks = NULL;
  for (py_ssize i = 0; i < PY_LIST_SIZE(list); i++) {
    py_object *pair = PY_LIST_ITEMS(list)[i];
    if (py__asyncio_call_soon(f->loop, PY_TUPLE_ITEMS(pair)[0], self,
                              PY_TUPLE_ITEMS(pair)[1]) < 0) {
      py_decref(list);
      return -1;
    }
  }
  py_decref(list);
  return 0;
}

py__asyncio_future_rare *py__asyncio_future_rare_of(py_asyncio_future *f) {
  if (!f->rare && !(f->rare = py_mem_calloc(sizeof *f->rare))) py_raise_nomemory();
  return f->rare;
}

int py__asyncio_future_cancel(py_asyncio_future *f, py_object *msg) {
  f->log_traceback = false;
  if (f->state != PY_FUT_PENDING) return 0;
  py__asyncio_future_rare *rare = py__asyncio_future_rare_of(f);
  if (!rare) return -1;
  f->state = PY_FUT_CANCELLED;
  py_setref(&rare->cancel_message, py_newref(msg ? msg : PY_NONE));
  return schedule_callbacks(f) < 0 ? -1 : 1;
}

int py__asyncio_future_set_result(py_asyncio_future *f, py_object *value) {
  if (f->state != PY_FUT_PENDING) {
    raise_invalid_state("invalid state");
    return -1;
  }
  py_setref(&f->result, py_newref(value));
  f->state = PY_FUT_FINISHED;
  return schedule_callbacks(f);
}

int py__asyncio_future_set_exception(py_asyncio_future *f, py_object *exc) {
  if (f->state != PY_FUT_PENDING) {
    raise_invalid_state("invalid state");
    return -1;
  }
  py_object *inst;
  if (PY_TYPE_CHECK(exc)) {
    inst = py_call0(exc);
    if (!inst) return -1;
  } else {
    inst = py_newref(exc);
  }
  if (!PY_EXC_CHECK(inst)) {
    py_decref(inst);
    py_raise(&py_exc_TypeError, "invalid exception object");
    return -1;
  }
  if (PY_TYPE(inst) == &py_exc_StopIteration) {
    py_decref(inst);
    py_raise(&py_exc_TypeError, "StopIteration interacts badly with generators and "
                                "cannot be raised into a Future");
    return -1;
  }
  py_object *tb = ((py_exception_object *)inst)->traceback;
  if (tb || f->rare) {
    py__asyncio_future_rare *rare = py__asyncio_future_rare_of(f);
    if (!rare) {
      py_decref(inst);
      return -1;
    }
    py_setref(&rare->exception_tb, py_xnewref(tb));
  }
  py_setref(&f->exception, inst);
  f->state = PY_FUT_FINISHED;
  if (schedule_callbacks(f) < 0) return -1;
  f->log_traceback = true;
  return 0;
}

int py__asyncio_future_add_wakeup(py_asyncio_future *f, py_object *task, py_object *ctx) {
  if (f->state == PY_FUT_PENDING && !f->callback0) {
    f->callback0 = py_newref(task);
    f->context0 = py_xnewref(ctx);
    f->callback0_wakeup = true;
    return 0;
  }
  if (f->state != PY_FUT_PENDING) return call_soon_wakeup(f, task, ctx);
  py_object *m = py__asyncio_task_wakeup_method(task);
  if (!m) return -1;
  int r = py__asyncio_future_add_callback(f, m, ctx);
  py_decref(m);
  return r;
}

int py__asyncio_future_add_callback(py_asyncio_future *f, py_object *fn, py_object *ctx) {
  if (f->state != PY_FUT_PENDING)
    return py__asyncio_call_soon(f->loop, fn, (py_object *)f, ctx);
  if (!f->callback0) {
    f->callback0 = py_newref(fn);
    f->context0 = py_xnewref(ctx);
    return 0;
  }
  py_object *pair = py_tuple_pack(2, fn, ctx ? ctx : PY_NONE);
  if (!pair) return -1;
  if (!f->callbacks && !(f->callbacks = py_list_new(0))) {
    py_decref(pair);
    return -1;
  }
  int r = py_list_append(f->callbacks, pair);
  py_decref(pair);
  return r;
}

py_object *py__asyncio_make_cancelled_error(py_asyncio_future *f) {
  if (f->rare && f->rare->cancelled_exc) {
    py_object *e = f->rare->cancelled_exc;
    f->rare->cancelled_exc = NULL;
    return e;
  }
  py_object *cls = py__asyncio_cancelled_error();
  if (!cls) return NULL;
  py_object *msg = py__asyncio_cancel_message(f);
  if (!msg || msg == PY_NONE) return py_call0(cls);
  return py_call1(cls, msg);
}

py_object *py__asyncio_future_result(py_asyncio_future *f) {
  if (f->state == PY_FUT_CANCELLED) {
    py_object *e = py__asyncio_make_cancelled_error(f);
    if (e) py_err_restore(e);
    return NULL;
  }
  if (f->state != PY_FUT_FINISHED) return raise_invalid_state("Result is not set.");
  f->log_traceback = false;
  if (f->exception) {
    /* Raised with the traceback it had when set, as exception.with_traceback(tb). */
    py_exception_object *e = (py_exception_object *)f->exception;
    py_setref(&e->traceback, py_xnewref(f->rare ? f->rare->exception_tb : NULL));
    py_err_restore(py_newref(f->exception));
    return NULL;
  }
  return py_newref(f->result ? f->result : PY_NONE);
}

void py__asyncio_future_clear(py_asyncio_future *f) {
  PY_CLEAR(f->loop);
  f->callback0_wakeup = false;
  PY_CLEAR(f->callback0);
  PY_CLEAR(f->context0);
  PY_CLEAR(f->callbacks);
  PY_CLEAR(f->result);
  PY_CLEAR(f->exception);
  if (f->rare) {
    py__asyncio_future_rare *rare = f->rare;
    f->rare = NULL;
    py_xdecref(rare->exception_tb);
    py_xdecref(rare->cancel_message);
    py_xdecref(rare->cancelled_exc);
    py_mem_free(rare, sizeof *rare);
  }
  PY_CLEAR(f->dict);
}

void py__asyncio_future_finalize(py_asyncio_future *f) {
  if (!f->log_traceback || !f->loop) return;
  f->log_traceback = false;
  py_object *self = (py_object *)f;
  py_object *saved = py_err_fetch();
  py_object *ctx = py_dict_new();
  py_object *msg = py_str_format("%s exception was never retrieved", PY_TYPE(self)->name);
  py_object *r = NULL;
  if (ctx && msg && py_dict_set_str(ctx, "message", msg) == 0 &&
      py_dict_set_str(ctx, "exception", f->exception ? f->exception : PY_NONE) == 0 &&
      py_dict_set_str(ctx, "future", self) == 0) {
    py_object *name = py_str_intern_cstr("call_exception_handler");
    r = name ? py_call_method(f->loop, name, &ctx, 1) : NULL;
  }
  if (r) py_decref(r);
  else py_err_clear();
  py_xdecref(ctx);
  py_xdecref(msg);
  py_err_restore(saved);
}

/* ---- the Python-visible type ---------------------------------------------------- */

#define FUT(o) ((py_asyncio_future *)(o))

static py_object *future_new(py_type *type, py_object *const *args, size_t nargs,
                             py_object *kwnames) {
  (void)args;
  (void)nargs;
  (void)kwnames;
  if (init_names() < 0) return NULL;
  py_object *self = py_type_alloc(type, 0);
  if (!self) return NULL;
  FUT(self)->state = PY_FUT_PENDING;
  return self;
}

/* The loop a new future belongs to: the given one or events.get_event_loop(). */
int py__asyncio_future_set_loop(py_asyncio_future *f, py_object *loop) {
  if (!loop || loop == PY_NONE) {
    if (!get_event_loop) {
      py_object *m = py_import("asyncio.events");
      if (!m) return -1;
      get_event_loop = py_getattr_str(m, "get_event_loop");
      py_decref(m);
      if (!get_event_loop) return -1;
    }
    loop = py_call0(get_event_loop);
    if (!loop) return -1;
    py_setref(&f->loop, loop);
    return 0;
  }
  py_setref(&f->loop, py_newref(loop));
  return 0;
}

static int s_source_traceback(py_object *self, py_object *v);

int py__asyncio_record_creation(py_object *self, bool skip_create_task) {
  /* The Python code running is the creator (C calls push no frame); a task made by
   * loop.create_task names the caller of create_task, as CPython drops that frame. */
  py_frame *f = py_vm_current;
  if (f && skip_create_task && f->back && py_str_equal_cstr(f->code->name, "create_task") &&
      py_str_equal_cstr(f->code->filename, "<frozen asyncio.base_events>"))
    f = f->back;
  if (!f) return 0;
  py_object *line = py_int_from_i64(py_frame_line(f));
  py_object *entry = line ? py_tuple_pack(2, f->code->filename, line) : NULL;
  py_object *tb = entry ? py_list_new(0) : NULL;
  int rc = tb ? py_list_append(tb, entry) : -1;
  if (rc == 0) rc = s_source_traceback(self, tb);
  py_xdecref(line);
  py_xdecref(entry);
  py_xdecref(tb);
  return rc;
}

static int future_init(py_object *self, py_object *const *args, size_t nargs,
                       py_object *kwnames) {
  static const char *const names[] = {"loop"};
  static const py_params params = {"Future", names, 1, 0, 0, 0};
  py_object *loop = NULL;
  if (py_args_bind(&params, args, nargs, kwnames, &loop) < 0) return -1;
  if (py__asyncio_future_set_loop(FUT(self), loop) < 0) return -1;
  if (py__asyncio_debug_loop && FUT(self)->loop == py__asyncio_debug_loop)
    return py__asyncio_record_creation(self, false);
  return 0;
}

static void future_dealloc(py_object *self) {
  self->refcnt = 1; /* alive again while the exception handler runs */
  py__asyncio_future_finalize(FUT(self));
  if (--self->refcnt != 0) return;
  py__asyncio_future_clear(FUT(self));
  py_type_free(self);
}

static int need_loop(py_object *self) {
  if (FUT(self)->loop) return 0;
  py_raise(&py_exc_RuntimeError, "Future object is not initialized.");
  return -1;
}

static py_object *f_result(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("result", n, k, 0, 0) < 0) return NULL;
  return py__asyncio_future_result(FUT(self));
}

static py_object *f_exception(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("exception", n, k, 0, 0) < 0) return NULL;
  py_asyncio_future *f = FUT(self);
  if (f->state == PY_FUT_CANCELLED) {
    py_object *e = py__asyncio_make_cancelled_error(f);
    if (e) py_err_restore(e);
    return NULL;
  }
  if (f->state != PY_FUT_FINISHED) return raise_invalid_state("Exception is not set.");
  f->log_traceback = false;
  return py_newref(f->exception ? f->exception : PY_NONE);
}

static py_object *f_set_result(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("set_result", n, k, 1, 1) < 0 || need_loop(self) < 0) return NULL;
  if (py__asyncio_future_set_result(FUT(self), a[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *f_set_exception(py_object *self, py_object *const *a, size_t n,
                                  py_object *k) {
  if (py_args_check("set_exception", n, k, 1, 1) < 0 || need_loop(self) < 0) return NULL;
  if (py__asyncio_future_set_exception(FUT(self), a[0]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *f_add_done_callback(py_object *self, py_object *const *a, size_t n,
                                      py_object *k) {
  static const char *const names[] = {"fn", "context"};
  static const py_params params = {"add_done_callback", names, 2, 0, 1, 1};
  py_object *out[2] = {NULL, NULL};
  if (py_args_bind(&params, a, n, k, out) < 0 || need_loop(self) < 0) return NULL;
  py_object *ctx = out[1];
  if (!ctx || ctx == PY_NONE) {
    ctx = py__asyncio_copy_context();
    if (!ctx) return NULL;
  } else {
    py_incref(ctx);
  }
  int r = py__asyncio_future_add_callback(FUT(self), out[0], ctx);
  py_decref(ctx);
  if (r < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *f_remove_done_callback(py_object *self, py_object *const *a, size_t n,
                                         py_object *k) {
  if (py_args_check("remove_done_callback", n, k, 1, 1) < 0) return NULL;
  py_asyncio_future *f = FUT(self);
  py_object *fn = a[0];
  py_ssize removed = 0;
  if (callback0_object(f) < 0) return NULL;
  if (f->callback0) {
    int eq = py_richcompare_bool(f->callback0, fn, PY_EQ);
    if (eq < 0) return NULL;
    if (eq) {
      PY_CLEAR(f->callback0);
      PY_CLEAR(f->context0);
      removed++;
    }
  }
  if (f->callbacks) {
    py_object *kept = py_list_new(0);
    if (!kept) return NULL;
    py_object *list = py_newref(f->callbacks);
    for (py_ssize i = 0; i < PY_LIST_SIZE(list); i++) {
      py_object *pair = PY_LIST_ITEMS(list)[i];
      int eq = py_richcompare_bool(PY_TUPLE_ITEMS(pair)[0], fn, PY_EQ);
      if (eq < 0 || (!eq && py_list_append(kept, pair) < 0)) {
        py_decref(kept);
        py_decref(list);
        return NULL;
      }
      if (eq) removed++;
    }
    py_decref(list);
    if (PY_LIST_SIZE(kept) == 0) PY_CLEAR(kept);
    py_setref(&f->callbacks, kept);
  }
  /* The first callback left becomes callback0 again, so order is kept. */
  if (!f->callback0 && f->callbacks) {
    py_object *pair = PY_LIST_ITEMS(f->callbacks)[0];
    py_object *ctx = PY_TUPLE_ITEMS(pair)[1];
    f->callback0 = py_newref(PY_TUPLE_ITEMS(pair)[0]);
    f->context0 = ctx == PY_NONE ? NULL : py_newref(ctx);
    if (PY_LIST_SIZE(f->callbacks) == 1) {
      PY_CLEAR(f->callbacks);
    } else {
      py_object *rest = py_list_new(0);
      if (!rest) return NULL;
      for (py_ssize i = 1; i < PY_LIST_SIZE(f->callbacks); i++)
        if (py_list_append(rest, PY_LIST_ITEMS(f->callbacks)[i]) < 0) {
          py_decref(rest);
          return NULL;
        }
      py_setref(&f->callbacks, rest);
    }
  }
  return py_int_from_i64(removed);
}

static py_object *f_cancel(py_object *self, py_object *const *a, size_t n, py_object *k) {
  static const char *const names[] = {"msg"};
  static const py_params params = {"cancel", names, 1, 0, 1, 0};
  py_object *msg = NULL;
  if (py_args_bind(&params, a, n, k, &msg) < 0 || need_loop(self) < 0) return NULL;
  int r = py__asyncio_future_cancel(FUT(self), msg);
  if (r < 0) return NULL;
  return py_bool(r);
}

static py_object *f_cancelled(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("cancelled", n, k, 0, 0) < 0) return NULL;
  return py_bool(FUT(self)->state == PY_FUT_CANCELLED);
}

static py_object *f_done(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("done", n, k, 0, 0) < 0) return NULL;
  return py_bool(FUT(self)->state != PY_FUT_PENDING);
}

static py_object *f_get_loop(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("get_loop", n, k, 0, 0) < 0 || need_loop(self) < 0) return NULL;
  return py_newref(FUT(self)->loop);
}

static py_object *f_make_cancelled_error(py_object *self, py_object *const *a, size_t n,
                                         py_object *k) {
  (void)a;
  if (py_args_check("_make_cancelled_error", n, k, 0, 0) < 0) return NULL;
  return py__asyncio_make_cancelled_error(FUT(self));
}

static py_object *f_repr_info(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("_repr_info", n, k, 0, 0) < 0) return NULL;
  if (!py__asyncio_future_repr_info)
    return py_raise(&py_exc_RuntimeError, "asyncio.futures is not initialised");
  return py_call1(py__asyncio_future_repr_info, self);
}

/* '<ClassName info ...>' from self._repr_info(), so subclasses' overrides show. */
static py_object *future_repr(py_object *self) {
  py_object *info = py_call_method(self, str_repr_info, NULL, 0);
  if (!info) return NULL;
  py_object *sep = py_str_from_cstr(" ");
  py_object *joined = sep ? py_str_join(sep, info) : NULL;
  py_xdecref(sep);
  py_decref(info);
  if (!joined) return NULL;
  py_object *r = py_str_format("<%s %U>", PY_TYPE(self)->name, joined);
  py_decref(joined);
  return r;
}

static py_object *future_await(py_object *self);

static py_object *f_await(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("__await__", n, k, 0, 0) < 0) return NULL;
  return future_await(self);
}

static const py_method_def future_methods[] = {
    {"result", f_result, 0, NULL},
    {"exception", f_exception, 0, NULL},
    {"set_result", f_set_result, 0, NULL},
    {"set_exception", f_set_exception, 0, NULL},
    {"add_done_callback", f_add_done_callback, 0, NULL},
    {"remove_done_callback", f_remove_done_callback, 0, NULL},
    {"cancel", f_cancel, 0, NULL},
    {"cancelled", f_cancelled, 0, NULL},
    {"done", f_done, 0, NULL},
    {"get_loop", f_get_loop, 0, NULL},
    {"_make_cancelled_error", f_make_cancelled_error, 0, NULL},
    {"_repr_info", f_repr_info, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {"__await__", f_await, 0, NULL},
    {"__iter__", f_await, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_object *g_state(py_object *self) {
  return py_newref(state_names[FUT(self)->state]);
}
static py_object *g_loop(py_object *self) {
  return py_newref(FUT(self)->loop ? FUT(self)->loop : PY_NONE);
}
static py_object *g_result(py_object *self) {
  return py_newref(FUT(self)->result ? FUT(self)->result : PY_NONE);
}
static py_object *g_exception(py_object *self) {
  return py_newref(FUT(self)->exception ? FUT(self)->exception : PY_NONE);
}
/* _source_traceback: None unless debug mode recorded where the future was made
 * (base_events.py); kept in the instance dict, so other futures carry no field. */
static py_object *g_source_traceback(py_object *self) {
  py_object *d = FUT(self)->dict;
  py_object *v = d ? py_dict_get_str(d, "_source_traceback") : NULL;
  return py_newref(v ? v : PY_NONE);
}
static int s_source_traceback(py_object *self, py_object *v) {
  py_object *d = py__instance_dict(self);
  if (!d) {
    if (!py_err_occurred()) py_raise(&py_exc_AttributeError, "no __dict__");
    return -1;
  }
  if (v) return py_dict_set_str(d, "_source_traceback", v);
  if (!py_dict_get_str(d, "_source_traceback")) return 0;
  py_object *k = py_str_from_cstr("_source_traceback");
  int rc = k ? py_dict_del(d, k) : -1;
  py_xdecref(k);
  return rc;
}

/* [(fn, context), ...] or None, as CPython's _callbacks. */
static py_object *g_callbacks(py_object *self) {
  py_asyncio_future *f = FUT(self);
  if (!f->callback0 && !f->callbacks) return py_newref(PY_NONE);
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  if (callback0_object(f) < 0) {
    py_decref(list);
    return NULL;
  }
  if (f->callback0) {
    py_object *pair = py_tuple_pack(2, f->callback0, f->context0 ? f->context0 : PY_NONE);
    int r = pair ? py_list_append(list, pair) : -1;
    py_xdecref(pair);
    if (r < 0) {
      py_decref(list);
      return NULL;
    }
  }
  if (f->callbacks)
    for (py_ssize i = 0; i < PY_LIST_SIZE(f->callbacks); i++)
      if (py_list_append(list, PY_LIST_ITEMS(f->callbacks)[i]) < 0) {
        py_decref(list);
        return NULL;
      }
  return list;
}

static py_object *g_cancel_message(py_object *self) {
  py_object *msg = py__asyncio_cancel_message(FUT(self));
  return py_newref(msg ? msg : PY_NONE);
}
static int s_cancel_message(py_object *self, py_object *v) {
  if (!v) return py_raise(&py_exc_AttributeError, "cannot delete attribute"), -1;
  py__asyncio_future_rare *rare = py__asyncio_future_rare_of(FUT(self));
  if (!rare) return -1;
  py_setref(&rare->cancel_message, py_newref(v));
  return 0;
}

static py_object *g_blocking(py_object *self) { return py_bool(FUT(self)->blocking); }
static int s_blocking(py_object *self, py_object *v) {
  if (!v) return py_raise(&py_exc_AttributeError, "cannot delete attribute"), -1;
  int t = py_truthy(v);
  if (t < 0) return -1;
  FUT(self)->blocking = t;
  return 0;
}

static py_object *g_log_traceback(py_object *self) {
  return py_bool(FUT(self)->log_traceback);
}
static int s_log_traceback(py_object *self, py_object *v) {
  if (!v) return py_raise(&py_exc_AttributeError, "cannot delete attribute"), -1;
  int t = py_truthy(v);
  if (t < 0) return -1;
  if (t) {
    py_raise(&py_exc_ValueError, "_log_traceback can only be set to False");
    return -1;
  }
  FUT(self)->log_traceback = false;
  return 0;
}

static const py_getset_def future_getset[] = {
    {"_state", g_state, NULL},
    {"_loop", g_loop, NULL},
    {"_result", g_result, NULL},
    {"_exception", g_exception, NULL},
    {"_callbacks", g_callbacks, NULL},
    {"_source_traceback", g_source_traceback, s_source_traceback},
    {"_cancel_message", g_cancel_message, s_cancel_message},
    {"_asyncio_future_blocking", g_blocking, s_blocking},
    {"_log_traceback", g_log_traceback, s_log_traceback},
    {NULL, NULL, NULL},
};

py_type py_asyncio_future_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "Future",
    .basicsize = sizeof(py_asyncio_future),
    .dictoffset = offsetof(py_asyncio_future, dict),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_object_type,
    .methods = future_methods,
    .getset = future_getset,
    .new = future_new,
    .init = future_init,
    .dealloc = future_dealloc,
    .repr = future_repr,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
    .iter = future_await,
    .await = future_await,
};

/* ---- the iterator of `await future` ----------------------------------------------- */

typedef struct {
  PY_HEAD;
  py_object *future; /* NULL once the await finished */
} future_iter;

py_object *py__asyncio_futureiter_future(py_object *it) { return ((future_iter *)it)->future; }

static py_object *future_await(py_object *self) {
  future_iter *it = (future_iter *)py_type_alloc(&py_asyncio_futureiter_type, 0);
  if (!it) return NULL;
  it->future = py_newref(self);
  return (py_object *)it;
}

static void futureiter_dealloc(py_object *self) {
  PY_CLEAR(((future_iter *)self)->future);
  py_type_free(self);
}

/* Pending: yields the future once (blocking set), then complains if resumed while
 * still pending. Done: finishes with the future's result (StopIteration(value)). */
static py_object *futureiter_next(py_object *self) {
  future_iter *it = (future_iter *)self;
  py_object *fo = it->future;
  if (!fo) return NULL;
  py_asyncio_future *f = FUT(fo);
  if (f->state == PY_FUT_PENDING) {
    if (!f->blocking) {
      f->blocking = true;
      return py_newref(fo);
    }
    return py_raise(&py_exc_RuntimeError, "await wasn't used with future");
  }
  it->future = NULL;
  py_object *r = py__asyncio_future_result(f);
  py_decref(fo);
  if (!r) return NULL;
  if (r == PY_NONE) {
    py_decref(r);
    return NULL;
  }
  py_object *stop = py_call1((py_object *)&py_exc_StopIteration, r);
  py_decref(r);
  if (stop) py_err_restore(stop);
  return NULL;
}

static py_object *fi_send(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("send", n, k, 1, 1) < 0) return NULL;
  py_object *r = futureiter_next(self);
  if (!r && !py_err_occurred()) py_err_restore(py_call0((py_object *)&py_exc_StopIteration));
  return r;
}

/* throw(exc) raises exc where the await is: the iterator itself holds no frame. */
static py_object *fi_throw(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("throw", n, k, 1, 3) < 0) return NULL;
  py_object *typ = a[0], *val = n > 1 ? a[1] : NULL;
  py_object *exc;
  if (PY_EXC_CHECK(typ)) {
    if (val && val != PY_NONE)
      return py_raise(&py_exc_TypeError, "instance exception may not have a separate value");
    exc = py_newref(typ);
  } else if (PY_TYPE_CHECK(typ) && py_type_is_subtype((py_type *)typ, &py_exc_BaseException)) {
    exc = (val && PY_EXC_CHECK(val))   ? py_newref(val)
          : (val && val != PY_NONE) ? py_call1(typ, val)
                                    : py_call0(typ);
    if (!exc) return NULL;
  } else {
    return py_raise(&py_exc_TypeError,
                    "exceptions must be classes or instances deriving from BaseException, "
                    "not %s", PY_TYPE(typ)->name);
  }
  PY_CLEAR(((future_iter *)self)->future);
  py_err_restore(exc);
  return NULL;
}

static py_object *fi_close(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("close", n, k, 0, 0) < 0) return NULL;
  PY_CLEAR(((future_iter *)self)->future);
  return py_newref(PY_NONE);
}

static py_object *futureiter_iter(py_object *self) { return py_newref(self); }

static const py_method_def futureiter_methods[] = {
    {"send", fi_send, 0, NULL},
    {"throw", fi_throw, 0, NULL},
    {"close", fi_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

py_type py_asyncio_futureiter_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "FutureIter",
    .basicsize = sizeof(future_iter),
    .base = &py_object_type,
    .methods = futureiter_methods,
    .dealloc = futureiter_dealloc,
    .getattr = py_generic_getattr,
    .iter = futureiter_iter,
    .iternext = futureiter_next,
};

/* The caches above hold objects of one run's modules (py_fini empties those modules and
 * releases their classes): they are dropped at the run's end so the next run looks
 * them up again. */
void py__asyncio_future_fini(void) {
  PY_CLEAR(cancelled_error);
  PY_CLEAR(invalid_state_error);
  PY_CLEAR(get_event_loop);
  PY_CLEAR(copy_context);
}
