/* runtime/aio/trace.c — delivering trace events to the host's hook. */
#include "aio/internal.h"

void aio_loop_set_trace(aio_loop *loop, aio_trace_fn fn, void *ctx) {
  loop->trace = fn;
  loop->trace_ctx = ctx;
}

int aio_loop_tracing(const aio_loop *loop) { return loop->trace != NULL; }

void aio__trace_emit_timer(aio_loop *loop, int kind, const aio_handle *h) {
  aio_trace_event ev = {0};
  ev.kind = (aio_trace_kind)kind;
  ev.time = aio_loop_time(loop);
  ev.real_time = aio_loop_real_time(loop);
  ev.arg = h->when;
  ev.timer_tag = h->tag;
  loop->trace(loop->trace_ctx, &ev);
}

void aio__trace_emit(aio_loop *loop, int kind, aio_task *task, aio_future *fut, double arg) {
  aio_trace_event ev = {0};
  ev.kind = (aio_trace_kind)kind;
  ev.time = aio_loop_time(loop);
  ev.real_time = aio_loop_real_time(loop);
  ev.arg = arg;
  if (task) {
    ev.task = task;
    ev.task_id = task->fut.id;
    ev.task_name = task->name;
    ev.parent_id = task->parent_id;
    if (kind == AIO_TRACE_CANCEL_REQUESTED) ev.label = task->fut.cancel_msg;
  }
  if (fut) {
    ev.future_id = fut->id;
    ev.label = fut->label;
  }
  loop->trace(loop->trace_ctx, &ev);
}

const char *aio_trace_kind_name(aio_trace_kind kind) {
  switch (kind) {
  case AIO_TRACE_TASK_CREATED: return "task_created";
  case AIO_TRACE_STEP_BEGIN: return "step_begin";
  case AIO_TRACE_STEP_END: return "step_end";
  case AIO_TRACE_TASK_DONE: return "task_done";
  case AIO_TRACE_TASK_CANCELLED: return "task_cancelled";
  case AIO_TRACE_TASK_FAILED: return "task_failed";
  case AIO_TRACE_CANCEL_REQUESTED: return "cancel_requested";
  case AIO_TRACE_TIMER_SCHEDULED: return "timer_scheduled";
  case AIO_TRACE_TIMER_FIRED: return "timer_fired";
  case AIO_TRACE_IDLE_BEGIN: return "idle_begin";
  case AIO_TRACE_IDLE_END: return "idle_end";
  }
  return "unknown";
}
