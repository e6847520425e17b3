/* tests/fuzz/fuzz_aio.c — libFuzzer target: random sequences of task runtime calls.
 *
 * The input is a little program for the runtime: a main task reads operations from the
 * bytes (spawn, cancel, await, sleep, wait_for, gather, wait, shield, queue put/get,
 * timeout scopes, yield, raise) and so does every task it spawns, sharing one cursor,
 * so tasks interleave in whatever order the bytes and the scheduler give. One byte can
 * also make the n-th allocation fail, to walk the out-of-memory paths.
 *
 * Invariants checked (abort() on violation, so libFuzzer reports a crash):
 *   - every task's done callback runs at most once, and after the final drain (every
 *     task left is cancelled and the loop run until they finish) exactly once;
 *   - a done callback never runs for a task that is not done;
 *   - aio_loop_free gives back every byte the loop's allocator handed out. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "aio/aio.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define MAX_TASKS 24
#define MAX_OPS 400

/* ---- the counting allocator ---- */
static size_t bytes_in_use;
static long fail_countdown;
static unsigned alloc_failures;
static void *count_alloc(void *ctx, size_t n) {
  (void)ctx;
  if (fail_countdown > 0 && --fail_countdown == 0) {
    alloc_failures++;
    return NULL;
  }
  void *p = malloc(n);
  if (p) bytes_in_use += n;
  return p;
}
static void count_free(void *ctx, void *p, size_t n) {
  (void)ctx;
  if (!p) return;
  bytes_in_use -= n;
  free(p);
}
static const aio_allocator counting = {NULL, count_alloc, count_free};

/* ---- the state one input builds ---- */
static const uint8_t *in;
static size_t in_len, in_pos;
static unsigned ops_done;
static aio_loop *loop;
static aio_task *tasks[MAX_TASKS];     /* a reference each */
static int done_calls[MAX_TASKS];
static size_t ntasks;
static aio_queue *queue;

static int next_byte(int *b) {
  if (in_pos >= in_len || ops_done >= MAX_OPS) return 0;
  *b = in[in_pos++];
  return 1;
}
static int arg_byte(void) {
  return in_pos < in_len ? in[in_pos++] : 0;
}

static void fail(const char *what) {
  fprintf(stderr, "fuzz_aio invariant broken: %s\n", what);
  abort();
}

static void on_done(aio_future *f, void *arg) {
  size_t i = (size_t)(uintptr_t)arg;
  if (i >= ntasks || aio_task_future(tasks[i]) != f) fail("done callback for a stranger");
  if (!aio_future_done(f)) fail("done callback for a task that is not done");
  if (++done_calls[i] > 1) fail("a task's done callback ran twice");
}

static int body(aio_task *self, void *arg, void **out);

static void spawn(void) {
  if (ntasks >= MAX_TASKS) return;
  aio_task *t = NULL;
  if (aio_task_new(loop, body, NULL, NULL, &t) != 0) return; /* NOMEM: no task */
  size_t i = ntasks;
  if (aio_future_add_done_callback(aio_task_future(t), on_done, (void *)(uintptr_t)i) != 0) {
    /* Cannot track it: cancel it and let the loop finish it untracked. */
    aio_task_cancel(t, NULL);
    aio_task_release(t);
    return;
  }
  tasks[i] = t;
  ntasks++;
}

static aio_future *pick(int b) {
  return ntasks ? aio_task_future(tasks[(size_t)b % ntasks]) : NULL;
}

/* Runs operations until the bytes end or one of them raised; returns the status the
 * task ends with. The task may await itself through pick(): the runtime must refuse. */
static int body(aio_task *self, void *arg, void **out) {
  (void)arg;
  *out = NULL;
  int op;
  while (next_byte(&op)) {
    ops_done++;
    int a = arg_byte();
    int rc = AIO_OK;
    void *v = NULL;
    switch (op % 16) {
    case 0: spawn(); break;
    case 1: if (ntasks) aio_task_cancel(tasks[(size_t)a % ntasks], (a & 1) ? "why" : NULL); break;
    case 2: {
      aio_future *f = pick(a);
      if (f) rc = aio_await(f, &v);
      break;
    }
    case 3: rc = aio_sleep(loop, (a % 8) * 0.25, &v); break;
    case 4: {
      aio_future *f = pick(a);
      if (f) rc = aio_wait_for(loop, f, (a % 5) * 0.5 - 0.5, &v);
      break;
    }
    case 5: {
      aio_future *fs[4];
      size_t n = 0;
      for (int k = 0; k < 1 + a % 4 && ntasks; k++) fs[n++] = pick(arg_byte());
      aio_future *g = aio_gather(loop, fs, n, a & 1);
      if (!g) break;
      if (a & 2) aio_future_cancel(g, NULL);
      rc = aio_await(g, &v);
      aio_future_release(g);
      break;
    }
    case 6: {
      aio_future *fs[4];
      unsigned char flags[4];
      size_t n = 0;
      for (int k = 0; k < 1 + a % 4 && ntasks; k++) fs[n++] = pick(arg_byte());
      rc = aio_wait(loop, fs, n, (a % 3) - 1.0, (a >> 2) % 4, flags, &v);
      break;
    }
    case 7: {
      aio_future *f = pick(a);
      if (!f) break;
      aio_future *s = aio_shield(loop, f);
      if (!s) break;
      if (a & 1) aio_future_cancel(s, NULL);
      rc = aio_await(s, &v);
      aio_future_release(s);
      break;
    }
    case 8: rc = (a & 1) ? aio_queue_put(queue, (void *)(uintptr_t)(a + 1), &v)
                         : aio_queue_put_nowait(queue, (void *)(uintptr_t)(a + 1), &v); break;
    case 9: rc = (a & 1) ? aio_queue_get(queue, &v) : aio_queue_get_nowait(queue, &v); break;
    case 10: {
      aio_timeout *tm = aio_timeout_enter(loop, aio_loop_time(loop) + (a % 4) * 0.5);
      if (!tm) break;
      int r2 = aio_sleep(loop, (a >> 2) % 4 * 0.5, &v);
      rc = aio_timeout_exit(tm, r2, &v);
      break;
    }
    case 11: rc = aio_yield(loop, &v); break;
    case 12:
      if (a % 4 == 0) { /* raise */
        *out = aio_error_new(loop, AIO_ERROR_USER, "boom");
        return *out ? AIO_RAISED : AIO_E_NOMEM;
      }
      if (a % 4 == 1) { /* return */
        *out = (void *)(uintptr_t)(a + 1);
        return AIO_OK;
      }
      if (a % 4 == 2 && aio_task_cancelling(self)) aio_task_uncancel(self);
      break;
    case 13: rc = aio_queue_task_done(queue) == AIO_E_VALUE ? AIO_OK : AIO_OK; break;
    case 14: { /* as_completed over a few tasks, taking the first result */
      aio_future *fs[3];
      size_t n = 0;
      for (int k = 0; k < 1 + a % 3 && ntasks; k++) fs[n++] = pick(arg_byte());
      aio_as_completed *it = n ? aio_as_completed_new(loop, fs, n, (a & 4) ? 1.0 : -1.0) : NULL;
      if (!it) break;
      rc = aio_as_completed_next(it, &v);
      aio_as_completed_free(it);
      if (rc == AIO_E_EMPTY) rc = AIO_OK;
      break;
    }
    default: fail_countdown = a ? a : 0; break;
    }
    if (rc == AIO_RAISED) {
      /* Raised into this task (its await failed): propagate, as Python would. */
      *out = v;
      return AIO_RAISED;
    }
    if (rc < 0 && rc != AIO_E_INVAL && rc != AIO_E_FULL && rc != AIO_E_EMPTY &&
        rc != AIO_E_NOMEM)
      return rc;
  }
  return AIO_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  in = data;
  in_len = size;
  in_pos = 0;
  ops_done = 0;
  ntasks = 0;
  fail_countdown = 0;
  alloc_failures = 0;
  memset(done_calls, 0, sizeof done_calls);

  aio_loop_config cfg = {0};
  cfg.alloc = &counting;
  cfg.clock = AIO_CLOCK_VIRTUAL;
  cfg.stack_size = 256 << 10;
  if (aio_loop_new(&cfg, &loop) != 0) return 0;
  queue = aio_queue_new(loop, 2, (size > 0 && (data[0] & 1)) ? AIO_QUEUE_LIFO : AIO_QUEUE_FIFO);
  if (queue) {
    spawn();
    if (ntasks) (void)aio_loop_run_until_complete(loop, aio_task_future(tasks[0]));
  }
  fail_countdown = 0;
  /* Drain: cancel what is left and run until every task is done, a bounded number of
   * rounds (a task may swallow its cancellation once through uncancel). */
  for (int round = 0; round < 8; round++) {
    int pending = 0;
    for (size_t i = 0; i < ntasks; i++)
      if (!aio_future_done(aio_task_future(tasks[i]))) {
        aio_task_cancel(tasks[i], NULL);
        pending = 1;
      }
    in_pos = in_len; /* bodies stop reading operations */
    for (int k = 0; k < 64; k++) (void)aio_loop_run_once(loop);
    if (!pending) break;
  }
  for (size_t i = 0; i < ntasks; i++) {
    /* After a failed allocation the loop may have lost a scheduled callback (it
     * records AIO_E_NOMEM as the loop's error): only "at most once" holds then. */
    if (!alloc_failures && aio_future_done(aio_task_future(tasks[i])) && done_calls[i] != 1)
      fail("a done task's callback did not run exactly once");
    aio_task_release(tasks[i]);
  }
  if (queue) aio_queue_free(queue);
  aio_loop_free(loop);
  loop = NULL;
  if (bytes_in_use != 0) {
    fprintf(stderr, "%zu bytes still allocated\n", bytes_in_use);
    fail("aio_loop_free did not give every byte back");
  }
  return 0;
}
