/* runtime/aio/gather.c — asyncio.gather and its _GatheringFuture (tasks.py). */
#include "aio/internal.h"
#include "aio/combinators.h"

typedef struct gather {
  aio_future fut;            /* the outer future; must stay first */
  aio_future **children;     /* retained, in argument order (duplicates kept) */
  size_t n, nfuts, nfinished;
  int return_exceptions, cancel_requested;
} gather;

/* _GatheringFuture.cancel: cancel the children, not the outer future itself. */
static int gather_cancel(aio_future *f, const char *msg) {
  gather *g = (gather *)f;
  if (aio_future_done(f)) return 0;
  int ret = 0;
  for (size_t i = 0; i < g->n; i++)
    if (aio_future_cancel(g->children[i], msg)) ret = 1;
  if (ret) g->cancel_requested = 1;
  return ret;
}

static void gather_finalize(aio_future *f) {
  gather *g = (gather *)f;
  for (size_t i = 0; i < g->n; i++) aio_future_release(g->children[i]);
  aio__free(f->loop, g->children, g->n * sizeof *g->children);
}

static void done_callback(aio_future *child, void *arg) {
  gather *g = arg;
  aio_loop *loop = g->fut.loop;
  g->nfinished++;
  if (aio_future_done(&g->fut)) goto out;
  if (!g->return_exceptions) {
    if (aio_future_cancelled(child)) {
      void *exc = aio__future_make_cancelled_error(child);
      aio__future_set_exception_steal(&g->fut, exc);
      goto out;
    }
    if (child->exception) {
      aio_future_set_exception(&g->fut, child->exception);
      goto out;
    }
  }
  if (g->nfinished == g->nfuts) {
    void **results = aio__alloc(loop, (g->n ? g->n : 1) * sizeof *results);
    if (!results) {
      aio__set_error(loop, AIO_E_NOMEM);
      goto out;
    }
    for (size_t i = 0; i < g->n; i++) {
      aio_future *c = g->children[i];
      if (aio_future_cancelled(c)) {
        results[i] = loop->ops.make_cancelled_error(loop->ops.ctx, c->cancel_msg ? c->cancel_msg : "");
      } else {
        results[i] = c->exception ? c->exception : c->result;
        aio__retain(loop, results[i]);
      }
    }
    if (g->cancel_requested) {
      /* As CPython: `fut` is the last child after the results loop. */
      void *exc = aio__future_make_cancelled_error(g->children[g->n - 1]);
      aio__future_set_exception_steal(&g->fut, exc);
    } else {
      void *list = loop->ops.make_list(loop->ops.ctx, results, g->n);
      if (!list) aio__set_error(loop, AIO_E_NOMEM);
      aio__future_set_result_steal(&g->fut, list);
    }
    for (size_t i = 0; i < g->n; i++) aio__release(loop, results[i]);
    aio__free(loop, results, g->n * sizeof *results);
  }
out:
  aio_future_release(&g->fut);
}

aio_future *aio_gather(aio_loop *loop, aio_future *const *futs, size_t n, int return_exceptions) {
  gather *g = (gather *)aio__future_alloc(loop, sizeof(gather));
  if (!g) return NULL;
  if (n == 0) {
    void *list = loop->ops.make_list(loop->ops.ctx, NULL, 0);
    if (!list) {
      aio_future_release(&g->fut);
      return NULL;
    }
    aio__future_set_result_steal(&g->fut, list);
    return &g->fut;
  }
  g->children = aio__alloc(loop, n * sizeof *g->children);
  if (!g->children) {
    aio_future_release(&g->fut);
    return NULL;
  }
  g->fut.cancel = gather_cancel;
  g->fut.finalize = gather_finalize;
  g->return_exceptions = return_exceptions;
  for (size_t i = 0; i < n; i++) {
    int seen = 0;
    for (size_t j = 0; j < i; j++) seen |= futs[j] == futs[i];
    if (!seen) {
      /* The callback holds the outer future, as CPython's closure does. */
      if (aio_future_add_done_callback(futs[i], done_callback, g) != 0) {
        aio__set_error(loop, AIO_E_NOMEM);
      } else {
        aio_future_retain(&g->fut);
        g->nfuts++;
      }
    }
    aio_future_retain(futs[i]);
    g->children[g->n++] = futs[i];
  }
  return &g->fut;
}
