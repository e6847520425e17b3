/* tests/py/trace_sink.c — the trace sink (runtime/py/asyncio_trace.h): every event
 * reaches the sink as it is emitted, output events one per write; the file written at
 * close has the same events, its output events merged per task, stream and loop
 * iteration; without a path nothing is kept and no file is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "py/asyncio_trace.h"
#include "py/interp.h"
#include "../check.h"

static void discard(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  (void)fd;
  (void)s;
  (void)n;
}
static double zero(void *ctx) {
  (void)ctx;
  return 0;
}
static void no_sleep(void *ctx, double s) {
  (void)ctx;
  (void)s;
}
static const py_host host = {discard, zero, zero, no_sleep, NULL};

/* The events the sink received, one per line. */
static char *got;
static size_t ngot, capgot;
static int nevents;

static void sink(void *ctx, const char *json, size_t n) {
  (void)ctx;
  CHECK_INT(strlen(json), n);
  if (ngot + n + 2 > capgot) {
    capgot = (ngot + n + 2) * 2;
    got = realloc(got, capgot);
    if (!got) abort();
  }
  memcpy(got + ngot, json, n);
  ngot += n;
  got[ngot++] = '\n';
  got[ngot] = 0;
  nevents++;
}

static const char *program =
    "import asyncio\n"
    "async def main():\n"
    "    print('a', flush=True)\n"
    "    print('b', flush=True)\n"
    "    await asyncio.sleep(0)\n"
    "    print('c')\n"
    "asyncio.run(main())\n";

static int count(const char *hay, const char *needle) {
  int k = 0;
  for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) k++;
  return k;
}

/* Runs the program with the sink on, writing the file to path (or none). */
static void run(const char *path) {
  char *argv[] = {"main.py", NULL};
  py_config cfg = {0};
  cfg.virtual_clock = true;
  cfg.argc = 1;
  cfg.argv = argv;
  cfg.host = &host;
  ngot = 0;
  nevents = 0;
  if (got) got[0] = 0;
  CHECK_INT(py_init(&cfg), 0);
  py_asyncio_trace_set_sink(sink, NULL);
  CHECK_INT(py_asyncio_trace_open(path, "json"), 0);
  CHECK_INT(py_run_string(program, strlen(program), "main.py"), 0);
  CHECK_INT(py_asyncio_trace_close(0), 0);
  py_asyncio_trace_set_sink(NULL, NULL);
  py_fini();
}

int main(void) {
  /* No path: the sink gets everything, one output event per write. */
  run(NULL);
  CHECK(got && strncmp(got, "{\"kind\": \"run_begin\"", 20) == 0);
  CHECK(strstr(got, "{\"kind\": \"run_end\"") != NULL);
  CHECK_INT(count(got, "\"kind\": \"output\""), 3);
  CHECK(strstr(got, "\"text\": \"a\\n\"}") && strstr(got, "\"text\": \"b\\n\"}"));
  int streamed = nevents;

  /* With a path: the same events stream; the file merges a and b (one task, one step). */
  const char *path = "build/asan/trace_sink_test.json";
  run(path);
  CHECK_INT(nevents, streamed);
  FILE *f = fopen(path, "r");
  CHECK(f != NULL);
  if (f) {
    static char file[1 << 16];
    size_t n = fread(file, 1, sizeof file - 1, f);
    file[n] = 0;
    fclose(f);
    CHECK_INT(count(file, "\"kind\": \"output\""), 2);
    CHECK_INT(count(file, "\n  {\"kind\": "), streamed - 1);
    CHECK(strstr(file, "\"text\": \"a\\nb\\n\"}") != NULL);
    /* Every other event is the same text in the file as in the sink. */
    for (char *line = strtok(got, "\n"); line; line = strtok(NULL, "\n"))
      if (!strstr(line, "\"kind\": \"output\"")) CHECK(strstr(file, line) != NULL);
    remove(path);
  }
  free(got);
  return CHECK_DONE("trace_sink");
}

/* Reference cycles of a run are released only at exit (object.h): no leak report. */
const char *__asan_default_options(void) { return "detect_leaks=0"; }
