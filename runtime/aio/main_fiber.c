/* runtime/aio/main_fiber.c — the host program's main fiber (see main_fiber.h).
 *
 * It reuses the runtime's switch: a private loop provides the shared stack and the
 * allocator, and the fiber runs on that stack exactly as a task's body does. */
#include "aio/main_fiber.h"

#include <string.h>

#include "aio/internal.h"

struct aio_main_fiber {
  aio_loop *loop; /* owns the stack; never runs */
  aio__fiber fiber;
  int inside;
};

int aio_main_fiber_new(size_t stack_size, void (*entry)(void *arg), void *arg,
                       aio_main_fiber **out) {
  aio_loop_config cfg = {0};
#if defined(__EMSCRIPTEN__)
  cfg.stack_size = stack_size ? stack_size : (size_t)1 << 20;
#else
  cfg.stack_size = stack_size ? stack_size : (size_t)8 << 20;
#endif
  aio_loop *loop;
  int rc = aio_loop_new(&cfg, &loop);
  if (rc != 0) return rc;
  aio_main_fiber *m = aio_alloc(loop, sizeof *m);
  if (!m) {
    aio_loop_free(loop);
    return AIO_E_NOMEM;
  }
  memset(m, 0, sizeof *m);
  m->loop = loop;
  m->fiber.entry = entry;
  m->fiber.arg = arg;
  *out = m;
  return 0;
}

int aio_main_fiber_resume(aio_main_fiber *m) {
  if (m->fiber.finished) return 1;
  m->inside = 1;
  int rc = aio__fiber_run(&m->loop->stack, &m->fiber);
  m->inside = 0;
  if (rc != 0) return rc;
  return m->fiber.finished ? 1 : 0;
}

int aio_main_fiber_inside(const aio_main_fiber *m) { return m && m->inside; }

void aio_main_fiber_suspend(aio_main_fiber *m) { aio__fiber_suspend(&m->loop->stack); }

void aio_main_fiber_free(aio_main_fiber *m) {
  aio_loop *loop = m->loop;
  aio__fiber_drop(&loop->stack, &m->fiber);
  aio_free(loop, m, sizeof *m);
  aio_loop_free(loop);
}
