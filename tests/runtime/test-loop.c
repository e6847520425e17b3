/* tests/runtime/test-loop.c — the loop: ready queue, timers, clocks, running states. */
#include "test.h"

static void log_cb(aio_loop *loop, void *arg) {
  LOG("%s@%.1f", (const char *)arg, aio_loop_time(loop));
}
static void stop_cb(aio_loop *loop, void *arg) {
  (void)arg;
  LOG("stop");
  aio_loop_stop(loop);
}
static void d_cb(aio_loop *loop, void *arg) {
  (void)arg;
  LOG("d");
  aio_loop_stop(loop);
}
static void word_cb(aio_loop *loop, void *arg) {
  (void)loop;
  LOG("%s", (const char *)arg);
}
static void a_cb(aio_loop *loop, void *arg) {
  (void)arg;
  LOG("a");
  aio_loop_call_soon(loop, d_cb, NULL);
}

/* def a(): log.append('a'); loop.call_soon(d)   # d stops the loop
 * loop.call_soon(a); loop.call_soon(b); loop.call_soon(c); loop.run_forever()
 * -> ['a', 'b', 'c', 'd'] */
TEST_IMPL(loop_call_soon_fifo) {
  aio_loop *loop = test_loop();
  aio_loop_call_soon(loop, a_cb, NULL);
  aio_loop_call_soon(loop, word_cb, "b");
  aio_loop_call_soon(loop, word_cb, "c");
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_LOG("a b c d");
  ASSERT_INT(aio_loop_iterations(loop), 2); /* d ran in the next iteration (ntodo) */
  test_loop_free(loop);
}

/* loop.call_later(0.2, t, 'x'); loop.call_later(0.1, t, 'y'); h = loop.call_later(0.1, t, 'c')
 * loop.call_later(0.1, t, 'z'); loop.call_soon(t, 'w'); h.cancel(); loop.call_later(0.3, loop.stop)
 * -> ['w@0.0', 'y@0.1', 'z@0.1', 'x@0.2'] */
TEST_IMPL(loop_timers_by_deadline_then_order) {
  aio_loop *loop = test_loop();
  aio_loop_call_later(loop, 0.2, log_cb, "x");
  aio_loop_call_later(loop, 0.1, log_cb, "y");
  aio_handle *h = aio_loop_call_later(loop, 0.1, log_cb, "c");
  aio_loop_call_later(loop, 0.1, log_cb, "z");
  aio_loop_call_soon(loop, log_cb, "w");
  ASSERT_DBL(aio_handle_when(h), 0.1);
  aio_handle_cancel(h);
  ASSERT(aio_handle_cancelled(h));
  aio_loop_call_later(loop, 0.3, stop_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_LOG("w@0.0 y@0.1 z@0.1 x@0.2 stop");
  ASSERT_DBL(aio_loop_time(loop), 0.3);
  test_loop_free(loop);
}

/* Many cancelled timers are swept out of the heap without changing the order. */
TEST_IMPL(loop_many_cancelled_timers) {
  aio_loop *loop = test_loop();
  aio_handle *hs[300];
  for (int i = 0; i < 300; i++) hs[i] = aio_loop_call_later(loop, 1.0 + i * 0.001, word_cb, "x");
  for (int i = 0; i < 300; i++)
    if (i != 150) aio_handle_cancel(hs[i]);
  aio_loop_call_later(loop, 5, stop_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_LOG("x stop");
  test_loop_free(loop);
}

static void reenter_cb(aio_loop *loop, void *arg) {
  (void)arg;
  ASSERT_INT(aio_loop_run_forever(loop), AIO_E_RUNNING);
  ASSERT_INT(aio_loop_run_once(loop), AIO_E_RUNNING);
  ASSERT(aio_loop_is_running(loop));
  aio_loop_stop(loop);
}

/* asyncio.run() inside a running loop is an error above us: we report AIO_E_RUNNING. */
TEST_IMPL(loop_already_running) {
  aio_loop *loop = test_loop();
  aio_loop_call_soon(loop, reenter_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT(!aio_loop_is_running(loop));
  test_loop_free(loop);
}

/* Nothing ready, no timer, the future pending: the run can never finish. */
TEST_IMPL(loop_deadlock_detected) {
  aio_loop *loop = test_loop();
  aio_future *f = aio_future_new(loop);
  ASSERT_INT(aio_loop_run_until_complete(loop, f), AIO_E_DEADLOCK);
  aio_future_release(f);
  test_loop_free(loop);
}

static void interrupt_cb(aio_loop *loop, void *arg) {
  (void)arg;
  aio_loop_interrupt(loop);
  aio_loop_call_soon(loop, interrupt_cb, NULL);
}

/* The host stop flag ends a run between iterations. */
TEST_IMPL(loop_host_interrupt) {
  aio_loop *loop = test_loop();
  aio_loop_call_soon(loop, interrupt_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), AIO_E_INTERRUPTED);
  ASSERT_INT(aio_loop_iterations(loop), 1);
  test_loop_free(loop);
}

static double fake_now;
static double waited;
static double host_now(void *ctx) { (void)ctx; return fake_now; }
static void host_wait(void *ctx, double s) { (void)ctx; waited += s; fake_now += s; }

/* The real clock waits through the host hook; run_once never blocks and
 * next_timeout says how long a JS host should wait before calling again. */
TEST_IMPL(loop_real_clock_host_hooks) {
  aio_host host = {NULL, host_now, host_wait};
  aio_loop_config cfg = {0};
  cfg.clock = AIO_CLOCK_REAL;
  cfg.host = &host;
  aio_loop *loop = NULL;
  fake_now = 100.0;
  waited = 0;
  ASSERT_INT(aio_loop_new(&cfg, &loop), 0);
  ASSERT_DBL(aio_loop_time(loop), 100.0);
  ASSERT_DBL(aio_loop_next_timeout(loop), -1);
  aio_loop_call_later(loop, 0.5, log_cb, "t");
  ASSERT_DBL(aio_loop_next_timeout(loop), 0.5);
  ASSERT_INT(aio_loop_run_once(loop), 0); /* not due: nothing runs, no wait */
  ASSERT_LOG("");
  ASSERT_DBL(waited, 0);
  fake_now += 0.5;
  ASSERT_DBL(aio_loop_next_timeout(loop), 0);
  ASSERT_INT(aio_loop_run_once(loop), 0);
  ASSERT_LOG("t@100.5");
  aio_loop_call_later(loop, 2, stop_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_DBL(waited, 2);
  ASSERT_LOG("stop");
  aio_loop_free(loop);
}

/* Virtual time only moves when the loop is idle, straight to the next timer. */
TEST_IMPL(loop_virtual_clock_jumps) {
  aio_loop *loop = test_loop();
  ASSERT_DBL(aio_loop_time(loop), 0);
  aio_loop_call_later(loop, 1000, stop_cb, NULL);
  ASSERT_DBL(aio_loop_next_timeout(loop), 0);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_DBL(aio_loop_time(loop), 1000);
  ASSERT_INT(aio_loop_iterations(loop), 1);
  test_loop_free(loop);
}

/* A handle kept with retain survives its run; release returns it. */
TEST_IMPL(loop_handle_retain) {
  aio_loop *loop = test_loop();
  aio_handle *h = aio_loop_call_soon(loop, word_cb, "x");
  aio_handle_retain(h);
  aio_loop_call_soon(loop, stop_cb, NULL);
  aio_loop_run_forever(loop);
  ASSERT(!aio_handle_cancelled(h));
  aio_handle_cancel(h); /* after the run: harmless */
  aio_handle_release(h);
  ASSERT_LOG("x stop");
  test_loop_free(loop);
}

/* Allocation failures: call_soon and call_later return NULL, the loop stays usable. */
TEST_IMPL(loop_allocation_failure) {
  aio_loop *loop = test_loop();
  test_fail_alloc_after(1);
  ASSERT(aio_loop_call_soon(loop, word_cb, "x") == NULL);
  test_fail_alloc_after(1);
  ASSERT(aio_loop_call_later(loop, 1, word_cb, "x") == NULL);
  test_fail_alloc_after(1);
  aio_loop *l2 = NULL;
  aio_loop_config cfg = {0};
  ASSERT_INT(aio_loop_new(&cfg, &l2), 0); /* default allocator: unaffected */
  aio_loop_free(l2);
  test_fail_alloc_after(0);
  aio_loop_call_soon(loop, stop_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_LOG("stop");
  ASSERT_STR(aio_strerror(AIO_E_NOMEM), "out of memory");
  test_loop_free(loop);
}

static void count_fin(void *arg) { (*(int *)arg)++; }
static void bump_cb(aio_loop *loop, void *arg) {
  (void)loop;
  (*(int *)arg) += 100;
}

/* A host's handle finalizer runs exactly once: after the callback ran, when a cancelled
 * timer is dropped, and at teardown for a handle still retained. */
TEST_IMPL(loop_handle_finalizer_runs_once) {
  aio_loop *loop = test_loop();
  int ran = 0, cancelled = 0, kept = 0;
  aio_handle_set_finalizer(aio_loop_call_soon(loop, bump_cb, &ran), count_fin);
  aio_handle *h = aio_loop_call_later(loop, 1, bump_cb, &cancelled);
  aio_handle_set_finalizer(h, count_fin);
  aio_handle_cancel(h);
  aio_handle *k = aio_loop_call_later(loop, 2, bump_cb, &kept);
  aio_handle_set_finalizer(k, count_fin);
  aio_handle_retain(k);
  aio_loop_call_later(loop, 3, stop_cb, NULL);
  ASSERT_INT(aio_loop_run_forever(loop), 0);
  ASSERT_INT(ran, 101);
  ASSERT_INT(cancelled, 1);
  ASSERT_INT(kept, 100); /* ran, but still retained: not finalized yet */
  test_loop_free(loop);
  ASSERT_INT(kept, 101);
  ASSERT_LOG("stop");
}

static int js_sleeper(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  LOG("start@%.1f", aio_loop_time(loop) - 100.0);
  int rc = aio_sleep(loop, 1.5, out);
  LOG("woke@%.1f", aio_loop_time(loop) - 100.0);
  return rc;
}
static void stop_when_done(aio_future *f, void *arg) {
  (void)arg;
  aio_loop_stop(aio_future_loop(f));
}

/* A JS-style host: call run_ready, then "setTimeout" for the delay it gives (here: move
 * the fake clock), until the main task is done. No call ever blocks. */
TEST_IMPL(loop_driven_by_a_host_event_loop) {
  aio_host host = {NULL, host_now, host_wait};
  aio_loop_config cfg = {0};
  cfg.clock = AIO_CLOCK_REAL;
  cfg.host = &host;
  aio_loop *loop = NULL;
  fake_now = 100.0;
  waited = 0;
  ASSERT_INT(aio_loop_new(&cfg, &loop), 0);
  aio_task *t;
  aio_task_new(loop, js_sleeper, NULL, NULL, &t);
  aio_future_add_done_callback(aio_task_future(t), stop_when_done, NULL);
  double next = 0;
  int rc = 0, calls = 0;
  while (rc == 0 && calls < 10) {
    calls++;
    rc = aio_loop_run_ready(loop, 100, &next);
    if (rc == 0 && next > 0) fake_now += next; /* the host's setTimeout(next) */
  }
  ASSERT_INT(rc, AIO_E_STOPPED);
  ASSERT_INT(calls, 2);
  ASSERT_DBL(waited, 0); /* never blocked inside the runtime */
  ASSERT_LOG("start@0.0 woke@1.5");
  ASSERT(aio_future_done(aio_task_future(t)));
  aio_task_release(t);
  aio_loop_free(loop);
}
