/* runtime/aio/timeout.c — asyncio.timeout / timeout_at (3.11 timeouts.py): a deadline
 * that cancels the task, turned back into TimeoutError on the way out of the scope
 * only when no other cancellation was requested meanwhile. */
#include "aio/internal.h"
#include "aio/combinators.h"

enum { TM_ENTERED, TM_EXPIRING, TM_EXPIRED, TM_EXITED };

struct aio_timeout {
  aio_future base;           /* a future header: the loop frees a scope left open when
                                its task is dropped at teardown */
  aio_loop *loop;
  aio_task *task;            /* retained */
  aio_handle *handler;       /* retained, or NULL */
  double when;               /* < 0: none */
  int cancelling;            /* task.cancelling() on entry */
  int state;
};

static void on_timeout(aio_loop *loop, void *arg) {
  (void)loop;
  aio_timeout *tm = arg;
  aio_task_cancel(tm->task, NULL);
  tm->state = TM_EXPIRING;
  if (tm->handler) aio_handle_release(tm->handler);
  tm->handler = NULL;
}

int aio_timeout_reschedule(aio_timeout *tm, double when) {
  if (tm->state != TM_ENTERED) return AIO_E_INVALID_STATE;
  tm->when = when;
  if (tm->handler) {
    aio_handle_cancel(tm->handler);
    aio_handle_release(tm->handler);
    tm->handler = NULL;
  }
  if (when < 0) return 0;
  aio_loop *loop = tm->loop;
  aio_handle *h = when <= aio_loop_time(loop) ? aio_loop_call_soon(loop, on_timeout, tm)
                                              : aio_loop_call_at(loop, when, on_timeout, tm);
  if (!h) return AIO_E_NOMEM;
  aio_handle_retain(h);
  tm->handler = h;
  return 0;
}

static void tm_finalize(aio_future *f) {
  aio_timeout *tm = (aio_timeout *)f;
  if (tm->handler) {
    aio_handle_cancel(tm->handler);
    aio_handle_release(tm->handler);
    tm->handler = NULL;
  }
  aio_task_release(tm->task);
}

aio_timeout *aio_timeout_enter(aio_loop *loop, double when) {
  if (!loop->current) return NULL;
  aio_timeout *tm = (aio_timeout *)aio__future_alloc(loop, sizeof *tm);
  if (!tm) return NULL;
  tm->base.finalize = tm_finalize;
  tm->loop = loop;
  tm->state = TM_ENTERED;
  tm->task = loop->current;
  aio_task_retain(tm->task);
  tm->cancelling = aio_task_cancelling(tm->task);
  if (aio_timeout_reschedule(tm, when) != 0) {
    aio_future_release(&tm->base);
    return NULL;
  }
  return tm;
}

double aio_timeout_when(const aio_timeout *tm) { return tm->when; }
int aio_timeout_expired(const aio_timeout *tm) {
  return tm->state == TM_EXPIRING || tm->state == TM_EXPIRED;
}

int aio_timeout_exit(aio_timeout *tm, int status, void **err) {
  aio_loop *loop = tm->loop;
  if (tm->handler) {
    aio_handle_cancel(tm->handler);
    aio_handle_release(tm->handler);
    tm->handler = NULL;
  }
  if (tm->state == TM_EXPIRING) {
    tm->state = TM_EXPIRED;
    if (aio_task_uncancel(tm->task) <= tm->cancelling && status == AIO_RAISED &&
        aio_is_cancelled_error(loop, *err)) {
      aio__release(loop, *err);
      *err = loop->ops.make_timeout_error(loop->ops.ctx);
      if (!*err) status = AIO_E_NOMEM;
    }
  } else if (tm->state == TM_ENTERED) {
    tm->state = TM_EXITED;
  }
  aio_future_release(&tm->base); /* finalize releases the task */
  return status;
}
