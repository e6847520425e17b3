/* runtime/aio/as_completed.c — asyncio.as_completed (3.11 tasks.py): done callbacks
 * put finished futures on a queue; each next() is `_wait_for_one`: get from the queue
 * (a timeout puts one "None" per pending future), then return that future's result.
 * CPython's todo is a set; we keep insertion order. The iterator's state is reference
 * counted (a future header) because callbacks may still be scheduled when it is freed. */
#include "aio/internal.h"
#include "aio/combinators.h"

struct aio_as_completed {
  aio_future base;           /* used only for its reference count */
  aio_future **todo;         /* retained, insertion order, NULL once done */
  size_t n, ntodo;
  aio_future **ready;        /* the `done` Queue: finished futures, NULL = timeout */
  size_t rhead, rn;
  aio__waitq getters;        /* Queue._getters */
  aio_handle *timeout_handle;/* retained, or NULL */
};

static void ac_finalize(aio_future *f) {
  aio_as_completed *it = (aio_as_completed *)f;
  aio_loop *loop = f->loop;
  /* todo or ready is NULL when aio_as_completed_new ran out of memory making them
   * (found by tests/fuzz/fuzz_aio's allocation failures). */
  if (it->todo)
    for (size_t i = 0; i < it->n; i++) aio_future_release(it->todo[i]);
  if (it->ready)
    for (size_t i = 0; i < it->rn; i++) aio_future_release(it->ready[it->rhead + i]);
  aio__free(loop, it->todo, (it->n ? it->n : 1) * sizeof *it->todo);
  aio__free(loop, it->ready, (it->n ? it->n : 1) * sizeof *it->ready);
  if (it->timeout_handle) aio_handle_release(it->timeout_handle);
  if (!loop->tearing_down) aio__waitq_clear(&it->getters);
}

/* done.put_nowait(f): Queue._wakeup_next(getters) wakes the first live getter. */
static void wake_getter(aio_as_completed *it) {
  while (it->getters.head) {
    aio__waiter *w = it->getters.head;
    aio__waitq_remove(&it->getters, w);
    if (!aio_future_done(&w->fut)) {
      aio_future_set_result(&w->fut, NULL);
      break;
    }
  }
}

static void put_ready(aio_as_completed *it, aio_future *f) {
  it->ready[it->rhead + it->rn++] = f;
  wake_getter(it);
}

static void on_completion(aio_future *f, void *arg) {
  aio_as_completed *it = arg;
  if (it->ntodo > 0) {
    for (size_t i = 0; i < it->n; i++) {
      if (it->todo[i] != f) continue;
      it->todo[i] = NULL;
      it->ntodo--;
      put_ready(it, f); /* the todo reference moves to the ready queue */
      break;
    }
    if (it->ntodo == 0 && it->timeout_handle) aio_handle_cancel(it->timeout_handle);
  }
  aio_future_release(&it->base);
}

static void on_timeout(aio_loop *loop, void *arg) {
  (void)loop;
  aio_as_completed *it = arg;
  for (size_t i = 0; i < it->n; i++) {
    aio_future *f = it->todo[i];
    if (!f) continue;
    size_t removed = aio_future_remove_done_callback(f, on_completion, it);
    while (removed--) aio_future_release(&it->base);
    it->todo[i] = NULL;
    aio_future_release(f);
    put_ready(it, NULL);
  }
  it->ntodo = 0;
}

aio_as_completed *aio_as_completed_new(aio_loop *loop, aio_future *const *futs, size_t n,
                                       double timeout) {
  aio_as_completed *it = (aio_as_completed *)aio__future_alloc(loop, sizeof *it);
  if (!it) return NULL;
  it->base.finalize = ac_finalize;
  it->n = n;
  it->todo = aio__calloc(loop, (n ? n : 1) * sizeof *it->todo);
  it->ready = aio__calloc(loop, (n ? n : 1) * sizeof *it->ready);
  if (!it->todo || !it->ready) goto fail;
  for (size_t i = 0; i < n; i++) {
    int seen = 0;
    for (size_t j = 0; j < i; j++) seen |= futs[j] == futs[i];
    if (seen) continue;
    if (aio_future_add_done_callback(futs[i], on_completion, it) != 0) goto fail;
    aio_future_retain(&it->base);
    aio_future_retain(futs[i]);
    it->todo[i] = futs[i];
    it->ntodo++;
  }
  if (it->ntodo && timeout >= 0) {
    it->timeout_handle = aio_loop_call_later(loop, timeout, on_timeout, it);
    if (!it->timeout_handle) goto fail;
    aio_handle_retain(it->timeout_handle);
  }
  return it;
fail:
  aio_as_completed_free(it);
  return NULL;
}

/* _wait_for_one(): f = await done.get(); None -> TimeoutError; else f.result(). */
int aio_as_completed_next(aio_as_completed *it, void **out) {
  aio_loop *loop = it->base.loop;
  *out = NULL;
  if (!loop->current) return AIO_E_NOT_IN_TASK;
  if (it->rn == 0 && it->ntodo == 0) return AIO_E_EMPTY;
  while (it->rn == 0) {
    aio__waiter *w = aio__waitq_push(loop, &it->getters, "as_completed");
    if (!w) return AIO_E_NOMEM;
    void *r = NULL;
    int rc = aio_await(&w->fut, &r);
    if (rc != AIO_OK) {
      aio_future_cancel(&w->fut, NULL);
      aio__waitq_remove(&it->getters, w);
      if (it->rn > 0 && !aio_future_cancelled(&w->fut)) wake_getter(it);
      aio_future_release(&w->fut);
      *out = r;
      return rc;
    }
    aio__release(loop, r);
    aio__waitq_remove(&it->getters, w);
    aio_future_release(&w->fut);
  }
  aio_future *f = it->ready[it->rhead++];
  it->rn--;
  if (!f) {
    *out = loop->ops.make_timeout_error(loop->ops.ctx);
    return *out ? AIO_RAISED : AIO_E_NOMEM;
  }
  int rc = aio_future_result(f, out);
  aio_future_release(f);
  return rc;
}

void aio_as_completed_free(aio_as_completed *it) {
  if (!it) return;
  if (it->timeout_handle) aio_handle_cancel(it->timeout_handle);
  for (size_t i = 0; it->todo && i < it->n; i++) {
    if (!it->todo[i]) continue;
    size_t removed = aio_future_remove_done_callback(it->todo[i], on_completion, it);
    while (removed--) aio_future_release(&it->base);
  }
  aio_future_release(&it->base);
}
