/* runtime/aio/loop.c — the event loop: creation, teardown, clocks and the run loop.
 *
 * One iteration (CPython's BaseEventLoop._run_once), in this order:
 *   1. drop cancelled timers from the top of the heap;
 *   2. if nothing is ready and the loop is not stopping, wait for the next timer:
 *      the virtual clock jumps to it, the real clock waits through the host hook;
 *   3. move every timer due before now + clock resolution to the ready queue, in
 *      (deadline, order scheduled) order, behind what was already ready;
 *   4. run exactly the handles that were ready at this point (ntodo): callbacks they
 *      schedule run in the next iteration. */
#include "aio/internal.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- allocation -------------------------------------------------------------------- */
static void *default_alloc(void *ctx, size_t n) { (void)ctx; return malloc(n); }
static void default_free(void *ctx, void *p, size_t n) { (void)ctx; (void)n; free(p); }

void *aio__alloc(aio_loop *loop, size_t n) { return loop->alloc.alloc(loop->alloc.ctx, n); }
void *aio__calloc(aio_loop *loop, size_t n) {
  void *p = aio__alloc(loop, n);
  if (p) memset(p, 0, n);
  return p;
}
void aio__free(aio_loop *loop, void *p, size_t n) {
  if (p) loop->alloc.free(loop->alloc.ctx, p, n);
}
void *aio_alloc(aio_loop *loop, size_t n) { return aio__alloc(loop, n); }
void aio_free(aio_loop *loop, void *p, size_t n) { aio__free(loop, p, n); }

char *aio__strdup(aio_loop *loop, const char *s) {
  size_t n = strlen(s) + 1;
  char *d = aio__alloc(loop, n);
  if (d) memcpy(d, s, n);
  return d;
}
void aio__strfree(aio_loop *loop, char *s) {
  if (s) aio__free(loop, s, strlen(s) + 1);
}
void aio__set_error(aio_loop *loop, int err) {
  if (!loop->error) loop->error = err;
}

/* ---- clocks -------------------------------------------------------------------------- */
static double default_now(void *ctx) {
  (void)ctx;
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
static void default_idle_wait(void *ctx, double seconds) {
  (void)ctx;
  if (seconds <= 0) return;
  struct timespec ts;
  ts.tv_sec = (time_t)seconds;
  ts.tv_nsec = (long)((seconds - (double)ts.tv_sec) * 1e9);
  nanosleep(&ts, NULL);
}

double aio_loop_real_time(const aio_loop *loop) { return loop->host.now(loop->host.ctx); }
double aio_loop_time(const aio_loop *loop) {
  return loop->clock == AIO_CLOCK_VIRTUAL ? loop->vtime : aio_loop_real_time(loop);
}

void aio_loop_set_virtual_time(aio_loop *loop, double t) {
  if (loop->clock == AIO_CLOCK_VIRTUAL && t > loop->vtime) loop->vtime = t;
}

/* ---- creation and teardown ------------------------------------------------------------- */
int aio_loop_new(const aio_loop_config *config, aio_loop **out) {
  aio_loop_config cfg = {0};
  if (config) cfg = *config;
  aio_allocator alloc = {NULL, default_alloc, default_free};
  if (cfg.alloc) alloc = *cfg.alloc;
  aio_loop *loop = alloc.alloc(alloc.ctx, sizeof *loop);
  if (!loop) return AIO_E_NOMEM;
  memset(loop, 0, sizeof *loop);
  loop->alloc = alloc;
  loop->host = (aio_host){NULL, default_now, default_idle_wait};
  if (cfg.host) {
    if (cfg.host->now) loop->host.now = cfg.host->now, loop->host.ctx = cfg.host->ctx;
    if (cfg.host->idle_wait) loop->host.idle_wait = cfg.host->idle_wait, loop->host.ctx = cfg.host->ctx;
  }
  loop->clock = cfg.clock;
  loop->clock_resolution = 1e-9; /* time.get_clock_info('monotonic').resolution */
  if (cfg.ops) {
    loop->ops = *cfg.ops;
  } else {
    aio__default_ops(&loop->ops, loop);
    loop->default_ops = 1;
  }
  size_t stack = cfg.stack_size ? cfg.stack_size : (size_t)1 << 20;
  size_t scratch = cfg.scratch_size ? cfg.scratch_size : (size_t)256 << 10;
  if (aio__stack_init(&loop->stack, loop, stack, scratch) != 0) {
    alloc.free(alloc.ctx, loop, sizeof *loop);
    return AIO_E_NOMEM;
  }
  *out = loop;
  return 0;
}

static void free_ready(aio_loop *loop) {
  aio_handle *h = loop->ready_head;
  loop->ready_head = loop->ready_tail = NULL;
  loop->nready = 0;
  while (h) {
    aio_handle *next = h->next;
    aio_handle_release(h);
    h = next;
  }
}

void aio_loop_free(aio_loop *loop) {
  if (!loop || loop->running) return;
  /* Tasks first: they hold futures and values. Queued handles may hold futures. */
  free_ready(loop);
  aio__heap_free(loop);
  aio__task_drop_all(loop);
  aio__future_free_all(loop);
  free_ready(loop); /* releasing futures never schedules, but stay safe */
  /* Handles still held (by a suspended task's frame, or a caller that retained one):
   * run their finalizers so host arguments are released. */
  for (aio__handle_slab *slab = loop->slabs; slab; slab = slab->next) {
    for (size_t i = 0; i < AIO__SLAB_HANDLES; i++) {
      aio_handle *h = &slab->handles[i];
      if (h->refcnt > 0 && h->fin) h->fin(h->arg);
      h->refcnt = 0;
    }
  }
  while (loop->slabs) {
    aio__handle_slab *slab = loop->slabs;
    loop->slabs = slab->next;
    aio__free(loop, slab, sizeof *slab);
  }
  loop->free_handles = NULL;
  aio__stack_destroy(&loop->stack);
  aio__owned_free_all(loop);
  aio_allocator alloc = loop->alloc;
  alloc.free(alloc.ctx, loop, sizeof *loop);
}

/* ---- small accessors ---------------------------------------------------------------- */
void aio_loop_stop(aio_loop *loop) { loop->stopping = 1; }
void aio_loop_interrupt(aio_loop *loop) { loop->interrupt = 1; }
int aio_loop_is_running(const aio_loop *loop) { return loop->running; }
int aio_loop_stopping(const aio_loop *loop) { return loop->stopping; }
void aio_loop_clear_stop(aio_loop *loop) { loop->stopping = 0; }

double aio_loop_next_deadline(aio_loop *loop) {
  if (loop->nheap) aio__heap_remove_cancelled(loop);
  if (loop->nready > 0 || loop->stopping || loop->nheap == 0) return -1;
  return loop->heap[0]->when;
}
uint64_t aio_loop_iterations(const aio_loop *loop) { return loop->iterations; }
uint64_t aio_loop_steps(const aio_loop *loop) { return loop->steps; }
int aio_loop_error(const aio_loop *loop) { return loop->error; }
const aio_value_ops *aio_loop_ops(const aio_loop *loop) { return &loop->ops; }
void aio_retain(aio_loop *loop, void *v) { aio__retain(loop, v); }
void aio_release(aio_loop *loop, void *v) { aio__release(loop, v); }
void *aio_make_cancelled_error(aio_loop *loop, const char *msg) {
  return loop->ops.make_cancelled_error(loop->ops.ctx, msg);
}
int aio_is_cancelled_error(aio_loop *loop, void *err) {
  return err && loop->ops.is_cancelled_error(loop->ops.ctx, err);
}

const char *aio_strerror(int code) {
  switch (code) {
  case AIO_OK: return "ok";
  case AIO_RAISED: return "an error was raised";
  case AIO_E_NOMEM: return "out of memory";
  case AIO_E_INVALID_STATE: return "invalid state";
  case AIO_E_NOT_IN_TASK: return "not inside a task";
  case AIO_E_RUNNING: return "this event loop is already running";
  case AIO_E_STOPPED: return "event loop stopped before the future completed";
  case AIO_E_INVAL: return "invalid argument";
  case AIO_E_EMPTY: return "queue empty";
  case AIO_E_FULL: return "queue full";
  case AIO_E_NOT_ACQUIRED: return "released an object that was not acquired";
  case AIO_E_DEADLOCK: return "nothing is ready and no timer is scheduled";
  case AIO_E_INTERRUPTED: return "the run was interrupted by the host";
  case AIO_E_VALUE: return "value error";
  default: return "unknown error";
  }
}

/* ---- one iteration --------------------------------------------------------------------- */
static void run_handle(aio_loop *loop, aio_handle *h) {
  if (!h->cancelled) {
    if (h->kind == HANDLE_DONE_CB) h->done_fn(h->fut, h->arg);
    else h->cb(loop, h->arg);
  }
  aio_handle_release(h);
}

static void move_due_timers(aio_loop *loop) {
  if (!loop->nheap) return;
  double end_time = aio_loop_time(loop) + loop->clock_resolution;
  while (loop->nheap > 0) {
    aio_handle *h = loop->heap[0];
    if (h->when >= end_time) break;
    h = aio__heap_pop(loop);
    if (h->cancelled) {
      aio_handle_release(h);
      continue;
    }
    if (loop->trace) aio__trace_emit_timer(loop, AIO_TRACE_TIMER_FIRED, h);
    aio__ready_push(loop, h);
  }
}

/* One iteration. `may_block`: wait for the next timer when nothing is ready. */
static int run_once(aio_loop *loop, int may_block) {
  loop->iterations++; /* counted from its start: idle waits and timers belong to it */
  if (loop->nheap) aio__heap_remove_cancelled(loop);
  if (loop->nready == 0 && !loop->stopping && loop->nheap > 0) {
    double when = loop->heap[0]->when;
    if (loop->clock == AIO_CLOCK_VIRTUAL) {
      if (when > loop->vtime) {
        aio__trace(loop, AIO_TRACE_IDLE_BEGIN, NULL, NULL, when - loop->vtime);
        loop->vtime = when;
        aio__trace(loop, AIO_TRACE_IDLE_END, NULL, NULL, 0);
      }
    } else if (may_block) {
      double wait = when - aio_loop_time(loop);
      if (wait > 0) {
        aio__trace(loop, AIO_TRACE_IDLE_BEGIN, NULL, NULL, wait);
        loop->host.idle_wait(loop->host.ctx, wait);
        aio__trace(loop, AIO_TRACE_IDLE_END, NULL, NULL, 0);
      }
    }
  }
  move_due_timers(loop);
  size_t ntodo = loop->nready;
  for (size_t i = 0; i < ntodo; i++) {
    aio_handle *h = loop->ready_head;
    loop->ready_head = h->next;
    if (!loop->ready_head) loop->ready_tail = NULL;
    loop->nready--;
    run_handle(loop, h);
  }
  return loop->error;
}

int aio_loop_run_once(aio_loop *loop) {
  if (loop->running) return AIO_E_RUNNING;
  loop->running = 1;
  int rc = run_once(loop, 0);
  loop->running = 0;
  return rc;
}

double aio_loop_next_timeout(aio_loop *loop) {
  aio__heap_remove_cancelled(loop);
  if (loop->nready > 0 || loop->stopping) return 0;
  if (loop->nheap == 0) return -1;
  if (loop->clock == AIO_CLOCK_VIRTUAL) return 0;
  double wait = loop->heap[0]->when - aio_loop_time(loop);
  return wait > 0 ? wait : 0;
}

int aio_loop_run_ready(aio_loop *loop, unsigned max_iterations, double *next_timeout) {
  int rc = 0;
  *next_timeout = -1;
  if (loop->running) return AIO_E_RUNNING;
  for (unsigned i = 0; i < max_iterations; i++) {
    if (loop->interrupt) {
      loop->interrupt = 0;
      rc = AIO_E_INTERRUPTED;
      break;
    }
    if (loop->stopping) {
      loop->stopping = 0;
      rc = AIO_E_STOPPED;
      break;
    }
    if (aio_loop_next_timeout(loop) != 0) break;
    if ((rc = aio_loop_run_once(loop)) != 0) break;
  }
  *next_timeout = aio_loop_next_timeout(loop);
  return rc;
}

int aio_loop_run_forever(aio_loop *loop) {
  if (loop->running) return AIO_E_RUNNING;
  loop->running = 1;
  int rc = 0;
  for (;;) {
    if (loop->interrupt) {
      loop->interrupt = 0;
      rc = AIO_E_INTERRUPTED;
      break;
    }
    if (loop->nready == 0 && !loop->stopping) {
      aio__heap_remove_cancelled(loop);
      if (loop->nheap == 0) {
        rc = AIO_E_DEADLOCK;
        break;
      }
    }
    rc = run_once(loop, 1);
    if (rc != 0) break;
    if (loop->stopping) break;
  }
  loop->stopping = 0;
  loop->running = 0;
  return rc;
}

static void stop_loop_cb(aio_future *f, void *arg) {
  (void)arg;
  aio_loop_stop(f->loop);
}

int aio_loop_run_until_complete(aio_loop *loop, aio_future *f) {
  if (loop->running) return AIO_E_RUNNING;
  /* As CPython: even a done future goes through its done callback (one iteration). */
  if (aio_future_add_done_callback(f, stop_loop_cb, NULL) != 0) return AIO_E_NOMEM;
  aio_future_retain(f);
  int rc = aio_loop_run_forever(loop);
  aio_future_remove_done_callback(f, stop_loop_cb, NULL);
  if (rc == 0 && !aio_future_done(f)) rc = AIO_E_STOPPED;
  aio_future_release(f);
  return rc;
}
