/* tests/runtime/test-combinators.c — sleep, gather, wait, shield, wait_for, timeout,
 * TaskGroup, and the hop-count table of shared/asyncio-semantics.md (one test per
 * row). Hops are loop iterations, measured in Python with a ticker that call_soon's
 * itself (n += 1 per iteration) and here with aio_loop_iterations(). */
#include "test.h"

#define LOOP(self) aio_future_loop(aio_task_future(self))
#define ITER(loop) ((long)aio_loop_iterations(loop))

static aio_task *spawn(aio_loop *loop, aio_task_fn fn, void *arg, const char *name) {
  aio_task *t = NULL;
  ASSERT_INT(aio_task_new(loop, fn, arg, name, &t), 0);
  return t;
}

/* async def child(k):
 *     for _ in range(k): await asyncio.sleep(0)
 *     return k */
static int child(aio_task *self, void *arg, void **out) {
  long k = IV(arg);
  for (long i = 0; i < k; i++) {
    int rc = aio_yield(LOOP(self), out);
    if (rc != AIO_OK) return rc;
  }
  *out = arg;
  return AIO_OK;
}

static int run_main(aio_task_fn fn) {
  aio_loop *loop = test_loop();
  void *out;
  int rc = run_task(loop, fn, NULL, &out);
  test_loop_free(loop);
  return rc;
}

/* ---- hop rows -------------------------------------------------------------------- */
static int noop_fn(void) { return 0; }

/* a = n; await coro() (a coroutine that never suspends) -> 0 hops;
 * a = n; await asyncio.sleep(0) -> 1;  t = create_task(first()) -> its first step at +1 */
static int hops_basic(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  long a = ITER(loop);
  noop_fn();
  ASSERT_INT(ITER(loop) - a, 0);
  a = ITER(loop);
  aio_yield(loop, out);
  ASSERT_INT(ITER(loop) - a, 1);
  return AIO_OK;
}
TEST_IMPL(hops_await_coro_0_and_sleep0_1) { ASSERT_INT(run_main(hops_basic), AIO_OK); }

static long first_step_at;
static int record_first(aio_task *self, void *arg, void **out) {
  (void)arg;
  first_step_at = ITER(LOOP(self));
  *out = NULL;
  return AIO_OK;
}
/* a = n; t = create_task(first()) -> first() sees n - a == 1 */
static int hops_create(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  long a = ITER(loop);
  aio_task *t = spawn(loop, record_first, NULL, NULL);
  aio_await(aio_task_future(t), out);
  ASSERT_INT(first_step_at - a, 1);
  aio_task_release(t);
  return AIO_OK;
}
TEST_IMPL(hops_create_task_first_step_1) { ASSERT_INT(run_main(hops_create), AIO_OK); }

static void set_later(aio_loop *loop, void *arg) {
  LOG("set@%ld", ITER(loop));
  aio_future_set_result(arg, V(1));
}
/* f = loop.create_future(); loop.call_soon(lambda: (b := n, f.set_result(1)))
 * a = n; await f -> n - a == 2, n - b == 1 */
static int hops_future(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_future *f = aio_future_new(loop);
  aio_loop_call_soon(loop, set_later, f);
  long a = ITER(loop);
  ASSERT_INT(aio_await(f, out), AIO_OK);
  ASSERT_INT(ITER(loop) - a, 2);
  char want[32];
  snprintf(want, sizeof want, "set@%ld", ITER(loop) - 1);
  ASSERT_LOG(want);
  aio_future_release(f);
  return AIO_OK;
}
TEST_IMPL(hops_future_set_from_call_soon_2) { ASSERT_INT(run_main(hops_future), AIO_OK); }

/* a = n; await create_task(c0()) -> 2;  with one sleep(0) inside -> 3;
 * an already-done task -> 0 */
static int hops_await_task(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  for (long k = 0; k <= 1; k++) {
    long a = ITER(loop);
    aio_task *t = spawn(loop, child, V(k), NULL);
    ASSERT_INT(aio_await(aio_task_future(t), out), AIO_OK);
    ASSERT_INT(ITER(loop) - a, 2 + k);
    long b = ITER(loop);
    ASSERT_INT(aio_await(aio_task_future(t), out), AIO_OK);
    ASSERT_INT(ITER(loop) - b, 0);
    aio_task_release(t);
  }
  return AIO_OK;
}
TEST_IMPL(hops_await_new_task_2_plus_sleeps_and_done_task_0) {
  ASSERT_INT(run_main(hops_await_task), AIO_OK);
}

/* async def inner(): await asyncio.sleep(10)
 * async def outer(): await asyncio.create_task(inner())
 * o = create_task(outer()); await sleep(0); await sleep(0); a = n; o.cancel(); await o -> 3 */
static int inner_sleep(aio_task *self, void *arg, void **out) {
  (void)arg;
  return aio_sleep(LOOP(self), 10, out);
}
static int outer_task(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_task *t = spawn(LOOP(self), inner_sleep, NULL, NULL);
  int rc = aio_await(aio_task_future(t), out);
  aio_task_release(t);
  return rc;
}
static int hops_cancel_chain(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *o = spawn(loop, outer_task, NULL, NULL);
  aio_yield(loop, out);
  aio_yield(loop, out);
  long a = ITER(loop);
  aio_task_cancel(o, NULL);
  ASSERT_INT(aio_await(aio_task_future(o), out), AIO_RAISED);
  ASSERT_INT(ITER(loop) - a, 3);
  aio_task_release(o);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(hops_cancel_task_awaiting_task_awaiting_sleep_3) {
  ASSERT_INT(run_main(hops_cancel_chain), AIO_OK);
}

/* a = n; await gather(create_task(child(1)), create_task(child(3))) -> [1, 3], 6 hops;
 * the same for wait([...]) -> 6; shield(create_task(child(3))) -> 6;
 * wait_for(create_task(child(3)), 10) -> 6  (last child done + 2) */
static int hops_combinators(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  long a = ITER(loop);
  aio_task *t1 = spawn(loop, child, V(1), NULL), *t3 = spawn(loop, child, V(3), NULL);
  aio_future *fs[2] = {aio_task_future(t1), aio_task_future(t3)};
  aio_future *g = aio_gather(loop, fs, 2, 0);
  void *r;
  ASSERT_INT(aio_await(g, &r), AIO_OK);
  ASSERT_INT(ITER(loop) - a, 6);
  ASSERT_INT(aio_list_len(r), 2);
  ASSERT_INT(IV(aio_list_item(r, 0)), 1);
  ASSERT_INT(IV(aio_list_item(r, 1)), 3);
  aio_future_release(g);
  aio_task_release(t1);
  aio_task_release(t3);

  a = ITER(loop);
  t1 = spawn(loop, child, V(1), NULL), t3 = spawn(loop, child, V(3), NULL);
  fs[0] = aio_task_future(t1), fs[1] = aio_task_future(t3);
  unsigned char done[2];
  ASSERT_INT(aio_wait(loop, fs, 2, -1, AIO_ALL_COMPLETED, done, &r), AIO_OK);
  ASSERT_INT(ITER(loop) - a, 6);
  ASSERT(done[0] && done[1]);
  aio_task_release(t1);
  aio_task_release(t3);

  a = ITER(loop);
  t3 = spawn(loop, child, V(3), NULL);
  aio_future *s = aio_shield(loop, aio_task_future(t3));
  ASSERT_INT(aio_await(s, &r), AIO_OK);
  ASSERT_INT(IV(r), 3);
  ASSERT_INT(ITER(loop) - a, 6);
  aio_future_release(s);
  aio_task_release(t3);

  a = ITER(loop);
  t3 = spawn(loop, child, V(3), NULL);
  ASSERT_INT(aio_wait_for(loop, aio_task_future(t3), 10, &r), AIO_OK);
  ASSERT_INT(IV(r), 3);
  ASSERT_INT(ITER(loop) - a, 6);
  aio_task_release(t3);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(hops_gather_wait_shield_wait_for_last_child_plus_2) {
  ASSERT_INT(run_main(hops_combinators), AIO_OK);
}

/* a = n
 * try:
 *     async with asyncio.timeout_at(loop.time()): await asyncio.sleep(10)
 * except TimeoutError: n - a == 2
 * a = n; async with asyncio.timeout(10): pass  -> 0 */
static int hops_timeout(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  long a = ITER(loop);
  aio_timeout *tm = aio_timeout_enter(loop, aio_loop_time(loop));
  void *err = NULL;
  int rc = aio_sleep(loop, 10, &err);
  rc = aio_timeout_exit(tm, rc, &err);
  ASSERT_INT(rc, AIO_RAISED);
  ASSERT_STR(ekind(err), "TimeoutError");
  ASSERT_INT(ITER(loop) - a, 2);
  ASSERT_INT(aio_task_cancelling(self), 0);
  a = ITER(loop);
  tm = aio_timeout_enter(loop, aio_loop_time(loop) + 10);
  ASSERT_INT(aio_timeout_exit(tm, AIO_OK, &err), AIO_OK);
  ASSERT_INT(ITER(loop) - a, 0);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(hops_timeout_at_now_expiry_2_and_no_suspend_0) { ASSERT_INT(run_main(hops_timeout), AIO_OK); }

static long timer_iter;
static void record_iter(aio_loop *loop, void *arg) {
  (void)arg;
  timer_iter = ITER(loop);
}
/* asyncio.tasks._release_waiter wrapped to record m['a'] = n when the timer calls it
 * await wait_for(create_task(sleep(10)), 0.5) -> TimeoutError, n - m['a'] == 4: the
 * table's "5" counts the iteration in which the timer fires too. (A probe with its own
 * call_at at the same deadline sees 5 on CPython's real clock only because that timer
 * lands microseconds earlier, in the iteration before.) */
static int hops_wait_for_timeout(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_loop_call_at(loop, aio_loop_time(loop) + 0.5, record_iter, NULL);
  aio_task *t = spawn(loop, inner_sleep, NULL, NULL);
  void *r;
  ASSERT_INT(aio_wait_for(loop, aio_task_future(t), 0.5, &r), AIO_RAISED);
  ASSERT_STR(ekind(r), "TimeoutError");
  ASSERT_INT(ITER(loop) - timer_iter, 4);
  ASSERT_DBL(aio_loop_time(loop), 0.5);
  ASSERT(aio_future_cancelled(aio_task_future(t)));
  aio_task_release(t);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(hops_wait_for_timing_out_4_after_the_timer) { ASSERT_INT(run_main(hops_wait_for_timeout), AIO_OK); }

/* a = n
 * async with asyncio.TaskGroup() as tg:
 *     tg.create_task(child(0)); tg.create_task(child(1)); tg.create_task(child(1))
 * n - a == 4 on 3.11.7 (measured from before the `async with` to after it) */
static int hops_taskgroup(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  long a = ITER(loop);
  aio_taskgroup *tg = aio_taskgroup_enter(loop);
  aio_task *t;
  for (long k = 0; k < 3; k++) {
    ASSERT_INT(aio_taskgroup_create_task(tg, child, V(k ? 1 : 0), NULL, &t), 0);
    aio_task_release(t);
  }
  void *err = NULL;
  ASSERT_INT(aio_taskgroup_exit(tg, AIO_OK, &err), AIO_OK);
  ASSERT_INT(ITER(loop) - a, 4);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(hops_taskgroup_noop_and_two_sleep0_children) { ASSERT_INT(run_main(hops_taskgroup), AIO_OK); }

/* ---- behaviours ------------------------------------------------------------------- */
/* async def bad(): await asyncio.sleep(0); raise ValueError('x')
 * t1 = create_task(child(2)); t2 = create_task(bad()); t3 = create_task(sleep(10)); t3.cancel('c3')
 * await gather(t1, t2, t3, return_exceptions=True) -> [2, ValueError('x'), CancelledError('')]
 * await gather(create_task(child(2)), create_task(bad())) -> raises ValueError x; t1 done */
static int bad(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_yield(LOOP(self), out);
  *out = test_error(LOOP(self), "x");
  return AIO_RAISED;
}
static int gather_errors(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *t1 = spawn(loop, child, V(2), NULL), *t2 = spawn(loop, bad, NULL, NULL);
  aio_task *t3 = spawn(loop, inner_sleep, NULL, NULL);
  aio_task_cancel(t3, "c3");
  aio_future *fs[3] = {aio_task_future(t1), aio_task_future(t2), aio_task_future(t3)};
  aio_future *g = aio_gather(loop, fs, 3, 1);
  void *r;
  ASSERT_INT(aio_await(g, &r), AIO_OK);
  ASSERT_INT(IV(aio_list_item(r, 0)), 2);
  ASSERT_STR(emsg(aio_list_item(r, 1)), "x");
  ASSERT_STR(ekind(aio_list_item(r, 2)), "CancelledError");
  ASSERT_STR(emsg(aio_list_item(r, 2)), "");
  aio_future_release(g);
  aio_task_release(t1);
  aio_task_release(t2);
  aio_task_release(t3);
  t1 = spawn(loop, child, V(2), NULL), t2 = spawn(loop, bad, NULL, NULL);
  fs[0] = aio_task_future(t1), fs[1] = aio_task_future(t2);
  g = aio_gather(loop, fs, 2, 0);
  ASSERT_INT(aio_await(g, &r), AIO_RAISED);
  ASSERT_STR(emsg(r), "x");
  ASSERT(aio_future_done(aio_task_future(t1)));
  aio_future_release(g);
  aio_task_release(t1);
  aio_task_release(t2);
  /* gather() of nothing is done with []. */
  g = aio_gather(loop, NULL, 0, 0);
  ASSERT(aio_future_done(g));
  aio_future_release(g);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(gather_return_exceptions_both_ways) { ASSERT_INT(run_main(gather_errors), AIO_OK); }

/* t1 = create_task(child(5)); t2 = create_task(sleep(10)); g = gather(t1, t2); await sleep(0)
 * g.cancel('gm') -> True; await g -> CancelledError('gm'); t1, t2 cancelled */
static int gather_cancel(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *t1 = spawn(loop, child, V(5), NULL), *t2 = spawn(loop, inner_sleep, NULL, NULL);
  aio_future *fs[2] = {aio_task_future(t1), aio_task_future(t2)};
  aio_future *g = aio_gather(loop, fs, 2, 0);
  void *r;
  aio_yield(loop, &r);
  ASSERT_INT(aio_future_cancel(g, "gm"), 1);
  ASSERT_INT(aio_await(g, &r), AIO_RAISED);
  ASSERT_STR(ekind(r), "CancelledError");
  ASSERT_STR(emsg(r), "gm");
  ASSERT(aio_future_cancelled(fs[0]) && aio_future_cancelled(fs[1]));
  aio_future_release(g);
  aio_task_release(t1);
  aio_task_release(t2);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(gather_cancel_cancels_children) { ASSERT_INT(run_main(gather_cancel), AIO_OK); }

static int sleep_for(aio_task *self, void *arg, void **out) {
  return aio_sleep(LOOP(self), (double)IV(arg) / 4.0, out);
}
/* t1 = create_task(sleep(1)); t2 = create_task(sleep(2))
 * wait([t1, t2], return_when=FIRST_COMPLETED) -> t1 done, t2 pending, at 1.0
 * wait([t2], timeout=0.25) -> 0 done, 1 pending, at 1.25 */
static int wait_modes(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *t1 = spawn(loop, sleep_for, V(4), NULL), *t2 = spawn(loop, sleep_for, V(8), NULL);
  aio_future *fs[2] = {aio_task_future(t1), aio_task_future(t2)};
  unsigned char done[2];
  void *r;
  ASSERT_INT(aio_wait(loop, fs, 2, -1, AIO_FIRST_COMPLETED, done, &r), AIO_OK);
  ASSERT(done[0] && !done[1]);
  ASSERT_DBL(aio_loop_time(loop), 1.0);
  ASSERT_INT(aio_wait(loop, fs + 1, 1, 0.25, AIO_ALL_COMPLETED, done, &r), AIO_OK);
  ASSERT(!done[0]);
  ASSERT_DBL(aio_loop_time(loop), 1.25);
  ASSERT_INT(aio_wait(loop, fs, 0, -1, AIO_ALL_COMPLETED, done, &r), AIO_E_INVAL);
  aio_task_cancel(t2, NULL);
  aio_task_release(t1);
  aio_task_release(t2);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(wait_first_completed_and_timeout) { ASSERT_INT(run_main(wait_modes), AIO_OK); }

/* inner = create_task(child(3)); async def shielded(): return await shield(inner)
 * o = create_task(shielded()); await sleep(0); o.cancel(); await o -> CancelledError;
 * inner not cancelled, await inner -> 3 */
static int shielded(aio_task *self, void *arg, void **out) {
  aio_future *s = aio_shield(LOOP(self), arg);
  int rc = aio_await(s, out);
  aio_future_release(s);
  return rc;
}
static int shield_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *inner = spawn(loop, child, V(3), NULL);
  aio_task *o = spawn(loop, shielded, aio_task_future(inner), NULL);
  void *r;
  aio_yield(loop, &r);
  aio_task_cancel(o, NULL);
  ASSERT_INT(aio_await(aio_task_future(o), &r), AIO_RAISED);
  ASSERT(!aio_future_cancelled(aio_task_future(inner)));
  ASSERT_INT(aio_await(aio_task_future(inner), &r), AIO_OK);
  ASSERT_INT(IV(r), 3);
  aio_task_release(o);
  aio_task_release(inner);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(shield_protects_inner) { ASSERT_INT(run_main(shield_main), AIO_OK); }

/* async def sw():
 *     try: await asyncio.sleep(10)
 *     except CancelledError: return 'swallowed'
 * await wait_for(create_task(sw()), 1) -> 'swallowed'
 * await wait_for(create_task(sleep(0)), 0) -> TimeoutError */
static int swallower(aio_task *self, void *arg, void **out) {
  (void)arg;
  void *err;
  *out = aio_sleep(LOOP(self), 10, &err) == AIO_RAISED ? "swallowed" : "?";
  return AIO_OK;
}
static int wait_for_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *t = spawn(loop, swallower, NULL, NULL);
  void *r;
  ASSERT_INT(aio_wait_for(loop, aio_task_future(t), 1, &r), AIO_OK);
  ASSERT_STR((const char *)r, "swallowed");
  aio_task_release(t);
  t = spawn(loop, child, V(1), NULL);
  ASSERT_INT(aio_wait_for(loop, aio_task_future(t), 0, &r), AIO_RAISED);
  ASSERT_STR(ekind(r), "TimeoutError");
  aio_task_release(t);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(wait_for_swallowed_cancel_and_zero_timeout) { ASSERT_INT(run_main(wait_for_main), AIO_OK); }

/* async def failer(): await asyncio.sleep(0.1); raise ValueError('tg')
 * async def long(): try: await sleep(10) except CancelledError: log('long cancelled'); raise
 * async with TaskGroup() as tg: tg.create_task(failer()); tg.create_task(long()); await sleep(5)
 * -> ExceptionGroup('unhandled errors in a TaskGroup', [ValueError('tg')]), log ['long cancelled'],
 *    current_task().cancelling() == 0 */
static int failer(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_sleep(LOOP(self), 0.1, out);
  *out = test_error(LOOP(self), "tg");
  return AIO_RAISED;
}
static int long_task(aio_task *self, void *arg, void **out) {
  (void)arg;
  int rc = aio_sleep(LOOP(self), 10, out);
  if (rc == AIO_RAISED) LOG("long-cancelled");
  return rc;
}
static int taskgroup_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_taskgroup *tg = aio_taskgroup_enter(loop);
  aio_task *t1, *t2;
  ASSERT_INT(aio_taskgroup_create_task(tg, failer, NULL, NULL, &t1), 0);
  ASSERT_INT(aio_taskgroup_create_task(tg, long_task, NULL, "named", &t2), 0);
  ASSERT_STR(aio_task_name(t2), "named");
  void *err = NULL;
  int rc = aio_sleep(loop, 5, &err);
  ASSERT_INT(rc, AIO_RAISED);
  rc = aio_taskgroup_exit(tg, rc, &err);
  ASSERT_INT(rc, AIO_RAISED);
  ASSERT_STR(ekind(err), "ExceptionGroup");
  ASSERT_STR(emsg(err), "unhandled errors in a TaskGroup");
  ASSERT_INT(aio_error_group_size(err), 1);
  ASSERT_STR(emsg(aio_error_group_item(err, 0)), "tg");
  ASSERT_LOG("long-cancelled");
  ASSERT_INT(aio_task_cancelling(self), 0);
  ASSERT_DBL(aio_loop_time(loop), 0.1);
  /* Task-1 is main; TaskGroup.create_task consumes a number even with a name. */
  ASSERT_STR(aio_task_name(t1), "Task-2");
  ASSERT_INT(aio_task_counter_next(), 4);
  aio_task_release(t1);
  aio_task_release(t2);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(taskgroup_failure_cancels_siblings_and_body) { ASSERT_INT(run_main(taskgroup_main), AIO_OK); }

/* async with asyncio.timeout(None) as tm:
 *     tm.reschedule(loop.time() + 1)
 *     async with asyncio.timeout(5): await asyncio.sleep(3)
 * -> the outer scope raises TimeoutError at 1.0 and tm.expired() is True */
static int nested_timeouts(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_timeout *outer = aio_timeout_enter(loop, -1);
  ASSERT_DBL(aio_timeout_when(outer), -1);
  ASSERT_INT(aio_timeout_reschedule(outer, aio_loop_time(loop) + 1), 0);
  aio_timeout *inner = aio_timeout_enter(loop, aio_loop_time(loop) + 5);
  void *err = NULL;
  int rc = aio_sleep(loop, 3, &err);
  rc = aio_timeout_exit(inner, rc, &err);
  ASSERT_INT(rc, AIO_RAISED);
  ASSERT_STR(ekind(err), "CancelledError"); /* not the inner scope's timeout */
  int expired = aio_timeout_expired(outer);
  rc = aio_timeout_exit(outer, rc, &err);
  ASSERT(expired);
  ASSERT_INT(rc, AIO_RAISED);
  ASSERT_STR(ekind(err), "TimeoutError");
  ASSERT_DBL(aio_loop_time(loop), 1.0);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(timeout_nested_and_reschedule) { ASSERT_INT(run_main(nested_timeouts), AIO_OK); }

static void cancel_task_cb(aio_loop *loop, void *arg) {
  (void)loop;
  aio_task_cancel(arg, NULL);
}
/* async with asyncio.timeout(1) as tm:
 *     loop.call_at(tm.when(), asyncio.current_task().cancel); await asyncio.sleep(5)
 * -> CancelledError (the external cancel wins), tm.expired() True, cancelling() 1 */
static int external_cancel_in_timeout(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_timeout *tm = aio_timeout_enter(loop, aio_loop_time(loop) + 1);
  aio_loop_call_at(loop, aio_timeout_when(tm), cancel_task_cb, self);
  void *err = NULL;
  int rc = aio_sleep(loop, 5, &err);
  int expired = aio_timeout_expired(tm);
  rc = aio_timeout_exit(tm, rc, &err);
  ASSERT_INT(rc, AIO_RAISED);
  ASSERT_STR(ekind(err), "CancelledError");
  ASSERT(expired);
  ASSERT_INT(aio_task_cancelling(self), 1);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(timeout_external_cancel_wins) { ASSERT_INT(run_main(external_cancel_in_timeout), AIO_OK); }
