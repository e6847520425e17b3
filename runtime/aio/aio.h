/* runtime/aio/aio.h — the task runtime's public API in one include. */
#ifndef TASKSCOPE_AIO_AIO_H
#define TASKSCOPE_AIO_AIO_H
#include "aio/loop.h"
#include "aio/future.h"
#include "aio/task.h"
#include "aio/trace.h"
#include "aio/errors.h"
#include "aio/combinators.h"
#include "aio/sync.h"
#include "aio/main_fiber.h"
#endif
