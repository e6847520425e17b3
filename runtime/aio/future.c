/* runtime/aio/future.c — futures (Lib/asyncio/futures.py). */
#include "aio/internal.h"
#include <string.h>

static uint64_t next_id = 1;

aio_future *aio__future_alloc(aio_loop *loop, size_t size) {
  aio_future *f = aio__calloc(loop, size);
  if (!f) return NULL;
  f->loop = loop;
  f->size = size;
  f->refcnt = 1;
  f->id = next_id++;
  f->next = loop->futures;
  if (loop->futures) loop->futures->prev = f;
  loop->futures = f;
  return f;
}

aio_future *aio_future_new(aio_loop *loop) { return aio__future_alloc(loop, sizeof(aio_future)); }

static void future_clear(aio_future *f) {
  aio_loop *loop = f->loop;
  if (f->finalize) f->finalize(f);
  aio__release(loop, f->result);
  aio__release(loop, f->exception);
  aio__release(loop, f->cancelled_exc);
  aio__strfree(loop, f->cancel_msg);
  aio__strfree(loop, f->label);
  if (f->cbs) aio__free(loop, f->cbs, f->capcb * sizeof *f->cbs);
}

static void future_unlink_free(aio_future *f) {
  aio_loop *loop = f->loop;
  if (f->prev) f->prev->next = f->next;
  else loop->futures = f->next;
  if (f->next) f->next->prev = f->prev;
  aio__free(loop, f, f->size);
}

void aio_future_retain(aio_future *f) { f->refcnt++; }

void aio_future_release(aio_future *f) {
  if (!f || f->loop->tearing_down) return;
  if (--f->refcnt > 0) return;
  future_clear(f);
  future_unlink_free(f);
}

/* Teardown: every future still alive is cleared, then freed, ignoring counts (a
 * finalizer releasing another future is a no-op while tearing_down is set). */
void aio__future_free_all(aio_loop *loop) {
  loop->tearing_down = 1;
  for (aio_future *f = loop->futures; f; f = f->next) future_clear(f);
  while (loop->futures) future_unlink_free(loop->futures);
  loop->tearing_down = 0;
}

aio_loop *aio_future_loop(const aio_future *f) { return f->loop; }
int aio_future_done(const aio_future *f) { return f->state != FUT_PENDING; }
int aio_future_cancelled(const aio_future *f) { return f->state == FUT_CANCELLED; }
uint64_t aio_future_id(const aio_future *f) { return f->id; }
const char *aio_future_label(const aio_future *f) { return f->label; }

int aio_future_set_label(aio_future *f, const char *label) {
  char *copy = NULL;
  if (label && !(copy = aio__strdup(f->loop, label))) return AIO_E_NOMEM;
  aio__strfree(f->loop, f->label);
  f->label = copy;
  return 0;
}

static aio__done_cb *cb_at(aio_future *f, uint32_t i) { return i == 0 ? &f->cb0 : &f->cbs[i - 1]; }

/* Future.__schedule_callbacks: every callback goes through call_soon, in order. */
static void schedule_callbacks(aio_future *f) {
  uint32_t n = f->ncb;
  f->ncb = 0;
  for (uint32_t i = 0; i < n; i++) {
    aio__done_cb *cb = cb_at(f, i);
    if (!aio__call_done_cb(f->loop, cb->fn, f, cb->arg)) aio__set_error(f->loop, AIO_E_NOMEM);
  }
}

int aio_future_add_done_callback(aio_future *f, aio_done_fn fn, void *arg) {
  if (f->state != FUT_PENDING) return aio__call_done_cb(f->loop, fn, f, arg) ? 0 : AIO_E_NOMEM;
  if (f->ncb == 0) {
    f->cb0 = (aio__done_cb){fn, arg};
  } else {
    if (f->ncb - 1 == f->capcb) {
      uint32_t cap = f->capcb ? f->capcb * 2 : 4;
      aio__done_cb *cbs = aio__alloc(f->loop, cap * sizeof *cbs);
      if (!cbs) return AIO_E_NOMEM;
      if (f->capcb) memcpy(cbs, f->cbs, f->capcb * sizeof *cbs);
      aio__free(f->loop, f->cbs, f->capcb * sizeof *cbs);
      f->cbs = cbs;
      f->capcb = cap;
    }
    f->cbs[f->ncb - 1] = (aio__done_cb){fn, arg};
  }
  f->ncb++;
  return 0;
}

size_t aio_future_remove_done_callback(aio_future *f, aio_done_fn fn, void *arg) {
  uint32_t j = 0;
  for (uint32_t i = 0; i < f->ncb; i++) {
    aio__done_cb cb = *cb_at(f, i);
    if (cb.fn == fn && cb.arg == arg) continue;
    *cb_at(f, j++) = cb;
  }
  size_t removed = f->ncb - j;
  f->ncb = j;
  return removed;
}

int aio__future_set_result_steal(aio_future *f, void *result) {
  if (f->state != FUT_PENDING) return AIO_E_INVALID_STATE;
  f->result = result;
  f->state = FUT_FINISHED;
  schedule_callbacks(f);
  return 0;
}

int aio_future_set_result(aio_future *f, void *result) {
  if (f->state != FUT_PENDING) return AIO_E_INVALID_STATE;
  aio__retain(f->loop, result);
  return aio__future_set_result_steal(f, result);
}

int aio_future_set_exception(aio_future *f, void *error) {
  if (f->state != FUT_PENDING) return AIO_E_INVALID_STATE;
  aio__retain(f->loop, error);
  return aio__future_set_exception_steal(f, error);
}

int aio__future_set_exception_steal(aio_future *f, void *error) {
  if (f->state != FUT_PENDING) return AIO_E_INVALID_STATE;
  f->exception = error;
  f->state = FUT_FINISHED;
  schedule_callbacks(f);
  return 0;
}

int aio__future_cancel_base(aio_future *f, const char *msg) {
  if (f->state != FUT_PENDING) return 0;
  f->state = FUT_CANCELLED;
  /* Copy before freeing: msg may be this future's own message (a task passes it). */
  char *copy = msg ? aio__strdup(f->loop, msg) : NULL;
  if (msg && !copy) aio__set_error(f->loop, AIO_E_NOMEM);
  aio__strfree(f->loop, f->cancel_msg);
  f->cancel_msg = copy;
  schedule_callbacks(f);
  return 1;
}

int aio_future_cancel(aio_future *f, const char *msg) {
  if (!f->cancel) return aio__future_cancel_base(f, msg);
  /* A cancellation can come back to the same future through a cycle of waits: a task
   * awaiting a gather of itself, two tasks awaiting each other. CPython recurses until
   * RecursionError; C would overflow its stack, so the second visit is refused here
   * (as if that future could not be cancelled) and the cycle ends. Found by
   * tests/fuzz/fuzz_aio (tests/robustness/crashes/aio-gather-self-cancel.bin). */
  if (f->cancelling) return 0;
  f->cancelling = 1;
  int taken = f->cancel(f, msg);
  f->cancelling = 0;
  return taken;
}

void *aio__future_make_cancelled_error(aio_future *f) {
  if (f->cancelled_exc) {
    void *exc = f->cancelled_exc;
    f->cancelled_exc = NULL;
    return exc;
  }
  return f->loop->ops.make_cancelled_error(f->loop->ops.ctx, f->cancel_msg);
}

int aio_future_result(aio_future *f, void **out) {
  *out = NULL;
  if (f->state == FUT_CANCELLED) {
    *out = aio__future_make_cancelled_error(f);
    return *out ? AIO_RAISED : AIO_E_NOMEM;
  }
  if (f->state != FUT_FINISHED) return AIO_E_INVALID_STATE;
  if (f->exception) {
    aio__retain(f->loop, f->exception);
    *out = f->exception;
    return AIO_RAISED;
  }
  aio__retain(f->loop, f->result);
  *out = f->result;
  return AIO_OK;
}

int aio_future_exception(aio_future *f, void **out) {
  *out = NULL;
  if (f->state == FUT_CANCELLED) {
    *out = aio__future_make_cancelled_error(f);
    return *out ? AIO_RAISED : AIO_E_NOMEM;
  }
  if (f->state != FUT_FINISHED) return AIO_E_INVALID_STATE;
  aio__retain(f->loop, f->exception);
  *out = f->exception;
  return AIO_OK;
}
