/* tests/robustness/reinit.c — "the next run is clean": one process starts the
 * interpreter 1,000 times (py_init, py_run_string, py_fini), alternating programs that
 * fail in every way we know (uncaught exception, RecursionError, MemoryError under the
 * cap, SyntaxError, the step limit, SystemExit) with a good program whose output and
 * exit status are checked each time. Exit status 0 = pass. */
#include <stdio.h>
#include <string.h>

#include "py/interp.h"
#include "py/mem.h"

static char out[4096];
static size_t out_len;

static void capture(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  if (fd != 1) return;
  if (n > sizeof out - 1 - out_len) n = sizeof out - 1 - out_len;
  memcpy(out + out_len, s, n);
  out_len += n;
  out[out_len] = 0;
}
static double zero(void *ctx) {
  (void)ctx;
  return 0.0;
}
static void no_sleep(void *ctx, double s) {
  (void)ctx;
  (void)s;
}

/* Each bad program, and the exit status CPython gives it. */
static const struct { const char *src; int status; } bad[] = {
    {"raise ValueError('boom')\n", 1},
    {"def f(n):\n    return f(n + 1)\nf(0)\n", 1},
    {"x = [0] * 10**9\n", 1},
    {"s = 'x' * 10**10\n", 1},
    {"def f(:\n", 1},
    {"while True:\n    pass\n", 1},
    {"import sys\nsys.exit(3)\n", 3},
    {"class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n", 1},
    {"x = " "1 + " "1 + " "1 + " "1\n" "d = {}\nd[[]] = 1\n", 1},
    {"a = []\na.append(a)\nprint(a, file=None)\n1/0\n", 1},
    /* State a run leaves in modules must not reach the next run. */
    {"import math, sys\nmath.pi = 3\nsys.modules['fake'] = 1\nprint(1/0 if 0 else '', end='')\n", 0},
};

static const char good[] =
    "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "import math, sys\n"
    "print(fib(15), sorted({3, 1, 2}), 'ok' * 2, 2**100, math.pi, 'fake' in sys.modules)\n";
static const char good_out[] =
    "610 [1, 2, 3] okok 1267650600228229401496703205376 3.141592653589793 False\n";

int main(void) {
  static const py_host host = {capture, zero, zero, no_sleep, NULL};
  static char *argv[] = {"prog.py", NULL};
  size_t nbad = sizeof bad / sizeof bad[0];
  int failures = 0;
  size_t used_after_first = 0;
  const int warmup = (int)(2 * nbad) - 1;
  for (int i = 0; i < 1000; i++) {
    py_config cfg = {0};
    cfg.virtual_clock = true;
    cfg.step_limit = 1000000;
    cfg.memory_limit = 256u << 20;
    cfg.argc = 1;
    cfg.argv = argv;
    cfg.host = &host;
    if (py_init(&cfg) < 0) {
      printf("run %d: py_init failed\n", i);
      return 1;
    }
    out_len = 0;
    out[0] = 0;
    int status;
    if (i % 2 == 0) {
      size_t k = (size_t)(i / 2) % nbad;
      status = py_run_string(bad[k].src, strlen(bad[k].src), "prog.py");
      if (status != bad[k].status && failures++ < 10)
        printf("run %d (bad program %zu): exit status %d, want %d\n", i, k, status, bad[k].status);
    } else {
      status = py_run_string(good, strlen(good), "prog.py");
      if ((status != 0 || strcmp(out, good_out) != 0) && failures++ < 10)
        printf("run %d (good program after bad %zu): status %d, output %s", i,
               (size_t)(i / 2) % nbad, status, out);
    }
    py_fini();
    /* Measured once every kind of program ran: the free lists of frames and tuples
     * fill up to their bounds in the first runs (the RecursionError's 1,000 frames). */
    if (i == warmup) used_after_first = py_mem_used();
  }
  /* What stays allocated after py_fini: py_fini empties every module, sys.modules and
   * every class left alive by its own cycles, so what is left is the other cycles
   * programs make (no cycle collector, object.h): the self-containing list. Measured: 3
   * bytes per run from the 22nd on (28 counted from the 2nd, which included the free
   * lists filling; 19.6 KB before py_fini released modules and classes); the bound catches
   * a regression to keeping a run's modules or classes. */
  size_t per_run = (py_mem_used() - used_after_first) / (size_t)(999 - warmup);
  printf("reinit: 1000 runs, %d wrong; interpreter memory after %d runs %zu bytes, after 1000 %zu"
         " (%zu bytes per run)\n", failures, warmup + 1, used_after_first, py_mem_used(), per_run);
  if (per_run > 1000) {
    printf("reinit: more than 1,000 bytes kept per run\n");
    failures++;
  }
  return failures != 0;
}
