/* wasm/engine.c — the entry points the JS API calls (exported from the .wasm).
 *
 * Every run gets a fresh wasm instance (wasm/src/taskscope.mjs instantiates the one
 * compiled WebAssembly.Module again), so this file keeps no state between runs: ts_run
 * starts the interpreter, runs one program and ends it. A failure, a stop or a limit in
 * one run can therefore never leave anything behind for the next. An instance made
 * ahead of its run (the worker's spare) may start its interpreter ahead too
 * (ts_prepare), so that a run only configures it and runs.
 *
 * The host hooks of py_host (output, clocks, blocking sleep) and the trace sink are JS
 * functions from wasm/src/library_taskscope.js; output and trace events are batched
 * together on the JS side, in the order the program produced them. */
#include <emscripten.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "py/asyncio_trace.h"
#include "py/code.h"
#include "py/drive.h"
#include "py/floatfmt.h"
#include "py/interp.h"
#include "py/mem.h"
#include "py/syntax_error.h"

/* Implemented in wasm/src/library_taskscope.js. */
extern void ts_js_write(int fd, const char *s, size_t n);
extern double ts_js_wall_clock(void);
extern double ts_js_monotonic(void);
extern void ts_js_sleep(double secs);
extern void ts_js_trace(const char *json, size_t n);
extern int ts_js_poll(void);

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
/* The real clock's idle wait: what the program printed so far must be on the screen
 * while it waits, so stdout's buffer is written out first (the JS side then sends its
 * batch before it blocks). */
static void host_sleep(void *ctx, double secs) {
  (void)ctx;
  py_stdout_flush();
  ts_js_sleep(secs);
}

/* A run in the host's own thread (the Node CLI) cannot be stopped from outside while
 * it runs: the loop asks the host every few tens of thousands of steps instead
 * (py_config.poll), which answers from its deadline and its stop button. */
static int host_poll(void) { return ts_js_poll(); }

/* True between py_init and py_fini: the clock may be read only then. */
static bool running;

static const py_host js_host = {host_write, host_wall_clock, host_monotonic, host_sleep, NULL};

/* The trace sink: each event goes to JS as it is emitted (docs/trace.md), none is kept
 * here; the JS side merges output events as the file would and builds done.trace. */
static void trace_sink(void *ctx, const char *json, size_t n) {
  (void)ctx;
  ts_js_trace(json, n);
}

static void trace_start(int trace) {
  if (!trace) return;
  py_asyncio_trace_set_sink(trace_sink, NULL);
  if (py_asyncio_trace_open(NULL, "json") < 0) py_asyncio_trace_set_sink(NULL, NULL);
}

static void trace_stop(int status) {
  if (!py_asyncio_trace_enabled()) return;
  py_asyncio_trace_close(status);
  py_asyncio_trace_set_sink(NULL, NULL);
}

/* True once ts_prepare has started the interpreter for the run to come. */
static bool prepared;

py_code *py__compile_source(const char *src, size_t n, const char *filename,
                            py_syntax_error *err); /* interp.c */

/* A program with the constructs first programs have, compiled and thrown away by
 * ts_prepare_ahead: what a run's compile goes through (the tokenizer, the parser, the
 * symbol table, the compiler: ~170 wasm functions) is then compiled by the browser
 * before the run. It is never run. */
static const char sample_program[] =
    "import asyncio\n"
    "async def worker(name, delay=0.5, *args, **kw):\n"
    "    print(f'{name} starts', delay, [i * 2 for i in range(3)], {'k': 1})\n"
    "    await asyncio.sleep(delay)\n"
    "    for x in args:\n"
    "        if x is not None and not kw:\n"
    "            continue\n"
    "    try:\n"
    "        return name.upper()\n"
    "    except (ValueError, KeyError) as e:\n"
    "        raise RuntimeError('x') from e\n"
    "    finally:\n"
    "        pass\n"
    "class Job:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "async def main():\n"
    "    t = asyncio.create_task(worker('a', 1))\n"
    "    async with asyncio.TaskGroup() as tg:\n"
    "        tg.create_task(worker('b'))\n"
    "    while False:\n"
    "        break\n"
    "    print(await t, *await asyncio.gather(worker('c', 0.1), worker('d')))\n"
    "asyncio.run(main())\n";

/* Starts the interpreter before the run is known: the worker calls it on the instance
 * it makes while it idles, so that a run skips py_init (and, on an engine the browser
 * has not compiled yet, the compile of the code py_init goes through: tens of
 * milliseconds under load; docs/performance.md, "Web"). It does not change what the
 * program sees: the run's settings are applied when it comes (py_configure). 0, or -1
 * when the interpreter could not start (the instance is then not to be used). */
EMSCRIPTEN_KEEPALIVE int ts_prepare(void) {
  static char name[] = "main.py";
  static char *argv[] = {name, NULL};
  py_config cfg = {0};
  cfg.argc = 1;
  cfg.argv = argv;
  cfg.host = &js_host;
  if (prepared || py_init(&cfg) < 0) return -1;
  prepared = true;
  return 0;
}

/* The second part of the preparation, which the worker calls only when no run is
 * waiting (a waiting run would do for itself just what its program needs, and a
 * print("hi") would wait for an asyncio it never imports: the Node API's first run,
 * docs/performance.md "Cold start (session 7)"):
 * - imports asyncio ahead, which nearly every program imports first (a third of a
 *   short run's work), hidden from sys.modules until the program imports it
 *   (import.c); if it cannot be done, the run imports it as usual;
 * - compiles the sample program and formats a float,
 * so that the browser compiles the wasm code of those paths, of a run's compile and of
 * the trace's times before the run. A no-op on an instance ts_prepare did not start. */
EMSCRIPTEN_KEEPALIVE void ts_prepare_ahead(void) {
  if (!prepared) return;
  py__import_ahead("asyncio");
  py_syntax_error err;
  py_code *co = py__compile_source(sample_program, sizeof sample_program - 1, "<prepare>", &err);
  py_xdecref((py_object *)co);
  py_err_clear();
  /* The trace's times go through the float repr (~45 functions, long double helpers). */
  char buf[PY_FLOAT_REPR_MAX];
  py_float_repr(0.1, buf);
}

/* py_init for a run, or py_configure when ts_prepare started the interpreter. */
static int start_interpreter(const py_config *cfg) {
  if (!prepared) return py_init(cfg);
  prepared = false;
  return py_configure(cfg);
}

/* Runs one program (n bytes of UTF-8 source) as __main__ and returns the exit status
 * CPython would give. args holds argc NUL-terminated strings one after another:
 * sys.argv, the first being the file name tracebacks show. steps and memory_bytes are
 * the limits (0: none); doubles, because JS numbers reach the wasm ABI as doubles.
 * With trace non-zero, the asyncio binding's trace events (docs/trace.md) stream to
 * the JS side as they are emitted. With poll non-zero the run asks the host whether to
 * stop as it goes (host_poll). */
EMSCRIPTEN_KEEPALIVE int ts_run(const char *src, size_t n, const char *args, int argc,
                                int virtual_clock, double steps, double memory_bytes,
                                int trace, int poll) {
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
  cfg.poll = poll ? host_poll : NULL;
  if (start_interpreter(&cfg) < 0) {
    static const char msg[] = "taskscope: could not start the interpreter\n";
    ts_js_write(2, msg, sizeof msg - 1);
    return 1;
  }
  trace_start(trace);
  running = true;
  int status = py_run_string(src, n, argv[0]);
  trace_stop(status);
  py_fini();
  running = false;
  return status;
}

/* The program's clock in seconds (0 outside a run), for tools and benchmarks that
 * look at a run from JS. */
EMSCRIPTEN_KEEPALIVE double ts_clock(void) { return running ? py_clock_monotonic() : 0.0; }

/* The loop iterations run so far (the events' step field). */
EMSCRIPTEN_KEEPALIVE double ts_step(void) { return running ? (double)py__asyncio_iterations() : 0.0; }

/* Bytes the interpreter has allocated now (benchmarks: bytes per suspended task). */
EMSCRIPTEN_KEEPALIVE double ts_mem_used(void) { return (double)py_mem_used(); }

/* ---- the driven run (docs/engine.md): the real clock without blocking the worker ----
 * ts_begin starts the program (n bytes of source at src, kept by the caller until the
 * run ends; argv[0] is the name tracebacks show); each ts_drive runs it until it
 * must wait — it returns the seconds to wait, and the JS side sets a timer and calls
 * again — or until it ends (-1); ts_end reports, ends the trace and ends the
 * interpreter, returning the exit status. */
static char *drive_argv[257];
static int drive_status;

EMSCRIPTEN_KEEPALIVE int ts_begin(const char *src, size_t n, const char *args, int argc,
                                  int virtual_clock, double steps, double memory_bytes,
                                  int trace, int poll) {
  if (argc < 1 || argc > 256) return -1;
  for (int i = 0; i < argc; i++) {
    drive_argv[i] = (char *)args;
    args += strlen(args) + 1;
  }
  drive_argv[argc] = NULL;
  py_config cfg = {0};
  cfg.virtual_clock = virtual_clock != 0;
  cfg.step_limit = steps > 0 ? (uint64_t)steps : 0;
  cfg.memory_limit = memory_bytes > 0 ? (size_t)memory_bytes : 0;
  cfg.argc = argc;
  cfg.argv = drive_argv;
  cfg.host = &js_host;
  cfg.poll = poll ? host_poll : NULL;
  if (start_interpreter(&cfg) < 0) return -1;
  trace_start(trace);
  running = true;
  drive_status = 1;
  return py_drive_begin_source(src, n, drive_argv[0]);
}

/* Stops the driven run at its next step, for a PY_STOP_* reason (interp.h): a deadline
 * or a stop that came while the program was waiting between two ts_drive calls. */
EMSCRIPTEN_KEEPALIVE void ts_stop(int why) {
  if (running) py_stop_for(why);
}

EMSCRIPTEN_KEEPALIVE double ts_drive(void) {
  double wait = 0;
  if (py_drive(&wait, &drive_status) == PY_DRIVE_IDLE) {
    py_stdout_flush(); /* what the program printed shows while it waits */
    return wait > 0 ? wait : 0;
  }
  return -1;
}

EMSCRIPTEN_KEEPALIVE int ts_end(void) {
  py_drive_end();
  trace_stop(drive_status);
  py_fini();
  running = false;
  return drive_status;
}
