/* runtime/py/asyncio_trace.c — collecting the trace of a run and writing it as JSON or
 * as Chrome Trace Event Format (docs/trace.md). Events arrive already encoded (one JSON
 * object each); the Chrome export is made from a small per-event record kept alongside,
 * so neither export parses JSON back. */
#include "py/asyncio_trace.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/interp.h"

typedef struct {
  char *text;  /* the event as a JSON object */
  double t;    /* clock seconds */
  long task;   /* -1: none */
  char kind[24];
} trace_event;

static bool enabled;
static bool chrome;
static char *out_path;
static trace_event *events;
static size_t nevents, cap;
static double real_start;

static double real_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double run_time(void) {
  return py_clock_is_virtual() ? py_clock_monotonic() : real_now() - real_start;
}

bool py_asyncio_trace_enabled(void) { return enabled; }

int py_asyncio_trace_emit(const char *kind, long task, const char *extra) {
  if (!enabled) return 0;
  if (nevents == cap) {
    size_t ncap = cap ? cap * 2 : 256;
    trace_event *ne = realloc(events, ncap * sizeof *ne);
    if (!ne) return -1;
    events = ne;
    cap = ncap;
  }
  double t = run_time();
  char head[256];
  char taskbuf[32];
  if (task >= 0) snprintf(taskbuf, sizeof taskbuf, "%ld", task);
  else snprintf(taskbuf, sizeof taskbuf, "null");
  int hn = snprintf(head, sizeof head,
                    "{\"kind\": \"%s\", \"t\": %.9g, \"rt\": %.3f, \"step\": %llu, "
                    "\"task\": %s",
                    kind, t, (real_now() - real_start) * 1000.0,
                    (unsigned long long)py__asyncio_iterations(), taskbuf);
  size_t en = strlen(extra);
  char *text = malloc((size_t)hn + en + 4);
  if (!text) return -1;
  memcpy(text, head, (size_t)hn);
  size_t k = (size_t)hn;
  if (en) {
    text[k++] = ',';
    text[k++] = ' ';
    memcpy(text + k, extra, en);
    k += en;
  }
  text[k++] = '}';
  text[k] = 0;
  trace_event *e = &events[nevents++];
  e->text = text;
  e->t = t;
  e->task = task;
  snprintf(e->kind, sizeof e->kind, "%s", kind);
  return 0;
}

int py_asyncio_trace_open(const char *path, const char *format) {
  if (format && strcmp(format, "json") != 0 && strcmp(format, "chrome") != 0) return -1;
  chrome = format && strcmp(format, "chrome") == 0;
  out_path = malloc(strlen(path) + 1);
  if (!out_path) return -1;
  strcpy(out_path, path);
  real_start = real_now();
  enabled = true;
  return py_asyncio_trace_emit(
      "run_begin", -1, py_clock_is_virtual() ? "\"clock\": \"virtual\"" : "\"clock\": \"real\"");
}

static void write_json(FILE *f) {
  fprintf(f, "{\"version\": 1, \"clock\": \"%s\", \"events\": [\n",
          py_clock_is_virtual() ? "virtual" : "real");
  for (size_t i = 0; i < nevents; i++)
    fprintf(f, "  %s%s\n", events[i].text, i + 1 < nevents ? "," : "");
  fprintf(f, "]}\n");
}

/* Chrome Trace Event Format: one thread per task (tid = task id + 1; 0 is the loop),
 * B/E slices per step, instant events for the rest, each carrying the JSON event. */
static void write_chrome(FILE *f) {
  fprintf(f, "{\"traceEvents\": [\n");
  fprintf(f, "  {\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, \"tid\": 0, "
             "\"args\": {\"name\": \"loop\"}}");
  for (size_t i = 0; i < nevents; i++) {
    const trace_event *e = &events[i];
    long tid = e->task >= 0 ? e->task + 1 : 0;
    double ts = e->t * 1e6;
    if (strcmp(e->kind, "task_created") == 0) {
      /* The thread is named after the task: its name field is in the event text. */
      const char *p = strstr(e->text, "\"name\": ");
      fprintf(f, ",\n  {\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, "
                 "\"tid\": %ld, \"args\": {\"name\": ", tid);
      if (p) {
        p += 8;
        const char *q = p + 1;
        while (*q && !(*q == '"' && q[-1] != '\\')) q++;
        fprintf(f, "%.*s}}", (int)(q - p + 1), p);
      } else {
        fprintf(f, "\"task %ld\"}}", e->task);
      }
    }
    const char *ph = strcmp(e->kind, "step_begin") == 0 ? "B"
                     : strcmp(e->kind, "step_end") == 0 ? "E"
                                                        : "i";
    fprintf(f, ",\n  {\"ph\": \"%s\", \"name\": \"%s\", \"pid\": 1, \"tid\": %ld, "
               "\"ts\": %.3f%s, \"args\": %s}",
            ph, e->kind, tid, ts, ph[0] == 'i' ? ", \"s\": \"t\"" : "", e->text);
  }
  fprintf(f, "\n], \"displayTimeUnit\": \"ms\"}\n");
}

int py_asyncio_trace_close(int exit_code) {
  if (!enabled) return 0;
  char extra[64];
  snprintf(extra, sizeof extra, "\"exit_code\": %d", exit_code);
  py_asyncio_trace_emit("run_end", -1, extra);
  int rc = 0;
  FILE *f = fopen(out_path, "w");
  if (!f) {
    fprintf(stderr, "taskscope: cannot write the trace to %s\n", out_path);
    rc = -1;
  } else {
    if (chrome) write_chrome(f);
    else write_json(f);
    if (fclose(f) != 0) rc = -1;
  }
  for (size_t i = 0; i < nevents; i++) free(events[i].text);
  free(events);
  events = NULL;
  nevents = cap = 0;
  free(out_path);
  out_path = NULL;
  enabled = false;
  return rc;
}
