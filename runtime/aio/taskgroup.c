/* runtime/aio/taskgroup.c — asyncio.TaskGroup as in 3.11 (taskgroups.py): the first
 * failing child cancels its siblings (_abort) and the parent task; __aexit__ waits for
 * every child and raises the collected errors as one group. CPython keeps the children
 * in a set; we keep insertion order (so _abort cancels in creation order). The group
 * is reference counted through a future header, because the children's done callbacks
 * may outlive __aexit__ only if the loop is torn down. */
#include "aio/internal.h"
#include "aio/combinators.h"

struct aio_taskgroup {
  aio_future base;           /* used only for its reference count */
  aio_task *parent;          /* retained */
  aio_task **tasks;          /* unfinished children (retained), creation order */
  size_t ntasks, captasks;
  void **errors;             /* owned */
  size_t nerrors, caperrors;
  aio_future *on_completed;  /* retained, or NULL */
  int exiting, aborting, parent_cancel_requested;
};

static void tg_finalize(aio_future *f) {
  aio_taskgroup *tg = (aio_taskgroup *)f;
  aio_loop *loop = f->loop;
  for (size_t i = 0; i < tg->ntasks; i++) aio_task_release(tg->tasks[i]);
  aio__free(loop, tg->tasks, tg->captasks * sizeof *tg->tasks);
  for (size_t i = 0; i < tg->nerrors; i++) aio__release(loop, tg->errors[i]);
  aio__free(loop, tg->errors, tg->caperrors * sizeof *tg->errors);
  aio_future_release(tg->on_completed);
  aio_task_release(tg->parent);
}

static int push(aio_loop *loop, void ***arr, size_t *n, size_t *cap, void *v) {
  if (*n == *cap) {
    size_t ncap = *cap ? *cap * 2 : 4;
    void **a = aio__alloc(loop, ncap * sizeof *a);
    if (!a) return AIO_E_NOMEM;
    for (size_t i = 0; i < *n; i++) a[i] = (*arr)[i];
    aio__free(loop, *arr, *cap * sizeof *a);
    *arr = a;
    *cap = ncap;
  }
  (*arr)[(*n)++] = v;
  return 0;
}

static void tg_abort(aio_taskgroup *tg) {
  tg->aborting = 1;
  for (size_t i = 0; i < tg->ntasks; i++)
    if (!aio_future_done(aio_task_future(tg->tasks[i]))) aio_task_cancel(tg->tasks[i], NULL);
}

static void on_task_done(aio_future *f, void *arg) {
  aio_taskgroup *tg = arg;
  aio_loop *loop = f->loop;
  for (size_t i = 0; i < tg->ntasks; i++) {
    if (aio_task_future(tg->tasks[i]) != f) continue;
    for (size_t j = i + 1; j < tg->ntasks; j++) tg->tasks[j - 1] = tg->tasks[j];
    tg->ntasks--;
    aio_future_release(f);
    break;
  }
  if (tg->on_completed && tg->ntasks == 0 && !aio_future_done(tg->on_completed))
    aio_future_set_result(tg->on_completed, NULL);
  if (!aio_future_cancelled(f) && f->exception) {
    if (push(loop, &tg->errors, &tg->nerrors, &tg->caperrors, f->exception) != 0) {
      aio__set_error(loop, AIO_E_NOMEM);
    } else {
      aio__retain(loop, f->exception);
    }
    if (!aio_future_done(aio_task_future(tg->parent)) && !tg->aborting &&
        !tg->parent_cancel_requested) {
      tg_abort(tg);
      tg->parent_cancel_requested = 1;
      aio_task_cancel(tg->parent, NULL);
    }
  }
  aio_future_release(&tg->base);
}

aio_taskgroup *aio_taskgroup_enter(aio_loop *loop) {
  if (!loop->current) return NULL;
  aio_taskgroup *tg = (aio_taskgroup *)aio__future_alloc(loop, sizeof(aio_taskgroup));
  if (!tg) return NULL;
  tg->base.finalize = tg_finalize;
  tg->parent = loop->current;
  aio_task_retain(tg->parent);
  return tg;
}

int aio_taskgroup_create_task(aio_taskgroup *tg, aio_task_fn fn, void *arg, const char *name,
                              aio_task **out) {
  aio_loop *loop = tg->base.loop;
  *out = NULL;
  if ((tg->exiting && tg->ntasks == 0) || tg->aborting) return AIO_E_INVAL;
  /* loop.create_task(coro) then set_name: a Task-N number is consumed either way. */
  aio_task *t;
  int rc = aio_task_new(loop, fn, arg, NULL, &t);
  if (rc != 0) return rc;
  if (name && (rc = aio_task_set_name(t, name)) != 0) goto fail;
  if ((rc = aio_future_add_done_callback(aio_task_future(t), on_task_done, tg)) != 0) goto fail;
  if ((rc = push(loop, (void ***)&tg->tasks, &tg->ntasks, &tg->captasks, t)) != 0) {
    aio_future_remove_done_callback(aio_task_future(t), on_task_done, tg);
    goto fail;
  }
  aio_future_retain(&tg->base);
  aio_task_retain(t);
  *out = t;
  return 0;
fail:
  aio_task_cancel(t, NULL);
  aio_task_release(t);
  return rc;
}

int aio_taskgroup_exit(aio_taskgroup *tg, int status, void **err) {
  aio_loop *loop = tg->base.loop;
  void *exc = status == AIO_RAISED ? *err : NULL; /* owned */
  void *propagate = NULL;                         /* owned */
  int rc = AIO_OK;
  *err = NULL;
  tg->exiting = 1;
  if (exc) {
    if (aio_is_cancelled_error(loop, exc)) {
      if (tg->parent_cancel_requested && !aio_task_uncancel(tg->parent)) {
        /* Our own cancellation of the parent: swallow it. */
      } else {
        propagate = exc;
        aio__retain(loop, exc);
      }
    }
    if (!tg->aborting) tg_abort(tg);
  }
  while (tg->ntasks > 0) {
    if (!tg->on_completed && !(tg->on_completed = aio_future_new(loop))) {
      rc = AIO_E_NOMEM;
      break;
    }
    void *r = NULL;
    int st = aio_await(tg->on_completed, &r);
    if (st == AIO_RAISED) {
      if (!tg->aborting) {
        aio__release(loop, propagate);
        propagate = r;
        tg_abort(tg);
      } else {
        aio__release(loop, r);
      }
    } else if (st == AIO_OK) {
      aio__release(loop, r);
    } else {
      rc = st;
      break;
    }
    aio_future_release(tg->on_completed);
    tg->on_completed = NULL;
  }
  if (rc == AIO_OK && propagate) {
    *err = propagate;
    propagate = NULL;
    rc = AIO_RAISED;
  } else if (rc == AIO_OK) {
    if (exc && !aio_is_cancelled_error(loop, exc)) {
      if (push(loop, &tg->errors, &tg->nerrors, &tg->caperrors, exc) == 0) exc = NULL;
      else rc = AIO_E_NOMEM;
    }
    if (rc == AIO_OK && tg->nerrors > 0) {
      *err = loop->ops.make_error_group(loop->ops.ctx, "unhandled errors in a TaskGroup",
                                        tg->errors, tg->nerrors);
      rc = *err ? AIO_RAISED : AIO_E_NOMEM;
    }
  }
  aio__release(loop, exc);
  aio__release(loop, propagate);
  aio_future_release(&tg->base);
  return rc;
}
