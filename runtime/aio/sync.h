/* runtime/aio/sync.h — Lock, Event, Condition, Semaphore, BoundedSemaphore and the
 * queues (Lib/asyncio/locks.py, queues.py), with CPython's FIFO fairness.
 *
 * Blocking calls (acquire, wait, put, get, join) are made inside a task and return as
 * aio_await does: AIO_OK, AIO_RAISED with *out a new reference to the error (a
 * cancellation), or a negative AIO_E_* code. An object may be freed only when no task
 * waits on it. */
#ifndef TASKSCOPE_AIO_SYNC_H
#define TASKSCOPE_AIO_SYNC_H
#include "aio/task.h"

typedef struct aio_lock aio_lock;
typedef struct aio_event aio_event;
typedef struct aio_condition aio_condition;
typedef struct aio_semaphore aio_semaphore;
typedef struct aio_queue aio_queue;

/* ---- Lock ---- */
/* A new unlocked lock, or NULL when out of memory. */
aio_lock *aio_lock_new(aio_loop *loop);
void aio_lock_free(aio_lock *lock);
/* Lock.acquire(): takes the lock, waiting in FIFO order behind earlier waiters. */
int aio_lock_acquire(aio_lock *lock, void **out);
/* Lock.release(): hands the lock to the first waiter; AIO_E_NOT_ACQUIRED if unlocked. */
int aio_lock_release(aio_lock *lock);
int aio_lock_locked(const aio_lock *lock);

/* ---- Event ---- */
aio_event *aio_event_new(aio_loop *loop);
void aio_event_free(aio_event *ev);
/* Event.set(): wakes every waiter. */
void aio_event_set(aio_event *ev);
void aio_event_clear(aio_event *ev);
int aio_event_is_set(const aio_event *ev);
/* Event.wait(): returns at once if set, else waits until set. */
int aio_event_wait(aio_event *ev, void **out);

/* ---- Condition ---- */
/* A condition on `lock` (borrowed; NULL: a lock of its own). */
aio_condition *aio_condition_new(aio_loop *loop, aio_lock *lock);
void aio_condition_free(aio_condition *c);
int aio_condition_acquire(aio_condition *c, void **out);
int aio_condition_release(aio_condition *c);
int aio_condition_locked(const aio_condition *c);
/* Condition.wait(): releases the lock, waits for a notify, re-acquires the lock (even
 * when cancelled). AIO_E_NOT_ACQUIRED if the lock is not held. */
int aio_condition_wait(aio_condition *c, void **out);
/* Condition.wait_for(predicate): waits until pred(arg) is non-zero. */
int aio_condition_wait_for(aio_condition *c, int (*pred)(void *arg), void *arg, void **out);
/* notify(n) / notify_all(): AIO_E_NOT_ACQUIRED if the lock is not held. */
int aio_condition_notify(aio_condition *c, size_t n);
int aio_condition_notify_all(aio_condition *c);

/* ---- Semaphore / BoundedSemaphore ---- */
/* value < 0 is AIO_E_VALUE; bounded: release above the initial value is AIO_E_VALUE. */
int aio_semaphore_new(aio_loop *loop, long value, int bounded, aio_semaphore **out);
void aio_semaphore_free(aio_semaphore *s);
int aio_semaphore_acquire(aio_semaphore *s, void **out);
int aio_semaphore_release(aio_semaphore *s);
int aio_semaphore_locked(const aio_semaphore *s);
long aio_semaphore_value(const aio_semaphore *s);

/* ---- Queue / PriorityQueue / LifoQueue ---- */
enum { AIO_QUEUE_FIFO = 0, AIO_QUEUE_LIFO = 1, AIO_QUEUE_PRIORITY = 2 };
/* maxsize <= 0: unbounded. PriorityQueue orders with the value ops' less_than. */
aio_queue *aio_queue_new(aio_loop *loop, long maxsize, int kind);
/* Frees the queue and releases the items still in it. */
void aio_queue_free(aio_queue *q);
/* put(item): waits while full; the queue retains the item. */
int aio_queue_put(aio_queue *q, void *item, void **out);
/* put_nowait(item): AIO_E_FULL when full; AIO_RAISED if less_than raised (*out). */
int aio_queue_put_nowait(aio_queue *q, void *item, void **out);
/* get(): waits while empty; *out is the item (ownership passes to the caller). */
int aio_queue_get(aio_queue *q, void **out);
/* get_nowait(): AIO_E_EMPTY when empty. */
int aio_queue_get_nowait(aio_queue *q, void **out);
/* task_done(): AIO_E_VALUE when called more times than items were put. */
int aio_queue_task_done(aio_queue *q);
/* join(): waits until every item put has been marked done. */
int aio_queue_join(aio_queue *q, void **out);
size_t aio_queue_qsize(const aio_queue *q);
int aio_queue_empty(const aio_queue *q);
int aio_queue_full(const aio_queue *q);
long aio_queue_maxsize(const aio_queue *q);

#endif
