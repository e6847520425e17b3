/* runtime/aio/errors.c — the built-in value ops: tiny error and list objects owned by
 * the loop, used when the loop has no host (plain C callers and the unit tests). */
#include "aio/internal.h"
#include "aio/errors.h"
#include <string.h>

struct aio_error {
  aio__owned own;            /* the loop's list of owned objects; must stay first */
  aio_error_kind kind;
  char *msg;                 /* lives in the same block, or NULL */
  size_t n;                  /* group: number of errors */
  void **items;              /* group: the errors (same block) */
};

struct aio_list {
  aio__owned own;
  size_t n;
  void **items;
};

static void *owned_new(aio_loop *loop, size_t size) {
  aio__owned *o = aio__calloc(loop, size);
  if (!o) return NULL;
  o->size = size;
  o->next = loop->owned;
  loop->owned = o;
  return o;
}

void aio__owned_free_all(aio_loop *loop) {
  while (loop->owned) {
    aio__owned *o = loop->owned;
    loop->owned = o->next;
    aio__free(loop, o, o->size);
  }
}

static aio_error *error_new(aio_loop *loop, aio_error_kind kind, const char *msg,
                            void *const *items, size_t n) {
  size_t mlen = msg ? strlen(msg) + 1 : 0;
  aio_error *e = owned_new(loop, sizeof *e + n * sizeof(void *) + mlen);
  if (!e) return NULL;
  e->kind = kind;
  e->n = n;
  e->items = (void **)(e + 1);
  if (n) memcpy(e->items, items, n * sizeof(void *));
  if (msg) {
    e->msg = (char *)(e->items + n);
    memcpy(e->msg, msg, mlen);
  }
  return e;
}

aio_error *aio_error_new(aio_loop *loop, aio_error_kind kind, const char *msg) {
  return error_new(loop, kind, msg, NULL, 0);
}
aio_error_kind aio_error_get_kind(const void *err) { return ((const aio_error *)err)->kind; }
const char *aio_error_message(const void *err) { return ((const aio_error *)err)->msg; }
size_t aio_error_group_size(const void *err) { return ((const aio_error *)err)->n; }
void *aio_error_group_item(const void *err, size_t i) { return ((const aio_error *)err)->items[i]; }
size_t aio_list_len(const void *list) { return ((const aio_list *)list)->n; }
void *aio_list_item(const void *list, size_t i) { return ((const aio_list *)list)->items[i]; }

static void noop(void *ctx, void *v) { (void)ctx; (void)v; }
static void *make_cancelled(void *ctx, const char *msg) {
  return error_new(ctx, AIO_ERROR_CANCELLED, msg, NULL, 0);
}
static int is_cancelled(void *ctx, void *err) {
  (void)ctx;
  aio_error_kind k = ((aio_error *)err)->kind;
  return k == AIO_ERROR_CANCELLED || k == AIO_ERROR_USER_CANCELLED;
}
static void *make_timeout(void *ctx) { return error_new(ctx, AIO_ERROR_TIMEOUT, NULL, NULL, 0); }
static void *make_invalid_state(void *ctx, const char *msg) {
  return error_new(ctx, AIO_ERROR_INVALID_STATE, msg, NULL, 0);
}
static void *make_group(void *ctx, const char *msg, void *const *errors, size_t n) {
  return error_new(ctx, AIO_ERROR_GROUP, msg, errors, n);
}
static void *make_list(void *ctx, void *const *items, size_t n) {
  aio_list *l = owned_new(ctx, sizeof *l + n * sizeof(void *));
  if (!l) return NULL;
  l->n = n;
  l->items = (void **)(l + 1);
  if (n) memcpy(l->items, items, n * sizeof(void *));
  return l;
}
/* Default PriorityQueue order: values compared as unsigned integers (the pointer). */
static int less_than(void *ctx, void *a, void *b, void **err) {
  (void)ctx;
  (void)err;
  return (uintptr_t)a < (uintptr_t)b;
}

void aio__default_ops(aio_value_ops *ops, aio_loop *loop) {
  ops->ctx = loop;
  ops->retain = noop;
  ops->release = noop;
  ops->make_cancelled_error = make_cancelled;
  ops->is_cancelled_error = is_cancelled;
  ops->make_timeout_error = make_timeout;
  ops->make_invalid_state_error = make_invalid_state;
  ops->make_error_group = make_group;
  ops->make_list = make_list;
  ops->less_than = less_than;
}
