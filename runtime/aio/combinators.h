/* runtime/aio/combinators.h — sleep, gather, wait, as_completed, wait_for, timeout,
 * shield and TaskGroup, each mirroring CPython 3.11's Python code hop for hop.
 *
 * What is a coroutine in asyncio (sleep, wait, wait_for, the timeout and task group
 * context managers) is a C function called inside a task that suspends it as often as
 * CPython's coroutine would; what returns a future in asyncio (gather, shield) returns
 * a future here. Callers wrap their coroutines in tasks first (aio_task_new), as
 * ensure_future would, so task numbers are consumed as CPython consumes them.
 * Status returns are as for aio_await: AIO_OK with *out a result, AIO_RAISED with *out
 * an error (new references), or a negative AIO_E_* code. */
#ifndef TASKSCOPE_AIO_COMBINATORS_H
#define TASKSCOPE_AIO_COMBINATORS_H
#include "aio/task.h"

/* asyncio.sleep(delay): delay <= 0 is one bare yield. *out is NULL on success, or the
 * error (a CancelledError) that interrupted the sleep. */
int aio_sleep(aio_loop *loop, double delay, void **out);

/* asyncio.gather(*futs, return_exceptions=...): returns the gathering future (new
 * reference; its result is a list made by make_list) or NULL when out of memory.
 * Cancelling it cancels the children. n == 0 gives a future done with []. */
aio_future *aio_gather(aio_loop *loop, aio_future *const *futs, size_t n, int return_exceptions);

enum { AIO_ALL_COMPLETED = 0, AIO_FIRST_COMPLETED = 1, AIO_FIRST_EXCEPTION = 2 };
/* asyncio.wait(fs, timeout=..., return_when=...) (timeout < 0: none). On AIO_OK,
 * done_flags[i] (if not NULL) says whether futs[i] is in the done set. AIO_E_INVAL for
 * n == 0 or a bad return_when (ValueError above). */
int aio_wait(aio_loop *loop, aio_future *const *futs, size_t n, double timeout,
             int return_when, unsigned char *done_flags, void **out);

/* asyncio.as_completed(fs, timeout=...): an iterator; each next() waits for the next
 * future to finish and returns its outcome (TimeoutError after the timeout). */
typedef struct aio_as_completed aio_as_completed;
aio_as_completed *aio_as_completed_new(aio_loop *loop, aio_future *const *futs, size_t n,
                                       double timeout);
/* Inside a task: waits for the next done future; returns its result/error as await
 * does, or AIO_E_EMPTY when all futures were handed out. */
int aio_as_completed_next(aio_as_completed *it, void **out);
void aio_as_completed_free(aio_as_completed *it);

/* asyncio.wait_for(fut, timeout) as in 3.11 (timeout < 0: none): on timeout cancels
 * fut, waits for it, and raises TimeoutError (unless fut swallowed the cancellation). */
int aio_wait_for(aio_loop *loop, aio_future *fut, double timeout, void **out);

/* asyncio.timeout()/timeout_at(): a scope around part of a task's body. */
typedef struct aio_timeout aio_timeout;
/* `async with timeout_at(when)` entry (when < 0: no deadline). NULL on NOMEM or
 * outside a task. */
aio_timeout *aio_timeout_enter(aio_loop *loop, double when);
/* __aexit__: pass the body's status and error (stolen); returns the status and error
 * to continue with (a CancelledError caused by this scope becomes TimeoutError). Frees
 * the scope. */
int aio_timeout_exit(aio_timeout *tm, int status, void **err);
/* Timeout.when(), reschedule(when) (when < 0: none), expired(). */
double aio_timeout_when(const aio_timeout *tm);
int aio_timeout_reschedule(aio_timeout *tm, double when);
int aio_timeout_expired(const aio_timeout *tm);

/* asyncio.shield(fut): fut itself (retained) if done, else a new outer future. */
aio_future *aio_shield(aio_loop *loop, aio_future *fut);

/* asyncio.TaskGroup (3.11). */
typedef struct aio_taskgroup aio_taskgroup;
/* __aenter__ inside a task: NULL on NOMEM or outside a task. */
aio_taskgroup *aio_taskgroup_enter(aio_loop *loop);
/* tg.create_task(): AIO_E_INVAL after the group finished or while it is aborting
 * (RuntimeError above). New reference in *out. */
int aio_taskgroup_create_task(aio_taskgroup *tg, aio_task_fn fn, void *arg, const char *name,
                              aio_task **out);
/* __aexit__: pass the body's status and error (stolen). Waits for the children, and
 * returns AIO_OK, or AIO_RAISED with the error to propagate (an error group made by
 * make_error_group, or a CancelledError). Frees the group. */
int aio_taskgroup_exit(aio_taskgroup *tg, int status, void **err);

#endif
