/* tests/runtime/test-cancel.c — cancellation while blocked in the primitives and
 * combinators, and errors raised by a task group's body. Expected behaviour from the
 * Python above each test, run under CPython 3.11.7. */
#include "test.h"

#define LOOP(self) aio_future_loop(aio_task_future(self))

static aio_task *spawn(aio_loop *loop, aio_task_fn fn, void *arg) {
  aio_task *t = NULL;
  ASSERT_INT(aio_task_new(loop, fn, arg, NULL, &t), 0);
  return t;
}
static void settle(aio_loop *loop, aio_task **ts, size_t n) {
  aio_future *fs[4] = {0};
  for (size_t i = 0; i < n; i++) fs[i] = aio_task_future(ts[i]);
  aio_future *g = aio_gather(loop, fs, n, 1);
  void *r;
  ASSERT_INT(aio_await(g, &r), AIO_OK);
  aio_future_release(g);
  for (size_t i = 0; i < n; i++) aio_task_release(ts[i]);
}

static aio_lock *lk;
/* lock = Lock(); await lock.acquire()
 * async def locker(n):
 *     try: await lock.acquire(); log.append(f'got{n}'); lock.release()
 *     except CancelledError: log.append(f'cancelled{n}'); raise
 * ts = [create_task(locker(i)) for i in range(3)]; await sleep(0); ts[0].cancel()
 * await sleep(0); lock.release(); await gather(*ts, return_exceptions=True)
 * -> ['cancelled0', 'got1', 'got2'] */
static int locker(aio_task *self, void *arg, void **out) {
  (void)self;
  int rc = aio_lock_acquire(lk, out);
  if (rc != AIO_OK) {
    LOG("cancelled%ld", IV(arg));
    return rc;
  }
  LOG("got%ld", IV(arg));
  aio_lock_release(lk);
  return AIO_OK;
}
static int lock_cancel_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  lk = aio_lock_new(loop);
  aio_lock_acquire(lk, out);
  aio_task *ts[3];
  for (long i = 0; i < 3; i++) ts[i] = spawn(loop, locker, V(i));
  aio_yield(loop, out);
  aio_task_cancel(ts[0], NULL);
  aio_yield(loop, out);
  aio_lock_release(lk);
  settle(loop, ts, 3);
  ASSERT_LOG("cancelled0 got1 got2");
  aio_lock_free(lk);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(lock_waiter_cancelled_passes_the_lock_on) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, lock_cancel_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

static aio_queue *qq;
/* async def getter(n):
 *     try: v = await q.get(); log.append(f'g{n}={v}')
 *     except CancelledError: log.append(f'c{n}'); raise
 * ts = [getter(0), getter(1)]; await sleep(0); ts[0].cancel(); q.put_nowait('x')
 * -> ['c0', 'g1=x'] */
static int getter(aio_task *self, void *arg, void **out) {
  (void)self;
  void *v;
  int rc = aio_queue_get(qq, &v);
  if (rc != AIO_OK) {
    LOG("c%ld", IV(arg));
    *out = v;
    return rc;
  }
  LOG("g%ld=%s", IV(arg), (const char *)v);
  *out = NULL;
  return AIO_OK;
}
static int queue_cancel_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  qq = aio_queue_new(loop, 0, AIO_QUEUE_FIFO);
  aio_task *ts[2];
  for (long i = 0; i < 2; i++) ts[i] = spawn(loop, getter, V(i));
  aio_yield(loop, out);
  aio_task_cancel(ts[0], NULL);
  aio_queue_put_nowait(qq, "x", out);
  settle(loop, ts, 2);
  ASSERT_LOG("c0 g1=x");
  aio_queue_free(qq);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(queue_getter_cancelled_passes_the_item_on) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, queue_cancel_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* async def bad(d): await sleep(d); raise ValueError('b');  async def ok(d): await sleep(d); return 1
 * wait([ok(1), bad(2), ok(3)], return_when=FIRST_EXCEPTION) -> done [True, True, False] at 2.0 */
static int ok_after(aio_task *self, void *arg, void **out) {
  int rc = aio_sleep(LOOP(self), (double)IV(arg), out);
  if (rc == AIO_OK) *out = V(1);
  return rc;
}
static int bad_after(aio_task *self, void *arg, void **out) {
  int rc = aio_sleep(LOOP(self), (double)IV(arg), out);
  if (rc != AIO_OK) return rc;
  *out = test_error(LOOP(self), "b");
  return AIO_RAISED;
}
static int first_exc_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *ts[3] = {spawn(loop, ok_after, V(1)), spawn(loop, bad_after, V(2)),
                     spawn(loop, ok_after, V(3))};
  aio_future *fs[3] = {aio_task_future(ts[0]), aio_task_future(ts[1]), aio_task_future(ts[2])};
  unsigned char done[3];
  ASSERT_INT(aio_wait(loop, fs, 3, -1, AIO_FIRST_EXCEPTION, done, out), AIO_OK);
  ASSERT(done[0] && done[1] && !done[2]);
  ASSERT_DBL(aio_loop_time(loop), 2.0);
  ASSERT_INT(aio_wait(loop, fs, 3, -1, 7, done, out), AIO_E_INVAL);
  aio_task_cancel(ts[2], NULL);
  settle(loop, ts, 3);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(wait_first_exception) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, first_exc_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

static aio_condition *cv;
/* async def cw():
 *     async with cond:
 *         try: await cond.wait()
 *         except CancelledError: log.append(f'locked={cond.locked()}'); raise
 * t = create_task(cw()); await sleep(0); t.cancel(); await t
 * -> ['locked=True'], and the lock is free afterwards */
static int cond_waiter(aio_task *self, void *arg, void **out) {
  (void)self;
  (void)arg;
  aio_condition_acquire(cv, out);
  int rc = aio_condition_wait(cv, out);
  if (rc == AIO_RAISED) LOG("locked=%d", aio_condition_locked(cv));
  aio_condition_release(cv);
  return rc;
}
static int cond_cancel_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  cv = aio_condition_new(loop, NULL);
  aio_task *t = spawn(loop, cond_waiter, NULL);
  aio_yield(loop, out);
  aio_task_cancel(t, NULL);
  void *r;
  ASSERT_INT(aio_await(aio_task_future(t), &r), AIO_RAISED);
  ASSERT_STR(ekind(r), "CancelledError");
  ASSERT_LOG("locked=1");
  ASSERT(!aio_condition_locked(cv));
  aio_task_release(t);
  aio_condition_free(cv);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(condition_wait_cancelled_reacquires_the_lock) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, cond_cancel_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* async def fail(): await sleep(0); raise ValueError('child')
 * async with TaskGroup() as tg: tg.create_task(fail()); raise KeyError('body')
 * -> ExceptionGroup([KeyError('body')]) (the child was cancelled before it failed)
 * (tg.create_task afterwards is RuntimeError: here aio_taskgroup_exit frees the group,
 * so the host keeps that state.) */
static int fail_child(aio_task *self, void *arg, void **out) {
  (void)arg;
  int rc = aio_yield(LOOP(self), out);
  if (rc != AIO_OK) return rc;
  *out = test_error(LOOP(self), "child");
  return AIO_RAISED;
}
static int tg_body_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_taskgroup *tg = aio_taskgroup_enter(loop);
  aio_task *t;
  aio_taskgroup_create_task(tg, fail_child, NULL, NULL, &t);
  void *err = test_error(loop, "body");
  ASSERT_INT(aio_taskgroup_exit(tg, AIO_RAISED, &err), AIO_RAISED);
  ASSERT_STR(ekind(err), "ExceptionGroup");
  ASSERT_INT(aio_error_group_size(err), 1);
  ASSERT_STR(emsg(aio_error_group_item(err, 0)), "body");
  ASSERT(aio_future_cancelled(aio_task_future(t)));
  aio_task_release(t);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(taskgroup_body_error_aborts_children) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, tg_body_main, NULL, &out), AIO_OK);
  ASSERT(aio_taskgroup_enter(loop) == NULL); /* outside a task */
  ASSERT(aio_timeout_enter(loop, 1) == NULL);
  test_loop_free(loop);
}

/* ---- teardown with tasks blocked everywhere ---- */
static aio_queue *td_q;
static aio_lock *td_lock;
static int td_in_timeout(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_timeout *tm = aio_timeout_enter(loop, aio_loop_time(loop) + 50);
  int rc = aio_sleep(loop, 100, out);
  return aio_timeout_exit(tm, rc, out);
}
static int td_sleep(aio_task *self, void *arg, void **out) {
  (void)arg;
  return aio_sleep(LOOP(self), 100, out);
}
static int td_waits(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *t = spawn(loop, td_sleep, NULL);
  aio_future *f = aio_task_future(t);
  aio_task_release(t); /* the loop keeps it alive until teardown */
  switch (IV(arg)) {
  case 0: return aio_wait(loop, &f, 1, 60, AIO_ALL_COMPLETED, NULL, out);
  case 1: return aio_wait_for(loop, f, 60, out);
  case 2: return aio_queue_get(td_q, out);
  case 3: aio_lock_acquire(td_lock, out); return aio_lock_acquire(td_lock, out); /* blocks */
  case 4: {
    aio_as_completed *it = aio_as_completed_new(loop, &f, 1, 60);
    int rc = aio_as_completed_next(it, out);
    aio_as_completed_free(it);
    return rc;
  }
  default: {
    aio_taskgroup *tg = aio_taskgroup_enter(loop);
    aio_task *c;
    aio_taskgroup_create_task(tg, td_sleep, NULL, NULL, &c);
    aio_task_release(c);
    return aio_taskgroup_exit(tg, AIO_OK, out);
  }
  }
}
static void td_stop(aio_loop *loop, void *arg) {
  (void)arg;
  aio_loop_stop(loop);
}
TEST_IMPL(teardown_with_tasks_blocked_everywhere_frees_everything) {
  aio_loop *loop = test_loop();
  td_q = aio_queue_new(loop, 0, AIO_QUEUE_FIFO);
  td_lock = aio_lock_new(loop);
  aio_task *holder = spawn(loop, td_sleep, NULL);
  aio_task_release(holder);
  aio_task *t = spawn(loop, td_in_timeout, NULL);
  aio_task_release(t);
  for (long k = 0; k <= 5; k++) {
    t = spawn(loop, td_waits, V(k));
    aio_task_release(t);
  }
  aio_loop_call_soon(loop, td_stop, NULL);
  aio_loop_run_forever(loop);
  aio_loop_call_later(loop, 1, td_stop, NULL);
  aio_loop_run_forever(loop);
  aio_task *all[16];
  ASSERT(aio_all_tasks(loop, all, 16) >= 10);
  aio_queue_free(td_q);
  aio_lock_free(td_lock);
  test_loop_free(loop); /* checks that every byte came back */
}
