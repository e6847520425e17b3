/* runtime/aio/wait.c — asyncio.wait (tasks.py _wait): a waiter future released by
 * the futures' done callbacks or by a timeout timer. The callbacks' shared state lives
 * in a reference-counted object on the loop, never on the task's stack: a callback may
 * run while another task's frames occupy the shared stack. */
#include "aio/internal.h"
#include "aio/combinators.h"

typedef struct wait_state {
  aio_future base;           /* used only for its reference count */
  aio_future *waiter;        /* retained */
  aio_handle *timeout_handle;/* retained, or NULL */
  size_t counter;
  int return_when;
} wait_state;

/* futures._release_waiter, as a timer callback (the waiter outlives the timer: the
 * caller cancels the timer before letting the waiter go). */
static void release_waiter_timer(aio_loop *loop, void *arg) {
  (void)loop;
  aio_future *waiter = arg;
  if (!aio_future_done(waiter)) aio_future_set_result(waiter, NULL);
}

static void on_completion(aio_future *f, void *arg) {
  wait_state *st = arg;
  st->counter--;
  if (st->counter == 0 || st->return_when == AIO_FIRST_COMPLETED ||
      (st->return_when == AIO_FIRST_EXCEPTION && !aio_future_cancelled(f) && f->exception)) {
    if (st->timeout_handle) aio_handle_cancel(st->timeout_handle);
    if (!aio_future_done(st->waiter)) aio_future_set_result(st->waiter, NULL);
  }
  aio_future_release(&st->base);
}

static void wait_state_finalize(aio_future *f) {
  wait_state *st = (wait_state *)f;
  aio_future_release(st->waiter);
  if (st->timeout_handle) aio_handle_release(st->timeout_handle);
}

int aio_wait(aio_loop *loop, aio_future *const *futs, size_t n, double timeout,
             int return_when, unsigned char *done_flags, void **out) {
  *out = NULL;
  if (!loop->current) return AIO_E_NOT_IN_TASK;
  if (n == 0 || return_when < 0 || return_when > AIO_FIRST_EXCEPTION) return AIO_E_INVAL;
  wait_state *st = (wait_state *)aio__future_alloc(loop, sizeof(wait_state));
  if (!st) return AIO_E_NOMEM;
  st->base.finalize = wait_state_finalize;
  st->return_when = return_when;
  st->waiter = aio_future_new(loop);
  if (!st->waiter) goto nomem;
  aio_future_set_label(st->waiter, "wait");
  if (timeout >= 0) {
    st->timeout_handle = aio_loop_call_later(loop, timeout, release_waiter_timer, st->waiter);
    if (!st->timeout_handle) goto nomem;
    aio_handle_retain(st->timeout_handle);
  }
  /* fs = set(fs): duplicates count once; we keep insertion order. */
  for (size_t i = 0; i < n; i++) {
    int seen = 0;
    for (size_t j = 0; j < i; j++) seen |= futs[j] == futs[i];
    if (seen) continue;
    if (aio_future_add_done_callback(futs[i], on_completion, st) != 0) goto nomem;
    aio_future_retain(&st->base);
    st->counter++;
  }
  int rc = aio_await(st->waiter, out);
  if (st->timeout_handle) aio_handle_cancel(st->timeout_handle);
  for (size_t i = 0; i < n; i++) {
    size_t removed = aio_future_remove_done_callback(futs[i], on_completion, st);
    while (removed--) aio_future_release(&st->base);
  }
  if (rc == AIO_OK) {
    aio__release(loop, *out);
    *out = NULL;
    if (done_flags)
      for (size_t i = 0; i < n; i++) done_flags[i] = (unsigned char)aio_future_done(futs[i]);
  }
  aio_future_release(&st->base);
  return rc;
nomem:
  if (st->timeout_handle) aio_handle_cancel(st->timeout_handle);
  for (size_t i = 0; i < n; i++) {
    size_t removed = aio_future_remove_done_callback(futs[i], on_completion, st);
    while (removed--) aio_future_release(&st->base);
  }
  aio_future_release(&st->base);
  return AIO_E_NOMEM;
}
