/* runtime/py/drive.c — the run driver (see drive.h and docs/engine.md). */
#include "py/drive.h"

#include <stddef.h>

#include "aio/main_fiber.h"
#include "py/code.h"
#include "py/interp.h"
#include "py/thread_sched.h"

static aio_main_fiber *fiber;
static const char *program;     /* the file name */
static const char *program_src; /* its text when given as text, else NULL: read the file */
static size_t program_len;
static int exit_status;
static double wait_seconds;

static void main_entry(void *arg) {
  (void)arg;
  exit_status = program_src ? py_run_string(program_src, program_len, program)
                            : py_run_file(program);
}

int py_drive_begin(const char *path) {
  return py_drive_begin_source(NULL, 0, path);
}

int py_drive_begin_source(const char *src, size_t n, const char *filename) {
  program = filename;
  program_src = src;
  program_len = n;
  exit_status = 0;
  /* A run abandoned while suspended leaves its calls' links on its dropped stack. */
  py__calls_running = NULL;
  return aio_main_fiber_new(0, main_entry, NULL, &fiber) == 0 ? 0 : -1;
}

int py_drive(double *seconds, int *status) {
  wait_seconds = 0;
  int rc = aio_main_fiber_resume(fiber);
  if (rc == 0) {
    *seconds = wait_seconds;
    return PY_DRIVE_IDLE;
  }
  *status = rc == 1 ? exit_status : 1;
  return PY_DRIVE_DONE;
}

void py_drive_end(void) {
  if (fiber) aio_main_fiber_free(fiber);
  fiber = NULL;
}

/* Inside the main fiber, and at a point where it can suspend: under Asyncify only the
 * out-calls of the eval loop are instrumented (vm.c), so a blocking call made from
 * elsewhere (a dunder method, an import, a `with` block's __enter__) waits in place
 * through the host instead (py_clock_sleep's fallback), with the same result. */
bool py_drive_active(void) {
  /* A thread's fiber runs nested in the main one: only the main thread may suspend it. */
  return aio_main_fiber_inside(fiber) && !py_thread_in_fiber() && py_vm_suspendable();
}

void py_drive_wait(double seconds) {
  wait_seconds = seconds;
  aio_main_fiber_suspend(fiber);
}
