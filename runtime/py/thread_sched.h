/* runtime/py/thread_sched.h — Python threads as cooperative fibers (docs/interpreter.md,
 * "Threads").
 *
 * Every thread but the main one runs its function in a fiber of its own
 * (runtime/aio/main_fiber.h). One thread runs at a time, like a GIL released only where
 * a thread blocks: time.sleep, a lock's wait, the event loop's idle wait. A blocked
 * thread either suspends its fiber or, where it cannot (the main thread, or a C frame
 * off the Asyncify chain under it), runs the other threads itself until it may go on.
 * Which thread runs next is one global rule, the same as the oracle's: the ready queue
 * in the order threads were woken; when nobody is ready the clock moves to the earliest
 * wake-up (virtual clock) or the host waits for it (real clock). */
#ifndef TASKSCOPE_PY_THREAD_SCHED_H
#define TASKSCOPE_PY_THREAD_SCHED_H
#include <stdbool.h>
#include <stdint.h>

#include "py/object.h"

/* Starts a thread that will call func(*args) (a tuple): it is made ready, and runs
 * when the running thread next blocks. Returns its identifier, or 0 with an exception. */
uint64_t py_thread_start(py_object *func, py_object *args);
/* The running thread's identifier (the main thread's is 1). */
uint64_t py_thread_ident(void);
/* How many threads exist (started and not finished), the main one included. */
int py_thread_count(void);
/* True while any thread other than the running one exists. */
bool py_thread_others(void);
/* Blocks the running thread until py_thread_wake() names it (returns 1) or `timeout`
 * seconds pass (returns 0; a negative timeout never passes). Other threads run
 * meanwhile. -1 with an exception when no thread could ever wake it (a deadlock). */
int py_thread_block(double timeout);
/* Makes a blocked thread ready (nothing if it is not blocked). */
void py_thread_wake(uint64_t ident);
/* The event loop's idle wait: blocks its thread until `until` on the clock (its next
 * timer's deadline; negative: no timer) or until a callback scheduled from another
 * thread (py_thread_loop_notify) wakes it. Returns as py_thread_block. */
int py_thread_loop_idle(double until);
/* Called when a callback is scheduled: from another thread, it wakes the loop's. */
void py_thread_loop_notify(void);
/* True when the running thread is not the main one (it runs in a fiber). */
bool py_thread_in_fiber(void);
/* After the main module: waits for the threads that are not daemons (threading._shutdown). */
void py__thread_shutdown(void);
/* The end of a run (py_fini): threads still blocked are dropped, never resumed. */
void py_thread_fini(void);

#endif
