/* runtime/aio/internal.h — struct layouts and cross-file helpers of the task runtime.
 * Nothing outside runtime/aio includes this header. */
#ifndef TASKSCOPE_AIO_INTERNAL_H
#define TASKSCOPE_AIO_INTERNAL_H
#include "aio/loop.h"
#include "aio/future.h"
#include "aio/task.h"
#include "aio/trace.h"
#include "aio/switch.h"

/* ---- handles ------------------------------------------------------------------------ */
enum { HANDLE_CALL = 0, HANDLE_DONE_CB = 1 };

/* A done callback's fields and a timer's never meet in one handle, so they share its
 * room (kind and is_timer say which is there): 100,000 tasks woken at once queue
 * 100,000 handles. */
struct aio_handle {
  aio_loop *loop;
  aio_handle *next;          /* ready queue / free list link */
  aio_callback cb;           /* HANDLE_CALL */
  void *arg;
  void (*fin)(void *arg);    /* called once when the handle is let go, or NULL */
  union {
    struct {                 /* HANDLE_DONE_CB: done_fn(fut, arg); fut retained (or NULL) */
      aio_done_fn done_fn;
      aio_future *fut;
    };
    struct {                 /* timers (is_timer) */
      double when;           /* deadline */
      uint64_t seq;          /* order scheduled (tie breaker) */
      uint64_t tag;          /* the host's name for it, reported in timer trace events */
      size_t heap_index;     /* position in the timer heap while scheduled */
    };
  };
  int refcnt;                /* the loop's reference while queued + the caller's */
  uint8_t kind, cancelled, in_heap, is_timer;
};

enum { AIO__SLAB_HANDLES = 64 };
typedef struct aio__handle_slab {
  struct aio__handle_slab *next;
  aio_handle handles[AIO__SLAB_HANDLES];
} aio__handle_slab;

/* ---- futures and tasks ----------------------------------------------------------------- */
enum { FUT_PENDING = 0, FUT_FINISHED = 1, FUT_CANCELLED = 2 };

typedef struct aio__done_cb { aio_done_fn fn; void *arg; } aio__done_cb;

/* A future subtype may override cancel (tasks, gather's outer future). */
typedef int (*aio__cancel_fn)(aio_future *f, const char *msg);

struct aio_future {
  aio_loop *loop;
  aio_future *prev, *next;   /* the loop's list of live futures */
  void *result;              /* owned */
  void *exception;           /* owned */
  void *cancelled_exc;       /* owned: a task's own CancelledError, handed out once */
  char *cancel_msg;          /* owned copy, or NULL */
  char *label;               /* owned copy, or NULL */
  aio__done_cb cb0;          /* the first callback lives inline */
  aio__done_cb *cbs;         /* the rest */
  uint32_t ncb, capcb;       /* ncb counts cb0 too */
  aio__cancel_fn cancel;     /* NULL: plain Future.cancel */
  void (*finalize)(aio_future *f); /* subtype cleanup before free */
  size_t size;               /* allocation size of the whole object */
  uint64_t id;
  int refcnt;
  uint8_t state, is_task;
  uint8_t cancelling;        /* inside its own cancel(): see aio_future_cancel */
};

/* Why a running task handed control back to the loop. */
enum { YIELD_NONE = 0, YIELD_BARE = 1, YIELD_AWAIT = 2 };

struct aio_task {
  aio_future fut;            /* a task is a future: must stay first */
  aio_task_fn fn;
  void *arg;
  char *name;                /* owned */
  aio_task *parent;          /* borrowed, for traces only (may be freed: compare ids) */
  uint64_t parent_id;
  aio_task *tprev, *tnext;   /* the loop's list of unfinished tasks */
  aio__fiber fiber;
  aio_future *fut_waiter;    /* retained: what the task waits on */
  aio_future *yield_fut;     /* retained: set by aio_await before suspending */
  void *resume_exc;          /* owned: error thrown in at the next resume */
  void *outcome;             /* owned: the entry's result or error */
  int outcome_status;
  int num_cancels_requested;
  uint8_t must_cancel, yield_kind, loop_ref;
};

/* ---- waiter queues (sync primitives) ------------------------------------------------- */
typedef struct aio__waitq aio__waitq;
typedef struct aio__waiter {
  aio_future fut;            /* must stay first */
  struct aio__waiter *prev, *next;
  aio__waitq *q;             /* the queue it is linked in, or NULL */
} aio__waiter;
struct aio__waitq { aio__waiter *head, *tail; size_t n; };

/* Appends a new waiter future (the caller owns the one reference). */
aio__waiter *aio__waitq_push(aio_loop *loop, aio__waitq *q, const char *label);
void aio__waitq_remove(aio__waitq *q, aio__waiter *w);
void aio__waitq_clear(aio__waitq *q);
/* fut = create_future(); waiters.append(fut); try: await fut finally: remove(fut).
 * With wp, the waiter is handed back (the caller releases it). */
int aio__waitq_wait(aio_loop *loop, aio__waitq *q, const char *label, aio__waiter **wp, void **out);

/* ---- the loop ------------------------------------------------------------------------ */
typedef struct aio__owned { struct aio__owned *next; size_t size; } aio__owned;

struct aio_loop {
  aio_value_ops ops;
  aio_allocator alloc;
  aio_host host;
  int clock;
  double vtime;              /* virtual clock */
  double clock_resolution;
  aio_handle *ready_head, *ready_tail;
  size_t nready;
  aio_handle **heap;         /* timer min-heap by (when, seq) */
  size_t nheap, capheap, ncancelled_timers;
  uint64_t timer_seq;
  aio_handle *free_handles;  /* recycled handle structs */
  aio__handle_slab *slabs;   /* every handle lives in one of these */
  aio_future *futures;       /* every live future (a list through prev/next) */
  aio_task *tasks_head, *tasks_tail; /* unfinished tasks, creation order */
  aio_task *current;
  aio__stack stack;
  aio__owned *owned;         /* built-in error and list objects */
  aio_trace_fn trace;
  void *trace_ctx;
  uint64_t iterations, steps;
  int error;                 /* sticky internal error */
  uint8_t running, stopping, interrupt, default_ops, tearing_down;
};

/* allocation */
void *aio__alloc(aio_loop *loop, size_t n);
void *aio__calloc(aio_loop *loop, size_t n);
void aio__free(aio_loop *loop, void *p, size_t n);
char *aio__strdup(aio_loop *loop, const char *s);
void aio__strfree(aio_loop *loop, char *s);
void aio__set_error(aio_loop *loop, int err);

/* handles and timers */
aio_handle *aio__handle_new(aio_loop *loop);
void aio__ready_push(aio_loop *loop, aio_handle *h);
aio_handle *aio__call_done_cb(aio_loop *loop, aio_done_fn fn, aio_future *fut, void *arg);
int aio__heap_push(aio_loop *loop, aio_handle *h);
aio_handle *aio__heap_pop(aio_loop *loop);
void aio__heap_remove_cancelled(aio_loop *loop);
void aio__heap_free(aio_loop *loop);

/* futures */
aio_future *aio__future_alloc(aio_loop *loop, size_t size);
void aio__future_free_all(aio_loop *loop);
/* Future.cancel without the subtype override (Task uses it as super().cancel()). */
int aio__future_cancel_base(aio_future *f, const char *msg);
/* Future._make_cancelled_error: a new CancelledError (or the saved one, once). */
void *aio__future_make_cancelled_error(aio_future *f);
/* Marks done and schedules callbacks: helpers for subtypes. */
int aio__future_set_result_steal(aio_future *f, void *result);
int aio__future_set_exception_steal(aio_future *f, void *error);

/* tasks */
void aio__task_drop_all(aio_loop *loop);
/* Suspends the current task with a bare yield or on a future, and returns what the
 * loop resumed it with (AIO_OK, or AIO_RAISED with *err). */
int aio__task_suspend(aio_loop *loop, int kind, aio_future *f, void **err);

/* trace */
void aio__trace_emit(aio_loop *loop, int kind, aio_task *task, aio_future *fut, double arg);
/* A timer event (scheduled or fired): carries the handle's deadline and tag. */
void aio__trace_emit_timer(aio_loop *loop, int kind, const aio_handle *h);
/* The hook check is inlined: a loop without a hook pays one test per event. */
#define aio__trace(loop, kind, task, fut, arg) \
  do { if ((loop)->trace) aio__trace_emit((loop), (kind), (task), (fut), (arg)); } while (0)

/* default value ops */
void aio__default_ops(aio_value_ops *ops, aio_loop *loop);
void aio__owned_free_all(aio_loop *loop);

/* convenience */
static inline void aio__retain(aio_loop *l, void *v) { if (v) l->ops.retain(l->ops.ctx, v); }
static inline void aio__release(aio_loop *l, void *v) { if (v) l->ops.release(l->ops.ctx, v); }

#endif
