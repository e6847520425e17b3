/* runtime/aio/waitq.c — the waiter queues of the sync primitives: FIFO lists of
 * waiter futures (CPython's collections.deque of futures) with O(1) removal, so that
 * 100,000 tasks leaving one Event stay linear. */
#include "aio/internal.h"

static void waiter_finalize(aio_future *f) {
  aio__waiter *w = (aio__waiter *)f;
  if (w->q) aio__waitq_remove(w->q, w);
}

aio__waiter *aio__waitq_push(aio_loop *loop, aio__waitq *q, const char *label) {
  aio__waiter *w = (aio__waiter *)aio__future_alloc(loop, sizeof(aio__waiter));
  if (!w) return NULL;
  w->fut.finalize = waiter_finalize;
  if (label && loop->trace) aio_future_set_label(&w->fut, label);
  w->q = q;
  w->prev = q->tail;
  if (q->tail) q->tail->next = w;
  else q->head = w;
  q->tail = w;
  q->n++;
  return w;
}

void aio__waitq_remove(aio__waitq *q, aio__waiter *w) {
  if (w->q != q) return;
  if (w->prev) w->prev->next = w->next;
  else q->head = w->next;
  if (w->next) w->next->prev = w->prev;
  else q->tail = w->prev;
  w->prev = w->next = NULL;
  w->q = NULL;
  q->n--;
}

void aio__waitq_clear(aio__waitq *q) {
  while (q->head) aio__waitq_remove(q, q->head);
}

int aio__waitq_wait(aio_loop *loop, aio__waitq *q, const char *label, aio__waiter **wp, void **out) {
  aio__waiter *w = aio__waitq_push(loop, q, label);
  if (!w) return AIO_E_NOMEM;
  int rc = aio_await(&w->fut, out);
  aio__waitq_remove(q, w); /* finally: self._waiters.remove(fut) */
  if (wp) *wp = w;
  else aio_future_release(&w->fut);
  return rc;
}
