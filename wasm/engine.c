/* wasm/engine.c — the entry points the JS API calls (exported from the .wasm).
 *
 * Every run gets a fresh wasm instance (wasm/src/taskscope.mjs instantiates the one
 * compiled WebAssembly.Module again), so this file keeps no state between runs: ts_run
 * starts the interpreter, runs one program and ends it. A failure, a stop or a limit in
 * one run can therefore never leave anything behind for the next.
 *
 * The host hooks of py_host (output, clocks, blocking sleep) are JS functions from
 * wasm/src/library_taskscope.js; output is batched on the JS side. */
#include <emscripten.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "py/interp.h"

/* Implemented in wasm/src/library_taskscope.js. */
extern void ts_js_write(int fd, const char *s, size_t n);
extern double ts_js_wall_clock(void);
extern double ts_js_monotonic(void);
extern void ts_js_sleep(double secs);

static void host_write(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  ts_js_write(fd, s, n);
}
static double host_wall_clock(void *ctx) {
  (void)ctx;
  return ts_js_wall_clock();
}
static double host_monotonic(void *ctx) {
  (void)ctx;
  return ts_js_monotonic();
}
static void host_sleep(void *ctx, double secs) {
  (void)ctx;
  ts_js_sleep(secs);
}

/* True between py_init and py_fini: the clock may be read only then. */
static bool running;

static const py_host js_host = {host_write, host_wall_clock, host_monotonic, host_sleep, NULL};

/* Runs one program (n bytes of UTF-8 source) as __main__ and returns the exit status
 * CPython would give. args holds argc NUL-terminated strings one after another:
 * sys.argv, the first being the file name tracebacks show. steps and memory_bytes are
 * the limits (0: none); doubles, because JS numbers reach the wasm ABI as doubles. */
EMSCRIPTEN_KEEPALIVE int ts_run(const char *src, size_t n, const char *args, int argc,
                                int virtual_clock, double steps, double memory_bytes) {
  if (argc < 1 || argc > 256) return 2;
  char *argv[257];
  for (int i = 0; i < argc; i++) {
    argv[i] = (char *)args;
    args += strlen(args) + 1;
  }
  argv[argc] = NULL;
  py_config cfg = {0};
  cfg.virtual_clock = virtual_clock != 0;
  cfg.step_limit = steps > 0 ? (uint64_t)steps : 0;
  cfg.memory_limit = memory_bytes > 0 ? (size_t)memory_bytes : 0;
  cfg.argc = argc;
  cfg.argv = argv;
  cfg.host = &js_host;
  if (py_init(&cfg) < 0) {
    static const char msg[] = "taskscope: could not start the interpreter\n";
    ts_js_write(2, msg, sizeof msg - 1);
    return 1;
  }
  running = true;
  int status = py_run_string(src, n, argv[0]);
  py_fini();
  running = false;
  return status;
}

/* The program's virtual clock in seconds (0 outside a run), for the time stamps of the
 * events the JS side adds to the trace. */
EMSCRIPTEN_KEEPALIVE double ts_clock(void) { return running ? py_clock_monotonic() : 0.0; }
