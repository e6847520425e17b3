/* runtime/py/asyncio_task.c — asyncio.Task as a builtin type (`_asyncio.Task`, a
 * subclass of `_asyncio.Future`), with its step and wakeup in C.
 *
 * The step follows CPython 3.11's Task.__step decision for decision: what the
 * coroutine yields (a future to wait on, None for a bare yield, or something wrong)
 * decides which callback is scheduled, so every await costs the loop iterations it
 * costs in CPython (docs/asyncio.md, /work/shared/asyncio-semantics.md).
 *
 * The registry of tasks lives here too: the task running on each loop (a small array:
 * one loop steps at a time; Python asks current_task_of) and the tasks not yet done, in creation
 * order, in an intrusive list that holds a reference to each (CPython holds them
 * weakly and lets its collector report the ones abandoned; we have no collector, so
 * gc.collect() and the run's end look for the same garbage, asyncio_task_gc.c). */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "py/asyncio_trace.h"
#include "py/asyncio_types.h"
#include "py/code.h"
#include "py/containers.h"
#include "py/interp.h"
#include "py/objimpl.h"

py_object *py__asyncio_task_get_stack, *py__asyncio_task_print_stack;
py_object *py__asyncio_trace_created, *py__asyncio_trace_cancel, *py__asyncio_trace_step_end;

static py_asyncio_task *pending_first, *pending_last;
/* The task running on each loop that is inside a step. One loop steps at a time (a
 * loop cannot run inside another's step), so a few entries are plenty. */
typedef struct {
  py_object *loop, *task; /* borrowed: both are alive while the step runs */
} current_entry;
enum { MAX_CURRENT = 16 };
static current_entry current[MAX_CURRENT];
static size_t ncurrent;
static int64_t task_counter;
static py_object *iscoroutine_fn, *str_cancel, *kw_msg, *str_add_done_callback,
    *str_get_loop, *str_loop_attr, *str_blocking, *str_result, *future_add_done_callback;

#define TASK(o) ((py_asyncio_task *)(o))

static int init_names(void) {
  if (str_cancel) return 0;
  py_object *msg = py_str_intern_cstr("msg");
  kw_msg = msg ? py_tuple_pack(1, msg) : NULL;
  str_add_done_callback = py_str_intern_cstr("add_done_callback");
  str_get_loop = py_str_intern_cstr("get_loop");
  str_loop_attr = py_str_intern_cstr("_loop");
  str_blocking = py_str_intern_cstr("_asyncio_future_blocking");
  str_result = py_str_intern_cstr("result");
  str_cancel = py_str_intern_cstr("cancel");
  if (!kw_msg || !str_add_done_callback || !str_get_loop || !str_loop_attr ||
      !str_blocking || !str_result || !str_cancel)
    return -1;
  future_add_done_callback = py_type_lookup(&py_asyncio_future_type, str_add_done_callback);
  return 0;
}

/* ---- the registry ------------------------------------------------------------------ */

static void register_task(py_asyncio_task *t) {
  t->prev = pending_last;
  t->next = NULL;
  if (pending_last) pending_last->next = t;
  else pending_first = t;
  pending_last = t;
  t->registered = true;
  py_incref((py_object *)t);
}

/* Takes t out of the pending list; the caller owns the list's reference after. */
static bool unregister_task(py_asyncio_task *t) {
  if (!t->registered) return false;
  if (t->prev) t->prev->next = t->next;
  else pending_first = t->next;
  if (t->next) t->next->prev = t->prev;
  else pending_last = t->prev;
  t->prev = t->next = NULL;
  t->registered = false;
  return true;
}

static void finish_task(py_asyncio_task *t) {
  if (unregister_task(t)) py_decref((py_object *)t);
}

static py_object *current_task_of(py_object *loop) {
  for (size_t i = 0; i < ncurrent; i++)
    if (current[i].loop == loop) return current[i].task;
  return NULL;
}

static int enter_task(py_object *loop, py_object *task) {
  py_object *cur = ncurrent ? current_task_of(loop) : NULL;
  if (cur) {
    py_raise(&py_exc_RuntimeError,
             "Cannot enter into task %R while another task %R is being executed.", task, cur);
    return -1;
  }
  if (ncurrent == MAX_CURRENT) {
    py_raise(&py_exc_RuntimeError, "too many event loops running tasks at once");
    return -1;
  }
  current[ncurrent].loop = loop;
  current[ncurrent].task = task;
  ncurrent++;
  return 0;
}

static int leave_task(py_object *loop, py_object *task) {
  for (size_t i = 0; i < ncurrent; i++) {
    if (current[i].loop != loop) continue;
    if (current[i].task != task) break;
    current[i] = current[--ncurrent];
    return 0;
  }
  py_object *cur = current_task_of(loop);
  py_raise(&py_exc_RuntimeError, "Leaving task %R does not match the current task %R.", task,
           cur ? cur : PY_NONE);
  return -1;
}

/* ---- the callables a task schedules ------------------------------------------------ */

/* What call_soon runs for a step: the task and the exception to throw in (or NULL). */
typedef struct {
  PY_HEAD;
  py_object *task;
  py_object *arg;
} step_wrapper;

static py_object *task_step(py_asyncio_task *t, py_object *exc);

static py_object *stepwrapper_call(py_object *self, py_object *const *a, size_t n,
                                   py_object *k) {
  (void)a;
  if (n || (k && PY_TUPLE_SIZE(k)))
    return py_raise(&py_exc_TypeError, "TaskStepMethWrapper takes no arguments");
  step_wrapper *w = (step_wrapper *)self;
  return task_step(TASK(w->task), w->arg);
}

/* Every step makes and drops one wrapper: a few dropped ones are kept for the next
 * steps instead of going back through the allocator (emptied at the run's end). */
#define STEPWRAPPER_SPARE 16
static py_object *stepwrapper_spare[STEPWRAPPER_SPARE];
static int stepwrapper_nspare;

static void stepwrapper_dealloc(py_object *self) {
  step_wrapper *w = (step_wrapper *)self;
  PY_CLEAR(w->task);
  PY_CLEAR(w->arg);
  if (stepwrapper_nspare < STEPWRAPPER_SPARE) stepwrapper_spare[stepwrapper_nspare++] = self;
  else py_type_free(self);
}

py_type py_asyncio_stepwrapper_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "TaskStepMethWrapper",
    .basicsize = sizeof(step_wrapper),
    .base = &py_object_type,
    .dealloc = stepwrapper_dealloc,
    .getattr = py_generic_getattr,
    .call = stepwrapper_call,
};

py_object *py__asyncio_stepwrapper_new(py_object *task, py_object *arg) {
  step_wrapper *w;
  if (stepwrapper_nspare) {
    w = (step_wrapper *)stepwrapper_spare[--stepwrapper_nspare];
    w->ob_base.refcnt = 1;
  } else {
    w = (step_wrapper *)py_type_alloc(&py_asyncio_stepwrapper_type, 0);
    if (!w) return NULL;
  }
  w->task = py_newref(task);
  w->arg = py_xnewref(arg);
  return (py_object *)w;
}

py_object *py__asyncio_task_step_call(py_object *task, py_object *arg) {
  return task_step(TASK(task), arg);
}

/* Schedules the task's next step (throwing arg in, when given) in its context: straight
 * onto the ready queue when the loop allows it, else as loop.call_soon(wrapper). */
static int schedule_step(py_asyncio_task *t, py_object *arg) {
  int fast = py__asyncio_call_soon_step(t->fut.loop, (py_object *)t, arg, t->context);
  if (fast) return fast < 0 ? -1 : 0;
  py_object *w = py__asyncio_stepwrapper_new((py_object *)t, arg);
  if (!w) return -1;
  int r = py__asyncio_call_soon(t->fut.loop, w, NULL, t->context);
  py_decref(w);
  return r;
}

/* Schedules a step that throws RuntimeError(text) into the coroutine. */
static int schedule_error(py_asyncio_task *t, py_object *text) {
  if (!text) return -1;
  py_object *e = py_call1((py_object *)&py_exc_RuntimeError, text);
  py_decref(text);
  if (!e) return -1;
  int r = schedule_step(t, e);
  py_decref(e);
  return r;
}

/* The done callback of the future a task waits on (its __qualname__ is
 * "Task.task_wakeup", as in CPython's reprs). PY_METH_SUSPENDS: the woken step may
 * suspend the main fiber (a time.sleep on the real clock), and every C function from
 * here to the coroutine is on the Asyncify chain (the Makefile's WASM_CHAIN_ASYNCIO). */
static py_object *task_wakeup(py_object *self, py_object *const *a, size_t n,
                              py_object *k) {
  if (py_args_check("task_wakeup", n, k, 1, 1) < 0) return NULL;
  py_object *fut = a[0];
  py_object *r = PY_ASYNCIO_FUTURE_CHECK(fut)
                     ? py__asyncio_future_result((py_asyncio_future *)fut)
                     : py_call_method(fut, str_result, NULL, 0);
  if (r) {
    py_decref(r);
    return task_step(TASK(self), NULL);
  }
  py_object *e = py_err_fetch();
  py_object *out = task_step(TASK(self), e);
  py_decref(e);
  return out;
}

static const py_method_def wakeup_def = {"task_wakeup", task_wakeup, PY_METH_SUSPENDS, NULL};

py_object *py__asyncio_task_wakeup_method(py_object *task) {
  return py_cfunction_new(&wakeup_def, task);
}

/* task_wakeup's first half, for the ready queue's direct wakeups (mod__asyncio.c), which
 * then call py__asyncio_task_step_call (on the Asyncify chain) themselves. */
py_object *py__asyncio_wakeup_error(py_object *fut) {
  py_object *r = PY_ASYNCIO_FUTURE_CHECK(fut)
                     ? py__asyncio_future_result((py_asyncio_future *)fut)
                     : py_call_method(fut, str_result, NULL, 0);
  if (r) {
    py_decref(r);
    return NULL;
  }
  return py_err_fetch();
}

/* ---- the step ---------------------------------------------------------------------- */

/* Keeps the first error of a step for the end (cleanup must still run). */
static void keep_error(py_object **err) {
  py_object *e = py_err_fetch();
  if (!e) return;
  if (*err) py_decref(e);
  else *err = e;
}

/* The loop a yielded future belongs to (futures._get_loop). New reference. */
static py_object *loop_of(py_object *fut) {
  if (PY_ASYNCIO_FUTURE_CHECK(fut) && ((py_asyncio_future *)fut)->loop)
    return py_newref(((py_asyncio_future *)fut)->loop);
  py_object *m = py_getattr_opt(fut, str_get_loop);
  if (!m) {
    if (py_err_occurred()) return NULL;
    return py_getattr(fut, str_loop_attr);
  }
  py_object *r = py_call0(m);
  py_decref(m);
  return r;
}

/* The coroutine yielded `result`, a future-like object (blocking is the truth of its
 * _asyncio_future_blocking): wait on it, or throw in why not. */
static int yielded_future(py_asyncio_task *t, py_object *result, int blocking) {
  py_object *self = (py_object *)t;
  py_object *floop = loop_of(result);
  if (!floop) return -1;
  bool same = floop == t->fut.loop;
  py_decref(floop);
  if (!same)
    return schedule_error(
        t, py_str_format("Task %R got Future %R attached to a different loop", self, result));
  if (!blocking)
    return schedule_error(t, py_str_format("yield was used instead of yield from in task "
                                           "%R with %R",
                                           self, result));
  if (result == self)
    return schedule_error(t, py_str_format("Task cannot await on itself: %R", self));
  int r;
  bool ours = PY_ASYNCIO_FUTURE_CHECK(result) &&
              py_type_lookup(PY_TYPE(result), str_add_done_callback) == future_add_done_callback;
  py_object *wakeup = NULL;
  if (ours) {
    ((py_asyncio_future *)result)->blocking = false;
    r = py__asyncio_future_add_wakeup((py_asyncio_future *)result, self, t->context);
  } else {
    wakeup = py_cfunction_new(&wakeup_def, self);
    if (!wakeup) return -1;
    r = py_setattr(result, str_blocking, PY_FALSE);
    py_object *m = r < 0 ? NULL : py_getattr(result, str_add_done_callback);
    py_object *args[2] = {wakeup, t->context};
    static py_object *kw_context;
    if (!kw_context) {
      py_object *c = py_str_intern_cstr("context");
      kw_context = c ? py_tuple_pack(1, c) : NULL;
    }
    py_object *x = m && kw_context ? py_call(m, args, 1, kw_context) : NULL;
    py_xdecref(m);
    r = x ? 0 : -1;
    py_xdecref(x);
  }
  py_xdecref(wakeup);
  if (r < 0) return -1;
  py_setref(&t->fut_waiter, py_newref(result));
  if (t->must_cancel) {
    py_object *m = py_getattr(result, str_cancel);
    if (!m) return -1;
    py_object *msg = py__asyncio_cancel_message(&t->fut);
    if (!msg) msg = PY_NONE;
    py_object *x = py_call(m, &msg, 0, kw_msg);
    py_decref(m);
    if (!x) return -1;
    int ok = py_truthy(x);
    py_decref(x);
    if (ok < 0) return -1;
    if (ok) t->must_cancel = false;
  }
  return 0;
}

/* What the step does with a value the coroutine yielded. */
static int handle_yield(py_asyncio_task *t, py_object *result) {
  /* A bare yield (sleep(0)) first, as CPython's C step: None has no attributes to ask
   * (and NoneType has no subclasses, so None is never a Future). */
  if (result == PY_NONE) return schedule_step(t, NULL);
  if (PY_ASYNCIO_FUTURE_CHECK(result))
    return yielded_future(t, result, ((py_asyncio_future *)result)->blocking);
  py_object *blocking = py_getattr_opt(result, str_blocking);
  if (!blocking && py_err_occurred()) return -1;
  if (blocking && blocking != PY_NONE) {
    int b = py_truthy(blocking);
    py_decref(blocking);
    if (b < 0) return -1;
    return yielded_future(t, result, b);
  }
  py_xdecref(blocking);
  if (PY_TYPE(result) == &py_generator_type)
    return schedule_error(t, py_str_format("yield was used instead of yield from for "
                                           "generator in task %R with %R",
                                           (py_object *)t, result));
  return schedule_error(t, py_str_format("Task got bad yield: %R", result));
}

/* How the coroutine ended (exc: what escaped it, stolen). */
static int handle_end(py_asyncio_task *t, py_object *exc, py_object **reraise) {
  py_asyncio_future *f = &t->fut;
  finish_task(t);
  py_object *cancelled = py__asyncio_cancelled_error();
  if (!cancelled) {
    py_decref(exc);
    return -1;
  }
  if (py_isinstance(exc, (py_object *)&py_exc_StopIteration) == 1) {
    int r;
    if (t->must_cancel) {
      t->must_cancel = false;
      r = py__asyncio_future_cancel(f, py__asyncio_cancel_message(f)) < 0 ? -1 : 0;
    } else {
      r = py__asyncio_future_set_result(f, py_exc_stopiteration_value(exc));
    }
    py_decref(exc);
    return r;
  }
  if (py_isinstance(exc, cancelled) == 1) {
    py__asyncio_future_rare *rare = py__asyncio_future_rare_of(f);
    if (!rare) {
      py_decref(exc);
      return -1;
    }
    py_setref(&rare->cancelled_exc, exc);
    return py__asyncio_future_cancel(f, NULL) < 0 ? -1 : 0;
  }
  int r = py__asyncio_future_set_exception(f, exc);
  if (py_isinstance(exc, (py_object *)&py_exc_KeyboardInterrupt) == 1 ||
      py_isinstance(exc, (py_object *)&py_exc_SystemExit) == 1)
    *reraise = exc; /* after the bookkeeping, as CPython's `raise` in the handler */
  else
    py_decref(exc);
  return r;
}

/* step_end of a task that yielded None, as tasks.py's _trace_step_end writes it: the
 * wait's line is that of the innermost program (not library) frame of the await chain. */
static int trace_yield(py_asyncio_task *t) {
  long line = -1;
  py_object *o = t->coro;
  for (int depth = 0; depth < 1000 && o && PY_GEN_CHECK(o); depth++) {
    py_gen *g = (py_gen *)o;
    if (!g->frame) break;
    py_code *co = g->frame->code;
    if (strncmp(PY_STR_DATA(co->filename), "<frozen ", 8) != 0)
      line = g->started ? py_frame_line(g->frame) : co->firstlineno;
    py_object *recv = NULL;
    if (!g->started || !py_frame_delegate(g->frame, &recv)) break;
    o = recv;
  }
  char extra[128];
  if (line < 0)
    snprintf(extra, sizeof extra, "\"wait\": {\"kind\": \"yield\", \"label\": \"sleep(0)\", "
             "\"target\": null, \"line\": null}");
  else
    snprintf(extra, sizeof extra, "\"wait\": {\"kind\": \"yield\", \"label\": \"sleep(0)\", "
             "\"target\": null, \"line\": %ld}", line);
  if (py_asyncio_trace_emit("step_end", (long)t->trace_id, extra) < 0) {
    py_raise(&py_exc_MemoryError, NULL);
    return -1;
  }
  return 0;
}

/* coro.send(None), or coro.throw(exc): for a coroutine object straight through gen.c
 * and the methods of its type (no attribute lookup per step). */
static const py_method_def *coro_throw;

static py_object *resume(py_object *coro, py_object *exc) {
  if (PY_TYPE(coro) == &py_coroutine_type) {
    if (!exc) return py_gen_send(coro, PY_NONE);
    if (!coro_throw)
      for (const py_method_def *d = py_coroutine_type.methods; d && d->name; d++)
        if (strcmp(d->name, "throw") == 0) coro_throw = d;
    if (coro_throw) return coro_throw->fn(coro, &exc, 1, NULL);
  }
  if (!exc) {
    py_object *none = PY_NONE;
    return py_call_method(coro, PY_ID(send), &none, 1);
  }
  return py_call_method(coro, PY_ID(throw), &exc, 1);
}

static py_object *task_step(py_asyncio_task *t, py_object *exc) {
  py_object *self = (py_object *)t;
  if (t->fut.state != PY_FUT_PENDING) {
    py_object *cls = py__asyncio_invalid_state_error();
    py_object *msg = cls ? py_str_format("_step(): already done: %R, %R", self,
                                         exc ? exc : PY_NONE)
                         : NULL;
    py_object *e = msg ? py_call1(cls, msg) : NULL;
    py_xdecref(msg);
    if (e) py_err_restore(e);
    return NULL;
  }
  py_incref(self); /* finishing drops the registry's reference */
  py_object *throw = py_xnewref(exc);
  if (t->must_cancel) {
    py_object *cancelled = py__asyncio_cancelled_error();
    if (!cancelled) goto fail_early;
    if (!throw || py_isinstance(throw, cancelled) != 1) {
      py_object *e = py__asyncio_make_cancelled_error(&t->fut);
      if (!e) goto fail_early;
      py_setref(&throw, e);
    }
    t->must_cancel = false;
  }
  PY_CLEAR(t->fut_waiter);
  py_object *loop = py_newref(t->fut.loop);
  if (enter_task(loop, self) < 0) {
    py_decref(loop);
    goto fail_early;
  }
  bool traced = t->trace_id && py_asyncio_trace_enabled();
  if (traced) py_asyncio_trace_emit("step_begin", (long)t->trace_id, "");
  py_object *coro = py_newref(t->coro);
  py_object *result = resume(coro, throw);
  py_decref(coro);
  py_xdecref(throw);
  py_object *err = NULL, *reraise = NULL;
  if (result) {
    if (handle_yield(t, result) < 0) keep_error(&err);
  } else {
    py_object *e = py_err_fetch();
    if (handle_end(t, e, &reraise) < 0) keep_error(&err);
  }
  if (leave_task(loop, self) < 0) keep_error(&err);
  py_decref(loop);
  if (traced && t->fut.state == PY_FUT_PENDING && result == PY_NONE && !err) {
    /* A bare yield (sleep(0)): the commonest step end, written here. */
    if (trace_yield(t) < 0) keep_error(&err);
  } else if (traced && py__asyncio_trace_step_end) {
    py_object *saved = py_err_fetch();
    py_object *r = py_call2(py__asyncio_trace_step_end, self, result ? result : PY_NONE);
    if (r) py_decref(r);
    else keep_error(&err);
    py_err_restore(saved);
  }
  py_xdecref(result);
  py_decref(self);
  if (reraise) {
    py_xdecref(err);
    py_err_restore(reraise);
    return NULL;
  }
  if (err) {
    py_err_restore(err);
    return NULL;
  }
  return py_newref(PY_NONE);
fail_early:
  py_xdecref(throw);
  py_decref(self);
  return NULL;
}

/* ---- the Python-visible type ------------------------------------------------------- */

static py_object *task_new(py_type *type, py_object *const *args, size_t nargs,
                           py_object *kwnames) {
  py_object *self = py_asyncio_future_type.new(type, args, nargs, kwnames);
  if (!self) return NULL;
  if (init_names() < 0) {
    py_decref(self);
    return NULL;
  }
  TASK(self)->log_destroy_pending = true;
  return self;
}

static int is_coroutine(py_object *o) {
  if (PY_TYPE(o) == &py_coroutine_type) return 1;
  if (!iscoroutine_fn) {
    py_object *m = py_import("asyncio.coroutines");
    if (!m) return -1;
    iscoroutine_fn = py_getattr_str(m, "iscoroutine");
    py_decref(m);
    if (!iscoroutine_fn) return -1;
  }
  py_object *r = py_call1(iscoroutine_fn, o);
  if (!r) return -1;
  int t = py_truthy(r);
  py_decref(r);
  return t;
}

static int task_init(py_object *self, py_object *const *args, size_t nargs,
                     py_object *kwnames) {
  static const char *const names[] = {"coro", "loop", "name", "context"};
  static const py_params params = {"Task", names, 4, 0, 1, 1};
  py_object *v[4] = {NULL, NULL, NULL, NULL};
  if (py_args_bind(&params, args, nargs, kwnames, v) < 0) return -1;
  py_asyncio_task *t = TASK(self);
  if (py__asyncio_future_set_loop(&t->fut, v[1]) < 0) return -1;
  int ok = is_coroutine(v[0]);
  if (ok < 0) return -1;
  if (!ok) {
    t->log_destroy_pending = false;
    py_raise(&py_exc_TypeError, "a coroutine was expected, got %R", v[0]);
    return -1;
  }
  if (!v[2] || v[2] == PY_NONE) {
    t->number = ++task_counter;
    PY_CLEAR(t->name);
  } else {
    py_object *s = py_str(v[2]);
    if (!s) return -1;
    py_setref(&t->name, s);
  }
  t->num_cancels_requested = 0;
  t->must_cancel = false;
  PY_CLEAR(t->fut_waiter);
  py_setref(&t->coro, py_newref(v[0]));
  if (!v[3] || v[3] == PY_NONE) {
    py_object *ctx = py__asyncio_copy_context();
    if (!ctx) return -1;
    py_setref(&t->context, ctx);
  } else {
    py_setref(&t->context, py_newref(v[3]));
  }
  if (schedule_step(t, NULL) < 0) return -1;
  if (!t->registered) register_task(t);
  if (py__asyncio_debug_loop && t->fut.loop == py__asyncio_debug_loop &&
      py__asyncio_record_creation(self, true) < 0)
    return -1;
  if (py__asyncio_trace_created && py_asyncio_trace_enabled()) {
    py_object *id = py_call1(py__asyncio_trace_created, self);
    if (!id) return -1;
    int64_t n = 0;
    if (id != PY_NONE && py_int_as_i64(id, &n) < 0) {
      py_decref(id);
      return -1;
    }
    py_decref(id);
    t->trace_id = n;
  }
  return 0;
}

bool py__coro_warn_unstarted(py_object *coro); /* gen.c */

static void close_coro(py_asyncio_task *t) {
  if (!t->coro) return;
  py__coro_warn_unstarted(t->coro);
  py_object *r = py_call_method(t->coro, PY_ID(close), NULL, 0);
  if (r) py_decref(r);
  else py_err_clear();
}

/* "Task was destroyed but it is pending!" once. CPython's collector finalizes a garbage
 * cycle's coroutine before its task (the report shows it "done"); a task that was still
 * reachable from its loop is reported first and its coroutine closed after, as the
 * loop's teardown at exit does it. */
static int report_destroyed_ex(py_asyncio_task *t, bool close_first) {
  if (t->fut.state != PY_FUT_PENDING || !t->log_destroy_pending || !t->fut.loop) return 0;
  t->log_destroy_pending = false;
  py_object *saved = py_err_fetch();
  /* A coroutine that never started is in no cycle with its task: CPython frees it after
   * the report, with its "never awaited" warning (a task made on a loop that never ran). */
  if (t->coro && PY_TYPE(t->coro) == &py_coroutine_type && !((py_gen *)t->coro)->started)
    close_first = false;
  if (close_first) close_coro(t);
  py_object *ctx = py_dict_new();
  py_object *msg = py_str_from_cstr("Task was destroyed but it is pending!");
  int rc = -1;
  if (ctx && msg && py_dict_set_str(ctx, "task", (py_object *)t) == 0 &&
      py_dict_set_str(ctx, "message", msg) == 0) {
    py_object *name = py_str_intern_cstr("call_exception_handler");
    py_object *r = name ? py_call_method(t->fut.loop, name, &ctx, 1) : NULL;
    if (r) {
      py_decref(r);
      rc = 0;
    }
  }
  py_xdecref(ctx);
  py_xdecref(msg);
  if (!close_first) {
    py_object *err = rc < 0 ? py_err_fetch() : NULL;
    close_coro(t);
    if (err) py_err_restore(err);
  }
  if (rc < 0 && !saved) return -1;
  if (rc < 0) py_err_clear();
  py_err_restore(saved);
  return 0;
}

static int report_destroyed(py_asyncio_task *t) { return report_destroyed_ex(t, true); }

/* Takes the pending tasks nobody can reach (asyncio_task_gc.c) out of the registry,
 * reports each as CPython's collector would, and breaks its cycle so it is freed. */
static int release_unreachable(void) {
  py_object *found = py_list_new(0);
  if (!found) return -1;
  py_asyncio_task *t = pending_first;
  while (t) {
    py_asyncio_task *next = t->next;
    if (py__asyncio_task_unreachable(t, &wakeup_def)) {
      if (py_list_append(found, (py_object *)t) < 0) {
        py_decref(found);
        return -1;
      }
      unregister_task(t);
      py_decref((py_object *)t); /* the list holds it now */
    }
    t = next;
  }
  int rc = 0;
  for (py_ssize i = 0; i < PY_LIST_SIZE(found); i++) {
    py_asyncio_task *u = TASK(PY_LIST_ITEMS(found)[i]);
    if (report_destroyed(u) < 0) rc = -1;
    PY_CLEAR(u->fut_waiter); /* the future, its wakeup and so the task go */
  }
  py_decref(found);
  return rc;
}

void py__asyncio_task_report_at_exit(void) {
  if (py_stop_reason() || !pending_first) return;
  py_object *saved = py_err_fetch();
  if (release_unreachable() < 0) py_err_clear();
  /* The rest were reachable from their (unclosed) loop: reported as it is torn down. */
  for (py_asyncio_task *t = pending_first; t; t = t->next) {
    if (ncurrent) break; /* exiting from inside a step: CPython's teardown differs */
    if (report_destroyed_ex(t, false) < 0) py_err_clear();
  }
  py_err_restore(saved);
}

static void task_dealloc(py_object *self) {
  py_asyncio_task *t = TASK(self);
  self->refcnt = 1; /* alive again while the reports run */
  if (report_destroyed(t) < 0) py_err_clear();
  py__asyncio_future_finalize(&t->fut);
  if (--self->refcnt != 0) return;
  PY_CLEAR(t->coro);
  PY_CLEAR(t->context);
  PY_CLEAR(t->name);
  PY_CLEAR(t->fut_waiter);
  py__asyncio_future_clear(&t->fut);
  py_type_free(self);
}

static py_object *get_name(py_asyncio_task *t) {
  if (!t->name) {
    char buf[32];
    snprintf(buf, sizeof buf, "Task-%lld", (long long)t->number);
    t->name = py_str_from_cstr(buf);
    if (!t->name) return NULL;
  }
  return py_newref(t->name);
}

static py_object *t_get_name(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("get_name", n, k, 0, 0) < 0) return NULL;
  return get_name(TASK(self));
}

static py_object *t_set_name(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("set_name", n, k, 1, 1) < 0) return NULL;
  py_object *s = py_str(a[0]);
  if (!s) return NULL;
  py_setref(&TASK(self)->name, s);
  return py_newref(PY_NONE);
}

static py_object *t_get_coro(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("get_coro", n, k, 0, 0) < 0) return NULL;
  return py_newref(TASK(self)->coro ? TASK(self)->coro : PY_NONE);
}

static py_object *t_set_result(py_object *self, py_object *const *a, size_t n,
                               py_object *k) {
  (void)self;
  (void)a;
  if (py_args_check("set_result", n, k, 1, 1) < 0) return NULL;
  return py_raise(&py_exc_RuntimeError, "Task does not support set_result operation");
}

static py_object *t_set_exception(py_object *self, py_object *const *a, size_t n,
                                  py_object *k) {
  (void)self;
  (void)a;
  if (py_args_check("set_exception", n, k, 1, 1) < 0) return NULL;
  return py_raise(&py_exc_RuntimeError, "Task does not support set_exception operation");
}

static py_object *t_cancel(py_object *self, py_object *const *a, size_t n, py_object *k) {
  static const char *const names[] = {"msg"};
  static const py_params params = {"cancel", names, 1, 0, 1, 0};
  py_object *msg = NULL;
  if (py_args_bind(&params, a, n, k, &msg) < 0) return NULL;
  if (!msg) msg = PY_NONE;
  py_asyncio_task *t = TASK(self);
  t->fut.log_traceback = false;
  if (t->fut.state != PY_FUT_PENDING) return py_bool(0);
  if (t->trace_id && py__asyncio_trace_cancel && py_asyncio_trace_enabled()) {
    py_object *r = py_call2(py__asyncio_trace_cancel, self, msg);
    if (!r) return NULL;
    py_decref(r);
  }
  t->num_cancels_requested++;
  if (t->fut_waiter) {
    py_object *w = py_newref(t->fut_waiter);
    py_object *m = py_getattr(w, str_cancel);
    py_decref(w);
    if (!m) return NULL;
    py_object *x = py_call(m, &msg, 0, kw_msg);
    py_decref(m);
    if (!x) return NULL;
    int ok = py_truthy(x);
    py_decref(x);
    if (ok < 0) return NULL;
    if (ok) return py_bool(1);
  }
  py__asyncio_future_rare *rare = py__asyncio_future_rare_of(&t->fut);
  if (!rare) return NULL;
  t->must_cancel = true;
  py_setref(&rare->cancel_message, py_newref(msg));
  return py_bool(1);
}

static py_object *t_cancelling(py_object *self, py_object *const *a, size_t n,
                               py_object *k) {
  (void)a;
  if (py_args_check("cancelling", n, k, 0, 0) < 0) return NULL;
  return py_int_from_i64(TASK(self)->num_cancels_requested);
}

static py_object *t_uncancel(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("uncancel", n, k, 0, 0) < 0) return NULL;
  if (TASK(self)->num_cancels_requested > 0) TASK(self)->num_cancels_requested--;
  return py_int_from_i64(TASK(self)->num_cancels_requested);
}

static py_object *t_report_destroyed(py_object *self, py_object *const *a, size_t n,
                                     py_object *k) {
  (void)a;
  if (py_args_check("_report_destroyed", n, k, 0, 0) < 0) return NULL;
  if (report_destroyed(TASK(self)) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *t_repr_info(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("_repr_info", n, k, 0, 0) < 0) return NULL;
  if (!py__asyncio_task_repr_info)
    return py_raise(&py_exc_RuntimeError, "asyncio.tasks is not initialised");
  return py_call1(py__asyncio_task_repr_info, self);
}

/* get_stack(*, limit=None) and print_stack(*, limit=None, file=None): Python's
 * (tasks.py), as CPython's C Task calls base_tasks. */
static py_object *t_get_stack(py_object *self, py_object *const *a, size_t n, py_object *k) {
  static const char *const names[] = {"limit"};
  static const py_params params = {"get_stack", names, 1, 0, 0, 0};
  py_object *limit = NULL;
  if (py_args_bind(&params, a, n, k, &limit) < 0) return NULL;
  if (!py__asyncio_task_get_stack)
    return py_raise(&py_exc_RuntimeError, "asyncio.tasks is not initialised");
  return py_call2(py__asyncio_task_get_stack, self, limit ? limit : PY_NONE);
}

static py_object *t_print_stack(py_object *self, py_object *const *a, size_t n,
                                py_object *k) {
  static const char *const names[] = {"limit", "file"};
  static const py_params params = {"print_stack", names, 2, 0, 0, 0};
  py_object *v[2] = {NULL, NULL};
  if (py_args_bind(&params, a, n, k, v) < 0) return NULL;
  if (!py__asyncio_task_print_stack)
    return py_raise(&py_exc_RuntimeError, "asyncio.tasks is not initialised");
  py_object *args[3] = {self, v[0] ? v[0] : PY_NONE, v[1] ? v[1] : PY_NONE};
  return py_call(py__asyncio_task_print_stack, args, 3, NULL);
}

/* _step(exc=None) and _wakeup(fut), for code that calls them by name. */
static py_object *t_step(py_object *self, py_object *const *a, size_t n, py_object *k) {
  if (py_args_check("_step", n, k, 0, 1) < 0) return NULL;
  return task_step(TASK(self), n && a[0] != PY_NONE ? a[0] : NULL);
}

static const py_method_def task_methods[] = {
    {"get_name", t_get_name, 0, NULL},
    {"set_name", t_set_name, 0, NULL},
    {"get_coro", t_get_coro, 0, NULL},
    {"set_result", t_set_result, 0, NULL},
    {"set_exception", t_set_exception, 0, NULL},
    {"cancel", t_cancel, 0, NULL},
    {"cancelling", t_cancelling, 0, NULL},
    {"uncancel", t_uncancel, 0, NULL},
    {"_report_destroyed", t_report_destroyed, 0, NULL},
    {"get_stack", t_get_stack, 0, NULL},
    {"print_stack", t_print_stack, 0, NULL},
    {"__class_getitem__", py__class_getitem, PY_METH_CLASS, NULL},
    {"_repr_info", t_repr_info, 0, NULL},
    {"_step", t_step, 0, NULL},
    {"_wakeup", task_wakeup, PY_METH_SUSPENDS, NULL},
    {NULL, NULL, 0, NULL},
};

static py_object *g_coro(py_object *self) {
  return py_newref(TASK(self)->coro ? TASK(self)->coro : PY_NONE);
}
static py_object *g_context(py_object *self) {
  return py_newref(TASK(self)->context ? TASK(self)->context : PY_NONE);
}
static py_object *g_fut_waiter(py_object *self) {
  return py_newref(TASK(self)->fut_waiter ? TASK(self)->fut_waiter : PY_NONE);
}
static py_object *g_must_cancel(py_object *self) { return py_bool(TASK(self)->must_cancel); }
static py_object *g_num_cancels(py_object *self) {
  return py_int_from_i64(TASK(self)->num_cancels_requested);
}
static py_object *g_trace_id(py_object *self) {
  if (!TASK(self)->trace_id) return py_newref(PY_NONE);
  return py_int_from_i64(TASK(self)->trace_id);
}
static py_object *g_log_destroy_pending(py_object *self) {
  return py_bool(TASK(self)->log_destroy_pending);
}
static int s_log_destroy_pending(py_object *self, py_object *v) {
  if (!v) return py_raise(&py_exc_AttributeError, "cannot delete attribute"), -1;
  int b = py_truthy(v);
  if (b < 0) return -1;
  TASK(self)->log_destroy_pending = b;
  return 0;
}

static const py_getset_def task_getset[] = {
    {"_coro", g_coro, NULL},
    {"_context", g_context, NULL},
    {"_fut_waiter", g_fut_waiter, NULL},
    {"_must_cancel", g_must_cancel, NULL},
    {"_num_cancels_requested", g_num_cancels, NULL},
    {"_trace_id", g_trace_id, NULL},
    {"_log_destroy_pending", g_log_destroy_pending, s_log_destroy_pending},
    {NULL, NULL, NULL},
};

py_type py_asyncio_task_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "Task",
    .basicsize = sizeof(py_asyncio_task),
    .dictoffset = offsetof(py_asyncio_task, fut.dict),
    .flags = PY_TPFLAGS_BASETYPE,
    .base = &py_asyncio_future_type,
    .methods = task_methods,
    .getset = task_getset,
    .new = task_new,
    .init = task_init,
    .dealloc = task_dealloc,
    .getattr = py_generic_getattr,
    .setattr = py_generic_setattr,
};

/* ---- module functions -------------------------------------------------------------- */

/* pending_tasks() -> the tasks not yet done, in creation order. */
static py_object *a_pending_tasks(py_object *s, py_object *const *a, size_t n,
                                  py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("pending_tasks", n, k, 0, 0) < 0) return NULL;
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  for (py_asyncio_task *t = pending_first; t; t = t->next)
    if (py_list_append(list, (py_object *)t) < 0) {
      py_decref(list);
      return NULL;
    }
  return list;
}

/* abandon_tasks_of(loop) -> the pending tasks of loop, taken out of the registry. */
static py_object *a_abandon_tasks_of(py_object *s, py_object *const *a, size_t n,
                                     py_object *k) {
  (void)s;
  if (py_args_check("abandon_tasks_of", n, k, 1, 1) < 0) return NULL;
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  py_asyncio_task *t = pending_first;
  while (t) {
    py_asyncio_task *next = t->next;
    if (t->fut.loop == a[0]) {
      if (py_list_append(list, (py_object *)t) < 0) {
        py_decref(list);
        return NULL;
      }
      unregister_task(t);
      py_decref((py_object *)t); /* the list holds it now */
    }
    t = next;
  }
  return list;
}

/* next_task_number() -> N: consumes a Task-N number (create_task(name=...) does). */
static py_object *a_next_task_number(py_object *s, py_object *const *a, size_t n,
                                     py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("next_task_number", n, k, 0, 0) < 0) return NULL;
  return py_int_from_i64(++task_counter);
}

static void set_hook(py_object **slot, py_object *v) {
  py_setref(slot, v == PY_NONE ? NULL : py_newref(v));
}

/* set_hooks(future_repr_info, task_repr_info, task_get_stack, task_print_stack,
 * trace_created, trace_cancel, trace_step_end): the Python functions the C types call
 * (None: none). */
static py_object *a_set_hooks(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("set_hooks", n, k, 7, 7) < 0) return NULL;
  set_hook(&py__asyncio_future_repr_info, a[0]);
  set_hook(&py__asyncio_task_repr_info, a[1]);
  set_hook(&py__asyncio_task_get_stack, a[2]);
  set_hook(&py__asyncio_task_print_stack, a[3]);
  set_hook(&py__asyncio_trace_created, a[4]);
  set_hook(&py__asyncio_trace_cancel, a[5]);
  set_hook(&py__asyncio_trace_step_end, a[6]);
  return py_newref(PY_NONE);
}

static py_object *a_enter_task(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("_enter_task", n, k, 2, 2) < 0 || enter_task(a[0], a[1]) < 0) return NULL;
  return py_newref(PY_NONE);
}

static py_object *a_leave_task(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("_leave_task", n, k, 2, 2) < 0 || leave_task(a[0], a[1]) < 0) return NULL;
  return py_newref(PY_NONE);
}

/* current_task_of(loop) -> the task in a step on loop, or None. */
static py_object *a_current_task_of(py_object *s, py_object *const *a, size_t n,
                                    py_object *k) {
  (void)s;
  if (py_args_check("current_task_of", n, k, 1, 1) < 0) return NULL;
  py_object *t = current_task_of(a[0]);
  return py_newref(t ? t : PY_NONE);
}

/* release_unreachable_tasks(): what gc.collect() does for pending tasks in a cycle. */
static py_object *a_release_unreachable(py_object *s, py_object *const *a, size_t n,
                                        py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("release_unreachable_tasks", n, k, 0, 0) < 0) return NULL;
  if (release_unreachable() < 0) return NULL;
  return py_newref(PY_NONE);
}

static const py_method_def task_functions[] = {
    {"release_unreachable_tasks", a_release_unreachable, 0, NULL},
    {"current_task_of", a_current_task_of, 0, NULL},
    {"pending_tasks", a_pending_tasks, 0, NULL},
    {"abandon_tasks_of", a_abandon_tasks_of, 0, NULL},
    {"next_task_number", a_next_task_number, 0, NULL},
    {"set_hooks", a_set_hooks, 0, NULL},
    {"_enter_task", a_enter_task, 0, NULL},
    {"_leave_task", a_leave_task, 0, NULL},
    {NULL, NULL, 0, NULL},
};

int py__asyncio_types_init(py_object *m) {
  py_type *types[] = {&py_asyncio_future_type, &py_asyncio_futureiter_type,
                      &py_asyncio_task_type, &py_asyncio_stepwrapper_type};
  py_object *modname = py_str_intern_cstr("_asyncio");
  if (!modname) return -1;
  for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
    if (py__type_ensure_ready(types[i]) < 0) return -1;
    py_setref(&types[i]->module, py_newref(modname));
  }
  if (py_module_add(m, "Future", (py_object *)&py_asyncio_future_type) < 0 ||
      py_module_add(m, "Task", (py_object *)&py_asyncio_task_type) < 0 ||
      py_module_add_functions(m, task_functions) < 0)
    return -1;
  return 0;
}

/* A run's end (py_fini): the next run numbers its tasks from Task-1 again and finds no
 * task of this one. Tasks still registered were reported by
 * py__asyncio_task_report_at_exit and are let go without their destructors. */
void py__asyncio_task_fini(void) {
  pending_first = pending_last = NULL;
  task_counter = 0;
  PY_CLEAR(iscoroutine_fn);
  while (stepwrapper_nspare) py_type_free(stepwrapper_spare[--stepwrapper_nspare]);
}
