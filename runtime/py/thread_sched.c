/* runtime/py/thread_sched.c — Python threads as cooperative fibers (see thread_sched.h
 * and docs/interpreter.md, "Threads").
 *
 * The scheduling rule, which scripts/oracle.py applies to CPython's real threads too:
 *   - one thread runs at a time; it runs until it blocks (py_thread_block) or ends;
 *   - a woken thread joins the back of the ready queue; starting a thread puts it there;
 *   - a blocked thread gives way to the front of the ready queue;
 *   - when no thread is ready, the clock moves to the earliest wake-up among blocked
 *     threads (ties: the wait that began first), and those due join the ready queue.
 *
 * How a blocked thread gives way. A thread other than the main one runs in a fiber,
 * resumed by whichever thread was waiting when its turn came. When it blocks and may
 * suspend (py_vm_suspendable: under Asyncify, only when every C frame under it is on
 * the suspension chain), it suspends back to that thread. The main thread, and a
 * fiber that may not suspend here, instead run the ready threads themselves, nested on
 * their own C stack, until it is their own turn again. Every fiber has a stack of its
 * own, so nesting never overwrites a suspended thread's frames. */
#include "py/thread_sched.h"

#include <math.h>
#include <string.h>

#include "aio/main_fiber.h"
#include "py/code.h"
#include "py/drive.h"
#include "py/interp.h"
#include "py/mem.h"

enum { T_RUNNING, T_READY, T_BLOCKED, T_DONE };

/* The module globals that CPython keeps per thread and our library keeps in a module:
 * the running event loop and the current contextvars.Context. They are swapped with
 * the thread (a thread starts with no running loop and an empty context). */
enum { G_RUNNING_LOOP, G_CONTEXT, G_COUNT };
static const struct {
  const char *module, *name;
} swapped_globals[G_COUNT] = {
    {"asyncio.events", "_running_loop"},
    {"contextvars", "_current"},
};

typedef struct py_thread {
  uint64_t ident;
  aio_main_fiber *fiber;   /* NULL for the main thread */
  py_object *func, *args;  /* what the fiber calls (owned) */
  int state;               /* T_* */
  bool woken;              /* the last wait ended by py_thread_wake, not its deadline */
  bool on_stack;           /* its C frames are live: it runs, or runs others nested */
  double wake_at;          /* blocked: when the wait ends by itself (INFINITY: never) */
  uint64_t wake_seq;       /* breaks ties between equal wake_at: the older wait first */
  py_vm_thread_state vm;   /* the eval loop's state while another thread runs */
  py_object *exc;          /* its pending exception while another thread runs (owned) */
  py_object *globals[G_COUNT]; /* swapped_globals while another thread runs (owned) */
  bool globals_set;        /* globals[] hold this thread's values */
  struct py_thread *next;       /* every thread, in start order */
  struct py_thread *next_ready; /* the ready queue */
} py_thread;

static py_thread main_thread = {.ident = 1, .state = T_RUNNING, .on_stack = true};
static py_thread *current = &main_thread;
static py_thread *ready_head, *ready_tail;
static uint64_t next_ident = 2, next_wait_seq;
static py_thread *loop_waiter; /* the thread blocked in the event loop's idle wait */

/* ---- the ready queue ----------------------------------------------------------------- */

static void ready_push(py_thread *t) {
  t->state = T_READY;
  t->next_ready = NULL;
  if (ready_tail) ready_tail->next_ready = t;
  else ready_head = t;
  ready_tail = t;
}

static void ready_remove(py_thread *t) {
  py_thread **p = &ready_head, *prev = NULL;
  while (*p && *p != t) {
    prev = *p;
    p = &(*p)->next_ready;
  }
  if (!*p) return;
  *p = t->next_ready;
  if (ready_tail == t) ready_tail = prev;
  t->next_ready = NULL;
}

/* ---- switching the interpreter's per-thread state ------------------------------------ */

static py_object *module_dict(const char *name) {
  py_object *m = py_dict_get_str(py_sys_modules(), name);
  return m && PY_TYPE(m) == &py_module_type ? py_module_dict(m) : NULL;
}

/* The value a thread that never ran sees: no running loop, a new empty Context. */
static py_object *fresh_global(int i, py_object *d) {
  if (i == G_CONTEXT) {
    py_object *cls = py_dict_get_str(d, "Context");
    py_object *ctx = cls ? py_call0(cls) : NULL;
    if (ctx) return ctx;
    py_err_clear();
  }
  return py_newref(PY_NONE);
}

static void save_state(py_thread *t) {
  py_vm_thread_save(&t->vm);
  t->exc = py_err_fetch();
  for (int i = 0; i < G_COUNT; i++) {
    py_object *d = module_dict(swapped_globals[i].module);
    py_object *v = d ? py_dict_get_str(d, swapped_globals[i].name) : NULL;
    py_setref(&t->globals[i], py_xnewref(v));
  }
  t->globals_set = true;
}

static void load_state(py_thread *t) {
  py_vm_thread_load(&t->vm);
  if (t->exc) py_err_restore(t->exc);
  t->exc = NULL;
  py_object *saved_exc = py_err_fetch(); /* setting a global must not see it */
  for (int i = 0; i < G_COUNT; i++) {
    py_object *d = module_dict(swapped_globals[i].module);
    if (!d) continue;
    py_object *v = t->globals_set && t->globals[i] ? py_newref(t->globals[i])
                                                   : fresh_global(i, d);
    if (py_dict_set_str(d, swapped_globals[i].name, v) < 0) py_err_clear();
    py_decref(v);
  }
  for (int i = 0; i < G_COUNT; i++) py_setref(&t->globals[i], NULL);
  t->globals_set = false;
  if (saved_exc) py_err_restore(saved_exc);
}

/* ---- threads --------------------------------------------------------------------------- */

static py_thread *find(uint64_t ident) {
  for (py_thread *t = &main_thread; t; t = t->next)
    if (t->ident == ident) return t;
  return NULL;
}

static void unlink_thread(py_thread *t) {
  for (py_thread *p = &main_thread; p; p = p->next)
    if (p->next == t) {
      p->next = t->next;
      return;
    }
}

static void free_thread(py_thread *t) {
  unlink_thread(t);
  ready_remove(t);
  if (loop_waiter == t) loop_waiter = NULL;
  if (t->fiber) aio_main_fiber_free(t->fiber);
  py_xdecref(t->func);
  py_xdecref(t->args);
  py_xdecref(t->exc);
  for (int i = 0; i < G_COUNT; i++) py_xdecref(t->globals[i]);
  py_mem_free(t, sizeof *t);
}

/* The fiber's body: the thread's function. threading.Thread reports its own errors
 * (threading.excepthook); a bare _thread.start_new_thread function's is printed. */
static void thread_entry(void *arg) {
  py_thread *t = arg;
  /* On the chain: a thread blocking in its function may suspend its fiber (code.h). */
  py_object *r = py__call_on_chain(t->func, PY_TUPLE_ITEMS(t->args),
                                   (size_t)PY_TUPLE_SIZE(t->args), NULL);
  if (r) {
    py_decref(r);
    return;
  }
  py_object *exc = py_err_fetch();
  if (exc && py_isinstance(exc, (py_object *)&py_exc_SystemExit) != 1)
    py_print_exception(exc);
  py_xdecref(exc);
}

uint64_t py_thread_start(py_object *func, py_object *args) {
  py_thread *t = py_mem_alloc(sizeof *t);
  if (!t) {
    py_raise_nomemory();
    return 0;
  }
  memset(t, 0, sizeof *t);
  if (aio_main_fiber_new(0, thread_entry, t, &t->fiber) != 0) {
    py_mem_free(t, sizeof *t);
    py_raise(&py_exc_RuntimeError, "can't start new thread");
    return 0;
  }
  t->ident = next_ident++;
  t->func = py_newref(func);
  t->args = py_newref(args);
  py_thread *last = &main_thread;
  while (last->next) last = last->next;
  last->next = t;
  ready_push(t);
  return t->ident;
}

uint64_t py_thread_ident(void) { return current->ident; }

int py_thread_count(void) {
  int n = 0;
  for (py_thread *t = &main_thread; t; t = t->next) n++;
  return n;
}

bool py_thread_others(void) { return main_thread.next != NULL; }

bool py_thread_in_fiber(void) { return current != &main_thread; }

/* Runs t (taken from the ready queue) until it blocks or ends. */
static int run_thread(py_thread *t) {
  py_thread *me = current;
  save_state(me);
  load_state(t);
  current = t;
  t->on_stack = true;
  int rc = aio_main_fiber_resume(t->fiber);
  t->on_stack = false;
  save_state(t);
  load_state(me);
  current = me;
  if (rc != 0) free_thread(t); /* it ended (1), or could not be switched to (< 0) */
  if (rc < 0) {
    py_raise_nomemory();
    return -1;
  }
  return 0;
}

/* Blocked threads whose wait is over join the ready queue, by (wake_at, wake_seq). */
static void wake_due(double now) {
  for (;;) {
    py_thread *due = NULL;
    for (py_thread *t = &main_thread; t; t = t->next)
      if (t->state == T_BLOCKED && t->wake_at <= now &&
          (!due || t->wake_at < due->wake_at ||
           (t->wake_at == due->wake_at && t->wake_seq < due->wake_seq)))
        due = t;
    if (!due) return;
    due->woken = false;
    ready_push(due);
  }
}

static double earliest_wake(void) {
  double at = INFINITY;
  for (py_thread *t = &main_thread; t; t = t->next)
    if (t->state == T_BLOCKED && t->wake_at < at) at = t->wake_at;
  return at;
}

/* The first ready thread this one may run: itself, or one that is not on the C stack. */
static py_thread *first_runnable(py_thread *me) {
  for (py_thread *t = ready_head; t; t = t->next_ready)
    if (t == me || !t->on_stack) return t;
  return NULL;
}

/* Gives way until it is me's turn; returns 1 if woken, 0 if its wait timed out. */
static int wait_turn(py_thread *me) {
  for (;;) {
    if (me->state == T_RUNNING) return me->woken ? 1 : 0;
    wake_due(py_clock_monotonic());
    if (me->fiber && py_vm_suspendable()) {
      /* Whoever resumed us picks the next thread; we are resumed on our turn. */
      aio_main_fiber_suspend(me->fiber);
      continue;
    }
    py_thread *t = first_runnable(me);
    if (t) {
      ready_remove(t);
      t->state = T_RUNNING;
      if (t != me && run_thread(t) < 0) return -1;
      continue;
    }
    double at = earliest_wake();
    if (at == INFINITY) {
      /* Every thread waits for another (CPython would hang; we say so), or the only
       * ones ready are below us on the C stack and nothing else will ever happen. */
      ready_remove(me);
      me->state = T_RUNNING;
      py_raise(&py_exc_RuntimeError,
               ready_head ? "a thread cannot give way here: it waits inside a call that "
                            "cannot be suspended"
                          : "deadlock: every thread waits and no timer is pending");
      return -1;
    }
    /* When the only threads ready are below us on the C stack (we are pinned: see the
     * file's comment), time moves on without them: they run late, the one deviation
     * from the rule, and only where Asyncify limits suspension. */
    double now = py_clock_monotonic();
    if (py_clock_is_virtual()) py_clock_set_virtual(at);
    else if (at > now) py_clock_sleep(at - now);
  }
}

/* Blocks the running thread until `at` on the clock (INFINITY: until woken). */
static int block_until(double at) {
  py_thread *me = current;
  if (!py_thread_others()) {
    /* Nobody else could wake us: a plain wait, or a wait that never ends. */
    if (at == INFINITY) {
      py_raise(&py_exc_RuntimeError, "deadlock: the only thread waits forever");
      return -1;
    }
    double now = py_clock_monotonic();
    if (py_clock_is_virtual()) py_clock_set_virtual(at);
    else if (at > now) py_clock_sleep(at - now);
    return 0;
  }
  me->state = T_BLOCKED;
  me->woken = false;
  me->wake_at = at;
  me->wake_seq = next_wait_seq++;
  return wait_turn(me);
}

int py_thread_block(double timeout) {
  return block_until(timeout < 0 ? INFINITY : py_clock_monotonic() + timeout);
}

void py_thread_wake(uint64_t ident) {
  py_thread *t = find(ident);
  if (!t || t->state != T_BLOCKED) return;
  t->woken = true;
  ready_push(t);
}

int py_thread_loop_idle(double until) {
  py_thread *me = current;
  loop_waiter = me;
  int rc = block_until(until < 0 ? INFINITY : until);
  if (loop_waiter == me) loop_waiter = NULL;
  return rc;
}

void py_thread_loop_notify(void) {
  if (loop_waiter && loop_waiter != current) py_thread_wake(loop_waiter->ident);
}

/* Called when the main module has ended: threading waits for the threads that are not
 * daemons (threading._shutdown), as CPython does before its atexit callbacks. */
void py__thread_shutdown(void) {
  py_object *m = py_dict_get_str(py_sys_modules(), "threading");
  if (!m || !py_thread_others() || py_stop_reason()) return;
  py_object *fn = py_getattr_str(m, "_shutdown");
  py_object *r = fn ? py_call0(fn) : NULL;
  py_xdecref(fn);
  if (r) {
    py_decref(r);
    return;
  }
  py_object *exc = py_err_fetch();
  if (exc) py_print_exception(exc);
  py_xdecref(exc);
}

void py_thread_fini(void) {
  /* Daemon threads still blocked are dropped without running again, as CPython
   * abandons them at exit; what their frames hold is not reclaimed. */
  while (main_thread.next) {
    py_thread *t = main_thread.next;
    t->func = t->args = NULL; /* their frames may still use them */
    free_thread(t);
  }
  ready_head = ready_tail = NULL;
  loop_waiter = NULL;
  current = &main_thread;
  main_thread.state = T_RUNNING;
}
