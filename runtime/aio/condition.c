/* runtime/aio/condition.c — asyncio.Condition (locks.py): wait() releases the lock,
 * waits for a notify and always re-acquires the lock, even when cancelled. */
#include "aio/internal.h"
#include "aio/sync.h"

struct aio_condition {
  aio_loop *loop;
  aio_lock *lock;
  int own_lock;
  aio__waitq waiters;
};

aio_condition *aio_condition_new(aio_loop *loop, aio_lock *lock) {
  aio_condition *c = aio__calloc(loop, sizeof *c);
  if (!c) return NULL;
  c->loop = loop;
  c->lock = lock;
  if (!lock) {
    c->lock = aio_lock_new(loop);
    c->own_lock = 1;
    if (!c->lock) {
      aio__free(loop, c, sizeof *c);
      return NULL;
    }
  }
  return c;
}

void aio_condition_free(aio_condition *c) {
  if (!c) return;
  aio__waitq_clear(&c->waiters);
  if (c->own_lock) aio_lock_free(c->lock);
  aio__free(c->loop, c, sizeof *c);
}

int aio_condition_acquire(aio_condition *c, void **out) { return aio_lock_acquire(c->lock, out); }
int aio_condition_release(aio_condition *c) { return aio_lock_release(c->lock); }
int aio_condition_locked(const aio_condition *c) { return aio_lock_locked(c->lock); }

int aio_condition_wait(aio_condition *c, void **out) {
  *out = NULL;
  if (!c->loop->current) return AIO_E_NOT_IN_TASK;
  if (!aio_lock_locked(c->lock)) return AIO_E_NOT_ACQUIRED;
  aio_lock_release(c->lock);
  void *err = NULL;
  int rc = aio__waitq_wait(c->loop, &c->waiters, "Condition.wait", NULL, &err);
  if (rc == AIO_OK) {
    aio__release(c->loop, err);
    err = NULL;
  }
  /* Must reacquire the lock even if the wait was cancelled. */
  int cancelled = 0;
  for (;;) {
    void *e2 = NULL;
    int r2 = aio_lock_acquire(c->lock, &e2);
    if (r2 == AIO_OK) break;
    if (r2 != AIO_RAISED) {
      aio__release(c->loop, err);
      return r2;
    }
    if (aio_is_cancelled_error(c->loop, e2)) cancelled = 1;
    aio__release(c->loop, e2);
  }
  if (cancelled) {
    /* `raise CancelledError` in CPython's finally clause replaces any error the wait
     * itself raised. */
    aio__release(c->loop, err);
    *out = aio_make_cancelled_error(c->loop, NULL);
    return *out ? AIO_RAISED : AIO_E_NOMEM;
  }
  *out = err;
  return rc;
}

int aio_condition_wait_for(aio_condition *c, int (*pred)(void *arg), void *arg, void **out) {
  *out = NULL;
  while (!pred(arg)) {
    int rc = aio_condition_wait(c, out);
    if (rc != AIO_OK) return rc;
  }
  return AIO_OK;
}

int aio_condition_notify(aio_condition *c, size_t n) {
  if (!aio_lock_locked(c->lock)) return AIO_E_NOT_ACQUIRED;
  size_t idx = 0;
  for (aio__waiter *w = c->waiters.head; w && idx < n; w = w->next) {
    if (!aio_future_done(&w->fut)) {
      idx++;
      aio_future_set_result(&w->fut, NULL);
    }
  }
  return 0;
}

int aio_condition_notify_all(aio_condition *c) { return aio_condition_notify(c, c->waiters.n); }
