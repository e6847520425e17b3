/* tests/py/import_ahead.c — importing asyncio ahead of the program (import.c,
 * py__import_ahead, as the wasm engine's spare instance does) changes nothing a
 * program sees: each program below prints the same, and emits the same trace events,
 * whether asyncio was imported ahead or not, traced or not, on either clock where
 * the output does not depend on real time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/asyncio_trace.h"
#include "py/code.h"
#include "py/interp.h"
#include "../check.h"

/* What the run wrote (stdout and stderr alike) and the trace events, one per line. */
static char out[1 << 16];
static size_t nout;

static void append(const char *s, size_t n) {
  if (nout + n + 2 > sizeof out) abort();
  memcpy(out + nout, s, n);
  nout += n;
  out[nout] = 0;
}
static void capture(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  (void)fd;
  append(s, n);
}
static double zero(void *ctx) {
  (void)ctx;
  return 0;
}
static void no_sleep(void *ctx, double s) {
  (void)ctx;
  (void)s;
}
static const py_host host = {capture, zero, zero, no_sleep, NULL};

/* Each event without its "rt" field (real milliseconds since the start, which an
 * import ahead is meant to change), its "step" counted from the run's first event (a
 * process keeps counting loop iterations from one run to the next; the wasm engine
 * runs each program on a fresh instance). */
static long first_step = -1;

static void sink(void *ctx, const char *json, size_t n) {
  (void)ctx;
  char line[4096];
  const char *rt = strstr(json, "\"rt\": ");
  const char *after = rt ? strchr(rt, ',') : NULL;
  const char *step = strstr(json, "\"step\": ");
  if (!rt || !after || !step || step < after || n >= sizeof line) {
    append(json, n);
    append("\n", 1);
    return;
  }
  char *end;
  long k = strtol(step + 8, &end, 10);
  if (first_step < 0) first_step = k;
  int len = snprintf(line, sizeof line, "%.*s%.*s\"step\": %ld%s\n", (int)(rt - json), json,
                     (int)(step - after - 2), after + 2, k - first_step, end);
  append(line, (size_t)len);
}

/* Runs src with asyncio imported ahead or not; the output (and trace) in a new string. */
static uint64_t step_limit;
static size_t memory_limit;

static char *run(const char *src, bool ahead, bool traced) {
  char *argv[] = {"main.py", NULL};
  py_config cfg = {0};
  cfg.step_limit = step_limit;
  cfg.memory_limit = memory_limit;
  cfg.virtual_clock = true;
  cfg.argc = 1;
  cfg.argv = argv;
  cfg.host = &host;
  nout = 0;
  out[0] = 0;
  first_step = -1;
  CHECK_INT(py_init(&cfg), 0);
  if (ahead) {
    cfg.step_limit = cfg.memory_limit = 0; /* as the engine's ts_prepare */
    CHECK_INT(py__import_ahead("asyncio"), 0);
    cfg.step_limit = step_limit;
    cfg.memory_limit = memory_limit;
    CHECK_INT(py_configure(&cfg), 0); /* as the engine's run does */
  }
  if (traced) {
    py_asyncio_trace_set_sink(sink, NULL);
    CHECK_INT(py_asyncio_trace_open(NULL, "json"), 0);
  }
  int status = py_run_string(src, strlen(src), "main.py");
  if (traced) {
    py_asyncio_trace_close(status);
    py_asyncio_trace_set_sink(NULL, NULL);
  }
  py_fini();
  char *copy = malloc(nout + 1);
  if (!copy) abort();
  memcpy(copy, out, nout + 1);
  return copy;
}

static const char *programs[] = {
    /* What sys.modules shows, in order, before and after each import. */
    "import sys\n"
    "seen = list(sys.modules)\n"
    "def new():\n"
    "    global seen\n"
    "    now = list(sys.modules)\n"
    "    print([m for m in now if m not in seen])\n"
    "    seen = now\n"
    "print('asyncio' in sys.modules)\n"
    "import functools\n"
    "new()\n"
    "import heapq, types\n"
    "new()\n"
    "import asyncio\n"
    "new()\n"
    "print(asyncio.events.__name__, asyncio.tasks.Task.__name__)\n",
    /* A submodule first, then the package: parents come first, as always. */
    "import sys\n"
    "import asyncio.queues\n"
    "print(list(sys.modules))\n"
    "from asyncio import tasks\n"
    "print(tasks.__name__, 'asyncio' in sys.modules)\n",
    /* A module blocked by the program: the import fails as a fresh one does. */
    "import sys\n"
    "sys.modules['heapq'] = None\n"
    "try:\n"
    "    import asyncio\n"
    "except ImportError as e:\n"
    "    print(type(e).__name__, e)\n"
    "print(sorted(sys.modules))\n",
    /* A module removed after its import: asyncio then imports it afresh. */
    "import sys, functools\n"
    "del sys.modules['functools']\n"
    "import asyncio\n"
    "print(sys.modules['functools'] is functools, list(sys.modules))\n"
    /* The interpreter's end empties only the modules in sys.modules. */
    "sys.modules['old functools'] = functools\n",
    /* functools alone, then asyncio. */
    "import sys, functools\n"
    "print(list(sys.modules))\n"
    "import asyncio\n"
    "print(list(sys.modules))\n",
    /* A program that never imports asyncio. */
    "import sys\n"
    "print(sorted(sys.modules))\n",
    /* Tasks, timers, a queue, cancellation and an error: output and trace events. */
    "import asyncio\n"
    "async def worker(q, i):\n"
    "    await asyncio.sleep(0.1 * i)\n"
    "    await q.put(i)\n"
    "async def main():\n"
    "    q = asyncio.Queue()\n"
    "    ts = [asyncio.create_task(worker(q, i)) for i in range(3)]\n"
    "    print([await q.get() for _ in range(3)], asyncio.get_running_loop().time())\n"
    "    t = asyncio.create_task(asyncio.sleep(5))\n"
    "    await asyncio.sleep(0)\n"
    "    t.cancel()\n"
    "    try:\n"
    "        await asyncio.wait_for(t, 1)\n"
    "    except asyncio.CancelledError:\n"
    "        print('cancelled')\n"
    "    await asyncio.gather(*ts)\n"
    "    raise ValueError('boom')\n"
    "asyncio.run(main())\n",
};

int main(void) {
  for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
    for (int traced = 0; traced < 2; traced++) {
      char *fresh = run(programs[i], false, traced);
      char *ahead = run(programs[i], true, traced);
      if (strcmp(fresh, ahead) != 0)
        fprintf(stderr, "program %zu (traced %d)\n--- fresh:\n%s\n--- ahead:\n%s\n", i, traced,
                fresh, ahead);
      CHECK(strcmp(fresh, ahead) == 0);
      CHECK(strlen(fresh) > 0);
      free(fresh);
      free(ahead);
    }
  }
  /* Limits: the import ahead's steps count from the program's first import from it,
   * its bytes not before. */
  static const char *limited[] = {
      "import asyncio\n"
      "i = 0\n"
      "try:\n"
      "    while True:\n"
      "        i += 1\n"
      "except RuntimeError as e:\n"
      "    print(e, i)\n",
      "a = []\n"
      "try:\n"
      "    while True:\n"
      "        a.append(' ' * 1000)\n"
      "except MemoryError:\n"
      "    n = len(a)\n"
      "    a = None\n"
      "    print('memory', n)\n",
  };
  step_limit = 300000;
  for (int pass = 0; pass < 2; pass++) {
    char *fresh = run(limited[pass], false, false);
    char *ahead = run(limited[pass], true, false);
    if (strcmp(fresh, ahead) != 0) fprintf(stderr, "limited %d\n--- fresh:\n%s\n--- ahead:\n%s\n", pass, fresh, ahead);
    int nf = 0, na = 0;
    if (pass == 0) {
      CHECK(strcmp(fresh, ahead) == 0);
    } else {
      /* One item of slack: the prepared interpreter's py_configure keeps a few bytes
       * more than py_init alone (sys.argv made twice); the modules imported ahead
       * (~700 KB) would cost ~700 items. */
      CHECK(sscanf(fresh, "memory %d", &nf) == 1 && sscanf(ahead, "memory %d", &na) == 1);
      CHECK(nf > 1000 && na >= nf - 1 && na <= nf);
    }
    CHECK(strlen(fresh) > 0);
    free(fresh);
    free(ahead);
    step_limit = 0;
    memory_limit = 4 << 20;
  }
  memory_limit = 0;
  return CHECK_DONE("import_ahead");
}
