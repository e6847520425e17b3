/* runtime/aio/queue.c — asyncio.Queue, LifoQueue and PriorityQueue (queues.py).
 *
 * Items live in one array used as a ring (FIFO), a stack (LIFO) or a binary heap
 * (PRIORITY). The heap follows Python's heapq step for step (_siftdown, and _siftup's
 * "down to a leaf, then back up"), so items of equal priority come out in the same
 * order as under CPython. */
#include "aio/internal.h"
#include "aio/sync.h"
#include "aio/errors.h"

struct aio_queue {
  aio_loop *loop;
  void **items;              /* retained values */
  size_t head, n, cap;       /* ring for FIFO; head is 0 otherwise */
  long maxsize;
  int kind;
  long unfinished;
  aio__waitq getters, putters;
  aio_event *finished;
};

aio_queue *aio_queue_new(aio_loop *loop, long maxsize, int kind) {
  aio_queue *q = aio__calloc(loop, sizeof *q);
  if (!q) return NULL;
  q->loop = loop;
  q->maxsize = maxsize;
  q->kind = kind;
  q->finished = aio_event_new(loop);
  if (!q->finished) {
    aio__free(loop, q, sizeof *q);
    return NULL;
  }
  aio_event_set(q->finished);
  return q;
}

static void **slot(aio_queue *q, size_t i) { return &q->items[(q->head + i) % q->cap]; }

void aio_queue_free(aio_queue *q) {
  if (!q) return;
  for (size_t i = 0; i < q->n; i++) aio__release(q->loop, *slot(q, i));
  aio__free(q->loop, q->items, q->cap * sizeof *q->items);
  aio__waitq_clear(&q->getters);
  aio__waitq_clear(&q->putters);
  aio_event_free(q->finished);
  aio__free(q->loop, q, sizeof *q);
}

size_t aio_queue_qsize(const aio_queue *q) { return q->n; }
int aio_queue_empty(const aio_queue *q) { return q->n == 0; }
int aio_queue_full(const aio_queue *q) { return q->maxsize > 0 && (long)q->n >= q->maxsize; }
long aio_queue_maxsize(const aio_queue *q) { return q->maxsize; }

static void wakeup_next(aio__waitq *waiters) {
  while (waiters->head) {
    aio__waiter *w = waiters->head;
    aio__waitq_remove(waiters, w);
    if (!aio_future_done(&w->fut)) {
      aio_future_set_result(&w->fut, NULL);
      break;
    }
  }
}

static int grow(aio_queue *q) {
  if (q->n < q->cap) return 0;
  size_t cap = q->cap ? q->cap * 2 : 8;
  void **items = aio__alloc(q->loop, cap * sizeof *items);
  if (!items) return AIO_E_NOMEM;
  for (size_t i = 0; i < q->n; i++) items[i] = *slot(q, i);
  aio__free(q->loop, q->items, q->cap * sizeof *items);
  q->items = items;
  q->cap = cap;
  q->head = 0;
  return 0;
}

/* heapq comparisons go through the host; an error stops the sift where it is. */
static int less(aio_queue *q, void *a, void *b, void **err) {
  return q->loop->ops.less_than(q->loop->ops.ctx, a, b, err);
}

static int siftdown(aio_queue *q, size_t startpos, size_t pos, void **err) {
  void *newitem = q->items[pos];
  while (pos > startpos) {
    size_t parentpos = (pos - 1) >> 1;
    void *parent = q->items[parentpos];
    int lt = less(q, newitem, parent, err);
    if (lt < 0) return AIO_RAISED;
    if (!lt) break;
    q->items[pos] = parent;
    pos = parentpos;
  }
  q->items[pos] = newitem;
  return AIO_OK;
}

static int siftup(aio_queue *q, size_t pos, void **err) {
  size_t endpos = q->n, startpos = pos;
  void *newitem = q->items[pos];
  size_t childpos = 2 * pos + 1;
  while (childpos < endpos) {
    size_t rightpos = childpos + 1;
    if (rightpos < endpos) {
      int lt = less(q, q->items[childpos], q->items[rightpos], err);
      if (lt < 0) return AIO_RAISED;
      if (!lt) childpos = rightpos;
    }
    q->items[pos] = q->items[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  q->items[pos] = newitem;
  return siftdown(q, startpos, pos, err);
}

int aio_queue_put_nowait(aio_queue *q, void *item, void **out) {
  *out = NULL;
  if (aio_queue_full(q)) return AIO_E_FULL;
  if (grow(q) != 0) return AIO_E_NOMEM;
  aio__retain(q->loop, item);
  *slot(q, q->n) = item;
  q->n++;
  if (q->kind == AIO_QUEUE_PRIORITY && siftdown(q, 0, q->n - 1, out) == AIO_RAISED)
    return AIO_RAISED; /* as heappush: the item stays appended */
  q->unfinished++;
  aio_event_clear(q->finished);
  wakeup_next(&q->getters);
  return AIO_OK;
}

int aio_queue_get_nowait(aio_queue *q, void **out) {
  *out = NULL;
  if (q->n == 0) return AIO_E_EMPTY;
  void *item;
  if (q->kind == AIO_QUEUE_FIFO) {
    item = q->items[q->head];
    q->head = (q->head + 1) % q->cap;
    q->n--;
  } else if (q->kind == AIO_QUEUE_LIFO) {
    item = q->items[--q->n];
  } else {
    void *last = q->items[--q->n];
    if (q->n > 0) {
      item = q->items[0];
      q->items[0] = last;
      void *err = NULL;
      if (siftup(q, 0, &err) == AIO_RAISED) {
        q->items[q->n++] = item; /* keep the item; report the error */
        *out = err;
        return AIO_RAISED;
      }
    } else {
      item = last;
    }
  }
  wakeup_next(&q->putters);
  *out = item;
  return AIO_OK;
}

/* The shared shape of put() and get(): wait on `waiters` while full (put) or empty
 * (get); on an error, pass the turn on as CPython's except-clause does. */
static int wait_turn(aio_queue *q, aio__waitq *waiters, int is_put, const char *label,
                     void **out) {
  while (is_put ? aio_queue_full(q) : aio_queue_empty(q)) {
    aio__waiter *w = aio__waitq_push(q->loop, waiters, label);
    if (!w) return AIO_E_NOMEM;
    void *r = NULL;
    int rc = aio_await(&w->fut, &r);
    if (rc != AIO_OK) {
      aio_future_cancel(&w->fut, NULL); /* just in case it is not done yet */
      aio__waitq_remove(waiters, w);
      int still = is_put ? !aio_queue_full(q) : !aio_queue_empty(q);
      if (still && !aio_future_cancelled(&w->fut)) wakeup_next(waiters);
      aio_future_release(&w->fut);
      *out = r;
      return rc;
    }
    aio__release(q->loop, r);
    aio__waitq_remove(waiters, w);
    aio_future_release(&w->fut);
  }
  return AIO_OK;
}

int aio_queue_put(aio_queue *q, void *item, void **out) {
  *out = NULL;
  if (!q->loop->current) return AIO_E_NOT_IN_TASK;
  int rc = wait_turn(q, &q->putters, 1, "Queue.put", out);
  if (rc != AIO_OK) return rc;
  return aio_queue_put_nowait(q, item, out);
}

int aio_queue_get(aio_queue *q, void **out) {
  *out = NULL;
  if (!q->loop->current) return AIO_E_NOT_IN_TASK;
  int rc = wait_turn(q, &q->getters, 0, "Queue.get", out);
  if (rc != AIO_OK) return rc;
  return aio_queue_get_nowait(q, out);
}

int aio_queue_task_done(aio_queue *q) {
  if (q->unfinished <= 0) return AIO_E_VALUE;
  if (--q->unfinished == 0) aio_event_set(q->finished);
  return 0;
}

int aio_queue_join(aio_queue *q, void **out) {
  *out = NULL;
  if (!q->loop->current) return AIO_E_NOT_IN_TASK;
  if (q->unfinished > 0) return aio_event_wait(q->finished, out);
  return AIO_OK;
}
