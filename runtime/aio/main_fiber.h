/* runtime/aio/main_fiber.h — running a host's main program as a fiber (docs/engine.md).
 *
 * The program's module code runs in a fiber on a shared stack of its own, so it can
 * suspend — when the loop has nothing to do before a real-clock timer, or during a
 * blocking call — and the host's driver (the CLI's loop, or JavaScript through
 * setTimeout) gets control back instead of the program blocking the thread. Resumed,
 * it continues exactly where it stopped. */
#ifndef TASKSCOPE_AIO_MAIN_FIBER_H
#define TASKSCOPE_AIO_MAIN_FIBER_H
#include <stddef.h>

typedef struct aio_main_fiber aio_main_fiber;

/* Makes a fiber that will run entry(arg) on a stack of stack_size bytes (0: 8 MiB
 * natively, 1 MiB on wasm). 0, or AIO_E_NOMEM. */
int aio_main_fiber_new(size_t stack_size, void (*entry)(void *arg), void *arg,
                       aio_main_fiber **out);
/* Starts or resumes the fiber until it suspends (returns 0) or entry returns (1);
 * negative AIO_E_* on failure. */
int aio_main_fiber_resume(aio_main_fiber *m);
/* 1 when called from code running inside the fiber. */
int aio_main_fiber_inside(const aio_main_fiber *m);
/* From inside the fiber: back to aio_main_fiber_resume's caller. */
void aio_main_fiber_suspend(aio_main_fiber *m);
/* Frees the fiber (finished or not; an unfinished one never runs again). */
void aio_main_fiber_free(aio_main_fiber *m);

#endif
