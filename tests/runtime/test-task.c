/* tests/runtime/test-task.c — tasks: steps, names, results, errors, cancellation. */
#include "test.h"

typedef struct { const char *name; int n; } walker_arg;

/* async def w(name, n):
 *     for i in range(n): log.append(f'{name}{i}'); await asyncio.sleep(0)
 *     return name */
static int walker(aio_task *self, void *arg, void **out) {
  walker_arg *w = arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  for (int i = 0; i < w->n; i++) {
    LOG("%s%d", w->name, i);
    void *err;
    int rc = aio_yield(loop, &err);
    if (rc != AIO_OK) { *out = err; return rc; }
  }
  *out = (void *)w->name;
  return AIO_OK;
}

static aio_task *spawn(aio_loop *loop, aio_task_fn fn, void *arg, const char *name) {
  aio_task *t = NULL;
  ASSERT_INT(aio_task_new(loop, fn, arg, name, &t), 0);
  return t;
}

/* (main is Task-1 under asyncio.run)
 * t1 = create_task(w('a',3)); t2 = create_task(w('b',2)); t3 = create_task(w('c',1), name='named')
 * -> Task-2 Task-3 named; await t1 -> log ['a0','b0','c0','a1','b1','a2'], 'a', t2 and t3 done */
static int interleave_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  ASSERT_STR(aio_task_name(self), "Task-1");
  walker_arg a = {"a", 3}, b = {"b", 2}, c = {"c", 1};
  aio_task *t1 = spawn(loop, walker, &a, NULL), *t2 = spawn(loop, walker, &b, NULL);
  aio_task *t3 = spawn(loop, walker, &c, "named");
  ASSERT_STR(aio_task_name(t1), "Task-2");
  ASSERT_STR(aio_task_name(t2), "Task-3");
  ASSERT_STR(aio_task_name(t3), "named");
  ASSERT(aio_task_parent(t1) == self);
  void *r;
  ASSERT_INT(aio_await(aio_task_future(t1), &r), AIO_OK);
  ASSERT_STR((const char *)r, "a");
  ASSERT_LOG("a0 b0 c0 a1 b1 a2");
  ASSERT(aio_future_done(aio_task_future(t2)) && aio_future_done(aio_task_future(t3)));
  ASSERT(aio_current_task(loop) == self);
  aio_task *all[4];
  ASSERT_INT(aio_all_tasks(loop, all, 4), 1);
  ASSERT(all[0] == self);
  aio_task_release(t1);
  aio_task_release(t2);
  aio_task_release(t3);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(task_interleave_and_names) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, interleave_main, NULL, &out), AIO_OK);
  ASSERT(aio_current_task(loop) == NULL);
  /* A counter reset (a new run) starts at Task-1 again; a new loop reuses the counter. */
  aio_task_counter_reset();
  ASSERT_INT(aio_task_counter_next(), 1);
  test_loop_free(loop);
}

/* async def sleeper():
 *     try: await asyncio.sleep(10)
 *     except CancelledError as e: log.append(f'caught {e.args}'); raise
 * t = create_task(sleeper()); await sleep(0)
 * t.cancel('stop'), t.cancelling(), t.cancel(), t.cancelling() -> True 1 True 2
 * await t -> CancelledError('stop'), t.cancelled(), log ["caught ('stop',)"]
 * t.result() again -> CancelledError() (only the first retrieval carries the message) */
static int sleeper(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  int rc = aio_sleep(loop, 10, out);
  if (rc == AIO_RAISED) LOG("caught %s(%s)", ekind(*out), emsg(*out));
  return rc;
}

static int cancel_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  aio_task *t = spawn(loop, sleeper, NULL, NULL);
  void *err;
  aio_yield(loop, &err);
  ASSERT_INT(aio_task_cancel(t, "stop"), 1);
  ASSERT_INT(aio_task_cancelling(t), 1);
  ASSERT_INT(aio_task_cancel(t, NULL), 1);
  ASSERT_INT(aio_task_cancelling(t), 2);
  void *r;
  ASSERT_INT(aio_await(aio_task_future(t), &r), AIO_RAISED);
  ASSERT_STR(ekind(r), "CancelledError");
  ASSERT_STR(emsg(r), "stop");
  ASSERT(aio_future_cancelled(aio_task_future(t)));
  ASSERT_LOG("caught CancelledError(stop)");
  ASSERT_INT(aio_future_result(aio_task_future(t), &r), AIO_RAISED);
  ASSERT_STR(emsg(r), "");
  ASSERT_INT(aio_task_cancel(t, NULL), 0);
  aio_task_release(t);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(task_cancel_sleeping_with_message) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, cancel_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* async def swallow():
 *     try: await asyncio.sleep(10)
 *     except CancelledError: pass
 *     await asyncio.sleep(0); return 'survived'
 * -> await t == 'survived', t.cancelling() 1, t.uncancel() 0, t.uncancel() 0 */
static int swallow(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  void *err;
  ASSERT_INT(aio_sleep(loop, 10, &err), AIO_RAISED);
  ASSERT_INT(aio_yield(loop, &err), AIO_OK);
  *out = "survived";
  return AIO_OK;
}

/* t = create_task(w('z',1)); t.cancel('early'); await t -> CancelledError('early'), w never ran */
static int swallow_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  aio_task *t = spawn(loop, swallow, NULL, NULL);
  void *r;
  aio_yield(loop, &r);
  aio_task_cancel(t, NULL);
  ASSERT_INT(aio_await(aio_task_future(t), &r), AIO_OK);
  ASSERT_STR((const char *)r, "survived");
  ASSERT_INT(aio_task_cancelling(t), 1);
  ASSERT_INT(aio_task_uncancel(t), 0);
  ASSERT_INT(aio_task_uncancel(t), 0);
  aio_task_release(t);
  walker_arg z = {"z", 1};
  t = spawn(loop, walker, &z, NULL);
  aio_task_cancel(t, "early");
  ASSERT_INT(aio_await(aio_task_future(t), &r), AIO_RAISED);
  ASSERT_STR(emsg(r), "early");
  ASSERT_LOG("");
  aio_task_release(t);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(task_swallowed_cancel_and_early_cancel) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, swallow_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* async def boom(): await asyncio.sleep(0); raise ValueError('bad')
 * await t -> ValueError('bad'); t.exception() is it */
static int boom(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  void *err;
  aio_yield(loop, &err);
  *out = test_error(loop, "bad");
  return AIO_RAISED;
}

TEST_IMPL(task_raises) {
  aio_loop *loop = test_loop();
  aio_task *t = spawn(loop, boom, NULL, NULL);
  void *r;
  ASSERT_INT(aio_future_result(aio_task_future(t), &r), AIO_E_INVALID_STATE);
  ASSERT_INT(aio_future_exception(aio_task_future(t), &r), AIO_E_INVALID_STATE);
  ASSERT_INT(aio_loop_run_until_complete(loop, aio_task_future(t)), 0);
  ASSERT_INT(aio_future_result(aio_task_future(t), &r), AIO_RAISED);
  ASSERT_STR(emsg(r), "bad");
  ASSERT_INT(aio_future_exception(aio_task_future(t), &r), AIO_OK);
  ASSERT_STR(emsg(r), "bad");
  aio_task_release(t);
  test_loop_free(loop);
}

/* f = loop.create_future()
 * async def waiter():
 *     try: await f; return 'normal'
 *     except CancelledError: return 'cancelled'
 * t = create_task(waiter()); await sleep(0); f.set_result(1); t.cancel() -> 'cancelled' */
static int waiter(aio_task *self, void *arg, void **out) {
  (void)self;
  void *r;
  *out = aio_await(arg, &r) == AIO_OK ? "normal" : "cancelled";
  return AIO_OK;
}

static int late_cancel_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  aio_future *f = aio_future_new(loop);
  aio_task *t = spawn(loop, waiter, f, NULL);
  void *r;
  aio_yield(loop, &r);
  aio_future_set_result(f, V(1));
  aio_task_cancel(t, NULL);
  ASSERT_INT(aio_await(aio_task_future(t), &r), AIO_OK);
  ASSERT_STR((const char *)r, "cancelled");
  aio_task_release(t);
  aio_future_release(f);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(task_cancel_after_future_done_before_resume) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, late_cancel_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* async def inner():
 *     try: await asyncio.sleep(10)
 *     except CancelledError: return 'inner ok'
 * async def outer(): return await asyncio.create_task(inner())
 * o.cancel() -> await o == 'inner ok', o.cancelling() 1, o.cancelled() False */
static int inner_swallow(aio_task *self, void *arg, void **out) {
  (void)arg;
  void *err;
  *out = aio_sleep(aio_future_loop(aio_task_future(self)), 10, &err) == AIO_RAISED ? "inner ok" : "?";
  return AIO_OK;
}
static int outer_await_inner(aio_task *self, void *arg, void **out) {
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  aio_task *t = spawn(loop, (aio_task_fn)arg, NULL, NULL);
  int rc = aio_await(aio_task_future(t), out);
  aio_task_release(t);
  return rc;
}

static int nested_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  aio_task *o = spawn(loop, outer_await_inner, (void *)inner_swallow, NULL);
  void *r;
  aio_yield(loop, &r);
  aio_yield(loop, &r);
  aio_task_cancel(o, NULL);
  ASSERT_INT(aio_await(aio_task_future(o), &r), AIO_OK);
  ASSERT_STR((const char *)r, "inner ok");
  ASSERT_INT(aio_task_cancelling(o), 1);
  ASSERT(!aio_future_cancelled(aio_task_future(o)));
  aio_task_release(o);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(task_cancel_travels_to_awaited_task) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, nested_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* async def selfc():
 *     asyncio.current_task().cancel(); log.append('after self cancel')
 *     try: await asyncio.sleep(0)
 *     except CancelledError: log.append('got it')
 *     return 1
 * -> 1, ['after self cancel', 'got it'] */
static int self_cancel(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  aio_task_cancel(aio_current_task(loop), NULL);
  LOG("after-self-cancel");
  void *err;
  if (aio_yield(loop, &err) == AIO_RAISED) LOG("got-it");
  *out = V(1);
  return AIO_OK;
}

TEST_IMPL(task_cancels_itself) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, self_cancel, NULL, &out), AIO_OK);
  ASSERT_INT(IV(out), 1);
  ASSERT_LOG("after-self-cancel got-it");
  test_loop_free(loop);
}

/* Misuse: awaiting or yielding outside a task, a task awaiting itself. */
static int await_self(aio_task *self, void *arg, void **out) {
  (void)arg;
  ASSERT_INT(aio_await(aio_task_future(self), out), AIO_E_INVAL);
  *out = NULL;
  return AIO_OK;
}

TEST_IMPL(task_misuse) {
  aio_loop *loop = test_loop();
  aio_future *f = aio_future_new(loop);
  void *out;
  ASSERT_INT(aio_await(f, &out), AIO_E_NOT_IN_TASK);
  ASSERT_INT(aio_yield(loop, &out), AIO_E_NOT_IN_TASK);
  ASSERT_INT(aio_sleep(loop, 1, &out), AIO_E_NOT_IN_TASK);
  ASSERT_INT(run_task(loop, await_self, NULL, &out), AIO_OK);
  aio_future_release(f);
  test_loop_free(loop);
}

static void stop_loop(aio_loop *loop, void *arg) {
  (void)arg;
  aio_loop_stop(loop);
}

/* A task left suspended when the loop is freed: its stack copy is freed, no leak. */
TEST_IMPL(task_teardown_frees_suspended) {
  aio_loop *loop = test_loop();
  aio_task *ts[3];
  for (int i = 0; i < 3; i++) ts[i] = spawn(loop, sleeper, NULL, NULL);
  aio_loop_call_later(loop, 1, stop_loop, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT(aio_task_saved_bytes(ts[0]) > 0);
  ASSERT(!aio_future_done(aio_task_future(ts[2])));
  test_loop_free(loop); /* the test's references die with the loop */
}

/* Allocation failure while creating a task: AIO_E_NOMEM, nothing leaked. */
TEST_IMPL(task_new_allocation_failure) {
  aio_loop *loop = test_loop();
  for (long n = 1; n <= 3; n++) {
    aio_task *t = NULL;
    test_fail_alloc_after(n);
    int rc = aio_task_new(loop, boom, NULL, NULL, &t);
    test_fail_alloc_after(0);
    if (rc == 0) aio_task_release(t);
    else ASSERT_INT(rc, AIO_E_NOMEM);
  }
  test_loop_free(loop);
}

/* Deep C recursion inside a task, suspended at the bottom, resumed intact. */
static int deep(aio_loop *loop, int n) {
  volatile char pad[64];
  pad[0] = (char)n;
  if (n == 0) {
    void *err;
    aio_yield(loop, &err);
    return pad[0];
  }
  return deep(loop, n - 1) + pad[0];
}
static int deep_task(aio_task *self, void *arg, void **out) {
  (void)arg;
  *out = V(deep(aio_future_loop(aio_task_future(self)), 1000));
  return AIO_OK;
}
static int other_task(aio_task *self, void *arg, void **out) {
  (void)arg;
  *out = V(deep(aio_future_loop(aio_task_future(self)), 10));
  return AIO_OK;
}

TEST_IMPL(task_deep_recursion_survives_switches) {
  aio_loop *loop = test_loop();
  aio_task *a = spawn(loop, deep_task, NULL, NULL), *b = spawn(loop, other_task, NULL, NULL);
  ASSERT_INT(aio_loop_run_until_complete(loop, aio_task_future(a)), 0);
  ASSERT_INT(aio_loop_run_until_complete(loop, aio_task_future(b)), 0);
  void *r;
  aio_future_result(aio_task_future(a), &r);
  long want = 0;
  for (int n = 0; n <= 1000; n++) want += (char)n;
  ASSERT_INT(IV(r), want);
  ASSERT_INT(aio_task_saved_bytes(a), 0);
  aio_task_release(a);
  aio_task_release(b);
  test_loop_free(loop);
}
