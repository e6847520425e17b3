/* runtime/cli/main.c — the native command line:
 *   taskscope [--clock=virtual|real] [--trace=FILE] PROGRAM.py [ARGS...]
 * Runs the program as CPython would run `python3 PROGRAM.py`: same stdout and stderr,
 * same exit status. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/asyncio_trace.h"
#include "py/drive.h"
#include "py/interp.h"

static int usage(void) {
  fprintf(stderr, "usage: taskscope [--clock=virtual|real] [--trace=FILE [--trace-format=json|chrome]] PROGRAM.py [ARGS...]\n");
  return 2;
}

int main(int argc, char **argv) {
  py_config cfg = {0};
  cfg.virtual_clock = true;
  const char *trace = NULL;
  const char *trace_format = "json";
  int i = 1;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    if (strcmp(argv[i], "--clock=virtual") == 0) cfg.virtual_clock = true;
    else if (strcmp(argv[i], "--clock=real") == 0) cfg.virtual_clock = false;
    else if (strncmp(argv[i], "--trace=", 8) == 0) trace = argv[i] + 8;
    else if (strncmp(argv[i], "--trace-format=", 15) == 0) trace_format = argv[i] + 15;
    else if (strcmp(argv[i], "--") == 0) { i++; break; }
    else return usage();
  }
  if (i >= argc) return usage();
  cfg.argc = argc - i;
  cfg.argv = argv + i;
  if (getenv("TASKSCOPE_MEMORY_LIMIT")) cfg.memory_limit = (size_t)atoll(getenv("TASKSCOPE_MEMORY_LIMIT"));
  if (getenv("TASKSCOPE_STEP_LIMIT")) cfg.step_limit = (uint64_t)atoll(getenv("TASKSCOPE_STEP_LIMIT"));
  if (py_init(&cfg) < 0) {
    fprintf(stderr, "taskscope: could not start the interpreter\n");
    return 1;
  }
  /* The trace (docs/trace.md) is collected by the asyncio binding during the run. */
  if (trace && py_asyncio_trace_open(trace, trace_format) < 0) return usage();
  /* The run driver (docs/engine.md): the program runs in a fiber that comes back here
   * whenever it must wait on the real clock; we sleep, then let it continue. */
  int status = 1;
  if (py_drive_begin(argv[i]) < 0) {
    fprintf(stderr, "taskscope: out of memory\n");
    return 1;
  }
  double wait;
  while (py_drive(&wait, &status) == PY_DRIVE_IDLE) {
    struct timespec ts;
    ts.tv_sec = (time_t)wait;
    ts.tv_nsec = (long)((wait - (double)ts.tv_sec) * 1e9);
    nanosleep(&ts, NULL);
  }
  py_drive_end();
  py_asyncio_at_exit();
  if (trace && py_asyncio_trace_close(status) < 0 && status == 0) status = 1;
  py_fini();
  fflush(stdout);
  fflush(stderr);
  return status;
}

/* Cyclic garbage is only released when the process ends (there is no cycle collector,
 * see object.h), so LeakSanitizer's report at exit is expected noise: turn it off for
 * the CLI in sanitizer builds. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
