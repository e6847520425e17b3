/* tests/runtime/test-sync.c — Lock, Event, Condition, Semaphore, queues. Expected
 * orders come from the Python quoted above each test, run under CPython 3.11.7. */
#include "test.h"

#define LOOP(self) aio_future_loop(aio_task_future(self))

static aio_task *spawn(aio_loop *loop, aio_task_fn fn, void *arg) {
  aio_task *t = NULL;
  ASSERT_INT(aio_task_new(loop, fn, arg, NULL, &t), 0);
  return t;
}

/* Runs n tasks of fn(args[i]) to completion through gather. */
static void gather_all(aio_loop *loop, aio_task_fn fn, void **args, size_t n) {
  aio_task *ts[8] = {0};
  aio_future *fs[8] = {0};
  for (size_t i = 0; i < n; i++) ts[i] = spawn(loop, fn, args[i]), fs[i] = aio_task_future(ts[i]);
  aio_future *g = aio_gather(loop, fs, n, 0);
  void *r;
  ASSERT_INT(aio_await(g, &r), AIO_OK);
  aio_future_release(g);
  for (size_t i = 0; i < n; i++) aio_task_release(ts[i]);
}

static aio_lock *the_lock;
typedef struct { const char *name; int k; } wk;

/* async def worker(name, k):
 *     for i in range(k):
 *         async with lock: log.append(f'{name}{i}'); await asyncio.sleep(0)
 * await gather(worker('a',2), worker('b',2), worker('c',1)) -> a0 b0 c0 a1 b1
 * lock.release() when unlocked -> RuntimeError('Lock is not acquired.') */
static int lock_worker(aio_task *self, void *arg, void **out) {
  wk *w = arg;
  for (int i = 0; i < w->k; i++) {
    ASSERT_INT(aio_lock_acquire(the_lock, out), AIO_OK);
    LOG("%s%d", w->name, i);
    aio_yield(LOOP(self), out);
    ASSERT_INT(aio_lock_release(the_lock), 0);
  }
  *out = NULL;
  return AIO_OK;
}
static int lock_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  the_lock = aio_lock_new(loop);
  wk a = {"a", 2}, b = {"b", 2}, c = {"c", 1};
  void *args[3] = {&a, &b, &c};
  gather_all(loop, lock_worker, args, 3);
  ASSERT_LOG("a0 b0 c0 a1 b1");
  ASSERT_INT(aio_lock_release(the_lock), AIO_E_NOT_ACQUIRED);
  ASSERT(!aio_lock_locked(the_lock));
  aio_lock_free(the_lock);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(lock_fifo_handoff) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, lock_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

static aio_event *the_event;
/* async def w(n): await ev.wait(); log.append(n)
 * ts = [create_task(w(i)) for i in range(3)]; await sleep(0); ev.set(); ev.set()
 * await gather(*ts) -> [0, 1, 2], ev.is_set() */
static int event_waiter(aio_task *self, void *arg, void **out) {
  (void)self;
  int rc = aio_event_wait(the_event, out);
  LOG("%ld", IV(arg));
  return rc;
}
static int event_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  the_event = aio_event_new(loop);
  aio_task *ts[3];
  aio_future *fs[3];
  for (long i = 0; i < 3; i++) ts[i] = spawn(loop, event_waiter, V(i)), fs[i] = aio_task_future(ts[i]);
  aio_yield(loop, out);
  aio_event_set(the_event);
  aio_event_set(the_event);
  aio_future *g = aio_gather(loop, fs, 3, 0);
  ASSERT_INT(aio_await(g, out), AIO_OK);
  ASSERT_LOG("0 1 2");
  ASSERT(aio_event_is_set(the_event));
  ASSERT_INT(aio_event_wait(the_event, out), AIO_OK); /* set: no suspension */
  aio_event_clear(the_event);
  ASSERT(!aio_event_is_set(the_event));
  aio_future_release(g);
  for (int i = 0; i < 3; i++) aio_task_release(ts[i]);
  aio_event_free(the_event);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(event_wakes_all_in_order) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, event_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

static aio_condition *the_cond;
static long items[8];
static int nitems;
static int have_items(void *arg) { (void)arg; return nitems > 0; }
/* async def consumer(n):
 *     async with cond:
 *         await cond.wait_for(lambda: items); log.append(f'c{n}:{items.pop(0)}')
 * cs = [create_task(consumer(i)) for i in range(3)]; await sleep(0)
 * async with cond: items.extend([10, 20]); cond.notify(2)
 * await sleep(0); await sleep(0)
 * async with cond: items.append(30); cond.notify_all()
 * -> ['c0:10', 'c1:20', 'c2:30'] */
static int consumer(aio_task *self, void *arg, void **out) {
  (void)self;
  ASSERT_INT(aio_condition_acquire(the_cond, out), AIO_OK);
  int rc = aio_condition_wait_for(the_cond, have_items, NULL, out);
  ASSERT_INT(rc, AIO_OK);
  LOG("c%ld:%ld", IV(arg), items[0]);
  for (int i = 1; i < nitems; i++) items[i - 1] = items[i];
  nitems--;
  aio_condition_release(the_cond);
  return rc;
}
static int cond_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  the_cond = aio_condition_new(loop, NULL);
  nitems = 0;
  aio_task *ts[3];
  aio_future *fs[3];
  for (long i = 0; i < 3; i++) ts[i] = spawn(loop, consumer, V(i)), fs[i] = aio_task_future(ts[i]);
  aio_yield(loop, out);
  ASSERT_INT(aio_condition_notify(the_cond, 1), AIO_E_NOT_ACQUIRED);
  aio_condition_acquire(the_cond, out);
  items[nitems++] = 10, items[nitems++] = 20;
  aio_condition_notify(the_cond, 2);
  aio_condition_release(the_cond);
  aio_yield(loop, out);
  aio_yield(loop, out);
  aio_condition_acquire(the_cond, out);
  items[nitems++] = 30;
  aio_condition_notify_all(the_cond);
  aio_condition_release(the_cond);
  aio_future *g = aio_gather(loop, fs, 3, 0);
  ASSERT_INT(aio_await(g, out), AIO_OK);
  ASSERT_LOG("c0:10 c1:20 c2:30");
  ASSERT_INT(aio_condition_wait(the_cond, out), AIO_E_NOT_ACQUIRED);
  aio_future_release(g);
  for (int i = 0; i < 3; i++) aio_task_release(ts[i]);
  aio_condition_free(the_cond);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(condition_notify_and_wait_for) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, cond_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

static aio_semaphore *the_sem;
/* async def s(n):
 *     async with sem: log.append(f'in{n}'); await asyncio.sleep(0.1*(n+1)); log.append(f'out{n}')
 * sem = Semaphore(2); await gather(*(s(i) for i in range(4)))
 * -> in0 in1 out0 in2 out1 in3 out2 out3
 * BoundedSemaphore(1).release() -> ValueError('BoundedSemaphore released too many times') */
static int sem_worker(aio_task *self, void *arg, void **out) {
  long n = IV(arg);
  ASSERT_INT(aio_semaphore_acquire(the_sem, out), AIO_OK);
  LOG("in%ld", n);
  aio_sleep(LOOP(self), 0.1 * (double)(n + 1), out);
  LOG("out%ld", n);
  aio_semaphore_release(the_sem);
  *out = NULL;
  return AIO_OK;
}
static int sem_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  ASSERT_INT(aio_semaphore_new(loop, 2, 0, &the_sem), 0);
  void *args[4] = {V(0), V(1), V(2), V(3)};
  gather_all(loop, sem_worker, args, 4);
  ASSERT_LOG("in0 in1 out0 in2 out1 in3 out2 out3");
  ASSERT_INT(aio_semaphore_value(the_sem), 2);
  ASSERT(!aio_semaphore_locked(the_sem));
  aio_semaphore_free(the_sem);
  aio_semaphore *b;
  ASSERT_INT(aio_semaphore_new(loop, 1, 1, &b), 0);
  ASSERT_INT(aio_semaphore_release(b), AIO_E_VALUE);
  aio_semaphore_free(b);
  ASSERT_INT(aio_semaphore_new(loop, -1, 0, &b), AIO_E_VALUE);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(semaphore_and_bounded) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, sem_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

static aio_queue *the_q;
/* q = Queue(maxsize=2)
 * async def prod(): for i in range(5): await q.put(i); log.append(f'p{i}')
 * async def cons(): for i in range(5): v = await q.get(); log.append(f'g{v}'); q.task_done()
 * await gather(prod(), cons()) -> p0 p1 g0 g1 p2 p3 g2 g3 p4 g4 */
static int producer(aio_task *self, void *arg, void **out) {
  (void)self;
  (void)arg;
  for (long i = 0; i < 5; i++) {
    ASSERT_INT(aio_queue_put(the_q, V(i), out), AIO_OK);
    LOG("p%ld", i);
  }
  return AIO_OK;
}
static int qconsumer(aio_task *self, void *arg, void **out) {
  (void)self;
  (void)arg;
  for (long i = 0; i < 5; i++) {
    void *v;
    ASSERT_INT(aio_queue_get(the_q, &v), AIO_OK);
    LOG("g%ld", IV(v));
    aio_queue_task_done(the_q);
  }
  *out = NULL;
  return AIO_OK;
}
/* async def worker2():
 *     while True: v = await q.get(); await asyncio.sleep(v); log.append(f'done{v}'); q.task_done()
 * q.put_nowait(0.2); q.put_nowait(0.1); await q.join() -> done0.2 done0.1 joined, after 0.3 s */
static int qworker(aio_task *self, void *arg, void **out) {
  (void)arg;
  for (;;) {
    void *v;
    int rc = aio_queue_get(the_q, &v);
    if (rc != AIO_OK) { *out = v; return rc; }
    rc = aio_sleep(LOOP(self), (double)IV(v) / 10.0, out);
    if (rc != AIO_OK) return rc;
    LOG("done0.%ld", IV(v));
    aio_queue_task_done(the_q);
  }
}
static int queue_main(aio_task *self, void *arg, void **out) {
  (void)arg;
  aio_loop *loop = LOOP(self);
  the_q = aio_queue_new(loop, 2, AIO_QUEUE_FIFO);
  void *args[1] = {NULL};
  aio_task *p = spawn(loop, producer, NULL);
  gather_all(loop, qconsumer, args, 1);
  aio_await(aio_task_future(p), out);
  aio_task_release(p);
  ASSERT_LOG("p0 p1 g0 g1 p2 p3 g2 g3 p4 g4");
  aio_queue_free(the_q);

  the_q = aio_queue_new(loop, 0, AIO_QUEUE_FIFO);
  aio_task *w = spawn(loop, qworker, NULL);
  aio_queue_put_nowait(the_q, V(2), out);
  aio_queue_put_nowait(the_q, V(1), out);
  double t0 = aio_loop_time(loop);
  ASSERT_INT(aio_queue_join(the_q, out), AIO_OK);
  LOG("joined");
  ASSERT_LOG("done0.2 done0.1 joined");
  ASSERT_DBL(aio_loop_time(loop) - t0, 0.3);
  aio_task_cancel(w, NULL);
  void *r;
  ASSERT_INT(aio_await(aio_task_future(w), &r), AIO_RAISED);
  aio_task_release(w);
  aio_queue_free(the_q);
  *out = NULL;
  return AIO_OK;
}
TEST_IMPL(queue_bounded_put_get_and_join) {
  aio_loop *loop = test_loop();
  void *out;
  ASSERT_INT(run_task(loop, queue_main, NULL, &out), AIO_OK);
  test_loop_free(loop);
}

/* pq = PriorityQueue(); for v in [5,1,4,1,3,9,2]: pq.put_nowait(v) -> 1 1 2 3 4 5 9
 * LifoQueue 1,2,3 -> 3 2 1; get_nowait() on empty -> QueueEmpty;
 * Queue(1) put_nowait twice -> QueueFull; task_done() too often -> ValueError */
TEST_IMPL(queue_priority_lifo_nowait_errors) {
  aio_loop *loop = test_loop();
  aio_queue *pq = aio_queue_new(loop, 0, AIO_QUEUE_PRIORITY);
  long in[7] = {5, 1, 4, 1, 3, 9, 2};
  void *v;
  for (int i = 0; i < 7; i++) ASSERT_INT(aio_queue_put_nowait(pq, V(in[i]), &v), AIO_OK);
  for (int i = 0; i < 7; i++) {
    aio_queue_get_nowait(pq, &v);
    LOG("%ld", IV(v));
  }
  ASSERT_LOG("1 1 2 3 4 5 9");
  aio_queue_free(pq);
  aio_queue *lq = aio_queue_new(loop, 0, AIO_QUEUE_LIFO);
  for (long i = 1; i <= 3; i++) aio_queue_put_nowait(lq, V(i), &v);
  for (int i = 0; i < 3; i++) {
    aio_queue_get_nowait(lq, &v);
    LOG("%ld", IV(v));
  }
  ASSERT_LOG("3 2 1");
  ASSERT_INT(aio_queue_get_nowait(lq, &v), AIO_E_EMPTY);
  aio_queue_free(lq);
  aio_queue *q = aio_queue_new(loop, 1, AIO_QUEUE_FIFO);
  ASSERT_INT(aio_queue_put_nowait(q, V(1), &v), AIO_OK);
  ASSERT(aio_queue_full(q));
  ASSERT_INT(aio_queue_put_nowait(q, V(2), &v), AIO_E_FULL);
  ASSERT_INT(aio_queue_get_nowait(q, &v), AIO_OK);
  ASSERT_INT(aio_queue_task_done(q), 0);
  ASSERT_INT(aio_queue_task_done(q), AIO_E_VALUE);
  ASSERT_INT(aio_queue_get(q, &v), AIO_E_NOT_IN_TASK);
  ASSERT_INT(aio_queue_qsize(q), 0);
  ASSERT_INT(aio_queue_maxsize(q), 1);
  aio_queue_free(q);
  test_loop_free(loop);
}
