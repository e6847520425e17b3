/* tests/py/asyncio_drive.c — the run driver (docs/engine.md): a real-clock program
 * comes back to the host each time it must wait, with how long; its output and exit
 * status are CPython's; the virtual clock never comes back before the end. */
#include <stdio.h>
#include <stdlib.h>

#include "aio/main_fiber.h"
#include "py/drive.h"
#include "py/interp.h"
#include "../check.h"
#include "captured_host.h"

static double host_slept; /* what the host was asked to wait in place */
static void no_sleep(void *ctx, double s) {
  (void)ctx;
  host_slept += s;
}

/* A blocking call made where the eval loop cannot be suspended waits in place through
 * the host: inside __enter__ (called by the loop itself rather than through an
 * out-call, vm.c), and under C code off the Asyncify chain that calls back into Python
 * (a sorted() key, a class body, list() of a generator) — suspending there would break
 * the wasm engine. The others come back to the driver. */
static const char *in_place_program =
    "import time\n"
    "class CM:\n"
    "    def __enter__(self):\n"
    "        time.sleep(0.5)\n"
    "        return self\n"
    "    def __exit__(self, *a):\n"
    "        pass\n"
    "time.sleep(2)\n"
    "with CM():\n"
    "    print('inside')\n"
    "print(sorted([2, 1], key=lambda x: time.sleep(0.125) or x))\n"
    "class Slow:\n"
    "    time.sleep(0.5)\n"
    "def gen():\n"
    "    time.sleep(0.25)\n"
    "    yield 1\n"
    "print(list(gen()))\n"
    "time.sleep(0.25)\n"
    "print('end')\n";

static const char *program =
    "import asyncio, time\n"
    "async def w(n, d):\n"
    "    await asyncio.sleep(d)\n"
    "    print(n)\n"
    "async def main():\n"
    "    await asyncio.gather(w('a', 0.5), w('b', 0.25))\n"
    "    time.sleep(1)\n"
    "    print('end')\n"
    "asyncio.run(main())\n";

/* A fiber that suspends twice then finishes. */
static int fiber_steps;
static aio_main_fiber *fib;
static void fiber_body(void *arg) {
  (void)arg;
  fiber_steps++;
  aio_main_fiber_suspend(fib);
  fiber_steps++;
  aio_main_fiber_suspend(fib);
  fiber_steps++;
}

static const char *deadlock_program =
    "import asyncio\n"
    "async def main():\n"
    "    fut = asyncio.get_running_loop().create_future()\n"
    "    try:\n"
    "        await fut\n"
    "    finally:\n"
    "        print('cleanup')\n"
    "asyncio.run(main())\n";

/* Runs one program through the driver, the host "waiting" by moving its clock. */
static int run(const char *text, double *waits, int *nwaits, int *status) {
  FILE *f = fopen("build/asyncio_drive_prog.py", "w");
  if (!f) return -1;
  fputs(text, f);
  fclose(f);
  clear_output();
  if (py_drive_begin("build/asyncio_drive_prog.py") < 0) return -1;
  double w;
  *nwaits = 0;
  while (py_drive(&w, status) == PY_DRIVE_IDLE) {
    if (*nwaits < 8) waits[(*nwaits)++] = w;
    fake_now += w;
  }
  py_drive_end();
  return 0;
}

int main(void) {
  CHECK_INT(aio_main_fiber_new(0, fiber_body, NULL, &fib), 0);
  CHECK_INT(aio_main_fiber_resume(fib), 0);
  CHECK_INT(fiber_steps, 1);
  CHECK(!aio_main_fiber_inside(fib));
  CHECK_INT(aio_main_fiber_resume(fib), 0);
  CHECK_INT(aio_main_fiber_resume(fib), 1);
  CHECK_INT(fiber_steps, 3);
  aio_main_fiber_free(fib);

  py_host host = {capture, wall, now, no_sleep, NULL};
  py_config cfg = {0};
  cfg.virtual_clock = false;
  cfg.host = &host;
  CHECK_INT(py_init(&cfg), 0);
  double waits[8];
  int nwaits, status = -1;
  CHECK_INT(run(program, waits, &nwaits, &status), 0);
  CHECK_INT(status, 0);
  CHECK_STR(out, "b\na\nend\n");
  /* Idle until the first timer (0.25), then the second (0.25 more), then time.sleep(1). */
  CHECK_INT(nwaits, 3);
  if (nwaits == 3) {
    CHECK(waits[0] > 0.2499 && waits[0] < 0.2501);
    CHECK(waits[1] > 0.2499 && waits[1] < 0.2501);
    CHECK(waits[2] > 0.9999 && waits[2] < 1.0001);
  }
  /* A deadlock ends the run with CPython's cleanup and the oracle's RuntimeError. */
  CHECK_INT(run(deadlock_program, waits, &nwaits, &status), 0);
  CHECK_INT(status, 1);
  CHECK(strstr(out, "cleanup\n") != NULL);
  CHECK(strstr(out, "RuntimeError: deadlock: every task waits and no timer is pending\n") != NULL);
  host_slept = 0;
  CHECK_INT(run(in_place_program, waits, &nwaits, &status), 0);
  CHECK_INT(status, 0);
  CHECK_STR(out, "inside\n[1, 2]\n[1]\nend\n");
  /* A Python __enter__ is an out-call (vm.c, BEFORE_WITH): its sleep suspends too. */
  CHECK_INT(nwaits, 3);
  if (nwaits == 3) {
    CHECK(waits[0] > 1.9999 && waits[0] < 2.0001);
    CHECK(waits[1] > 0.4999 && waits[1] < 0.5001);
    CHECK(waits[2] > 0.2499 && waits[2] < 0.2501);
  }
  CHECK(host_slept > 0.9999 && host_slept < 1.0001); /* 2 * 0.125 + 0.5 + 0.25 */
  py_fini();
  return CHECK_DONE("asyncio_drive");
}

/* Cyclic garbage (a failed task and its coroutine's frame) is only released when the
 * process ends (no cycle collector, see object.h), as in the CLI: no leak report. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
