/* runtime/aio/errors.h — the built-in error and list values used when a loop has no
 * host value ops (plain C callers, the unit tests).
 *
 * They are owned by the loop that made them and freed with it, so retain/release are
 * no-ops for them. Every error value a default-host loop sees must be one of these. */
#ifndef TASKSCOPE_AIO_ERRORS_H
#define TASKSCOPE_AIO_ERRORS_H
#include "aio/loop.h"

typedef enum aio_error_kind {
  AIO_ERROR_USER = 0,     /* any error a caller makes for itself */
  AIO_ERROR_CANCELLED,    /* CancelledError */
  AIO_ERROR_TIMEOUT,      /* TimeoutError */
  AIO_ERROR_INVALID_STATE,/* InvalidStateError */
  AIO_ERROR_GROUP,        /* ExceptionGroup */
  AIO_ERROR_USER_CANCELLED /* a "subclass" of CancelledError made by a caller */
} aio_error_kind;

typedef struct aio_error aio_error;
typedef struct aio_list aio_list;

/* Makes a built-in error owned by the loop (msg copied; NULL = no message). */
aio_error *aio_error_new(aio_loop *loop, aio_error_kind kind, const char *msg);
/* The kind of a built-in error value. */
aio_error_kind aio_error_get_kind(const void *err);
/* Its message, or NULL when it has none. */
const char *aio_error_message(const void *err);
/* For a group: the number of errors and the i-th one (borrowed). */
size_t aio_error_group_size(const void *err);
void *aio_error_group_item(const void *err, size_t i);
/* A built-in list (gather's result): its length and i-th item. */
size_t aio_list_len(const void *list);
void *aio_list_item(const void *list, size_t i);

#endif
