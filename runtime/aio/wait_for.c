/* runtime/aio/wait_for.c — asyncio.wait_for as in 3.11 (the old implementation: a
 * waiter future, call_later(timeout, _release_waiter), then _cancel_and_wait). */
#include "aio/internal.h"
#include "aio/combinators.h"

/* futures._release_waiter as a done callback: the registration holds the waiter. */
static void release_waiter_cb(aio_future *f, void *arg) {
  (void)f;
  aio_future *waiter = arg;
  if (!aio_future_done(waiter)) aio_future_set_result(waiter, NULL);
  aio_future_release(waiter);
}
static void release_waiter_timer(aio_loop *loop, void *arg) {
  (void)loop;
  aio_future *waiter = arg;
  if (!aio_future_done(waiter)) aio_future_set_result(waiter, NULL);
}

static int add_release(aio_future *fut, aio_future *waiter) {
  if (aio_future_add_done_callback(fut, release_waiter_cb, waiter) != 0) return AIO_E_NOMEM;
  aio_future_retain(waiter);
  return 0;
}
static void remove_release(aio_future *fut, aio_future *waiter) {
  size_t removed = aio_future_remove_done_callback(fut, release_waiter_cb, waiter);
  while (removed--) aio_future_release(waiter);
}

/* tasks._cancel_and_wait: cancel fut and wait until it completes. */
static int cancel_and_wait(aio_loop *loop, aio_future *fut, void **out) {
  aio_future *waiter = aio_future_new(loop);
  if (!waiter) return AIO_E_NOMEM;
  int rc = add_release(fut, waiter);
  if (rc == 0) {
    aio_future_cancel(fut, NULL);
    rc = aio_await(waiter, out);
    if (rc == AIO_OK) {
      aio__release(loop, *out);
      *out = NULL;
    }
    remove_release(fut, waiter);
  }
  aio_future_release(waiter);
  return rc;
}

/* fut.result(), with CancelledError turned into TimeoutError. */
static int result_or_timeout(aio_loop *loop, aio_future *fut, void **out) {
  int rc = aio_future_result(fut, out);
  if (rc == AIO_RAISED && aio_is_cancelled_error(loop, *out)) {
    aio__release(loop, *out);
    *out = loop->ops.make_timeout_error(loop->ops.ctx);
    if (!*out) return AIO_E_NOMEM;
  }
  return rc;
}

int aio_wait_for(aio_loop *loop, aio_future *fut, double timeout, void **out) {
  *out = NULL;
  if (!loop->current) return AIO_E_NOT_IN_TASK;
  if (timeout < 0) return aio_await(fut, out);
  if (timeout == 0) {
    if (aio_future_done(fut)) return aio_future_result(fut, out);
    int rc = cancel_and_wait(loop, fut, out);
    if (rc != AIO_OK) return rc;
    return result_or_timeout(loop, fut, out);
  }
  aio_future *waiter = aio_future_new(loop);
  if (!waiter) return AIO_E_NOMEM;
  aio_future_set_label(waiter, "wait_for");
  aio_handle *th = aio_loop_call_later(loop, timeout, release_waiter_timer, waiter);
  int rc;
  if (!th || add_release(fut, waiter) != 0) {
    if (th) aio_handle_cancel(th);
    aio_future_release(waiter);
    return AIO_E_NOMEM;
  }
  aio_handle_retain(th);
  void *err = NULL;
  rc = aio_await(waiter, &err);
  if (rc == AIO_RAISED) {
    /* The caller was cancelled while waiting. */
    if (aio_future_done(fut)) {
      aio__release(loop, err);
      rc = aio_future_result(fut, out);
    } else {
      remove_release(fut, waiter);
      int rc2 = cancel_and_wait(loop, fut, out);
      if (rc2 != AIO_OK) {
        aio__release(loop, err);
        rc = rc2;
      } else {
        *out = err;
      }
    }
  } else if (rc == AIO_OK) {
    aio__release(loop, err);
    if (aio_future_done(fut)) {
      rc = aio_future_result(fut, out);
    } else {
      remove_release(fut, waiter);
      rc = cancel_and_wait(loop, fut, out);
      if (rc == AIO_OK) rc = result_or_timeout(loop, fut, out);
    }
  }
  aio_handle_cancel(th);
  aio_handle_release(th);
  remove_release(fut, waiter);
  aio_future_release(waiter);
  return rc;
}
