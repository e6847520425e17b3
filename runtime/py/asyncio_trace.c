/* runtime/py/asyncio_trace.c — collecting the trace of a run and writing it as JSON or
 * as Chrome Trace Event Format (docs/trace.md). Events arrive already encoded (one JSON
 * object each); the Chrome export is made from a small per-event record kept alongside,
 * so neither export parses JSON back. */
#include "py/asyncio_trace.h"
#include "py/code.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "py/floatfmt.h"
#include "py/interp.h"
#include "py/thread_sched.h"

typedef struct {
  char *text;  /* the event as a JSON object */
  double t;    /* clock seconds */
  long task;   /* -1: none */
  char kind[24];
} trace_event;

static bool enabled;
static bool chrome;
static char *out_path; /* NULL: nothing is kept, events only go to the sink */
static trace_event *events;
static size_t nevents, cap;
static double real_start;
static py_asyncio_trace_sink sink;
static void *sink_ctx;

static double real_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double run_time(void) {
  return py_clock_is_virtual() ? py_clock_monotonic() : real_now() - real_start;
}

bool py_asyncio_trace_enabled(void) { return enabled; }

void py_asyncio_trace_set_sink(py_asyncio_trace_sink fn, void *ctx) {
  sink = fn;
  sink_ctx = ctx;
}

static long output_task = -1; /* the task whose step is running, for output events */

/* Appends s[0..n) to buf as the inside of a JSON string; buf must have room for 6 * n
 * bytes. Returns the length written. */
static size_t json_escape(char *buf, const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *rep = NULL;
    if (c == '"') rep = "\\\"";
    else if (c == '\\') rep = "\\\\";
    else if (c == '\n') rep = "\\n";
    else if (c == '\r') rep = "\\r";
    else if (c == '\t') rep = "\\t";
    else if (c < 0x20) {
      snprintf(buf + k, 7, "\\u%04x", c);
      k += 6;
      continue;
    }
    if (rep) {
      buf[k++] = rep[0];
      buf[k++] = rep[1];
    } else {
      buf[k++] = (char)c;
    }
  }
  return k;
}

/* The common head of every event, without the closing brace:
 * {"kind": K, "t": T, "rt": RT, "step": S, "task": N. Returns its length (< cap). */
static int event_head(char *buf, size_t cap, const char *kind, double t, double rt_ms,
                      uint64_t step, long task) {
  /* t as the oracle writes it: round(t, 9), shortest repr (0.0, 1.5, 0.852200759). */
  double t9 = t;
  char tbuf[PY_FLOAT_REPR_MAX];
  if (py_float_round(t, 9, &t9) != 0) t9 = t;
  py_float_repr(t9, tbuf);
  char taskbuf[32];
  if (task >= 0) snprintf(taskbuf, sizeof taskbuf, "%ld", task);
  else snprintf(taskbuf, sizeof taskbuf, "null");
  int hn = snprintf(buf, cap, "{\"kind\": \"%s\", \"t\": %s, \"rt\": %.3f, \"step\": %llu, \"task\": %s",
                    kind, tbuf, rt_ms, (unsigned long long)step, taskbuf);
  return hn < (int)cap ? hn : (int)cap - 1;
}

/* Builds head + ", " + extra + "}" in a new block (NULL when out of memory). */
static char *event_text(const char *head, size_t hn, const char *extra, size_t en) {
  char *text = malloc(hn + en + 4);
  if (!text) return NULL;
  memcpy(text, head, hn);
  size_t k = hn;
  if (en) {
    text[k++] = ',';
    text[k++] = ' ';
    memcpy(text + k, extra, en);
    k += en;
  }
  text[k++] = '}';
  text[k] = 0;
  return text;
}

static int keep_event(char *text, double t, long task, const char *kind) {
  if (nevents == cap) {
    size_t ncap = cap ? cap * 2 : 256;
    trace_event *ne = realloc(events, ncap * sizeof *ne);
    if (!ne) {
      free(text);
      return -1;
    }
    events = ne;
    cap = ncap;
  }
  trace_event *e = &events[nevents++];
  e->text = text;
  e->t = t;
  e->task = task;
  snprintf(e->kind, sizeof e->kind, "%s", kind);
  return 0;
}

/* ---- output events ------------------------------------------------------------------
 * The sink receives one output event per write, as it happens. The kept list (the file)
 * merges consecutive writes of one task to one stream in one loop iteration into one
 * event, as the oracle does; the merged event carries the time of its last write. The
 * event being merged stays open here (its text escaped into a growing buffer) until
 * another event is emitted or the trace closes, so merging costs linear time however
 * much a program prints. */
static struct {
  bool open;
  int fd;
  long task;
  uint64_t step;
  double t, rt_ms;
  char *text; /* escaped JSON string contents */
  size_t len, cap;
} pending;

/* Moves the open output event (if any) into the kept list. */
static void close_pending_output(void) {
  if (!pending.open) return;
  pending.open = false;
  char head[256];
  int hn = event_head(head, sizeof head, "output", pending.t, pending.rt_ms, pending.step, pending.task);
  const char *stream = pending.fd == 2 ? "stderr" : "stdout";
  size_t en = pending.len + 40;
  char *extra = malloc(en);
  if (!extra) return;
  int xn = snprintf(extra, en, "\"stream\": \"%s\", \"text\": \"", stream);
  memcpy(extra + xn, pending.text, pending.len);
  extra[xn + (int)pending.len] = '"';
  char *text = event_text(head, (size_t)hn, extra, (size_t)xn + pending.len + 1);
  free(extra);
  if (text) keep_event(text, pending.t, pending.task, "output");
  pending.len = 0;
}

void py_asyncio_trace_output(int fd, const char *s, size_t n) {
  if (!enabled || n == 0) return;
  uint64_t step = py__asyncio_iterations();
  double t = run_time(), rt_ms = (real_now() - real_start) * 1000.0;
  if (sink) {
    char head[256];
    int hn = event_head(head, sizeof head, "output", t, rt_ms, step, output_task);
    size_t cap = n * 6 + 48;
    char *extra = malloc(cap);
    if (extra) {
      int xn = snprintf(extra, cap, "\"stream\": \"%s\", \"text\": \"", fd == 2 ? "stderr" : "stdout");
      size_t k = (size_t)xn + json_escape(extra + xn, s, n);
      extra[k++] = '"';
      char *text = event_text(head, (size_t)hn, extra, k);
      if (text) sink(sink_ctx, text, strlen(text));
      free(text);
      free(extra);
    }
  }
  if (!out_path) return;
  if (pending.open && (pending.fd != fd || pending.task != output_task || pending.step != step))
    close_pending_output();
  if (pending.len + n * 6 + 1 > pending.cap) {
    size_t ncap = pending.cap ? pending.cap : 256;
    while (ncap < pending.len + n * 6 + 1) ncap *= 2;
    char *nt = realloc(pending.text, ncap);
    if (!nt) return;
    pending.text = nt;
    pending.cap = ncap;
  }
  pending.len += json_escape(pending.text + pending.len, s, n);
  pending.open = true;
  pending.fd = fd;
  pending.task = output_task;
  pending.step = step;
  pending.t = t;
  pending.rt_ms = rt_ms;
}

int py_asyncio_trace_emit(const char *kind, long task, const char *extra) {
  if (!enabled) return 0;
  /* Output buffered so far was written before this event (and, at a step boundary,
   * by whoever ran before it). */
  bool begin = strcmp(kind, "step_begin") == 0, end = strcmp(kind, "step_end") == 0;
  if (strcmp(kind, "output") != 0) py_stdout_flush();
  close_pending_output();
  if (begin) output_task = task;
  if (end) output_task = -1;
  double t = run_time();
  char head[256];
  int hn = event_head(head, sizeof head, kind, t, (real_now() - real_start) * 1000.0,
                      py__asyncio_iterations(), task);
  char *text = event_text(head, (size_t)hn, extra, strlen(extra));
  if (!text) return -1;
  if (sink) sink(sink_ctx, text, strlen(text));
  if (!out_path) {
    free(text);
    return 0;
  }
  return keep_event(text, t, task, kind);
}

/* time.sleep while tracing: a `blocking` event (the whole loop stalls), then the real
 * time.sleep. Installed for the whole run, so programs without asyncio show it too. */
static py_object *real_sleep;

static py_object *traced_sleep(py_object *self, py_object *const *args, size_t nargs,
                               py_object *kwnames) {
  (void)self;
  /* A sleep in another thread (thread_sched.c) blocks that thread, not the loop. */
  if (nargs == 1 && !kwnames && (PY_INT_CHECK(args[0]) || PY_FLOAT_CHECK(args[0])) &&
      !py_thread_in_fiber()) {
    py_object *r = py_repr(args[0]);
    if (!r) return NULL;
    size_t n = (size_t)PY_STR_SIZE(r);
    char *extra = malloc(2 * n + 64);
    if (extra) {
      snprintf(extra, 2 * n + 64, "\"seconds\": %s, \"label\": \"time.sleep(%s)\"",
               PY_STR_DATA(r), PY_STR_DATA(r));
      py_asyncio_trace_emit("blocking", output_task, extra);
      free(extra);
    }
    py_decref(r);
  }
  if (!real_sleep) return py_raise(&py_exc_RuntimeError, "time.sleep after the trace ended");
  /* On the chain: a sleep in another thread suspends that thread (code.h). */
  return py__call_on_chain(real_sleep, args, nargs, kwnames);
}

/* It may suspend as time.sleep does: traced_sleep is on the wasm suspension chain. */
static const py_method_def traced_sleep_def = {"sleep", traced_sleep, PY_METH_SUSPENDS, NULL};

/* Puts traced_sleep in place of the time module's sleep. The trace used to import
 * `time` at its start to do so, and every traced run paid for that import: in the wasm
 * engine the module's calendar half (Python) comes from the library bundle, a
 * synchronous download of a megabyte into each worker. Now the module is wrapped when
 * it is made during a trace (mod_time.c), or at the trace's start if it exists then. */
void py__asyncio_trace_wrap_time(py_object *time) {
  if (!enabled || real_sleep) return;
  real_sleep = py_getattr_str(time, "sleep");
  py_object *fn = real_sleep ? py_cfunction_new(&traced_sleep_def, NULL) : NULL;
  if (!fn || py_module_add(time, "sleep", fn) < 0) py_err_clear();
  py_xdecref(fn);
}

int py_asyncio_trace_open(const char *path, const char *format) {
  if (format && strcmp(format, "json") != 0 && strcmp(format, "chrome") != 0) return -1;
  chrome = format && strcmp(format, "chrome") == 0;
  if (path) {
    out_path = malloc(strlen(path) + 1);
    if (!out_path) return -1;
    strcpy(out_path, path);
  }
  real_start = real_now();
  enabled = true;
  py_object *modules = py_sys_modules();
  py_object *time = modules ? py_dict_get_str(modules, "time") : NULL;
  if (time) py__asyncio_trace_wrap_time(time);
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

/* The JSON string value of `"key": "..."` inside an event's text, as written (still
 * escaped, quotes included), or NULL: *len is its length. */
static const char *json_field(const char *text, const char *key, int *len) {
  char pat[40];
  snprintf(pat, sizeof pat, "\"%s\": \"", key);
  const char *p = strstr(text, pat);
  if (!p) return NULL;
  p += strlen(pat) - 1; /* at the opening quote */
  const char *q = p + 1;
  while (*q && !(*q == '"' && q[-1] != '\\')) q++;
  if (!*q) return NULL;
  *len = (int)(q - p + 1);
  return p;
}

/* Chrome Trace Event Format: one thread per task (tid = task id + 1; 0 is the loop),
 * named after the task; a B/E slice per step; a complete (X) slice per wait, from the
 * step that suspended to the next step, named after what was awaited; instant events
 * for the rest. Every event carries the JSON event as args. */
static void write_chrome(FILE *f) {
  long max_task = 0;
  for (size_t i = 0; i < nevents; i++)
    if (events[i].task > max_task) max_task = events[i].task;
  /* Per task: the index of the step_end that began the wait in progress, or -1. */
  long *waiting = malloc((size_t)(max_task + 1) * sizeof *waiting);
  if (waiting)
    for (long t = 0; t <= max_task; t++) waiting[t] = -1;
  fprintf(f, "{\"traceEvents\": [\n");
  fprintf(f, "  {\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, \"tid\": 0, "
             "\"args\": {\"name\": \"loop\"}}");
  for (size_t i = 0; i < nevents; i++) {
    const trace_event *e = &events[i];
    long tid = e->task >= 0 ? e->task + 1 : 0;
    double ts = e->t * 1e6;
    int len;
    if (strcmp(e->kind, "task_created") == 0) {
      const char *name = json_field(e->text, "name", &len);
      fprintf(f, ",\n  {\"ph\": \"M\", \"name\": \"thread_name\", \"pid\": 1, "
                 "\"tid\": %ld, \"args\": {\"name\": ", tid);
      if (name) fprintf(f, "%.*s}}", len, name);
      else fprintf(f, "\"task %ld\"}}", e->task);
    }
    bool begin = strcmp(e->kind, "step_begin") == 0, end = strcmp(e->kind, "step_end") == 0;
    if (waiting && e->task >= 0 && (begin || strcmp(e->kind, "task_done") == 0) &&
        waiting[e->task] >= 0) {
      const trace_event *w = &events[waiting[e->task]];
      const char *label = json_field(w->text, "label", &len);
      fprintf(f, ",\n  {\"ph\": \"X\", \"name\": ");
      if (label) fprintf(f, "%.*s", len, label);
      else fprintf(f, "\"wait\"");
      fprintf(f, ", \"cat\": \"wait\", \"pid\": 1, \"tid\": %ld, \"ts\": %.3f, "
                 "\"dur\": %.3f, \"args\": %s}",
              tid, w->t * 1e6, ts - w->t * 1e6, w->text);
      waiting[e->task] = -1;
    }
    if (waiting && end && e->task >= 0 && !strstr(e->text, "\"wait\": null"))
      waiting[e->task] = (long)i;
    const char *ph = begin ? "B" : end ? "E" : "i";
    fprintf(f, ",\n  {\"ph\": \"%s\", \"name\": \"%s\", \"pid\": 1, \"tid\": %ld, "
               "\"ts\": %.3f%s, \"args\": %s}",
            ph, begin || end ? "step" : e->kind, tid, ts, ph[0] == 'i' ? ", \"s\": \"t\"" : "",
            e->text);
  }
  fprintf(f, "\n], \"displayTimeUnit\": \"ms\"}\n");
  free(waiting);
}

int py_asyncio_trace_close(int exit_code) {
  if (!enabled) return 0;
  py_stdout_flush();
  char extra[64];
  snprintf(extra, sizeof extra, "\"exit_code\": %d", exit_code);
  py_asyncio_trace_emit("run_end", -1, extra);
  int rc = 0;
  FILE *f = out_path ? fopen(out_path, "w") : NULL;
  if (out_path && !f) {
    fprintf(stderr, "taskscope: cannot write the trace to %s\n", out_path);
    rc = -1;
  } else if (f) {
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
  free(pending.text);
  memset(&pending, 0, sizeof pending);
  py_xdecref(real_sleep); /* the run is over: nothing calls time.sleep any more */
  real_sleep = NULL;
  output_task = -1;
  enabled = false;
  return rc;
}
