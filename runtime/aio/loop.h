/* runtime/aio/loop.h — the event loop: ready queue, timers, clocks, host hooks.
 *
 * The runtime knows nothing about the language above it. Results and errors are opaque
 * `void *` values; the loop carries a table of host "value ops" that the runtime calls
 * to own them (retain/release) and to make the few errors asyncio itself raises
 * (CancelledError, TimeoutError, InvalidStateError, ExceptionGroup). Without a host
 * table the runtime uses small built-in error objects (see errors.h).
 *
 * Return codes: 0 is success; negative values are AIO_E_* errors (aio_strerror names
 * them); AIO_RAISED (1) means "an error value was produced" (like a Python raise). */
#ifndef TASKSCOPE_AIO_LOOP_H
#define TASKSCOPE_AIO_LOOP_H
#include <stddef.h>
#include <stdint.h>

typedef struct aio_loop aio_loop;
typedef struct aio_handle aio_handle;
typedef struct aio_future aio_future;
typedef struct aio_task aio_task;

enum {
  AIO_OK = 0,              /* success; an out value, if any, is a result */
  AIO_RAISED = 1,          /* an out value is an error value (a raise) */
  AIO_E_NOMEM = -1,        /* an allocation failed */
  AIO_E_INVALID_STATE = -2,/* future already done / result not ready */
  AIO_E_NOT_IN_TASK = -3,  /* a suspending call made outside any task */
  AIO_E_RUNNING = -4,      /* the loop is already running */
  AIO_E_STOPPED = -5,      /* the loop stopped before the future was done */
  AIO_E_INVAL = -6,        /* a bad argument (e.g. a task awaiting itself) */
  AIO_E_EMPTY = -7,        /* QueueEmpty */
  AIO_E_FULL = -8,         /* QueueFull */
  AIO_E_NOT_ACQUIRED = -9, /* releasing a lock or semaphore not held (RuntimeError) */
  AIO_E_DEADLOCK = -10,    /* nothing ready and no timer: the run can never finish */
  AIO_E_INTERRUPTED = -11, /* the host asked the run to stop (aio_loop_interrupt) */
  AIO_E_VALUE = -12,       /* ValueError, e.g. task_done() called too many times */
};

/* Returns a short English description of a return code. */
const char *aio_strerror(int code);

/* How the runtime owns and makes host values. Every function gets `ctx`. A function
 * that makes a value returns a new reference, or NULL when out of memory. */
typedef struct aio_value_ops {
  void *ctx;
  void (*retain)(void *ctx, void *v);                    /* v may be NULL */
  void (*release)(void *ctx, void *v);                   /* v may be NULL */
  void *(*make_cancelled_error)(void *ctx, const char *msg); /* msg NULL: no message */
  int (*is_cancelled_error)(void *ctx, void *err);        /* CancelledError or subclass */
  void *(*make_timeout_error)(void *ctx);
  void *(*make_invalid_state_error)(void *ctx, const char *msg);
  /* ExceptionGroup or BaseExceptionGroup of n borrowed errors: the host decides. */
  void *(*make_error_group)(void *ctx, const char *msg, void *const *errors, size_t n);
  /* A list of n borrowed values (gather's result). */
  void *(*make_list)(void *ctx, void *const *items, size_t n);
  /* PriorityQueue order: 1 if a < b, 0 if not, -1 with *err set (new ref) on error. */
  int (*less_than)(void *ctx, void *a, void *b, void **err);
} aio_value_ops;

/* The one allocator every runtime allocation goes through (size passed on free). */
typedef struct aio_allocator {
  void *ctx;
  void *(*alloc)(void *ctx, size_t n);     /* NULL on failure */
  void (*free)(void *ctx, void *p, size_t n);
} aio_allocator;

/* Real-clock hooks: now() in seconds on a monotonic clock, and an idle wait that
 * returns after at most `seconds` (native default: nanosleep). */
typedef struct aio_host {
  void *ctx;
  double (*now)(void *ctx);
  void (*idle_wait)(void *ctx, double seconds);
} aio_host;

enum aio_clock { AIO_CLOCK_VIRTUAL = 0, AIO_CLOCK_REAL = 1 };

typedef struct aio_loop_config {
  const aio_value_ops *ops;     /* NULL: built-in error objects (errors.h) */
  const aio_allocator *alloc;   /* NULL: malloc/free */
  const aio_host *host;         /* NULL: clock_gettime + nanosleep */
  int clock;                    /* AIO_CLOCK_VIRTUAL or AIO_CLOCK_REAL */
  size_t stack_size;            /* shared task stack; 0: 1 MiB */
  size_t scratch_size;          /* wasm Asyncify scratch buffer; 0: 256 KiB */
} aio_loop_config;

/* Callback run by the loop: call_soon/call_later/call_at. */
typedef void (*aio_callback)(aio_loop *loop, void *arg);

/* Creates a loop (config may be NULL for all defaults); *out set on success. */
int aio_loop_new(const aio_loop_config *config, aio_loop **out);
/* Destroys the loop and everything it owns: futures, tasks (suspended stacks are freed
 * without running), handles, built-in error objects. Must not be called while running. */
void aio_loop_free(aio_loop *loop);

/* Schedules cb(loop, arg) for the next iteration (FIFO). Returns a handle borrowed
 * until the callback has run or been cancelled (aio_handle_retain to keep it longer),
 * or NULL when out of memory. */
aio_handle *aio_loop_call_soon(aio_loop *loop, aio_callback cb, void *arg);
/* Schedules cb after `delay` seconds of loop time; handle as for call_soon. */
aio_handle *aio_loop_call_later(aio_loop *loop, double delay, aio_callback cb, void *arg);
/* Schedules cb at absolute loop time `when`; timers fire by (when, order scheduled). */
aio_handle *aio_loop_call_at(aio_loop *loop, double when, aio_callback cb, void *arg);
/* Cancels a handle: its callback will not run. Idempotent. */
void aio_handle_cancel(aio_handle *h);
/* 1 if the handle was cancelled. */
int aio_handle_cancelled(const aio_handle *h);
/* The deadline of a timer handle (loop time), 0 for call_soon handles. */
double aio_handle_when(const aio_handle *h);
/* Sets fin(arg), called exactly once when the loop and every holder have let the
 * handle go: after its callback ran, after a cancelled handle was dropped, or when the
 * loop is freed. Lets a host release what `arg` owns (a Python callable and its args). */
void aio_handle_set_finalizer(aio_handle *h, void (*fin)(void *arg));
/* Names a handle for the trace: timer_fired events carry the tag (0: none). */
void aio_handle_set_tag(aio_handle *h, uint64_t tag);
/* Keeps a handle alive past its run; pair with aio_handle_release. */
void aio_handle_retain(aio_handle *h);
void aio_handle_release(aio_handle *h);

/* Loop time in seconds: virtual time (starts at 0.0) or the host's monotonic clock. */
double aio_loop_time(const aio_loop *loop);
/* Moves the virtual clock forward to t (never back); a host whose own code advanced
 * time (a blocking sleep) keeps the loop in step. No effect on the real clock. */
void aio_loop_set_virtual_time(aio_loop *loop, double t);
/* Host real time in seconds (always the host clock, whatever the loop's clock). */
double aio_loop_real_time(const aio_loop *loop);

/* Runs until f is done. 0 when done; AIO_E_STOPPED if aio_loop_stop ended the run
 * first; AIO_E_RUNNING if already running; AIO_E_DEADLOCK if nothing could ever make
 * progress; AIO_E_INTERRUPTED on aio_loop_interrupt; AIO_E_NOMEM. */
int aio_loop_run_until_complete(aio_loop *loop, aio_future *f);
/* Runs until aio_loop_stop; same errors as run_until_complete. */
int aio_loop_run_forever(aio_loop *loop);
/* Asks a running loop to stop after the current iteration (asyncio's loop.stop()). */
void aio_loop_stop(aio_loop *loop);
/* Host stop: the running loop returns AIO_E_INTERRUPTED before its next iteration. */
void aio_loop_interrupt(aio_loop *loop);
/* 1 while a run_* call is active on this loop. */
int aio_loop_is_running(const aio_loop *loop);

/* For hosts that drive the loop (JS): runs one iteration without ever blocking (a
 * timer not yet due just stays). Returns 0 or a negative error. */
int aio_loop_run_once(aio_loop *loop);
/* Seconds until something is runnable: 0 if callbacks are ready (or the loop is
 * stopping), the delay to the next timer, or -1 when nothing is scheduled at all.
 * On the virtual clock a pending timer gives 0 (time jumps when it runs). */
double aio_loop_next_timeout(aio_loop *loop);
/* The entry for a host that drives the loop from its own event loop (JS): runs
 * iterations while something is runnable now, at most max_iterations, never blocking,
 * then sets *next_timeout as aio_loop_next_timeout does (JS: call again at once if 0,
 * setTimeout(d) if d > 0, nothing to do if -1). Returns 0, AIO_E_STOPPED once
 * aio_loop_stop was called (cleared), AIO_E_INTERRUPTED, AIO_E_RUNNING or an error. */
int aio_loop_run_ready(aio_loop *loop, unsigned max_iterations, double *next_timeout);
/* 1 once aio_loop_stop was called (cleared by the next run_*). */
int aio_loop_stopping(const aio_loop *loop);
/* Clears a stop request (a host that runs iterations itself with aio_loop_run_once). */
void aio_loop_clear_stop(aio_loop *loop);
/* The deadline the next iteration would wait for: the earliest live timer's when, or
 * -1 if callbacks are ready, the loop is stopping, or no timer is scheduled. A host
 * with its own virtual clock moves it there before aio_loop_run_once. */
double aio_loop_next_deadline(aio_loop *loop);

/* Counters: loop iterations run, and task steps run. */
uint64_t aio_loop_iterations(const aio_loop *loop);
uint64_t aio_loop_steps(const aio_loop *loop);
/* The first sticky internal error (e.g. AIO_E_NOMEM inside a callback), or 0. */
int aio_loop_error(const aio_loop *loop);

/* The loop's value ops (the host's, or the built-in ones). */
const aio_value_ops *aio_loop_ops(const aio_loop *loop);
/* Shorthands over the value ops. */
void aio_retain(aio_loop *loop, void *v);
void aio_release(aio_loop *loop, void *v);
void *aio_make_cancelled_error(aio_loop *loop, const char *msg);
int aio_is_cancelled_error(aio_loop *loop, void *err);

/* Allocation through the loop's allocator (for code layered on the runtime). */
void *aio_alloc(aio_loop *loop, size_t n);
void aio_free(aio_loop *loop, void *p, size_t n);

#endif
