/* runtime/py/asyncio_task_gc.c — is a pending task garbage?
 *
 * CPython holds pending tasks weakly: a task suspended on a future that nobody else
 * references forms a cycle (task → coroutine → frame → `await fut` → future → its done
 * callback → task) that its cycle collector frees, reporting "Task was destroyed but it
 * is pending!". We have no cycle collector and the registry holds each pending task, so
 * at gc.collect() and at exit (asyncio_task.c) we look for exactly that cycle: every
 * reference to the task, to its coroutines and to the future must come from inside it.
 * The test is conservative — anything it cannot account for (a reference from outside,
 * a cell, an awaitable it does not know) makes the task reachable, so we may miss a
 * report CPython makes, never make one it would not. */
#include "py/asyncio_types.h"
#include "py/code.h"
#include "py/interp.h"
#include "py/objimpl.h"

/* References the locals and value stack of a suspended frame hold to task (counted in
 * *task_refs) and to fut (in *fut_refs; an `await fut` iterator held only here counts
 * as one). Cells and free variables are not looked at. */
static void frame_refs(py_frame *f, py_object *task, py_object *fut, py_ssize *task_refs,
                       py_ssize *fut_refs) {
  py_code *co = f->code;
  py_ssize base = co->nlocals + co->ncells + co->nfrees;
  for (py_ssize i = 0; i < base + f->stackdepth; i++) {
    if (i >= co->nlocals && i < base) continue;
    py_object *o = f->slots[i];
    if (!o) continue;
    if (o == task) (*task_refs)++;
    else if (o == fut) (*fut_refs)++;
    else if (PY_TYPE(o) == &py_asyncio_futureiter_type && o->refcnt == 1 &&
             py__asyncio_futureiter_future(o) == fut)
      (*fut_refs)++;
  }
}

/* References the done callbacks of fut hold to task: its wakeups, each held by fut only. */
static py_ssize wakeup_refs(py_asyncio_future *fut, py_object *task,
                            const py_method_def *wakeup) {
  py_ssize n = 0;
  py_object *cb = fut->callback0;
  if (fut->callback0_wakeup && cb == task) n++; /* the wakeup not made into an object */
  else if (cb && PY_TYPE(cb) == &py_cfunction_type && cb->refcnt == 1 &&
      ((py__cfunction_object *)cb)->def == wakeup && ((py__cfunction_object *)cb)->self == task)
    n++;
  if (!fut->callbacks) return n;
  for (py_ssize i = 0; i < PY_LIST_SIZE(fut->callbacks); i++) {
    py_object *pair = PY_LIST_ITEMS(fut->callbacks)[i];
    if (!PY_TUPLE_CHECK(pair) || PY_TUPLE_SIZE(pair) < 1 || pair->refcnt != 1) continue;
    cb = PY_TUPLE_ITEMS(pair)[0];
    if (PY_TYPE(cb) == &py_cfunction_type && cb->refcnt == 1 &&
        ((py__cfunction_object *)cb)->def == wakeup &&
        ((py__cfunction_object *)cb)->self == task)
      n++;
  }
  return n;
}

bool py__asyncio_task_unreachable(py_asyncio_task *t, const py_method_def *wakeup) {
  py_object *task = (py_object *)t;
  py_object *fut = t->fut_waiter;
  if (t->fut.state != PY_FUT_PENDING || !t->registered || !fut || !t->coro) return false;
  if (!PY_ASYNCIO_FUTURE_CHECK(fut) || ((py_asyncio_future *)fut)->state != PY_FUT_PENDING)
    return false;
  py_ssize task_refs = 1 /* the registry */, fut_refs = 1 /* fut_waiter */;
  /* Down the await chain: each coroutine held only by the one awaiting it (the first by
   * the task), until the frame that awaits the future itself. */
  py_object *link = t->coro;
  for (int depth = 0;; depth++) {
    if (depth > 10000 || link->refcnt != 1) return false;
    if (PY_TYPE(link) != &py_coroutine_type && PY_TYPE(link) != &py_generator_type)
      return false;
    py_gen *g = (py_gen *)link;
    if (!g->frame || g->running) return false;
    frame_refs(g->frame, task, fut, &task_refs, &fut_refs);
    py_object *recv;
    if (!py_frame_delegate(g->frame, &recv)) return false;
    if (PY_TYPE(recv) == &py_asyncio_futureiter_type) {
      if (py__asyncio_futureiter_future(recv) != fut) return false;
      break;
    }
    link = recv;
  }
  task_refs += wakeup_refs((py_asyncio_future *)fut, task, wakeup);
  return fut->refcnt == fut_refs && task->refcnt == task_refs;
}
