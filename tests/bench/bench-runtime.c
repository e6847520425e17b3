/* tests/bench/bench-runtime.c — the runtime's figures, printed as `name value unit`:
 *   switches_per_sec      two tasks handing control back and forth with sleep(0)
 *   tasks_per_sec         tasks created and run to completion, in batches
 *   bytes_per_task        heap bytes per task while 100,000 tasks wait on one Event
 *   stack_copy_per_task   of which the saved stack slice (+ Asyncify data on wasm)
 * Rates are per second of this process's CPU time (the machines are shared, so wall
 * time mostly measures the neighbours); the `_wall` lines give wall-clock rates.
 * Built natively (build/rel) and with emcc (run under Node) by `make bench`. */
#include "aio/aio.h"
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
EM_JS(double, cpu_now, (void), {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
});
#else
static double cpu_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
#endif

static void report(const char *name, double count, double wall, double cpu, const char *unit) {
  printf("%s %.0f %s\n", name, count / cpu, unit);
  printf("%s_wall %.0f %s\n", name, count / wall, unit);
}

static size_t in_use;
static void *count_alloc(void *ctx, size_t n) {
  (void)ctx;
  void *p = malloc(n);
  if (p) in_use += n;
  return p;
}
static void count_free(void *ctx, void *p, size_t n) {
  (void)ctx;
  if (p) in_use -= n;
  free(p);
}
static const aio_allocator counting = {NULL, count_alloc, count_free};

static aio_loop *new_loop(void) {
  aio_loop_config cfg = {0};
  cfg.alloc = &counting;
  aio_loop *loop;
  if (aio_loop_new(&cfg, &loop) != 0) {
    fprintf(stderr, "bench: no loop\n");
    exit(1);
  }
  return loop;
}

/* ---- switches ---- */
static long n_yields;
int bench_yielder(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = aio_future_loop(aio_task_future(self));
  for (long i = 0; i < n_yields; i++) aio_yield(loop, out);
  *out = NULL;
  return AIO_OK;
}

static void bench_switches(long n) {
  aio_loop *loop = new_loop();
  aio_task *a, *b;
  n_yields = n;
  aio_task_new(loop, bench_yielder, NULL, NULL, &a);
  aio_task_new(loop, bench_yielder, NULL, NULL, &b);
  double t0 = now(), c0 = cpu_now();
  aio_loop_run_until_complete(loop, aio_task_future(b));
  report("switches_per_sec", (double)(2 * n), now() - t0, cpu_now() - c0, "switches/s");
  aio_task_release(a);
  aio_task_release(b);
  aio_loop_free(loop);
}

/* ---- task create + complete ---- */
int bench_noop(aio_task *self, void *arg, void **out) {
  (void)self;
  *out = arg;
  return AIO_OK;
}

static void bench_tasks(long total) {
  aio_loop *loop = new_loop();
  enum { BATCH = 1000 };
  static aio_task *ts[BATCH];
  double t0 = now(), c0 = cpu_now();
  for (long done = 0; done < total; done += BATCH) {
    for (int i = 0; i < BATCH; i++) aio_task_new(loop, bench_noop, NULL, NULL, &ts[i]);
    aio_loop_run_until_complete(loop, aio_task_future(ts[BATCH - 1]));
    for (int i = 0; i < BATCH; i++) aio_task_release(ts[i]);
  }
  report("tasks_per_sec", (double)total, now() - t0, cpu_now() - c0, "tasks/s");
  aio_loop_free(loop);
}

/* ---- memory per suspended task ---- */
static aio_event *the_event;
int bench_waiter(aio_task *self, void *arg, void **out) {
  (void)self;
  (void)arg;
  return aio_event_wait(the_event, out);
}

static void bench_memory(long n) {
  aio_loop *loop = new_loop();
  the_event = aio_event_new(loop);
  aio_task **ts = malloc((size_t)n * sizeof *ts);
  size_t before = in_use;
  for (long i = 0; i < n; i++) aio_task_new(loop, bench_waiter, NULL, NULL, &ts[i]);
  aio_loop_run_once(loop); /* every task runs its first step and waits */
  size_t saved = 0;
  for (long i = 0; i < n; i++) saved += aio_task_saved_bytes(ts[i]);
  printf("bytes_per_task %.0f B\n", (double)(in_use - before) / (double)n);
  printf("stack_copy_per_task %.0f B\n", (double)saved / (double)(n - 1));
  aio_event_set(the_event);
  aio_loop_run_until_complete(loop, aio_task_future(ts[n - 1]));
  for (long i = 0; i < n; i++) aio_task_release(ts[i]);
  free(ts);
  aio_event_free(the_event);
  aio_loop_free(loop);
}

int main(int argc, char **argv) {
  double scale = argc > 1 ? atof(argv[1]) : 1.0;
  bench_switches((long)(2000000 * scale));
  bench_tasks((long)(1000000 * scale));
  bench_memory(100000);
  return 0;
}
