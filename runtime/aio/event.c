/* runtime/aio/event.c — asyncio.Event (locks.py). */
#include "aio/internal.h"
#include "aio/sync.h"

struct aio_event {
  aio_loop *loop;
  aio__waitq waiters;
  int value;
};

aio_event *aio_event_new(aio_loop *loop) {
  aio_event *e = aio__calloc(loop, sizeof *e);
  if (e) e->loop = loop;
  return e;
}

void aio_event_free(aio_event *e) {
  if (!e) return;
  aio__waitq_clear(&e->waiters);
  aio__free(e->loop, e, sizeof *e);
}

void aio_event_set(aio_event *e) {
  if (e->value) return;
  e->value = 1;
  for (aio__waiter *w = e->waiters.head; w; w = w->next)
    if (!aio_future_done(&w->fut)) aio_future_set_result(&w->fut, NULL);
}

void aio_event_clear(aio_event *e) { e->value = 0; }
int aio_event_is_set(const aio_event *e) { return e->value; }

int aio_event_wait(aio_event *e, void **out) {
  *out = NULL;
  if (!e->loop->current) return AIO_E_NOT_IN_TASK;
  if (e->value) return AIO_OK;
  int rc = aio__waitq_wait(e->loop, &e->waiters, "Event.wait", NULL, out);
  if (rc == AIO_OK) {
    aio__release(e->loop, *out);
    *out = NULL;
  }
  return rc;
}
