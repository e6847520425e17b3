/* runtime/py/asyncio_trace.h — the run's trace (docs/trace.md), written by the CLI's
 * --trace=FILE: events come from the asyncio binding (task life, steps, waits) and from
 * the run itself (begin, end). */
#ifndef TASKSCOPE_PY_ASYNCIO_TRACE_H
#define TASKSCOPE_PY_ASYNCIO_TRACE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Receives each event as it is emitted: json is one event as a JSON object (n bytes,
 * NUL-terminated), valid only during the call. */
typedef void (*py_asyncio_trace_sink)(void *ctx, const char *json, size_t n);

/* Starts the trace: events are collected for a file written to path ("json" or
 * "chrome") at close, or, with path NULL, not kept at all (they only reach the sink).
 * Returns 0, or -1 for an unknown format. */
int py_asyncio_trace_open(const char *path, const char *format);
/* Sets (fn NULL: removes) the function that receives every event as it is emitted, in
 * the order of the file; call it before py_asyncio_trace_open to receive run_begin.
 * Output events reach it one per write; the file merges consecutive writes of one task
 * to one stream in one loop iteration into one event that carries the last write's
 * times, and a consumer of the sink that merges the same way gets the file's list. */
void py_asyncio_trace_set_sink(py_asyncio_trace_sink fn, void *ctx);
/* Adds run_end, writes the file (if any) and stops collecting. Returns 0, or -1
 * (message on stderr) if the file cannot be written. */
int py_asyncio_trace_close(int exit_code);
/* True while a trace is being collected. */
bool py_asyncio_trace_enabled(void);
/* Appends one event: kind, the task id (negative: null) and extra fields already
 * encoded as JSON members ("\"name\": \"Task-2\"", or "" for none). */
int py_asyncio_trace_emit(const char *kind, long task, const char *extra);
/* An output event for n bytes written to fd (1 or 2), attributed to the task whose
 * step is running. Called by the host write funnel while a trace is on. */
void py_asyncio_trace_output(int fd, const char *s, size_t n);
/* While a trace is on, replaces the time module's sleep with one that also emits a
 * `blocking` event; called by the module's init (mod_time.c). */
struct py_object;
void py__asyncio_trace_wrap_time(struct py_object *time);
/* The loop iterations run so far by every loop of the program (the events' step). */
uint64_t py__asyncio_iterations(void);
#endif
