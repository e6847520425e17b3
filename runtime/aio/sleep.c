/* runtime/aio/sleep.c — asyncio.sleep (tasks.py): a bare yield for delay <= 0,
 * otherwise a future completed by a call_later timer, whose handle is cancelled on
 * the way out whatever happened. */
#include "aio/internal.h"
#include "aio/combinators.h"
#include <stdio.h>

/* futures._set_result_unless_cancelled */
static void sleep_done(aio_loop *loop, void *arg) {
  (void)loop;
  aio_future *f = arg;
  if (!aio_future_cancelled(f)) aio_future_set_result(f, NULL);
}

int aio_sleep(aio_loop *loop, double delay, void **out) {
  *out = NULL;
  if (!loop->current) return AIO_E_NOT_IN_TASK;
  if (delay <= 0) return aio_yield(loop, out);
  aio_future *f = aio_future_new(loop);
  if (!f) return AIO_E_NOMEM;
  if (loop->trace) {
    char label[48];
    snprintf(label, sizeof label, "sleep(%g)", delay);
    aio_future_set_label(f, label);
  }
  aio_handle *h = aio_loop_call_later(loop, delay, sleep_done, f);
  if (!h) {
    aio_future_release(f);
    return AIO_E_NOMEM;
  }
  aio_handle_retain(h);
  int rc = aio_await(f, out);
  aio_handle_cancel(h);
  aio_handle_release(h);
  aio_future_release(f);
  return rc;
}
