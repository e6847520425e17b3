/* tests/py/asyncio_drive_calls.c — which blocking calls suspend the driven program and
 * which wait in place (runtime/py/code.h, docs/engine.md "Checking the suspension
 * chain"). A time.sleep() below C code that calls Python through py_call (list()
 * iterating a Future whose __iter__ is a generator) waits in place through the host:
 * suspending there would unwind through C functions off the Asyncify chain and break
 * the wasm engine. A done callback that is a Python function, or an object whose class
 * defines __call__ in Python (a callable object, our functools.partial), is called on
 * the chain (py__call_on_chain, slot_call) and comes back to the driver. The ASan
 * build makes out-calls and links calls as wasm does. */
#include <stdio.h>
#include <string.h>

#include "py/drive.h"
#include "py/interp.h"
#include "../check.h"
#include "captured_host.h"

static double host_slept; /* what the host was asked to wait in place */
static void in_place(void *ctx, double s) {
  (void)ctx;
  host_slept += s;
  fake_now += s;
}

static const char *program =
    "import asyncio, time, functools\n"
    "class Callback:\n"
    "    def __call__(self, fut):\n"
    "        time.sleep(0.5)\n"
    "        print('object', fut.result())\n"
    "def blocking(tag, fut):\n"
    "    time.sleep(0.25)\n"
    "    print('partial', tag)\n"
    "def on_done(fut):\n"
    "    time.sleep(2)\n"
    "    print('function', fut.result())\n"
    "class Stream(asyncio.Future):\n"
    "    def __iter__(self):\n"
    "        for i in range(3):\n"
    "            time.sleep(0.125)\n"
    "            yield i\n"
    "async def main():\n"
    "    loop = asyncio.get_running_loop()\n"
    "    fut = loop.create_future()\n"
    "    fut.add_done_callback(Callback())\n"
    "    fut.add_done_callback(functools.partial(blocking, 'a'))\n"
    "    fut.add_done_callback(on_done)\n"
    "    fut.set_result(1)\n"
    "    s = Stream(loop=loop)\n"
    "    s.add_done_callback(list)\n"
    "    s.set_result(None)\n"
    "    await asyncio.sleep(0)\n"
    "    await asyncio.sleep(0)\n"
    "    print('end')\n"
    "asyncio.run(main())\n";

int main(void) {
  py_host host = {capture, wall, now, in_place, NULL};
  py_config cfg = {0};
  cfg.virtual_clock = false;
  cfg.host = &host;
  CHECK_INT(py_init(&cfg), 0);
  FILE *f = fopen("build/asyncio_drive_calls_prog.py", "w");
  CHECK(f != NULL);
  if (!f) return CHECK_DONE("asyncio_drive_calls");
  fputs(program, f);
  fclose(f);
  CHECK_INT(py_drive_begin("build/asyncio_drive_calls_prog.py"), 0);
  double w, waits[8];
  int nwaits = 0, status = -1;
  while (py_drive(&w, &status) == PY_DRIVE_IDLE) {
    if (nwaits < 8) waits[nwaits++] = w;
    fake_now += w;
  }
  py_drive_end();
  CHECK_INT(status, 0);
  CHECK_STR(out, "object 1\npartial a\nfunction 1\nend\n");
  /* The three callbacks' sleeps came back to the driver, in their order. */
  CHECK_INT(nwaits, 3);
  if (nwaits == 3) {
    CHECK(waits[0] > 0.4999 && waits[0] < 0.5001);
    CHECK(waits[1] > 0.2499 && waits[1] < 0.2501);
    CHECK(waits[2] > 1.9999 && waits[2] < 2.0001);
  }
  CHECK(host_slept > 0.3749 && host_slept < 0.3751); /* list(): 3 * 0.125 in place */
  py_fini();
  return CHECK_DONE("asyncio_drive_calls");
}

/* Cycles a program makes are not collected (object.h): no leak report. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
