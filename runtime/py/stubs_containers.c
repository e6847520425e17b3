/* runtime/py/stubs_containers.c — TEMPORARY stand-ins for functions the vm helper's
 * interp.c will provide (declared in its interp.h), so builtins.c links before that
 * branch is merged. They are weak: the real definitions win as soon as they exist.
 * Delete this file once interp.c is merged. */
#include <stdio.h>

#include "py/object.h"

py_object *py_sys_get(const char *name);
void py_host_write(int fd, const char *s, size_t n);

__attribute__((weak)) py_object *py_sys_get(const char *name) {
  (void)name;
  return NULL;
}

__attribute__((weak)) void py_host_write(int fd, const char *s, size_t n) {
  fwrite(s, 1, n, fd == 2 ? stderr : stdout);
}
