/* runtime/aio/switch_native.c — the native switch backend: a hand-written context
 * switch for x86-64 and aarch64 (System V / AAPCS64), no ucontext.
 *
 * aio__ctx_swap(save, to) pushes the callee-saved registers on the current stack,
 * stores the stack pointer in *save, loads `to` and pops the registers saved there.
 * A new fiber's stack is prepared so that the first swap "returns" into fiber_main.
 * The floating-point control words are not switched: tasks never change them.
 *
 * Under AddressSanitizer the switch announces itself with
 * __sanitizer_start/finish_switch_fiber, and the bytes of a fiber's frames are
 * unpoisoned before they are copied out or reused by another fiber, so the redzones a
 * suspended fiber leaves behind never poison the next one. */
#if !defined(__EMSCRIPTEN__)
#include "aio/internal.h"
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define AIO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define AIO_ASAN 1
#endif
#endif
#ifdef AIO_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

void aio__ctx_swap(void **save, void *to);

#if defined(__x86_64__)
__asm__(".text\n"
        ".globl aio__ctx_swap\n"
        ".hidden aio__ctx_swap\n"
        ".type aio__ctx_swap,@function\n"
        ".p2align 4\n"
        "aio__ctx_swap:\n"
        "  pushq %rbp\n"
        "  pushq %rbx\n"
        "  pushq %r12\n"
        "  pushq %r13\n"
        "  pushq %r14\n"
        "  pushq %r15\n"
        "  movq %rsp, (%rdi)\n"
        "  movq %rsi, %rsp\n"
        "  popq %r15\n"
        "  popq %r14\n"
        "  popq %r13\n"
        "  popq %r12\n"
        "  popq %rbx\n"
        "  popq %rbp\n"
        "  ret\n"
        ".size aio__ctx_swap, .-aio__ctx_swap\n");
enum { FRAME_WORDS = 8 }; /* 6 registers, the entry address, a fake return address */
#elif defined(__aarch64__)
__asm__(".text\n"
        ".globl aio__ctx_swap\n"
        ".hidden aio__ctx_swap\n"
        ".type aio__ctx_swap,%function\n"
        ".p2align 4\n"
        "aio__ctx_swap:\n"
        "  sub sp, sp, #176\n"
        "  stp x19, x20, [sp, #0]\n"
        "  stp x21, x22, [sp, #16]\n"
        "  stp x23, x24, [sp, #32]\n"
        "  stp x25, x26, [sp, #48]\n"
        "  stp x27, x28, [sp, #64]\n"
        "  stp x29, x30, [sp, #80]\n"
        "  stp d8, d9, [sp, #96]\n"
        "  stp d10, d11, [sp, #112]\n"
        "  stp d12, d13, [sp, #128]\n"
        "  stp d14, d15, [sp, #144]\n"
        "  mov x2, sp\n"
        "  str x2, [x0]\n"
        "  mov sp, x1\n"
        "  ldp x19, x20, [sp, #0]\n"
        "  ldp x21, x22, [sp, #16]\n"
        "  ldp x23, x24, [sp, #32]\n"
        "  ldp x25, x26, [sp, #48]\n"
        "  ldp x27, x28, [sp, #64]\n"
        "  ldp x29, x30, [sp, #80]\n"
        "  ldp d8, d9, [sp, #96]\n"
        "  ldp d10, d11, [sp, #112]\n"
        "  ldp d12, d13, [sp, #128]\n"
        "  ldp d14, d15, [sp, #144]\n"
        "  add sp, sp, #176\n"
        "  ret\n"
        ".size aio__ctx_swap, .-aio__ctx_swap\n");
enum { FRAME_WORDS = 22 }; /* 176 bytes; x30 (the entry address) is word 11 */
#else
#error "switch_native.c supports x86-64 and aarch64"
#endif

/* The stack whose fiber is starting (fiber_main takes no arguments). */
static aio__stack *starting;

__attribute__((noreturn, used)) static void fiber_main(void) {
  aio__stack *s = starting;
#ifdef AIO_ASAN
  __sanitizer_finish_switch_fiber(NULL, &s->main_bottom, &s->main_size);
#endif
  aio__fiber *f = s->current;
  f->entry(f->arg);
  f->finished = 1;
#ifdef AIO_ASAN
  __sanitizer_start_switch_fiber(NULL, s->main_bottom, s->main_size);
#endif
  aio__ctx_swap((void **)&f->sp, s->main_sp);
  __builtin_unreachable();
}

int aio__stack_init(aio__stack *s, struct aio_loop *loop, size_t size, size_t scratch) {
  (void)scratch;
  memset(s, 0, sizeof *s);
  s->loop = loop;
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size = (size + page - 1) / page * page;
  /* One guard page below the stack turns an overflow into a fault, not corruption. */
  void *base = mmap(NULL, size + page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (base == MAP_FAILED) return AIO_E_NOMEM;
  mprotect(base, page, PROT_NONE);
  s->base = base;
  s->map_size = size + page;
  s->lo = s->base + page;
  s->top = s->base + size + page;
  return 0;
}

void aio__stack_destroy(aio__stack *s) {
  if (s->base) munmap(s->base, s->map_size);
  s->base = NULL;
}

/* The block for an evicted fiber's copy: the previous one when it has exactly the
 * size needed (a task suspending at the same depth again), else a fresh exact one. */
static unsigned char *copy_block(aio__stack *s, aio__fiber *f, size_t len) {
  if (f->saved && f->saved_cap == len) return f->saved;
  unsigned char *copy = aio__alloc(s->loop, len);
  if (!copy) return NULL;
  if (f->saved) aio__free(s->loop, f->saved, f->saved_cap);
  f->saved = copy;
  f->saved_cap = len;
  return copy;
}

/* Copies the resident fiber's frames off the shared stack. */
static int evict(aio__stack *s) {
  aio__fiber *f = s->resident;
  if (!f) return 0;
  size_t len = (size_t)(s->top - f->sp);
  unsigned char *copy = copy_block(s, f, len);
  if (!copy) return AIO_E_NOMEM;
  UNPOISON(f->sp, len);
  memcpy(copy, f->sp, len);
  f->saved_len = len;
  s->resident = NULL;
  return 0;
}

int aio__fiber_run(aio__stack *s, aio__fiber *f) {
  if (s->resident != f) {
    if (evict(s) != 0) return AIO_E_NOMEM;
    if (f->saved_len) {
      UNPOISON(f->sp, f->saved_len);
      memcpy(f->sp, f->saved, f->saved_len);
      f->saved_len = 0;
    }
  }
  if (!f->started) {
    void **sp = (void **)((uintptr_t)s->top & ~(uintptr_t)15);
    sp -= FRAME_WORDS;
    memset(sp, 0, FRAME_WORDS * sizeof *sp);
#if defined(__x86_64__)
    sp[6] = (void *)fiber_main;
#else
    sp[11] = (void *)fiber_main;
#endif
    f->sp = (unsigned char *)sp;
    f->started = 1;
    starting = s;
  }
  s->current = f;
  s->resident = f;
#ifdef AIO_ASAN
  __sanitizer_start_switch_fiber(&s->main_fake_stack, s->lo, (size_t)(s->top - s->lo));
#endif
  aio__ctx_swap(&s->main_sp, f->sp);
#ifdef AIO_ASAN
  __sanitizer_finish_switch_fiber(s->main_fake_stack, NULL, NULL);
#endif
  s->current = NULL;
  if (f->finished) {
    UNPOISON(f->sp, (size_t)(s->top - f->sp));
    s->resident = NULL;
  }
  return 0;
}

void aio__fiber_suspend(aio__stack *s) {
  aio__fiber *f = s->current;
#ifdef AIO_ASAN
  __sanitizer_start_switch_fiber(&f->asan_fake_stack, s->main_bottom, s->main_size);
#endif
  aio__ctx_swap((void **)&f->sp, s->main_sp);
#ifdef AIO_ASAN
  __sanitizer_finish_switch_fiber(f->asan_fake_stack, &s->main_bottom, &s->main_size);
#endif
}

void aio__fiber_drop(aio__stack *s, aio__fiber *f) {
  if (s->resident == f) {
    if (f->sp) UNPOISON(f->sp, (size_t)(s->top - f->sp));
    s->resident = NULL;
  }
  if (f->saved) aio__free(s->loop, f->saved, f->saved_cap);
  f->saved = NULL;
  f->saved_cap = f->saved_len = 0;
}

size_t aio__fiber_saved_bytes(const aio__fiber *f) { return f->saved_len; }
#endif
