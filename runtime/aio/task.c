/* runtime/aio/task.c — tasks (Lib/asyncio/tasks.py: Task.__step and Task.__wakeup).
 *
 * A task's body runs on the shared stack through the switch backend. Everything that
 * CPython does in __step around coro.send()/coro.throw() happens here on the loop's
 * side, after the body has suspended: registering the wake-up on the awaited future,
 * rescheduling after a bare yield, and turning the body's outcome into the task's. */
#include "aio/internal.h"
#include <stdio.h>
#include <string.h>

static uint64_t task_counter;
uint64_t aio_task_counter_next(void) { return ++task_counter; }
void aio_task_counter_reset(void) { task_counter = 0; }

static void task_step(aio_task *t, void *exc);

static void step_cb(aio_loop *loop, void *arg) {
  (void)loop;
  task_step(arg, NULL);
}

/* Task.__wakeup: the awaited future is done; resume with its error, if any. */
static void wakeup_cb(aio_future *f, void *arg) {
  void *exc = NULL;
  if (f->state == FUT_CANCELLED || f->exception) {
    if (aio_future_result(f, &exc) == AIO_E_NOMEM) aio__set_error(f->loop, AIO_E_NOMEM);
  }
  task_step(arg, exc);
}

static void fiber_entry(void *arg) {
  aio_task *t = arg;
  void *out = NULL;
  t->outcome_status = t->fn(t, t->arg, &out);
  t->outcome = out;
}

static void unlink_task(aio_loop *loop, aio_task *t) {
  if (t->tprev) t->tprev->tnext = t->tnext;
  else loop->tasks_head = t->tnext;
  if (t->tnext) t->tnext->tprev = t->tprev;
  else loop->tasks_tail = t->tprev;
  t->tprev = t->tnext = NULL;
}

/* Drops the loop's reference once the task is done (may free the task). */
static void drop_loop_ref(aio_task *t) {
  if (!t->loop_ref) return;
  t->loop_ref = 0;
  aio_future_release(&t->fut);
}

/* The body returned: StopIteration / CancelledError / any other error in __step. */
static void finish(aio_loop *loop, aio_task *t) {
  void *out = t->outcome;
  int status = t->outcome_status;
  t->outcome = NULL;
  aio__fiber_drop(&loop->stack, &t->fiber);
  int kind;
  if (status == AIO_OK) {
    if (t->must_cancel) {
      /* Cancelled right before the body returned. */
      t->must_cancel = 0;
      aio__release(loop, out);
      aio__future_cancel_base(&t->fut, t->fut.cancel_msg);
      kind = AIO_TRACE_TASK_CANCELLED;
    } else {
      aio__future_set_result_steal(&t->fut, out);
      kind = AIO_TRACE_TASK_DONE;
    }
  } else if (status == AIO_RAISED && aio_is_cancelled_error(loop, out)) {
    t->fut.cancelled_exc = out;
    aio__future_cancel_base(&t->fut, NULL);
    kind = AIO_TRACE_TASK_CANCELLED;
  } else {
    if (status != AIO_RAISED) {
      /* A body returning a runtime error code: report it as an error value. */
      aio__release(loop, out);
      out = loop->ops.make_invalid_state_error(loop->ops.ctx, aio_strerror(status));
      if (!out) aio__set_error(loop, AIO_E_NOMEM);
    }
    aio__future_set_exception_steal(&t->fut, out);
    kind = AIO_TRACE_TASK_FAILED;
  }
  unlink_task(loop, t);
  aio__trace(loop, kind, t, NULL, 0);
  drop_loop_ref(t);
}

static void task_step(aio_task *t, void *exc) {
  aio_loop *loop = t->fut.loop;
  if (t->fut.state != FUT_PENDING) {
    aio__release(loop, exc);
    return;
  }
  if (t->must_cancel) {
    if (!exc || !aio_is_cancelled_error(loop, exc)) {
      aio__release(loop, exc);
      exc = aio__future_make_cancelled_error(&t->fut);
      if (!exc) aio__set_error(loop, AIO_E_NOMEM);
    }
    t->must_cancel = 0;
  }
  aio_future_release(t->fut_waiter);
  t->fut_waiter = NULL;
  if (exc && !t->fiber.started) {
    /* coro.throw() into a coroutine that never ran raises at once: the body never
     * starts. */
    t->outcome_status = AIO_RAISED;
    t->outcome = exc;
    aio__trace(loop, AIO_TRACE_STEP_BEGIN, t, NULL, 0);
    aio__trace(loop, AIO_TRACE_STEP_END, t, NULL, 0);
    finish(loop, t);
    return;
  }
  t->resume_exc = exc;
  t->yield_kind = YIELD_NONE;
  aio_future_retain(&t->fut); /* the task must outlive its own step */
  loop->current = t;
  loop->steps++;
  aio__trace(loop, AIO_TRACE_STEP_BEGIN, t, NULL, 0);
  int rc = aio__fiber_run(&loop->stack, &t->fiber);
  loop->current = NULL;
  if (rc != 0) {
    aio__set_error(loop, rc);
    aio__release(loop, t->resume_exc);
    t->resume_exc = NULL;
  } else if (t->fiber.finished) {
    aio__trace(loop, AIO_TRACE_STEP_END, t, NULL, 0);
    finish(loop, t);
  } else if (t->yield_kind == YIELD_AWAIT) {
    aio_future *f = t->yield_fut;
    t->yield_fut = NULL;
    if (aio_future_add_done_callback(f, wakeup_cb, t) != 0) aio__set_error(loop, AIO_E_NOMEM);
    t->fut_waiter = f;
    aio__trace(loop, AIO_TRACE_STEP_END, t, f, 0);
    if (t->must_cancel && aio_future_cancel(f, t->fut.cancel_msg)) t->must_cancel = 0;
  } else {
    /* A bare yield relinquishes control for one iteration. */
    aio__trace(loop, AIO_TRACE_STEP_END, t, NULL, 0);
    if (!aio_loop_call_soon(loop, step_cb, t)) aio__set_error(loop, AIO_E_NOMEM);
  }
  aio_future_release(&t->fut);
}

/* Task.cancel(msg). */
static int task_cancel(aio_future *f, const char *msg) {
  aio_task *t = (aio_task *)f;
  if (f->state != FUT_PENDING) return 0;
  t->num_cancels_requested++;
  aio_loop *loop = f->loop;
  aio__trace(loop, AIO_TRACE_CANCEL_REQUESTED, t, NULL, 0);
  /* A waited-on task may swallow the cancellation, so fut_waiter stays set. */
  if (t->fut_waiter && aio_future_cancel(t->fut_waiter, msg)) return 1;
  t->must_cancel = 1;
  /* msg may be this task's own message, coming back through a cycle of waits (the task
   * passes it on when it cancels what it awaits, and a gather of itself calls back
   * here): replacing it would free the string the callers up the chain still read.
   * Found by tests/fuzz/fuzz_aio (tests/robustness/crashes/aio-cancel-msg-uaf.bin). */
  if (msg == f->cancel_msg) return 1;
  char *copy = msg ? aio__strdup(loop, msg) : NULL;
  if (msg && !copy) aio__set_error(loop, AIO_E_NOMEM);
  aio__strfree(loop, f->cancel_msg);
  f->cancel_msg = copy;
  return 1;
}

static void task_finalize(aio_future *f) {
  aio_task *t = (aio_task *)f;
  aio_loop *loop = f->loop;
  aio__strfree(loop, t->name);
  t->name = NULL;
  aio__release(loop, t->outcome);
  aio__release(loop, t->resume_exc);
  t->outcome = t->resume_exc = NULL;
  aio_future_release(t->fut_waiter);
  aio_future_release(t->yield_fut);
  t->fut_waiter = t->yield_fut = NULL;
  aio__fiber_drop(&loop->stack, &t->fiber);
  if (t->tprev || t->tnext || loop->tasks_head == t) unlink_task(loop, t);
}

int aio_task_new(aio_loop *loop, aio_task_fn fn, void *arg, const char *name, aio_task **out) {
  aio_task *t = (aio_task *)aio__future_alloc(loop, sizeof(aio_task));
  if (!t) return AIO_E_NOMEM;
  t->fut.is_task = 1;
  t->fut.cancel = task_cancel;
  t->fut.finalize = task_finalize;
  t->fn = fn;
  t->arg = arg;
  t->fiber.entry = fiber_entry;
  t->fiber.arg = t;
  if (name) {
    t->name = aio__strdup(loop, name);
  } else {
    char buf[32];
    snprintf(buf, sizeof buf, "Task-%llu", (unsigned long long)aio_task_counter_next());
    t->name = aio__strdup(loop, buf);
  }
  if (!t->name || !aio_loop_call_soon(loop, step_cb, t)) {
    aio_future_release(&t->fut);
    return AIO_E_NOMEM;
  }
  t->parent = loop->current;
  t->parent_id = loop->current ? loop->current->fut.id : 0;
  t->tprev = loop->tasks_tail;
  if (loop->tasks_tail) loop->tasks_tail->tnext = t;
  else loop->tasks_head = t;
  loop->tasks_tail = t;
  t->loop_ref = 1;
  aio_future_retain(&t->fut);
  aio__trace(loop, AIO_TRACE_TASK_CREATED, t, NULL, 0);
  *out = t;
  return 0;
}

void aio__task_drop_all(aio_loop *loop) {
  while (loop->tasks_head) {
    aio_task *t = loop->tasks_head;
    unlink_task(loop, t);
    aio__fiber_drop(&loop->stack, &t->fiber);
    drop_loop_ref(t);
  }
}

int aio__task_suspend(aio_loop *loop, int kind, aio_future *f, void **err) {
  aio_task *t = loop->current;
  t->yield_kind = (uint8_t)kind;
  if (f) {
    aio_future_retain(f);
    t->yield_fut = f;
  }
  aio__fiber_suspend(&loop->stack);
  void *exc = t->resume_exc;
  t->resume_exc = NULL;
  if (exc) {
    *err = exc;
    return AIO_RAISED;
  }
  return AIO_OK;
}

int aio_await(aio_future *f, void **out) {
  aio_loop *loop = f->loop;
  aio_task *t = loop->current;
  *out = NULL;
  if (!t) return AIO_E_NOT_IN_TASK;
  if (&t->fut == f) return AIO_E_INVAL;
  if (f->state == FUT_PENDING) {
    int rc = aio__task_suspend(loop, YIELD_AWAIT, f, out);
    if (rc != AIO_OK) return rc;
  }
  return aio_future_result(f, out);
}

int aio_yield(aio_loop *loop, void **err) {
  *err = NULL;
  if (!loop->current) return AIO_E_NOT_IN_TASK;
  return aio__task_suspend(loop, YIELD_BARE, NULL, err);
}

aio_future *aio_task_future(aio_task *t) { return &t->fut; }
aio_task *aio_task_of(aio_future *f) { return f && f->is_task ? (aio_task *)f : NULL; }
void aio_task_retain(aio_task *t) { aio_future_retain(&t->fut); }
void aio_task_release(aio_task *t) { aio_future_release(&t->fut); }
int aio_task_cancel(aio_task *t, const char *msg) { return task_cancel(&t->fut, msg); }
int aio_task_cancelling(const aio_task *t) { return t->num_cancels_requested; }
int aio_task_uncancel(aio_task *t) {
  if (t->num_cancels_requested > 0) t->num_cancels_requested--;
  return t->num_cancels_requested;
}
const char *aio_task_name(const aio_task *t) { return t->name; }
int aio_task_set_name(aio_task *t, const char *name) {
  char *copy = aio__strdup(t->fut.loop, name);
  if (!copy) return AIO_E_NOMEM;
  aio__strfree(t->fut.loop, t->name);
  t->name = copy;
  return 0;
}
aio_task *aio_task_parent(const aio_task *t) { return t->parent; }
aio_future *aio_task_waiting_on(const aio_task *t) { return t->fut_waiter; }
size_t aio_task_saved_bytes(const aio_task *t) { return aio__fiber_saved_bytes(&t->fiber); }
aio_task *aio_current_task(aio_loop *loop) { return loop->current; }

size_t aio_all_tasks(aio_loop *loop, aio_task **out, size_t cap) {
  size_t n = 0;
  for (aio_task *t = loop->tasks_head; t; t = t->tnext, n++)
    if (n < cap) out[n] = t;
  return n;
}
