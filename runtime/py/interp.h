/* runtime/py/interp.h — starting, running and ending the interpreter; the host hooks.
 *
 * One interpreter per process (or wasm instance): py_init, then py_run_file/py_run_string
 * any number of times, then py_fini. Output goes through the host's write hook, the
 * clocks through its clock hooks, so the CLI, Node and the browser can each plug theirs
 * in. Limits (recursion depth, steps, memory) raise Python exceptions, never crash. */
#ifndef TASKSCOPE_PY_INTERP_H
#define TASKSCOPE_PY_INTERP_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "py/object.h"

typedef struct py_host {
  /* Writes n bytes to the program's stdout (fd 1) or stderr (fd 2). */
  void (*write)(void *ctx, int fd, const char *s, size_t n);
  /* Real time: seconds since the epoch, and a monotonic clock in seconds. */
  double (*wall_clock)(void *ctx);
  double (*monotonic)(void *ctx);
  /* Blocks for secs seconds of real time (real clock mode only). */
  void (*sleep)(void *ctx, double secs);
  void *ctx;
} py_host;

typedef struct py_config {
  bool virtual_clock;     /* design decision 3: time jumps, time.time() = 1.7e9 + t */
  int recursion_limit;    /* 0: CPython's default, 1000 */
  uint64_t step_limit;    /* loop iterations + calls before the run is stopped; 0 = none */
  size_t memory_limit;    /* bytes; 0 = none */
  int argc;               /* sys.argv */
  char **argv;
  const py_host *host;    /* NULL: stdio and the C library's clocks */
  /* Asked every few tens of thousands of steps when set (a host running the engine in
   * its own thread checks its stop button and deadline there): 0 to go on, else the
   * PY_STOP_* reason the run stops for. */
  int (*poll)(void);
} py_config;

/* Why a run was stopped (py_stop_for, py_config.poll). */
enum { PY_STOP_STEPS = 1, PY_STOP_TIME = 2, PY_STOP_HOST = 3 };

/* Starts the interpreter: readies the builtin types, builds builtins and sys. 0 or -1. */
int py_init(const py_config *cfg);
/* Gives an interpreter py_init started (with other settings, before its run was known)
 * the run's settings: host, clock, limits, poll and sys.argv, as py_init would have. For
 * a host that starts the interpreter ahead of the run (the wasm engine's spare
 * instance); call it before anything runs. 0 or -1. */
int py_configure(const py_config *cfg);
/* Runs a program as __main__. Returns the process exit status CPython would give: 0, 1
 * after printing an uncaught exception's traceback to stderr, or SystemExit's code. */
int py_run_string(const char *src, size_t n, const char *filename);
/* Reads and runs a file (see py_run_string); 2 with a message if it cannot be read. */
int py_run_file(const char *path);
/* Flushes output and releases every object of the run. */
void py_fini(void);

/* Stops the running program at its next loop iteration or call, as the step limit
 * does; the run then ends with "stopped: time limit" on stderr and status 1. Safe to
 * call from a signal handler (the CLI's --limit-seconds). */
void py_stop_for_time(void);
/* The same for any PY_STOP_* reason. PY_STOP_HOST is a stop the host asked for and
 * reports itself: the run ends with status 1 and no "stopped:" line. */
void py_stop_for(int why);
/* "step limit", "time limit" or "stop" once the run was stopped by one, else NULL. A
 * run stopped by a limit prints "stopped: <reason>" instead of a traceback and exits
 * with status 1. */
const char *py_stop_reason(void);

/* Writes to the program's stdout/stderr through the host hook. */
void py_host_write(int fd, const char *s, size_t n);
/* Writes out what the program's sys.stdout has buffered (a host does it before it
 * waits, so what was printed shows during the wait). */
void py_stdout_flush(void);
/* While on, writes to stderr go to stdout (a program that set sys.stderr = sys.stdout
 * and gets a traceback printed by C code, e.g. asyncio's error reports). */
void py_host_stderr_to_stdout(bool on);

/* ---- clock (time module, and the asyncio loop later) ---- */
/* Seconds on the monotonic clock: virtual time in virtual mode. */
double py_clock_monotonic(void);
/* time.time(): 1700000000.0 + virtual time, or the real wall clock. */
double py_clock_wall(void);
/* time.sleep(): advances virtual time, or blocks in real mode. */
void py_clock_sleep(double secs);
/* Advances virtual time (the loop's idle jump). */
void py_clock_advance(double secs);
bool py_clock_is_virtual(void);
/* Moves virtual time forward to exactly t (the asyncio loop's jump to a deadline). */
void py_clock_set_virtual(double t);

/* ---- the sys module and the module registry ---- */
/* sys.<name> (borrowed), or NULL. */
py_object *py_sys_get(const char *name);
/* print()'s way to write str s to file when file is one of sys's own streams
 * (sys.stdout, sys.stderr, sys.__stdout__, ...), without looking up write(): their
 * type is immutable and they have no __dict__, so no program can replace it. 1 if
 * written, 0 if file is something else (call its write()). */
int py__sys_stream_write(py_object *file, py_object *s);
/* The module registry, sys.modules (borrowed). */
py_object *py_sys_modules(void);
/* Imports a module by dotted name (new reference), as `import name` would. */
py_object *py_import(const char *name);
/* The builtins module's dict (borrowed). */
py_object *py_builtins_dict(void);

/* ---- running code ---- */
/* Calls a Python function object (the function type's call slot uses this). */
py_object *py_vm_call_function(py_object *func, py_object *const *args, size_t nargs,
                               py_object *kwnames);
/* Recursion limit of Python frames (sys.setrecursionlimit). */
int py_vm_recursion_limit(void);
void py_vm_set_recursion_limit(int limit);
/* Prints exc and its traceback as CPython's default excepthook does, to stderr. */
void py_print_exception(py_object *exc);
/* Prints an exception that cannot propagate (from a __del__, a generator's close, a
 * weakref callback) as CPython's default sys.unraisablehook does, to stderr:
 * "Exception ignored in: <repr of where>" (unless where is NULL), the traceback and
 * the "Type: message" line, without chained exceptions or notes. */
void py_print_unraisable(py_object *where, py_object *exc);
/* Line `lineno` of a source the runtime knows (the program, an embedded module, a
 * string given to linecache), into buf: stripped, as warnings and tracebacks show it,
 * or raw. False when there is no such line. */
bool py__source_line(const char *filename, int lineno, char *buf, size_t cap);
bool py__source_line_raw(const char *filename, int lineno, char *buf, size_t cap);
/* The running coroutine's __qualname__ and current source line (for traces); NULL/0
 * outside Python code. */
py_object *py_vm_current_qualname(void);
int py_vm_current_line(void);

#endif
