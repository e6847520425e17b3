/* runtime/aio/trace.h — the trace hook: one callback receiving every scheduling event.
 *
 * Each event carries the loop (virtual or host) time and the host's real time, the task
 * concerned (id and name) and, where it matters, the future it waits on with its label
 * (aio_future_set_label), so a UI can say "Task-2 waits on sleep(1.0)". */
#ifndef TASKSCOPE_AIO_TRACE_H
#define TASKSCOPE_AIO_TRACE_H
#include "aio/loop.h"

typedef enum aio_trace_kind {
  AIO_TRACE_TASK_CREATED = 1,  /* task, parent_id */
  AIO_TRACE_STEP_BEGIN,        /* task */
  AIO_TRACE_STEP_END,          /* task; future_id/label: what it waits on (0/NULL:
                                  ready again after a bare yield, or finished) */
  AIO_TRACE_TASK_DONE,         /* task finished with a result */
  AIO_TRACE_TASK_CANCELLED,    /* task ended cancelled */
  AIO_TRACE_TASK_FAILED,       /* task ended with an error */
  AIO_TRACE_CANCEL_REQUESTED,  /* task.cancel() accepted; label: the message */
  AIO_TRACE_TIMER_SCHEDULED,   /* arg: the deadline */
  AIO_TRACE_TIMER_FIRED,       /* arg: the deadline */
  AIO_TRACE_IDLE_BEGIN,        /* arg: how long the loop will wait (virtual: jump) */
  AIO_TRACE_IDLE_END
} aio_trace_kind;

typedef struct aio_trace_event {
  aio_trace_kind kind;
  double time;                 /* loop time */
  double real_time;            /* host clock */
  uint64_t task_id;            /* 0 when no task is concerned */
  const char *task_name;       /* borrowed for the call only */
  uint64_t parent_id;          /* TASK_CREATED: the creating task, 0 if none */
  uint64_t future_id;          /* STEP_END: the awaited future */
  const char *label;           /* STEP_END: its label; CANCEL_REQUESTED: the message */
  double arg;                  /* timers: deadline; IDLE_BEGIN: wait */
  aio_task *task;              /* borrowed for the call only */
  uint64_t timer_tag;          /* TIMER_FIRED: the handle's tag (aio_handle_set_tag) */
} aio_trace_event;

typedef void (*aio_trace_fn)(void *ctx, const aio_trace_event *ev);

/* Installs (or with fn NULL removes) the loop's trace hook. */
void aio_loop_set_trace(aio_loop *loop, aio_trace_fn fn, void *ctx);
/* 1 when a hook is installed (callers skip building labels otherwise). */
int aio_loop_tracing(const aio_loop *loop);
/* The name of an event kind ("task_created", ...). */
const char *aio_trace_kind_name(aio_trace_kind kind);

#endif
