/* runtime/aio/future.h — futures: pending, finished (result or error) or cancelled.
 *
 * Mirrors asyncio.Future (Lib/asyncio/futures.py): done callbacks run through
 * call_soon in registration order; adding one to a done future schedules it at once.
 * Futures are reference counted; the loop frees any left when it is freed. */
#ifndef TASKSCOPE_AIO_FUTURE_H
#define TASKSCOPE_AIO_FUTURE_H
#include "aio/loop.h"

/* A done callback: receives the future (borrowed) and the registered argument. */
typedef void (*aio_done_fn)(aio_future *f, void *arg);

/* Creates a pending future (new reference) or NULL when out of memory. */
aio_future *aio_future_new(aio_loop *loop);
/* Reference counting. */
void aio_future_retain(aio_future *f);
void aio_future_release(aio_future *f);
/* The loop the future belongs to. */
aio_loop *aio_future_loop(const aio_future *f);

/* State queries. */
int aio_future_done(const aio_future *f);
int aio_future_cancelled(const aio_future *f);

/* Sets the result (retained). AIO_E_INVALID_STATE if already done. */
int aio_future_set_result(aio_future *f, void *result);
/* Sets the error (retained). AIO_E_INVALID_STATE if already done. */
int aio_future_set_exception(aio_future *f, void *error);
/* Cancels a pending future (a task: requests cancellation). Returns 1 if it did
 * something, 0 if the future was already done. msg may be NULL. */
int aio_future_cancel(aio_future *f, const char *msg);

/* Future.result(): AIO_OK with *out a new reference to the result, or AIO_RAISED with
 * *out a new reference to the error (CancelledError for a cancelled future: only the
 * first retrieval carries the task's own error), or AIO_E_INVALID_STATE if pending. */
int aio_future_result(aio_future *f, void **out);
/* Future.exception(): AIO_OK with *out the error or NULL (new reference); AIO_RAISED
 * with a CancelledError if cancelled; AIO_E_INVALID_STATE if pending. */
int aio_future_exception(aio_future *f, void **out);

/* Registers a done callback. 0 or AIO_E_NOMEM. */
int aio_future_add_done_callback(aio_future *f, aio_done_fn fn, void *arg);
/* Removes every registration of (fn, arg); returns how many were removed. */
size_t aio_future_remove_done_callback(aio_future *f, aio_done_fn fn, void *arg);

/* A short label saying what a waiter on this future waits for ("sleep(1.0)",
 * "Event.wait"); copied. Shown by the trace as the task's wait reason. */
int aio_future_set_label(aio_future *f, const char *label);
const char *aio_future_label(const aio_future *f);
/* A process-unique id (trace events refer to futures and tasks by it). */
uint64_t aio_future_id(const aio_future *f);

/* Inside a task: waits for f. Returns at once when f is done; otherwise suspends the
 * task until f is done. AIO_OK with *out a new reference to the result, AIO_RAISED with
 * *out a new reference to the error (a cancellation arrives as a CancelledError here),
 * AIO_E_NOT_IN_TASK outside a task, AIO_E_INVAL when a task awaits itself. */
int aio_await(aio_future *f, void **out);

#endif
