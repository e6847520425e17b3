/* runtime/py/mod__asyncio.c — `_asyncio`, the asyncio package's binding to the task
 * runtime (runtime/aio).
 *
 * The event loop of `import asyncio` is the runtime's loop: its FIFO ready queue, its
 * timer heap ordered by (deadline, order scheduled), its iterations and its clocks. The
 * Python side (runtime/lib/asyncio/) keeps asyncio's objects — handles, futures, tasks —
 * and hands the runtime one callable per scheduled callback. The virtual clock is the
 * interpreter's (time.monotonic() and loop.time() must agree, and time.sleep() advances
 * both), so each iteration synchronises the two before and after it runs.
 *
 * One loop exists at a time (asyncio.run makes a new one for every call). Timer handles
 * are named to Python by an integer token (the aio_handle's address) that the Python
 * handle drops as soon as the timer has run or was cancelled; tokens of a freed loop are
 * refused through a generation counter. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aio/aio.h"
#include "py/asyncio_trace.h"
#include "py/asyncgen_hooks.h"
#include "py/asyncio_types.h"
#include "py/dict_layout.h"
#include "py/drive.h"
#include "py/code.h"
#include "py/interp.h"
#include "py/mem.h"
#include "py/objimpl.h"
#include "py/thread_sched.h"

static aio_loop *the_loop;
static uint64_t generation; /* bumped by every loop_new/loop_free */
void py__sys_flush(void); /* mod_sys.c: writes out buffered stdout */
static py_object *pending_error; /* first BaseException escaping a callback this pass */
static uint64_t iterations_before; /* iterations of loops already freed */
static int iteration_starting;     /* 1 while run_once waits before the runtime's pass */

uint64_t py__asyncio_iterations(void) {
  return iterations_before + (the_loop ? aio_loop_iterations(the_loop) : 0) +
         (uint64_t)iteration_starting;
}

static double host_now(void *ctx) {
  (void)ctx;
  return py_clock_monotonic();
}

/* Real clock: the Python loop waits itself (py_clock_sleep); the runtime never blocks. */
static void host_idle(void *ctx, double seconds) {
  (void)ctx;
  py_clock_sleep(seconds);
}

static const aio_host host = {NULL, host_now, host_idle};

py_object *py__asyncio_debug_loop; /* borrowed: the live loop while in debug mode */
static void check_slow(double t0, py_object *fn, py_object *arg, int kind, py_object *ctx);

/* Runs one Python callback; an exception escaping it (asyncio's Handle._run lets only
 * SystemExit and KeyboardInterrupt through) is kept for run_once to raise. */
static void run_callable(aio_loop *loop, void *arg) {
  (void)loop;
  double t0 = py__asyncio_debug_loop ? py_clock_monotonic() : 0;
  py_object *r = py__call_on_chain((py_object *)arg, NULL, 0, NULL); /* may suspend */
  if (py__asyncio_debug_loop) check_slow(t0, (py_object *)arg, NULL, 0, NULL);
  if (r) {
    py_decref(r);
    return;
  }
  py_object *exc = py_err_fetch();
  if (!pending_error) pending_error = exc;
  else py_decref(exc);
}

static void release_callable(void *arg) { py_decref((py_object *)arg); }

/* The runtime's trace hook, installed while --trace is on: the runtime knows when a
 * timer moves to the ready queue, which is when the trace says it fired. */
static void runtime_trace(void *ctx, const aio_trace_event *ev) {
  (void)ctx;
  if (ev->kind == AIO_TRACE_TIMER_FIRED && ev->timer_tag) {
    char extra[48];
    snprintf(extra, sizeof extra, "\"timer\": %llu", (unsigned long long)ev->timer_tag);
    py_asyncio_trace_emit("timer_fired", -1, extra);
  }
}

/* idle_begin/idle_end around a wait (a virtual jump or a real-clock wait). */
static void trace_idle(bool begin, double until) {
  if (!py_asyncio_trace_enabled()) return;
  py__sys_flush(); /* output written so far belongs to the iteration that ran */
  iteration_starting = 1; /* the wait belongs to the iteration about to run */
  char extra[64];
  if (begin) {
    snprintf(extra, sizeof extra, "\"until\": %.17g", until);
    py_asyncio_trace_emit("idle_begin", -1, extra);
  } else {
    py_asyncio_trace_emit("idle_end", -1, "");
  }
  iteration_starting = 0;
}

/* ---- callbacks scheduled from C (futures' done callbacks, tasks' steps) ----------- *
 * Through BaseEventLoop.call_soon these would each cost a Handle and three Python
 * frames; when the loop is ours and call_soon is not overridden they go to the ready
 * queue directly, in the same order, and run in their context as Handle._run runs
 * them. An error escaping one is reported by events.py with a Handle made for it. */
static py_object *the_py_loop;    /* the BaseEventLoop whose runtime loop is the_loop */
static py_object *base_call_soon; /* BaseEventLoop.call_soon */
static py_object *report_error;   /* events._report_callback_error */
static py_object *ctxvars_dict, *str_entered, *str_current, *str_call_soon;

/* No loop field: a soon_call is made only for the_py_loop and runs only while that loop
 * runs (another loop cannot take the runtime loop from a running one, and freeing the
 * runtime loop drops its handles unrun), so the_py_loop is its loop. 100,000 tasks
 * woken at once hold 100,000 of these. */
enum {
  SOON_CALL,  /* fn(arg), or fn() when arg is NULL */
  SOON_STEP,  /* fn is a task and arg what its step throws in (NULL: nothing) */
  SOON_WAKEUP /* fn is a task and arg the future it waited on: its wakeup */
};
typedef struct {
  py_object *fn, *arg, *ctx;
  uint8_t kind;
} soon_call;

/* Every step makes and drops one soon_call: a few dropped ones are kept for the next
 * (emptied at _asyncio's fini). */
#define SOON_CALL_SPARE 16
static soon_call *soon_call_spare[SOON_CALL_SPARE];
static int soon_call_nspare;

static soon_call *soon_call_alloc(void) {
  if (soon_call_nspare) return soon_call_spare[--soon_call_nspare];
  return py_mem_alloc(sizeof(soon_call));
}

static void soon_call_free(soon_call *c) {
  if (soon_call_nspare < SOON_CALL_SPARE) soon_call_spare[soon_call_nspare++] = c;
  else py_mem_free(c, sizeof *c);
}

static void keep_pending(py_object *exc) {
  if (!pending_error) pending_error = exc;
  else py_decref(exc);
}

/* ctx._entered through the descriptor of Context's slot, looked up once per class
 * (the generic attribute path costs a type lookup per access, twice per callback). */
static py_type *ctx_type;
static py_object *ctx_entered_descr;
static py_ssize ctx_entered_offset; /* the __slots__ member's offset in ctx_type, or -1 */

static __attribute__((noinline)) py_object *entered_descr(py_object *ctx) {
  if (PY_TYPE(ctx) != ctx_type) {
    py_object *d = py_type_lookup(PY_TYPE(ctx), str_entered);
    if (!d || !PY_TYPE(d)->descr_get || !PY_TYPE(d)->descr_set) return NULL;
    py_setref(&ctx_entered_descr, py_newref(d));
    ctx_type = PY_TYPE(ctx);
    ctx_entered_offset = py__member_offset(d, ctx_type);
  }
  return ctx_entered_descr;
}

/* ctx._entered's value slot when it is a plain __slots__ member, else NULL. */
static inline py_object **entered_slot(py_object *ctx) {
  if (PY_TYPE(ctx) != ctx_type && !entered_descr(ctx)) return NULL;
  return ctx_entered_offset >= 0 ? (py_object **)((char *)ctx + ctx_entered_offset) : NULL;
}

static py_object *get_entered(py_object *ctx) {
  py_object **slot = entered_slot(ctx);
  if (slot && *slot) return py_newref(*slot);
  py_object *d = entered_descr(ctx);
  if (!d) return py_getattr(ctx, str_entered);
  return PY_TYPE(d)->descr_get(d, ctx, (py_object *)PY_TYPE(ctx));
}

/* contextvars.copy_context() without its Python frames (every Task and every
 * add_done_callback takes a copy): a new Context sharing the running context's _data
 * mapping (contextvars.py copies on write), not entered, as Context.copy makes it.
 * NULL with no error set when the running context is not a plain Context. */
static py_object *str_data, *str_context_cls;

py_object *py__asyncio_copy_context_fast(void) {
  if (!ctxvars_dict) return NULL;
  py_object *cur = py_dict_get(ctxvars_dict, str_current);
  py_object *cls = py_dict_get(ctxvars_dict, str_context_cls);
  if (!cur || !cls || (py_object *)PY_TYPE(cur) != cls) return NULL;
  py_type *t = (py_type *)cls;
  py_object *dd = py_type_lookup(t, str_data);
  py_object *de = entered_descr(cur);
  if (!t->new || !dd || !de || !PY_TYPE(dd)->descr_get || !PY_TYPE(dd)->descr_set) return NULL;
  py_object *data = PY_TYPE(dd)->descr_get(dd, cur, cls);
  if (!data) return NULL;
  py_object *ctx = t->new(t, NULL, 0, NULL);
  if (!ctx || PY_TYPE(dd)->descr_set(dd, ctx, data) < 0 ||
      PY_TYPE(de)->descr_set(de, ctx, PY_FALSE) < 0) {
    py_decref(data);
    py_xdecref(ctx);
    return NULL;
  }
  py_decref(data);
  return ctx;
}

static __attribute__((noinline)) int set_entered_slow(py_object *ctx, py_object *v) {
  py_object *d = entered_descr(ctx);
  if (!d) return py_setattr(ctx, str_entered, v);
  return PY_TYPE(d)->descr_set(d, ctx, v);
}

/* Inline: twice per callback. */
static inline int set_entered(py_object *ctx, py_object *v) {
  py_object **slot = entered_slot(ctx);
  if (!slot) return set_entered_slow(ctx, v);
  py_setref(slot, py_newref(v));
  return 0;
}

/* contextvars._current's value slot in the module's dict, found again only when the
 * dict's keys change (dict_layout.h): entering and leaving the context of a callback
 * is then two stores instead of three dict operations. NULL when the name is missing
 * (an error is set only when a key's __eq__ failed). */
static uint64_t current_version;
static py_ssize current_ix;

static __attribute__((noinline)) py_object **current_slot_miss(void) {
  py_ssize ix = py__dict_index(ctxvars_dict, str_current);
  if (ix < 0) return NULL;
  current_ix = ix;
  current_version = py__dict_keys_version(ctxvars_dict);
  return &((py__dict_object *)ctxvars_dict)->entries[current_ix].value;
}

/* Inline: twice per callback. */
static inline py_object **current_slot(void) {
  if (current_version == 0 || py__dict_keys_version(ctxvars_dict) != current_version)
    return current_slot_miss();
  return &((py__dict_object *)ctxvars_dict)->entries[current_ix].value;
}

/* Calls what a soon_call schedules. A task's step (most callbacks) is called straight
 * through its type's call slot: two fewer calls on the Asyncify chain than py_call.
 * Always inlined into its two callers (both on the chain, the Makefile's
 * WASM_CHAIN_ASYNCIO): as a function of its own it would be on the chain unlisted. */
static inline __attribute__((always_inline)) py_object *call_soon_target(soon_call *c) {
  if (c->kind == SOON_STEP) return py__asyncio_task_step_call(c->fn, c->arg);
  if (c->kind == SOON_WAKEUP) {
    py_object *e = py__asyncio_wakeup_error(c->arg);
    py_object *r = py__asyncio_task_step_call(c->fn, e);
    py_xdecref(e);
    return r;
  }
  /* A done callback (Task.__wakeup, a Python function) may suspend (code.h). */
  if (c->arg) {
    py_object *a = c->arg;
    return py__call_on_chain(c->fn, &a, 1, NULL);
  }
  if (PY_TYPE(c->fn) == &py_asyncio_stepwrapper_type)
    return py_asyncio_stepwrapper_type.call(c->fn, NULL, 0, NULL);
  return py__call_on_chain(c->fn, NULL, 0, NULL);
}

static py_object *call_soon_target_timed(soon_call *c) {
  double t0 = py_clock_monotonic();
  py_object *r = call_soon_target(c);
  if (c->kind == SOON_WAKEUP) {
    py_object *m = py__asyncio_task_wakeup_method(c->fn);
    if (m) check_slow(t0, m, c->arg, 1, c->ctx);
    else py_err_clear();
    py_xdecref(m);
  } else {
    check_slow(t0, c->fn, c->arg, c->kind == SOON_STEP ? 2 : 1, c->ctx);
  }
  return r;
}

static void run_soon_call(aio_loop *loop, void *p) {
  (void)loop;
  soon_call *c = p;
  int entered = 0;
  /* The common case first: a plain Context's _entered slot holding False. */
  py_object **es = entered_slot(c->ctx);
  if (es && *es == PY_FALSE) goto enter;
  py_object *flag = get_entered(c->ctx);
  if (flag) {
    entered = py_truthy(flag);
    py_decref(flag);
  } else {
    entered = -1;
  }
  if (entered) {
    if (entered > 0)
      py_raise(&py_exc_RuntimeError, "cannot enter context: %S is already entered", c->ctx);
    keep_pending(py_err_fetch());
    return;
  }
enter:;
  /* As Context.run: saved = _current; ctx._entered = True; _current = ctx. */
  py_object **slot = current_slot();
  if (!slot || set_entered(c->ctx, PY_TRUE) < 0) {
    if (!py_err_occurred()) py_raise(&py_exc_RuntimeError, "contextvars is not initialised");
    keep_pending(py_err_fetch());
    return;
  }
  py_object *saved = *slot; /* the slot's reference moves to saved */
  *slot = py_newref(c->ctx);
  /* Debug mode times each callback, as BaseEventLoop._run_once does (slow ones are
   * reported after they ran); the common path pays one test. */
  py_object *r = py__asyncio_debug_loop ? call_soon_target_timed(c) : call_soon_target(c);
  py_object *err = r ? NULL : py_err_fetch();
  py_xdecref(r);
  /* _current = saved (the callback may have changed the module's keys meanwhile). */
  int restored = 0;
  slot = current_slot();
  if (slot) {
    py_object *old = *slot;
    *slot = saved;
    py_decref(old);
  } else {
    restored = py_err_occurred() ? -1 : py_dict_set(ctxvars_dict, str_current, saved);
    py_decref(saved);
  }
  if (restored == 0) restored = set_entered(c->ctx, PY_FALSE);
  if (restored < 0) {
    py_xdecref(err);
    keep_pending(py_err_fetch());
    return;
  }
  if (!err) return;
  if (py_isinstance(err, (py_object *)&py_exc_SystemExit) == 1 ||
      py_isinstance(err, (py_object *)&py_exc_KeyboardInterrupt) == 1) {
    keep_pending(err);
    return;
  }
  /* A step reports as the TaskStepMethWrapper CPython would have called. */
  py_object *fn = c->kind == SOON_STEP     ? py__asyncio_stepwrapper_new(c->fn, c->arg)
                  : c->kind == SOON_WAKEUP ? py__asyncio_task_wakeup_method(c->fn)
                                           : py_newref(c->fn);
  py_object *args = !fn                                   ? NULL
                    : c->arg && c->kind != SOON_STEP ? py_tuple_pack(1, c->arg)
                                                          : py_tuple_new(0);
  py_object *x = NULL;
  if (args) {
    py_object *argv[5] = {fn, args, the_py_loop ? the_py_loop : PY_NONE, c->ctx, err};
    x = py_call(report_error, argv, 5, NULL);
    py_decref(args);
  }
  py_xdecref(fn);
  py_decref(err);
  if (x) py_decref(x);
  else keep_pending(py_err_fetch());
}

static void release_soon_call(void *p) {
  soon_call *c = p;
  py_decref(c->fn);
  py_xdecref(c->arg);
  py_decref(c->ctx);
  soon_call_free(c);
}

/* The loop type last found not to override call_soon, and the type epoch then: the
 * lookup is made again only when some class changed since. */
static py_type *call_soon_type;
static unsigned call_soon_epoch;

static int call_soon_fast(py_object *loop, py_object *fn, py_object *arg, py_object *ctx,
                          uint8_t kind) {
  if (!the_loop || loop != the_py_loop || !ctx || !base_call_soon || !ctxvars_dict) return 0;
  if (PY_TYPE(loop) != call_soon_type || py__type_cache_epoch() != call_soon_epoch) {
    if (py_type_lookup(PY_TYPE(loop), str_call_soon) != base_call_soon) return 0;
    call_soon_type = PY_TYPE(loop);
    call_soon_epoch = py__type_cache_epoch();
  }
  soon_call *c = soon_call_alloc();
  if (!c) {
    py_raise(&py_exc_MemoryError, NULL);
    return -1;
  }
  aio_handle *h = aio_loop_call_soon(the_loop, run_soon_call, c);
  if (!h) {
    soon_call_free(c);
    py_raise(&py_exc_MemoryError, NULL);
    return -1;
  }
  c->fn = py_newref(fn);
  c->arg = py_xnewref(arg);
  c->ctx = py_newref(ctx);
  c->kind = kind;
  aio_handle_set_finalizer(h, release_soon_call);
  return 1;
}

int py__asyncio_call_soon_fast(py_object *loop, py_object *fn, py_object *arg,
                               py_object *ctx) {
  return call_soon_fast(loop, fn, arg, ctx, SOON_CALL);
}

int py__asyncio_call_soon_step(py_object *loop, py_object *task, py_object *arg,
                               py_object *ctx) {
  return call_soon_fast(loop, task, arg, ctx, SOON_STEP);
}

int py__asyncio_call_soon_wakeup(py_object *loop, py_object *task, py_object *fut,
                                 py_object *ctx) {
  return call_soon_fast(loop, task, fut, ctx, SOON_WAKEUP);
}

/* ---- debug mode: slow callbacks -------------------------------------------------- */

static py_object *report_slow; /* base_events._report_slow_callback */

/* A callback that ran from t0 until now: if it took time at all, base_events decides
 * against loop.slow_callback_duration and warns through the asyncio logger. kind: 0 a
 * Handle's _run (fn), 1 fn(arg) scheduled from C, 2 the step of task fn. */
static void check_slow(double t0, py_object *fn, py_object *arg, int kind, py_object *ctx) {
  double dt = py_clock_monotonic() - t0;
  if (!(dt > 0) || !report_slow || !py__asyncio_debug_loop) return;
  py_object *saved = py_err_fetch();
  py_object *k = py_int_from_i64(kind), *d = py_float_from_double(dt);
  py_object *argv[6] = {py__asyncio_debug_loop, fn, arg ? arg : PY_NONE,
                        k, ctx ? ctx : PY_NONE, d};
  py_object *r = k && d ? py_call(report_slow, argv, 6, NULL) : NULL;
  py_xdecref(k);
  py_xdecref(d);
  if (r) py_decref(r);
  else keep_pending(py_err_fetch());
  py_err_restore(saved);
}


/* set_debug(loop, enabled, report): times the callbacks of loop while enabled. */
static py_object *a_set_debug(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("set_debug", n, k, 3, 3) < 0) return NULL;
  int on = py_truthy(a[1]);
  if (on < 0) return NULL;
  if (a[2] != PY_NONE) py_setref(&report_slow, py_newref(a[2]));
  if (on && a[0] == the_py_loop) py__asyncio_debug_loop = a[0];
  else if (!on && a[0] == py__asyncio_debug_loop) py__asyncio_debug_loop = NULL;
  return py_newref(PY_NONE);
}

/* set_loop_hooks(BaseEventLoop.call_soon, report_callback_error): enables the path. */
static py_object *a_set_loop_hooks(py_object *s, py_object *const *a, size_t n,
                                   py_object *k) {
  (void)s;
  if (py_args_check("set_loop_hooks", n, k, 2, 2) < 0) return NULL;
  py_object *m = py_import("contextvars");
  if (!m) return NULL;
  py_object *d = py_module_dict(m);
  py_setref(&ctxvars_dict, py_newref(d));
  py_decref(m);
  str_entered = py_str_intern_cstr("_entered");
  str_current = py_str_intern_cstr("_current");
  str_call_soon = py_str_intern_cstr("call_soon");
  str_data = py_str_intern_cstr("_data");
  str_context_cls = py_str_intern_cstr("Context");
  if (!str_entered || !str_current || !str_call_soon || !str_data || !str_context_cls)
    return NULL;
  py_setref(&base_call_soon, py_newref(a[0]));
  call_soon_type = NULL;
  py_setref(&report_error, py_newref(a[1]));
  return py_newref(PY_NONE);
}

/* The thread whose run_once is under way (0: none): while it waits for its next timer,
 * another thread must not replace the loop under it (thread_sched.c). */
static uint64_t run_once_thread;

static py_object *a_loop_new(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("loop_new", n, k, 0, 1) < 0) return NULL;
  if (run_once_thread && run_once_thread != py_thread_ident())
    return py_raise(&py_exc_RuntimeError,
                    "Taskscope runs one event loop at a time: another thread's loop is "
                    "running");
  /* The runtime serves one loop at a time. A loop made while another runs (say,
   * asyncio.new_event_loop() inside asyncio.run) must not take the running one's
   * runtime loop away: it gets none, and cannot run anyway (CPython refuses with
   * "Cannot run the event loop while another loop is running"). */
  if (the_loop && aio_loop_is_running(the_loop)) return py_newref(PY_FALSE);
  PY_CLEAR(the_py_loop);
  py__asyncio_debug_loop = NULL;
  if (n == 1) the_py_loop = py_newref(a[0]);
  if (the_loop) {
    iterations_before += aio_loop_iterations(the_loop);
    aio_loop_free(the_loop);
  }
  the_loop = NULL;
  generation++;
  aio_loop_config cfg = {0};
  cfg.host = &host;
  cfg.clock = py_clock_is_virtual() ? AIO_CLOCK_VIRTUAL : AIO_CLOCK_REAL;
  if (aio_loop_new(&cfg, &the_loop) != 0) return py_raise(&py_exc_MemoryError, NULL);
  aio_loop_set_virtual_time(the_loop, py_clock_monotonic());
  if (py_asyncio_trace_enabled()) aio_loop_set_trace(the_loop, runtime_trace, NULL);
  return py_newref(PY_TRUE);
}

/* loop_free([loop]): frees the runtime loop unless it runs. Given a loop, only if
 * the runtime loop is that loop's: closing a loop that never had it (made while
 * another ran, or replaced by a newer one) leaves the current one alone. */
static py_object *a_loop_free(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("loop_free", n, k, 0, 1) < 0) return NULL;
  if (n == 1 && a[0] != the_py_loop) return py_newref(PY_NONE);
  if (the_loop && !aio_loop_is_running(the_loop)) {
    py__asyncio_debug_loop = NULL;
    PY_CLEAR(the_py_loop);
    iterations_before += aio_loop_iterations(the_loop);
    aio_loop_free(the_loop);
    the_loop = NULL;
    generation++;
  }
  return py_newref(PY_NONE);
}

/* loop_owner() -> the loop whose runtime loop exists now, or None (none exists). */
static py_object *a_loop_owner(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("loop_owner", n, k, 0, 0) < 0) return NULL;
  return py_newref(the_loop && the_py_loop ? the_py_loop : PY_NONE);
}

static int need_loop(void) {
  if (the_loop) return 0;
  py_raise(&py_exc_RuntimeError, "Event loop is closed");
  return -1;
}

static py_object *a_call_soon(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("call_soon", n, k, 1, 1) < 0 || need_loop() < 0) return NULL;
  aio_handle *h = aio_loop_call_soon(the_loop, run_callable, a[0]);
  if (!h) return py_raise(&py_exc_MemoryError, NULL);
  py_thread_loop_notify(); /* call_soon_threadsafe from another thread wakes the loop */
  py_incref(a[0]);
  aio_handle_set_finalizer(h, release_callable);
  return py_newref(PY_NONE);
}

/* call_at(when, fn[, tag]) -> token for cancel_timer; tag names the timer in the
 * trace's timer_fired events. */
static py_object *a_call_at(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("call_at", n, k, 2, 3) < 0 || need_loop() < 0) return NULL;
  double when = py_as_double(a[0]);
  if (when == -1.0 && py_err_occurred()) return NULL;
  aio_handle *h = aio_loop_call_at(the_loop, when, run_callable, a[1]);
  if (!h) return py_raise(&py_exc_MemoryError, NULL);
  py_incref(a[1]);
  aio_handle_set_finalizer(h, release_callable);
  int64_t tag = 0;
  if (n == 3 && a[2] != PY_NONE && py_int_as_i64(a[2], &tag) < 0) return NULL;
  aio_handle_set_tag(h, (uint64_t)tag);
  /* The token carries the loop's generation in its low bits' place: a tuple. */
  py_object *items[2];
  items[0] = py_int_from_u64((uint64_t)(uintptr_t)h);
  items[1] = py_int_from_u64(generation);
  if (!items[0] || !items[1]) {
    py_xdecref(items[0]);
    py_xdecref(items[1]);
    return NULL;
  }
  py_object *t = py_tuple_from_array(items, 2);
  py_decref(items[0]);
  py_decref(items[1]);
  return t;
}

static py_object *a_cancel_timer(py_object *s, py_object *const *a, size_t n,
                                 py_object *k) {
  (void)s;
  if (py_args_check("cancel_timer", n, k, 1, 1) < 0) return NULL;
  py_object *t = a[0];
  if (!PY_TUPLE_CHECK(t) || PY_TUPLE_SIZE(t) != 2)
    return py_raise(&py_exc_TypeError, "bad timer token");
  int64_t ptr, gen;
  if (py_int_as_i64(PY_TUPLE_ITEMS(t)[0], &ptr) < 0 ||
      py_int_as_i64(PY_TUPLE_ITEMS(t)[1], &gen) < 0)
    return NULL;
  if (the_loop && (uint64_t)gen == generation)
    aio_handle_cancel((aio_handle *)(uintptr_t)ptr);
  return py_newref(PY_NONE);
}

/* The idle wait of run_once while other threads exist: block the loop's thread until
 * its next timer falls due (never, without one) or another thread schedules a callback;
 * the scheduler moves the virtual clock or waits on the real one. */
static int loop_wait_with_threads(void) {
  if (py_clock_is_virtual()) aio_loop_set_virtual_time(the_loop, py_clock_monotonic());
  double now = py_clock_monotonic();
  double when = aio_loop_next_deadline(the_loop); /* -1: something is ready, or no timer */
  bool no_timer = aio_loop_next_timeout(the_loop) < 0;
  if (no_timer || when > now) {
    if (!no_timer) trace_idle(true, when);
    int rc = py_thread_loop_idle(no_timer ? -1 : when);
    if (!no_timer) trace_idle(false, 0);
    if (rc < 0) return -1;
  }
  if (py_clock_is_virtual()) aio_loop_set_virtual_time(the_loop, py_clock_monotonic());
  return 0;
}

/* run_once(stopping): one loop iteration (asyncio's _run_once). Under the virtual clock
 * time first jumps to the next deadline when nothing is ready; under the real clock we
 * wait for it here. A stopping loop never waits (CPython polls with timeout 0). */
static py_object *a_run_once_inner(py_object *s, py_object *const *a, size_t n,
                                   py_object *k);

/* While an iteration runs, in its thread or waiting for its next timer, no other thread
 * may replace the loop (run_once_thread, a_loop_new). */
static py_object *a_run_once(py_object *s, py_object *const *a, size_t n, py_object *k) {
  uint64_t outer = run_once_thread;
  run_once_thread = py_thread_ident();
  py_object *r = a_run_once_inner(s, a, n, k);
  run_once_thread = outer;
  return r;
}

static py_object *a_run_once_inner(py_object *s, py_object *const *a, size_t n,
                                   py_object *k) {
  (void)s;
  if (py_args_check("run_once", n, k, 1, 1) < 0 || need_loop() < 0) return NULL;
  int stopping = py_truthy(a[0]);
  if (stopping < 0) return NULL;
  if (stopping) aio_loop_stop(the_loop);
  /* Nothing ready, no timer, not stopping: CPython would block forever in select();
   * we say so instead of hanging (docs/engine.md), with the oracle's words. */
  if (!stopping && aio_loop_next_timeout(the_loop) < 0 && !py_thread_others()) {
    if (py_asyncio_trace_enabled()) py_asyncio_trace_emit("idle_begin", -1, "\"until\": null");
    return py_raise(&py_exc_RuntimeError,
                    "deadlock: every task waits and no timer is pending");
  }
  /* Traced: what the last iteration printed is reported as that iteration's output. */
  if (py_asyncio_trace_enabled()) py__sys_flush();
  if (!stopping && py_thread_others()) {
    /* Other Python threads exist (thread_sched.c): the loop's thread blocks until its
     * next timer or a callback from another thread, and they run meanwhile. */
    if (loop_wait_with_threads() < 0) return NULL;
  } else if (py_clock_is_virtual()) {
    /* Jump first, so callbacks of this iteration read the deadline as the time. */
    aio_loop_set_virtual_time(the_loop, py_clock_monotonic());
    double when = aio_loop_next_deadline(the_loop);
    if (when >= 0) {
      bool jump = when > py_clock_monotonic();
      if (jump) trace_idle(true, when);
      py_clock_set_virtual(when);
      aio_loop_set_virtual_time(the_loop, when);
      if (jump) trace_idle(false, 0);
    }
  } else {
    double wait = aio_loop_next_timeout(the_loop);
    /* Driven (docs/engine.md): the program suspends and the host waits. */
    if (wait > 0 && !stopping) {
      trace_idle(true, py_clock_monotonic() + wait);
      if (py_drive_active()) py_drive_wait(wait);
      else py_clock_sleep(wait);
      trace_idle(false, 0);
    }
  }
  int rc = aio_loop_run_once(the_loop);
  aio_loop_clear_stop(the_loop);
  if (py_clock_is_virtual()) py_clock_set_virtual(aio_loop_time(the_loop));
  if (pending_error) {
    py_object *e = pending_error;
    pending_error = NULL;
    py_err_restore(e);
    return NULL;
  }
  if (rc != 0) return py_raise(&py_exc_RuntimeError, "%s", aio_strerror(rc));
  return py_newref(PY_NONE);
}

/* Seconds until something can run: 0, a delay, or -1 when nothing is scheduled. */
static py_object *a_next_timeout(py_object *s, py_object *const *a, size_t n,
                                 py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("next_timeout", n, k, 0, 0) < 0 || need_loop() < 0) return NULL;
  return py_float_from_double(aio_loop_next_timeout(the_loop));
}

static py_object *a_time(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("time", n, k, 0, 0) < 0) return NULL;
  return py_float_from_double(py_clock_monotonic());
}

/* coro_location(coro) -> (filename, line, state): where a coroutine is suspended or was
 * defined, for Task reprs; state is "created", "suspended", "running" or "closed". */
static py_object *a_coro_location(py_object *s, py_object *const *a, size_t n,
                                  py_object *k) {
  (void)s;
  if (py_args_check("coro_location", n, k, 1, 1) < 0) return NULL;
  py_object *o = a[0];
  if (!PY_GEN_CHECK(o)) return py_newref(PY_NONE);
  py_gen *g = (py_gen *)o;
  py_code *co = (py_code *)g->code;
  const char *state = g->frame == NULL ? "closed"
                      : g->running     ? "running"
                      : g->started     ? "suspended"
                                       : "created";
  int line = g->frame && g->started ? py_frame_line(g->frame) : co->firstlineno;
  py_object *items[3];
  items[0] = py_newref(co->filename);
  items[1] = py_int_from_i64(line);
  items[2] = py_str_from_cstr(state);
  if (!items[1] || !items[2]) {
    py_decref(items[0]);
    py_xdecref(items[1]);
    py_xdecref(items[2]);
    return NULL;
  }
  py_object *t = py_tuple_from_array(items, 3);
  for (int i = 0; i < 3; i++) py_decref(items[i]);
  return t;
}

static py_object *a_is_virtual(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("is_virtual", n, k, 0, 0) < 0) return NULL;
  return py_newref(py_clock_is_virtual() ? PY_TRUE : PY_FALSE);
}

/* print_exception(exc): the exception and its traceback on stderr, as the default
 * excepthook prints them (the tail of asyncio's logged errors). */
static py_object *a_print_exception(py_object *s, py_object *const *a, size_t n,
                                    py_object *k) {
  (void)s;
  if (py_args_check("print_exception", n, k, 1, 1) < 0) return NULL;
  py_object *err = py_sys_get("stderr"), *out = py_sys_get("stdout");
  bool redirect = err && err == out;
  if (redirect) py_host_stderr_to_stdout(true);
  py_print_exception(a[0]);
  if (redirect) py_host_stderr_to_stdout(false);
  return py_newref(PY_NONE);
}

/* trace_enabled() -> bool: whether the run is traced (--trace). */
static py_object *a_trace_enabled(py_object *s, py_object *const *a, size_t n,
                                  py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("trace_enabled", n, k, 0, 0) < 0) return NULL;
  return py_newref(py_asyncio_trace_enabled() ? PY_TRUE : PY_FALSE);
}

/* trace_emit(kind, task_id_or_None, extra_json_members): one event of docs/trace.md. */
static py_object *a_trace_emit(py_object *s, py_object *const *a, size_t n,
                               py_object *k) {
  (void)s;
  if (py_args_check("trace_emit", n, k, 3, 3) < 0) return NULL;
  if (!PY_STR_CHECK(a[0]) || !PY_STR_CHECK(a[2]))
    return py_raise(&py_exc_TypeError, "trace_emit() expects str kind and fields");
  int64_t task = -1;
  if (a[1] != PY_NONE && py_int_as_i64(a[1], &task) < 0) return NULL;
  if (py_asyncio_trace_emit(PY_STR_DATA(a[0]), (long)task, PY_STR_DATA(a[2])) < 0)
    return py_raise(&py_exc_MemoryError, NULL);
  return py_newref(PY_NONE);
}

/* ---- trace_emit_fields: the event's members as json.dumps writes them ---------------
 * The trace hooks in tasks.py build each event as a dict; encoding it here instead of
 * with the Python json module keeps a traced run's cost per step small. The text is
 * what json.dumps(fields)[1:-1] gives: ", " and ": " separators, ASCII only. */
typedef struct {
  char *data;
  size_t len, cap;
} jbuf;

static int jput(jbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + n + 1) cap *= 2;
    char *d = realloc(b->data, cap);
    if (!d) {
      py_raise(&py_exc_MemoryError, NULL);
      return -1;
    }
    b->data = d;
    b->cap = cap;
  }
  memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
  return 0;
}

static int jputs(jbuf *b, const char *s) { return jput(b, s, strlen(s)); }

/* One UTF-8 sequence at p (valid: our strs are) as a code point; *n its length. */
static uint32_t utf8_at(const unsigned char *p, size_t *n) {
  if (p[0] < 0x80) return *n = 1, p[0];
  if (p[0] < 0xE0) return *n = 2, ((uint32_t)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if (p[0] < 0xF0)
    return *n = 3, ((uint32_t)(p[0] & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return *n = 4, ((uint32_t)(p[0] & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
                     ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

static int jstr(jbuf *b, py_object *s) {
  const unsigned char *p = (const unsigned char *)PY_STR_DATA(s);
  size_t n = (size_t)PY_STR_SIZE(s), i = 0;
  if (jput(b, "\"", 1) < 0) return -1;
  while (i < n) {
    size_t run = i;
    while (run < n && p[run] >= 0x20 && p[run] < 0x80 && p[run] != '"' && p[run] != '\\') run++;
    if (run > i && jput(b, (const char *)p + i, run - i) < 0) return -1;
    i = run;
    if (i >= n) break;
    char esc[16];
    size_t len;
    uint32_t c = utf8_at(p + i, &len);
    i += len;
    switch (c) {
    case '"': strcpy(esc, "\\\""); break;
    case '\\': strcpy(esc, "\\\\"); break;
    case '\n': strcpy(esc, "\\n"); break;
    case '\r': strcpy(esc, "\\r"); break;
    case '\t': strcpy(esc, "\\t"); break;
    case '\b': strcpy(esc, "\\b"); break;
    case '\f': strcpy(esc, "\\f"); break;
    default:
      if (c >= 0x10000) {
        c -= 0x10000;
        snprintf(esc, sizeof esc, "\\u%04x\\u%04x", 0xD800 + (unsigned)(c >> 10),
                 0xDC00 + (unsigned)(c & 0x3FF));
      } else {
        snprintf(esc, sizeof esc, "\\u%04x", (unsigned)c);
      }
    }
    if (jputs(b, esc) < 0) return -1;
  }
  return jput(b, "\"", 1);
}

static int jvalue(jbuf *b, py_object *v, int depth);

static int jmembers(jbuf *b, py_object *d, int depth) {
  py_ssize pos = 0;
  py_object *k, *v;
  bool first = true;
  while (py_dict_next(d, &pos, &k, &v)) {
    if (!PY_STR_CHECK(k)) {
      py_raise(&py_exc_TypeError, "trace fields must have str keys");
      return -1;
    }
    if ((!first && jput(b, ", ", 2) < 0) || jstr(b, k) < 0 || jput(b, ": ", 2) < 0 ||
        jvalue(b, v, depth + 1) < 0)
      return -1;
    first = false;
  }
  return 0;
}

static int jvalue(jbuf *b, py_object *v, int depth) {
  if (depth > 32) {
    py_raise(&py_exc_ValueError, "trace fields nest too deeply");
    return -1;
  }
  if (v == PY_NONE) return jputs(b, "null");
  if (v == PY_TRUE) return jputs(b, "true");
  if (v == PY_FALSE) return jputs(b, "false");
  if (PY_STR_CHECK(v)) return jstr(b, v);
  if (PY_INT_CHECK(v) || PY_FLOAT_CHECK(v)) {
    if (PY_FLOAT_CHECK(v)) {
      double x = PY_FLOAT_VALUE(v);
      if (x != x) return jputs(b, "NaN");
      if (x > 1e308 * 10) return jputs(b, "Infinity");
      if (x < -1e308 * 10) return jputs(b, "-Infinity");
    }
    py_object *r = py_repr(v);
    if (!r) return -1;
    int rc = jput(b, PY_STR_DATA(r), (size_t)PY_STR_SIZE(r));
    py_decref(r);
    return rc;
  }
  if (PY_DICT_CHECK(v)) {
    if (jput(b, "{", 1) < 0 || jmembers(b, v, depth) < 0) return -1;
    return jput(b, "}", 1);
  }
  if (PY_LIST_CHECK(v) || PY_TUPLE_CHECK(v)) {
    py_ssize n = PY_LIST_CHECK(v) ? PY_LIST_SIZE(v) : PY_TUPLE_SIZE(v);
    if (jput(b, "[", 1) < 0) return -1;
    for (py_ssize i = 0; i < n; i++) {
      py_object *item = PY_LIST_CHECK(v) ? PY_LIST_ITEMS(v)[i] : PY_TUPLE_ITEMS(v)[i];
      if ((i && jput(b, ", ", 2) < 0) || jvalue(b, item, depth + 1) < 0) return -1;
    }
    return jput(b, "]", 1);
  }
  py_raise(&py_exc_TypeError, "Object of type %s is not JSON serializable", PY_TYPE(v)->name);
  return -1;
}

/* trace_emit_fields(kind, task_id_or_None, fields_dict): trace_emit with the members
 * encoded here. */
static py_object *a_trace_emit_fields(py_object *s, py_object *const *a, size_t n,
                                      py_object *k) {
  (void)s;
  if (py_args_check("trace_emit_fields", n, k, 3, 3) < 0) return NULL;
  if (!PY_STR_CHECK(a[0]) || !PY_DICT_CHECK(a[2]))
    return py_raise(&py_exc_TypeError, "trace_emit_fields() expects str kind and a dict");
  int64_t task = -1;
  if (a[1] != PY_NONE && py_int_as_i64(a[1], &task) < 0) return NULL;
  jbuf b = {NULL, 0, 0};
  if (jput(&b, "", 0) < 0 || jmembers(&b, a[2], 0) < 0) {
    free(b.data);
    return NULL;
  }
  int rc = py_asyncio_trace_emit(PY_STR_DATA(a[0]), (long)task, b.data);
  free(b.data);
  if (rc < 0) return py_raise(&py_exc_MemoryError, NULL);
  return py_newref(PY_NONE);
}

/* frame_locals(gen) -> dict of a suspended generator's/coroutine's locals, or None. */
static py_object *frame_locals(py_gen *g) {
  py_frame *f = g->frame;
  py_code *co = f->code;
  py_object *locals = py_dict_new();
  if (!locals) return NULL;
  for (int i = 0; i < co->nlocals && i < f->nslots; i++) {
    py_object *v = f->slots[i];
    if (v && py_dict_set(locals, PY_TUPLE_ITEMS(co->varnames)[i], v) < 0) {
      py_decref(locals);
      return NULL;
    }
  }
  return locals;
}

static py_object *a_frame_locals(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  if (py_args_check("frame_locals", n, k, 1, 1) < 0) return NULL;
  if (!PY_GEN_CHECK(a[0]) || !((py_gen *)a[0])->frame) return py_newref(PY_NONE);
  return frame_locals((py_gen *)a[0]);
}

/* ---- sleep0(): what `await asyncio.sleep(0)` awaits ---------------------------------
 * A bare yield: the iterator yields None once (the task then schedules its next step
 * with call_soon) and finishes with None. It replaces a one-line generator, so a
 * sleep(0) hop costs no generator and frame of its own. */
typedef struct {
  PY_HEAD;
  bool yielded, done;
} sleep0_object;

static py_type sleep0_type;

static py_object *sleep0_next(py_object *self) {
  sleep0_object *o = (sleep0_object *)self;
  if (o->done) return NULL;
  if (!o->yielded) {
    o->yielded = true;
    return py_newref(PY_NONE);
  }
  o->done = true;
  return NULL;
}

static py_object *sleep0_self(py_object *self) { return py_newref(self); }

static py_object *sleep0_send(py_object *self, py_object *const *a, size_t n, py_object *k) {
  (void)a;
  if (py_args_check("send", n, k, 1, 1) < 0) return NULL;
  py_object *r = sleep0_next(self);
  if (!r && !py_err_occurred()) py_err_restore(py_call0((py_object *)&py_exc_StopIteration));
  return r;
}

/* throw(exc): raised where the await is (this iterator holds no frame). */
static py_object *sleep0_throw(py_object *self, py_object *const *a, size_t n,
                               py_object *k) {
  if (py_args_check("throw", n, k, 1, 3) < 0) return NULL;
  ((sleep0_object *)self)->done = true;
  py_object *typ = a[0];
  py_object *exc;
  if (PY_EXC_CHECK(typ)) {
    exc = py_newref(typ);
  } else if (PY_TYPE_CHECK(typ) && py_type_is_subtype((py_type *)typ, &py_exc_BaseException)) {
    exc = (n > 1 && a[1] != PY_NONE) ? py_call1(typ, a[1]) : py_call0(typ);
    if (!exc) return NULL;
  } else {
    return py_raise(&py_exc_TypeError,
                    "exceptions must be classes or instances deriving from BaseException, "
                    "not %s", PY_TYPE(typ)->name);
  }
  py_err_restore(exc);
  return NULL;
}

static py_object *sleep0_close(py_object *self, py_object *const *a, size_t n,
                               py_object *k) {
  (void)a;
  if (py_args_check("close", n, k, 0, 0) < 0) return NULL;
  ((sleep0_object *)self)->done = true;
  return py_newref(PY_NONE);
}

/* A hop makes and drops one sleep0 object: a few dropped ones are kept for the next
 * hops instead of going back through the allocator (emptied at _asyncio's fini). */
#define SLEEP0_SPARE 16
static py_object *sleep0_spare[SLEEP0_SPARE];
static int sleep0_nspare;

static void sleep0_dealloc(py_object *self) {
  if (sleep0_nspare < SLEEP0_SPARE) sleep0_spare[sleep0_nspare++] = self;
  else py_type_free(self);
}

static const py_method_def sleep0_methods[] = {
    {"send", sleep0_send, 0, NULL},
    {"throw", sleep0_throw, 0, NULL},
    {"close", sleep0_close, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static py_type sleep0_type = {
    .ob_base = {PY_IMMORTAL, &py_type_type},
    .name = "sleep0",
    .basicsize = sizeof(sleep0_object),
    .base = &py_object_type,
    .methods = sleep0_methods,
    .dealloc = sleep0_dealloc,
    .getattr = py_generic_getattr,
    .iter = sleep0_self,
    .iternext = sleep0_next,
    .await = sleep0_self,
};

static py_object *a_sleep0(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (n || (k && PY_TUPLE_SIZE(k))) {
    py_args_check("sleep0", n, k, 0, 0);
    return NULL;
  }
  if (sleep0_nspare) {
    sleep0_object *o = (sleep0_object *)sleep0_spare[--sleep0_nspare];
    o->ob_base.refcnt = 1;
    o->yielded = o->done = false;
    return (py_object *)o;
  }
  if (!PY_HAS_FLAG(&sleep0_type, PY_TPFLAGS_READY) && py_type_ready(&sleep0_type) < 0)
    return NULL;
  return py_type_alloc(&sleep0_type, 0);
}

/* user_line() -> int or None: the line of the innermost running frame that belongs to
 * the program rather than to the embedded library (files named "<frozen ...>"): where
 * a create_task/gather/asyncio.run call was written, for the trace. */
static py_object *a_user_line(py_object *s, py_object *const *a, size_t n, py_object *k) {
  (void)s;
  (void)a;
  if (py_args_check("user_line", n, k, 0, 0) < 0) return NULL;
  for (py_frame *f = py_vm_current; f; f = f->back) {
    const char *file = PY_STR_DATA(f->code->filename);
    if (strncmp(file, "<frozen", 7) != 0) return py_int_from_i64(py_frame_line(f));
  }
  return py_newref(PY_NONE);
}

/* One link of an await chain: (object, qualname, filename, line, locals dict or None). */
static py_object *chain_link(py_gen *g, bool with_locals) {
  py_frame *f = g->frame;
  py_code *co = f->code;
  py_object *locals = with_locals ? frame_locals(g) : py_newref(PY_NONE);
  if (!locals) return NULL;
  py_object *items[5];
  items[0] = (py_object *)g;
  items[1] = py_gen_qualname((py_object *)g);
  items[2] = co->filename;
  items[3] = py_int_from_i64(g->started ? py_frame_line(f) : co->firstlineno);
  items[4] = locals;
  if (!items[3]) {
    py_decref(locals);
    return NULL;
  }
  py_object *t = py_tuple_from_array(items, 5);
  py_decref(items[3]);
  py_decref(locals);
  return t;
}

/* await_chain(coro[, with_locals=True]) -> list of links, outermost first: the
 * coroutine, what it awaits (a coroutine or a generator), and so on (the trace's way of
 * telling what a task waits on, like CPython's cr_await chain). */
static py_object *a_await_chain(py_object *s, py_object *const *a, size_t n,
                                py_object *k) {
  (void)s;
  if (py_args_check("await_chain", n, k, 1, 2) < 0) return NULL;
  int with_locals = n < 2 ? 1 : py_truthy(a[1]);
  if (with_locals < 0) return NULL;
  py_object *list = py_list_new(0);
  if (!list) return NULL;
  py_object *o = a[0];
  for (int depth = 0; depth < 1000 && o && PY_GEN_CHECK(o); depth++) {
    py_gen *g = (py_gen *)o;
    if (!g->frame) break;
    py_object *link = chain_link(g, with_locals);
    if (!link || py_list_append(list, link) < 0) {
      py_xdecref(link);
      py_decref(list);
      return NULL;
    }
    py_decref(link);
    py_object *recv = NULL;
    if (!g->started || !py_frame_delegate(g->frame, &recv)) break;
    o = recv;
  }
  return list;
}


/* source_line(filename, line) -> str: the line's text, stripped, or "" (print_stack). */
static py_object *a_source_line(py_object *s, py_object *const *a, size_t n,
                                py_object *k) {
  (void)s;
  if (py_args_check("source_line", n, k, 2, 2) < 0) return NULL;
  if (!PY_STR_CHECK(a[0])) return py_raise(&py_exc_TypeError, "filename must be str");
  int64_t line;
  if (py_int_as_i64(a[1], &line) < 0) return NULL;
  char buf[1024];
  if (!py__source_line(PY_STR_DATA(a[0]), (int)line, buf, sizeof buf)) buf[0] = 0;
  const char *p = buf;
  while (*p == ' ' || *p == '\t') p++;
  size_t len = strlen(p);
  while (len && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\n')) len--;
  char *copy = py_mem_alloc(len + 1);
  if (!copy) return py_raise(&py_exc_MemoryError, NULL);
  memcpy(copy, p, len);
  copy[len] = 0;
  py_object *r = py_str_from_cstr(copy);
  py_mem_free(copy, len + 1);
  return r;
}

static const py_method_def functions[] = {
    {"source_line", a_source_line, 0, NULL},
    {"await_chain", a_await_chain, 0, NULL},
    {"user_line", a_user_line, 0, NULL},
    {"trace_enabled", a_trace_enabled, 0, NULL},
    {"trace_emit", a_trace_emit, 0, NULL},
    {"trace_emit_fields", a_trace_emit_fields, 0, NULL},
    {"sleep0", a_sleep0, 0, NULL},
    {"frame_locals", a_frame_locals, 0, NULL},
    {"print_exception", a_print_exception, 0, NULL},
    {"loop_new", a_loop_new, 0, NULL},
    {"set_loop_hooks", a_set_loop_hooks, 0, NULL},
    {"loop_free", a_loop_free, 0, NULL},
    {"loop_owner", a_loop_owner, 0, NULL},
    {"call_soon", a_call_soon, 0, NULL},
    {"call_at", a_call_at, 0, NULL},
    {"cancel_timer", a_cancel_timer, 0, NULL},
    {"run_once", a_run_once, PY_METH_SUSPENDS, NULL},
    {"set_debug", a_set_debug, 0, NULL},
    {"next_timeout", a_next_timeout, 0, NULL},
    {"time", a_time, 0, NULL},
    {"coro_location", a_coro_location, 0, NULL},
    {"is_virtual", a_is_virtual, 0, NULL},
    {0},
};

py_object *py_mod__asyncio_init(void) {
  py_object *m = py_module_new("_asyncio");
  if (!m) return NULL;
  if (py_module_add_functions(m, functions) < 0 || py__asyncio_types_init(m) < 0 ||
      py_module_add(m, "AsyncGenSet", (py_object *)&py_asyncgen_set_type) < 0 ||
      py_module_add(m, "_AsyncGenASend", (py_object *)&py_asyncgen_asend_type) < 0 ||
      py_module_add(m, "_AsyncGenAThrow", (py_object *)&py_asyncgen_athrow_type) < 0) {
    py_decref(m);
    return NULL;
  }
  return m;
}

/* Tasks left by a closed loop (tasks._abandoned_tasks) are reported at exit, as
 * CPython's final collection reports them, unless a gc.collect() already did. */
static void report_abandoned_at_exit(void) {
  if (py_stop_reason()) return;
  py_object *m = py_dict_get_str(py_sys_modules(), "asyncio.tasks");
  if (!m) return;
  py_object *saved = py_err_fetch();
  py_object *fn = py_getattr_str(m, "_release_abandoned");
  py_object *args[2] = {NULL, PY_NONE};
  args[0] = py_str_from_cstr("start");
  py_object *r = fn && args[0] ? py_call(fn, args, 2, NULL) : NULL;
  if (r) py_decref(r);
  else py_err_clear();
  py_xdecref(args[0]);
  py_xdecref(fn);
  py_err_restore(saved);
}

/* The end of a run (py_fini): the objects cached from this run's asyncio and contextvars
 * modules go before those modules are emptied, and Context's class with them (its
 * address may be reused by the next run's class). */
void py__asyncio_fini(void) {
  /* While the modules still work: what CPython's exit reports about pending tasks. */
  report_abandoned_at_exit();
  py__asyncio_task_report_at_exit();
  py__asyncgen_hooks_fini();
  PY_CLEAR(the_py_loop);
  PY_CLEAR(base_call_soon);
  call_soon_type = NULL;
  PY_CLEAR(report_error);
  PY_CLEAR(report_slow);
  py__asyncio_debug_loop = NULL;
  PY_CLEAR(ctxvars_dict);
  current_version = 0;
  while (sleep0_nspare) py_type_free(sleep0_spare[--sleep0_nspare]);
  while (soon_call_nspare) py_mem_free(soon_call_spare[--soon_call_nspare], sizeof(soon_call));
  PY_CLEAR(ctx_entered_descr);
  ctx_type = NULL;
  ctx_entered_offset = -1;
  py__asyncio_future_fini();
  py__asyncio_task_fini();
}
