/* runtime/aio/lock.c — asyncio.Lock (locks.py): release() hands the lock to the first
 * waiter by completing its future; the waiter takes the lock when it resumes, so a
 * releasing task that asks again at once queues behind it. */
#include "aio/internal.h"
#include "aio/sync.h"

struct aio_lock {
  aio_loop *loop;
  aio__waitq waiters;
  int locked;
};

aio_lock *aio_lock_new(aio_loop *loop) {
  aio_lock *l = aio__calloc(loop, sizeof *l);
  if (l) l->loop = loop;
  return l;
}

void aio_lock_free(aio_lock *l) {
  if (!l) return;
  aio__waitq_clear(&l->waiters);
  aio__free(l->loop, l, sizeof *l);
}

int aio_lock_locked(const aio_lock *l) { return l->locked; }

static void wake_up_first(aio_lock *l) {
  aio__waiter *w = l->waiters.head;
  if (w && !aio_future_done(&w->fut)) aio_future_set_result(&w->fut, NULL);
}

int aio_lock_acquire(aio_lock *l, void **out) {
  *out = NULL;
  if (!l->loop->current) return AIO_E_NOT_IN_TASK;
  int all_cancelled = 1;
  for (aio__waiter *w = l->waiters.head; w; w = w->next)
    if (!aio_future_cancelled(&w->fut)) all_cancelled = 0;
  if (!l->locked && all_cancelled) {
    l->locked = 1;
    return AIO_OK;
  }
  int rc = aio__waitq_wait(l->loop, &l->waiters, "Lock.acquire", NULL, out);
  if (rc == AIO_RAISED) {
    if (!l->locked) wake_up_first(l);
    return rc;
  }
  if (rc != AIO_OK) return rc;
  aio__release(l->loop, *out);
  *out = NULL;
  l->locked = 1;
  return AIO_OK;
}

int aio_lock_release(aio_lock *l) {
  if (!l->locked) return AIO_E_NOT_ACQUIRED;
  l->locked = 0;
  wake_up_first(l);
  return 0;
}
