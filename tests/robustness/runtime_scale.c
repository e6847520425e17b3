/* tests/robustness/runtime_scale.c — the task runtime at the sizes, without the
 * interpreter (the Python twins many_tasks.py / many_timers.py wait for the asyncio
 * module): a million timers on one loop fire once each, in (deadline, scheduling)
 * order; 100,000 tasks each awaiting a sleep all finish; and freeing the loop gives
 * back every byte. Exit status 0 = pass. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "aio/aio.h"

static size_t bytes_in_use;
static void *count_alloc(void *ctx, size_t n) {
  (void)ctx;
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

static aio_loop *new_loop(void) {
  aio_loop_config cfg = {0};
  cfg.alloc = &counting;
  cfg.clock = AIO_CLOCK_VIRTUAL;
  aio_loop *loop = NULL;
  if (aio_loop_new(&cfg, &loop) != 0) {
    printf("aio_loop_new failed\n");
    exit(1);
  }
  return loop;
}

#define NTIMERS 1000000
static unsigned *order;
static size_t nfired;
static int bad;

static void on_timer(aio_loop *loop, void *arg) {
  (void)loop;
  order[nfired++] = (unsigned)(uintptr_t)arg;
}

/* Deadline of timer i: (i % 1000) ms, so 1,000 timers share each deadline. */
static int timers(void) {
  aio_loop *loop = new_loop();
  order = malloc(NTIMERS * sizeof *order);
  if (!order) return 1;
  for (unsigned i = 0; i < NTIMERS; i++)
    if (!aio_loop_call_later(loop, (i % 1000) / 1000.0, on_timer, (void *)(uintptr_t)i)) {
      printf("call_later %u failed\n", i);
      return 1;
    }
  while (nfired < NTIMERS && aio_loop_run_once(loop) == 0) {
  }
  /* Expected order: by deadline, then by scheduling order. */
  size_t k = 0;
  for (unsigned d = 0; d < 1000 && !bad; d++)
    for (unsigned i = d; i < NTIMERS; i += 1000, k++)
      if (k >= nfired || order[k] != i) {
        printf("timer %zu: got %u, want %u\n", k, k < nfired ? order[k] : 0, i);
        bad = 1;
        break;
      }
  aio_loop_free(loop);
  free(order);
  printf("timers: %d fired of %d, order %s\n", (int)nfired, NTIMERS, bad ? "WRONG" : "ok");
  return bad || nfired != NTIMERS;
}

#define NTASKS 100000
static long finished;

static int sleeper(aio_task *self, void *arg, void **out) {
  void *err = NULL;
  int rc = aio_sleep(aio_future_loop(aio_task_future(self)), (double)((uintptr_t)arg % 10), &err);
  if (rc != AIO_OK) {
    *out = err;
    return rc;
  }
  finished++;
  *out = arg;
  return AIO_OK;
}

static int tasks(void) {
  aio_loop *loop = new_loop();
  aio_task **ts = malloc(NTASKS * sizeof *ts);
  if (!ts) return 1;
  for (uintptr_t i = 0; i < NTASKS; i++)
    if (aio_task_new(loop, sleeper, (void *)i, NULL, &ts[i]) != 0) {
      printf("aio_task_new %lu failed\n", (unsigned long)i);
      return 1;
    }
  aio_future **fs = malloc(NTASKS * sizeof *fs);
  if (!fs) return 1;
  for (size_t i = 0; i < NTASKS; i++) fs[i] = aio_task_future(ts[i]);
  aio_future *g = aio_gather(loop, fs, NTASKS, 0);
  int rc = g ? aio_loop_run_until_complete(loop, g) : -1;
  double t = aio_loop_time(loop);
  if (g) aio_future_release(g);
  for (size_t i = 0; i < NTASKS; i++) aio_task_release(ts[i]);
  free(ts);
  free(fs);
  aio_loop_free(loop);
  printf("tasks: %ld of %d finished, run status %d, virtual time %.1f\n", finished, NTASKS, rc, t);
  return rc != 0 || finished != NTASKS || t != 9.0;
}

int main(void) {
  int fail = timers();
  fail |= tasks();
  if (bytes_in_use != 0) {
    printf("%zu bytes still allocated after aio_loop_free\n", bytes_in_use);
    fail = 1;
  }
  return fail;
}
