/* tests/runtime/test-host.c — a host with reference-counted values, as the Python
 * interpreter will be: every value the runtime retains it must release, and every
 * value it hands out is a new reference the caller releases. At the end each value
 * must be back to the one reference its creator holds, or freed. */
#include "test.h"
#include <stdlib.h>

typedef struct hv {
  struct hv *next;
  int refs;
  int kind;                  /* 0 value, 1 error, 2 cancelled, 3 timeout, 4 state, 5 group, 6 list */
  long n;
  struct hv **items;         /* list / group: retained items */
  size_t nitems;
} hv;

static hv *all_values;
static long live;

static hv *hv_new(int kind, long n) {
  hv *v = calloc(1, sizeof *v);
  v->refs = 1;
  v->kind = kind;
  v->n = n;
  v->next = all_values;
  all_values = v;
  live++;
  return v;
}
static void h_retain(void *ctx, void *v) {
  (void)ctx;
  ((hv *)v)->refs++;
}
static void h_release(void *ctx, void *p) {
  hv *v = p;
  if (--v->refs > 0) return;
  if (v->refs < 0) test_fail(__FILE__, __LINE__, "value released too often");
  for (size_t i = 0; i < v->nitems; i++) h_release(ctx, v->items[i]);
  free(v->items);
  v->items = NULL;
  v->nitems = 0;
  live--;
}
static void *h_cancelled(void *ctx, const char *msg) { (void)ctx; (void)msg; return hv_new(2, 0); }
static int h_is_cancelled(void *ctx, void *err) { (void)ctx; return ((hv *)err)->kind == 2; }
static void *h_timeout(void *ctx) { (void)ctx; return hv_new(3, 0); }
static void *h_state(void *ctx, const char *msg) { (void)ctx; (void)msg; return hv_new(4, 0); }
static void *h_collect(void *ctx, int kind, void *const *items, size_t n) {
  hv *v = hv_new(kind, (long)n);
  v->items = calloc(n ? n : 1, sizeof *v->items);
  v->nitems = n;
  for (size_t i = 0; i < n; i++) {
    v->items[i] = items[i];
    h_retain(ctx, items[i]);
  }
  return v;
}
static void *h_group(void *ctx, const char *msg, void *const *errors, size_t n) {
  (void)msg;
  return h_collect(ctx, 5, errors, n);
}
static void *h_list(void *ctx, void *const *items, size_t n) { return h_collect(ctx, 6, items, n); }
static int h_less(void *ctx, void *a, void *b, void **err) {
  (void)ctx;
  if (((hv *)a)->kind != 0 || ((hv *)b)->kind != 0) {
    *err = hv_new(1, -1); /* TypeError: '<' not supported */
    return -1;
  }
  return ((hv *)a)->n < ((hv *)b)->n;
}
static const aio_value_ops host_ops = {NULL, h_retain, h_release, h_cancelled, h_is_cancelled,
                                       h_timeout, h_state, h_group, h_list, h_less};

static aio_loop *host_loop(void) {
  aio_loop_config cfg = {0};
  cfg.ops = &host_ops;
  aio_loop *loop = NULL;
  ASSERT_INT(aio_loop_new(&cfg, &loop), 0);
  return loop;
}
static void host_done(aio_loop *loop, long creator_held) {
  aio_loop_free(loop);
  long bad = 0;
  for (hv *v = all_values; v; v = v->next)
    if (v->refs > 1) bad++;
  ASSERT_INT(bad, 0);
  ASSERT_INT(live, creator_held);
  while (all_values) {
    hv *v = all_values;
    all_values = v->next;
    free(v->items);
    free(v);
  }
  live = 0;
}

#define LOOP(self) aio_future_loop(aio_task_future(self))

static int returns_value(aio_task *self, void *arg, void **out) {
  int rc = aio_sleep(LOOP(self), 0.1, out);
  if (rc != AIO_OK) return rc;
  h_retain(NULL, arg);
  *out = arg; /* the task steals this reference */
  return AIO_OK;
}
static int raises_error(aio_task *self, void *arg, void **out) {
  aio_yield(LOOP(self), out);
  h_retain(NULL, arg);
  *out = arg;
  return AIO_RAISED;
}
static int sleeps_long(aio_task *self, void *arg, void **out) {
  (void)arg;
  return aio_sleep(LOOP(self), 100, out);
}

static hv *value, *error;

static int host_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *a, *b, *c;
  void *r;
  /* await a task's result, then its error */
  aio_task_new(loop, returns_value, value, NULL, &a);
  aio_task_new(loop, raises_error, error, NULL, &b);
  ASSERT_INT(aio_await(aio_task_future(a), &r), AIO_OK);
  ASSERT(r == value);
  h_release(NULL, r);
  ASSERT_INT(aio_await(aio_task_future(b), &r), AIO_RAISED);
  ASSERT(r == error);
  h_release(NULL, r);
  /* gather with return_exceptions over a result, an error and a cancelled task */
  aio_task_new(loop, sleeps_long, NULL, NULL, &c);
  aio_task_cancel(c, "m");
  aio_future *fs[3] = {aio_task_future(a), aio_task_future(b), aio_task_future(c)};
  aio_future *g = aio_gather(loop, fs, 3, 1);
  ASSERT_INT(aio_await(g, &r), AIO_OK);
  ASSERT_INT(((hv *)r)->kind, 6);
  ASSERT(((hv *)r)->items[0] == value && ((hv *)r)->items[1] == error);
  ASSERT_INT(((hv *)((hv *)r)->items[2])->kind, 2);
  h_release(NULL, r);
  aio_future_release(g);
  aio_task_release(a);
  aio_task_release(b);
  aio_task_release(c);
  /* wait_for timing out */
  aio_task_new(loop, sleeps_long, NULL, NULL, &c);
  ASSERT_INT(aio_wait_for(loop, aio_task_future(c), 1, &r), AIO_RAISED);
  ASSERT_INT(((hv *)r)->kind, 3);
  h_release(NULL, r);
  aio_task_release(c);
  /* a queue holds its items */
  aio_queue *q = aio_queue_new(loop, 0, AIO_QUEUE_PRIORITY);
  ASSERT_INT(aio_queue_put(q, value, &r), AIO_OK);
  ASSERT_INT(aio_queue_put(q, error, &r), AIO_RAISED); /* '<' between a value and an error */
  ASSERT_INT(((hv *)r)->kind, 1);
  h_release(NULL, r);
  ASSERT_INT(aio_queue_get(q, &r), AIO_OK);
  h_release(NULL, r);
  aio_queue_free(q); /* releases the error left in it */
  /* a task group collecting an error */
  aio_taskgroup *tg = aio_taskgroup_enter(loop);
  aio_taskgroup_create_task(tg, raises_error, error, NULL, &a);
  aio_taskgroup_create_task(tg, sleeps_long, NULL, NULL, &b);
  void *err = NULL;
  ASSERT_INT(aio_taskgroup_exit(tg, AIO_OK, &err), AIO_RAISED);
  ASSERT_INT(((hv *)err)->kind, 5);
  ASSERT(((hv *)err)->items[0] == error);
  h_release(NULL, err);
  aio_task_release(a);
  aio_task_release(b);
  /* a timeout scope expiring */
  aio_timeout *tm = aio_timeout_enter(loop, aio_loop_time(loop) + 1);
  int rc = aio_sleep(loop, 5, &err);
  rc = aio_timeout_exit(tm, rc, &err);
  ASSERT_INT(rc, AIO_RAISED);
  ASSERT_INT(((hv *)err)->kind, 3);
  h_release(NULL, err);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(host_values_retained_and_released_in_balance) {
  aio_loop *loop = host_loop();
  value = hv_new(0, 42);
  error = hv_new(1, 7);
  aio_task *t;
  aio_task_new(loop, host_main, NULL, NULL, &t);
  ASSERT_INT(aio_loop_run_until_complete(loop, aio_task_future(t)), 0);
  void *r;
  ASSERT_INT(aio_future_result(aio_task_future(t), &r), AIO_OK);
  aio_task_release(t);
  host_done(loop, 2); /* only value and error, held by the test */
}
