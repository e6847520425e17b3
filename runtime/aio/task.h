/* runtime/aio/task.h — tasks: stackful coroutines that are also futures.
 *
 * Mirrors asyncio.Task (Lib/asyncio/tasks.py): the first step runs one loop iteration
 * after creation; awaiting a pending future suspends the task and registers a wake-up
 * as a done callback; cancel() cancels the awaited future or throws CancelledError into
 * the task at its next step. A task is an aio_future (cast with aio_task_future). */
#ifndef TASKSCOPE_AIO_TASK_H
#define TASKSCOPE_AIO_TASK_H
#include "aio/future.h"

/* A task's body. Runs on the shared task stack. Returns AIO_OK with *out the result,
 * or AIO_RAISED with *out the error (ownership passes to the task). Raising a
 * cancelled error (is_cancelled_error) makes the task cancelled. */
typedef int (*aio_task_fn)(aio_task *self, void *arg, void **out);

/* Creates a task and schedules its first step (new reference in *out). name NULL
 * takes the next "Task-N" number. 0 or AIO_E_NOMEM. */
int aio_task_new(aio_loop *loop, aio_task_fn fn, void *arg, const char *name,
                 aio_task **out);
/* The task as a future (same object). */
aio_future *aio_task_future(aio_task *t);
/* The task of a future, or NULL if it is a plain future. */
aio_task *aio_task_of(aio_future *f);
void aio_task_retain(aio_task *t);
void aio_task_release(aio_task *t);

/* Task.cancel(msg): 1 if the request was taken, 0 if the task is done. */
int aio_task_cancel(aio_task *t, const char *msg);
/* Task.cancelling(): the number of pending cancellation requests. */
int aio_task_cancelling(const aio_task *t);
/* Task.uncancel(): decrements the count (not below 0) and returns it. */
int aio_task_uncancel(aio_task *t);

/* The name ("Task-3" or as given). set_name copies; 0 or AIO_E_NOMEM. */
const char *aio_task_name(const aio_task *t);
int aio_task_set_name(aio_task *t, const char *name);
/* The task that was current when this one was created (for traces), or NULL. */
aio_task *aio_task_parent(const aio_task *t);
/* The future this task waits on now, or NULL. */
aio_future *aio_task_waiting_on(const aio_task *t);
/* Bytes the task's suspended stack copy occupies now (0 while running or done). */
size_t aio_task_saved_bytes(const aio_task *t);

/* The running task of the loop, or NULL outside any task. */
aio_task *aio_current_task(aio_loop *loop);
/* Fills up to cap unfinished tasks (creation order, borrowed); returns how many exist. */
size_t aio_all_tasks(aio_loop *loop, aio_task **out, size_t cap);

/* The process-wide "Task-N" counter: next() consumes a number (asyncio.create_task
 * with a name still consumes one); reset() starts again at 1 for a new run. */
uint64_t aio_task_counter_next(void);
void aio_task_counter_reset(void);

/* Inside a task: a bare yield (what asyncio.sleep(0) does): resumes one iteration
 * later. AIO_OK, AIO_RAISED with *err a CancelledError, or AIO_E_NOT_IN_TASK. */
int aio_yield(aio_loop *loop, void **err);

#endif
