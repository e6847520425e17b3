/* runtime/aio/shield.c — asyncio.shield (tasks.py): an outer future that follows the
 * inner one, so cancelling the outer does not cancel the inner. */
#include "aio/internal.h"
#include "aio/combinators.h"

static void inner_done(aio_future *inner, void *arg) {
  aio_future *outer = arg;
  if (!aio_future_cancelled(outer)) {
    if (aio_future_cancelled(inner)) aio_future_cancel(outer, NULL);
    else if (inner->exception) aio_future_set_exception(outer, inner->exception);
    else aio_future_set_result(outer, inner->result);
  }
  aio_future_release(outer);
}

static void outer_done(aio_future *outer, void *arg) {
  aio_future *inner = arg;
  if (!aio_future_done(inner)) {
    size_t removed = aio_future_remove_done_callback(inner, inner_done, outer);
    while (removed--) aio_future_release(outer);
  }
  aio_future_release(inner);
}

aio_future *aio_shield(aio_loop *loop, aio_future *inner) {
  if (aio_future_done(inner)) {
    aio_future_retain(inner);
    return inner;
  }
  aio_future *outer = aio_future_new(loop);
  if (!outer) return NULL;
  if (aio_future_add_done_callback(inner, inner_done, outer) != 0) goto fail;
  aio_future_retain(outer);
  if (aio_future_add_done_callback(outer, outer_done, inner) != 0) {
    aio_future_remove_done_callback(inner, inner_done, outer);
    aio_future_release(outer);
    goto fail;
  }
  aio_future_retain(inner);
  return outer;
fail:
  aio_future_release(outer);
  return NULL;
}
