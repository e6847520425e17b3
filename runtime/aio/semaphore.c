/* runtime/aio/semaphore.c — asyncio.Semaphore and BoundedSemaphore (3.11.7 locks.py:
 * _wake_up_next takes the count on the waiter's behalf when it completes its future). */
#include "aio/internal.h"
#include "aio/sync.h"

struct aio_semaphore {
  aio_loop *loop;
  aio__waitq waiters;
  long value, bound;
  int bounded;
};

int aio_semaphore_new(aio_loop *loop, long value, int bounded, aio_semaphore **out) {
  if (value < 0) return AIO_E_VALUE;
  aio_semaphore *s = aio__calloc(loop, sizeof *s);
  if (!s) return AIO_E_NOMEM;
  s->loop = loop;
  s->value = s->bound = value;
  s->bounded = bounded;
  *out = s;
  return 0;
}

void aio_semaphore_free(aio_semaphore *s) {
  if (!s) return;
  aio__waitq_clear(&s->waiters);
  aio__free(s->loop, s, sizeof *s);
}

long aio_semaphore_value(const aio_semaphore *s) { return s->value; }

int aio_semaphore_locked(const aio_semaphore *s) {
  if (s->value == 0) return 1;
  for (aio__waiter *w = s->waiters.head; w; w = w->next)
    if (!aio_future_cancelled(&w->fut)) return 1;
  return 0;
}

static void wake_up_next(aio_semaphore *s) {
  for (aio__waiter *w = s->waiters.head; w; w = w->next) {
    if (!aio_future_done(&w->fut)) {
      s->value--;
      aio_future_set_result(&w->fut, NULL);
      return;
    }
  }
}

int aio_semaphore_acquire(aio_semaphore *s, void **out) {
  *out = NULL;
  if (!s->loop->current) return AIO_E_NOT_IN_TASK;
  if (!aio_semaphore_locked(s)) {
    s->value--;
    return AIO_OK;
  }
  aio__waiter *w = NULL;
  int rc = aio__waitq_wait(s->loop, &s->waiters, "Semaphore.acquire", &w, out);
  if (rc == AIO_RAISED) {
    if (!aio_future_cancelled(&w->fut)) {
      s->value++;
      wake_up_next(s);
    }
  } else if (rc == AIO_OK) {
    aio__release(s->loop, *out);
    *out = NULL;
    if (s->value > 0) wake_up_next(s);
  }
  if (w) aio_future_release(&w->fut);
  return rc;
}

int aio_semaphore_release(aio_semaphore *s) {
  if (s->bounded && s->value >= s->bound) return AIO_E_VALUE;
  s->value++;
  wake_up_next(s);
  return 0;
}
