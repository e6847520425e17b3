/* runtime/py/asyncio_trace.h — the run's trace (docs/trace.md), written by the CLI's
 * --trace=FILE: events come from the asyncio binding (task life, steps, waits) and from
 * the run itself (begin, end). */
#ifndef TASKSCOPE_PY_ASYNCIO_TRACE_H
#define TASKSCOPE_PY_ASYNCIO_TRACE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Starts collecting events for a trace to be written to path ("json" or "chrome").
 * Returns 0, or -1 for an unknown format. */
int py_asyncio_trace_open(const char *path, const char *format);
/* Adds run_end, writes the file and stops collecting. Returns 0, or -1 (message on
 * stderr) if the file cannot be written. */
int py_asyncio_trace_close(int exit_code);
/* True while a trace is being collected. */
bool py_asyncio_trace_enabled(void);
/* Appends one event: kind, the task id (negative: null) and extra fields already
 * encoded as JSON members ("\"name\": \"Task-2\"", or "" for none). */
int py_asyncio_trace_emit(const char *kind, long task, const char *extra);
/* At the end of a run: CPython's exit-time "coroutine ... was never awaited" warnings
 * for coroutines an uncaught asyncio error kept alive (asyncio.run in a running loop,
 * create_task without a loop). */
void py_asyncio_at_exit(void);
/* An output event for n bytes written to fd (1 or 2), attributed to the task whose
 * step is running. Called by the host write funnel while a trace is on. */
void py_asyncio_trace_output(int fd, const char *s, size_t n);
/* The loop iterations run so far by every loop of the program (the events' step). */
uint64_t py__asyncio_iterations(void);
#endif
