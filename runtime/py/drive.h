/* runtime/py/drive.h — the run driver of docs/engine.md.
 *
 * The program runs in a main fiber (runtime/aio/main_fiber.h). Whenever it must wait
 * on the real clock — the event loop idle until its next timer, or a blocking
 * time.sleep() — it suspends and py_drive() returns to the host with the number of
 * seconds to wait; the host waits however it likes (the CLI sleeps, JavaScript sets a
 * timer) and calls py_drive() again. Under the virtual clock nothing ever waits, so
 * the first py_drive() call runs the whole program. */
#ifndef TASKSCOPE_PY_DRIVE_H
#define TASKSCOPE_PY_DRIVE_H
#include <stdbool.h>
#include <stddef.h>

enum { PY_DRIVE_DONE = 0, PY_DRIVE_IDLE = 1 };

/* Prepares a run of the program at path (py_init done before). 0, or -1 (no memory). */
int py_drive_begin(const char *path);
/* The same for a program given as n bytes of source text, shown as filename; both must
 * stay valid until the run ends (the wasm engine: no file system to hold the file). */
int py_drive_begin_source(const char *src, size_t n, const char *filename);
/* Runs until the program ends (PY_DRIVE_DONE, *status its exit status) or must wait
 * (PY_DRIVE_IDLE, *seconds how long). */
int py_drive(double *seconds, int *status);
/* Frees the driver's state (after PY_DRIVE_DONE, or to abandon a run). */
void py_drive_end(void);
/* True when the caller runs inside the driven program's fiber. */
bool py_drive_active(void);
/* From inside the program: suspends it; the host waits `seconds`, then resumes it. */
void py_drive_wait(double seconds);
#endif
