/* runtime/py/asyncio_types.h — asyncio's Future and Task as builtin types of the
 * `_asyncio` module (CPython's design: Lib/asyncio picks up the C classes).
 *
 * A Future keeps its state in the struct (its __dict__ is only made when a program
 * sets an attribute of its own, as with CPython's), its first done callback in two fields and any further ones in a list.
 * A Task extends the Future with its coroutine, context and the state of Task.__step,
 * which runs in C (asyncio_task.c) with the same scheduling as CPython 3.11's. */
#ifndef TASKSCOPE_PY_ASYNCIO_TYPES_H
#define TASKSCOPE_PY_ASYNCIO_TYPES_H
#include <stdbool.h>
#include <stdint.h>

#include "py/object.h"

enum { PY_FUT_PENDING, PY_FUT_CANCELLED, PY_FUT_FINISHED };

/* What only a failed or cancelled future needs, apart: every pending task is two
 * futures (the Task and the future it waits on), 100,000 of them in the memory workload. */
typedef struct py__asyncio_future_rare {
  py_object *exception_tb;
  py_object *cancel_message;
  py_object *cancelled_exc;
} py__asyncio_future_rare;

typedef struct py_asyncio_future {
  PY_HEAD;
  py_object *loop;
  py_object *callback0, *context0; /* the first done callback and its context */
  py_object *callbacks;            /* list of (fn, context) tuples after it, or NULL */
  py_object *result;
  py_object *exception;
  py__asyncio_future_rare *rare;   /* made on first use (py__asyncio_future_rare_of), or NULL */
  py_object *dict; /* __dict__, made on the first attribute set (as CPython's) */
  uint8_t state;
  bool blocking;      /* _asyncio_future_blocking */
  bool log_traceback; /* an exception was set and nobody asked for it yet */
  bool callback0_wakeup; /* callback0 is a task waiting on this future, standing for its
                            wakeup method, made only when a program looks at the
                            callbacks (every pending task would hold one otherwise) */
} py_asyncio_future;

typedef struct py_asyncio_task {
  py_asyncio_future fut;
  py_object *coro;
  py_object *context;
  py_object *name;       /* NULL while the name is still "Task-<number>" */
  py_object *fut_waiter;
  struct py_asyncio_task *prev, *next; /* the pending tasks, in creation order */
  int64_t number;        /* N of the default name Task-N */
  int64_t trace_id;      /* the task's id in the trace, 0 when not traced */
  int num_cancels_requested;
  bool must_cancel;
  bool log_destroy_pending;
  bool registered; /* in the pending list (which holds a reference) */
} py_asyncio_task;

extern py_type py_asyncio_future_type, py_asyncio_futureiter_type, py_asyncio_task_type,
    py_asyncio_stepwrapper_type;

#define PY_ASYNCIO_FUTURE_CHECK(o) \
  (PY_TYPE(o) == &py_asyncio_future_type || py_type_is_subtype(PY_TYPE(o), &py_asyncio_future_type))
#define PY_ASYNCIO_TASK_CHECK(o) \
  (PY_TYPE(o) == &py_asyncio_task_type || py_type_is_subtype(PY_TYPE(o), &py_asyncio_task_type))

/* The future's rare fields, made on first use; NULL with MemoryError set. */
py__asyncio_future_rare *py__asyncio_future_rare_of(py_asyncio_future *f);
/* The message cancel() was given (borrowed), or NULL. */
static inline py_object *py__asyncio_cancel_message(py_asyncio_future *f) {
  return f->rare ? f->rare->cancel_message : NULL;
}

/* Readies the types and adds Future, Task and the task registry functions to the
 * `_asyncio` module m. 0 or -1. */
int py__asyncio_types_init(py_object *m);

/* ---- shared between asyncio_future.c and asyncio_task.c ---- */

/* asyncio.exceptions.CancelledError / InvalidStateError (borrowed), imported on first
 * use; NULL with an error set if the import fails. */
py_object *py__asyncio_cancelled_error(void);
py_object *py__asyncio_invalid_state_error(void);
/* loop.call_soon(fn[, arg], context=ctx): arg and ctx may be NULL. 0 or -1. */
int py__asyncio_call_soon(py_object *loop, py_object *fn, py_object *arg, py_object *ctx);
/* The same straight onto the runtime's ready queue (mod__asyncio.c), when loop is the
 * live BaseEventLoop and its call_soon is not overridden: 1 done, 0 not applicable
 * (use the method), -1 error. */
int py__asyncio_call_soon_fast(py_object *loop, py_object *fn, py_object *arg, py_object *ctx);
/* The same for a task's step (arg: what to throw in, or NULL) without its
 * TaskStepMethWrapper: the ready queue calls py__asyncio_task_step_call. 1, 0 or -1. */
int py__asyncio_call_soon_step(py_object *loop, py_object *task, py_object *arg,
                               py_object *ctx);
/* asyncio_task.c: runs the task's step, as its TaskStepMethWrapper would. */
py_object *py__asyncio_task_step_call(py_object *task, py_object *arg);
/* A TaskStepMethWrapper for the step, made only when an error escaping it is reported
 * (the report names the callback). New, or NULL. */
py_object *py__asyncio_stepwrapper_new(py_object *task, py_object *arg);
/* Future.cancel's body without the Task override: 1 if cancelled, 0 if already done,
 * -1 on error. msg is borrowed (NULL: None). */
int py__asyncio_future_cancel(py_asyncio_future *f, py_object *msg);
/* Future.set_result / set_exception bodies (value borrowed). 0 or -1. */
int py__asyncio_future_set_result(py_asyncio_future *f, py_object *value);
int py__asyncio_future_set_exception(py_asyncio_future *f, py_object *exc);
/* contextvars.copy_context() (new reference). */
py_object *py__asyncio_copy_context(void);
/* mod__asyncio.c: the same without Python frames once the loop hooks are set; NULL with
 * no error set where it does not apply. */
py_object *py__asyncio_copy_context_fast(void);

/* Drop what one run cached (interp.c's py_fini, through py__asyncio_fini). */
void py__asyncio_future_fini(void);
void py__asyncio_task_fini(void);
/* Sets the loop of a new future: loop, or events.get_event_loop() when NULL/None. */
int py__asyncio_future_set_loop(py_asyncio_future *f, py_object *loop);
/* Adds a done callback (borrowed fn and ctx) without going through the method. */
int py__asyncio_future_add_callback(py_asyncio_future *f, py_object *fn, py_object *ctx);
/* Adds the wakeup of task (borrowed, a Task) as a done callback in context ctx, without
 * making the method object while it is the first callback. 0 or -1. */
int py__asyncio_future_add_wakeup(py_asyncio_future *f, py_object *task, py_object *ctx);
/* asyncio_task.c: the bound method task._wakeup-as-callback ("Task.task_wakeup"). New. */
py_object *py__asyncio_task_wakeup_method(py_object *task);
/* What a task's wakeup throws into its step for future fut: NULL when fut.result()
 * returns, else the exception it raised (new). Never suspends. */
py_object *py__asyncio_wakeup_error(py_object *fut);
/* mod__asyncio.c: schedules task's wakeup for fut straight onto the ready queue, as
 * py__asyncio_call_soon_fast does for a callback. 1, 0 (not applicable) or -1. */
int py__asyncio_call_soon_wakeup(py_object *loop, py_object *task, py_object *fut,
                                 py_object *ctx);
/* future.result() of a C future: new reference, or NULL with the error set. */
py_object *py__asyncio_future_result(py_asyncio_future *f);
/* The CancelledError the future's result() raises (new reference). */
py_object *py__asyncio_make_cancelled_error(py_asyncio_future *f);
/* Releases the future's fields (dealloc of Future and Task). */
void py__asyncio_future_clear(py_asyncio_future *f);
/* Reports "<name> exception was never retrieved" if due (from dealloc; the object is
 * alive while it runs). */
void py__asyncio_future_finalize(py_asyncio_future *f);
/* mod__asyncio.c: the live loop while it is in debug mode, else NULL (borrowed). */
extern py_object *py__asyncio_debug_loop;
/* Debug mode: records where the future or task self was made in its _source_traceback
 * (the running Python code; for a task, the caller of loop.create_task). 0 or -1.
 * Call it only when the object's loop is py__asyncio_debug_loop. */
int py__asyncio_record_creation(py_object *self, bool skip_create_task);
/* The future an `await future` iterator waits on (borrowed; NULL once it finished). */
py_object *py__asyncio_futureiter_future(py_object *it);
/* asyncio_task_gc.c: true if the pending task t is referenced only from the cycle of
 * its own suspended coroutines and the future they await (whose done callback `wakeup`
 * is the task's): the garbage CPython's collector would find. */
bool py__asyncio_task_unreachable(py_asyncio_task *t, const py_method_def *wakeup);
/* At the end of a run, before the modules go: reports the pending tasks CPython's exit
 * would destroy ("Task was destroyed but it is pending!"), in CPython's order. */
void py__asyncio_task_report_at_exit(void);
/* The hooks set from Python (futures.py/tasks.py): repr pieces and trace events. */
extern py_object *py__asyncio_future_repr_info, *py__asyncio_task_repr_info,
    *py__asyncio_task_get_stack, *py__asyncio_task_print_stack;
extern py_object *py__asyncio_trace_created, *py__asyncio_trace_cancel,
    *py__asyncio_trace_step_end;
#endif
