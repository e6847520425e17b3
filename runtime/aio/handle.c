/* runtime/aio/handle.c — callback handles (asyncio's Handle and TimerHandle).
 *
 * Handles are recycled through a free list on the loop (carved from slabs): a task switch schedules one
 * per step, so allocation would otherwise dominate the switch cost. A handle has one
 * reference while queued (the loop's) plus any the caller takes. */
#include "aio/internal.h"

aio_handle *aio__handle_new(aio_loop *loop) {
  if (!loop->free_handles) {
    /* Handles come in slabs owned by the loop, so a handle still referenced from a
     * suspended task's stack is freed with the loop, never leaked. */
    aio__handle_slab *slab = aio__calloc(loop, sizeof *slab);
    if (!slab) return NULL;
    slab->next = loop->slabs;
    loop->slabs = slab;
    for (size_t i = 0; i < AIO__SLAB_HANDLES; i++) {
      slab->handles[i].next = loop->free_handles;
      loop->free_handles = &slab->handles[i];
    }
  }
  aio_handle *h = loop->free_handles;
  loop->free_handles = h->next;
  h->loop = loop;
  h->next = NULL;
  h->cb = NULL;
  h->arg = NULL;
  h->fin = NULL;
  /* The larger member of the union (the timer's) covers done_fn and fut. */
  h->when = 0;
  h->seq = 0;
  h->tag = 0;
  h->heap_index = 0;
  h->done_fn = NULL;
  h->fut = NULL;
  h->refcnt = 1;
  h->kind = HANDLE_CALL;
  h->cancelled = h->in_heap = h->is_timer = 0;
  return h;
}

void aio_handle_retain(aio_handle *h) { h->refcnt++; }

void aio_handle_set_finalizer(aio_handle *h, void (*fin)(void *arg)) { h->fin = fin; }

void aio_handle_release(aio_handle *h) {
  if (--h->refcnt > 0) return;
  aio_loop *loop = h->loop;
  if (h->kind == HANDLE_DONE_CB && h->fut) {
    aio_future_release(h->fut);
    h->fut = NULL;
  }
  if (h->fin) h->fin(h->arg);
  h->fin = NULL;
  h->next = loop->free_handles;
  loop->free_handles = h;
}

void aio_handle_cancel(aio_handle *h) {
  if (h->cancelled) return;
  h->cancelled = 1;
  /* The future a done-callback handle holds is let go at once, as CPython clears a
   * cancelled handle's arguments. */
  if (h->kind == HANDLE_DONE_CB && h->fut) {
    aio_future_release(h->fut);
    h->fut = NULL;
  }
  if (h->in_heap) h->loop->ncancelled_timers++;
}

int aio_handle_cancelled(const aio_handle *h) { return h->cancelled; }
double aio_handle_when(const aio_handle *h) { return h->is_timer ? h->when : 0.0; }

void aio__ready_push(aio_loop *loop, aio_handle *h) {
  h->next = NULL;
  if (loop->ready_tail) loop->ready_tail->next = h;
  else loop->ready_head = h;
  loop->ready_tail = h;
  loop->nready++;
}

aio_handle *aio_loop_call_soon(aio_loop *loop, aio_callback cb, void *arg) {
  aio_handle *h = aio__handle_new(loop);
  if (!h) return NULL;
  h->cb = cb;
  h->arg = arg;
  aio__ready_push(loop, h);
  return h;
}

aio_handle *aio__call_done_cb(aio_loop *loop, aio_done_fn fn, aio_future *fut, void *arg) {
  aio_handle *h = aio__handle_new(loop);
  if (!h) return NULL;
  h->kind = HANDLE_DONE_CB;
  h->done_fn = fn;
  h->fut = fut;
  aio_future_retain(fut);
  h->arg = arg;
  aio__ready_push(loop, h);
  return h;
}

aio_handle *aio_loop_call_at(aio_loop *loop, double when, aio_callback cb, void *arg) {
  aio_handle *h = aio__handle_new(loop);
  if (!h) return NULL;
  h->cb = cb;
  h->arg = arg;
  h->when = when;
  h->is_timer = 1;
  h->seq = loop->timer_seq++;
  if (aio__heap_push(loop, h) != 0) {
    aio_handle_release(h);
    return NULL;
  }
  aio__trace(loop, AIO_TRACE_TIMER_SCHEDULED, loop->current, NULL, when);
  return h;
}

aio_handle *aio_loop_call_later(aio_loop *loop, double delay, aio_callback cb, void *arg) {
  return aio_loop_call_at(loop, aio_loop_time(loop) + delay, cb, arg);
}

void aio_handle_set_tag(aio_handle *h, uint64_t tag) { h->tag = tag; }
