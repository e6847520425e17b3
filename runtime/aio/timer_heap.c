/* runtime/aio/timer_heap.c — the timer min-heap, keyed by (deadline, order scheduled).
 *
 * CPython's heapq compares TimerHandles by deadline only, so equal deadlines under a
 * frozen clock pop in an order that depends on the heap's shape; on a real clock every
 * call_later lands a little later than the one before, so in practice equal delays
 * fire first-in first-out. We make that explicit with the sequence number (design
 * decision 2). Cancelled timers stay in the heap until they reach the top, as in
 * CPython, unless they make up most of it (then the heap is rebuilt without them). */
#include "aio/internal.h"
#include <string.h>

static int before(const aio_handle *a, const aio_handle *b) {
  if (a->when != b->when) return a->when < b->when;
  return a->seq < b->seq;
}

static void place(aio_loop *loop, size_t i, aio_handle *h) {
  loop->heap[i] = h;
  h->heap_index = i;
}

static void sift_up(aio_loop *loop, size_t i) {
  aio_handle *h = loop->heap[i];
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (!before(h, loop->heap[parent])) break;
    place(loop, i, loop->heap[parent]);
    i = parent;
  }
  place(loop, i, h);
}

static void sift_down(aio_loop *loop, size_t i) {
  aio_handle *h = loop->heap[i];
  size_t n = loop->nheap;
  for (;;) {
    size_t child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && before(loop->heap[child + 1], loop->heap[child])) child++;
    if (!before(loop->heap[child], h)) break;
    place(loop, i, loop->heap[child]);
    i = child;
  }
  place(loop, i, h);
}

int aio__heap_push(aio_loop *loop, aio_handle *h) {
  if (loop->nheap == loop->capheap) {
    size_t cap = loop->capheap ? loop->capheap * 2 : 16;
    aio_handle **heap = aio__alloc(loop, cap * sizeof *heap);
    if (!heap) return AIO_E_NOMEM;
    if (loop->nheap) memcpy(heap, loop->heap, loop->nheap * sizeof *heap);
    aio__free(loop, loop->heap, loop->capheap * sizeof *heap);
    loop->heap = heap;
    loop->capheap = cap;
  }
  h->in_heap = 1; /* the heap now holds the handle's queued reference */
  loop->heap[loop->nheap++] = h;
  sift_up(loop, loop->nheap - 1);
  return 0;
}

aio_handle *aio__heap_pop(aio_loop *loop) {
  if (loop->nheap == 0) return NULL;
  aio_handle *top = loop->heap[0];
  loop->nheap--;
  if (loop->nheap > 0) {
    place(loop, 0, loop->heap[loop->nheap]);
    sift_down(loop, 0);
  }
  top->in_heap = 0;
  if (top->cancelled) loop->ncancelled_timers--;
  return top; /* the caller takes over the heap's reference */
}

void aio__heap_remove_cancelled(aio_loop *loop) {
  /* Rebuild without cancelled timers once they are more than half of a big heap
   * (CPython's _MIN_CANCELLED_TIMER_HANDLES_FRACTION rule); order is unaffected
   * because (when, seq) is a total order. */
  if (loop->nheap > 100 && loop->ncancelled_timers * 2 > loop->nheap) {
    size_t j = 0;
    for (size_t i = 0; i < loop->nheap; i++) {
      aio_handle *h = loop->heap[i];
      if (h->cancelled) {
        h->in_heap = 0;
        aio_handle_release(h);
      } else {
        loop->heap[j++] = h;
      }
    }
    loop->nheap = j;
    loop->ncancelled_timers = 0;
    for (size_t i = j; i-- > 0;) sift_down(loop, i);
    for (size_t i = 0; i < j; i++) loop->heap[i]->heap_index = i;
  }
  while (loop->nheap > 0 && loop->heap[0]->cancelled) aio_handle_release(aio__heap_pop(loop));
}

void aio__heap_free(aio_loop *loop) {
  for (size_t i = 0; i < loop->nheap; i++) {
    loop->heap[i]->in_heap = 0;
    aio_handle_release(loop->heap[i]);
  }
  loop->nheap = 0;
  aio__free(loop, loop->heap, loop->capheap * sizeof *loop->heap);
  loop->heap = NULL;
  loop->capheap = 0;
}
