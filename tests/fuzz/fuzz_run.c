/* tests/fuzz/fuzz_run.c — libFuzzer target: compile and run arbitrary programs under a
 * step limit and a memory cap, output discarded.
 *
 * A program may do anything Python allows — loop forever, recurse, allocate without
 * end, raise — and every such run must end in a Python exception or a clean stop. The
 * interpreter is started again for each input (py_init ... py_fini), which is what the
 * playground does between two runs, so a run that corrupts the engine for the next
 * one shows up here too. LeakSanitizer stays off for this target: there is no cycle
 * collector, so programs that build cycles leak by design (see object.h). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "py/interp.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
const char *__asan_default_options(void);

/* LeakSanitizer off in every process of this target, including the children of
 * libFuzzer's fork mode, which do not inherit -detect_leaks=0. */
const char *__asan_default_options(void) { return "detect_leaks=0"; }

/* vm.c: restarts the instruction count for the next run (see py__vm_reset_steps). */
void py__vm_reset_steps(uint64_t limit);

static void discard(void *ctx, int fd, const char *s, size_t n) {
  (void)ctx;
  (void)fd;
  (void)s;
  (void)n;
}
static double zero_clock(void *ctx) {
  (void)ctx;
  return 0.0;
}
static void no_sleep(void *ctx, double secs) {
  (void)ctx;
  (void)secs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const py_host host = {discard, zero_clock, zero_clock, no_sleep, NULL};
  static char *argv[] = {"fuzz.py", NULL};
  py_config cfg = {0};
  cfg.virtual_clock = true;
  cfg.step_limit = 200000;          /* enough for every corpus program's first part */
  cfg.memory_limit = 64u << 20;     /* MemoryError past 64 MiB */
  cfg.argc = 1;
  cfg.argv = argv;
  cfg.host = &host;
  if (py_init(&cfg) < 0) abort();   /* the engine must always start again */
  py__vm_reset_steps(cfg.step_limit);
  (void)py_run_string((const char *)data, size, "fuzz.py");
  py_fini();
  return 0;
}
