/* tests/runtime/test-future.c — futures, as_completed, the trace hook, and allocation
 * failures swept through a whole program. */
#include "test.h"

#define LOOP(self) aio_future_loop(aio_task_future(self))

static void cb_log(aio_future *f, void *arg) {
  (void)f;
  LOG("%s", (const char *)arg);
}
static void soon_log(aio_loop *loop, void *arg) {
  (void)loop;
  LOG("%s", (const char *)arg);
}
static void stop_cb(aio_loop *loop, void *arg) {
  (void)arg;
  aio_loop_stop(loop);
}

/* f.add_done_callback(a); f.add_done_callback(b); f.add_done_callback(a)
 * f.remove_done_callback(a) -> 2; loop.call_soon(log 'soon'); f.set_result(5)
 * f.set_result(6) -> InvalidStateError; run -> ['soon', 'b'] */
TEST_IMPL(future_callbacks_remove_and_invalid_state) {
  aio_loop *loop = test_loop();
  aio_future *f = aio_future_new(loop);
  void *r;
  ASSERT_INT(aio_future_result(f, &r), AIO_E_INVALID_STATE);
  aio_future_add_done_callback(f, cb_log, "a");
  aio_future_add_done_callback(f, cb_log, "b");
  aio_future_add_done_callback(f, cb_log, "a");
  ASSERT_INT(aio_future_remove_done_callback(f, cb_log, "a"), 2);
  aio_loop_call_soon(loop, soon_log, "soon");
  ASSERT_INT(aio_future_set_result(f, V(5)), 0);
  ASSERT_INT(aio_future_set_result(f, V(6)), AIO_E_INVALID_STATE);
  ASSERT_INT(aio_future_set_exception(f, NULL), AIO_E_INVALID_STATE);
  ASSERT_INT(aio_future_cancel(f, NULL), 0);
  aio_loop_call_soon(loop, stop_cb, NULL);
  aio_loop_run_forever(loop);
  ASSERT_LOG("soon b");
  ASSERT_INT(aio_future_result(f, &r), AIO_OK);
  ASSERT_INT(IV(r), 5);
  aio_future_release(f);
  test_loop_free(loop);
}

/* f.add_done_callback(cb1); f.add_done_callback(cb2); loop.call_soon(soon); f.set_result(5)
 * f.add_done_callback(cb3) -> ['soon', 'cb1', 'cb2', 'cb3'] (done: cb3 through call_soon)
 * f = create_future(); f.cancel('boom'); f.result() -> CancelledError('boom') twice */
TEST_IMPL(future_callbacks_fifo_and_cancel_message) {
  aio_loop *loop = test_loop();
  aio_future *f = aio_future_new(loop);
  aio_future_add_done_callback(f, cb_log, "cb1");
  aio_future_add_done_callback(f, cb_log, "cb2");
  aio_loop_call_soon(loop, soon_log, "soon");
  aio_future_set_result(f, V(5));
  aio_future_add_done_callback(f, cb_log, "cb3");
  aio_loop_call_soon(loop, stop_cb, NULL);
  aio_loop_run_forever(loop);
  ASSERT_LOG("soon cb1 cb2 cb3");
  aio_future_release(f);
  f = aio_future_new(loop);
  ASSERT_INT(aio_future_cancel(f, "boom"), 1);
  ASSERT(aio_future_cancelled(f) && aio_future_done(f));
  void *r;
  ASSERT_INT(aio_future_result(f, &r), AIO_RAISED);
  ASSERT_STR(emsg(r), "boom");
  ASSERT_INT(aio_future_exception(f, &r), AIO_RAISED);
  ASSERT_STR(emsg(r), "boom");
  ASSERT_INT(aio_future_set_label(f, "label"), 0);
  ASSERT_STR(aio_future_label(f), "label");
  ASSERT(aio_future_id(f) > 0);
  aio_future_release(f);
  test_loop_free(loop);
}

static int sleep_ret(aio_task *self, void *arg, void **out) {
  long v = IV(arg);
  int rc = aio_sleep(LOOP(self), (double)(v % 10), out);
  if (rc != AIO_OK) return rc;
  *out = arg;
  return AIO_OK;
}

/* fs = [create_task(s(3,'c')), create_task(s(1,'a')), create_task(s(2,'b'))]
 * for c in as_completed(fs): await c -> a b c at 3.0
 * fs = [s(1,'x'), s(5,'y')]; as_completed(fs, timeout=2) -> 'x', TimeoutError (at +2) */
static int ac_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  long vals[3] = {33, 11, 22};
  aio_task *ts[3];
  aio_future *fs[3];
  for (int i = 0; i < 3; i++) {
    aio_task_new(loop, sleep_ret, V(vals[i]), NULL, &ts[i]);
    fs[i] = aio_task_future(ts[i]);
  }
  aio_as_completed *it = aio_as_completed_new(loop, fs, 3, -1);
  void *r;
  for (int i = 0; i < 3; i++) {
    ASSERT_INT(aio_as_completed_next(it, &r), AIO_OK);
    LOG("%ld", IV(r));
  }
  ASSERT_INT(aio_as_completed_next(it, &r), AIO_E_EMPTY);
  ASSERT_LOG("11 22 33");
  ASSERT_DBL(aio_loop_time(loop), 3.0);
  aio_as_completed_free(it);
  for (int i = 0; i < 3; i++) aio_task_release(ts[i]);

  aio_task_new(loop, sleep_ret, V(1), NULL, &ts[0]);
  aio_task_new(loop, sleep_ret, V(5), NULL, &ts[1]);
  fs[0] = aio_task_future(ts[0]), fs[1] = aio_task_future(ts[1]);
  it = aio_as_completed_new(loop, fs, 2, 2);
  ASSERT_INT(aio_as_completed_next(it, &r), AIO_OK);
  ASSERT_INT(IV(r), 1);
  ASSERT_INT(aio_as_completed_next(it, &r), AIO_RAISED);
  ASSERT_STR(ekind(r), "TimeoutError");
  ASSERT_DBL(aio_loop_time(loop), 5.0);
  aio_as_completed_free(it);
  aio_task_cancel(ts[1], NULL);
  aio_task_release(ts[0]);
  aio_task_release(ts[1]);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(as_completed_order_and_timeout) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, ac_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* ---- the trace hook ---- */
static void trace_log(void *ctx, const aio_trace_event *ev) {
  (void)ctx;
  switch (ev->kind) {
  case AIO_TRACE_TASK_CREATED:
    LOG("%s:%s<-%s@%g", aio_trace_kind_name(ev->kind), ev->task_name,
        ev->parent_id ? aio_task_name(aio_task_parent(ev->task)) : "-", ev->time);
    break;
  case AIO_TRACE_STEP_END:
    LOG("%s:%s[%s]@%g", aio_trace_kind_name(ev->kind), ev->task_name,
        ev->label ? ev->label : "", ev->time);
    break;
  case AIO_TRACE_TIMER_SCHEDULED:
  case AIO_TRACE_TIMER_FIRED:
    LOG("%s:%g@%g", aio_trace_kind_name(ev->kind), ev->arg, ev->time);
    break;
  default:
    LOG("%s:%s@%g", aio_trace_kind_name(ev->kind), ev->task_name ? ev->task_name : "",
        ev->time);
  }
  ASSERT(ev->real_time > 0);
}
static aio_event *tr_event;
static int tr_child(aio_task *self, void *arg, void **out) {
  (void)arg;
  int rc = aio_sleep(LOOP(self), 1.5, out);
  if (rc == AIO_OK) aio_event_set(tr_event);
  return rc;
}
static int tr_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  tr_event = aio_event_new(loop);
  aio_task *c;
  aio_task_new(loop, tr_child, NULL, "child", &c);
  ASSERT_INT(aio_event_wait(tr_event, out), AIO_OK);
  aio_task *d;
  aio_task_new(loop, tr_child, NULL, "victim", &d);
  aio_task_cancel(d, "bye");
  void *r;
  aio_await(aio_task_future(d), &r);
  aio_task_release(c);
  aio_task_release(d);
  aio_event_free(tr_event);
  *out = test_error(loop, "fail");
  return AIO_RAISED;
}
TEST_IMPL(trace_events_with_labels_and_times) {
  aio_loop *loop = test_loop();
  aio_loop_set_trace(loop, trace_log, NULL);
  ASSERT(aio_loop_tracing(loop));
  aio_task *t;
  aio_task_new(loop, tr_main, NULL, "main", &t);
  aio_loop_run_until_complete(loop, aio_task_future(t));
  aio_task_release(t);
  aio_loop_set_trace(loop, NULL, NULL);
  ASSERT_LOG("task_created:main<--@0 step_begin:main@0 task_created:child<-main@0 "
             "step_end:main[Event.wait]@0 step_begin:child@0 timer_scheduled:1.5@0 "
             "step_end:child[sleep(1.5)]@0 idle_begin:@0 idle_end:@1.5 timer_fired:1.5@1.5 "
             "step_begin:child@1.5 step_end:child[]@1.5 task_done:child@1.5 "
             "step_begin:main@1.5 task_created:victim<-main@1.5 cancel_requested:victim@1.5 "
             "step_end:main[]@1.5 step_begin:victim@1.5 step_end:victim[]@1.5 "
             "task_cancelled:victim@1.5 step_begin:main@1.5 step_end:main[]@1.5 "
             "task_failed:main@1.5");
  test_loop_free(loop);
}

/* ---- allocation failures swept through a program using every part ---- */
static int sweep_child(aio_task *self, void *arg, void **out) {
  (void)arg;
  return aio_sleep(LOOP(self), 0.5, out);
}
static int sweep_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  aio_task *a = NULL, *b = NULL;
  int rc = aio_task_new(loop, sweep_child, NULL, NULL, &a);
  if (rc == 0) rc = aio_task_new(loop, sweep_child, NULL, NULL, &b);
  if (rc == 0) {
    aio_future *fs[2] = {aio_task_future(a), aio_task_future(b)};
    aio_future *g = aio_gather(loop, fs, 2, 0);
    if (g) {
      rc = aio_await(g, out);
      aio_future_release(g);
    } else {
      rc = AIO_E_NOMEM;
    }
  }
  if (a) aio_task_release(a);
  if (b) aio_task_release(b);
  if (rc == AIO_OK) {
    aio_queue *q = aio_queue_new(loop, 1, AIO_QUEUE_FIFO);
    if (q) {
      rc = aio_queue_put(q, V(1), out);
      aio_queue_free(q);
    }
  }
  *out = NULL;
  return rc < 0 ? AIO_OK : rc;
}
TEST_IMPL(allocation_failures_never_crash_or_leak) {
  for (long n = 1; n < 60; n++) {
    aio_loop *loop = test_loop();
    if (!loop) continue;
    aio_task *t = NULL;
    test_fail_alloc_after(n);
    if (aio_task_new(loop, sweep_main, NULL, NULL, &t) == 0) {
      int rc = aio_loop_run_until_complete(loop, aio_task_future(t));
      ASSERT(rc == 0 || rc == AIO_E_NOMEM || rc == AIO_E_DEADLOCK);
      aio_task_release(t);
    }
    test_fail_alloc_after(0);
    test_loop_free(loop);
  }
}

/* The small accessors: stop state, sticky error, ops, allocation, task lookups. */
static int waits_on_future(aio_task *self, void *arg, void **out) {
  (void)self;
  return aio_await(arg, out);
}
TEST_IMPL(api_accessors) {
  aio_loop *loop = test_loop();
  ASSERT(!aio_loop_stopping(loop));
  aio_loop_stop(loop);
  ASSERT(aio_loop_stopping(loop));
  ASSERT_INT(aio_loop_run_forever(loop), 0); /* one iteration, then stops */
  ASSERT(!aio_loop_stopping(loop));
  ASSERT_INT(aio_loop_error(loop), 0);
  ASSERT(aio_loop_ops(loop)->make_cancelled_error != NULL);
  void *e = aio_make_cancelled_error(loop, "x");
  ASSERT(aio_is_cancelled_error(loop, e));
  ASSERT(!aio_is_cancelled_error(loop, test_error(loop, "y")));
  aio_retain(loop, e);
  aio_release(loop, e);
  void *p = aio_alloc(loop, 10);
  ASSERT(p != NULL);
  aio_free(loop, p, 10);
  aio_future *f = aio_future_new(loop);
  ASSERT(aio_future_loop(f) == loop);
  ASSERT(aio_task_of(f) == NULL);
  aio_task *t;
  ASSERT_INT(aio_task_new(loop, waits_on_future, f, NULL, &t), 0);
  ASSERT(aio_task_of(aio_task_future(t)) == t);
  ASSERT_INT(aio_task_set_name(t, "renamed"), 0);
  ASSERT_STR(aio_task_name(t), "renamed");
  ASSERT_INT(aio_loop_run_once(loop), 0);
  ASSERT(aio_task_waiting_on(t) == f);
  ASSERT_INT(aio_loop_steps(loop), 1);
  aio_future_set_result(f, V(3));
  ASSERT_INT(aio_loop_run_until_complete(loop, aio_task_future(t)), 0);
  ASSERT(aio_task_waiting_on(t) == NULL);
  ASSERT_STR(aio_trace_kind_name(AIO_TRACE_IDLE_END), "idle_end");
  ASSERT_STR(aio_strerror(AIO_E_DEADLOCK), "nothing is ready and no timer is scheduled");
  aio_task_release(t);
  aio_future_release(f);
  test_loop_free(loop);
}
